"""Chinese full-text search with a plain FTS5 index of overlapping bigrams.

Chinese has no spaces, so SQLite's tokenizers see a whole clause as one word.
Indexing every run of Han characters as overlapping bigrams (`新冠肺炎` →
`新冠 冠肺 肺炎 炎`) makes any word of two or more characters a phrase query
(`"新冠 冠肺 肺炎"`) that matches exactly where the text contains it. The
run's last character is also indexed alone, so a one-character query (`疫*`)
finds every occurrence. The index uses only the standard `unicode61`
tokenizer: the downloaded file is searchable from the plain `sqlite3` shell.
"""
from __future__ import annotations

import re
import unicodedata

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TOKEN = re.compile(rf"[{HAN}]+|[0-9A-Za-z]+")
FTS_TABLE = "reports_fts"


def bigrams(text: str) -> str:
    """Index form of `text`: Han runs as overlapping bigrams plus the last character, words as words."""
    text = unicodedata.normalize("NFKC", text or "")
    out: list[str] = []
    for run in TOKEN.findall(text):
        if run[0].isascii():
            out.append(run.lower())
            continue
        out.extend(run[i : i + 2] for i in range(len(run) - 1))
        out.append(run[-1])
    return " ".join(out)


def query_to_fts(query: str) -> str:
    """An FTS5 MATCH expression for a user's search: every term must occur.

    Terms are separated by spaces; each Han term becomes a phrase of its
    bigrams (an exact substring match), a single Han character becomes a
    prefix query, Latin words and numbers match as words (`PM2.5` as the
    phrase `pm2 5`).
    """
    clauses = []
    for term in unicodedata.normalize("NFKC", query or "").split():
        pieces = TOKEN.findall(term)
        tokens: list[str] = []
        for piece in pieces:
            if piece[0].isascii():
                tokens.append(piece.lower())
            elif len(piece) == 1:
                tokens.append(piece + "*")
            else:
                tokens.extend(piece[i : i + 2] for i in range(len(piece) - 1))
        if not tokens:
            continue
        if len(tokens) == 1 and tokens[0].endswith("*"):
            clauses.append(tokens[0])
        else:
            phrase = " ".join(t.rstrip("*") for t in tokens)
            clauses.append(f'"{phrase}"')
    # A query with nothing searchable must match nothing, not raise a syntax error.
    return " AND ".join(clauses) if clauses else '""'


def create_index(db, rows) -> None:
    """Create the contentless FTS5 index over (title, body) for `rows` of (id, title, body)."""
    db.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    db.execute(
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
        "title, body, content='', tokenize='unicode61 remove_diacritics 0')"
    )
    db.conn.executemany(
        f"INSERT INTO {FTS_TABLE}(rowid, title, body) VALUES (?, ?, ?)",
        ((rid, bigrams(title or ""), bigrams(body or "")) for rid, title, body in rows),
    )
