"""Every page has lang="nl", a <main>, a skip link to it, a <title> and a viewport meta."""
import pytest

from fixture_sites import page
from page_basics import page_basics_problems
from site_files import html_files


def test_every_page_has_the_basics(site_dir):
    problems = [f"{f.relative_to(site_dir)}: {p}"
                for f in html_files(site_dir) for p in page_basics_problems(f.read_text(encoding="utf-8"))]
    assert not problems, "pages miss basics:\n" + "\n".join(problems)


def test_a_good_page_passes():
    assert page_basics_problems(page()) == []


@pytest.mark.parametrize("broken, expected", [
    (page(lang="en"), 'lang="nl"'),
    (page().replace("<main", "<div").replace("</main>", "</div>"), "no <main>"),
    (page(skip=""), "not a skip link"),
    (page(skip='<a href="#elders">Ga naar de inhoud</a>'), "not to \"#inhoud\""),
    (page(skip='<a href="/">Start</a><a href="#inhoud">Ga naar de inhoud</a>'), "not to \"#inhoud\""),
    (page(title=""), "<title>"),
    (page().replace('<meta name="viewport"', '<meta name="description"'), "viewport"),
])
def test_checker_reports_a_missing_basic(broken, expected):
    problems = page_basics_problems(broken)
    assert any(expected in p for p in problems), problems
