"""A report page that shows no title of its own is titled by the link that led to it.

The report spider keeps the text of the home or listing page's link with the
report's first page (`link_title`, longest text on the page, a shortened one
aside); the raw store keeps it; the build hands it to cleaning, which uses it
only when the page has no title and the text reads as a document's title.
"""
from __future__ import annotations

import json

import sqlite_utils
from scrapy.http import HtmlResponse, Request

from archive import rawstore
from archive.build import build as build_archive
from cleaning import clean_page
from crawler.middlewares import DeclaredCharsetMiddleware
from crawler.links import Link
from crawler.spiders.report_site import ReportSiteSpider, link_titles
from tests.independent_site.server import parse_a_seed
from tests.test_spiders import requests_of, response, spider

A = "http://site-a.test:8000"
TITLE = "（江苏省）无锡市新吴区2023年政府工作报告"


def untitled_page(site_name: str = "博县网") -> bytes:
    """A report page with no heading, its <title> only the site's name (seed
    003's text, which names no title either)."""
    paragraphs = parse_a_seed("003")[1]
    return (f"<html><head><title>{site_name}</title></head><body><div class=nav><a href=/>首页</a></div>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>").encode("utf-8")


def test_page_without_a_title_takes_the_link_text():
    [report] = clean_page(untitled_page(), "http://a.example/5905.html", link_title=f" {TITLE} ")
    assert report.is_report and report.title == TITLE
    assert "title-from-link" in report.flags and "missing-title" not in report.flags


def test_link_text_that_is_no_title_is_not_taken():
    for text in ("查看全文", "点击这里", "首页"):
        [report] = clean_page(untitled_page(), "http://a.example/5905.html", link_title=text)
        assert report.title is None and "missing-title" in report.flags, text


def test_a_page_with_its_own_title_keeps_it():
    page = untitled_page(site_name="无锡市新吴区2023年政府工作报告_博县网")
    [report] = clean_page(page, "http://a.example/1.html", link_title=TITLE)
    assert report.title == "无锡市新吴区2023年政府工作报告" and "title-from-link" not in report.flags


def test_raw_store_keeps_the_link_title_and_fills_it_in_for_a_page_held_without_one(tmp_path):
    raw = rawstore.open_crawl_db(tmp_path / "crawl.db")
    body = untitled_page()
    rawstore.save_page(raw, url="http://a.example/5905.html", body=body, content_type="text/html")
    assert next(rawstore.latest_pages(raw)).link_title is None
    # Fetched again, same bytes, now with the link's text: no new version, the title filled in.
    stored = rawstore.store_page(raw, url="http://a.example/5905.html", body=body,
                                 content_type="text/html", link_title=TITLE)
    assert stored.outcome == "unchanged"
    [page] = rawstore.latest_pages(raw)
    assert page.link_title == TITLE
    raw.conn.close()

    build_archive(tmp_path / "crawl.db", tmp_path / "reports.db", progress=False)
    [report] = sqlite_utils.Database(tmp_path / "reports.db")["reports"].rows
    assert report["title"] == TITLE and "title-from-link" in json.loads(report["flags"])


LISTING = f"""<html><body><table>
<tr><td><a href="/baogao/huadong/5905.html">{TITLE}</a></td><td>2023-02-10</td></tr>
<tr><td><a href="/baogao/huadong/5904.html">2022年某县政府工作报告</a></td><td>2023-02-01</td></tr>
</table><div class=side><a href="/baogao/huadong/5905.html">{TITLE[:12]}…</a>
<a href="/baogao/huadong/5905.html">（江苏省）无锡市新吴区</a></div></body></html>""".encode("utf-8")


def test_listing_hands_the_longest_whole_link_text_to_the_report_request():
    s = spider(ReportSiteSpider, A + "/")
    requests = {r.url: r for r in requests_of(s.parse_listing(response(A + "/baogao/huadong/", LISTING)))}
    assert requests[A + "/baogao/huadong/5905.html"].meta["link_title"] == TITLE
    assert requests[A + "/baogao/huadong/5904.html"].meta["link_title"] == "2022年某县政府工作报告"


def test_link_titles_leave_out_shortened_texts_and_linked_summaries():
    found = [Link(A + "/1.html", "2022年某县政府工作报…"), Link(A + "/1.html", "某县政府工作报告"),
             Link(A + "/2.html", "2022年，全县上下坚持稳中求进工作总基调。经济运行总体平稳。")]
    assert link_titles(found) == {A + "/1.html": "某县政府工作报告"}


def test_report_page_item_carries_the_link_title_on_its_first_part_only():
    s = spider(ReportSiteSpider, A + "/")
    body = untitled_page()
    meta = {"document_url": A + "/5905.html", "link_title": TITLE}
    first = list(s.parse_report(response(A + "/5905.html", body, {**meta, "part": 1})))
    second = list(s.parse_report(response(A + "/5905_2.html", body, {**meta, "part": 2})))
    assert first[0]["link_title"] == TITLE and second[0]["link_title"] is None


def test_a_gbk_page_served_as_utf8_is_read_as_its_markup_says():
    """Its link texts come out right for the spiders (pager words, link titles)."""
    body = f'<html><head><meta charset="gbk"></head><body><a href="/5905.html">{TITLE}</a></body></html>'
    wrong = HtmlResponse(A + "/", body=body.encode("gbk"), headers={"Content-Type": "text/html; charset=utf-8"},
                         request=Request(A + "/"))
    fixed = DeclaredCharsetMiddleware().process_response(wrong.request, wrong)
    assert fixed.css("a::text").get() == TITLE
    right = HtmlResponse(A + "/", body=body.encode("utf-8").replace(b"gbk", b"utf-8"),
                         headers={"Content-Type": "text/html; charset=utf-8"}, request=Request(A + "/"))
    assert DeclaredCharsetMiddleware().process_response(right.request, right) is right
