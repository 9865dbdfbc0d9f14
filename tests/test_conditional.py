"""Conditional re-checks: on a replica serving ETags, an update that revisits every report
page (`--revisit-days 0`) asks with If-None-Match, the server answers 304 for each unchanged
report page and listing, no page row is added, and the published archive stays identical."""
from __future__ import annotations

from collections import Counter

import pytest
import sqlite_utils

from replica.faults import Faults
from replica.server import start
from tests.conftest import run_baogao
from tests.test_update import last_runs, published

pytestmark = pytest.mark.timeout(180)


class CountingFaults(Faults):
    """No faults, ETags on; counts what the server answered 304, per (site, path)."""

    def __init__(self):
        super().__init__(kinds=(), robots_disallow=(), etags=True)
        self.not_modified: Counter[tuple[str, str]] = Counter()
        self.answered: Counter[tuple[str, str]] = Counter()

    def apply(self, handler, label, target, response):
        answer = super().apply(handler, label, target, response)
        if answer is not None:
            key = (label, target.split("?", 1)[0])
            (self.not_modified if answer.status == 304 else self.answered)[key] += 1
        return answer


def page_rows(data) -> dict[str, int]:
    raw = sqlite_utils.Database(data / "crawl.db")
    return dict(raw.execute("select url, count(*) from pages group by url").fetchall())


@pytest.fixture(scope="module")
def revisited(tmp_path_factory):
    """A crawl of the ETag-serving replica, then an update re-checking every report page."""
    data = tmp_path_factory.mktemp("conditional")
    faults = CountingFaults()
    with start(port=0, faults=faults) as rep:
        command = ["update", "--start-url", f"report_site={rep.site_a_url}",
                   "--start-url", f"listing_site={rep.site_b_url}", "--delay", "0"]
        run_baogao(*command, data=data)
        before = {"rows": page_rows(data), "published": published(data),
                  "answered": faults.answered.copy()}
        assert not faults.not_modified, "the first crawl had nothing to ask conditionally"
        run_baogao(*command, "--revisit-days", "0", data=data)
        report_paths = {p for r in rep.site_a.by_id.values() if r.status == 200
                        for p in rep.site_a.report_urls(r)}
        yield {"data": data, "faults": faults, "before": before, "report_paths": report_paths,
               "rep": rep}


def test_stored_pages_carry_the_servers_etag(revisited):
    raw = sqlite_utils.Database(revisited["data"] / "crawl.db")
    kinds = dict(raw.execute(
        "select kind, count(*) from pages where etag is null and status = 200 group by kind"))
    assert not kinds, f"pages stored without their ETag: {kinds}"


def test_every_unchanged_report_page_is_answered_304(revisited):
    faults, report_paths = revisited["faults"], revisited["report_paths"]
    assert len(report_paths) >= 14
    not_modified = {path for (label, path) in faults.not_modified if label == "a"}
    assert report_paths <= not_modified
    # Each report page was asked for once, conditionally, and never fetched whole again.
    answered_second = faults.answered - revisited["before"]["answered"]
    assert not {path for (label, path) in answered_second if label == "a"} & report_paths
    assert all(faults.not_modified[("a", path)] == 1 for path in report_paths)


def test_304_adds_no_page_rows_and_leaves_the_archive_identical(revisited):
    data, before = revisited["data"], revisited["before"]
    assert page_rows(data) == before["rows"]
    assert before["published"]["reports"] and published(data) == before["published"]


def test_304_pages_are_stamped_checked_and_counted_unchanged(revisited):
    data, rep = revisited["data"], revisited["rep"]
    report_run = next(r for r in last_runs(data) if r["spider"] == "report_site")
    assert report_run["finish_reason"] == "finished"
    assert report_run["new_reports"] == 0 and report_run["changed_reports"] == 0
    reports = sum(1 for r in rep.site_a.by_id.values() if r.status == 200)
    assert report_run["unchanged_reports"] == reports
    raw = sqlite_utils.Database(data / "crawl.db")
    checked = {url for (url,) in raw.execute("select url from checks where run_id = ?",
                                              [report_run["id"]])}
    assert {rep.site_a_url + p for p in revisited["report_paths"]} <= checked


def test_listings_are_asked_conditionally_and_read_from_the_copy_held(revisited):
    """Listings are asked for every run: with validators held, conditionally;
    a 304 is read from the stored copy, so its links still lead on (the
    archive is identical: see above) and no listing is fetched whole again."""
    faults, before = revisited["faults"], revisited["before"]["answered"]
    answered_second = faults.answered - before
    for label in ("a", "b"):
        listings = {path for (site, path) in faults.not_modified if site == label} - revisited["report_paths"]
        assert listings, f"no listing of site {label} was asked conditionally"
        assert not {path for (site, path) in answered_second if site == label} & listings
