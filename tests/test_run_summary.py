"""The crawl run's summary counts what the site's pages hold: a report site's
report pages, a listing site's listing pages (their reports are counted by the build)."""
from __future__ import annotations

from types import SimpleNamespace


from archive import rawstore
from crawler.items import RawPageItem
from crawler.pipelines import RawStorePipeline
from crawler.spiders.listing_site import ListingSiteSpider
from crawler.spiders.report_site import ReportSiteSpider


class _Stats(dict):
    """The two calls of Scrapy's stats collector the pipeline makes."""

    def get_value(self, key, default=None):
        return self.get(key, default)

    def set_value(self, key, value):
        self[key] = value


def _run(tmp_path, spider_class, pages: list[tuple[str, str, bytes]]) -> dict:
    """Store `pages` (url, kind, body) through the pipeline in one run; the run's summary."""
    crawler = SimpleNamespace(spider=spider_class(start_url="http://site.test/"), stats=_Stats())
    pipeline = RawStorePipeline(str(tmp_path / "crawl.db"), take_lock=False, shared=False)
    pipeline.crawler = crawler
    pipeline.open_spider(crawler.spider)
    for url, kind, body in pages:
        pipeline.process_item(RawPageItem(url=url, final_url=url, status=200, content_type="text/html",
                                          encoding="utf-8", body=body, kind=kind))
    summary = pipeline.summary("finished")
    pipeline.spider_closed(crawler.spider, "finished")
    return summary


LISTINGS = [(f"http://site.test/info/37/page/{n}", "listing", f"<p>第{n}页</p>".encode()) for n in (1, 2, 3)]


def test_a_listing_sites_run_counts_its_listing_pages_not_zero_reports(tmp_path):
    summary = _run(tmp_path, ListingSiteSpider, LISTINGS)
    assert (summary["new_listings"], summary["new_reports"], summary["unchanged_reports"]) == (3, None, None)
    assert "listing pages: 3 new, 0 changed, 0 unchanged" in summary["summary"]
    assert "report pages: 0 new" not in summary["summary"]
    again = _run(tmp_path, ListingSiteSpider, LISTINGS[:2] + [(LISTINGS[2][0], "listing", b"<p>changed</p>")])
    assert (again["new_listings"], again["changed_listings"], again["unchanged_listings"]) == (0, 1, 2)
    row = next(rawstore.open_crawl_db(str(tmp_path / "crawl.db")).query(
        "select * from crawl_runs order by id desc limit 1"))
    assert (row["new_reports"], row["changed_listings"], row["summary"]) == (None, 1, again["summary"])


def test_a_report_sites_run_still_counts_its_reports(tmp_path):
    summary = _run(tmp_path, ReportSiteSpider, LISTINGS[:1] + [("http://site.test/baogao/1.html", "report", b"<p>r</p>")])
    assert (summary["new_reports"], summary["new_listings"]) == (1, 1)
    assert "report pages: 1 new, 0 changed, 0 unchanged, 0 not due for a re-check" in summary["summary"]
