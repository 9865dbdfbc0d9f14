"""Page furniture of printed documents copied onto the web.

A report's PDF (converted by pdf2htmlEX and the like, or copied line by
line into a CMS or a text file) keeps what the printed pages carried around
the text: page numbers (`— 3 —`, `-3-`, a bare `3`) and running headers or
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
# A page number the way official documents print it: between dashes (`— 3 —`,
# `-3-`). That is never text. (`第3页 共5页` is left to pagination: on a web
# page it says the article goes on elsewhere; `3/12` may be a table's cell.)
_DECORATED_PAGE_NUMBER = re.compile(
    rf"[{_DASHES}]+\s*\d{{1,4}}\s*[{_DASHES}]+"
    # a reader's mark of the pages shown (— 第 4 页 —, — 第 1-3 页 —)
    rf"|[{_DASHES}]+\s*第\s*\d{{1,4}}(?:\s*[-–~]\s*\d{{1,4}})?\s*页\s*[{_DASHES}]+"
    # the same read by OCR, a dash or both taken for 一 (一 3 一, — 4 一)
    rf"|(?:[{_DASHES}]+|一)\s*\d{{1,4}}\s*(?:[{_DASHES}]+|一)"
    # a digitised book's marker of where its printed page turns: 【原书第641页】, 〔第12页〕
    r"|[【\[(（〔]\s*(?:原书|原文|原件|原刊|本书)?\s*第\s*\d{1,4}\s*页\s*[】\])）〕]"
    # a yearbook's or a book's, between middle dots (·7·), or in tortoise-shell brackets alone on its line (〔7〕)
    r"|[·•]\s*\d{1,4}\s*[·•]|〔\s*\d{1,4}\s*〕")
# …maybe with the running head on the same printed line, set apart by a wide
# space (淄博年鉴 2019　　·7·, ·8·　　特　载).
_HEADED_PAGE_NUMBER = re.compile(
    rf"[^。，；！？:：]{{1,16}}?(?:\s{{2,}}|\u3000)\s*(?P<number>[·•]\s*\d{{1,4}}\s*[·•]|[{_DASHES}]+\s*\d{{1,4}}\s*[{_DASHES}]+)"
    rf"|(?P<first>[·•]\s*\d{{1,4}}\s*[·•]|[{_DASHES}]+\s*\d{{1,4}}\s*[{_DASHES}]+)(?:\s{{2,}}|\u3000)\s*[^。，；！？:：]{{1,16}}")
# A bare number is a page number only between two lines of running text.
_BARE_NUMBER = re.compile(r"\d{1,4}")
# A running header is a short line: a gazette's, an office's or a document's name.
MAX_RUNNING_HEADER = 40
# How far from its page number a running header stands, judged lines between.
_HEADER_REACH = 3
PAGE_NUMBER = "page-number"
# A note printed at the foot of its page: the cleaning moves it after the text.
FOOTNOTE = "footnote"
_NOTE_MARKS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
MAX_FOOTNOTE_LINES = 4
MAX_FOOTNOTE_LINE = 60
RUNNING_HEADER = "running-header"


def is_page_number(text: str) -> bool:
    """A line that is only a decorated page number (`— 3 —`, `-3-`, `·3·`), or
    one with the page's running head beside it (淄博年鉴 2019　　·7·)."""
    stripped = text.strip(" \t\u3000\xa0")
    return bool(_DECORATED_PAGE_NUMBER.fullmatch(stripped) or _HEADED_PAGE_NUMBER.fullmatch(stripped))


def mark_page_furniture(lines: list[Line], verdicts: list[Verdict | None]) -> list[Verdict | None]:
    """`verdicts` with page numbers and the running headers beside them marked
    as soft boilerplate (so the body runs on across a page break); unchanged
    when the page has no page numbers."""
    decorated = [index for index, line in enumerate(lines)
                 # (a running head set apart by a row of wide spaces is no longer for them)
                 if len("".join(line.text.split())) <= 24 and is_page_number(line.text) and not line.is_link
                 and (verdicts[index] is None or not verdicts[index].hard)]
    bare = [index for index, line in enumerate(lines)
            if len(line.text) <= 4 and _BARE_NUMBER.fullmatch(line.text) and not line.is_link]
    if not decorated and not bare:
        return verdicts   # most pages: nothing printed here
    repeated = _repeated_short_lines(lines) if bare else set()
    between = [index for index in bare if _between_text(lines, verdicts, index, repeated)]
    numbers = sorted(decorated + between + _last_page_numbers(lines, verdicts, bare, between, repeated))
    if not numbers:
        return verdicts
    for index in numbers:
        verdicts[index] = Verdict(PAGE_NUMBER, False)
    for index in _running_headers(lines, verdicts, numbers):
        verdicts[index] = Verdict(RUNNING_HEADER, False)
    for number in numbers:
        for index in _footnote_above(lines, verdicts, number):
            verdicts[index] = Verdict(FOOTNOTE, False)
    return verdicts


def _footnote_above(lines: list[Line], verdicts: list[Verdict | None], number: int) -> range:
    """The lines of a footnote printed at the foot of a page, over its page
    number (①“1269”行动计划：指…), when the text above it breaks off mid-sentence:
    set there, it would cut the sentence the page break cut."""
    for start in range(number - 1, max(-1, number - 1 - MAX_FOOTNOTE_LINES), -1):
        text = lines[start].text.strip(" \t\u3000\xa0")
        if verdicts[start] is not None or not text or len(text) > MAX_FOOTNOTE_LINE:
            return range(0)
        if text[0] in _NOTE_MARKS:
            above = start - 1
            if above >= 0 and verdicts[above] is None and not ends_sentence(lines[above].text):
                return range(start, number)
            return range(0)
    return range(0)


def _last_page_numbers(lines: list[Line], verdicts: list[Verdict | None], bare: list[int],
                       between: list[int], repeated: set[str]) -> list[int]:
    """Bare numbers going on with the page numbers found between lines of text
    (the last page's, under the report's last line, has text on one side only)."""
    if not between:
        return []
    values = {int(lines[index].text) for index in between}
    return [index for index in bare if index not in between
            and int(lines[index].text) - 1 in values
            and (_text_beside(lines, verdicts, index, -1, repeated)
                 or _text_beside(lines, verdicts, index, 1, repeated))]


def _repeated_short_lines(lines: list[Line]) -> set[str]:
    """Texts of short lines found more than once (running headers among them)."""
    counts = Counter(line.text for line in lines if 0 < len(line.text) <= MAX_RUNNING_HEADER)
    return {text for text, count in counts.items() if count >= 2}


def _between_text(lines: list[Line], verdicts: list[Verdict | None], index: int,
                  repeated: set[str]) -> bool:
    """Whether a bare number stands between two lines of running text (a
    running header beside it aside), where no pager could be."""
    return _text_beside(lines, verdicts, index, -1, repeated) and _text_beside(
        lines, verdicts, index, 1, repeated)


def _text_beside(lines: list[Line], verdicts: list[Verdict | None], index: int, step: int,
                 repeated: set[str]) -> bool:
    """Whether the first line from `index` in direction `step` that is not a
    repeated short line (a running header) is a line of text."""
    neighbour = index + step
    while 0 <= neighbour < len(lines) and lines[neighbour].text in repeated:
        neighbour += step
    if not 0 <= neighbour < len(lines):
        return False
    line = lines[neighbour]
    # Running text: punctuated, or a full printed line. A table's label cell
    # (`新增规上企业（家）` beside its `12`) is neither.
    # A paragraph's last printed line may be short, but it ends a sentence.
    return (not line.is_link and verdicts[neighbour] is None
            and (len(line.text) >= 10 or ends_sentence(line.text))
            and (line.punctuated or len(line.text) >= 20))


def _running_headers(lines: list[Line], verdicts: list[Verdict | None],
                     numbers: list[int]) -> list[int]:
    """Lines repeating a short text that stands next to a page number at least
    twice: the running header or footer of every printed page."""
    beside = Counter()
    for number in numbers:
        for step in (-1, 1):
            # (A viewer's own line may stand between: 第 1 页 / 共 3 页.)
            index = _past_judged(lines, verdicts, number, step, _HEADER_REACH - 1)
            if 0 <= index < len(lines) and _may_run(lines[index], verdicts[index]):
                beside[lines[index].text] += 1
    running = {text for text, count in beside.items() if count >= 2}
    # Or seen once, inside a sentence the page break cut (…水产品产 / 一1一 / 政府工作报告 /
    # 量稳中有增。): a heading never stands there; a head that alternates with another does.
    inside = [index for index in (_head_after(lines, verdicts, number, running) for number in numbers)
              if index is not None]
    return sorted({index for index, line in enumerate(lines)
                   if line.text in running and verdicts[index] is None} | set(inside))


def _head_after(lines: list[Line], verdicts: list[Verdict | None], number: int,
                running: set[str]) -> int | None:
    """The short line after page number `number` (judged lines and running
    heads found between) when the text above the number breaks off
    mid-sentence and goes on below it."""
    above = next((i for i in range(number - 1, max(-1, number - _HEADER_REACH), -1)
                  if verdicts[i] is None and lines[i].text not in running), None)
    index = _past_judged(lines, verdicts, number, 1, _HEADER_REACH, running)
    below = index + 1
    if above is None or below >= len(lines) or not _may_run(lines[index], verdicts[index]) \
            or lines[index].punctuated:
        return None   # (a punctuated line is the sentence going on, no head)
    text_above, text_below = lines[above].text, lines[below].text
    broken = not ends_sentence(text_above) and len(text_above) >= 10 and lines[above].punctuated
    goes_on = verdicts[below] is None and not lines[below].is_link and len(text_below) >= 10
    return index if broken and goes_on else None


def _past_judged(lines: list[Line], verdicts: list[Verdict | None], origin: int, step: int,
                 most: int, running: set[str] = frozenset()) -> int:
    """The first line from `origin` in direction `step` past at most `most`
    lines already judged soft boilerplate or running heads (`running`)."""
    index = origin + step
    while 0 <= index < len(lines) and abs(index - origin) <= most and (
            verdicts[index] is not None and not verdicts[index].hard or lines[index].text in running):
        index += step
    return index


def _may_run(line: Line, verdict: Verdict | None) -> bool:
    """A line that could be a running header: short, not a sentence, not yet judged."""
    return (verdict is None and 0 < len(line.text) <= MAX_RUNNING_HEADER
            and not ends_sentence(line.text))
