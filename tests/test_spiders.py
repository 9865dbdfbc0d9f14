"""Spiders on saved pages (no network): which links they follow, and how.

Pages come from the replica's routers, in each of its builds (the same pages
in different markup), and from hand-written pages in other markup, so the
rules are shown to hold beyond the replica's own HTML.
"""
from __future__ import annotations

import pytest
import scrapy
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.links import (Link, document_address, document_key, document_page, is_listing_address, is_next,
                           is_pager, links, same_site)
from crawler.spiders.listing_site import ListingSiteSpider
from crawler.spiders.report_site import ReportSiteSpider
from replica.corpus import default_reports
from replica.site import BUILDS, SiteA, SiteB

A = "http://site-a.test:8000"
B = "http://site-b.test:8001"


def spider(cls, start_url):
    return cls.from_crawler(get_crawler(cls), start_url=start_url)


def response(url, body: bytes, meta=None, headers=None):
    request = Request(url, meta=meta or {})
    return HtmlResponse(url, body=body, request=request, headers=headers or {"Content-Type": "text/html; charset=utf-8"})


def served(site, base, path, meta=None):
    answer = site.handle(path)
    return response(base + path, answer.body, meta, answer.headers)


def requests_of(results):
    return [r for r in results if isinstance(r, scrapy.Request)]


def items_of(results):
    return [r for r in results if not isinstance(r, scrapy.Request)]


def site_a(build, **options):
    """Site A of the replica in `build`, its links written for the address A."""
    return SiteA(default_reports(), build=build, site_url=A, **options)


@pytest.mark.parametrize("build", BUILDS)
def test_home_page_leads_to_every_section_and_stays_on_site(build):
    site = site_a(build, site_b_url=B + "/")
    s = spider(ReportSiteSpider, A + "/")
    results = list(s.parse_home(served(site, A, "/")))
    urls = {r.url for r in requests_of(results)}
    for slug in ("huabei", "dongbei", "huadong", "huazhong", "huanan", "xinan", "xibei"):
        assert A + site.section_address(slug) in urls
    assert all(u.startswith(A) for u in urls)
    assert len(items_of(results)) == 1


@pytest.mark.parametrize("build", BUILDS)
def test_listing_page_gives_reports_and_next_listing_pages(build):
    site = site_a(build)
    s = spider(ReportSiteSpider, A + "/")
    results = requests_of(s.parse_listing(served(site, A, site.section_address("huazhong"))))
    reports = [r for r in results if r.callback == s.parse_report]
    listings = [r for r in results if r.callback == s.parse_listing]
    assert {r.url for r in reports} == {A + site.address(site.by_id[i]) for i in site.region_ids["huazhong"][:4]}
    assert all(r.meta["part"] == 1 for r in reports)
    assert A + site.listing_urls("huazhong")[1] in {r.url for r in listings}
    # section links in the navigation are not pagination
    assert A + site.section_address("huabei") not in {r.url for r in listings}


@pytest.mark.parametrize("build", BUILDS)
def test_report_page_follows_its_next_part_then_its_section_and_reports_beside(build):
    site = site_a(build)
    s = spider(ReportSiteSpider, A + "/")
    hebei = site.by_id[3181]
    first, second = (A + url for url in site.report_urls(hebei)[:2])
    results = list(s.parse_report(served(site, A, site.address(hebei),
                                         {"document_url": first, "part": 1})))
    follow = requests_of(results)
    assert follow[0].url == second
    assert follow[0].meta == {**follow[0].meta, "document_url": first, "part": 2}
    beside = {r.url for r in follow[1:] if r.callback == s.parse_report}
    assert beside and all(r.meta["part"] == 1 for r in follow[1:] if r.callback == s.parse_report)
    assert beside <= {A + site.address(site.by_id[i]) for i in site.region_ids["huabei"]} - {first}
    if build != "dynamic":  # a section folder holds its reports; a script's section is not its folder
        # the breadcrumb's section, not the menu's other sections nor the home page
        assert [r.url for r in follow if r.callback == s.parse_listing] == [A + "/baogao/huabei/"]
    item = items_of(results)[0]
    assert item["document_url"] == first and item["part"] == 1 and item["status"] == 200


@pytest.mark.parametrize("build", BUILDS)
def test_listing_site_follows_pagination_only(build):
    site = SiteB(default_reports(), build=build, site_url=B)
    first, *later = (B + url for url in site.listing_urls())
    s = spider(ListingSiteSpider, first)
    results = list(s.parse_listing(served(site, B, site.listing_urls()[0])))
    urls = {r.url for r in requests_of(results)}
    assert len(later) == 2 and set(later) <= urls <= {*later, B + "/", first}


@pytest.mark.parametrize("build", BUILDS)
def test_listing_site_goes_from_its_home_page_to_the_listing(build):
    site = SiteB(default_reports(), build=build, site_url=B)
    s = spider(ListingSiteSpider, B + "/")
    urls = {r.url for r in requests_of(s.parse_start(served(site, B, "/")))}
    assert urls - {B + "/"} == {B + site.listing_urls()[0]}  # 首页 reads as a pager's word


OTHER_MARKUP_HOME = """<html><head><meta charset="gbk"></head><body>
<table><tr><td><a href="/zwgk/gzbg/">政府工作报告</a></td><td><a href="/zwgk/tjgb/">统计公报</a></td>
<td><a href="http://www.gov.cn/">中国政府网</a></td></tr></table>
<ul class="news"><li><a href="/zwgk/gzbg/202201/t20220120_4512345.shtml">2022年某县政府工作报告</a></li></ul>
</body></html>""".encode("gbk")

OTHER_MARKUP_LISTING = """<html><body><div class="lb">
<a href="./202201/t20220120_4512345.shtml">2022年政府工作报告</a>
<a href="./202101/t20210115_4100000.shtml">2021年政府工作报告</a></div>
<div class="fy"><span>共3页</span><a href="index_1.shtml">下一页</a><a href="index_2.shtml">尾页</a></div>
</body></html>""".encode("utf-8")

OTHER_MARKUP_REPORT = """<html><body><div id="zoom"><p>　　各位代表：</p></div>
<center><a href="t20220120_4512345_1.shtml">上一页</a> <a href="t20220120_4512345_2.shtml">2</a>
<a href="t20220120_4512345_2.shtml">下一页</a></center>
<div class="xgwz"><a href="t20210115_4100000.shtml">2021年政府工作报告</a></div></body></html>""".encode("utf-8")


def test_rules_hold_on_a_government_cms_layout():
    base = "http://www.example-county.gov.cn"
    s = spider(ReportSiteSpider, base + "/")
    home = list(s.parse_home(response(base + "/", OTHER_MARKUP_HOME, headers={"Content-Type": "text/html"})))
    follow = {r.url: r.callback for r in requests_of(home)}
    assert follow[base + "/zwgk/gzbg/"] == s.parse_listing
    assert follow[base + "/zwgk/gzbg/202201/t20220120_4512345.shtml"] == s.parse_report
    assert "http://www.gov.cn/" not in follow

    s = spider(ReportSiteSpider, base + "/")  # a report is asked for once per crawl
    listing = list(s.parse_listing(response(base + "/zwgk/gzbg/", OTHER_MARKUP_LISTING)))
    follow = {r.url: r.callback for r in requests_of(listing)}
    assert follow[base + "/zwgk/gzbg/index_1.shtml"] == s.parse_listing
    assert follow[base + "/zwgk/gzbg/202201/t20220120_4512345.shtml"] == s.parse_report

    page = base + "/zwgk/gzbg/202201/t20220120_4512345.shtml"
    report = list(s.parse_report(response(page, OTHER_MARKUP_REPORT, {"document_url": page, "part": 1})))
    follow = [r.url for r in requests_of(report)]
    assert follow[0] == base + "/zwgk/gzbg/202201/t20220120_4512345_2.shtml"
    # the related report sits in the same folder: it is asked for too
    assert follow[1:] == [base + "/zwgk/gzbg/202201/t20210115_4100000.shtml"]


def test_address_shapes():
    assert document_page("http://x/baogao/huazhong/1320_2.html") == ("1320", 2)
    assert document_page("http://x/baogao/huazhong/list_2.html") is None
    assert document_page("http://x/baogao/huazhong/list_4_2.html") is None  # DedeCMS
    assert is_pager(Link("http://x/baogao/huazhong/list_4_2.html", "共3页"))
    assert document_page("http://x/about.html") is None
    assert document_page("http://x/a/t20220120_4512345.shtml") == ("t20220120_4512345", 1)
    assert is_pager(Link("http://x/info/12/page/3", "3"))
    assert is_pager(Link("http://x/list_2.html", "下一页"))
    assert not is_pager(Link("http://x/baogao/huabei/", "华北"))
    assert same_site("https://www.bx2200.com/baogao/hb/3181.html", "http://bx2200.com/")
    assert same_site("http://bx2200.com:80/", "http://www.bx2200.com/")
    assert not same_site("http://127.0.0.1:8001/info/12/page/1", "http://127.0.0.1:8000/")
    assert not same_site("http://bx2200.com.evil.test/", "http://bx2200.com/")
    # pager words however they are dressed, on addresses of no known shape
    for text in ("[2]", "第2页", "下一页>>", "« 上一页", "【尾页】", ">>", "[ 下一页 ]"):
        assert is_pager(Link("http://x/show.php?id=7&n=2", text)), text
    assert is_next(Link("http://x/show.php?id=7&n=2", "下一页 >"))
    assert not is_pager(Link("http://x/show.php?id=7", "2022年政府工作报告"))
    assert not is_pager(Link("http://x/show.php?id=7", "《政府工作报告》"))


PICTURE_LINKS = """<HTML><BODY>
<IMG SRC=/images/menu.gif USEMAP=#menu BORDER=0><MAP NAME=menu>
<AREA SHAPE=rect COORDS=0,0,80,30 HREF=/zwgk/gzbg/ ALT=政府工作报告>
<AREA SHAPE=rect COORDS=80,0,160,30 HREF="javascript:void(0)" ALT=收藏本站></MAP>
<TABLE><TR><TD><A HREF=../gzbg/t20220120_4512345.shtml TARGET=_blank>2022年政府工作报告</A></TD></TR></TABLE>
<A HREF=index_1.shtml><IMG SRC=/images/next.gif ALT=下一页 BORDER=0></A>
</BODY></HTML>""".encode("utf-8")


def test_map_areas_and_picture_links_say_what_their_alt_says():
    base = "http://www.example-county.gov.cn/zwgk/gzbg/"
    found = links(response(base, PICTURE_LINKS))
    assert found[0] == Link("http://www.example-county.gov.cn/zwgk/gzbg/", "政府工作报告")
    assert [link.text for link in found] == ["政府工作报告", "2022年政府工作报告", "下一页"]
    assert is_next(found[-1]) and found[-1].url == base + "index_1.shtml"

    s = spider(ReportSiteSpider, "http://www.example-county.gov.cn/")
    follow = {r.url: r.callback for r in requests_of(s.parse_listing(response(base, PICTURE_LINKS)))}
    assert follow == {base + "t20220120_4512345.shtml": s.parse_report, base + "index_1.shtml": s.parse_listing}


BASE_HREF_REPORT = """<html><head><base href="http://www.example-county.gov.cn/"></head><body>
<div>　　各位代表：现在，我代表县人民政府向大会报告工作。</div>
<a href="zwgk/gzbg/1320_2.html">[2]</a> <a href="zwgk/gzbg/1320_2.html">下一页</a>
<a href="zwgk/gzbg/">返回列表</a></body></html>""".encode("utf-8")


def test_relative_links_start_from_the_base_href():
    site = "http://www.example-county.gov.cn"
    page = site + "/zwgk/gzbg/1320.html"
    assert {link.url for link in links(response(page, BASE_HREF_REPORT))} == {
        site + "/zwgk/gzbg/1320_2.html", site + "/zwgk/gzbg/"}
    s = spider(ReportSiteSpider, site + "/")
    report = list(s.parse_report(response(page, BASE_HREF_REPORT, {"document_url": page, "part": 1})))
    # the next part, then 返回列表's listing, both read from the base
    assert [r.url for r in requests_of(report)] == [site + "/zwgk/gzbg/1320_2.html", site + "/zwgk/gzbg/"]


NUMBERED_LISTING = """<html><body><ul>
<li><a href="/baogao/huazhong/1320.html">（河南省）驻马店市驿城区2022年政府工作报告</a></li>
<li><a href="/baogao/huazhong/1323.html">（河南省）济源市2022年政府工作报告</a></li></ul>
<p>共3页 <a href="2.html">[2]</a> <a href="3.html">[3]</a> <a href="2.html">下一页&gt;&gt;</a></p>
</body></html>""".encode("utf-8")


def test_a_link_that_says_it_is_a_pager_leads_to_a_listing_page():
    """Listing pages named like reports (`2.html`) are read by what their links say
    (`[2]` to `2.html`, 下一页)."""
    s = spider(ReportSiteSpider, A + "/")
    listing = list(s.parse_listing(response(A + "/baogao/huazhong/", NUMBERED_LISTING)))
    follow = {r.url: r.callback for r in requests_of(listing)}
    assert follow == {
        A + "/baogao/huazhong/1320.html": s.parse_report, A + "/baogao/huazhong/1323.html": s.parse_report,
        A + "/baogao/huazhong/2.html": s.parse_listing, A + "/baogao/huazhong/3.html": s.parse_listing,
    }


NUMBERED_ROWS = """<html><body><table>
<tr><td><a href="/baogao/huazhong/1320.html">1</a></td><td>（河南省）驻马店市驿城区2022年政府工作报告</td></tr>
<tr><td><a href="/baogao/huazhong/1323.html">2</a></td><td>（河南省）济源市2022年政府工作报告</td></tr>
</table></body></html>""".encode("utf-8")


def test_numbered_rows_of_reports_are_reports():
    """A number linking to a report is a row number, not a page number: it is not the address's number."""
    s = spider(ReportSiteSpider, A + "/")
    follow = {r.url: r.callback for r in requests_of(s.parse_listing(response(A + "/baogao/huazhong/", NUMBERED_ROWS)))}
    assert follow == {A + "/baogao/huazhong/1320.html": s.parse_report,
                      A + "/baogao/huazhong/1323.html": s.parse_report}


def test_next_part_written_with_the_other_host_form_is_followed():
    page = "http://bx2200.com/baogao/hb/3181.html"
    body = """<html><body><p>　　各位代表：现在，我代表省人民政府向大会报告工作。</p>
<a href="http://www.bx2200.com/baogao/hb/3181_2.html">下一页</a>
<a href="http://www.bx2200.com/baogao/xibei/3181_2.html">3181_2</a></body></html>""".encode("utf-8")
    s = spider(ReportSiteSpider, "http://bx2200.com/")
    report = list(s.parse_report(response(page, body, {"document_url": page, "part": 1})))
    assert [r.url for r in requests_of(report)] == ["http://www.bx2200.com/baogao/hb/3181_2.html"]


# ---- listings paginated the ways common CMSs do it

def listing_follows(s, url, body):
    """{url: callback} of what a listing page leads to."""
    return {r.url: r.callback for r in requests_of(s.parse_listing(response(url, body)))}


@pytest.mark.parametrize("pager_html, page_two", [
    ('<a href="index_1.html">2</a> <a href="index_1.html">下一页</a>', "index_1.html"),  # TRS WCM
    ('<a href="?page=2">下一页</a>', "?page=2"),
    ('<a href="list.jsp?channelId=12&amp;pageNo=2">2</a>', "list.jsp?channelId=12&pageNo=2"),
    ('<a href="list_2.html">2</a>', "list_2.html"),
    ('<a href="page/2/">2</a>', "page/2/"),  # WordPress
    ('<a href="list.aspx?cid=5&amp;pn=2">›</a>', "list.aspx?cid=5&pn=2"),
])
def test_listing_pages_of_common_cms_addresses_are_followed(pager_html, page_two):
    base = "http://www.example-city.gov.cn/zwgk/gzbg/"
    body = f"""<html><body><ul>
<li><a href="./202301/t20230118_5012345.html">2023年市政府工作报告</a></li></ul>
<div class="page">{pager_html}</div></body></html>""".encode("utf-8")
    s = spider(ReportSiteSpider, "http://www.example-city.gov.cn/")
    follow = listing_follows(s, base, body)
    assert follow == {base + page_two: s.parse_listing,
                      base + "202301/t20230118_5012345.html": s.parse_report}


TRS_SCRIPT_LISTING = """<html><body><ul class="list">
<li><a href="./202301/t20230118_5012345.html">2023年市政府工作报告</a><span>2023-01-18</span></li>
<li><a href="./202201/t20220121_4456789.html">2022年市政府工作报告</a><span>2022-01-21</span></li></ul>
<div class="page"><script type="text/javascript">
var currentPage = 0;//所在页从0开始
var prevPage = currentPage-1//上一页
var countPage = 4//共多少页
document.write("共"+countPage+"页");
createPageHTML(countPage, currentPage, "index", "html");
</script></div>
<script>var _hmt = _hmt || []; setTimeout(function(){ track(3, 1, "x", "y"); }, 100);</script>
</body></html>""".encode("utf-8")


def test_a_pager_written_by_a_script_call_gives_every_page():
    """TRS's `createPageHTML(count, current, "index", "html")`, the count given by a
    variable: pages index_1.html … index_{count-1}.html (index.html is the section's
    own address)."""
    base = "http://www.example-city.gov.cn/zwgk/gzbg/"
    s = spider(ReportSiteSpider, "http://www.example-city.gov.cn/")
    follow = listing_follows(s, base + "index_2.html", TRS_SCRIPT_LISTING)
    assert {u for u, c in follow.items() if c == s.parse_listing} == {
        base + name for name in ("index_1.html", "index_2.html", "index_3.html")}
    assert {u for u, c in follow.items() if c == s.parse_report} == {
        base + "202301/t20230118_5012345.html", base + "202201/t20220121_4456789.html"}


def test_a_script_call_with_figures_and_another_name_and_the_listing_site_reads_it_too():
    base = "http://www.example.org/info/"
    body = b"""<html><body><script>createPageHTML("page_div", 3, 1, 'list', 'shtml', 20);</script>
<script>foo(2000, 0, "index", "html")</script></body></html>"""  # too many pages: no pager
    s = spider(ListingSiteSpider, base)
    follow = {r.url for r in requests_of(s.parse_listing(response(base + "list_1.shtml", body)))}
    assert follow == {base + "list_1.shtml", base + "list_2.shtml"}


JUMP_MENU_LISTING = """<html><body><ul>
<li><a href="/zwgk/gzbg/2023/0118/5012.html">2023年区政府工作报告</a></li></ul>
<div>共3页 转到<select onchange="location.href=this.value">
<option value="index.html" selected>第1页</option><option value="index_2.html">第2页</option>
<option value="index_3.html">第3页</option></select></div>
<select onchange="window.open(this.value)"><option value="">友情链接</option>
<option value="http://www.gov.cn/">中国政府网</option><option value="/zwgk/">政务公开</option></select>
</body></html>""".encode("utf-8")


def test_a_jump_menus_pages_are_listing_pages_and_a_link_menu_is_not():
    base = "http://www.example-district.gov.cn/zwgk/gzbg/"
    s = spider(ReportSiteSpider, "http://www.example-district.gov.cn/")
    follow = listing_follows(s, base, JUMP_MENU_LISTING)
    assert follow == {
        "http://www.example-district.gov.cn/zwgk/gzbg/2023/0118/5012.html": s.parse_report,
        base + "index.html": s.parse_listing, base + "index_2.html": s.parse_listing,
        base + "index_3.html": s.parse_listing}


# ---- a site whose home page has no section menu

LATEST_ONLY_HOME = """<html><body><h1>某市人民政府</h1>
<div class="zxfb"><h2>最新发布</h2>
<a href="/zwgk/gzbg/202301/t20230118_5012345.html">2023年市政府工作报告</a></div>
<a href="http://www.gov.cn/">中国政府网</a></body></html>""".encode("utf-8")

BREADCRUMB_REPORT = """<html><body>
<div class="position">当前位置：<a href="../../../">首页</a> &gt; <a href="../../">政务公开</a> &gt;
<a href="../">政府工作报告</a></div>
<h1>2023年市政府工作报告</h1><div class="TRS_Editor"><p>　　各位代表：现在，我代表市人民政府，向大会报告工作，
详见<a href="/zwgk/tjgb/202303/t20230315_5100001.html">统计公报</a>。</p></div>
<div class="xglj">相关报告：<a href="t20230118_5012350.html">2023年预算报告</a>
<a href="../202201/t20220121_4456789.html">2022年市政府工作报告</a></div>
<a href="/zwgk/gzbg/index.html">返回列表</a> <a href="/zwgk/tjgb/">统计公报</a>
<a href="/search/index.html?q=报告">搜索</a></body></html>""".encode("utf-8")


def test_sections_are_reached_from_the_breadcrumb_of_a_report_the_home_page_lists():
    site = "http://www.example-city.gov.cn"
    s = spider(ReportSiteSpider, site + "/")
    home = {r.url: r.callback for r in requests_of(s.parse_home(response(site + "/", LATEST_ONLY_HOME)))}
    page = site + "/zwgk/gzbg/202301/t20230118_5012345.html"
    assert home == {page: s.parse_report}
    report = requests_of(s.parse_report(response(page, BREADCRUMB_REPORT, {"document_url": page, "part": 1})))
    follow = {r.url: r.callback for r in report}
    # the report's section (the breadcrumb's last step, 返回列表), the report beside
    # it in its folder; not the wider 政务公开, the body's link, another section,
    # the search or the home page
    assert follow == {
        site + "/zwgk/gzbg/": s.parse_listing,
        site + "/zwgk/gzbg/index.html": s.parse_listing,
        site + "/zwgk/gzbg/202301/t20230118_5012350.html": s.parse_report}


# ---- one report under several addresses

TITLED_LISTING = """<html><body><ul>
<li><a href="/baogao/huazhong/1320.html?from=list" title="驿城区2022年政府工作报告">驿城区2022年政府工作报告</a></li>
<li><a href="/baogao/huazhong/1320.html">驿城区2022年政府工作报告</a></li>
<li><a href="/baogao/huazhong/1323.HTML">济源市2022年政府工作报告</a></li>
<li><a href="/baogao/huazhong/1323.html?spm=a1.b2">济源市2022年政府工作报告</a></li>
<li><a href="/news/show2.html?id=5">新闻</a></li></ul></body></html>""".encode("utf-8")


def test_a_report_linked_under_several_addresses_is_asked_for_once():
    """A tracking query on a report's address is dropped; an address differing
    only in case is the same report. A name with no id keeps its query."""
    s = spider(ReportSiteSpider, A + "/")
    follow = [r.url for r in requests_of(s.parse_listing(response(A + "/baogao/huazhong/", TITLED_LISTING)))]
    assert follow == [A + "/baogao/huazhong/1320.html", A + "/baogao/huazhong/1323.HTML",
                      A + "/news/show2.html?id=5"]


def test_parts_of_a_report_under_an_uppercase_or_queried_address_are_stitched():
    s = spider(ReportSiteSpider, A + "/")
    page = A + "/baogao/huazhong/1323.HTML"
    body = b'<html><body><p>x</p><a href="1323_2.HTML?from=list">[2]</a></body></html>'
    results = list(s.parse_report(response(page, body, {"document_url": page, "part": 1})))
    follow = requests_of(results)
    assert follow[0].url == A + "/baogao/huazhong/1323_2.HTML"
    assert follow[0].meta["document_url"] == page and follow[0].meta["part"] == 2
    assert items_of(results)[0]["next_url"] == A + "/baogao/huazhong/1323_2.HTML"


# ---- script-style and extensionless addresses


@pytest.mark.parametrize("url, page", [
    ("http://x/show.asp?id=1320", ("show.asp?id=1320", 1)),
    ("http://x/show.asp?id=1320&page=2", ("show.asp?id=1320", 2)),
    ("http://x/show.asp?page=2&ID=1320&from=list", ("show.asp?id=1320", 2)),
    ("http://x/Article/ShowArticle.asp?ArticleID=1320", ("ShowArticle.asp?articleid=1320", 1)),
    ("http://x/content.jsp?contentId=1320&p=3", ("content.jsp?contentid=1320", 3)),
    ("http://x/detail.php?aid=1320", ("detail.php?aid=1320", 1)),
    ("http://x/news_view.aspx?id=1320&pageNo=2", ("news_view.aspx?id=1320", 2)),
    ("http://x/index.php?m=content&c=index&a=show&catid=12&id=1320",
     ("index.php?a=show&c=index&catid=12&id=1320&m=content", 1)),
    ("http://x/article/1320", ("1320", 1)),
    ("http://x/a/1320/", ("1320", 1)),
    ("http://x/content/1320/2", ("1320", 2)),
    ("http://x/a/1320_2/", ("1320", 2)),
    ("http://x/xxgk/1320_2.jhtml", ("1320", 2)),  # JEECMS
    ("http://x/xxgk/index_2.jhtml", None),
    # listings, sections and folders: no document
    ("http://x/list.asp?cat=huabei", None),
    ("http://x/list.asp?cat=huabei&page=2", None),
    ("http://x/list.asp?id=3", None),
    ("http://x/NewsList.aspx?id=3", None),
    ("http://x/ShowClass.asp?ClassID=3", None),
    ("http://x/index.php?m=content&c=index&a=lists&catid=12&page=2", None),
    ("http://x/plus/list.php?tid=12", None),
    ("http://x/info/12/page/2", None),
    ("http://x/zwgk/202201/", None),
    ("http://x/2023/", None),
    ("http://x/page/2/", None),
])
def test_script_and_extensionless_addresses(url, page):
    """A script given a document's id, or a path ending in its number, is a
    document page, its page parameter (or `/2`, `_2`) the part; a script that
    lists, a section's id or a date folder is not."""
    assert document_page(url) == page


def test_listing_addresses_are_known_by_their_shape():
    for url in ("http://x/list.asp?cat=huabei", "http://x/NewsList.aspx?id=3",
                "http://x/index.php?m=content&c=index&a=lists&catid=12",
                "http://x/plus/list.php?tid=12", "http://x/e/action/ListInfo/?classid=12",
                "http://x/list_2.html", "http://x/news?page=2"):
        assert is_listing_address(url), url
    for url in ("http://x/show.asp?id=1320", "http://x/about.html", "http://x/a/1320/", "http://x/tougao/"):
        assert not is_listing_address(url), url


def test_a_scripted_report_is_keyed_by_the_parameters_naming_it():
    """Tracking parameters name nothing; the parameters naming the report are
    kept, in any order and any case; another id is another report."""
    one = document_key("http://x/show.asp?id=1320")
    for same in ("http://x/Show.asp?ID=1320&from=list", "http://www.x/show.asp?spm=a1.b2&id=1320",
                 "http://x/show.asp?id=1320&utm_source=weibo&utm_medium=share"):
        assert document_key(same) == one, same
    assert document_key("http://x/show.asp?id=1321") != one
    assert document_key("http://x/news/show.asp?id=1320") != one
    assert document_key("http://x/i.php?a=show&catid=2&id=7") == document_key("http://x/i.php?id=7&catid=2&a=show")
    assert document_address("http://x/show.asp?id=1320&from=list&page=2") == "http://x/show.asp?id=1320&page=2"
    assert document_address("http://x/show.asp?utm_source=a&ID=1320") == "http://x/show.asp?ID=1320"
    assert document_address("http://x/a/1320/?spm=1") == "http://x/a/1320/"


SCRIPT_LISTING = """<html><body>
<div class="nav"><a href="index.jsp">首页</a> <a href="list.jsp?columnId=12">政府工作报告</a>
<a href="list.jsp?columnId=13">通知公告</a></div>
<ul><li><a href="content.jsp?contentId=1320&amp;from=list">2022年政府工作报告</a></li>
<li><a href="content.jsp?contentId=1319">2021年政府工作报告</a></li>
<li><a href="Content.jsp?ContentID=1320">2022年政府工作报告</a></li></ul>
<div class="page"><a href="list.jsp?columnId=12&amp;pageNo=2">2</a>
<a href="list.jsp?columnId=12&amp;pageNo=2">下一页</a></div></body></html>""".encode("utf-8")


def test_a_listing_of_script_addresses_gives_its_reports_once_and_its_next_page():
    base = "http://www.example-county.gov.cn/site"
    s = spider(ReportSiteSpider, base + "/index.jsp")
    follow = requests_of(s.parse_listing(response(base + "/list.jsp?columnId=12", SCRIPT_LISTING)))
    assert [r.url for r in follow if r.callback == s.parse_report] == [
        base + "/content.jsp?contentId=1320", base + "/content.jsp?contentId=1319"]
    # the pager's page, and 首页 (a pager's word too); not the menu's other section
    assert {r.url for r in follow if r.callback == s.parse_listing} == {
        base + "/list.jsp?columnId=12&pageNo=2", base + "/index.jsp"}


UNKNOWN_SHAPE_LISTING = """<html><body>
<a href="/portal/">首页</a> <a href="/portal/col?key=gzbg">政府工作报告</a>
<ul><li><a href="/portal/detail?key=A1320">（河南省）驿城区2022年政府工作报告</a></li>
<li><a href="/portal/detail?key=A1319&amp;from=list">（河南省）驿城区2021年政府工作报告</a></li>
<li><a href="/portal/notice?key=N77">（河南省）关于举办培训班的通知</a></li>
<li><a href="/portal/detail?key=A1318">详细</a></li></ul></body></html>""".encode("utf-8")


def test_rows_of_an_address_no_rule_knows_are_reports_by_how_the_listing_writes_them():
    """Links titled like reports whose addresses differ only by a number are a
    listing's rows: reports, whatever their shape. A lone address of that
    kind, or a link saying only 详细, is not judged so."""
    s = spider(ReportSiteSpider, A + "/portal/")
    reports = [r.url for r in requests_of(s.parse_listing(response(A + "/portal/col?key=gzbg", UNKNOWN_SHAPE_LISTING)))
               if r.callback == s.parse_report]
    assert reports == [A + "/portal/detail?key=A1320", A + "/portal/detail?key=A1319"]


@pytest.mark.parametrize("page, written, following", [
    ("/show.asp?id=1320", "/show.asp?id=1320&amp;page=2", "/show.asp?id=1320&page=2"),
    ("/show.asp?id=1320&page=2", "show.asp?page=3&amp;id=1320", "/show.asp?page=3&id=1320"),
    ("/a/1320/", "/a/1320/2/", "/a/1320/2/"),
    ("/article/1320", "1320_2?from=list", "/article/1320_2"),
    # An IIS site's listing links `Show.asp?ID=`, its pager `show.asp?id=`: one document.
    ("/Show.asp?ID=1320&from=list", "show.asp?id=1320&amp;page=2", "/show.asp?id=1320&page=2"),
])
def test_parts_of_a_report_at_a_script_or_extensionless_address_are_followed(page, written, following):
    """A part's address is the document's with the next page number: a page
    parameter, `/2`, `_2`; another report's page 2 is not this report's."""
    s = spider(ReportSiteSpider, A + "/")
    body = (f'<html><body><p>x</p><a href="/show.asp?id=1321&amp;page=2">2</a>'
            f'<a href="{written}">下一页</a></body></html>').encode()
    first = A + page
    results = list(s.parse_report(response(A + page, body, {"document_url": first, "part": 1})))
    assert items_of(results)[0]["next_url"] == A + following
    assert requests_of(results)[0].url == A + following


def test_report_pages_lead_to_the_scripted_reports_beside_them():
    s = spider(ReportSiteSpider, A + "/")
    page = A + "/show.asp?id=1320"
    body = (b'<html><body><p>x</p><a href="/list.asp?cat=huabei">\xe5\x8d\x8e\xe5\x8c\x97</a>'
            b'<a href="/show.asp?id=1320">1</a><a href="/show.asp?id=1319">a</a>'
            b'<a href="show.asp?id=1318&amp;from=related">b</a><a href="/show.asp?id=1317&amp;page=2">c</a>'
            b'<a href="/news/show.asp?id=9">d</a></body></html>')
    follow = [r.url for r in requests_of(s.parse_report(response(page, body, {"document_url": page, "part": 1})))]
    assert follow == [A + "/show.asp?id=1319", A + "/show.asp?id=1318"]


SCRIPT_HOME_B = """<html><body><a href="/">首页</a> <a href="/plus/list.php?tid=12">政府工作报告</a>
<a href="/plus/view.php?aid=77">关于我们</a> <a href="/member/login.php">登录</a></body></html>""".encode("utf-8")


def test_listing_site_goes_from_its_home_page_to_a_listing_script():
    s = spider(ListingSiteSpider, B + "/")
    urls = {r.url for r in requests_of(s.parse_start(response(B + "/", SCRIPT_HOME_B)))}
    assert urls == {B + "/", B + "/plus/list.php?tid=12"}


NUMBERED_FOLDERS_HOME = """<html><body><ul class="nav"><li><a href="/channel/1201/">华北</a></li>
<li><a href="/channel/1202/">东北</a></li></ul>
<ul class="new"><li><a href="/article/3185/">（湖北省）襄阳市2022年政府工作报告</a></li></ul></body></html>""".encode("utf-8")


def test_a_numbered_folder_is_a_report_when_its_link_reads_like_a_title():
    """`/channel/1201/` saying 华北 is a section; `/article/3185/` titled like a report is one."""
    s = spider(ReportSiteSpider, A + "/")
    follow = {r.url: r.callback for r in requests_of(s.parse_home(response(A + "/", NUMBERED_FOLDERS_HOME)))}
    assert follow == {A + "/channel/1201/": s.parse_listing, A + "/channel/1202/": s.parse_listing,
                      A + "/article/3185/": s.parse_report}


FOLDER_HOME_B = """<html><body><a href="/">首页</a> <a href="/info/12/">政府工作报告</a>
<a href="/tougao/">我要投稿</a> <a href="/contact/">联系我们</a></body></html>""".encode("utf-8")


def test_listing_site_goes_from_its_home_page_to_a_listing_that_says_it_holds_reports():
    s = spider(ListingSiteSpider, B + "/")
    urls = {r.url for r in requests_of(s.parse_start(response(B + "/", FOLDER_HOME_B)))}
    assert urls == {B + "/", B + "/info/12/"}


DETAIL_LINKED_LISTING = """<html><body><a href="/">首页</a> <a href="/info/12/page/1">政府工作报告</a>
<ul><li><h5><a href="/info/12/{a}.html">2022年甲市政府工作报告</a></h5><div>各位代表：……</div><small>2025-07-02</small></li>
<li><h5><a href="/info/12/{b}.html">2022年乙县政府工作报告</a></h5><div>各位代表：……</div><small>2025-07-01</small></li></ul>
<a href="/info/12/page/{next}">下一页</a></body></html>"""


def test_listing_site_follows_no_item_page_from_the_start_page_or_any_other():
    """Items whose titles (saying 报告) link to their own pages: those pages are
    fetched from no listing page, the start page included; its link to the
    listing and the pagers are followed."""
    s = spider(ListingSiteSpider, B + "/info/12/page/1")
    first = DETAIL_LINKED_LISTING.format(a=1001, b=1002, next=2).encode("utf-8")
    second = DETAIL_LINKED_LISTING.format(a=1003, b=1004, next=3).encode("utf-8")
    from_start = {r.url for r in requests_of(s.parse_start(response(B + "/info/12/page/1", first)))}
    from_listing = {r.url for r in requests_of(s.parse_listing(response(B + "/info/12/page/2", second)))}
    assert from_start == {B + "/", B + "/info/12/page/1", B + "/info/12/page/2"}
    assert from_listing <= {B + "/", B + "/info/12/page/1", B + "/info/12/page/3"}
    assert B + "/info/12/page/3" in from_listing


# --- reports published as attached files -----------------------------------------------------------
@pytest.mark.parametrize("build", BUILDS)
def test_report_page_leads_to_the_file_its_report_is_attached_as(build):
    site = site_a(build)
    s = spider(ReportSiteSpider, A + "/")
    for report_id, kind in ((1100, "pdf"), (3100, "docx")):
        page = A + site.address(site.by_id[report_id])
        results = list(s.parse_report(served(site, A, site.address(site.by_id[report_id]),
                                             {"document_url": page, "part": 1})))
        [attachment] = [r for r in requests_of(results) if r.callback == s.parse_attachment]
        assert attachment.url == f"{A}/uploadfile/gzbg/{report_id}.{kind}"
        assert attachment.meta["referrer"] == page and attachment.meta["document_url"] == attachment.url
        assert attachment.meta["download_maxsize"] == 20 * 1024 * 1024
    # A report page with its text links no file: nothing more is asked for.
    hebei = A + site.address(site.by_id[3181])
    results = s.parse_report(served(site, A, site.address(site.by_id[3181]), {"document_url": hebei, "part": 1}))
    assert not [r for r in requests_of(results) if r.callback == s.parse_attachment]


def attachment_page(title: str, links: str) -> bytes:
    return (f"<html><head><title>{title}</title></head><body><div class=TRS_Editor>"
            f"<p>点击下载：</p>{links}</div></body></html>").encode("utf-8")


def test_which_attached_files_are_followed():
    """A file linked from a page titled as a report, or whose link says 工作报告;
    on the site only; a notice's attachments are not followed."""
    s = spider(ReportSiteSpider, A + "/")
    page = A + "/zwgk/gzbg/202401/t20240122_55.html"

    def attachments(body):
        results = s.parse_report(response(page, body, {"document_url": page, "part": 1}))
        return [r.url for r in requests_of(results) if r.callback == s.parse_attachment]

    assert attachments(attachment_page(
        "2024年政府工作报告_临湘市人民政府",
        '<a href="../../uploadfiles/P020240122.PDF">附件下载</a>'
        '<a href="http://other.test/files/copy.pdf">镜像</a>')) == [A + "/zwgk/uploadfiles/P020240122.PDF"]
    assert attachments(attachment_page(
        "政务公开", '<a href="/files/gzbg.docx?v=2">2024年临湘市政府工作报告.docx</a>'
        '<a href="/files/tongzhi.pdf">放假通知.pdf</a>')) == [A + "/files/gzbg.docx?v=2"]
    assert attachments(attachment_page(
        "关于公布2024年春节放假安排的通知", '<a href="/files/fj.pdf">放假安排.pdf</a>')) == []


def test_attached_file_is_kept_whole_with_its_type_and_referrer():
    s = spider(ReportSiteSpider, A + "/")
    url, page = A + "/uploadfile/gzbg/1100.pdf", A + "/baogao/huazhong/1100.html"
    body = b"%PDF-1.4\n" + bytes(range(256)) + b"\n%%EOF\n"
    request = Request(url, meta={"document_url": url, "part": 1, "referrer": page})
    answer = scrapy.http.Response(url, body=body, request=request,
                                  headers={"Content-Type": "application/pdf"})
    [item] = items_of(s.parse_attachment(answer))
    assert (item["body"], item["content_type"], item["kind"], item["referrer"], item["next_url"]) == (
        body, "application/pdf", "attachment", page, "")


# --- HTML5 templates: cards, icon pagers, parts numbered by query -----------------------------------
CARD_LISTING = """<!doctype html><html lang="zh-CN"><body>
<header><nav><ul><li><a href="/">首页</a></li><li><a href="javascript:;">政务公开</a>
<ul><li><a href="/news/gzbg/">政府工作报告</a></li><li><a href="/news/tzgg/">通知公告</a></li></ul></li></ul></nav></header>
<main><nav aria-label="breadcrumb"><ol><li><a href="../../">首页</a></li><li>政府工作报告</li></ol></nav>
<ul class="news-cards">
<li><a href="./2024/0122/5531.html"><figure><img src="/u/1.jpg" alt=""></figure>
<h3>临湘市2024年政府工作报告</h3><p>各位代表：现在，我代表市人民政府……</p><time datetime="2024-01-22">01-22</time></a></li>
<li><a href="./2023/0118/4410.html"><h3>临湘市2023年政府工作报告</h3><p>各位代表……</p><time datetime="2023-01-18">01-18</time></a></li>
</ul>
<div class="pager"><a href="2.html" aria-label="下一页"><i class="icon icon-chevron-right"></i></a>
<a href="9.html" title="尾页"><svg viewBox="0 0 8 8"><path d="M0 0l4 4-4 4"/></svg></a>
<a href="2.html" aria-label="第2页">→</a></div>
</main></body></html>""".encode("utf-8")


def test_a_card_listings_icon_pager_leads_to_listing_pages_not_reports():
    """Links that show only an icon or an arrow say what their aria-label or
    title says (下一页, 尾页): numbered pages shaped like documents (`2.html`)
    are then listing pages. Each card, one link around title, summary and
    date, is a report."""
    base = A + "/news/gzbg/"
    found = links(response(base, CARD_LISTING))
    assert [link.text for link in found if link.url.startswith(base) and "/20" not in link.url] == [
        "政府工作报告", "下一页", "尾页", "第2页"]
    s = spider(ReportSiteSpider, A + "/")
    follow = {r.url: r.callback for r in requests_of(s.parse_listing(response(base, CARD_LISTING)))}
    assert follow == {base + "2024/0122/5531.html": s.parse_report, base + "2023/0118/4410.html": s.parse_report,
                      base + "2.html": s.parse_listing, base + "9.html": s.parse_listing,
                      A + "/": s.parse_listing}  # 首页 is a pager's word too


def test_a_link_with_words_keeps_them_whatever_its_aria_label_says():
    card = b'<a href="/a/1320.html" aria-label="\xe6\x9f\xa5\xe7\x9c\x8b\xe8\xaf\xa6\xe6\x83\x85">2022\xe5\xb9\xb4\xe6\x8a\xa5\xe5\x91\x8a</a>'
    assert [link.text for link in links(response(A + "/", card))] == ["2022年报告"]


QUERY_PARTS_REPORT = """<!doctype html><html><body><main><article><h1>临湘市2024年政府工作报告</h1>
<div class="content"><p>　　各位代表：现在，我代表市人民政府向大会报告工作。</p></div>
<nav class="pages"><span>1</span> <a href="?page=2">2</a> <a href="?page=3">3</a>
<a href="./5531.html?page=2&amp;from=article" aria-label="下一页">›</a></nav>
<footer><p>上一篇：<a href="./5530.html?page=2">另一篇的第2页</a></p>
<p>下一篇：<a href="5532.html">临湘市2024年国民经济和社会发展计划</a></p></footer>
</article></main></body></html>""".encode("utf-8")


def test_parts_of_a_report_numbered_by_query_are_followed_in_order():
    """A static report page whose parts are itself with a page number
    (`5531.html?page=2`, written `?page=2` too) leads to its next part, the
    tracking tag dropped; another report's page 2 is not its part."""
    s = spider(ReportSiteSpider, A + "/")
    first = A + "/news/gzbg/2024/0122/5531.html"
    results = list(s.parse_report(response(first, QUERY_PARTS_REPORT, {"document_url": first, "part": 1})))
    follow = requests_of(results)
    assert follow[0].url == first + "?page=2"
    assert follow[0].meta["document_url"] == first and follow[0].meta["part"] == 2
    assert items_of(results)[0]["next_url"] == first + "?page=2"
    second = list(s.parse_report(response(first + "?page=2", QUERY_PARTS_REPORT.replace(b'<span>1</span> <a href="?page=2">2</a>', b'<a href="./5531.html">1</a> <span>2</span>').replace(b"page=2&amp;from", b"page=3&amp;from"),
                                          {"document_url": first, "part": 2})))
    assert requests_of(second)[0].url == first + "?page=3" and requests_of(second)[0].meta["part"] == 3
    # the report beside it, by its first page only
    assert [r.url for r in follow[1:] if r.callback == s.parse_report] == [A + "/news/gzbg/2024/0122/5532.html"]


@pytest.mark.parametrize("url, page, address", [
    ("http://x/a/1320.html?page=2", ("1320", 2), "http://x/a/1320.html?page=2"),
    ("http://x/a/1320.html?from=list&page=3", ("1320", 3), "http://x/a/1320.html?page=3"),
    ("http://x/a/1320.html?page=1", ("1320", 1), "http://x/a/1320.html"),
    ("http://x/a/1320.html?x=1", ("1320", 1), "http://x/a/1320.html"),
    ("http://x/a/1320_2.html?page=3", ("1320", 2), "http://x/a/1320_2.html"),  # the name says the part
])
def test_a_static_reports_part_may_be_a_page_number_in_its_query(url, page, address):
    assert document_page(url) == page
    assert document_address(url) == address
    assert document_key(url) == document_key("http://x/a/1320.html")


# ---- pages reached without an `<a href>`: redirects, frames, script links

G = "http://www.example-county.gov.cn"


@pytest.mark.parametrize("head", [
    '<meta http-equiv="refresh" content="0; url=/col/col1/index.html">',
    "<META HTTP-EQUIV=Refresh CONTENT='0;URL=/col/col1/index.html'>",
    '<meta content="3 ; URL = \'/col/col1/index.html\'" http-equiv="REFRESH">',
    '<noscript><meta http-equiv="refresh" content="0;url=http://example-county.gov.cn/col/col1/index.html"></noscript>',
])
def test_a_home_page_that_is_only_a_meta_refresh_leads_to_its_target_as_the_home_page(head):
    s = spider(ReportSiteSpider, G + "/")
    page = f"<html><head>{head}</head><body></body></html>".encode()
    follow = {r.url.replace("://www.", "://"): r.callback for r in requests_of(s.parse_home(response(G + "/", page)))}
    assert follow == {"http://example-county.gov.cn/col/col1/index.html": s.parse_home}


@pytest.mark.parametrize("script", [
    'window.location.href = "/col/col1/index.html";',
    "location.replace('/col/col1/index.html')",
    'top.location = "/col/col1/index.html"',
    "self.location.assign( '/col/col1/index.html' );",
])
def test_a_page_that_is_only_a_script_redirect_leads_to_its_target(script):
    s = spider(ReportSiteSpider, G + "/")
    page = f"<html><body><script>{script}</script><p>正在跳转，请稍候……</p></body></html>".encode()
    follow = {r.url: r.callback for r in requests_of(s.parse_home(response(G + "/", page)))}
    assert follow == {G + "/col/col1/index.html": s.parse_home}
    listing = requests_of(s.parse_listing(response(G + "/col/col2/", page)))
    assert [(r.url, r.callback) for r in listing] == [(G + "/col/col1/index.html", s.parse_listing)]


def test_a_script_setting_location_on_a_full_page_or_off_site_is_not_followed():
    s = spider(ReportSiteSpider, G + "/")
    full = ("<html><body><script>if (/iPhone/.test(navigator.userAgent)) location.href = '/m/';"
            "</script>" + "<p>" + "本县概况介绍。" * 80 + "</p></body></html>").encode()
    assert requests_of(s.parse_home(response(G + "/", full))) == []
    away = b"<html><head><meta http-equiv=refresh content='0;url=http://www.other.gov.cn/'></head></html>"
    assert requests_of(s.parse_home(response(G + "/", away))) == []


FRAMESET_HOME = """<html><head><title>某县人民政府</title></head>
<frameset rows="120,*"><frame src="top.htm" name="menu" scrolling="no">
<frame src="/main.htm" name="main"></frameset>
<noframes><body>您的浏览器不支持框架。</body></noframes></html>""".encode("utf-8")

IFRAMES_HOME = """<html><body><h1>某县人民政府</h1>
<iframe src="/zwgk/gzbg/list.htm" width="600" height="400"></iframe>
<iframe src="https://player.video.example.com/embed/123" width="400" height="300"></iframe>
<iframe src="http://map.baidu.com/?x=1"></iframe>
<iframe src="/tongji/count.asp" width="0" height="0"></iframe>
<iframe src="/share.htm" style="display: none"></iframe></body></html>""".encode("utf-8")


def test_a_frameset_home_leads_to_its_frames_as_the_home_page_and_off_site_frames_are_left():
    s = spider(ReportSiteSpider, G + "/")
    follow = {r.url: r.callback for r in requests_of(s.parse_home(response(G + "/index.htm", FRAMESET_HOME)))}
    assert follow == {G + "/top.htm": s.parse_home, G + "/main.htm": s.parse_home}
    follow = {r.url: r.callback for r in requests_of(s.parse_home(response(G + "/", IFRAMES_HOME)))}
    assert follow == {G + "/zwgk/gzbg/list.htm": s.parse_home}
    listing = spider(ListingSiteSpider, G + "/")
    follow = {r.url: r.callback for r in requests_of(listing.parse_start(response(G + "/", FRAMESET_HOME)))}
    assert follow == {G + "/top.htm": listing.parse_start, G + "/main.htm": listing.parse_start}


def test_a_report_page_showing_its_text_in_an_iframe_leads_to_the_frame_as_a_report():
    s = spider(ReportSiteSpider, G + "/")
    page = G + "/art/2024/1/12/art_1320.html"
    meta = {"document_url": page, "part": 1}
    framed = ("<html><body><div class='nav'>首页 政务公开 政府信息公开</div><h1>2024年政府工作报告</h1>"
              "<iframe src='/module/content.jsp?id=1320' width='100%' height='3000'></iframe>"
              "</body></html>").encode("utf-8")
    follow = {r.url: r.callback for r in requests_of(s.parse_report(response(page, framed, meta)))}
    assert follow == {G + "/module/content.jsp?id=1320": s.parse_report}
    # a page holding its report keeps its comment box's iframe to itself
    whole = ("<html><body><h1>2024年政府工作报告</h1><p>" + "各位代表：现在，我代表县人民政府向大会报告工作。" * 100
             + "</p><iframe src='/comment/box.jsp?id=1320' width='600' height='200'></iframe></body></html>"
             ).encode("utf-8")
    assert requests_of(s.parse_report(response(page, whole, meta))) == []


SCRIPTED_ROWS = """<html><body><table class="list">
<tr onclick="window.open('/art/2024/1/12/art_1320.html')"><td>某县2024年政府工作报告</td><td>2024-01-12</td></tr>
<tr onclick="location.href='/art/2023/1/10/art_1211.html'"><td>某县2023年政府工作报告</td><td>2023-01-10</td></tr>
</table><ul>
<li><a href="javascript:openWin('/art/2022/1/8/art_1105.html')">某县2022年政府工作报告</a></li>
<li><a href="javascript:void(0)" onclick="window.open('http://www.other.gov.cn/art/1.html', '_blank', 'width=600')">外站报告标题文字</a></li>
<li><a href="javascript:void(0)" onclick="return confirm('确定离开本站？')">确认离开本站吗</a></li>
<li onclick="window.open('/images/banner.jpg')">图片新闻标题文字</li>
<li onclick="goPage('/col/col12/index_2.html')">下一页</li>
</ul></body></html>""".encode("utf-8")


def test_links_written_in_script_attributes_are_followed_with_the_elements_text():
    s = spider(ReportSiteSpider, G + "/")
    found = {link.url: link.text for link in s.site_links(response(G + "/col/col12/index.html", SCRIPTED_ROWS))}
    assert found == {G + "/art/2024/1/12/art_1320.html": "某县2024年政府工作报告2024-01-12",
                     G + "/art/2023/1/10/art_1211.html": "某县2023年政府工作报告2023-01-10",
                     G + "/art/2022/1/8/art_1105.html": "某县2022年政府工作报告",
                     G + "/col/col12/index_2.html": "下一页"}
    follow = {r.url: r.callback for r in requests_of(s.parse_listing(response(G + "/col/col12/index.html", SCRIPTED_ROWS)))}
    assert follow == {G + "/art/2024/1/12/art_1320.html": s.parse_report,
                      G + "/art/2023/1/10/art_1211.html": s.parse_report,
                      G + "/art/2022/1/8/art_1105.html": s.parse_report,
                      G + "/col/col12/index_2.html": s.parse_listing}


# ---- a report's later parts, however a CMS names them

P = "http://www.example-city.gov.cn"


def _page(*anchors: str) -> bytes:
    return ("<html><body><article><p>各位代表：</p></article>" + "".join(anchors)
            + "</body></html>").encode()


@pytest.mark.parametrize("page, anchors, following", [
    ("/zwgk/1320.html", ['<a href="1320-2.html">下一页</a>'], "/zwgk/1320-2.html"),
    ("/zwgk/1320-2.html", ['<a href="1320.html">上一页</a>', '<a href="./1320-3.html">3</a>'], "/zwgk/1320-3.html"),
    ("/zwgk/1320.html", ['<a href="/zwgk/1320_p2.html" aria-label="下一页">»</a>'], "/zwgk/1320_p2.html"),
    ("/zwgk/1320_p2.html", ['<a href="1320_p3.html">下一页</a>'], "/zwgk/1320_p3.html"),
    ("/zwgk/1320.html", ['<a href="1320-P2.html">2</a>'], "/zwgk/1320-P2.html"),
    ("/zwgk/1320.html", ['<a href="1320.html/2">下一页</a>'], "/zwgk/1320.html/2"),
    ("/zwgk/1320.html/2", ['<a href="/zwgk/1320.html">1</a>', '<a href="/zwgk/1320.html/3">3</a>'], "/zwgk/1320.html/3"),
    ("/zwgk/1320.html", ['<a href="?pn=2">下一页</a>'], "/zwgk/1320.html?pn=2"),
    ("/zwgk/1320.html", ['<a href="1320.html?p=2">2</a>'], "/zwgk/1320.html?p=2"),
    ("/show.asp?id=1320", ['<a href="show.asp?id=1320&amp;pn=2">»</a>'], "/show.asp?id=1320&pn=2"),
    # TRS WCM: the second page is `_1`, the third `_2`; 下一页 settles it where `_1` is the first
    ("/zwgk/t20240115_123456.html", ['<a href="t20240115_123456_1.html">2</a>',
                                     '<a href="t20240115_123456_2.html">3</a>'], "/zwgk/t20240115_123456_1.html"),
    ("/zwgk/t20240115_123456_1.html", ['<a href="t20240115_123456.html">1</a>',
                                       '<a href="t20240115_123456_2.html">3</a>'], "/zwgk/t20240115_123456_2.html"),
    ("/zwgk/t20240115_123456.html", ['<a href="t20240115_123456_1.html">上一页</a>',
                                     '<a href="t20240115_123456_2.html">下一页</a>'], "/zwgk/t20240115_123456_2.html"),
    # a pager that skips a number still leads to the lowest later part
    ("/zwgk/1320.html", ['<a href="1320-4.html">尾页</a>', '<a href="1320-3.html">3</a>'], "/zwgk/1320-3.html"),
    # a report that is its folder's index page: parts `index_1.html` (TRS) or `index_2.html`
    ("/zwgk/c1234/index.html", ['<a href="index_1.html">下一页</a>'], "/zwgk/c1234/index_1.html"),
    ("/zwgk/c1234/", ['<a href="index_2.html" aria-label="下一页">›</a>'], "/zwgk/c1234/index_2.html"),
    ("/zwgk/c1234/index_1.html", ['<a href="index.html">上一页</a>', '<a href="index_2.html">3</a>'],
     "/zwgk/c1234/index_2.html"),
    # …or paged by query as any other report page
    ("/zwgk/c1234/", ['<a href="?page=2">下一页</a>'], "/zwgk/c1234/?page=2"),
    ("/zwgk/c1234/index.html", ['<a href="index.html?pn=2">2</a>'], "/zwgk/c1234/index.html?pn=2"),
])
def test_later_parts_in_other_cms_forms_are_followed(page, anchors, following):
    s = spider(ReportSiteSpider, P + "/")
    first = P + page
    results = list(s.parse_report(response(first, _page(*anchors), {"document_url": first, "part": 1})))
    assert items_of(results)[0]["next_url"] == P + following
    assert requests_of(results)[0].url == P + following and requests_of(results)[0].meta["part"] == 2


@pytest.mark.parametrize("page, anchors", [
    # another report's parts, and a report of another folder with the same number
    ("/zwgk/1320.html", ['<a href="1321-2.html">下一页</a>', '<a href="/other/1320-2.html">2</a>',
                         '<a href="13200_p2.html">2</a>']),
    # a listing's next page, on a report page's sidebar
    ("/zwgk/1320.html", ['<a href="list_2.html">下一页</a>', '<a href="index_1.html">下一页</a>',
                         '<a href="/zwgk/?page=2">2</a>']),
    # a date and a number naming one page, not a part
    ("/zwgk/2023.html", ['<a href="2023-12.html">下一页</a>']),
    # only an earlier part: this is the last
    ("/zwgk/1320-3.html", ['<a href="1320.html">1</a>', '<a href="1320-2.html">上一页</a>']),
    ("/zwgk/t20240115_123456_2.html", ['<a href="t20240115_123456.html">1</a>',
                                       '<a href="t20240115_123456_1.html">2</a>']),
    # index pages that a pager does not name, or of another folder
    ("/zwgk/c1234/index.html", ['<a href="index_1.html">更多政策文件</a>', '<a href="../index_1.html">下一页</a>']),
])
def test_no_next_part_is_taken_from_other_documents_or_listings(page, anchors):
    s = spider(ReportSiteSpider, P + "/")
    first = P + page
    results = list(s.parse_report(response(first, _page(*anchors), {"document_url": first, "part": 1})))
    assert items_of(results)[0]["next_url"] == ""
    assert not [r for r in requests_of(results) if r.meta.get("document_url") == first]


@pytest.mark.parametrize("url, page", [
    ("http://x/a/1320-2.html", ("1320", 2)),
    ("http://x/a/1320_p2.html", ("1320", 2)),
    ("http://x/a/1320-p12.html", ("1320", 12)),
    ("http://x/a/1320.html/2", ("1320", 2)),
    ("http://x/a/1320.html?pn=3", ("1320", 3)),
    # a dash that joins a date and a number, or a number past 99: one page's name
    ("http://x/a/2023-12.html", ("2023-12", 1)),
    ("http://x/a/20231215-3.html", ("20231215-3", 1)),
    ("http://x/a/2023-123.html", ("2023-123", 1)),
    ("http://x/a/1320-01.html", ("1320-01", 1)),
    ("http://x/a/art-1320.html", ("art-1320", 1)),
])
def test_part_forms_of_a_static_address(url, page):
    assert document_page(url) == page


def test_a_report_page_does_not_take_its_own_parts_for_reports_beside_it():
    """`1320-2.html` is the report's second part, not a report of its folder;
    an index-page report's `index_1.html` is its part, not its section's listing."""
    s = spider(ReportSiteSpider, P + "/")
    first = P + "/zwgk/gzbg/1320.html"
    body = _page('<a href="/zwgk/gzbg/">政府工作报告</a>', '<a href="1320-2.html">2</a>',
                 '<a href="1320-3.html">3</a>', '<a href="1319.html">上一篇</a>')
    asked = {r.url: r.meta.get("part") for r in requests_of(
        s.parse_report(response(first, body, {"document_url": first, "part": 1})))}
    assert asked == {P + "/zwgk/gzbg/1320-2.html": 2, P + "/zwgk/gzbg/": None, P + "/zwgk/gzbg/1319.html": 1}
    first = P + "/zwgk/gzbg/c1320/index.html"
    body = _page('<a href="/zwgk/gzbg/">政府工作报告</a>', '<a href="index_1.html">下一页</a>')
    asked = {r.url for r in requests_of(s.parse_report(response(first, body, {"document_url": first, "part": 1})))}
    assert asked == {P + "/zwgk/gzbg/c1320/index_1.html", P + "/zwgk/gzbg/"}


CARD_LINKS = """<html><body><main class="feed">
<a class="card" href="/baogao/huadong/5905.html"><div class="thumb"><img src="/t.jpg" alt=""></div>
<div class="card-body"><h4>（江苏省）无锡市新吴区2023年政府工作报告</h4><span>博县网 · 2025-07-02</span></div></a>
<a class="card" href="/baogao/huazhong/1323.html"><div class="t">（河南省）济源市2022年政府工作报告</div>
<div class="m">博县网 2025-07-02 阅读 1.2万</div></a>
<a href="/baogao/huazhong/1204.html"><p>2022年魏都区政府工作报告</p><p>现在，我代表区人民政府，向大会报告工作。</p></a>
<a href="/baogao/huazhong/1320.html">（河南省）驻马店市驿城区<b>2022年</b>政府工作报告</a>
<a href="/baogao/huazhong/?page=2"><div>加载更多</div></a></main></body></html>""".encode("utf-8")


def test_a_card_links_text_is_its_title_not_its_source_and_date_glued_on():
    """A link drawn as a card (a title block over the source and date, or a
    summary) says its title: its heading, else its longest block that is no
    sentence. Inline markup inside a title still joins without a space."""
    found = links(response("http://m.example.com/", CARD_LINKS))
    assert [link.text for link in found] == [
        "（江苏省）无锡市新吴区2023年政府工作报告", "（河南省）济源市2022年政府工作报告",
        "2022年魏都区政府工作报告", "（河南省）驻马店市驿城区2022年政府工作报告", "加载更多"]
