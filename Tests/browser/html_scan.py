"""Pulls the URLs a page refers to out of HTML, CSS and JavaScript text.

Standard library only: the checkers must not depend on the browser to find
what a page loads, so a broken page is still inspected.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

# <link rel=...> values that name a related document without loading it.
NAVIGATION_RELS = {
    "alternate", "author", "bookmark", "canonical", "external", "help", "license",
    "me", "next", "nofollow", "noopener", "noreferrer", "prev", "search", "tag",
}
# Attributes that make the browser fetch a URL, and the tags they do it on (None: any).
_LOADING_ATTRIBUTES = {"src": None, "poster": {"video"}, "data": {"object"}}
# Schemes that never reach a server.
LOCAL_SCHEMES = ("mailto:", "tel:", "sms:", "javascript:", "data:", "blob:", "about:", "#")

_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)""", re.I | re.S)
_CSS_IMPORT = re.compile(r"""@import\s+(['"])(.*?)\1""", re.I)
_JS_REFERENCES = [
    re.compile(r"""\b(?:import|export)\b[^'";]*?\bfrom\s*(['"])(.+?)\1"""),
    re.compile(r"""\bimport\s*(['"])(.+?)\1"""),
    re.compile(r"""\bimport\(\s*(['"])(.+?)\1\s*\)"""),
    re.compile(r"""\bnew\s+URL\(\s*(['"])(.+?)\1\s*,\s*import\.meta\.url"""),
    re.compile(r"""\bfetch\(\s*(['"])(.+?)\1"""),
]


@dataclass(frozen=True)
class Reference:
    """One URL in a file. `loads` is False for plain navigation (<a href>)."""
    url: str
    line: int
    what: str  # e.g. "script src", "css url()"
    loads: bool


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    line: int


@dataclass
class ParsedPage:
    """The parts of an HTML document the checkers look at."""
    elements: list[Element] = field(default_factory=list)
    title: str | None = None
    styles: list[tuple[int, str]] = field(default_factory=list)          # (line, css)
    module_scripts: list[tuple[int, str]] = field(default_factory=list)  # (line, js)

    def first(self, tag: str) -> Element | None:
        return next((e for e in self.elements if e.tag == tag), None)


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = ParsedPage()
        self._open_text: str | None = None  # tag whose text we are collecting
        self._text: list[str] = []
        self._text_line = 0
        self._script_is_module = False

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        values = {name: (value if value is not None else "") for name, value in attrs}
        self.page.elements.append(Element(tag, values, line))
        if tag in ("title", "style", "script"):
            self._open_text, self._text, self._text_line = tag, [], line
            self._script_is_module = values.get("type", "") == "module"

    def handle_data(self, data):
        if self._open_text:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag != self._open_text:
            return
        text = "".join(self._text)
        if tag == "title":
            self.page.title = text.strip()
        elif tag == "style":
            self.page.styles.append((self._text_line, text))
        elif self._script_is_module:
            self.page.module_scripts.append((self._text_line, text))
        self._open_text = None


def parse_html(text: str) -> ParsedPage:
    parser = _PageParser()
    parser.feed(text)
    parser.close()
    return parser.page


def css_urls(css: str) -> list[tuple[int, str]]:
    """(line offset, url) for every url() and @import "x" in a stylesheet."""
    css = _CSS_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), css)
    found = [(m.start(), m.group(2)) for m in _CSS_URL.finditer(css)]
    found += [(m.start(), m.group(2)) for m in _CSS_IMPORT.finditer(css)]
    return [(css.count("\n", 0, pos), url.strip()) for pos, url in sorted(found) if url.strip()]


def js_urls(js: str) -> list[tuple[int, str]]:
    """(line offset, url) for static and dynamic imports and literal fetch() calls."""
    found = {(m.start(), m.group(2)) for pattern in _JS_REFERENCES for m in pattern.finditer(js)}
    return [(js.count("\n", 0, pos), url) for pos, url in sorted(found)]


def _srcset_urls(value: str) -> list[str]:
    return [part.split()[0] for part in value.split(",") if part.strip()]


def html_references(page: ParsedPage) -> list[Reference]:
    """Every URL an HTML page refers to, for link and third-party checks."""
    refs: list[Reference] = []
    for el in page.elements:
        a = el.attrs
        for attr, tags in _LOADING_ATTRIBUTES.items():
            if a.get(attr) and (tags is None or el.tag in tags):
                refs.append(Reference(a[attr], el.line, f"{el.tag} {attr}", True))
        if a.get("srcset"):
            refs += [Reference(u, el.line, f"{el.tag} srcset", True) for u in _srcset_urls(a["srcset"])]
        for attr in ("href", "xlink:href"):
            if not a.get(attr):
                continue
            if el.tag == "link":
                rels = set(a.get("rel", "").lower().split())
                refs.append(Reference(a[attr], el.line, "link href", not rels or not rels <= NAVIGATION_RELS))
            elif el.tag in ("use", "image", "feimage"):
                refs.append(Reference(a[attr], el.line, f"{el.tag} {attr}", True))
            elif el.tag in ("a", "area"):
                refs.append(Reference(a[attr], el.line, f"{el.tag} href", False))
        if el.tag == "form" and a.get("action") and a.get("method", "get").lower() == "get":
            refs.append(Reference(a["action"], el.line, "form action", False))
        if a.get("style"):
            refs += [Reference(u, el.line, "style url()", True) for _, u in css_urls(a["style"])]
    for line, css in page.styles:
        refs += [Reference(u, line + off, "css url()", True) for off, u in css_urls(css)]
    for line, js in page.module_scripts:
        refs += [Reference(u, line + off, "js import", True) for off, u in js_urls(js)]
    return refs


def is_local_scheme(url: str) -> bool:
    """True for URLs that never cause a request to a server (mailto:, data:, #x, ...)."""
    return url.strip().lower().startswith(LOCAL_SCHEMES)
