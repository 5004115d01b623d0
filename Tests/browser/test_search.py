"""The search page /zoeken/ end to end: headless Chromium, nginx, the built example site.

Covers typing, ?q= and filters in the URL, facets, keyboard use, the live status, "Bedoelde u …?",
"Nu open" under results, the header search box, axe-core on three states, 320 px, and the page
without JavaScript.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from axe_runner import axe_violations, describe
from browser import horizontal_overflow, reset_viewport, set_viewport_width
from site_files import file_for_url_path

WAIT = 15
ENTRY_URL = re.compile(r"^/(voorzieningen|lotgenotengroepen|loketten|casussen)/[a-z0-9-]+/$")
COUNT = re.compile(r"^(\d+|Geen) resultaten? voor ‘(.*)’$")


@pytest.fixture(autouse=True)
def search_page_exists(site_dir):
    if not (site_dir / "zoeken" / "index.html").is_file():
        pytest.fail(f"{site_dir} has no /zoeken/ page")


def wait_until(driver, condition, message: str, timeout: float = WAIT):
    try:
        return WebDriverWait(driver, timeout).until(lambda d: condition(d))
    except TimeoutException:
        raise AssertionError(f"timed out: {message}; status={status_text(driver)!r}") from None


def status_text(driver) -> str:
    return driver.execute_script("const s = document.getElementById('zoekstatus'); return s ? s.textContent : null;")


def wait_for_query(driver, query: str) -> int:
    """Waits until the status reports `query`, returns the number of results it states."""
    def done(d):
        match = COUNT.match(status_text(d) or "")
        return match and match.group(2) == query and match
    match = wait_until(driver, done, f"results for {query!r}")
    return 0 if match.group(1) == "Geen" else int(match.group(1))


def result_links(driver) -> list[str]:
    """The href of each result's first link, in the order shown."""
    return driver.execute_script(
        "return [...document.querySelectorAll('#zoekresultaten > li')]"
        ".map(li => li.querySelector('a') && li.querySelector('a').getAttribute('href'))")


def facet_counts(driver, facet: str) -> dict[str, int]:
    labels = driver.execute_script(
        "return [...document.querySelectorAll(`#zoekfilters input[name='${arguments[0]}']`)]"
        ".map(b => [b.value, document.querySelector(`label[for='${b.id}']`).textContent])", facet)
    return {value: int(re.search(r"\((\d+)\)$", text).group(1)) for value, text in labels}


def url_query(driver) -> dict[str, list[str]]:
    return parse_qs(urlsplit(driver.current_url).query)


def click(driver, element):
    """Clicks like a user would, after scrolling the element to the middle (clear of fixed bars)."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def open_search(driver, server, query_string: str = ""):
    driver.get(f"{server}/zoeken/{query_string}")


def type_query(driver, text: str):
    field = driver.find_element(By.ID, "zoekveld")
    field.clear()
    field.send_keys(text)


def test_typing_shows_ranked_results_that_link_to_entry_pages(driver, server, site_dir):
    open_search(driver, server)
    type_query(driver, "logeren")
    total = wait_for_query(driver, "logeren")
    links = result_links(driver)
    assert total >= 2 and len(links) == min(total, 10)
    assert links[0] in {"/voorzieningen/logeerhuis-de-linde/", "/voorzieningen/logeerweekend-de-zandhaas/"}, links
    for href in links:
        assert ENTRY_URL.match(href), href
        page = file_for_url_path(site_dir, href)
        assert page and page.is_file(), f"{href} has no page"
    # Rank order: the literal matches (titles with "logeer…") before the synonym-only matches.
    assert links.index("/voorzieningen/logeerhuis-de-linde/") < links.index("/voorzieningen/vervangende-mantelzorg-thuis/")
    # A typo still finds the word, and a partial word while typing.
    type_query(driver, "demntie")
    assert wait_for_query(driver, "demntie") > 0
    assert "/lotgenotengroepen/dementiecafe-beekhuizen/" in result_links(driver)[:5]
    type_query(driver, "dagbest")
    assert wait_for_query(driver, "dagbest") > 0
    assert result_links(driver)[0].startswith("/voorzieningen/dagbesteding-")


def test_url_with_query_and_filter_runs_on_load(driver, server):
    open_search(driver, server, "?q=logeren&doelgroep=mantelzorgers")
    total = wait_for_query(driver, "logeren")
    assert driver.find_element(By.ID, "zoekveld").get_attribute("value") == "logeren"
    box = driver.find_element(By.ID, "zoekfilter-doelgroep-mantelzorgers")
    assert box.is_selected()
    # The checked value's count is the number of results: the filter is applied, not only shown.
    assert facet_counts(driver, "doelgroep")["mantelzorgers"] == total
    open_search(driver, server, "?q=logeren")
    assert wait_for_query(driver, "logeren") > total


def test_ticking_a_facet_updates_results_counts_and_url(driver, server):
    open_search(driver, server, "?q=mantelzorg")
    total = wait_for_query(driver, "mantelzorg")
    before = result_links(driver)
    counts = facet_counts(driver, "gemeente")
    assert "zandwijk" in counts and counts["zandwijk"] < total
    click(driver, driver.find_element(By.CSS_SELECTOR, "label[for='zoekfilter-gemeente-zandwijk']"))
    wait_until(driver, lambda d: (COUNT.match(status_text(d) or "") or [None, None])[1] == str(counts["zandwijk"]),
               "the count after ticking Zandwijk")
    assert url_query(driver) == {"q": ["mantelzorg"], "gemeente": ["zandwijk"]}
    assert driver.find_element(By.ID, "zoekfilter-gemeente-zandwijk").is_selected()
    shown = driver.execute_script(
        "return [...document.querySelectorAll('#zoekresultaten .zoek-gemeente')].map(p => p.textContent)")
    assert shown and all("Zandwijk" in text or "Landelijk" in text for text in shown), shown
    assert result_links(driver) != before
    # Other facets are recounted within Zandwijk; the gemeente facet keeps its other values.
    assert sum(facet_counts(driver, "toegang").values()) <= counts["zandwijk"]
    assert len(facet_counts(driver, "gemeente")) == len(counts)


def test_keyboard_only_search_and_facet(driver, server):
    open_search(driver, server)
    body = driver.find_element(By.TAG_NAME, "body")
    body.click()
    for _ in range(30):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        if driver.switch_to.active_element.get_attribute("id") == "zoekveld":
            break
    else:
        pytest.fail("Tab never reached #zoekveld")
    driver.switch_to.active_element.send_keys("dementie")
    total = wait_for_query(driver, "dementie")
    assert total > 1
    facet_id, result_href = None, None
    for _ in range(80):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        active = driver.switch_to.active_element
        if active.get_attribute("type") == "checkbox" and facet_id is None:
            # The first facet reached by Tab: Space ticks it, the URL follows, focus stays.
            facet_id = active.get_attribute("id")
            active.send_keys(Keys.SPACE)
            facet, value = facet_id.removeprefix("zoekfilter-").split("-", 1)
            wait_until(driver, lambda d: url_query(d).get(facet) == [value], "Space ticks the facet and updates the URL")
            assert driver.find_element(By.ID, facet_id).is_selected()
            assert driver.switch_to.active_element.get_attribute("id") == facet_id, "focus stays on the facet"
            assert wait_for_query(driver, "dementie") <= total
        elif active.tag_name == "a" and driver.execute_script(
                "return arguments[0].closest('#zoekresultaten') !== null", active):
            result_href = active.get_attribute("href")
            break
    assert facet_id, "Tab never reached a facet"
    assert result_href, "Tab never reached a result"
    assert ENTRY_URL.match(urlsplit(result_href).path)
    # Enter on the focused result opens the entry page.
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    wait_until(driver, lambda d: urlsplit(d.current_url).path == urlsplit(result_href).path, "Enter opens the result")


def test_status_is_a_live_region_with_the_result_count(driver, server):
    open_search(driver, server, "?q=mantelzorg")
    total = wait_for_query(driver, "mantelzorg")
    status = driver.find_element(By.ID, "zoekstatus")
    assert status.get_attribute("role") == "status"
    assert status.get_attribute("aria-live") == "polite"
    assert status.text == f"{total} resultaten voor ‘mantelzorg’"
    assert len(result_links(driver)) == min(total, 10)
    more = driver.find_element(By.CSS_SELECTOR, "button.zoek-meer")
    if total > 10:
        assert more.is_displayed()
        click(driver, more)
        wait_until(driver, lambda d: len(result_links(d)) == min(total, 20), "the next page of results")
        assert driver.switch_to.active_element.get_attribute("href"), "focus moves to the first new result"
    else:
        assert not more.is_displayed()


OPEN_ENTRY = "/voorzieningen/inloophuis-het-baken/"   # has openingstijden in content/


def opening_line(driver, result_href: str):
    """The "Nu open" text under the result linking to `result_href`, or None when it has none."""
    return driver.execute_script(
        "const a = document.querySelector(`#zoekresultaten > li a[href='${arguments[0]}']`);"
        "const line = a && a.closest('li').querySelector('.nu-open');"
        "return line ? line.textContent : null;", result_href)


def test_a_result_with_opening_hours_says_whether_it_is_open_now(driver, server, site_dir):
    def search_line():
        open_search(driver, server, "?q=inloophuis het baken")
        wait_for_query(driver, "inloophuis het baken")
        assert OPEN_ENTRY in result_links(driver)
        return opening_line(driver, OPEN_ENTRY)

    def entry_line():
        driver.get(f"{server}{OPEN_ENTRY}")
        return wait_until(driver, lambda d: d.execute_script(
            "const p = document.querySelector('.nu-open'); return p && !p.hidden && p.textContent;"),
            "the Nu open line on the entry page")

    # Both pages compute the status live; a minute can tick over between them, so one retry.
    shown, expected = search_line(), entry_line()
    if shown != expected:
        shown, expected = search_line(), entry_line()
    assert shown, "no Nu open line under the result"
    assert re.match(r"^(Nu open|Nu gesloten|Vandaag gesloten)", shown), shown
    assert shown == expected
    # Exactly the voorzieningen and loketten with openingstijden get the line; the rest
    # (lotgenotengroepen, casussen, entries without hours) show nothing extra.
    kinds = set()
    for query in ("mantelzorg", "dementie"):
        open_search(driver, server, f"?q={query}")
        wait_for_query(driver, query)
        for href in result_links(driver):
            html = file_for_url_path(site_dir, href).read_text(encoding="utf-8")
            has_hours = href.startswith(("/voorzieningen/", "/loketten/")) and 'id="tijden-Openingstijden"' in html
            kinds.add(has_hours)
            assert (opening_line(driver, href) is not None) == has_hours, href
    assert kinds == {True, False}, "the queries should find results with and without opening hours"


def test_no_results_suggests_a_word_that_finds_results(driver, server):
    open_search(driver, server)
    type_query(driver, "demantei ")
    assert wait_for_query(driver, "demantei") == 0
    assert status_text(driver) == "Geen resultaten voor ‘demantei’"
    link = driver.find_element(By.CSS_SELECTOR, "#zoeksuggestie .zoek-bedoelde a")
    assert "Bedoelde u" in driver.find_element(By.ID, "zoeksuggestie").text
    assert link.text == "dementie"
    click(driver, link)
    assert wait_for_query(driver, "dementie") > 0
    assert driver.find_element(By.ID, "zoekveld").get_attribute("value") == "dementie"
    assert url_query(driver) == {"q": ["dementie"]}


def test_header_search_box_submits_to_the_search_page(driver, server):
    driver.get(f"{server}/voorzieningen/")
    field = driver.find_element(By.ID, "kop-zoekveld")
    field.send_keys("mantelzorg ondersteuning")
    field.send_keys(Keys.ENTER)
    wait_until(driver, lambda d: urlsplit(d.current_url).path == "/zoeken/", "navigation to /zoeken/")
    assert url_query(driver)["q"] == ["mantelzorg ondersteuning"]
    assert wait_for_query(driver, "mantelzorg ondersteuning") > 0
    assert result_links(driver)


@pytest.mark.parametrize("query_string, query", [
    ("?q=logeren", "logeren"),
    ("?q=xyzzyq", "xyzzyq"),
    ("?q=logeren&doelgroep=mantelzorgers", "logeren"),
], ids=["results", "no-results", "facet-ticked"])
def test_search_page_has_no_axe_violations(driver, server, query_string, query):
    open_search(driver, server, query_string)
    wait_for_query(driver, query)
    violations = axe_violations(driver)
    assert not violations, describe(violations)


@pytest.fixture
def narrow(driver):
    set_viewport_width(driver, 320)
    yield driver
    reset_viewport(driver)


def test_search_results_fit_320px(narrow, server):
    open_search(narrow, server, "?q=mantelzorg")
    wait_for_query(narrow, "mantelzorg")
    assert horizontal_overflow(narrow) == 0
    violations = axe_violations(narrow)
    assert not violations, describe(violations)


def test_without_javascript_the_page_explains_and_links_to_a_z_and_categories(driver, server, site_dir):
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        open_search(driver, server, "?q=logeren")
        noscript_text = driver.find_element(By.TAG_NAME, "main").text
        assert "Zoeken werkt alleen met JavaScript" in noscript_text
        links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "main a")]
        paths = [urlsplit(h).path for h in links]
        assert "/a-z/" in paths
        categories = [p for p in paths if p.startswith("/categorie/")]
        assert len(categories) >= 5, paths
        for path in categories + ["/a-z/"]:
            page = file_for_url_path(site_dir, path)
            assert page and page.is_file(), f"{path} has no page"
        assert driver.find_elements(By.CSS_SELECTOR, "#zoekresultaten > li") == [], "no script ran"
        assert driver.find_element(By.ID, "zoekstatus").text == ""
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
