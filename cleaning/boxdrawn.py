"""Text dumps whose tables are drawn in box characters (`w3m -dump` of a page
laid out in tables, `links -dump`; or in ASCII, `+----+` and `|`, as `links`
and `elinks` draw them for a plain terminal) -> their cells' text, column by
column.

Such a dump sets a layout table's columns side by side: the site's sidebar
shares every line with the report's heading and text (`│ 友情链接 │ 各位代表： │`).
Read as lines, each mixes the two. Here each band of the drawing (the lines
between two of its horizontal rules) is cut at the verticals standing on
nearly all of its lines, and each column's text is given in turn, its blank
cells kept as the paragraph breaks they are. Verticals of a table nested in
a cell stand on fewer lines: they are left in the cell's text and dropped
with the other drawing characters. Positions are display columns: a Chinese
character takes two, as the dump sets it.
"""
from __future__ import annotations

import re
import unicodedata

_VERTICALS = frozenset("│┃├┤┼┌┐└┘┬┴┠┨┿╂║╟╢╫╔╗╚╝╠╣╬╦╩")
_DRAWING = re.compile(r"[│┃├┤┼┌┐└┘┬┴┠┨┿╂║╟╢╫╔╗╚╝╠╣╬╦╩─━═]+")
# A line of the drawing only (a rule between rows): no text in it.
_RULE_LINE = re.compile(r"^[\s─━═│┃├┤┼┌┐└┘┬┴┠┨┿╂║╟╢╫╔╗╚╝╠╣╬╦╩]*[─━═][\s─━═│┃├┤┼┌┐└┘┬┴┠┨┿╂║╟╢╫╔╗╚╝╠╣╬╦╩]*$")
# A dump is drawn when this many of its lines start with a vertical.
MIN_DRAWN_LINES = 10
# A vertical standing on this share of a band's lines parts its columns.
COLUMN_SHARE = 0.9


# An ASCII drawing's rule: corners and joints as `+`, the rule as `-` or `=`
# (`+------+-----+`). A Markdown table's rule (`|---|---|`) has no `+`.
_ASCII_RULE = re.compile(r"^\s*\+(?:[-=]{2,}\+)+\s*$")
MIN_ASCII_RULES = 2


def is_box_drawn(text: str) -> bool:
    """Whether a text dump lays its page out in box-drawn tables."""
    if "│" not in text and "┃" not in text and "║" not in text:
        return _is_ascii_drawn(text)
    drawn = sum(1 for line in text.splitlines() if line.lstrip()[:1] in _VERTICALS)
    return drawn >= MIN_DRAWN_LINES


def _is_ascii_drawn(text: str) -> bool:
    if "+--" not in text and "+==" not in text:
        return False
    lines = text.splitlines()
    rules = sum(1 for line in lines if line.lstrip()[:1] == "+" and _ASCII_RULE.match(line))
    drawn = sum(1 for line in lines if line.lstrip()[:1] == "|")
    return rules >= MIN_ASCII_RULES and drawn >= MIN_DRAWN_LINES


def _ascii_as_box(text: str) -> str:
    """An ASCII drawing in box characters: rules with `─`/`┼`, and each `|`
    on a line that opens with one as `│` (a `|` in a cell's text, a menu's
    separator, stands on few lines and stays text, see `_band_text`)."""
    lines = []
    for line in text.splitlines():
        if _ASCII_RULE.match(line):
            line = line.replace("-", "─").replace("=", "═").replace("+", "┼")
        elif line.lstrip()[:1] == "|":
            line = line.replace("|", "│")
        lines.append(line)
    return "\n".join(lines)


def unboxed(text: str) -> str:
    """The dump's text with each band's columns one after another."""
    if "│" not in text and "┃" not in text and "║" not in text:
        text = _ascii_as_box(text)
    out: list[str] = []
    band: list[str] = []
    for line in text.splitlines():
        if line.lstrip()[:1] in _VERTICALS and not _RULE_LINE.match(line):
            band.append(line)
            continue
        out += _band_text(band)
        band = []
        if not _RULE_LINE.match(line):
            out.append(line)
        else:
            out.append("")
    out += _band_text(band)
    return "\n".join(out)


def _band_text(band: list[str]) -> list[str]:
    """The lines of one band's cells, column after column."""
    if not band:
        return []
    positions = [_vertical_columns(line) for line in band]
    counts: dict[int, int] = {}
    for found in positions:
        for column in found:
            counts[column] = counts.get(column, 0) + 1
    cuts = sorted(column for column, count in counts.items() if count >= COLUMN_SHARE * len(band))
    columns: list[list[str]] = [[] for _ in range(max(1, len(cuts) - 1))]
    for line in band:
        cells = _cut(line, cuts)
        for index, cell in enumerate(cells[:len(columns)]):
            text = _DRAWING.sub(" ", cell).rstrip()
            columns[index].append(text if text.strip(" \u3000") else "")
    lines: list[str] = []
    for column in columns:
        lines += _joined_wraps(column) + [""]
    return lines


# A line this close to its column's widest fills the column: the dump wrapped it.
WRAP_SLACK = 8
# Columns narrower than this (display columns) hold menus and labels, not text.
MIN_TEXT_COLUMN = 40


def _joined_wraps(column: list[str]) -> list[str]:
    """A column's lines with those the dump wrapped joined to the next: a
    line filling the column goes on in the next one, unless a blank line
    (the dump's paragraph break) stands between."""
    widest = max((_display_width(cell) for cell in column), default=0)
    if widest < MIN_TEXT_COLUMN:
        return [cell.strip(" ") for cell in column]   # a sidebar's menu: its lines are items
    joined: list[str] = []
    wrapped = False
    for cell in column:
        text = cell.strip(" ")
        if wrapped and text:
            joined[-1] += text.lstrip(" \u3000")
        else:
            joined.append(text)
        wrapped = bool(text) and _display_width(cell) >= widest - WRAP_SLACK
    return joined


def _display_width(text: str) -> int:
    return sum(map(_width, text))


def _width(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _vertical_columns(line: str) -> set[int]:
    """The display columns of the line's vertical drawing characters."""
    found, column = set(), 0
    for char in line:
        if char in _VERTICALS:
            found.add(column)
        column += _width(char)
    return found


def _cut(line: str, cuts: list[int]) -> list[str]:
    """The line's text between consecutive cut columns."""
    cells: list[str] = []
    current: list[str] = []
    column, started = 0, False
    for char in line:
        if column in cuts and char in _VERTICALS:
            if started:
                cells.append("".join(current))
            current, started = [], True
        elif started:
            current.append(char)
        column += _width(char)
    return cells
