"""`kaart serve`: builds, serves on a free port, rebuilds on change, and shows build errors in Dutch.

Runs the kaart binary in $KAART_BINARY (default .build/debug/kaart) on a copy of the example site.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BINARY = Path(os.environ.get("KAART_BINARY") or REPO / ".build" / "debug" / "kaart")
ENTRY = "voorzieningen/logeerhuis-de-linde"
RELOAD_MARKER = "data-kaart-serve"


def fetch(url: str) -> tuple[int, str]:
    """(status, body); (0, reason) when the server does not answer in time (the machine may be busy)."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")
    except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
        return 0, str(error)


def wait_until(condition, timeout: float = 180, what: str = "condition"):
    """Polls `condition` (returning a truthy value when met) until it holds; returns that value."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = condition()
        if last:
            return last
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


class ServeProcess:
    """`kaart serve --poort 0` in the background; reads the URL it prints."""

    def __init__(self, args: list[str]):
        self.process = subprocess.Popen([str(BINARY), "serve", "--poort", "0", *args],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.stdout: list[str] = []
        self.stderr: list[str] = []
        for stream, sink in ((self.process.stdout, self.stdout), (self.process.stderr, self.stderr)):
            threading.Thread(target=lambda s=stream, k=sink: [k.append(line) for line in s], daemon=True).start()
        self.url = wait_until(self._url, timeout=180, what="the server to print its URL")

    def _url(self) -> str | None:
        if self.process.poll() is not None:
            raise AssertionError(f"kaart serve stopped ({self.process.returncode}):\n{''.join(self.stderr)}")
        for line in self.stdout:
            if "http://127.0.0.1:" in line:
                return line[line.index("http://"):].split()[0]
        return None

    def stop(self) -> int:
        self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise AssertionError("kaart serve did not stop on Ctrl+C")


@pytest.fixture
def site(tmp_path) -> Path:
    if not BINARY.is_file():
        pytest.fail(f"no kaart binary at {BINARY}: build it, or set KAART_BINARY")
    shutil.copytree(REPO / "content", tmp_path / "content", ignore=shutil.ignore_patterns("plannen"))
    shutil.copytree(REPO / "templates", tmp_path / "templates")
    return tmp_path


@pytest.fixture
def served(site):
    server = ServeProcess(["--content", str(site / "content"), "--templates", str(site / "templates"),
                           "--zonder-plannen", "--output", str(site / "voorbeeld")])
    yield server
    if server.process.poll() is None:
        server.stop()


def test_serve_rebuilds_on_change_and_shows_errors_in_the_browser(site, served):
    page_url = f"{served.url}{ENTRY}/"
    status, page = fetch(page_url)
    assert status == 200 and "<h1>Logeerhuis De Linde</h1>" in page
    assert RELOAD_MARKER in page and "/__kaart/versie" in page
    first_version = int(fetch(served.url + "__kaart/versie")[1])

    source = site / "content" / f"{ENTRY}.md"
    original = source.read_text(encoding="utf-8")
    source.write_text(original.replace("titel: Logeerhuis De Linde", "titel: Logeerhuis De Linde Vernieuwd"), encoding="utf-8")
    started = time.monotonic()
    wait_until(lambda: "<h1>Logeerhuis De Linde Vernieuwd</h1>" in fetch(page_url)[1], what="the changed title")
    rebuild_seconds = time.monotonic() - started
    # The number goes up once the build has finished (just after its files are in place).
    wait_until(lambda: (r := fetch(served.url + "__kaart/versie"))[0] == 200 and int(r[1]) > first_version,
               what="a new build number")

    # A broken file: the browser gets a Dutch page with file:line and the offending line.
    broken = original.replace("categorie: respijtzorg", "categorie: bestaat-niet-als-categorie")
    source.write_text(broken, encoding="utf-8")
    status, error_page = wait_until(lambda: (r := fetch(page_url))[0] == 500 and r, what="the error page")
    line = broken.splitlines().index("categorie: bestaat-niet-als-categorie") + 1
    assert "De site kan niet worden gebouwd" in error_page
    assert f"logeerhuis-de-linde.md:{line}:" in error_page
    assert "fout:" in error_page
    assert "categorie: bestaat-niet-als-categorie" in error_page
    assert RELOAD_MARKER in error_page, "the error page must reload itself once the file is fixed"
    assert "logeerhuis-de-linde.md" in "".join(served.stderr), "the terminal shows the error too"
    # Other pages show the error too, not a stale site.
    assert fetch(served.url)[0] == 500

    source.write_text(original, encoding="utf-8")
    status, page = wait_until(lambda: (r := fetch(page_url))[0] == 200 and r, what="the fixed page")
    assert "<h1>Logeerhuis De Linde</h1>" in page

    # Nothing outside the built site is served.
    assert fetch(served.url + "..%2F..%2Fcontent%2Fsite.yml")[0] == 404
    assert served.stop() == 0
    print(f"rebuild after a change visible in {rebuild_seconds:.2f} s")


def test_the_reload_script_is_not_in_a_normal_build(site):
    out = site / "public"
    result = subprocess.run([str(BINARY), "build", "--content", str(site / "content"), "--templates", str(site / "templates"),
                             "--zonder-plannen", "--output", str(out)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    pages = list(out.rglob("*.html"))
    assert len(pages) > 20
    leaking = [p for p in pages if RELOAD_MARKER in p.read_text(encoding="utf-8") or "__kaart" in p.read_text(encoding="utf-8")]
    assert not leaking, leaking[:5]
