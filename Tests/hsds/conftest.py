"""Fixtures for the HSDS export tests: an export of the example content."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The helpers live next to this file; pytest's rootdir may be elsewhere (e.g. `pytest Tests/browser Tests/hsds`).
sys.path.insert(0, str(Path(__file__).resolve().parent))

from hsds_cli import REPO, run_kaart  # noqa: E402


@pytest.fixture(scope="session")
def export_dir(tmp_path_factory) -> Path:
    """`kaart export hsds` of the example content, once per session."""
    out = tmp_path_factory.mktemp("hsds")
    result = run_kaart("export", "hsds", str(out), "--content", str(REPO / "content"))
    assert result.returncode == 0, result.stderr
    return out
