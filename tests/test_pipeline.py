"""End to end: a real Scrapy crawl of both replica sites → crawl.db → build → reports.db.

Checked report by report against expectations written from the seed files,
on each build of the replica (``replica.site.BUILDS``: the same pages in
different markup, or under script addresses) and on the default build shaped
as a portal (``SiteA``'s ``portal``: other paths to the same pages), and the
archives against each other.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from urllib.parse import urlsplit

import pytest
import sqlite_utils

from tests.seed_expectations import (ATTACHMENT_REPORTS, FORBIDDEN_IN_BODY, REPLICA_REPORTS,
                                     SEED_REPORTS)


def nfkc(text):
    return unicodedata.normalize("NFKC", text or "")


CRAWLS = {"default": ("replica_sites", "crawled_archive"),
          "legacy": ("legacy_sites", "crawled_legacy_archive"),
          # the default markup under script addresses: `list.asp?cat=…`, `show.asp?id=…`
          "dynamic": ("dynamic_sites", "crawled_dynamic_archive"),
          # HTML5 templates: card listings, aria-labelled pagers, relative links,
          # listings paged `index_1.html` (site A) and `?page=2` (site B)
          "modern": ("modern_sites", "crawled_modern_archive"),
          # the default build shaped as a government portal: sections reached
          # only through report pages, listings paged by a script call
          "portal": ("portal_sites", "crawled_portal_archive")}


@pytest.fixture(scope="module", params=list(CRAWLS))
def build(request):
    """The replica build a test's crawl is of."""
    return request.param


@pytest.fixture(scope="module")
def sites(build, request):
    """The running replica of that build."""
    return request.getfixturevalue(CRAWLS[build][0])


@pytest.fixture(scope="module")
def crawled(build, request):
    """(data_dir, update_result) of the crawl of that build."""
    return request.getfixturevalue(CRAWLS[build][1])


@pytest.fixture(scope="module")
def archive(crawled):
    data, _ = crawled
    return sqlite_utils.Database(data / "reports.db")


@pytest.fixture(scope="module")
def raw(crawled):
    data, _ = crawled
    return sqlite_utils.Database(data / "crawl.db")


def find_report(archive, anchor):
    rows = [r for r in archive["reports"].rows if nfkc(anchor) in nfkc(r["body"])]
    assert len(rows) == 1, f"{anchor!r} is in {len(rows)} reports"
    return rows[0]


def test_every_seed_report_once(archive):
    # and the two reports published as attachments (a PDF and a DOCX)
    assert archive["reports"].count == len(SEED_REPORTS) + len(ATTACHMENT_REPORTS)
    ids = [find_report(archive, seed["anchor"])["id"] for seed in SEED_REPORTS]
    assert len(set(ids)) == len(SEED_REPORTS)


@pytest.mark.parametrize("seed", SEED_REPORTS, ids=lambda s: s.get("site_b_title") or s["site_a"])
def test_report_metadata(archive, seed):
    row = find_report(archive, seed["anchor"])
    for field in ("province", "region", "year", "place"):
        assert row[field] == seed[field], (field, row[field], seed[field])
    assert row["title"] and "政府工作报告" in row["title"]


@pytest.mark.parametrize("seed", SEED_REPORTS, ids=lambda s: s.get("site_b_title") or s["site_a"])
def test_bodies_are_clean_and_have_paragraphs(archive, seed):
    row = find_report(archive, seed["anchor"])
    body = nfkc(row["body"])
    for junk in FORBIDDEN_IN_BODY:
        assert junk not in body, junk
    paragraphs = [p for p in row["body"].split("\n\n") if p.strip()]
    assert len(paragraphs) >= 5


def test_part_titles_stand_as_paragraphs(archive):
    """Whichever copy is kept, a report's part title (一、2018年工作回顾) is a
    paragraph of its own, not run into the paragraph after it."""
    paragraphs = {p.strip() for row in archive.query("select body from reports")
                  for p in row["body"].split("\n")}
    for title in ("一、2018年工作回顾", "二、2019年主要工作", "一、过去五年工作回顾", "三、2022年重点工作",
                  "四、加强政府自身建设", "二、今后五年目标和重点任务"):
        assert title in paragraphs, title


def test_reports_on_both_sites_keep_both_sources(archive, sites):
    site_a = urlsplit(sites.site_a_url).netloc
    site_b = urlsplit(sites.site_b_url).netloc
    for seed in SEED_REPORTS:
        row = find_report(archive, seed["anchor"])
        sites = Counter(s["site"] for s in archive["sources"].rows_where("report_id = ?", [row["id"]]))
        assert sites[site_a] == 1
        assert sites[site_b] == (1 if seed["on_site_b"] else 0)


def test_site_a_source_keeps_its_canonical_address(archive, sites):
    row = find_report(archive, SEED_REPORTS[0]["anchor"])
    source = next(archive["sources"].rows_where("report_id = ?", [row["id"]]))
    address = sites.site_a.address(sites.site_a.by_id[1320])
    assert source["canonical_url"] == sites.site_a_url + address


def test_split_report_is_stitched_in_order(archive):
    """Seed 003 is the second page of 新吴区's report: both pages make one report, in order."""
    row = find_report(archive, "全区经济社会发展的主要预期目标是")
    body = nfkc(row["body"])
    assert body.index("六是自身建设在担当作为中得到新淬炼") < body.index("切实突出项目为王")
    # Each removal names the page it was taken from: the second page's spam is the second page's.
    spam = [r["url"] for r in archive.query(
        "select url from removals where report_id = ? and why like 'spam%'", [row["id"]])]
    pages = {r["url"] for r in archive.query(
        "select url from removals where report_id = ?", [row["id"]])}
    assert spam and len(pages) == 2


def test_facet_counts(archive):
    regions = Counter(r["region"] for r in archive["reports"].rows)
    assert regions == Counter(s["region"] for s in REPLICA_REPORTS)
    years = Counter(r["year"] for r in archive["reports"].rows)
    assert years == Counter(s["year"] for s in REPLICA_REPORTS)


@pytest.mark.parametrize("expected", ATTACHMENT_REPORTS, ids=lambda e: e["attachment"])
def test_report_published_as_an_attachment(archive, raw, sites, expected):
    """The page only links the file: the crawler fetched the file (bytes and
    content type kept), cleaning read it, and the report's source is the file,
    linked from the page; the page itself is set aside as attachment-only."""
    row = find_report(archive, expected["anchor"])
    for field in ("title", "province", "prefecture", "admin_level", "region", "year", "delivered_on",
                  "speaker", "speaker_title", "congress_term", "congress_session"):
        assert row[field] == expected[field], (field, row[field], expected[field])
    assert row["chars"] > 3000 and len(row["body"].split("\n\n")) > 20
    assert not re.search(r"-\s*\d+\s*-", row["body"])  # no page number left
    file_url = sites.site_a_url + expected["attachment"]
    [source] = archive["sources"].rows_where("report_id = ?", [row["id"]])
    assert source["url"] == file_url
    # The page that links the file: as the build addresses it (the dynamic build's `show.asp?id=`).
    page_url = sites.site_a_url + sites.site_a.address(sites.site_a.by_id[int(expected["attachment"]
                                                                         .rsplit("/", 1)[1].split(".")[0])])
    assert source["linked_from"] in (page_url, page_url + "?from=list")
    [stored] = raw.query("select body, content_type, kind, referrer from pages where url = ?", [file_url])
    assert stored["kind"] == "attachment" and stored["referrer"] == source["linked_from"]
    assert stored["content_type"].startswith(("application/pdf", "application/vnd.openxmlformats"))
    assert stored["body"][:4] in (b"%PDF", b"PK\x03\x04")
    [rejected] = archive["rejected_pages"].rows_where("url = ?", [source["linked_from"]])
    assert rejected["reason"] == f"attachment-only: {file_url}"


def test_non_reports_are_set_aside_with_a_reason(archive):
    rejected = list(archive["rejected_pages"].rows)
    reasons = " ".join(r["reason"] for r in rejected)
    assert "http-404" in reasons
    assert all(r["reason"] for r in rejected)
    titles = " ".join(r["title"] or "" for r in rejected)
    assert "统计公报" in titles


def test_crawl_stays_on_site_and_obeys_robots(raw, sites):
    netlocs = {urlsplit(u).netloc for u in (sites.site_a_url, sites.site_b_url)}
    urls = [r["url"] for r in raw.query("select url from pages")]
    assert urls
    assert all(urlsplit(u).netloc in netlocs for u in urls)
    assert not [u for u in urls if urlsplit(u).path.startswith("/admin")]
    # every page fetched once
    assert len(urls) == len(set(urls))


def test_raw_store_keeps_bytes_and_hashes(raw):
    import hashlib

    for row in raw.query("select body, sha256, status, fetched_at, content_type from pages limit 20"):
        assert hashlib.sha256(row["body"]).hexdigest() == row["sha256"]
        assert row["fetched_at"] and row["status"]


def test_search_index_finds_chinese_words(archive):
    from archive.search import query_to_fts

    archive.conn.create_function("escape_fts", 1, query_to_fts)
    for term in ["疫情", "赵梦桃", "数字经济"]:
        hits = {r[0] for r in archive.execute(
            "select rowid from reports_fts where reports_fts match escape_fts(?)", [term]).fetchall()}
        expected = {r["id"] for r in archive["reports"].rows if term in nfkc(r["body"]) or term in (r["title"] or "")}
        assert hits == expected and hits, term


def test_rebuild_keeps_ids(crawled, archive):
    from tests.conftest import run_baogao

    data, _ = crawled
    before = {r["text_hash"]: r["id"] for r in archive["reports"].rows}
    run_baogao("build", "--quiet", data=data)
    after = {r["text_hash"]: r["id"] for r in sqlite_utils.Database(data / "reports.db")["reports"].rows}
    assert before == after


def test_flags_are_json_lists(archive):
    for row in archive["reports"].rows:
        assert isinstance(json.loads(row["flags"]), list)


def test_legacy_build_gives_the_same_reports(crawled_archive, crawled_legacy_archive,
                                             replica_sites, legacy_sites):
    """The same pages in other markup make the same archive: every report
    field for field (the row id aside), found on the same pages of each site."""
    default = archived_reports(crawled_archive[0], replica_sites)
    legacy = archived_reports(crawled_legacy_archive[0], legacy_sites)
    assert len(default) == len(REPLICA_REPORTS) and all(row["sources"] for row in default.values())
    assert legacy.keys() == default.keys()
    for key, row in default.items():
        differing = {k for k in row if legacy[key].get(k) != row[k]}
        assert not differing, (key, {k: (row[k], legacy[key].get(k)) for k in differing})


def test_dynamic_build_gives_the_same_reports(crawled_archive, crawled_dynamic_archive,
                                              replica_sites, dynamic_sites):
    """The same pages under script addresses make the same archive: every
    report field for field, found on the same pages of each site (each
    address written as the default build's page of the same place)."""
    default = archived_reports(crawled_archive[0], replica_sites)
    dynamic = archived_reports(crawled_dynamic_archive[0], dynamic_sites, default_addresses(dynamic_sites))
    assert dynamic == default


def test_modern_build_gives_the_same_reports(crawled_archive, crawled_modern_archive,
                                             replica_sites, modern_sites):
    """The same reports in HTML5 templates, their listings and parts paged
    under other addresses, make the same archive: every report field for
    field, found on the same pages of each site (addresses written as the
    default build's). A site-A page there shows its publish date
    (发布时间), which its source keeps; the default build's shows none."""
    default = archived_reports(crawled_archive[0], replica_sites)
    modern = archived_reports(crawled_modern_archive[0], modern_sites, default_addresses(modern_sites))
    site_a = modern_sites.site_a
    shown = {f"a:{site_a.address(r)}": site_a.card(site_a.address(r))[1] for r in site_a.by_id.values()}
    for row in modern.values():
        for n, source in enumerate(row["sources"]):
            url, published_on = source[0], source[5]
            if url in shown:  # a report page (an attached file shows no date)
                assert published_on == shown[url], (url, published_on)
                row["sources"][n] = (*source[:5], None, *source[6:])
    assert modern == default


def test_parts_named_otherwise_give_the_same_reports(crawled_archive, crawled_part_named_archive,
                                                   replica_sites, part_named_sites):
    """A long report's later parts named `<id>-2.html` or `<id>_p2.html` (the
    seeds' `<id>_2.html` answering 404) are followed and stitched as the
    default build's are: the same archive, every report field for field,
    found on the same pages (addresses written as the default build's)."""
    default = archived_reports(crawled_archive[0], replica_sites)
    other = archived_reports(crawled_part_named_archive[0], part_named_sites,
                             default_addresses(part_named_sites))
    assert other == default
    site_a = part_named_sites.site_a
    later_parts = {urlsplit(part_named_sites.site_a_url + url).path for report in site_a.by_id.values()
                   for url in site_a.report_urls(report)[1:]}
    fetched = {urlsplit(row["url"]).path
               for row in sqlite_utils.Database(crawled_part_named_archive[0] / "crawl.db")["pages"].rows}
    assert later_parts and later_parts <= fetched


def default_addresses(sites) -> dict[str, str]:
    """Each page address of a running replica → the default build's address
    of the same page (the n-th report page, listing page … for the n-th)."""
    from replica.corpus import default_reports
    from replica.site import SiteA, SiteB

    site_a, site_b = sites.site_a, sites.site_b
    default_a = SiteA(default_reports(), page_size=site_a.page_size, page_chars=site_a.page_chars)
    default_b = SiteB(default_reports(), page_size=site_b.page_size, list_id=site_b.list_id)
    pairs = [(a, d) for r in site_a.by_id.values()
             for a, d in zip(site_a.report_urls(r), default_a.report_urls(r))]
    pairs += [(a, d) for slug in site_a.region_ids
              for a, d in zip(site_a.listing_urls(slug), default_a.listing_urls(slug))]
    pairs += [(b, d) for b, d in zip(site_b.listing_urls(), default_b.listing_urls())]
    return dict(pairs)


def test_portal_shape_gives_the_same_reports(crawled_archive, crawled_portal_archive,
                                             replica_sites, portal_sites):
    """Reached through report pages and script-paged listings, under addresses
    tagged `?from=list`, the same pages make the same archive."""
    default = archived_reports(crawled_archive[0], replica_sites)
    portal = archived_reports(crawled_portal_archive[0], portal_sites)
    assert portal == default


def test_framed_shape_gives_the_same_reports(crawled_archive, crawled_framed_archive,
                                             replica_sites, framed_sites):
    """Reached through a meta refresh, a script redirect, a frameset home and
    report links written only in scripts (`<li onclick>` rows,
    `javascript:openWin(…)`), the same pages make the same archive."""
    default = archived_reports(crawled_archive[0], replica_sites)
    framed = archived_reports(crawled_framed_archive[0], framed_sites)
    assert framed == default
    pages = {urlsplit(row["url"]).path or "/": row["final_url"]
             for row in sqlite_utils.Database(crawled_framed_archive[0] / "crawl.db")["pages"].rows}
    assert pages["/"].endswith("/web/")  # the refresh, as the home page
    assert {"/web/index.html", "/web/menu.html", "/web/main.html"} <= pages.keys()


def archived_reports(data, sites, addresses: dict[str, str] | None = None):
    """Each seed report's row (id aside) and its sources, with the replica's
    addresses written as `a:` / `b:` plus the path, so that two runs compare.
    `addresses` rewrites a path and query first (see `default_addresses`)."""
    db = sqlite_utils.Database(data / "reports.db")
    hosts = {urlsplit(sites.site_a_url).netloc: "a", urlsplit(sites.site_b_url).netloc: "b"}

    def local(url):
        if not url:
            return url
        parts = urlsplit(url)
        address = parts.path + (f"?{parts.query}" if parts.query else "")
        return f"{hosts[parts.netloc]}:{urlsplit((addresses or {}).get(address, address)).path}"

    reports = {}
    for row in db["reports"].rows:
        seed = next(s for s in REPLICA_REPORTS if nfkc(s["anchor"]) in nfkc(row["body"]))
        sources = sorted(
            (local(s["url"]), local(s["canonical_url"]), s["kind"], s["item"], s["title"], s["published_on"],
             local(s["linked_from"]))
            for s in db["sources"].rows_where("report_id = ?", [row["id"]]))
        reports[seed.get("site_b_title") or seed.get("site_a") or seed["attachment"]] = {
            **{k: v for k, v in row.items() if k != "id"}, "sources": sources}
    return reports


def test_body_chars_leave_out_what_the_whitespace_pattern_matches():
    """body_chars splits on str.split's whitespace: exactly re's `\\s`, every code point checked."""
    import re
    import sys

    from cleaning.pipeline import body_chars
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert spaces == [chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(c))]
    text = "地区生产总值" + "".join(space + "增长" for space in spaces) + "6%\n\n"
    assert body_chars(text) == len(re.sub(r"\s+", "", text))


def test_attachment_bigger_than_the_limit_is_recorded(replica_sites, tmp_path):
    """An attached file past ATTACHMENT_MAXSIZE is not kept: crawl_errors says
    why (`too-large`), and the page linking it stays set aside as attachment-only."""
    from tests.conftest import run_baogao

    run_baogao("update", "--start-url", f"report_site={replica_sites.site_a_url}", "--delay", "0",
               "-s", "ATTACHMENT_MAXSIZE=10000", data=tmp_path)  # both files are bigger than 10 kB
    db = sqlite_utils.Database(tmp_path / "reports.db")
    errors = {row["url"]: row for row in db.query("select * from crawl_errors")}
    for expected in ATTACHMENT_REPORTS:
        error = errors[replica_sites.site_a_url + expected["attachment"]]
        assert error["kind"] == "too-large" and "10000" in error["reason"], error
    assert db["reports"].count == len(SEED_REPORTS)  # site A carries every seed report; not the two
    reasons = [row["reason"] for row in db["rejected_pages"].rows]
    assert sum(reason.startswith("attachment-only: ") for reason in reasons) == 2


def test_a_page_holding_its_report_and_attaching_it_as_a_pdf_is_one_report(tmp_path):
    """Sites often print the report on the page and attach it as a PDF too: the
    two are copies of one report, published once with both as its sources."""
    from archive import rawstore
    from archive.build import build as build_archive
    from replica.attachments import report_pdf
    from replica.synthetic import make_original, places

    place = next(p for p in places() if p.name == "株洲市")
    paragraphs = make_original(place, 2023, chars=6000).paragraphs
    title = "2023年株洲市政府工作报告"
    page_url, file_url = "http://gov.example/zwgk/1001.html", "http://gov.example/uploadfile/1001.pdf"
    html = (f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
            + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
            + f'<p>附件：<a href="/uploadfile/1001.pdf">{title}.pdf</a></p></body></html>')
    raw = rawstore.open_crawl_db(tmp_path / "crawl.db")
    rawstore.save_page(raw, url=page_url, body=html.encode(), content_type="text/html; charset=utf-8",
                       spider="report_site")
    rawstore.save_page(raw, url=file_url, body=report_pdf(title, paragraphs), content_type="application/pdf",
                       spider="report_site", kind="attachment", referrer=page_url)
    raw.conn.close()

    stats = build_archive(tmp_path / "crawl.db", tmp_path / "reports.db", progress=False)
    db = sqlite_utils.Database(tmp_path / "reports.db")
    reports = list(db["reports"].rows)
    assert stats.reports == 1 and len(reports) == 1, [r["title"] for r in reports]
    sources = {row["url"]: row for row in db["sources"].rows}
    assert set(sources) == {page_url, file_url}
    assert sources[file_url]["linked_from"] == page_url
    assert reports[0]["source_count"] == 2 and reports[0]["place"] == "株洲市"
    # The page's text is the canonical copy (no PDF line breaks or page numbers to undo).
    assert (sources[page_url]["kind"], sources[file_url]["kind"]) == ("canonical", "near")
    assert "from-pdf" not in json.loads(reports[0]["flags"])


def test_an_old_address_redirected_to_a_page_fetched_directly_is_one_source(tmp_path):
    """A link to an old address answers 301 with the new one, which the crawl
    also fetched directly: one document, published under its real address; a
    page reached only through a redirect is published under where it landed."""
    from archive import rawstore
    from archive.build import build as build_archive
    from replica.synthetic import make_original, places

    def page(place_name, year):
        place = next(p for p in places() if p.name == place_name)
        title = f"{year}年{place_name}政府工作报告"
        paragraphs = make_original(place, year, chars=3000).paragraphs
        return (f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
                + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>").encode()

    zhuzhou, other = page("株洲市", 2023), page("海淀区", 2021)
    new, old = "http://gov.example/zwgk/1001.html", "http://gov.example/old/1001.asp"
    moved, landed = "http://gov.example/old/77.asp", "http://gov.example/zwgk/77.html"
    raw = rawstore.open_crawl_db(tmp_path / "crawl.db")
    rawstore.save_page(raw, url=new, body=zhuzhou, content_type="text/html; charset=utf-8", spider="report_site")
    rawstore.save_page(raw, url=old, final_url=new, body=zhuzhou, content_type="text/html; charset=utf-8",
                       spider="report_site")
    rawstore.save_page(raw, url=moved, final_url=landed, body=other, content_type="text/html; charset=utf-8",
                       spider="report_site")
    assert rawstore.count_documents(raw) == 2
    raw.conn.close()

    build_archive(tmp_path / "crawl.db", tmp_path / "reports.db", progress=False)
    db = sqlite_utils.Database(tmp_path / "reports.db")
    assert sorted(row["url"] for row in db["sources"].rows) == sorted([landed, new])
    assert [row["source_count"] for row in db["reports"].rows] == [1, 1]


def test_an_old_address_landing_on_a_page_held_is_stored_as_nothing_new(tmp_path):
    from archive import rawstore

    raw = rawstore.open_crawl_db(tmp_path / "crawl.db")
    new, old = "http://gov.example/zwgk/1001.html", "http://gov.example/old/1001.asp"
    assert rawstore.store_page(raw, url=new, body=b"<p>report</p>").outcome == "new"
    assert rawstore.store_page(raw, url=old, final_url=new, body=b"<p>report</p>").outcome == "unchanged"
    assert rawstore.store_page(raw, url="http://gov.example/old/2.asp", final_url="http://gov.example/2.html",
                               body=b"<p>other</p>").outcome == "new"
    assert old in rawstore.known_pages(raw)
