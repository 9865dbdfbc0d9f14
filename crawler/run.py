"""Running baogao's spiders from Python (what `baogao crawl` and `baogao update` do).

Each spider gets its own Scrapy job directory (`DATA/jobs/<spider>`): a run
stopped cleanly (Ctrl-C, SIGTERM) resumes where it stopped; a finished run's
job is removed, so the next run starts afresh (and is incremental through the
raw store). A job left by a killed process is unusable (Scrapy writes its
queue state only on a clean stop) and is discarded: the raw store then serves
as the resume point, since everything fetched was committed page by page.
"""
from __future__ import annotations

import logging
import shutil
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.shared import redis_settings

SPIDERS = ("report_site", "listing_site")


@dataclass
class CrawlOutcome:
    """How one spider's crawl went."""

    spider: str
    start_url: str | None
    pages: int
    errors: int
    finish_reason: str
    error_kinds: dict
    summary: str = ""
    counts: dict = field(default_factory=dict)

    @property
    def reached_nothing(self) -> bool:
        return not self.counts.get("fetched")


def project_settings(crawl_db: Path, delay: float | None = None, log_level: str = "INFO",
                     progress: bool = True, log_file: Path | None = None,
                     overrides: dict | None = None) -> Settings:
    """crawler.settings, pointed at `crawl_db`, with an optional lower delay (for the replica)."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("CRAWL_DB", str(crawl_db), priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    if log_file is not None:
        # The full log goes to a file; the terminal gets progress and a summary.
        settings.set("LOG_FILE", str(log_file), priority="cmdline")
        settings.set("LOG_FILE_APPEND", True, priority="cmdline")
    settings.set("PROGRESS_BAR", progress, priority="cmdline")
    if delay is not None:
        settings.set("DOWNLOAD_DELAY", delay, priority="cmdline")
        settings.set("AUTOTHROTTLE_START_DELAY", max(delay, 0.01), priority="cmdline")
        if delay == 0:
            # A local replica needs no throttling; a real site always gets it.
            settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
            settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", 8, priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


def run_spiders(jobs: list[tuple[str, str | None]], crawl_db: Path, delay: float | None = None,
                log_level: str = "INFO", progress: bool = True, log_file: Path | None = None,
                overrides: dict | None = None, jobs_dir: Path | None = None,
                redis_url: str | None = None, redis_job: str = "default") -> list[CrawlOutcome]:
    """Run each (spider, start_url) concurrently in one Scrapy process; blocks until done.

    `jobs_dir` makes runs resumable (one Scrapy JOBDIR per spider); `redis_url`
    instead shares the frontier with other workers through Redis.
    """
    unknown = [name for name, _ in jobs if name not in SPIDERS]
    if unknown:
        raise ValueError(f"unknown spider {unknown[0]!r}; choose from {', '.join(SPIDERS)}")
    overrides = dict(overrides or {})
    if redis_url:
        overrides.update(redis_settings(redis_url, redis_job))
    base = project_settings(crawl_db, delay, log_level, progress, log_file, overrides)
    process = CrawlerProcess(base)
    crawlers = []
    for name, start_url in jobs:
        crawler = process.create_crawler(name)  # its settings are a copy, unfrozen until crawl()
        jobdir = None
        if jobs_dir is not None and not redis_url:
            jobdir = prepare_jobdir(Path(jobs_dir) / name)
            crawler.settings.set("JOBDIR", str(jobdir), priority="cmdline")
        kwargs = {"start_url": start_url} if start_url else {}
        process.crawl(crawler, **kwargs)
        crawlers.append((name, start_url, crawler, jobdir))
    with stop_signals_told(log_file is not None):
        process.start()
    outcomes = []
    for name, start_url, crawler, jobdir in crawlers:
        result = outcome(name, start_url, crawler)
        if jobdir is not None and result.finish_reason == "finished":
            shutil.rmtree(jobdir, ignore_errors=True)  # done: the next run is a new job
        outcomes.append(result)
    return outcomes


class _StopNotice(logging.Handler):
    """Scrapy's "Received SIGINT, shutting down gracefully" line, on the terminal."""

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage().strip()
        if message.startswith("Received "):
            sys.stderr.write(f"\n{message} (the pages in flight finish first; "
                             "the next run resumes where this one stopped)\n")


@contextmanager
def stop_signals_told(log_in_file: bool):
    """When the log goes to a file, still say on the terminal that Ctrl-C was heard:
    a graceful stop waits for the downloads in flight, and silence looks like a hang."""
    logger = logging.getLogger("scrapy.crawler")
    handler = _StopNotice(logging.INFO) if log_in_file else None
    if handler:
        logger.addHandler(handler)
    try:
        yield
    finally:
        if handler:
            logger.removeHandler(handler)


def prepare_jobdir(jobdir: Path) -> Path:
    """The spider's job directory, emptied unless it holds a cleanly stopped job."""
    if jobdir.exists() and not (jobdir / "requests.queue" / "active.json").exists():
        shutil.rmtree(jobdir, ignore_errors=True)
    jobdir.mkdir(parents=True, exist_ok=True)
    return jobdir


def outcome(name: str, start_url: str | None, crawler) -> CrawlOutcome:
    """What a finished crawler's stats say about its run."""
    stats = crawler.stats.get_stats() if crawler.stats else {}
    kinds = {
        key.rsplit("/", 1)[-1]: value
        for key, value in stats.items()
        if key.startswith("downloader/exception_type_count/")
    }
    counts = {key.removeprefix("baogao/"): value for key, value in stats.items()
              if key.startswith("baogao/") and isinstance(value, (int, float))}
    return CrawlOutcome(
        spider=name,
        start_url=start_url or (crawler.spider.start_url if crawler.spider else None),
        pages=stats.get("item_scraped_count", 0),
        errors=stats.get("downloader/exception_count", 0),
        finish_reason=str(stats.get("finish_reason", "not started")),
        error_kinds=kinds,
        summary=str(stats.get("baogao/summary", "")),
        counts=counts,
    )
