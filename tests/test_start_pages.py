"""Crawls started at a report's page, as the live site's default start is one.

The report it is a page of is read whole, its later parts tied to its first
page, and the rest of the site is reached from its links; a start at a later
part (`_2`) keeps no second, partial document.
"""
from __future__ import annotations

import pytest
import sqlite_utils

from tests.conftest import run_baogao

pytestmark = pytest.mark.timeout(240)


@pytest.mark.parametrize("part", [0, 1])
def test_a_crawl_started_at_a_report_page_keeps_the_report_whole(replica_sites, tmp_path, part):
    site = replica_sites.site_a
    long_report = next(r for r in site.by_id.values() if r.status == 200 and len(site.report_urls(r)) >= 2)
    urls = [replica_sites.site_a_url + path for path in site.report_urls(long_report)]
    run_baogao("crawl", "report_site", "--start-url", urls[part], "--delay", "0", data=tmp_path)
    raw = sqlite_utils.Database(tmp_path / "crawl.db")
    stored = {row["url"]: row for row in raw.query(
        "select url, kind, document_url, part from pages where url in (%s)" % ",".join("?" * len(urls)), urls)}
    assert set(stored) == set(urls)
    assert [(stored[u]["kind"], stored[u]["document_url"], stored[u]["part"]) for u in urls] == [
        ("report", urls[0], number) for number in range(1, len(urls) + 1)]
    # The rest of the site is reached from the start page's links.
    reports = raw.execute("select count(distinct document_url) from pages where kind = 'report'").fetchone()[0]
    assert reports >= len([r for r in site.by_id.values() if r.status == 200]) - 1
