"""Merging copies of the same report into one archive row.

Sameness is decided on the cleaned body, never the title (titles can be
wrong), by `archive.dedup`: exact copies (equal once whitespace, paragraph
breaks, punctuation width and traditional/simplified script are normalised),
near copies (reformatted, a few sentences changed, spam added or removed) and
excerpts (a page whose text lies inside a fuller report). Each report is built
from its most complete clean copy; every copy stays listed as a source, with
its kind and its similarity to that canonical copy.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from archive import dedup
from cleaning import Report

# Fields a merged report takes from its copies, in order of preference.
METADATA_FIELDS = (
    "title", "province", "prefecture", "county", "place", "admin_level", "adcode",
    "latitude", "longitude", "region", "year", "delivered_on", "congress",
    "congress_term", "congress_session", "speaker", "speaker_title",
)
# Disagreement on these is worth a flag for a researcher.
CHECKED_FIELDS = ("province", "place", "year", "delivered_on")
# A full text at least this share of the longest one counts as complete.
COMPLETE_SHARE = 0.9
KINDS = ("canonical", "exact", "near", "excerpt")


@dataclass
class Copy:
    """One cleaned copy of a report, and where it was found."""

    report: Report
    url: str
    fetched_at: str | None = None
    page_ids: list[int] = field(default_factory=list)
    linked_from: str | None = None  # the page that linked the attached file the copy was read from


@dataclass
class Member:
    """A copy's place in its report: its text's key, its kind, its similarity to the canonical.

    `similarity` is the Jaccard similarity of the shingle sets for exact and
    near copies, and for an excerpt the share of its text found in the
    canonical copy (containment).
    """

    copy: Copy
    key: str
    kind: str
    similarity: float


@dataclass
class MergedReport:
    """A report as archived: the best copy, its merged metadata, all its sources."""

    key: str                 # text key of the canonical copy
    canonical: Copy
    copies: list[Copy]       # canonical first
    fields: dict
    flags: list[str]
    members: list[Member] = field(default_factory=list)   # one per copy, in the same order

    @property
    def member_keys(self) -> set[str]:
        """The text keys of all copies: what keeps the report's id across builds."""
        return {m.key for m in self.members} or {self.key}


def text_key(body: str) -> str:
    """The identity of a body: equal for copies that differ only in form."""
    return dedup.exact_key(body)


def merge(copies: list[Copy], *, store: dedup.Store | None = None,
          processes: int | None = None) -> list[MergedReport]:
    """Group copies into reports and build one merged report per group.

    `store` keeps fingerprints and verified relations between builds, so that
    only new texts are searched (see `archive.dedup`).
    """
    by_key: dict[str, list[Copy]] = {}
    for copy in copies:
        by_key.setdefault(text_key(copy.report.body), []).append(copy)
    if not by_key:
        return []
    texts = dedup.MemoryTexts({key: members[0].report.body for key, members in by_key.items()})
    result = dedup.deduplicate(by_key, texts, store=store, processes=processes)
    return [merge_group(g, by_key, result, texts) for g in result.groups]


def copy_rank(copy: Copy, complete: bool = True) -> tuple:
    """Higher is a better canonical copy: complete, with real paragraphs, clean metadata, long."""
    r = copy.report
    return (
        complete,
        not r.is_excerpt,
        len(r.paragraphs) >= 3 and "paragraphs-restored" not in r.flags,
        r.title is not None and r.province is not None and r.year is not None,
        not dedup.is_traditional(r.body),
        r.chars,
        len(r.paragraphs),
        -len(r.flags),
        copy.url,
    )


def merge_group(group: dedup.Group, by_key: dict[str, list[Copy]], result: dedup.Result,
                texts: dedup.Texts) -> MergedReport:
    """One report from a group of texts: canonical copy, members, metadata, flags."""
    sizes = {k: result.fingerprints[k].size for k in group.keys}
    longest = max(sizes[k] for k in group.core)
    core = [(c, k) for k in group.core for c in by_key[k]]
    canonical, ckey = max(core, key=lambda pair: copy_rank(
        pair[0], sizes[pair[1]] >= COMPLETE_SHARE * longest))
    members = [Member(canonical, ckey, "canonical", 1.0)]
    for key in group.keys:
        for copy in by_key[key]:
            if copy is not canonical:
                members.append(_member(copy, key, ckey, key in group.excerpts, sizes, result, texts))
    order = {kind: i for i, kind in enumerate(KINDS)}
    members[1:] = sorted(members[1:], key=lambda m: (order[m.kind], -m.similarity, m.copy.url))
    fields = _fields([m.copy for m in members])
    flags = list(canonical.report.flags) + _disagreements([m.copy for m in members])
    if group.ambiguous:
        flags.append("excerpt-ambiguous")
    return MergedReport(ckey, canonical, [m.copy for m in members], fields, flags, members)


def _member(copy: Copy, key: str, ckey: str, attached: bool, sizes: dict[str, int],
            result: dedup.Result, texts: dedup.Texts) -> Member:
    """A copy's kind and similarity relative to the canonical text."""
    if key == ckey:
        return Member(copy, key, "exact", 1.0)
    relation = result.compare(key, ckey, texts)
    shorter = sizes[key] < COMPLETE_SHARE * sizes[ckey]
    inside = relation.containment(key)
    if attached or (shorter and inside >= result.settings.contained):
        return Member(copy, key, "excerpt", round(inside, 4))
    return Member(copy, key, "near", round(relation.jaccard, 4))


def _fields(ordered: list[Copy]) -> dict:
    """Metadata from the best copy that has each field."""
    return {
        name: next((getattr(c.report, name) for c in ordered if getattr(c.report, name) is not None),
                   None)
        for name in METADATA_FIELDS
    }


def _disagreements(copies: list[Copy]) -> list[str]:
    """`sources-disagree:year=2019|2022` for each checked field the copies disagree on."""
    flags = []
    for name in CHECKED_FIELDS:
        values = sorted({str(v) for v in (getattr(c.report, name) for c in copies) if v is not None})
        if len(values) > 1:
            flags.append(f"sources-disagree:{name}=" + "|".join(values))
    return flags
