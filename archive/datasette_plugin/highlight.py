"""Search hits in a report's original text: counts, snippets, highlighting.

The FTS index is contentless and holds bigrams, so SQLite's snippet() and
highlight() cannot give the original text back. These functions find the
hits again in the body with the regexes of `archive.search.term_pattern`
(the same rows and places the index matches), on an NFKC-normalised,
lower-cased view of the text mapped back to the original characters, so a
full-width `ＰＭ２.５` in a report is found and shown as printed.

Everything returned as HTML is escaped except the <mark> tags added here.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup, escape

from archive.search import HAN, term_pattern

SNIPPET_CHARS = 140
SNIPPET_LEAD = 30
SPACES = re.compile(r"\s+")
HAN_LITERAL = re.compile(f"[{HAN}]+")


@lru_cache(maxsize=256)
def query_patterns(query: str | None) -> tuple[re.Pattern, ...]:
    """One pattern per space-separated term of a search box query."""
    terms = unicodedata.normalize("NFKC", query or "").split()
    return tuple(p for p in map(term_pattern, terms) if p is not None)


@dataclass(frozen=True)
class Folded:
    """A text's normalised, lower-cased form, with each folded character's index in the original."""

    text: str
    origin: list[int] | None  # None when folding kept every character in place

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the folded text's [start, end)."""
        if self.origin is None:
            return start, end
        original_end = self.origin[end] if end < len(self.origin) else self.origin[-1] + 1
        return self.origin[start], original_end


def fold_char(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch).lower()


def char_class(codepoints) -> re.Pattern:
    """A regex matching any of the code points (as ranges, so that it stays small)."""
    ranges, codepoints = [], sorted(codepoints)
    for c in codepoints:
        if ranges and c == ranges[-1][1] + 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return re.compile("[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "")
                                    for a, b in ranges) + "]")


@lru_cache(maxsize=1)
def special_chars() -> tuple[re.Pattern, re.Pattern]:
    """Two classes of characters, found once by folding the Basic Multilingual Plane (~50 ms).

    Irregular: folding changes the length (Ⅱ → ii, ㈠ → (一)) or may join it to
    a neighbour (combining marks, Hangul jamo); elsewhere folding is one for one.
    Han-making: folding yields a Han character (compatibility ideographs, ⼀, ㊀);
    without them a Han term is found in the raw text just as in the folded one.
    """
    irregular, han_making = [], []
    han = re.compile(f"[{HAN}]")
    for c in range(0x80, 0x10000):
        ch = chr(c)
        folded = fold_char(ch)
        if len(folded) != 1 or unicodedata.combining(ch) or 0x1100 <= c <= 0x11FF:
            irregular.append(c)
        if folded != ch and han.search(folded):
            han_making.append(c)
    return char_class(irregular), char_class(han_making)


def fold(text: str) -> Folded:
    """NFKC + lower case, as the index sees the text, keeping track of where each character came from."""
    irregular, _ = special_chars()
    if not irregular.search(text):
        folded = unicodedata.normalize("NFKC", text).lower()
        if len(folded) == len(text):
            return Folded(folded, None)
    pieces: list[str] = []
    origin: list[int] = []
    position = 0
    for match in irregular.finditer(text):
        fold_between(text, position, match.start(), pieces, origin)
        folded = fold_char(match.group())
        pieces.append(folded)
        origin.extend([match.start()] * len(folded))
        position = match.end()
    fold_between(text, position, len(text), pieces, origin)
    return Folded("".join(pieces), origin)


def fold_between(text: str, start: int, end: int, pieces: list[str], origin: list[int]) -> None:
    """Fold text[start:end], which holds no irregular character: one for one, in one call.

    Characters that only join once folded (compatibility jamo) are the rare
    exception, folded one at a time.
    """
    folded = unicodedata.normalize("NFKC", text[start:end]).lower()
    if len(folded) == end - start:
        pieces.append(folded)
        origin.extend(range(start, end))
        return
    for i in range(start, end):
        folded = fold_char(text[i])
        pieces.append(folded)
        origin.extend([i] * len(folded))


def raw_text_will_do(text: str, patterns: tuple[re.Pattern, ...]) -> bool:
    """Whether the patterns find in the raw text exactly what they find in the folded text.

    True for the common case, plain Han terms (疫情, 数字经济) in a text with no
    character that folds into Han: they are literal strings that folding
    neither creates nor breaks.
    """
    if not all(HAN_LITERAL.fullmatch(p.pattern) for p in patterns):
        return False
    return not special_chars()[1].search(text)


def hit_spans(text: str, query: str | None) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans of the original text that the query's terms match."""
    patterns = query_patterns(query)
    if not text or not patterns:
        return []
    folded = Folded(text, None) if raw_text_will_do(text, patterns) else fold(text)
    spans = []
    for pattern in patterns:
        for match in pattern.finditer(folded.text):
            if match.end() > match.start():
                spans.append(folded.span(match.start(), match.end()))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def count_occurrences(text: str | None, query: str | None) -> int:
    """How often a search finds its terms in `text` (each term counted, non-overlapping).

    Full-width forms folded (NFKC) and Latin words whole and case-insensitive,
    as the search box matches. Registered as the SQL function count_occurrences().
    """
    patterns = query_patterns(query)
    if not text or not patterns:
        return 0
    if not raw_text_will_do(text, patterns):
        text = unicodedata.normalize("NFKC", text).lower()
    return sum(1 for pattern in patterns for _ in pattern.finditer(text))


def mark(text: str, spans: list[tuple[int, int]], offset: int = 0) -> Markup:
    """`text` escaped, with the spans (in the coordinates of the text it was cut from) in <mark>."""
    out, position = [], 0
    for start, end in spans:
        start, end = max(start - offset, 0), min(end - offset, len(text))
        if end <= position or start >= len(text):
            continue
        start = max(start, position)
        out.append(escape(text[position:start]))
        out.append(Markup("<mark>") + escape(text[start:end]) + Markup("</mark>"))
        position = end
    out.append(escape(text[position:]))
    return Markup("").join(out)


def snippet(text: str | None, query: str | None, chars: int = SNIPPET_CHARS,
            spans: list[tuple[int, int]] | None = None) -> Markup:
    """A window of `text` around the first hit, hits in <mark>, the rest escaped; the opening if no hit.

    `spans`: the query's hit_spans in `text`, when the caller has them already.
    """
    text = text or ""
    spans = hit_spans(text, query) if spans is None else spans
    first = spans[0][0] if spans else 0
    start = max(0, first - SNIPPET_LEAD)
    # Start after a sentence end or paragraph break close before the hit, for a readable cut.
    cut = max(text.rfind(mark_, start, first) for mark_ in ("。", "\n", "；", "！", "？"))
    if cut >= 0:
        start = cut + 1
    end = min(len(text), start + chars)
    window = text[start:end]
    # Whitespace collapses one for one (paragraph breaks become a space), so spans stay aligned.
    window = SPACES.sub(lambda m: " " * len(m.group()), window)
    html = mark(window, [s for s in spans if s[0] < end and s[1] > start], offset=start)
    html = Markup(SPACES.sub(" ", str(html)).strip())
    return (Markup("…") if start > 0 else Markup("")) + html + (Markup("…") if end < len(text) else Markup(""))


def snippet_text(text: str | None, query: str | None, chars: int = SNIPPET_CHARS) -> str:
    """The snippet as plain text with hits in 【】, for SQL (CSV, JSON, the sqlite3 shell)."""
    html = str(snippet(text, query, chars))
    html = html.replace("<mark>", "【").replace("</mark>", "】")
    return unescape(html)


def unescape(html: str) -> str:
    """Undo markupsafe's escaping (the only markup left is none)."""
    return Markup(html).unescape()


def highlight_paragraphs(paragraphs: list[str], query: str | None) -> tuple[list[Markup], int]:
    """Each paragraph escaped with its hits in <mark id="hit-N">; and the number of hits."""
    out, count = [], 0
    for paragraph in paragraphs:
        spans = hit_spans(paragraph, query)
        html = str(mark(paragraph, spans))
        if spans:
            # Number the hits so that the page can link to the first one.
            def number(_match):
                nonlocal count
                count += 1
                return f'<mark id="hit-{count}">'

            html = re.sub("<mark>", number, html)
        out.append(Markup(html))
    return out, count
