"""Folding text for matching: NFKC, then traditional → simplified characters.

Both steps are slow as the libraries do them, and cleaning folds text on every
page: NFKC of Chinese text (whose full-width punctuation fails NFKC's quick
check) takes about 0.2 µs a character, and the pure-Python OpenCC several µs.
The functions here give the very same results for a fraction of that, each
saying why; OpenCC's own dictionaries are the data.
"""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@functools.cache
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


@functools.cache
def traditional_characters() -> frozenset[str]:
    """The characters OpenCC's t2s turns into another one by default (keys of its
    character table whose first value differs). Keys kept by default (著, 乾,
    also simplified characters) are left out: the phrases that would convert
    them (看著) come in traditional text, which holds other such characters."""
    import opencc

    table = Path(opencc.__file__).with_name("dictionary") / "TSCharacters.txt"
    changed = set()
    for line in table.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if len(key) == 1 and values.split(" ")[0].strip() != key:
            changed.add(key)
    return frozenset(changed)


def character_class(characters) -> str:
    """The inside of a regex character class holding `characters`, as ranges."""
    ranges: list[list[int]] = []
    for code in sorted(set(map(ord, characters))):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(re.escape(chr(first)) if first == last
                   else f"{re.escape(chr(first))}-{re.escape(chr(last))}" for first, last in ranges)


class _CharacterFinder:
    """Finds the characters of a set in a text at the speed of a regex.

    The regex class holds the set's characters of the Basic Multilingual Plane
    (a bitmap lookup) and the planes beyond as one range: their characters as
    single ranges would be tried one after the other at every character. A
    character matched by that range is checked against the set."""

    def __init__(self, characters) -> None:
        self.characters = frozenset(characters)
        inside = character_class(c for c in self.characters if c <= "\uffff")
        if any(c > "\uffff" for c in self.characters):
            inside += "\U00010000-\U0010ffff"
        self._pattern = re.compile(f"[{inside}]" if inside else "(?!)")

    def search(self, text: str) -> re.Match | None:
        """The first character of the set in `text`."""
        position = 0
        while (match := self._pattern.search(text, position)) and match.group() not in self.characters:
            position = match.end()
        return match


@functools.cache
def _traditional_finder() -> _CharacterFinder:
    """Finds the characters `to_simplified` converts."""
    return _CharacterFinder(traditional_characters())


def to_simplified(text: str) -> str:
    """OpenCC t2s, skipped for text with no traditional character (almost
    every page is already simplified)."""
    if not _traditional_finder().search(text):
        return text
    return _convert_t2s(text)


@dataclass(frozen=True)
class _T2sTables:
    """OpenCC's t2s dictionaries, as `_convert_t2s` uses them."""

    characters: dict[int, str]     # str.translate table
    phrases: dict[str, str]        # phrase → first value
    phrase_lengths: tuple[int, ...]
    phrase: re.Pattern             # any phrase
    changing_simplified: re.Pattern  # phrases OpenCC changes that hold no traditional character (反覆)


@functools.cache
def _t2s_tables() -> _T2sTables:
    """The dictionaries the converter has loaded (t2s.json: one group, phrases
    then characters), each key with its first value as OpenCC picks it."""
    converter = _t2s()
    [[(_, _, phrase_values), (_, _, character_values)]] = converter._dict_chain_data
    phrases = {key: values.split(" ")[0] for key, values in phrase_values.items()
               # OpenCC converts between separators only: such a phrase never applies.
               if not converter.split_chars_re.search(key)}
    characters = {key: values.split(" ")[0] for key, values in character_values.items()}
    if any(len(key) != 1 for key in characters) or \
            any(len(key) != len(value) for key, value in (phrases | characters).items()):
        raise RuntimeError("OpenCC's t2s tables no longer map one character to one: "
                           "_convert_t2s and FoldedText rely on it")
    return _T2sTables(
        characters=str.maketrans(characters),
        phrases=phrases,
        phrase_lengths=tuple(sorted({len(key) for key in phrases}, reverse=True)),
        phrase=re.compile("|".join(map(re.escape, phrases))),
        changing_simplified=re.compile("|".join(
            re.escape(key) for key, value in phrases.items()
            if value != key and traditional_characters().isdisjoint(key))))


# Conversions of texts up to this long are cached: a traditional paragraph
# is converted for its boilerplate key, again as a body paragraph and again
# for the targets. Longer texts (whole bodies) are few, and entries would
# hold on to them.
MAX_CACHED_CONVERSION = 2000


def _convert_t2s(text: str) -> str:
    """OpenCC("t2s").convert(text) (see `_conversion`), cached for short texts."""
    if len(text) <= MAX_CACHED_CONVERSION:
        return _cached_conversion(text)
    return _conversion(text)


def _conversion(text: str) -> str:
    """OpenCC("t2s").convert(text), without its tree of substrings per segment.

    OpenCC cuts the text at spaces and punctuation. In each segment it takes
    the longest phrase (the leftmost of equally long ones), converts the parts
    left and right of it the same way, and maps the characters no phrase
    covers one by one. The phrases so taken are those one pass over all phrase
    occurrences takes, longest first, then leftmost, skipping any that overlaps
    one already taken: an occurrence inside a part is inside its segment, and
    no phrase holds a separator. Every value is as long as its key, so the
    phrases' values can be laid over the character-by-character conversion.
    """
    tables = _t2s_tables()
    converted = text.translate(tables.characters)
    occurrences = []                           # (-length, start): longest first, then leftmost
    position = 0
    while match := tables.phrase.search(text, position):
        start = match.start()
        # (A length running past the text's end would slice a shorter phrase.)
        occurrences += [(-length, start) for length in tables.phrase_lengths
                        if start + length <= len(text) and text[start:start + length] in tables.phrases]
        position = start + 1
    if not occurrences:
        return converted
    taken = bytearray(len(text))
    spans = []
    for negative_length, start in sorted(occurrences):
        end = start - negative_length
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            spans.append((start, end))
    pieces = []
    position = 0
    for start, end in sorted(spans):
        pieces += [converted[position:start], tables.phrases[text[start:end]]]
        position = end
    pieces.append(converted[position:])
    return "".join(pieces)


_cached_conversion = functools.lru_cache(maxsize=2048)(_conversion)


@dataclass(frozen=True)
class _NfkcTables:
    """What folding needs to know of NFKC, for the Basic Multilingual Plane."""

    forms: dict[str, str]            # each character NFKC changes → its NFKC form
    changed: re.Pattern              # those characters, and any beyond the BMP
    unsafe_characters: frozenset[str]  # characters NFKC may not treat on their own
    unsafe: re.Pattern               # those characters, and any beyond the BMP


@functools.cache
def _nfkc_tables() -> _NfkcTables:
    """NFKC forms and the characters whose NFKC depends on their neighbours.

    NFKC decomposes each character (NFKD), reorders runs of combining marks
    and composes pairs. A character is safe when its NFKD holds no combining
    mark (nonzero combining class) and nothing canonical composition joins to
    what precedes it: in a text of safe characters nothing is reordered or
    composed, so NFKC works character by character.

    Only the BMP is tabulated (a whole-range scan costs 0.1 s): characters
    beyond it count as unsafe, and no canonical pair decomposition of one
    beyond it holds a BMP character, so no composition joins two BMP
    characters into one beyond (tests check this for the unicodedata in use).
    """
    bmp = "".join(map(chr, range(0x10000)))
    decomposed = {}
    for start in range(0, len(bmp), 256):
        block = bmp[start:start + 256]
        # NFKD leaves a block alone only when no character in it decomposes.
        if unicodedata.normalize("NFKD", block) != block:
            for char in block:
                nfkd = unicodedata.normalize("NFKD", char)
                if nfkd != char:
                    decomposed[char] = nfkd
    forms = {}
    for char in decomposed:
        form = unicodedata.normalize("NFKC", char)
        if form != char:
            forms[char] = form
    interacting = set(itertools.compress(bmp, map(unicodedata.combining, bmp)))
    interacting |= _composition_seconds(decomposed)
    unsafe = interacting | {char for char, nfkd in decomposed.items()
                            if not interacting.isdisjoint(nfkd) or max(nfkd) > "\uffff"}
    return _NfkcTables(forms=forms, changed=_class_pattern(forms, beyond_bmp=True),
                       unsafe_characters=frozenset(unsafe),
                       unsafe=_class_pattern(unsafe, beyond_bmp=True))


def _class_pattern(characters, beyond_bmp: bool = False) -> re.Pattern:
    """A regex for one of `characters` (all in the BMP), or any character beyond the BMP."""
    beyond = "\U00010000-\U0010ffff" if beyond_bmp else ""
    return re.compile(f"[{character_class(characters)}{beyond}]")


def _composition_seconds(decomposed) -> set[str]:
    """Characters canonical composition may join to the one before them: the
    later parts of canonical decomposition mappings, and the Hangul vowel and
    trailing-consonant jamo (composed by rule, Unicode §3.12)."""
    seconds = {chr(code) for code in [*range(0x1161, 0x1176), *range(0x11A8, 0x11C3)]}
    for char in decomposed:
        mapping = unicodedata.decomposition(char)
        if mapping and not mapping.startswith("<"):
            seconds.update(chr(int(part, 16)) for part in mapping.split()[1:])
    return seconds


@dataclass(frozen=True)
class _StartChecks:
    """What tells FoldedText whether a text's start folds as the whole would."""

    hazard: re.Pattern     # see FoldedText._fold_start
    converts: re.Pattern   # BMP characters whose NFKC form holds a traditional character


@functools.cache
def _start_checks() -> _StartChecks:
    """The hazards are the characters that may make a text's start fold
    differently as the rest of it varies: those NFKC may not treat on their
    own, those it turns into several characters (the map back then depends on
    NFKC's length test), and those that fold to traditional ones (OpenCC then
    converts the start's phrases too)."""
    tables = _nfkc_tables()
    traditional = traditional_characters()
    converts = {char for char in traditional if char <= "\uffff" and char not in tables.forms}
    converts |= {char for char, form in tables.forms.items() if not traditional.isdisjoint(form)}
    several = {char for char, form in tables.forms.items() if len(form) > 1}
    return _StartChecks(
        hazard=_class_pattern(tables.unsafe_characters | several | converts, beyond_bmp=True),
        converts=_class_pattern(converts))


def nfkc(text: str) -> str:
    """unicodedata.normalize("NFKC", text), faster. Replacing each character by
    its NFKC form keeps the text's NFKD, hence its NFKC, and the result mostly
    passes NFKC's quick check, which Chinese full-width punctuation fails."""
    return unicodedata.normalize("NFKC", _nfkc_by_character(text)[0])


def fold(text: str) -> str:
    """Normalise text for matching: NFKC, then traditional → simplified characters."""
    return to_simplified(nfkc(text))


def _nfkc_by_character(text: str) -> tuple[str, Sequence[int]]:
    """`text` with each character replaced by its own NFKC form, and for each
    character of the result the index of the one it comes from."""
    tables = _nfkc_tables()
    result = text
    forms = {}
    position = 0
    # A character found is replaced everywhere at once; NFKC forms hold no
    # character NFKC changes, so the search goes on after the form.
    while match := tables.changed.search(result, position):
        char = match.group()
        form = tables.forms.get(char) or unicodedata.normalize("NFKC", char)
        if form != char:
            result = result.replace(char, form)
            forms[char] = form
        position = match.start() + len(form)
    uneven = [char for char, form in forms.items() if len(form) != 1]
    if not uneven:
        return result, range(len(text))
    origin: list[int] = []
    position = 0
    for match in re.finditer("[" + "".join(map(re.escape, uneven)) + "]", text):
        index = match.start()
        origin.extend(range(position, index))
        origin.extend([index] * len(forms[match.group()]))
        position = index + 1
    origin.extend(range(position, len(text)))
    return result, origin


def _nfkc_with_origin(text: str) -> tuple[str, Sequence[int]]:
    """NFKC-normalise `text`, recording for each output character its source
    index; when that changes the length, each character is normalised on its
    own instead (e.g. ㈠ → (一)), which keeps the map simple."""
    by_character, origin = _nfkc_by_character(text)
    if _nfkc_tables().unsafe.search(text):
        nfkc = unicodedata.normalize("NFKC", by_character)
        if len(nfkc) == len(text):
            return nfkc, range(len(text))
    # Otherwise NFKC works character by character: by_character is the NFKC.
    return by_character, origin


# A scan's text layer reads 0 as the letter O, and 1 as l or I, in dates
# (2OO9年1月1O日, 1月l8日): in a run of digits before 年, 月 or 日 the letter is the digit.
_OCR_DATE_NUMBER = re.compile(r"(?<![A-Za-z])(?=[0-9OolI]*[0-9])[0-9]*[OolI][0-9OolI]*(?=[年月日曰])")
_OCR_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})


# It reads 日 as 曰 after a date's day (1月8曰).
_OCR_DAY = re.compile(r"(?:(?<=月[0-9OolI][0-9OolI])|(?<=月[0-9OolI]))曰")


def ocr_repaired(text: str) -> str:
    """`text` with a scan's usual misreadings in a report's header read right
    (same length): the letters O, l and I in the numbers of its dates, 曰 after
    their day, and 入民 for 人民 in the congress's name."""
    if "入民代表" in text:
        text = text.replace("入民代表", "人民代表")
    if "曰" in text:
        text = _OCR_DAY.sub("日", text)
    if not any(letter in text for letter in "OolI"):
        return text
    return _OCR_DATE_NUMBER.sub(lambda m: m.group().translate(_OCR_DIGIT), text)


class FoldedText:
    """A text together with its folded form and a map back to the original.

    `folded[i]` comes from `original[origin[i]]`, so a match found in the folded
    text can be returned in the text's own characters (traditional, full-width).
    The text is folded when first read; `head()` folds only its start.
    """

    def __init__(self, original: str):
        self.original = original
        self._folded = ""
        self._origin: Sequence[int] = ()
        self._complete = False

    @property
    def folded(self) -> str:
        self._fold(None)
        return self._folded

    @property
    def origin(self) -> Sequence[int]:
        self._fold(None)
        return self._origin

    def head(self, length: int) -> str:
        """folded[:length], without folding the whole text when that is not needed."""
        self._fold(length)
        return self._folded[:length]

    def __len__(self) -> int:
        return len(self.folded)

    def as_written(self, start: int, end: int) -> str:
        """The original text behind folded[start:end]."""
        if start >= end:
            return ""
        self._fold(end)
        return self.original[self._origin[start]: self._origin[end - 1] + 1]

    def _fold(self, length: int | None) -> None:
        """Fold at least the first `length` characters (None: all of them)."""
        if self._complete or (length is not None and len(self._folded) >= length):
            return
        # A line break ends OpenCC's segments and is an NFKC boundary (nothing
        # composes with it or reorders across it), and NFKC never shortens a
        # character: folding up to the first one from `length` on is enough.
        cut = self.original.find("\n", length) if length is not None else -1
        if cut < 0 or not self._fold_start(self.original[:cut]):
            nfkc, self._origin = _nfkc_with_origin(self.original)
            self._folded = to_simplified(nfkc)
            self._complete = True
        self._folded = ocr_repaired(self._folded)

    def _fold_start(self, start: str) -> bool:
        """Fold `start`, a start of the text ending before a line break, as
        the whole text would be folded; False when that needs the whole text.

        Both NFKC and OpenCC decide once for the whole text: NFKC whether it
        keeps the length (else each character is normalised on its own), and
        OpenCC whether it converts at all. A start free of hazards folds the
        same either way. Otherwise, a text where NFKC works character by
        character anyway only needs a look for what makes OpenCC convert.
        """
        checks = _start_checks()
        if not checks.hazard.search(start):
            nfkc, origin = _nfkc_by_character(start)
            if not _t2s_tables().changing_simplified.search(nfkc):
                self._folded, self._origin = nfkc, origin
                return True
        if _nfkc_tables().unsafe.search(self.original):
            return False
        nfkc, self._origin = _nfkc_by_character(start)
        self._folded = _convert_t2s(nfkc) if checks.converts.search(self.original) else nfkc
        return True


