"""A report's text held in a page's scripts rather than in its visible markup.

Single-page applications send an empty shell (`<div id="app"></div>`) and
the article as data: schema.org JSON-LD (`"articleBody": "…"`) or the
application's state (`window.__INITIAL_STATE__ = {…, "content": "<p>…</p>"}`);
older CMSs write it into the page with `document.write("<p>…</p>")` calls.
A browser shows that text, so a reader gets the report; cleaning reads it
too, but only when the visible page has no body of its own, and only a
string of long Chinese prose: other data in scripts (menus, settings,
tracking) never becomes a body.
"""
from __future__ import annotations

import json
import re

from .render import cjk_count

# A report is thousands of characters; data strings (titles, summaries,
# descriptions) are short. Below this many Chinese characters a string is
# no body.
MIN_EMBEDDED_CJK = 200
# Scripts longer than this are bundled code, not page data.
MAX_SCRIPT_CHARS = 5_000_000
# `window.__INITIAL_STATE__ = {`, `var pageData = {`, `self.__DATA__={`: the
# start of an object literal assigned in a script.
_ASSIGNED_OBJECT = re.compile(r"=\s*(?=[{\[])")
_PROSE_PUNCTUATION = re.compile(r"[，。；！？]")
_WRITE_CALL = re.compile(r"document\.write(?:ln)?\s*\(\s*")
_JS_STRING = re.compile(r""""((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'""", re.DOTALL)
_JS_JOIN = re.compile(r"\s*\+\s*")
_JS_CALL_END = re.compile(r"\s*\)")
_JS_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\n|.)", re.DOTALL)
_JS_SINGLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0", "\n": ""}


def embedded_report_text(scripts: list[list[str]], inline_documents: list[str] = ()) -> str | None:
    """The longest string of Chinese prose found in the JSON data of the
    page's scripts (HTML or plain text, as the data holds it), or in the
    markup it holds unrendered (`RenderedPage.inline_documents`: a
    `<textarea>`'s, an `<iframe srcdoc>`), if any."""
    best, best_cjk = None, MIN_EMBEDDED_CJK - 1
    for text in inline_documents:
        count = cjk_count(text)
        if count > best_cjk and _PROSE_PUNCTUATION.search(text):
            best, best_cjk = text, count
    for parts in scripts:
        text = "".join(parts)
        if len(text) > MAX_SCRIPT_CHARS or cjk_count(text) < MIN_EMBEDDED_CJK:
            continue   # no string in it could be long enough
        if "document.write" in text:
            written = written_markup(text)
            count = cjk_count(written)
            if count > best_cjk and _PROSE_PUNCTUATION.search(written):
                best, best_cjk = written, count
        for value in _json_values(text):
            for string in _strings(value):
                count = cjk_count(string)
                if count > best_cjk and _PROSE_PUNCTUATION.search(string):
                    best, best_cjk = string, count
    return best


# The keys a page's data names its article's title by.
_TITLE_KEYS = ("title", "articleTitle", "article_title", "headline", "name", "docTitle", "doc_title")
MAX_TITLE_CHARS = 120


def json_record_text(document: str) -> tuple[str, str | None] | None:
    """A JSON record a scraper or an API wrote ({"title": …, "content": "…"},
    its Chinese maybe all in \\u escapes): its longest string of Chinese prose
    and the record's title for it; None when the document is no JSON or holds
    no prose."""
    try:
        value = json.loads(document)
    except ValueError:
        return None
    best, best_cjk = None, MIN_EMBEDDED_CJK - 1
    for string in _strings(value):
        count = cjk_count(string)
        if count > best_cjk and _PROSE_PUNCTUATION.search(string):
            best, best_cjk = string, count
    return None if best is None else (best, _title_beside(value, best))


# The keys an app's record sets the report's dateline and speaker by, outside its text.
_SUBTITLE_KEYS = ("subTitle", "subtitle", "sub_title", "subHead", "dateline")
_AUTHOR_KEYS = ("author", "speaker", "byline")


def json_record_header(document: str, text: str) -> list[str]:
    """The subtitle and author the record holding `text` gives beside it
    (——2024年1月10日在…会议上, 某市人民政府市长　某某), as the app shows them
    over the text; empty when it gives none."""
    stack = [json.loads(document)]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if text in item.values():
                return [item[key].strip() for key in (*_SUBTITLE_KEYS, *_AUTHOR_KEYS)
                        if isinstance(item.get(key), str) and item[key].strip()]
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return []


# The keys a scraper's record names its page's address by.
_URL_KEYS = ("url", "link", "source_url", "page_url", "href", "source", "shareUrl", "share_url", "detailUrl")


def json_records(document: str) -> list[tuple[str, str | None]] | None:
    """The records of a scraper's collection: a JSON array of objects, or JSON
    Lines (one object a line, as `scrapy crawl -o items.jl` writes), when
    two or more of them hold prose: each record as JSON text, with the address
    it names (its `url`, `link`, …); None for anything else (one record
    is read by `json_record_text`)."""
    stripped = document.strip()
    try:
        value = json.loads(stripped)
    except ValueError:
        value = _json_lines(stripped)
    if isinstance(value, dict):
        value = _listed_records(value)
    if not isinstance(value, list) or len(value) < 2 or not all(isinstance(item, dict) for item in value):
        return None
    with_prose = [item for item in value if any(
        cjk_count(string) >= MIN_EMBEDDED_CJK and _PROSE_PUNCTUATION.search(string) for string in _strings(item))]
    if len(with_prose) < 2:
        return None
    return [(json.dumps(item, ensure_ascii=False), _record_url(item)) for item in with_prose]


def _listed_records(envelope: dict) -> list[object] | None:
    """The list of objects an API's response wraps ({"code": 200, "data":
    {"list": [...]}}), the first found going down level by level."""
    level = [envelope]
    while level:
        for item in level:
            for value in item.values():
                if isinstance(value, list) and len(value) >= 2 and all(isinstance(v, dict) for v in value):
                    return value
        level = [value for item in level for value in item.values() if isinstance(value, dict)]
    return None


def _json_lines(document: str) -> list[object] | None:
    """The values of a JSON Lines document, or None when a line is no JSON."""
    if not document.startswith("{") or "\n" not in document:
        return None
    values = []
    for line in document.splitlines():
        if line.strip():
            try:
                values.append(json.loads(line))
            except ValueError:
                return None
    return values


def _record_url(record: dict) -> str | None:
    url = next((record[key] for key in _URL_KEYS if isinstance(record.get(key), str)), None)
    return url.strip() if url and url.strip().startswith(("http://", "https://")) else None


def embedded_title(scripts: list[list[str]], text: str) -> str | None:
    """The title the page's data gives the object holding `text` (its
    sibling `title`, `headline`, …): what the app shows over the text."""
    for parts in scripts:
        script = "".join(parts)
        if cjk_count(script) < MIN_EMBEDDED_CJK:
            continue   # not the script `embedded_report_text` found the text in
        for value in _json_values(script):
            title = _title_beside(value, text)
            if title is not None:
                return title
    return None


def _title_beside(value: object, text: str) -> str | None:
    """The title key's value in the object of `value` that holds `text`."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if text in item.values():
                title = next((item[key] for key in _TITLE_KEYS if isinstance(item.get(key), str)), None)
                return title.strip() if title and 0 < len(title.strip()) <= MAX_TITLE_CHARS else None
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def written_markup(script: str) -> str:
    """What a script's `document.write` calls write, in order: each call's
    argument when it is string literals alone, joined with `+` (a call
    writing a variable's value writes nothing cleaning can know)."""
    written = []
    for call in _WRITE_CALL.finditer(script):
        pieces, position = [], call.end()
        while True:
            literal = _JS_STRING.match(script, position)
            if not literal:
                break
            pieces.append(_js_unescaped(literal.group(1) if literal.group(1) is not None else literal.group(2)))
            position = literal.end()
            join = _JS_JOIN.match(script, position)
            if not join:
                break
            position = join.end()
        if pieces and _JS_CALL_END.match(script, position):
            written.append("".join(pieces))
    return "".join(written)


def _js_unescaped(literal: str) -> str:
    """A JavaScript string literal's value (`\\"`, `\\/`, `\\n`, `\\u4e2d`, …)."""
    if "\\" not in literal:
        return literal
    return _JS_ESCAPE.sub(_js_escape_value, literal)


def _js_escape_value(match: re.Match) -> str:
    escape = match.group(1)
    if escape[0] == "u" and len(escape) > 1:
        return chr(int(escape[1:].strip("{}"), 16))
    if escape[0] == "x" and len(escape) == 3:
        return chr(int(escape[1:], 16))
    return _JS_SINGLE_ESCAPES.get(escape, escape)


def _json_values(script: str) -> list[object]:
    """The JSON documents in a script: the whole script (JSON-LD, a data
    block), or each object literal assigned to a variable."""
    stripped = script.strip().rstrip(";")
    if stripped.startswith(("{", "[")):
        try:
            return [json.loads(stripped)]
        except ValueError:
            pass
    decoder = json.JSONDecoder()
    values = []
    for match in _ASSIGNED_OBJECT.finditer(script):
        try:
            value, _ = decoder.raw_decode(script, match.end())
        except ValueError:
            continue   # JavaScript, not JSON: nothing cleaning can read safely
        values.append(value)
    return values


def _strings(value: object) -> list[str]:
    """Every string inside a JSON value (object values, array items)."""
    found: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found
