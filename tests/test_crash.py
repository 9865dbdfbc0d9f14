"""Crash safety: `baogao update` killed (SIGKILL) at random points during the crawl and
during the build; the next run completes, and the archive then equals, row for row, the
archive of an uninterrupted run. reports.db is never seen half-written."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
import sqlite_utils

from tests.conftest import REPO, run_baogao

pytestmark = pytest.mark.timeout(240)

SEED = 6
# Columns that say when and by which fetch a row was made, not what it holds.
CRAWL_TIME_COLUMNS = {"id", "fetched_at", "raw_page_ids", "raw_page_id"}


def archive_rows(data) -> dict:
    """The published tables, row for row, without crawl-time columns (see CRAWL_TIME_COLUMNS)."""
    db = sqlite_utils.Database(data / "reports.db")
    rows = {}
    for table in ("reports", "sources", "removals", "rejected_pages"):
        keep = [c for c in db[table].columns_dict if c not in CRAWL_TIME_COLUMNS or table == "reports"]
        order = ", ".join(f"[{c}]" for c in keep)
        rows[table] = [tuple(r) for r in db.execute(f"select {order} from {table} order by {order}")]
    return rows


def assert_whole_or_absent(path) -> None:
    """A reports.db that exists is a complete archive: readable, consistent, with its tables."""
    if not path.exists():
        return
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in con.execute("select name from sqlite_master where type = 'table'")}
        assert {"reports", "sources", "rejected_pages", "reports_fts"} <= tables
        assert con.execute("select count(*) from reports").fetchone()[0] > 0
    finally:
        con.close()


def kill_when(command: list[str], ready, timeout: float = 90) -> bool:
    """Run `baogao …` and SIGKILL it as soon as `ready()` holds; True if it was still running."""
    process = subprocess.Popen([sys.executable, "-m", "baogao.cli", *command], cwd=REPO,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        if ready():
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=10)
            return True
        time.sleep(0.02)
    if process.poll() is None:
        process.kill()
        process.wait(timeout=10)
        return True
    return False


def appeared_a_while_ago(path, seconds: float):
    """A `ready` test for `kill_when`: `path` has existed for `seconds`. Waiting
    for the file rather than a fixed time keeps the kill inside the build
    however fast the machine is."""
    seen: list[float] = []

    def ready() -> bool:
        if not seen and path.exists():
            seen.append(time.monotonic())
        return bool(seen) and time.monotonic() - seen[0] >= seconds
    return ready


def stored_pages(data) -> int:
    """Pages in the raw store so far (0 while it does not exist or is busy)."""
    try:
        con = sqlite3.connect(f"file:{data / 'crawl.db'}?mode=ro", uri=True, timeout=0.1)
        try:
            return con.execute("select count(*) from pages").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


@pytest.fixture(scope="module")
def sites(slow_replica):
    return slow_replica


def update_args(sites, data) -> list[str]:
    return ["--data", str(data), "update", "report_site", "--start-url", sites.site_a_url,
            "--delay", "0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2"]


def test_killed_crawls_and_builds_end_in_the_same_archive(sites, tmp_path):
    baseline = tmp_path / "baseline"
    run_baogao(*update_args(sites, baseline)[2:], data=baseline)
    expected = archive_rows(baseline)
    assert len(expected["reports"]) >= 40

    rng = random.Random(SEED)
    data = tmp_path / "killed"
    kills = 0
    for _ in range(3):  # during the crawl: once a random number of further pages is stored
        target = stored_pages(data) + rng.randint(3, 15)
        kills += kill_when(update_args(sites, data), lambda: stored_pages(data) >= target)
        assert_whole_or_absent(data / "reports.db")
    assert kills >= 2
    run_baogao(*update_args(sites, data)[2:], data=data)
    assert archive_rows(data) == expected

    build_kills = 0
    writing = data / "reports.db.tmp"
    for _ in range(2):  # while the build writes the new archive, with a good one in place
        build_kills += kill_when(["--data", str(data), "build", "--quiet"],
                                 appeared_a_while_ago(writing, rng.uniform(0, 0.1)))
        assert_whole_or_absent(data / "reports.db")
        assert archive_rows(data) == expected
    assert build_kills >= 1
    run_baogao("build", "--quiet", data=data)
    assert archive_rows(data) == expected

    raw = sqlite_utils.Database(data / "crawl.db")
    reasons = [r[0] for r in raw.execute("select finish_reason from crawl_runs order by id")]
    assert "interrupted" in reasons and reasons[-1] == "finished"
    urls = [r[0] for r in raw.execute("select url from pages")]
    assert len(urls) == len(set(urls)), "a page was stored twice"
