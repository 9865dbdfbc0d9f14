"""Dates in report text: delivery dates and cues to the year a report is for.

Handles Arabic (`2022年3月28日`) and Chinese-numeral forms (`二〇一九年一月九日`,
`二○一九年`, `二零一九年元月`). Expects folded (NFKC) text.
"""
from __future__ import annotations

import datetime
import functools
import re
from collections import Counter
from dataclasses import dataclass

import cn2an

# Year digits may be Chinese (〇, ○ and 零 all serve as zero; O is a common typo,
# and so are the Greek and Cyrillic capitals that look like it: 二ΟΟ八年).
_YEAR_DIGIT = "0-9〇○零OoΟοОо一二三四五六七八九"
_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "o": 0, "Ο": 0, "ο": 0, "О": 0, "о": 0,
              "一": 1, "二": 2, "三": 3,
              "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

YEAR_PATTERN = rf"[{_YEAR_DIGIT}]{{4}}"
MONTH_PATTERN = r"(?:1[0-2]|0?[1-9]|十[一二]?|[元正一二三四五六七八九])"
# The day's mark: 日, 号, and 曰, which text recognition reads for 日 in scanned
# old reports (一九九六年二月一曰).
DAY_MARK = "[日号曰]"
DAY_PATTERN = r"(?:3[01]|[12][0-9]|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])"

# A full or month-only date in words. Groups: year, month, day (day optional).
_WORDED_DATE = (rf"(?P<year>{YEAR_PATTERN})\s*年\s*(?P<month>{MONTH_PATTERN})\s*月"
                rf"(?:\s*(?P<day>{DAY_PATTERN})\s*{DAY_MARK})?")
_DATE_RE = re.compile(_WORDED_DATE)
# A full date in figures (2024.1.9, 2024-01-09, 2024/1/9), one separator throughout.
_NUMERIC_DATE_RE = re.compile(
    r"(?<![\d.])(?P<year>(?:19|20)\d{2})\s*(?P<sep>[.\-/])\s*(?P<month>1[0-2]|0?[1-9])"
    r"\s*(?P=sep)\s*(?P<day>3[01]|[12]\d|0?[1-9])(?![\d.])")
# The worded form without groups (the day optional), for other patterns to embed.
WORDED_DATE_PATTERN = rf"{YEAR_PATTERN}\s*年\s*{MONTH_PATTERN}\s*月(?:\s*{DAY_PATTERN}\s*{DAY_MARK})?"
# Either form, without groups, for other patterns to embed. Only patterns that
# place the date (a delivery line, a dash or bracketed date line) take the
# numeric form: loose in a text, 2024-01-09 is as likely a publication date.
DATE_PATTERN = (rf"(?:{YEAR_PATTERN}\s*年\s*{MONTH_PATTERN}\s*月(?:\s*{DAY_PATTERN}\s*{DAY_MARK})?"
                r"|(?<![\d.])(?:19|20)\d{2}\s*(?:\.\s*\d{1,2}\s*\.|-\s*\d{1,2}\s*-|/\s*\d{1,2}\s*/)"
                r"\s*\d{1,2}(?![\d.]))")
# A month and day without the year (——一月九日在…会议上), the year being the title's.
MONTH_DAY_PATTERN = rf"(?<![年\d{_YEAR_DIGIT}])(?P<month>{MONTH_PATTERN})\s*月\s*(?P<day>{DAY_PATTERN})\s*{DAY_MARK}"

# Plausible years for a government work report.
MIN_YEAR, MAX_YEAR = 1949, 2100


@dataclass(frozen=True)
class DateMatch:
    """A date found in text; `day` is None for a month-only date (二零一九年元月)."""

    year: int
    month: int
    day: int | None
    start: int
    end: int

    def iso(self) -> str | None:
        """YYYY-MM-DD, or None without a day."""
        if self.day is None:
            return None
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@functools.lru_cache(maxsize=1024)
def chinese_number(text: str) -> int | None:
    """An integer from Arabic or Chinese numerals (十六 → 16, 第十八 not accepted).
    Cached: a few numerals (months, days, terms) come back on every page, and
    cn2an takes tens of microseconds each."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if text in ("元", "正"):            # 元月, 正月: the first month
        return 1
    if all(c in _CN_DIGITS for c in text):
        # Digit-by-digit reading (二〇一九), which cn2an would read as a quantity.
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    try:
        return int(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def year_number(text: str) -> int | None:
    """A four-digit year written in Arabic or Chinese digits, or mixed (2○19)."""
    digits = []
    for char in text:
        if char.isdigit():
            digits.append(char)
        elif char in _CN_DIGITS:
            digits.append(str(_CN_DIGITS[char]))
        else:
            return None
    return int("".join(digits)) if len(digits) == 4 else None


def _date_from_match(match: re.Match) -> DateMatch | None:
    year = year_number(match.group("year"))
    month = chinese_number(match.group("month"))
    day = chinese_number(match.group("day")) if match.group("day") else None
    if year is None or month is None or not (MIN_YEAR <= year <= MAX_YEAR):
        return None
    try:
        datetime.date(year, month, day or 1)
    except ValueError:
        return None
    return DateMatch(year, month, day, match.start(), match.end())


def find_dates(text: str) -> list[DateMatch]:
    """All valid dates in text, in order."""
    dates = []
    for match in _DATE_RE.finditer(text):
        date = _date_from_match(match)
        if date:
            dates.append(date)
    return dates


def parse_date(text: str) -> DateMatch | None:
    """The first valid date in text, in words, else in figures (2024.1.9)."""
    dates = find_dates(text)
    if dates:
        return dates[0]
    for match in _NUMERIC_DATE_RE.finditer(text):
        date = _date_from_match(match)
        if date and date.day:
            return date
    return None


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of the first year-less date (一月九日, 1月9日) in text."""
    match = re.search(MONTH_DAY_PATTERN, text)
    if not match:
        return None
    month, day = chinese_number(match.group("month")), chinese_number(match.group("day"))
    return (month, day) if month and day else None


def date_in_report_year(report_year_: int, month: int, day: int, start: int = 0,
                        end: int = 0) -> DateMatch | None:
    """The delivery date of a report for `report_year_` given only month and day:
    a November–December delivery falls in the year before (see `report_year`)."""
    year = report_year_ - 1 if month >= 11 else report_year_
    try:
        datetime.date(year, month, day)
    except ValueError:
        return None
    return DateMatch(year, month, day, start, end)


def report_year(date: DateMatch) -> int:
    """The year a report delivered on `date` is for.

    Congresses held in November or December hear the next year's report
    (东丽区, 2021-12-12 → 2022); from January on, the report is that year's.
    """
    return date.year + 1 if date.month >= 11 else date.year


def title_year(text: str) -> int | None:
    """The first `YYYY年` (Arabic or Chinese digits) in a title."""
    for match in re.finditer(rf"({YEAR_PATTERN})\s*年", text):
        year = year_number(match.group(1))
        if year and MIN_YEAR <= year <= MAX_YEAR:
            return year
    return None


_YEAR = rf"({YEAR_PATTERN})\s*年"
# Phrases naming the year the report plans for (its own year).
_PLANNING_CUES = [
    re.compile(_YEAR + r"(?:的)?(?:主要任务|工作安排|重点工作|工作任务|工作建议|政府工作|主要预期目标|"
                       r"工作(?:的)?总体要求|(?:全[省市区县州旗盟])?经济社会发展(?:的)?主要预期目标)"),
    re.compile(r"做好\s*" + _YEAR + r"(?:的)?(?:政府)?工作"),
]
# Phrases looking back at the previous year.
_REVIEW_CUES = [
    re.compile(r"走过(?:了)?[^。,;]{0,8}?" + _YEAR),
    re.compile(_YEAR + r"(?:及[^。,;]{0,16})?工作回顾"),
    re.compile(r"回顾\s*" + _YEAR),
    re.compile(_YEAR + r"\s*[,]?\s*是极不平凡的一年"),
]


def year_from_cues(text: str) -> int | None:
    """The report's year from phrases like `2023年主要任务` or `走过不平凡的2022年`.

    For text with no delivery line (an excerpt page). Each planning cue votes
    for its year, each review cue for the year after; the most votes win, the
    later year on a tie.
    """
    return winning_year(year_votes(text))


def winning_year(votes: Counter[int]) -> int | None:
    """The year with the most votes, the later on a tie; None without votes."""
    if not votes:
        return None
    return max(votes, key=lambda year: (votes[year], year))


def year_votes(text: str) -> Counter[int]:
    """Votes of the text's cues for the year it is for (see `year_from_cues`)."""
    votes: Counter[int] = Counter()
    for pattern in _PLANNING_CUES:
        for match in pattern.finditer(text):
            year = year_number(match.group(1))
            if year:
                votes[year] += 1
    for pattern in _REVIEW_CUES:
        for match in pattern.finditer(text):
            year = year_number(match.group(1))
            if year:
                votes[year + 1] += 1
    return votes
