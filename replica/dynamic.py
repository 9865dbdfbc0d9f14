"""The dynamic build: the default build's pages under script addresses.

Rendered to text, every page says what the default build's says, but the
sites are served the way the ASP/PHP CMSs of many government and mirror
sites serve them, through scripts whose query names the page:

- site A (an ASP site): sections ``/list.asp?cat=huabei``, their later
  pages ``/list.asp?cat=huabei&page=2``, reports ``/show.asp?id=1320``,
  their later parts ``/show.asp?id=1320&page=2``; the home page's latest
  reports are linked with a tracking tag, ``/show.asp?id=1320&from=index``;
- site B (PHPCMS v9, on many county portals): its listing is
  ``/index.php?m=content&c=index&a=lists&catid=12``, later pages
  ``…&catid=12&page=2``.

A script answers its parameters in any order and ignores a ``from`` tag, as
real ones do; it answers 404 to a missing, unknown, repeated or malformed
parameter, and to an explicit first page (``&page=1``), which no link names.
Crawlers that read the default build right must read this one right too,
without being told which it is.
"""
from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

# Parameters a script ignores: a tag a listing or the home page adds to its links.
IGNORED = {"from"}
REPORT_SCRIPT = "/show.asp"
SECTION_SCRIPT = "/list.asp"
B_SCRIPT = "/index.php"
# What PHPCMS v9 asks its one entry script for a category's listing.
B_LISTING_ROUTE = (("m", "content"), ("c", "index"), ("a", "lists"))


def _with_page(address: str, page: int) -> str:
    """An address with the page parameter a later page adds."""
    return address if page == 1 else f"{address}&page={page}"


def report_address(report_id: int, page: int = 1) -> str:
    """A site-A report page: ``/show.asp?id=1320``, ``/show.asp?id=1320&page=2``."""
    return _with_page(f"{REPORT_SCRIPT}?id={report_id}", page)


def section_address(slug: str, page: int = 1) -> str:
    """A site-A section listing page: ``/list.asp?cat=huabei``, ``…&page=2``."""
    return _with_page(f"{SECTION_SCRIPT}?cat={slug}", page)


def home_link(address: str) -> str:
    """A report address as the home page's latest list writes it: tagged."""
    return f"{address}&from=index"


def b_listing_address(list_id: int, page: int = 1) -> str:
    """A site-B listing page: ``/index.php?m=content&c=index&a=lists&catid=12``, ``…&page=2``."""
    route = "&".join(f"{name}={value}" for name, value in B_LISTING_ROUTE)
    return _with_page(f"{B_SCRIPT}?{route}&catid={list_id}", page)


def query_of(target: str, script: str) -> dict[str, str] | None:
    """The parameters of a request for ``script``, the ignored ones left out;
    None when the target is another address or names a parameter twice."""
    parts = urlsplit(target)
    if parts.path != script:
        return None
    pairs = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in IGNORED]
    params = dict(pairs)
    return params if len(params) == len(pairs) else None


def _number(value: str | None) -> int | None:
    """A parameter's value as a page or id number, written as a script writes one."""
    if value is None or not value.isdigit() or value != str(int(value)) or int(value) == 0:
        return None
    return int(value)


def _paged(params: dict[str, str], key: str) -> tuple[str, int] | None:
    """(value of ``key``, page) when the parameters are exactly ``key`` and
    maybe a page after the first; None otherwise."""
    if set(params) - {key, "page"} or key not in params:
        return None
    if "page" not in params:
        return params[key], 1
    page = _number(params["page"])
    return (params[key], page) if page and page > 1 else None


def route_a(target: str) -> tuple[str, str, int] | None:
    """What a site-A request names: ``("report", id, page)`` or
    ``("listing", slug, page)``; None for any other address."""
    if (params := query_of(target, REPORT_SCRIPT)) is not None:
        named = _paged(params, "id")
        if named and _number(named[0]):
            return "report", named[0], named[1]
        return None
    if (params := query_of(target, SECTION_SCRIPT)) is not None:
        named = _paged(params, "cat")
        return ("listing", *named) if named else None
    return None


def route_b(target: str, list_id: int) -> int | None:
    """The site-B listing page a request names, or None."""
    params = query_of(target, B_SCRIPT)
    if params is None or any(params.pop(name, None) != value for name, value in B_LISTING_ROUTE):
        return None
    named = _paged(params, "catid")
    return named[1] if named and named[0] == str(list_id) else None
