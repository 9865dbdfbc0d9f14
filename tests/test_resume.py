"""Clean-stop resume: `baogao update` stopped with SIGTERM part-way through the crawl keeps
its Scrapy job (DATA/jobs/<spider>); the next run continues that job without fetching again
any page the first run stored, and ends with the archive of an uninterrupted run."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
import sqlite_utils

from tests.conftest import REPO, run_baogao

pytestmark = pytest.mark.timeout(240)

STOP_AFTER_REPORT_PAGES = 8
# Columns that say when and by which fetch a row was made, or which number it got.
NOT_CONTENT = {"id", "fetched_at", "raw_page_ids", "raw_page_id", "report_id"}


def archive_content(data) -> dict:
    """The published tables, row for row, with each report known by its text, not its id.

    The stopped run is followed by a build of what it had fetched, and report ids are
    kept stable from one build to the next: the resumed archive numbers its reports in
    another order than an uninterrupted run does, and holds the same rows otherwise.
    """
    db = sqlite_utils.Database(data / "reports.db")
    text_of = dict(db.execute("select id, text_hash from reports").fetchall())
    rows = {}
    for table in ("reports", "sources", "removals", "rejected_pages"):
        columns = list(db[table].columns_dict)
        keep = [c for c in columns if c not in NOT_CONTENT]
        rows[table] = sorted(
            (tuple(row[c] for c in keep) + ((text_of[row["report_id"]],) if "report_id" in row else ())
             for row in db[table].rows), key=repr)
    return rows


@pytest.fixture(scope="module")
def sites(slow_replica):
    return slow_replica


def update_args(sites) -> list[str]:
    return ["update", "report_site", "--start-url", sites.site_a_url, "--delay", "0",
            "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2"]


def stored_report_urls(crawl_db) -> set[str]:
    if not crawl_db.exists():
        return set()
    try:
        db = sqlite_utils.Database(crawl_db)
        return {r[0] for r in db.execute("select url from pages where kind = 'report'")}
    except Exception:  # the store is still being created
        return set()


def stop_after_first_pages(sites, data) -> subprocess.Popen:
    """Start `baogao update`, SIGTERM it once a few report pages are stored, wait for it."""
    process = subprocess.Popen([sys.executable, "-m", "baogao.cli", "--data", str(data),
                                *update_args(sites)], cwd=REPO, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + 60
    while len(stored_report_urls(data / "crawl.db")) < STOP_AFTER_REPORT_PAGES:
        assert process.poll() is None, "the crawl ended before it could be stopped"
        assert time.monotonic() < deadline, "no report page was stored in time"
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    _, process.stderr_text = process.communicate(timeout=60)
    return process


def report_hits(sites, hits) -> dict[str, int]:
    paths = {p for r in sites.site_a.by_id.values() for p in sites.site_a.report_urls(r)}
    return {sites.site_a_url + path: n for (label, path), n in hits.items()
            if label == "a" and path in paths}


def test_stopped_update_resumes_its_job_without_refetching(sites, tmp_path):
    baseline = tmp_path / "baseline"
    run_baogao(*update_args(sites), data=baseline)
    expected = archive_content(baseline)
    assert len(expected["reports"]) >= 40

    data = tmp_path / "stopped"
    hits_start = sites.hits
    stopped = stop_after_first_pages(sites, data)
    assert "Received SIGTERM, shutting down gracefully" in stopped.stderr_text  # not only in crawl.log
    hits_first = sites.hits - hits_start
    first_stored = stored_report_urls(data / "crawl.db")
    raw = sqlite_utils.Database(data / "crawl.db")
    [reason] = [r[0] for r in raw.execute("select finish_reason from crawl_runs")]
    assert reason == "shutdown"
    assert (data / "jobs" / "report_site" / "requests.queue" / "active.json").exists(), \
        "a cleanly stopped run keeps its job to resume"
    every_report_page = {sites.site_a_url + p for r in sites.site_a.by_id.values()
                         for p in sites.site_a.report_urls(r)}
    assert STOP_AFTER_REPORT_PAGES <= len(first_stored) < len(every_report_page) - 10, \
        "the stop did not land inside the crawl"

    hits_before = sites.hits
    run_baogao(*update_args(sites), data=data)
    second = report_hits(sites, sites.hits - hits_before)
    refetched = set(second) & first_stored
    assert not refetched, f"the resumed run fetched again {len(refetched)} stored pages"
    # Between them, the two runs fetched each report page once (no retries on this replica).
    first = report_hits(sites, hits_first)
    assert set(first) | set(second) == every_report_page
    assert all(n == 1 for n in second.values())

    assert archive_content(data) == expected
    reasons = [r[0] for r in raw.execute("select finish_reason from crawl_runs order by id")]
    assert reasons == ["shutdown", "finished"]
    assert not (data / "jobs" / "report_site").exists(), "a finished job is removed"
    urls = [r[0] for r in raw.execute("select url from pages")]
    assert len(urls) == len(set(urls)), "a page was stored twice"
