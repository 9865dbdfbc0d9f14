"""The replica against the seed files, over real HTTP on loopback.

Pages are rendered to text by an independent renderer (BeautifulSoup + lxml,
block elements as line breaks, then NFKC, as the seed renderings were made),
so these tests check what a reader of the page sees, not the replica's markup.
The faithfulness tests run on every build of the sites that keeps the seeds'
report addresses (``MARKUP_BUILDS``; the modern build pages its listings and
a report's later parts under other addresses): each build's pages must read
like the seeds, whatever their markup. The dynamic build, which serves the same pages under
other addresses, must read like the default build page for page.
"""
from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import replace
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, NavigableString
from bs4.element import PreformattedString

from replica.corpus import (
    SEED_004_ON_SITE_A, SITE_B_TITLE_PREFIXES, default_reports, denormalise,
    parse_seed_listing, seed_text, split_paragraphs,
)
from replica.server import start
from replica.faults import KINDS, Faults, page_of
from replica.site import BUILDS, SiteA, SiteB
from tests.seed_expectations import SEED_REPORTS

pytestmark = pytest.mark.timeout(60)

REGION_PATHS = {
    "华北": "/baogao/huabei/", "东北": "/baogao/dongbei/", "华东": "/baogao/huadong/",
    "华中": "/baogao/huazhong/", "华南": "/baogao/huanan/", "西南": "/baogao/xinan/",
    "西北": "/baogao/xibei/",
}
BLOCK = {
    "address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
}
INDENT = "  "  # a paragraph's two ideographic spaces, after NFKC
# Builds whose reports are at the seeds' own addresses (their first pages, which 本文地址 names).
MARKUP_BUILDS = tuple(b for b in BUILDS if b != "dynamic")


# --------------------------------------------------------------------------
# helpers


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def render(html: bytes | str, normalise: bool = True) -> list[str]:
    """Non-empty text lines of a page as a browser shows them (block = line)."""
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["head", "script", "style"]):
        tag.decompose()
    parts: list[str] = []

    def walk(node) -> None:
        for child in node.children:
            if isinstance(child, PreformattedString):  # comments, doctype
                continue
            if isinstance(child, NavigableString):
                parts.append(re.sub(r"[ \t\n\r\f]+", " ", str(child)))
            elif child.name == "br":
                parts.append("\n")
            elif child.name in BLOCK:
                parts.append("\n")
                walk(child)
                parts.append("\n")
            else:
                walk(child)

    walk(soup)
    # Only HTML whitespace is trimmed: the ideographic indent is page content.
    lines = [line.strip(" \t\n\r\f") for line in "".join(parts).split("\n")]
    return [nfkc(line) if normalise else line for line in lines if line]


def paragraphs_of(lines: list[str]) -> list[str]:
    """Body paragraphs of a rendered report page: the indented lines (two
    spaces after NFKC; ideographic or no-break spaces before it)."""
    return [line.strip() for line in lines if line.startswith((INDENT, "\u3000\u3000", "\xa0\xa0"))]


def seed_lines(number: str) -> list[str]:
    return [nfkc(line) for line in seed_text(number).splitlines() if line.strip()]


def assert_in_order(expected: list[str], lines: list[str]) -> None:
    """Every expected line occurs in `lines`, in this order."""
    at = 0
    for line in expected:
        try:
            at = lines.index(line, at) + 1
        except ValueError:
            raise AssertionError(f"missing (in order): {line[:60]!r}") from None


class Page:
    def __init__(self, url: str, status: int, headers, body: bytes):
        self.url, self.status, self.headers, self.body = url, status, headers, body

    @property
    def text(self) -> str:
        return self.body.decode(charset_of(self))

    def lines(self, normalise: bool = True) -> list[str]:
        return render(self.text, normalise)

    def links(self) -> list[tuple[str, str]]:
        """(absolute href, name) of every anchor, resolved as a browser does (<base> first).
        A link's name is what a screen reader says: its aria-label if it has one
        (`<a aria-label="下一页">›</a>`), else its text."""
        soup = BeautifulSoup(self.text, "lxml")
        base = soup.find("base", href=True)
        base_url = urllib.parse.urljoin(self.url, base["href"]) if base else self.url
        return [(urllib.parse.urljoin(base_url, a["href"]), a.get("aria-label") or a.get_text(strip=True))
                for a in soup.find_all("a", href=True)]

    def link(self, text: str) -> str | None:
        return next((href for href, t in self.links() if t == text), None)


def fetch(url: str) -> Page:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return Page(resp.url, resp.status, resp.headers, resp.read())
    except urllib.error.HTTPError as err:
        return Page(url, err.code, err.headers, err.read())


def report_pages(base: str, path: str) -> list[Page]:
    """Every page of a site-A report, following 下一页 from its first page."""
    pages = [fetch(base + path)]
    while (nxt := pages[-1].link("下一页")) and len(pages) < 20:
        pages.append(fetch(nxt))
    return pages


@pytest.fixture(scope="module")
def rep():
    with start() as running:
        yield running


@pytest.fixture(scope="module", params=MARKUP_BUILDS)
def built(request):
    """The replica in each of its builds at the seeds' addresses (same pages, different markup)."""
    with start(build=request.param) as running:
        yield running


@pytest.fixture(scope="module")
def site_b_pages(built) -> list[Page]:
    """Every site-B listing page, reached from the home page."""
    home = fetch(built.site_b_url + "/")
    pages = [fetch(home.link("政府工作报告"))]
    while (nxt := pages[-1].link("下一页")) and len(pages) < 20:
        pages.append(fetch(nxt))
    return pages


# --------------------------------------------------------------------------
# faithful to the seeds


@pytest.mark.parametrize("number, path", [
    ("000", "/baogao/huazhong/1320.html"),
    ("001", "/baogao/huazhong/1323.html"),
    ("002", "/baogao/huazhong/1204.html"),
])
def test_seed_page_reproduced(built, number, path):
    """Every line of the seed (nav label, title, indented paragraphs,
    disclaimer, 本文地址, comment box) appears on the page, in order."""
    page = fetch(built.site_a_url + path)
    assert page.status == 200
    assert page.headers["Content-Type"].startswith("text/html")
    lines = page.lines()
    assert_in_order(seed_lines(number), lines)
    seed_paragraphs = [line.strip() for line in seed_lines(number) if line.startswith(INDENT)]
    assert paragraphs_of(lines) == seed_paragraphs
    # The live page carries full-width forms, not the seed's ASCII ones, and
    # indents with two wide or no-break spaces.
    assert "，" in page.text and "（河南省）" in page.text
    assert len(paragraphs_of(page.lines(normalise=False))) == len(seed_paragraphs)


def test_seed_003_split_over_two_pages(built):
    first, second = report_pages(built.site_a_url, "/baogao/huadong/5905.html")
    report = built.site_a.by_id[5905]
    assert [first.url, second.url] == [built.site_a_url + url for url in built.site_a.report_urls(report)]
    assert second.url.endswith(("/5905_2.html", "/5905.html?page=2"))
    one, two = first.lines(), second.lines()
    seed = seed_lines("003")
    seed_paragraphs = [line.strip() for line in seed if not line.startswith(("本文", "留言", "验证码", "网站地图"))]
    assert paragraphs_of(one) + paragraphs_of(two) == seed_paragraphs
    assert "(江苏省)无锡市新吴区2023年政府工作报告" in one
    assert "(江苏省)无锡市新吴区2023年政府工作报告" not in two
    # Page 2 ends like the seed: spam disclaimer, 本文地址 of page 1, comments, footer.
    assert_in_order(seed[len(paragraphs_of(one)):], two)
    assert any("相关地区政府pp电子娱乐官网" in line for line in two)
    assert not any("pp电子娱乐" in line for line in one)
    assert "本文地址:/baogao/huadong/5905.html" in one


def test_site_b_items_reproduce_seed_004(site_b_pages):
    lines = [line for page in site_b_pages for line in page.lines()]
    for item in parse_seed_listing(seed_text("004")):
        title = nfkc(SITE_B_TITLE_PREFIXES.get(item.title, "") + item.title)
        at = lines.index(title)
        assert lines[at + 1] == nfkc(item.body), item.title
        assert lines[at + 2] == item.date == "2025-07-02"
    assert "【襄阳市招商】2022年襄阳市政府工作报告" in lines
    assert "【咸阳市招商】咸阳市举行2022年重点项目集中签约活动" in lines
    for page in site_b_pages:
        assert page.lines()[-3:] == ["有想补充的信息?点我投稿", "联系我们", "企业入驻"]
        assert page.lines(normalise=False)[-3] == "有想补充的信息？点我投稿"


def test_site_b_pagination(built, site_b_pages):
    urls = [built.site_b_url + url for url in built.site_b.listing_urls()]
    assert [p.url for p in site_b_pages] == urls and len(urls) == 3
    if built.site_b.listing_urls()[0] == "/info/12/page/1":  # the seeds' own shape
        assert urls[1:] == [built.site_b_url + "/info/12/page/2", built.site_b_url + "/info/12/page/3"]
    assert all(p.status == 200 for p in site_b_pages)
    first = dict((t.strip("[]"), h) for h, t in site_b_pages[0].links())
    assert first["2"] == urls[1] and first["3"] == urls[2]
    assert site_b_pages[-1].link("下一页") is None


def test_site_a_copies_equal_site_b_bodies(built, site_b_pages):
    """Each 004 report's site-A pages hold the site-B body, character for character."""
    b_lines = [line for page in site_b_pages for line in page.lines(normalise=False)]
    squeeze = lambda text: re.sub(r"\s", "", text)
    for b_title, (_, a_title, report_id) in SEED_004_ON_SITE_A.items():
        b_body = b_lines[b_lines.index(SITE_B_TITLE_PREFIXES.get(b_title, "") + b_title) + 1]
        path = next(r.path for r in default_reports() if r.id == report_id)
        pages = report_pages(built.site_a_url, path)
        assert len(pages) >= 2, a_title
        paragraphs = [p for page in pages
                      for p in paragraphs_of(render(page.body.decode(charset_of(page)), False))]
        assert squeeze("".join(paragraphs)) == squeeze(b_body), a_title
        assert nfkc(a_title) in pages[0].lines()
        # Cut at the report's structure, never inside a sentence.
        greeting = next(i for i, p in enumerate(paragraphs) if p.startswith("各位代表"))
        assert 2 <= greeting <= 4, paragraphs[:5]
        for paragraph in paragraphs[greeting + 1:]:
            assert re.search(r"[。！？：][”’）]*$", paragraph), paragraph[-30:]


# Labels browsers decode with a larger codec (the WHATWG encoding standard).
BROWSER_DECODER = {"gb2312": "gbk", "iso-8859-1": "cp1252"}


def charset_of(page: Page) -> str:
    """The codec a browser decodes the page with: the header's charset, else the <meta>'s."""
    header = re.search(r"charset=([\w-]+)", page.headers.get("Content-Type", ""))
    meta = re.search(rb'<meta[^>]+charset="?([\w-]+)', page.body[:1024], re.I)
    label = (header[1] if header else meta[1].decode()).lower()
    return BROWSER_DECODER.get(label, label)


# --------------------------------------------------------------------------
# structure


def test_home_reaches_seven_sections(rep):
    home = fetch(rep.site_a_url + "/")
    assert "导航菜单" in home.lines()
    found = {text: href for href, text in home.links() if text in REGION_PATHS}
    assert found == {label: rep.site_a_url + path for label, path in REGION_PATHS.items()}
    for label, url in found.items():
        listing = fetch(url)
        assert listing.status == 200, label
        assert f"{label}地区政府工作报告" in listing.lines()
    for empty in ("华南", "西南"):
        assert any("暂无内容" in line for line in fetch(found[empty]).lines())
    hrefs = {href for href, _ in home.links()}
    assert {rep.site_a_url + "/about.html", rep.site_a_url + "/admin/",
            "http://www.gov.cn/", rep.site_b_url + "/"} <= hrefs


def test_listing_pagination(rep):
    first = fetch(rep.site_a_url + "/baogao/huazhong/")
    second = fetch(first.link("下一页"))
    assert second.url == rep.site_a_url + "/baogao/huazhong/list_2.html"
    assert second.link("上一页") == rep.site_a_url + "/baogao/huazhong/"
    assert second.link("1") == rep.site_a_url + "/baogao/huazhong/"
    assert second.link("下一页") is None
    report_link = re.compile(r"/baogao/huazhong/(\d+)\.html$")
    # Listings have no sidebar, so these are the listing entries only.
    ids = [[int(m[1]) for href, _ in page.links() if (m := report_link.search(href))]
           for page in (first, second)]
    # 1100 is the report published as a PDF attachment (replica.attachments):
    # the section's oldest, so last on page 2, which had room for it.
    assert [len(x) for x in ids] == [4, 4]
    assert sorted(ids[0] + ids[1]) == [1100, 1204, 1320, 1323, 3175, 3179, 3180, 3185]
    assert fetch(rep.site_a_url + "/baogao/huazhong/list_3.html").status == 404


def test_split_report_pages_link_each_other(rep):
    pages = report_pages(rep.site_a_url, "/baogao/huabei/3181.html")
    urls = [p.url for p in pages]
    assert urls[0].endswith("/baogao/huabei/3181.html") and len(pages) >= 2
    assert urls[1:] == [rep.site_a_url + f"/baogao/huabei/3181_{n}.html" for n in range(2, len(pages) + 1)]
    for n, page in enumerate(pages, 1):
        lines = page.lines()
        assert "本文地址:/baogao/huabei/3181.html" in lines
        assert ("(河北省)河北省2022年政府工作报告" in lines) == (n == 1)
        links = dict((t, h) for h, t in page.links())
        assert {links.get(str(k)) for k in range(1, len(pages) + 1) if k != n} == set(urls) - {page.url}
        if n > 1:
            assert links["上一页"] == urls[n - 2]
        assert "相关报告" in lines  # the sidebar, boilerplate for the cleaners


def test_robots(rep):
    robots_a = fetch(rep.site_a_url + "/robots.txt")
    assert robots_a.status == 200 and robots_a.headers["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in robots_a.text.splitlines()
    assert fetch(rep.site_b_url + "/robots.txt").status == 200


def test_not_found(rep):
    huabei = fetch(rep.site_a_url + "/baogao/huabei/")
    dead = [href for href, text in huabei.links() if nfkc(text) == "(北京市)朝阳区2022年政府工作报告"]
    assert dead, "the listing links to a report that is gone"
    page = fetch(dead[0])
    assert page.status == 404 and "页面不存在" in page.lines()
    for path in ("/nowhere.html", "/baogao/huadong/5905_3.html", "/baogao/huabei/1320.html",
                 "/baogao/huazhong/1320_1.html"):
        assert fetch(rep.site_a_url + path).status == 404, path
    assert fetch(rep.site_b_url + "/info/12/page/9").status == 404


def test_not_a_report_is_listed(rep):
    page = fetch(rep.site_a_url + "/baogao/huazhong/3180.html")
    assert page.status == 200
    assert "(河南省)济源市2021年国民经济和社会发展统计公报" in page.lines()


def test_gbk_page_declares_charset_in_meta_only(rep):
    pages = report_pages(rep.site_a_url, "/baogao/huazhong/3179.html")
    for page in pages:
        assert page.headers["Content-Type"] == "text/html"
        assert b'<meta charset="gbk">' in page.body
        with pytest.raises(UnicodeDecodeError):
            page.body.decode("utf-8")
        text = page.body.decode("gbk")
        assert "本文地址：/baogao/huazhong/3179.html" in render(text, False)
    assert "(湖南省)郴州市2022年政府工作报告" in render(pages[0].body.decode("gbk"))


def test_replica_lifecycle_and_hits():
    with start(page_size=2) as running:
        assert running.site_a_url != running.site_b_url
        listing = fetch(running.site_a_url + "/baogao/huazhong/")
        assert listing.link("4") == running.site_a_url + "/baogao/huazhong/list_4.html"
        assert running.hits[("a", "/baogao/huazhong/")] == 1
        url = running.site_a_url
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url + "/", timeout=2)


# --------------------------------------------------------------------------
# the legacy build: same text, different markup


@pytest.fixture(scope="module")
def legacy_rep():
    with start(build="legacy") as running:
        yield running


def test_legacy_markup_is_old_style(legacy_rep):
    for page in (fetch(legacy_rep.site_a_url + "/baogao/huazhong/1320.html"),
                 fetch(legacy_rep.site_b_url + "/info/12/page/1")):
        assert page.headers["Content-Type"] == "text/html"  # charset in the <META> only
        assert re.search(rb'<META HTTP-EQUIV=Content-Type CONTENT="text/html; charset=(gb2312|gbk)">',
                         page.body)
        with pytest.raises(UnicodeDecodeError):
            page.body.decode("utf-8")
        for modern in (b"<p>", b"<li>", b"<div", b"<h1", b'class="'):
            assert modern not in page.body.lower(), modern
        assert b"<TD" in page.body
    listing = fetch(legacy_rep.site_b_url + "/info/12/page/1")
    assert b"<DT>" in listing.body
    # Site B's relative links start from its <BASE>, not from the page's folder.
    assert f"<BASE HREF={legacy_rep.site_b_url}/>".encode() in listing.body
    assert b"<A HREF=info/12/page/3>" in listing.body
    assert listing.link("[3]") == legacy_rep.site_b_url + "/info/12/page/3"
    # Site A says gb2312 but writes GBK: a character outside GB2312 comes as GBK bytes.
    hebei = fetch(legacy_rep.site_a_url + "/baogao/huabei/3181.html")
    assert "勠".encode("gbk") in hebei.body and b"charset=gb2312" in hebei.body
    with pytest.raises(UnicodeDecodeError):
        hebei.body.decode("gb2312")


def test_legacy_home_reaches_sections_through_its_image_map_only(legacy_rep):
    home = fetch(legacy_rep.site_a_url + "/")
    assert "导航菜单" in home.lines()
    soup = BeautifulSoup(home.text, "lxml")
    areas = {area["alt"]: urllib.parse.urljoin(home.url, area["href"]) for area in soup.find_all("area")}
    assert {label: areas[label] for label in REGION_PATHS} == {
        label: legacy_rep.site_a_url + path for label, path in REGION_PATHS.items()}
    assert not [href for href, _ in home.links() if href.rstrip("/").endswith(tuple(
        p.rstrip("/") for p in REGION_PATHS.values()))]


def test_legacy_pagination_is_written_in_many_ways(legacy_rep):
    base = legacy_rep.site_a_url + "/baogao/huabei/"
    first = fetch(base + "3181.html")
    raw = first.text
    assert "第1页 共" in " ".join(first.lines())
    assert "../huabei/3181_2.html" in raw and f"{base}3181_2.html" in raw  # relative and with the host
    links = dict((t, h) for h, t in first.links())
    assert links["[2]"] == links["下一页"] == base + "3181_2.html"
    pages = report_pages(legacy_rep.site_a_url, "/baogao/huabei/3181.html")
    assert links["尾页"] == pages[-1].url and len(pages) >= 2
    listing = fetch(legacy_rep.site_a_url + "/baogao/huazhong/")
    entries = [h for h, t in listing.links() if re.search(r"/baogao/huazhong/\d+\.html$", h)]
    assert len(entries) == 4 and "TARGET=_blank" in listing.text
    assert listing.link("下一页") == legacy_rep.site_a_url + "/baogao/huazhong/list_4_2.html"  # DedeCMS's shape
    second = fetch(listing.link("下一页"))
    assert second.link("[1]") == second.link("上一页") == legacy_rep.site_a_url + "/baogao/huazhong/"


# --------------------------------------------------------------------------
# the modern build: same text, HTML5 templates, other listing and part addresses


@pytest.fixture(scope="module")
def modern_rep():
    with start(build="modern") as running:
        yield running


def test_modern_markup_is_html5_with_cards_and_relative_links(modern_rep):
    base = modern_rep.site_a_url
    report = fetch(base + "/baogao/huabei/3181.html")
    soup = BeautifulSoup(report.text, "lxml")
    for tag in ("header", "nav", "main", "article", "aside", "footer"):
        assert soup.find(tag) is not None, tag
    assert soup.select("nav > ul > li > ul a")  # the sections in a nested menu
    crumbs = soup.select("nav[aria-label] > ol > li")
    assert [li.get_text() for li in crumbs] == ["首页", "华北", "正文"]
    hrefs = [a["href"] for a in soup.find_all("a", href=True)]
    assert "../../" in hrefs and "./" in hrefs and "../huazhong/" in hrefs
    assert not [h for h in hrefs if h.startswith("/baogao/")]  # every link relative
    article = soup.find("article")
    assert article.find("a", string="下一页")["href"] == "./3181.html?page=2"
    assert b"3181_2" not in report.body
    neighbours = [line for line in report.lines() if line.startswith(("上一篇", "下一篇"))]
    assert len(neighbours) == 2 and "下一篇:(天津市)蓟州区2022年政府工作报告" in neighbours

    listing = fetch(base + "/baogao/huazhong/")
    cards = BeautifulSoup(listing.text, "lxml").select("li > a[href]")
    card = next(a for a in cards if a.find("h3"))
    assert card["href"].startswith("./") and card.find("p").get_text() and card.find("time")["datetime"]
    assert listing.link("下一页") == base + "/baogao/huazhong/index_1.html"
    pager = BeautifulSoup(listing.text, "lxml").find("a", attrs={"aria-label": "下一页"})
    assert pager.get_text() == "›"  # the word is for screen readers only
    assert any("共2页" in line and "跳转" in line for line in listing.lines())
    second = fetch(listing.link("下一页"))
    assert second.link("上一页") == second.link("1") == base + "/baogao/huazhong/"
    # the jump form's `?page=2` is the same page
    assert fetch(base + "/baogao/huazhong/?page=2").url == second.url

    listing_b = fetch(fetch(modern_rep.site_b_url + "/").link("政府工作报告"))
    assert listing_b.url == modern_rep.site_b_url + "/info/12/"
    icon = BeautifulSoup(listing_b.text, "lxml").find("a", attrs={"aria-label": "下一页"})
    assert icon.get_text(strip=True) == "" and icon.find("svg") is not None  # an icon, no text
    assert listing_b.link("下一页") == modern_rep.site_b_url + "/info/12/?page=2"


@pytest.mark.parametrize("label, address", [
    ("a", "/baogao/huazhong/list_2.html"), ("a", "/baogao/huabei/3181_2.html"),
    ("a", "/baogao/huabei/3181.html?page=1"), ("a", "/baogao/huabei/3181.html?page=9"),
    ("a", "/baogao/huazhong/index_2.html"), ("b", "/info/12/page/1"), ("b", "/info/12/?page=9"),
    ("b", "/info/12/?page=2&page=3"),
])
def test_modern_build_answers_404_to_other_builds_addresses(modern_rep, label, address):
    base = modern_rep.site_a_url if label == "a" else modern_rep.site_b_url
    assert fetch(base + address).status == 404


@pytest.mark.parametrize("part_names, separator", [("dash", "-"), ("p", "_p")])
def test_part_names_option_names_later_parts_and_answers_404_to_other_forms(part_names, separator):
    site = SiteA(default_reports(), part_names=part_names)
    report = next(r for r in site.by_id.values() if len(site.report_urls(r)) > 2)
    first, second, third = site.report_urls(report)[:3]
    assert second == first.replace(".html", f"{separator}2.html") and third.endswith(f"{separator}3.html")
    page = site.handle(first)
    assert page.status == 200 and second.encode() in page.body
    assert site.handle(second).status == 200
    for other in ("_2.html", "-2.html", "_p2.html"):
        if other != f"{separator}2.html":
            assert site.handle(first.replace(".html", other)).status == 404
    with pytest.raises(ValueError):
        SiteA(default_reports(), build="modern", part_names=part_names)


# --------------------------------------------------------------------------
# the model, without HTTP


def test_denormalise_round_trips_every_seed():
    for number in ("000", "001", "002", "003", "004"):
        text = seed_text(number)
        assert nfkc(denormalise(text)) == nfkc(text)
    assert denormalise("增长(4.9%),达到1,234亿元!") == "增长（4.9%），达到1,234亿元！"
    assert denormalise("410家。????二是") == "410家。????二是"  # lost characters, not questions


def test_split_paragraphs_keeps_sentences_whole():
    body = denormalise("2022年某市政府工作报告2022年1月6日在某市第十八届人民代表大会第一次会议上"
                       "某市人民政府市长张三各位代表:现在,我代表市人民政府向大会报告工作。"
                       " 一、过去五年工作回顾过去五年,成绩显著。增长统 一、政策协同。")
    assert split_paragraphs(body) == [
        "2022年某市政府工作报告", "2022年1月6日在某市第十八届人民代表大会第一次会议上",
        "某市人民政府市长张三", "各位代表：", "现在，我代表市人民政府向大会报告工作。",
        "一、过去五年工作回顾过去五年，成绩显著。增长统 一、政策协同。",
    ]


def test_site_options_and_extra_reports():
    reports = default_reports()
    site = SiteA(reports, page_size=2, page_chars=3000)
    assert len(site.listing_urls("huazhong")) == 4
    hebei = next(r for r in reports if r.id == 3181)
    assert len(site.report_urls(hebei)) > len(SiteA(reports).report_urls(hebei))
    # Seeds 000-002 stay one page and 003 two, whatever the page length.
    assert [len(site.report_urls(r)) for r in reports[:4]] == [1, 1, 1, 2]
    with pytest.raises(ValueError):
        SiteA([*reports, hebei])
    extra = replace(hebei, key="synthetic", id=90001, region="huanan")
    assert SiteA([*reports, extra]).handle("/baogao/huanan/90001.html").status == 200


def test_expectations_match_site_a_paths():
    paths = {r.path for r in default_reports()}
    for expected in SEED_REPORTS:
        if "site_a" in expected:
            assert expected["site_a"] in paths


def test_replica_imports_no_other_baogao_package():
    code = ("import sys, replica.server, replica.corpus, replica.site; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'crawler', 'cleaning', 'archive', 'baogao', 'scrapy', 'bs4'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[1], timeout=30)
    assert out.stdout.strip() == "[]", out.stderr


# --------------------------------------------------------------------------
# the dynamic build: the default build's pages under script addresses


@pytest.fixture(scope="module")
def dynamic_rep():
    with start(build="dynamic") as running:
        yield running


def every_address(site_a: SiteA, site_b: SiteB) -> list[tuple[str, str]]:
    """("a" | "b", address) of every page a reader reaches on the two sites."""
    pages = [("a", "/"), ("a", "/about.html"), ("a", "/sitemap.html"), ("b", "/"), ("b", "/contact/")]
    pages += [("a", url) for slug in site_a.region_ids for url in site_a.listing_urls(slug)]
    pages += [("a", url) for report in site_a.by_id.values() for url in site_a.report_urls(report)]
    return pages + [("b", url) for url in site_b.listing_urls()]


def answered(site, url: str) -> Page:
    answer = site.handle(url)
    return Page(url, answer.status, answer.headers, answer.body)


def test_dynamic_build_reads_like_the_default_build_page_for_page():
    """Every page, the n-th address of each kind for the n-th: same status,
    same text, but for the 本文地址 line, which shows the build's own address."""
    reports = default_reports()
    default = SiteA(reports), SiteB(reports)
    dynamic = SiteA(reports, build="dynamic"), SiteB(reports, build="dynamic")
    own = {site.address(r): r for site in (default[0], dynamic[0]) for r in site.by_id.values()}
    pairs = list(zip(every_address(*default), every_address(*dynamic)))
    assert len(pairs) > 50 and all(a[0] == b[0] for a, b in pairs)
    for (label, at_default), (_, at_dynamic) in pairs:
        index = "ab".index(label)
        before, after = answered(default[index], at_default), answered(dynamic[index], at_dynamic)
        assert after.status == before.status, at_dynamic
        expected = before.lines()
        if label == "a" and (page := re.fullmatch(r"(/baogao/[a-z]+/\d+)(?:_\d+)?\.html", at_default)):
            report = own[page[1] + ".html"]
            expected = [line.replace(default[0].address(report), dynamic[0].address(report))
                        if line.startswith("本文地址") else line for line in expected]
            if after.status == 200:
                assert f"本文地址:{dynamic[0].address(report)}" in after.lines(), at_dynamic
        assert after.lines() == expected, at_dynamic


def test_dynamic_build_serves_script_addresses(dynamic_rep):
    base = dynamic_rep.site_a_url
    home = fetch(base + "/")
    sections = {text: href for href, text in home.links() if text in REGION_PATHS}
    assert sections == {label: f"{base}/list.asp?cat={path.split('/')[2]}" for label, path in REGION_PATHS.items()}
    assert f"{base}/show.asp?id=3185&from=index" in {href for href, _ in home.links()}
    listing = fetch(sections["华中"])
    assert listing.link("下一页") == base + "/list.asp?cat=huazhong&page=2"
    pages = report_pages(base, "/show.asp?id=3181")
    assert [p.url for p in pages[1:]] == [f"{base}/show.asp?id=3181&page={n}" for n in range(2, len(pages) + 1)]
    assert all("本文地址:/show.asp?id=3181" in p.lines() for p in pages)
    # a script answers its parameters in any order, and ignores a `from` tag
    for same in ("/show.asp?page=2&id=3181", "/show.asp?id=3181&page=2&from=list"):
        assert fetch(base + same).body == pages[1].body, same
    listing_b = fetch(fetch(dynamic_rep.site_b_url + "/").link("政府工作报告"))
    assert listing_b.url == dynamic_rep.site_b_url + "/index.php?m=content&c=index&a=lists&catid=12"
    assert listing_b.link("下一页") == listing_b.url + "&page=2"


@pytest.mark.parametrize("label, address", [
    ("a", "/baogao/huazhong/1320.html"), ("a", "/baogao/huazhong/"), ("a", "/show.asp"),
    ("a", "/show.asp?id=99999"), ("a", "/show.asp?id=1320&page=1"), ("a", "/show.asp?id=5905&page=3"),
    ("a", "/show.asp?id=01320"), ("a", "/show.asp?id=1320&id=1320"), ("a", "/show.asp?id=1320&x=1"),
    ("a", "/show.asp?ID=1320"), ("a", "/list.asp?cat=nowhere"), ("a", "/list.asp?cat=huazhong&page=3"),
    ("a", "/show.asp?id=3182"),  # a report that is gone
    ("b", "/info/12/page/1"), ("b", "/index.php?m=content&c=index&a=lists&catid=13"),
    ("b", "/index.php?m=content&c=index&a=lists&catid=12&page=9"), ("b", "/index.php?catid=12"),
])
def test_dynamic_build_answers_404_to_other_addresses(dynamic_rep, label, address):
    base = dynamic_rep.site_a_url if label == "a" else dynamic_rep.site_b_url
    assert fetch(base + address).status == 404


def test_faults_are_dealt_to_the_dynamic_builds_script_addresses():
    """Fault mode keys a page by its query too when the query names it, and
    not by the `from` tag a listing or a redirect loop adds."""
    site = SiteA(default_reports(), build="dynamic")
    faults = Faults(seed=1).bind(site)
    reports = {site.address(r) for r in site.by_id.values() if r.status == 200}
    assert len(faults.paths()) >= len(KINDS)
    assert set(faults.paths()) - reports <= {url for slug in site.region_ids for url in site.listing_urls(slug)}
    assert page_of("/show.asp?id=1320&from=loop") == page_of("/show.asp?from=list&id=1320") == "/show.asp?id=1320"
    assert page_of("/baogao/huazhong/1320.html?from=list") == "/baogao/huazhong/1320.html"


def test_reports_published_as_attachments(rep):
    """A page saying the report is in the attachment, and the file it links (a PDF, a DOCX)."""
    for report_id, kind, content_type in ((1100, "pdf", "application/pdf"),
                                          (3100, "docx", "application/vnd.openxmlformats")):
        report = next(r for r in default_reports() if r.id == report_id)
        page = fetch(rep.site_a_url + report.path)
        assert any("附件形式发布" in line for line in page.lines())
        [file_url] = [href for href, text in page.links() if text.endswith("." + kind)]
        assert "政府工作报告" in next(text for href, text in page.links() if href == file_url)
        with urllib.request.urlopen(file_url) as answer:
            assert answer.headers["Content-Type"].startswith(content_type)
            body = answer.read()
        assert body.startswith(b"%PDF" if kind == "pdf" else b"PK\x03\x04")
