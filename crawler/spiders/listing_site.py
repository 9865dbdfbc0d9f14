"""Site B: an aggregator whose paginated listing pages hold whole reports.

Every listing page is stored as one raw page; cleaning splits it into items.
An item's own page, where its title links to one, is not fetched, from the
start page or any other: the listing holds the item's text, and cleaning
keeps the link as the item's address. Listings change as items are added,
so they are fetched on every run; the raw store keeps a new version only
when a page's bytes changed.
"""
from __future__ import annotations

from crawler.links import (Link, is_listing_address, is_pager, listed_documents, same_site,
                           without_tracking)
from crawler.pagers import unlinked_pages
from crawler.spiders.base import SiteSpider


class ListingSiteSpider(SiteSpider):
    name = "listing_site"
    start_url_setting = "LISTING_SITE_START_URL"
    reports_in_listings = True

    async def start(self):
        yield self.request(self.start_url, self.parse_start)
        for request in self.retry_requests():
            yield request

    def parse_start(self, response):
        """The start page: a listing, or a home page linking to one. Its links
        to listing addresses (`list.php?classid=12`, a script given a
        section) and its links that say they lead to reports (政府工作报告 to
        `/info/12/`) are followed too: a listing's first page has no page
        number to tell it by."""
        yield from self.parse_listing(response, follows=leads_to_a_listing, onward=self.parse_start)

    def parse_listing(self, response, follows=is_pager, onward=None):
        """A listing page: store it, follow the pager (or the links `follows`
        accepts), never the listing's own item rows (see `item_rows`). A
        redirect's target and the page's frames are read as the page itself
        (by `onward`, the start page's or the listing's reader)."""
        response = self.held_if_not_modified(response)
        yield from self.page_items(response, "listing")
        if not self.ok(response):
            return
        for url in self.onward(response):
            yield self.request(url, onward or self.parse_listing)
        found = self.site_links(response)
        items = item_rows(found)
        for link in found:
            if follows(link) and without_tracking(link.url) not in items:
                yield self.request(link.url, self.parse_listing)
        for link in unlinked_pages(response):  # a jump menu's or a pager script's pages
            if same_site(link.url, self.start_url):
                yield self.request(link.url, self.parse_listing)


# What a start page's link to the reports' listing says: 政府工作报告, 工作报告, 报告.
REPORT_WORD = "报告"


def item_rows(found: list[Link]) -> set[str]:
    """Addresses of a listing's item rows: links reading like titles whose
    addresses differ only by a number (`/info/12/1001.html`, `…/1002.html`).
    An item's title says 报告 as a link to the listing does, so without this
    the start page's items would be fetched and no other page's."""
    return listed_documents(found)


def leads_to_a_listing(link: Link) -> bool:
    """A start page's link to a listing: a pager's, one to a listing address,
    or one that says it leads to reports."""
    return is_pager(link) or is_listing_address(link.url) or REPORT_WORD in link.text
