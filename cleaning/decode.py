"""Page bytes -> text, robustly.

Chinese government and aggregator sites serve UTF-8, GBK/GB2312 and
GB18030, often with a wrong or missing declaration (servers that default to
`charset=iso-8859-1`, templates that say utf-8 around GBK content). The order
used here:

1. a byte-order mark settles it;
2. bytes that decode strictly as UTF-8 and contain non-ASCII are UTF-8 (GBK
   text of any length is practically never valid UTF-8);
3. the HTTP Content-Type charset, then the XML declaration or `<meta charset>`
   / http-equiv (found by BeautifulSoup's `EncodingDetector`), when the bytes
   decode strictly with it;
4. GB18030 (a superset of GBK and GB2312, so declared gb2312/gbk map to it);
   undeclared bytes that read as ordinary Chinese only as Big5 are Big5;
5. the candidate with the fewest undecodable bytes, if few enough.

Empty and binary bodies (PDF, images, archives, NUL-filled data) give a
reason instead of text; nothing here raises on bad input.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from bs4.dammit import EncodingDetector

# Pages are capped before parsing so a 20 MB response is handled in bounded
# time; a work report is at most a few hundred kilobytes of text.
MAX_BYTES = 2_000_000
MAX_CHARS = 1_000_000

_MAGIC_NUMBERS = [
    (b"%PDF", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"PK\x03\x04", "zip/office"),
    (b"\x1f\x8b", "gzip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole/office"),
    (b"Rar!", "rar"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"BZh", "bzip2"),
    (b"\x00\x00\x01\x00", "ico"),
    (b"OggS", "ogg"),
    (b"ID3", "mp3"),
    (b"\x7fELF", "elf"),
    (b"MZ", "exe"),
    (b"\x00asm", "wasm"),
    (b"wOFF", "woff"),
    (b"wOF2", "woff2"),
]
_RIFF_KINDS = {b"WEBP": "webp", b"WAVE": "wav", b"AVI ": "avi"}

# Declared names that are really GB18030 in practice.
_GB_ALIASES = {"gb2312", "gbk", "x-gbk", "cp936", "gb_2312-80", "gb_2312", "euc-cn",
               "csgb2312", "iso-ir-58", "chinese", "ms936", "windows-936", "gb18030"}
# Single-byte Western charsets: declared on Chinese pages only by mistake
# (server defaults), and they decode any bytes, so they cannot be trusted.
_WESTERN = {"iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252", "ascii",
            "us-ascii", "iso8859-1", "l1"}

_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
# C0 controls other than tab, line feed and carriage return.
_CONTROL_BYTES = bytes([*range(9), 11, 12, *range(14, 32)])
_CONTROLS_AS_BYTES = {"utf-8", "gb18030", "big5hkscs", "ascii"}
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class Decoded:
    """The text of a page, or the reason there is none."""

    text: str | None
    encoding: str | None = None
    reason: str | None = None
    flags: list[str] = field(default_factory=list)


def normalise_charset(name: str | None) -> str | None:
    """A Python codec name for a declared charset, or None if unknown."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    if name in _GB_ALIASES:
        return "gb18030"
    if name in ("big5", "big5-hkscs", "cp950", "x-big5"):
        return "big5hkscs"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def http_charset(content_type: str | None) -> str | None:
    """The charset named in an HTTP Content-Type header."""
    if not content_type:
        return None
    match = _HTTP_CHARSET.search(content_type)
    return normalise_charset(match.group(1)) if match else None


def declared_charset(head: bytes) -> str | None:
    """The charset a page declares in its first bytes (XML declaration or
    meta tag), as BeautifulSoup's encoding detector reads it."""
    return normalise_charset(EncodingDetector.find_declared_encoding(
        head, is_html=True, search_entire_document=True))


def sniff_binary(data: bytes) -> str | None:
    """A short name of the binary format, or None when the bytes look like text."""
    head = data[:16]
    for magic, kind in _MAGIC_NUMBERS:
        if head.startswith(magic):
            # "MZ" and "BZh" are also plausible starts of text; require binary bytes too.
            if kind in ("exe", "bzip2") and not _has_many_control_bytes(data[:1024]):
                continue
            return kind
    if head.startswith(b"RIFF") and head[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[head[8:12]]
    if _has_bom(data):
        return None
    if _has_many_control_bytes(data[:4096]):
        return "NUL or control bytes"
    return None


def _has_bom(data: bytes) -> bool:
    return data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE,
                            codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE))


def _has_many_control_bytes(sample: bytes) -> bool:
    """NULs or other C0 controls in more than 1% of the sample: not a text page."""
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(1, len(sample) // 100)


def _bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces, and the mark's length."""
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                      (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                      (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return name, len(bom)
    return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _candidates(data: bytes, content_type: str | None) -> list[str]:
    """Encodings to try, most trusted first, without duplicates."""
    declared = [http_charset(content_type), declared_charset(data[:4096])]
    has_high_bytes = not data[:65536].isascii()
    ordered: list[str] = []
    for name in declared:
        if name and not (name.replace("_", "-") in _WESTERN and has_high_bytes):
            ordered.append(name)
    ordered += ["gb18030"]
    seen: set[str] = set()
    return [n for n in ordered if not (n in seen or seen.add(n))]


def _decode_bytes(data: bytes, content_type: str | None) -> tuple[str | None, str | None]:
    """(text, encoding) for page bytes; text None when nothing decodes acceptably."""
    bom = _bom_encoding(data)
    if bom:
        name, length = bom
        return data[length:].decode(name, "replace"), name
    utf8 = _strict(data, "utf-8")
    if utf8 is not None:
        return utf8, "utf-8"
    candidates = _candidates(data, content_type)
    for name in candidates:
        text = _strict(data, name)
        if text is not None:
            if name == "gb18030" and not _declares(data, content_type, name):
                return _gb_or_big5(data, text)
            return text, name
    best: tuple[int, str, str] | None = None
    for name in ["utf-8"] + candidates:
        try:
            text = data.decode(name, "replace")
        except LookupError:
            continue
        bad = text.count("\ufffd")
        if best is None or bad < best[0]:
            best = (bad, text, name)
    if best is None or best[0] > max(8, len(best[1]) // 50):
        return None, None
    return best[1], best[2]


# Characters written alike in simplified and traditional Chinese and common in
# any text (的, 是, 在, 年, 政, 府 ...). Big5 bytes are valid GBK bytes too, so an
# undeclared page decodes both ways; the right way reads as ordinary Chinese
# and shows these often, the wrong way gives rare characters instead.
_COMMON_IN_BOTH_SCRIPTS = re.compile(
    "[的一是在不了有和人中大上我以要他生到作地出就分成可主年同工也能下子方多定行法所民得十三之等"
    "部度家力如水高自二理起小物加都本去把性好合因由其些然前外天政府四日社事平形相全表正心反明看"
    "原又利比或但第向此只意建月公者最立代想已提直五果市省持推各重新]")
_SCRIPT_SAMPLE = 20000


def _declares(data: bytes, content_type: str | None, name: str) -> bool:
    """Whether the HTTP header or the page itself names the encoding `name`."""
    return name in (http_charset(content_type), declared_charset(data[:4096]))


def _gb_or_big5(data: bytes, gb_text: str) -> tuple[str, str]:
    """An undeclared page's text as GB18030, unless it reads as ordinary
    Chinese only as Big5 (traditional-character sites of Hong Kong and Taiwan)."""
    big5_text = _strict(data, "big5hkscs")
    if big5_text is None:
        return gb_text, "gb18030"
    gb_common = len(_COMMON_IN_BOTH_SCRIPTS.findall(gb_text, 0, _SCRIPT_SAMPLE))
    big5_common = len(_COMMON_IN_BOTH_SCRIPTS.findall(big5_text, 0, _SCRIPT_SAMPLE))
    if big5_common > 2 * gb_common:
        return big5_text, "big5hkscs"
    return gb_text, "gb18030"


def decode(content: bytes | str | None, content_type: str | None = None,
           max_bytes: int = MAX_BYTES) -> Decoded:
    """Turn page content into text, or say why it is not a text page."""
    if content is None:
        return Decoded(None, reason="empty")
    flags: list[str] = []
    if isinstance(content, str):
        text, encoding = content, None
        if len(text) > MAX_CHARS:
            flags.append(f"truncated-input:{len(text)}>{MAX_CHARS}-chars")
            text = text[:MAX_CHARS]
        sample = text[:4096]
        if len(_CONTROL_CHARS.findall(sample)) > max(1, len(sample) // 100):
            return Decoded(None, reason="binary: control characters in text", flags=flags)
    else:
        data = bytes(content)
        if not data.strip():
            return Decoded(None, reason="empty")
        kind = sniff_binary(data)
        if kind:
            return Decoded(None, reason=f"binary: {kind}")
        if len(data) > max_bytes:
            flags.append(f"truncated-input:{len(data)}>{max_bytes}-bytes")
            data = _cut_at_character_boundary(data[:max_bytes])
        text, encoding = _decode_bytes(data, content_type)
        if text is None:
            return Decoded(None, reason="undecodable", flags=flags)
        if not _may_hold_controls(data, encoding):
            text = text.lstrip("\ufeff")
            return _checked(text, encoding, flags)
    text = text.lstrip("\ufeff")
    text = _CONTROL_CHARS.sub("", text)
    return _checked(text, encoding, flags)


def _may_hold_controls(data: bytes, encoding: str | None) -> bool:
    """Whether the decoded text can hold a control character. Bytes are cheap
    to scan, and in the encodings of Chinese pages a control character is
    always its own single byte."""
    if encoding not in _CONTROLS_AS_BYTES:
        return True
    return len(data.translate(None, _CONTROL_BYTES + b"\x7f")) != len(data)


def _checked(text: str, encoding: str | None, flags: list[str]) -> Decoded:
    if not text.strip():
        return Decoded(None, encoding=encoding, reason="empty", flags=flags)
    return Decoded(text, encoding=encoding, flags=flags)


def _cut_at_character_boundary(data: bytes) -> bytes:
    """Drop a trailing partial multi-byte character left by a byte cap."""
    end = len(data)
    while end > 0 and end > len(data) - 4 and data[end - 1] > 127:
        end -= 1
    return data[:end] if end > 0 else data
