"""The published site, through Datasette's own test client, on the crawled archive."""
from __future__ import annotations

import asyncio
import unicodedata
from collections import Counter

import pytest
import sqlite_utils
import yaml
from datasette.app import Datasette

from tests.conftest import REPO
from tests.seed_expectations import SEED_REPORTS


def site(db_path):
    metadata = yaml.safe_load((REPO / "metadata.yml").read_text(encoding="utf-8"))
    return Datasette(immutables=[str(db_path)], metadata=metadata,
                     settings={"suggest_facets": False, "facet_size": 50})


def get(ds, path):
    return asyncio.run(ds.client.get(path))


@pytest.fixture(scope="module")
def reports_db(crawled_archive):
    data, _ = crawled_archive
    return data / "reports.db"


@pytest.fixture(scope="module")
def ds(reports_db):
    return site(reports_db)


def test_region_and_year_facets_by_default(ds):
    response = get(ds, "/reports/reports.json")
    assert response.status_code == 200
    facets = response.json()["facet_results"]
    regions = {v["value"]: v["count"] for v in facets["region"]["results"]}
    years = {v["value"]: v["count"] for v in facets["year"]["results"]}
    assert regions == dict(Counter(s["region"] for s in SEED_REPORTS))
    assert years == dict(Counter(s["year"] for s in SEED_REPORTS))


def test_search_box_finds_chinese_words(ds, reports_db):
    db = sqlite_utils.Database(reports_db)
    for term in ["疫情", "赵梦桃", "梦桃", "脱贫"]:
        expected = {r["id"] for r in db["reports"].rows
                    if term in unicodedata.normalize("NFKC", r["body"]) or term in (r["title"] or "")}
        response = get(ds, f"/reports/reports.json?_search={term}&_shape=array&_size=max")
        assert response.status_code == 200
        assert {r["id"] for r in response.json()} == expected, term
        assert expected, term


def test_search_combines_with_facets(ds, reports_db):
    response = get(ds, "/reports/reports.json?_search=疫情&region=华中&_shape=array")
    rows = response.json()
    assert rows and all(r["region"] == "华中" for r in rows)


def test_report_page_reads_as_paragraphs_with_sources(ds, reports_db):
    db = sqlite_utils.Database(reports_db)
    row = next(r for r in db["reports"].rows if "赵梦桃" in r["body"])
    response = get(ds, f"/reports/reports/{row['id']}")
    assert response.status_code == 200
    html = response.text
    assert row["title"] in html
    first_paragraph = row["body"].split("\n\n")[0]
    assert f"<p>{first_paragraph}</p>" in html
    assert html.count("<p>") >= 5
    for source in db["sources"].rows_where("report_id = ?", [row["id"]]):
        assert source["url"] in html


def test_table_shows_body_preview_not_whole_text(ds, reports_db):
    html = get(ds, "/reports/reports").text
    db = sqlite_utils.Database(reports_db)
    longest = max(db["reports"].rows, key=lambda r: len(r["body"]))
    assert longest["body"][-200:] not in html


def test_database_downloads(ds, reports_db):
    response = get(ds, "/reports.db")
    assert response.status_code == 200
    assert response.content[:16] == b"SQLite format 3\x00"


def test_html_in_a_report_is_shown_inert(tmp_path):
    path = tmp_path / "reports.db"
    db = sqlite_utils.Database(path)
    db["reports"].insert({"id": 1, "title": "<b>t</b>", "body": "第一段<script>alert(1)</script>\n\n第二段",
                          "flags": "[]"}, pk="id")
    db["sources"].insert({"id": 1, "report_id": 1, "url": "http://example.invalid/<x>", "kind": "canonical"}, pk="id")
    html = get(site(path), "/reports/reports/1").text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
