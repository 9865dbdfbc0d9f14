"""Hands every fetched page and every failure on to the raw store (`crawl.db`),
and ends each run with its summary (printed, logged, stored in `crawl_runs`)."""
from __future__ import annotations

import logging
import os
import socket
import time
from collections import Counter, defaultdict

from scrapy import signals

from archive import rawstore
from crawler.items import CheckItem, CrawlErrorItem, RawPageItem
from crawler.lock import CrawlLock

logger = logging.getLogger(__name__)


class RawStorePipeline:
    """Writes items to the raw store and records the crawl run and its summary.

    Every item is committed on its own, so a crawl killed at any moment
    keeps everything it had fetched, and the next run carries on from there.
    """

    def __init__(self, path: str, take_lock: bool, shared: bool):
        self.path = path
        self.take_lock = take_lock
        self.shared = shared  # one of several workers on a shared (Redis) frontier
        self.lock = None
        self.db = None
        self.run_id = None
        self.pages = 0
        self.started = 0.0
        self.documents: dict[str, set[str]] = defaultdict(set)
        self.listings: dict[str, str] = {}  # listing page URL -> its outcome
        self.error_kinds: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        shared = bool(settings.get("REDIS_URL")) and "scrapy_redis" in str(settings.get("SCHEDULER"))
        pipeline = cls(settings.get("CRAWL_DB"), settings.getbool("CRAWL_LOCK", True) and not shared,
                       shared)
        pipeline.crawler = crawler
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider=None):
        spider = spider or self.crawler.spider
        if self.take_lock:  # `scrapy crawl`/scrapyd; the baogao CLI holds the lock itself
            self.lock = CrawlLock.beside(self.path).acquire()
        self.db = rawstore.open_crawl_db(self.path)
        if not self.shared:  # with the lock held, an unfinished run can only be a dead one
            rawstore.close_abandoned_runs(self.db, spider.name)
        worker = f"{socket.gethostname()}:{os.getpid()}" if self.shared else None
        self.run_id = rawstore.start_run(self.db, spider.name, getattr(spider, "start_url", None), worker)
        self.crawler.stats.set_value("baogao/run_id", self.run_id)
        self.started = time.monotonic()

    def process_item(self, item, spider=None):
        if isinstance(item, RawPageItem):
            self.store(item)
        elif isinstance(item, CrawlErrorItem):
            self.record_error(item)
        elif isinstance(item, CheckItem):
            rawstore.touch(self.db, item["url"], rawstore.utcnow(), self.run_id)
            self.db.conn.commit()
            self.documents[item["document_url"]].add("unchanged")
        return item

    def store(self, item: RawPageItem) -> None:
        fields = {key: item.get(key) for key in (
            "final_url", "content_type", "encoding", "etag", "last_modified", "next_url", "kind", "note",
            "referrer", "link_title")}
        stored = rawstore.store_page(
            self.db, url=item["url"], status=item["status"], body=item["body"],
            spider=self.crawler.spider.name, document_url=item.get("document_url"),
            part=item.get("part") or 1, run_id=self.run_id, **fields)
        self.pages += 1
        if item.get("kind") == "report":
            outcome = stored.outcome
            if outcome == "new" and (item.get("part") or 1) > 1:
                outcome = "changed"  # a later part appearing changes a report; part 1 makes it new
            self.documents[item.get("document_url") or item["url"]].add(outcome)
        elif item.get("kind") == "listing":
            self.listings.setdefault(item["url"], stored.outcome)

    def record_error(self, item: CrawlErrorItem) -> None:
        rawstore.record_error(self.db, run_id=self.run_id, spider=self.crawler.spider.name, **item)
        self.error_kinds[item["kind"]] += 1

    def close_spider(self, spider=None):
        """Nothing here: the run is finished on `spider_closed`, which knows why it ended."""

    def spider_closed(self, spider, reason):
        summary = self.summary(reason)
        rawstore.finish_run(self.db, self.run_id, self.pages, reason, summary)
        self.crawler.stats.set_value("baogao/summary", summary["summary"])
        for key in ("new_reports", "changed_reports", "unchanged_reports", "new_listings", "changed_listings",
                    "unchanged_listings", "fetched"):
            if summary[key] is not None:
                self.crawler.stats.set_value(f"baogao/{key}", summary[key])
        logger.info("run summary: %s", summary["summary"])
        self.db.close()
        if self.lock is not None:
            self.lock.release()

    def summary(self, reason: str) -> dict:
        """Pages fetched, new/changed/unchanged report pages (documents: a
        report over several pages is one) and listing pages, errors by kind,
        duration. A site whose reports are items of its listing pages
        (site B) has its listing pages counted and its reports left uncounted
        (None): which items a page holds is known only when it is cleaned."""
        stats = self.crawler.stats
        outcomes = Counter(document_outcome(found) for found in self.documents.values())
        skipped = stats.get_value("baogao/documents_skipped") or 0
        unchanged = outcomes["unchanged"] + skipped
        listings = Counter(self.listings.values())
        fetched = stats.get_value("downloader/response_count") or 0
        duration = round(time.monotonic() - self.started, 2)
        errors = sum(self.error_kinds.values())
        kinds = ", ".join(f"{kind} {n}" for kind, n in self.error_kinds.most_common())
        dead_ends = stats.get_value("baogao/dead_ends_skipped") or 0
        in_listings = getattr(self.crawler.spider, "reports_in_listings", False)
        if in_listings:
            counted = (f"listing pages: {listings['new']} new, {listings['changed']} changed, "
                       f"{listings['unchanged']} unchanged (their reports are counted by the build)")
        else:
            # Pages the spider took for reports: which are reports is the build's to say.
            counted = (f"report pages: {outcomes['new']} new, {outcomes['changed']} changed, "
                       f"{outcomes['unchanged']} unchanged, {skipped} not due for a re-check")
        text = (f"{self.crawler.spider.name}: {fetched} pages fetched in {duration:.1f} s; {counted}; "
                f"{errors} error{'' if errors == 1 else 's'}" + (f" ({kinds})" if kinds else "")
                + (f"; {dead_ends} dead link{'' if dead_ends == 1 else 's'} left alone" if dead_ends else "") + f"; {reason}")
        return {
            "fetched": fetched,
            "new_reports": None if in_listings else outcomes["new"],
            "changed_reports": None if in_listings else outcomes["changed"],
            "unchanged_reports": None if in_listings else unchanged,
            "new_listings": listings["new"], "changed_listings": listings["changed"],
            "unchanged_listings": listings["unchanged"],
            "errors": errors, "error_kinds": dict(self.error_kinds), "dead_ends_skipped": dead_ends,
            "duration_s": duration, "summary": text,
        }


def document_outcome(found: set[str]) -> str:
    """One report's outcome from its pages': new if its first page is, else changed if any part is."""
    for outcome in ("new", "changed", "unchanged"):
        if outcome in found:
            return outcome
    return "failed"
