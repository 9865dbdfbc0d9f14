"""A crawl of the replica in fault mode: what can be fetched is archived, every failure
is recorded with its reason and attempts, transient ones succeed on the next run, and
nothing robots.txt forbids or outside the site is fetched."""
from __future__ import annotations

import pytest
import sqlite_utils

from replica.attachments import attachment_path, attachment_reports
from replica.faults import RECOVERABLE, Faults
from replica.server import start
from tests.conftest import run_baogao

pytestmark = pytest.mark.timeout(180)

# Short timeouts and size limit, so the timeout and oversized faults bite quickly.
SETTINGS = ["-s", "DOWNLOAD_TIMEOUT=1", "-s", "DOWNLOAD_MAXSIZE=1000000"]
EXPECTED_ERROR = {"outage": "http-503", "soft404": "soft-404", "redirect-loop": "redirect-loop",
                  "offsite": "offsite", "oversized": "too-large"}


ATTACHMENT_DOWN = attachment_path(attachment_reports()[0])


@pytest.fixture(scope="module")
def faulty(tmp_path_factory):
    """Two updates of site A in fault mode (seed 1): (replica, data, hits after run 1, after run 2)."""
    data = tmp_path_factory.mktemp("faults")
    with start(port=0, faults=Faults(seed=1, timeout_s=2.0)) as rep:
        # One attached report file is down for the whole first run too.
        rep.faults.plan[("a", ATTACHMENT_DOWN)] = "outage"
        command = ["update", "report_site", "--start-url", rep.site_a_url, "--delay", "0", *SETTINGS]
        run_baogao(*command, data=data)
        first = {"hits": rep.hits, "raw": snapshot(data), "archive": archive_urls(data)}
        run_baogao(*command, data=data)
        yield rep, data, first, rep.hits


def snapshot(data) -> dict:
    raw = sqlite_utils.Database(data / "crawl.db")
    return {
        "good": {r[0] for r in raw.execute(
            "select url from pages where status between 200 and 299 and note is null")},
        "errors": list(raw.query("select * from crawl_errors")),
    }


def archive_urls(data) -> set[str]:
    return {r[0] for r in sqlite_utils.Database(data / "reports.db").execute("select url from sources")}


def test_every_kind_of_fault_was_served(faulty):
    rep, *_ = faulty
    assert set(rep.faults.plan.values()) == set(Faults().kinds)


def is_report(rep, path: str) -> bool:
    """Whether a faulty path is a work report's page (not a listing or the bulletin)."""
    if not path.endswith(".html"):
        return False
    return rep.site_a.by_id[int(path.rsplit("/", 1)[1].split(".")[0])].kind == "report"


def test_everything_fetchable_is_archived_after_the_first_run(faulty):
    rep, data, first, _ = faulty
    fetchable = rep.faults.paths(RECOVERABLE - {"outage"})
    assert len(fetchable) >= 8
    for path in fetchable:
        assert rep.site_a_url + path in first["raw"]["good"], (path, rep.faults.kind_of(path))
        if is_report(rep, path):
            assert rep.site_a_url + path in first["archive"], (path, rep.faults.kind_of(path))


def test_gbk_pages_are_decoded(faulty):
    rep, data, *_ = faulty
    archive = sqlite_utils.Database(data / "reports.db")
    for path in rep.faults.paths({"gbk-header", "gb2312-meta", "gbk-bare"}):
        report = rep.site_a.by_id[int(path.rsplit("/", 1)[1].split(".")[0])]
        row = next(archive.query(
            "select r.body from reports r join sources s on s.report_id = r.id where s.url = ?",
            [rep.site_a_url + path]))
        sentence = report.paragraphs[-1][:12]
        assert sentence in row["body"], (path, rep.faults.kind_of(path))


def test_every_failure_is_recorded_with_reason_and_attempts(faulty):
    rep, _, first, _ = faulty
    errors = {e["url"]: e for e in first["raw"]["errors"]}
    for kind, error_kind in EXPECTED_ERROR.items():
        for path in rep.faults.paths({kind}):
            error = errors[rep.site_a_url + path]
            assert error["kind"] == error_kind and error["reason"], error
    outage = errors[rep.site_a_url + rep.faults.paths({"outage"})[0]]
    assert outage["attempts"] == 4 and outage["transient"] == 1 and outage["status"] == 503


def test_transient_failure_succeeds_on_the_next_run(faulty):
    rep, data, first, _ = faulty
    url = rep.site_a_url + rep.faults.paths({"outage"})[0]
    assert url not in first["raw"]["good"]
    assert url in snapshot(data)["good"] and url in archive_urls(data)
    from archive import rawstore

    assert url not in {e["url"] for e in rawstore.open_errors(rawstore.open_crawl_db(data / "crawl.db"),
                                                               "report_site")}


def test_nothing_forbidden_or_off_site_is_fetched(faulty):
    rep, _, _, hits = faulty
    assert not [p for (label, p) in hits if label == "a" and p.startswith(("/baogao/xibei/", "/admin"))]
    assert not [p for (label, p) in hits if label == "b"], "followed a redirect to the other site"


def test_run_summary_counts_errors_by_kind(faulty):
    _, data, *_ = faulty
    archive = sqlite_utils.Database(data / "reports.db")
    first = next(archive.query("select * from crawl_runs order by id limit 1"))
    assert first["errors"] >= len(EXPECTED_ERROR) and "http-503" in first["error_kinds"]
    assert archive["crawl_errors"].count >= first["errors"]


def test_an_attached_file_retried_on_the_next_run_keeps_the_page_that_links_it(faulty):
    rep, data, first, _ = faulty
    url = rep.site_a_url + ATTACHMENT_DOWN
    page = rep.site_a_url + rep.site_a.address(attachment_reports()[0])
    error = next(e for e in first["raw"]["errors"] if e["url"] == url)
    assert (error["kind"], error["referrer"]) == ("http-503", page)
    raw = sqlite_utils.Database(data / "crawl.db")
    assert [row["referrer"] for row in raw.query("select referrer from pages where url = ? and status = 200",
                                                 [url])] == [page]
    archive = sqlite_utils.Database(data / "reports.db")
    assert [row["linked_from"] for row in archive.query("select linked_from from sources where url = ?",
                                                        [url])] == [page]


def dead_links(rep, first) -> list[str]:
    """Paths that failed for good on the first run (a 404, a soft 404, an oversized page)."""
    paths = sorted({e["url"].removeprefix(rep.site_a_url) for e in first["raw"]["errors"]
                    if not e["transient"] and e["kind"] not in ("robots", "offsite")})
    assert {"http-404", "soft-404", "too-large"} <= {e["kind"] for e in first["raw"]["errors"]}
    return paths


def test_pages_that_failed_for_good_are_not_asked_for_on_every_run(faulty):
    rep, data, first, hits = faulty
    dead = dead_links(rep, first)
    for path in dead:
        assert first["hits"][("a", path)] >= 1
        assert hits[("a", path)] == first["hits"][("a", path)], path
    raw = sqlite_utils.Database(data / "crawl.db")
    second = next(raw.query("select * from crawl_runs order by id desc limit 1"))
    assert second["dead_ends_skipped"] == len(dead)
    assert f"{len(dead)} dead links left alone" in second["summary"]


def test_dead_links_are_asked_for_again_when_held_pages_are(faulty):
    """Runs last: a third update, with every held page due for a re-check."""
    rep, data, first, hits = faulty
    run_baogao("update", "report_site", "--start-url", rep.site_a_url, "--delay", "0",
               "--revisit-days", "0", *SETTINGS, data=data)
    for path in dead_links(rep, first):
        assert rep.hits[("a", path)] > hits[("a", path)], path
