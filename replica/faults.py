"""Fault mode for the replica: the ways real report sites fail, seeded and reproducible.

    from replica.faults import Faults
    with start(faults=Faults(seed=1)) as rep:
        rep.faults.kind_of("/baogao/huazhong/1320.html")   # which fault a page got

Site A's report pages are shuffled with the seed and dealt fault kinds in
turn (every kind appears once while pages last; further pages get a fault
with probability ``rate``); one listing page gets a 5xx burst. A fault that
depends on the attempt (5xx bursts, outages, timeouts, resets, truncation)
counts requests per path, so it clears after a fixed number of tries: a
crawler that retries gets the page, within the run or on the next one.

Kinds:

- ``burst``: 503 for the first 2 requests (Scrapy's retries get through);
- ``outage``: 503 for the first ``OUTAGE`` requests (outlasts one run's retries);
- ``timeout``: the first answer comes after ``timeout_s`` seconds;
- ``slow``: every answer waits ``slow_s`` seconds;
- ``reset``: the first two requests' connections are reset (TCP RST);
- ``truncated``: the first answer stops halfway through its declared length;
- ``gbk-header`` / ``gb2312-meta`` / ``gbk-bare``: the page in GBK or GB2312,
  declared in the Content-Type header / only in its ``<meta>`` / nowhere;
- ``soft404``: the site's "page not found" page, answered with 200;
- ``redirect-loop``: two addresses redirecting to each other;
- ``offsite``: a redirect to another site (the other replica site, or a
  host that does not exist);
- ``oversized``: the page padded to ``oversize_bytes``;

plus ``robots_disallow``: sections robots.txt forbids (default ``/baogao/xibei/``).
With ``etags=True`` every answer carries an ETag and honours If-None-Match.
"""
from __future__ import annotations

import hashlib
import random
import re
import socket
import struct
import threading
import time
from collections import Counter

from replica.site import Response, SiteA

OUTAGE = 5  # more than 1 + Scrapy's RETRY_TIMES (3) in baogao's settings
KINDS = ("burst", "outage", "timeout", "slow", "reset", "truncated", "gbk-header",
         "gb2312-meta", "gbk-bare", "soft404", "redirect-loop", "offsite", "oversized")
# Kinds after which the page can be fetched and archived (in this run or the next).
RECOVERABLE = {"burst", "outage", "timeout", "slow", "reset", "truncated",
               "gbk-header", "gb2312-meta", "gbk-bare"}
_META_CHARSET = re.compile(rb'<meta[^>]*charset=["\']?[\w-]+["\']?[^>]*>', re.I)


class Faults:
    """A seeded fault plan, applied by the replica server to each answer."""

    def __init__(self, seed: int = 0, rate: float = 0.3, kinds: tuple[str, ...] = KINDS, *,
                 timeout_s: float = 3.0, slow_s: float = 0.3, oversize_bytes: int = 3_000_000,
                 robots_disallow: tuple[str, ...] = ("/baogao/xibei/",), etags: bool = False,
                 offsite_url: str = "http://www.example.invalid/"):
        unknown = set(kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown fault kinds: {sorted(unknown)}")
        self.seed = seed
        self.rate = rate
        self.kinds = tuple(kinds)
        self.timeout_s = timeout_s
        self.slow_s = slow_s
        self.oversize_bytes = oversize_bytes
        self.robots_disallow = robots_disallow
        self.etags = etags
        self.offsite_url = offsite_url
        self.other_site_url: str | None = None
        self.plan: dict[tuple[str, str], str] = {}
        self.attempts: Counter[tuple[str, str]] = Counter()
        self._lock = threading.Lock()

    # ---- the plan

    def bind(self, site_a: SiteA, other_site_url: str | None = None) -> "Faults":
        """Deal fault kinds to site A's pages (called by `replica.server.start`)."""
        rng = random.Random(self.seed)
        # Pages holding a report's text: a page that only links its report as an
        # attached file has none to check (and the plan stays the one it was).
        addresses = (site_a.address(report) for report in site_a.by_id.values()
                     if report.status == 200 and not report.attachment)
        first_pages = sorted(a for a in addresses if not self._disallowed(a))
        rng.shuffle(first_pages)
        for n, path in enumerate(first_pages):
            if n < len(self.kinds):
                self.plan[("a", path)] = self.kinds[n]
            elif self.kinds and rng.random() < self.rate:
                self.plan[("a", path)] = rng.choice(self.kinds)
        listings = sorted(url for slug in site_a.region_ids for url in site_a.listing_urls(slug)
                          if not self._disallowed(url))
        if listings and "burst" in self.kinds:
            self.plan[("a", rng.choice(listings))] = "burst"
        self.other_site_url = other_site_url
        return self

    def kind_of(self, path: str, label: str = "a") -> str | None:
        """The fault a path gets, if any."""
        return self.plan.get((label, path))

    def paths(self, kinds: set[str] | None = None, label: str = "a") -> list[str]:
        """Paths given one of `kinds` (any fault by default), sorted."""
        return sorted(p for (lab, p), k in self.plan.items()
                      if lab == label and (kinds is None or k in kinds))

    def _disallowed(self, path: str) -> bool:
        return any(path.startswith(prefix) for prefix in self.robots_disallow)

    # ---- serving

    def apply(self, handler, label: str, target: str, response: Response) -> Response | None:
        """The answer to send instead of `response`; None when the fault already hung up."""
        path = page_of(target)
        if path == "/robots.txt" and label == "a":
            extra = "".join(f"Disallow: {prefix}\n" for prefix in self.robots_disallow)
            return response._replace(body=response.body + extra.encode())
        kind = self.plan.get((label, path))
        with self._lock:
            self.attempts[(label, path)] += 1
            attempt = self.attempts[(label, path)]
        if kind is not None:
            response = self._fault(kind, attempt, handler, label, target, response)
            if response is None:
                return None
        if self.etags and response.status == 200:
            return self._validated(handler, response)
        return response

    def _fault(self, kind, attempt, handler, label, target, response) -> Response | None:
        if kind == "burst" and attempt <= 2 or kind == "outage" and attempt <= OUTAGE:
            return Response(503, {"Content-Type": "text/html; charset=utf-8", "Retry-After": "1"},
                            b"<html><title>503 Service Unavailable</title></html>")
        if kind == "timeout" and attempt == 1 or kind == "slow":
            time.sleep(self.timeout_s if kind == "timeout" else self.slow_s)
        if kind == "reset" and attempt <= 2:  # HTTP clients silently retry one reset themselves
            reset(handler)
            return None
        if kind == "truncated" and attempt == 1:
            truncate(handler, response)
            return None
        if kind in ("gbk-header", "gb2312-meta", "gbk-bare"):
            return reencode(response, kind)
        if kind == "soft404":
            site = handler.server.site
            return site.not_found()._replace(status=200)
        if kind == "redirect-loop":
            there = page_of(target)
            if there == target:
                there += ("&" if "?" in there else "?") + "from=loop"
            return Response(302, {"Location": there, "Content-Type": "text/html"}, b"")
        if kind == "offsite":
            elsewhere = self.offsite_url if attempt % 2 else (self.other_site_url or self.offsite_url)
            return Response(301, {"Location": elsewhere.rstrip("/") + target, "Content-Type": "text/html"}, b"")
        if kind == "oversized":
            padding = b"<!-- " + b"x" * self.oversize_bytes + b" -->"
            return response._replace(body=response.body.replace(b"</body>", padding + b"</body>", 1))
        return response

    @staticmethod
    def _validated(handler, response: Response) -> Response:
        """Add an ETag; answer 304 when the client already has these bytes."""
        etag = '"' + hashlib.sha1(response.body).hexdigest()[:16] + '"'
        headers = {**response.headers, "ETag": etag}
        if handler.headers.get("If-None-Match") == etag:
            return Response(304, {"ETag": etag}, b"")
        return response._replace(headers=headers)


def page_of(target: str) -> str:
    """The page a request target names, as the fault plan keys it: its path,
    and the query when it names the page (the dynamic build's `show.asp?id=1320`),
    without the `from` tag a listing or a redirect loop adds."""
    path, _, query = target.partition("?")
    kept = "&".join(p for p in query.split("&") if p and not p.startswith("from="))
    return f"{path}?{kept}" if kept else path


def reencode(response: Response, kind: str) -> Response:
    """A UTF-8 page as GBK/GB2312, declared in the header, the <meta> only, or nowhere."""
    text = response.body.decode("utf-8", errors="ignore") if b"charset=utf-8" in response.body \
        else response.body.decode("gb18030", errors="replace")
    charset = "gb2312" if kind == "gb2312-meta" else "gbk"
    body = text.encode(charset, errors="xmlcharrefreplace")
    if kind == "gbk-bare":
        body = _META_CHARSET.sub(b"", body)
        content_type = "text/html"
    else:
        body = _META_CHARSET.sub(f'<meta charset="{charset}">'.encode(), body, count=1)
        content_type = "text/html; charset=gbk" if kind == "gbk-header" else "text/html"
    return response._replace(headers={**response.headers, "Content-Type": content_type}, body=body)


def reset(handler) -> None:
    """Hang up with a TCP RST, as an overloaded server or middlebox does."""
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.close_connection = True
    handler.connection.close()


def truncate(handler, response: Response) -> None:
    """Declare the whole body, send half, and close: a connection dropped mid-page."""
    handler.send_response(response.status)
    for name, value in response.headers.items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(response.body)))
    handler.end_headers()
    handler.wfile.write(response.body[: len(response.body) // 2])
    handler.wfile.flush()
    handler.close_connection = True
