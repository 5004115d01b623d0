"""Maps between the files in a built site (public/) and the URLs that serve them."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit


def html_files(site_dir: Path) -> list[Path]:
    return sorted(site_dir.rglob("*.html"))


def url_path_for(site_dir: Path, file: Path) -> str:
    """The URL path nginx serves `file` at: a folder's index.html is served as the folder."""
    rel = file.relative_to(site_dir).as_posix()
    if rel == "index.html":
        return "/"
    if rel.endswith("/index.html"):
        return "/" + rel[: -len("index.html")]
    return "/" + rel


def file_for_url_path(site_dir: Path, url_path: str) -> Path | None:
    """The file nginx (root + index index.html) would answer `url_path` with, or None."""
    path = unquote(urlsplit(url_path).path)
    candidate = (site_dir / path.lstrip("/")).resolve()
    if path.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    root = site_dir.resolve()
    if root != candidate and root not in candidate.parents:
        return None  # ../ escaping the site root
    return candidate if candidate.is_file() else None


def representative_pages(site_dir: Path) -> dict[str, list[Path]]:
    """One page of each page type, keyed by type.

    A page type is a file in the site root (index.html, 404.html, ...), or a top-level
    folder; a folder contributes its own index.html and its first other page.
    """
    groups: dict[str, list[Path]] = {}
    for file in html_files(site_dir):
        parts = file.relative_to(site_dir).parts
        key = parts[0] if len(parts) == 1 else parts[0] + "/"
        groups.setdefault(key, []).append(file)
    chosen: dict[str, list[Path]] = {}
    for key, files in sorted(groups.items()):
        if not key.endswith("/"):
            chosen[key] = files
            continue
        index = site_dir / key / "index.html"
        others = [f for f in files if f != index]
        chosen[key] = ([index] if index in files else []) + others[:1]
    return chosen


def entry_page(site_dir: Path) -> Path | None:
    """A detail page from the folder with the most pages (the entries, on a sociale kaart)."""
    folders: dict[str, list[Path]] = {}
    for file in html_files(site_dir):
        parts = file.relative_to(site_dir).parts
        if len(parts) > 1 and file != site_dir / parts[0] / "index.html":
            folders.setdefault(parts[0], []).append(file)
    if not folders:
        return None
    largest = max(sorted(folders), key=lambda name: len(folders[name]))
    return folders[largest][0]
