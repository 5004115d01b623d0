"""Finds loads from other hosts: statically in the files, dynamically in Chromium's network log."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from html_scan import css_urls, html_references, is_local_scheme, js_urls, parse_html

_ORIGIN = "http://kaart.invalid"
_NETWORK_SCHEMES = ("http", "https", "ws", "wss", "ftp")


def _foreign(url: str, base: str) -> bool:
    if is_local_scheme(url):
        return False
    target = urlsplit(urljoin(base, url.strip()))
    return target.scheme in _NETWORK_SCHEMES and target.netloc != urlsplit(base).netloc


def static_third_party_loads(site_dir: Path) -> list[str]:
    """Resources that html/css/js/svg files would load from another host (links to other sites are fine)."""
    problems = []
    for file in sorted(site_dir.rglob("*")):
        suffix = file.suffix.lower()
        if suffix not in (".html", ".htm", ".svg", ".css", ".js", ".mjs"):
            continue
        text = file.read_text(encoding="utf-8", errors="replace")
        base = _ORIGIN + "/" + file.relative_to(site_dir).as_posix()
        if suffix in (".html", ".htm", ".svg"):
            loads = [(r.line, r.what, r.url) for r in html_references(parse_html(text)) if r.loads]
        elif suffix == ".css":
            loads = [(line + 1, "css url()", url) for line, url in css_urls(text)]
        else:
            loads = [(line + 1, "js import", url) for line, url in js_urls(text)]
        problems += [f"{file.relative_to(site_dir)}:{line}: {what} loads {url}"
                     for line, what, url in loads if _foreign(url, base)]
    return problems


def requested_urls(performance_log: list[dict]) -> list[str]:
    """URLs of the network requests in entries of chromedriver's 'performance' log."""
    urls = []
    for entry in performance_log:
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
        elif message.get("method") == "Network.webSocketCreated":
            urls.append(message["params"]["url"])
    return urls


def foreign_requests(urls: list[str], own_host: str) -> list[str]:
    """The URLs that went to a host other than own_host (host:port)."""
    return [u for u in urls if urlsplit(u).scheme in _NETWORK_SCHEMES and urlsplit(u).netloc != own_host]
