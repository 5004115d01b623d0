"""Checks the page skeleton every kaart page needs: language, landmark, skip link, title, viewport."""
from __future__ import annotations

from html_scan import Element, parse_html

_FOCUSABLE_TAGS = {"button", "select", "textarea", "iframe", "summary"}


def _is_focusable(el: Element) -> bool:
    a = el.attrs
    if "disabled" in a or a.get("tabindex", "").strip().startswith("-"):
        return False
    if "tabindex" in a or "contenteditable" in a or el.tag in _FOCUSABLE_TAGS:
        return True
    if el.tag in ("a", "area"):
        return "href" in a
    return el.tag == "input" and a.get("type", "").lower() != "hidden"


def page_basics_problems(html: str) -> list[str]:
    """Dutch-site basics missing from one HTML document, as readable messages."""
    page = parse_html(html)
    problems = []
    root = page.first("html")
    if root is None or root.attrs.get("lang") != "nl":
        problems.append(f'<html> must have lang="nl" (found {root.attrs.get("lang") if root else None!r})')
    main = page.first("main")
    main_id = main.attrs.get("id") if main else None
    if main is None:
        problems.append("no <main> element")
    elif not main_id:
        problems.append("<main> has no id for the skip link to point to")
    first_focusable = next((e for e in page.elements if _is_focusable(e)), None)
    if first_focusable is None or first_focusable.tag != "a":
        problems.append("the first focusable element is not a skip link")
    elif main_id and first_focusable.attrs.get("href") != f"#{main_id}":
        problems.append(f'the first link (line {first_focusable.line}) points to '
                        f'{first_focusable.attrs.get("href")!r}, not to "#{main_id}"')
    if not page.title:
        problems.append("no <title>, or an empty one")
    if not any(e.tag == "meta" and e.attrs.get("name", "").lower() == "viewport" for e in page.elements):
        problems.append('no <meta name="viewport">')
    return problems
