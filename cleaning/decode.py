"""Page bytes -> text, robustly.

Chinese government and aggregator sites serve UTF-8, GBK/GB2312 and
GB18030, often with a wrong or missing declaration (servers that default to
`charset=iso-8859-1`, templates that say utf-8 around GBK content). The order
used here:

1. a byte-order mark settles it, and so does UTF-16's NUL in every other byte;
2. bytes that decode strictly as UTF-8 and contain non-ASCII are UTF-8 (GBK
   text of any length is practically never valid UTF-8);
3. the HTTP Content-Type charset, then the XML declaration or `<meta charset>`
   / http-equiv (found by BeautifulSoup's `EncodingDetector`), when the bytes
   decode strictly with it (a single-byte charset only for pure ASCII, UTF-16
   only for bytes holding NULs: such declarations are server defaults);
4. GB18030 (a superset of GBK and GB2312, so declared gb2312/gbk map to it);
   GB18030 and Big5, declared or not, give way to the other when only the
   other reads as ordinary Chinese;
5. the candidate with the fewest undecodable bytes, if few enough; a page
   of two encodings (UTF-8 with GBK includes, or the reverse) is read run by
   run of non-ASCII bytes, each in the encoding it is valid in.

The text is then checked for double-encoded UTF-8, for UTF-8 read as GBK
and for GBK read as Latin-1, each read back when (almost) no byte was lost. An oversized page is shrunk (whitespace runs, comments, styles,
inlined images) before it is capped. Empty and binary bodies (PDF, images,
archives, NUL-filled data) give a reason instead of text; nothing here
raises on bad input.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from functools import cache

from bs4.dammit import EncodingDetector

from .render import cjk_count

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
# Declared wide encodings: a page whose bytes hold no NUL has ASCII markup
# one byte a character, so it is not UTF-16 or UTF-32 whatever it says (the
# HTML standard reads a <meta> naming UTF-16 as UTF-8 for the same reason).
_WIDE = {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}

_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
# C0 controls other than tab, line feed and carriage return.
_CONTROL_BYTES = bytes([*range(9), 11, 12, *range(14, 32)])
_CONTROLS_AS_BYTES = {"utf-8", "gb18030", "big5hkscs", "ascii"}
# The form feed stays: it parts the pages of a PDF's text (see
# `documents.is_paged_text`); the caller makes it a line break otherwise.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


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
    if _has_bom(data) or _utf16_without_bom(data):
        return None
    # NUL runs padding a page at either end (a cache's preallocated file, a
    # fixed-size record) are not its content; the page between them is judged.
    core = data.strip(b"\x00")
    if not core or _has_many_control_bytes(core[:4096]):
        return "NUL or control bytes"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text without a byte-order mark:
    its ASCII (all of HTML's markup) puts a NUL at every other byte, always
    on the same side, which no binary format does for a whole sample."""
    sample = data[:4096]
    if len(sample) < 16 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # (A Chinese character has a NUL byte now and then, U+4E00 一 for one.)
    if odd > len(sample) // 6 and even * 10 < odd:
        name = "utf-16-le"
    elif even > len(sample) // 6 and odd * 10 < even:
        name = "utf-16-be"
    else:
        return _utf16_chinese_text(data)
    return name if _strict(data[:len(data) // 2 * 2], name) is not None else None


def _utf16_chinese_text(data: bytes) -> str | None:
    """UTF-16 plain text that is nearly all Chinese (a report saved from
    Notepad as "Unicode" without its mark, or the mark cut off): too few
    ASCII characters for the NULs to tell, so the words do. Read the wrong
    way round, or as any binary format, the same bytes give rare characters
    and controls, not the commonest words of written Chinese."""
    sample = data[:4096 // 2 * 2]
    for name in ("utf-16-le", "utf-16-be"):
        # (The sample may end inside a surrogate pair.)
        text = _strict(sample, name) or _strict(sample[:-2], name)
        if text is None or _CONTROL_CHARS.search(text):
            continue
        chinese = cjk_count(text)
        if chinese >= 50 and chinese * 2 >= len(text) and "的" in text \
                and len(_COMMON_IN_BOTH_SCRIPTS.findall(text)) * 5 >= chinese:
            return name
    return None


def _has_bom(data: bytes) -> bool:
    return data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE,
                            codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE))


# Of every this many bytes, more than one a NUL or other C0 control: not a
# text page. Binary data without a known signature (compressed, encrypted)
# has one in nine; a broken export's page of text, with a NUL or a Word line
# break (\x0b) after each paragraph, one in a hundred or so.
CONTROL_SHARE = 32


def _has_many_control_bytes(sample: bytes) -> bool:
    """NULs or other C0 controls in more than 1/CONTROL_SHARE of the sample."""
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(1, len(sample) // CONTROL_SHARE)


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


@cache
def is_single_byte(name: str) -> bool:
    """Whether a codec reads every byte as one character (ISO-8859-x,
    windows-125x, KOI8, ...). Declared on Chinese pages only by mistake
    (server and template defaults), they decode any bytes to some text, so
    the declaration proves nothing once the page has bytes above 127."""
    try:
        high = bytes(range(128, 256)).decode(name, "replace")
    except LookupError:
        return False
    # (UTF-8 gives 128 characters too, all of them U+FFFD.)
    return len(high) == 128 and high.count("\ufffd") < 16


def _candidates(data: bytes, content_type: str | None) -> list[str]:
    """Encodings to try, most trusted first, without duplicates."""
    declared = [http_charset(content_type), declared_charset(data[:4096])]
    has_high_bytes = not data[:65536].isascii()
    has_nul = b"\x00" in data[:4096]
    ordered: list[str] = []
    for name in declared:
        if not name or (has_high_bytes and is_single_byte(name)):
            continue
        if name.replace("_", "-") in _WIDE and not has_nul:
            continue
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
    wide = _utf16_without_bom(data)
    if wide:
        return data.decode(wide, "replace"), wide
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        if _high_bytes(data[:error.start]) >= MIN_UTF8_PREFIX:
            # UTF-8 up to here: a UTF-8 page with pieces in another encoding.
            return _mixed(data)
    candidates = _candidates(data, content_type)
    for name in candidates:
        text = _strict(data, name)
        if text is not None:
            if name in _CHINESE_PAIR:
                # Declared or not: templates say gb2312 around Big5 copies
                # (and big5 around GBK) as often as they say nothing.
                text, name = _gb_or_big5(data, text, name)
                if _looks_garbled(text):
                    # A GBK template around a UTF-8 body: both read strictly as GB18030.
                    mixed, mixed_name = _mixed(data)
                    if _common_characters(mixed) > 2 * _common_characters(text):
                        return mixed, mixed_name
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
    if best is not None and best[0] and _high_bytes(data[:65536]) > MIN_UTF8_PREFIX:
        # Runs of UTF-8 among runs of GBK: read each in its own encoding,
        # when that leaves clearly fewer characters unread.
        text, name = _mixed(data)
        bad = text.count("\ufffd")
        if bad * 2 < best[0]:
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


# --- pages of two encodings ---------------------------------------------------------------------
# Sites that moved to UTF-8 keep serving pieces in GBK (a server-side include
# of the old footer, a body pasted from the old database), and the reverse.
MIN_UTF8_PREFIX = 64   # bytes above 127 read as UTF-8 before the first error
# A run of bytes above 127, with the ASCII trail bytes (0x40-0x7E) GBK and
# Big5 characters may have: cut there, a character would be cut in two.
_HIGH_RUN = re.compile(rb"(?:[\x81-\xfe][\x40-\x7e]|[\x80-\xff])+")
_ASCII_BYTES = bytes(range(128))


def _high_bytes(data: bytes) -> int:
    return len(data.translate(None, _ASCII_BYTES))


def _mixed(data: bytes) -> tuple[str, str]:
    """The text of a page of two encodings, each run of non-ASCII bytes read
    as UTF-8 when it is (nearly) UTF-8, and otherwise as GB18030 or Big5
    (whichever reads the runs as ordinary Chinese). A run with a broken
    character or two stays UTF-8: in a run of another encoding most bytes
    are not UTF-8 at all."""
    pieces: list[str | None] = []
    others: list[bytes] = []
    position = 0
    for match in _HIGH_RUN.finditer(data):
        pieces.append(data[position:match.start()].decode("ascii"))
        run = match.group()
        text = run.decode("utf-8", "replace")
        if text.count("\ufffd") * 4 >= len(run):
            pieces.append(None)
            others.append(run)
        else:
            pieces.append(text)
        position = match.end()
    pieces.append(data[position:].decode("ascii"))
    if not others:
        return "".join(pieces), "utf-8"   # only broken UTF-8 characters
    joined = b"\n".join(others)
    _, other = _gb_or_big5(joined, joined.decode("gb18030", "replace"), "gb18030")
    read = iter(run.decode(other, "replace") for run in others)
    return "".join(piece if piece is not None else next(read) for piece in pieces), f"utf-8+{other}"


def _looks_garbled(text: str) -> bool:
    """A reading of many Chinese characters without 的, the commonest of all:
    bytes of one encoding read as another (the test is one scan; the
    characters are counted only when 的 is missing)."""
    sample = text[:_SCRIPT_SAMPLE]
    return "的" not in sample and cjk_count(sample) >= 100


def _common_characters(text: str) -> int:
    return len(_COMMON_IN_BOTH_SCRIPTS.findall(text, 0, _SCRIPT_SAMPLE))


# The two double-byte Chinese encodings, each the other's usual mistake.
_CHINESE_PAIR = {"gb18030": "big5hkscs", "big5hkscs": "gb18030"}


def _gb_or_big5(data: bytes, text: str, name: str) -> tuple[str, str]:
    """The page's text in `name` (GB18030 or Big5), unless it reads as
    ordinary Chinese only in the other: Big5 bytes are valid GBK bytes and
    often the reverse, and decode strictly either way, so only the words
    tell (traditional-character sites of Hong Kong and Taiwan, and copies
    of them whose template says gb2312)."""
    other = _CHINESE_PAIR[name]
    other_text = _strict(data, other)
    if other_text is None:
        return text, name
    common = len(_COMMON_IN_BOTH_SCRIPTS.findall(text, 0, _SCRIPT_SAMPLE))
    other_common = len(_COMMON_IN_BOTH_SCRIPTS.findall(other_text, 0, _SCRIPT_SAMPLE))
    if other_common > 2 * common:
        return other_text, other
    return text, name


def decode(content: bytes | str | None, content_type: str | None = None,
           max_bytes: int = MAX_BYTES) -> Decoded:
    """Turn page content into text, or say why it is not a text page."""
    if content is None:
        return Decoded(None, reason="empty")
    flags: list[str] = []
    if isinstance(content, str):
        text, encoding = content, None
        if len(text) > MAX_CHARS:
            # (The bulk is ASCII: taken out of the UTF-8 bytes, no character is cut.)
            text = _without_bulk(text.encode("utf-8", "surrogatepass")).decode("utf-8", "surrogatepass")
        if len(text) > MAX_CHARS:
            flags.append(f"truncated-input:{len(text)}>{MAX_CHARS}-chars")
            text = text[:MAX_CHARS]
        sample = text[:4096]
        if len(_CONTROL_CHARS.findall(sample)) > max(1, len(sample) // CONTROL_SHARE):
            return Decoded(None, reason="binary: control characters in text", flags=flags)
    else:
        data = bytes(content)
        if not data.strip():
            return Decoded(None, reason="empty")
        kind = sniff_binary(data)
        if kind:
            return Decoded(None, reason=f"binary: {kind}")
        if len(data) > max_bytes:
            data = _without_bulk(data)
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


# What makes a page huge without adding a word to it: runs of whitespace
# (templates looping blank lines), comments, <style> blocks and images
# inlined as base64 `data:` addresses (Word pastes). All are ASCII, so none
# can start or end inside a GBK, Big5 or UTF-8 character.
# (A run is tried from its first byte only: from each byte of a short run, linear.)
_BULK = re.compile(rb"(?P<space>(?<![ \t\r\n\f\v])[ \t\r\n\f\v]{256,})"
                   rb"|(?P<data>data:[\w.+/-]*(?:;[\w.+=-]+)*,)[A-Za-z0-9+/=%\s]{256,}")
_SHORT_BULK = 4096   # comments and styles shorter than this stay as they are
_STYLE_START = re.compile(rb"<style\b[^>]*>", re.IGNORECASE)


def _without_bulk(data: bytes) -> bytes:
    """An oversized page without what takes room but shows nothing, so the
    byte cap falls on text rather than on padding before the report."""
    def shrink(match: re.Match) -> bytes:
        if match.lastgroup == "space":
            return b"\n" if b"\n" in match.group() or b"\r" in match.group() else b" "
        return match.group("data")
    data = _without_long_blocks(data, b"<!--", b"-->", keep_start=False)
    data = _without_long_blocks(data, b"<style", b"</style", keep_start=True)
    return _BULK.sub(shrink, data)


def _without_long_blocks(data: bytes, start: bytes, end: bytes, keep_start: bool) -> bytes:
    """`data` without the blocks from `start` to `end` longer than _SHORT_BULK
    (a <style>'s tags stay, its content goes). One pass of `find`: an
    unclosed block costs no more than a closed one."""
    pieces, position = [], 0
    lowered = data.lower() if keep_start else data   # <STYLE> as well as <style>
    while (found := lowered.find(start, position)) >= 0:
        content = found + len(start)
        if keep_start:
            tag = _STYLE_START.match(lowered, found)
            if tag is None:
                pieces.append(data[position:content])
                position = content
                continue
            content = tag.end()
        closing = lowered.find(end, content)
        if closing < 0:
            break
        if closing - found >= _SHORT_BULK:
            pieces.append(data[position:content] if keep_start else data[position:found])
            position = closing if keep_start else closing + len(end)
        else:
            pieces.append(data[position:closing + len(end)])
            position = closing + len(end)
    pieces.append(data[position:])
    return b"".join(pieces)


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
    text, repaired, lost = repair_double_utf8(text)
    if repaired:
        flags.append(f"double-encoding-repaired:{repaired}")
    if lost > MAX_LOST_CHARACTERS:
        # Read back around the holes, the text would be full of them: no copy to keep.
        return Decoded(None, encoding=encoding, flags=flags,
                       reason="undecodable: double-encoded UTF-8 with lost bytes")
    if lost:
        flags.append(f"double-encoding-lost:{lost}")
    if _looks_garbled(text) and _SHOWS_UTF8_READ_AS_GBK(text[:_SCRIPT_SAMPLE]):
        repair = ("utf8-read-as-gbk", "UTF-8 read as GBK", utf8_read_as_gbk)
    elif _may_be_gbk_read_as_latin1(text):
        repair = ("gbk-read-as-latin1", "GBK read as Latin-1", gbk_read_as_latin1)
    else:
        return Decoded(text, encoding=encoding, flags=flags)
    flag, mistake, read_back = repair
    reread = read_back(text)
    if reread is not None:
        text, lost = reread
        if lost > MAX_LOST_CHARACTERS:
            return Decoded(None, encoding=encoding, flags=flags,
                           reason=f"undecodable: {mistake} with lost bytes")
        flags.append(f"{flag}-repaired")
        if lost:
            flags.append(f"{flag}-lost:{lost}")
    return Decoded(text, encoding=encoding, flags=flags)


# --- double-encoded UTF-8 ------------------------------------------------------------------
# A CMS that stores UTF-8 bytes through a Latin-1 connection (MySQL's
# "latin1", which is windows-1252 with its five holes kept as C1 controls;
# PHP's utf8_encode, which is ISO-8859-1) serves every character's bytes as
# Latin letters: 政府 becomes "æ”¿åºœ". No byte is lost, so mapping each
# letter back to its byte and reading the bytes as UTF-8 restores the text.
_CP1252_HIGH = {char: byte for byte in range(0x80, 0xA0)
                if (char := bytes([byte]).decode("cp1252", "ignore"))}
# Each character back to the Latin-1 character of its byte.
_TO_LATIN1 = str.maketrans({char: chr(byte) for char, byte in _CP1252_HIGH.items()})
_CONTINUATION = "[\x80-\xbf" + "".join(_CP1252_HIGH) + "]"
_DOUBLE_UTF8_RUN = re.compile(
    f"(?:[\xc2-\xdf]{_CONTINUATION}|[\xe0-\xef]{_CONTINUATION}{{2}}"
    f"|[\xf0-\xf4]{_CONTINUATION}{{3}})+")
# How the lead byte of a Chinese character (U+4000-U+9FFF) reads in Latin-1.
_CJK_LEAD_LETTERS = "\xe4\xe5\xe6\xe7\xe8\xe9"
# A Chinese character left in disguise after the repair because one of its
# bytes was lost on the way (a windows-1252 encoder that turned the five
# bytes it has no letter for into "?" or U+FFFD).
_LOST_CHARACTER = re.compile(f"[{_CJK_LEAD_LETTERS}](?:{_CONTINUATION}|[?\ufffd]){{2}}")
MAX_LOST_CHARACTERS = 8


# What a Chinese page's characters are: Latin-1, general punctuation, CJK
# symbols and ideographs (extensions included), full-width forms. Bytes of
# another encoding read as Latin-1 (GBK's) make valid UTF-8 now and then,
# but mostly Korean syllables, private-use and rare-script characters.
_CHINESE_PAGE_CHARACTER = re.compile(
    "[\x00-\xff\u2000-\u206f\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f]*")
MIN_PLAUSIBLE_SHARE = 0.8


def repair_double_utf8(text: str) -> tuple[str, int, int]:
    """The text with runs of double-encoded UTF-8 read back, how many runs
    were, and how many characters stay unreadable for a lost byte. A run is
    a candidate when its bytes are valid UTF-8 and give a character beyond
    Latin (a Chinese character or punctuation): a page's own accented
    letters are never one. The candidates are read back only when nearly
    all of them give the characters of a Chinese page."""
    if not any(letter in text for letter in _CJK_LEAD_LETTERS):
        return text, 0, 0   # no Chinese character in disguise: most pages, one scan each
    readings: dict[str, str] = {}
    candidates = plausible = 0
    for match in _DOUBLE_UTF8_RUN.finditer(text):
        run = match.group()
        try:
            original = run.translate(_TO_LATIN1).encode("latin-1").decode("utf-8")
        except UnicodeError:
            continue
        if max(original) >= "\u0800":
            readings[run] = original
            candidates += 1
            plausible += bool(_CHINESE_PAGE_CHARACTER.fullmatch(original))
    if not candidates or plausible < MIN_PLAUSIBLE_SHARE * candidates:
        return text, 0, 0
    repaired = 0

    def read_back(match: re.Match) -> str:
        nonlocal repaired
        original = readings.get(match.group())
        if original is None:
            return match.group()
        repaired += 1
        return original

    text = _DOUBLE_UTF8_RUN.sub(read_back, text)
    lost = len(_LOST_CHARACTER.findall(text))
    return text, repaired, lost


# --- UTF-8 read as GBK ----------------------------------------------------------------------------
# The commonest Chinese mojibake: UTF-8 bytes read as GBK and saved again
# (政府 becomes 鏀垮簻). Each run of Chinese characters, written back in
# GBK, gives its UTF-8 bytes again, except the last byte of a run of odd
# length, which GBK could not pair and replaced (锟斤拷 is U+FFFD so treated).
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
# The full-width comma and full stop of any Chinese text read so: 锛 or 紝
# (the comma's bytes from either side of a pair) and 銆, rare characters of
# their own; 锟 of 锟斤拷 (U+FFFD so read). They send a page to the check.
_SHOWS_UTF8_READ_AS_GBK = re.compile("[锛紝銆锟]").search
_REPLACEMENT_RUN = re.compile("\ufffd+")


def utf8_read_as_gbk(text: str) -> tuple[str, int] | None:
    """The text with its runs read back from GBK to UTF-8, and how many
    characters were lost on the way; None when that reads no better (the
    text is not this mojibake)."""
    lost = 0

    def read_back(match: re.Match) -> str:
        nonlocal lost
        run = match.group()
        # What GBK could not read is U+FFFD now: the pieces between are read
        # back each, a lost character where each U+FFFD stands.
        try:
            pieces = [piece.encode("gb18030").decode("utf-8", "replace") for piece in run.split("\ufffd")]
        except UnicodeEncodeError:
            return run
        original = _REPLACEMENT_RUN.sub("\ufffd", "\ufffd".join(pieces))
        bad = original.count("\ufffd")
        if bad > 2 * run.count("\ufffd") + 1:
            return run   # not UTF-8 underneath: this run was read right
        lost += bad
        return original

    reread = _NON_ASCII_RUN.sub(read_back, text)
    if _common_characters(reread) <= 3 * _common_characters(text) + 10:
        return None
    return reread, lost


# --- GBK read as Latin-1 --------------------------------------------------------------------------
# A GBK page decoded as Latin-1 or windows-1252 (an editor's, a proxy's or a
# server's default) and saved again as UTF-8: every Chinese character is two
# Latin letters (政府 becomes Õþ¸®), valid UTF-8 that no step above questions.
# Each letter written back as its byte, the bytes read as GBK give the text
# again, except a byte windows-1252 has no letter for (0x81, 0x8D, 0x8F,
# 0x90, 0x9D, only in characters beyond GB2312), which came as U+FFFD.
# What the letters of a GBK character read as: a lead byte (0x81-0xFE), then
# a trail byte above 127 (common characters' trail bytes all are).
_LATIN1_HIGH = "\x80-\xfe" + "".join(_CP1252_HIGH)
_GBK_PAIR_AS_LATIN1 = re.compile(f"[\x81-\xfe{''.join(_CP1252_HIGH)}\ufffd][{_LATIN1_HIGH}\ufffd]")
# A Chinese page has pairs in every line; a French or German page's accented
# letters stand one by one between plain ones, and hardly ever pair.
MIN_LATIN1_PAIRS = 20
_CJK_CHARACTER = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_NOT_A_BYTE = re.compile("[^\x00-\xff]")


def _may_be_gbk_read_as_latin1(text: str) -> bool:
    """Whether text may be GBK read as Latin-1: no Chinese character in its
    first part, and many Latin-1 letters there paired as GBK's bytes are.
    An ASCII page costs nothing (a string knows it is ASCII), a Chinese
    page a search that stops at its first character (in its title)."""
    if text.isascii() or _CJK_CHARACTER.search(text, 0, _SCRIPT_SAMPLE):
        return False
    return len(_GBK_PAIR_AS_LATIN1.findall(text, 0, _SCRIPT_SAMPLE)) >= MIN_LATIN1_PAIRS


def gbk_read_as_latin1(text: str) -> tuple[str, int] | None:
    """The text with its letters written back as bytes and read as GBK
    (GB18030), and how many characters were lost on the way; None when that
    reads as no ordinary Chinese (the text is not this mojibake).

    A lost byte (U+FFFD) ends the character begun before it when one is
    begun; otherwise it began one, whose other byte, next (lost or not), is
    dropped too, so the bytes after it are read in step. A character that never was a byte
    (a letter beyond windows-1252) stays as it is."""
    latin = text.translate(_TO_LATIN1)
    decoder = codecs.getincrementaldecoder("gb18030")("replace")
    pieces: list[str] = []
    position = 0
    for match in _NOT_A_BYTE.finditer(latin):
        if match.start() < position:
            continue   # the other byte of a lost one's character, dropped below
        pieces.append(decoder.decode(latin[position:match.start()].encode("latin-1")))
        position = match.end()
        if match.group() != "\ufffd":
            pieces += [decoder.decode(b"", final=True), match.group()]
            decoder.reset()
        elif decoder.getstate()[0]:
            pieces.append("\ufffd")   # the lost byte was the second of the pending character
            decoder.reset()
        else:
            pieces.append("\ufffd")   # it began a character: its second byte (lost or not) goes too
            position = min(position + 1, len(latin))
    pieces.append(decoder.decode(latin[position:].encode("latin-1"), final=True))
    reread = "".join(pieces)
    if _common_characters(reread) <= 3 * _common_characters(text) + 10:
        return None
    return reread, reread.count("\ufffd")


def _cut_at_character_boundary(data: bytes) -> bytes:
    """Drop a trailing partial multi-byte character left by a byte cap."""
    end = len(data)
    while end > 0 and end > len(data) - 4 and data[end - 1] > 127:
        end -= 1
    return data[:end] if end > 0 else data
