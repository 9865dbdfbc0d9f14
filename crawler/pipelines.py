"""Hands every fetched page on to the raw store (`crawl.db`)."""
from __future__ import annotations

from archive import rawstore


class RawStorePipeline:
    """Writes `RawPageItem`s to the raw store and records the crawl run."""

    def __init__(self, path: str):
        self.path = path
        self.db = None
        self.run_id = None
        self.pages = 0

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler.settings.get("CRAWL_DB"))
        pipeline.crawler = crawler
        return pipeline

    def open_spider(self, spider=None):
        spider = spider or self.crawler.spider
        self.db = rawstore.open_crawl_db(self.path)
        self.run_id = rawstore.start_run(self.db, spider.name, getattr(spider, "start_url", None))

    def close_spider(self, spider=None):
        reason = self.crawler.stats.get_value("finish_reason") or "finished"
        rawstore.finish_run(self.db, self.run_id, self.pages, reason)
        self.db.close()

    def process_item(self, item, spider=None):
        rawstore.save_page(
            self.db,
            url=item["url"],
            final_url=item.get("final_url"),
            status=item["status"],
            content_type=item.get("content_type"),
            encoding=item.get("encoding"),
            body=item["body"],
            spider=self.crawler.spider.name,
            document_url=item.get("document_url"),
            part=item.get("part") or 1,
            run_id=self.run_id,
        )
        self.pages += 1
        return item
