"""Hostile text is escaped and never executed, checked in Chromium.

Front matter with HTML is refused at build time (see Tests/fixtures/bad/), so the attacks go where
text may reach HTML: Markdown bodies (raw HTML, javascript: links, attribute breakouts) and the
front-matter fields that accept quotes and ampersands (titles, phone numbers, e-mail addresses,
web addresses). The site is served by the plain test nginx, without a CSP, so only the escaping
stands between the text and the browser.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from selenium.common.exceptions import NoAlertPresentException, UnexpectedAlertPresentException

from html_validator import html_errors
from nginx_server import NginxServer
from site_files import html_files, url_path_for

REPO = Path(__file__).resolve().parents[2]
BINARY = Path(os.environ.get("KAART_BINARY") or REPO / ".build" / "debug" / "kaart")
MINIMAL = REPO / "Tests" / "fixtures" / "minimal-site" / "content"

HOSTILE_MARKDOWN = """

## Aanvallen

<script>alert('script')</script>

<img src=x onerror=alert('img')>

<svg onload=alert('svg')></svg>

<iframe src="javascript:alert('iframe')"></iframe>

<a href="javascript:alert('a')">html-link</a>

[markdown-link](javascript:alert('md'))

[hoofdletters](JaVaScRiPt:alert('case'))

[tab](java\tscript:alert('tab'))

[entiteit](jav&#x09;ascript:alert('entity'))

[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)

![plaatje](javascript:alert('image'))

<javascript:alert('autolink')>

[titel](https://example.nl/ "\\" onmouseover=\\"alert('title')\\" x=\\"")

"><script>alert('breakout')</script>

'><svg/onload=alert('breakout2')>

`<script>alert('code')</script>`

    <script>alert('codeblock')</script>

{{titel}} {{{titel}}} ${alert('template')}
"""


def hostile_content(root: Path) -> Path:
    content = root / "content"
    shutil.copytree(MINIMAL, content)
    for page in content.rglob("*.md"):
        page.write_text(page.read_text() + HOSTILE_MARKDOWN)
    inloop = content / "voorzieningen" / "inloop.md"
    text = inloop.read_text()
    text = text.replace("titel: Inloop Het Plein",
                        "titel: 'Inloop \"Het Plein\" & ''de Koffie'' {{titel}} \" onmouseover=\"alert(1)'")
    # Quotes in e-mail and web addresses are refused at build time (Tests/fixtures/bad/*-with-quote);
    # here they go where plain text may hold them.
    text = text.replace("kosten: Gratis", "kosten: 'Gratis\" autofocus onfocus=\"alert(2)'\n"
                        "trefwoorden: ['\" onmouseover=\"alert(6)', \"' onfocus='alert(7)\", '}}{{titel}}']\n"
                        "contact:\n"
                        "  telefoon: '030\" onfocus=\"alert(3)\" autofocus=\"'\n"
                        "  email: inloop@example.nl\n"
                        "  website: https://example.nl/?a=1&b=%22onmouseover%3D")
    inloop.write_text(text)
    return content


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    if not BINARY.is_file():
        pytest.fail(f"no kaart binary at {BINARY}: build it or set KAART_BINARY")
    root = tmp_path_factory.mktemp("hostile")
    content = hostile_content(root)
    output = root / "public"
    result = subprocess.run([str(BINARY), "build", "--content", str(content), "--templates", str(REPO / "templates"),
                             "--output", str(output), "--zonder-plannen"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"the hostile site must build (its text is allowed):\n{result.stderr}"
    for folder in [root, *root.rglob("*")]:
        if folder.is_dir():
            folder.chmod(0o755)  # nginx only reads
    return output


# Everything in the page that could run code: event-handler attributes, script URLs in
# navigable or loading attributes, scripts that are not our modules or data blocks, frames.
DANGEROUS_DOM = """
const found = [];
const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcdoc'];
for (const element of document.querySelectorAll('*')) {
  for (const attribute of element.attributes) {
    const name = attribute.name.toLowerCase();
    if (name.startsWith('on')) found.push(`${element.tagName} ${name}="${attribute.value}"`);
    if (urlAttributes.includes(name) && /^\\s*(javascript|vbscript|data):/i.test(attribute.value.replace(/[\\s\\u0000-\\u001f]/g, '')))
      found.push(`${element.tagName} ${name}="${attribute.value}"`);
  }
}
for (const script of document.scripts) {
  const ours = script.type === 'module' && script.src.startsWith(location.origin + '/assets/');
  const data = ['application/ld+json', 'application/json'].includes(script.type);
  if (!ours && !data) found.push('script: ' + script.outerHTML.slice(0, 100));
}
for (const frame of document.querySelectorAll('iframe, frame, object, embed, base')) found.push(frame.tagName);
return found;
"""


def alert_opened(driver, url: str) -> str | None:
    """Loads url and returns the text of an alert dialog if one opened, else None."""
    try:
        driver.get(url)
        driver.execute_async_script("setTimeout(arguments[0], 150)")  # let modules and timers run
    except UnexpectedAlertPresentException as error:
        return error.alert_text or "(alert)"
    try:
        alert = driver.switch_to.alert
    except NoAlertPresentException:
        return None
    text = alert.text
    alert.dismiss()
    return text


def test_the_hostile_text_reached_the_pages(hostile_site):
    """Guards the test itself: the attacks must be in the output, escaped, not silently dropped."""
    page = (hostile_site / "voorzieningen" / "inloop" / "index.html").read_text()
    assert "&lt;script&gt;alert('code')&lt;/script&gt;" in page or "&lt;script&gt;alert(&#39;code&#39;)" in page
    assert "onmouseover=&quot;alert(1)" in page or "onmouseover=\\&quot;alert(1)" in page
    assert "{{titel}}" in page


def test_no_page_opens_a_dialog_or_carries_code(hostile_site, driver):
    problems = []
    with NginxServer(hostile_site) as server:
        pages = html_files(hostile_site)
        assert len(pages) > 10
        for page in pages:
            path = url_path_for(hostile_site, page)
            text = alert_opened(driver, server.base_url + path)
            if text is not None:
                problems.append(f"{path}: alert {text!r}")
                continue
            problems += [f"{path}: {item}" for item in driver.execute_script(DANGEROUS_DOM)]
    assert not problems, "\n".join(problems)


def test_the_hostile_pages_are_valid_html(hostile_site):
    errors = html_errors(hostile_site)
    assert not errors, f"{len(errors)} vnu errors:\n" + "\n".join(errors[:50])


def test_an_image_with_an_unsafe_url_leaves_no_empty_img(hostile_site):
    page = (hostile_site / "voorzieningen" / "inloop" / "index.html").read_text()
    assert '<img src=""' not in page
    assert "plaatje" in page, "the image's alt text stays readable"


def test_the_checks_catch_an_executed_script_and_a_handler(tmp_path, driver):
    """Both checks must be able to fail."""
    (tmp_path / "index.html").write_text("<!doctype html><title>x</title><script>alert('lek')</script>")
    (tmp_path / "b.html").write_text("<!doctype html><title>x</title><a href='javascript:void(0)' onclick='x()'>a</a>")
    tmp_path.chmod(0o755)
    with NginxServer(tmp_path) as server:
        assert alert_opened(driver, server.base_url + "/") == "lek"
        assert alert_opened(driver, server.base_url + "/b.html") is None
        found = driver.execute_script(DANGEROUS_DOM)
    assert any("onclick" in item for item in found) and any("javascript:" in item for item in found), found
