"""Merging copies of the same report into one archive row.

Sameness is decided on the cleaned body, never the title (titles can be
wrong): two bodies that are equal once punctuation width, whitespace,
paragraph breaks and traditional/simplified script are normalised are one
report. Every copy stays listed as a source.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from cleaning import Report

WHITESPACE = re.compile(r"\s+")
# Fields a merged report takes from its copies, in order of preference.
METADATA_FIELDS = (
    "title", "province", "prefecture", "county", "place", "admin_level", "adcode",
    "latitude", "longitude", "region", "year", "delivered_on", "congress",
    "congress_term", "congress_session", "speaker", "speaker_title",
)
# Disagreement on these is worth a flag for a researcher.
CHECKED_FIELDS = ("province", "place", "year", "delivered_on")


@dataclass
class Copy:
    """One cleaned copy of a report, and where it was found."""

    report: Report
    url: str
    fetched_at: str | None = None
    page_ids: list[int] = field(default_factory=list)


@dataclass
class MergedReport:
    """A report as archived: the best copy, its merged metadata, all its sources."""

    key: str
    canonical: Copy
    copies: list[Copy]
    fields: dict
    flags: list[str]


@cache
def _to_simplified():
    from opencc import OpenCC

    return OpenCC("t2s").convert


def text_key(body: str) -> str:
    """The identity of a body: equal for copies that differ only in form."""
    text = unicodedata.normalize("NFKC", body)
    text = WHITESPACE.sub("", text)
    text = _to_simplified()(text)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def copy_rank(copy: Copy) -> tuple:
    """Higher is a better canonical copy: whole, with paragraphs, titled, long."""
    r = copy.report
    return (
        not r.is_excerpt,
        len(r.paragraphs),
        r.title is not None and r.province is not None,
        r.chars,
        -len(r.flags),
    )


def merge(copies: list[Copy]) -> list[MergedReport]:
    """Group copies by text identity and build one merged report per group."""
    groups: dict[str, list[Copy]] = {}
    for copy in copies:
        groups.setdefault(text_key(copy.report.body), []).append(copy)
    return [merge_group(key, members) for key, members in groups.items()]


def merge_group(key: str, members: list[Copy]) -> MergedReport:
    """One report from copies of the same text."""
    ordered = sorted(members, key=copy_rank, reverse=True)
    canonical = ordered[0]
    fields = {}
    for name in METADATA_FIELDS:
        fields[name] = next(
            (getattr(c.report, name) for c in ordered if getattr(c.report, name) is not None), None
        )
    flags = list(canonical.report.flags)
    for name in CHECKED_FIELDS:
        values = {getattr(c.report, name) for c in ordered} - {None}
        if len(values) > 1:
            flags.append(f"sources-disagree:{name}")
    return MergedReport(key, canonical, ordered, fields, flags)
