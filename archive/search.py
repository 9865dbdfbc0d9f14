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
        tokens, prefix = term_tokens(term)
        if not tokens:
            continue
        if len(tokens) == 1 and prefix:
            clauses.append(tokens[0] + "*")
        else:
            clauses.append(f'"{" ".join(tokens)}"' + ("*" if prefix else ""))
    # A query with nothing searchable must match nothing, not raise a syntax error.
    return " AND ".join(clauses) if clauses else '""'


def term_tokens(term: str) -> tuple[list[str], bool]:
    """The index tokens one search term must match in a row, and whether the last is a prefix.

    A Han piece followed by another piece (`基站5G`) ends its run of Han
    characters, so the index holds its last character too (`基站 站 5g`);
    a term ending in a single Han character (`5G网`) must match that
    character as the start of a bigram (`"5g 网"*`).
    """
    pieces = TOKEN.findall(term)
    tokens: list[str] = []
    prefix = False
    for i, piece in enumerate(pieces):
        last = i == len(pieces) - 1
        if piece[0].isascii():
            tokens.append(piece.lower())
        elif last:
            if len(piece) == 1:
                tokens.append(piece)
                prefix = True
            else:
                tokens.extend(piece[j : j + 2] for j in range(len(piece) - 1))
        else:
            tokens.extend(piece[j : j + 2] for j in range(len(piece) - 1))
            tokens.append(piece[-1])
    return tokens, prefix


def term_pattern(term: str) -> re.Pattern | None:
    """A regex that finds, in NFKC-normalised lower-case text, what `term` matches in the index.

    Han pieces match as substrings, Latin pieces as whole words, and the
    pieces of one term may be separated by anything the index skips
    (punctuation, spaces): the same rows, the same places.
    """
    pieces = TOKEN.findall(unicodedata.normalize("NFKC", term).lower())
    if not pieces:
        return None
    pattern = ""
    for i, piece in enumerate(pieces):
        latin = piece[0].isascii()
        if i:
            # Two Han pieces were two runs of Han characters: something stood between them.
            both_han = not latin and not pieces[i - 1][0].isascii()
            pattern += rf"[^{HAN}0-9a-z]" + ("+" if both_han else "*")
        pattern += rf"(?<![0-9a-z]){re.escape(piece)}(?![0-9a-z])" if latin else re.escape(piece)
    return re.compile(pattern)


def create_index(db, rows) -> None:
    """Create the contentless FTS5 index over (title, body) for `rows` of (id, title, body)."""
    db.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    db.execute(
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
        "title, body, content='', tokenize='unicode61 remove_diacritics 0')"
    )
    # Committed here: sqlite3 opens a transaction for the inserts, and a caller that
    # closes the connection next would otherwise lose the whole index.
    with db.conn:
        db.conn.executemany(
            f"INSERT INTO {FTS_TABLE}(rowid, title, body) VALUES (?, ?, ?)",
            ((rid, bigrams(title or ""), bigrams(body or "")) for rid, title, body in rows),
        )
