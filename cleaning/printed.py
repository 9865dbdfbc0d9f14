"""Page furniture of printed documents copied onto the web.

A report's PDF (converted by pdf2htmlEX and the like, or copied line by
line into a CMS or a text file) keeps what the printed pages carried around
the text: page numbers (`— 3 —`, `-3-`, `第3页`) and running headers or
footers (the gazette's or the office's name at the top of every page). They
stand between two lines of one sentence, so they must neither end the body
nor stay in it, and a running header is no title.
"""
from __future__ import annotations

import re
from collections import Counter

from .boilerplate import Verdict
from .paragraphs import ends_sentence
from .render import Line

_DASHES = r"\-—–－─―_~～"
# A page number the way documents print it: between dashes (`— 3 —`, `-3-`),
# or `第 3 页` (with `共 12 页`), or `3 / 12`. The decorated forms are never text.
_DECORATED_PAGE_NUMBER = re.compile(
    rf"[{_DASHES}]+\s*\d{{1,4}}\s*[{_DASHES}]+"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}")
# A bare number is a page number only between two lines of running text.
_BARE_NUMBER = re.compile(r"\d{1,4}")
# A running header is a short line: a gazette's, an office's or a document's name.
MAX_RUNNING_HEADER = 40
PAGE_NUMBER = "page-number"
RUNNING_HEADER = "running-header"


def is_page_number(text: str) -> bool:
    """A line that is only a decorated page number (`— 3 —`, `-3-`, `第3页`)."""
    return bool(_DECORATED_PAGE_NUMBER.fullmatch(text.strip(" \t\u3000\xa0")))


def mark_page_furniture(lines: list[Line], verdicts: list[Verdict | None]) -> list[Verdict | None]:
    """`verdicts` with page numbers and the running headers beside them marked
    as soft boilerplate (so the body runs on across a page break); unchanged
    when the page has no page numbers."""
    numbers = [index for index, line in enumerate(lines) if _is_page_number_at(lines, verdicts, index)]
    if not numbers:
        return verdicts
    for index in numbers:
        verdicts[index] = Verdict(PAGE_NUMBER, False)
    for index in _running_headers(lines, verdicts, numbers):
        verdicts[index] = Verdict(RUNNING_HEADER, False)
    return verdicts


def _is_page_number_at(lines: list[Line], verdicts: list[Verdict | None], index: int) -> bool:
    """Whether line `index` is a page number: decorated, or a bare small number
    between two lines of text (where a pager could not be)."""
    text = lines[index].text
    if len(text) > 24 or lines[index].is_link:
        return False
    if is_page_number(text):
        return verdicts[index] is None or not verdicts[index].hard
    if not _BARE_NUMBER.fullmatch(text) or not 0 < index < len(lines) - 1:
        return False
    return all(not lines[i].is_link and len(lines[i].text) >= 10 and verdicts[i] is None
               for i in (index - 1, index + 1))


def _running_headers(lines: list[Line], verdicts: list[Verdict | None],
                     numbers: list[int]) -> list[int]:
    """Lines repeating a short text that stands next to a page number at least
    twice: the running header or footer of every printed page."""
    beside = Counter()
    for number in numbers:
        for index in (number - 1, number + 1):
            if 0 <= index < len(lines) and _may_run(lines[index], verdicts[index]):
                beside[lines[index].text] += 1
    running = {text for text, count in beside.items() if count >= 2}
    if not running:
        return []
    return [index for index, line in enumerate(lines)
            if line.text in running and verdicts[index] is None]


def _may_run(line: Line, verdict: Verdict | None) -> bool:
    """A line that could be a running header: short, not a sentence, not yet judged."""
    return (verdict is None and 0 < len(line.text) <= MAX_RUNNING_HEADER
            and not ends_sentence(line.text))
