"""Running baogao's spiders from Python (what `baogao crawl` and `baogao update` do)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

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

    @property
    def reached_nothing(self) -> bool:
        return self.pages == 0


def project_settings(crawl_db: Path, delay: float | None = None, log_level: str = "INFO",
                     progress: bool = True, log_file: Path | None = None) -> Settings:
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
    return settings


def run_spiders(jobs: list[tuple[str, str | None]], crawl_db: Path, delay: float | None = None,
                log_level: str = "INFO", progress: bool = True,
                log_file: Path | None = None) -> list[CrawlOutcome]:
    """Run each (spider, start_url) concurrently in one Scrapy process; blocks until done."""
    unknown = [name for name, _ in jobs if name not in SPIDERS]
    if unknown:
        raise ValueError(f"unknown spider {unknown[0]!r}; choose from {', '.join(SPIDERS)}")
    process = CrawlerProcess(project_settings(crawl_db, delay, log_level, progress, log_file))
    crawlers = []
    for name, start_url in jobs:
        crawler = process.create_crawler(name)
        kwargs = {"start_url": start_url} if start_url else {}
        process.crawl(crawler, **kwargs)
        crawlers.append((name, start_url, crawler))
    process.start()
    return [outcome(name, start_url, crawler) for name, start_url, crawler in crawlers]


def outcome(name: str, start_url: str | None, crawler) -> CrawlOutcome:
    stats = crawler.stats.get_stats() if crawler.stats else {}
    kinds = {
        key.rsplit("/", 1)[-1]: value
        for key, value in stats.items()
        if key.startswith("downloader/exception_type_count/")
    }
    return CrawlOutcome(
        spider=name,
        start_url=start_url or (crawler.spider.start_url if crawler.spider else None),
        pages=stats.get("item_scraped_count", 0),
        errors=stats.get("downloader/exception_count", 0),
        finish_reason=str(stats.get("finish_reason", "not started")),
        error_kinds=kinds,
    )
