"""Generalisation: real crawls of a copy of the seed sites not made by our replica's code.

`tests/independent_site/` was built from the seed renderings only, without
reading our replica, crawler or cleaning code (see its README.md). Each case
serves its site A and site B with some of their variants, crawls both with
the real spiders over loopback, builds the archive and compares it with the
site author's expected.json: every expected report once, right, nothing
else, and the pages that are no reports set aside.
"""
from __future__ import annotations

import re
import sqlite3
from urllib.parse import urlsplit

import pytest

from tests.conftest import run_baogao
from tests.independent_site import VARIANTS, compare, load_expected, start
from tests.independent_site.compare import norm
from tests.independent_site.make_expected import expected

# (site A's variants, site B's variants), each crawled and built into its own archive
CASES = {
    "default": ((), ()),
    "a-untitled-parts-utf8-header,b-div-cards-cn-dates": (("untitled-parts", "utf8-header"),
                                                          ("div-cards", "cn-dates")),
    "a-p-tags-gb2312-meta-sidebar-part2,b-detail-links-datetime-dates": (
        ("p-tags", "gb2312-meta", "sidebar-part2"), ("detail-links", "datetime-dates")),
}

def crawl_and_build(site_a_url: str, site_b_url: str, data) -> None:
    """A real crawl of both sites (site B from its report channel's first page), then a build."""
    run_baogao("update",
               "--start-url", f"report_site={site_a_url}/",
               "--start-url", f"listing_site={site_b_url}/info/12/page/1",
               "--delay", "0", data=data)


@pytest.fixture(scope="module", params=list(CASES))
def archive(request, tmp_path_factory):
    """reports.db of a real crawl of the sites of one case, built."""
    variants_a, variants_b = CASES[request.param]
    data = tmp_path_factory.mktemp("independent")
    with start("a", variants_a) as site_a, start("b", variants_b) as site_b:
        crawl_and_build(site_a.url, site_b.url, data)
    return data / "reports.db"


def test_archive_is_the_expected_one(archive):
    problems = compare(archive)
    assert not problems, "\n".join(problems)


def test_non_reports_are_set_aside(archive):
    """Each page or listing item the author lists as no report is in
    rejected_pages, a listing's news items with their titles."""
    db = sqlite3.connect(str(archive))
    try:
        rejected = [(urlsplit(url).path, title) for url, title in
                    db.execute("select url, title from rejected_pages")]
    finally:
        db.close()
    for page in load_expected()["non_reports"]:
        titles = [title for path, title in rejected if path == page["path"]]
        assert titles, f"{page} not set aside"
        if "title" in page:  # a listing item: its title, the 【…招商】 prefix possibly cut
            assert any(title and norm(title) in norm(page["title"]) for title in titles), (page, titles)


def test_no_item_page_is_fetched(archive):
    """Site B's items are read from its listing pages; their own pages
    (`detail-links`) are fetched from none of them, the start page included."""
    db = sqlite3.connect(str(archive))
    try:
        urls = [url for (url,) in db.execute("select url from sources union all select url from rejected_pages")]
    finally:
        db.close()
    assert not [url for url in urls if re.search(r"/info/\d+/\d+\.html$", url)]


def test_every_variant_is_crawled():
    """The cases above cover every variant of both sites."""
    covered_a = {v for a, _ in CASES.values() for v in a}
    covered_b = {v for _, b in CASES.values() for v in b}
    assert covered_a == set(VARIANTS["a"]) and covered_b == set(VARIANTS["b"])


def test_expected_json_is_make_expected_output():
    """expected.json is what make_expected.py writes (its sentences checked against the seeds)."""
    assert load_expected() == expected()
