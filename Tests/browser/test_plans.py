"""Encrypted client plans in headless Chromium: open, unlock, print, rotate; nothing stored or sent.

Runs against the example site (public/ or $KAART_PUBLIC) served by nginx. The share links come
from `kaart plan link`, with the token store that built the site: $KAART_TOKENS, else
.kaart/tokens.json. The binary is $KAART_BINARY, else .build/debug/kaart.
"""
from __future__ import annotations

import base64
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from axe_runner import axe_violations, describe
from browser import horizontal_overflow, reset_viewport, set_viewport_width
from nginx_server import NginxServer
from third_party import foreign_requests, requested_urls

REPO = Path(__file__).resolve().parents[2]
CONTENT = Path(os.environ.get("KAART_CONTENT") or REPO / "content")
TOKENS = Path(os.environ.get("KAART_TOKENS") or REPO / ".kaart" / "tokens.json")
BINARY = Path(os.environ.get("KAART_BINARY") or REPO / ".build" / "debug" / "kaart")
TEMPLATES = REPO / "templates"

GENERIC_ERROR = "Deze code past niet bij dit plan. Controleer de code en probeer het opnieuw."
# Well-formed, but no plan's token: 26 symbols of Crockford base32.
WRONG_TOKEN = "7K3M-Q9TD-2HXA-B4NR-8WEF-JC5V-P0"
A4_POINTS = (595, 842)


@dataclass(frozen=True)
class SharedPlan:
    slug: str
    client: str
    goals: list[str]
    page_path: str  # /plan/<id>/
    token: str

    def link(self, base_url: str) -> str:
        return f"{base_url}{self.page_path}#{self.token}"


def kaart(*args: str) -> str:
    if not BINARY.is_file():
        pytest.fail(f"no kaart binary at {BINARY}: build it or set KAART_BINARY")
    result = subprocess.run([str(BINARY), *args], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"kaart {' '.join(args)} failed:\n{result.stderr}"
    return result.stdout


def plan_sources(content: Path) -> dict[str, tuple[str, list[str]]]:
    """slug -> (client, goal texts), read from the front matter of plannen/*.md."""
    plans = {}
    for file in sorted((content / "plannen").glob("*.md")):
        text = file.read_text(encoding="utf-8")
        client = re.search(r"^client:\s*(.+)$", text, re.M).group(1).strip()
        goals = [g.strip() for g in re.findall(r"^\s*- doel:\s*(.+)$", text, re.M)]
        plans[file.stem] = (client, goals)
    return plans


def shared_plan(slug: str, client: str, goals: list[str], content: Path, tokens: Path) -> SharedPlan:
    link = kaart("plan", "link", slug, "--content", str(content), "--tokens", str(tokens)).strip()
    parts = urlsplit(link)
    assert parts.fragment and parts.path.startswith("/plan/"), link
    return SharedPlan(slug, client, goals, parts.path, parts.fragment)


@pytest.fixture(scope="module")
def plans(site_dir) -> list[SharedPlan]:
    if not TOKENS.is_file():
        pytest.fail(f"no token store at {TOKENS}: run `kaart plan token --alle` and build (or set KAART_TOKENS)")
    shared = [shared_plan(slug, client, goals, CONTENT, TOKENS)
              for slug, (client, goals) in plan_sources(CONTENT).items()]
    assert len(shared) >= 3, "the example site ships three plans"
    for plan in shared:
        page = site_dir / plan.page_path.strip("/") / "index.html"
        assert page.is_file(), f"{plan.slug}: {page} is missing; was {site_dir} built with {TOKENS}?"
    return shared


def open_page(driver, url: str) -> None:
    """Loads url as a new document. Without the detour, going from /plan/x/ to /plan/x/#code is a
    same-document navigation: the page script does not run again (plan.js ignores hashchange)."""
    driver.get("about:blank")
    driver.get(url)


def wait_for_plan(driver, timeout: float = 10) -> str:
    """Waits until the decrypted plan's heading is shown and returns its text."""
    WebDriverWait(driver, timeout).until(lambda d: d.find_elements(By.ID, "plan-titel"))
    return driver.find_element(By.ID, "plan-titel").text


def wait_for_form(driver, timeout: float = 10):
    WebDriverWait(driver, timeout).until(
        lambda d: d.find_elements(By.ID, "plan-code-formulier") and d.find_element(By.ID, "plan-code-formulier").is_displayed())
    return driver.find_element(By.ID, "plan-code-formulier")


def alert_text(driver, timeout: float = 5) -> str:
    """The text of the role=alert element once it is non-empty ('' if it stays empty)."""
    try:
        WebDriverWait(driver, timeout).until(lambda d: d.find_element(By.CSS_SELECTOR, "[role=alert]").text.strip())
    except TimeoutException:
        pass
    return driver.find_element(By.CSS_SELECTOR, "[role=alert]").text.strip()


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_share_link_opens_the_plan(driver, server, plans):
    for plan in plans:
        open_page(driver, plan.link(server))
        assert wait_for_plan(driver) == f"Uw plan, {plan.client}"
        body = squash(driver.find_element(By.TAG_NAME, "main").text)
        for goal in plan.goals:
            assert goal in body, f"{plan.slug}: goal missing: {goal}"
        assert driver.execute_script("return document.activeElement.id") == "plan-titel"
        assert not driver.find_element(By.ID, "plan-code-formulier").is_displayed()


def test_the_token_leaves_the_address_bar(driver, server, plans):
    plan = plans[0]
    open_page(driver, plan.link(server))
    wait_for_plan(driver)
    href = driver.execute_script("return location.href")
    assert href == server + plan.page_path
    assert "#" not in href and plan.token not in href
    assert driver.execute_script("return location.hash") == ""
    assert plan.token not in driver.current_url


def test_a_wrong_token_shows_the_form_and_one_generic_error(driver, server, plans):
    plan = plans[0]
    for wrong in (WRONG_TOKEN, "abc", plans[1].token):  # well-formed, malformed, another plan's
        open_page(driver, server + plan.page_path + "#" + wrong)
        form = wait_for_form(driver)
        assert alert_text(driver) == GENERIC_ERROR
        assert form.find_element(By.TAG_NAME, "label").text == "Code uit uw brief"
        assert not driver.find_elements(By.ID, "plan-titel")
        assert plan.client not in driver.find_element(By.TAG_NAME, "main").text
        assert driver.execute_script("return location.hash") == ""


def test_without_a_token_the_form_shows_no_error(driver, server, plans):
    open_page(driver, server + plans[0].page_path)
    wait_for_form(driver)
    assert alert_text(driver, timeout=0.5) == ""
    assert not driver.find_elements(By.ID, "plan-titel")


def test_typing_the_code_opens_the_plan(driver, server, plans):
    plan = plans[1]
    open_page(driver, server + plan.page_path)
    wait_for_form(driver)
    field = driver.find_element(By.ID, "plan-code")
    field.send_keys(WRONG_TOKEN)
    driver.find_element(By.CSS_SELECTOR, "#plan-code-formulier button[type=submit]").click()
    assert alert_text(driver) == GENERIC_ERROR
    assert driver.execute_script("return document.activeElement.id") == "plan-code"
    field.clear()
    # As read from a letter: lower case, spaces instead of dashes.
    field.send_keys(plan.token.lower().replace("-", " "))
    field.submit()
    assert wait_for_plan(driver) == f"Uw plan, {plan.client}"
    assert not driver.find_element(By.ID, "plan-code-formulier").is_displayed()
    assert driver.find_element(By.CSS_SELECTOR, "[role=alert]").text == ""
    assert driver.execute_script("return location.href") == server + plan.page_path


def test_nothing_is_stored_in_the_browser(driver, server, plans):
    plan = plans[2]
    driver.delete_all_cookies()
    open_page(driver, server + "/")
    driver.execute_script("localStorage.clear(); sessionStorage.clear();")
    open_page(driver, plan.link(server))
    wait_for_plan(driver)
    # Also through the form, the other way in.
    open_page(driver, server + plan.page_path)
    wait_for_form(driver).find_element(By.ID, "plan-code").send_keys(plan.token)
    driver.find_element(By.ID, "plan-code").submit()
    wait_for_plan(driver)
    stored = driver.execute_script(
        "return {local: localStorage.length, session: sessionStorage.length, cookie: document.cookie}")
    assert stored == {"local": 0, "session": 0, "cookie": ""}
    assert driver.get_cookies() == []
    databases = driver.execute_async_script(
        "const done = arguments[0]; indexedDB.databases().then(d => done(d.length), () => done(-1));")
    assert databases == 0


def test_no_request_leaves_the_server(driver, server, plans):
    host = urlsplit(server).netloc
    driver.get_log("performance")
    for plan in plans:
        open_page(driver, plan.link(server))
        wait_for_plan(driver)
    time.sleep(0.3)
    urls = requested_urls(driver.get_log("performance"))
    assert any(u == server + plans[0].page_path for u in urls), urls  # the log works
    assert any(u.endswith("/plan.js") for u in urls), urls
    assert any(u.endswith("/plan-crypto.js") for u in urls), urls
    assert foreign_requests(urls, host) == []
    assert not [u for u in urls if any(p.token in u for p in plans)], "a token was sent in a request"


def print_to_pdf(driver) -> bytes:
    result = driver.execute_cdp_cmd("Page.printToPDF", {
        "paperWidth": 8.27, "paperHeight": 11.69,  # A4 in inches
        "marginTop": 0, "marginBottom": 0, "marginLeft": 0, "marginRight": 0,
        "preferCSSPageSize": True, "printBackground": True})
    return base64.b64decode(result["data"])


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)}


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def poppler():
    if not shutil.which("pdfinfo") or not shutil.which("pdftotext"):
        pytest.fail("pdfinfo/pdftotext missing: install poppler-utils (scripts/install-system-deps.sh)")


def test_the_decrypted_plan_prints_as_a_short_a4_handout(driver, server, plans, tmp_path, poppler, record_property):
    counts = {}
    for plan in plans:
        open_page(driver, plan.link(server))
        wait_for_plan(driver)
        pdf = tmp_path / f"{plan.slug}.pdf"
        pdf.write_bytes(print_to_pdf(driver))
        info = pdf_info(pdf)
        pages = int(info["Pages"])
        counts[plan.slug] = pages
        width, height = (float(n) for n in re.findall(r"[\d.]+", info["Page size"])[:2])
        assert (round(width), round(height)) == A4_POINTS, info["Page size"]
        assert 1 <= pages <= 2, f"{plan.slug}: {pages} pages"

        text = squash(pdf_text(pdf).replace("\u00ad", ""))
        assert f"Uw plan, {plan.client}" in text
        for goal in plan.goals:
            assert squash(goal) in text, f"{plan.slug}: goal missing from the PDF: {goal}"
        assert plan.page_path in text.replace(" ", ""), "the page address is printed"
        assert plan.token not in text and plan.token.replace("-", "") not in text
        for chrome in ("Code uit uw brief", "Naar de inhoud", "Hoofdmenu", "Zoek"):
            assert chrome not in text, f"{plan.slug}: site chrome printed: {chrome}"
    record_property("pdf_pages", counts)
    print(f"\nPDF pages per plan: {counts}")


def test_a_rotated_token_no_longer_opens_anything(driver, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    tokens = tmp_path / "geheim" / "tokens.json"
    output = tmp_path / "public"
    build = ("build", "--content", str(content), "--templates", str(TEMPLATES),
             "--output", str(output), "--tokens", str(tokens))
    kaart("plan", "token", "--alle", "--content", str(content), "--tokens", str(tokens))
    kaart(*build)
    slug, (client, goals) = next(iter(plan_sources(content).items()))
    old = shared_plan(slug, client, goals, content, tokens)
    kaart("plan", "rotate", slug, "--content", str(content), "--tokens", str(tokens))
    kaart(*build)
    new = shared_plan(slug, client, goals, content, tokens)
    assert new.page_path != old.page_path and new.token != old.token

    with NginxServer(output) as nginx:
        open_page(driver, old.link(nginx.base_url))
        # The old page is gone: nginx answers with the site's 404 page.
        WebDriverWait(driver, 10).until(
            lambda d: d.find_elements(By.ID, "plan-code-formulier")
            or d.find_element(By.TAG_NAME, "h1").text == "Deze pagina bestaat niet")
        assert not driver.find_elements(By.ID, "plan-titel")
        assert client not in driver.find_element(By.TAG_NAME, "body").text
        # The old token on the new page: the form and the error, no plan.
        open_page(driver, nginx.base_url + new.page_path + "#" + old.token)
        wait_for_form(driver)
        assert alert_text(driver) == GENERIC_ERROR
        # The new link does open, so the checks above can tell the difference.
        open_page(driver, new.link(nginx.base_url))
        assert wait_for_plan(driver) == f"Uw plan, {client}"


def test_no_axe_violations_locked_with_error_and_unlocked(driver, server, plans):
    plan = plans[0]
    failures = []
    states = [("locked", server + plan.page_path, wait_for_form),
              ("wrong code", server + plan.page_path + "#" + WRONG_TOKEN, wait_for_form),
              ("unlocked", plan.link(server), wait_for_plan)]
    for other in plans[1:]:
        states.append((f"unlocked {other.slug}", other.link(server), wait_for_plan))
    for name, url, wait in states:
        open_page(driver, url)
        wait(driver)
        violations = axe_violations(driver)
        if violations:
            failures.append(f"{name}:\n{describe(violations)}")
    assert not failures, "axe-core violations:\n" + "\n".join(failures)


@pytest.fixture
def narrow(driver):
    set_viewport_width(driver, 320)
    yield driver
    reset_viewport(driver)


def test_locked_and_unlocked_plan_fit_320px(narrow, server, plans):
    open_page(narrow, server + plans[0].page_path)
    wait_for_form(narrow)
    assert horizontal_overflow(narrow) == 0
    for plan in plans:
        open_page(narrow, plan.link(server))
        wait_for_plan(narrow)
        assert narrow.execute_script("return window.innerWidth") == 320
        assert horizontal_overflow(narrow) == 0, f"{plan.slug} scrolls sideways at 320px"
