"""Site A: a report site publishing one report per page, split over pages when long.

Home page → its navigation (the region sections) → each section's paginated
listing → report pages, with `<id>_2.html`, … followed in order and tied to
the first page so that the build stitches them together. A report page also
leads to its section's listing and to the reports beside it (its breadcrumb,
返回列表, related reports: see `report_page_leads`), for sites whose home
page has no section menu. Report pages the raw store already holds whole
are not fetched again (see `SiteSpider`).
"""
from __future__ import annotations

from crawler.links import (Link, document_address, document_key, document_parts, is_pager,
                           listed_documents, next_part, page_of_address, pager_to_numbered_page,
                           reads_like_title, report_attachments, report_page_leads, same_site)
from crawler import settings
from crawler.pagers import unlinked_pages
from crawler.spiders.base import SiteSpider


class ReportSiteSpider(SiteSpider):
    name = "report_site"
    start_url_setting = "REPORT_SITE_START_URL"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.documents_asked: set[tuple] = set()

    async def start(self):
        yield self.request(self.start_url, self.parse_home)
        for request in self.retry_requests():
            yield request
        for url in self.known_listings:
            # a section's first page: its further pages are found from it again
            if not is_pager(Link(url, "")):
                yield self.request(url, self.parse_listing)

    def parse_home(self, response):
        """The start page: every section it links to, and any report it lists.
        A redirect's target and the frames of a frameset home are the home page too.

        A start page that is a report's (the live site's default start is one)
        is read as that report, its later parts followed; a later part (`_2`)
        is not kept alone: its links lead to the report's first page, which
        brings the parts in order."""
        response = self.held_if_not_modified(response)
        here = document_parts(response.url) if self.ok(response) else None
        if here is None or here.by_number_only:
            yield from self.follow_links(response, "home", lambda link: True, self.parse_home)
            return
        if here.order == 1:
            document = document_address(response.url)
            key = document_key(document)
            if key not in self.documents_asked:
                self.documents_asked.add(key)
                response.meta.update(document_url=document, part=1)
                yield from self.parse_report(response)

        def elsewhere(link: Link) -> bool:   # its own pager leads to its parts, not to listings
            page = document_parts(link.url)
            return page is None or not page.same_document(here)

        yield from self.follow_links(response, "home", elsewhere, self.parse_home, store=False)

    def parse_listing(self, response):
        """A section listing: its reports and its further pages (a redirect's
        target and its frames are the listing too)."""
        yield from self.follow_links(self.held_if_not_modified(response), "listing", is_pager, self.parse_listing)

    def follow_links(self, response, kind, follows_listing, onward_callback, store=True):
        """The page kept as `kind`, then requests for the reports it links to
        and for the listing pages `follows_listing` accepts. A pager's link
        (下一页, or `[2]` to `…/2.html`) leads to a listing page even when its
        address is shaped like a report's; so do the pages a jump menu or a
        pager script names (see `crawler.pagers`). A report is known by its
        address's shape (`crawler.addresses`) or, whatever its shape, by
        being one of the listing's rows (see `listed_documents`). The pages
        it hands on to (see `onward`) are read by `onward_callback`. Not
        `store`d: a page kept already as a report's."""
        if store:
            yield from self.page_items(response, kind)
        if not self.ok(response):
            return
        for url in self.onward(response):
            yield self.request(url, onward_callback)
        found = self.site_links(response)
        rows = listed_documents(found)
        titles = link_titles(found)
        for link in found:
            page = None if pager_to_numbered_page(link) else self.document_of(link, rows)
            if page and page[1] == 1:
                yield from self.report_requests(link.url, titles.get(document_address(link.url)))
            elif page is None and follows_listing(link):
                yield self.request(link.url, self.parse_listing)
        for link in unlinked_pages(response):
            if same_site(link.url, self.start_url):
                yield self.request(link.url, self.parse_listing)

    @staticmethod
    def document_of(link: Link, rows: set[str]) -> tuple[str, int] | None:
        """(stem, part) of the document page a link leads to, or None. An
        address told by its closing number only (`/a/1320/`) is a document's
        when the link reads like a title: a menu's `/channel/1234/` says 华北."""
        page = document_parts(link.url)
        if page and page.by_number_only and not reads_like_title(link.text):
            page = None
        if page is None and document_address(link.url) in rows:
            page = page_of_address(link.url)
        return page and (page.stem, page.part)

    def report_requests(self, url: str, link_title: str | None = None):
        """Requests for a report first seen at `url`, unless it was asked for
        already under another form of its address (`?from=list`, `.HTML`).
        `link_title`, the text of the home or listing page's link to it, is
        stored with its first page: the report's title if the page shows none."""
        url = document_address(url)
        key = document_key(url)
        if key in self.documents_asked:
            return
        self.documents_asked.add(key)
        meta = {"link_title": link_title} if link_title else None
        yield from self.document_requests(url, self.parse_report, url, meta=meta)

    def parse_report(self, response):
        """A report page: the report's own next part, then its section's
        listing and the reports beside it (bounded: see `report_page_leads`)."""
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
        if self.ok(response):
            yield from self.attachment_requests(response)
            yield from self.leads_of_report(response)
            # A report page that is only a redirect, or shows its text in a frame:
            # the target is the report (a document of its own address).
            for url in self.onward(response, content_only=True):
                yield from self.report_requests(url)

    def attachment_requests(self, response):
        """Requests for the files the report page attaches its report as (a
        PDF, a Word document: see `report_attachments`), on this site only,
        each stored like a page with the page as its referrer, and no bigger
        than `ATTACHMENT_MAXSIZE`."""
        for url in report_attachments(response):
            if same_site(url, self.start_url):
                yield from self.document_requests(url, self.parse_attachment, url,
                                                  meta={"referrer": response.url}, counted=False)

    def request(self, url: str, callback, headers=None, dont_filter=False, **meta):
        """A request; an attachment's, a retried one's too, bounded by `ATTACHMENT_MAXSIZE`."""
        if callback == self.parse_attachment:
            # The project's default where a crawler lacks the setting: 0 would mean no limit.
            meta.setdefault("download_maxsize",
                            self.settings.getint("ATTACHMENT_MAXSIZE", settings.ATTACHMENT_MAXSIZE))
        return super().request(url, callback, headers, dont_filter, **meta)

    def parse_attachment(self, response):
        """An attached report file: kept whole, bytes and content type, for cleaning to read."""
        if response.status == 304:
            yield from self.not_modified(response, self.parse_attachment)
            return
        yield from self.page_items(response, "attachment", response.meta["document_url"], 1, "")

    def leads_of_report(self, response):
        """Requests for the listings and reports a report page leads to."""
        listings, reports = report_page_leads(response)
        for url in listings:
            if same_site(url, self.start_url):
                yield self.request(url, self.parse_listing)
        for url in reports:
            if same_site(url, self.start_url):
                yield from self.report_requests(url)


# A link text cut short for a narrow column (`…`, `...`) is no title.
_CUT_SHORT = ("…", "...", "..")
LINK_TITLE_MAX_CHARS = 100


def link_titles(found: list[Link]) -> dict[str, str]:
    """Document address → the longest text among the page's links to it, a
    text cut short or a linked summary (a sentence, or too long) aside: a
    sidebar's shortened title and a 全文 button beside the listing's full
    title give the full one. Whether it is a title is cleaning's call."""
    titles: dict[str, str] = {}
    for link in found:
        text = link.text.strip()
        if (not text or text.endswith(_CUT_SHORT) or "。" in text
                or len(text) > LINK_TITLE_MAX_CHARS):
            continue
        address = document_address(link.url)
        if len(text) > len(titles.get(address, "")):
            titles[address] = text
    return titles
