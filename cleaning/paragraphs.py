"""The report's own structure: header lines, headings, sentence ends.

Used to restore paragraph breaks in bodies that arrive as one line (site B
glues a whole report into one block: `…会议上咸阳市代市长 冷劲松各位代表:现在,…`),
and to tell whether a body is visibly partial (`is_excerpt`).

Breaks are only ever made where a sentence ends (or a header piece or a
heading ends), never inside a sentence: `一、` also occurs inside
enumerations (`滨海旅游浪漫线 一、二期`, `保护第 一、全民共享`), `(一)` inside
text, and `1.1倍` is a number, so every break point is checked against what
comes before it as well as after.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence

from . import dates
from .folding import character_class, fold, nfkc, ocr_repaired, traditional_characters
from .render import EDGE_SPACE

# --- sentence ends ------------------------------------------------------------------
_CLOSERS = "”’」』)）》"
_TERMINAL = "。!?！？…"
_SOFT_TERMINAL = ";；:："  # end a clause that introduces a list or heading


def ends_sentence(text: str, soft: bool = True) -> bool:
    """True when `text` ends with sentence-final punctuation (closing quotes allowed)."""
    stripped = text.rstrip().rstrip(_CLOSERS)
    if not stripped:
        return False
    return stripped[-1] in _TERMINAL or (soft and stripped[-1] in _SOFT_TERMINAL)


# --- header lines ----------------------------------------------------------------------
# Lines are matched after NFKC (Ｏ becomes O); O and o are common typos for 〇.
_CN_DIGITS = "〇零○Ｏ0OoΟοОо一二三四五六七八九十"
# In words, or in figures with one separator (2024.1.9, 2024-01-09, 2024/1/9). January
# may be written 元月 or 正月 (2023年元月12日), as in the month-only forms below; the
# day's mark 日, 号, or 曰 where text recognition misread 日 (cleaning.dates.DAY_MARK).
_DATE = (rf"(?:(?:\d{{4}}|[{_CN_DIGITS}]{{4}})\s*年\s*[0-9{_CN_DIGITS}元正]{{1,3}}\s*月\s*"
         rf"[0-9{_CN_DIGITS}]{{1,3}}\s*[日号曰]"
         r"|(?:19|20)\d{2}(?:\.\d{1,2}\.|-\d{1,2}-|/\d{1,2}/)\d{1,2}(?![\d.]))")
# A date without its year (——元月九日在…会议上), the title giving the year.
_MONTH_DAY = rf"[0-9{_CN_DIGITS}元正]{{1,3}}\s*月\s*[0-9{_CN_DIGITS}]{{1,3}}\s*[日号曰]"
# A 地区's report is its 行政公署's (和田地区行政公署工作报告).
# Old titles say 关于某县人民政府工作的报告.
_REPORT_WORDS = r"(?:政\s*府|行\s*政\s*公\s*署|行\s*署)\s*工\s*作\s*(?:的\s*)?报\s*告"
_TITLE_RESTATEMENT = re.compile(
    rf"(?:【[^】]{{1,20}}】)?(?P<prefix>[^,，。:：;；!！?？\s]{{0,40}}?){_REPORT_WORDS}"
    r"(?:[(（](?:摘要|全文|节选|草案|摘登|书面)[)）])?")
# A delivery line may give the month only (——2024年1月在…会议上).
_YEAR_MONTH = rf"(?:\d{{4}}|[{_CN_DIGITS}]{{4}})\s*年\s*[0-9{_CN_DIGITS}元正]{{1,3}}\s*月"
_DELIVERY_WITH_ON = re.compile(
    rf"(?:——|—|--|-)?\s*[(（]?\s*(?:{_DATE}|{_MONTH_DAY}|{_YEAR_MONTH})?\s*在[^,，。;；!！?？]{{2,60}}?"
    r"(?:会议上|大会上|会议开幕式上|会上)(?:的讲话|所作)?[)）]?")
_DELIVERY_PLAIN = re.compile(
    rf"(?:——|—|--|-)?\s*[(（]?\s*(?:{_DATE}|{_MONTH_DAY}|{_YEAR_MONTH})?\s*在[^,，。;；!！?？]{{2,60}}?(?:会议|大会)[)）]?")
# A report handed to the deputies in writing, not read out (……会议书面印发).
_DELIVERY_PRINTED = re.compile(rf"(?:——|—|--|-)?\s*[(（]?\s*{_DATE}\s*(?:在)?[^,，。;；!！?？]{{2,60}}?(?:会议|大会)上?(?:书面)?印发[)）]?")
_BRACKETED_DATE = re.compile(rf"[(（]\s*{_DATE}\s*[)）]")
# At a 人大工委's meeting (a 地区's) the report addresses 各位委员.
_ADDRESS = re.compile(r"各位(?:代表|委员)(?:、同志们)?[:：!！,，]?")
# The characters of a person's name: the common ideographs and the rare ones
# of the extension blocks (U+3400-U+4DBF, U+20000 on; 䶮, 𬌗), which names
# hold more often than any other text does (GB18030 pages carry them; GBK
# has none). For use inside a character class.
NAME_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# The title, maybe a colon (代市长:王锐), then the name, maybe followed by 同志.
_SPEAKER_TITLE = re.compile(
    rf"(省长|市长|区长|县长|州长|盟长|旗长|主席|镇长|乡长|苏木达|专员|主任)(?::(?=[{NAME_HAN}]))?"
    rf"\s*[{NAME_HAN}·•・‧.]{{0,5}}\s*[{NAME_HAN}·•・‧.]{{0,3}}$")
# Posts a speaker holds besides the government's, listed before its title and
# parted from it by 、: 中共泸溪县委副书记、县长, 第八师副师长、石河子市市长.
OTHER_POSTS_PATTERN = r"(?:[\u4e00-\u9fff]{0,20}?(?:书记|委员|师长|政委|司令员|主任|成员)、)+"
_OTHER_POSTS = re.compile(rf"^{OTHER_POSTS_PATTERN}")
_SPEAKER_LABEL = re.compile(r"^作?报告人:")
_HEADER_PUNCTUATION = re.compile(r"[,，。;；:：!！?？、]")
_TITLE_COLON = re.compile(r"(?<=长|席|任|员|达):(?=[\u4e00-\u9fff])")


# Dashes typed with another character (a horizontal bar ―, a box-drawing ─)
# open a delivery line as the em dash does.
_OTHER_DASHES = "―─━–‒"
_DASH_LIKE = str.maketrans(dict.fromkeys(_OTHER_DASHES, "—"))


@functools.lru_cache(maxsize=256)
def _key(text: str) -> str:
    """`text` as the header patterns read it: NFKC, simplified characters
    (a traditional copy's 政府工作報告 is a header too), without spaces, one
    kind of dash (cached: each header test asks for it, and a line is tested
    for several pieces)."""
    return "".join(fold(text).split()).translate(_DASH_LIKE)


def is_title_restatement(text: str) -> bool:
    """`2022年政府工作报告`, `政 府 工 作 报 告`, `(省)某县人民政府工作报告(2022年1月5日)`."""
    key = _key(text)
    if len(key) > 70:
        return False
    match = _TITLE_RESTATEMENT.match(key)
    if not match or "会议" in match.group("prefix") or "大会" in match.group("prefix"):
        return False
    rest = key[match.end():]
    return not rest or bool(re.fullmatch(rf"[(]?{_DATE}[)]?", rest))


MAX_BARE_SESSION_LINE = 40
# A congress session's name after its place (第十七届人民代表大会第五次会议, 十四届人大四次会议).
SESSION_NAME = r"第?[0-9一二三四五六七八九十]+届(?:人民代表大会|人大)第?[0-9一二三四五六七八九十]+次(?:全体)?会议"


def is_session_delivery_line(text: str) -> bool:
    """A delivery line naming the session (not a date alone)."""
    return "会议" in text and is_delivery_line(text)


def is_delivery_line(text: str) -> bool:
    """`——2022年4月20日在魏都区十六届人民代表大会第一次会议上` and similar
    (also as a scan's text layer reads it: 2O22年4月2O曰)."""
    key = ocr_repaired(_key(text))
    if len(key) > 90:
        return False
    if "印发" in key and _DELIVERY_PRINTED.fullmatch(key):
        return True
    match = _DELIVERY_WITH_ON.fullmatch(key) or _DELIVERY_PLAIN.fullmatch(key)
    if match:
        # (A line of its own naming only the session, 在某县第十八届人民代表大会第二次会议上,
        # when the title in brackets gives the date.)
        return bool(re.search(_DATE, key) or re.match(_YEAR_MONTH, key)
                    or key.startswith(("—", "-", "("))
                    or key.startswith("在") and len(key) <= MAX_BARE_SESSION_LINE)
    # A date line alone: in words, or in figures set off by a dash or brackets
    # (a bare 2024-01-20 under a title is as often when the page was posted).
    return bool(re.fullmatch(rf"(?:——|—|--)?[(]?{_DATE}[)]?", key)) and (
        "年" in key or key.startswith(("—", "-", "(")))


def is_speaker_line(text: str) -> bool:
    """`魏都区人民政府区长 何长成`, `咸阳市代市长 冷劲松`, also with the date
    after it in brackets (`宁陵县人民政府县长 高建勇(2024年1月10日)`) or other
    posts before it (`中共宁陵县委副书记、县长 高建勇`)."""
    key = _key(text)
    if key.endswith(")"):
        key = _TRAILING_BRACKET_DATE.sub("", key)
    if "、" in key:
        key = _OTHER_POSTS.sub("", key, count=1)
    if ":" in key:
        key = _SPEAKER_LABEL.sub("", key, count=1)   # 报告人:县长张三
    return 3 <= len(key) <= 30 and not _HEADER_PUNCTUATION.search(_TITLE_COLON.sub("", key)) and bool(
        _SPEAKER_TITLE.search(key))


_TRAILING_BRACKET_DATE = re.compile(rf"\({_DATE}\)$")


def is_address(text: str) -> bool:
    """The opening salutation `各位代表:`."""
    return bool(_ADDRESS.fullmatch(_key(text)))


def is_header_line(text: str) -> bool:
    """One of the report's header pieces (restated title, delivery line, speaker, 各位代表)."""
    return (is_title_restatement(text) or is_delivery_line(text) or is_speaker_line(text)
            or is_address(text) or is_excerpt_source(text))


# The source line under an excerpt's heading in a paper's 摘登 (——摘自2024年1月5日
# 县长孙忠平在甘谷县第十八届人民代表大会第三次会议上所作的政府工作报告).
_EXCERPT_SOURCE = re.compile(r"^[—\-]*[(]?摘自[^。]{0,80}(?:政府工作报告|会议上)[^。]{0,12}[)]?$")
MAX_EXCERPT_SOURCE = 100


def is_excerpt_source(text: str) -> bool:
    """The line an excerpt names its report by (——摘自…政府工作报告)."""
    return "摘自" in text and len(text) <= MAX_EXCERPT_SOURCE and bool(_EXCERPT_SOURCE.match(_key(text)))


# --- headings ----------------------------------------------------------------------------
_CN_NUM = "一二三四五六七八九十"
_HEADING_MARKER = re.compile(
    rf"(?:[{_CN_NUM}]{{1,3}}、(?![{_CN_NUM}]{{1,3}}[、期批类届])(?!\d+[、期批])"
    rf"|[(（][{_CN_NUM}]{{1,3}}[)）]"
    rf"|第[{_CN_NUM}]{{1,3}}(?:部分|章|节|篇)"
    r"|\d{1,2}[.．、](?![\d%％])(?=[\u4e00-\u9fff“])"
    r"|[(（]\d{1,2}[)）](?=[\u4e00-\u9fff“]))")


def heading_marker(text: str) -> re.Match | None:
    """The enumeration marker a heading starts with (`二、`, `(一)`, `1.`), if any."""
    return _HEADING_MARKER.match(text.lstrip(" \u3000\xa0"))


def is_heading(text: str) -> bool:
    """A paragraph that starts with a section marker (`一、`, `(一)`, `第一部分`, `1.`)."""
    return heading_marker(text) is not None


# --- where a one-line body should break --------------------------------------------------------
_OPENING_QUOTES = "“‘「『《(（"
_CLOSING_QUOTES = "”’」』》)）"
_LEAD_SENTENCE = re.compile(r"[\u4e00-\u9fff“”]{6,24}[。!！]")
_ADDRESS_START = re.compile(r"各位代表(?:、同志们)?[!！,，:：]")
# Heading texts end with one of these words (`一、过去五年工作回顾`). The
# sentence glued after a heading starts right after the first of them that
# is not followed by a conjunction or by another such word (`目标和重点任务`,
# `工作回顾`) and leaves a heading of at least six characters.
_HEADING_ENDS = ("回顾", "工作", "任务", "目标", "安排", "建设", "思路", "要求", "重点", "部署",
                 "展望")
_CONJUNCTIONS = ("和", "与", "及", "的", "并", "暨", "、")
LONG_PARAGRAPH = 900
ONE_LINE_BODY = 2000


def needs_restoration(text: str) -> bool:
    """A paragraph that is really a whole body glued into one line."""
    if len(text) > ONE_LINE_BODY:
        return True
    if len(text) < 400:
        return False
    header, _rest = split_header(text)
    return len(header) >= 2


def split_header(text: str) -> tuple[list[str], str]:
    """Peel the header pieces off the start of a glued body: (pieces, rest)."""
    pieces: list[str] = []
    position = 0

    def take(match: re.Match | None) -> None:
        nonlocal position
        if match and match.group(0).strip():
            pieces.append(match.group(0).strip())
            position = match.end()
            while position < len(text) and text[position] in " \u3000\xa0":
                position += 1

    title = _TITLE_RESTATEMENT.match(text, position)
    if title and "会议" not in title.group("prefix") and "大会" not in title.group("prefix"):
        take(title)
        take(_BRACKETED_DATE.match(text, position))
    delivery = _DELIVERY_WITH_ON.match(text, position) or _DELIVERY_PLAIN.match(text, position)
    if delivery and (re.search(_DATE, delivery.group(0)) or delivery.group(0).lstrip()[:1] in "—-(（"):
        take(delivery)
    address_at = text.find("各位代表", position)
    speaker = text[position:address_at]
    if pieces and 0 < len(speaker.strip()) <= 30 and not _HEADER_PUNCTUATION.search(speaker):
        pieces.append(speaker.strip())
        position = address_at
    take(_ADDRESS.match(text, position) if text.startswith("各位代表", position) else None)
    return pieces, text[position:]


_QUOTE = re.compile("[" + re.escape(_OPENING_QUOTES + _CLOSING_QUOTES) + "]")
MAX_QUOTE = 300  # characters a quote may stay open before it is taken as unbalanced


class _Depths:
    """Quote/bracket nesting depth before each character of a text: `depths[i]`
    is the depth before `text[i]`, `depths[len(text)]` the depth at the end.
    Only quote characters (and giving up on an unbalanced quote) change it, so
    it is kept as the indices where it changes: a one-line body is tens of
    thousands of characters."""

    def __init__(self, starts: list[int], values: list[int]) -> None:
        self._starts = starts  # increasing, from 0
        self._values = values  # the depth from each start on

    def __getitem__(self, index: int) -> int:
        return self._values[bisect_right(self._starts, index) - 1]


def _bracket_depths(text: str) -> _Depths:
    """Quote/bracket nesting depth before each character (reset if left open too long)."""
    starts, values = [0], [0]
    depth = 0
    opened_at = 0
    position = 0  # the first character after the last quote
    for index in [match.start() for match in _QUOTE.finditer(text)] + [len(text)]:
        reset = opened_at + MAX_QUOTE + 1  # where an open quote is given up
        if depth and position <= reset < index:
            depth = 0  # an unbalanced quote must not block every later break
            starts.append(reset + 1)
            values.append(0)
        if index == len(text):
            break
        if text[index] in _OPENING_QUOTES:
            if depth == 0:
                opened_at = index
            depth += 1
        elif depth > 0:
            depth -= 1
        if depth and index - opened_at > MAX_QUOTE:
            depth = 0
        if depth != values[-1]:
            starts.append(index + 1)
            values.append(depth)
        position = index + 1
    return _Depths(starts, values)


_SPACES = " \u3000\xa0\t"
# What opens a paragraph right after a sentence end (no space between).
_PARAGRAPH_STARTS = {"heading": _HEADING_MARKER, "address": _ADDRESS_START, "lead": _LEAD_SENTENCE}
_PARAGRAPH_START = re.compile("|".join(f"(?P<{kind}>{pattern.pattern})"
                                       for kind, pattern in _PARAGRAPH_STARTS.items()))
# A sentence or clause end that a paragraph may follow: closing quotes or
# spaces come next, or what opens a paragraph. The others, most of them, are
# passed over inside the regex engine.
_END_BEFORE_BREAK = re.compile(
    f"[{re.escape(_TERMINAL + _SOFT_TERMINAL)}]"
    f"(?=[{re.escape(_CLOSERS + _SPACES)}]|{'|'.join(p.pattern for p in _PARAGRAPH_STARTS.values())})")
_QUOTES_THEN_SPACES = re.compile(f"([{re.escape(_CLOSERS)}]*)([{re.escape(_SPACES)}]*)")


def _break_candidates(text: str) -> Iterator[tuple[int, str, bool]]:
    """Every index where a paragraph may start, in order, with the sentence
    or clause end before it and whether spaces stand in between: each closing
    quote right after the end (`。”`: the quote itself follows the full stop)
    and the first character after those quotes and spaces."""
    for end in _END_BEFORE_BREAK.finditer(text):
        after = _QUOTES_THEN_SPACES.match(text, end.end())
        for index in range(*after.span(1)):
            yield index, end.group(), False
        if after.end() < len(text):
            yield after.end(), end.group(), after.end(2) > after.start(2)


def _is_break_before(text: str, index: int, end_mark: str, spaced: bool, since_break: int) -> bool:
    """Whether a new paragraph starts at `index`, right after the sentence or
    clause end `end_mark` (and spaces if `spaced`), outside quotes."""
    if spaced:
        return True
    start = _PARAGRAPH_START.match(text, index)
    if start is None:
        return False
    if start.lastgroup == "heading":
        return True
    return end_mark in _TERMINAL and (start.lastgroup == "address" or since_break >= 150)


def split_at_structure(text: str) -> list[str]:
    """Break a glued body where the report's structure shows a new paragraph."""
    depths = _bracket_depths(text)
    chunks: list[str] = []
    start = 0
    # Only the characters after a sentence end can start a paragraph; testing
    # just those keeps this fast on bodies of tens of thousands of characters.
    for index, end_mark, spaced in _break_candidates(text):
        if _is_break_before(text, index, end_mark, spaced, index - start) and not depths[index]:
            chunks.append(text[start:index])
            start = index
    chunks.append(text[start:])
    return [c.strip(_SPACES) for c in chunks if c.strip(_SPACES)]


def split_glued_heading(text: str) -> list[str]:
    """`一、过去五年工作回顾过去五年,咸阳…` -> [`一、过去五年工作回顾`, `过去五年,咸阳…`]."""
    marker = heading_marker(text)
    if not marker:
        return [text]
    head_start = marker.end()
    region_end = head_start
    while region_end < len(text) and region_end - head_start < 45:
        if text[region_end] in ",，。;；:：!！?？、 \u3000":
            break
        region_end += 1
    region = text[head_start:region_end]
    for end in _heading_end_candidates(region):
        heading_length = end
        glued = region[end:]
        if heading_length >= 6 and len(glued) >= 2:
            return [text[:head_start + end], text[head_start + end:]]
    return [text]


def _heading_end_candidates(region: str) -> list[int]:
    """Positions just after a heading-final word, earliest first, skipping
    those followed by a conjunction or by another heading-final word."""
    candidates = []
    for word in _HEADING_ENDS:
        for match in re.finditer(word, region):
            end = match.end()
            after = region[end:]
            if after.startswith(_CONJUNCTIONS) or after.startswith(_HEADING_ENDS):
                continue
            candidates.append(end)
    return sorted(set(candidates))


_FULL_STOP_AND_QUOTES = re.compile(f"[。!?！？][{re.escape(_CLOSERS)}]*")


def split_long(text: str, target: int = 500) -> list[str]:
    """Cut a long run at sentence ends into pieces of about `target` characters."""
    if len(text) <= LONG_PARAGRAPH:
        return [text]
    depths = _bracket_depths(text)
    pieces: list[str] = []
    start = 0
    for match in _FULL_STOP_AND_QUOTES.finditer(text):
        cut = match.end()  # after the full stop and its closing quotes
        if cut - start >= target and len(text) - cut >= 200 and not depths[match.start() + 1]:
            pieces.append(text[start:cut])
            start = cut
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def restore_one(text: str) -> list[str]:
    """Paragraphs of one glued body line."""
    header, rest = split_header(text)
    paragraphs = list(header)
    for chunk in split_at_structure(rest):
        for piece in split_glued_heading(chunk):
            paragraphs.extend(split_long(piece))
    return paragraphs


_RUNNING_TEXT = re.compile(r"[，,、；;]")
_CONTINUATION_START = tuple("，,。、；;：:？?！!）)”’》")


def _breaks_mid_sentence(line: str, following: str, wrap_width: int | None = None,
                         last_line: str = "") -> bool:
    """`line` is running text cut before its sentence ended (a hard-wrapped
    line, a stray <br>), and `following` goes on with that sentence.
    `wrap_width`: the width the text was hard-wrapped at, if it was, and
    `last_line` the last line joined into `line`."""
    if not following:
        return False
    # A wrapped paragraph's last line is short of the width: a full line that
    # ends a sentence goes on, all but one time in the width.
    width = len(last_line or line)
    full_line = wrap_width is not None and width >= wrap_width
    if ((ends_sentence(line) and not full_line) or is_header_line(line)
            or (is_heading(line) and not _run_in_heading_wrapped(line, width, wrap_width)
                and not _cut_after_run_in_heading(line))):
        return False
    if following.startswith(_CONTINUATION_START):
        return True
    if is_heading(following) or is_header_line(following) or following.startswith("各位代表"):
        return False
    if wrap_width is not None and width >= wrap_width - _WRAP_SLACK:
        return True
    return len(last_line or line) >= 30 and bool(_RUNNING_TEXT.search(last_line or line))


def _run_in_heading_wrapped(line: str, width: int, wrap_width: int | None) -> bool:
    """A hard-wrapped line that opens with a run-in heading (`（一）做强小吃产业。
    推进…`) and fills the width: its paragraph goes on on the next line. A
    heading standing alone holds no full stop before its end."""
    return (wrap_width is not None and width >= wrap_width - _WRAP_SLACK
            and _INNER_FULL_STOP.search(line[:-1]) is not None)


_INNER_FULL_STOP = re.compile("[。！？!?]")


def _cut_after_run_in_heading(line: str) -> bool:
    """A paragraph opening with a run-in heading (`（一）…成效。`) cut at a
    comma, as a page break of a document cuts it: no heading ends so."""
    return line.endswith(("，", ",", "、")) and len(line) >= 30 and _INNER_FULL_STOP.search(line) is not None


# Chinese typesetting moves a punctuation mark that would start a line to the
# end of the one before, or a character down with it: wrapped lines are up to
# two characters short of (or one over) the width.
_WRAP_SLACK = 2
_MIN_WRAPPED_LINES = 5
# A paragraph's first line is indented two characters.
_INDENT = 2
# Narrower lines are headings and header lines, not wrapped prose.
_MIN_WRAP_WIDTH = 20


def wrap_width(paragraphs: list[str]) -> int | None:
    """The width a hard-wrapped text was cut at (official documents are set 28
    characters a line, and copies of their PDFs keep the breaks): the most
    common length of the lines ending mid-sentence, when enough lines are
    that long, give or take the slack; None otherwise."""
    needed = max(_MIN_WRAPPED_LINES, len(paragraphs) * 0.3)
    # Counting every line first is cheap and bounds the count of those ending
    # mid-sentence: most bodies are no wrapped text, and this tells at once.
    every = Counter(len(p) for p in paragraphs if len(p) >= _MIN_WRAP_WIDTH)
    # A window of lengths holds no more lines than all of them, nor more than
    # its most common length's count times its size: bounds that rule out
    # most bodies before any window is summed.
    window = _WRAP_SLACK + 2
    if not every or min(sum(every.values()), window * max(every.values())) < needed:
        return None
    if not any(sum(every[n] for n in range(length - _WRAP_SLACK, length + 2)) >= needed
               for length in every):
        return None
    lengths = Counter(len(p) for p in paragraphs if len(p) >= _MIN_WRAP_WIDTH
                      and not ends_sentence(p) and not is_heading(p))
    if not lengths:
        return None
    width = max(lengths, key=lambda length: (lengths[length], length))
    near = sum(lengths[length] for length in range(width - _WRAP_SLACK, width + 2))
    if near >= needed:
        return width
    # A full line may happen to end a sentence (…龙头企业3家。): enough lines
    # stand at the width the ones cut mid-sentence set, whatever their ending.
    if near >= _MIN_WRAPPED_LINES and sum(every[n] for n in range(width - _WRAP_SLACK, width + 2)) >= needed:
        return width
    # A PDF's text layer (or a copy of its text) loses the two-character
    # indent of each paragraph's first line: those lines, the most common
    # ones, are two short of the full lines, which come next in number.
    wider = width + _INDENT
    if lengths[wider]:
        near = sum(lengths[length] for length in range(width - _WRAP_SLACK, wider + 2))
        if near >= needed:
            return wider
    return None


def join_broken_lines(paragraphs: list[str]) -> list[str]:
    """Join lines that split a sentence (hard wraps, `<br>` in mid-sentence)."""
    width = wrap_width(paragraphs)
    joined: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        if joined and (_breaks_mid_sentence(joined[-1], paragraph, width, paragraphs[index - 1])
                       or (index < _HEADER_LINES and halves_of_delivery_line(joined[-1], paragraph))):
            joined[-1] += paragraph
        else:
            joined.append(paragraph)
    return joined


# The header lines of a report come first: a delivery line split in two is looked for there.
_HEADER_LINES = 8
_MAX_HALF_LINE = 60


def halves_of_delivery_line(first: str, second: str) -> bool:
    """A delivery line centred on two lines (`——2024年1月15日在某某自治县` /
    `第十七届人民代表大会第四次会议上`, or the date alone above `在…会议上`), as
    layout tables and Word exports set it."""
    if len(first) > _MAX_HALF_LINE or len(second) > _MAX_HALF_LINE or "会议" not in _key(second):
        return False   # (read simplified: a traditional copy's 會議 too)
    # (`在…会议上` alone is a delivery line too, when a bracketed title gives the date.)
    second_whole = is_delivery_line(second) and not _key(second).startswith("在")
    return ("会议" not in _key(first) and not second_whole
            and is_delivery_line(first.rstrip() + second.lstrip()))


def restore_paragraphs(paragraphs: list[str]) -> list[str]:
    """Restore paragraph breaks in bodies that lost them, and part a report's
    section title from the paragraph it was run into; others are returned as is."""
    restored: list[str] = []
    for paragraph in paragraphs:
        if needs_restoration(paragraph):
            restored.extend(restore_one(paragraph))
        else:
            restored.extend(split_run_in_section_title(paragraph))
    return restored


# A work report's part titles (一、2021年工作回顾, 二、2022年主要目标和重点工作,
# 三、加强政府自身建设) end in these words. Sites that set the title in bold
# inside the first paragraph lose the break in their text: 一、2021年工作回顾2021年是….
_SECTION_TITLE_ENDS = ("回顾", "主要工作", "重点工作", "工作安排", "总体安排", "工作任务", "目标任务",
                       "主要任务", "重点任务", "总体要求", "奋斗目标", "主要目标", "预期目标", "总体思路",
                       "自身建设")
# Words naming the span of time a part covers (2022年, 今后五年, 过去五年,
# 本届政府): a run-in sub-heading (一、扎实推进重点工作落实…) names none.
_SECTION_SPAN = re.compile(r"(?:19|20)\d{2}年|今后|过去|本届|五年|今年|明年|来年|自身建设|回顾")
_PART_MARKER = re.compile(r"[一二三四五六七八九十]{1,2}、")


MAX_PART_TITLE = 30


def is_part_title(text: str) -> bool:
    """A report's part title standing alone, numbered or not (`2023年主要任务`,
    `二、今后五年的主要目标任务`): ends in a part title's word and names the
    span of time it covers."""
    title = text.strip(EDGE_SPACE)
    if len(title) > MAX_PART_TITLE or _INNER_FULL_STOP.search(title):
        return False
    marker = _PART_MARKER.match(title)
    title = title[marker.end():] if marker else title
    return title.endswith(_SECTION_TITLE_ENDS) and bool(_SECTION_SPAN.search(title))


def split_run_in_section_title(text: str) -> list[str]:
    """`一、2021年工作回顾2021年是…` -> [`一、2021年工作回顾`, `2021年是…`]: a part
    title (a Chinese-numeral `一、` heading ending in a part title's word, and
    naming the span it covers) run into its first paragraph. Anything else,
    a sub-heading run into its text included, is left whole."""
    marker = _PART_MARKER.match(text)
    if marker is None:
        return [text]
    pieces = split_glued_heading(text)
    if len(pieces) == 1:
        return pieces
    title = pieces[0][marker.end():]
    if title.endswith(_SECTION_TITLE_ENDS) and _SECTION_SPAN.search(title):
        return pieces
    return [text]


# --- the text twice ------------------------------------------------------------------------
# Pages carry the text twice (a mobile and a desktop copy, a hidden print
# copy) and both may fall into one body. The second copy is found from an
# anchor, the first paragraph at least this long, and must repeat at least
# REPEAT_MIN_CHARS of text up to the body's end: no report repeats that much.
_REPEAT_ANCHOR_CHARS = 20
REPEAT_MIN_CHARS = 200


def repeated_copy_start(paragraphs: list[str]) -> int | None:
    """Index where a second copy of the text begins (its header included), when
    the body ends with a repeat of its own text from the anchor on; else None."""
    squeezed = ["".join(p.split()) for p in paragraphs]
    anchor = next((i for i, p in enumerate(squeezed) if len(p) >= _REPEAT_ANCHOR_CHARS), None)
    if anchor is None:
        return None
    # Only the anchor's first recurrence can open the second copy: a text
    # found three or more times over is left alone.
    start = next((i for i in range(anchor + 1, len(squeezed)) if squeezed[i] == squeezed[anchor]), None)
    if start is None:
        return None
    copied = len(squeezed) - start
    if anchor + copied > start or squeezed[start:] != squeezed[anchor:anchor + copied]:
        return None
    if sum(map(len, squeezed[start:])) < REPEAT_MIN_CHARS:
        return None
    # The second copy's own header lines (title, delivery line, 各位代表) go
    # with it, and so do short unfinished lines between the copies (buttons).
    header = set(squeezed[:anchor])
    while start - 1 >= anchor + copied and (squeezed[start - 1] in header or _is_stray(squeezed[start - 1])):
        start -= 1
    return start


def _is_stray(line: str) -> bool:
    """A short line that ends no sentence: a button or label, not the report's end."""
    return len(line) <= _REPEAT_ANCHOR_CHARS and not ends_sentence(line)


# --- another report after the first --------------------------------------------------------
# Pages carry more than one report (this year's and, below it, `往年报告` with
# last year's; a newspaper page with two). A second delivery line unlike the
# first, with prose after it, opens another report: it is cut from the first
# and read on its own, never left inside the first report's body.
_ANOTHER_REPORT_MIN_CHARS = 200
_ANOTHER_EXCERPT_MIN_CHARS = 60


def another_report_start(paragraphs: list[str]) -> tuple[int, int] | None:
    """(labels, start) when the body holds a second report's header after the
    first report's text: `start` is where the other report begins (the title
    line right above its delivery line, if there is one) and `labels` where
    the short lines between the two reports begin (`往年报告`, `历年报告`;
    equal to `start` when there are none); else None."""
    first = next((i for i, p in enumerate(paragraphs[:_LEAD_SEARCH]) if _may_deliver(p)), None)
    if first is None:
        return None
    first_key = _key(paragraphs[first])
    for index in range(first + 2, len(paragraphs)):
        if not _may_deliver(paragraphs[index]) or _key(paragraphs[index]) == first_key:
            continue
        between = paragraphs[first + 1:index]
        after = paragraphs[index + 1:]
        # An excerpt's source line (——摘自…) opens an excerpt, however short the one before.
        least = _ANOTHER_EXCERPT_MIN_CHARS if is_excerpt_source(paragraphs[index]) else _ANOTHER_REPORT_MIN_CHARS
        if sum(map(len, between)) < least or sum(map(len, after)) < least:
            continue   # a date line inside one report, not a second report's header
        labels = index
        # Short unfinished lines back to the first report's last sentence.
        while labels - 1 > first and not ends_sentence(paragraphs[labels - 1]) and not is_heading(
                paragraphs[labels - 1]) and len(paragraphs[labels - 1]) <= _MAX_LABEL_CHARS:
            labels -= 1
        return _after_closing_call(paragraphs, first, labels), max(labels, index - 1)
    return None


def _after_closing_call(paragraphs: list[str], first: int, labels: int) -> int:
    """`labels`, or where the lines after the first report's closing call
    begin when they are a poster's or editor's short words before the next
    report (马鞍山的也出来了，顺手贴在这里。): no sign-off, date or appendix."""
    closing = next((i for i in range(labels - 1, first, -1) if _is_closing(paragraphs[i])), None)
    if closing is None or closing + 1 >= labels:
        return labels
    between = paragraphs[closing + 1:labels]
    if all(len(p) <= 2 * _MAX_LABEL_CHARS and not _APPENDIX.match(p) and not is_sign_off(p)
           and not _SIGNED_DATE.match(p.strip()) for p in between):
        return closing + 1
    return labels


def _may_deliver(paragraph: str) -> bool:
    """A dated delivery line, or one led by a dash (another report's is told so):
    `is_delivery_line` is asked only of short paragraphs holding a date's
    characters or opening with a dash, since keying every paragraph of a long
    body costs more than all the rest of the check."""
    if len(paragraph) > _MAX_LABEL_CHARS * 2:
        return False
    dated = "年" in paragraph and ("日" in paragraph or "号" in paragraph or "曰" in paragraph)
    # Or undated but set off by its dash (——在某县第十六届人民代表大会第二次会议上).
    dashed = "会议" in paragraph and paragraph.lstrip(EDGE_SPACE).startswith(_DASH_STARTS)
    return (dated or dashed) and is_delivery_line(paragraph) or is_excerpt_source(paragraph)


_DASH_STARTS = ("—", "-", *_OTHER_DASHES)


# The delivery line stands among the first lines of a report's header.
_LEAD_SEARCH = 12
# A title or label line above another report's header is short.
_MAX_LABEL_CHARS = 60


# --- is the body the whole report? ----------------------------------------------------------
_OPENING = re.compile(r"我代表.{0,12}政府.{0,10}(报告工作|作.{0,8}报告)")
_CLOSING_CALL = re.compile(r"让我们.{0,40}(团结|携手|同心|高举|紧密|在|以|坚定|奋力|凝心|勠力|戮力|一起)")
_CLOSING_WORDS = re.compile(
    r"(奋斗|努力|前进|召开|篇章|贡献|征程|辉煌|未来|明天|梦想|新局面|新业绩|新成绩|伟大|胜利|"
    r"新篇|新辉煌|新跨越|新突破|现代化|"
    # an anniversary to greet with results (以优异成绩庆祝新中国成立70周年！)
    r"周年)[^。!！]{0,12}[!！]$")
_APPENDIX = re.compile(r"^(名词解释|附件|附表|附录|注释|附[:：]|注[:：]|说明[:：]|\*"
                       # footnotes, numbered as their marks in the text are ([1] 三大攻坚战：指…)
                       r"|[\[［]\d{1,2}[\]］]|[①②③④⑤⑥⑦⑧⑨⑩]"
                       # the glossary under the report's own name (2023年某区政府工作报告名词解释)
                       r"|[^，。,]{0,30}(?:名词解释|名词注释|词语解释)$)")
_SPACED_OUT = re.compile(r"[ \t\u3000\xa0]+")


def _opens_appendix(paragraph: str) -> bool:
    """An appendix's heading, spaced out as headings are set (注　释, 附　件) or not."""
    return bool(_APPENDIX.match(_SPACED_OUT.sub("", paragraph)))


# A part's number after a document's title where a paged article's parts are
# set on one page, or a paper's continuation (报告(2), 报告（三）, 报告（续）,
# 報告（續）, 报告之二).
PART_NUMBER = re.compile(r"\s*(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3}|[续續][一二三四五六七八九十]?)[)）]"
                         r"|之[二三四五六七八九十])$")
CLOSING_SEARCH = 60  # paragraphs from the end searched for the closing call
MAX_APPENDIX_PARAGRAPHS = 400  # and for an appendix's heading right under it


def starts_like_report(paragraphs: Sequence[str]) -> bool:
    """The body opens with the report's header, or with `各位代表:现在,我代表…`.
    (`各位代表!` alone also opens many paragraphs in the middle of a report.)"""
    if not paragraphs:
        return False
    first = paragraphs[0]
    if is_title_restatement(first) or is_delivery_line(first) or is_speaker_line(first) or (
            is_address(first)):
        return True
    header, _rest = split_header(first)
    if any(not is_address(piece) for piece in header):
        return True
    return bool(_OPENING.search(first[:150]))


def is_closing(paragraph: str) -> bool:
    """The report's closing call (让我们…, …而努力奋斗！)."""
    return _is_closing(paragraph)


def _is_closing(paragraph: str) -> bool:
    if _CLOSING_CALL.search(paragraph):
        return True
    # The closing words end in an exclamation mark: most paragraphs fail at once.
    stripped = paragraph.rstrip()
    return stripped.endswith(("!", "！")) and bool(_CLOSING_WORDS.search(stripped))


# A report signed at its end, as its printed copy is: `报告人：某县人民政府县长 张三`
# or `某县人民政府县长  张三`, and the delivery date under it.
_SIGN_OFF = re.compile(rf"^(?:作?报告人\s*[:：]\s*[^，。；,;]{{2,40}}|[^\s，。；,;:：]{{0,30}}"
                       rf"(?:[省市州县区旗盟乡镇]长|主席|专员)[\s\u3000]*[{NAME_HAN}]{{2,4}}(?:[·•][{NAME_HAN}]{{1,8}})?)$")
_SIGNED_DATE = re.compile(rf"^[(（]?\s*(?:{dates.DATE_PATTERN})\s*[)）]?$")
MAX_SIGN_OFF = 45


def is_sign_off(text: str) -> bool:
    """A line signing the report under its closing call (报告人：某县人民政府县长 张三)."""
    return len(text) <= MAX_SIGN_OFF and bool(_SIGN_OFF.match(text))


def is_signed_date(text: str) -> bool:
    """A line holding only a date (二〇二四年一月九日, (2024年1月9日))."""
    return len(text) <= MAX_SIGN_OFF and bool(_SIGNED_DATE.match(text))


# A note defining a term of the report (“一主两特”：指…, 三新经济：是指…).
# (Maybe after the note's number: 1“一主两特”：指…, [2]…, ②….)
_NOTE_NUMBER = r"(?:\[\d{1,2}\]|\d{1,2}|[①-⑳])?"
_DEFINITION = re.compile(rf"^{_NOTE_NUMBER}[^，。；:：]{{2,40}}[:：](?:是?指|即|意为|意思是)")
_TERM_LABEL = re.compile(rf"^{_NOTE_NUMBER}[^，。；:：]{{2,40}}[:：]")


def ends_like_report(paragraphs: Sequence[str]) -> bool:
    """The body ends with the report's closing call (maybe followed by a short
    line such as `谢谢大家!`, an appendix such as `名词解释`, or the report's sign-off)."""
    lowest = max(-1, len(paragraphs) - 1 - CLOSING_SEARCH)
    closing_at = next((i for i in range(len(paragraphs) - 1, lowest, -1)
                       if _is_closing(paragraphs[i])), None)
    if closing_at is None:
        # A long appendix (a table of 30 projects, a cell a paragraph) under the closing call.
        lowest = max(0, len(paragraphs) - 1 - MAX_APPENDIX_PARAGRAPHS)
        # (Or several: a table of targets, then the 民生实事, then the glossary; the first follows the call.)
        return any(_opens_appendix(paragraphs[i]) and _is_closing(paragraphs[i - 1])
                   for i in range(len(paragraphs) - 1, max(lowest, 0), -1))
    tail_length = len(paragraphs) - closing_at - 1
    if tail_length and _opens_appendix(paragraphs[closing_at + 1]):
        return True
    tail = [paragraph.strip() for paragraph in paragraphs[closing_at + 1:]]
    if tail and tail_length <= 2 and is_sign_off(tail[0]) and all(map(is_signed_date, tail[1:])):
        return True
    if tail and tail_length <= MAX_APPENDIX_PARAGRAPHS and _DEFINITION.match(tail[0]) and all(
            _TERM_LABEL.match(paragraph) for paragraph in tail[1:]):
        return True   # the notes an office suite sets under the text, no heading over them (“三新”：指…)
    return (tail_length <= 1 and sum(map(len, paragraphs[closing_at + 1:])) < 30
            and ends_sentence(paragraphs[-1], soft=False))


class _FoldedAsRead(Sequence[str]):
    """Paragraphs folded to simplified characters as they are read. The
    excerpt checks read the first paragraph and the closing ones from the end
    until the closing call, mostly two or three; folding traditional text
    (OpenCC in pure Python) costs milliseconds a paragraph."""

    def __init__(self, paragraphs: list[str]) -> None:
        self._paragraphs = paragraphs
        self._folded: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._paragraphs)

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        position = range(len(self))[index]  # a negative index counts from the end
        folded = self._folded.get(position)
        if folded is None:
            folded = self._folded[position] = fold(self._paragraphs[position])
        return folded


# Chinese punctuation that NFKC keeps or turns into ASCII, one character at a time.
_PLAIN_PUNCTUATION = "，。、；：？！“”‘’（）《》【】〔〕「」『』—…·％＋－／～　"


@functools.cache
def _foldable_character() -> re.Pattern:
    """A character that may make `fold` differ from NFKC. The others are
    ASCII, plain punctuation and ideographs that are no traditional
    character: NFKC maps each of them on its own (none combines with a
    neighbour) to ASCII or to itself, where OpenCC has nothing to convert."""
    traditional = traditional_characters()
    kept = [chr(code) for code in range(0x80)]
    kept += [c for c in _PLAIN_PUNCTUATION
             if unicodedata.normalize("NFKC", c) == c or unicodedata.normalize("NFKC", c).isascii()]
    kept += [chr(code) for code in range(0x4E00, 0xA000)]
    kept = [c for c in kept if traditional.isdisjoint(unicodedata.normalize("NFKC", c))]
    return re.compile(f"[^{character_class(kept)}]")


def _in_simplified(paragraphs: list[str]) -> Sequence[str]:
    """The paragraphs as the excerpt checks read them, folded to simplified
    characters when the body is in traditional ones (the cues above are
    simplified: `会议上`, `报告`, `奋斗`), as a sample shows."""
    sample = "".join(paragraphs[:3])[:300]
    # Folding a sample costs far more than looking for a character that
    # could make it differ, and almost every body is in simplified characters.
    if not _foldable_character().search(sample) or (
            fold(sample) == nfkc(sample)):
        return paragraphs
    return _FoldedAsRead(paragraphs)


def excerpt_reasons(paragraphs: list[str]) -> list[str]:
    """Why the body looks partial: it starts or ends in the middle of the report."""
    paragraphs = _in_simplified(paragraphs)
    reasons = []
    if not starts_like_report(paragraphs):
        reasons.append("starts-mid-report")
    if not ends_like_report(paragraphs):
        reasons.append("ends-mid-report")
    if any(_OMISSION.fullmatch(paragraph.strip()) for paragraph in paragraphs):
        reasons.append("omissions-marked")
    return reasons


# A paragraph that is only an ellipsis (……, ……), where an editor left parts out.
_OMISSION = re.compile(r"[(（\[]?(?:…|\.{3}|。{3}|⋯)+[)）\]]?")
