"""Site A: a report site publishing one report per page, split over pages when long.

Home page → its navigation (the region sections) → each section's paginated
listing → report pages, with `<id>_2.html`, … followed in order and tied to
the first page so that the build stitches them together.
"""
from __future__ import annotations

from crawler.links import continuation_of, document_page, is_pager
from crawler.spiders.base import SiteSpider


class ReportSiteSpider(SiteSpider):
    name = "report_site"
    start_url_setting = "REPORT_SITE_START_URL"

    async def start(self):
        yield self.request(self.start_url, self.parse_home)

    def parse_home(self, response):
        """The start page: every section it links to, and any report it lists."""
        yield self.raw_page(response)
        if not self.ok(response):
            return
        for link in self.site_links(response):
            page = document_page(link.url)
            if page and page[1] == 1:
                yield self.request(link.url, self.parse_report, document_url=link.url, part=1)
            elif page is None:
                yield self.request(link.url, self.parse_listing)

    def parse_listing(self, response):
        """A section listing: its reports and its further pages."""
        yield self.raw_page(response)
        if not self.ok(response):
            return
        for link in self.site_links(response):
            page = document_page(link.url)
            if page and page[1] == 1:
                yield self.request(link.url, self.parse_report, document_url=link.url, part=1)
            elif page is None and is_pager(link):
                yield self.request(link.url, self.parse_listing)

    def parse_report(self, response):
        """A report page; follows the report's own next part, and nothing else."""
        document_url = response.meta["document_url"]
        part = response.meta["part"]
        yield self.raw_page(response, document_url, part)
        if not self.ok(response):
            return
        following = continuation_of(response.url, self.site_links(response))
        if following:
            yield self.request(following, self.parse_report, document_url=document_url, part=part + 1)
