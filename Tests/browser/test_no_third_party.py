"""No page loads anything from another host: checked in the files and in Chromium's network log."""
import time

from fixture_sites import page, write_site
from nginx_server import NginxServer
from site_files import representative_pages, url_path_for
from third_party import foreign_requests, requested_urls, static_third_party_loads


def test_no_file_loads_from_another_host(site_dir):
    problems = static_third_party_loads(site_dir)
    assert not problems, "third-party loads:\n" + "\n".join(problems)


def _requests_while_loading(driver, url: str) -> list[str]:
    driver.get_log("performance")  # drop what earlier pages logged
    driver.get(url)
    time.sleep(0.5)  # let module scripts finish their fetches
    return requested_urls(driver.get_log("performance"))


def _foreign_requests_of(driver, base_url: str, site_dir, pages) -> list[str]:
    host = base_url.split("://", 1)[1]
    problems = []
    for file in pages:
        path = url_path_for(site_dir, file)
        urls = _requests_while_loading(driver, base_url + path)
        assert any(u.startswith(base_url + path) for u in urls), f"no request for {path} logged: {urls}"
        problems += [f"{path} requests {u}" for u in foreign_requests(urls, host)]
    return problems


def test_pages_request_nothing_from_another_host(driver, server, site_dir):
    pages = [f for files in representative_pages(site_dir).values() for f in files]
    problems = _foreign_requests_of(driver, server, site_dir, pages)
    assert not problems, "requests to other hosts:\n" + "\n".join(problems)


def test_static_checker_reports_foreign_loads(tmp_path):
    site = write_site(tmp_path, {
        "index.html": page(
            '<p><a href="https://example.org/">een link is geen load</a></p>'
            '<img alt="" src="/a.png" srcset="/a.png 1x, https://cdn.example.org/a2.png 2x">',
            head='<script src="https://example.org/x.js"></script>'
                 '<link rel="canonical" href="https://kaart.example.nl/">'
                 '<link rel="stylesheet" href="//fonts.example.com/f.css">'),
        "stijl.css": '@import "https://example.org/extra.css";\nbody { background: url(/lokaal.png); }',
        "app.js": 'import { x } from "https://esm.example.org/x.js";',
    })
    problems = static_third_party_loads(site)
    assert sorted(p.split(" loads ")[1] for p in problems) == [
        "//fonts.example.com/f.css", "https://cdn.example.org/a2.png", "https://esm.example.org/x.js",
        "https://example.org/extra.css", "https://example.org/x.js"], problems


def test_network_log_reveals_a_request_to_another_host(tmp_path, driver):
    # Chromium resolves no host but 127.0.0.1 (see browser.py), so this request fails
    # without leaving the machine, yet it is logged.
    site = write_site(tmp_path, {"index.html": page('<img alt="" src="https://cdn.example.org/pixel.png">')})
    with NginxServer(site) as nginx:
        problems = _foreign_requests_of(driver, nginx.base_url, site, [site / "index.html"])
    assert problems == ["/ requests https://cdn.example.org/pixel.png"], problems
