"""The raw store, `crawl.db`: every fetched response, bytes and all.

Kept so that the archive can be rebuilt with better cleaning without
re-crawling. `pages` is append-only: a fetch whose bytes differ from what is
already kept for its URL is a new row, so every version a site ever served
stays; a fetch that brings nothing new only stamps `checks`. Readers take
the latest *good* fetch of each URL (a later 503 or soft 404 never hides
text already archived), else the latest fetch.

Besides pages: `crawl_runs` (one row per spider run, with its summary),
`crawl_errors` (every failure: URL, kind, reason, attempts) and `checks`
(when a URL was last confirmed unchanged).
"""
from __future__ import annotations

import hashlib
import json
import mimetypes
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import sqlite_utils

PAGES = "pages"
RUNS = "crawl_runs"
ERRORS = "crawl_errors"
CHECKS = "checks"

# A good fetch: 2xx and not flagged as an error page served with 200.
GOOD = "status between 200 and 299 and note is null"
# Columns added after the first release: old crawl.db files get them on open.
PAGE_COLUMNS_V2 = {"etag": str, "last_modified": str, "next_url": str, "kind": str, "note": str,
                   # the page that linked an attached report file (PDF, Word)
                   "referrer": str,
                   # the text of the listing's link that led to a report page
                   "link_title": str}
# the page that linked an attached file that failed, so that a retry still knows it
ERROR_COLUMNS_V2 = {"referrer": str}
RUN_COLUMNS_V2 = {
    "fetched": int, "new_reports": int, "changed_reports": int, "unchanged_reports": int,
    "new_listings": int, "changed_listings": int, "unchanged_listings": int,
    "errors": int, "error_kinds": str, "duration_s": float, "worker": str, "summary": str,
    "dead_ends_skipped": int,
}


@dataclass
class RawPage:
    """One stored fetch."""

    id: int
    url: str
    final_url: str
    status: int
    fetched_at: str
    content_type: str | None
    encoding: str | None
    body: bytes
    sha256: str
    spider: str | None
    document_url: str
    part: int
    referrer: str | None = None  # the page that linked this attached file
    link_title: str | None = None  # the text of the listing's link that led to this page


@dataclass
class RawDocument:
    """The pages of one document (a report split over pages, or a single page), in order."""

    document_url: str
    pages: list[RawPage]


def utcnow() -> str:
    """Now, as an ISO 8601 UTC timestamp with seconds."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def open_crawl_db(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) the raw store at `path`, with its schema."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    # Several writers may share the store (two spiders, Redis workers): wait, don't fail.
    db.execute("PRAGMA busy_timeout=30000")
    use_wal(db)
    # WAL + NORMAL: a killed process loses nothing committed; only an OS crash
    # may lose the last transactions, which the next run simply fetches again.
    db.execute("PRAGMA synchronous=NORMAL")
    ensure_schema(db)
    return db


def use_wal(db: sqlite_utils.Database) -> None:
    """Switch the store to WAL (readers never block the crawler's writes).

    Switching needs the database to itself, which busy_timeout does not wait
    for: when several processes open a new store at once, try again briefly.
    """
    for _ in range(100):
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error):
                raise
            time.sleep(0.05)
    db.execute("PRAGMA journal_mode=WAL")


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the raw store's tables and indexes if they are missing.

    Safe when several processes open a new store at once (Redis workers): one
    that loses the race to create something finds it made and carries on.
    """
    for _ in range(100):
        try:
            create_tables(db)
            return
        except sqlite3.OperationalError as error:
            if not any(s in str(error) for s in ("already exists", "duplicate column", "locked")):
                raise
            time.sleep(0.05)  # a schema change may fail at once instead of waiting its turn
    create_tables(db)


def create_tables(db: sqlite_utils.Database) -> None:
    """The tables and indexes of the raw store (inside `ensure_schema`'s transaction)."""
    if PAGES not in db.table_names():
        db[PAGES].create(
            {
                "id": int,
                "url": str,
                "final_url": str,
                "status": int,
                "fetched_at": str,
                "content_type": str,
                "encoding": str,
                "body": bytes,
                "sha256": str,
                "size": int,
                "spider": str,
                "document_url": str,
                "part": int,
                "run_id": int,
            },
            pk="id",
        )
        db[PAGES].create_index(["url"])
        db[PAGES].create_index(["document_url", "part"])
    if RUNS not in db.table_names():
        db[RUNS].create(
            {
                "id": int,
                "spider": str,
                "start_url": str,
                "started_at": str,
                "finished_at": str,
                "pages": int,
                "finish_reason": str,
            },
            pk="id",
        )
    if ERRORS not in db.table_names():
        db[ERRORS].create(
            {
                "id": int, "run_id": int, "spider": str, "url": str, "document_url": str,
                "part": int, "callback": str, "kind": str, "reason": str, "status": int,
                "attempts": int, "transient": int, "at": str,
            },
            pk="id",
        )
        db[ERRORS].create_index(["url"])
    if CHECKS not in db.table_names():
        db[CHECKS].create({"url": str, "checked_at": str, "run_id": int}, pk="url")
    add_missing_columns(db[PAGES], PAGE_COLUMNS_V2)
    add_missing_columns(db[RUNS], RUN_COLUMNS_V2)
    add_missing_columns(db[ERRORS], ERROR_COLUMNS_V2)


def add_missing_columns(table, columns: dict) -> None:
    """Add the columns an older raw store lacks (stores are kept for years)."""
    have = set(table.columns_dict)
    for name, kind in columns.items():
        if name not in have:
            table.add_column(name, kind)


@dataclass
class Stored:
    """What storing a fetch did: `new`, `changed`, `unchanged` or `failed`, and the row kept."""

    outcome: str
    page_id: int


@dataclass
class Known:
    """What the store knows of a URL, for deciding whether to fetch it again."""

    ok: bool
    checked_at: str
    etag: str | None
    last_modified: str | None
    next_url: str | None  # the next part's address; "" when there is none, None when unknown


def save_page(db: sqlite_utils.Database, **fetch) -> int:
    """Store one fetched response (see `store_page`) and return the id of the row kept."""
    return store_page(db, **fetch).page_id


def store_page(
    db: sqlite_utils.Database,
    *,
    url: str,
    body: bytes,
    status: int = 200,
    final_url: str | None = None,
    content_type: str | None = None,
    encoding: str | None = None,
    spider: str | None = None,
    document_url: str | None = None,
    part: int = 1,
    run_id: int | None = None,
    fetched_at: str | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    next_url: str | None = None,
    kind: str | None = None,
    note: str | None = None,
    referrer: str | None = None,
    link_title: str | None = None,
) -> Stored:
    """Store one fetched response unless the same bytes are already kept for `url`.

    A good fetch is compared with the URL's latest good fetch: same bytes →
    `unchanged` (only `checks` is stamped, so re-crawls leave `pages` and the
    published archive as they were), else a new row, `new` or `changed` (the
    old row stays: that is the previous version). A failed fetch gets a row
    unless it repeats the latest failure exactly.
    """
    sha256 = hashlib.sha256(body).hexdigest()
    good = 200 <= status < 300 and note is None
    now = fetched_at or utcnow()
    with db.conn:
        previous = latest_row(db, url, good_only=good)
        if previous and previous["sha256"] == sha256 and previous["status"] == status:
            # Filling in what an older crawler did not record is not a new version.
            if next_url is not None and previous["next_url"] is None:
                db.execute(f"update {PAGES} set next_url = ? where id = ?", [next_url, previous["id"]])
            if link_title and not previous["link_title"]:
                db.execute(f"update {PAGES} set link_title = ? where id = ?", [link_title, previous["id"]])
            touch(db, url, now, run_id)
            return Stored("unchanged" if good else "failed", previous["id"])
        row = {
            "url": url, "final_url": final_url or url, "status": status, "fetched_at": now,
            "content_type": content_type, "encoding": encoding, "body": body, "sha256": sha256,
            "size": len(body), "spider": spider, "document_url": document_url or url,
            "part": part, "run_id": run_id, "etag": etag, "last_modified": last_modified,
            "next_url": next_url, "kind": kind, "note": note, "referrer": referrer,
            "link_title": link_title,
        }
        # Plain SQL: this runs once per fetched page, and sqlite-utils' insert
        # re-derives the statement each time. (`checks` is only for URLs whose
        # newest row is older than their last fetch.)
        names = ", ".join(row)
        marks = ", ".join("?" * len(row))
        page_id = db.conn.execute(f"insert into {PAGES} ({names}) values ({marks})",
                                  list(row.values())).lastrowid
    if not good:
        return Stored("failed", page_id)
    if previous is None and final_url and final_url != url:
        # An old address redirected to a page held already, bytes and all: kept
        # (so it is known next time), but nothing new (see `redirect_aliases`).
        landed = latest_row(db, final_url, good_only=True)
        if landed and landed["sha256"] == sha256:
            return Stored("unchanged", page_id)
    return Stored("changed" if previous else "new", page_id)


def latest_row(db: sqlite_utils.Database, url: str, good_only: bool) -> dict | None:
    """The newest row for `url` (the newest good one with `good_only`), without its body."""
    where = f"url = ? and {GOOD}" if good_only else "url = ?"
    rows = list(db.query(f"select id, sha256, status, next_url, link_title from {PAGES} where {where} "
                         "order by id desc limit 1", [url]))
    return rows[0] if rows else None


def held_copy(db: sqlite_utils.Database, url: str) -> tuple[bytes, str | None] | None:
    """(bytes, content type) of `url`'s latest good fetch, or None: what a 304 confirms."""
    rows = list(db.query(f"select body, content_type from {PAGES} where url = ? and {GOOD} "
                         "order by id desc limit 1", [url]))
    return (rows[0]["body"] or b"", rows[0]["content_type"]) if rows else None


def touch(db: sqlite_utils.Database, url: str, at: str, run_id: int | None) -> None:
    """Remember that `url` was just fetched (or confirmed unchanged)."""
    db.execute(f"insert or replace into {CHECKS} (url, checked_at, run_id) values (?, ?, ?)",
               [url, at, run_id])


def known_pages(db: sqlite_utils.Database) -> dict[str, Known]:
    """Every URL with a good fetch: whether and how to fetch it again is the crawler's call."""
    sql = f"""
        select p.url, p.etag, p.last_modified, p.next_url,
               max(p.fetched_at, coalesce(c.checked_at, '')) as checked_at
        from {PAGES} p
        join (select url, max(id) as id from {PAGES} where {GOOD} group by url) g on g.id = p.id
        left join {CHECKS} c on c.url = p.url
    """
    return {
        row["url"]: Known(True, row["checked_at"], row["etag"], row["last_modified"], row["next_url"])
        for row in db.query(sql)
    }


def listing_pages(db: sqlite_utils.Database) -> list[str]:
    """Every URL whose last fetch was a good listing page: where new reports
    appear, to look at again even when the page that led there is not
    fetched (and a listing since gone is not asked for forever)."""
    sql = f"""
        select url from {PAGES}
        where id in (select max(id) from {PAGES} group by url) and kind = 'listing' and {GOOD}
        order by id
    """
    return [row["url"] for row in db.query(sql)]


def record_error(db: sqlite_utils.Database, *, url: str, kind: str, reason: str,
                 run_id: int | None = None, spider: str | None = None,
                 document_url: str | None = None, part: int = 1, callback: str | None = None,
                 status: int | None = None, attempts: int = 1, transient: bool = True,
                 referrer: str | None = None) -> int:
    """Record one failure to get `url` (after Scrapy's own retries within the run);
    `referrer`, for an attached file, is the page that linked it."""
    return db[ERRORS].insert({
        "run_id": run_id, "spider": spider, "url": url, "document_url": document_url or url,
        "part": part, "callback": callback, "kind": kind, "reason": reason[:500],
        "status": status, "attempts": attempts, "transient": int(transient), "at": utcnow(),
        "referrer": referrer,
    }).last_pk


def open_errors(db: sqlite_utils.Database, spider: str) -> list[dict]:
    """The latest failure of every URL `spider` has never fetched successfully: to try again."""
    sql = f"""
        select e.* from {ERRORS} e
        join (select url, max(id) as id from {ERRORS} where spider = ? group by url) l on l.id = e.id
        where e.url not in (select url from {PAGES} where {GOOD})
        order by e.id
    """
    return list(db.query(sql, [spider]))


def start_run(db: sqlite_utils.Database, spider: str, start_url: str | None,
              worker: str | None = None) -> int:
    """Record the start of a crawl run; returns its id."""
    return db[RUNS].insert(
        {"spider": spider, "start_url": start_url, "started_at": utcnow(), "pages": 0,
         "worker": worker}
    ).last_pk


def finish_run(db: sqlite_utils.Database, run_id: int, pages: int, reason: str,
               summary: dict | None = None) -> None:
    """Record how a crawl run ended, with its summary (counts, errors by kind, duration)."""
    row = {"finished_at": utcnow(), "pages": pages, "finish_reason": reason}
    if summary:
        row.update({key: summary[key] for key in RUN_COLUMNS_V2 if key in summary})
        row["error_kinds"] = json.dumps(summary.get("error_kinds", {}), sort_keys=True)
    db[RUNS].update(run_id, row)


def close_abandoned_runs(db: sqlite_utils.Database, spider: str) -> int:
    """Mark runs of `spider` that never finished (the process was killed) as interrupted.

    Only call this holding the crawl lock: then no such run can still be going.
    """
    cursor = db.execute(
        f"update {RUNS} set finish_reason = 'interrupted' "
        "where spider = ? and finished_at is null and finish_reason is null", [spider])
    db.conn.commit()
    return cursor.rowcount


def page_versions(db: sqlite_utils.Database) -> Iterator[dict]:
    """Every good fetch that replaced different bytes at the same URL, with the one before."""
    sql = f"""
        select cur.id as page_id, prev.id as previous_page_id, cur.url, cur.document_url,
               cur.part, cur.fetched_at as changed_at, prev.fetched_at as previous_fetched_at,
               cur.sha256, prev.sha256 as previous_sha256
        from {PAGES} cur join {PAGES} prev on prev.id = (
            select max(id) from {PAGES} p
            where p.url = cur.url and p.id < cur.id and p.status between 200 and 299 and p.note is null)
        where cur.status between 200 and 299 and cur.note is null and prev.sha256 != cur.sha256
        order by cur.id
    """
    yield from db.query(sql)


def page_body(db: sqlite_utils.Database, page_id: int) -> tuple[bytes, str | None, str | None]:
    """(body, final_url, content_type) of one stored fetch."""
    row = db.execute(f"select body, final_url, content_type from {PAGES} where id = ?",
                     [page_id]).fetchone()
    return (row[0] or b"", row[1], row[2])


def import_file(db: sqlite_utils.Database, path: str | Path) -> int:
    """Add a saved page (an HTML file, or a text rendering) as if it had been crawled."""
    path = Path(path).resolve()
    return save_page(
        db,
        url=path.as_uri(),
        body=path.read_bytes(),
        content_type=content_type_of(path),
        spider="import",
    )


def content_type_of(path: Path) -> str:
    """The Content-Type a server would give a saved file, from its name."""
    guessed, _ = mimetypes.guess_type(path.name)
    suffix = path.suffix.lower()
    if suffix in (".jl", ".jsonl"):
        return "application/json"   # JSON Lines: a scraper's records, one a line
    if suffix in (".rss", ".atom"):
        return f"application/{suffix[1:]}+xml"   # a feed reader's or a scraper's saved feed
    return guessed or ("text/plain" if suffix == ".txt" else "application/octet-stream")


def latest_pages(db: sqlite_utils.Database) -> Iterator[RawPage]:
    """The latest good fetch of every URL (else its latest fetch), by document and part."""
    sql = f"""
        select p.* from {PAGES} p
        join (select url, coalesce(max(case when {GOOD} then id end), max(id)) as id
              from {PAGES} group by url) latest on latest.id = p.id
        order by p.document_url, p.part, p.id
    """
    for row in db.query(sql):
        yield RawPage(
            id=row["id"],
            url=row["url"],
            final_url=row["final_url"],
            status=row["status"],
            fetched_at=row["fetched_at"],
            content_type=row["content_type"],
            encoding=row["encoding"],
            body=row["body"] or b"",
            sha256=row["sha256"],
            spider=row["spider"],
            document_url=row["document_url"] or row["url"],
            part=row["part"] or 1,
            referrer=row["referrer"],
            link_title=row["link_title"],
        )


def redirect_aliases(db: sqlite_utils.Database) -> set[str]:
    """Documents whose first page was redirected to an address fetched as a
    document of its own (an old address answering 301 with the new one): the
    same document twice, so the build reads it once, under its real address."""
    sql = f"""
        select distinct a.document_url from {PAGES} a
        where a.part = 1 and a.final_url is not null and a.final_url != a.url
          and a.final_url in (select document_url from {PAGES} where document_url != a.document_url)
    """
    return {row["document_url"] for row in db.query(sql)}


def iter_documents(db: sqlite_utils.Database) -> Iterator[RawDocument]:
    """Group the latest pages into documents, each with its parts in order
    (a redirected alias of another document left out: `redirect_aliases`)."""
    aliases = redirect_aliases(db)
    current: RawDocument | None = None
    for page in latest_pages(db):
        if page.document_url in aliases:
            continue
        if current is None or page.document_url != current.document_url:
            if current is not None:
                yield current
            current = RawDocument(page.document_url, [])
        current.pages.append(page)
    if current is not None:
        yield current


def count_documents(db: sqlite_utils.Database) -> int:
    """How many documents `iter_documents` will yield (for progress bars)."""
    return db.execute(f"select count(distinct document_url) from {PAGES}").fetchone()[0] - len(redirect_aliases(db))
