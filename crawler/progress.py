"""A progress bar for crawls run from a terminal (Scrapy's log stats otherwise)."""
from __future__ import annotations

import sys

from scrapy import signals
from tqdm import tqdm


class ProgressBar:
    """Counts stored pages on a tqdm bar when stderr is a terminal."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.bar = None

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        if sys.stderr.isatty() and crawler.settings.getbool("PROGRESS_BAR", True):
            crawler.signals.connect(ext.opened, signal=signals.spider_opened)
            crawler.signals.connect(ext.scraped, signal=signals.item_scraped)
            crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self, spider):
        self.bar = tqdm(desc=f"{spider.name}: pages", unit="page", leave=True)

    def scraped(self, item, response, spider):
        self.bar.update(1)

    def closed(self, spider, reason):
        self.bar.close()
