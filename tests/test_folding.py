"""cleaning.folding: NFKC and OpenCC t2s, fast and exactly as the libraries do them."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaning import folding

# folding takes shortcuts (a table-driven NFKC, a re-implementation of OpenCC's
# t2s over OpenCC's own dictionaries, folding only the start of a body). Each
# must give exactly what the plain computation gives; these tests hold them to it.


def test_folded_text_maps_back_to_the_original():
    text = folding.FoldedText("（廣州市）２０２２")
    assert text.folded == "(广州市)2022"
    assert text.as_written(1, 4) == "廣州市"


# Characters that stress the shortcuts: full-width and expanding NFKC forms,
# combining marks and what they compose with, Hangul jamo, compatibility
# ideographs, characters beyond the BMP (some traditional), traditional
# characters, phrases OpenCC treats specially (some overlapping), separators.
_FOLDING_PIECES = [
    "市", "政", "府", "工", "作", "报", "告", "有", "序", "覆", "盖", "反", "复", "一", "目", "然",
    "報", "區", "乾", "隆", "於", "瞭", "解", "藉", "口", "沈", "默", "麽", "么", "著",
    "反覆", "有序", "乾隆", "瞭解", "么麽", "一目瞭然", "反反覆覆", "覆盖",
    "，", "。", "！", "（", "）", "：", "　", "\n", " ", "-", "\xa0",
    "Ⅲ", "㈠", "①", "ｅ", "e", "\u0301", "\u0316", "\u0345", "가", "\u1100", "\u1161", "\u11a8",
    "\u0b47", "\u0b3e", "\uf900", "\ufa6c", "𦪙", "𠀀", "\U0001d400", "\U0001d15e",
]
_folding_texts = st.lists(st.sampled_from(_FOLDING_PIECES), max_size=60).map("".join)


def _reference_nfkc_with_origin(text: str) -> tuple[str, list[int]]:
    """What FoldedText's NFKC step is defined as, computed plainly."""
    nfkc = unicodedata.normalize("NFKC", text)
    if len(nfkc) == len(text):
        return nfkc, list(range(len(text)))
    folded, origin = "", []
    for index, char in enumerate(text):
        form = unicodedata.normalize("NFKC", char)
        folded += form
        origin += [index] * len(form)
    return folded, origin


def _reference_fold(text: str) -> tuple[str, list[int]]:
    """FoldedText's folded text and origin, computed plainly with OpenCC."""
    nfkc, origin = _reference_nfkc_with_origin(text)
    if folding.traditional_characters().isdisjoint(nfkc):
        return nfkc, origin
    return folding._t2s().convert(nfkc), origin


@settings(max_examples=300, deadline=None)
@given(_folding_texts)
def test_t2s_conversion_is_opencc(text):
    assert folding._convert_t2s(text) == folding._t2s().convert(text)


@pytest.mark.parametrize("text", [
    "反反覆覆", "一目瞭然於心", "乾隆年間乾坤", "瞭然於心瞭解到", "么麽小丑幺麼小醜", "反覆，覆盖", "有序無序",
    "藉藉口",   # a phrase at the text's end is no longer one for being sliced short
])
def test_t2s_conversion_is_opencc_for_overlapping_phrases(text):
    assert folding._convert_t2s(text) == folding._t2s().convert(text)


def test_cached_t2s_conversion_is_the_conversion():
    # Short texts are converted once and the answer kept; long ones each time.
    folding._cached_conversion.cache_clear()
    short, long = "反覆說明於會議", "於會議上報告工作。" * 300
    assert len(short) <= folding.MAX_CACHED_CONVERSION < len(long)
    for text in (short, short, long, long):
        assert folding._convert_t2s(text) == folding._conversion(text) == folding._t2s().convert(text)
    assert folding._cached_conversion.cache_info().hits == 1


@settings(max_examples=300, deadline=None)
@given(_folding_texts)
def test_nfkc_shortcuts_are_nfkc(text):
    assert folding.nfkc(text) == unicodedata.normalize("NFKC", text)
    nfkc, origin = folding._nfkc_with_origin(text)
    assert (nfkc, list(origin)) == _reference_nfkc_with_origin(text)
    assert folding.fold(text) == folding.to_simplified(unicodedata.normalize("NFKC", text))


@settings(max_examples=300, deadline=None)
@given(_folding_texts, _folding_texts, st.integers(0, 80))
def test_folding_the_start_is_the_start_of_the_folding(start, rest, length):
    # A plain start, as most bodies have, then anything.
    text = "政府工作报告，有序" * 3 + start + "\n" + rest
    folded, origin = _reference_fold(text)
    head = folding.FoldedText(text)
    assert head.head(length) == folded[:length]
    end = min(length, len(folded))
    if end:
        assert head.as_written(0, end) == text[origin[0]: origin[end - 1] + 1]
    whole = folding.FoldedText(text)
    assert (whole.folded, list(whole.origin)) == (folded, origin)


@pytest.mark.parametrize("rest", ["報告", "Ⅲ", "e\u0301", "\u0345\u0316", "𦪙", "反覆", "가\u11a8"])
def test_folding_the_start_reads_what_the_rest_decides(rest):
    # OpenCC converts the start (反覆 → 反复) only if the rest is traditional;
    # NFKC maps the start back by character only if the rest changes length.
    for start in ("反覆，，工作", "Ⅲ，政府", "工作，报告"):
        text = start + "\n" + rest
        folded, origin = _reference_fold(text)
        assert folding.FoldedText(text).head(2) == folded[:2]
        assert folding.FoldedText(text).as_written(0, 2) == text[origin[0]: origin[1] + 1]


def test_to_simplified_finds_traditional_characters_beyond_the_bmp():
    beyond = sorted(c for c in folding.traditional_characters() if c > "\uffff")[0]
    assert folding.to_simplified("工作" + beyond) == folding._t2s().convert("工作" + beyond)
    assert folding.to_simplified("工作𠀀") == "工作𠀀"


def test_unicode_facts_the_nfkc_tables_rely_on():
    """Checked over every code point, for the unicodedata in use."""
    everything = "".join(map(chr, range(0x110000)))
    tables = folding._nfkc_tables()
    for char in everything[0x10000:]:
        # No composition joins BMP characters into one beyond the BMP.
        mapping = unicodedata.decomposition(char)
        if mapping and not mapping.startswith("<") and " " in mapping:
            assert all(int(part, 16) > 0xFFFF for part in mapping.split())
    for char in everything:
        form = unicodedata.normalize("NFKC", char)
        if form != char:
            # Forms are never empty and hold no character NFKC changes.
            assert form and all(unicodedata.normalize("NFKC", part) == part for part in form)
            assert char > "\uffff" or tables.forms[char] == form
    # The line break folding cuts at: nothing composes with it or reorders across it.
    assert not tables.unsafe.search("\n") and not folding._start_checks().hazard.search("\n")
    assert "\n" not in "".join(unicodedata.decomposition(c) for c in everything[:0x10000])
