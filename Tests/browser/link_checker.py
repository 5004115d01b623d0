"""Finds broken internal links, offline in the files and online through a web server."""
from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from collections import deque
from pathlib import Path
from urllib.parse import quote, urljoin, urldefrag, urlsplit

from html_scan import css_urls, html_references, is_local_scheme, js_urls, parse_html
from site_files import file_for_url_path, html_files, url_path_for

# The offline check resolves URLs against a made-up origin; only the path matters.
_OFFLINE_ORIGIN = "http://kaart.invalid"


def _file_references(file: Path) -> list[tuple[int, str]]:
    """(line, url) of everything a file refers to, by file type."""
    text = file.read_text(encoding="utf-8", errors="replace")
    suffix = file.suffix.lower()
    if suffix in (".html", ".htm"):
        return [(r.line, r.url) for r in html_references(parse_html(text))]
    if suffix == ".css":
        return [(line + 1, url) for line, url in css_urls(text)]
    if suffix in (".js", ".mjs"):
        return [(line + 1, url) for line, url in js_urls(text)]
    return []


def broken_links_offline(site_dir: Path) -> list[str]:
    """Internal href/src/url()/imports in html, css and js files that match no file."""
    problems = []
    files = [f for f in sorted(site_dir.rglob("*")) if f.suffix.lower() in (".html", ".htm", ".css", ".js", ".mjs")]
    for file in files:
        base = _OFFLINE_ORIGIN + url_path_for(site_dir, file)
        for line, url in _file_references(file):
            if is_local_scheme(url):
                continue
            target = urljoin(base, url.strip())
            if urlsplit(target).netloc != urlsplit(_OFFLINE_ORIGIN).netloc:
                continue  # another host: not ours to resolve
            if file_for_url_path(site_dir, urlsplit(target).path) is None:
                problems.append(f"{file.relative_to(site_dir)}:{line}: {url!r} matches no file")
    return problems


def relative_links_in_404(site_dir: Path) -> list[str]:
    """404.html is served at any URL, so a relative link in it breaks on most of them."""
    page_404 = site_dir / "404.html"
    if not page_404.exists():
        return []
    refs = html_references(parse_html(page_404.read_text(encoding="utf-8")))
    return [f"404.html:{r.line}: relative URL {r.url!r}" for r in refs
            if not is_local_scheme(r.url) and not r.url.startswith("/") and not urlsplit(r.url).scheme]


def crawl(base_url: str, limit: int = 50_000) -> tuple[int, list[str]]:
    """Follows every same-host href/src from base_url/; returns (URLs fetched, problems)."""
    origin = urlsplit(base_url).netloc
    start = base_url.rstrip("/") + "/"
    queue, seen, problems = deque([(start, "(start)")]), {start}, []
    while queue and len(seen) <= limit:
        url, referrer = queue.popleft()
        try:
            # quote(): a page may link to non-ASCII paths, which urllib cannot send as they are
            with urllib.request.urlopen(quote(url, safe=":/?#[]@!$&'()*+,;=%"), timeout=15) as response:
                body = response.read()
                content_type = response.headers.get_content_type()
                final_url = response.geturl()
        except urllib.error.HTTPError as error:
            problems.append(f"{url}: HTTP {error.code} (linked from {referrer})")
            continue
        except (OSError, ValueError, http.client.HTTPException) as error:
            problems.append(f"{url}: {error} (linked from {referrer})")
            continue
        if urlsplit(final_url).netloc != origin:
            problems.append(f"{url}: redirects to another host {final_url}")
            continue
        text = body.decode("utf-8", errors="replace")
        if content_type == "text/html":
            found = [r.url for r in html_references(parse_html(text))]
        elif content_type == "text/css":
            found = [u for _, u in css_urls(text)]
        elif content_type in ("application/javascript", "text/javascript"):
            found = [u for _, u in js_urls(text)]
        else:
            found = []
        for ref in found:
            if is_local_scheme(ref):
                continue
            target = urldefrag(urljoin(final_url, ref.strip())).url
            if urlsplit(target).netloc == origin and target not in seen:
                seen.add(target)
                queue.append((target, url))
    return len(seen), problems
