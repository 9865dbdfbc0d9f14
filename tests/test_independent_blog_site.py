"""Generalisation: a real crawl of a second copy of the seed sites not made by our replica's code.

`tests/independent_blog_site/` was built from the seed renderings only, by
another helper than `tests/independent_site/`'s, without reading our replica,
crawler or cleaning code (see its README.md): site A a WordPress-like blog,
site B an old XHTML portal with `<dl>` items. Both are crawled with the real
spiders over loopback, built into an archive and compared with the author's
expected.json.
"""
from __future__ import annotations

import sqlite3
from urllib.parse import urlsplit

import pytest

from tests.conftest import run_baogao
from tests.independent_blog_site import compare, load_expected, start
from tests.independent_blog_site.compare import N
from tests.independent_blog_site.make_expected import expected


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """reports.db of a real crawl of both sites (site B from its report channel's first page), built."""
    data = tmp_path_factory.mktemp("independent_blog")
    with start("a") as site_a, start("b") as site_b:
        run_baogao("update",
                   "--start-url", f"report_site={site_a.url}/",
                   "--start-url", f"listing_site={site_b.url}/info/37/page/1",
                   "--delay", "0", data=data)
    return data / "reports.db"


def test_archive_is_the_expected_one(archive):
    problems = compare(archive)
    assert not problems, "\n".join(problems)


def test_non_reports_are_set_aside(archive):
    """Site A's bulletins and plan (by URL) and site B's news items (by title)
    are in rejected_pages, not merely missing."""
    db = sqlite3.connect(str(archive))
    try:
        rejected = list(db.execute("select url, title from rejected_pages"))
    finally:
        db.close()
    for page in load_expected()["not_reports"]:
        if "url" in page:
            path = urlsplit(page["url"].format(A=0, B=0)).path
            assert any(urlsplit(url).path == path for url, _ in rejected), f"{page} not set aside"
        else:
            assert any(title and N(title).split("】")[-1] in N(page["title"]) for _, title in rejected), (
                f"{page} not set aside")


def test_expected_json_is_make_expected_output():
    """expected.json is what make_expected.py writes."""
    assert load_expected() == expected()
