"""`cleaning.targets`: main targets and past results of a work report.

The labelled set (tests/targets_labelled.py) must be extracted exactly:
100% precision and recall, every field but the sentence.
"""
from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_full_width_punctuation_reads_like_ascii():
    """The seeds render ASCII punctuation; the live pages carry full-width forms."""
    to_full = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！",
                             "%": "％", " ": "\u3000"})
    for case in CASES:
        if case.get("source", "").startswith("004:"):
            wide = [p.translate(to_full) for p in paragraphs(case)]
            got = extract_targets(wide, case_year(case))
            for rows, want, fields in zip(got, (case["targets"], case["actuals"]),
                                          (TARGET_FIELDS, ACTUAL_FIELDS)):
                assert_same(rows, want, fields)
                assert all(r["sentence"] in "".join(wide) for r in rows)


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
