""""Mijn lijstje": tick entries on a list, keep them in the URL, and print them as one A4 handout.

Runs against the built example site (public/ or $KAART_PUBLIC) through nginx, in headless Chromium.
"""
from __future__ import annotations

import base64
import html
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from axe_runner import axe_violations, describe

LISTING = "/categorie/respijtzorg/"
CHECKBOX = ".lijstje-kies input[type=checkbox]"


def selection_in(url: str) -> list[str]:
    values = parse_qs(urlsplit(url).query).get("lijst", [])
    return [p for v in values for p in v.split(",") if p]


def entry_facts(site_dir: Path, path: str) -> tuple[str, str | None]:
    """(title, phone number as shown) of an entry page in the built site."""
    text = (site_dir / path / "index.html").read_text(encoding="utf-8")
    article = text[text.index('<article class="entry">'):]
    title = html.unescape(re.search(r"<h1>(.*?)</h1>", article, re.S).group(1)).strip()
    phone = re.search(r'Telefoon: <a href="tel:[^"]*">(.*?)</a>', article)
    return title, html.unescape(phone.group(1)) if phone else None


def wait_for_boxes(driver, count: int = 1):
    WebDriverWait(driver, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, CHECKBOX)) >= count)
    return driver.find_elements(By.CSS_SELECTOR, CHECKBOX)


def wait_for_list_page(driver):
    WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#lijstje[data-geladen=ja]"))


def web_storage_sizes(driver) -> list[int]:
    return driver.execute_script("return [localStorage.length, sessionStorage.length, document.cookie.length]")


@pytest.fixture(scope="module")
def chosen(site_dir) -> list[str]:
    """Two entries of the category page that have a phone number, so the handout can be checked for it."""
    if not (site_dir / "lijstje" / "index.html").is_file():
        pytest.fail(f"{site_dir} has no lijstje/index.html: rebuild the site with this version of kaart")
    listing = (site_dir / LISTING.strip("/") / "index.html").read_text(encoding="utf-8")
    paths = re.findall(r'<h3 class="item-titel"><a href="/([a-z]+/[a-z0-9-]+)/">', listing)
    with_phone = [p for p in paths if entry_facts(site_dir, p)[1]]
    assert len(with_phone) >= 2, f"{LISTING} needs two entries with a phone number, has {with_phone}"
    return with_phone[:2]


def tick(driver, path: str):
    box = driver.find_element(By.CSS_SELECTOR, f'{CHECKBOX}[data-pad="{path}"]')
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
    box.click()


def test_ticked_entries_live_in_the_url_and_survive_a_reload(driver, server, chosen):
    driver.get(server + LISTING)
    wait_for_boxes(driver, 2)
    for path in chosen:
        tick(driver, path)
    assert selection_in(driver.current_url) == chosen
    bar = driver.find_element(By.CSS_SELECTOR, ".lijstje-balk")
    assert "Mijn lijstje (2)" in bar.text

    driver.refresh()
    boxes = wait_for_boxes(driver, 2)
    ticked = sorted(b.get_attribute("data-pad") for b in boxes if b.is_selected())
    assert ticked == sorted(chosen)
    assert web_storage_sizes(driver) == [0, 0, 0]

    # Unticking takes an entry out of the URL again.
    tick(driver, chosen[0])
    assert selection_in(driver.current_url) == chosen[1:]
    tick(driver, chosen[0])
    assert selection_in(driver.current_url) == [chosen[1], chosen[0]]


def test_the_list_page_shows_titles_and_phones_and_removes_items(driver, server, site_dir, chosen, tmp_path):
    driver.get(server + LISTING + "?lijst=" + ",".join(chosen))
    wait_for_boxes(driver, 2)
    driver.find_element(By.CSS_SELECTOR, ".lijstje-balk a.lijstje-link").click()
    wait_for_list_page(driver)
    assert urlsplit(driver.current_url).path == "/lijstje/"
    items = driver.find_element(By.ID, "lijstje-items")
    for path in chosen:
        title, phone = entry_facts(site_dir, path)
        assert title in items.text, f"{title} missing from the handout"
        assert phone in items.text, f"phone {phone} of {title} missing from the handout"

    first_title, _ = entry_facts(site_dir, chosen[0])
    driver.find_element(By.CSS_SELECTOR, f'.lijstje-item[data-pad="{chosen[0]}"] .lijstje-weg').click()
    assert selection_in(driver.current_url) == chosen[1:]
    assert first_title not in driver.find_element(By.ID, "lijstje-items").text
    assert first_title in driver.find_element(By.ID, "lijstje-status").text
    assert web_storage_sizes(driver) == [0, 0, 0]

    if not shutil.which("pdftotext"):
        pytest.fail("pdftotext missing: install poppler-utils (scripts/install-system-deps.sh)")
    pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {
        "paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True, "printBackground": False})["data"])
    pdf_file = tmp_path / "lijstje.pdf"
    pdf_file.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf_file), "-"], capture_output=True, text=True, check=True).stdout
    remaining_title, remaining_phone = entry_facts(site_dir, chosen[1])
    flat = " ".join(text.split())
    assert remaining_title in flat and remaining_phone in flat, flat[:500]
    assert first_title not in flat
    # The handout is only the list: no site menu, no buttons.
    assert "Print dit lijstje" not in flat and "Hoofdmenu" not in flat and "Haal van mijn lijstje" not in flat


def test_foreign_paths_in_the_url_are_never_fetched(driver, server):
    driver.get(server + "/lijstje/?lijst=plan/geheim,https://evil.example/x,voorzieningen/bestaat-niet-echt")
    wait_for_list_page(driver)
    assert selection_in(driver.current_url) == ["voorzieningen/bestaat-niet-echt"]
    items = driver.find_elements(By.CSS_SELECTOR, ".lijstje-item")
    assert [i.get_attribute("data-pad") for i in items] == ["voorzieningen/bestaat-niet-echt"]
    assert "niet gevonden" in items[0].text


def test_a_search_result_can_be_ticked(driver, server):
    driver.get(server + "/zoeken/?q=logeren")
    WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.CSS_SELECTOR, f"#zoekresultaten li {CHECKBOX}"))
    box = driver.find_element(By.CSS_SELECTOR, f"#zoekresultaten li {CHECKBOX}")
    path = box.get_attribute("data-pad")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
    box.click()
    bar = driver.find_element(By.CSS_SELECTOR, ".lijstje-balk")
    assert "Mijn lijstje (1)" in bar.text
    assert bar.find_element(By.CSS_SELECTOR, "a").get_attribute("href").endswith(f"/lijstje/?lijst={path}")
    assert selection_in(driver.current_url) == [path]
    assert parse_qs(urlsplit(driver.current_url).query)["q"] == ["logeren"]
    assert web_storage_sizes(driver) == [0, 0, 0]


def test_listing_with_bar_and_list_page_have_no_axe_violations(driver, server, chosen):
    failures = []
    driver.get(server + LISTING + "?lijst=" + chosen[0])
    wait_for_boxes(driver, 2)
    violations = axe_violations(driver)
    if violations:
        failures.append(f"{LISTING}:\n{describe(violations)}")
    driver.get(server + "/lijstje/?lijst=" + ",".join(chosen))
    wait_for_list_page(driver)
    violations = axe_violations(driver)
    if violations:
        failures.append(f"/lijstje/:\n{describe(violations)}")
    assert not failures, "axe-core violations:\n" + "\n".join(failures)


def test_without_javascript_the_list_page_points_to_a_z(site_dir):
    page = (site_dir / "lijstje" / "index.html").read_text(encoding="utf-8")
    noscript = re.search(r"<noscript>(.*?)</noscript>", page, re.S)
    assert noscript and 'href="/a-z/"' in noscript.group(1) and "JavaScript" in noscript.group(1)
    listing = (site_dir / LISTING.strip("/") / "index.html").read_text(encoding="utf-8")
    assert "lijstje-kies" not in listing and 'type="checkbox"' not in listing
