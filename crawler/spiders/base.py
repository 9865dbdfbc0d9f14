"""What both baogao spiders share: start address, scope, incremental fetching, failures.

Incremental: a report page the raw store already holds whole (every part,
good bytes) is not fetched again until it is `REVISIT_AFTER_DAYS` old; then
it is asked for conditionally when the server gave validators (ETag,
Last-Modified), else fetched whole, and the raw store keeps a new version
only when the bytes changed. Listings are asked for every run: that is where
new reports appear; so are the first pages of the listings earlier runs found,
as a site may lead to a section only through report pages no longer fetched.
They are asked conditionally too, and a 304 is read from the copy held
(its links followed again).
URLs that failed in earlier runs are tried again first.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response

from archive import rawstore
from crawler.items import CheckItem, CrawlErrorItem, RawPageItem
from crawler.links import Link, frame_sources, links, redirect_targets, same_site
from crawler.middlewares import OffSite

# Callbacks see every error response (a 404 or a 500 is stored and explained,
# not silently dropped) and 304s; 3xx redirects are left to Scrapy to follow.
KEEP_ERRORS = {"handle_httpstatus_list": [304, *range(400, 600)]}
# Statuses worth asking for again next run: the server, not the page, is at fault.
TRANSIENT_STATUS = {408, 425, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524}
# What a soft 404 calls itself: an error page answered with 200.
SOFT_404_TITLE = re.compile(
    r"页面不存在|页面未找到|找不到(?:该|此|您要的)?(?:页面|网页)|页面已(?:被)?删除"
    r"|(?<!\d)404(?!\d)|not found|page (?:does not|doesn't) exist", re.I)
TITLE = re.compile(rb"<title[^>]*>(.*?)</title", re.I | re.S)
# Failures that retrying cannot fix: they are recorded but not retried next run.
NEVER_RETRY = {"robots", "offsite"}
# The callbacks reading start and listing pages, asked for every run (see the module).
LISTING_CALLBACKS = frozenset({"parse_home", "parse_start", "parse_listing"})


class SiteSpider(scrapy.Spider):
    """A spider bound to one site: the host and port of its start URL."""

    start_url_setting: str = ""
    # Whether the site's reports are items of its listing pages (site B): then
    # a crawl cannot count them, and the build does.
    reports_in_listings: bool = False

    def __init__(self, start_url: str | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_url = start_url
        self.known: dict[str, rawstore.Known] = {}
        self.retry_first: list[dict] = []
        self.dead_ends: set[str] = set()  # failed for good lately: not asked for this run
        self.dead_ends_met: set[str] = set()
        self.known_listings: list[str] = []
        self.revisit_before = ""
        self.skipped: set[str] = set()
        self.crawl_db: str | None = None

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.start_url = spider.start_url or crawler.settings.get(cls.start_url_setting)
        if not spider.start_url:
            raise ValueError(
                f"{cls.name} has no default start address: pass -a start_url=URL"
            )
        parts = urlsplit(spider.start_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"start_url must be an http(s) URL, not {spider.start_url!r}")
        # Scrapy's own filter, given the host without `www.`, lets both forms
        # through; `same_site` holds the crawl to the one site.
        spider.allowed_domains = [parts.hostname.removeprefix("www.")]
        spider.load_history(crawler.settings)
        return spider

    def load_history(self, settings) -> None:
        """What earlier runs left: pages held, and failures to try again."""
        path = settings.get("CRAWL_DB")
        if not settings.getbool("INCREMENTAL", True) or not path or not Path(path).exists():
            return
        self.crawl_db = path
        db = rawstore.open_crawl_db(path)
        days = settings.getfloat("REVISIT_AFTER_DAYS", 30.0)
        cutoff = datetime.now(timezone.utc) - timedelta(days=days)
        self.revisit_before = cutoff.replace(microsecond=0).isoformat()
        try:
            self.known = {url: k for url, k in rawstore.known_pages(db).items()
                          if same_site(url, self.start_url)}
            for error in rawstore.open_errors(db, self.name):
                if error["kind"] in NEVER_RETRY or not same_site(error["url"], self.start_url):
                    continue
                if not error["transient"] and error["at"] >= self.revisit_before:
                    # A 404, a soft 404 or an oversized page is asked for again
                    # when held pages are, not on every run that meets its link.
                    self.dead_ends.add(error["url"])
                else:
                    self.retry_first.append(error)
            self.known_listings = [url for url in rawstore.listing_pages(db)
                                   if same_site(url, self.start_url)]
        finally:
            db.close()

    def retry_requests(self):
        """Requests for the URLs that failed last time, to their original callbacks."""
        for error in self.retry_first:
            callback = getattr(self, error["callback"] or "", None)
            if callback is None:
                continue
            # An attached file keeps the page that linked it (its source's linked_from).
            referrer = {"referrer": error["referrer"]} if error.get("referrer") else {}
            yield self.request(error["url"], callback, document_url=error["document_url"],
                               part=error["part"] or 1, **referrer)

    def site_links(self, response: Response) -> list[Link]:
        """Links on the page that stay on this spider's site (same host and port)."""
        return [link for link in links(response) if same_site(link.url, self.start_url)]

    def onward(self, response: Response, content_only: bool = False) -> list[str]:
        """On-site pages this page hands the reader on to as its own
        continuation: a redirect page's target (meta refresh, or a script
        setting `location` on a page saying little else) and its frames'
        sources (see `frame_sources`; `content_only` for a report page)."""
        found = redirect_targets(response) + frame_sources(response, content_only)
        return [url for url in dict.fromkeys(found) if same_site(url, self.start_url)]

    def request(self, url: str, callback, headers=None, dont_filter=False, **meta) -> scrapy.Request:
        if headers is None and getattr(callback, "__name__", None) in LISTING_CALLBACKS:
            headers = validators(self.known.get(url))
        return scrapy.Request(url, callback=callback, errback=self.failed, headers=headers,
                              dont_filter=dont_filter, meta={**KEEP_ERRORS, **meta})

    def held_if_not_modified(self, response: Response) -> Response:
        """A 304 to a listing's conditional request as the copy it confirms
        (read again for its links, stored again as unchanged); any other
        response as it is."""
        if response.status != 304 or not self.crawl_db:
            return response
        db = rawstore.open_crawl_db(self.crawl_db)
        try:
            held = rawstore.held_copy(db, asked_for(response.request))
        finally:
            db.close()
        if held is None:
            return response
        body, content_type = held
        return HtmlResponse(url=response.url, status=200, body=body, request=response.request,
                            headers={"Content-Type": content_type or "text/html"})

    # ---- incremental fetching

    def fresh(self, known: rawstore.Known) -> bool:
        """Whether a held page was fetched or confirmed recently enough to leave alone."""
        return known.checked_at >= self.revisit_before

    def document_requests(self, url: str, callback, document_url: str, part: int = 1,
                          meta: dict | None = None, counted: bool = True):
        """Requests for the pages of a document not held whole and fresh (often
        none); `meta` goes with each request. A document left alone counts as
        an unchanged report in the run's summary unless not `counted` (an
        attached file: its page is counted, as on the run that fetched both).
        A page that lately failed for good (see `load_history`) is left alone
        and counted as a dead link."""
        while True:
            if url in self.dead_ends:
                if url not in self.dead_ends_met:
                    self.dead_ends_met.add(url)
                    self.crawler.stats.inc_value("baogao/dead_ends_skipped")
                return
            known = self.known.get(url)
            if known is None or known.next_url is None or not self.fresh(known):
                # A later part is asked for whatever was fetched before: a crawl
                # started at it fetched it alone, not as its report's part.
                yield self.request(url, callback, headers=conditional_headers(known), dont_filter=part > 1,
                                   document_url=document_url, part=part, **(meta or {}))
                return
            if not known.next_url:
                if counted and document_url not in self.skipped:  # a report is linked from several listings
                    self.skipped.add(document_url)
                    self.crawler.stats.inc_value("baogao/documents_skipped")
                return
            url, part = known.next_url, part + 1

    def not_modified(self, response: Response, callback):
        """A 304: confirm the held page (held under the address asked for, the
        first of any redirects), and go on to its next part if it has one."""
        meta = response.meta
        url = asked_for(response.request)
        yield CheckItem(url=url, document_url=meta["document_url"], part=meta["part"])
        known = self.known.get(url)
        if known and known.next_url:
            yield from self.document_requests(known.next_url, callback, meta["document_url"],
                                              meta["part"] + 1)

    # ---- what gets stored

    def page_items(self, response: Response, kind: str, document_url: str | None = None,
                   part: int = 1, next_url: str | None = None):
        """The response as a raw-store item, plus an error item when it is a failure."""
        note = "soft-404" if is_soft_404(response) else None
        item = self.raw_page(response, document_url, part)
        item.update(kind=kind, note=note, next_url=next_url if self.ok(response) else None,
                    etag=header(response, "ETag"), last_modified=header(response, "Last-Modified"),
                    referrer=response.meta.get("referrer"),
                    link_title=response.meta.get("link_title") if part == 1 else None)
        yield item
        if not self.ok(response) or note:
            status = response.status
            yield self.error_item(
                response.request, kind=note or f"http-{status}",
                reason=f"HTTP {status}" + (" with an error page" if note else ""),
                status=status, transient=status in TRANSIENT_STATUS)

    @staticmethod
    def raw_page(response: Response, document_url: str | None = None, part: int = 1) -> RawPageItem:
        """The response as an item for the raw store."""
        first_url = asked_for(response.request)
        content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        return RawPageItem(
            url=first_url,
            final_url=response.url,
            status=response.status,
            content_type=content_type,
            encoding=getattr(response, "encoding", None),
            body=response.body,
            document_url=document_url or first_url,
            part=part,
        )

    @staticmethod
    def ok(response: Response) -> bool:
        return 200 <= response.status < 300 and not is_soft_404(response)

    # ---- failures

    def failed(self, failure):
        """Errback: a request that got no usable response, recorded with its kind."""
        request = failure.request
        kind, transient = classify(failure.value)
        yield self.error_item(request, kind=kind, reason=str(failure.value) or kind,
                              transient=transient)

    def error_item(self, request, *, kind: str, reason: str, status: int | None = None,
                   transient: bool = True) -> CrawlErrorItem:
        first_url = asked_for(request)
        callback = getattr(request.callback, "__name__", None)
        return CrawlErrorItem(
            url=first_url, document_url=request.meta.get("document_url") or first_url,
            part=request.meta.get("part") or 1, callback=callback, kind=kind, reason=reason,
            status=status, attempts=request.meta.get("retry_times", 0) + 1, transient=transient,
            referrer=request.meta.get("referrer"))


def asked_for(request) -> str:
    """The address a request first asked for, before any redirect: the one pages are stored under."""
    return (request.meta.get("redirect_urls") or [request.url])[0]


def classify(error: BaseException) -> tuple[str, bool]:
    """(kind, transient) of a download failure, for the crawl_errors table."""
    name = type(error).__name__
    text = str(error).lower()
    if isinstance(error, OffSite):
        return "offsite", False
    if isinstance(error, IgnoreRequest):
        if "robots" in text:
            return "robots", False
        if "redirect" in text:  # a loop, or too many redirections
            return "redirect-loop", True
        return "ignored", True
    kinds = {
        "DownloadTimeoutError": "timeout", "TimeoutError": "timeout", "TCPTimedOutError": "timeout",
        "ResponseDataLossError": "truncated", "DownloadCancelledError": "too-large",
        "DownloadConnectionRefusedError": "refused", "ConnectionRefusedError": "refused",
        "CannotResolveHostError": "dns", "DNSLookupError": "dns",
        "DownloadFailedError": "connection", "ConnectionLost": "connection",
        "ConnectionDone": "connection", "ResponseNeverReceived": "connection",
        "ResponseFailed": "connection",
    }
    kind = kinds.get(name, name)
    return kind, kind != "too-large"


def conditional_headers(known: rawstore.Known | None) -> dict | None:
    """If-None-Match / If-Modified-Since for a document page held before, when the server gave validators."""
    if known is None or known.next_url is None:
        return None
    return validators(known)


def validators(known: rawstore.Known | None) -> dict | None:
    """If-None-Match / If-Modified-Since from what the server gave for a page held before."""
    if known is None:
        return None
    headers = {}
    if known.etag:
        headers["If-None-Match"] = known.etag
    if known.last_modified:
        headers["If-Modified-Since"] = known.last_modified
    return headers or None


def header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def is_soft_404(response: Response) -> bool:
    """An error page answered with 200, judged by its <title> (any site says so there)."""
    if response.status != 200:
        return False
    match = TITLE.search(response.body[:4096])
    if not match:
        return False
    title = match.group(1).decode(getattr(response, "encoding", None) or "utf-8", "replace")
    return bool(SOFT_404_TITLE.search(title))
