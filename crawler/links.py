"""Reading a page's links the way a person reads a report site.

The rules look at what links say and how report addresses are shaped, not
at one site's markup: any site that renders like the seeds is read right.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from scrapy.http import Response
from scrapy.utils.response import get_base_url

# `1320.html`, `1320_2.html`, `t20220120_4512.shtml`, `content_123.htm`
DOCUMENT_PAGE = re.compile(r"^(?P<stem>.*?\d+)(?:_(?P<part>\d{1,3}))?\.s?html?$", re.I)
# `list_2.html`, `index_3.html`, `page_4.html`, DedeCMS's `list_12_3.html`: listing pages, not documents.
LISTING_NAME = re.compile(r"^(?:list|index|page|default|more)(?:[_-]?\d+)*\.s?html?$", re.I)
NEXT_TEXTS = {"下一页", "下页", "后页", "下一頁", "下頁", ">", "»", "›", ">>", "next"}
PAGER_TEXTS = NEXT_TEXTS | {"上一页", "上页", "前页", "首页", "尾页", "末页", "<", "«", "‹", "<<"}
# `[2]`, `第2页`, `2页`: a page number however it is dressed.
PAGE_NUMBER = re.compile(r"^(?:第\s*)?\d{1,4}(?:\s*页)?$")
# What pagers put around their words: `[下一页]`, `下一页>>`, `« 上一页`, `【尾页】`.
PAGER_DRESS = "[]【】()（）<>«»‹›〈〉《》 \u3000\xa0"
# A listing page's address: `list_2.html`, `index_3.html` (TRS WCM), `/page/2/`,
# or a page number in the query (`?page=2`, `&pageNo=2`, `?pn=2`, `?curPage=2`).
LISTING_PAGE = re.compile(
    r"(?:[/_-](?:list|index|page)(?:[_/-]?\d+)+(?:\.s?html?)?/?$)"
    r"|(?:[?&](?:page|p|pn|pageno|pagenum|pageindex|curpage|currentpage|page_no|page_num)=\d+)", re.I)


@dataclass(frozen=True)
class Link:
    url: str
    text: str


BASE_TAG = re.compile(rb"<base[\s>]", re.I)


def base_of(response: Response) -> str:
    """Where the page's relative links start: its `<base href>`, else its own URL.
    Scrapy reads the base from the decoded page's first 4096 characters, so
    a page with no `<base` in its first bytes is not decoded for it."""
    if not BASE_TAG.search(response.body, 0, 16384):
        return response.url
    return get_base_url(response)


def links(response: Response) -> list[Link]:
    """Every http(s) link on the page, absolute, with what it says.

    Image-map areas count as links: old sites draw their whole menu as one
    picture whose `<area>`s are the only way to the sections. An area says
    what its `alt` says, as a picture link's text is its image's `alt`.
    Relative links start from the page's `<base href>` when it has one.
    """
    found = []
    base = base_of(response)
    for anchor in response.css("a[href], area[href]"):
        href = (anchor.attrib.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "#", "tel:")):
            continue
        url = urljoin(base, href).split("#", 1)[0]
        if urlsplit(url).scheme not in ("http", "https"):
            continue
        found.append(Link(url, link_text(anchor)))
    return found


def link_text(anchor) -> str:
    """The visible text of a link; for a picture link or a map area, the `alt` of what it shows."""
    text = " ".join("".join(anchor.css("::text").getall()).split())
    if not text:
        alts = [anchor.attrib.get("alt") or "", *anchor.css("img::attr(alt)").getall()]
        text = " ".join(" ".join(alts).split())
    return text


HREF = re.compile(rb"""href\s*=\s*["']?([^"'\s>]+)""", re.I)


def next_part(response: Response) -> str | None:
    """The next part of the document on this page (`<id>_N+1.html`), if the page links to it.

    Reads addresses straight from the bytes: a long report page holds a few
    links in a lot of text, and parsing all of it for them would cost as much
    as the rest of the crawl.
    """
    here = document_page(response.url)
    if here is None:
        return None
    stem, part = here
    wanted = f"{stem.rsplit('/', 1)[-1]}_{part + 1}.".encode()
    if wanted not in response.body:  # most pages are a report's last part: no regex pass
        return None
    base = base_of(response)
    candidates = [
        Link(urljoin(base, href.decode("latin-1")).split("#", 1)[0], "")
        for href in HREF.findall(response.body) if wanted in href
    ]
    following = continuation_of(response.url, candidates)
    return following and document_address(following)


def report_page_leads(response: Response) -> tuple[list[str], list[str]]:
    """(listings, reports) a report page leads to besides its own parts.

    A site whose home page shows only its latest reports is reached through
    its report pages: their breadcrumb (当前位置), 返回列表 and related-report
    lists. Kept to what the report's place in the site bounds:

    - listings: the report's section, that is the deepest of its ancestor
      folders the page links to (`/zwgk/gzbg/` above
      `/zwgk/gzbg/202201/t…shtml`, not `/zwgk/` nor the root), and
      listing-named pages in it (`index.html`, `list_2.html`): where the
      breadcrumb's last step and 返回列表 lead;
    - reports: first pages of other documents in the page's own folder
      (related reports, 上一篇/下一篇), which that folder's listing holds too.

    Reads addresses from the bytes, as `next_part` does, so a long page is
    not parsed for them; a link's text is not needed by either rule.
    """
    folder = urlsplit(response.url).path.rsplit("/", 1)[0] + "/"
    own = document_page(response.url)
    listings: dict[str, str] = {}
    reports: dict[str, None] = {}
    for url, path, listing_name in _leading_addresses(response):
        directory, name = path.rsplit("/", 1)
        directory += "/"
        if listing_name:
            if directory != "/" and folder.startswith(directory):
                listings[url] = directory
            continue
        page = document_page(url)
        if page and page[1] == 1 and (own is None or page[0] != own[0]) and directory == folder:
            reports[document_address(url)] = None
    section = max(listings.values(), key=len, default=None)
    return [url for url, directory in listings.items() if directory == section], list(reports)


def _leading_addresses(response: Response):
    """(url, path, listing-named?) of the page's on-site links to a folder, a
    listing-named page or a document-shaped page, read from its bytes.

    Judged by the last name first: most of a page's links (pictures,
    styles, scripts, other pages) go no further, and joining addresses costs.
    """
    site = site_of(response.url)
    base = base_of(response)
    origin = urlunsplit(urlsplit(base)[:2] + ("", "", ""))
    origin_on_site = site_of(base) == site
    for href in dict.fromkeys(hrefs_of(response.body)):
        href = (html.unescape(href) if "&" in href else href).split("#", 1)[0]
        name = href.split("?", 1)[0].rsplit("/", 1)[-1]
        listing_name = not name or bool(LISTING_NAME.match(name))
        if not listing_name and not DOCUMENT_PAGE.match(name):
            continue
        if href.startswith("/") and not href.startswith("//") and "/." not in href:
            if origin_on_site:  # a path on the base's own site: nothing to join or check
                yield origin + href, href.split("?", 1)[0], listing_name
            continue
        url = urljoin(base, href)
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and site_of(url) == site:
            yield url, parts.path, listing_name


HREF_LOWER = re.compile(rb"""href\s*=\s*["']?([^"'\s>]+)""")


def hrefs_of(body: bytes) -> list[str]:
    """Every `href` value in the page's bytes, as written. Found in a lower-cased
    copy, which a regex scans several times faster than it scans for any case."""
    return [body[m.start(1):m.end(1)].decode("latin-1") for m in HREF_LOWER.finditer(body.lower())]


# A document's own number, long enough to be an id (`1320`, `t20220120_4512345`).
_DOCUMENT_ID = re.compile(r"\d{3,}$")


def document_address(url: str) -> str:
    """A document page's address without its query string when its name
    carries the document's id (`1320.html?from=list`): a static page is
    named by its path, and the query a listing adds (`?from=list`,
    `?spm=…`) would fetch one report under two addresses. A name with no
    such id (`news2.html?id=5`) may be a script reading the query: kept."""
    page = document_page(url)
    parts = urlsplit(url)
    if page is None or not parts.query or not _DOCUMENT_ID.search(page[0]):
        return url
    return urlunsplit(parts._replace(query="", fragment=""))


def document_key(url: str) -> tuple:
    """What one document's addresses share: its site and its path in any
    case. Sites on Windows servers (many government ones) link `1320.HTML`
    and `1320.html` alike, and no site names two reports apart by case."""
    return (*site_of(url), urlsplit(document_address(url)).path.lower())


DEFAULT_PORTS = {"http": 80, "https": 443}


def site_of(url: str) -> tuple[str, int | None]:
    """Which site a URL is on: its host without `www.`, and its port unless
    that is the scheme's default. `http://x/`, `https://x/` and
    `http://www.x:80/` are one site (sites link and redirect between those
    forms); another port is another site (as two sites on one host are)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    try:
        port = parts.port
    except ValueError:  # a malformed port: judged as written
        return host, -1
    return host, None if port == DEFAULT_PORTS.get(parts.scheme) else port


def same_site(url: str, base: str) -> bool:
    """True when `url` is on the same site as `base` (see `site_of`)."""
    return site_of(url) == site_of(base)


def document_page(url: str) -> tuple[str, int] | None:
    """(stem, part) when `url` looks like a document page, else None."""
    name = urlsplit(url).path.rsplit("/", 1)[-1]
    if LISTING_NAME.match(name):
        return None
    match = DOCUMENT_PAGE.match(name)
    if not match:
        return None
    return match.group("stem"), int(match.group("part") or 1)


def pager_word(text: str) -> str:
    """A link's text as a pager word: lower case, its brackets and arrows taken
    off, unless they are all it says (`>>` is a word of its own)."""
    text = text.strip().lower()
    return text.strip(PAGER_DRESS) or text


def says_pager(link: Link) -> bool:
    """A link whose text is a pager's: 下一页, 上一页, 尾页, a page number."""
    word = pager_word(link.text)
    return word in PAGER_TEXTS or bool(PAGE_NUMBER.match(word))


_LAST_NUMBER = re.compile(r"(\d+)\D*$")


def pager_to_numbered_page(link: Link) -> bool:
    """A pager link to a page whose address is shaped like a document's
    (`2.html`): it says 下一页, 尾页 …, or the page number it says is the
    last number of its address. A bare number alone is not enough: a table
    of reports may number its rows."""
    word = pager_word(link.text)
    if word in PAGER_TEXTS:
        return True
    if not PAGE_NUMBER.match(word):
        return False
    last = _LAST_NUMBER.search(urlsplit(link.url).path)
    return bool(last) and int(last.group(1)) == int(re.sub(r"\D", "", word))


def is_pager(link: Link) -> bool:
    """A pagination link: one that says so, or one to a list_N address."""
    return says_pager(link) or bool(LISTING_PAGE.search(link.url))


def is_next(link: Link) -> bool:
    """A 'next page' link."""
    return pager_word(link.text) in NEXT_TEXTS


def continuation_of(url: str, candidates: list[Link]) -> str | None:
    """The next part of the document at `url` (`<id>_N+1.html`), if the page links to it."""
    here = document_page(url)
    if here is None:
        return None
    stem, part = here
    directory = _folder(url)
    for link in candidates:
        there = document_page(link.url)
        if there == (stem, part + 1) and _folder(link.url) == directory and same_site(link.url, url):
            return link.url
    return None


def _folder(url: str) -> str:
    """The folder part of a URL's path: `/baogao/huabei` for `…/baogao/huabei/3181.html`."""
    return urlsplit(url).path.rsplit("/", 1)[0]
