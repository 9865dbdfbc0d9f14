"""Downloader middlewares: every request, redirects included, kept on the spider's site;
a page read in the charset its markup declares when its header's cannot read it."""
from __future__ import annotations

from urllib.parse import urljoin

from scrapy.exceptions import IgnoreRequest
from scrapy.http import TextResponse
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, resolve_encoding

from crawler.links import same_site


class OffSite(IgnoreRequest):
    """A request (usually a redirect) that would leave the spider's site."""


class _CrawlerAware:
    """Keeps the crawler, whose spider holds the start URL that scope is judged by."""

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls()
        middleware.crawler = crawler
        return middleware


class SameSiteMiddleware(_CrawlerAware):
    """Drops requests for any other host *or port* than the start URL's.

    Scrapy's own offsite filter compares host names only, so two sites on one
    host (as on loopback, or shared hosting) would leak into each other, and
    redirects are followed wherever they point. This runs before robots.txt
    is fetched, so an off-site redirect costs no request at all.
    """

    def process_request(self, request, spider=None):
        start_url = getattr(self.crawler.spider, "start_url", None)
        if start_url is None:
            return None
        if not same_site(request.url, start_url):
            raise OffSite(f"off-site: {request.url} is not on {start_url}")
        return None


class RedirectGuardMiddleware(_CrawlerAware):
    """Stops a redirect before Scrapy follows it when it loops or leaves the site.

    Scrapy would drop the second visit of a looping address as a duplicate
    request, silently: the page would be lost without a trace. Raising here
    sends the request to its errback, so the failure is recorded.
    """

    def process_response(self, request, response, spider=None):
        location = response.headers.get("Location")
        if not (300 <= response.status < 400 and location):
            return response
        target = urljoin(request.url, location.decode("latin-1")).split("#", 1)[0]
        start_url = getattr(self.crawler.spider, "start_url", None)
        if start_url and not same_site(target, start_url):
            raise OffSite(f"off-site redirect: {request.url} → {target}")
        if target == request.url or target in request.meta.get("redirect_urls", []):
            raise IgnoreRequest(f"redirect loop: {request.url} → {target}")
        return response


class DeclaredCharsetMiddleware:
    """Reads a page in the charset its markup declares when the one its
    header declares cannot read it (a GBK page served as `charset=utf-8`).

    Scrapy trusts the header, so such a page's link texts would come out as
    replacement characters: pager words (下一页) and the titles stored with
    report pages (`link_title`) lost. Cleaning decodes the stored bytes on its
    own, so only what the spiders read changes.
    """

    def process_response(self, request, response, spider=None):
        if not isinstance(response, TextResponse):
            return response
        header = http_content_type_encoding(response.headers.get(b"Content-Type", b"").decode("latin-1"))
        declared = html_body_declared_encoding(response.body)
        if not header or not declared:
            return response
        header, declared = resolve_encoding(header), resolve_encoding(declared)
        if not header or not declared or header == declared or _reads(response.body, header):
            return response
        return response.replace(encoding=declared) if _reads(response.body, declared) else response


def _reads(body: bytes, encoding: str) -> bool:
    """Whether `body` decodes in `encoding` without an error."""
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True
