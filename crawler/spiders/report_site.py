"""Site A: a report site publishing one report per page, split over pages when long.

Home page → its navigation (the region sections) → each section's paginated
listing → report pages, with `<id>_2.html`, … followed in order and tied to
the first page so that the build stitches them together. Report pages the
raw store already holds whole are not fetched again (see `SiteSpider`).
"""
from __future__ import annotations

from crawler.links import document_page, is_pager, next_part, pager_to_numbered_page
from crawler.spiders.base import SiteSpider


class ReportSiteSpider(SiteSpider):
    name = "report_site"
    start_url_setting = "REPORT_SITE_START_URL"

    async def start(self):
        yield self.request(self.start_url, self.parse_home)
        for request in self.retry_requests():
            yield request

    def parse_home(self, response):
        """The start page: every section it links to, and any report it lists."""
        yield from self.follow_links(response, "home", lambda link: True)

    def parse_listing(self, response):
        """A section listing: its reports and its further pages."""
        yield from self.follow_links(response, "listing", is_pager)

    def follow_links(self, response, kind, follows_listing):
        """The page kept as `kind`, then requests for the reports it links to
        and for the listing pages `follows_listing` accepts. A pager's link
        (下一页, or `[2]` to `…/2.html`) leads to a listing page even when its
        address is shaped like a report's."""
        yield from self.page_items(response, kind)
        if not self.ok(response):
            return
        for link in self.site_links(response):
            page = None if pager_to_numbered_page(link) else document_page(link.url)
            if page and page[1] == 1:
                yield from self.document_requests(link.url, self.parse_report, link.url)
            elif page is None and follows_listing(link):
                yield self.request(link.url, self.parse_listing)

    def parse_report(self, response):
        """A report page; follows the report's own next part, and nothing else."""
        if response.status == 304:
            yield from self.not_modified(response, self.parse_report)
            return
        document_url = response.meta["document_url"]
        part = response.meta["part"]
        following = None
        if self.ok(response):
            following = next_part(response)
        yield from self.page_items(response, "report", document_url, part, following or "")
        if following:
            yield from self.document_requests(following, self.parse_report, document_url, part + 1)
