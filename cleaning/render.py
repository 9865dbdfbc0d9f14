"""A page's text as block lines: what cleaning reads instead of markup.

HTML (any markup: CMS pages, layout tables, `<div id=zoom>`, `<font>`,
`<br>`-separated paragraphs) is read by lxml's HTML parser straight into
block lines; plain text renderings (like the seed files) are split into
lines. Both give the same `Line` list, so everything after rendering works
the same on either.
"""
from __future__ import annotations

import functools
import html
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from .folding import fold
from .boxdrawn import is_box_drawn, unboxed
from .stylesheet import HidingRules, block_custom_elements, element_keys

# --- lines ------------------------------------------------------------------------------
_PROSE_PUNCTUATION = re.compile(r"[，,。；;：:！!？?、]")
PROSE_MIN_CJK = 24
# The Chinese characters counted are U+3400-U+9FFF and U+F900-U+FAFF: in
# UTF-16 exactly the code units whose high byte is 0x34-0x9F, 0xF9 or 0xFA
# (a character outside the BMP is two surrogate units, high bytes 0xD8-0xDF).
# Every other high byte is deleted before counting.
_NOT_CJK_HIGH_BYTES = bytes(byte for byte in range(256)
                            if not (0x34 <= byte <= 0x9F or byte in (0xF9, 0xFA)))


def cjk_count(text: str) -> int:
    """Number of Chinese characters."""
    # Byte operations in C: about three times faster than a regex deleting
    # the runs of other characters, which this once was.
    high_bytes = text.encode("utf-16-le", "surrogatepass")[1::2]
    return len(high_bytes.translate(None, _NOT_CJK_HIGH_BYTES))


def is_prose(line: Line) -> bool:
    """A line of running Chinese text (not a link, a menu or a heading)."""
    return not line.is_link and line.cjk >= PROSE_MIN_CJK and line.punctuated




# What stands between the links of a menu bar.
_LINK_SEPARATORS = re.compile(r"[\s|｜/\\·•>»›\-–—,，、]+")


@dataclass
class Line:
    """One block of rendered text."""

    text: str
    link_chars: int = 0       # characters of the line inside <a href>
    heading: bool = False     # inside <h1>-<h3>
    item_start: bool = False  # first line of a list item (<li>, or a "-" bullet)
    href: str | None = None   # the first link target on the line
    quoted: bool = False      # inside <blockquote>: what a blog or forum post quotes
    after_image: bool = False  # the first text after an <img> (where a picture's caption stands)
    # Character statistics of `text`, worked out once: listing detection and
    # body finding ask for them again and again, and a one-line body is long.
    # `_counted` is the text they were counted on (spam removal rewrites `text`).
    _counted: str | None = field(default=None, init=False, repr=False, compare=False)
    _cjk: int = field(default=0, init=False, repr=False, compare=False)
    _punctuated: bool = field(default=False, init=False, repr=False, compare=False)

    @property
    def is_link(self) -> bool:
        """Mostly link text: a menu entry, a related-report title, a menu bar
        (`首页 | 新闻中心 | 河南`: the bars and spaces between its links are no text)."""
        if not self.link_chars:
            return False
        text = self.text.strip()
        return self.link_chars >= 0.8 * len(text) or self.link_chars >= 0.8 * len(
            _LINK_SEPARATORS.sub("", text))

    def _count(self) -> None:
        if self._counted is not self.text:
            self._cjk = cjk_count(self.text)
            self._punctuated = bool(_PROSE_PUNCTUATION.search(self.text))
            self._counted = self.text

    @property
    def cjk(self) -> int:
        """Number of Chinese characters in the line."""
        self._count()
        return self._cjk

    @property
    def punctuated(self) -> bool:
        """Whether the line holds clause punctuation (prose does)."""
        self._count()
        return self._punctuated

    def copy(self) -> "Line":
        """A copy that keeps the statistics already counted."""
        copied = Line(self.text, self.link_chars, self.heading, self.item_start, self.href, self.quoted,
                      self.after_image)
        copied._counted, copied._cjk, copied._punctuated = self._counted, self._cjk, self._punctuated
        return copied


@dataclass
class RenderedPage:
    """A page as lines plus what its markup says about itself."""

    lines: list[Line]
    is_html: bool
    title_tag: str | None = None
    canonical_link: str | None = None
    has_password_field: bool = False
    base_href: str | None = None  # <base href>: where the page's relative links start
    capped: bool = False          # cut at MAX_TAGS tags or MAX_LINES lines
    # The text of each inline <script>, in pieces as the parser gave it: joined
    # and read (`cleaning.embedded`) only when the visible page has no body.
    scripts: list[list[str]] = field(default_factory=list)
    # Text the page's own markup hides from readers and rendering left out
    # (see `hiding_reason`, `_drop_hidden`): (the text, why), for the audit trail.
    hidden: list[tuple[str, str]] = field(default_factory=list)
    # <meta name="SiteName">: the site's name as government sites declare it
    # (德清县人民政府), also where the <title> gives only the document's.
    site_meta_name: str | None = None
    # <meta name="ArticleTitle">: the article's title as government CMSs declare
    # it, also where the <title> gives only the column's name (政府工作报告--某市人民政府).
    article_title_meta: str | None = None
    # The alt text of pictures naming a work report, and the number of lines
    # before each: a heading set as an image (<img alt="2023年某县政府工作报告">).
    image_titles: list[tuple[int, str]] = field(default_factory=list)
    # <meta property="og:article:author">: on a WeChat article, the account that
    # posted it (湄潭发布), a government's name for its news account.
    author_meta: str | None = None
    # Markup the page holds whole but does not render: each <textarea>'s text
    # (some CMSs keep the article there for a script to show), each
    # <iframe srcdoc> (the article as a document of its own) and a frameset's
    # <noframes> (the article for browsers without frames); read, as
    # scripts are, only when nothing else is.
    inline_documents: list[str] = field(default_factory=list)


_TAG_HINT = re.compile(
    r"<(?:!doctype|html|head|body|div|p|br|table|td|tr|span|font|meta|title|a|li|ul|h[1-6]|"
    r"script|style|center|section|article)\b", re.IGNORECASE)


_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)


def cdata_as_text(markup: str) -> str:
    """XHTML served as XML (application/xhtml+xml) with its CDATA sections
    made text: a browser shows such a section's words (a paragraph wrapped in
    one for its literal `<`), where an HTML parser takes it for a comment."""
    return _CDATA.sub(lambda match: html.escape(match.group(1), quote=False), markup)


# A Markdown file's marks: its front matter, its headings (# 标题). Such a file
# may hold blocks of HTML (a README's centred links) and is text still.
_MARKDOWN_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?:[\w-]+:.*\r?\n)+---[ \t]*\r?\n")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)


def looks_like_html(text: str) -> bool:
    """True when the text is markup rather than a plain rendering."""
    head = text[:20000]
    if re.search(r"<(?:!doctype\s+html|html)\b", head, re.IGNORECASE):
        return True
    if len(_TAG_HINT.findall(head)) < 2:
        return False
    return not (_MARKDOWN_FRONT_MATTER.match(head) and _MARKDOWN_HEADING.search(head))


_INDENT_BREAK = re.compile(r"(?<=[。!?！？”」』])[ \u3000\xa0]{2,}(?=\S)")
# What renders as nothing at the edge of a line.
EDGE_SPACE = " \t\r\n\u3000\xa0\u200b\u200c\u200d\ufeff"
_BULLETS = {"-", "•", "·", "*", "●", "◆", "▪", "■", "○", "◇", "–"}


# A character reference left in the text after parsing: the page escaped
# its text twice (a CMS escaping what its editor had escaped already), so
# `&amp;ldquo;` shows as "&ldquo;" and `&amp;#20013;` as "&#20013;". Only
# complete references with their semicolon: "R&D" and "a=1&b=2" are text.
_LEFTOVER_REFERENCE = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_leftovers(text: str) -> str:
    """The text with character references escaped once too often read, as a
    browser would have shown them had the page escaped them once (twice
    escaped twice, at most three rounds)."""
    for _ in range(3):
        if "&" not in text:
            break
        unescaped = _LEFTOVER_REFERENCE.sub(lambda match: html.unescape(match.group()), text)
        if unescaped == text:
            break
        text = unescaped
    return text


# A photographer's credit after a caption's sentence (…在银川开幕。　　宁夏日报记者　王　鼎　摄):
# the caption's own end, not a paragraph of its own.
_CAPTION_CREDIT = re.compile(r"^[^。!?！？]{2,24}(?:(?<![拍航])摄|供图)$")


def _split_indented(text: str) -> list[str]:
    """Two or more spaces after a sentence end are a paragraph indent: split
    there, but not before a caption's credit."""
    if "  " not in text and "\u3000" not in text and "\xa0" not in text:
        # No two spaces in a row: nothing to split at (most lines; a quick look).
        return [text] if text.strip(EDGE_SPACE) else []
    parts = [part for part in _INDENT_BREAK.split(text) if part.strip(EDGE_SPACE)]
    if len(parts) > 1 and _CAPTION_CREDIT.match(parts[-1].strip(EDGE_SPACE)):
        parts[-2:] = [parts[-2] + "\u3000" + parts[-1]]
    return parts


# A Markdown file shown as it is (a text archive's raw view): `# ` heading
# marks, `> ` quote marks, `**bold**` and `---` rules, none of them a report's
# characters (a report's own lines never open with `#` or `>` and a space).
_MARKDOWN_LINE_MARK = re.compile(r"^\s{0,3}(?:#{1,6}|>(?:\s*>)*)\s+")
_MARKDOWN_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_MARKDOWN_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")


def without_markdown(line: str) -> str:
    """A line of a Markdown text without its marks (see `_MARKDOWN_LINE_MARK`)."""
    if "#" not in line and ">" not in line and "*" not in line and "-" not in line and "_" not in line:
        return line
    if _MARKDOWN_RULE.match(line):
        return ""
    line = _MARKDOWN_LINE_MARK.sub("", line, count=1)
    return _MARKDOWN_BOLD.sub(r"\1", line) if "**" in line else line


# A Markdown link or image: [text](address), ![alt](address); an address may
# escape its brackets (javascript:doZoom\(18\)).
_MARKDOWN_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\(((?:\\.|[^()\s\\]|\([^()\s]*\))*)(?:\s+\"[^\"]*\")?\)")


def _markdown_line(text: str) -> Line:
    """A text line, its Markdown links made link text and its images dropped."""
    if "](" not in text:
        return Line(text)
    link_chars, href = 0, None
    parts, position = [], 0
    for match in _MARKDOWN_LINK.finditer(text):
        parts.append(text[position:match.start()])
        position = match.end()
        if match.group(1):
            continue   # an image
        parts.append(match.group(2))
        link_chars += len(match.group(2))
        href = href or match.group(3).replace("\\", "")
    parts.append(text[position:])
    shown = "".join(parts).strip(EDGE_SPACE)
    return Line(shown, link_chars=link_chars, href=href) if link_chars else Line(shown)


# A text browser's dump (lynx -dump) numbers each link where it stands
# (`[6]首页`, `深入开展[18]“三个一批”`) and lists the addresses under
# `References` at its end: the numbers are no text, and they say what the links are.
_REFERENCES_HEADING = re.compile(r"^[ \t]*References[ \t]*$", re.MULTILINE)
_REFERENCE = re.compile(r"^\s*(\d{1,4})\.\s+(\S+)\s*$")
_LINK_NUMBER = re.compile(r"\[(\d{1,4})\]\s*")
_LINK_TEXT = re.compile(r"[^\s\[]+")


def _references(text: str) -> dict[str, str]:
    """Link number → address, from a dump's `References` list (empty if none)."""
    headings = list(_REFERENCES_HEADING.finditer(text))
    if not headings:
        return {}
    heading = headings[-1]   # the list closes the dump; a word in the text may come earlier
    found = {}
    for raw in text[heading.end():].splitlines():
        match = _REFERENCE.match(raw)
        if match:
            found[match.group(1)] = match.group(2)
        elif raw.strip():
            break
    return found


def _numbered_links_line(text: str, references: dict[str, str]) -> Line:
    """A dump's line without its link numbers; the word after each is link text."""
    if "[" not in text:
        return Line(text)
    parts, position, link_chars, href = [], 0, 0, None
    for match in _LINK_NUMBER.finditer(text):
        if match.group(1) not in references:
            continue
        parts.append(text[position:match.start()])
        position = match.end()
        shown = _LINK_TEXT.match(text, position)
        link_chars += len(shown.group(0)) if shown else 0
        href = href or references[match.group(1)]
    parts.append(text[position:])
    shown_text = "".join(parts).strip(EDGE_SPACE)
    return Line(shown_text, link_chars=min(link_chars, len(shown_text)), href=href) if href else Line(shown_text)


# A Markdown table (html2text's `索引号| … | 信息分类| …` over `---|---`): each
# cell is a block of its own, as a <td> is.
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")


def _table_rows(raw_lines: list[str]) -> dict[int, bool]:
    """Index → whether it is the rule, for the lines of Markdown tables: the
    rule, the header row above it and the rows below it."""
    rows: dict[int, bool] = {}
    for index, raw in enumerate(raw_lines):
        if "|" not in raw or "---" not in raw or not _TABLE_RULE.match(raw):
            continue
        rows[index] = True
        if index and "|" in raw_lines[index - 1]:
            rows.setdefault(index - 1, False)
        below = index + 1
        while below < len(raw_lines) and "|" in raw_lines[below] and raw_lines[below].strip():
            rows.setdefault(below, False)
            below += 1
    return rows


def _table_cells(raw: str) -> list[str]:
    """A Markdown table row's cells (`\\|` inside a cell is no border)."""
    cells = re.split(r"(?<!\\)\|", raw)
    return [cell.replace("\\|", "|").strip(EDGE_SPACE) for cell in cells if cell.strip(EDGE_SPACE)]


# A Markdown note's front matter (a web clipper's: title, source, created,
# tags) between two `---` lines at the top.
_FRONT_MATTER = re.compile(r"\A\ufeff?\s*---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_MATTER_FIELD = re.compile(r"^(title|source|url|link|original_url)\s*:\s*(.+?)\s*$",
                                 re.IGNORECASE | re.MULTILINE)
MAX_FRONT_MATTER = 4000


def _front_matter(text: str) -> tuple[str, dict[str, str]]:
    """The text without a Markdown note's front matter, and the matter's
    title and source address: the page's `<title>` and address when clipped."""
    match = _FRONT_MATTER.match(text[:MAX_FRONT_MATTER]) if text.lstrip("\ufeff \t\n").startswith("---") else None
    if not match or not _FRONT_MATTER_FIELD.search(match.group(1)):
        return text, {}
    fields = {}
    for name, value in _FRONT_MATTER_FIELD.findall(match.group(1)):
        fields.setdefault("source" if name.lower() != "title" else "title", value.strip("\"'"))
    return text[match.end():], fields


# A Markdown heading of the first three levels (# 某县2022年政府工作报告), as an <h1>-<h3> is.
_ATX_HEADING = re.compile(r"^\s{0,3}#{1,3}\s+\S")
# What a Markdown file shows nothing of: a comment, a callout's type ([!NOTE]).
_MARKDOWN_SKIPPED = re.compile(r"<!--.*?-->|>?\s*\[![a-z\u4e00-\u9fff]{1,12}\][+-]?", re.IGNORECASE | re.DOTALL)
# A Markdown footnote's mark in the text ([^1]) and its definition ([^1]: …):
# the file's editor's, as Markdown files are written.
_MARKDOWN_FOOTNOTE_MARK = re.compile(r"\[\^[\w-]{1,12}\](?!:)")
_MARKDOWN_FOOTNOTE = re.compile(r"^\s{0,3}\[\^[\w-]{1,12}\]:")
# HTML set inside a Markdown file (a README's centred links): its text, links as links.
_INLINE_LINK = re.compile(r"<a\b[^>]*?\bhref=[\"']([^\"']*)[\"'][^>]*>(.*?)</a\s*>", re.IGNORECASE)
_INLINE_TAG = re.compile(r"</?[a-zA-Z][\w:-]*(?:\s[^<>]*)?/?>")


def _inline_html_as_text(raw: str) -> str:
    """A text line's HTML tags dropped, its links written as Markdown links."""
    raw = _INLINE_LINK.sub(lambda m: f"[{_INLINE_TAG.sub('', m.group(2))}]({m.group(1)})", raw)
    return _INLINE_TAG.sub("", raw)


def render_text(text: str) -> RenderedPage:
    """Lines of a plain-text rendering; `-` bullet lines mark list items. A
    Markdown note's front matter gives the page's title and address."""
    lines: list[Line] = []
    pending_item = False
    text, matter = _front_matter(text)
    if is_box_drawn(text):
        text = unboxed(text)
    references = _references(text) if "References" in text else {}
    raw_lines = text.splitlines()
    table_rows = _table_rows(raw_lines) if "---" in text else {}
    for index, raw in enumerate(raw_lines):
        if index in table_rows:
            if not table_rows[index]:
                lines.extend(line for line in map(_markdown_line, _table_cells(drop_invisible(raw))) if line.text)
            continue
        if "&" in raw:
            raw = unescape_leftovers(raw)
        if "<" in raw and _INLINE_TAG.search(raw):
            raw = _inline_html_as_text(raw)
        if "[^" in raw:
            if _MARKDOWN_FOOTNOTE.match(raw):
                continue
            raw = _MARKDOWN_FOOTNOTE_MARK.sub("", raw)
        stripped = without_markdown(drop_invisible(raw)).strip(EDGE_SPACE)
        if not stripped or stripped == ">" or _MARKDOWN_SKIPPED.fullmatch(stripped):
            continue
        if stripped in _BULLETS:
            pending_item = True
            continue
        bullet = re.match(r"^[-•·*●◆▪■–]\s+(?=\S)", stripped)
        if bullet:
            stripped = stripped[bullet.end():]
            pending_item = True
        for part in _split_indented(stripped):
            part = part.strip(EDGE_SPACE)
            reference = _REFERENCE.match(part) if references else None
            if reference and reference.group(1) in references:
                line = Line(part, link_chars=len(part), href=reference.group(2))
            elif references:
                line = _numbered_links_line(part, references)
            else:
                line = _markdown_line(part)
            if line.text:
                line.item_start = pending_item
                line.heading = bool(_ATX_HEADING.match(raw))
                lines.append(line)
            pending_item = False
    return RenderedPage(lines, is_html=False, title_tag=matter.get("title") or None,
                        canonical_link=matter.get("source") or None)


# --- HTML rendering ------------------------------------------------------------------------
_DROP_TAGS = {"script", "style", "noscript", "iframe", "template", "svg", "canvas", "object",
              "embed", "select", "option", "button", "textarea", "input", "map", "audio",
              "video", "source", "track", "datalist", "math", "frameset", "frame", "noframes", "applet",
              "title", "meta", "link", "base",
              # Scrolling tickers: greetings and notices of the site (热烈庆祝…胜利召开！).
              "marquee",
              # A ruby's annotation (pinyin over the characters) and its fallback brackets.
              "rt", "rp",
              # Word's data islands (document properties, settings) when an
              # editor dropped the conditional comments around them.
              "xml",
              # AMP pages' adverts and trackers: their placeholder and fallback
              # text (广告, 广告位招租…) is the ad's, never the article's.
              "amp-ad", "amp-embed", "amp-sticky-ad", "amp-analytics", "amp-auto-ads"}
_BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "tr", "td", "th", "table", "tbody", "thead",
               "tfoot", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
               "header", "footer", "nav", "aside", "main", "blockquote", "pre", "dd", "dt", "dl",
               "hr", "center", "form", "fieldset", "legend", "address", "figure", "figcaption",
               "body", "html", "dir", "menu", "details", "summary", "option", "label"}
_HEADING_TAGS = {"h1", "h2", "h3"}
_CJK = r"\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_SOURCE_NEWLINE = re.compile(rf"(?<=[{_CJK}])[ \t]*[\r\n][ \t\r\n]*(?=[{_CJK}])")
_ASCII_SPACE_RUN = re.compile(r"[ \t\r\n\f\v]+")
_BLANK = EDGE_SPACE + "\f\v"   # what renders as nothing at a line's edge


# Characters that render as nothing inside a line: zero-width space, joiners
# and non-joiner, word joiner, a BOM inside text, a soft hyphen, direction
# marks. Editors and reposting apps leave them between characters
# (`政\u200b府工作报告`); kept, they part words that titles, speaker lines and
# searches look for.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"
_DROP_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE))


# Characters drawn like a common ideograph but coded apart: Kangxi radicals
# (⽣ for 生), radicals' supplement forms and compatibility ideographs. Anti-copy
# scripts and some converters put them in place of the ideograph; a search
# for 生产总值 would miss the text.
_LOOK_ALIKES = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")


@functools.cache
def _look_alike_table() -> dict[int, str]:
    """Each look-alike with a one-character compatibility form: that form."""
    table = {}
    for start, end in ((0x2E80, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)):
        for code in range(start, end + 1):
            form = unicodedata.normalize("NFKC", chr(code))
            if len(form) == 1 and form != chr(code):
                table[code] = form
    return table


def drop_invisible(text: str) -> str:
    """`text` without the characters that render as nothing (`_INVISIBLE`),
    and with look-alike ideographs written as the ideograph they show."""
    if any(c in text for c in _INVISIBLE):
        text = text.translate(_DROP_INVISIBLE)
    if _LOOK_ALIKES.search(text):
        text = text.translate(_look_alike_table())
    return text


def _normalise_source_whitespace(text: str) -> str:
    """Whitespace the way a browser shows it: a source line break between two
    Chinese characters disappears, other runs of ASCII whitespace become one space.
    Non-breaking and ideographic spaces are the page's own and stay; characters
    that render as nothing (zero-width spaces, soft hyphens) go."""
    text = drop_invisible(text)
    if "\n" in text or "\r" in text:
        text = _SOURCE_NEWLINE.sub("", text)
    # What `_ASCII_SPACE_RUN` would change (a single space stays as it is),
    # looked for with `in`: a scan for a character class is many times slower.
    if ("\t" in text or "\n" in text or "\r" in text or "\f" in text or "\v" in text
            or "  " in text):
        text = _ASCII_SPACE_RUN.sub(" ", text)
    return text


_TOP = re.compile(r"(?:^|;)\s*top\s*:\s*(-?[\d.]+)", re.IGNORECASE)
_PRE_WHITE_SPACE = re.compile(r"white-space\s*:\s*pre", re.IGNORECASE)
# A bulletin board's post, set out with its source's line breaks by the
# board's stylesheet (PTT's `bbs-content`, pre-wrap), which a saved page need not carry.
_BBS_TEXT_CLASSES = frozenset({"bbs-content", "bbs-screen"})


def _keeps_line_breaks(attrib) -> bool:
    """Whether a block shows its source's line breaks (`white-space: pre`,
    `pre-wrap`, `pre-line`), as a <pre> does."""
    style = attrib.get("style")
    if style and "white-space" in style and _PRE_WHITE_SPACE.search(style):
        return True
    classes = attrib.get("class")
    return bool(classes) and not _BBS_TEXT_CLASSES.isdisjoint(classes.split())


def _top_of(attrib) -> str | None:
    """The `top` of an element absolutely positioned by its inline style, if any."""
    style = attrib.get("style")
    if not style or "top" not in style or "absolute" not in style and "left" not in style:
        return None
    match = _TOP.search(style)
    return match.group(1) if match else None


# --- text hidden from readers -------------------------------------------------------------
# Hacked sites and mirrors inject spam links where no reader sees them, in
# elements the page's own markup hides: an inline style, the `hidden`
# attribute, or a class or id its own `<style>` hides (`stylesheet`).
# Such text is left out unless the page's main text lives there (`_keeps_hidden`).
_HIDING_STYLE = re.compile(
    r"(?P<display>display\s*:\s*none)"
    r"|(?P<visibility>visibility\s*:\s*(?:hidden|collapse))"
    r"|(?P<opacity>(?<![-\w])opacity\s*:\s*0*\.?0+\s*(?:!important\s*)?(?:;|$))"
    # Type too small to read (font-size:2px) is as hidden as none.
    r"|(?P<font>font-size\s*:\s*(?:0*\.?0+(?:px|pt|em|rem|%)?|[0-3](?:\.\d+)?px|[0-2](?:\.\d+)?pt"
    r"|0?\.[01]\d*r?em)\s*(?:!important\s*)?(?:;|$))"
    # Far to the left of or above the page; a layout's own offsets
    # (`margin-left:-5.4pt`, `text-indent:-21pt`) are small.
    r"|(?P<offscreen>(?<![-\w])(?:left|top|margin-left|margin-top|text-indent)\s*:\s*-\s*(?:[5-9]\d\d|\d{4,}))",
    re.IGNORECASE)
# A box of (almost) no size that hides what overflows it
# (`height:0;overflow:hidden`, `width:1px;height:1px;overflow:hidden`).
_NO_SIZE = re.compile(r"(?<![-\w])(?:height|width)\s*:\s*[01](?:\.0+)?(?:px|pt)?\s*(?:!important\s*)?(?:;|$)",
                      re.IGNORECASE)
_OVERFLOW_HIDDEN = re.compile(r"overflow(?:-[xy])?\s*:\s*hidden", re.IGNORECASE)
# Why a reader does not see an element, by the style's part that hides it.
_HIDING_WHY = {"display": "display-none", "visibility": "visibility-hidden", "opacity": "opacity-0",
               "font": "font-size-0", "offscreen": "off-screen"}
# White text on the page's white (`<font color="#ffffff">`, `style="color:#fff"`
# with no background of its own): spam set where readers cannot see it.
WHITE_TEXT = "white-text"
# White, or as near it as a page's off-white background (#fcfcfa, rgb(252,252,250)):
# every channel 240 or more.
_NEAR_WHITE_CHANNEL = r"\s*(?:24\d|25[0-5])\s*"
_WHITE = (r"(?:#fff(?![0-9a-f])|#f[0-9a-f]f[0-9a-f]f[0-9a-f](?![0-9a-f])|white|snow|ivory|"
          rf"rgb\({_NEAR_WHITE_CHANNEL},{_NEAR_WHITE_CHANNEL},{_NEAR_WHITE_CHANNEL}\))")
_WHITE_COLOR = re.compile(rf"^\s*{_WHITE}\s*$", re.IGNORECASE)
_WHITE_STYLE = re.compile(rf"(?<![-\w])color\s*:\s*{_WHITE}\s*(?:!important\s*)?(?:;|$)", re.IGNORECASE)


def _is_white_text(color: str | None, style: str | None) -> bool:
    if style and "background" in style.lower():
        return False
    return bool((color and _WHITE_COLOR.match(color)) or (style and _WHITE_STYLE.search(style)))


# Only hidden from screen readers: shown on the page, so left out only when
# it is a block of links (`_keeps_hidden`).
ARIA_HIDDEN = "aria-hidden"
# A forum's anti-copy strings, hidden by a stylesheet the page links to.
ANTI_COPY = "anti-copy-jammer"
_SCREEN_READER_ONLY = frozenset({"screen-reader-text", "sr-only", "visually-hidden", "visuallyhidden"})
# The class frameworks and viewers hide an element by (pdf.js's dialogs,
# Bootstrap's `hidden`/`d-none`), whose stylesheet a saved page need not carry;
# unless another class shows it at some screen width (Tailwind's `hidden md:block`).
_HIDDEN_CLASSES = frozenset({"hidden", "d-none", "is-hidden"})
_SHOWN_AT_SOME_WIDTH = ("d-sm-", "d-md-", "d-lg-", "d-xl-", "visible-")
# A Word file saved as a web page with its review left in: a comment's
# anchor ([A1]) and text, which Word's script shows on hover only, and the
# text a tracked change deleted (<del>): the editors', never the document's.
WORD_COMMENT = "word-comment"
DELETED = "deleted-text"
# An in-text link to a footnote, as office suites export them (the note's own
# number, linking back, stays with the note).
FOOTNOTE_MARK = "footnote-mark"
_FOOTNOTE_REFERENCE = re.compile(r"#(?:_ftn\d|_edn\d|sdfootnote\d+sym|sdendnote\d+sym|fn\d|footnote-?\d)", re.IGNORECASE)
_WORD_COMMENT_CLASSES = frozenset({"msocomanchor", "msocomtxt", "msocomoff"})
_WORD_COMMENT_BLOCK = re.compile(r"mso-element\s*:\s*comment(?:-list)?\b", re.IGNORECASE)
# What a MediaWiki site (维基文库) marks as its own, not the work's: the
# header and licence boxes (`ws-noexport`, left out of its e-book exports),
# the [编辑] links in headings, the skip links.
NOT_THE_WORK = "site-marked-not-the-work"
_MEDIAWIKI_FURNITURE = frozenset({"ws-noexport", "mw-editsection", "mw-jump-link"})
# Left out whatever their size: no page keeps its main text in them.
_NEVER_KEPT = frozenset({WORD_COMMENT, DELETED, NOT_THE_WORK})


def hides_only_links(why: str, tag: str) -> bool:
    """Whether an element hidden for `why` may be shown all the same, so that
    only a block of links in it is left out: `aria-hidden` (shown on the
    page), `opacity:0` (what a script fades in), `font-size:0` on a block (a
    layout's way to close the gaps between the boxes in it, which set their
    own size from the stylesheet). A `font-size:0` span inside a sentence is hidden."""
    return why == ARIA_HIDDEN or why == "opacity-0" or why == "font-size-0" and tag in _BLOCK_TAGS


def style_hiding_reason(style: str) -> str | None:
    """Why these style declarations hide an element, or None (white text aside)."""
    match = _HIDING_STYLE.search(style)
    if match and match.lastgroup != "opacity":
        return _HIDING_WHY[match.lastgroup]
    # (A box of no size hides whatever its opacity: no script fades it in to be read.)
    if "overflow" in style and _NO_SIZE.search(style) and _OVERFLOW_HIDDEN.search(style):
        return "no-size"
    return _HIDING_WHY[match.lastgroup] if match else None


def hiding_reason(attrib) -> str | None:
    """Why an element's own attributes hide it from readers, or None when
    they do not: an inline style (`display:none`, `visibility:hidden`,
    `font-size:0`, off screen, a box of no size), the `hidden` attribute,
    or `aria-hidden="true"` (`ARIA_HIDDEN`), or Discuz's anti-copy class (`ANTI_COPY`)."""
    style = attrib.get("style")
    if style:
        why = style_hiding_reason(style)
        if why:
            return why
        if "mso-element" in style and _WORD_COMMENT_BLOCK.search(style):
            return WORD_COMMENT
    # Word's comment marks and their list, known by Word's own links and
    # styles as well as by its classes (a copy may rename every class).
    if attrib.get("href", "").startswith("#_msocom_"):
        return WORD_COMMENT
    if _is_white_text(attrib.get("color"), style):
        return WHITE_TEXT
    # Discuz's anti-copy strings between a post's lines (`<font class="jammer">`),
    # hidden by the forum's own stylesheet, which a saved page need not carry;
    # and the classes every theme and framework clips out of sight, for screen
    # readers only (WordPress's `screen-reader-text`, Bootstrap's `sr-only`).
    classes = attrib.get("class", "").split()
    if classes:
        if "jammer" in classes:
            return ANTI_COPY
        if not _WORD_COMMENT_CLASSES.isdisjoint(map(str.lower, classes)):
            return WORD_COMMENT
        if not _MEDIAWIKI_FURNITURE.isdisjoint(classes):
            return NOT_THE_WORK
        if not _SCREEN_READER_ONLY.isdisjoint(classes):
            return "screen-reader-only"
        if not _HIDDEN_CLASSES.isdisjoint(classes) and not any(
                ":" in name or name.startswith(_SHOWN_AT_SOME_WIDTH) for name in classes):
            return "hidden-class"
    hidden = attrib.get("hidden")
    # `hidden="until-found"` is a fold the reader opens (and finding text opens).
    if hidden is not None and hidden.strip().lower() != "until-found":
        return "hidden-attribute"
    if attrib.get("aria-hidden", "").strip().lower() == "true":
        return ARIA_HIDDEN
    return None


# A hidden element holding this many Chinese characters of prose, or at
# least this share of the prose readers see, is where the page's text lives
# (a full text in a tab pane that starts hidden, a printable copy, a fold):
# injected spam is a few links or sentences.
MAIN_TEXT_CJK = 400
MAIN_TEXT_SHARE = 0.5
# A hidden copy of text readers see is left out whatever its size: nothing is lost.
COPY_SHARE = 0.8
# A report's own structure (its address to the deputies, its numbered
# sections): hidden text holding it is report text, whatever its size (the
# rest of a report behind a `展开全文` fold); injected spam never has it.
_REPORT_STRUCTURE = re.compile(r"(?:各位代表|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")


_NO_KEYS: frozenset[str] = frozenset()


@dataclass
class _HiddenLine:
    """A rendered line some of whose text was hidden: what it was made of,
    to make it again without the hidden text (`_drop_hidden`)."""

    start: int                            # its lines: lines[start:end]
    end: int
    parts: list[str]
    link_parts: list[str]
    hidden: list[tuple[int, int, int]]    # (index in parts, in link_parts or -1, hidden element)
    href: str | None
    heading: bool
    item_start: bool
    quoted: bool


def _keeps_hidden(only_links: bool, prose: int, chars: int, link_chars: int, visible_prose: int,
                  copied: int, structured: bool) -> bool:
    """Whether a hidden element's text stays: the page's main text may live
    there (`MAIN_TEXT_CJK`, `MAIN_TEXT_SHARE`, or its prose is `structured`
    like a report's), so it is left out only when it is not, or is a copy of
    what readers see (`copied`: its prose also shown). An element that may be
    shown all the same (`only_links`: `hides_only_links`) goes only when it
    is a block of links."""
    if only_links:
        return not (chars and link_chars >= 0.8 * chars)
    if prose and copied >= COPY_SHARE * prose:
        return False
    return prose > 0 and (structured or prose >= MAIN_TEXT_CJK or prose >= MAIN_TEXT_SHARE * visible_prose)


def _squeezed_length(texts: list[str]) -> int:
    return sum(len("".join(text.split())) for text in texts)


# A line cut short for a preview: its lead, an ellipsis, and at most a link's few words (阅读全文).
_PREVIEW_CUT = re.compile(r"^(?P<lead>.{10,}?)(?:…+|\.{3,})\s*\S{0,8}$")


def _is_shown(text: str, visible_texts: set[str]) -> bool:
    """Whether a hidden line's text is shown on the page: whole, or cut short
    for a preview (a share abstract's `…一年……阅读全文`) from the start of a line shown."""
    if text in visible_texts:
        return True
    cut = _PREVIEW_CUT.match(text) if "…" in text or "..." in text else None
    return bool(cut) and any(shown.startswith(cut.group("lead")) for shown in visible_texts)


def _drop_hidden(lines: list[Line], records: list[_HiddenLine], reasons: list[tuple[str, bool]],
                 remake: Callable[[_HiddenLine, list[str], list[str]], list[Line]]) -> list[tuple[str, str]]:
    """Make the lines holding hidden text again without the text of the hidden
    elements that do not stay (`_keeps_hidden`), in place (`remake`: a record's
    lines from the parts left); returns what was left out: (its text, why) per element."""
    count = len(reasons)
    texts: list[list[str]] = [[] for _ in range(count)]
    links = [0] * count
    prose = [0] * count
    prose_lines: list[list[Line]] = [[] for _ in range(count)]
    structured = [False] * count
    wholly: set[int] = set()   # records whose lines are all one element's
    for number, record in enumerate(records):
        elements = {element for _, _, element in record.hidden}
        for element in elements:
            texts[element].append("".join(record.parts[index] for index, _, owner in record.hidden
                                          if owner == element))
        for index, link_index, element in record.hidden:
            if link_index >= 0:
                links[element] += _squeezed_length([record.link_parts[link_index]])
        if len(elements) == 1:
            hidden_indices = {index for index, _, _ in record.hidden}
            shown = [part for index, part in enumerate(record.parts) if index not in hidden_indices]
            if not "".join(shown).strip(_BLANK):
                wholly.add(number)
                element = next(iter(elements))
                own = lines[record.start:record.end]
                prose_lines[element] += [line for line in own if is_prose(line)]
                structured[element] = structured[element] or any(
                    not line.is_link and _REPORT_STRUCTURE.match(line.text) for line in own)
    hidden_lines = {index for number in wholly for index in range(records[number].start, records[number].end)}
    visible = [line for index, line in enumerate(lines) if index not in hidden_lines and is_prose(line)]
    visible_prose = sum(line.cjk for line in visible)
    # Compared as simplified text: a page's traditional copy (简/繁 switch) is a copy too.
    visible_texts = {fold(line.text) for line in visible}
    dropped: list[tuple[str, str]] = []
    keep = []
    for element in range(count):
        prose[element] = sum(line.cjk for line in prose_lines[element])
        copied = sum(line.cjk for line in prose_lines[element] if _is_shown(fold(line.text), visible_texts))
        kept = reasons[element][0] not in _NEVER_KEPT and _keeps_hidden(
            reasons[element][1], prose[element], _squeezed_length(texts[element]),
            links[element], visible_prose, copied, structured[element])
        keep.append(kept)
        if not kept:
            text = " ".join(" ".join(texts[element]).split())
            if text:
                why = "copy" if copied and copied >= COPY_SHARE * prose[element] else reasons[element][0]
                dropped.append((text, f"hidden:{why}"))
    for record in reversed(records):
        gone = {index for index, _, element in record.hidden if not keep[element]}
        if not gone:
            continue
        gone_links = {link_index for index, link_index, element in record.hidden if not keep[element]}
        parts = [part for index, part in enumerate(record.parts) if index not in gone]
        link_parts = [part for index, part in enumerate(record.link_parts) if index not in gone_links]
        lines[record.start:record.end] = remake(record, parts, link_parts)
    return dropped


# Tags that end the line before them; `option` is dropped (`_DROP_TAGS`) before
# this is asked, so it is left out to keep the sets apart.
_LINE_BREAK_TAGS = (_BLOCK_TAGS | {"br"}) - _DROP_TAGS


class _LineBuilder:
    """Collects inline text into block lines while the page's tags go by.

    It is an lxml parser target: the parser calls `start`, `data`, `end` as it
    reads, so no tree is built (building one cost more than all the rest of
    cleaning) and nesting depth is unlimited (lxml's trees stop at 256 levels,
    which pages of unclosed `<font>` tags reach). `close` hands over the page
    and leaves the builder empty, ready for the next page.

    The callbacks run for every tag and text of a page, so they do their work
    inline rather than through helper calls."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Forget everything: the state before a page's first tag."""
        self.lines: list[Line] = []
        self.parts: list[str] = []
        self.link_parts: list[str] = []   # the parts inside <a href>
        self.href: str | None = None
        self.link_depth = 0
        self.heading_depth = 0
        self.pre_depth = 0   # inside <pre>: source line breaks are line breaks
        self.quote_depth = 0
        self.item_pending = False
        self.line_heading = False
        # What the markup says about the page, noted on the way.
        self.title_tag: str | None = None
        self.canonical_link: str | None = None
        self.site_meta_name: str | None = None
        self.article_title_meta: str | None = None
        self.image_titles: list[tuple[int, str]] = []
        self.author_meta: str | None = None
        self.has_password_field = False
        self.base_href: str | None = None
        # Inside a dropped tag (script, style, title, ...): how many elements deep.
        self.dropped_depth = 0
        self.title_parts: list[str] | None = None
        self.script_parts: list[str] | None = None   # the open <script>'s text
        self.style_parts: list[str] | None = None    # the open <style>'s text
        self.inline_parts: list[str] | None = None  # the open <textarea>'s or <noframes>' text
        self.noframes_depth: int | None = None   # where a <noframes> inside a dropped <frameset> ends
        self.inline_documents: list[str] = []
        self.css_rules: HidingRules | None = None    # what the page's <style>s hide and show
        self.root_keys: frozenset[str] = frozenset()  # the classes and ids of <html> and <body>
        # Per open element, its classes and ids that a stylesheet rule names as
        # an ancestor's (`.gloss` of `.gloss .gloss-pop`); and how many open
        # elements have each.
        self.open_keys: list[frozenset[str]] = []
        self.open_key_counts: dict[str, int] = {}
        self.scripts: list[list[str]] = []
        self.open_anchors: list[bool] = []   # per open <a>: whether it has an href
        # Absolutely positioned <div>s (a PDF viewer's text layer puts each run
        # of one font in one): per open <div>, its `top` and the number of lines
        # before it; and, when the last one that ended held one line (a run),
        # its `top` and the number of lines then.
        self.div_tops: list[tuple[str | None, int]] = []
        self.pre_divs: list[bool] = []   # per open <div>: whether it keeps its source's line breaks
        self.last_top: tuple[str, int] | None = None
        self.span_top: tuple[str, int] | None = None   # the last positioned span's top and line
        # Elements hidden from readers (`hiding_reason`): why each one is, the
        # open one's number and how many elements deep the parser is inside it,
        # the current line's hidden parts and the lines made with hidden parts.
        self.hidden_reasons: list[tuple[str, bool]] = []   # (why, `hides_only_links`)
        self.hidden_element: int | None = None
        self.hidden_depth = 0
        self.hidden_parts: list[tuple[int, int, int]] = []
        self.hidden_lines: list[_HiddenLine] = []
        self.image_before = False   # an <img> since the last line: the next one may be its caption
        self.marquee_parts: list[str] | None = None   # the open <marquee>'s text
        self.marquees: list[str] = []
        # Custom elements the page's stylesheet sets out as blocks (bx-p{display:block}).
        self.block_customs: set[str] = set()
        # Where the last script writing into the page (document.write) ended: lines, parts.
        self.writer_end: tuple[int, int] | None = None

    # The parser-target interface. There is no `comment` method: without one,
    # lxml does not report comments at all (they are not shown anyway).
    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self._open_element(attrib)
        if self.dropped_depth:
            self.dropped_depth += 1
            if self.inline_parts is None and tag.lower() == "noframes":
                # A frameset's fallback: the parser hands its markup on as text.
                self.inline_parts, self.noframes_depth = [], self.dropped_depth
            return
        name = tag.lower()
        if name == "noscript" and not self.hidden_depth and self._right_after_writer():
            # The fallback of a script writing the text into the page (its
            # <h1>, its delivery line): what a reader sees either way.
            return
        if name in ("html", "body") and attrib:
            self.root_keys |= element_keys(attrib)
        if self.hidden_depth:
            if name not in _DROP_TAGS:
                self.hidden_depth += 1
        elif name == "del" or name == "a" and attrib and _FOOTNOTE_REFERENCE.match(attrib.get("href", "")):
            # Text struck out in review; or a note's number linked to its note
            # (Word's #_ftn1, LibreOffice's #sdfootnote1sym), set inside a
            # sentence, where its digit would join the words.
            self.hidden_element = len(self.hidden_reasons)
            self.hidden_reasons.append((DELETED if name == "del" else FOOTNOTE_MARK, False))
            self.hidden_depth = 1
        elif attrib and name not in _DROP_TAGS and (
                "style" in attrib or "hidden" in attrib or "aria-hidden" in attrib or "color" in attrib
                or "jammer" in attrib.get("class", "") or "msocom" in attrib.get("class", "").lower()
                or attrib.get("href", "").startswith("#_msocom_")
                or "ws-" in attrib.get("class", "") or "mw-" in attrib.get("class", "")
                or "-only" in attrib.get("class", "")
                or "-text" in attrib.get("class", "") or "visually" in attrib.get("class", "")
                or "hidden" in attrib.get("class", "") or "d-none" in attrib.get("class", "")
                or self.css_rules is not None and self.css_rules.keys and ("class" in attrib or "id" in attrib)):
            # Most tags have no attribute, or none that can hide them: a few
            # lookups, and the style is read only when there is one.
            why = hiding_reason(attrib)
            if (why is None or why == ARIA_HIDDEN) and self.css_rules is not None:
                # The stylesheet may hide from everyone what `aria-hidden` hides from screen readers.
                why = self.css_rules.reason(attrib, self.root_keys | self._ancestor_keys()) or why
            if why is not None:
                self.hidden_element = len(self.hidden_reasons)
                self.hidden_reasons.append((why, hides_only_links(why, name)))
                self.hidden_depth = 1
        if name in _LINE_BREAK_TAGS or name in self.block_customs:
            top = _top_of(attrib) if name == "div" else None
            if (top is not None and self.last_top == (top, len(self.lines))
                    and not "".join(self.parts).strip(_BLANK)):
                # A run of the line the last positioned run was on: the line goes on.
                if self.hidden_lines and self.hidden_lines[-1].end == len(self.lines):
                    # Made again as it is if it loses hidden text: it is no longer whole.
                    self.hidden_lines.pop()
                self.parts, self.hidden_parts = [self.lines.pop().text], []
                self.div_tops.append((top, len(self.lines)))
                return
            if self.parts:
                self.break_line()
            if name == "div":
                self.div_tops.append((top, len(self.lines)))
                keeps_breaks = _keeps_line_breaks(attrib)
                self.pre_divs.append(keeps_breaks)
                self.pre_depth += keeps_breaks
            if name in ("li", "dt"):
                # <dt> opens an item as <li> does: old portals list items as
                # <dl><dt>title</dt><dd>body</dd></dl>.
                self.item_pending = True
            elif name in _HEADING_TAGS:
                self.heading_depth += 1
            elif name == "pre":
                self.pre_depth += 1
            elif name == "blockquote":
                self.quote_depth += 1
        elif name == "span" and "style" in attrib and (top := _top_of(attrib)) is not None:
            # A PDF viewer's text layer sets each printed line in a span of its own
            # height on the page: a span lower down starts a new line.
            if self.span_top is not None and self.span_top != (top, len(self.lines)) and (
                    self.span_top[1] == len(self.lines) and "".join(self.parts).strip(_BLANK)):
                self.break_line()
            self.span_top = (top, len(self.lines))
        elif name == "img":
            # An image inside a line of text (an icon) captions nothing.
            self.image_before = not "".join(self.parts).strip(_BLANK)
            alt = attrib.get("alt")
            if alt and "工作报告" in alt and not self.link_depth:
                self.image_titles.append((len(self.lines), alt.strip()))
        elif name == "a":
            href = attrib.get("href")
            self.open_anchors.append(href is not None)
            if href is not None:
                self.link_depth += 1
                if self.href is None:
                    self.href = href.strip() or None
        elif name in _DROP_TAGS:
            self.dropped_depth = 1
            self.note_dropped_tag(name, attrib)
            if name == "title":
                self.title_parts = []
            elif name == "script":
                self.script_parts = []
            elif name == "style":
                self.style_parts = []
            elif name in ("textarea", "noframes"):
                self.inline_parts = []
            elif name == "marquee":
                self.marquee_parts = []

    def _open_element(self, attrib: dict[str, str]) -> None:
        rules = self.css_rules
        if rules is None or not rules.ancestor_keys or not attrib:
            self.open_keys.append(_NO_KEYS)
            return
        keys = element_keys(attrib) & rules.ancestor_keys
        self.open_keys.append(keys)
        for key in keys:
            self.open_key_counts[key] = self.open_key_counts.get(key, 0) + 1

    def _close_element(self) -> None:
        for key in self.open_keys.pop() if self.open_keys else ():
            self.open_key_counts[key] -= 1

    def _ancestor_keys(self) -> frozenset[str]:
        """The keys of the open elements around the one just opened (not its own)."""
        own = self.open_keys[-1] if self.open_keys else _NO_KEYS
        return frozenset(key for key, count in self.open_key_counts.items() if count > (key in own))

    def end(self, tag: str) -> None:
        self._close_element()
        if self.dropped_depth:
            if self.dropped_depth == self.noframes_depth:
                self.inline_documents.append("".join(self.inline_parts))
                self.inline_parts = self.noframes_depth = None
            self.dropped_depth -= 1
            if not self.dropped_depth:
                if self.title_parts is not None:
                    self.note_title("".join(self.title_parts))
                    self.title_parts = None
                elif self.script_parts is not None:
                    if self.script_parts:
                        self.scripts.append(self.script_parts)
                    writes = any("document.write" in part for part in self.script_parts)
                    self.writer_end = (len(self.lines), len(self.parts)) if writes else None
                    self.script_parts = None
                elif self.marquee_parts is not None:
                    self.marquees.append(" ".join("".join(self.marquee_parts).split()))
                    self.marquee_parts = None
                elif self.style_parts is not None:
                    self.note_style("".join(self.style_parts))
                    self.style_parts = None
                elif self.inline_parts is not None:
                    self.inline_documents.append("".join(self.inline_parts))
                    self.inline_parts = None
            return
        name = tag.lower()
        if name in _BLOCK_TAGS or name in self.block_customs:
            if self.parts:
                self.break_line()
            if name == "div" and self.div_tops:
                top, before = self.div_tops.pop()
                one_run = top is not None and len(self.lines) - before == 1
                self.last_top = (top, len(self.lines)) if one_run else None
            if name == "div" and self.pre_divs and self.pre_divs.pop():
                self.pre_depth = max(0, self.pre_depth - 1)
            if name in _HEADING_TAGS:
                self.heading_depth = max(0, self.heading_depth - 1)
            elif name == "pre":
                self.pre_depth = max(0, self.pre_depth - 1)
            elif name == "blockquote":
                self.quote_depth = max(0, self.quote_depth - 1)
        elif name == "a" and self.open_anchors and self.open_anchors.pop():
            self.link_depth = max(0, self.link_depth - 1)
        if self.hidden_depth:
            self.hidden_depth -= 1
            if not self.hidden_depth:
                self.hidden_element = None

    def _right_after_writer(self) -> bool:
        """Whether nothing but white space was rendered since a script writing
        into the page (document.write) ended."""
        if self.writer_end is None:
            return False
        lines, parts = self.writer_end
        return len(self.lines) == lines and not "".join(self.parts[parts:]).strip()

    def data(self, text: str) -> None:
        if self.dropped_depth:
            if self.title_parts is not None:
                self.title_parts.append(text)
            elif self.script_parts is not None:
                self.script_parts.append(text)
            elif self.marquee_parts is not None:
                self.marquee_parts.append(text)
            elif self.style_parts is not None:
                self.style_parts.append(text)
            elif self.inline_parts is not None:
                self.inline_parts.append(text)
        elif self.pre_depth and ("\n" in text or "\r" in text):
            self.preformatted(text)
        elif text:
            if self.hidden_element is not None:
                self.hidden_parts.append((len(self.parts), len(self.link_parts) if self.link_depth else -1,
                                          self.hidden_element))
            self.parts.append(text)
            if self.link_depth:
                self.link_parts.append(text)
            if self.heading_depth:
                self.line_heading = True

    def preformatted(self, text: str) -> None:
        """Text inside <pre>: each of its source lines is a line (a report
        pasted as plain text, `\r\n` and all; a Markdown file's marks taken off)."""
        first, *rest = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        self.data(first)
        for piece in rest:
            if self.parts:
                self.break_line()
            self.data(piece)

    def close(self) -> RenderedPage:
        """The page's lines and facts; the builder is left empty."""
        if self.parts:
            self.break_line()
        hidden = (_drop_hidden(self.lines, self.hidden_lines, self.hidden_reasons, self.remake)
                  if self.hidden_lines else [])
        hidden += [(text, "hidden:marquee") for text in self.marquees if text]
        page = RenderedPage(self.lines, True, self.title_tag, self.canonical_link,
                            self.has_password_field, self.base_href, scripts=self.scripts,
                            hidden=hidden, site_meta_name=self.site_meta_name, author_meta=self.author_meta,
                            article_title_meta=self.article_title_meta, image_titles=self.image_titles,
                            inline_documents=self.inline_documents)
        self.reset()
        return page

    def note_dropped_tag(self, name: str, attrs: dict[str, str]) -> None:
        """Facts from the attributes of tags that are not rendered: canonical
        link, password input, <base href>, an iframe's srcdoc (the <title>'s
        text is noted by `note_title`)."""
        if name == "link" and self.canonical_link is None and attrs.get("href"):
            if any(rel.lower() == "canonical" for rel in attrs.get("rel", "").split()):
                self.canonical_link = attrs["href"].strip() or None
        elif name == "meta" and self.canonical_link is None and attrs.get(
                "property", "").lower() == "og:url" and attrs.get("content"):
            self.canonical_link = attrs["content"].strip() or None
        elif name == "meta" and attrs.get("name", "").lower() == "sitename" and attrs.get("content"):
            self.site_meta_name = self.site_meta_name or attrs["content"].strip() or None
        elif name == "meta" and attrs.get("property", "").lower() == "og:article:author" and attrs.get("content"):
            self.author_meta = self.author_meta or attrs["content"].strip() or None
        elif name == "meta" and attrs.get("name", "").lower() in ("articletitle", "title") and attrs.get("content"):
            self.article_title_meta = self.article_title_meta or attrs["content"].strip() or None
        elif name == "input" and attrs.get("type", "").strip().lower() == "password":
            self.has_password_field = True
        elif name == "base" and self.base_href is None and attrs.get("href"):
            self.base_href = attrs["href"].strip() or None
        elif name == "iframe" and attrs.get("srcdoc"):
            self.inline_documents.append(attrs["srcdoc"])

    def note_style(self, css: str) -> None:
        """The rules of a <style> that hide elements by class or id, or show
        them again (read with those of the page's other <style>s)."""
        if self.css_rules is None:
            self.css_rules = HidingRules()
        self.css_rules.add(css, style_hiding_reason)
        if "-" in css:
            self.block_customs |= block_custom_elements(css)

    def note_title(self, text: str) -> None:
        """The text of a <title>; the first one that says anything counts."""
        if self.title_tag is None:
            if "&" in text:
                text = unescape_leftovers(text)
            self.title_tag = _normalise_source_whitespace(text).strip(EDGE_SPACE) or None

    def break_line(self) -> None:
        """End the current line (the caller checks that text was collected)."""
        joined = "".join(self.parts)
        link_text = "".join(self.link_parts) if self.link_parts else ""
        hidden = None
        if self.hidden_parts:
            # Kept as it was made, to be made again without its hidden text
            # if that does not stay (known once the whole page is read).
            hidden = _HiddenLine(len(self.lines), len(self.lines), self.parts, self.link_parts,
                                 self.hidden_parts, self.href, self.line_heading, self.item_pending,
                                 self.quote_depth > 0)
            self.hidden_lines.append(hidden)
            self.hidden_parts = []
        self.parts, self.link_parts = [], []
        href, self.href = self.href, None
        heading, self.line_heading = self.line_heading, False
        # Whitespace at the edges renders as nothing, and normalising cannot
        # join it to the text inside (it only drops or merges whitespace), so
        # it goes first. Most breaks close nothing but the source's indentation.
        text = joined.strip(_BLANK)
        if self.pre_depth and text:
            text = without_markdown(text).strip(_BLANK)
        if not text:
            return
        if "&" in text:
            text = unescape_leftovers(text).strip(_BLANK)
        link_chars = len(_normalise_source_whitespace(link_text.strip(_BLANK))) if link_text else 0
        if text.isprintable() and "  " not in text:
            # No control character, no space but the ASCII one and no two in a
            # row: nothing to normalise, no indent to split at (most lines; one scan in C).
            pieces = [text.translate(_look_alike_table()) if _LOOK_ALIKES.search(text) else text]
        else:
            pieces = [part.strip(EDGE_SPACE)
                      for part in _split_indented(_normalise_source_whitespace(text))]
        for piece in pieces:
            self.lines.append(Line(piece, min(link_chars, len(piece)), heading, self.item_pending, href,
                                   self.quote_depth > 0, self.image_before))
            self.item_pending = self.image_before = False
        if hidden is not None:
            hidden.end = len(self.lines)

    def remake(self, record: _HiddenLine, parts: list[str], link_parts: list[str]) -> list[Line]:
        """The lines `break_line` makes of a hidden record's block from `parts`
        (`link_parts` those inside <a href>), the page's lines left as they are."""
        lines, pending, depth = self.lines, self.item_pending, self.quote_depth
        self.lines, self.parts, self.link_parts = [], parts, link_parts
        self.href = record.href if link_parts else None
        self.line_heading, self.item_pending = record.heading, record.item_start
        self.quote_depth = 1 if record.quoted else 0
        if parts:
            self.break_line()
        made, self.lines, self.item_pending, self.quote_depth = self.lines, lines, pending, depth
        return made


# Pages with more tags than this are cut (and flagged): a real report page
# has a few thousand.
MAX_TAGS = 50_000


def _cap_markup(text: str) -> tuple[str, bool]:
    """The page cut after MAX_TAGS tags, and whether it was cut."""
    if text.count("<") <= MAX_TAGS:
        return text, False
    position = -1
    for _ in range(MAX_TAGS):
        position = text.find("<", position + 1)
        if position < 0:
            return text, False
    return text[:position], True


_parsers = threading.local()


def _line_parser() -> etree.HTMLParser:
    """This thread's HTML parser with a `_LineBuilder` target, made once: lxml
    inspects a target's methods when it first parses with it, which costs as
    much as parsing a small page. The builder empties itself on `close`."""
    parser = getattr(_parsers, "parser", None)
    if parser is None:
        # Parsed from UTF-8 bytes with the encoding stated: the text is already
        # decoded, and a <meta charset> or XML declaration left in it must not
        # make the parser decode it again.
        _parsers.builder = _LineBuilder()
        parser = _parsers.parser = etree.HTMLParser(target=_parsers.builder, encoding="utf-8",
                                                    no_network=True)
    return parser


_BODY_START = re.compile(r"<body\b", re.IGNORECASE)
_STYLE_BLOCK = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)


def _stylesheets_in_body(text: str) -> list[str]:
    """The `<style>` blocks inside the body: a browser applies them to the
    whole page, the elements above them too (a content farm's rule hiding its
    watermark set at the page's foot), so they are read before the lines are."""
    body = _BODY_START.search(text)
    return _STYLE_BLOCK.findall(text, body.end()) if body else []


def render_html(text: str) -> RenderedPage:
    """Block lines of an HTML page, plus its title tag and canonical link."""
    text, capped = _cap_markup(text)
    parser = _line_parser()
    try:
        for css in _stylesheets_in_body(text):
            _parsers.builder.note_style(css)
        parser.feed(text.encode("utf-8", "surrogatepass"))
        page = parser.close()
    except BaseException:
        # The parser and its builder may be left mid-page: start afresh next time.
        _parsers.parser = None
        raise
    page.capped = capped
    return page


# A report page renders to a few hundred lines; past this many, the rest is
# dropped (and flagged) so pages of endless tiny lines stay fast.
MAX_LINES = 20_000


def render(text: str, plain: bool = False) -> RenderedPage:
    """Lines of a page, HTML or plain text (`plain`: text whatever it looks like)."""
    page = render_text(text) if plain or not looks_like_html(text) else render_html(text)
    if len(page.lines) > MAX_LINES:
        page.lines = page.lines[:MAX_LINES]
        page.capped = True
    return page
