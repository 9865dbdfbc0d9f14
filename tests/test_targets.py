"""`cleaning.targets`: main targets and past results of a work report.

The labelled set (tests/targets_labelled.py) must be extracted exactly:
100% precision and recall, every field but the sentence.
"""
from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaning.folding import to_simplified
from cleaning.targets import INDICATORS, KINDS, MODIFIERS, extract_targets
from tests.targets_labelled import CASES, paragraphs

REPO = Path(__file__).resolve().parent.parent
TARGET_FIELDS = ("indicator", "value_low", "value_high", "unit", "modifier", "kind", "basis")
ACTUAL_FIELDS = TARGET_FIELDS + ("year",)


def keys(rows: list[dict], fields: tuple[str, ...]) -> Counter:
    return Counter(tuple(round(r[f], 6) if isinstance(r[f], float) else r[f] for f in fields)
                   for r in rows)


def assert_same(got: list[dict], want: list[dict], fields: tuple[str, ...]) -> None:
    got_keys, want_keys = keys(got, fields), keys(want, fields)
    assert got_keys == want_keys, (
        f"extracted but not labelled: {sorted((got_keys - want_keys).elements(), key=str)}\n"
        f"labelled but not extracted: {sorted((want_keys - got_keys).elements(), key=str)}")


def case_year(case: dict) -> int:
    """The year a caller would pass: the title's, even when it is wrong (厦门)."""
    return case.get("title_year", case["year"])


@pytest.fixture(scope="module")
def results() -> dict[str, tuple[list[dict], list[dict]]]:
    return {case["name"]: extract_targets(paragraphs(case), case_year(case)) for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_labelled_targets(case, results):
    assert_same(results[case["name"]][0], case["targets"], TARGET_FIELDS)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_labelled_actuals(case, results):
    assert_same(results[case["name"]][1], case["actuals"], ACTUAL_FIELDS)


def test_rows_have_the_documented_shape(results):
    for targets, actuals in results.values():
        for row in targets + actuals:
            assert set(row) == set(ACTUAL_FIELDS if row in actuals else TARGET_FIELDS) | {"sentence"}
            assert row["indicator"] in INDICATORS
            assert row["modifier"] in MODIFIERS and row["kind"] in KINDS
            if row["value_low"] is None:
                assert row["unit"] is None and row["modifier"] in ("qualitative", "absent")
            else:
                assert row["unit"] in INDICATORS[row["indicator"]]["units"]
                assert row["value_low"] <= row["value_high"]
        assert all(r["kind"] in ("expected", "striving") for r in targets)
        assert all(r["kind"] in ("actual", "estimate") for r in actuals)


def test_sentence_is_the_clause_as_written(results):
    for case in CASES:
        text = "\n".join(paragraphs(case))
        for row in results[case["name"]][0] + results[case["name"]][1]:
            assert row["sentence"] and row["sentence"] in text


def test_year_from_the_text_beats_a_wrong_title():
    """厦门's item is titled 2022 but is the 2019 report reviewing 2018."""
    case = next(c for c in CASES if c.get("title_year"))
    by_title = extract_targets(paragraphs(case), 2022)
    by_text = extract_targets(paragraphs(case), 2019)
    unknown = extract_targets(paragraphs(case), None)
    assert by_title == by_text == unknown
    assert {r["year"] for r in by_title[1]} == {2018}


def test_one_line_body_reads_like_paragraphs():
    """Site-B bodies come as one line; joining a site-A body must not change anything."""
    for case in CASES:
        if case.get("source") in ("002", "003"):
            joined = extract_targets(["".join(paragraphs(case))], case["year"])
            split = extract_targets(paragraphs(case), case["year"])
            for got, want, fields in zip(joined, split, (TARGET_FIELDS, ACTUAL_FIELDS)):
                assert_same(got, want, fields)


def test_paragraph_breaks_at_every_sentence_change_nothing():
    """Site-B paragraph restoration is approximate: breaking after each 。 is harmless."""
    for case in CASES:
        if not case.get("source", "").startswith("004:"):
            continue
        body = paragraphs(case)[0]
        pieces = [p + "。" for p in body.split("。") if p]
        split = extract_targets(pieces, case["year"])
        for got, want, fields in zip(split, (case["targets"], case["actuals"]),
                                     (TARGET_FIELDS, ACTUAL_FIELDS)):
            assert_same(got, want, fields)


def assert_reads_as_labelled(case, body: list[str]) -> None:
    """`body`, another rendering of the case's text, gives the labelled rows,
    each quoting its sentence as `body` writes it."""
    got = extract_targets(body, case_year(case))
    for rows, want, fields in zip(got, (case["targets"], case["actuals"]), (TARGET_FIELDS, ACTUAL_FIELDS)):
        assert_same(rows, want, fields)
        assert all(r["sentence"] in "".join(body) for r in rows)


def test_full_width_punctuation_reads_like_ascii():
    """The seeds render ASCII punctuation; the live pages carry full-width forms."""
    to_full = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！",
                             "%": "％", " ": "\u3000"})
    for case in CASES:
        if case.get("source", "").startswith("004:"):
            assert_reads_as_labelled(case, [p.translate(to_full) for p in paragraphs(case)])


def test_traditional_characters_read_like_simplified_and_quote_as_written():
    """Traditional copies (mirrors, Hong Kong and Taiwan sites) carry the same
    figures; their rows quote the sentence in the page's own characters."""
    from opencc import OpenCC

    to_traditional = OpenCC("s2t")
    for case in CASES:
        assert_reads_as_labelled(case, [to_traditional.convert(p) for p in paragraphs(case)])


@pytest.mark.parametrize("text", [[], [""], ["   "], ["。；;!?"], ["12345"], ["主要预期目标是:"],
                                  ["地区生产总值增长%左右"], ["增长6%"] * 3, ["\x00\ufffd"]])
def test_odd_input_gives_nothing(text):
    assert extract_targets(text, 2022) == ([], [])


def test_five_year_goals_and_results_are_neither():
    paras = ["二、今后五年的主要目标", "今后五年主要目标是:地区生产总值年均增长7%左右,到2026年达到3000亿元。",
             "五年来,城镇新增就业累计12万人,一般公共预算收入年均增长6%。"]
    assert extract_targets(paras, 2022) == ([], [])


def test_work_plan_figures_outside_the_targets_are_not_targets():
    paras = ["今年主要预期目标是:地区生产总值增长6%。", "重点做好以下工作。",
             "确保全年城镇新增就业3万人,固定资产投资增长10%。"]
    targets, actuals = extract_targets(paras, 2022)
    assert [(r["indicator"], r["value_low"]) for r in targets] == [("gdp_growth", 6.0)]
    assert actuals == []


def test_vocabulary_names_every_indicator():
    required = {"gdp_growth", "budget_revenue_growth", "fixed_investment_growth", "retail_sales_growth",
                "industry_value_added_growth", "urban_jobs", "unemployment_rate", "income_growth",
                "cpi", "trade_growth"}
    assert required <= set(INDICATORS)
    for code, entry in INDICATORS.items():
        assert entry["zh"] and entry["en"] and entry["patterns"] and entry["units"], code


def test_bench_script_reports_full_marks():
    result = subprocess.run([sys.executable, str(REPO / "bench" / "targets_accuracy.py")],
                            capture_output=True, text=True, timeout=60, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Overall: precision 100.0%, recall 100.0%" in result.stdout


_ALPHABET = ("地区生产总值一般公共预算收入城乡居民城镇新增就业增长下降百分之六点五%％—-−~至以上左右以内"
             "控制在万人亿元，,。；;:：()（）分别均和、2021年今年预计主要预期目标是为上年去年力争五年来 ")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=_ALPHABET, max_size=80), max_size=4),
       st.sampled_from([None, 2019, 2022]))
def test_never_raises_and_rows_stay_well_formed(paras, year):
    targets, actuals = extract_targets(paras, year)
    for row in targets + actuals:
        assert row["indicator"] in INDICATORS and row["modifier"] in MODIFIERS
        assert row["sentence"] in "\n".join(paras)


# ---------------------------------------------------------------- shortcuts

from cleaning import targets as T  # noqa: E402

_ODD_ALPHABET = _ALPHABET + "！？；。。;;!?\u3000 \xa0ⅢＧＤＰ１２\n标指目标任务一、(二)——2022年工作回顾过去一年今后五年"


def read_everything(paras: list[str], year):
    """The reference: every sentence normalised clause by clause and read in full."""
    sentences = [s for p in paras for s in T._sentences_slowly(p)]
    state = T._State(year=T._infer_year(sentences, year))
    for sentence in sentences:
        read_sentence_fully(sentence, state)
    return T._finish_targets(state.targets), T._dedupe(state.actuals)


def read_sentence_fully(sentence, state) -> None:
    """_read_sentence without its shortcuts: every clause read, `不设定…目标` looked for
    in every sentence it could be in."""
    text, clauses = sentence.text, sentence.clauses
    cue = T._cue(sentence, state.year)
    readings = T._read_clauses(clauses)
    if cue and not (cue.framing and any(r.value for r in readings)):
        state.section, state.section_year = cue.section, cue.year
    section, section_year = (cue.section, cue.year) if cue else (state.section, state.section_year)
    start = T._passage_start(text, readings, cue, state, section)
    for reading in readings:
        if start is not None and reading.pos >= start:
            T._take_target(reading, clauses, text, state)
        elif reading.value:
            T._take_actual(reading, clauses, text[:reading.pos], state, section, section_year)
    if start is not None or (section in (None, "current") and not T._LAST_YEAR_RE.search(text)):
        T._take_absent(clauses, start or 0, state)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet=_ODD_ALPHABET, max_size=80), max_size=5),
       st.sampled_from([None, 2019, 2022]))
def test_skipping_sentences_changes_nothing(paras, year):
    assert extract_targets(paras, year) == read_everything(paras, year)


def test_skipping_keeps_passages_and_sections():
    """A sentence left out still closes a passage; a cue is never left out."""
    for paras in (["主要预期目标是:地区生产总值增长6%。", "全面深化改革。", "居民收入增长与经济增长同步。"],
                  ["主要预期目标是:地区生产总值增长6%。居民收入增长与经济增长同步。"],
                  ["2021年工作回顾", "各项工作扎实推进。", "全年地区生产总值增长8%。"],
                  ["一、过去一年工作回顾。全市地区生产总值增长8%;", "。城镇新增就业3万人。"],
                  # outside a passage and a one-year review, only a sentence with 年 is read
                  ["一、五年来工作回顾", "地区生产总值增长8%。", "2021年地区生产总值增长6%。",
                   "去年城镇新增就业3万人。", "上年实际增长5%,地区生产总值增长7%。"],
                  ["一、2021年工作回顾", "地区生产总值增长8%。", "二、今后五年的主要目标",
                   "地区生产总值增长7%。", "去年地区生产总值增长6%。"],
                  ["主要预期目标是:", "地区生产总值增长6%。", "城镇新增就业3万人。"],
                  # a year only _year_of's start of the sentence names (its lookahead cut off)
                  ["一、五年来工作回顾", "地区生产总值、一般公共预算收入分别增长5%、2021年-6%。",
                   "地区生产总值上年增长5%。"],
                  # a name in a sentence that is only a cue; `不设定…目标` in each kind of sentence
                  ["一、2021年工作回顾", "全市生产总值增长8%。", "二、今年不设定地区生产总值增长目标。"],
                  ["主要预期目标是:不设具体经济增长目标,城镇新增就业3万人。"]):
        assert extract_targets(paras, 2022) == read_everything(paras, 2022)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="經濟發展總值增長经济发展总值增长収入收入\U00020000反覆,。\n", max_size=20),
                max_size=4))
def test_traditional_search_misses_no_paragraph_to_fold(paras):
    if not T._may_hold_traditional(paras):
        assert [to_simplified(p) for p in paras] == paras


def test_traditional_search_on_examples():
    assert not T._may_hold_traditional(["地区生产总值增长6%。", "反覆"])
    assert T._may_hold_traditional(["地区生产总值增长6%。", "地區生產總值增長6%。"])
    assert T._may_hold_traditional(["\U00020000"])  # beyond the BMP: folded one by one


_SPLIT_ALPHABET = _ODD_ALPHABET + "。。;;!!??；！？\x00\n\t \u3000Ⅲ２０２２年工作回顾一、1.收入"


def kept_the_slow_way(paras: list[str]) -> list:
    """The reference for _sentences: every paragraph split slowly, then filtered."""
    kept, skipped = [], False
    for paragraph in paras:
        for sentence in T._sentences_slowly(paragraph):
            if T._could_matter(sentence.text):
                sentence.after_skipped, skipped = skipped, False
                kept.append(sentence)
            else:
                skipped = True
    return kept


def sentence_keys(sentences) -> list:
    return [(s.text, [(c.raw, c.norm) for c in s.clauses], s.after_skipped, s.cue_hint)
            for s in sentences]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.text(alphabet=_SPLIT_ALPHABET, max_size=60), max_size=6))
def test_joined_paragraphs_split_like_the_slow_way(paras):
    assert sentence_keys(T._sentences(paras)) == sentence_keys(kept_the_slow_way(paras))


@pytest.mark.parametrize("paras", [
    ["。;开头是句末的段落,收入增长5%。", "收入增长6%。"],    # leading clause ends: split slowly
    ["收入增长5%。。收入增长6%!;收入增长7%?", "!", "收入。"],  # runs of clause ends
    ["收入\n增长5%。", "收入增长6%。"],                       # a line break inside a paragraph
    ["收入\x00增长5%。", "收入增长6%。"],                     # the mark character in the text
    ["收入 增长5%。", "收入增长6%\u3000。", "ＧＤＰ增长７％。"],  # whitespace, not NFKC
    ["", "一、2021年工作回顾", "", "各项工作扎实推进。全年收入增长8%。"],
    ["全面工作回顾。收入增长5%。", "(二)全面工作回顾,成绩显著。"],  # a cue needs numbering
    ["收入e\u0301增长5%。", "\u0301收入增长6%。", "收入增长7%。"],  # combining marks
    ["一、2021年工作回顾。收入增长5%。二、今后五年,收入增长。三、工作安排"],  # cues in one line
    ["收入增长5%。;收入增长6%;。一、2021年工作回顾!?收入增长7%"],  # runs ending in ; or 。
    ["一、过去一年", "收入增长5%。", "全面深化改革。", "收入。收入。", "不相干。", "二、今年"],
    ["总值增长5%。总值", "。", "今年收入增长6%;收入增长7%。今年"],  # keys at sentence starts and ends
])
def test_joined_paragraphs_edge_cases(paras):
    assert sentence_keys(T._sentences(paras)) == sentence_keys(kept_the_slow_way(paras))
    assert extract_targets(paras, 2022) == read_everything(paras, 2022)


def test_no_vocabulary_name_reads_as_a_pair():
    """_mentions looks a name up before trying the pair pattern."""
    assert not any(T._PAIRED_FULL_RE.fullmatch(term) for term in T._CONCEPT_BY_TERM)


def test_code_by_unit_is_the_first_code_taking_the_unit():
    for (concept, unit), code in T._CODE_BY_UNIT.items():
        assert code == next(c for c in T._CODES_BY_CONCEPT[concept] if unit in INDICATORS[c]["units"])


def test_every_name_holds_a_key():
    names = [t for entry in INDICATORS.values() for t in entry["patterns"]]
    names += ["城乡居民收入", "城镇和农村常住居民人均可支配收入", "经济增长", "经济增速"]
    assert all(T._KEY_RE.search(name) for name in names)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_ODD_ALPHABET, max_size=60))
def test_cue_hint_covers_every_cue(text):
    text = T._normalise(text)
    head = T._head(text)
    for year in (None, 2022):
        if T._section_cue(head, year, bool(T._NUMBERING_RE.match(text))) is not None:
            assert T._CUE_HINT_RE.match(text)
    if T._CUE_HINT_RE.match(text):
        assert text[:1] in T._CUE_FIRST or text[:1].isdecimal()
        assert T._CUE_FIRST_RE.match(text)


@pytest.mark.parametrize("text", ["2022年主要工作", "一、2021年工作回顾", "(三)总体要求", "——今后五年",
                                  "“十四五”时期", "刚刚过去的2021年", "三、“十三五”时期和2020年工作回顾"])
def test_cue_hint_on_headings(text):
    assert T._CUE_HINT_RE.match(text) and T._CUE_FIRST_RE.match(text)


# ---------------------------------------------------------------- reading shortcuts

_OLD_VALUE_WORDS = {
    "around": re.compile(r"^(?:左右|上下)"), "at_least": re.compile(r"^(?:及)?以上"),
    "at_most": re.compile(r"^(?:以内|以下)")}
_OLD_BEFORE_WORDS = {"at_least": re.compile(r"(?:不低于|不少于|超过|突破|高于|大于)$"),
                     "at_most": re.compile(r"(?:不高于|不超过|低于|小于|控制在|控制)$")}


def old_modifier(before: str, after: str) -> str:
    """The modifier as the regex version read it."""
    for name, pattern in _OLD_VALUE_WORDS.items():
        if pattern.match(after):
            return name
    for name, pattern in _OLD_BEFORE_WORDS.items():
        if pattern.search(before[-8:]):
            return name
    return "point"


def old_values(text: str) -> list:
    """_values as it was: every match read in full, the modifier by regex."""
    values = []
    for match in T._VALUE_RE.finditer(text):
        a, b = match.group("a"), match.group("b")
        unit_text = match.group("ub") if b else match.group("ua")
        if unit_text is None and a.startswith("百分之"):
            unit_text = "%"
        if b and match.group("ua") and match.group("ua") != unit_text:
            continue
        scale = T._UNIT_SCALE.get(unit_text) if unit_text else None
        if scale is None:
            continue
        unit, factor = scale
        numbers = [T._number(a), T._number(b) if b else T._number(a)]
        if None in numbers:
            continue
        low, high = (round(n * factor, 6) for n in numbers)
        modifier = "range" if b else old_modifier(text[:match.start()], text[match.end():])
        values.append((match.start(), match.end(), low, high, unit, modifier))
    return values


_FIGURE_ALPHABET = "0123456789.-−—~至到%万亿元人次个百分点吨斤美公以上下左右内及不低高于超过控制在突破约增长百分之六点五、,年"


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=_FIGURE_ALPHABET, max_size=40))
def test_values_read_like_the_regex_version(text):
    assert [tuple(v) for v in T._values(text)] == old_values(text)


@pytest.mark.parametrize("text", ["控制在5.5%左右", "不低于6%", "控制6%以内", "增长6%及以上", "约3%上下",
                                  "2023年", "百分之六点五", "3-5%", "3万人-5%", "突破4万亿元"])
def test_values_edge_cases(text):
    assert [tuple(v) for v in T._values(text)] == old_values(text)


def old_year_of(before: str, year):
    best, best_pos = None, -1
    for match in T._YEAR_RE.finditer(before):
        best, best_pos = int(match.group(1)), match.start()
    for match in T._LAST_YEAR_RE.finditer(before):
        if match.start() > best_pos and year:
            best, best_pos = year - 1, match.start()
    return best


def old_part_of_year(before: str) -> bool:
    last = None
    for last in T._PERIOD_RE.finditer(before):
        pass
    return bool(last and last.group("part"))


def old_not_one_year(text: str, year) -> bool:
    for match in T._MULTI_YEAR_RE.finditer(text):
        if match.group("by") and match.group("base") in "比较" and year \
                and int(match.group("by")) == year - 2:
            continue
        return True
    return False


_TIME_ALPHABET = "0123456789年月季度上下半前个全一二三四五十两比较由是与到至—-均平每累计翻番去上实际增长同以来底末份日"


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=_TIME_ALPHABET, max_size=30), st.sampled_from([None, 2020, 2022]))
def test_time_shortcuts_agree_with_the_patterns(text, year):
    assert T._year_of(text, year) == old_year_of(text, year)
    assert T._part_of_year(text) == old_part_of_year(text)
    assert T._not_one_year(text, year) == old_not_one_year(text, year)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ODD_ALPHABET + "、,:()", max_size=60))
def test_fragments_split_like_the_pattern(text):
    want, start = [], 0
    for match in T._FRAGMENT_SPLIT_RE.finditer(text):
        want.append((start, text[start:match.start()]))
        start = match.end()
    want.append((start, text[start:]))
    assert T._fragments(text) == want
    assert [text[o:o + len(f)] for o, f in T._subfragments(text)] == text.split("、")


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=_TIME_ALPHABET + "%万人亿元增长下降", max_size=30),
       st.sampled_from([None, 2020, 2022]))
def test_named_year_covers_every_start_of_the_text(text, year):
    assert_no_start_names_a_year(text, year)


def assert_no_start_names_a_year(text: str, year) -> None:
    """_may_matter skips a sentence naming no year as _NAMED_YEAR_RE finds them:
    no start of it (the text before a figure) may give _year_of a year."""
    if not T._names_a_year(text):
        assert all(T._year_of(text[:i], year) is None for i in range(len(text) + 1))


@pytest.mark.parametrize("text", ["2021年-5%", "2021年—6%", "2021年到", "比2021年", "去年", "上年增长",
                                  "上年", "2021年度"])
def test_named_year_edge_cases(text):
    assert_no_start_names_a_year(text, 2022)


def test_every_whitespace_but_the_space_is_unprintable():
    """_holds_whitespace splits only paragraphs with a space or an unprintable character."""
    for code in range(0x110000):
        character = chr(code)
        if character.isspace():
            assert character == " " or not character.isprintable()
            assert T._holds_whitespace("收入" + character + "增长")


def test_mentions_leave_out_other_quantities():
    """The words just before and after a name (人均…, …比重, …差距) are tested with
    str.endswith/startswith; a name at the text's start or end is kept."""
    assert [m.concepts for m in T._mentions("人均地区生产总值,地区生产总值比重,城乡居民收入差距,GDP")] \
        == [("gdp",)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="按以可比价格口径现同计算增长全年8%", max_size=20))
def test_basis_screen_changes_nothing(prefix):
    assert T._basis(prefix) == next((canonical for word, canonical in T._BASIS if word in prefix), None)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=_ODD_ALPHABET, max_size=80), max_size=5),
       st.sampled_from([None, 2019, 2022]))
def test_cached_readings_give_the_fresh_answer(paras, year):
    """Readings come from a cache shared by every body: nothing may change them."""
    T._read_normalised_clauses.cache_clear()
    fresh = extract_targets(paras, year)
    assert extract_targets(paras, year) == fresh
    T._read_normalised_clauses.cache_clear()
    assert extract_targets(paras + paras, year) == read_everything(paras + paras, year)
