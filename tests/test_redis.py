"""Two crawler processes share one frontier and duplicate filter through a real redis-server.

The server is started here on a free loopback port with its own directory, and
killed at the end. A missing redis-server is a failure, not a skip: run
`make test-deps`.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections import Counter

import pytest
import sqlite_utils

from replica.faults import Faults
from replica.server import start
from tests.conftest import REPO

pytestmark = pytest.mark.timeout(120)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def redis_url(tmp_path):
    """A private redis-server on loopback, for this test only."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is not installed: run `make test-deps` (apt-get install redis-server)")
    port = free_port()
    workdir = tmp_path / "redis"
    workdir.mkdir()
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(workdir),
         "--save", "", "--appendonly", "no", "--protected-mode", "yes"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_redis(port)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.kill()
        server.wait(timeout=10)


def wait_for_redis(port: int, seconds: float = 10.0) -> None:
    import redis

    deadline = time.monotonic() + seconds
    while True:
        try:
            if redis.Redis(host="127.0.0.1", port=port, socket_timeout=1).ping():
                return
        except redis.exceptions.ConnectionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_two_workers_crawl_the_site_once_together(redis_url, tmp_path):
    from bench.crawl import synthetic_reports

    # Slow answers keep the crawl going long enough for both workers to take part.
    faults = Faults(kinds=("slow",), rate=1.0, slow_s=0.05, robots_disallow=())
    data = tmp_path / "data"
    with start(reports=synthetic_reports(120), page_size=10, faults=faults) as rep:
        command = [sys.executable, "-m", "baogao.cli", "--data", str(data), "crawl", "report_site",
                   "--start-url", rep.site_a_url, "--delay", "0", "--redis", redis_url,
                   "--redis-job", "test", "-s", "SHARED_IDLE_CLOSE_SECONDS=2",
                   "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4"]
        workers = [subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                    text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
                   for _ in range(2)]
        outputs = [w.communicate(timeout=90)[0] for w in workers]
        assert [w.returncode for w in workers] == [0, 0], outputs
        hits = rep.hits
        site = rep.site_a
        expected = {"/"} | {p for slug in site.region_ids for p in site.listing_urls(slug)} | {
            p for r in site.by_id.values() for p in site.report_urls(r)}

    pages_hit = Counter({path: n for (label, path), n in hits.items() if label == "a" and path != "/robots.txt"})
    assert expected <= set(pages_hit), sorted(expected - set(pages_hit))[:5]
    twice = {path: n for path, n in pages_hit.items() if n > 1}
    assert not twice, f"fetched more than once: {twice}"
    raw = sqlite_utils.Database(data / "crawl.db")
    per_run = dict(raw.execute("select run_id, count(*) from pages group by run_id").fetchall())
    assert len(per_run) == 2 and all(n > 0 for n in per_run.values()), per_run
    assert sum(per_run.values()) == len(pages_hit)  # every page fetched is stored, once
    urls = [row[0] for row in raw.execute("select url from pages").fetchall()]
    assert len(urls) == len(set(urls))
