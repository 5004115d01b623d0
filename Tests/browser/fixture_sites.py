"""Tiny handmade sites for the negative tests: each checker must report a planted fault."""
from __future__ import annotations

from pathlib import Path


def page(body: str = "<p>Inhoud</p>", *, lang: str = "nl", head: str = "",
         title: str = "Testpagina", skip: str = '<a href="#inhoud">Ga naar de inhoud</a>',
         main_id: str = "inhoud") -> str:
    """A small valid, accessible page; override one part to break it."""
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
{head}
</head>
<body>
{skip}
<main id="{main_id}">
<h1>{title}</h1>
{body}
</main>
</body>
</html>
"""


def write_site(root: Path, files: dict[str, str]) -> Path:
    """Writes {relative path: text} under root and returns root."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    root.chmod(0o755)  # pytest's tmp folders are private; nginx only needs to read
    return root
