"""What a page's address says about it: a document (and which part), a
listing, or neither; and which of its forms name one document.

Report sites name documents in three ways, and the rules read each in
general terms, not as one CMS's names:

- a static page named by the document's number: `1320.html`,
  `1320_2.html` (its second part; also `1320_p2.html`, `1320-2.html`,
  `1320.html/2`) or `1320.html?page=2` (a template paging the article by
  query, `?pn=2`, `?p=2`), `t20220120_4512.shtml`;
- a script given the document's id in its query: `show.asp?id=1320`,
  `ShowArticle.asp?ArticleID=1320`, `content.jsp?contentId=1320`,
  `index.php?m=content&c=index&a=show&catid=12&id=1320`, with later
  parts as a page parameter (`&page=2`, `?p=2`);
- an extensionless path ending in the number: `/article/1320`,
  `/a/1320/`, with later parts as `/1320/2` or `/1320_2`.

A script whose name or query says it lists (`list.asp?cat=huabei`,
`NewsList.aspx?id=3`, `…&a=lists&catid=12`) is a listing, whatever ids it
is given; a category parameter (`catid`, `ClassID`, `typeid`) names a
section, not a document. Tracking parameters (`from=list`, `spm=…`,
`utm_*`) name nothing: a document's address and key drop them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit, urlunsplit

# A static page's extension: `.html`, `.htm`, `.shtml`, and JEECMS's `.jhtml`, `.xhtml`.
STATIC = r"\.(?:s?html?|[jx]html)"
# `1320.html`, `1320_2.html`, `t20220120_4512.shtml`, `content_123.htm`, `1320.jhtml`, and
# the other ways CMSs number a document's later parts: `1320_p2.html`, `1320-p2.html`,
# `1320-2.html` (a dash names documents too, `2023-123.html`: as a part only up to 99).
DOCUMENT_PAGE = re.compile(rf"^(?P<stem>.*?\d+)(?:_(?P<part>\d{{1,3}})|[_-]p(?P<p_part>\d{{1,3}})"
                           rf"|-(?P<dash_part>[1-9]\d?))?{STATIC}$", re.I)
# A part as a folder under the document's page: `1320.html/2` (rare, some routers).
SLASH_PART = re.compile(rf"^(?P<folder>.*/)(?P<name>[^/]+{STATIC})/(?P<part>\d{{1,3}})/?$", re.I)
# `list_2.html`, `index_3.html`, `page_4.html`, DedeCMS's `list_12_3.html`: listing pages, not documents.
LISTING_NAME = re.compile(rf"^(?:list|index|page|default|more)(?:[_-]?\d+)*{STATIC}$", re.I)
# A listing page's address: `list_2.html`, `index_3.html` (TRS WCM), `/page/2/`,
# or a page number in the query (`?page=2`, `&pageNo=2`, `?pn=2`, `?curPage=2`).
LISTING_PAGE = re.compile(
    rf"(?:[/_-](?:list|index|page)(?:[_/-]?\d+)+(?:{STATIC})?/?$)"
    r"|(?:[?&](?:page|p|pn|pageno|pagenum|pageindex|curpage|currentpage|page_no|page_num)=\d+)", re.I)
# Query parameters that number the pages of one listing or one document.
PAGE_PARAMETERS = {"page", "p", "pn", "pg", "pageno", "pagenum", "pageindex", "curpage",
                   "currentpage", "page_no", "page_num"}
# Parameters a link carries to say where it was clicked, not what it shows.
TRACKING_PARAMETER = re.compile(r"^(?:from|spm|scm|ref|refer|referer|source|share|utm_\w+|_)$", re.I)
# `id`, `aid`, `ArticleID`, `newsid`, `doc_id`, `contentId`: a parameter naming one item.
ID_PARAMETER = re.compile(r"^(?P<prefix>[a-z]*?)_?id$", re.I)
# …unless what it names is a section: `catid`, `ClassID`, `BigClassID`, `typeid`,
# `columnid`, `nodeid`, DedeCMS's `tid`, `cid`/`pid` (category, parent).
SECTION_WORDS = ("cat", "cate", "category", "class", "type", "sort", "column", "col", "channel",
                 "chan", "node", "lm", "lanmu", "menu", "site", "model", "parent", "special",
                 "topic", "board", "section", "dept", "group", "list", "user")
SECTION_LETTERS = {"t", "c", "p", "f", "u", "s"}
# An id's value: a number, or a token holding one (`8a8a9f7b6c`, `2022-1320`).
ID_VALUE = re.compile(r"^(?=[\w-]*\d)[\w-]{1,64}$")
# Words a listing script's name or query says: `list.asp`, `NewsList.aspx`,
# `ShowClass.asp`, `a=lists`.
LISTING_WORDS = ("list", "lists", "class", "column", "category", "channel", "more")
# The number ending an extensionless document address, then maybe its part:
# `/article/1320`, `/a/1320/`, `/a/1320/2`, `/a/1320_2/`.
PATH_DOCUMENT = re.compile(r"^(?P<folder>.*/)(?P<stem>\d{3,})(?:[_/](?P<part>\d{1,2}))?/?$")
# …but not a date folder (`/2023/`, `/202201/`, `/20220120/`), as TRS and
# most portals file their pages under.
DATE_FOLDER = re.compile(r"^(?:19|20)\d\d(?:0[1-9]|1[0-2])?(?:[0-3]\d)?$")
# A document's own number, long enough to be an id (`1320`, `t20220120_4512345`).
_DOCUMENT_ID = re.compile(r"\d{3,}$")


@dataclass(frozen=True)
class DocumentPage:
    """Where a document page is: the folder its name is in, the name all its
    parts share (`1320`; `show.asp?id=1320`), which part it is, and whether
    only its path's closing number tells it (`/a/1320/`), as a section's
    folder (`/channel/1234/`) may be told too."""

    folder: str
    stem: str
    part: int
    by_number_only: bool = False
    # Numbered `_1` in its name: TRS WCM names a document's second page
    # `t…_1.html` (its third `_2`), where other CMSs start their later parts at `_2`.
    numbered_one: bool = False

    @property
    def order(self) -> float:
        """Where the page stands among its document's pages: a `_1` page
        after the unnumbered first page and before `_2`."""
        return self.part + 0.5 if self.numbered_one else self.part

    def same_document(self, other: "DocumentPage") -> bool:
        """Whether `other` is a page of the same document, whatever the case of
        its address (`Show.asp?ID=1388` and its part `show.asp?id=1388&page=2`:
        see `document_key`)."""
        return (self.folder.lower(), self.stem.lower(), self.by_number_only) == (
            other.folder.lower(), other.stem.lower(), other.by_number_only)


def document_parts(url: str) -> DocumentPage | None:
    """The document page an address names, by its shape (see the module), or None."""
    parts = urlsplit(url)
    slashed = not parts.path.endswith(("html", "htm")) and SLASH_PART.match(parts.path)
    if slashed and not parts.query:
        page = document_parts(urlunsplit(("", "", slashed["folder"] + slashed["name"], "", "")))
        if page and page.part == 1 and not page.by_number_only and "?" not in page.stem:
            return DocumentPage(page.folder, page.stem, int(slashed["part"]) or 1)
    folder, name = _split_path(parts.path)
    static = None if LISTING_NAME.match(name) else static_page(name)
    if static and _DOCUMENT_ID.search(static[0]):
        part = static[1] or _query_page(parts.query)
        return DocumentPage(folder, static[0], part, numbered_one=static[1] == 1)
    if parts.query and not says_listing(url):
        scripted = _scripted_document(folder, name, parts.query)
        if scripted:
            return scripted
    if static:  # a numbered name with no id (`news2.html`): the name is all there is
        return DocumentPage(folder, static[0], static[1] or 1)
    if "." not in name and not LISTING_PAGE.search(parts.path):
        return _path_document(parts.path)
    return None


def static_page(name: str) -> tuple[str, int | None] | None:
    """(stem, part or None) of a static page's name shaped like a document's
    (see `DOCUMENT_PAGE`), or None. A dash after a date (`2023-12.html`,
    `20231215-3.html`) joins a date and a number naming one page, not a part."""
    match = DOCUMENT_PAGE.match(name)
    if not match:
        return None
    stem = match["stem"]
    if match["dash_part"]:
        if DATE_FOLDER.match(_TRAILING_NUMBER.search(stem).group()):
            return name.rsplit(".", 1)[0], None
        return stem, int(match["dash_part"])
    number = match["part"] or match["p_part"]
    return stem, int(number) if number else None


_TRAILING_NUMBER = re.compile(r"\d+$")


def document_page(url: str) -> tuple[str, int] | None:
    """(stem, part) when `url` looks like a document page, else None."""
    page = document_parts(url)
    return page and (page.stem, page.part)


def page_of_address(url: str) -> DocumentPage:
    """The page an address names, read as a document's even when its shape
    says nothing (an entry of a listing known by other signs): a page
    parameter is its part, the rest of the query its name."""
    page = document_parts(url)
    if page:
        return page
    parts = urlsplit(url)
    folder, name = _split_path(parts.path)
    naming, number = _naming_and_page(parts.query)
    return DocumentPage(folder, _with_query(name, naming), number)


def _split_path(path: str) -> tuple[str, str]:
    """(folder with its closing slash, last name) of a path."""
    folder, _, name = (path or "/").rpartition("/")
    return folder + "/", name


def _naming_and_page(query: str) -> tuple[list[tuple[str, str]], int]:
    """A query's parameters that name what is shown (tracking and page ones
    left out, in their order), and the page number it asks for (1 if none).
    A page number has at most three digits: WordPress's `?p=1320` names a post."""
    naming, page = [], 1
    for key, value in parse_qsl(query, keep_blank_values=True):
        if TRACKING_PARAMETER.match(key):
            continue
        if key.lower() in PAGE_PARAMETERS and value.isdigit() and len(value) <= 3:
            page = int(value) or 1
        else:
            naming.append((key, value))
    return naming, page


def _query_page(query: str) -> int:
    """The part a static document page's query asks for (`1320.html?page=2`), 1 if none."""
    return _naming_and_page(query)[1] if query else 1


def _page_pairs(query: str) -> list[str]:
    """The `key=value` pairs of a query that number a page after the first, as written."""
    pairs = [pair.split("=", 1) for pair in query.split("&") if "=" in pair]
    return [f"{key}={value}" for key, value in pairs
            if key.lower() in PAGE_PARAMETERS and value.isdigit() and len(value) <= 3 and int(value) > 1]


def _with_query(name: str, naming: list[tuple[str, str]]) -> str:
    """A name with its naming parameters, in a form that does not depend on
    their order or their names' case (`show.asp?id=1320`)."""
    if not naming:
        return name
    return name + "?" + "&".join(f"{k.lower()}={v}" for k, v in sorted(naming, key=lambda kv: kv[0].lower()))


def _scripted_document(folder: str, name: str, query: str) -> DocumentPage | None:
    """A script given a document's id (`show.asp?id=1320&page=2`), or None."""
    naming, page = _naming_and_page(query)
    if any(is_id_parameter(key) and ID_VALUE.match(value) for key, value in naming):
        return DocumentPage(folder, _with_query(name, naming), page)
    return None


def _path_document(path: str) -> DocumentPage | None:
    """An extensionless address ending in a document's number (`/a/1320/2`), or None."""
    match = PATH_DOCUMENT.match(path)
    if not match or DATE_FOLDER.match(match["stem"]):
        return None
    return DocumentPage(match["folder"], match["stem"], int(match["part"] or 1), by_number_only=True)


def is_id_parameter(key: str) -> bool:
    """A parameter naming one item (`id`, `ArticleID`), not a section (`catid`, `ClassID`)."""
    match = ID_PARAMETER.match(key)
    if not match:
        return False
    prefix = match["prefix"].lower()
    return prefix not in SECTION_LETTERS and not prefix.endswith(SECTION_WORDS)


def says_listing(url: str) -> bool:
    """A script whose name or query says it lists: `list.asp?cat=huabei`,
    `NewsList.aspx?id=3`, `ShowClass.asp?ClassID=2`, `index.php?…&a=lists&catid=12`."""
    parts = urlsplit(url)
    script = _split_path(parts.path)[1].split(".", 1)[0].lower()
    if script and (script.startswith(LISTING_WORDS) or script.endswith(LISTING_WORDS)):
        return True
    return any(value.lower() in LISTING_WORDS for key, value in parse_qsl(parts.query)
               if not TRACKING_PARAMETER.match(key))  # `from=list` says where a link was, not what it is


def is_listing_address(url: str) -> bool:
    """An address that is a listing page's by its shape alone: `list_2.html`,
    `?page=2`, a listing script (`list.asp?cat=huabei`), or a script given a
    section and no document (`index.php?…&catid=12`)."""
    if document_parts(url):
        return False
    parts = urlsplit(url)
    if LISTING_PAGE.search(url) or LISTING_NAME.match(_split_path(parts.path)[1]):
        return True
    if not parts.query:
        return False
    naming, _ = _naming_and_page(parts.query)
    # With no document's id among them (see above), an id parameter names a section.
    names_section = any(ID_PARAMETER.match(key) and ID_VALUE.match(value) for key, value in naming)
    return names_section or says_listing(url)


def without_tracking(url: str) -> str:
    """An address without its tracking parameters (`?from=list`, `&spm=…`) and fragment."""
    parts = urlsplit(url)
    if not parts.query:
        return urlunsplit(parts._replace(fragment=""))
    pairs = [pair for pair in parts.query.split("&")
             if pair and not TRACKING_PARAMETER.match(pair.split("=", 1)[0])]
    return urlunsplit(parts._replace(query="&".join(pairs), fragment=""))


def document_address(url: str) -> str:
    """A document page's address as it is fetched and stored: without the
    tracking parameters a listing adds (`?from=list`, `&spm=…`), which would
    fetch one report under two addresses; and without any query but its
    page number when its static name carries the document's id
    (`1320.html?x=1`, `1320.html?page=2&from=list` → `1320.html?page=2`),
    as such a page is named by its path and its part. A script's naming
    parameters stay (`show.asp?id=1320`, `news2.html?id=5`)."""
    page = document_parts(url)
    parts = urlsplit(url)
    if page and parts.query and "?" not in page.stem and _DOCUMENT_ID.search(page.stem):
        numbered = static_page(_split_path(parts.path)[1])
        kept = "" if numbered and numbered[1] else "&".join(_page_pairs(parts.query)[:1])
        return urlunsplit(parts._replace(query=kept, fragment=""))
    return without_tracking(url)


def document_key(url: str) -> tuple:
    """What one document's addresses share: its site, its path in any case,
    and the parameters naming it in any order. Sites on Windows servers
    (many government ones) link `1320.HTML` and `1320.html`, `ID=` and `id=`
    alike, and no site names two reports apart by case."""
    page = page_of_address(document_address(url))
    return (*site_of(url), page.folder.lower(), page.stem.lower())


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
