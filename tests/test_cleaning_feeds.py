"""A portal column's news feed (RSS 2.0, Atom, RSS 1.0), a sitemap, and an
XHTML page served as XML, read by `clean_page`.

Feeds are written here as the common generators write them: the full text
as escaped markup in `content:encoded` (or in CDATA), Atom's `content` as
escaped HTML or inline XHTML, teasers in `description`. Each item holding a
report is read as a feed reader shows it; the channel's own words never are.
"""
from __future__ import annotations

import html
import re

import pytest

from cleaning import clean_page
from replica.synthetic import make_original, places

COLUMN = "http://www.example.gov.cn/col/col3751/"


@pytest.fixture(scope="module")
def reports():
    by_name = {p.name: p for p in places()}
    return [make_original(by_name["株洲市"], 2023, chars=5000), make_original(by_name["嘉兴市"], 2024, chars=5000)]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def markup(original) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in original.paragraphs)


def rss(items: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="/rss/rss2html.xsl"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>某市人民政府 - 政府工作报告</title><link>{COLUMN}</link>
<description>政府工作报告栏目最新信息，欢迎订阅。</description>
<copyright>版权所有：某市人民政府办公室　备案号：湘ICP备05012345号</copyright>
{items}</channel></rss>"""


def rss_item(title: str, link: str, description: str, content: str | None = None) -> str:
    encoded = f"<content:encoded>{html.escape(content)}</content:encoded>" if content else ""
    return (f"<item><title>{html.escape(title)}</title><link>{link}</link>"
            f"<description>{html.escape(description)}</description>{encoded}</item>")


def check(report, original, title, url):
    assert report.is_report, report.reason
    assert report.title == title
    assert report.place == original.place.name and report.year == original.year
    assert report.canonical_url == url
    body = squeeze(report.body)
    assert all(squeeze(p) in body for p in original.paragraphs[3:])
    assert "欢迎订阅" not in body and "ICP" not in body
    assert "feed" in report.flags


def test_each_item_with_a_report_is_read_and_teasers_and_channel_words_are_not(reports):
    zhuzhou, jiaxing = reports
    feed = rss(
        rss_item("株洲市2023年政府工作报告", "http://www.example.gov.cn/art/2023/1/16/art_1.html",
                 zhuzhou.paragraphs[4][:60] + "……", markup(zhuzhou))
        + rss_item("图解：一图读懂2023年政府工作报告", "http://www.example.gov.cn/art/2023/1/16/art_2.html",
                   "【2022年成绩单】地区生产总值增长4.3%……")
        + rss_item("嘉兴市2024年政府工作报告", "http://www.example.gov.cn/art/2024/1/20/art_3.html",
                   "政府工作报告", markup(jiaxing)))
    found = clean_page(feed, COLUMN + "rss.xml", "application/rss+xml")
    assert len(found) == 2
    check(found[0], zhuzhou, "株洲市2023年政府工作报告", "http://www.example.gov.cn/art/2023/1/16/art_1.html")
    check(found[1], jiaxing, "嘉兴市2024年政府工作报告", "http://www.example.gov.cn/art/2024/1/20/art_3.html")
    assert [r.item for r in found] == [1, 2]
    assert "成绩单" not in found[0].body + found[1].body


def test_a_feed_saved_with_any_type_or_none_is_known_by_its_root(reports):
    zhuzhou = reports[0]
    feed = rss(rss_item("株洲市2023年政府工作报告", "http://www.example.gov.cn/a.html", "摘要", markup(zhuzhou)))
    for content_type in ("text/xml", "application/xml; charset=utf-8", None):
        found = clean_page(feed.encode("utf-8"), "file:///tmp/col3751.xml", content_type)
        assert len(found) == 1
        check(found[0], zhuzhou, "株洲市2023年政府工作报告", "http://www.example.gov.cn/a.html")


def test_full_text_in_cdata_or_only_in_the_description_is_read(reports):
    zhuzhou = reports[0]
    cdata = rss(f"<item><title>株洲市2023年政府工作报告</title><link>http://x.gov.cn/1.html</link>"
                f"<content:encoded><![CDATA[{markup(zhuzhou)}]]></content:encoded></item>")
    described = rss(rss_item("株洲市2023年政府工作报告", "http://x.gov.cn/1.html", markup(zhuzhou)))
    for feed in (cdata, described):
        (report,) = clean_page(feed, COLUMN + "rss.xml", "application/rss+xml")
        check(report, zhuzhou, "株洲市2023年政府工作报告", "http://x.gov.cn/1.html")


def test_atom_entries_in_escaped_html_inline_xhtml_or_plain_text(reports):
    zhuzhou, jiaxing = reports
    plain = "\n".join(jiaxing.paragraphs)
    feed = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>某市人民政府</title><subtitle>欢迎订阅</subtitle>
<entry><title>株洲市2023年政府工作报告</title>
<link rel="alternate" href="http://x.gov.cn/1.html"/><link rel="edit" href="http://x.gov.cn/edit/1"/>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{markup(zhuzhou)}</div></content></entry>
<entry><title>嘉兴市2024年政府工作报告</title><id>http://x.gov.cn/2.html</id>
<content type="text">{html.escape(plain)}</content></entry>
</feed>"""
    first, second = clean_page(feed, COLUMN + "atom.xml", "application/atom+xml")
    check(first, zhuzhou, "株洲市2023年政府工作报告", "http://x.gov.cn/1.html")
    check(second, jiaxing, "嘉兴市2024年政府工作报告", "http://x.gov.cn/2.html")
    assert len(second.body.split("\n\n")) >= len(jiaxing.paragraphs) - 3


def test_a_feed_of_teasers_only_is_a_list_of_reports_and_a_broken_one_no_crash():
    teasers = rss(rss_item("某市2023年政府工作报告", "http://x.gov.cn/1.html", "各位代表：现在，我代表市人民政府……")
                  + rss_item("某市2024年政府工作报告", "http://x.gov.cn/2.html", "各位代表：……"))
    (found,) = clean_page(teasers, COLUMN + "rss.xml", "application/rss+xml")
    assert not found.is_report and found.reason.startswith("index-page")
    for broken in (teasers[:len(teasers) // 2], '<?xml version="1.0"?><rss', "<rss><channel><item>"):
        reports = clean_page(broken, COLUMN + "rss.xml", "application/rss+xml")
        assert reports and all(not report.is_report and report.reason for report in reports)


def test_a_sitemap_naming_reports_lists_pages_and_holds_none():
    sitemap = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>http://www.example.gov.cn/art/2024/1/16/art_1.html</loc><lastmod>2024-01-16</lastmod>
<news:news><news:title>2024年某市政府工作报告</news:title>
<news:keywords>政府工作报告,各位代表,第十八届人民代表大会第三次会议</news:keywords></news:news></url>
</urlset>"""
    for content_type in ("application/xml", None):
        (found,) = clean_page(sitemap.encode(), "http://www.example.gov.cn/sitemap.xml", content_type)
        assert not found.is_report and found.reason.startswith("index-page")


def test_xhtml_served_as_xml_shows_its_cdata_sections(reports):
    zhuzhou = reports[0]
    # A paragraph wrapped in CDATA for its literal `<`: a browser reading XML shows it.
    paragraphs = [f"<p><![CDATA[{p}]]></p>" if n == 5 else f"<p>{html.escape(p)}</p>"
                  for n, p in enumerate(zhuzhou.paragraphs)]
    page = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
            "<title>株洲市2023年政府工作报告</title><script type='text/javascript'>//<![CDATA[\nvar a = 1 < 2;\n//]]>"
            f"</script></head><body><div>{''.join(paragraphs)}</div></body></html>")
    (report,) = clean_page(page.encode(), "http://www.example.gov.cn/1.xhtml", "application/xhtml+xml")
    assert squeeze(zhuzhou.paragraphs[5]) in squeeze(report.body)
    assert "var a" not in report.body and "CDATA" not in report.body
