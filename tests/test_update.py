"""Incremental `baogao update`: a second run on an unchanged site fetches listings only
and leaves the archive as it was; a changed page becomes a new version; runs never overlap."""
from __future__ import annotations

import time
from dataclasses import replace

import pytest
import sqlite_utils

from crawler.lock import CrawlLock, running_command
from replica.server import start
from tests.conftest import run_baogao

pytestmark = pytest.mark.timeout(180)

CHANGED = "本报告已于近日订正。"


def published(data) -> dict:
    """Every row of every archive table, except the crawl history that grows with each run."""
    db = sqlite_utils.Database(data / "reports.db")
    return {table: list(db[table].rows) for table in db.table_names()
            if table not in ("crawl_runs", "crawl_errors") and not table.startswith("reports_fts")}


def last_runs(data) -> list[dict]:
    db = sqlite_utils.Database(data / "crawl.db")
    return list(db.query("select * from crawl_runs where id > (select max(id) - 2 from crawl_runs)"))


def update(sites, data, *extra):
    started = time.monotonic()
    result = run_baogao("update", "--start-url", f"report_site={sites.site_a_url}",
                        "--start-url", f"listing_site={sites.site_b_url}", "--delay", "0", *extra,
                        data=data)
    return result, time.monotonic() - started


def update_with_edit(sites, data, report, paragraphs) -> None:
    """An update re-checking every page while site A serves `report` with `paragraphs`."""
    site = sites.site_a
    site.by_id[report.id] = replace(report, paragraphs=tuple(paragraphs))
    site._pages.pop(report.id, None)  # the site caches page splits
    try:
        update(sites, data, "--revisit-days", "0")
    finally:
        site.by_id[report.id] = report
        site._pages.pop(report.id, None)


@pytest.fixture(scope="module")
def sites():
    with start(port=0) as running:
        yield running


@pytest.fixture(scope="module")
def twice(sites, tmp_path_factory):
    """Two consecutive updates of the unchanged replica: (data, rows after 1st, after 2nd, hits, times)."""
    data = tmp_path_factory.mktemp("update")
    _, first_time = update(sites, data)
    first = published(data)
    hits_before = sites.hits
    result, second_time = update(sites, data)
    hits_second = sites.hits - hits_before
    print(f"first update {first_time:.1f} s, second {second_time:.1f} s")
    return data, first, published(data), hits_second, (first_time, second_time), result


def test_second_run_leaves_published_rows_identical(twice):
    _, first, second, *_ = twice
    assert first["reports"] and first == second


def test_second_run_fetches_listings_but_no_report_page(twice, sites):
    _, _, _, hits, _, _ = twice
    report_paths = {p for r in sites.site_a.by_id.values() if r.status == 200
                    for p in sites.site_a.report_urls(r)}
    assert not {path for (label, path) in hits if label == "a"} & report_paths
    listings = {p for slug in sites.site_a.region_ids for p in sites.site_a.listing_urls(slug)}
    assert listings <= {path for (label, path) in hits if label == "a"}


def test_second_run_summary_counts_unchanged_reports(twice):
    data, *_, result = twice
    report_run = next(r for r in last_runs(data) if r["spider"] == "report_site")
    assert report_run["new_reports"] == 0 and report_run["changed_reports"] == 0
    assert report_run["unchanged_reports"] >= 14
    assert report_run["finish_reason"] == "finished" and report_run["duration_s"] > 0
    assert "unchanged" in result.stderr and "pages fetched" in result.stderr
    archive = sqlite_utils.Database(data / "reports.db")
    assert archive["crawl_runs"].count == 4  # run summaries are published with the archive


def test_changed_page_is_archived_as_a_new_version(sites, tmp_path):
    data = tmp_path / "data"
    update(sites, data)
    site = sites.site_a
    report = next(r for r in site.by_id.values() if r.seed == "000")
    old_paragraph = report.paragraphs[1]
    update_with_edit(sites, data, report, (report.paragraphs[0], old_paragraph + CHANGED, *report.paragraphs[2:]))
    archive = sqlite_utils.Database(data / "reports.db")
    [version] = list(archive["report_versions"].rows)
    assert version["url"] == sites.site_a_url + report.path
    assert CHANGED in version["diff"] and version["changed_at"] >= version["previous_fetched_at"]
    assert CHANGED not in version["previous_text"]
    assert any(CHANGED in row["body"] for row in archive["reports"].rows)
    raw = sqlite_utils.Database(data / "crawl.db")
    assert raw.execute("select count(*) from pages where url = ?", [version["url"]]).fetchone()[0] == 2
    report_run = next(r for r in last_runs(data) if r["spider"] == "report_site")
    assert report_run["changed_reports"] == 1


def test_runs_cannot_overlap(sites, tmp_path):
    data = tmp_path / "data"
    with CrawlLock.beside(data / "crawl.db"):
        result = run_baogao("update", "report_site", "--start-url", sites.site_a_url, "--delay", "0",
                            data=data, check=False)
    assert result.returncode != 0
    assert "already running" in result.stderr and "must not overlap" in result.stderr
    assert running_command() in result.stderr  # the holder's whole command, to find it by


def test_a_portal_whose_sections_are_reached_through_reports_has_its_listings_checked_again(tmp_path):
    """On a site whose home page lists reports but no sections, a second run
    fetches no report page, so no breadcrumb leads to the sections: the
    listings found before are looked at again, for the new reports there."""
    data = tmp_path / "data"
    with start(port=0, portal=True) as portal:
        update(portal, data)
        before = portal.hits
        update(portal, data)
        hits = {path for (label, path), n in (portal.hits - before).items() if label == "a" and n}
        site = portal.site_a
    report_paths = {p for r in site.by_id.values() if r.status == 200 for p in site.report_urls(r)}
    assert not hits & report_paths
    listings = {p for slug, ids in site.region_ids.items() if ids for p in site.listing_urls(slug)}
    assert listings <= hits


def test_an_edited_page_keeps_its_reports_id(sites, tmp_path):
    data = tmp_path / "data"
    update(sites, data)
    site = sites.site_a
    archive = sqlite_utils.Database(data / "reports.db")
    alone = {row["url"]: row["report_id"] for row in archive.query(
        "select url, report_id from sources where report_id in "
        "(select report_id from sources group by report_id having count(*) = 1)")}
    report = next(r for r in site.by_id.values() if sites.site_a_url + r.path in alone)
    url = sites.site_a_url + report.path
    update_with_edit(sites, data, report, (*report.paragraphs[:-1], CHANGED, report.paragraphs[-1]))
    archive = sqlite_utils.Database(data / "reports.db")
    [row] = archive.query("select r.id, r.body from reports r join sources s on s.report_id = r.id "
                          "where s.url = ?", [url])
    assert CHANGED in row["body"] and row["id"] == alone[url]
