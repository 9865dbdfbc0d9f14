"""The raw store, `crawl.db`: every fetched response, bytes and all.

Kept so that the archive can be rebuilt with better cleaning without
re-crawling. Append-only: each fetch is a new row; readers take the latest
fetch of each URL.
"""
from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import sqlite_utils

PAGES = "pages"
RUNS = "crawl_runs"


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
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    ensure_schema(db)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the raw store's tables and indexes if they are missing."""
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


def save_page(
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
) -> int:
    """Store one fetched response and return its row id."""
    row = {
        "url": url,
        "final_url": final_url or url,
        "status": status,
        "fetched_at": fetched_at or utcnow(),
        "content_type": content_type,
        "encoding": encoding,
        "body": body,
        "sha256": hashlib.sha256(body).hexdigest(),
        "size": len(body),
        "spider": spider,
        "document_url": document_url or url,
        "part": part,
        "run_id": run_id,
    }
    return db[PAGES].insert(row).last_pk


def start_run(db: sqlite_utils.Database, spider: str, start_url: str | None) -> int:
    """Record the start of a crawl run; returns its id."""
    return db[RUNS].insert(
        {"spider": spider, "start_url": start_url, "started_at": utcnow(), "pages": 0}
    ).last_pk


def finish_run(db: sqlite_utils.Database, run_id: int, pages: int, reason: str) -> None:
    """Record how a crawl run ended."""
    db[RUNS].update(run_id, {"finished_at": utcnow(), "pages": pages, "finish_reason": reason})


def import_file(db: sqlite_utils.Database, path: str | Path) -> int:
    """Add a saved page (an HTML file, or a text rendering) as if it had been crawled."""
    path = Path(path).resolve()
    guessed, _ = mimetypes.guess_type(path.name)
    content_type = guessed or ("text/plain" if path.suffix == ".txt" else "application/octet-stream")
    return save_page(
        db,
        url=path.as_uri(),
        body=path.read_bytes(),
        content_type=content_type,
        spider="import",
    )


def latest_pages(db: sqlite_utils.Database) -> Iterator[RawPage]:
    """The latest fetch of every URL, in URL order."""
    sql = f"""
        select p.* from {PAGES} p
        join (select url, max(id) as id from {PAGES} group by url) latest on latest.id = p.id
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
        )


def iter_documents(db: sqlite_utils.Database) -> Iterator[RawDocument]:
    """Group the latest pages into documents, each with its parts in order."""
    current: RawDocument | None = None
    for page in latest_pages(db):
        if current is None or page.document_url != current.document_url:
            if current is not None:
                yield current
            current = RawDocument(page.document_url, [])
        current.pages.append(page)
    if current is not None:
        yield current


def count_documents(db: sqlite_utils.Database) -> int:
    """How many documents `iter_documents` will yield (for progress bars)."""
    return db.execute(f"select count(distinct document_url) from {PAGES}").fetchone()[0]
