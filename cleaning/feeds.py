"""A site's news feed (RSS 2.0, RSS 1.0/RDF, Atom) or sitemap, saved or fetched as a page.

Government portals offer a feed per column (政府工作报告栏目 RSS订阅); a feed
reader, or a scraper, keeps its items. An item's full text travels as
escaped markup (`content:encoded`, Atom's `content`), its teaser as
`description`/`summary`. Each item holding a report-length text is read as
the page a feed reader shows: its title as the headline over its content,
its `link` as the address. Channel furniture (the site's title, copyright,
`欢迎订阅`) belongs to no item and is never read. A sitemap (`<urlset>`, its
entries' news titles naming reports) lists pages and holds none.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from lxml import etree

from .render import cjk_count

# A feed's root element, after the XML declaration, processing instructions
# (an <?xml-stylesheet?> for browsers) and comments.
_XML_PROLOG = r"^\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*"
_FEED_START = re.compile(_XML_PROLOG + r"<(?:rss|feed|rdf:RDF)\b", re.S | re.I)
_SITEMAP_START = re.compile(_XML_PROLOG + r"<(?:urlset|sitemapindex)\b", re.S | re.I)
# An item with fewer Chinese characters than this is a teaser (一图读懂…, 闭幕),
# not a report's text: reports run to thousands.
MIN_ITEM_CJK = 200
_TAG = re.compile(r"<[a-zA-Z!/][^>]*>")


@dataclass
class FeedItem:
    title: str | None
    link: str | None
    content: str        # markup or plain text, as the feed holds it


def is_feed(text: str) -> bool:
    """Whether `text` is an RSS or Atom document."""
    return bool(_FEED_START.match(text[:4096]))


def is_sitemap(text: str) -> bool:
    """Whether `text` is an XML sitemap or sitemap index."""
    return bool(_SITEMAP_START.match(text[:4096]))


def feed_items(text: str) -> list[FeedItem] | None:
    """The items of a feed that hold a report-length text, in the feed's order;
    None when `text` is no feed (or no parseable one)."""
    if not is_feed(text):
        return None
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(text.lstrip().encode("utf-8"), parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    items = []
    for element in root.iter():
        if _local(element) not in ("item", "entry"):
            continue
        content = _item_content(element)
        # Counted as read: markup in CDATA may write its characters as references (&#25919;).
        if content and cjk_count(html.unescape(content)) >= MIN_ITEM_CJK:
            items.append(FeedItem(_child_text(element, "title"), _item_link(element), content))
    return items


def item_page(item: FeedItem) -> str:
    """The page a feed reader shows for `item`: its title over its content."""
    title = html.escape(item.title.strip()) if item.title else ""
    content = item.content
    if not _TAG.search(content):
        # Plain text: its own lines are its paragraphs.
        content = "".join(f"<p>{html.escape(line)}</p>" for line in content.splitlines() if line.strip())
    heading = f"<h1>{title}</h1>" if title else ""
    return f"<html><head><title>{title}</title></head><body>{heading}<div>{content}</div></body></html>"


def _local(element) -> str:
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _children(element, name: str) -> list:
    return [child for child in element if _local(child) == name]


def _child_text(element, name: str) -> str | None:
    for child in _children(element, name):
        text = "".join(child.itertext()).strip()
        if text:
            return text
    return None


def _item_content(element) -> str | None:
    """The fullest text an item carries: its `content:encoded` or Atom
    `content`, else its `description` or `summary`."""
    texts = [_markup(child) for name in ("encoded", "content", "description", "summary")
             for child in _children(element, name)]
    texts = [text for text in texts if text.strip()]
    return max(texts, key=lambda text: cjk_count(html.unescape(text))) if texts else None


def _markup(element) -> str:
    """An element's content as text: escaped markup and CDATA as they read,
    Atom's inline XHTML (`type="xhtml"`) as the markup it is."""
    if len(element):
        inner = "".join(etree.tostring(child, encoding="unicode", with_tail=True) for child in element)
        return (element.text or "") + inner
    return element.text or ""


def _item_link(element) -> str | None:
    for child in _children(element, "link"):
        # Atom: <link rel="alternate" href="…"/>; RSS: <link>…</link>.
        href = child.get("href")
        if href and child.get("rel", "alternate") == "alternate":
            return href.strip()
        if child.text and child.text.strip().startswith(("http://", "https://")):
            return child.text.strip()
    guid = _child_text(element, "guid") or _child_text(element, "id")
    return guid if guid and guid.startswith(("http://", "https://")) else None
