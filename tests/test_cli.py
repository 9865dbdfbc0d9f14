"""The `baogao` console script: help everywhere, clear one-line errors, import/clean/build."""
from __future__ import annotations

import json
import socket

import pytest
import sqlite_utils
from click.testing import CliRunner

from baogao.cli import cli
from tests.conftest import SEEDS, run_baogao

COMMANDS = ["replica", "crawl", "import", "build", "clean", "update", "serve", "publish", "demo"]
INTERFACE_FIELDS = [
    "path", "is_report", "title", "province", "prefecture", "county", "place", "admin_level",
    "adcode", "latitude", "longitude", "region", "year", "delivered_on", "congress",
    "congress_term", "congress_session", "speaker", "speaker_title", "chars", "is_excerpt",
    "flags", "body", "targets", "actuals",
]


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_every_command_has_help(command):
    args = [command, "--help"] if command else ["--help"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0
    assert "Usage:" in result.output


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def assert_one_line_error(result, words):
    text = result.stdout + result.stderr
    assert "Traceback" not in text
    assert words in text


def test_bad_start_url_is_refused(tmp_path):
    result = run_baogao("crawl", "report_site", "--start-url", "not a url", data=tmp_path, check=False)
    assert result.returncode == 2
    assert_one_line_error(result, "is not an http(s) URL")


@pytest.mark.parametrize("command", [["replica", "--port"], ["demo", "--no-serve", "--replica-port"]])
def test_replica_ports_in_use_give_one_clear_line(tmp_path, command):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_baogao(*command, port, data=tmp_path, check=False, timeout=60)
    assert result.returncode == 1
    assert_one_line_error(result, f"port {port} or {port + 1} is already in use")


def test_unreachable_site_gives_one_clear_line(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/"
    result = run_baogao("crawl", "report_site", "--start-url", url, "--delay", "0", data=tmp_path,
                        check=False, timeout=120)
    assert result.returncode == 1
    assert_one_line_error(result, f"could not fetch anything from {url}")


@pytest.mark.parametrize("setting, message", [
    ("DOWNLOAD_TIMEOUT=abc", "DOWNLOAD_TIMEOUT is a number, not 'abc'"),
    ("ROBOTSTXT_OBEY=maybe", "ROBOTSTXT_OBEY is true or false, not 'maybe'"),
    ("DOWNLOAD_TIMEOUT", "'DOWNLOAD_TIMEOUT' is not NAME=VALUE"),
])
def test_bad_scrapy_setting_is_refused_before_crawling(tmp_path, setting, message):
    result = CliRunner().invoke(cli, ["--data", str(tmp_path), "crawl", "report_site", "-s", setting])
    assert result.exit_code == 2
    assert message in result.output
    assert not (tmp_path / "crawl.db").exists()


def test_start_url_naming_an_unknown_spider_is_refused(tmp_path):
    result = CliRunner().invoke(cli, ["--data", str(tmp_path), "update",
                                      "--start-url", "bogus=http://127.0.0.1:9/"])
    assert result.exit_code == 2
    assert "'bogus' in 'bogus=http://127.0.0.1:9/' is not a spider" in result.output


def test_listing_site_needs_an_address(tmp_path):
    result = run_baogao("crawl", "listing_site", data=tmp_path, check=False)
    assert result.returncode == 2
    assert_one_line_error(result, "listing_site has no default address")


def test_build_without_raw_store_explains(tmp_path):
    result = run_baogao("build", data=tmp_path, check=False)
    assert result.returncode == 1
    assert_one_line_error(result, "no raw store")


def test_unknown_spider_is_refused(tmp_path):
    result = run_baogao("crawl", "nosuchspider", data=tmp_path, check=False)
    assert result.returncode == 2
    assert_one_line_error(result, "Invalid value")


def test_clean_json_prints_every_interface_field():
    result = CliRunner().invoke(cli, ["clean", "--json", str(SEEDS / "002_2053d4ba72e71271.txt")])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert len(records) == 1
    for field in INTERFACE_FIELDS:
        assert field in records[0], field
    assert records[0]["province"] == "河南省"
    assert records[0]["speaker"] == "何长成"
    # 002 is cut before its targets but states last year's results
    assert records[0]["targets"] == []
    assert {"indicator": "gdp_growth", "value_low": 4.9, "year": 2021}.items() <= records[0]["actuals"][0].items()


def test_clean_json_listing_page_gives_one_object_per_report():
    result = CliRunner().invoke(cli, ["clean", "--json", str(SEEDS / "004_88e7c62cb5127eba.txt")])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert sum(r["is_report"] for r in records) == 10


def test_import_seed_files_then_build(tmp_path):
    run_baogao("import", *sorted(SEEDS.glob("*.txt")), data=tmp_path)
    run_baogao("build", "--quiet", data=tmp_path)
    db = sqlite_utils.Database(tmp_path / "reports.db")
    # 4 site-A pages + 10 site-B items, none of them copies of each other
    assert db["reports"].count == 14
    urls = {r["url"] for r in db["sources"].rows}
    assert all(u.startswith("file://") for u in urls)
    # No crawl ran and no page changed, yet queries against these tables work.
    for table in ("crawl_runs", "crawl_errors", "report_versions"):
        assert db[table].exists() and db[table].count == 0
    assert "diff" in db["report_versions"].columns_dict


def saved_attachments(folder):
    """The replica's attached PDF and DOCX reports, saved as files in `folder`."""
    from replica.attachments import attachment_bytes, attachment_reports

    folder.mkdir()
    files = []
    for report in attachment_reports():
        path = folder / f"{report.id}.{report.attachment}"
        path.write_bytes(attachment_bytes(report))
        files.append(path)
    return files


def test_import_attached_report_files_then_build(tmp_path):
    """Saved PDF and DOCX reports, found in a directory, are imported and read like saved pages."""
    files = saved_attachments(tmp_path / "saved")
    run_baogao("import", tmp_path / "saved", data=tmp_path)
    run_baogao("build", "--quiet", data=tmp_path)
    db = sqlite_utils.Database(tmp_path / "reports.db")
    assert sorted((r["province"], r["year"]) for r in db["reports"].rows) == [("浙江省", 2024), ("湖南省", 2023)]
    assert {r["url"] for r in db["sources"].rows} == {path.as_uri() for path in files}


def test_clean_reads_the_attached_files_in_a_directory(tmp_path):
    saved_attachments(tmp_path / "saved")
    result = CliRunner().invoke(cli, ["clean", "--json", str(tmp_path / "saved")])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert sorted(r["province"] for r in records) == ["浙江省", "湖南省"]
    assert sorted(r["path"].rsplit(".", 1)[1] for r in records) == ["docx", "pdf"]


@pytest.mark.parametrize("command", ["clean", "import"])
def test_directory_without_pages_is_refused(tmp_path, command):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.odt").write_text("not a page")
    result = CliRunner().invoke(cli, ["--data", str(tmp_path), command, str(tmp_path / "empty")])
    assert result.exit_code == 2
    assert "no .html, .htm, .shtml, .mht, .mhtml, .txt, .md, .json, .jl, .jsonl, .xml, .rss, .atom, .pdf or .docx files found" in result.output


def test_import_a_browsers_web_archive_and_a_markdown_clip_then_build(tmp_path):
    """Pages researchers saved themselves: IE's .mht and a clipper's Markdown note."""
    from tests.test_text_dumps import DELIVERY, TITLE
    from tests.test_cleaning_extract import seed_body_paragraphs
    from tests.test_webarchive import _archive

    saved = tmp_path / "saved"
    saved.mkdir()
    (saved / "襄阳2023.mht").write_bytes(_archive("quoted-printable"))
    clip = ["---", f'title: "{TITLE}_济源市人民政府"', 'source: "http://www.jiyuan.gov.cn/zwgk/1.html"', "---",
            "## 政府工作报告", DELIVERY, *seed_body_paragraphs("001")]
    (saved / "济源.md").write_text("\n".join(clip), encoding="utf-8")
    run_baogao("import", saved, data=tmp_path)
    run_baogao("build", "--quiet", data=tmp_path)
    db = sqlite_utils.Database(tmp_path / "reports.db")
    assert sorted((r["place"], r["year"]) for r in db["reports"].rows) == [("济源市", 2022), ("襄阳市", 2023)]


def test_clean_a_scrapers_json_lines_gives_a_line_for_each_record(tmp_path):
    import json

    from tests.test_cleaning_extract import seed_body_paragraphs

    body = seed_body_paragraphs("001")
    records = [{"url": f"http://www.jiyuan.gov.cn/zwgk/{year}.html", "title": f"{year}年济源市政府工作报告",
                "content": "\n".join([f"——{year}年1月5日在济源市第十届人民代表大会第一次会议上", *body])}
               for year in (2022, 2023)]
    items = tmp_path / "items.jl"
    items.write_text("\n".join(json.dumps(record, ensure_ascii=False) for record in records) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--data", str(tmp_path), "clean", str(items), "--json"])
    assert result.exit_code == 0, result.output
    printed = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["title"], r["year"], r["path"]) for r in printed] == [
        ("2022年济源市政府工作报告", 2022, str(items)), ("2023年济源市政府工作报告", 2023, str(items))]


@pytest.mark.parametrize("name", ["col3751.rss", "col3751.xml"])
def test_clean_a_saved_feed_gives_a_line_for_each_item_holding_a_report(tmp_path, name):
    import html
    import json

    from tests.test_cleaning_extract import seed_body_paragraphs

    body = "".join(f"<p>{html.escape(p)}</p>" for p in seed_body_paragraphs("001"))
    items = "".join(
        f"<item><title>{year}年济源市政府工作报告</title><link>http://www.jiyuan.gov.cn/zwgk/{year}.html</link>"
        f"<description>{html.escape('<p>——' + str(year) + '年1月5日在济源市第十届人民代表大会第一次会议上</p>' + body)}"
        f"</description></item>" for year in (2022, 2023))
    feed = tmp_path / name
    feed.write_text(f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>济源市人民政府</title>'
                    f"{items}</channel></rss>", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--data", str(tmp_path), "clean", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    printed = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["title"], r["year"], r["path"]) for r in printed] == [
        ("2022年济源市政府工作报告", 2022, str(feed)), ("2023年济源市政府工作报告", 2023, str(feed))]


@pytest.mark.parametrize("docker, message", [
    (None, "docker is not installed"),
    ("#!/bin/sh\necho 'Cannot connect to the Docker daemon' >&2\nexit 1\n", "Docker daemon is not answering"),
])
def test_publish_package_without_docker_fails_with_one_line(tmp_path, monkeypatch, docker, message):
    sqlite_utils.Database(tmp_path / "reports.db")["reports"].insert({"id": 1})
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    if docker:
        (bin_dir / "docker").write_text(docker)
        (bin_dir / "docker").chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    result = CliRunner().invoke(cli, ["--data", str(tmp_path), "publish", "package", "--tag", "baogao"])
    assert result.exit_code == 1
    assert message in result.output
