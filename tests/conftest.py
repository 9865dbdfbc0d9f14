"""Shared fixtures: a running replica, and one real crawl of it built into an archive."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "replica" / "seeds"


def run_baogao(*args, data: Path | None = None, timeout: int = 300, check: bool = True):
    """Run the real `baogao` console script in a subprocess (Scrapy wants its own process)."""
    command = [sys.executable, "-m", "baogao.cli"]
    if data is not None:
        command += ["--data", str(data)]
    command += [str(a) for a in args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=REPO,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    if check and result.returncode != 0:
        raise AssertionError(f"baogao {' '.join(map(str, args))} failed:\n{result.stdout}\n{result.stderr}")
    return result


def crawl_and_build(sites, data: Path):
    """A real crawl of both sites of a running replica, built into `data`/reports.db."""
    return run_baogao(
        "update",
        "--start-url", f"report_site={sites.site_a_url}",
        "--start-url", f"listing_site={sites.site_b_url}",
        "--delay", "0",
        data=data,
    )


def served(**options):
    """The replica's two sites on free loopback ports while the fixture lasts."""
    from replica.server import start

    with start(port=0, **options) as sites:
        yield sites


def crawled(sites, tmp_path_factory, name: str):
    """(data_dir, update_result) of a real crawl of `sites` built into reports.db."""
    data = tmp_path_factory.mktemp(name)
    return data, crawl_and_build(sites, data)


@pytest.fixture(scope="session")
def replica_sites():
    """Both replica sites, served for the whole test session."""
    yield from served()


@pytest.fixture(scope="session")
def crawled_archive(replica_sites, tmp_path_factory):
    """A real crawl of both replica sites, built into reports.db: (data_dir, update_result)."""
    return crawled(replica_sites, tmp_path_factory, "archive")


@pytest.fixture(scope="session")
def legacy_sites():
    """Both replica sites in their legacy build (same pages, old table-based markup)."""
    yield from served(build="legacy")


@pytest.fixture(scope="session")
def crawled_legacy_archive(legacy_sites, tmp_path_factory):
    """A real crawl of the legacy build, built into reports.db."""
    return crawled(legacy_sites, tmp_path_factory, "legacy-archive")


@pytest.fixture(scope="session")
def dynamic_sites():
    """Both replica sites in their dynamic build (same pages, script addresses: `show.asp?id=1320`)."""
    yield from served(build="dynamic")


@pytest.fixture(scope="session")
def crawled_dynamic_archive(dynamic_sites, tmp_path_factory):
    """A real crawl of the dynamic build, built into reports.db."""
    return crawled(dynamic_sites, tmp_path_factory, "dynamic-archive")


@pytest.fixture(scope="session")
def modern_sites():
    """Both replica sites in their modern build (HTML5 templates, card listings,
    relative links, listings paged `index_1.html` and `?page=2`)."""
    yield from served(build="modern")


@pytest.fixture(scope="session")
def crawled_modern_archive(modern_sites, tmp_path_factory):
    """A real crawl of the modern build, built into reports.db."""
    return crawled(modern_sites, tmp_path_factory, "modern-archive")


@pytest.fixture(scope="session", params=["dash", "p"])
def part_named_sites(request):
    """Both replica sites (default build), site A naming a long report's later
    parts `<id>-2.html` ("dash") or `<id>_p2.html` ("p") instead of `<id>_2.html`."""
    yield from served(part_names=request.param)


@pytest.fixture(scope="session")
def crawled_part_named_archive(part_named_sites, tmp_path_factory):
    """A real crawl of that replica, built into reports.db."""
    return crawled(part_named_sites, tmp_path_factory, "part-named-archive")


@pytest.fixture(scope="session")
def portal_sites():
    """Both replica sites, site A shaped as a government portal: no section menu,
    TRS script-paged listings, `?from=list` report links (see `SiteA`)."""
    yield from served(portal=True)


@pytest.fixture(scope="session")
def crawled_portal_archive(portal_sites, tmp_path_factory):
    """A real crawl of the portal-shaped replica, built into reports.db."""
    return crawled(portal_sites, tmp_path_factory, "portal-archive")


@pytest.fixture(scope="session")
def framed_sites():
    """Both replica sites, site A reached the old way: `/` a meta refresh to a
    script redirect to a frameset home, report links written in scripts (see `SiteA`)."""
    yield from served(framed=True)


@pytest.fixture(scope="session")
def crawled_framed_archive(framed_sites, tmp_path_factory):
    """A real crawl of the framed replica, built into reports.db."""
    return crawled(framed_sites, tmp_path_factory, "framed-archive")


@pytest.fixture(scope="module")
def slow_replica():
    """60 synthetic reports served at 0.1 s a page, so that a crawl lasts long enough to interrupt."""
    from bench.crawl import synthetic_reports
    from replica.faults import Faults
    from replica.server import start

    faults = Faults(kinds=("slow",), rate=1.0, slow_s=0.1, robots_disallow=())
    reports = synthetic_reports(60, chars=4000)
    with start(port=0, reports=reports, page_size=6, faults=faults) as running:
        yield running
