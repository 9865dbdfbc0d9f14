"""Listing pages a pager names without a link: jump menus and script-written pagers.

Many Chinese CMSs write their pager without `<a href>`s: a `<select
onchange>` whose options are the pages (`<option value="index_2.html">`), or
a script call given the page count that writes the links in the browser —
TRS WCM's `createPageHTML(12, 0, "index", "html")`, on most government
portals, names pages `index.html` (the section's own address), then
`index_1.html` … `index_11.html`. Both
are read here in general terms, not as one CMS's function: a menu option
counts when it reads as a pager link would, and a script call when its
arguments are a page count and a page file's base name and extension.
"""
from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from scrapy.http import Response

from crawler.links import Link, base_of, is_pager

# `anyName(12, 0, "index", "html")`, `f("pager", countPage, currentPage, 'list', 'shtml', 20)`:
# among a call's arguments, a page count and the current page, then a base name
# and an HTML extension.
PAGER_CALL = re.compile(
    r"""[(,]\s*(?P<count>\w+)\s*,\s*(?P<current>\w+)\s*,\s*"""
    r"""["'](?P<name>[\w-]+)["']\s*,\s*["'](?P<ext>s?html?)["']""", re.I)
# `var countPage = 12;` (not `= 12 - 1`): a count the call gives by name.
NUMBER_VARIABLE = re.compile(
    r"""([A-Za-z_$][\w$]*)\s*=\s*["']?(\d+)["']?(?![\w.$])(?!\s*(?:[-+*]|/(?!/)))""")
# More pages than this in one script call is no listing's pager (or a trap).
MOST_SCRIPT_PAGES = 500


def unlinked_pages(response: Response) -> list[Link]:
    """Listing pages the page's pager names without a link (see the module)."""
    return menu_pages(response) + script_pages(response)


def menu_pages(response: Response) -> list[Link]:
    """Options of a `<select>` jump menu that read as pager links: to a
    listing-page address (`index_2.html`, `?page=2`) or saying a page number."""
    base = base_of(response)
    found = []
    for option in response.css("select option[value]"):
        value = option.attrib["value"].strip()
        if not value or value.startswith(("javascript:", "#")):
            continue
        link = Link(urljoin(base, value).split("#", 1)[0],
                    " ".join("".join(option.css("::text").getall()).split()))
        if urlsplit(link.url).scheme in ("http", "https") and is_pager(link):
            found.append(link)
    return found


def script_pages(response: Response) -> list[Link]:
    """The pages a script-written pager names: for a call given a count N and a
    base name, `name_1.ext` … `name_{N-1}.ext` next to the listing page. Page 0,
    the bare `name.ext`, is the section's own page, reached already under its
    folder's address: asking for it again would fetch it twice."""
    scripts = "\n".join(response.xpath("//script/text()").getall())
    if "(" not in scripts:
        return []
    numbers = dict(NUMBER_VARIABLE.findall(scripts))
    base = base_of(response)
    found: dict[str, Link] = {}
    for call in PAGER_CALL.finditer(scripts):
        count = _number(call["count"], numbers)
        if count is None or _number(call["current"], numbers) is None or count > MOST_SCRIPT_PAGES:
            continue
        name, ext = call["name"], call["ext"]
        for page in range(1, count):
            url = urljoin(base, f"{name}_{page}.{ext}")
            found.setdefault(url, Link(url, f"第{page + 1}页"))
    return list(found.values())


def _number(token: str, numbers: dict[str, str]) -> int | None:
    """A call argument as a number: a figure, or a variable the script sets to one."""
    value = token if token.isdigit() else numbers.get(token)
    return int(value) if value is not None else None
