"""Compare an archive's reports.db with expected.json: a list of problems, empty when all is right.

Text is compared after NFKC and with all whitespace removed. A report is found
by the first of its `must_contain` sentences; each expected report must be
exactly one row, with an acceptable title, the expected metadata, every
`must_contain` sentence and its sources (a report's later parts may be joined
into its first part's source). No body may hold the sites' boilerplate, no
title the sites' names, and no row may be left unexpected (non-reports must stay out).
"""
from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from pathlib import Path

EXPECTED = Path(__file__).resolve().parent / "expected.json"
FIELDS = ("province", "region", "year", "delivered_on", "speaker", "speaker_title")


def load_expected(path: Path = EXPECTED) -> dict:
    """The expected archive (see make_expected.py)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def norm(text: str | None) -> str:
    """NFKC, whitespace removed."""
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def _source_path(url: str) -> str:
    """The path (and query) of a source URL, without scheme and host."""
    return "/" + url.split("/", 3)[3]


def compare(db_path, expected: dict | None = None) -> list[str]:
    """Every way the archive at `db_path` differs from `expected` (default: expected.json)."""
    exp = load_expected() if expected is None else expected
    db = sqlite3.connect(str(db_path))
    db.row_factory = sqlite3.Row
    try:
        rows = [dict(r) for r in db.execute("select * from reports")]
        srcs: dict = {}
        for s in db.execute("select report_id, url, title, kind, raw_page_ids from sources"):
            srcs.setdefault(s["report_id"], []).append(dict(s))
    finally:
        db.close()
    problems: list[str] = []
    used = set()
    for e in exp["reports"]:
        def bad(msg, key=e["key"]):
            problems.append("%s: %s" % (key, msg))
        hits = [r for r in rows if all(norm(m) in norm(r["body"]) for m in e["must_contain"][:1])]
        if not hits:
            bad("MISSING (no report contains the first must_contain sentence)")
            continue
        if len(hits) > 1:
            bad("DUPLICATED in %d reports: %s" % (len(hits), [h["id"] for h in hits]))
        r = hits[0]
        used.add(r["id"])
        if norm(r["title"]) not in [norm(t) for t in e["acceptable_titles"]]:
            bad("title %r not in %r" % (r["title"], e["acceptable_titles"]))
        for f in FIELDS:
            if (r[f] or None) != e[f]:
                bad("%s: got %r expected %r" % (f, r[f], e[f]))
        # a place without its higher levels (东丽区 for 天津市东丽区) is accepted
        if norm(r["place"]) != norm(e["place"]) and not norm(e["place"]).endswith(norm(r["place"])):
            bad("place: got %r expected %r" % (r["place"], e["place"]))
        for m in e["must_contain"]:
            if norm(m) not in norm(r["body"]):
                bad("body lacks: %s" % m)
        want = {p for _, p in e["sources"]}
        got = {_source_path(s["url"]) for s in srcs.get(r["id"], [])}
        joined = max([len(json.loads(s["raw_page_ids"] or "[]")) for s in srcs.get(r["id"], [])] or [0])
        later = {p for p in want if re.search(r"_\d+\.html$", p)}
        if later and joined >= len(later) + 1:  # the later parts were joined into the first's source
            want = want - later
        if not want <= got:
            bad("sources: missing %s (got %s)" % (sorted(want - got), sorted(got)))
    for r in rows:
        for b in exp["boilerplate_must_not_appear_in_bodies"]:
            if norm(b) in norm(r["body"]):
                i = norm(r["body"]).find(norm(b))
                problems.append("report %s body has boilerplate %r: ...%s..."
                                % (r["id"], b, norm(r["body"])[max(0, i - 30):i + 40]))
        for b in exp["titles_must_not_contain"]:
            if b in (r["title"] or ""):
                problems.append("report %s title %r contains %r" % (r["id"], r["title"], b))
    for r in rows:
        if r["id"] not in used:
            problems.append("EXTRA report id=%s title=%s" % (r["id"], r["title"]))
    return problems
