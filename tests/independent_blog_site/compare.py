"""Compare an archive's reports.db with expected.json: a list of problems, empty when all is right.

Text is compared after NFKC and with all whitespace removed. Each expected
report is the row holding most of its sentences; it must have the site's title
(with or without site B's 【…招商】 prefix), the expected province, place, year,
delivery date and speaker, every sentence, all its parts, none of its site's
boilerplate, no spam and no other report's sentences. No row may be left
unexpected, and no non-report may become a report.
"""
from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from pathlib import Path

from .make_expected import EXPECTED


def load_expected(path: Path = EXPECTED) -> dict:
    """The expected archive (see make_expected.py)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def N(s):
    """NFKC, whitespace removed."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def checks(db_path, exp: dict | None = None) -> list[tuple]:
    """Every check as (site, report, check, "ok" | "FAIL", detail)."""
    exp = load_expected() if exp is None else exp
    con = sqlite3.connect(str(db_path))
    con.row_factory = sqlite3.Row
    try:
        reports = [dict(r) for r in con.execute("select * from reports")]
        srcs: dict = {}
        for s in con.execute("select * from sources"):
            srcs.setdefault(s["report_id"], []).append(dict(s))
    finally:
        con.close()
    for r in reports:
        r["nbody"] = N(r["body"])
        r["urls"] = [s["url"] for s in srcs.get(r["id"], [])]

    rows = []

    def add(site, name, check, ok, detail=""):
        rows.append((site, name, check, "ok" if ok else "FAIL", detail))

    used = set()
    for e in exp["reports"]:
        name = e["title"]
        sents = [N(s) for s in e["sentences"]]
        best, score = None, 0
        for r in reports:
            k = sum(s in r["nbody"] for s in sents)
            if k > score:
                best, score = r, k
        if not best:
            add(e["site"], name, "found", False, "no report contains any expected sentence")
            continue
        shared = [r["id"] for r in reports if sum(s in r["nbody"] for s in sents) and r is not best]
        used.add(best["id"])
        add(e["site"], name, "found", True,
            "report id %d%s" % (best["id"], (" (sentences also in ids %s)" % shared) if shared else ""))
        t = N(best["title"])
        add(e["site"], name, "title", t == N(e["title"]) or (e.get("site_title") and t == N(e["site_title"])),
            repr(best["title"]))
        add(e["site"], name, "province", N(e["province"]) in N(best["province"]), repr(best["province"]))
        places = [N(p) for p in e["place"]]
        add(e["site"], name, "place", N(best["place"]) in places, repr(best["place"]))
        add(e["site"], name, "year", best["year"] == e["year"], repr(best["year"]))
        add(e["site"], name, "delivered_on", (best["delivered_on"] or None) == e["delivered_on"],
            repr(best["delivered_on"]))
        add(e["site"], name, "speaker", (best["speaker"] or None) == e["speaker"], repr(best["speaker"]))
        st = best["speaker_title"] or None
        okst = (st is None) if e["speaker_title"] is None else (
            st is not None and N(st) in [N(x) for x in e["speaker_title"]])
        add(e["site"], name, "speaker_title", okst, repr(st))
        missing = [s for s in e["sentences"] if N(s) not in best["nbody"]]
        add(e["site"], name, "body sentences", not missing,
            "missing: %s" % missing if missing else "%d/%d" % (len(sents), len(sents)))
        if e.get("parts"):
            have = [all(N(x) in best["nbody"] for x in part) for part in e["parts"]]
            add(e["site"], name, "parts joined", all(have), "parts present: %s" % have)
        bad = [b for b in exp["boilerplate"][e["site"]] if N(b) and N(b) in best["nbody"]]
        add(e["site"], name, "no boilerplate", not bad, "found: %s" % bad if bad else "")
        spam = [b for b in exp["spam"] if N(b) in best["nbody"]]
        add(e["site"], name, "no spam", not spam, "found: %s" % spam if spam else "")
        # the body must not hold another expected report's sentences
        others = [o["title"] for o in exp["reports"]
                  if o is not e and any(N(s) in best["nbody"] for s in o["sentences"])]
        add(e["site"], name, "not merged with others", not others,
            "contains text of: %s" % others if others else "")

    for r in reports:
        if r["id"] in used:
            continue
        nr = [x for x in exp["not_reports"] if N(x["title"]) and (N(x["title"]) in N(r["title"]) or x.get(
            "url", "#").format(A="", B="").split(":", 2)[-1] in " ".join(r["urls"]))]
        add("?", "report id %d %r" % (r["id"], r["title"]), "extra report", False,
            "urls %s; %s" % (r["urls"], "matches not-report %s" % nr[0]["title"] if nr else "not in expected"))

    for x in exp["not_reports"]:
        hit = [r["id"] for r in reports if N(x["title"]) in N(r["title"]) or N(x["title"])[:12] in r["nbody"][:200]]
        add(x["site"], x["title"], "not a report", not hit, "became report %s" % hit if hit else "")
    return rows


def compare(db_path, expected: dict | None = None) -> list[str]:
    """Every failed check of the archive at `db_path` against `expected` (default: expected.json)."""
    return ["%s %s: %s FAIL %s" % (site, name, check, detail)
            for site, name, check, status, detail in checks(db_path, expected) if status == "FAIL"]
