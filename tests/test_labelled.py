"""Cleaning must get every labelled page right (tests/labelled/, see its __init__).

One test per case, so a failure names the page and lists every wrong field;
`bench/clean_accuracy.py` prints the same comparison as field-by-field rates.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.labelled import FIELDS, ROOT, Score, check_case, clean_case, load_cases

CASES = load_cases()


def test_the_set_covers_what_it_must():
    """Seed reports on every rendering, other markups, and look-alike non-reports."""
    names = {case.name for case in CASES}
    assert len(CASES) >= 40
    assert {f"seed_{n}_text" for n in ("000", "001", "002", "003")} <= names
    assert sum(name.startswith("replica_a_") for name in names) >= 14
    assert sum(name.startswith("replica_b_") for name in names) >= 3
    assert sum(name.startswith("not_") for name in names) >= 6
    for case in CASES:
        for report in case.expected:
            if report["is_report"]:
                assert set(FIELDS) <= set(report), case.name


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_labelled_page(case):
    score = Score()
    check_case(case, clean_case(case), score)
    assert score.perfect, "\n".join(score.misses)


def test_every_flag_cleaning_sets_has_a_name_on_the_site():
    """The published site names each flag in Chinese (archive/datasette_plugin/flags.py)."""
    from archive.datasette_plugin.flags import flag_name

    flags = {flag for case in CASES for report in clean_case(case) for flag in report.flags}
    assert len(flags) >= 10
    assert not sorted(flag for flag in flags if not flag_name(flag))


@pytest.mark.parametrize("name, flagged, unflagged", [
    # Placed among the divisions of their year, since renamed, moved or abolished.
    ("meta_era_chongqing_1996_sichuan", {"historical-division"}, set()),
    ("meta_era_gongzhuling_2020_before_transfer", {"historical-division"}, set()),
    # Past the end of the GB/T 2260 revisions: today's division, nothing to flag.
    ("meta_era_gongzhuling_2021_after_transfer", set(), {"historical-division"}),
    ("meta_era_changyuan_2020_city_after_data", set(), {"historical-division"}),
    ("meta_era_huili_2022_december_new_city", set(), {"historical-division", "title-year-mismatch"}),
    # Headlined 2001, delivered in March 2000: the date wins and the headline is flagged.
    ("meta_era_xiaoshan_title_year_mismatch", {"historical-division", "title-year-mismatch"}, set()),
    ("meta_era_wuxian_1994_december_abolished_county", {"historical-division"}, {"title-year-mismatch"}),
])
def test_flags_of_reports_from_other_eras(name, flagged, unflagged):
    [case] = [case for case in CASES if case.name == name]
    [report] = clean_case(case)
    assert flagged <= set(report.flags)
    assert not unflagged & set(report.flags)


def _write_case(folder, name: str, page: str, report: dict) -> None:
    (folder / "pages").mkdir(exist_ok=True)
    (folder / "pages" / f"{name}.html").write_text(page, encoding="utf-8")
    case = {"about": "a page being labelled", "reports": [report],
            "source": {"file": f"pages/{name}.html", "url": f"http://example.gov.cn/{name}.html"}}
    (folder / f"{name}.json").write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")


def test_a_folder_of_new_cases_is_scored_and_joined(tmp_path):
    """Pages being labelled are scored from their own folder, then joined to a set
    under a prefix with their page paths rewritten; nothing is overwritten."""
    new, into = tmp_path / "new", tmp_path / "set"
    new.mkdir(), into.mkdir()
    page = ("<html><head><title>2024年某地新闻</title></head><body><h1>某县召开会议</h1>"
            "<p>会议指出，要抓好当前各项工作。</p></body></html>")
    _write_case(new, "right", page, {"is_report": False, "reason": "no-body"})
    _write_case(new, "wrong", page, {"is_report": True, **{name: None for name in FIELDS}})
    score = Score()
    cases = load_cases(new)
    assert [case.name for case in cases] == ["right", "wrong"]
    for case in cases:
        check_case(case, clean_case(case), score)
    assert score.misses == ["wrong#1: is_report False (no-body), expected True"]

    script = [sys.executable, str(ROOT / "scripts" / "add_labelled_cases.py")]
    joined = subprocess.run(script + [str(new), "r1", "right", "--into", str(into)],
                            capture_output=True, text=True, check=True)
    assert joined.stdout.strip() == "joined blind_r1_right"
    [case] = load_cases(into)
    assert case.name == "blind_r1_right" and case.parts[0][0] == page
    again = subprocess.run(script + [str(new), "r1", "--into", str(into)], capture_output=True, text=True)
    assert again.returncode == 1 and "blind_r1_right.json is already in the set" in again.stderr
    assert not (into / "blind_r1_wrong.json").exists()
    missing = subprocess.run(script + [str(tmp_path / "nowhere"), "r1"], capture_output=True, text=True)
    assert missing.returncode == 2 and "is not a folder" in missing.stderr
