"""Site B: an aggregator whose paginated listing pages hold whole reports.

Every listing page is stored as one raw page; cleaning splits it into items.
"""
from __future__ import annotations

from crawler.links import is_pager
from crawler.spiders.base import SiteSpider


class ListingSiteSpider(SiteSpider):
    name = "listing_site"
    start_url_setting = "LISTING_SITE_START_URL"

    async def start(self):
        yield self.request(self.start_url, self.parse_listing)

    def parse_listing(self, response):
        """A listing page (or the home page linking to one): store it, follow the pager."""
        yield self.raw_page(response)
        if not self.ok(response):
            return
        for link in self.site_links(response):
            if is_pager(link):
                yield self.request(link.url, self.parse_listing)
