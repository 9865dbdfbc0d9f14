"""targets / actuals / attainment in reports.db, after a real crawl and build of the replica."""
from __future__ import annotations

import unicodedata

import pytest
import sqlite_utils

from archive.targets import write_targets
from tests.seed_expectations import SEED_REPORTS
from tests.targets_labelled import CASES


def nfkc(text):
    return unicodedata.normalize("NFKC", text or "")


@pytest.fixture(scope="module")
def archive(crawled_archive):
    data, _ = crawled_archive
    return sqlite_utils.Database(data / "reports.db")


def report_id(archive, anchor):
    return next(r["id"] for r in archive["reports"].rows if nfkc(anchor) in nfkc(r["body"]))


def seed_anchor(case):
    """The seed-expectation anchor of a labelled seed case."""
    source = case["source"]
    if source.startswith("004:"):
        return next(s["anchor"] for s in SEED_REPORTS if s.get("site_b_title") == source[4:])
    return next(s["anchor"] for s in SEED_REPORTS if s["seed"] == source)


SEED_CASES = [c for c in CASES if c.get("source")]


@pytest.mark.parametrize("case", SEED_CASES, ids=lambda c: c["name"])
def test_every_gdp_target_of_the_seeds_is_archived(archive, case):
    rid = report_id(archive, seed_anchor(case))
    got = sorted(
        (r["value_low"], r["value_high"], r["modifier"], r["kind"])
        for r in archive["targets"].rows_where("report_id = ? and indicator = 'gdp_growth'", [rid])
    )
    expected = sorted(
        (t["value_low"], t["value_high"], t["modifier"], t["kind"])
        for t in case["targets"] if t["indicator"] == "gdp_growth"
    )
    assert got == expected


def test_no_actual_or_five_year_goal_among_targets(archive):
    for row in archive["targets"].rows:
        sentence = nfkc(row["sentence"])
        assert "年均" not in sentence and "五年来" not in sentence, sentence
        assert row["kind"] in ("expected", "striving")
        assert row["year"] == archive["reports"].get(row["report_id"])["year"]
    assert archive["actuals"].count > 0
    for row in archive["actuals"].rows:
        assert row["year"] < row["report_year"]


def test_targets_carry_facets(archive):
    row = next(archive["targets"].rows_where("indicator = 'gdp_growth'"))
    for column in ("region", "province", "place", "year", "indicator_zh"):
        assert row[column]


def test_attainment_joins_a_target_with_next_years_result(tmp_path):
    db = sqlite_utils.Database(tmp_path / "r.db")
    db["reports"].insert_all([{"id": 1, "year": 2021}, {"id": 2, "year": 2022}], pk="id")
    fields = {"place": "咸阳市", "province": "陕西省", "region": "西北", "adcode": "610400",
              "admin_level": "prefecture"}
    target = {"indicator": "gdp_growth", "value_low": 6.5, "value_high": 6.5, "unit": "%",
              "modifier": "around", "kind": "expected", "sentence": "生产总值增长6.5%左右"}
    actual = {"indicator": "gdp_growth", "value_low": 6.6, "value_high": 6.6, "unit": "%",
              "modifier": "point", "kind": "actual", "year": 2021, "sentence": "全市生产总值增长6.6%"}
    write_targets(db, [(1, {**fields, "year": 2021}, [target], []),
                       (2, {**fields, "year": 2022}, [], [actual])])
    rows = list(db.query("select * from attainment"))
    assert len(rows) == 1
    assert rows[0]["target_low"] == 6.5 and rows[0]["actual"] == 6.6 and rows[0]["met"] == 1
    assert rows[0]["target_report_id"] == 1 and rows[0]["actual_report_id"] == 2


def test_targets_in_datasette(crawled_archive):
    """Facets on targets, the two canned queries and the attainment view answer in Datasette."""
    import asyncio

    import yaml
    from datasette.app import Datasette

    from tests.conftest import REPO

    data, _ = crawled_archive
    metadata = yaml.safe_load((REPO / "metadata.yml").read_text(encoding="utf-8"))
    ds = Datasette(immutables=[str(data / "reports.db")], metadata=metadata)

    def get(path):
        return asyncio.run(ds.client.get(path, follow_redirects=True))

    facets = get("/reports/targets.json").json()["facet_results"]
    assert {"indicator", "modifier", "year", "region"} <= set(facets)
    rows = get("/reports/gdp_targets.json?province=&_shape=array").json()
    assert {(r["place"], r["value_low"], r["modifier"]) for r in rows} >= {("无锡市新吴区", 5.3, "at_least")}
    assert get("/reports/targets_vs_results.json?indicator=&_shape=array").status_code == 200
    assert get("/reports/attainment.json").status_code == 200
    dashboard = get("/-/dashboards/baogao")
    assert dashboard.status_code == 200 and "gdp-targets" in dashboard.text
