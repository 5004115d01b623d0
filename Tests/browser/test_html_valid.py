"""Every HTML page is valid according to the Nu HTML Checker (vnu)."""
from fixture_sites import page, write_site
from html_validator import html_errors


def test_every_page_is_valid_html(site_dir):
    errors = html_errors(site_dir)
    assert not errors, f"{len(errors)} vnu errors:\n" + "\n".join(errors[:200])


def test_checker_reports_invalid_html(tmp_path):
    site = write_site(tmp_path, {
        "index.html": page(),
        "kapot/index.html": page('<p id="x">een</p><p id="x">twee</p><ul><p>geen li</p></ul>'),
    })
    errors = html_errors(site)
    assert errors and all(e.startswith("kapot/index.html:") for e in errors), errors
    assert any("Duplicate ID" in e for e in errors), errors
