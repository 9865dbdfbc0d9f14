"""The published site, through Datasette's own test client, on the crawled archive."""
from __future__ import annotations

import asyncio
import json
import re
import sqlite3
import unicodedata
from collections import Counter

import pytest
import sqlite_utils
import yaml
from datasette.app import Datasette

from archive import search
from archive.build import REPORT_COLUMNS
from baogao.cli import DATASETTE_SETTINGS, datasette_args
from tests.conftest import REPO
from tests.seed_expectations import REPLICA_REPORTS


def site(db_path):
    """The site as `baogao serve` runs it: immutable file, metadata.yml, the same settings."""
    metadata = yaml.safe_load((REPO / "metadata.yml").read_text(encoding="utf-8"))
    settings = {name: (value == "on" if value in ("on", "off") else int(value))
                for name, value in DATASETTE_SETTINGS.items()}
    return Datasette(immutables=[str(db_path)], metadata=metadata, settings=settings)


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
    # the crawled replica: seed reports and the two published as attachments
    assert regions == dict(Counter(s["region"] for s in REPLICA_REPORTS))
    assert years == dict(Counter(s["year"] for s in REPLICA_REPORTS))


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


# ---------------------------------------------------------------------------
# Search: ranking, snippets, the terms people type


def hit_ids(html):
    """Report ids of the result list, in the order shown."""
    return [int(i) for i in re.findall(r'<li class="bg-hit" data-id="(\d+)">', html)]


def make_archive(path, reports):
    """A small reports.db with the archive's schema and search index, for cases the seeds lack."""
    db = sqlite_utils.Database(path)
    db["reports"].create(REPORT_COLUMNS, pk="id")
    db["reports"].insert_all({"flags": "[]", **r} for r in reports)
    db["sources"].insert_all(({"id": r["id"], "report_id": r["id"], "url": f"http://example.invalid/{r['id']}.html",
                               "kind": "canonical"} for r in reports), pk="id")
    search.create_index(db, ((r["id"], r.get("title"), r.get("body")) for r in reports))
    db.close()
    return path


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """Reports whose relevance order is plain, plus Latin terms in full-width forms and HTML."""
    path = tmp_path_factory.mktemp("small") / "reports.db"
    return site(make_archive(path, [
        {"id": 1, "title": "甲市政府工作报告", "region": "华中", "year": 2021,
         "body": "经济平稳。\n\n疫情防控有力。" + "发展经济。" * 30},
        {"id": 2, "title": "乙市政府工作报告", "region": "华中", "year": 2022,
         "body": "疫情反复。\n\n统筹疫情防控和经济社会发展。" + "发展经济。" * 10},
        {"id": 3, "title": "丙市疫情防控工作报告", "region": "华东", "year": 2022,
         "body": "今年工作。\n\n疫情得到控制。" + "发展经济。" * 30},
        {"id": 4, "title": "丁市政府工作报告", "region": "华东", "year": 2020,
         "body": "建成５Ｇ基站1200个，ＰＭ２.５浓度下降。15G不是5G。<script>alert('5G')</script>"},
    ]))


def test_search_results_are_ranked_by_relevance(small):
    html = get(small, "/reports/reports?_search=疫情").text
    # A title hit weighs most (3), then the report that returns to the word (2), then one mention.
    assert hit_ids(html) == [3, 2, 1]
    assert "相关度 relevance" in html


def test_ranked_results_are_the_sites_own_rows(ds, reports_db):
    """Ranked hits are exactly the rows Datasette counts, in bm25 order."""
    html = get(ds, "/reports/reports?_search=疫情").text
    conn = sqlite3.connect(reports_db)
    conn.create_function("escape_fts", 1, search.query_to_fts)
    expected = [r[0] for r in conn.execute(
        "select rowid from reports_fts where reports_fts match escape_fts(?) "
        "order by bm25(reports_fts, 10.0, 1.0), rowid", ["疫情"])]
    assert hit_ids(html) == expected
    count = get(ds, "/reports/reports.json?_search=疫情").json()["filtered_table_rows_count"]
    assert count == len(expected)


def test_explicit_sort_gives_datasettes_order(small):
    html = get(small, "/reports/reports?_search=疫情&_sort_desc=year").text
    assert set(hit_ids(html)) == {1, 2, 3} and hit_ids(html)[-1] == 1
    assert [2022, 2022, 2021] == [int(y) for y in re.findall(r"· (\d{4})年", html)]


def test_ranking_respects_facets_and_filters(ds, reports_db):
    html = get(ds, "/reports/reports?_search=疫情&region=华中&year=2022").text
    ids = hit_ids(html)
    db = sqlite_utils.Database(reports_db)
    expected = {r["id"] for r in db["reports"].rows_where("region = '华中' and year = 2022")
                if "疫情" in unicodedata.normalize("NFKC", r["body"] + (r["title"] or ""))}
    assert ids and set(ids) == expected


def test_results_show_snippets_with_hits_marked(small):
    html = get(small, "/reports/reports?_search=疫情防控").text
    assert "<mark>疫情防控</mark>" in html
    snippet = re.search(r'data-id="2">.*?<p class="bg-snippet">(.*?)</p>', html, re.S).group(1)
    assert snippet.startswith("…") and "<mark>疫情防控</mark>和经济社会发展" in snippet


def test_snippets_escape_the_text(small):
    html = get(small, "/reports/reports?_search=5G").text
    assert "&lt;script&gt;" in html and "<script>alert" not in html


def test_latin_terms_and_full_width_forms(small):
    def found(query):
        rows = get(small, f"/reports/reports.json?_search={query}&_shape=array").json()
        return {r["id"] for r in rows}

    assert found("5G") == {4}           # ５Ｇ is 5G; 15G is another word
    assert found("PM2.5") == {4}
    assert found("pm2.5") == {4}
    html = get(small, "/reports/reports?_search=PM2.5").text
    assert "<mark>ＰＭ２.５</mark>" in html   # shown as printed


def test_single_characters_and_several_words(small):
    def found(query):
        rows = get(small, f"/reports/reports.json?_search={query}&_shape=array").json()
        return {r["id"] for r in rows}

    assert found("疫") == {1, 2, 3}
    assert found("疫情 经济") == {1, 2, 3}
    assert found("不存在") == set()
    assert found("。") == set()


def test_search_words_of_every_length_match_exactly(ds, reports_db):
    db = sqlite_utils.Database(reports_db)
    bodies = {r["id"]: unicodedata.normalize("NFKC", (r["title"] or "") + "\n" + r["body"]) for r in db["reports"].rows}
    for term in ["疫情", "脱贫", "数字经济", "新冠肺炎疫情", "高质量发展", "赵梦桃"]:
        rows = get(ds, f"/reports/reports.json?_search={term}&_shape=array&_size=max").json()
        assert {r["id"] for r in rows} == {i for i, text in bodies.items() if term in text}, term


def test_report_page_marks_the_search_hits(ds, reports_db):
    db = sqlite_utils.Database(reports_db)
    row = next(r for r in db["reports"].rows if r["body"].count("疫情") >= 2)
    html = get(ds, f"/reports/reports/{row['id']}?_hl=疫情").text
    marks = re.findall(r'<mark id="hit-(\d+)">疫情</mark>', html)
    assert len(marks) == row["body"].count("疫情") and marks[0] == "1"
    assert "返回搜索" in html
    assert "<mark" not in get(ds, f"/reports/reports/{row['id']}").text


def test_flags_facet_as_array(ds, reports_db):
    response = get(ds, "/reports/reports.json?_facet_array=flags")
    values = {v["value"] for v in response.json()["facet_results"]["flags"]["results"]}
    assert "title-year-mismatch" in values


def test_more_facets_are_offered(ds):
    html = get(ds, "/reports/reports").text
    for arg in ("_facet=province", "_facet=admin_level", "_facet_array=flags"):
        assert arg in html
    html = get(ds, "/reports/reports?_facet=province").text
    assert 'id="facet-province"' in html


def test_year_facet_reads_as_a_time_series(ds):
    html = get(ds, "/reports/reports").text
    timeline = re.search(r'<div class="bg-timeline".*?</div>', html, re.S).group(0)
    years = [int(y) for y in re.findall(r'<span class="year">(\d{4})</span>', timeline)]
    assert years == sorted(years) and len(years) >= 2


def test_table_view_is_still_there(ds):
    html = get(ds, "/reports/reports?_view=table").text
    assert 'class="rows-and-columns"' in html


# ---------------------------------------------------------------------------
# Canned queries and SQL functions


def test_term_frequency_by_year(ds, reports_db):
    mentioning = get(ds, "/reports/term_by_year.json?term=疫情&_shape=array").json()
    rows = get(ds, "/reports/term_occurrences.json?term=疫情&_shape=array").json()
    assert {r["year"]: r["reports_mentioning"] for r in mentioning} == {
        r["year"]: r["reports_mentioning"] for r in rows}
    db = sqlite_utils.Database(reports_db)
    expected = Counter()
    for r in db["reports"].rows:
        expected[r["year"]] += unicodedata.normalize("NFKC", r["body"]).count("疫情")
    assert {r["year"]: r["occurrences"] for r in rows} == {y: n for y, n in expected.items() if n}
    # The README's pure-SQL version, for the sqlite3 shell, agrees on these (NFKC) texts.
    plain = sqlite3.connect(reports_db)
    fallback = dict(plain.execute(
        "select year, sum((length(body) - length(replace(body, '疫情', ''))) / length('疫情')) from reports "
        "where id in (select rowid from reports_fts where reports_fts match '\"疫情\"') group by year"))
    assert fallback == {r["year"]: r["occurrences"] for r in rows}


def test_ranked_search_query_for_the_api(ds):
    rows = get(ds, "/reports/search.json?q=疫情&_shape=array").json()
    assert rows and all("【疫情】" in r["snippet"] for r in rows)
    assert all(r["hits"] >= 1 for r in rows)
    html = get(ds, "/reports/search?q=疫情").text
    assert "<mark>疫情</mark>" in html


def test_compare_places_flagged_and_map_queries(ds):
    rows = get(ds, "/reports/compare_places.json?place_a=魏都区&place_b=咸阳市&term=疫情&_shape=array").json()
    assert rows and rows[0]["reports_a"] and rows[0]["reports_b"]
    flagged = get(ds, "/reports/flagged.json?_shape=array").json()
    assert flagged and all(json.loads(r["flags"]) for r in flagged)
    places = get(ds, "/reports/places.json?region=华中&_shape=array").json()
    assert places and all(p["region"] == "华中" and p["latitude"] for p in places)
    link = json.loads(places[0]["popup"])["link"]
    assert link.startswith("/reports/reports?place=")
    searched = get(ds, "/reports/places.json?q=赵梦桃&_shape=array").json()
    assert [p["place"] for p in searched] == ["咸阳市"]


def test_readme_recipe_works_without_the_plugin(reports_db):
    """The downloaded file is searchable from a plain SQLite: no custom function or tokenizer."""
    plain = sqlite3.connect(reports_db)
    ids = {r[0] for r in plain.execute(
        "select id from reports where id in "
        "(select rowid from reports_fts where reports_fts match '\"新冠 冠肺 肺炎\"')")}
    expected = {r[0] for r in plain.execute("select id from reports where body like '%新冠肺炎%'")}
    assert ids == expected and ids


def test_charts_dashboard(ds):
    response = get(ds, "/-/dashboards/baogao?term=疫情")
    assert response.status_code == 200
    assert "per-year-region" in response.text


# ---------------------------------------------------------------------------
# Downloads and serving


def test_csv_for_excel_has_a_byte_order_mark(ds):
    plain = get(ds, "/reports/reports.csv?_search=疫情")
    assert not plain.content.startswith(b"\xef\xbb\xbf")
    excel = get(ds, "/reports/reports.csv?_search=疫情&_bom=1&_dl=1&_stream=on")
    assert excel.content.startswith(b"\xef\xbb\xbf")
    assert excel.headers["content-disposition"].startswith("attachment")
    text = excel.content.decode("utf-8-sig")
    assert text.startswith("id,title,") and "疫情" in text
    html = get(ds, "/reports/reports?_search=疫情").text
    assert "_bom=1" in html and "reports.db" in html


def test_serve_uses_an_inspect_file(reports_db, tmp_path):
    copy = tmp_path / "reports.db"
    copy.write_bytes(reports_db.read_bytes())
    args = datasette_args(copy, 8001, "127.0.0.1", REPO / "metadata.yml")
    assert args[:2] == ["-i", str(copy)]
    inspect_file = tmp_path / "inspect.json"
    assert args[args.index("--inspect-file") + 1] == str(inspect_file)
    data = json.loads(inspect_file.read_text())
    assert data["reports"]["tables"]["reports"]["count"] == len(REPLICA_REPORTS)
    assert "default_facet_size" in args and "suggest_facets" in args


def test_metadata_describes_every_column(reports_db):
    metadata = yaml.safe_load((REPO / "metadata.yml").read_text(encoding="utf-8"))
    described = metadata["databases"]["reports"]["tables"]["reports"]["columns"]
    columns = sqlite_utils.Database(reports_db)["reports"].columns_dict
    assert set(columns) - {"id"} <= set(described)
    assert metadata["license"] and metadata["source"]


def test_publish_stages_a_self_contained_plugin(reports_db, tmp_path):
    """`baogao publish` hands Datasette a --plugins-dir that works where baogao is not installed."""
    import subprocess
    import sys

    from click.testing import CliRunner

    from baogao.cli import cli

    (tmp_path / "reports.db").write_bytes(reports_db.read_bytes())
    result = CliRunner().invoke(cli, ["--data", str(tmp_path), "publish", "package", "--tag", "baogao", "--dry-run"])
    assert result.exit_code == 0, result.output
    command = result.output
    for part in ("datasette package", "--plugins-dir", "--template-dir", "--install datasette==0.65.5",
                 "datasette-cluster-map==", "datasette-dashboards==", "suggest_facets off", "--tag baogao"):
        assert part in command
    site_dir = tmp_path / "site"
    assert (site_dir / "templates" / "table-reports-reports.html").exists()
    check = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('baogao_site', {str(site_dir / 'plugins' / 'baogao_site.py')!r})\n"
        "module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module)\n"
        "import archive\n"
        f"assert archive.__file__.startswith({str(site_dir)!r}), archive.__file__\n"
        "hooks = [n for n in ('prepare_connection', 'extra_template_vars', 'render_cell', 'asgi_wrapper')\n"
        "         if hasattr(getattr(module, n, None), 'datasette_impl')]\n"
        "assert len(hooks) == 4, hooks\n"
        "assert 'scrapy' not in sys.modules and 'cleaning' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", check], check=True, cwd=tmp_path)


def test_flags_read_in_chinese_beside_their_codes(ds, reports_db):
    db = sqlite_utils.Database(reports_db)
    flagged = next(r for r in db["reports"].rows if "title-year-mismatch" in json.loads(r["flags"]))
    page = get(ds, f"/reports/reports/{flagged['id']}").text
    assert "标题年份与报告日期不符" in page and "title-year-mismatch" in page
    listing = get(ds, "/reports/reports?_search=" + flagged["place"]).text
    assert "标题年份与报告日期不符" in listing


def test_every_flag_in_the_archive_has_a_chinese_name(reports_db):
    from archive.datasette_plugin.flags import flag_name

    db = sqlite_utils.Database(reports_db)
    flags = {f for r in db["reports"].rows for f in json.loads(r["flags"])}
    assert flags and not [f for f in flags if not flag_name(f)]
