"""Reading a page's links the way a person reads a report site.

The rules look at what links say and how report addresses are shaped
(`crawler.addresses`), not at one site's markup: any site that renders like
the seeds is read right.
"""
from __future__ import annotations

import html
import re
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from scrapy.http import Response
from scrapy.utils.response import get_base_url

# The address rules, also offered from here: the spiders read a page's links through this module.
from crawler.addresses import (DOCUMENT_PAGE, LISTING_NAME, LISTING_PAGE, STATIC, DocumentPage,  # noqa: F401
                               document_address, document_key, document_page, document_parts,
                               is_listing_address, page_of_address, same_site, site_of,
                               static_page, without_tracking)

NEXT_TEXTS = {"下一页", "下页", "后页", "下一頁", "下頁", ">", "»", "›", ">>", "next"}
PAGER_TEXTS = NEXT_TEXTS | {"上一页", "上页", "前页", "首页", "尾页", "末页", "<", "«", "‹", "<<"}
# `[2]`, `第2页`, `2页`: a page number however it is dressed.
PAGE_NUMBER = re.compile(r"^(?:第\s*)?\d{1,4}(?:\s*页)?$")
# What pagers put around their words: `[下一页]`, `下一页>>`, `« 上一页`, `【尾页】`.
PAGER_DRESS = "[]【】()（）<>«»‹›〈〉《》 \u3000\xa0"


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
    A script's link counts too (`href="javascript:openWin('…')"`, a row
    with `onclick="window.open('…')"`: see `script_links`).
    """
    found = []
    base = base_of(response)
    for anchor in response.css("a[href], area[href]"):
        href = (anchor.attrib.get("href") or "").strip()
        if href[:11].lower() == "javascript:":
            found += script_links(anchor, href, base)
            continue
        if not href or href.startswith(("mailto:", "#", "tel:")):
            continue
        url = urljoin(base, href).split("#", 1)[0]
        if urlsplit(url).scheme not in ("http", "https"):
            continue
        found.append(Link(url, link_text(anchor)))
    if b"onclick" in response.body.lower():
        for element in response.css("[onclick]"):
            found += script_links(element, element.attrib["onclick"], base)
    return found


_WORD = re.compile(r"\w")


def link_text(anchor) -> str:
    """What a link says: its visible text; when that is no word at all (an
    icon, an arrow: `<a aria-label="下一页"><svg>…</svg></a>`, `→`), the name
    it gives a screen reader or a tooltip (`aria-label`, `title`); for a
    picture link or a map area, the `alt` of what it shows."""
    text = _card_title(anchor) or " ".join("".join(anchor.css("::text").getall()).split())
    if not _WORD.search(text):
        named = " ".join((anchor.attrib.get("aria-label") or anchor.attrib.get("title") or "").split())
        if _WORD.search(named):
            return named
    if not text:
        alts = [anchor.attrib.get("alt") or "", *anchor.css("img::attr(alt)").getall()]
        text = " ".join(" ".join(alts).split())
    return text


_BLOCKS = "self::div or self::p or self::li or self::dd or self::dt or self::section or self::header or self::footer"
# The innermost blocks inside a link (a card: its title's block, its source
# and date's block, its summary's), the headings among them first.
_LEAF_BLOCKS = f".//*[({_BLOCKS} or self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6)]" \
    f"[not(.//*[{_BLOCKS} or self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6])]"


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _card_title(anchor) -> str | None:
    """The title of a link drawn as a card, whose blocks the page shows apart
    (a title over `博县网 · 2025-07-02`, a thumbnail's caption, a summary):
    its heading, else its longest block (in Chinese) that is no sentence; glued together
    they would read as one title with its source and date on the end.
    None for a link of one block or none (most links)."""
    if not anchor.xpath(".//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6 "
                        f"or {_BLOCKS}]"):
        return None
    pieces = []
    for block in anchor.xpath(_LEAF_BLOCKS):
        text = " ".join("".join(block.css("::text").getall()).split())
        if _WORD.search(text):
            pieces.append((block.root.tag in {"h1", "h2", "h3", "h4", "h5", "h6"}, text))
    headings = [text for heading, text in pieces if heading]
    if headings:
        return headings[0]
    if len(pieces) < 2:
        return None
    unsentenced = [text for _, text in pieces if not text.endswith(("。", "！", "？", "…", "..."))]
    # Longest in Chinese characters: a source and date line is mostly figures.
    return max(unsentenced, key=lambda text: len(_HAN.findall(text))) if unsentenced else None


HREF = re.compile(rb"""href\s*=\s*["']?([^"'\s>]+)""", re.I)
# A page number in some address's query (`?page=2`, `&amp;p=3`): a static
# report page may name its next part so (`1320.html?page=2`, or just `?page=2`).
QUERY_PAGE = re.compile(rb"[?&;](?:page|p|pn|pg|pageno|pagenum|pageindex|curpage|currentpage|page_no|page_num)=\d",
                        re.I)


# After a static document's stem, how its later parts' names go on:
# `1320_2.html`, `1320-2.html`, `1320_p2.html`, `1320-p2.html`, `1320.html/2`.
_PART_AFTER_STEM = re.compile(rb"(?:[_-]p?|\.[a-z]{3,5}/)(\d{1,3})(?!\d)", re.I)


def _names_a_later_part(data: bytes, stem: bytes, here: DocumentPage) -> bool:
    """Whether `stem` stands somewhere in `data` as the name of a part after
    the page `here` begins (a last part's links to the earlier ones do not
    count; after an unnumbered first page, `_1` is a later part: see
    `DocumentPage.numbered_one`)."""
    position = data.find(stem)
    while position >= 0:
        after = _PART_AFTER_STEM.match(data, position + len(stem))
        number = int(after.group(1)) if after else 0
        if after and (number + 0.5 if number == 1 else number) > here.order:
            return True
        position = data.find(stem, position + 1)
    return False


def next_part(response: Response) -> str | None:
    """The next part of the document on this page, if the page links to it:
    the same document's page numbered next (`<id>_N+1.html`, `<id>-N+1.html`,
    `<id>_pN+1.html`, `<id>.html?page=N+1`, `&pn=N+1`, `/1320/2` …, see
    `crawler.addresses` and `continuation_of`); for a report that is a
    folder's index page, its `index_N.html` a pager link names (see
    `index_continuation`).

    Reads addresses straight from the bytes: a long report page holds a few
    links in a lot of text, and parsing all of it for them would cost as much
    as the rest of the crawl.
    """
    here = page_of_address(response.url)
    name = urlsplit(response.url).path.rsplit("/", 1)[-1]
    if _INDEX_NAME.match(name) or not (name or document_parts(response.url)):
        following = index_continuation(response)
        if following:
            return following
    if "?" not in here.stem and static_page(name):  # a static name: its next part's is known
        stem = here.stem.encode()
        if _names_a_later_part(response.body, stem, here):
            hrefs = [href.decode("latin-1") for href in HREF.findall(response.body)
                     if stem in href and _names_a_later_part(href, stem, here)]
        elif QUERY_PAGE.search(response.body):  # parts numbered by query (`1320.html?page=2`)
            hrefs = hrefs_of(response.body)
        else:  # most pages are a report's last part: no pass over all their links
            return None
    else:
        hrefs = hrefs_of(response.body)
    base = base_of(response)
    candidates = [Link(urljoin(base, html.unescape(href) if "&" in href else href).split("#", 1)[0], "")
                  for href in hrefs]
    following = continuation_of(response.url, candidates)
    if following and page_of_address(following).numbered_one:
        # `_1` is the second page on TRS sites but the first on some others
        # (linked as 上一页 or 1 from the unnumbered page): the pager's 下一页 tells.
        said = continuation_of(response.url, [Link(urljoin(base, html.unescape(href.decode("latin-1"))), "")
                                              for href in _NEXT_PAGE_LINK.findall(response.body)])
        following = said or following
    return following and document_address(following)


# A pager's link to the next page, found in the bytes in either encoding a
# government page has (UTF-8 or GBK): <a href="…">下一页</a>.
_NEXT_WORDS = ("下一页", "下页", "下一頁", "后一页")
_NEXT_PAGE_LINK = re.compile(
    rb"""<a\s[^>]*?href\s*=\s*["']?([^"'\s>]+)[^>]*>\s*(?:<[^>]{0,80}>\s*)*(?:"""
    + b"|".join(re.escape(word.encode(encoding)) for word in _NEXT_WORDS for encoding in ("utf-8", "gbk"))
    + rb")", re.I)


# `index.html`, `index_1.html`: a folder's page and its later pages.
_INDEX_NAME = re.compile(rf"^index(?:_(?P<number>\d{{1,3}}))?{STATIC}$", re.I)


def index_continuation(response: Response) -> str | None:
    """The next part of a report that is a folder's index page (`…/c1234/`,
    `…/c1234/index.html`), whose parts are `index_1.html` (TRS numbers the
    second part so), `index_2.html` …: a link in the same folder to the
    lowest-numbered later index page, and only one saying so (下一页, », its
    page number, an aria-label): those names are a listing's pages as often,
    and a listing's own pages are read as a listing, not as parts."""
    path = urlsplit(response.url).path
    folder, name = path.rsplit("/", 1)
    own = _INDEX_NAME.match(name) if name else None
    if name and not own:
        return None
    current = int(own["number"]) if own and own["number"] else 0
    if b"index_" not in response.body:
        return None
    best: tuple[int, str] | None = None
    for link in links(response):
        parts = urlsplit(link.url)
        linked_folder, linked_name = parts.path.rsplit("/", 1)
        index = _INDEX_NAME.match(linked_name)
        if (not index or not index["number"] or linked_folder != folder or parts.query
                or not same_site(link.url, response.url)):
            continue
        number = int(index["number"])
        if number > current and (best is None or number < best[0]) and says_next_part(link, number):
            best = (number, link.url)
    return best and best[1]


def says_next_part(link: Link, number: int) -> bool:
    """A link that reads as a pager's way to a later part: 下一页, », or a
    page number that is its address's (`index_2.html`, 2 or 3: whether the
    first later page is numbered 1 or 2 depends on the CMS)."""
    word = pager_word(link.text)
    if word in NEXT_TEXTS:
        return True
    return bool(PAGE_NUMBER.match(word)) and int(re.sub(r"\D", "", word)) in (number, number + 1)


def report_page_leads(response: Response) -> tuple[list[str], list[str]]:
    """(listings, reports) a report page leads to besides its own parts.

    A site whose home page shows only its latest reports is reached through
    its report pages: their breadcrumb (当前位置), 返回列表 and related-report
    lists. Kept to what the report's place in the site bounds:

    - listings: the report's section, that is the deepest of its ancestor
      folders the page links to (`/zwgk/gzbg/` above
      `/zwgk/gzbg/202201/t…shtml`, not `/zwgk/` nor the root), and
      listing-named pages in it (`index.html`, `list_2.html`): where the
      breadcrumb's last step and 返回列表 lead; for a report that is its
      folder's index page, not that folder (its index pages are its parts);
    - reports: first pages of other documents in the page's own folder
      (related reports, 上一篇/下一篇), which that folder's listing holds too.

    Reads addresses from the bytes, as `next_part` does, so a long page is
    not parsed for them; a link's text is not needed by either rule.
    """
    folder, name = urlsplit(response.url).path.rsplit("/", 1)
    folder += "/"
    own = page_of_address(response.url)
    # A report that is its folder's index page: that folder's other index pages are its parts.
    own_folder_is_report = bool(_INDEX_NAME.match(name)) or not (name or document_parts(response.url))
    listings: dict[str, str] = {}
    reports: dict[str, None] = {}
    for url, path, page in _leading_addresses(response):
        if page is None:  # a folder or a listing-named page
            directory = path.rsplit("/", 1)[0] + "/"
            if directory != "/" and folder.startswith(directory) and not (
                    own_folder_is_report and directory == folder):
                listings[url] = directory
            continue
        if page.part == 1 and page.stem != own.stem and page.folder == own.folder:
            reports[document_address(url)] = None
    section = max(listings.values(), key=len, default=None)
    return [url for url, directory in listings.items() if directory == section], list(reports)


def _leading_addresses(response: Response):
    """(url, path, document page or None) of the page's on-site links to a
    document-shaped page, a folder or a listing-named page, read from its bytes.

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
        if not listing_name and not DOCUMENT_PAGE.match(name) and "=" not in href and not name.isdigit():
            continue
        if href.startswith("/") and not href.startswith("//") and "/." not in href:
            if origin_on_site:  # a path on the base's own site: nothing to join or check
                url = origin + href
                yield from _leading(url, href.split("?", 1)[0], listing_name)
            continue
        url = urljoin(base, href)
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and site_of(url) == site:
            yield from _leading(url, parts.path, listing_name)


def _leading(url: str, path: str, listing_name: bool):
    """(url, path, its document page) when it is a document's; (url, path,
    None) for a folder or a listing-named page; nothing for anything else."""
    page = document_parts(url)
    if page or listing_name:
        yield url, path, page


HREF_LOWER = re.compile(rb"""href\s*=\s*["']?([^"'\s>]+)""")


def hrefs_of(body: bytes) -> list[str]:
    """Every `href` value in the page's bytes, as written. Found in a lower-cased
    copy, which a regex scans several times faster than it scans for any case."""
    return [body[m.start(1):m.end(1)].decode("latin-1") for m in HREF_LOWER.finditer(body.lower())]


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
    """The next part of the document at `url`, if the page links to it: the
    same document's page (same folder, same stem) with the lowest part
    number greater than its own (`<id>_N+1.html`, `&page=N+1`; a pager that
    skips a number still leads on). Another document's page, whatever its
    number, and a listing's next page (another name) are not its parts."""
    here = page_of_address(url)
    best: tuple[int, str] | None = None
    for link in candidates:
        page = page_of_address(link.url)
        if (page.order > here.order and page.same_document(here)
                and (best is None or page.order < best[0]) and same_site(link.url, url)):
            best = (page.order, link.url)
    return best and best[1]


# A title's length in Chinese characters, at the least: `（湖北省）襄阳市…报告`
# is a title, `华北`, `关于本站` or `更多>>` is a menu's or a pager's word.
TITLE_CHARS = 6
_CJK = re.compile(r"[\u3400-\u9fff]")
_DIGITS = re.compile(r"\d+")


def reads_like_title(text: str) -> bool:
    """A link text that reads like a document's title, not a menu's or a pager's word."""
    return len(_CJK.findall(text)) >= TITLE_CHARS and not says_pager(Link("", text))


def listed_documents(found: list[Link]) -> set[str]:
    """Addresses of a listing's entries known by how the listing writes them,
    whatever their shape: links whose texts read like titles and whose
    addresses differ from another such link's only by a number
    (`detail?key=1320`, `detail?key=1319`), as a listing's rows do. An
    address shaped like a listing page's or a pager's is not an entry."""
    rows: dict[str, set[str]] = defaultdict(set)
    for link in found:
        if reads_like_title(link.text) and not is_pager(link) and not is_listing_address(link.url):
            address = without_tracking(link.url)
            rows[_DIGITS.sub("#", address)].add(address)
    return {address for shape in rows.values() if len(shape) > 1 for address in shape}


# --- attachments ---------------------------------------------------------------------------------
# Files a government site attaches a report as (PDF, Word, WPS, OFD, RTF):
# the same file types cleaning names in `attachment-only: <address>`.
ATTACHED_FILE = re.compile(r"\.(?:pdf|docx?|wps|ofd|rtf)$", re.I)
_ATTACHMENT_HREF = re.compile(rb"""\.(?:pdf|docx?|wps|ofd|rtf)(?:[?#][^"'\s>]*)?["'\s>]""", re.I)
NAMES_A_REPORT = re.compile("工作报告")
# A report page attaches its report once, maybe in two formats and a print
# version: more files than this on one page are a download list, not its report.
MAX_ATTACHMENTS = 3


def report_attachments(response: Response) -> list[str]:
    """Addresses of the files a report page attaches its report as: links to a
    PDF, Word, WPS, OFD or RTF file whose text, or the page's title, names a
    work report (`附件：2024年政府工作报告.pdf`), as cleaning judges
    `attachment-only` pages. Most report pages attach nothing: their bytes
    are looked at for a file address before the page is parsed."""
    if not _ATTACHMENT_HREF.search(response.body):
        return []
    page_says_report = bool(NAMES_A_REPORT.search(" ".join(response.css("title::text").getall())))
    found = [link.url for link in links(response)
             if ATTACHED_FILE.search(urlsplit(link.url).path)
             and (page_says_report or NAMES_A_REPORT.search(link.text))]
    return list(dict.fromkeys(found))[:MAX_ATTACHMENTS]


# --- pages a page hands the reader on to -------------------------------------------------------
# Redirect pages, frames and links written in scripts: how old and CMS-built
# sites reach their pages without an `<a href>` to them.

# `location.href = "…"`, `window.location = '…'`, `top.location.replace("…")`, `location.assign('…')`.
SCRIPT_REDIRECT = re.compile(
    r"""\blocation\s*(?:\.\s*href\s*)?=\s*(["'])(?P<set>[^"'\s]+)\1"""
    r"""|\blocation\s*\.\s*(?:replace|assign)\s*\(\s*(["'])(?P<call>[^"'\s]+)\3\s*\)""")
SCRIPT_REDIRECT_BYTES = re.compile(SCRIPT_REDIRECT.pattern.encode())
# `0; url=/col/col1/index.html`, `0;URL='/x.html'`, `3 ; url = index.htm`.
REFRESH_URL = re.compile(r"""^\s*[\d.]*\s*[;,]?\s*url\s*=\s*["']?\s*([^"'\s]+)""", re.I)
# A page whose visible text is shorter than this says nothing but where it sends the reader.
REDIRECT_PAGE_CHARS = 300
# A report page holding fewer Chinese characters than this shows its text elsewhere (a frame).
FRAMED_PAGE_CJK = 1500
# At most this many frames or redirect targets of one page are followed.
MAX_ONWARD = 6


def visible_text(response: Response) -> str:
    """The page's text outside scripts, styles and frames' fallback."""
    return "".join(response.xpath(
        "//body//text()[not(ancestor::script or ancestor::style or ancestor::noframes)]").getall())


def redirect_targets(response: Response) -> list[str]:
    """Where a page that is only a redirect sends the reader: a
    `<meta http-equiv="refresh">` with a URL (any case, quotes, spacing) or,
    on a page saying little else, a script setting or replacing `location`.
    Scrapy follows most refresh tags itself; this also reads those it does
    not (`3 ; URL = x.htm`, one inside `<noscript>`)."""
    refresh = b"refresh" in response.body[:65536].lower()
    # Most pages set no location: the page is parsed only when its bytes do.
    scripted = b"location" in response.body and bool(SCRIPT_REDIRECT_BYTES.search(response.body))
    if not refresh and not scripted:
        return []
    base = base_of(response)
    found = []
    for content in response.xpath("//meta[@content]") if refresh else ():
        if (content.attrib.get("http-equiv") or "").strip().lower() == "refresh":
            match = REFRESH_URL.match(content.attrib["content"])
            if match:
                found.append(match.group(1))
    if scripted and len(" ".join(visible_text(response).split())) < REDIRECT_PAGE_CHARS:
        for script in response.xpath("//script/text()").getall():
            found += [m["set"] or m["call"] for m in SCRIPT_REDIRECT.finditer(script)]
    return _onward(base, found)


def frame_sources(response: Response, content_only: bool = False) -> list[str]:
    """Addresses of the page's frames (`<frameset><frame src>`, `<iframe
    src>`) that show something: hidden or one-pixel frames (counters,
    trackers) are left out. With `content_only`, iframes count only when the
    page itself holds little text (an article page showing its text in an
    iframe, not one with a comment box's). Off-site frames (players, maps,
    share widgets) are the spider's to drop, as other off-site links."""
    lowered = response.body.lower()
    if b"<iframe" not in lowered and b"<frame" not in lowered:
        return []
    found = []
    for frame in response.css("frame[src], iframe[src]"):
        size = {(frame.attrib.get(a) or "").strip().lower().removesuffix("px") for a in ("width", "height")}
        style = (frame.attrib.get("style") or "").replace(" ", "").lower()
        if size & {"0", "1"} or "display:none" in style or "visibility:hidden" in style:
            continue
        found.append(frame.attrib["src"])
    if content_only and found and not response.css("frameset"):
        if len(_CJK.findall(visible_text(response))) >= FRAMED_PAGE_CJK:
            return []
    return _onward(base_of(response), found)


def _onward(base: str, hrefs: list[str]) -> list[str]:
    """Absolute http(s) addresses of `hrefs`, once each, at most `MAX_ONWARD`."""
    found: dict[str, None] = {}
    for href in hrefs:
        href = href.strip()
        if not href or href.lower().startswith(("javascript:", "about:", "data:", "#", "mailto:")):
            continue
        url = urljoin(base, href).split("#", 1)[0]
        if urlsplit(url).scheme in ("http", "https"):
            found[url] = None
    return list(found)[:MAX_ONWARD]


# A quoted address in a script attribute: `openWin('/art/2024/1/12/art_1320.html')`.
QUOTED_ADDRESS = re.compile(r"""(["'])([^"'\s<>(){}]+)\1""")
# Names of pages (not pictures or scripts) a server writes: static pages and server scripts.
PAGE_NAME = re.compile(rf"(?:{STATIC}|\.(?:aspx?|php|jsp|do|action|cgi))$", re.I)


def script_links(element, code: str, base: str) -> list[Link]:
    """Links an element's script gives (`href="javascript:openWin('…')"`,
    `onclick="window.open('…')"`, `onclick="location.href='…'"`): each
    quoted address in it shaped like a page, saying the element's text."""
    found = []
    for _, href in QUOTED_ADDRESS.findall(code):
        if href.lower().startswith(("javascript:", "about:", "data:")) or ("/" not in href and "." not in href):
            continue
        url = urljoin(base, html.unescape(href)).split("#", 1)[0]
        if urlsplit(url).scheme in ("http", "https") and page_shaped(url):
            found.append(Link(url, link_text(element)))
    return found


def page_shaped(url: str) -> bool:
    """An address shaped like a page: a document's or a listing's (see
    `crawler.addresses`), a folder, or a static page's or server script's name."""
    path = urlsplit(url).path
    if document_parts(url) or is_listing_address(url):
        return True
    return path.endswith("/") or bool(PAGE_NAME.search(path.rsplit("/", 1)[-1]))
