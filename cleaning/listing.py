"""Listing pages that hold several whole reports (site B).

Site B renders each item as a list bullet, the title line, the whole body on
one line and the site's publish date (`2025-07-02`, not the delivery date).
In HTML the items are `<li>`s or other repeated blocks. Items are found in
several ways and the one giving more items wins:

- by list-item starts (`<li>`, or `-` bullet lines in a text rendering);
- by date-only lines, which either close each item (title, body, date) or
  open it (date, title, body);
- by title lines directly followed by a prose body, when each such item
  carries exactly one date (title, date, body in repeated `<div>`s);
- by title lines standing right above a date line (a blog's post title and
  its meta line), the body opening with the report's header.

An item counts only when it carries a body of real prose; menus, footers
and short news teasers with a date do not make a page a listing. On a page
that is a listing, a dated item whose body is too short to be a report (a
news teaser) is still returned, marked `short`, so that it can be recorded
as set aside; items are numbered by their place on the page, short ones
included, so an item's number does not depend on its neighbours being
kept. An item dated only by month and day (`07-02` glued to its title) takes
the year the page's full dates agree on. Titles may carry a `【XX市招商】`
prefix; it is left for metadata to strip. Non-report news items long enough are items: classification
rejects them later.

Most pages are single reports, so each way of grouping is first bounded
with cheap line facts (dates, lengths, then prose) and only a grouping that
could give two items is parsed with the costly boilerplate verdicts.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate

from .boilerplate import classify_line, is_date_line, match_key, site_date
from .dates import chinese_number
from .folding import nfkc
from .render import EDGE_SPACE, PROSE_MIN_CJK, Line, is_prose
from .paragraphs import PART_NUMBER, ends_sentence, is_heading

ITEM_MIN_PROSE = 100   # Chinese characters of prose an item's body must have
TEASER_MAX_PROSE = 400  # items no longer than this beside one big body are teasers
TITLE_MAX_CHARS = 100
# A post title above its meta line names its subject; a forum's 楼主 or 沙发
# above a post's date is no title.
TITLE_MIN_CJK = 5
TITLE_LOOKAHEAD = 3    # lines after a title (dates aside) where its body must start


@dataclass
class ListingItem:
    """One report (or news item) of a listing page."""

    index: int                 # position on the page, from 1
    title: str
    lines: list[Line]          # the item's body lines
    published_on: str | None   # the site's date, YYYY-MM-DD
    link: str | None = None    # where the title links to (the item's own page), as written
    short: bool = False        # a dated item too short to be a report (a news teaser)
    opens_item: bool = False   # its title is the first line of a list item (<li>, a bullet)


class _Page:
    """The lines of a page with the facts listing detection asks about them,
    each worked out once: the cheap ones at once, the Chinese character
    counts and prose tests when first asked, boilerplate verdicts per line."""

    def __init__(self, lines: list[Line], dated: list[bool]) -> None:
        self.lines = lines
        self.dated = dated  # is_date_line of each line
        # Every title is a short line that is no date, and a line holds no
        # more Chinese characters than characters: bounds found without counting.
        self.next_short = _first_from([not d and len(line.text) <= TITLE_MAX_CHARS
                                       for line, d in zip(lines, dated)])
        self.chars_before = _sums_before([len(line.text) for line in lines])
        self._boilerplate: dict[int, bool] = {}

    @cached_property
    def cjk(self) -> list[int]:
        return [line.cjk for line in self.lines]

    @cached_property
    def prose(self) -> list[bool]:
        return [is_prose(line) for line in self.lines]

    @cached_property
    def title_like(self) -> list[bool]:
        """Lines that may be titles, boilerplate aside: a title is no date and,
        standing before its item's first prose, no prose."""
        return [not d and not p and self.fits_title(i)
                for i, (d, p) in enumerate(zip(self.dated, self.prose))]

    @cached_property
    def next_title(self) -> list[int]:
        return _first_from(self.title_like)

    @cached_property
    def prose_before(self) -> list[int]:
        return _sums_before([c if p else 0 for c, p in zip(self.cjk, self.prose)])

    def is_boilerplate(self, index: int) -> bool:
        """Whether line `index` is a boilerplate line (menu, footer, share bar…)."""
        verdict = self._boilerplate.get(index)
        if verdict is None:
            verdict = self._boilerplate[index] = classify_line(self.lines[index].text) is not None
        return verdict

    def is_content(self, index: int) -> bool:
        """Prose that is not boilerplate: what an item's body is made of."""
        return self.prose[index] and not self.is_boilerplate(index)

    def fits_title(self, index: int) -> bool:
        """Short enough and Chinese enough to be a title (boilerplate aside)."""
        return len(self.lines[index].text) <= TITLE_MAX_CHARS and self.cjk[index] >= 2

    def content_chars(self, indexes: range) -> int:
        """Chinese characters of the content lines among `indexes`, dates aside."""
        return sum(self.cjk[i] for i in indexes if not self.dated[i] and self.is_content(i))

    def may_hold_two_items(self, groups: list[range]) -> bool:
        """False when fewer than two of `groups` can be items, judged without
        boilerplate verdicts: an item's body follows a possible title and holds
        at least ITEM_MIN_PROSE characters of prose. Bounded by characters
        first, so most pages are ruled out before any line is counted."""
        return (_count_enough_after(groups, self.next_short, self.chars_before) >= 2
                and _count_enough_after(groups, self.next_title, self.prose_before) >= 2)


def _first_from(flags: list[bool]) -> list[int]:
    """first[i]: the first index j >= i with flags[j] (len(flags) if none)."""
    first = [len(flags)] * (len(flags) + 1)
    for index in range(len(flags) - 1, -1, -1):
        first[index] = index if flags[index] else first[index + 1]
    return first


def _sums_before(values: list[int]) -> list[int]:
    """sums[i]: the sum of values[:i]."""
    return [0, *accumulate(values)]


def _count_enough_after(groups: list[range], next_title: list[int], before: list[int]) -> int:
    """How many groups have a title (per `next_title`) followed within the
    group by at least ITEM_MIN_PROSE (per the running sums `before`)."""
    count = 0
    for group in groups:
        title_at = next_title[group.start]
        if title_at < group.stop and before[group.stop] - before[title_at + 1] >= ITEM_MIN_PROSE:
            count += 1
    return count


def _groups_by_item_start(page: _Page) -> list[range]:
    starts = [i for i, line in enumerate(page.lines) if line.item_start and i > 0]
    return _ranges(starts, len(page.lines))


def _groups_by_dates(page: _Page, date_closes_item: bool) -> list[range]:
    shift = 1 if date_closes_item else 0
    starts = [i + shift for i, dated in enumerate(page.dated) if dated and i + shift > 0]
    return _ranges(starts, len(page.lines))


def _groups_by_dated_titles(page: _Page) -> list[range]:
    """Items that open with a title right above their date line (title, date,
    body), where the body may open with the report's own header (delivery
    line, speaker, 各位代表：) before any prose: each starts at its title."""
    starts = [i - 1 for i, dated in enumerate(page.dated)
              if dated and i > 1 and _titles_dated_item(page, i - 1)]
    return _ranges(starts, len(page.lines))


# A post's title names its document or its year (寿光市2023年政府工作报告,
# 诸城市…统计公报); a forum member's name over a reply's date does not.
_NAMES_DOCUMENT_OR_YEAR = re.compile(r"(?:19|20)\d{2}|报告|公报|讲话|纪要|全文|摘要|摘登")


def _titles_dated_item(page: _Page, index: int) -> bool:
    """A title line standing right above a date line."""
    text = page.lines[index].text
    return (index + 1 < len(page.lines) and page.dated[index + 1] and page.title_like[index]
            and page.cjk[index] >= TITLE_MIN_CJK and not ends_sentence(text) and not is_heading(text)
            and _NAMES_DOCUMENT_OR_YEAR.search(text) is not None and not page.is_boilerplate(index))


def _ranges(starts: list[int], end: int) -> list[range]:
    """The non-empty runs of 0..end that begin at 0 and at each of `starts`."""
    bounds = [0] + [s for s in starts if s < end] + [end]
    return [range(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]


def _is_item_title(page: _Page, index: int) -> bool:
    """A short title line directly followed (dates aside) by a prose body."""
    text = page.lines[index].text
    if not page.title_like[index] or ends_sentence(text) or is_heading(text):
        return False
    following = next((i for i in range(index + 1, min(index + 1 + TITLE_LOOKAHEAD, len(page.lines)))
                      if not page.dated[i]), None)
    return (following is not None and page.prose[following]
            and not page.is_boilerplate(index) and not page.is_boilerplate(following))


def _groups_by_titles(page: _Page) -> list[range]:
    """Items that start at their title (title, date, body or title, body, date),
    accepted only when every item carries exactly one date, as listings do."""
    # The groups from the first title on hold one date each, so two titles
    # need two dates after the first line that may be one.
    if sum(page.dated[page.next_short[0]:]) < 2:
        return []
    anchors = [i for i in range(len(page.lines)) if _is_item_title(page, i)]
    if len(anchors) < 2:
        return []
    groups = [range(a, b) for a, b in zip(anchors, anchors[1:] + [len(page.lines)])]
    if any(sum(page.dated[group.start:group.stop]) != 1 for group in groups):
        return []
    return groups


def _is_report_line(text: str) -> bool:
    """A line of a report's own text, never an item's title: its numbered
    heading (二、2024年工作安排) or its salutation (各位代表：). A related-links
    list standing in the middle of one report parts it there, and the lines
    above its second half are such."""
    stripped = text.strip()
    return is_heading(stripped) or stripped.endswith(("：", ":"))


def _ends_link_list(page: _Page, index: int) -> bool:
    """A link under another listed link or under a related-links heading: the
    last of a list of links (延伸阅读 in the middle of one report), whose
    text below is no body of its own."""
    line = page.lines[index]
    if not line.is_link or index == 0:
        return False
    above = page.lines[index - 1]
    if line.heading and not above.heading and above.is_link:
        # A post's linked heading right under a sidebar's list (a blog's
        # first post under its 友情链接): the list's items are no headings.
        return False
    if above.is_link and above.item_start:
        return True
    verdict = classify_line(above.text)
    return verdict is not None and verdict.why == "related"


# An item set out as labelled fields (标题： / value, 分类： / value, 正文： / value):
# the title is the value under its own label, never another field's.
_FIELD_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,6}[:：]$")
_TITLE_LABELS = ("标题", "题名", "名称", "文章标题", "文件名称")


def _other_fields_value(page: _Page, index: int) -> bool:
    """Line `index` is the value of a labelled field other than the title (分类：)."""
    if index == 0:
        return False
    label = page.lines[index - 1].text.strip(EDGE_SPACE)
    return bool(_FIELD_LABEL.match(label)) and label[:-1] not in _TITLE_LABELS


# A card's label prefix before its linked title (置顶, 【某市招商】).
_CARD_PREFIX = re.compile(r"^(?:置顶|推荐|热门|new)?(?:【[^】]{1,12}】)?", re.I)


# A card's title is at least this long (its key): a tag or a button is shorter.
MIN_CARD_TITLE = 6


def _card_title_key(page: _Page, index: int) -> str | None:
    """The match key of line `index` as a card's linked title, its label
    prefix aside; None for a line that is no such title."""
    line = page.lines[index]
    if not line.is_link or not page.fits_title(index) or page.is_boilerplate(index):
        return None
    key = match_key(_CARD_PREFIX.sub("", line.text.strip(EDGE_SPACE)))
    return key if len(key) >= MIN_CARD_TITLE else None


def _linked_title_above(page: _Page, start: int, title_at: int, prose_at: int) -> int:
    """A card's title: the link above a line of tags glued together
    (福建·福州政府工作报告2024) when the body restates the link's title, or
    the link names its report as a title does (2025年观山湖区政府工作报告);
    else the line found."""
    body = match_key(page.lines[prose_at].text)
    for index in range(title_at - 1, max(start, title_at - 3) - 1, -1):
        key = _card_title_key(page, index)
        if key and (body.startswith(key) or _NAMED_REPORT.search(key)):
            return index
    return title_at


def _card_title_below(page: _Page, group: range, prose_at: int) -> int | None:
    """A card's linked title below the group's first prose, naming a report
    its body under it restates (嘉峪关市政府工作报告 / 嘉峪关市政府工作报告2021年…)."""
    for index in range(prose_at + 1, group.stop - 1):
        key = _card_title_key(page, index)
        if key is None:
            continue
        below = next((i for i in range(index + 1, min(group.stop, index + 1 + TITLE_LOOKAHEAD))
                      if page.is_content(i)), None)
        if below is not None and match_key(page.lines[below].text).startswith(key):
            return index
    return None


_NAMED_REPORT = re.compile(r"^(?:19|20)\d{2}年[\u4e00-\u9fff]{2,12}政府工作报告$")


def _parse_group(page: _Page, group: range) -> tuple[Line, list[Line], str | None, int] | None:
    """(title, body lines, date, body prose characters) of a group of lines,
    or None if it is no item; a body shorter than ITEM_MIN_PROSE is returned
    only when the group is dated (a short news item)."""
    prose_at = next((i for i in group if page.is_content(i)), None)
    if prose_at is None:
        return None
    restart = _card_title_below(page, group, prose_at)
    if restart is not None:
        # An undated card above the item's own (an advert set among them) is none of it.
        group = range(restart, group.stop)
        prose_at = next((i for i in group if page.is_content(i)), None)
        if prose_at is None:
            return None
    title_at = group.start if _titles_dated_item(page, group.start) else None
    for index in range(prose_at - 1, group.start - 1 if title_at is None else prose_at - 1, -1):
        if page.dated[index] or page.is_boilerplate(index) or _other_fields_value(page, index):
            continue
        if page.fits_title(index):
            title_at = index
        break
    body_from = title_at
    if title_at is not None and not page.lines[title_at].is_link:
        # (The tags under a card's linked title are no part of its body.)
        title_at = _linked_title_above(page, group.start, title_at, prose_at)
    if title_at is None or _is_report_line(page.lines[title_at].text) or _ends_link_list(page, title_at):
        return None
    after = range(max(title_at, body_from) + 1, group.stop)
    size = page.content_chars(after)
    lines = page.lines
    date = next((_item_date(lines[i].text) for i in group if page.dated[i]), None)
    # A short item is a dated one (a news teaser to set aside), its date on
    # a line of its own or glued to its title (07-02【某市招商】…).
    if size < ITEM_MIN_PROSE and date is None and _split_glued_date(lines[title_at].text)[1] is None:
        return None
    body = [lines[i] for i in after if not page.dated[i]]
    return lines[title_at], body, date, size


# A site date glued to an item's title: `<li><span class="date">07-02</span><a>标题</a></li>`
# renders as one line `07-02标题` (or `标题2025-07-02`). Month-day only, or a full
# date; never a range or count of the title's own (1-2月, 2021-2025年).
_GLUED_DATE = r"(?:((?:19|20)\d{2})[-/.])?(0[1-9]|1[0-2])[-/.](0[1-9]|[12]\d|3[01])"
_LEADING_DATE = re.compile(rf"^[\[【(]?{_GLUED_DATE}[\]】)]?\s*(?=(?:19|20)\d{{2}}年|[^\d月日号期年])")
_TRAILING_DATE = re.compile(rf"(?<![\d./-])\s*[\[【(]?{_GLUED_DATE}[\]】)]?$")


def split_title_date(title: str) -> tuple[str, str | None]:
    """(title, site date as YYYY-MM-DD when it carries the year) of a listing
    title that may carry the site's date glued before or after it."""
    text, glued = _split_glued_date(title)
    return text, (f"{glued[0]}-{glued[1]}-{glued[2]}" if glued and glued[0] else None)


def _split_glued_date(title: str) -> tuple[str, tuple[str | None, str, str] | None]:
    """(title, (year or None, month, day)) of a listing title that may carry
    the site's date glued before or after it; (title, None) when it does not."""
    normal = nfkc(title)
    for pattern in (_LEADING_DATE, _TRAILING_DATE):
        match = pattern.search(normal)
        if match and len(normal) - (match.end() - match.start()) >= 4:
            rest = (normal[:match.start()] + normal[match.end():]).strip()
            # Map back to the unnormalised title by length (NFKC keeps these lengths).
            text = (title[:match.start()] + title[match.end():]).strip() if len(title) == len(normal) else rest
            year, month, day = match.groups()
            return text, (year, month, day)
    return title, None


def _complete_years(items: list[ListingItem], month_days: list[str | None]) -> None:
    """Date the items whose site date shows only month and day (07-02) with
    the year of the page's full dates, when those all agree; where the
    completed date would not lie between the nearest full dates above and
    below it (the page's own order), the item stays undated."""
    full = [(index, item.published_on) for index, item in enumerate(items) if item.published_on]
    years = {date[:4] for _, date in full}
    if len(years) != 1:
        return
    year = years.pop()
    for index, (item, month_day) in enumerate(zip(items, month_days)):
        if item.published_on or not month_day:
            continue
        date = f"{year}-{month_day}"
        above = [d for i, d in full if i < index]
        below = [d for i, d in full if i > index]
        if above and below and not min(above[-1], below[0]) <= date <= max(above[-1], below[0]):
            continue
        item.published_on = date


# A list's bullet glyph glued before an item's title (`<em class="dot">-</em><a>标题</a>`).
_LEADING_BULLET = re.compile(r"^[-·•●▪■◆◇○*»>]+\s*")
# A badge set before an item's linked title (<span class=tag>全文</span><a>…</a>).
_BADGE = re.compile(r"^\s*(?:全文|置顶|推荐|热门|独家|原创|头条|视频|图文|new|hot)\s*", re.I)


def _without_badge(text: str, line: Line) -> str:
    """The title without a badge outside its link (the link covers the rest)."""
    badge = _BADGE.match(text)
    if badge is None or not line.link_chars:
        return text
    rest = text[badge.end():]
    return rest if abs(line.link_chars - len(rest)) <= 1 else text


def _items(page: _Page, groups: list[range]) -> tuple[list[ListingItem], list[int]]:
    """The items of the groups, numbered by place on the page (short ones
    included), and the prose characters of each one's body."""
    items, sizes, month_days = [], [], []
    for group in groups:
        parsed = _parse_group(page, group)
        if parsed:
            title, body, date, size = parsed
            text, glued = _split_glued_date(_without_badge(_LEADING_BULLET.sub("", title.text), title))
            full = f"{glued[0]}-{glued[1]}-{glued[2]}" if glued and glued[0] else None
            items.append(ListingItem(len(items) + 1, text, body, date or full, title.href,
                                     short=size < ITEM_MIN_PROSE, opens_item=title.item_start))
            sizes.append(size)
            month_days.append(f"{glued[1]}-{glued[2]}" if glued and not glued[0] else None)
    _complete_years(items, month_days)
    return items, sizes


def _full(items: list[ListingItem], sizes: list[int]) -> tuple[list[ListingItem], list[int]]:
    """The items long enough to be reports, and their sizes."""
    kept = [(item, size) for item, size in zip(items, sizes) if not item.short]
    return [item for item, _ in kept], [size for _, size in kept]


def _one_body_with_teasers(sizes: list[int]) -> bool:
    """One long body beside short teasers (a report page with a related list
    that has summaries): a single report, not a listing."""
    sizes = sorted(sizes, reverse=True)
    return sizes[0] >= 3 * sum(sizes[1:]) and all(size <= TEASER_MAX_PROSE for size in sizes[1:])


def _groupings(page: _Page) -> Iterator[list[range]]:
    """The page's lines grouped each way items can be laid out."""
    yield _groups_by_item_start(page)
    yield _groups_by_dates(page, date_closes_item=True)
    yield _groups_by_dates(page, date_closes_item=False)
    yield _groups_by_titles(page)
    yield _groups_by_dated_titles(page)


def _rank(items: list[ListingItem]) -> tuple[int, int]:
    """How well a grouping reads the page: more items long enough to be
    reports, then more of them dated. Dates that open items (date, title,
    body) read as closing ones give as many items, but each the next one's
    date and the last none."""
    full = [item for item in items if not item.short]
    return len(full), sum(item.published_on is not None for item in full)


# A site date in words (2025年7月2日, 2025年07月02日 10:31), alone on its line.
# Alone it may be a report's delivery date under its title; it is the site's
# when it closes a body, standing right after a line ending a sentence.
_WORDED_DATE = re.compile(r"^(?:(?:发布|更新)?(?:时间|日期)[:：]?)?\s*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日"
                          r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$")


def _worded_site_date(lines: list[Line], index: int) -> bool:
    """Whether a line is the site's date in words, closing an item's body."""
    text = lines[index].text
    if len(text) > 40 or "日" not in text or not _WORDED_DATE.match(nfkc(text).strip()):
        return False
    before = next((line.text for line in reversed(lines[:index]) if line.text.strip()), "")
    return len(before) >= 20 and ends_sentence(before)


def _item_date(text: str) -> str | None:
    """The site's date of a dated line, numeric or in words."""
    date = site_date(text)
    if date is None:
        match = _WORDED_DATE.match(nfkc(text).strip())
        if match:
            year, month, day = (int(g) for g in match.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                date = f"{year:04d}-{month:02d}-{day:02d}"
    return date


# --- index pages of teasers ---------------------------------------------------
# A blog's home, category, tag or archive page lists each post as its linked
# title, a post-meta line and an excerpt cut off with an ellipsis, often with a
# 阅读全文 link: the reports are on the posts' own pages. The excerpts are too
# short to be listing items, and read as one page they would glue several
# reports' openings into one "report".
_MORE_LINK = re.compile(r"[\[【(]?(?:阅读全文|继续阅读|查看全文|阅读更多|查看详情|详细内容|详细|详情|更多|全文|read\s*more"
                        r"|continue\s*reading|more)[\]】)]?\s*[»>›→]*\s*$", re.IGNORECASE)
_ELLIPSIS_END = re.compile(r"(?:…|\.\.\.|。。。|\[…\]|\[\.\.\.\])\s*[»>›]*\s*$")
# Looked for in a line's raw end before normalising it (NFKC makes … and ．．． "...").
_ELLIPSIS_MARKS = ("…", "...", "。。。", "．．．")
_TAIL = 24
TEASER_TITLE_LOOKBACK = 3   # lines before an excerpt (dates aside) where its linked title stands
MIN_TEASERS = 2
INDEX_MAX_OTHER_PROSE = 800  # other prose an index page may hold (its widgets, footer), in Chinese characters


def _may_be_teaser(line: Line) -> bool:
    """Short prose, no link, ending in an ellipsis (a 阅读全文 link aside)."""
    if line.is_link or not (PROSE_MIN_CJK <= line.cjk <= TEASER_MAX_PROSE):
        return False
    tail = line.text[-_TAIL:]   # the ellipsis stands at most a 阅读全文 link before the end
    if not any(mark in tail for mark in _ELLIPSIS_MARKS):
        return False
    text = nfkc(line.text)
    without_link = _MORE_LINK.sub("", text).rstrip()
    # With its more-link the excerpt may end on a line of its own after the
    # ellipsis (……一张图带你速览报告要点。[详细]).
    return bool(_ELLIPSIS_END.search(without_link)) or (
        without_link != text.rstrip() and "..." in without_link[-_TAIL:])


def _is_teaser(lines: list[Line], dated: list[bool], index: int) -> bool:
    """An excerpt (`_may_be_teaser`, `_summary_before_more_link`) under a linked
    title, or a summary between its linked title and its item's date line."""
    if not (_may_be_teaser(lines[index]) or _summary_before_more_link(lines, index)):
        return _summary_between_title_and_date(lines, dated, index)
    seen = 0
    for before in range(index - 1, -1, -1):
        if dated[before]:
            continue
        if lines[before].href:
            return True
        seen += 1
        if seen >= TEASER_TITLE_LOOKBACK:
            break
    return False


# A post's summary on a tag or column page: a sentence or two. An item of a
# listing of short reports is longer (its header and address alone fill half).
SUMMARY_MAX_CJK = 120


def _summary_between_title_and_date(lines: list[Line], dated: list[bool], index: int) -> bool:
    """Short prose, no link, right under a linked title and right over a line
    with the item's source and date: a tag or column page's one-sentence
    summary of a post that is elsewhere (the title links to it)."""
    line = lines[index]
    if line.is_link or not (PROSE_MIN_CJK <= line.cjk <= SUMMARY_MAX_CJK) or not 0 < index < len(lines) - 1:
        return False
    title = lines[index - 1]
    return bool(title.href and title.is_link and dated[index + 1])


def _summary_before_more_link(lines: list[Line], index: int) -> bool:
    """Short prose, no link, with a 阅读全文 link right under it (on a line of
    its own or after the item's source and date): a summary of the post,
    whole sentences and no ellipsis, and the post is elsewhere."""
    line = lines[index]
    if line.is_link or not (PROSE_MIN_CJK <= line.cjk <= TEASER_MAX_PROSE):
        return False
    following = lines[index + 1] if index + 1 < len(lines) else None
    return bool(following and following.link_chars and len(following.text) <= _MORE_LINE
                and _MORE_LINK.search(nfkc(following.text)))


_MORE_LINE = 60   # a more-link's line: the link, maybe its source and date


def is_teaser_index(lines: list[Line]) -> bool:
    """Whether the page is an index of posts (titles and excerpts), holding
    no report of its own: at least two excerpts and little prose besides (a
    report's page with related excerpts below has its body)."""
    # Most pages have no excerpt at all: look for their ellipses, or their
    # 阅读全文 links, before dates.
    if sum(1 for index, line in enumerate(lines)
           if _may_be_teaser(line) or _summary_before_more_link(lines, index)
           or _may_summarise_a_linked_title(lines, index)) < MIN_TEASERS:
        return False
    dated = [is_date_line(line.text) or _info_date_line(line.text) for line in lines]
    teasers = [i for i in range(len(lines)) if _is_teaser(lines, dated, i)]
    if len(teasers) < MIN_TEASERS:
        return False
    chosen = set(teasers)
    other = sum(line.cjk for i, line in enumerate(lines) if i not in chosen and is_prose(line))
    return other <= INDEX_MAX_OTHER_PROSE


def _may_summarise_a_linked_title(lines: list[Line], index: int) -> bool:
    """The cheap half of `_summary_between_title_and_date`: short prose under a
    linked title, over a line with a date's digits."""
    line = lines[index]
    return (0 < index < len(lines) - 1 and not line.is_link and PROSE_MIN_CJK <= line.cjk <= SUMMARY_MAX_CJK
            and lines[index - 1].is_link and lines[index - 1].href is not None
            and _YEAR_DIGITS.search(lines[index + 1].text) is not None)


def _info_date_line(text: str) -> bool:
    """An item's article-info line with its date (发布时间：2025/07/02 浏览：371次 收藏):
    as good as a date-only line for telling items apart."""
    return len(text) <= 80 and _YEAR_DIGITS.search(text) is not None and site_date(text) is not None


# A full date in the raw text (full-width digits too), looked for before the
# line is normalised and read: most lines have none.
_YEAR_DIGITS = re.compile(r"(?:19|20|１９|２０)[\d０-９]{2}\s*[-/.年－／．]\s*[\d０-９]{1,2}\s*[-/.月－／．]\s*[\d０-９]")


def find_listing_items(lines: list[Line]) -> list[ListingItem] | None:
    """The items of a listing page, or None when the page holds one report (or none)."""
    dated = [is_date_line(line.text) or _worded_site_date(lines, i) or _info_date_line(line.text)
             for i, line in enumerate(lines)]
    if sum(dated) < 2 and sum(1 for line in lines if line.item_start) < 2:
        return None
    page = _Page(lines, dated)
    best: list[ListingItem] = []
    best_sizes: list[int] = []
    for groups in _groupings(page):
        # A grouping giving fewer than two items never makes the page a listing.
        if not page.may_hold_two_items(groups):
            continue
        items, sizes = _items(page, groups)
        if _rank(items) > _rank(best):
            best, best_sizes = items, sizes
    full, full_sizes = _full(best, best_sizes)
    if len(full) < 2:
        return _items_with_one_report(page)
    if _parts_of_one_document(full):
        return None
    # One long body beside short ones is a report page with related teasers,
    # unless the long one is an item laid out like them (a listing's long
    # report among short ones): a report page's own text never opens a list item.
    if _one_body_with_teasers(full_sizes) and not _each_opens_a_dated_item(full):
        return None
    return best


# A live page's post carrying the next part of the report (【报告全文①】,
# 报告全文（2）, 【全文三】), among the page's other posts.
_LIVE_PART_LABEL = re.compile(r"^[【\[]?(?:政府工作)?(?:报告)?(?:全文|原文|实录)[(]?(?P<number>\d{1,2}|[一二三四五六七八九十]{1,3})"
                              r"[)]?[】\]]?:?$")
MIN_LIVE_PARTS = 3
MAX_LIVE_PART_LABEL = 16


def live_report_parts(lines: list[Line]) -> list[Line] | None:
    """The lines of a report a live page posted in numbered parts (parts 1, 2,
    3… each a post under its label), in order, without the posts between
    them (photos, announcements, readers' messages); None when the page
    holds no such parts. A post ends where the next list item starts."""
    labels = []
    for index, line in enumerate(lines):
        if len(line.text) <= MAX_LIVE_PART_LABEL and (label := _LIVE_PART_LABEL.match(match_key(line.text))):
            labels.append((index, chinese_number(label["number"])))
    if len(labels) < MIN_LIVE_PARTS or [number for _, number in labels] != list(range(1, len(labels) + 1)):
        return None
    parts: list[Line] = []
    for index, _ in labels:
        end = next((j for j in range(index + 1, len(lines)) if lines[j].item_start), len(lines))
        parts += lines[index + 1:end]
    return parts


def _parts_of_one_document(items: list[ListingItem]) -> bool:
    """Whether the items are one document's parts, each under the document's
    title and its part's number (全文阅读: a paged article's parts set on one page)."""
    cores = {match_key(PART_NUMBER.sub("", item.title)) for item in items}
    return len(cores) == 1 and sum(bool(PART_NUMBER.search(item.title)) for item in items) >= len(items) - 1


def _items_with_one_report(page: _Page) -> list[ListingItem] | None:
    """A listing holding one report among short news items, all laid out
    alike: each list item opens with its title and carries a site date. A
    report page's own text never opens a list item of its own: it stands
    under the page's menus, and its related items come after it."""
    groups = [group for group in _groups_by_item_start(page) if page.lines[group.start].item_start]
    # Bounds before any verdict: two dated groups opening with a possible
    # title, one of them long enough to be a report.
    candidates = [group for group in groups if page.title_like[group.start] and any(page.dated[i] for i in group)]
    if len(candidates) < 2 or not any(
            page.prose_before[group.stop] - page.prose_before[group.start] >= ITEM_MIN_PROSE
            for group in candidates):
        return None
    items, _ = _items(page, groups)
    if len(items) < 2 or not _each_opens_a_dated_item(items) or sum(not item.short for item in items) != 1:
        return None
    return items


def _each_opens_a_dated_item(items: list[ListingItem]) -> bool:
    """Every item's title is the first line of its list item, and it carries a site date."""
    return all(item.opens_item and item.published_on for item in items)
