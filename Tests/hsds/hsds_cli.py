"""Runs the kaart binary for the HSDS tests ($KAART_BINARY, default .build/debug/kaart)."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def kaart_binary() -> Path:
    path = Path(os.environ.get("KAART_BINARY") or REPO / ".build/debug/kaart")
    if not path.is_file():
        pytest.fail(f"no kaart binary at {path}: run `swift build` first (or set KAART_BINARY)")
    return path


def run_kaart(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(kaart_binary()), *arguments], capture_output=True, text=True, cwd=REPO, timeout=120)
