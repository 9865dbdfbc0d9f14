"""Several crawler processes on one frontier: scrapy-redis, configured for baogao.

Workers started with the same Redis URL and job name share one request queue
and one duplicate filter, so together they fetch each page once. The queue
and filter persist in Redis (a killed worker loses nothing; restart it and
it carries on) under `baogao:<job>:<spider>:…`; a new job name starts a
fresh crawl.
"""
from __future__ import annotations

import time

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured


def redis_settings(redis_url: str, job: str) -> dict:
    """Scrapy settings putting the scheduler's queue and dupefilter in Redis."""
    prefix = f"baogao:{job}:%(spider)s"
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,
        "REDIS_URL": redis_url,
        "SCHEDULER_QUEUE_KEY": f"{prefix}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:dupefilter",
        "EXTENSIONS": {"crawler.progress.ProgressBar": 500, "crawler.shared.WaitForPeers": 510},
    }


class WaitForPeers:
    """Keeps an idle worker alive while its peers may still add requests to the queue.

    A worker whose local work ran out is not done: another worker's page may
    yet link to more. It closes once it has had nothing to do for
    `SHARED_IDLE_CLOSE_SECONDS`.
    """

    def __init__(self, crawler, patience: float):
        self.crawler = crawler
        self.patience = patience
        self.last_active = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured
        ext = cls(crawler, crawler.settings.getfloat("SHARED_IDLE_CLOSE_SECONDS", 10.0))
        crawler.signals.connect(ext.active, signal=signals.response_received)
        crawler.signals.connect(ext.active, signal=signals.spider_opened)
        crawler.signals.connect(ext.idle, signal=signals.spider_idle)
        return ext

    def active(self, *args, **kwargs) -> None:
        self.last_active = time.monotonic()

    def idle(self, spider) -> None:
        if time.monotonic() - self.last_active < self.patience:
            # Scrapy looks at the scheduler again only every 5 s when idle; peers
            # fill the shared queue faster than that, so look again soon.
            slot = getattr(self.crawler.engine, "_slot", None)
            if slot is not None:
                slot.nextcall.schedule(0.3)
            raise DontCloseSpider
