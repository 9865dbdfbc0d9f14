"""Build the published archive, `reports.db`, from the raw store.

crawl.db (raw pages) → cleaning → merge of copies → reports.db. The new
database is written beside the old one and moved into place at the end, so
a failed or interrupted build never leaves a half-written archive behind.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import sqlite_utils
from tqdm import tqdm

from archive import rawstore, search
from archive.merge import Copy, MergedReport, merge
from cleaning import Report, clean_document, clean_page

REPORT_COLUMNS = {
    "id": int,
    "title": str,
    "place": str,
    "province": str,
    "prefecture": str,
    "county": str,
    "admin_level": str,
    "region": str,
    "year": int,
    "delivered_on": str,
    "speaker": str,
    "speaker_title": str,
    "congress": str,
    "congress_term": int,
    "congress_session": int,
    "is_excerpt": int,
    "chars": int,
    "flags": str,
    "source_count": int,
    "adcode": str,
    "latitude": float,
    "longitude": float,
    "body": str,
    "text_hash": str,
}
FACETED = ("region", "year", "province", "admin_level", "place")


@dataclass
class BuildStats:
    """What a build did, for the summary line and for tests."""

    documents: int = 0
    copies: int = 0
    reports: int = 0
    rejected: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        rejected = sum(self.rejected.values())
        why = ", ".join(f"{reason}: {n}" for reason, n in self.rejected.most_common(5))
        return (
            f"{self.documents} documents → {self.copies} report copies → "
            f"{self.reports} reports; {rejected} pages set aside" + (f" ({why})" if why else "")
        )


def build(crawl_db: str | Path, reports_db: str | Path, progress: bool = True) -> BuildStats:
    """Clean every raw document in `crawl_db`, merge copies, and write `reports_db`."""
    crawl_db, reports_db = Path(crawl_db), Path(reports_db)
    if not crawl_db.exists():
        raise FileNotFoundError(f"no raw store at {crawl_db}: run `baogao crawl` or `baogao import` first")
    raw = rawstore.open_crawl_db(crawl_db)
    stats = BuildStats()
    copies, rejected = clean_all(raw, stats, progress)
    merged = merge(copies)
    stats.reports = len(merged)
    previous_ids = read_previous_ids(reports_db)
    tmp = reports_db.with_name(reports_db.name + ".tmp")
    if tmp.exists():
        tmp.unlink()
    db = sqlite_utils.Database(tmp)
    write_archive(db, merged, rejected, previous_ids)
    db.close()
    os.replace(tmp, reports_db)
    return stats


def clean_all(raw, stats: BuildStats, progress: bool) -> tuple[list[Copy], list[dict]]:
    """Clean each raw document; returns the report copies and the pages set aside."""
    copies: list[Copy] = []
    rejected: list[dict] = []
    documents = rawstore.iter_documents(raw)
    bar = tqdm(documents, total=rawstore.count_documents(raw), desc="cleaning", unit="doc",
               disable=not progress)
    for document in bar:
        stats.documents += 1
        first = document.pages[0]
        failed = next((p for p in document.pages if not 200 <= p.status < 300), None)
        if failed is not None:
            reason = f"http-{failed.status}"
            rejected.append(rejection(first, reason))
            stats.rejected[reason] += 1
            continue
        parts = [(p.body, p.final_url, p.content_type) for p in document.pages]
        reports = clean_page(*parts[0]) if len(parts) == 1 else clean_document(parts)
        for report in reports:
            if report.is_report:
                copies.append(Copy(report, first.url, first.fetched_at, [p.id for p in document.pages]))
                stats.copies += 1
            else:
                reason = report.reason or "not-a-report"
                rejected.append(rejection(first, reason, report.title))
                stats.rejected[reason.split(":")[0]] += 1
    return copies, rejected


def rejection(page: rawstore.RawPage, reason: str, title: str | None = None) -> dict:
    return {
        "url": page.url,
        "status": page.status,
        "reason": reason,
        "title": title,
        "fetched_at": page.fetched_at,
        "raw_page_id": page.id,
    }


def read_previous_ids(reports_db: Path) -> dict[str, int]:
    """text_hash → id from the archive being replaced, so that ids stay stable."""
    if not reports_db.exists():
        return {}
    try:
        old = sqlite_utils.Database(reports_db)
        if "reports" not in old.table_names():
            return {}
        return {row["text_hash"]: row["id"] for row in old.query("select id, text_hash from reports")}
    except Exception:  # an unreadable old archive only costs id stability
        return {}


def assign_ids(merged: list[MergedReport], previous: dict[str, int]) -> list[tuple[int, MergedReport]]:
    """Keep old ids for known texts; number new ones after them in a readable order."""
    next_id = max(previous.values(), default=0) + 1
    known = [(previous[m.key], m) for m in merged if m.key in previous]
    new = sorted(
        (m for m in merged if m.key not in previous),
        key=lambda m: (m.fields["year"] or 0, m.fields["province"] or "", m.fields["place"] or "", m.key),
    )
    numbered = known + [(next_id + i, m) for i, m in enumerate(new)]
    return sorted(numbered, key=lambda pair: pair[0])


def write_archive(db: sqlite_utils.Database, merged, rejected, previous_ids) -> None:
    """Write reports, sources, removals, rejected pages and the search index."""
    numbered = assign_ids(merged, previous_ids)
    db["reports"].create(REPORT_COLUMNS, pk="id")
    db["sources"].create(
        {
            "id": int, "report_id": int, "url": str, "canonical_url": str, "site": str,
            "title": str, "kind": str, "similarity": float, "item": int,
            "published_on": str, "fetched_at": str, "chars": int, "raw_page_ids": str,
        },
        pk="id",
        foreign_keys=[("report_id", "reports", "id")],
    )
    db["removals"].create(
        {"id": int, "report_id": int, "url": str, "where": str, "why": str, "what": str},
        pk="id",
        foreign_keys=[("report_id", "reports", "id")],
    )
    db["rejected_pages"].create(
        {"id": int, "url": str, "status": int, "reason": str, "title": str,
         "fetched_at": str, "raw_page_id": int},
        pk="id",
    )
    with db.conn:
        db["reports"].insert_all(report_row(rid, m) for rid, m in numbered)
        db["sources"].insert_all(row for rid, m in numbered for row in source_rows(rid, m))
        db["removals"].insert_all(row for rid, m in numbered for row in removal_rows(rid, m))
        db["rejected_pages"].insert_all(rejected)
    for column in FACETED:
        db["reports"].create_index([column])
    db["sources"].create_index(["report_id"])
    db["removals"].create_index(["report_id"])
    search.create_index(db, ((rid, m.fields["title"], m.canonical.report.body) for rid, m in numbered))
    db.execute("VACUUM")


def report_row(rid: int, m: MergedReport) -> dict:
    r: Report = m.canonical.report
    return {
        "id": rid,
        **{name: m.fields[name] for name in REPORT_COLUMNS if name in m.fields},
        "is_excerpt": int(r.is_excerpt),
        "chars": r.chars,
        "flags": json.dumps(m.flags, ensure_ascii=False),
        "source_count": len(m.copies),
        "body": r.body,
        "text_hash": m.key,
    }


def source_rows(rid: int, m: MergedReport):
    for copy in m.copies:
        r = copy.report
        yield {
            "report_id": rid,
            "url": copy.url,
            "canonical_url": r.canonical_url,
            "site": site_of(copy.url),
            "title": r.title,
            "kind": "canonical" if copy is m.canonical else "exact",
            "similarity": 1.0,
            "item": r.item,
            "published_on": r.published_on,
            "fetched_at": copy.fetched_at,
            "chars": r.chars,
            "raw_page_ids": json.dumps(copy.page_ids),
        }


def removal_rows(rid: int, m: MergedReport):
    for copy in m.copies:
        for removal in copy.report.removed:
            yield {"report_id": rid, "url": copy.url, "where": removal.where,
                   "why": removal.why, "what": removal.what}


def site_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc or parts.scheme
