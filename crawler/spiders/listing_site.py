"""Site B: an aggregator whose paginated listing pages hold whole reports.

Every listing page is stored as one raw page; cleaning splits it into items.
Listings change as items are added, so they are fetched on every run; the
raw store keeps a new version only when a page's bytes changed.
"""
from __future__ import annotations

from crawler.links import is_pager, same_site
from crawler.pagers import unlinked_pages
from crawler.spiders.base import SiteSpider


class ListingSiteSpider(SiteSpider):
    name = "listing_site"
    start_url_setting = "LISTING_SITE_START_URL"

    async def start(self):
        yield self.request(self.start_url, self.parse_listing)
        for request in self.retry_requests():
            yield request

    def parse_listing(self, response):
        """A listing page (or the home page linking to one): store it, follow the pager."""
        yield from self.page_items(response, "listing")
        if not self.ok(response):
            return
        for link in self.site_links(response):
            if is_pager(link):
                yield self.request(link.url, self.parse_listing)
        for link in unlinked_pages(response):  # a jump menu's or a pager script's pages
            if same_site(link.url, self.start_url):
                yield self.request(link.url, self.parse_listing)
