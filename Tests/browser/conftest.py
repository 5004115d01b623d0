"""Session fixtures for the browser suite: the built site, nginx serving it, and Chromium.

The site under test is public/ in the repository, or the folder in $KAART_PUBLIC.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def site_dir() -> Path:
    path = Path(os.environ.get("KAART_PUBLIC") or REPO / "public").resolve()
    if not (path / "index.html").is_file():
        pytest.fail(f"no built site at {path}: run `kaart build` first (or set KAART_PUBLIC)")
    return path


@pytest.fixture(scope="session")
def server(site_dir):
    """Base URL (http://127.0.0.1:PORT) of nginx serving site_dir."""
    from nginx_server import NginxServer
    with NginxServer(site_dir) as nginx:
        yield nginx.base_url


@pytest.fixture(scope="session")
def driver():
    """Headless Chromium; performance (network) logging is on, see third_party.requested_urls."""
    from browser import start_chromium
    chromium = start_chromium()
    yield chromium
    chromium.quit()
