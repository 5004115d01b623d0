"""Fixtures for the HSDS export tests: the kaart binary and an export of content/."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))


def kaart_binary() -> Path:
    """$KAART_BINARY, or the debug build in the repository."""
    path = Path(os.environ.get("KAART_BINARY") or REPO / ".build/debug/kaart")
    if not path.is_file():
        pytest.fail(f"no kaart binary at {path}: run `swift build` first (or set KAART_BINARY)")
    return path


def run_kaart(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(kaart_binary()), *arguments], capture_output=True, text=True, cwd=REPO, timeout=120)


@pytest.fixture(scope="session")
def export_dir(tmp_path_factory) -> Path:
    """`kaart export hsds` of the example content, once per session."""
    out = tmp_path_factory.mktemp("hsds")
    result = run_kaart("export", "hsds", str(out), "--content", str(REPO / "content"))
    assert result.returncode == 0, result.stderr
    return out
