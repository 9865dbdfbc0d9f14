"""What both baogao spiders share: start address, scope, and raw-page items."""
from __future__ import annotations

from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response

from crawler.items import RawPageItem
from crawler.links import Link, links, same_site

# Callbacks see every response, errors included, so that a 404 or a 500 is
# stored and explained rather than silently dropped.
KEEP_ALL = {"handle_httpstatus_all": True}


class SiteSpider(scrapy.Spider):
    """A spider bound to one site: the host and port of its start URL."""

    start_url_setting: str = ""

    def __init__(self, start_url: str | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_url = start_url

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
        spider.allowed_domains = [parts.hostname]
        return spider

    def site_links(self, response: Response) -> list[Link]:
        """Links on the page that stay on this spider's site (same host and port)."""
        return [link for link in links(response) if same_site(link.url, self.start_url)]

    def request(self, url: str, callback, **meta) -> scrapy.Request:
        return scrapy.Request(url, callback=callback, meta={**KEEP_ALL, **meta})

    @staticmethod
    def raw_page(response: Response, document_url: str | None = None, part: int = 1) -> RawPageItem:
        """The response as an item for the raw store."""
        first_url = (response.request.meta.get("redirect_urls") or [response.url])[0]
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
        return 200 <= response.status < 300
