"""deploy/nginx.conf, the production example, serving the built site on 127.0.0.1.

Checks: every page and every linked file answers 200; the security and cache headers on each kind
of path; gzip_static serves the precompressed .gz; Chromium meets no CSP violation on any page
type; and a 10 s wrk load on the home page, a search shard and a plan page has no errors.
"""
from __future__ import annotations

import gzip
import http.client
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from deploy_server import DeployServer, render_config
from link_checker import crawl
from site_files import html_files, url_path_for
from test_plans import CONTENT, TOKENS, plan_sources, shared_plan, wait_for_plan

REPO = Path(__file__).resolve().parents[2]
WRK_SECONDS = int(os.environ.get("KAART_WRK_SECONDS", "10"))


@pytest.fixture(scope="module")
def deployed(site_dir):
    with DeployServer(site_dir) as server:
        yield server


def fetch(server, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """One GET with http.client, which (unlike urllib) never adds Accept-Encoding or follows redirects."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=15)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def first(site_dir: Path, pattern: str) -> str:
    """URL path of the first file matching a glob under site_dir."""
    matches = sorted(site_dir.glob(pattern))
    if not matches:
        pytest.fail(f"the site has no {pattern}")
    return url_path_for(site_dir, matches[0])


def paths_by_kind(site_dir: Path) -> dict[str, str]:
    return {
        "home": "/",
        "entry": first(site_dir, "voorzieningen/*/index.html"),
        "asset": "/" + sorted(site_dir.glob("assets/*/style.css"))[0].relative_to(site_dir).as_posix(),
        "search shard": "/" + sorted(site_dir.glob("zoeken/index/*/*.json"))[0].relative_to(site_dir).as_posix(),
        "plan": first(site_dir, "plan/*/index.html"),
    }


SECURITY_HEADERS = {
    "content-security-policy": re.compile(r"^default-src 'none'; script-src 'self'; style-src 'self';"),
    "strict-transport-security": re.compile(r"^max-age=31536000; includeSubDomains$"),
    "x-content-type-options": re.compile(r"^nosniff$"),
    "x-frame-options": re.compile(r"^DENY$"),
}


def test_the_config_keeps_only_its_marked_lines_for_deployment(tmp_path):
    config = render_config(tmp_path / "public", 8123, tmp_path)
    assert "listen 127.0.0.1:8123;" in config and "listen 80" not in config and "ssl_certificate" not in config
    assert f"root {tmp_path / 'public'};" in config and "/srv/sociale-kaart" not in config
    assert config.count("add_header") == (REPO / "deploy" / "nginx.conf").read_text().count("add_header")


def test_every_page_and_every_link_resolves(deployed, site_dir):
    fetched, problems = crawl(deployed.base_url)
    assert not problems, "crawl errors:\n" + "\n".join(problems)
    assert fetched > 20
    for page in html_files(site_dir):
        path = url_path_for(site_dir, page)
        status, _, _ = fetch(deployed, path)
        assert status == 200, f"{path}: HTTP {status}"


@pytest.mark.parametrize("kind", ["home", "entry", "asset", "search shard", "plan"])
def test_headers_on_each_kind_of_path(deployed, site_dir, kind):
    path = paths_by_kind(site_dir)[kind]
    status, headers, _ = fetch(deployed, path)
    assert status == 200, f"{path}: HTTP {status}"
    for name, pattern in SECURITY_HEADERS.items():
        assert pattern.search(headers.get(name, "")), f"{kind} {path}: {name} is {headers.get(name)!r}"
    cache = headers.get("cache-control", "")
    if kind == "asset":
        assert cache == "public, max-age=31536000, immutable", cache
    elif kind == "search shard":
        assert cache == "public, max-age=300", cache
        assert headers["content-type"].startswith("application/json")
    elif kind == "plan":
        assert cache == "no-store", cache
    else:
        assert cache == "no-cache", cache
    if kind == "plan":
        assert headers.get("referrer-policy") == "no-referrer"
        assert headers.get("x-robots-tag", "").startswith("noindex")
    else:
        assert headers.get("referrer-policy") == "strict-origin-when-cross-origin"
        assert "x-robots-tag" not in headers


def test_missing_pages_get_the_404_page_and_plan_rules(deployed, site_dir):
    status, headers, body = fetch(deployed, "/bestaat-niet/")
    assert status == 404 and body == (site_dir / "404.html").read_bytes()
    assert "content-security-policy" in headers and headers.get("cache-control") == "no-cache"
    status, headers, _ = fetch(deployed, "/plan/00000000000000000000000000000000/")
    assert status == 404
    assert headers.get("referrer-policy") == "no-referrer" and headers.get("x-robots-tag", "").startswith("noindex")
    assert fetch(deployed, "/.git/config")[0] == 404
    assert fetch(deployed, "/plan/")[0] == 404, "the plan folder must not be listed"


def test_calendar_files_are_served_as_calendars(deployed, site_dir):
    calendars = sorted(site_dir.rglob("*.ics"))
    if not calendars:
        pytest.skip("the site has no .ics files")
    status, headers, _ = fetch(deployed, url_path_for(site_dir, calendars[0]))
    assert status == 200 and headers["content-type"].startswith("text/calendar")


def test_gzip_static_serves_the_precompressed_file(deployed, site_dir):
    compressed = sorted(site_dir.rglob("*.html.gz"))
    assert compressed, ("public/ has no .gz files: kaart build must call Precompressor.precompress "
                        "(Sources/KaartCore/Write/Precompressor.swift) before writing")
    original = compressed[0].with_suffix("")
    path = url_path_for(site_dir, original)
    status, headers, body = fetch(deployed, path, {"Accept-Encoding": "gzip"})
    assert status == 200 and headers.get("content-encoding") == "gzip", headers
    assert body == compressed[0].read_bytes(), "nginx did not send the .gz file from disk"
    assert gzip.decompress(body) == original.read_bytes()
    assert "accept-encoding" in headers.get("vary", "").lower()
    status, headers, body = fetch(deployed, path)
    assert status == 200 and "content-encoding" not in headers and body == original.read_bytes()


def test_no_page_type_breaks_the_content_security_policy(deployed, site_dir, driver):
    """Every script, style and fetch the pages need is allowed; the listener runs before any page script."""
    listener = ("window.__cspViolations = [];"
                "document.addEventListener('securitypolicyviolation',"
                " e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));")
    script = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": listener})
    try:
        kinds = paths_by_kind(site_dir)
        pages = [kinds["home"], kinds["entry"], kinds["plan"], "/zoeken/?q=mantelzorg", "/404.html"]
        pages += [url_path_for(site_dir, p) for p in sorted(site_dir.glob("*/index.html"))]
        for path in dict.fromkeys(pages):
            driver.get(deployed.base_url + path)
            driver.execute_async_script("setTimeout(arguments[0], 300)")  # let modules and fetches run
            violations = driver.execute_script("return window.__cspViolations")
            assert violations == [], f"{path}: CSP violations {violations}"
        # A decrypted plan is inserted by plan.js; its HTML must need no inline style or script.
        slug, (client, goals) = next(iter(plan_sources(CONTENT).items()))
        plan = shared_plan(slug, client, goals, CONTENT, TOKENS)
        driver.get(plan.link(deployed.base_url))
        assert client in wait_for_plan(driver)
        assert driver.execute_script("return window.__cspViolations") == [], "the decrypted plan breaks the CSP"
    finally:
        driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": script["identifier"]})


def test_the_csp_check_catches_an_inline_script(tmp_path, driver):
    """The check above must be able to fail: an inline script is reported."""
    (tmp_path / "index.html").write_text("<!doctype html><title>x</title><script>document.title = 'uitgevoerd'</script>")
    tmp_path.chmod(0o755)
    listener = ("window.__cspViolations = [];"
                "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective));")
    script = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": listener})
    try:
        with DeployServer(tmp_path) as server:
            driver.get(server.base_url + "/")
            driver.execute_async_script("setTimeout(arguments[0], 200)")
            assert driver.title == "x"
            assert "script-src-elem" in driver.execute_script("return window.__cspViolations")
    finally:
        driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": script["identifier"]})


def test_bounded_load_has_no_errors(deployed, site_dir, tmp_path, record_property):
    wrk = shutil.which("wrk")
    if wrk is None:
        pytest.fail("wrk not found: run scripts/install-system-deps.sh")
    kinds = paths_by_kind(site_dir)
    targets = [kinds["home"], kinds["search shard"], kinds["plan"]]
    script = tmp_path / "rotate.lua"
    script.write_text(
        "local paths = {" + ", ".join(f'"{p}"' for p in targets) + "}\n"
        "local i = 0\n"
        "request = function()\n"
        "  i = i % #paths + 1\n"
        "  return wrk.format('GET', paths[i], {['Accept-Encoding'] = 'gzip'})\n"
        "end\n")
    result = subprocess.run([wrk, "-t2", "-c16", f"-d{WRK_SECONDS}s", "-s", str(script), deployed.base_url + "/"],
                            capture_output=True, text=True, timeout=WRK_SECONDS + 60)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    record_property("wrk_requests_per_second", rate)
    print(f"\nwrk {WRK_SECONDS} s on {targets}: {requests} requests, {rate:.0f} requests/s")
    assert requests > 0
    assert "Socket errors" not in out, out
    assert "Non-2xx or 3xx responses" not in out, out
