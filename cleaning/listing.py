"""Listing pages that hold several whole reports (site B).

Site B renders each item as a list bullet, the title line, the whole body on
one line and the site's publish date (`2025-07-02`, not the delivery date).
In HTML the items are `<li>`s or other repeated blocks. Items are found in
several ways and the one giving more items wins:

- by list-item starts (`<li>`, or `-` bullet lines in a text rendering);
- by date-only lines, which either close each item (title, body, date) or
  open it (date, title, body);
- by title lines directly followed by a prose body, when each such item
  carries exactly one date (title, date, body in repeated `<div>`s).

An item counts only when it carries a body of real prose; menus, footers
and short news teasers with a date do not make a page a listing. Titles
may carry a `【XX市招商】` prefix; it is left for metadata to strip.
Non-report news items are still items: classification rejects them later.
"""
from __future__ import annotations

from dataclasses import dataclass

from .boilerplate import classify_line, is_date_line, site_date
from .extract import Line, is_prose
from .paragraphs import ends_sentence, is_heading

ITEM_MIN_PROSE = 100   # Chinese characters of prose an item's body must have
TEASER_MAX_PROSE = 400  # items no longer than this beside one big body are teasers
TITLE_MAX_CHARS = 100


@dataclass
class ListingItem:
    """One report (or news item) of a listing page."""

    index: int                 # position on the page, from 1
    title: str
    lines: list[Line]          # the item's body lines
    published_on: str | None   # the site's date, YYYY-MM-DD
    link: str | None = None    # where the title links to (the item's own page), as written


def _groups_by_item_start(lines: list[Line]) -> list[list[Line]]:
    groups: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.item_start and current:
            groups.append(current)
            current = []
        current.append(line)
    if current:
        groups.append(current)
    return groups


def _groups_by_dates(lines: list[Line], date_closes_item: bool) -> list[list[Line]]:
    groups: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        dated = is_date_line(line.text)
        if dated and not date_closes_item and current:
            groups.append(current)
            current = []
        current.append(line)
        if dated and date_closes_item:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _is_item_title(lines: list[Line], index: int) -> bool:
    """A short title line directly followed (dates aside) by a prose body."""
    text = lines[index].text
    if (len(text) > TITLE_MAX_CHARS or lines[index].cjk < 2 or is_prose(lines[index])
            or is_date_line(text) or classify_line(text) is not None or ends_sentence(text)
            or is_heading(text)):
        return False
    following = next((line for line in lines[index + 1:index + 4] if not is_date_line(line.text)), None)
    return following is not None and is_prose(following) and classify_line(following.text) is None


def _groups_by_titles(lines: list[Line]) -> list[list[Line]]:
    """Items that start at their title (title, date, body or title, body, date),
    accepted only when every item carries exactly one date, as listings do."""
    anchors = [i for i in range(len(lines)) if _is_item_title(lines, i)]
    if len(anchors) < 2:
        return []
    groups = [lines[a:b] for a, b in zip(anchors, anchors[1:] + [len(lines)])]
    if any(sum(1 for line in group if is_date_line(line.text)) != 1 for group in groups):
        return []
    return groups


def _parse_group(group: list[Line]) -> tuple[Line, list[Line], str | None] | None:
    """(title, body lines, date) of a group of lines, or None if it is no item."""
    prose_at = next((i for i, line in enumerate(group)
                     if is_prose(line) and classify_line(line.text) is None), None)
    if prose_at is None:
        return None
    title_at = None
    for index in range(prose_at - 1, -1, -1):
        text = group[index].text
        if is_date_line(text) or classify_line(text) is not None:
            continue
        if len(text) <= TITLE_MAX_CHARS and group[index].cjk >= 2:
            title_at = index
        break
    if title_at is None:
        return None
    body = [line for line in group[title_at + 1:] if not is_date_line(line.text)]
    if _prose_chars(body) < ITEM_MIN_PROSE:
        return None
    date = next((site_date(line.text) for line in group if is_date_line(line.text)), None)
    return group[title_at], body, date


def _prose_chars(lines: list[Line]) -> int:
    return sum(line.cjk for line in lines if is_prose(line) and classify_line(line.text) is None)


def _items(groups: list[list[Line]]) -> list[ListingItem]:
    items = []
    for group in groups:
        parsed = _parse_group(group)
        if parsed:
            title, body, date = parsed
            items.append(ListingItem(len(items) + 1, title.text, body, date, title.href))
    return items


def _one_body_with_teasers(items: list[ListingItem]) -> bool:
    """One long body beside short teasers (a report page with a related list
    that has summaries): a single report, not a listing."""
    sizes = sorted((_prose_chars(item.lines) for item in items), reverse=True)
    return sizes[0] >= 3 * sum(sizes[1:]) and all(size <= TEASER_MAX_PROSE for size in sizes[1:])


def find_listing_items(lines: list[Line]) -> list[ListingItem] | None:
    """The items of a listing page, or None when the page holds one report (or none)."""
    if sum(1 for line in lines if is_date_line(line.text)) < 2 and sum(
            1 for line in lines if line.item_start) < 2:
        return None
    best: list[ListingItem] = []
    for groups in (_groups_by_item_start(lines), _groups_by_dates(lines, True),
                   _groups_by_dates(lines, False), _groups_by_titles(lines)):
        items = _items(groups)
        if len(items) > len(best):
            best = items
    if len(best) < 2 or _one_body_with_teasers(best):
        return None
    return best
