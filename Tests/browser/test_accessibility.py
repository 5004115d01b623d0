"""axe-core finds no WCAG 2.1 AA violations on any page type, also at 320 px wide."""
import pytest

from axe_runner import axe_violations, describe
from browser import horizontal_overflow, reset_viewport, set_viewport_width
from fixture_sites import page, write_site
from nginx_server import NginxServer
from site_files import entry_page, representative_pages, url_path_for

NARROW = 320


def test_every_page_type_has_no_axe_violations(driver, server, site_dir):
    failures = []
    pages = [(kind, f) for kind, files in representative_pages(site_dir).items() for f in files]
    for kind, file in pages:
        path = url_path_for(site_dir, file)
        driver.get(server + path)
        violations = axe_violations(driver)
        if violations:
            failures.append(f"{path} ({kind}):\n{describe(violations)}")
    assert not failures, "axe-core violations:\n" + "\n".join(failures)


@pytest.fixture
def narrow(driver):
    set_viewport_width(driver, NARROW)
    yield driver
    reset_viewport(driver)


def test_home_and_entry_page_fit_320px(narrow, server, site_dir):
    files = [site_dir / "index.html"] + [f for f in [entry_page(site_dir)] if f]
    failures = []
    for file in files:
        path = url_path_for(site_dir, file)
        narrow.get(server + path)
        assert narrow.execute_script("return window.innerWidth") == NARROW
        overflow = horizontal_overflow(narrow)
        if overflow:
            failures.append(f"{path}: {overflow}px wider than the {NARROW}px viewport (horizontal scroll)")
        violations = axe_violations(narrow)
        if violations:
            failures.append(f"{path} at {NARROW}px:\n{describe(violations)}")
    assert not failures, "\n".join(failures)


def test_checkers_report_inaccessible_and_too_wide_pages(tmp_path, narrow):
    site = write_site(tmp_path, {"index.html": page(
        '<img src="/foto.png"><p style="color:#bbb;background:#fff">vaag</p>'
        '<div style="width:1000px">te breed</div>')})
    with NginxServer(site) as nginx:
        narrow.get(nginx.base_url + "/")
        ids = {v["id"] for v in axe_violations(narrow)}
        overflow = horizontal_overflow(narrow)
    assert {"image-alt", "color-contrast"} <= ids, ids
    assert overflow > 600, overflow
