"""Metadata of a government work report from its title and body paragraphs.

Two entry points, both pure (no network, no database):

- `extract_metadata(title, paragraphs, url, canonical_url)`: place (resolved
  through the gazetteer), year, delivery date, congress, speaker, region, flags.
- `classify(title, paragraphs)`: None for a government work report, else the
  reason it is not one.

Matching happens on folded text (NFKC + traditional → simplified, see
`gazetteer.FoldedText`); values taken from the text (title, place, congress,
speaker) are returned as written. `province`/`prefecture`/`county` are the
gazetteer's canonical names, so they stay consistent keys whatever the script
of the page. `adcode` is the 6-digit GB/T 2260 code.

Flags: `missing-title`, `title-year-mismatch` (the title names another year
than the delivery date), `region-slug-mismatch`, `place-not-in-gazetteer`,
`ambiguous-place` (a name shared by several divisions, nothing to settle it:
only the fields they agree on are filled), `place-conflict` (the title's
bracketed province or the congress line disagree with the place),
`historical-division` (placed among the divisions of the report's year, see
`history.py`: the place has since been renamed, merged or abolished).
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import dates, history, regions
from .folding import FoldedText, fold, ocr_repaired
from .gazetteer import OUTSIDE_MAINLAND_PROVINCE_CODES, Division, Gazetteer, NameMatch, load, towns_named
from .paragraphs import NAME_HAN, OTHER_POSTS_PATTERN, SESSION_NAME, is_signed_date

# The report header (restated title, delivery line, speaker) lies within this
# many characters of the body's start.
HEADER_CHARS = 1500

# A delivery line without a date, or naming the national congress, must start
# this close to the body's start to count.
_DELIVERY_LINE_START = 400

# A place named this often in a body with no title is taken as the report's place.
MIN_BODY_MENTIONS = 2

# Cues of the body (2008年工作回顾, 2009年主要任务) that outweigh a title's year
# when the report gives no delivery date and none of its cues names the title's.
MIN_CUES_OVER_TITLE = 2


@functools.cache
def common_word_names() -> frozenset[str]:
    """Names that are also everyday words (资源, 合作, 城区): useless as body evidence.

    Read from cleaning/data/common_word_names.txt (folded like the text)."""
    path = Path(__file__).with_name("data") / "common_word_names.txt"
    names = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.append(line)
    return frozenset(fold(name) for name in names)


# One-character province abbreviations, used only in unambiguous contexts
# (来陕考察, 对苏工作). 宁, 青, 新, 吉, 云, 贵 are left out: too often other words or cities.
_PROVINCE_ABBREVIATIONS = {
    "京": "北京", "津": "天津", "冀": "河北", "晋": "山西", "辽": "辽宁", "黑": "黑龙江",
    "沪": "上海", "苏": "江苏", "浙": "浙江", "皖": "安徽", "闽": "福建", "赣": "江西",
    "鲁": "山东", "豫": "河南", "鄂": "湖北", "湘": "湖南", "粤": "广东", "桂": "广西",
    "琼": "海南", "渝": "重庆", "川": "四川", "蜀": "四川", "黔": "贵州", "滇": "云南",
    "藏": "西藏", "陕": "陕西", "秦": "陕西", "陇": "甘肃", "疆": "新疆",
}
_ABBREVIATION_CONTEXT_RE = re.compile(
    "(?:(?:来|到|莅|赴|在)([" + "".join(_PROVINCE_ABBREVIATIONS) + "])(?:考察|视察|调研))"
    "|(?:(?:对|关于)([" + "".join(_PROVINCE_ABBREVIATIONS) + "])工作)")

_ADMIN_SUFFIX_CHARS = "省市区县旗盟州"
_TOWN_SUFFIXES = ("镇", "乡", "街道", "苏木")
# Suffixes written after a short name in place of the full one (黔东南州), longest first.
_ABBREVIATED_SUFFIXES = ("自治区", "自治州", "自治县", "自治旗", "地区", "州", "区", "县", "旗", "盟", "市")

_YEAR_TOKEN = rf"(?:{dates.YEAR_PATTERN})\s*年度?"
# A label ahead of the title, as reposts write them (权威发布｜…, 重磅！…, 全文:…):
# skipped when a place still stands between it and the report words.
_TITLE_LABEL_RE = re.compile(r"\s*[^|丨!:\s()\[\]]{1,12}\s*[|丨!:]\s*")
_BRACKET_PREFIX_RE = re.compile(r"^\s*[(\[]\s*([^()\[\]]{2,12}?)\s*[)\]]\s*")
# A document site's file-type icon glued before the title (DOC2012年浏阳市…, PDF 政府工作报告).
_FILE_ICON_RE = re.compile(r"^\s*(?:DOCX?|PDF|WPS|TXT|PPTX?)\s*(?=(?:19|20)\d{2}|[\u4e00-\u9fff(（【])")
# `【咸阳市招商】…`, and the short tags of forums and blogs: `[转载]`, `[时政]`, `［原创］`.
# (A listing may pin it first: 置顶【福州市招商】….)
_TAG_PREFIX_RE = re.compile(r"^\s*(?:(?:置顶|顶置|精华)\s*)?(?:(?:【[^】]{0,30}】|\[[^\]]{1,8}\]|［[^］]{1,8}］)\s*)+")
# The place in brackets after the report words (2024年政府工作报告(韶关市)).
_BRACKET_SUFFIX_RE = re.compile(r"[(\[]\s*([^()\[\]\d]{2,16}?)\s*[)\]]\s*$")
# A 地区 or 盟 is governed by the province's agency, its 行政公署 (行署):
# 大兴安岭地区行政公署工作报告 is the government's report.
_AGENCY = r"行政公署|行署"
_REPORT_WORDS_RE = re.compile(rf"(?:(?:人民)?政府|{_AGENCY})\s*(?:{_YEAR_TOKEN})?\s*工作报告")
# A year written bare in a title (2024南阳政府工作报告, …工作报告(2024)).
_BARE_YEAR = r"(?<!\d)(?:19|20)\d{2}(?![\d年月.\-/])"
# What may stand around the place in a title: spaces, years, dashes, separators, quotes.
_TITLE_NOISE = rf"\s|{_YEAR_TOKEN}|{_BARE_YEAR}|[——\-:|丨!《“\"]"
# 关于 may stand before the place (关于某县2023年政府工作报告) or after its
# government (某县人民政府关于2024年政府工作报告).
_LEADING_NOISE_RE = re.compile(rf"^(?:关于|{_TITLE_NOISE})+")
# A headline's head of government delivering it (遵义市长作…, 湖南省长毛伟明作…):
# the 市 of 市长 ends the place's name, or the title follows it whole (长乐区区长…作, 某县代县长…作).
_HEAD_DELIVERS = r"(?<=[省市州县区旗盟])(?:代?[省市州县区旗盟])?长[\u4e00-\u9fff]{0,4}?作|主席[\u4e00-\u9fff]{0,4}?作"
# A congress session named between the place and the report words
# (某县第十五届人民代表大会第五次会议政府工作报告) is no part of the place.
_SESSION_NAMED = SESSION_NAME + "上?"
_TRAILING_NOISE_RE = re.compile(
    rf"(?:的|关于|人民政府|政府|{_AGENCY}|{_TITLE_NOISE}|{_HEAD_DELIVERS}|{_SESSION_NAMED})+$")

# 人代会 is the congress's session in short (区人代会十七届一次会议).
_CONGRESS = (r"(?P<congress>[^\s,。;:!?、“”()\[\]]{0,40}?(?:人民代表大会|人大|人代会)"
             r"[^\s,。;:!?、“”()]{0,24}?会议)")
# A plenary sitting of the session (第二次全体会议, 开幕式) named after it: the
# congress is the session (市十一届人大五次会议), the sitting no part of its name.
_PLENARY = r"(?:\s*第?[0-9一二三四五六七八九十]+次全体会议|\s*全体会议|\s*开幕(?:式|大会|会))?"
_DELIVERY_RE = re.compile(rf"(?P<date>{dates.DATE_PATTERN})\s*\)?\s*在\s*{_CONGRESS}{_PLENARY}\s*上")
_CONGRESS_ONLY_RE = re.compile(rf"在\s*{_CONGRESS}{_PLENARY}\s*上")
# A report not read out but handed to the deputies (2023年1月6日某县第十八届人民代表大会第二次会议书面印发).
_PRINTED_AT_RE = re.compile(rf"(?P<date>{dates.DATE_PATTERN})\s*(?:在\s*)?{_CONGRESS}\s*上?\s*(?:书面)?印发")
_ADOPTED_AT_RE = re.compile(rf"\(\s*(?:{dates.DATE_PATTERN})?\s*{_CONGRESS}\s*(?:审议)?(?:通过|批准)\s*\)")
# The series label printed atop the session's papers names the session too.
_SESSION_FILE_RE = re.compile(rf"\s*{_CONGRESS}\s*文件")
# News of the session's opening, and who delivered the report at it.
# The lead may leave out the year (本报讯 1月15日上午，…开幕), which the report's completes.
_NEWS_OF_SESSION_RE = re.compile(rf"(?:(?P<date>{dates.DATE_PATTERN})|(?P<month_day>{dates.MONTH_DAY_PATTERN}))"
                                 rf"[上下]?午?\s*,?\s*{_CONGRESS}[^,。]{{0,16}}?开幕")
_DASH_DATE_RE = re.compile(rf"(?:——|--|—)\s*(?P<date>{dates.DATE_PATTERN})")
# A delivery line dated without the year (——一月九日在…会议上): the title's year completes it.
_MONTH_DAY_DELIVERY_RE = re.compile(rf"(?:(?:——|--|—|\()\s*|^\s*){dates.MONTH_DAY_PATTERN}\s*\)?\s*在\s*{_CONGRESS}{_PLENARY}\s*上",
                                    re.MULTILINE)
# A header line that is only a date in brackets, `（2023年1月10日）` under the
# title or the speaker: the delivery date, as the title's bracketed date is.
_BRACKETED_DATE_LINE_RE = re.compile(rf"^\s*\(\s*(?P<date>{dates.DATE_PATTERN})\s*\)\s*$", re.MULTILINE)
_TERM_RE = re.compile(r"第?([0-9〇零一二三四五六七八九十百]+)\s*届")
# The session may be written without 第 in the short form (县十七届人大四次会议).
_SESSION_RE = re.compile(r"第?([0-9〇零一二三四五六七八九十]+)\s*次")

# The premier's title keeps its 国务院 (国务院总理): it is the only place the line names.
# A 地区 is headed by its 行政公署's 专员, a 苏木 (a Mongolian township) by its 苏木达.
# A title may be spaced out (`县　长`, `区&nbsp;&nbsp;长`, `代 市 长`), as old
# pages and Word layouts centre it; the spaces are dropped from the value.
_SPEAKER_TITLE = (r"(?:国务院(?:代理|代|副)?总理"
                  r"|(?:常务)?(?:(?:代理|代|副)[ \t]{0,4})?(?:[省市区县州盟旗镇乡][ \t]{0,4}长|主[ \t]{0,4}席|苏木达"
                  r"|专员|主任|总理))")
# The dot between the parts of a transcribed name (艾尔肯·吐尼亚孜), as pages type it:
# middle dot, bullet, katakana middle dot, hyphenation point, a full stop (NFKC of ．).
_NAME_DOTS = "·•・‧."
_NAME_CHARS = rf"[{NAME_HAN}{_NAME_DOTS}\s]"
_SPEAKER_RE = re.compile(rf"^(?P<prefix>[^\s,。;:!?]*?)\s*(?P<title>{_SPEAKER_TITLE})\s*(?P<name>{_NAME_CHARS}{{2,20}})$")
# Words standing for the speaker's own government, naming no place.
_GENERIC_PLACES = frozenset({"省", "市", "区", "县", "州", "旗", "盟", "自治区", "自治州", "自治县", "自治旗", "国务院"})
_NAME_ONLY_RE = re.compile(rf"^{_NAME_CHARS}{{2,16}}$")
_NEWS_SPEAKER_RE = re.compile(rf"(?P<title>{_SPEAKER_TITLE})\s*(?P<name>[{NAME_HAN}]{{2,4}}(?:[·•][{NAME_HAN}]{{1,8}})?)"
                              r"\s*代表[^,。]{0,12}(?:作|报告)")
# An author label's value naming an office holder and no more (区长　某某).
_AUTHOR_NOTE_RE = re.compile(rf"(?P<title>{_SPEAKER_TITLE})\s*(?P<name>[{NAME_HAN}]{{2,4}})")
# An excerpt's source line names who delivered it between the date and the
# congress (摘自2024年1月5日县长孙忠平在甘谷县第十八届人民代表大会第三次会议上…).
_DELIVERED_BY_RE = re.compile(rf"(?P<date>{dates.DATE_PATTERN})\s*(?P<title>{_SPEAKER_TITLE})\s*"
                              rf"(?P<name>[{NAME_HAN}]{{2,4}})\s*在\s*{_CONGRESS}{_PLENARY}\s*上")
# The same with the date after the name (代县长张文斌于2024年1月10日在…会议上所作), as a
# note under the report says it (说明：本报告为…).
_DELIVERED_ON_RE = re.compile(rf"(?P<title>{_SPEAKER_TITLE})\s*(?P<name>[{NAME_HAN}]{{2,4}})\s*于\s*"
                              rf"(?P<date>{dates.DATE_PATTERN})\s*在\s*{_CONGRESS}{_PLENARY}\s*上")
# A headline naming who delivered the report (省长毛伟明作政府工作报告, 湖南省长毛伟明
# 作…, 毛伟明省长作2024年…): the title then the name, or the name opening the
# headline then the title, right before 作 (or 在…上作).
_HEADLINE_TITLE_NAME_RE = re.compile(rf"(?P<title>{_SPEAKER_TITLE})(?P<name>[{NAME_HAN}]{{2,4}}?)"
                                     r"(?:同志)?(?:在[^作,。]{0,40}?)?作")
_HEADLINE_NAME_TITLE_RE = re.compile(rf"^[^{NAME_HAN}]*?(?:{_YEAR_TOKEN})?\s*(?P<name>[{NAME_HAN}]{{2,4}})"
                                     rf"(?P<title>{_SPEAKER_TITLE})(?:在[^作,。]{{0,40}}?)?作")
# Who delivered it, opening a headline before the place (毛伟明省长作2024年湖南省…,
# 张家口市长武卫东作2024年张家口市…): cut only when a place follows (遵义市长作
# 政府工作报告 has its place in it).
_HEADLINE_DELIVERER_RE = re.compile(r"[^作]{0,16}?(?:长|主席)[\u4e00-\u9fff]{0,4}?(?:同志)?(?:在[^作,。]{0,40}?)?作")
# Words that show a "name" is really a piece of the surrounding text.
_NOT_IN_NAMES = ("人民", "政府", "代表", "报告", "会议", "工作", "各位", "同志", "大会", "委托", "委员",
                 # A portal's column named after the head (市长信箱, 县长在线, 市长之窗).
                 "信箱", "邮箱", "热线", "在线", "之窗", "专栏", "留言", "访谈")
# `受市长委托，常务副市长 李明 作报告`: the report is delivered on the head's
# behalf. The speaker is who delivered it (李明, 常务副市长); the delegation is
# blanked out of the line, keeping offsets.
# The delegation, also in brackets (常务副市长（受市长委托） 李涛): blanked whole.
_ON_BEHALF_RE = re.compile(r"[(]?受[^\s,。;:!?()]{0,20}?委托[)]?")
# `代市长:王锐`: a colon between title and name reads as the space it stands for.
_TITLE_COLON_RE = re.compile(rf"(?:{_SPEAKER_TITLE})\s*:")
# A label naming the line a speaker line (报告人：县长 张三), blanked like a delegation.
_SPEAKER_LABEL_RE = re.compile(r"^\s*作?报告人\s*:")
# Words that may close a speaker line after the name: 同志, (代)作(政府工作)报告.
_SPEAKER_LINE_END_RE = re.compile(r"\s*(?:同志|代?作(?:政府工作)?报告)\s*$")
# Where a delivery line starts after the speaker on one line (市长 王锐 2024年1月9日在…会议上).
_DELIVERY_START_RE = re.compile(rf"——|--|(?:{dates.DATE_PATTERN})\s*在")
# A date in brackets after the name (市长 王锐(2024年1月9日)): read as a date beside it.
_BRACKETED_DATE_RE = re.compile(rf"\(\s*(?:{dates.DATE_PATTERN})\s*\)")
# A date beside the speaker (`市长 王锐 2023年1月10日`, `2023年1月10日 市长 王锐`).
_SPEAKER_DATE_RE = re.compile(rf"^\s*(?P<lead>{dates.DATE_PATTERN})\s*|\s*(?P<tail>{dates.DATE_PATTERN})\s*$")


# --------------------------------------------------------------------------- titles


# A document-sharing site names a page after the uploaded file (…工作报告.docx).
_FILE_EXTENSION_RE = re.compile(r"\.(?:docx?|pdf|wps|txt|rtf)\s*$", re.IGNORECASE)


# A news section's label before a bar (大灣區｜…, 两会|…): the page's, not the
# title's, when what follows names its place itself.
_SECTION_LABEL_RE = re.compile(r"^([^|丨｜\s()（）]{1,8})\s*[|丨｜]\s*(?=\S)")


def clean_title(title: str | None) -> str | None:
    """The title without site tags like 【咸阳市招商】 or a section's label
    (大灣區｜), a file extension and surrounding space; None if empty."""
    cleaned = _without_tags(title)
    label = _SECTION_LABEL_RE.match(cleaned) if cleaned else None
    if label and parse_title(FoldedText(cleaned[label.end():])).place:
        cleaned = cleaned[label.end():]
    return cleaned or None


def _without_tags(title: str | None) -> str | None:
    """The title without site tags, a file extension and surrounding space
    (a section's label kept: 解读｜, 图文直播｜ say what the page is)."""
    if not title:
        return None
    cleaned = _FILE_EXTENSION_RE.sub("", _FILE_ICON_RE.sub("", _TAG_PREFIX_RE.sub("", title))).strip()
    return re.sub(r"[\s\u3000]+", " ", cleaned) or None


@dataclass
class TitleParts:
    """What the title says, in folded-title coordinates."""

    bracket: tuple[int, int] | None = None      # (河南省): the province in brackets
    place: tuple[int, int] | None = None        # the place before 政府工作报告
    year: int | None = None                     # the year the title names
    bracket_date: dates.DateMatch | None = None  # (2021年1月5日) after the report words


def parse_title(title: FoldedText) -> TitleParts:
    """Split a title into bracketed province, place, year and bracketed date."""
    text = title.folded
    parts = TitleParts()
    start = 0
    bracket = _BRACKET_PREFIX_RE.match(text)
    if bracket:
        parts.bracket = bracket.span(1)
        start = bracket.end()
    words = _REPORT_WORDS_RE.search(text, start)
    end = words.start() if words else len(text)
    parts.year = dates.title_year(text[: words.end()] if words else text)
    if words:
        label = _TITLE_LABEL_RE.match(text, start)
        if label and label.end() < end and _trim_span(text, label.end(), end):
            start = label.end()
        parts.place = _trim_span(text, start, end) or _bracketed_place_after(text, words.end())
        if parts.place is None and parts.bracket and _looks_like_place(text[slice(*parts.bracket)]):
            # (韶关市)2024年政府工作报告: the bracket names the place itself.
            parts.place, parts.bracket = parts.bracket, None
        for date in dates.find_dates(text[words.end():]):
            if date.day is not None:
                parts.bracket_date = date
                break
        if parts.year is None and parts.bracket_date is None:
            # The year after the report words (…工作报告(全文)2024年, …(2024)),
            # or bare before them (2024南阳政府工作报告); a dated bracket is a
            # delivery date instead, read as such.
            parts.year = dates.title_year(text[words.end():]) or _bare_year(text)
    else:
        # An excerpt's heading in a paper's 摘登: the place, a colon, its gist
        # (秦安县：做强“三大产业” 打造县域经济新引擎).
        lead = _PLACE_COLON_RE.match(text, start)
        if lead and _looks_like_place(lead.group(1)):
            parts.place = lead.span(1)
    return parts


_PLACE_COLON_RE = re.compile(r"\s*([\u4e00-\u9fff]{1,12}?(?:省|自治区|市|自治州|州|地区|盟|县|自治县|区|旗|自治旗))\s*:")


def _bracketed_place_after(text: str, position: int) -> tuple[int, int] | None:
    """The span of a place in brackets closing the title after the report
    words, when it reads like one (韶关市, 广东省; not 全文 or 摘要)."""
    match = _BRACKET_SUFFIX_RE.search(text, position)
    span = _trim_span(text, *match.span(1)) if match else None   # (韶关市人民政府) → 韶关市
    if span and _looks_like_place(text[span[0]:span[1]]):
        return span
    return None


def _bare_year(text: str) -> int | None:
    """The first year written as four bare digits, within the years reports have."""
    match = re.search(_BARE_YEAR, text)
    year = int(match.group()) if match else None
    return year if year and dates.MIN_YEAR <= year <= dates.MAX_YEAR else None


def _trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Narrow text[start:end] to the place: drop years, 关于, 的, dashes, spaces."""
    segment = text[start:end]
    leading = _LEADING_NOISE_RE.match(segment)
    if leading:
        start += leading.end()
    deliverer = _HEADLINE_DELIVERER_RE.match(text, start, end)
    if deliverer:
        rest = text[deliverer.end():end]
        noise = _LEADING_NOISE_RE.match(rest)
        if len(rest) - (noise.end() if noise else 0) >= 2:
            start = deliverer.end() + (noise.end() if noise else 0)
    segment = text[start:end]
    trailing = _TRAILING_NOISE_RE.search(segment)
    if trailing:
        end = start + trailing.start()
    return (start, end) if end > start else None


# --------------------------------------------------------------------------- delivery line


@dataclass
class Delivery:
    """The delivery line (date, congress) and the speaker line after it."""

    date: dates.DateMatch | None = None
    congress: str | None = None                  # as written
    congress_place: tuple[int, int] | None = None  # span in `source.folded`
    term: int | None = None
    session: int | None = None
    speaker: str | None = None
    speaker_title: str | None = None
    speaker_place: tuple[int, int] | None = None   # span in `speaker_source.folded`
    source: FoldedText | None = None
    speaker_source: FoldedText | None = None
    month_day: tuple[int, int] | None = None     # a date without its year (一月九日)


def find_delivery(title: FoldedText | None, body: FoldedText,
                  notes: Sequence[FoldedText] = ()) -> Delivery:
    """Find the delivery line in the body header, the title
    (`政府工作报告——2022年1月17日在…上`) or the page's notes on the delivery
    (see `extract_metadata`), and the speaker line that follows it."""
    delivery = Delivery()
    header = body.head(HEADER_CHARS)
    # The body's own header first: the speaker line follows it there.
    for source in (body, title, *notes):
        if source is None:
            continue
        text = header if source is body else source.folded
        match = _first_delivery_match(text)
        if not match:
            continue
        _fill_congress(delivery, source, match)
        if match.groupdict().get("name"):
            _speaker_named(delivery, source, match)
        if match.groupdict().get("date"):
            delivery.date = dates.parse_date(match.group("date"))
        elif _MONTH_DAY_DELIVERY_RE.match(text, _line_start(text, match.start())):
            # ——一月九日在…: the line's own date, whatever stands near it (a
            # byline's publication date above).
            delivery.month_day = dates.month_day(text[_line_start(text, match.start()):match.end()])
        else:
            delivery.date = _date_near(text, match.start(), match.end())
        if source is body and delivery.speaker is None:
            _fill_speaker(delivery, body, match.end())
        break
    if delivery.congress is None:
        # Only the session's series label names it (某县第十八届人民代表大会第四次会议文件),
        # or the news of the session over the text (2021年2月3日上午，某市第十五届人民代表大会
        # 第五次会议开幕。市长某某代表市人民政府向大会作政府工作报告).
        for source in notes:
            match = _SESSION_FILE_RE.match(source.folded) or _NEWS_OF_SESSION_RE.search(source.folded)
            if match:
                _fill_congress(delivery, source, match)
                if delivery.date is None:
                    _take_news_date(delivery, match)
                speaker = _NEWS_SPEAKER_RE.search(source.folded) if delivery.speaker is None else None
                if speaker:
                    _speaker_named(delivery, source, speaker)
                break
    if delivery.congress is None:
        # A note that the session adopted the text (（2024年1月5日县第十八届人民代表大会
        # 第四次会议通过）) names the session; its date is the adoption's, not the delivery's.
        adopted = _ADOPTED_AT_RE.search(header) if "通过" in header or "批准" in header else None
        if adopted:
            _fill_congress(delivery, body, adopted)
    if delivery.congress is None:
        _fill_from_closing_note(delivery, body)
    if delivery.speaker is None:
        _fill_speaker_from_header(delivery, body, header)
    if delivery.speaker is None and title is not None:
        _fill_speaker_from_headline(delivery, title)
    for note in notes:
        # (A video's caption over the text reads as a headline: 视频：区长某某作政府工作报告.)
        if delivery.speaker is None:
            _fill_speaker_from_headline(delivery, note)
    if delivery.speaker is None and title is not None:
        _fill_speaker_from_title_tail(delivery, title)
    for note in notes:
        # An information table's author (作者：区长　某某), when nothing else names the speaker.
        author = _AUTHOR_NOTE_RE.fullmatch(note.folded) if delivery.speaker is None else None
        if author:
            _speaker_named(delivery, note, author)
    if delivery.speaker is None and len(body.original) > HEADER_CHARS:
        _fill_speaker_from_sign_off(delivery, body)
    if delivery.date is None:
        delivery.date = _dash_date(header)
    if delivery.date is None and delivery.month_day is None:
        delivery.month_day = _month_day(header, title)
    if delivery.date is None and delivery.month_day is None:
        _date_from_news(delivery, notes)
    return delivery


def _date_from_news(delivery: Delivery, notes: Sequence[FoldedText]) -> None:
    """The date of the news of the opening over the text, when the header names
    the congress but not the day (——在某市第八届人民代表大会第三次会议上) and the
    news names the same session (1月15日上午，某市第八届…第三次会议开幕)."""
    for source in notes:
        match = _NEWS_OF_SESSION_RE.search(source.folded)
        if not match:
            continue
        news = Delivery()
        _fill_congress(news, source, match)
        if (news.term, news.session) != (delivery.term, delivery.session) or news.term is None:
            continue
        _take_news_date(delivery, match)
        return


def _take_news_date(delivery: Delivery, match: re.Match) -> None:
    """The date the news of the session gives, or its month and day when it
    leaves out the year (the report's year completes them)."""
    found = match.groupdict()
    if found.get("date"):
        delivery.date = dates.parse_date(found["date"])
    elif found.get("month_day"):
        delivery.month_day = dates.month_day(found["month_day"])


def _fill_from_closing_note(delivery: Delivery, body: FoldedText) -> None:
    """Date, congress and speaker from a note under the report that says who
    delivered it, when and where (说明：本报告为某县代县长某某于…在…会议上所作)."""
    text = body.folded.rstrip()
    start = len(text) - len("\n".join(_last_lines(text)))
    match = _delivered_by(text, start, len(text))
    if match:
        _fill_congress(delivery, body, match)
        _speaker_named(delivery, body, match)
        if delivery.date is None:
            delivery.date = dates.parse_date(match.group("date"))


def _fill_speaker_from_headline(delivery: Delivery, title: FoldedText) -> None:
    """The speaker a headline names as delivering the report (市长张三作…), when
    the text itself names none."""
    match = _HEADLINE_TITLE_NAME_RE.search(title.folded) or _HEADLINE_NAME_TITLE_RE.match(title.folded)
    if match and not any(word in match.group("name") for word in _NOT_IN_NAMES):
        _speaker_named(delivery, title, match)


# The dash parting a title from what it adds (政府工作报告——某区区长 李永胜).
_TITLE_DASH_RE = re.compile(r"(?:——|--|—)\s*")


def _fill_speaker_from_title_tail(delivery: Delivery, title: FoldedText) -> None:
    """The speaker a title names after its dash (政府工作报告——海勃湾区区长 李永胜),
    read as the speaker's line it stands for."""
    dash = _TITLE_DASH_RE.search(title.folded)
    if dash and dash.end() < len(title.folded):
        _fill_speaker_from_lines(delivery, title, [title.folded[dash.end():]], dash.end(), 30, lambda line: False)


def _line_start(text: str, position: int) -> int:
    """Where the line holding `position` starts."""
    return text.rfind("\n", 0, position) + 1


def _month_day(header: str, title: FoldedText | None) -> tuple[int, int] | None:
    """(month, day) of a delivery line that leaves out the year, in the header or the title."""
    for text in (header[:_DELIVERY_LINE_START], title.folded if title else ""):
        match = _MONTH_DAY_DELIVERY_RE.search(text) if "会议" in text else None
        if match:
            return dates.month_day(match.group())
    return None


def _speaker_named(delivery: Delivery, source: FoldedText, match: re.Match) -> None:
    """The speaker a delivery line or the news names beside the congress (县长孙忠平在…),
    in the text's own characters, spaces dropped."""
    delivery.speaker = source.as_written(*match.span("name")).replace(" ", "")
    delivery.speaker_title = re.sub(r"[ \t]", "", source.as_written(*match.span("title")))


def _first_delivery_match(text: str) -> re.Match | None:
    """The first delivery line in text.

    Reports quote other congresses (习近平总书记在十三届全国人大四次会议上…), so a
    line naming the 全国 congress only counts at the very start (the State
    Council's own report), and one without a date only near the start.
    """
    if "会议" not in text:
        return None  # both patterns end in it; most long headers without one hold none
    by = _delivered_by(text, 0, _DELIVERY_LINE_START)
    if by:
        return by
    for match in _DELIVERY_RE.finditer(text):
        if "全国" not in match.group("congress") or match.start() < _DELIVERY_LINE_START:
            return match
    for match in _CONGRESS_ONLY_RE.finditer(text[:_DELIVERY_LINE_START]):
        return match
    if "印发" in text[:_DELIVERY_LINE_START]:
        return _PRINTED_AT_RE.search(text, 0, _DELIVERY_LINE_START)
    return None


def _delivered_by(text: str, start: int, end: int) -> re.Match | None:
    """A line between `start` and `end` naming who delivered the report, when
    and at which congress (摘自2024年1月5日县长某某在…上, 代县长某某于…在…上)."""
    if "长" not in text[start:end] and "主席" not in text[start:end]:
        return None
    return _DELIVERED_BY_RE.search(text, start, end) or _DELIVERED_ON_RE.search(text, start, end)


# A meeting of a congress's committee, not of the congress: a 地区 has no
# people's congress, and its 行署 reports to the province congress's working
# committee there (地区人大工委第二届第四次全体会议). Its date and place count,
# but it is no `congress` and its numbers are no term and session.
_COMMITTEE_MEETING_RE = re.compile(r"(?:人大|人民代表大会)(?:常务委员会|常委会|工作委员会|工委)")


def _fill_congress(delivery: Delivery, source: FoldedText, match: re.Match) -> None:
    """Record the congress as written, its term, session and the place it names."""
    start, end = match.span("congress")
    folded = match.string[start:end]   # the folded text searched: the body's header or the title
    delivery.source = source
    term = _TERM_RE.search(folded)
    session = _SESSION_RE.search(folded)
    if not _COMMITTEE_MEETING_RE.search(folded):
        # (as written, but for a scan's misreadings of its name: 入民代表大会)
        delivery.congress = ocr_repaired(source.as_written(start, end))
        delivery.term = dates.chinese_number(term.group(1)) if term else None
        delivery.session = dates.chinese_number(session.group(1)) if session else None
    # The place stands before the term (长垣县第十三届…) or before the congress
    # when the term follows it (长垣县人大十三届三次会议, 市人大十一届五次会议).
    congress_word = re.search(r"人民代表大会|人大|人代会", folded)
    ends = [found.start() for found in (term, congress_word) if found]
    place_end = start + (min(ends) if ends else 0)
    place = match.string[start:place_end].strip()
    # 市十五届人大: the congress of "the city", which names no place.
    if len(place) >= 2 and place not in _GENERIC_PLACES:
        delivery.congress_place = (start, place_end)


# What separates the header from the report's text: a sentence mark or the
# salutation. A date beyond one is an event the report tells of.
_HEADER_BREAK_RE = re.compile(r"[,。;!?]|各位代表")


def _date_near(text: str, start: int, end: int) -> dates.DateMatch | None:
    """A full date within a short distance of a congress line (`text[start:end]`)
    that has none in front, with no sentence between the two: a report without
    its date in the header may open on one (`2005年12月28日，…建成通车`), which
    is no delivery date."""
    window_start = max(0, start - 40)
    for date in dates.find_dates(text[window_start: start + 120]):
        date_start, date_end = window_start + date.start, window_start + date.end
        between = text[end:date_start] if date_start >= end else text[date_end:start]
        if date.day and not _HEADER_BREAK_RE.search(between):
            return date
    return None


def _dash_date(header: str) -> dates.DateMatch | None:
    """A date on a `——2022年4月20日` or `(2022年4月20日)` line of the header
    (no congress named)."""
    # (Each pattern is tried only on a header holding the dash or bracket it needs.)
    match = (("—" in header or "--" in header) and _DASH_DATE_RE.search(header)
             or "(" in header and _BRACKETED_DATE_LINE_RE.search(header))
    return dates.parse_date(match.group("date")) if match else None


def _fill_speaker(delivery: Delivery, body: FoldedText, position: int) -> None:
    """Parse the speaker from the lines right after the delivery line.

    Site B glues everything on one line (`…会议上咸阳市代市长 冷劲松各位代表:`),
    so each line is cut at 各位代表 and at punctuation.
    """
    rest = body.head(position + 120)[position:]
    offset = position
    lines = _join_title_and_name(rest.split("\n")[:4])
    for line in lines[:3]:
        cut = _speaker_segment(line)
        stripped = cut.strip(" —-")
        lead = len(cut) - len(cut.lstrip(" —-"))
        if stripped and _apply_speaker(delivery, body, stripped, offset + lead, after_delivery_line=True):
            return
        is_date_line = bool(stripped) and dates.parse_date(stripped) is not None and len(stripped) <= 16
        if "各位代表" in line or (stripped and not is_date_line):
            return
        offset += len(line) + 1


_TITLE_ONLY_RE = re.compile(rf"^[^\s,。;:!?]*?(?:{_SPEAKER_TITLE})$")


def _join_title_and_name(lines: list[str]) -> list[str]:
    """Lines with a title-only line (`安吉县人民政府县长`, centred above the
    name in Word layouts) joined to the name-only line below it by a space,
    which stands where the line break was: offsets into the body still hold."""
    for index in range(len(lines) - 1):
        title, name = lines[index].strip(), lines[index + 1].strip()
        if _TITLE_ONLY_RE.match(title) and _NAME_ONLY_RE.match(name) and _clean_name(name):
            return lines[:index] + [lines[index] + " " + lines[index + 1]] + lines[index + 2:]
    return lines


# The marks that end a speaker segment, and those of them that no pattern of
# _speaker_segment matches or blanks (unlike brackets, a colon or a comma).
_SEGMENT_END_RE = re.compile(r"[,。;:!?()]")
_SEGMENT_STOP_RE = re.compile(r"[。;!?]")
_LEADING_COMMA_RE = re.compile(r"^\s*,")


def _speaker_segment(line: str) -> str:
    """The part of a line before 各位代表 or the first punctuation mark, with
    a delegation (受市长委托) blanked and a colon after the title (代市长:王锐)
    read as a space; blanking keeps the length, so offsets into the body hold.
    Closing words (同志, 作报告) are cut off."""
    # The segment ends at a stop mark at the latest, and nothing read before it
    # reaches past one: a long line (a glued header) is read up to its first.
    stop = _SEGMENT_STOP_RE.search(line)
    if stop:
        line = line[:stop.start()]
    index = line.find("各位代表")
    if index >= 0:
        line = line[:index]
    # Each pattern below is tried only on a line holding a literal it needs:
    # most header lines hold none of them.
    if "——" in line or "--" in line or "在" in line:
        delivery = _DELIVERY_START_RE.search(line)
        if delivery and delivery.start() > 0:
            line = line[: delivery.start()]
    if "(" in line:
        line = _BRACKETED_DATE_RE.sub(lambda m: " " + m.group()[1:-1] + " ", line)
        # Read again from the body once the speaker is found (`_acting_title`).
        line = _ACTING_MARK_RE.sub(lambda m: " " * len(m.group()), line)
    if "委托" in line:
        line = _ON_BEHALF_RE.sub(lambda m: " " * len(m.group()), line)
    if ":" in line:
        line = _SPEAKER_LABEL_RE.sub(lambda m: " " * len(m.group()), line)
        line = _TITLE_COLON_RE.sub(lambda m: m.group()[:-1] + " ", line)
    if "," in line:
        line = _LEADING_COMMA_RE.sub(lambda m: " " * len(m.group()), line)   # the comma after a blanked delegation
    match = _SEGMENT_END_RE.search(line)
    segment = line[: match.start()] if match else line
    if "同志" in segment or "报告" in segment:
        segment = _SPEAKER_LINE_END_RE.sub("", segment)
    return segment


def _fill_speaker_from_header(delivery: Delivery, body: FoldedText, header: str) -> None:
    """Without a delivery line, look for a short `XX市人民政府市长 张三` line in the header;
    a line right above or below it holding only a date in words is the delivery date."""
    _fill_speaker_from_lines(delivery, body, header.split("\n")[:12], 0, 30, _WORDED_DATE_LINE_RE.match)


# A report signed at its end (报告人：某县人民政府县长 张三, the date under it): its last lines.
SIGN_OFF_LINES = 3


def _fill_speaker_from_sign_off(delivery: Delivery, body: FoldedText) -> None:
    """Without a speaker in the header, a speaker line among the body's last
    lines, and the date line beside it (in words or figures: at the end, a
    date alone is the report's, not a page's publication date)."""
    text = body.folded.rstrip()
    tail = _last_lines(text)
    _fill_speaker_from_lines(delivery, body, tail, len(text) - len("\n".join(tail)), 40, _is_signed_date_line)


def _last_lines(text: str) -> list[str]:
    """The text's last `SIGN_OFF_LINES` lines, where a report is signed or a note says who delivered it."""
    return text.rsplit("\n", SIGN_OFF_LINES)[-SIGN_OFF_LINES:]


def _fill_speaker_from_lines(delivery: Delivery, body: FoldedText, lines: list[str], offset: int,
                             longest: int, date_line: Callable[[str], bool]) -> None:
    """The first of `lines` (starting at `offset` in the body) that is a
    speaker line no longer than `longest`, and a `date_line` right beside it."""
    for index, line in enumerate(lines):
        cut = _speaker_segment(line)
        segment = cut.strip()
        if 0 < len(segment) <= longest:
            # The cut keeps the line's length up to its end: its own lead is the line's.
            lead = len(cut) - len(cut.lstrip())
            if _apply_speaker(delivery, body, segment, offset + lead, after_delivery_line=False):
                if delivery.date is None:
                    delivery.date = _date_line_beside(lines, index, date_line)
                return
        offset += len(line) + 1


# A line that is nothing but a date in words (二〇〇八年一月九日, or the month
# alone: 二〇〇八年一月, which gives the year). A bare date in figures is left
# alone: under a title it is as often the publication date.
_WORDED_DATE_LINE_RE = re.compile(rf"^\s*\(?\s*{dates.WORDED_DATE_PATTERN}\s*\)?\s*$")


def _is_signed_date_line(line: str) -> bool:
    """A line of only a date, in words or figures (under a report's sign-off)."""
    return is_signed_date(line.strip())


def _date_line_beside(lines: list[str], index: int, is_date_line: Callable[[str], bool]
                      ) -> dates.DateMatch | None:
    """The date on the line below or above line `index`, if that line holds nothing else."""
    for neighbour in (index + 1, index - 1):
        if 0 <= neighbour < len(lines) and is_date_line(lines[neighbour]):
            return dates.parse_date(lines[neighbour])
    return None


# The report's heading set on the speaker's line, a wide gap between them
# (政府工作报告　　　县长　王建华): the heading names no place of the speaker's.
_HEADING_BEFORE_GAP = re.compile(r"报告(?:\(全文\)|全文)?$")


def _heading_beside_speaker(segment: str, match: re.Match) -> bool:
    gap = segment[match.end("prefix"):match.start("title")]
    return len(gap) >= 2 and not gap.strip() and bool(_HEADING_BEFORE_GAP.search(match.group("prefix")))


def _apply_speaker(delivery: Delivery, body: FoldedText, segment: str, offset: int,
                   after_delivery_line: bool) -> bool:
    """Parse `segment` (folded, at `offset` in the body) as a speaker line.
    A date beside the speaker is the delivery date when none was found."""
    # (A date holds 年 or its figures' separator; a speaker line, its title's
    # 长, 主席, 主任, 专员, 苏木达 or 总理: most segments hold neither.)
    beside = ("年" in segment or "." in segment or "-" in segment or "/" in segment) \
        and _SPEAKER_DATE_RE.search(segment)
    if beside and (beside.group("lead") or beside.group("tail")):
        date = dates.parse_date(beside.group("lead") or beside.group("tail"))
        # Blank the date (keeping offsets) and the line may be read as a speaker line.
        segment = (segment[: beside.start()] + " " * (beside.end() - beside.start())
                   + segment[beside.end():])
        if _apply_speaker(delivery, body, segment, offset, after_delivery_line):
            if delivery.date is None or delivery.date.day is None:
                delivery.date = date
            return True
        return False
    segment_stripped = segment.strip()
    offset += len(segment) - len(segment.lstrip())
    segment = segment_stripped
    match = _may_name_a_title(segment) and _SPEAKER_RE.match(segment)
    if match:
        if not _clean_name(match.group("name")) or _is_two_words(match.group("name")):
            return False   # 副市长 张三 李四: a list of names is no speaker
        prefix_start = offset + match.start("prefix")
        prefix = match.group("prefix")
        other_posts = _OTHER_POSTS_RE.match(prefix)
        if other_posts:   # 中共某县委副书记、县长: the place, if any, follows the other posts
            prefix_start += other_posts.end()
            prefix = prefix[other_posts.end():]
        prefix = re.sub(r"(?:(?:人民)?政府|行政公署|行署)$", "", prefix)
        if not _is_place_prefix(prefix):
            if not after_delivery_line and not _heading_beside_speaker(segment, match):
                return False   # a header line like 2022年…报告咸阳市市长: not a speaker line
        elif len(prefix) >= 2 and prefix not in _GENERIC_PLACES:
            delivery.speaker_place = (prefix_start, prefix_start + len(prefix))
            delivery.speaker_source = body
        name_start = offset + match.start("name")
        delivery.speaker = _written_name(body, name_start, offset + match.end("name"))
        delivery.speaker_title = _acting_title(
            body, offset + match.start("title"), offset + match.end("title"), offset + match.end("name"))
        return True
    if not after_delivery_line:
        return False
    if _NAME_ONLY_RE.match(segment) and _clean_name(segment) and not _is_two_words(segment):
        delivery.speaker = _written_name(body, offset, offset + len(segment))
        title = _BRACKETED_TITLE_RE.match(body.head(offset + len(segment) + 20), offset + len(segment))
        if title:
            delivery.speaker_title = _acting_title(body, *title.span("title"), title.end())
        return True
    named_first = _NAME_THEN_TITLE_RE.match(segment)
    # (韶关市 市长 is a place and a title: no name.)
    if named_first and _clean_name(named_first.group("name")) \
            and named_first.group("name")[-1] not in "省市区县州旗盟镇乡":
        delivery.speaker = _written_name(body, offset, offset + named_first.end("name"))
        delivery.speaker_title = _acting_title(
            body, offset + named_first.start("title"), offset + named_first.end("title"), offset + len(segment))
        return True
    return False


# An acting head marked after the title or the name (省长（代） 王志强, 省长 王志强（代）).
_ACTING_MARK_RE = re.compile(r"\(\s*代(?:理)?\s*\)")
_ACTING_MARK_AT_RE = re.compile(r"\s*\(\s*代(?:理)?\s*\)")
# A title after the name, in brackets (王志强（省长）) or after a space (王志强 省长).
_BRACKETED_TITLE_RE = re.compile(rf"\s*\(\s*(?P<title>{_SPEAKER_TITLE})\s*\)")
_NAME_THEN_TITLE_RE = re.compile(rf"^(?P<name>[{NAME_HAN}{_NAME_DOTS}]{{2,16}})\s+(?P<title>{_SPEAKER_TITLE})$")


def _acting_title(body: FoldedText, start: int, end: int, name_end: int) -> str:
    """The title body[start:end] as written, without spaces, as an acting
    head's (代省长) when an acting mark follows it or the name ending at `name_end`."""
    title = "".join(body.as_written(start, end).split())
    if title.startswith("代") or "副" in title:
        return title
    folded = body.head(max(end, name_end) + 12)
    if any(_ACTING_MARK_AT_RE.match(folded, position) for position in (end, name_end)):
        return "代" + title
    return title


_OTHER_POSTS_RE = re.compile(rf"^{OTHER_POSTS_PATTERN}")


def _may_name_a_title(text: str) -> bool:
    """Whether text holds a character or word every speaker title holds."""
    return "长" in text or "主" in text or "专员" in text or "苏木达" in text or "总理" in text


def _is_two_words(segment: str) -> bool:
    """Whether a line splits at a space into words of two and more characters
    (苏木达 巴特尔: an unknown title and a name), where a name alone is spaced
    out between single characters (陈　军, 王 晓 明) or not at all."""
    # A transcribed name may be typed with spaces around its dot (阿迪力江 · 买买提): one word.
    words = _SPACED_NAME_DOT.sub(r"\1", segment).split()
    return len(words) > 1 and sum(len(word) > 1 for word in words) > 1 and len("".join(words)) > 4


_SPACED_NAME_DOT = re.compile(rf"\s*([{re.escape(_NAME_DOTS)}．･])\s*")


def _is_place_prefix(prefix: str) -> bool:
    """Whether the words before a speaker's title can be a place (咸阳市, 河北省, or nothing)."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{0,16}", prefix)) and \
        not any(word in prefix for word in ("报告", "工作", "会议", "代表"))


def _clean_name(raw: str) -> str | None:
    """A person's name without inner spaces, if it looks like one."""
    name = re.sub(r"\s+", "", raw)
    if any(word in name for word in _NOT_IN_NAMES) or re.search(_SPEAKER_TITLE, name):
        return None   # 代市长 alone is a title without its name
    parts = re.split(f"[{_NAME_DOTS}]", name)
    if len(parts) > 1:
        # Each part of a transcribed name is a word of its own: none is empty.
        return name if 3 <= len(name) <= 16 and all(parts) else None
    # Mongolian and Tibetan names are often written in five or six characters
    # without a separating dot (那仁满都拉); Han names have two to four.
    return name if 2 <= len(name) <= 6 else None


def _written_name(body: FoldedText, start: int, end: int) -> str:
    """The name as written, without spaces; the dot of a transcribed name is
    the standard middle dot whatever the page typed, so that one person is one
    value to count on."""
    return re.sub(f"[{_NAME_DOTS}．･]", "·", re.sub(r"\s+", "", body.as_written(start, end)))


# --------------------------------------------------------------------------- places


@dataclass
class PlaceClue:
    """A place named somewhere (title, congress line, speaker line), segmented."""

    source: FoldedText
    span: tuple[int, int]
    components: list[NameMatch]
    leftover: str                      # folded text after the known names

    @property
    def is_town(self) -> bool:
        return bool(self.components) and self.leftover.endswith(_TOWN_SUFFIXES)



def segment_place(gazetteer: Gazetteer, source: FoldedText, span: tuple[int, int]) -> PlaceClue:
    """Split a place string into gazetteer names from its start (驻马店市|驿城区).

    Matching stops at the first unknown stretch: scanning on would find names
    inside unknown ones (安新 inside 雄安新区).
    """
    start, end = span
    text = source.head(end)
    components: list[NameMatch] = []
    position = start
    while position < end:
        match = gazetteer.match_at(text, position)
        if match and not match.is_full_name:
            match = _accept_short_name(gazetteer, text, match)
        if not match:
            break
        components.append(match)
        position = match.end
    return PlaceClue(source, span, components, text[position:end])


def _accept_short_name(gazetteer: Gazetteer, text: str, match: NameMatch) -> NameMatch | None:
    """Keep a short-name match only where it stands for the division.

    A short name may end the string (新吴), precede another name (驻马店|驿城区)
    or carry an abbreviated form of the division's own suffix (黔东南|州 for
    黔东南苗族侗族自治州). Any other suffix means another place: 莱芜|市 is the
    abolished city, not 莱芜区; 龙湖|镇 a town, not 龙湖区.
    """
    rest = text[match.end:]
    if not rest or gazetteer.match_at(text, match.end):
        return match
    for suffix in _ABBREVIATED_SUFFIXES:
        if rest.startswith(suffix):
            fitting = tuple(d for d in match.divisions if d.name.endswith(suffix))
            if fitting:
                return NameMatch(match.start, match.end + len(suffix), match.key, False, fitting)
    return None


def chain_candidates(clue: PlaceClue) -> tuple[list[Division], bool]:
    """Divisions the clue's last name can be, consistent with the names before it.

    Returns (candidates, consistent); when no candidate fits the earlier names
    (河南省东丽区), all divisions of the last name are returned with False.
    """
    *earlier, last = clue.components
    candidates = [
        division for division in last.divisions
        if all(any(d.adcode in division.ancestor_codes for d in comp.divisions) for comp in earlier)
    ]
    if candidates:
        return candidates, True
    return list(last.divisions), False


def _looks_like_place(folded: str) -> bool:
    """Whether an unknown string reads like a place name (ends 市, 县, 镇…)."""
    return (bool(folded) and folded not in _GENERIC_PLACES
            and (folded[-1] in _ADMIN_SUFFIX_CHARS or folded.endswith(_TOWN_SUFFIXES)))


def _level_named(folded: str) -> str | None:
    """The level an unknown place's own name states: 镇, 乡, 街道, 苏木 are
    towns; 县 and 旗 (also 自治县, 自治旗) counties. 市 and 区 leave it open
    (a prefecture or a county-level city; a district or a development zone)."""
    if folded.endswith(_TOWN_SUFFIXES):
        return "town"
    if folded.endswith(("县", "旗")):
        return "county"
    return None


def _is_related(candidate: Division, clue_divisions: list[Division]) -> bool:
    """True when one of the clue's divisions is the candidate, above it or below it."""
    return any(d.adcode in candidate.ancestor_codes or candidate.adcode in d.ancestor_codes
               for d in clue_divisions)


@dataclass
class BodyEvidence:
    """Counts of gazetteer names and province cues in the body, computed on demand."""

    gazetteer: Gazetteer
    body: FoldedText
    _counts: Counter | None = None
    _province_counts: Counter | None = None

    @property
    def counts(self) -> Counter:
        """Mentions per division code (an ambiguous name counts for each division).

        Common-word names and places outside the mainland are not counted."""
        if self._counts is None:
            self._counts = Counter()
            for match in self.gazetteer.find_all(self.body.folded):
                if match.key in common_word_names():
                    continue
                for division in match.divisions:
                    if division.province_code not in OUTSIDE_MAINLAND_PROVINCE_CODES:
                        self._counts[division.adcode] += 1
        return self._counts

    @property
    def province_counts(self) -> Counter:
        """Mentions per province code, including 来陕考察-style abbreviations."""
        if self._province_counts is None:
            counts = Counter({code: n for code, n in self.counts.items()
                              if self.gazetteer.by_code[code].tier == "province"})
            for match in _ABBREVIATION_CONTEXT_RE.finditer(self.body.folded):
                short = match.group(1) or match.group(2)
                for division in self.gazetteer.lookup(_PROVINCE_ABBREVIATIONS[short]):
                    if division.tier == "province":
                        counts[division.adcode] += 1
            self._province_counts = counts
        return self._province_counts

    def support(self, candidate: Division) -> int:
        """Mentions of the candidate's province and prefecture (not of itself:
        that is the name all candidates share)."""
        score = self.province_counts.get(candidate.province_code, 0)
        if candidate.prefecture_code:
            score += self.counts.get(candidate.prefecture_code, 0)
        return score

    def level_cue(self) -> str | None:
        """The level the text speaks as: the government it speaks for (我代表区人民政府),
        else the most frequent 全区/我县-style word (全省 is often about the province
        around the place, hence the speaker's words first)."""
        speaking = re.search(r"代表([省市区县州旗盟])(?:人民)?政府", self.body.folded)
        if speaking:
            return speaking.group(1)
        if re.search(rf"(?:我|谨)代表[^,。;:!?\s]{{0,10}}?(?:{_AGENCY})", self.body.folded):
            return AGENCY_CUE   # 我代表地区行政公署, 我代表和田行署
        cues = Counter(m.group(1) for m in re.finditer(r"(?:全|我)([省市区县州旗盟])", self.body.folded))
        if not cues:
            return None
        ranked = cues.most_common(2)
        cue, count = ranked[0]
        if count < 2 or (len(ranked) > 1 and ranked[1][1] == count):
            return None   # 全市 as often as 全区: a district of a city, or the city?
        return cue


# The level cue of a text speaking for a 行政公署: a 地区 or a 盟.
AGENCY_CUE = "行署"


def _fits_level_cue(division: Division, cue: str | None) -> bool:
    """Whether a division matches the way the text refers to itself (全区 → a 区)."""
    if cue is None:
        return True
    if cue == AGENCY_CUE:
        return _is_agency_governed(division)
    if cue == "省":
        return division.tier == "province"
    if cue == "市":
        return division.admin_level in ("prefecture", "county-level-city") or \
            (division.tier == "province" and division.name.endswith("市"))
    if cue == "区":
        return division.name.endswith("区") and division.tier == "county" or \
            (division.tier == "province" and division.name.endswith("自治区"))
    if cue in ("州", "盟"):
        return division.tier == "prefecture" and division.name.endswith(cue)
    return division.tier == "county" and division.name.endswith(cue)   # 县, 旗


def infer_from_body(evidence: BodyEvidence) -> list[Division]:
    """The place a title-less body keeps naming (72万新吴人民, 新吴经济社会发展).

    Candidates are divisions named at least MIN_BODY_MENTIONS times (common
    words like 资源 or 合作 aside), of the level the text speaks as (我代表区人民
    政府, 全区 → a district; no inference without such a cue), in the province
    the text names most (对江苏工作) when it names one; the most-named wins. A
    tie returns all tied candidates, to be settled by other clues or left open.
    """
    gazetteer = evidence.gazetteer
    cue = evidence.level_cue()
    if cue is None:
        return []   # without knowing what the text calls itself, too many names fit
    candidates = [gazetteer.by_code[code] for code, n in evidence.counts.items() if n >= MIN_BODY_MENTIONS]
    candidates = [d for d in candidates if _fits_level_cue(d, cue)]
    if evidence.province_counts:
        # The text names a province (对江苏工作): the place must lie in it.
        top = max(evidence.province_counts.values())
        named = {code for code, n in evidence.province_counts.items() if n == top}
        candidates = [d for d in candidates if d.province_code in named]
    if not candidates:
        return []
    best = max(evidence.counts[d.adcode] for d in candidates)
    return [d for d in candidates if evidence.counts[d.adcode] == best]


def narrow_candidates(candidates: list[Division], context: list[list[Division]],
                      evidence: BodyEvidence, slug: regions.SlugHint,
                      site: list[Division] | None = None) -> list[Division]:
    """Settle between same-named divisions (鼓楼区 ×4) with other clues, strongest first:
    places named in the title bracket / congress / speaker line, then the
    government whose site the page is on (长春市朝阳区人民政府 for 朝阳区),
    then the body's mentions of a candidate's province and prefecture, then
    the province the URL slug names (`/gzbg/jilin/`: 四平's 铁西区, not 沈阳's
    or 鞍山's, which share its region), then the slug's region when it names
    a single one (`hb` may be 华北 or 湖北: no help)."""
    if len(candidates) <= 1:
        return candidates
    stages = [
        lambda d: sum(1 for clue in context if _is_related(d, clue)),
        lambda d: int(bool(site) and _is_related(d, site)),
        evidence.support,
        lambda d: int(slug.province is not None and
                      evidence.gazetteer.by_code[d.province_code].name.startswith(slug.province)),
        lambda d: int(len(slug.regions) == 1 and
                      regions.region_of(evidence.gazetteer.by_code[d.province_code].name) in slug.regions),
    ]
    for score in stages:
        scores = {d.adcode: score(d) for d in candidates}
        best = max(scores.values())
        if best > 0:
            candidates = [d for d in candidates if scores[d.adcode] == best]
        if len(candidates) == 1:
            break
    return candidates


@dataclass
class Placement:
    """The resolved place and the fields derived from it."""

    place: str | None = None
    province: str | None = None
    prefecture: str | None = None
    county: str | None = None
    admin_level: str | None = None
    adcode: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    flags: list[str] = field(default_factory=list)


def _shared(values: list):
    """The value all items share, else None."""
    return values[0] if values and all(v == values[0] for v in values) else None


def _placement_from(gazetteer: Gazetteer, candidates: list[Division]) -> Placement:
    """Fields from the remaining candidates: all when one is left, else those they agree on."""
    placement = Placement()
    if not candidates:
        return placement
    provinces = [gazetteer.province_of(d).name for d in candidates]
    prefectures = [(gazetteer.prefecture_of(d).name if gazetteer.prefecture_of(d) else None)
                   for d in candidates]
    placement.province = _shared(provinces)
    placement.prefecture = _shared(prefectures)
    placement.county = _shared([d.name if d.tier == "county" else None for d in candidates])
    placement.admin_level = _shared([d.admin_level for d in candidates])
    if len(candidates) == 1:
        only = candidates[0]
        placement.adcode = only.adcode
        placement.latitude, placement.longitude = only.latitude, only.longitude
    else:
        placement.flags.append("ambiguous-place")
    return placement


_AGENCY_AFTER_RE = re.compile(rf"\s*(?:{_AGENCY})")


def _is_agency_governed(division: Division) -> bool:
    """A 地区 or a 盟: governed by a 行政公署, not a people's government."""
    return division.tier == "prefecture" and division.name.endswith(("地区", "盟"))


def _governed_by_agency(clue: PlaceClue, candidates: list[Division]) -> list[Division]:
    """Of the divisions a place can be, those a 行政公署 governs when the text
    names one right after the place (和田行署: 和田地区, not 和田市 or 和田县);
    else all of them."""
    if not _AGENCY_AFTER_RE.match(clue.source.folded, clue.span[1]):
        return candidates
    return [d for d in candidates if _is_agency_governed(d)] or candidates


def _place_as_written(clue: PlaceClue) -> str:
    """The clue's place without a leading province (河南省|驻马店市驿城区 → 驻马店市驿城区)."""
    start, end = clue.span
    components = clue.components
    if len(components) > 1 or (components and clue.leftover):
        first = components[0]
        if any(d.tier == "province" for d in first.divisions):
            start = first.end
    return clue.source.as_written(start, end).strip()


def _body_place_name(gazetteer: Gazetteer, division: Division) -> str:
    """A place name for a division found only in the body: its prefecture + itself."""
    prefecture = gazetteer.prefecture_of(division)
    if division.tier == "county" and prefecture:
        return prefecture.name + division.name
    return division.name


def resolve_place(gazetteer: Gazetteer, title: FoldedText | None, parts: TitleParts | None,
                  delivery: Delivery, evidence: BodyEvidence,
                  slug: regions.SlugHint, site: PlaceClue | None = None,
                  year: int | None = None, site_name: str | None = None) -> Placement:
    """Resolve the report's place: the title's place, else the congress line's,
    else the speaker line's, else the place the body keeps naming. The other
    clues (the title's bracketed province among them) settle ambiguous names
    and are checked for agreement. A place today's gazetteer lacks is looked
    up among the divisions of the report's `year` (`_historical_placement`)."""
    clues = _place_clues(gazetteer, title, parts, delivery)
    bracket = _bracket_clue(gazetteer, title, parts)
    primary = next((c for c in clues if c.components or _looks_like_place(c.leftover)), None)
    context = [chain_candidates(c)[0] for c in [bracket, *clues]
               if c is not None and c is not primary and c.components]

    if primary is None:
        return _place_from_body(gazetteer, context, evidence, slug, site, year, site_name)
    if not primary.components:
        within_site = _town_within(gazetteer, primary, clues, site or _town_site_clue(gazetteer, site_name), evidence)
        if within_site is not None:
            return within_site
        known = next((c for c in clues if c is not primary and c.components and not c.leftover), None)
        if known is not None and not primary.leftover.endswith(_TOWN_SUFFIXES):
            # The title's "place" is none the gazetteer knows and the congress
            # or speaker line names one whole: a headline's 张三县长作… read as 张三县.
            return resolve_place(gazetteer, None, None, delivery, evidence, slug, site, year, site_name)
        placement = Placement(place=_place_as_written(primary), flags=["place-not-in-gazetteer"])
        placement.province = _fallback_province(gazetteer, context, evidence)
        placement.admin_level = _level_named(primary.leftover)
        return _historical_placement(title, parts, delivery, primary, year) or placement

    candidates, consistent = chain_candidates(primary)
    candidates = _governed_by_agency(primary, candidates)
    site_divisions = chain_candidates(site)[0] if site is not None else None
    candidates = narrow_candidates(candidates, context, evidence, slug, site_divisions)
    if len(candidates) > 1 and site_name and year is not None:
        settled = _settled_by_site_then(primary, site_name, year)
        if settled is not None:
            return settled
    placement = _placement_from(gazetteer, candidates)
    placement.place = _place_as_written(primary)
    if not consistent or (len(candidates) == 1 and
                          not all(_is_related(candidates[0], clue) for clue in context)):
        # Names that disagree today may have agreed in the divisions in force
        # in the report's year (四川省重庆市 before 1997; only that revision: a
        # nearby one would excuse a real mistake); else the conflict stands:
        # (河南省)东丽区.
        revision = history.revision_in_force(year) if year else None
        historical = (_historical_placement(title, parts, delivery, primary, year, [revision])
                      if revision else None)
        if historical is not None:
            return historical
        placement.flags.append("place-conflict")
    if primary.is_town:
        placement.admin_level = "town"
        placement.adcode = placement.latitude = placement.longitude = None
    elif primary.leftover:
        # Something below the named division that the gazetteer lacks (a
        # development zone, an abolished county): keep where it lies, not its code.
        placement.admin_level = placement.adcode = None
        placement.latitude = placement.longitude = None
        placement.flags.append("place-not-in-gazetteer")
        return _historical_placement(title, parts, delivery, primary, year) or placement
    elif len(candidates) == 1 and consistent and year is not None:
        # The name may have meant another division that year: 铜仁市 was a
        # county-level city until the 铜仁地区 became the city of that name (2011).
        revision = history.revision_in_force(year)
        if revision and not history.named_so(revision, candidates[0].adcode, candidates[0].name):
            return _historical_placement(title, parts, delivery, primary, year, [revision]) or placement
    return placement


def _settled_by_site_then(primary: PlaceClue, site_name: str, year: int) -> Placement | None:
    """A name several divisions share, settled by a site's name that only the
    divisions of the report's year make sense of: a 2020 report of 桥西区 on
    邢台市桥西区人民政府's site is 130503 (信都区 since late 2020; today 桥西区
    is only 石家庄's and 张家口's). None unless the site reads whole as
    consistent divisions then and exactly one of the name's divisions lies
    in or under them."""
    revision = history.revision_in_force(year)
    if revision is None:
        return None
    then = history.gazetteer_of(revision)
    site = _site_clue(then, site_name)
    if site is None:
        return None
    site_divisions, consistent = chain_candidates(site)
    clue = segment_place(then, primary.source, primary.span)
    if not consistent or not clue.components or clue.leftover:
        return None
    candidates = [d for d in chain_candidates(clue)[0] if _is_related(d, site_divisions)]
    if len(candidates) != 1:
        return None
    placement = _placement_from(then, candidates)
    placement.place = _place_as_written(clue)
    placement.latitude, placement.longitude = _coordinates_today(candidates[0], revision)
    placement.flags.append("historical-division")
    return placement


def _historical_placement(title: FoldedText | None, parts: TitleParts | None, delivery: Delivery,
                          primary: PlaceClue, year: int | None,
                          revisions: list[str] | None = None) -> Placement | None:
    """The place as a division of the gazetteer in force for the report's year
    (襄樊市 in 2009, 崇文区 before 2010), when today's lacks it; None unless the
    place reads whole as one division there, consistent with the other clues.
    Coordinates are those of the same place today (`_coordinates_today`)."""
    start, end = primary.span
    if revisions is None:
        revisions = history.revisions_to_try(primary.source.folded[start:end], year)
    for revision in revisions:
        gazetteer = history.gazetteer_of(revision)
        clue = segment_place(gazetteer, primary.source, primary.span)
        if not clue.components or clue.leftover:
            continue
        candidates, consistent = chain_candidates(clue)
        clues = [*_place_clues(gazetteer, title, parts, delivery), _bracket_clue(gazetteer, title, parts)]
        others = [chain_candidates(c)[0] for c in clues
                  if c is not None and c.components and (c.source, c.span) != (clue.source, clue.span)]
        candidates = [d for d in candidates if all(_is_related(d, other) for other in others)]
        if not consistent or len(candidates) != 1:
            continue
        placement = _placement_from(gazetteer, candidates)
        placement.place = _place_as_written(clue)
        placement.latitude, placement.longitude = _coordinates_today(candidates[0], revision)
        placement.flags.append("historical-division")
        return placement
    return None


def _coordinates_today(division: Division, revision: str) -> tuple[float | None, float | None]:
    """Today's coordinates of a division of `revision`: those of today's one
    division of its name in its province (公主岭市, 220381 of 四平 then, 220184
    of 长春 now; of several, the one in its prefecture), else of today's
    division of its code if the code stood in every revision since (renamed in
    place: 襄樊 and 襄阳 are both 420600; 邢台's 桥西区 and 信都区 are 130503,
    while 石家庄 and 张家口 keep a 桥西区 each); else none. A code given up and
    later given to another place (410307, 洛龙区 in 2002, 偃师区 since 2021)
    does not lend its coordinates."""
    today = load()
    namesakes = [d for d in today.by_full_name.get(fold(division.name), ())
                 if d.province_code == division.province_code]
    if len(namesakes) > 1:
        # Several: the one in its prefecture; if none is there, its code's place today.
        namesakes = [d for d in namesakes if d.prefecture_code == division.prefecture_code]
    if namesakes:
        only = namesakes[0] if len(namesakes) == 1 else None
        return (only.latitude, only.longitude) if only else (None, None)
    same_code = today.by_code.get(division.adcode)
    if same_code is not None and history.held_since(division.adcode, revision):
        return same_code.latitude, same_code.longitude
    return None, None


# --------------------------------------------------------------------------- the national report

NATIONAL_PLACE = "全国"
# What a title calls the national government where a place would stand (2024年国务院政府工作报告).
_NATIONAL_TITLE_PLACES = frozenset({"国务院", "全国", "中国", "中华人民共和国", "中央政府", "国家"})
_LOCAL_GOVERNMENT_SPEAKING = re.compile(r"代表[^,。;:!?\s]{0,12}人民政府")
# Only the State Council's report speaks for it (我代表国务院，向大会报告政府工作).
_STATE_COUNCIL_SPEAKING = re.compile(r"代表国务院")


def is_national(title: FoldedText | None, parts: TitleParts | None, delivery: Delivery,
                body: FoldedText) -> bool:
    """The State Council's report: delivered to the National People's Congress
    (第十四届全国人民代表大会第二次会议), by the premier (国务院总理), speaking for
    the State Council (我代表国务院), or titled so (国务院政府工作报告).
    `_first_delivery_match` takes a 全国 congress only at the start of the
    text; a local report quoting one there still speaks for its own
    government (我代表市人民政府) and is not national."""
    header = body.head(HEADER_CHARS)
    if _LOCAL_GOVERNMENT_SPEAKING.search(header):
        return False
    titled_national = False
    if title is not None and parts is not None and parts.place:
        named = re.sub(r"\s+", "", title.folded[parts.place[0]:parts.place[1]])
        if named not in _NATIONAL_TITLE_PLACES:
            return False   # the title names a place of its own
        titled_national = True
    congress = fold(delivery.congress or "")
    return (titled_national or "全国人民代表大会" in congress or "全国人大" in congress
            or (delivery.speaker_title or "").startswith("国务院")
            or bool(_STATE_COUNCIL_SPEAKING.search(header)))


def _place_clues(gazetteer: Gazetteer, title: FoldedText | None, parts: TitleParts | None,
                 delivery: Delivery) -> list[PlaceClue]:
    """Places named by the title, the congress line and the speaker line, in that order."""
    clues = []
    if title is not None and parts is not None and parts.place:
        clues.append(segment_place(gazetteer, title, parts.place))
    if delivery.congress_place and delivery.source is not None:
        clues.append(segment_place(gazetteer, delivery.source, delivery.congress_place))
    if delivery.speaker_place and delivery.speaker_source is not None:
        clues.append(segment_place(gazetteer, delivery.speaker_source, delivery.speaker_place))
    return clues


def _bracket_clue(gazetteer: Gazetteer, title: FoldedText | None,
                  parts: TitleParts | None) -> PlaceClue | None:
    """The province the title names in brackets (`(河南省)某县…`), segmented."""
    if title is None or parts is None or not parts.bracket:
        return None
    return segment_place(gazetteer, title, parts.bracket)


def _place_from_body(gazetteer: Gazetteer, context: list[list[Division]],
                     evidence: BodyEvidence, slug: regions.SlugHint,
                     site: PlaceClue | None = None, year: int | None = None,
                     site_name: str | None = None) -> Placement:
    """The place when neither title nor header names one (an excerpt page, a
    page titled just 政府工作报告): the one the body keeps naming, else the
    government whose site it is, when of the level the body speaks as. A body
    names the divisions of its year: when today's name none or one that was
    another division then (重庆市, a city of 四川 until 1997), those in force in
    the report's year are read (`_historical_body_placement`); so is the
    site's name (`_historical_site_placement`: 重庆市人民政府's archive of a
    1996 report)."""
    candidates = narrow_candidates(infer_from_body(evidence), context, evidence, slug)
    revision = history.revision_in_force(year) if year else None
    if revision and len(candidates) <= 1 and not (
            candidates and history.named_so(revision, candidates[0].adcode, candidates[0].name)):
        historical = _historical_body_placement(evidence, revision, slug)
        if historical is not None:
            return historical
    if not candidates and site_name and revision:
        historical = _historical_site_placement(site, site_name, revision, evidence)
        if historical is not None:
            return historical
    from_site = False
    if not candidates and site is not None:
        candidates = _site_divisions(site, evidence)
        from_site = len(candidates) == 1
    placement = _placement_from(gazetteer, candidates)
    if from_site:
        written = _place_as_written(site)
        # A paper or account names its place without the suffix (七台河日报, 湄潭发布).
        name = candidates[0].name
        placement.place = name if name != written and name.startswith(written) else written
        placement.flags.append("place-from-site-name")
    elif len(candidates) == 1:
        placement.place = _body_place_name(gazetteer, candidates[0])
    elif not candidates:
        placement.province = _fallback_province(gazetteer, context, evidence)
    return placement


def _site_divisions(site: PlaceClue, evidence: BodyEvidence) -> list[Division]:
    """The divisions the site's name can be, of the level the body speaks as."""
    cue = evidence.level_cue()
    return [d for d in chain_candidates(site)[0] if cue is None or _fits_level_cue(d, cue)]


def _historical_site_placement(site: PlaceClue | None, site_name: str, revision: str,
                               evidence: BodyEvidence) -> Placement | None:
    """The place in the site's name among the divisions of `revision`, when
    today's divisions do not know it or knew it otherwise then (重庆市 was a
    city of 四川 until 1997); None unless one division fits."""
    if site is not None:
        today = chain_candidates(site)[0]
        if len(today) == 1 and history.named_so(revision, today[0].adcode, today[0].name):
            return None   # the same division then: read as today's
    then = history.gazetteer_of(revision)
    clue = _site_clue(then, site_name)
    candidates = _site_divisions(clue, evidence) if clue is not None else []
    if len(candidates) != 1:
        return None
    placement = _placement_from(then, candidates)
    placement.place = _place_as_written(clue)
    placement.latitude, placement.longitude = _coordinates_today(candidates[0], revision)
    placement.flags += ["place-from-site-name", "historical-division"]
    return placement


def _historical_body_placement(evidence: BodyEvidence, revision: str,
                               slug: regions.SlugHint) -> Placement | None:
    """The one division of `revision` the body keeps naming (see
    `infer_from_body`), with today's coordinates of its code; None unless one."""
    then = history.gazetteer_of(revision)
    evidence_then = BodyEvidence(then, evidence.body)
    candidates = narrow_candidates(infer_from_body(evidence_then), [], evidence_then, slug)
    if len(candidates) != 1:
        return None
    placement = _placement_from(then, candidates)
    placement.place = _body_place_name(then, candidates[0])
    placement.latitude, placement.longitude = _coordinates_today(candidates[0], revision)
    placement.flags.append("historical-division")
    return placement


# A government's site (汝阳县人民政府) or its news account (湄潭发布).
_SITE_PLACE = re.compile(r"^(.{2,24}?)(?:人民政府|行政公署)|^(.{2,8}?)(?:发布|日报|晚报)")


def _town_within(gazetteer: Gazetteer, primary: PlaceClue, clues: list[PlaceClue],
                 site: PlaceClue | None, evidence: BodyEvidence) -> Placement | None:
    """A town named alone (新市镇) placed in the one county-level division
    another clue puts it in: the congress line's (镇平县石佛寺镇第十八届…) or,
    failing that, the government whose site the page is on (德清县人民政府);
    else the county the township list holds it in, when only one does (织里镇)
    or the site or the body settles which (城关镇). Towns have no code."""
    if not primary.leftover.endswith(_TOWN_SUFFIXES):
        return None
    town = primary.leftover
    holders = [clue for clue in clues if clue is not primary and clue.components and clue.leftover == town]
    if site is not None:
        holders.append(site)
    for holder in holders:
        candidates = chain_candidates(holder)[0]
        if len(candidates) == 1 and candidates[0].tier == "county":
            return _town_placement(gazetteer, primary, candidates[0])
    county = _county_holding(gazetteer, town, site, evidence)
    return _town_placement(gazetteer, primary, county) if county is not None else None


def _town_placement(gazetteer: Gazetteer, town: PlaceClue, county: Division) -> Placement:
    placement = _placement_from(gazetteer, [county])
    placement.place = _place_as_written(town)
    placement.admin_level = "town"
    placement.adcode = placement.latitude = placement.longitude = None
    return placement


def _county_holding(gazetteer: Gazetteer, town: str, site: PlaceClue | None,
                    evidence: BodyEvidence) -> Division | None:
    """The one county the township list holds `town` in, after the site's
    divisions and then the body's mentions of a county or its prefecture
    narrow a name several counties share; None while more than one is left."""
    counties = [gazetteer.by_code[code] for code in towns_named(town) if code in gazetteer.by_code]
    if len(counties) > 1 and site is not None:
        site_divisions = chain_candidates(site)[0]
        counties = [c for c in counties if _is_related(c, site_divisions)] or counties
    if len(counties) > 1:
        named = [c for c in counties if evidence.counts.get(c.adcode)]
        counties = named or [c for c in counties if c.prefecture_code and evidence.counts.get(c.prefecture_code)]
    return counties[0] if len(counties) == 1 else None


def _government_of_code(gazetteer: Gazetteer, code: str) -> str | None:
    """The full name of the government of a division code (410402 →
    河南省平顶山市新华区人民政府), as a site's name would give it."""
    division = gazetteer.by_code.get(code)
    if division is None:
        return None
    chain = [gazetteer.province_of(division), gazetteer.prefecture_of(division), division]
    names = []
    for part in chain:
        if part is not None and part.name not in names:
            names.append(part.name)
    return "".join(names) + "人民政府"


def _site_place(gazetteer: Gazetteer, site_name: str | None) -> tuple[PlaceClue, bool] | None:
    """The place segmented out of a site's name, and whether the name is a
    government's (汝阳县人民政府) rather than a news account's or paper's."""
    if not site_name:
        return None
    source = FoldedText(site_name)
    match = _SITE_PLACE.match(source.folded)
    if not match:
        return None
    government = bool(match.group(1))
    return segment_place(gazetteer, source, match.span(1) if government else match.span(2)), government


def _site_clue(gazetteer: Gazetteer, site_name: str | None) -> PlaceClue | None:
    """The place in a site's name (汝阳县人民政府 → 汝阳县), if the gazetteer knows it whole."""
    found = _site_place(gazetteer, site_name)
    clue = found[0] if found else None
    return clue if clue is not None and clue.components and not clue.leftover else None


def _town_site_clue(gazetteer: Gazetteer, site_name: str | None) -> PlaceClue | None:
    """The county in a town government's site name (灌南县新安镇人民政府 →
    灌南县), which places the town; the town itself is no division of the gazetteer."""
    found = _site_place(gazetteer, site_name)
    if found is None or not found[1]:
        return None
    clue = found[0]
    return clue if clue.components and clue.leftover.endswith(_TOWN_SUFFIXES) else None


def _fallback_province(gazetteer: Gazetteer, context: list[list[Division]],
                       evidence: BodyEvidence) -> str | None:
    """A province when the place itself is unknown: the one the explicit clues
    agree on, else one the body names far more than any other."""
    named = {gazetteer.province_of(d).name for clue in context for d in clue}
    if len(named) == 1:
        return named.pop()
    ranked = evidence.province_counts.most_common(2)
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] > 2 * ranked[1][1]):
        return gazetteer.by_code[ranked[0][0]].name
    return None


# --------------------------------------------------------------------------- entry points


def _join(paragraphs: list[str] | None) -> str:
    """The non-blank paragraphs, stripped, one a line."""
    return "\n".join(filter(None, [p.strip() for p in paragraphs or () if p]))


def extract_metadata(title: str | None, paragraphs: list[str], url: str | None = None,
                     canonical_url: str | None = None, site_name: str | None = None,
                     delivery_notes: Sequence[str] = (), site_code: str | None = None) -> dict:
    """Metadata of one report: see the module docstring and cleaning.report.Report.
    `site_name`: the government whose site the page is on (汝阳县人民政府), the
    last place clue, read when neither the title, the header nor the body names one.
    `delivery_notes`: what the page says of the delivery outside the body (an
    information table's 标题, the series label, the editors' lead), read when
    neither the title nor the body's header says it. `site_code`: the division
    code of the site's 网站标识码, naming the site's government when its name does not."""
    gazetteer = load()
    cleaned = clean_title(title)
    folded_title = FoldedText(cleaned) if cleaned else None
    parts = parse_title(folded_title) if folded_title else None
    body = FoldedText(_join(paragraphs))
    delivery = find_delivery(folded_title, body, [FoldedText(t) for t in delivery_notes])
    evidence = BodyEvidence(gazetteer, body)
    slug = regions.slug_hint_for_urls(canonical_url, url)

    if delivery.date is None and delivery.month_day and parts and parts.year:
        delivery.date = dates.date_in_report_year(parts.year, *delivery.month_day)
    delivered = delivery.date if delivery.date and delivery.date.day else None
    if delivered is None and parts and parts.bracket_date:
        delivered = parts.bracket_date
    year, year_flags = _report_year(delivery.date or delivered, parts, body)
    if delivered is None and delivery.month_day and year:
        # A date without its year and a title without one: the year the text is for completes it.
        delivered = dates.date_in_report_year(year, *delivery.month_day)

    site = _site_clue(gazetteer, site_name)
    coded = _government_of_code(gazetteer, site_code) if site_code else None
    if coded:
        # The code names the site's government whole (新华区 of 平顶山市, not of 石家庄).
        site_name, site = coded, _site_clue(gazetteer, coded) or site
    if is_national(folded_title, parts, delivery, body):
        placement = Placement(place=NATIONAL_PLACE, admin_level="national")
    else:
        placement = resolve_place(gazetteer, folded_title, parts, delivery, evidence, slug,
                                  site, year, site_name)
    flags = [] if cleaned else ["missing-title"]
    flags += placement.flags + year_flags

    region = regions.region_of(placement.province)
    if placement.province and regions.slug_mismatch(placement.province, canonical_url, url):
        flags.append("region-slug-mismatch")

    return {
        "title": cleaned,
        "province": placement.province,
        "prefecture": placement.prefecture,
        "county": placement.county,
        "place": placement.place or None,
        "admin_level": placement.admin_level,
        "adcode": placement.adcode,
        "latitude": placement.latitude,
        "longitude": placement.longitude,
        "region": region,
        "year": year,
        "delivered_on": delivered.iso() if delivered else None,
        "congress": delivery.congress,
        "congress_term": delivery.term,
        "congress_session": delivery.session,
        "speaker": delivery.speaker,
        "speaker_title": delivery.speaker_title,
        "flags": list(dict.fromkeys(flags)),
    }


def _report_year(date: dates.DateMatch | None, parts: TitleParts | None,
                 body: FoldedText) -> tuple[int | None, list[str]]:
    """The year the report is for: from the delivery date, else the title, else text cues.

    A title naming another year than the delivery date (厦门: titled 2022,
    delivered 2019-01-09) is flagged; the date wins. Without a date, a title
    naming another year than most of the body's cues (2008年工作回顾, 2009年主要
    任务 under a headline 2010年…) is flagged too; the body wins when
    MIN_CUES_OVER_TITLE of its cues agree and none names the title's year.
    """
    titled = parts.year if parts else None
    if date is not None:
        year = dates.report_year(date)
        return year, (["title-year-mismatch"] if titled and titled != year else [])
    if not titled:
        return dates.year_from_cues(body.folded), []
    votes = dates.year_votes(body.folded)
    cued = dates.winning_year(votes)
    if cued is None or cued == titled or votes[cued] <= votes[titled]:
        return titled, []
    if votes[cued] >= MIN_CUES_OVER_TITLE and votes[titled] == 0:
        return cued, ["title-year-mismatch"]
    return titled, ["title-year-mismatch"]


# --------------------------------------------------------------------------- classification

# Titles of other documents, checked in order; the label goes into the reason.
_OTHER_DOCUMENTS = [
    ("统计公报", r"统计公报"),
    ("公报", r"公报"),
    ("预算报告", r"预算(?:执行|草案)|决算"),
    # 计划执行情况与…计划草案, or 计划完成情况及…计划安排 as some places word it.
    ("计划报告", r"(?:发展)?计划(?:执行|草案|完成情况|安排)"),
    ("人大常委会工作报告", r"(?:人大|人民代表大会)常(?:务)?委(?:员)?会(?:的)?工作报告|常委会工作报告"),
    # A town congress has a presidium (主席团) where a county's has a standing committee.
    ("人大主席团工作报告", r"主席团(?:的)?工作报告"),
    ("法院工作报告", r"法院(?:的)?工作报告"),
    ("检察院工作报告", r"检察院(?:的)?工作报告"),
    ("政协工作报告", r"政协.{0,20}工作报告|政治协商会议.{0,20}工作报告"),
    # The party committee's report to its congress (在中国共产党某市第六次代表大会上的报告).
    ("党代会报告", r"(?:共产党|中共).{0,20}代表大会上?的?报告|党代会(?:上的)?报告"),
    # Hong Kong's and Macao's policy addresses (行政长官施政报告), Taiwan's 施政报告.
    ("施政报告", r"施政报告|施政方针"),
    # A speech at a work conference (在全县经济工作会议上的讲话), with targets and
    # headings of its own: addressed to 同志们, not to the congress.
    ("讲话", r"讲话|致辞|发言稿"),
    ("规划", r"规划|纲要"),
    ("决议", r"决议|决定"),
    ("解读", r"解读|图解|一图(?:读|看)懂|图说|长图|速览|名词解释|答记者问|发布会|记者会|吹风会|答问|提问"
           r"|热词|关键词|词云|高频词|亮点|心得|学习|测试题|试题|题库|知识竞赛|应知应会"
           # Its figures picked out (数说政府工作报告, 数读, 一组数字看…).
           r"|数说|数读|数字看|组数字|个数字"
           # A glossary of its terms (双语 pages: 重点词汇, 术语, 译法).
           r"|词汇|术语|译法"),
    # Slides made from it for a study session (…政府工作报告.ppt, 宣讲课件).
    ("课件", r"(?i:\.pptx?$|ppt)|课件|幻灯片|宣讲"),
    # How the report's tasks are handed out and chased (督查督办清单).
    ("工作方案", r"分工|任务分解|责任清单|督查|督办|方案"),
    # A government's reports on how the report's tasks are going (重点任务落实情况,
    # 建议办理情况), not the report.
    ("落实情况", r"(?:完成|落实|进展|推进|执行|办理)情况|完成进度|推进进度|任务清单|工作台账"),
    # (A notice calling for suggestions is a call for them: 关于征集…意见建议的公告, see 意见征集.)
    ("通知", r"^(?!.*征集).*?(?:通知|公告|通告|公示)"),
    # A draft circulated for comment, not the text delivered.
    # (Not news of a meeting held on it: 召开《政府工作报告（征求意见稿）》征求意见座谈会.)
    ("征求意见稿", r"^(?!.*(?:召开|举行|座谈)).*?(?:征求意见稿|讨论稿|送审稿|初稿)"),
    # The drafters' account of a draft (关于《政府工作报告（代拟稿）》有关情况的说明).
    # The draft itself (政府工作报告（代拟稿）, like the deputies' 审议稿) is the
    # report's text, drafted for the government to deliver: a report.
    ("起草说明", r"代拟稿[)）》」]*的?说明|(?:起草|有关情况|情况)的?说明"
                 # and their account of the deputies' opinions and the changes made after
                 r"|审议意见|修改情况|修改的?说明"),
    # A translation; a bilingual copy (双语) still holds the whole Chinese text.
    # (Not the report with its translation attached: …工作报告（附英文译文）.)
    ("译本", r"(?<!附)(?<!附:)(?:英文(?:版|全文|摘要|译文|稿)|英译)|(?i:english)"),
    ("新闻", r"签约|招商|开工|考察|调研|会见|座谈|召开|举行|开幕|闭幕|落地|揭牌"
           # A headline about the report (报告提出…, 市长作政府工作报告), not the report.
           r"|政府工作报告(?:提出|指出|明确|强调|显示|透露|释放|部署|要求|提到|中的|里的)"
           # or a figure of it after a colon (…政府工作报告：全省地区生产总值预期增长5%左右)
           r"|政府工作报告[:|｜](?!全文)[^。]{0,40}?(?:增长|预期|目标|左右|%|亿元|万人)"
           r"|(?:作|听取|审议|通过)(?:了)?.{0,6}政府工作报告"
           # Reactions to it (人大代表热议政府工作报告, 代表委员点赞…).
           r"|人大代表|政协委员|代表委员|热议|点赞|畅谈|聚焦|盘点|看点|划重点|金句"
           # How it was written (起草组, 征求意见稿), and questions: a report's title asks none.
           r"|起草|征求意见|\?"
           # A live blog of the delivery (图文直播, 实录).
           r"|直播|实录"),
    # A call for the public's suggestions on the report being drafted (我为政府工作报告建言献策).
    ("意见征集", r"征集|建言献策|献计献策|意见建议"),
    # The list of projects for people's livelihood the report promised (政府工作报告民生实事项目).
    ("民生实事", r"民生实事|实事项目"),
    # An office's own year (述职, 工作总结, 工作情况和明年工作打算).
    ("工作总结", r"工作总结|述职|工作(?:情况|打算|思路|计划|要点)"),
]
# Of those, the ones that still disqualify a title containing 政府工作报告
# (关于政府工作报告的决议, 政府工作报告解读, 政府工作报告重点任务分工方案).
_OVERRIDING = {"决议", "解读", "课件", "工作方案", "通知", "征求意见稿", "起草说明", "落实情况", "译本", "新闻",
               "意见征集", "民生实事"}

# Header cues of other documents read at a congress (budget, plan, the
# congress standing committee's, the court's and procuratorate's reports).
_BODY_NEGATIVE = [
    ("统计公报", r"^.{0,100}统计公报"),
    # Before the congress's standing committee: a CPPCC's standing committee
    # gives its mandate in the same words (受政协…常务委员会的委托).
    ("政协工作报告", r"(?:政协|政治协商会议).{0,20}委托"
                  # or speaking for it, at its session (我代表政协某市第八届委员会常务委员会…)
                  r"|代表(?:政协|中国人民政治协商会议).{0,24}常务委员会|在政协.{0,24}委员会第.{1,3}次会议上"),
    ("人大常委会工作报告", r"常务委员会(?:的)?委托|常委会(?:的)?委托"),
    ("人大主席团工作报告", r"代表.{0,10}主席团.{0,6}(?:向大会)?报告|主席团(?:的)?委托"),
    ("预算报告", r"受.{0,20}政府委托.{0,40}预算"),
    ("计划报告", r"受.{0,20}政府委托.{0,40}计划"),
    # The speaker line names who reads a report (法院院长, 检察长), even when
    # the court says only 我向大会报告…全市法院工作.
    ("法院工作报告", r"人民法院工作报告|我代表.{0,10}人民法院|人民法院院长"),
    ("检察院工作报告", r"人民检察院工作报告|我代表.{0,10}人民检察院|人民检察院检察长"),
]
# The report's own first person and delivery line, which news about it lack.
_REPORT_OPENINGS = [
    rf"(?:我|谨)代表.{{0,12}}(?:(?:人民)?政府|{_AGENCY})",
    rf"{dates.DATE_PATTERN}在.{{0,40}}(?:人民代表大会|人大).{{0,24}}会议上",
]
# Cues in the header that the government is reporting to its congress. A mere
# mention of 政府工作报告 is not one (news quote it): it counts only at the very
# start, where a report restates its own title.
_BODY_POSITIVE = [
    r"^[^。,;!?:]{0,40}政府工作报告",
    # an excerpt naming its report (——摘自…政府工作报告)
    r"摘自[^。\n]{0,80}政府工作报告",
    r"向大会(?:作|报告)(?:政府)?工作",
    *_REPORT_OPENINGS,
]


# The report's name in a title: a government's, or a 地区's or 盟's agency's
# (大兴安岭地区行政公署工作报告, 和田行署工作报告).
_GOVERNMENT_REPORT_TITLE = re.compile(rf"(?:政府|{_AGENCY})工作报告")


# The work report under its older name: the government's work, reported (关于某县
# 人民政府工作情况的报告, 关于政府工作的报告); an office's own 工作情况 is not the government's.
_GOVERNMENT_WORK_TITLE = re.compile(r"^关于.{0,20}政府工作(?:情况)?的报告")


def classify(title: str | None, paragraphs: list[str]) -> str | None:
    """None when the text is a government work report, else `not-a-work-report: <why>`."""
    cleaned = _without_tags(title)
    folded_title = re.sub(r"\s+", "", FoldedText(cleaned).folded) if cleaned else ""
    body = _join(paragraphs)
    if not folded_title and not body.strip():
        return "not-a-work-report: 空白"

    if _is_template(body):
        return "not-a-work-report: 范文模板"
    other = _other_document(folded_title)
    if _GOVERNMENT_REPORT_TITLE.search(folded_title):
        if other in ("新闻", "解读") and _full_text_under_headline(folded_title, body):
            return None
        if other in _OVERRIDING:
            return f"not-a-work-report: {other}"
        header = re.sub(r"\s+", "", FoldedText(body[:2 * HEADER_CHARS]).folded)[:HEADER_CHARS]
        if _STUDY_NOTES.search(header[:_STUDY_NOTES_REACH].split("各位代表", 1)[0]):
            return "not-a-work-report: 心得体会"   # ——学习政府工作报告心得体会, quoting it at length
        if _addressed_to_offices(header):
            return "not-a-work-report: 通知"   # 关于印发…政府工作报告重点工作任务的通知, its text
        if _COMMITTEE_SPEAKING.search(header) and not _GOVERNMENT_SPEAKING.search(header):
            # A development zone's 管委会 reporting at its 工作会议 under the name: an
            # agency of a government, with no people's congress of its own.
            return "not-a-work-report: 管委会工作报告"
        # A page titled with its column's name (政府工作报告) holding another
        # document read at the congress: the plan or budget report 受…政府委托.
        if not _GOVERNMENT_SPEAKING.search(header):
            label = next((label for label, pattern in _BODY_NEGATIVE if re.search(pattern, header)), None)
            if label:
                return f"not-a-work-report: {label}"
        return "not-a-work-report: 解读" if _writes_about_the_report(body) else None
    folded_body = "".join(FoldedText(body).folded.split())
    header = folded_body[:HEADER_CHARS]
    if other == "工作总结" and _GOVERNMENT_WORK_TITLE.search(folded_title) and any(
            re.search(pattern, header) for pattern in _REPORT_OPENINGS):
        # 关于某县人民政府工作情况的报告, delivered to the congress (——…在…人民代表大会…
        # 会议上, 我代表县人民政府): the work report under an older name.
        other = None
    if other:
        return f"not-a-work-report: {other}"
    for label, pattern in _BODY_NEGATIVE:
        if re.search(pattern, header):
            return f"not-a-work-report: {label}"
    if _addressed_to_offices(header):
        return "not-a-work-report: 通知"
    if _speaks_for_another_body(header, folded_body):
        return "not-a-work-report: 其他机关工作报告"
    if _reports_the_delivery(header, folded_body):
        return "not-a-work-report: 新闻"
    if any(re.search(pattern, header) for pattern in _BODY_POSITIVE):
        return None
    if "各位代表" in header and re.search(r"(?:人民代表大会|人大).{0,24}会议", header):
        return None
    # Excerpt pages start mid-report: look through the whole body for the
    # government speaking to the congress.
    if re.search(r"(?:我|谨)代表.{0,12}人民政府", folded_body) or \
            ("各位代表" in folded_body and "政府工作" in folded_body):
        return None
    return "not-a-work-report: 无政府工作报告特征"


# A model essay's blanks for the figures and names a real report gives
# (完成地区生产总值XX亿元，增长X.X%; 我代表XX镇人民政府): a template, no government's report.
_PLACEHOLDER = re.compile(r"(?<![A-Za-z])[XxＸｘ×]{1,6}(?:[.．][XxＸｘ×]{1,3})?(?=[%％亿万个家亩人元公里座件处所吨项户村镇乡县区市])")
TEMPLATE_PLACEHOLDERS = 5


def _is_template(body: str) -> bool:
    """Whether a text leaves its figures and names blank, as a template does."""
    if "X" not in body and "x" not in body and "×" not in body and "Ｘ" not in body:
        return False
    return len(_PLACEHOLDER.findall(body)) >= TEMPLATE_PLACEHOLDERS


# An official's notes on studying the report, said in its subtitle or first lines.
_STUDY_NOTES = re.compile(r"(?:学习|研读|读)[^。!]{0,24}(?:心得|体会|感悟)|读后感")
_STUDY_NOTES_REACH = 120


# An official document's addressees opening the text (各乡镇人民政府，县政府各部门：,
# 各区县人民政府，市政府有关部门：): a notice handing the report's tasks out, not
# the report, which opens with 各位代表.
_ADDRESSEES = re.compile(r"^各[^。:]{0,40}(?:人民政府|各部门|有关部门|各单位|直属机构)[^。:]{0,20}:")


def _addressed_to_offices(header: str) -> bool:
    """The text opens with the addressees of a government document."""
    return bool(_ADDRESSEES.match(header))


# The speaker speaking for the body that reports (我代表管委会向大会报告工作): a
# government's report speaks for a 政府 (国务院, 行政公署); a development zone's
# 管委会, a 街道办事处 or a party committee reporting to its own meeting does not.
_SPEAKS_FOR = re.compile(r"(?:我|谨)代表([^,;:。]{1,16}?),?向(?:大会|会议|全会)")
_GOVERNMENT_BODY = re.compile(r"政府|国务院|行政公署|行署")


def _speaks_for_another_body(header: str, folded_body: str) -> bool:
    """The header's speaker reports for a body that is not a government, and
    nowhere does the text speak for a government."""
    match = _SPEAKS_FOR.search(header)
    return (match is not None and not _GOVERNMENT_BODY.search(match.group(1))
            and not _GOVERNMENT_SPEAKING.search(folded_body))


# Someone named delivering the report (市长孔涛代表市人民政府向大会报告工作):
# a news story's words. The report says 我代表 (or just 代表 after a comma).
_THIRD_PERSON_DELIVERY = re.compile(r"[^我谨,:;。]代表[^。,:;]{0,12}政府,?向大会(?:作|报告)")


def _reports_the_delivery(header: str, folded_body: str) -> bool:
    """A text that tells of the government's report being delivered, in the
    third person, and never speaks as the government itself: news of the
    congress's opening under a headline that names neither."""
    return bool(_THIRD_PERSON_DELIVERY.search(header)) and not _GOVERNMENT_SPEAKING.search(folded_body)


# "The report" as a third person speaks of it (报告提出, 报告明确…); in the
# report itself such words come as 《政府工作报告》提出, quoting the national one.
_REPORT_AS_SUBJECT = re.compile(r"(?<!工作)(?<!《)报告(?:提出|明确|指出|强调|要求|部署|回顾|把|将|用|中)")


def _writes_about_the_report(body: str) -> bool:
    """A text under a report's name that is about it, not it (a commentary on
    its 三个鲜明特点, a quiz on it): it never speaks as the government to the
    congress, and speaks of "the report" as its subject more than once."""
    if "報" in body:   # a traditional-character text (報告): read simplified
        body = FoldedText(body).folded
    # Its words quoted are the report's, not the text's (报告开篇称：“各位代表：现在，我代表…”).
    own = _QUOTED.sub("", body)
    if "各位代表" in own or _GOVERNMENT_SPEAKING.search(own):
        return False
    return len(_REPORT_AS_SUBJECT.findall(body)) >= 2


_QUOTED = re.compile(r"“[^“”]{0,600}”")


_GOVERNMENT_SPEAKING = re.compile(rf"(?:我|谨)代表.{{0,12}}(?:政府|{_AGENCY})")
_COMMITTEE_SPEAKING = re.compile(r"(?:我|谨)代表[^,。;]{0,16}(?:管委会|管理委员会)")


# A title saying the report comes with material appended: 政府工作报告（附解读）,
# （全文+解读）, （附图解）, （含名词解释）.
_APPENDED = re.compile(r"(?:附|含|及|和|与|\+)[^()]{0,4}(?:解读|图解|名词解释|一图读懂|一图看懂)")


def _full_text_under_headline(folded_title: str, body: str) -> bool:
    """A news headline that says it carries the full text (市长张三作政府工作报告(全文)),
    or a title with material appended (…政府工作报告(附解读)), over a body that
    opens as the report does: the page is the report."""
    promised = "全文" in folded_title or _APPENDED.search(folded_title)
    # Only the header is read: folding a whole body costs more than the rest of classifying.
    header = re.sub(r"\s+", "", FoldedText(body[:2 * HEADER_CHARS]).folded)[:HEADER_CHARS]
    found = [bool(re.search(pattern, header)) for pattern in _REPORT_OPENINGS]
    # Unpromised, the text under a headline of the delivery (区长某某作政府工作报告)
    # is the report when it opens as only the report does: its delivery line
    # and its 我代表…政府 both; a story quotes one at most.
    return any(found) if promised else all(found)


def _other_document(folded_title: str) -> str | None:
    """The label of the first other-document pattern the title matches."""
    for label, pattern in _OTHER_DOCUMENTS:
        if re.search(pattern, folded_title):
            return label
    return None
