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

from archive import dedup, rawstore, search
from archive.targets import write_targets
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
    merged = merge_copies(copies, reports_db)
    stats.reports = len(merged)
    previous_ids, previous_by_url = read_previous_ids(reports_db), read_previous_source_ids(reports_db)
    tmp = reports_db.with_name(reports_db.name + ".tmp")
    if tmp.exists():
        tmp.unlink()
    db = sqlite_utils.Database(tmp)
    write_archive(db, merged, rejected, previous_ids, previous_by_url)
    copy_crawl_history(raw, db)
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
        link_title = document.pages[0].link_title
        reports = (clean_page(*parts[0], link_title=link_title) if len(parts) == 1
                   else clean_document(parts, link_title=link_title))
        for report in reports:
            if report.is_report:
                # The address the page was found at after any redirect: where a reader finds it.
                copies.append(Copy(report, first.final_url or first.url, first.fetched_at,
                                   [p.id for p in document.pages], first.referrer))
                stats.copies += 1
            else:
                reason = report.reason or "not-a-report"
                rejected.append(rejection(first, reason, report.title, report.item))
                stats.rejected[reason.split(":")[0]] += 1
    return copies, rejected


def rejection(page: rawstore.RawPage, reason: str, title: str | None = None,
              item: int | None = None) -> dict:
    """A row of rejected_pages; `item`: the place on a listing page of an item set aside."""
    return {
        "url": page.url,
        "status": page.status,
        "reason": reason,
        "title": title,
        "item": item,
        "fetched_at": page.fetched_at,
        "raw_page_id": page.id,
    }


def merge_copies(copies: list[Copy], reports_db: Path) -> list[MergedReport]:
    """Merge copies into reports, with dedup's store of fingerprints beside the archive.

    The store (`reports.dedup.db`) lets a rebuild search only texts it has not
    seen; it is a cache, so losing it costs time, not correctness.
    """
    store = dedup.Store(dedup.store_path(reports_db))
    try:
        return merge(copies, store=store)
    finally:
        store.close()


def read_previous_ids(reports_db: Path) -> dict[str, int]:
    """text_hash → report id of every text in the archive being replaced.

    Canonical texts (reports.text_hash) and every source's text
    (sources.text_hash), so a report keeps its id when a better copy becomes
    its canonical one, or when its texts join another report's.
    """
    return _read_old_archive(reports_db, lambda old: [
        *(() if "text_hash" not in old["sources"].columns_dict else
          old.execute("select text_hash, report_id from sources where text_hash is not null").fetchall()),
        *old.execute("select text_hash, id from reports").fetchall(),
    ])


def read_previous_source_ids(reports_db: Path) -> dict[str, int]:
    """url → report id of every source address that held one report in the
    archive being replaced: a report whose page was edited keeps its id
    (a listing page holding several reports says nothing of any one)."""
    return _read_old_archive(reports_db, lambda old: old.execute(
        "select url, min(report_id) from sources group by url having count(distinct report_id) = 1"
    ).fetchall())


def _read_old_archive(reports_db: Path, query) -> dict:
    if not reports_db.exists():
        return {}
    try:
        old = sqlite_utils.Database(reports_db)
        if "reports" not in old.table_names():
            return {}
        return dict(query(old))
    except Exception:  # an unreadable old archive only costs id stability
        return {}


def assign_ids(merged: list[MergedReport], previous: dict[str, int],
               previous_by_url: dict[str, int] | None = None) -> list[tuple[int, MergedReport]]:
    """Keep old ids; number new reports after them in a readable order.

    A report claims the ids its texts had and, more weakly, the ids of the
    reports its source addresses held (an edited page). Claims are granted
    strongest first (the id of its canonical text, then the id most of its
    texts had, then the id most of its addresses had, then the older id),
    one id per report and one report per id.
    """
    previous_by_url = previous_by_url or {}
    claims = []
    for n, m in enumerate(merged):
        votes = Counter(previous[k] for k in m.member_keys if k in previous)
        url_votes = Counter(previous_by_url[c.url] for c in m.copies if c.url in previous_by_url)
        claims += [(previous.get(m.key) == rid, votes[rid], url_votes[rid], -rid, n, rid)
                   for rid in votes.keys() | url_votes.keys()]
    granted: dict[int, int] = {}
    for *_, n, rid in sorted(claims, reverse=True):
        if n not in granted and rid not in granted.values():
            granted[n] = rid
    next_id = max([*previous.values(), *previous_by_url.values()], default=0) + 1
    new = sorted(
        (n for n in range(len(merged)) if n not in granted),
        key=lambda n: (merged[n].fields["year"] or 0, merged[n].fields["province"] or "",
                       merged[n].fields["place"] or "", merged[n].key),
    )
    granted.update((n, next_id + i) for i, n in enumerate(new))
    return sorted(((rid, merged[n]) for n, rid in granted.items()), key=lambda pair: pair[0])


def write_archive(db: sqlite_utils.Database, merged, rejected, previous_ids, previous_by_url) -> None:
    """Write reports, sources, removals, rejected pages and the search index
    (ids as `assign_ids` keeps them)."""
    numbered = assign_ids(merged, previous_ids, previous_by_url)
    db["reports"].create(REPORT_COLUMNS, pk="id")
    db["sources"].create(
        {
            "id": int, "report_id": int, "url": str, "canonical_url": str, "site": str,
            "title": str, "kind": str, "similarity": float, "item": int,
            "published_on": str, "fetched_at": str, "chars": int, "raw_page_ids": str,
            "text_hash": str, "linked_from": str,
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
        {"id": int, "url": str, "status": int, "reason": str, "title": str, "item": int,
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
    write_targets(db, ((rid, m.fields, m.canonical.report.targets, m.canonical.report.actuals)
                       for rid, m in numbered))
    db.conn.commit()  # VACUUM cannot run inside the transaction the index insert opened
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
    """One row per copy: where it was found, and how it relates to the canonical copy."""
    for member in m.members:
        copy, r = member.copy, member.copy.report
        yield {
            "report_id": rid,
            "url": copy.url,
            "canonical_url": r.canonical_url,
            "site": site_of(copy.url),
            "title": r.title,
            "kind": member.kind,
            "similarity": member.similarity,
            "item": r.item,
            "published_on": r.published_on,
            "fetched_at": copy.fetched_at,
            "chars": r.chars,
            "raw_page_ids": json.dumps(copy.page_ids),
            "text_hash": member.key,
            "linked_from": copy.linked_from,
        }


def removal_rows(rid: int, m: MergedReport):
    for copy in m.copies:
        for removal in copy.report.removed:
            yield {"report_id": rid, "url": removal.url or copy.url, "where": removal.where,
                   "why": removal.why, "what": removal.what}


def site_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc or parts.scheme


VERSION_COLUMNS = {
    "page_id": int, "previous_page_id": int, "url": str, "document_url": str, "part": int,
    "changed_at": str, "previous_fetched_at": str, "sha256": str, "previous_sha256": str,
    "report_id": int, "chars_before": int, "chars_after": int, "diff": str, "previous_text": str,
}


def copy_crawl_history(raw: sqlite_utils.Database, db: sqlite_utils.Database,
                       max_diff_chars: int = 20000) -> None:
    """Copy run summaries, failures and page versions from crawl.db into the archive.

    So that Datasette shows how each crawl went (`crawl_runs`, `crawl_errors`)
    and, for every page whose text changed under the same URL, when it changed
    and what changed (`report_versions`: a unified diff of the cleaned text and
    the previous text in full; the raw bytes of every version stay in crawl.db).
    """
    import difflib

    # The tables exist even when empty, so that a query against the archive
    # (or a Datasette link to it) works whatever the crawls met.
    for table in (rawstore.RUNS, rawstore.ERRORS):
        db[table].create(raw[table].columns_dict, pk="id")
        db[table].insert_all(raw.query(f"select * from {table}"))
    db["report_versions"].create(VERSION_COLUMNS, pk="page_id")
    report_of = {row["url"]: row["report_id"] for row in db.query("select url, report_id from sources")}

    def text_of(page_id: int) -> str:
        reports = clean_page(*rawstore.page_body(raw, page_id))
        return reports[0].body if reports else ""

    versions = []
    for v in rawstore.page_versions(raw):
        before, after = text_of(v["previous_page_id"]), text_of(v["page_id"])
        diff = "\n".join(difflib.unified_diff(before.split("\n\n"), after.split("\n\n"),
                                              "before", "after", lineterm="", n=1))
        versions.append({**v, "report_id": report_of.get(v["document_url"]),
                         "chars_before": len(before), "chars_after": len(after),
                         "diff": diff[:max_diff_chars], "previous_text": before})
    db["report_versions"].insert_all(versions)

