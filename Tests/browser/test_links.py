"""No broken internal links: offline over the files, and online through nginx."""
from fixture_sites import page, write_site
from link_checker import broken_links_offline, crawl, relative_links_in_404
from nginx_server import NginxServer


def test_every_internal_reference_matches_a_file(site_dir):
    problems = broken_links_offline(site_dir)
    assert not problems, "broken links:\n" + "\n".join(problems)


def test_crawl_from_home_finds_no_errors(server, site_dir):
    fetched, problems = crawl(server)
    assert not problems, "crawl errors:\n" + "\n".join(problems)
    assert fetched > 1, "the crawl found nothing to follow from /"


def test_404_page_uses_only_root_relative_urls(site_dir):
    problems = relative_links_in_404(site_dir)
    assert not problems, "404.html is served at any URL:\n" + "\n".join(problems)


def _broken_site(root):
    return write_site(root, {
        "index.html": page('<p><a href="/bestaat-niet/">weg</a> <a href="goed/">goed</a></p>'
                           '<form action="/zoeken/"><label>Zoek <input name="q"></label></form>',
                           head='<link rel="stylesheet" href="/stijl.css">'),
        "zoeken/index.html": page(head='<script type="module" src="/zoek.js"></script>'),
        "goed/index.html": page('<p><a href="../">terug</a> <a href="mailto:a@b.nl">mail</a> '
                                '<a href="https://example.org/">extern</a></p>'),
        "stijl.css": 'body { background: url("plaatje.png"); }',
        "404.html": page('<p><a href="index.html">start</a></p>'),
    })


def test_offline_checker_reports_broken_links(tmp_path):
    problems = broken_links_offline(_broken_site(tmp_path))
    assert len(problems) == 3, problems
    assert any(p.startswith("zoeken/index.html:") and "/zoek.js" in p for p in problems), problems
    assert any("index.html" in p and "/bestaat-niet/" in p for p in problems), problems
    assert any(p.startswith("stijl.css:1:") and "plaatje.png" in p for p in problems), problems


def test_crawler_reports_broken_links(tmp_path):
    with NginxServer(_broken_site(tmp_path)) as nginx:
        fetched, problems = crawl(nginx.base_url)
    assert len(problems) == 3, problems
    assert any("/zoek.js: HTTP 404 (linked from " in p for p in problems), problems  # via <form action>
    assert any("/bestaat-niet/: HTTP 404" in p for p in problems), problems
    assert any("/plaatje.png: HTTP 404" in p for p in problems), problems


def test_404_checker_reports_relative_links(tmp_path):
    problems = relative_links_in_404(_broken_site(tmp_path))
    assert len(problems) == 1 and problems[0].endswith("relative URL 'index.html'"), problems
