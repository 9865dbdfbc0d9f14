"""The extraction half of cleaning, on the seed pages and on HTML in other markups.

Seeds are cleaned as the text renderings they are; the HTML pages below are
written here in markups the seed site does not use (a government CMS page,
layout tables with <font> and <br>, an HTML listing), so the rules are shown
to work on what pages say rather than on one site's markup.
"""
from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from cleaning import Report, clean_document, clean_page
from cleaning.boilerplate import classify_line, match_key
from cleaning.decode import decode
from cleaning.paragraphs import (ends_sentence, is_header_line, is_heading, join_broken_lines, restore_paragraphs,
                                 split_header)
from cleaning.spam import remove_spam, spam_kinds
from tests.seed_expectations import FORBIDDEN_IN_BODY, SEED_REPORTS

SEEDS = Path(__file__).resolve().parent.parent / "replica" / "seeds"
SITE_A = "http://127.0.0.1:8001"


def seed_text(number: str) -> str:
    return next(SEEDS.glob(f"{number}_*.txt")).read_text(encoding="utf-8")


def seed_lines(number: str) -> list[str]:
    return seed_text(number).split("\n")


def seed_body_paragraphs(number: str) -> list[str]:
    """The body paragraphs of a site-A seed: its indented lines (003 also its
    first line, the rendering starts mid-body)."""
    lines = seed_lines(number)
    paragraphs = [line.strip() for line in lines if line.startswith("  ") and line.strip()]
    if number == "003":
        paragraphs.insert(0, lines[0].strip())
    return paragraphs


def seed_b_items() -> list[tuple[str, str, str]]:
    """(title, one-line body, date) of each item of seed 004."""
    lines = seed_lines("004")
    return [(lines[i - 1], lines[i], lines[i + 1]) for i in range(2, 40, 4)]


@pytest.fixture(scope="module")
def cleaned() -> dict[str, list[Report]]:
    return {number: clean_page(seed_text(number), url=f"{SITE_A}/baogao/x/0.html")
            for number in ("000", "001", "002", "003", "004")}


def no_break_inside_sentences(report: Report) -> list[str]:
    """Paragraphs that end mid-sentence and are neither heading nor header piece."""
    header = split_header(report.body.replace("\n\n", ""))[0]
    return [p for p in report.paragraphs
            if not (ends_sentence(p) or is_heading(p) or is_header_line(p) or p in header)]


# --- site A seeds -----------------------------------------------------------------------


@pytest.mark.parametrize("number", ["000", "001", "002"])
def test_site_a_title_found(cleaned, number):
    assert cleaned[number][0].title == seed_lines(number)[2].strip()


def test_page_without_title_has_none(cleaned):
    assert cleaned["003"][0].title is None


@pytest.mark.parametrize("number", ["000", "001", "002", "003"])
def test_every_seed_paragraph_kept_as_a_paragraph(cleaned, number):
    [report] = cleaned[number]
    assert report.is_report, report.reason
    assert report.paragraphs == seed_body_paragraphs(number)


@pytest.mark.parametrize("number", ["000", "001", "002", "003", "004"])
def test_no_boilerplate_in_any_body(cleaned, number):
    for report in cleaned[number]:
        for phrase in FORBIDDEN_IN_BODY:
            assert phrase not in report.body, (number, report.item, phrase)
        assert report.title is None or "导航菜单" not in report.title


@pytest.mark.parametrize("number,path", [
    ("000", "/baogao/huazhong/1320.html"), ("001", "/baogao/huazhong/1323.html"),
    ("002", "/baogao/huazhong/1204.html"), ("003", "/baogao/huadong/5905.html")])
def test_canonical_url_from_page_address_line(cleaned, number, path):
    [report] = cleaned[number]
    assert report.canonical_url == SITE_A + path
    assert any(r.why == "canonical-address" for r in report.removed)


def test_boilerplate_removals_are_recorded(cleaned):
    whys = {r.why for r in cleaned["000"][0].removed}
    assert {"navigation", "disclaimer", "canonical-address", "comment-box"} <= whys
    assert "footer" in {r.why for r in cleaned["003"][0].removed}


def test_injected_spam_removed_and_recorded(cleaned):
    [report] = cleaned["003"]
    spam = [r for r in report.removed if r.why.startswith("spam")]
    assert [r.what for r in spam] == ["pp电子娱乐"]
    assert all("pp电子娱乐" not in r.what for r in report.removed if r.why == "disclaimer")


def test_spam_inside_body_and_title_removed():
    page = seed_text("000").replace("时光为尺", "时光pp电子娱乐为尺").replace(
        "驿城区2022年", "驿城区AG真人视讯2022年")
    [report] = clean_page(page)
    assert "pp电子娱乐" not in report.body and "时光为尺" in report.body
    assert report.title == "(河南省)驻马店市驿城区2022年政府工作报告"
    assert {("body", "pp电子娱乐"), ("title", "AG真人视讯")} <= {
        (r.where, r.what) for r in report.removed if r.why == "spam:gambling"}


def test_disguised_spam_inside_body_removed_and_report_words_kept():
    """Spam written past filters (full-width, spaced, traditional) goes and
    is recorded; report words beside it that look like it stay."""
    page = (seed_text("000")
            .replace("时光为尺", "时光ＡＧ真人视讯为尺")
            .replace("岁月为证", "岁月b b i n 电子游艺为证")
            .replace("五年的奋斗历程", "培育VR电子娱乐等新业态，建成海洋主题娱乐城。五年的奋斗历程百家樂"))
    [report] = clean_page(page)
    spam = {r.what for r in report.removed if r.why == "spam:gambling"}
    assert {"ＡＧ真人视讯", "b b i n 电子游艺", "百家樂"} <= spam
    assert "时光为尺" in report.body and "岁月为证" in report.body
    assert "培育VR电子娱乐等新业态，建成海洋主题娱乐城。五年的奋斗历程" in report.body


def test_legitimate_entertainment_words_stay(cleaned):
    assert any("体验式娱乐项目" in r.body for r in cleaned["004"])
    for text in ("打造体验式娱乐项目", "LED电子显示屏", "严厉打击开设赌场犯罪", "发展电子娱乐产业"):
        assert remove_spam(text) == (text, [])


def test_full_width_text_rendering_with_ideographic_indents():
    """The live pages' likely form: full-width punctuation, U+3000 indents."""
    lines = seed_lines("002")
    page = "\n".join("\u3000\u3000" + full_width(line[2:]) if line.startswith("  ") else full_width(line)
                     for line in lines)
    [report] = clean_page(page, url=f"{SITE_A}/baogao/huazhong/1204.html")
    assert report.title == full_width(lines[2])
    assert report.paragraphs == [full_width(p) for p in seed_body_paragraphs("002")]
    assert report.canonical_url == f"{SITE_A}/baogao/huazhong/1204.html"
    assert not [phrase for phrase in FORBIDDEN_IN_BODY if phrase in report.body]


def test_a_photo_credit_after_a_captions_sentence_stays_on_its_line():
    """Two spaces after a sentence split paragraphs, but not before a
    photographer's credit: the caption and its credit go together."""
    caption = "1月25日，某市第八届人民代表大会第三次会议开幕。\u3000\u3000某某日报记者\u3000王\u3000鼎\u3000摄"
    html = _news_page("", _NEWS_REPORT.replace("<p>各位代表：</p>", f"<p>{caption}</p><p>各位代表：</p>"))
    assert any(line.text.startswith("1月25日") and line.text.endswith("摄") for line in render(html).lines)
    report = clean_page(html, url="http://news.example/1.html")[0]
    assert "开幕" not in report.body and "记者" not in report.body
    two = "全市增长5%。\u3000\u3000加快发展影视拍摄"   # a report's own words ending in 拍摄: split
    assert [line.text for line in render(f"<html><body><p>{two}</p></body></html>").lines] == ["全市增长5%。", "加快发展影视拍摄"]


def test_hard_wrapped_lines_are_joined_back_into_sentences():
    paragraphs = seed_body_paragraphs("001")
    wrapped = [line for p in paragraphs for line in
               [p[i:i + 38] for i in range(0, len(p), 38)] + [""]]
    page = "\n".join(["导航菜单", "(河南省)济源市2022年政府工作报告", ""] + wrapped + [DISCLAIMER])
    [report] = clean_page(page)
    assert report.paragraphs == paragraphs
    assert "lines-joined" in report.flags


def test_boilerplate_glued_to_the_last_paragraph_is_cut_off():
    paragraphs = seed_body_paragraphs("000")
    glued = paragraphs[-1] + full_width(DISCLAIMER) + " 本文地址：/baogao/huazhong/1320.html"
    page = ("<html><body><h1>(河南省)驻马店市驿城区2022年政府工作报告</h1><div>"
            + "".join(f"<p>{p}</p>" for p in paragraphs[:-1]) + f"<p>{glued}</p></div></body></html>")
    [report] = clean_page(page, url="http://bx2200.com/baogao/huazhong/1320.html")
    assert report.paragraphs == paragraphs
    assert report.canonical_url == "http://bx2200.com/baogao/huazhong/1320.html"
    assert "disclaimer" in {r.why for r in report.removed}


def test_site_a_excerpts_flagged(cleaned):
    for number in ("000", "001", "002", "003"):
        assert cleaned[number][0].is_excerpt, number
    # 002 opens with the full header: only its end is missing.
    assert "excerpt:starts-mid-report" not in cleaned["002"][0].flags
    assert "excerpt:ends-mid-report" in cleaned["002"][0].flags


def test_seed_metadata_wired_end_to_end(cleaned):
    """Fields from the metadata half arrive in the Report (values per seed_expectations)."""
    for expected in SEED_REPORTS:
        reports = cleaned[expected["seed"]]
        if expected["seed"] == "004":
            [report] = [r for r in reports if r.title == expected["site_b_title"]]
        else:
            [report] = reports
        assert expected["anchor"] in report.body
        for key in ("province", "place", "year", "delivered_on", "speaker"):
            if key in expected:
                assert getattr(report, key) == expected[key], (expected["seed"], key)


# --- site B listing -------------------------------------------------------------------------


def test_listing_gives_one_report_per_item(cleaned):
    reports = cleaned["004"]
    assert [r.item for r in reports] == list(range(1, 11))
    assert [r.title for r in reports] == [title for title, _, _ in seed_b_items()]
    assert {r.published_on for r in reports} == {"2025-07-02"}
    assert all(r.is_report and not r.is_excerpt for r in reports)


# A newspaper's continuation mark (the Xiamen item carries `(上接A02版)`) is
# the only text cleaning takes out of a listing body.
_PAGE_JUMP = re.compile(r"[(（](?:上接|下转)[^()（）]{1,8}版[)）]")


def test_listing_bodies_keep_all_text_with_restored_paragraphs(cleaned):
    for report, (_title, body, _date) in zip(cleaned["004"], seed_b_items()):
        assert re.sub(r"\s", "", report.body) == re.sub(r"\s", "", _PAGE_JUMP.sub("", body))
        assert len(report.paragraphs) >= 30
        assert no_break_inside_sentences(report) == []
        assert max(len(p) for p in report.paragraphs) <= 1200


def test_listing_header_pieces_restored(cleaned):
    xianyang, dongli = cleaned["004"][0], cleaned["004"][1]
    assert xianyang.paragraphs[:5] == [
        "2022年咸阳市政府工作报告", "2022年3月28日在咸阳市第九届人民代表大会第一次会议上",
        "咸阳市代市长 冷劲松", "各位代表:",
        "现在,我代表市人民政府,向大会作工作报告,请予审议,并请市政协委员和列席人员提出意见。"]
    assert xianyang.paragraphs[5] == "一、过去五年工作回顾"
    assert dongli.paragraphs[:4] == ["政府工作报告", "2021年12月12日在东丽区第十八届人民代表大会第一次会议上",
                                     "区长 贾堤", "各位代表:"]
    xiamen = cleaned["004"][7]
    assert xiamen.paragraphs[1] == "二〇一九年一月九日在厦门市第十五届人民代表大会第三次会议上"


def test_enumerations_inside_sentences_are_not_headings(cleaned):
    bodies = "\n\n".join(r.body for r in cleaned["004"])
    for inside in ("保护第 一、全民共享", "浪漫线 一、二期", "增长统 一、政策", "3.9、1.1、1.3倍"):
        assert inside in bodies
        paragraph = next(p for r in cleaned["004"] for p in r.paragraphs if inside in p)
        assert not paragraph.startswith(inside.split(" ")[-1])


def test_listing_end_matter_removed(cleaned):
    last = cleaned["004"][-1]
    assert any(r.why == "end-matter" and "点我投稿" in r.what for r in last.removed)


# --- HTML pages in other markups ------------------------------------------------------------------

CLOSING = ("各位代表!美好愿景在砥砺奋进中实现,时代华章在接续奋斗中谱写。让我们更加紧密地团结在以习近平同志为核心的"
           "党中央周围,在省委、省政府和市委的坚强领导下,高举旗帜勇担使命,解放思想实干兴咸,以实际行动迎接党的二十大胜利召开!")
DISCLAIMER = next(line for line in seed_lines("000") if line.startswith("本文仅代表"))


def full_width(text: str) -> str:
    """The page's likely live form: full-width punctuation."""
    return text.translate(str.maketrans({",": "，", ":": "：", "!": "！", "(": "（", ")": "）", ";": "；"}))


def gov_cms_page(paragraphs: list[str], title: str) -> str:
    """A county government CMS article page: <div id="zoom">, breadcrumb, share bar,
    related list, footer; U+3000 indents and full-width punctuation."""
    body = "\n".join(f'<p style="text-indent:2em">\u3000\u3000{full_width(p)}</p>' for p in paragraphs)
    return f"""<!DOCTYPE html><html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}_魏都区人民政府</title><link rel="canonical" href="/zwgk/2022/0420/123.html">
<script>document.write("导航菜单 本文仅代表作者观点");</script><style>.nav{{color:red}}</style></head>
<body><div class="top"><a href="/">网站首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a>
<a href="/hdjl/">互动交流</a> <a href="/zjwd/">走进魏都</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/a/">机构概况</a></li>
<li><a href="/b/">政策文件</a></li><li><a href="/c/">规划计划</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府工作报告</div>
<div class="article"><h1 class="title">{title}</h1>
<div class="info">发布时间：2022-04-25 10:30&nbsp;&nbsp;来源：区政府办&nbsp;&nbsp;浏览次数：<span>1024</span></div>
<div class="fontsize">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div id="zoom">{body}</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div></div>
<div class="related"><h3>相关文章</h3><ul>
<li><a href="/zwgk/2021/1.html">2021年许昌市魏都区政府工作报告</a><span>2021-03-01</span></li>
<li><a href="/zwgk/2020/2.html">2020年许昌市魏都区政府工作报告</a><span>2020-03-01</span></li>
<li><a href="/zwgk/2022/3.html">魏都区2021年国民经济和社会发展统计公报</a><span>2022-03-20</span></li></ul></div>
<div class="footer"><p><a href="/map">网站地图</a> | <a href="/lx">联系我们</a></p>
<p>主办单位：许昌市魏都区人民政府办公室 版权所有</p><p>豫ICP备12345678号 豫公网安备 41100202000123号</p></div>
</body></html>"""


def table_layout_page(paragraphs: list[str], title: str, charset: str | None = "gbk") -> str:
    """An old-style page: layout tables, <font>, <br>-separated paragraphs, &nbsp; indents,
    a side menu, pagination and a copyright bar."""
    body = "<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + p for p in paragraphs)
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"""<html><head>{meta}<title>{title} - 博县网</title></head><body>
<table width="100%"><tr><td><img src="logo.gif" alt="博县网"></td><td><a href="/">首页</a> |
<a href="/baogao/hb/">华北</a> | <a href="/baogao/huadong/">华东</a> | <a href="/baogao/huazhong/">华中</a> |
<a href="/baogao/xibei/">西北</a></td></tr></table>
<table width="960"><tr><td width="200" valign="top"><table><tr><td><b>栏目导航</b></td></tr>
<tr><td><a href="/baogao/hb/">华北报告</a></td></tr><tr><td><a href="/baogao/huadong/">华东报告</a></td></tr>
<tr><td><a href="/baogao/huazhong/">华中报告</a></td></tr><tr><td><a href="/gongbao/">统计公报</a></td></tr></table></td>
<td valign="top"><font size="4" color="#cc0000"><b>{title}</b></font><br>
<font size="2" color="#666">作者：佚名 来源：网络 时间：2022-5-1</font><hr>
<font size="3" face="宋体">{body}</font>
<p align="center">共3页 <a href="1204.html">上一页</a> 1 <a href="1204_2.html">2</a> <a href="1204_3.html">3</a>
<a href="1204_2.html">下一页</a></p></td></tr></table>
<table width="960"><tr><td align="center">Copyright &copy; 2005-2022 博县网 All Rights Reserved<br>网站地图</td></tr></table>
</body></html>"""


def site_a_page(paragraphs: list[str], title: str, path: str, disclaimer: str = DISCLAIMER) -> str:
    """The report site rebuilt with other markup: <nav>, <article>, a comment <form>, an <aside>."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}-博县网</title></head>
<body><header><nav><span class="menu-toggle">导航菜单</span><ul><li><a href="/">首页</a></li>
<li><a href="/baogao/hb/">华北</a></li><li><a href="/baogao/huadong/">华东</a></li>
<li><a href="/baogao/huazhong/">华中</a></li><li><a href="/baogao/xibei/">西北</a></li></ul></nav></header>
<main><article><h1>{title}</h1><div class="content">{body}</div>
<div class="copyright">{disclaimer}</div>
<div class="url">本文地址：<a href="{path}">{path}</a></div></article>
<section class="comments"><h4>留言与评论（共有 <span>0</span> 条评论）</h4>
<form method="post" action="/comment"><textarea name="c"></textarea><label>验证码：</label><input name="code">
<img src="/code.php"><button>发表评论</button></form></section>
<aside><h3>相关报告</h3><ul><li><a href="/baogao/huazhong/1321.html">(河南省)驻马店市2022年政府工作报告</a></li>
<li><a href="/baogao/huazhong/1322.html">(河南省)平舆县2022年政府工作报告</a></li></ul></aside></main>
<footer><a href="/sitemap.html">网站地图</a></footer></body></html>"""


def site_b_page(items: list[tuple[str, str, str]]) -> str:
    """An aggregator listing in HTML: <li> items with a linked title, a body and a date."""
    lis = "".join(
        f'<li class="item"><h3><a href="/info/{100 + n}">{title}</a></h3><div class="desc">{body}</div>'
        f'<span class="time">{date}</span></li>' for n, (title, body, date) in enumerate(items))
    return f"""<html><head><meta charset="utf-8"><title>政府工作报告 - 第1页</title></head><body>
<div class="header"><a href="/">首页</a><a href="/info/">资讯</a><a href="/qiye/">企业</a><a href="/zhaoshang/">招商</a></div>
<ul class="list">{lis}</ul>
<div class="page"><a href="/info/1/page/1">首页</a><a href="/info/1/page/2">下一页</a><a href="/info/1/page/9">尾页</a></div>
<div class="foot"><p>有想补充的信息？点我投稿</p><ul><li><a href="/contact">联系我们</a></li>
<li><a href="/join">企业入驻</a></li></ul></div></body></html>"""


def normalised(paragraph: str) -> str:
    return re.sub(r"\s", "", full_width(paragraph))


def assert_paragraphs_kept(report: Report, paragraphs: list[str]) -> None:
    kept = {normalised(p) for p in report.paragraphs}
    missing = [p[:30] for p in paragraphs if normalised(p) not in kept]
    assert not missing, missing


PAGE_FURNITURE = ("导航菜单", "当前位置", "网站首页", "分享到", "打印本页", "关闭窗口", "字体", "相关文章",
                  "相关报告", "网站地图", "联系我们", "版权所有", "ICP", "Copyright", "上一页", "下一页",
                  "共3页", "栏目导航", "华北报告", "发布时间", "浏览次数", "作者：佚名", "本文仅代表",
                  "本文地址", "留言与评论", "验证码", "发表评论", "统计公报", "document.write")


def assert_no_furniture(report: Report) -> None:
    leftovers = [word for word in PAGE_FURNITURE if word in report.body]
    assert not leftovers, leftovers


def test_government_cms_page_gbk_declared():
    paragraphs = seed_body_paragraphs("002") + [CLOSING]
    title = "2022年许昌市魏都区政府工作报告"
    page = gov_cms_page(paragraphs, title).encode("gbk")
    [report] = clean_page(page, url="http://www.weidu.gov.cn/zwgk/2022/0420/123.html")
    assert report.is_report, report.reason
    assert report.title == title
    assert_paragraphs_kept(report, paragraphs)
    assert len(report.paragraphs) == len(paragraphs)
    assert_no_furniture(report)
    assert report.canonical_url == "http://www.weidu.gov.cn/zwgk/2022/0420/123.html"
    assert report.published_on == "2022-04-25"
    assert not report.is_excerpt  # full header and the closing call
    assert report.body.startswith("2022年政府工作报告") and "\u3000" not in report.body[:2]
    whys = {r.why for r in report.removed}
    assert {"breadcrumb", "share-print", "related", "footer", "article-info"} <= whys


def test_portal_page_with_logo_heading_and_editor_div():
    """A portal template: the <h1> is the site's logo, the title an <h2>, the
    <title> only the site name, the body in <div class="TRS_Editor"> spans."""
    paragraphs = seed_body_paragraphs("002") + [CLOSING]
    body = "".join(f'<p><span style="font-family:仿宋">\u3000\u3000{full_width(p)}</span></p>'
                   for p in paragraphs)
    page = f"""<html><head><meta charset=utf-8><title>某某县人民政府</title></head><body>
<div class=head><h1>某某县人民政府门户网站</h1><div>2024年5月1日 星期三</div></div>
<div class=nav><a href=/>首页</a><a href=/a>走进某某</a><a href=/b>政务公开</a><a href=/c>办事服务</a></div>
<div class=loc>您现在的位置：首页 » 政务公开 » 政府工作报告</div>
<h2 class=tit>2022年某某县人民政府工作报告</h2>
<div class=sub><span>信息来源：县政府办</span> <span>发布日期：2022-02-10</span> <span>【字号：大 中 小】</span></div>
<div class="TRS_Editor">{body}</div>
<div class=att>附件：<a href=/f.doc>2022年政府工作报告.doc</a></div>
<div class=bt><a>【打印此页】</a><a>【关闭窗口】</a></div>
<div class=foot>主办：某某县人民政府办公室 承办：某某县大数据中心<br>
地址：某某县人民路1号 电话：0000-1234567 邮编：000000<br>网站标识码：1234567890 豫ICP备12345678号</div>
</body></html>"""
    [report] = clean_page(page.encode("utf-8"), url="http://www.x.gov.cn/zwgk/1.html")
    assert report.title == "2022年某某县人民政府工作报告"
    assert report.published_on == "2022-02-10"
    assert [normalised(p) for p in report.paragraphs] == [normalised(p) for p in paragraphs]
    assert not report.is_excerpt


def test_layout_tables_font_and_br_paragraphs():
    paragraphs = seed_body_paragraphs("002")
    title = "(河南省)许昌市魏都区2022年政府工作报告"
    [report] = clean_page(table_layout_page(paragraphs, title).encode("gbk"))
    assert report.title == title
    assert report.paragraphs == paragraphs
    assert_no_furniture(report)
    assert report.is_excerpt and "excerpt:one-page-of-several" in report.flags
    assert "pagination" in {r.why for r in report.removed}


def test_gbk_bytes_without_any_declared_charset():
    paragraphs = seed_body_paragraphs("001")
    page = table_layout_page(paragraphs, "(河南省)济源市2022年政府工作报告", charset=None)
    [report] = clean_page(page.encode("gbk"))
    assert report.title == "(河南省)济源市2022年政府工作报告"
    assert report.paragraphs == paragraphs


def test_wrongly_declared_charsets():
    paragraphs = seed_body_paragraphs("001")
    page = table_layout_page(paragraphs, "(河南省)济源市2022年政府工作报告", charset="gbk")
    # UTF-8 bytes in a page that says gbk, served as ISO-8859-1.
    [report] = clean_page(page.encode("utf-8"), content_type="text/html; charset=ISO-8859-1")
    assert report.paragraphs == paragraphs
    # GBK bytes served with a header claiming UTF-8.
    [report] = clean_page(page.encode("gbk"), content_type="text/html; charset=utf-8")
    assert report.paragraphs == paragraphs


def test_unclosed_font_tags_nest_past_any_depth_limit():
    # Old editors leave every <font> open: a long report nests them hundreds
    # deep, past where lxml's trees stop (256 levels); none of the text is lost.
    paragraphs = seed_body_paragraphs("001")
    body = "".join(f'<font face="宋体" size="3"><p>{p}' for p in paragraphs * 8)
    [report] = clean_page(f"<html><head><title>济源市2022年政府工作报告</title></head><body>"
                          f"<h1>济源市2022年政府工作报告</h1>{body}</body></html>".encode())
    assert report.paragraphs == paragraphs * 8


def test_declarations_left_in_decoded_text_are_not_obeyed():
    # The text is decoded already: an XML declaration or meta charset saying
    # gbk must not make the parser decode it a second time.
    paragraphs = seed_body_paragraphs("001")
    page = table_layout_page(paragraphs, "(河南省)济源市2022年政府工作报告", charset="gbk")
    [report] = clean_page('<?xml version="1.0" encoding="gbk"?>\n' + page)
    assert report.paragraphs == paragraphs


def test_declared_charset_read_by_beautifulsoup_detector():
    # Big5 bytes also decode as GB18030 (the fallback), to the wrong text:
    # only the page's own declaration gets them right.
    text = "<p>各位代表：現在，我代表市人民政府，向大會報告政府工作，請予審議。</p>"
    for declaration in ('<meta charset="big5">', '<?xml version="1.0" encoding="Big5"?>',
                        '<meta http-equiv="Content-Type" content="text/html; charset=big5">'):
        decoded = decode((declaration + text).encode("big5"))
        assert decoded.encoding == "big5hkscs" and decoded.text == declaration + text


def test_decode_handles_boms_and_gb18030():
    assert decode("\ufeff政府工作报告".encode("utf-8")).text == "政府工作报告"
    assert decode("政府工作报告".encode("utf-16")).text == "政府工作报告"
    assert decode("𠀀政府".encode("gb18030"), "text/html; charset=gb2312").text == "𠀀政府"


LABELLED_PAGES = Path(__file__).resolve().parent / "labelled" / "pages"


def undeclared(name: str) -> str:
    """A labelled page with its charset declaration taken out."""
    html = (LABELLED_PAGES / name).read_text(encoding="utf-8")
    return re.sub(r"<meta[^>]*charset[^>]*>", "", html, flags=re.IGNORECASE)


def test_undeclared_big5_page_is_read_as_big5():
    # Hong Kong and Taiwan copies; Big5 bytes are valid GBK bytes too.
    html = undeclared("traditional.html")
    [report] = clean_page(html.encode("big5hkscs", "replace"), "http://hk.example/a.html")
    assert decode(html.encode("big5hkscs", "replace")).encoding == "big5hkscs"
    assert report.is_report and report.place == "廈門市" and report.title == "2022年廈門市政府工作報告"


@pytest.mark.parametrize("name", ["traditional.html", "gov_cms.html", "newspaper.html"])
def test_undeclared_gbk_pages_stay_gbk_in_either_script(name):
    assert decode(undeclared(name).encode("gb18030")).encoding == "gb18030"


def test_site_a_rebuilt_with_other_markup_and_disclaimer_variants():
    paragraphs = seed_body_paragraphs("000")
    title = "(河南省)驻马店市驿城区2022年政府工作报告"
    variants = [
        DISCLAIMER,
        full_width(DISCLAIMER),
        DISCLAIMER[:60] + "…",                                      # truncated
        DISCLAIMER.replace("作者观点", "作者个人观点").replace("本站立场", "本网站之立场"),  # reworded
        DISCLAIMER.replace("政府官网", "政府pp电子娱乐官网"),             # injected
    ]
    for disclaimer in variants:
        page = site_a_page(paragraphs, title, "/baogao/huazhong/1320.html", disclaimer)
        [report] = clean_page(page, url="http://bx2200.com/baogao/huazhong/1320.html")
        assert report.title == title
        assert report.paragraphs == paragraphs, disclaimer[:20]
        assert_no_furniture(report)
        assert report.canonical_url == "http://bx2200.com/baogao/huazhong/1320.html"


def test_complete_report_on_site_a_is_not_an_excerpt(cleaned):
    """Site A's disclaimer says its displays are 'not always complete' on every
    page; a complete copy of a report is still not an excerpt."""
    xianyang = cleaned["004"][0]
    page = site_a_page(xianyang.paragraphs, "(陕西省)咸阳市2022年政府工作报告", "/baogao/xibei/77.html")
    [report] = clean_page(page)
    assert report.paragraphs == xianyang.paragraphs
    assert not report.is_excerpt, report.flags


def test_html_listing_with_prefixed_title_and_a_news_item():
    items = seed_b_items()[:3]
    items[0] = ("【咸阳市招商】" + items[0][0], items[0][1], items[0][2])
    news = ("咸阳市召开招商引资推进会",
            "3月5日,咸阳市召开全市招商引资工作推进会,总结去年工作,安排部署今年任务。会议指出,要坚持把招商引资作为"
            "经济工作的生命线,强化项目谋划,优化营商环境,确保全年招商引资到位资金实现新突破。会议要求,各县市区、"
            "各部门要压实责任,细化措施,加强调度,形成合力,以招商引资的新成效推动高质量发展。", "2025-07-01")
    reports = clean_page(site_b_page(items + [news]), url="http://b.example.com/info/1/page/1")
    assert [r.item for r in reports] == [1, 2, 3, 4]
    assert [r.published_on for r in reports] == ["2025-07-02"] * 3 + ["2025-07-01"]
    assert reports[0].canonical_url == "http://b.example.com/info/100"
    assert all(r.is_report for r in reports[:3])
    assert reports[0].title == "2022年咸阳市政府工作报告"  # prefix stripped by metadata
    assert not reports[3].is_report and reports[3].reason
    for report in reports:
        assert "点我投稿" not in report.body and "联系我们" not in report.body


def test_listing_of_repeated_divs_title_date_body():
    items = seed_b_items()[:3]
    blocks = "".join(f'<div class="item"><div class="t"><a href="/info/{n}">{title}</a></div>'
                     f'<div class="d">{date}</div><div class="c">{body}</div></div>'
                     for n, (title, body, date) in enumerate(items))
    page = f'<html><body><div class="nav"><a href="/">首页</a> <a href="/a">资讯</a></div>{blocks}</body></html>'
    reports = clean_page(page, url="http://b.example.com/list")
    assert [(r.item, r.title, r.published_on) for r in reports] == [
        (n + 1, title, date) for n, (title, _body, date) in enumerate(items)]
    assert reports[2].canonical_url == "http://b.example.com/info/2"


def test_listing_item_links_start_from_the_base_href():
    """Old CMS pages write relative links from a <BASE>, not from the page's folder."""
    items = seed_b_items()[:2]
    rows = "".join(f"<DT><A HREF=info/show/{n}.html TARGET=_blank>{title}</A></DT><DD>{body}</DD><DD>{date}</DD>"
                   for n, (title, body, date) in enumerate(items, 7))
    page = f"<HTML><HEAD><BASE HREF=http://b.example.com/></HEAD><BODY><DL>{rows}</DL></BODY></HTML>"
    reports = clean_page(page, url="http://b.example.com/info/1/page/2")
    assert [r.canonical_url for r in reports] == [
        "http://b.example.com/info/show/7.html", "http://b.example.com/info/show/8.html"]


def test_listing_whose_dates_open_the_items():
    """Date, title, body: each item keeps its own date, not the next one's."""
    items = seed_b_items()[:3]
    dates = ["2025-07-03", "2025-07-02", "2025-07-01"]
    rows = "".join(f"<tr><td>{date}</td></tr><tr><td><b>{title}</b></td></tr><tr><td>{body}</td></tr>"
                   for (title, body, _), date in zip(items, dates))
    reports = clean_page(f"<html><body><table>{rows}</table><p>联系我们</p></body></html>",
                         url="http://b.example.com/list")
    assert [(r.item, r.title, r.published_on) for r in reports] == [
        (n + 1, title, date) for n, ((title, _, _), date) in enumerate(zip(items, dates))]


def test_text_listing_without_bullets():
    items = seed_b_items()[:3]
    reports = clean_page("\n".join(f"{title}\n{body}\n{date}\n" for title, body, date in items))
    assert [(r.item, r.title, r.published_on) for r in reports] == [
        (n + 1, title, date) for n, (title, _body, date) in enumerate(items)]


def test_report_page_with_a_date_line_and_plain_headings_is_not_a_listing():
    paragraphs = seed_body_paragraphs("003")
    page = "\n\n".join(["导航菜单", "(江苏省)无锡市新吴区2023年政府工作报告", "2023-02-01"] + paragraphs
                       + ["本文地址:/baogao/huadong/5905.html"])
    [report] = clean_page(page)
    assert report.item is None and report.paragraphs == paragraphs
    assert report.published_on == "2023-02-01"


def test_report_page_with_teaser_list_is_not_a_listing():
    paragraphs = seed_body_paragraphs("002")
    teasers = "".join(
        f'<li><a href="/r/{n}.html">某县{2010 + n}年政府工作报告</a><p>{"各位代表，现在我代表县人民政府向大会报告工作，" * 4}</p>'
        f"<span>2021-01-0{n}</span></li>" for n in range(1, 4))
    page = gov_cms_page(paragraphs, "2022年许昌市魏都区政府工作报告").replace(
        '<div class="related">', f'<div class="teasers"><ul>{teasers}</ul></div><div class="related">')
    reports = clean_page(page)
    assert len(reports) == 1 and reports[0].item is None
    assert_paragraphs_kept(reports[0], paragraphs)


@pytest.mark.parametrize("content,reason", [
    (b"", "empty"),
    (b"  \r\n\t ", "empty"),
    ("", "empty"),
    (b"<html><head></head><body></body></html>", "no-body"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary: png"),
    # PDFs are read now (cleaning/documents.py): a cut-off one says so.
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>", "unreadable-pdf: truncated"),
    (b"GIF89a" + bytes(200), "binary: gif"),
    (bytes(range(256)) * 20, "binary"),
])
def test_not_a_page(content, reason):
    [report] = clean_page(content)
    assert not report.is_report
    assert report.reason.startswith(reason)


def test_soft_404_with_status_200():
    page = ("<html><head><title>404 页面不存在</title></head><body><div>导航菜单</div>"
            "<h1>抱歉，您访问的页面不存在！</h1><p>请检查网址是否正确，或<a href=\"/\">返回首页</a>。</p></body></html>")
    [report] = clean_page(page.encode("utf-8"))
    assert (report.is_report, report.reason) == (False, "soft-404")
    [report] = clean_page("导航菜单\n\n您访问的页面不存在或已被删除\n\n网站地图")
    assert (report.is_report, report.reason) == (False, "soft-404")


def test_an_article_taken_down_is_a_soft_404_and_a_firewalls_page_is_blocked():
    shell = ("<html><head><title>2023年公安县政府工作报告_公安县人民政府</title></head><body>"
             "<div>当前位置：首页 > 政务公开 > 政府工作报告</div><div>{}</div>"
             "<div>版权所有：公安县人民政府　鄂ICP备05003346号</div></body></html>")
    [report] = clean_page(shell.format("<p>该信息已过期或已删除！</p>"))
    assert (report.is_report, report.reason) == (False, "soft-404")
    block = ("<h2>您的访问请求可能对网站造成安全威胁，已被拦截</h2><p>当前访问疑似黑客攻击或自动化程序请求，"
             "已被网站管理员设置为拦截。</p><p>可能原因：您提交的内容包含危险的攻击请求，或短时间内访问频率过高。</p>"
             "<p>如果您是网站管理员，请登录云锁管理中心查看拦截日志。</p>")
    [report] = clean_page(shell.format(block))
    assert (report.is_report, report.reason) == (False, "blocked")


def test_login_page():
    page = ("<html><head><title>用户登录</title></head><body><form><label>用户名：</label><input name=u>"
            "<label>密码：</label><input type=\"password\" name=p><button>登录</button></form></body></html>")
    [report] = clean_page(page)
    assert (report.is_report, report.reason) == (False, "login-page")


def test_listing_of_links_only():
    rows = "".join(f'<li><a href="/baogao/huazhong/{n}.html">(河南省)某某县{2000 + n}年政府工作报告</a>'
                   f"<span>2022-01-{n % 28 + 1:02d}</span></li>" for n in range(40))
    page = f"<html><head><title>华中 - 博县网</title></head><body><ul>{rows}</ul><div>上一页 1 2 3 下一页</div></body></html>"
    [report] = clean_page(page)
    assert not report.is_report and report.reason.startswith("no-body")


def test_huge_page_in_bounded_time():
    paragraph = "<p>\u3000\u3000" + "我们坚持稳中求进工作总基调，全面推进高质量发展，经济运行持续向好。" * 20 + "</p>"
    page = ("<html><head><meta charset=utf-8><title>某某市2022年政府工作报告</title></head><body>"
            "<h1>某某市2022年政府工作报告</h1>" + paragraph * 12000 + "</body></html>").encode("utf-8")
    assert len(page) > 20_000_000
    started = time.monotonic()
    [report] = clean_page(page)
    assert time.monotonic() - started < 15
    assert any(flag.startswith("truncated-input") for flag in report.flags)


def test_clean_page_never_raises_on_odd_input():
    for content in (None, b"<", "<<<>>>", "<html" * 1000, b"\xff\xfe", "\x00" * 10, b"<div>" * 60000):
        reports = clean_page(content)
        assert reports and all(isinstance(r, Report) for r in reports)
        assert all(r.reason is None or not r.reason.startswith("internal-error") for r in reports)


# --- clean_document ---------------------------------------------------------------------------------


def test_document_over_several_pages():
    paragraphs = seed_body_paragraphs("002") + [CLOSING]
    title = "(河南省)许昌市魏都区2022年政府工作报告"
    # The page break falls inside a sentence of the eighth paragraph.
    cut = paragraphs[7].index("。") + 5
    first = paragraphs[:7] + [paragraphs[7][:cut]]
    second = [paragraphs[7][cut:]] + paragraphs[8:]
    parts = [
        (site_a_page(first, title, "/baogao/huazhong/1204.html").encode("utf-8"),
         f"{SITE_A}/baogao/huazhong/1204.html", "text/html; charset=utf-8"),
        (site_a_page(second, "", "/baogao/huazhong/1204_2.html"), f"{SITE_A}/baogao/huazhong/1204_2.html", None),
    ]
    [report] = clean_document(parts)
    assert report.is_report, report.reason
    assert report.title == title
    assert report.canonical_url == f"{SITE_A}/baogao/huazhong/1204.html"
    assert report.paragraphs == paragraphs
    assert not report.is_excerpt
    assert "paragraph-joined-across-pages" in report.flags
    # What was taken out of the second page says so, for the audit trail.
    assert {r.url for r in report.removed} == {None, f"{SITE_A}/baogao/huazhong/1204_2.html"}


@pytest.mark.parametrize("heading", ["2022年主要任务", "今后五年的主要目标任务"])
def test_a_part_title_ending_a_page_stays_the_reports(heading):
    """A long report is cut into pages anywhere: an unnumbered part title may end one."""
    paragraphs = seed_body_paragraphs("002") + [CLOSING]
    title = "(河南省)许昌市魏都区2022年政府工作报告"
    first, second = paragraphs[:8] + [heading], paragraphs[8:]
    parts = [
        (site_a_page(first, title, "/baogao/huazhong/1204.html").encode("utf-8"),
         f"{SITE_A}/baogao/huazhong/1204.html", "text/html; charset=utf-8"),
        (site_a_page(second, "", "/baogao/huazhong/1204_2.html"), f"{SITE_A}/baogao/huazhong/1204_2.html", None),
    ]
    [report] = clean_document(parts)
    assert report.paragraphs == first + second


def test_later_pages_repeats_of_the_header_the_sites_teaser_and_page_turn_marks_are_not_the_text():
    """Each page repeats the title (with its page number) and the dateline, page 2
    opens with the CMS's teaser of the text's opening, and the editor marks
    the turns: one text, whole, once."""
    paragraphs = seed_body_paragraphs("002")[4:] + [CLOSING]
    title = "(河南省)许昌市魏都区2022年政府工作报告"
    header = ["——2022年4月20日在魏都区十六届人民代表大会第一次会议上", "魏都区人民政府区长 何长成"]
    cut = paragraphs[7].index("。") + 5
    first = header + paragraphs[:7] + [paragraphs[7][:cut], "（未完，接下页）"]
    teaser = f"{''.join(paragraphs[:2])[:40]}..."
    second = [f"{title}（2）", *header, "（接上页）", teaser + paragraphs[7][cut:]] + paragraphs[8:]
    parts = [(site_a_page(first, title, "/baogao/huazhong/1204.html"), f"{SITE_A}/baogao/huazhong/1204.html", None),
             (site_a_page(second, f"{title}（2）", "/baogao/huazhong/1204_2.html"),
              f"{SITE_A}/baogao/huazhong/1204_2.html", None)]
    [report] = clean_document(parts)
    assert report.paragraphs == header + paragraphs
    assert not report.is_excerpt and report.delivered_on == "2022-04-20"
    # The first page alone says it is part of the text.
    [first_page] = clean_page(*parts[0])
    assert first_page.is_excerpt and "（未完，接下页）" not in first_page.body


def _portal_page(title: str, paragraphs: list[str], number: int, sidebar: list[str]) -> str:
    """A district portal's special-topic page: the article, then its pager and
    a sidebar of the session's other documents and news, every page alike."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    items = "".join(f'<li><a href="/hywj/{i}.html">{t}</a><span>2021-01-{11 + i}</span></li>'
                    for i, t in enumerate(sidebar))
    pager = " ".join(f'<a href="index_{i}.html">{i + 1}</a>' if i != number else f"<span>{i + 1}</span>"
                     for i in range(3))
    return f"""<html><head><title>{title}-2021年两会-某区人民政府</title></head><body>
<div class="top"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>
<div class="crumb">您当前的位置：首页 &gt; 专题专栏 &gt; 会议文件</div>
<div class="main"><div class="article"><h1>{title}</h1><div class="info">发布时间：2021-01-15 字号：大 中 小</div>
<div class="content">{body}</div><div class="pagination">上一页 {pager} 下一页</div>
<div class="address">本文地址：http://www.example.gov.cn/zfgzbg/index_0.html</div></div>
<div class="side"><h3>会议文件</h3><ul>{items}</ul></div></div>
<div class="footer">版权所有：某区人民政府 网站标识码3502060001</div></body></html>"""


def test_a_paged_documents_shared_sidebar_is_not_its_text():
    """A sidebar after the article on every page, and a page break inside a
    sentence: what every page repeats below its text is the site's, so the
    sentence joins across the break and the text ends where the report does."""
    paragraphs = seed_body_paragraphs("002")[4:] + [CLOSING]
    title = "(河南省)许昌市魏都区2022年政府工作报告"
    sidebar = ["关于某区2020年国民经济和社会发展计划执行情况与2021年计划草案的报告",
               "关于某区2020年预算执行情况和2021年预算草案的报告", "某区人民代表大会常务委员会工作报告",
               "一图读懂｜2021年某区政府工作报告", "代表委员热议政府工作报告：奋力打造现代化国际化中心城区"]
    cut = paragraphs[7].index("。") + 5
    pages = [paragraphs[:4], paragraphs[4:7] + [paragraphs[7][:cut]], [paragraphs[7][cut:]] + paragraphs[8:]]
    parts = [(_portal_page(title, page, number, sidebar), f"http://www.example.gov.cn/zfgzbg/index_{number}.html",
              None) for number, page in enumerate(pages)]
    [report] = clean_document(parts)
    assert report.paragraphs == paragraphs
    assert not report.is_excerpt
    assert sum(r.why == "repeated-on-pages" for r in report.removed) >= len(sidebar) * 2
    # The text's address, shown alike on each page, is no template: it is the source's.
    assert report.canonical_url == "http://www.example.gov.cn/zfgzbg/index_0.html"


def test_a_summary_box_every_page_repeats_over_its_part_is_not_the_text():
    """Each page of a paged report opens with the CMS's summary of the news
    (区长某某代表区人民政府作政府工作报告…): above the first page's header it
    is a lead, over a later page's part it is no text either."""
    paragraphs = seed_body_paragraphs("002")[4:] + [CLOSING]
    title = "(河南省)许昌市魏都区2022年政府工作报告"
    summary = "区长何长成代表区人民政府作政府工作报告，全面回顾2021年工作，部署2022年重点任务。"
    header = ["——2022年4月20日在魏都区十六届人民代表大会第一次会议上", "魏都区人民政府区长 何长成"]
    pages = [header + paragraphs[:5], paragraphs[5:]]
    parts = [(_portal_page(title, [summary, *page], number, ["某区人民代表大会常务委员会工作报告"] * 2),
              f"http://www.example.gov.cn/zfgzbg/index_{number}.html", None) for number, page in enumerate(pages)]
    [report] = clean_document(parts)
    assert report.paragraphs == header + paragraphs


def test_document_with_unusable_part():
    parts = [(b"", None, None), (seed_text("003"), f"{SITE_A}/baogao/huadong/5905.html", None)]
    [report] = clean_document(parts)
    assert report.paragraphs == seed_body_paragraphs("003")
    assert any(flag.startswith("part-1-unusable") for flag in report.flags)
    [report] = clean_document([])
    assert not report.is_report


# --- line rules -------------------------------------------------------------------------------------


@pytest.mark.parametrize("line,why", [
    ("导航菜单", "navigation"),
    ("首页 华北 华东 华中 华南 西南 西北 东北", "navigation"),
    ("您好，欢迎访问金华市人民政府门户网站！　首页 政务公开 政务服务 互动交流", "navigation"),
    ("欢迎光临湖州市人民政府网", "navigation"),
    ("当前位置:首页 > 报告 > 华中", "breadcrumb"),
    ("当前位置：首页＞报告＞华中", "breadcrumb"),
    ("本文地址：/baogao/huazhong/1320.html", "canonical-address"),
    ("留言与评论（共有 条评论）", "comment-box"),
    ("验证码：", "comment-box"),
    ("网友评论", "comment-box"),
    ("上一页 1 2 3 下一页", "pagination"),
    ("首页 上一页 下一页 尾页 共5页", "pagination"),
    ("末页", "pagination"),
    ("分享到：", "share-print"),
    ("【字体：大 中 小】", "share-print"),
    ("打印本页 关闭窗口", "share-print"),
    ("Copyright © 2020 博县网 版权所有", "footer"),
    ("京ICP备12345678号", "footer"),
    ("联系我们", "footer"),
    ("有想补充的信息?点我投稿", "end-matter"),
    ("企业入驻", "end-matter"),
    ("相关报告", "related"),
    ("发布时间：2022-03-01 来源：某市政府网", "article-info"),
    ("免责声明：本站内容仅供参考", "disclaimer"),
    # a document-sharing site's reader pages and offers
    ("第 2 页 / 共 5 页", "pagination"),
    ("800 积分下载", "download-offer"),
    ("本文档为【沅陵县2019年政府工作报告】，您可以在线免费全文阅读。", "download-offer"),
    ("下载本文档需要支付 800 积分，开通VIP可免积分下载。此文档下载收益归作者所有。", "download-offer"),
    ("提示：当前为PDF文本预览，排版可能与原文件不一致，请以下载的原文件为准。", "disclaimer"),
    # platforms disowning an account's post by their own name
    ("本文来源于极光新闻号“北林发布”，不代表极光新闻观点。", "disclaimer"),
    ("本文由搜狐公众平台作者发布，不代表搜狐立场。", "disclaimer"),
    ("1月9日，柳州市第十五届人民代表大会第四次会议开幕。人民网 蓝亚摄", "photo-credit"),
    ("推荐阅读：2022年政府工作报告学习心得体会（精选12篇）", "related"),
    ("發表於 民國113年2月1日（四）　作者：陳冠宇　分類：福建專區、政府工作報告", "article-info"),
    ("一审：罗刚　二审：陈小林　三审：邓志", "article-info"),
    ("（本文为报告第二部分）", "excerpt-notice"),
    ("（优范文网 www.youfanwen.cn 整理，转载请保留出处）", "watermark"),
    # a Taiwan copy's card and note, and a document-sharing site's credit and wall
    ("福建省 漳州市 長泰縣", "article-info"),
    ("點閱次數", "article-info"),
    ("（本資料由大陸臺商經貿網編輯整理，原文為簡體字，內容如有出入，以大陸官方公布之文件為準。）", "disclaimer"),
    ("《德令哈市2020年政府工作报告》由会员海西文档铺分享，可在线阅读，更多相关《德令哈市2020年政府工作报告》请在某文库上搜索。",
     "download-offer"),
    ("本文为VIP文档，共6页", "download-offer"),
    # a news page's QR label and its boxes' headings with their more-links
    ("手机看新闻", "navigation"),
    ("依申请公开受理电话：", "footer"),
    # a forum's print view: its attachment line and its greeting
    ("附件: 永州市2010年政府工作报告.doc (2010-1-29 10:36, 96.5 KB) / 下载次数 41", "attachment"),
    ("欢迎光临 永州论坛 (http://bbs.example.net/)", "navigation"),
    ("·上一篇文章：2014年政府工作报告", "prev-next"),
    ("01第一部分", "navigation"),
    ("收起本章", "navigation"),
    ("★相关推荐★：2021年定西市政府工作报告全文", "related"),
    ("（答主注：这一条去年我们区里落实得不错，审批确实快了。）", "editor-note"),
    ("9页 · 2025-01-09 · 1.2万人已读", "article-info"),
    ("（原载《长清年鉴（1999）》第21—29页，录入时个别错字作了订正。——编者）", "editor-note"),
    ("00:00 / 21:36听报告，约21分钟", "media-placeholder"),
    ("AI速览 · 智能摘要", "ai-summary"),
    ("✦AI智能摘要由DeepSeek-R1（本地化部署）生成", "ai-summary"),
    ("语音播报00:00 / 17:44", "media-placeholder"),
    ("一、“十四五”时期和2025年工作回顾 · 00:36", "media-placeholder"),
    ("朗读时高亮正文", "navigation"),
    ("西乌珠穆沁旗人民政府信息公开　　西乌珠穆沁旗人民政府信息公开\n西乌珠穆沁旗人民政府信息公开", "watermark"),
    ("04 第四部分", "navigation"),
    ("更新日期：2022年12月30日", "article-info"),
    ("受理地址：区政府信息公开受理中心", "footer"),
    ("代表热议 更多>>", "related"),
    ("图片新闻更多", "related"),
    ("读报告 | 一起来听2025年岳麓区政府工作报告", "media-placeholder"),
    ("【推荐阅读】2023年学习政府工作报告心得体会（精选10篇）　2023年郸城县政府工作报告", "related"),
    ("本版其他稿件", "related"),
])
def test_boilerplate_lines_recognised(line, why):
    verdict = classify_line(line)
    assert verdict is not None and verdict.why == why


@pytest.mark.parametrize("line", [
    "政 府 工 作 报 告", "(五)强化科技支撑和技术支持", "各位代表!", "2022年政府工作报告",
    "一、2021年及区十五届政府工作回顾", "魏都区人民政府区长 何长成",
    "支持摄影创作和影视拍摄。", "全年接待游客532万人次，其中摄影爱好者3万人次。",
    "第1页至第5页的附表列出各项指标",
])
def test_report_lines_are_not_boilerplate(line):
    assert classify_line(line) is None


BREADCRUMB_OL_PAGE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>某市2023年政府工作报告(第2页)_某某网</title></head><body>
<header><nav aria-label="主导航"><ul><li><a href="../../">首页</a></li>
<li><a href="../../sitemap.html">地区报告</a><ul><li><a href="./">华东</a></li><li><a href="../huabei/">华北</a></li></ul></li>
</ul></nav></header>
<main><nav aria-label="面包屑"><ol><li><a href="../../">首页</a></li><li><a href="./">华东</a></li>
<li aria-current="page">正文</li></ol></nav>
<article><div class="article-content">
<p>　　各位代表，过去一年我们经受住了严峻考验，更加坚定了不断奋勇向前的信心决心。</p>
<p>　　二是扎实推进乡村振兴。新建高标准农田五万亩，粮食总产量稳定在四十万吨以上。</p>
<p>　　三是持续保障和改善民生。新增城镇就业两万人，城乡居民收入分别增长百分之五和百分之七。</p>
<p>　　各位代表，新征程上，我们将在市委坚强领导下，奋发有为，为全面建设社会主义现代化国家贡献力量！</p>
</div>
<nav aria-label="文章分页"><a href="./77.html">上一页</a> <a href="./77.html">1</a> <span aria-current="page">2</span></nav>
<footer><p>本文地址：<a href="./77.html">/baogao/huadong/77.html</a></p>
<nav><ul><li>上一篇：<a href="./76.html">某县2023年政府工作报告</a></li><li>下一篇：没有了</li></ul></nav></footer>
</article></main></body></html>"""


def test_breadcrumb_written_as_a_list_leaves_no_step_in_the_body():
    """A breadcrumb as an <ol>, each step a line: its last step (正文, the
    page itself, unlinked) is no more body text than its linked steps."""
    [report] = clean_page(BREADCRUMB_OL_PAGE, url=f"{SITE_A}/baogao/huadong/77_2.html")
    assert report.body.split("\n\n")[0].startswith("各位代表，过去一年")
    assert "正文" not in report.body.split("\n\n")
    for line in ("正文", "详情", "文章详情"):
        assert classify_line(line).why == "breadcrumb"
    assert classify_line("正文部分共分五章") is None


# --- shortcuts in listing detection, paragraph restoration, excerpt checks and spam removal -----
# Each shortcut skips work only where the full computation provably finds
# nothing; these pin down the edges of those arguments.
import random  # noqa: E402
import unicodedata  # noqa: E402

from cleaning import paragraphs as paragraphs_module  # noqa: E402
from cleaning.render import Line  # noqa: E402
from cleaning.folding import fold, traditional_characters  # noqa: E402
from cleaning.listing import find_listing_items  # noqa: E402
from cleaning.paragraphs import excerpt_reasons, split_at_structure  # noqa: E402

_ITEM_BODY = "本市坚持稳中求进工作总基调，全面贯彻新发展理念，经济运行总体平稳。" * 5  # > 100 prose


def test_listing_of_bullet_items_is_found_past_the_cheap_bounds():
    lines = [Line("首页"), Line("政府工作报告", item_start=True), Line(_ITEM_BODY), Line("2025-07-02"),
             Line("二〇二四年政府工作报告", item_start=True), Line(_ITEM_BODY), Line("2025-07-01")]
    items = find_listing_items(lines)
    assert [(item.index, item.title, item.published_on) for item in items] == [
        (1, "政府工作报告", "2025-07-02"), (2, "二〇二四年政府工作报告", "2025-07-01")]


def test_listing_by_titles_each_with_one_date():
    lines = [Line("甲市政府工作报告"), Line("2025-07-02"), Line(_ITEM_BODY),
             Line("乙县政府工作报告"), Line("2025-07-01"), Line(_ITEM_BODY)]
    assert [item.title for item in find_listing_items(lines)] == ["甲市政府工作报告", "乙县政府工作报告"]


def test_one_report_with_dated_links_is_no_listing():
    # Two dated teaser links and one long body: only one group has prose.
    lines = [Line("政府工作报告"), Line("2025-07-02"), Line(_ITEM_BODY * 4),
             Line("相关报告", link_chars=4), Line("某县政府工作报告", link_chars=8, item_start=True),
             Line("2025-06-30"), Line("某市政府工作报告", link_chars=8, item_start=True), Line("2025-06-29")]
    assert find_listing_items(lines) is None


def test_item_body_just_below_the_prose_minimum_is_no_item():
    short = "本市坚持稳中求进工作总基调，全面贯彻新发展理念。"  # 20 Chinese characters
    lines = [Line("甲", item_start=True), Line("甲市政府工作报告"), Line(short * 4),
             Line("乙", item_start=True), Line("乙县政府工作报告"), Line(_ITEM_BODY)]
    assert find_listing_items(lines) is None


def test_short_dated_item_is_kept_short_and_numbers_are_places_on_the_page():
    """A news teaser between reports is returned marked short, and the items
    after it keep their place on the page as their number."""
    teaser = "7月1日，甲市召开招商引资项目推进会，部署下一阶段重点任务。"
    lines = [Line("甲市政府工作报告", item_start=True), Line(_ITEM_BODY), Line("2025-07-02"),
             Line("甲市召开招商引资推进会", item_start=True), Line(teaser), Line("2025-07-01"),
             Line("乙县政府工作报告", item_start=True), Line(_ITEM_BODY), Line("2025-06-30")]
    items = find_listing_items(lines)
    assert [(item.index, item.title, item.short, item.published_on) for item in items] == [
        (1, "甲市政府工作报告", False, "2025-07-02"), (2, "甲市召开招商引资推进会", True, "2025-07-01"),
        (3, "乙县政府工作报告", False, "2025-06-30")]


def test_one_report_among_news_items_laid_out_alike_is_a_listing():
    """One report and short dated news items, each opening its list item with
    its title: a listing whose news items are set aside (else they would be
    read as the end of the report)."""
    teaser = "7月1日，甲市召开招商引资项目推进会，部署下一阶段重点任务，签约项目36个。"
    lines = [Line("甲市政府工作报告", item_start=True), Line(_ITEM_BODY), Line("2025-07-02"),
             Line("甲市召开推进会", item_start=True), Line(teaser), Line("2025-07-01"),
             Line("乙县召开推进会", item_start=True), Line(teaser), Line("2025-06-30")]
    items = find_listing_items(lines)
    assert [(item.title, item.short, item.published_on) for item in items] == [
        ("甲市政府工作报告", False, "2025-07-02"), ("甲市召开推进会", True, "2025-07-01"),
        ("乙县召开推进会", True, "2025-06-30")]


@pytest.mark.parametrize("undated", [False, True])
def test_a_report_page_with_related_news_items_is_no_listing(undated):
    """The report under the page's menu items, its related news after it
    (or news items without dates): one report, no listing."""
    teaser = "7月1日，甲市召开招商引资项目推进会，部署下一阶段重点任务，签约项目36个。"
    lines = [Line("首页", link_chars=2, item_start=True), Line("政务公开", link_chars=4, item_start=True),
             Line("甲市政府工作报告"), Line("2025-07-02"), Line(_ITEM_BODY),
             Line("甲市召开推进会", item_start=True), Line(teaser), Line("" if undated else "2025-07-01"),
             Line("乙县召开推进会", item_start=True), Line(teaser), Line("2025-06-30")]
    assert find_listing_items(lines) is None


def test_listing_short_news_item_is_set_aside_in_its_place():
    """clean_page: a listing's news teaser too short to be a report is a
    non-report `short-listing-item` with its title, date and number, and the
    report after it keeps its place on the page."""
    items = seed_b_items()[:3]
    teaser = ("图解：2022年甲市政府工作报告中的十件民生实事",
              "一图读懂甲市今年十件民生实事。今年将围绕就业、教育、医疗等领域办好十件民生实事。", "2025-06-30")
    reports = clean_page(site_b_page(items[:2] + [teaser] + items[2:]), url="http://b.example.com/info/1/page/2")
    assert [(r.item, r.is_report) for r in reports] == [(1, True), (2, True), (3, False), (4, True)]
    short = reports[2]
    assert (short.reason, short.title, short.published_on) == ("short-listing-item", teaser[0], "2025-06-30")
    assert reports[3].title == items[2][0]


def _folds(sample: str) -> bool:
    return fold(sample) != unicodedata.normalize("NFKC", sample)


@pytest.mark.parametrize("first", [
    "各位代表：现在，我代表市人民政府向大会报告工作，请予审议。",   # simplified, full-width punctuation
    "2022年政府工作报告（摘要）",
    "各位代表：現在，我代表市人民政府向大會報告工作。",           # traditional
    "\u2fa7期规划：现在，我代表市人民政府向大会报告工作。",       # Kangxi radical, NFKC gives 長
    "\uf900各位代表：现在，我代表市人民政府向大会报告工作。",     # compatibility ideograph
    "e\u0301各位代表：现在，我代表政府报告工作。",                 # combining mark
])
def test_excerpt_checks_fold_exactly_when_the_sample_needs_it(first):
    paragraphs = [first, "让我们团结一心，奋力开创高质量发展新局面！"]
    checked = paragraphs_module._in_simplified(paragraphs)
    assert (checked is not paragraphs) == _folds("".join(paragraphs[:3])[:300])
    assert list(checked) == ([fold(p) for p in paragraphs] if checked is not paragraphs else paragraphs)


def test_traditional_body_read_only_where_needed_still_ends_like_a_report():
    body = ["各位代表：現在，我代表市人民政府向大會報告工作。"] + ["經濟運行總體平穩，" * 20] * 80 + [
        "讓我們團結一心，奮力開創高質量發展新局面！"]
    assert excerpt_reasons(body) == []
    assert excerpt_reasons(body[:-1]) == ["ends-mid-report"]


def test_characters_kept_by_the_fold_shortcut_normalise_on_their_own():
    """The shortcut takes NFKC of a sample of kept characters to be the
    characters' own NFKC forms joined: none is combining or the second half
    of a canonical composition, and each maps to itself or to ASCII."""
    kept = [chr(code) for code in range(0x110000)
            if not paragraphs_module._foldable_character().match(chr(code))]
    traditional = traditional_characters()
    seconds = set()
    for code in range(0x110000):
        decomposition = unicodedata.decomposition(chr(code)).split()
        if len(decomposition) == 2 and not decomposition[0].startswith("<"):
            seconds.add(chr(int(decomposition[1], 16)))
    for character in kept:
        normal = unicodedata.normalize("NFKC", character)
        assert normal == character or normal.isascii()
        assert unicodedata.combining(character) == 0 and character not in seconds
        assert traditional.isdisjoint(normal)
    random.seed(7)
    for _ in range(2000):
        sample = "".join(random.choices(kept, k=20))
        assert not _folds(sample)


def _depths_by_character(text: str) -> list[int]:
    """The quote depth before each character, one character at a time (the
    definition `_bracket_depths` keeps compactly)."""
    depths, depth, opened_at = [0], 0, 0
    for index, character in enumerate(text):
        quote = character in paragraphs_module._OPENING_QUOTES + paragraphs_module._CLOSING_QUOTES
        if depth and not quote and index == opened_at + paragraphs_module.MAX_QUOTE + 1:
            depth = 0  # given up on
        if character in paragraphs_module._OPENING_QUOTES:
            if depth == 0:
                opened_at = index
            depth += 1
        elif character in paragraphs_module._CLOSING_QUOTES and depth > 0:
            depth -= 1
        if depth and index - opened_at > paragraphs_module.MAX_QUOTE:
            depth = 0
        depths.append(depth)
    return depths


def test_bracket_depths_match_their_definition():
    random.seed(3)
    alphabet = "“”《》()（）「」文字。，"
    for _ in range(300):
        text = "".join(random.choices(alphabet, weights=[3, 2, 1, 1, 1, 1, 1, 1, 1, 1, 30, 30, 3, 3],
                                      k=random.randint(0, 1500)))
        depths = paragraphs_module._bracket_depths(text)
        assert [depths[i] for i in range(len(text) + 1)] == _depths_by_character(text)


def test_glued_body_breaks_after_quotes_spaces_and_soft_ends():
    text = ("各位代表：现在，我代表市人民政府向大会报告工作。一、过去一年工作回顾"
            + "过去一年，我们坚持稳中求进。" * 30 + "他说：“要发展。”我们要把握新发展阶段，贯彻新发展理念。"
            + "（一）加快发展。" + "经济运行稳中向好，" * 50 + "。 二、今年工作安排“" + "很长的引号内容，" * 60
            + "各位代表！让我们团结奋斗！")
    assert [chunk[:12] for chunk in split_at_structure(text)] == [
        "各位代表：现在，我代表市", "一、过去一年工作回顾过去", "（一）加快发展。经济运行", "二、今年工作安排“很长的",
        "让我们团结奋斗！"]


@pytest.mark.parametrize("paragraph, title", [
    ("一、2018年工作回顾过去一年，习近平总书记亲自致贺信。", "一、2018年工作回顾"),
    ("一、本届政府工作回顾站在新的起点上，我们回望过去。", "一、本届政府工作回顾"),
    ("二、今后五年总体思路和目标任务刚刚胜利闭幕的党代会描绘了蓝图。", "二、今后五年总体思路和目标任务"),
    ("三、2022年主要工作安排2022年，是新一届政府的开局之年。", "三、2022年主要工作安排"),
    ("四、加强政府自身建设一是将对党忠诚作为首要政治原则。", "四、加强政府自身建设"),
])
def test_a_part_title_run_into_its_first_paragraph_is_parted(paragraph, title):
    assert restore_paragraphs([paragraph]) == [title, paragraph[len(title):]]


def test_a_parted_part_title_leaves_the_site_paragraphs_unflagged():
    # Only a body that lost its breaks is flagged paragraphs-restored (and
    # ranks below other copies as the canonical one); parting a title is not that.
    paragraphs = seed_body_paragraphs("002")   # 一、2021年及区十五届政府工作回顾
    at = next(i for i, p in enumerate(paragraphs) if p.startswith("一、"))
    run_in = paragraphs[:at] + [paragraphs[at] + paragraphs[at + 1]] + paragraphs[at + 2:]
    page = ("<html><head><title>许昌市魏都区2022年政府工作报告</title></head><body><h1>许昌市魏都区2022年政府工作报告</h1>"
            + "".join(f"<p>{p}</p>" for p in run_in) + "</body></html>")
    [report] = clean_page(page, "http://www.example.gov.cn/a/1.html", "text/html")
    assert report.paragraphs == paragraphs
    assert "paragraphs-restored" not in report.flags


@pytest.mark.parametrize("paragraph", [
    "一、扎实推进重点工作落实各项任务，确保取得实效。",      # a sub-heading run into its text
    "一、全力以赴推动经济增长稳中快进坚持思想引领。",        # no part title's word
    "三、抓好重点任务落实，确保各项工作落地见效。",          # the word ends no title
    "（一）2022年工作回顾过去一年，我们攻坚克难。",          # not a part's marker
    "一、2021年工作回顾",                                    # a title on its own already
])
def test_other_numbered_paragraphs_stay_whole(paragraph):
    assert restore_paragraphs([paragraph]) == [paragraph]


@pytest.mark.parametrize("text, removed", [
    # A web address starts as far as it can before its top-level domain.
    ("相关网站https://www." + "x" * 37 + "bet.com/index我们",
     ["https://www." + "x" * 37 + "bet.com/index我们"]),
    ("相关网站https://www." + "x" * 38 + "bet.com我们", []),   # host longer than an address has
    # `彩票` hides inside the hint `博彩`: the spam after it is still found.
    ("地区政府博彩票开户官网", ["博彩票开户"]),   # 地区政府官网 stays, as in seed 003
    # A casino's 官网 goes with its name where the text before owns no site.
    ("全面推进乡村振兴开元棋牌官网，农村居民收入增长。", ["开元棋牌官网"]),
    # A long report line: spam far from the start, ordinary hints elsewhere.
    ("发展电子商务和体育产业，" * 300 + "请登录AG真人视讯领取彩金。",
     ["AG真人视讯", "彩金", "，请登录AG真人视讯领取彩金"]),
    ("发展电子商务和体育产业，打击跨境赌博、开设赌场犯罪。", []),
    # An advert's offer starts as far as it can before its hint `票`.
    ("增长代开各类增值税专用发票13866668888，3.2%", ["代开各类增值税专用发票13866668888"]),
    # A casino's name split by a dot, its pinyin before it; a loan shark's slang.
    ("加快打造雷州半岛先进制造业基地。bob半岛·体育", ["bob半岛·体育"]),
    ("蓬勃开展。借钱应急 黑户也能下款", ["借钱应急 黑户也能下款"]),
    ("蓬勃开展。网贷秒下款口子", ["网贷秒下款口子"]),
    ("依法打击非法网贷，加快社会信用和征信体系建设，雷州半岛·体育公园建成开放。", []),
])
def test_spam_found_only_near_its_hints(text, removed):
    assert remove_spam(text)[1] == removed


# --- shortcuts taken for speed: each gives what the long way gives ------------------------
from cleaning import boilerplate as boilerplate_module  # noqa: E402
from cleaning import extract as extract_module, render as render_module  # noqa: E402


def _rendered(page) -> list[tuple]:
    return [(line.text, line.link_chars, line.heading, line.item_start, line.href)
            for line in page.lines] + [page.title_tag, page.canonical_link,
                                       page.has_password_field, page.capped]


def test_reused_parser_starts_each_page_afresh():
    # One page leaves an open link, a pending list item, a title, a canonical
    # link and a password field behind; the next page sees none of them.
    first = ("<html><head><title>甲</title><link rel=canonical href=/a></head><body>"
             "<ul><li><a href=/x>链接<input type=password>")
    second = "<html><body><p>正文一段。</p>文字</body></html>"
    render_module.render_html(first)
    again = render_module.render_html(second)
    assert _rendered(again) == [("正文一段。", 0, False, False, None), ("文字", 0, False, False, None),
                                None, None, False, False]


def test_parser_is_replaced_after_a_failure(monkeypatch):
    def broken(self, text):
        raise RuntimeError("boom")

    render_module._parsers.parser = None   # the next parser is made with the broken target
    monkeypatch.setattr(render_module._LineBuilder, "data", broken)
    with pytest.raises(RuntimeError):
        render_module.render_html("<p>半截</p>")
    assert render_module._parsers.parser is None
    monkeypatch.undo()
    assert [line.text for line in render_module.render_html("<p>完整</p>").lines] == ["完整"]


@pytest.mark.parametrize("html, lines", [
    ("<p>中<!-- 注释 -->文</p>", ["中文"]),                 # comments are not reported at all
    ("<p>一。\u3000\u3000二。</p><p>三。  四</p>", ["一。", "二。", "三。 四"]),  # ASCII spaces collapse first
    ("<p>甲\u3000乙</p><p>a\xa0b</p>", ["甲\u3000乙", "a\xa0b"]),  # no sentence end: not split
    ("<p>中\n文 a\t\fb  c\vd</p>", ["中文 a b c d"]),
    ("<p> \n </p><option>选项</option><br><DIV>大写</DIV>", ["大写"]),
])
def test_rendered_lines(html, lines):
    assert [line.text for line in render_module.render_html(html).lines] == lines


@pytest.mark.parametrize("html, lines", [
    # an old PDF viewer's text layer: one positioned <div> per run of a font, runs of one line share `top`
    ('<div style="left: 96px; top: 120.5px">地区生产总值增长</div><div style="left: 300px; top: 120.5px">5.6%</div>'
     '<div style="left: 340px; top: 120.5px">，创建示范村</div>\n<div style="left: 96px; top: 150px">5</div>'
     '<div style="left: 110px; top: 150px">个。</div>',
     ["地区生产总值增长5.6%，创建示范村", "5个。"]),
    # layers side by side at one `top`, each of several lines, stay apart
    ('<div style="position:absolute;left:0;top:100px"><p>首页</p><p>新闻中心</p></div>'
     '<div style="position:absolute;left:200px;top:100px"><p>各位代表：</p><p>现在，我代表市人民政府向大会报告工作。</p></div>',
     ["首页", "新闻中心", "各位代表：", "现在，我代表市人民政府向大会报告工作。"]),
    # divs without a position, or at another height, are blocks as ever
    ('<div style="color:red">甲</div><div style="color:red">乙</div><div style="left:0;top:1px">丙</div>'
     '<div style="left:0;top:2px">丁</div>', ["甲", "乙", "丙", "丁"]),
])
def test_positioned_runs_of_one_line_are_one_line(html, lines):
    assert [line.text for line in render_module.render_html(html).lines] == lines


def test_whitespace_check_matches_the_regex_it_replaces():
    unusual = re.compile(r"[\t\r\n\f\v]|  ")
    random.seed(11)
    for _ in range(3000):
        text = "".join(random.choices(" \t\r\n\f\v\u3000\xa0中a", k=random.randint(0, 6)))
        expected = render_module._ASCII_SPACE_RUN.sub(" ", text) if unusual.search(text) else text
        if "\n" in text or "\r" in text:
            text_after_newlines = render_module._SOURCE_NEWLINE.sub("", text)
            expected = (render_module._ASCII_SPACE_RUN.sub(" ", text_after_newlines)
                        if unusual.search(text_after_newlines) else text_after_newlines)
        assert render_module._normalise_source_whitespace(text) == expected


def _lines_the_long_way(text: str, link_text: str) -> list[tuple[str, int]]:
    """A line's pieces and link characters as `break_line` worked them out
    before it stripped first and skipped the usual lines' normalising."""
    if not text.strip(render_module._BLANK):
        return []
    edge = render_module.EDGE_SPACE
    text = render_module._normalise_source_whitespace(text).strip(edge)
    link_chars = len(render_module._normalise_source_whitespace(link_text).strip(edge))
    return [(piece, min(link_chars, len(piece)))
            for piece in (part.strip(edge) for part in render_module._split_indented(text))]


def test_line_break_gives_what_the_long_way_gives():
    builder = render_module._LineBuilder()
    random.seed(7)
    alphabet = [" ", "  ", "\t", "\r\n", "\n", "\f", "\v", "\u3000", "\xa0", "\u200b", "\ufeff",
                "\u2002", "中", "文", "a", "。", "！", "」"]
    for _ in range(5000):
        text = "".join(random.choices(alphabet, k=random.randint(0, 10)))
        link_text = "".join(random.choices(alphabet, k=random.randint(0, 4)))
        builder.parts, builder.link_parts = [text], [link_text]
        builder.break_line()
        assert [(line.text, line.link_chars) for line in builder.lines] == _lines_the_long_way(
            text, link_text), (text, link_text)
        builder.reset()


def _cjk_count_by_regex(text: str) -> int:
    """The Chinese characters counted the plain way."""
    return len(re.findall(r"[\u3400-\u9fff\uf900-\ufaff]", text))


def test_cjk_count_agrees_with_the_character_class_on_every_code_point():
    # Every code point on its own (surrogates included, as a lone one may be
    # left in text), then mixed text of each kind.
    assert all(render_module.cjk_count(chr(code)) == _cjk_count_by_regex(chr(code))
               for code in range(0x110000))
    random.seed(3)
    alphabet = "中文a ，。\u3000\u33ff\u3400\u9fff\ua000\uf8ff\uf900\ufaff\ufb00\U00020000\ud800"
    for _ in range(3000):
        text = "".join(random.choices(alphabet, k=random.randint(0, 12)))
        assert render_module.cjk_count(text) == _cjk_count_by_regex(text), text


def _is_pagination_in_full(key: str) -> bool:
    """`_is_pagination` without its first-character check."""
    if not key or len(key) > 120 or not re.search(r"\w", key):
        return False
    rest = boilerplate_module._PAGINATION_TOKENS.sub("", key)
    if rest.strip(":|,、-/"):   # as the code was written before the shortcut
        return False
    return not key.isdigit() or len(key) <= 3


def test_pagination_first_character_check_is_exact():
    alphabet = ["上一页", "下一页", "首页", "尾页", "共3页", "第2页", "1", "٣", "３", "12/30", "<", "»",
                "...", "…", "跳转", "到第", "页", "go", "prev", "next", "确定", ":", "|", ",", "、", "-",
                "/", "x", "中", " "]
    random.seed(5)
    for _ in range(5000):
        key = "".join(random.choices(alphabet, k=random.randint(1, 6)))
        assert boilerplate_module._is_pagination(key) == _is_pagination_in_full(key), key
    for key in ("٣", "３", "-1-", "|上一页|", "…1 2…", "x上一页"):
        assert boilerplate_module._is_pagination(key) == _is_pagination_in_full(key), key


def test_only_c_matches_c_ignoring_case():
    # `_COPYRIGHT` looks for a plain `[cC]`: no other character may match `c`
    # under IGNORECASE in the regex engine in use.
    ignoring_case = re.compile("c", re.IGNORECASE)
    assert [chr(code) for code in range(0x110000) if ignoring_case.fullmatch(chr(code))] == ["C", "c"]


@pytest.mark.parametrize("text", ["正文结束。COPYRIGHT 2022 某市", "正文结束。copyRight 2022",
                                  "正文结束。Copyrights", "没有那个词c", "正文结束。本文仅代表作者观点。"])
def test_glued_boilerplate_check_agrees_with_the_pattern(text):
    assert boilerplate_module.may_hold_glued_boilerplate(text) == bool(
        boilerplate_module._GLUED_STARTS.search(text))


@pytest.mark.parametrize("text, why", [
    ("本文地址：http://example.gov.cn/a.html" + "说明" * 40, "canonical-address"),  # long, has an address
    ("本文地址：" + "说明" * 40, None),                                             # long, no address
    ("本文地址：说明", "canonical-address"),
    ("地址：某路1号 电话：12345", "footer"),
    ("地址某路1号电话12345", None),                                                 # labels without colons
])
def test_classify_line_edges(text, why):
    verdict = classify_line(text)
    assert (verdict.why if verdict else None) == why


def test_list_boundaries_runs():
    lines = [Line(text, link_chars=len(text)) for text in ("甲", "乙", "丙")] + [Line("正文内容。")] + [
        Line(text, link_chars=len(text)) for text in ("丁", "戊")]
    assert extract_module._list_boundaries(lines, [None] * len(lines)) == {0, 1, 2}


def test_article_info_phrases_all_need_a_colon():
    # `_is_article_info` counts the phrases only in a key holding a colon.
    assert all(phrase.endswith(":") for phrase in boilerplate_module._ARTICLE_INFO_ANY)
    assert classify_line("xx 来源:新华社 作者:张三").why == "article-info"
    assert classify_line("xx 来源新华社 作者张三") is None


# --- forms the seeds do not show ------------------------------------------------------------------


@pytest.mark.parametrize("line, why", [
    ("本文僅代表作者觀點，不代表本站立場。如有侵權請聯繫本站刪除。", "disclaimer"),
    ("版權所有：中文報告網　聯繫我們　網站地圖", "footer"),
    ("上一頁 1 2 3 下一頁", "pagination"),
])
def test_boilerplate_in_traditional_characters(line, why):
    assert classify_line(line).why == why


@pytest.mark.parametrize("line", ["轉載日期：2023-01-20　來源：泉州市人民政府網站　點閱：1532",
                                  "转载时间：2023-02-01 人气：86"])
def test_a_copys_reprint_date_and_counters_are_article_info(line):
    # Mirrors and Taiwan sites label their own date 转载日期 and their counter 点阅.
    assert classify_line(line).why == "article-info"


@pytest.mark.parametrize("line", ["平舆发布 2023-01-12 18:30 发表于河南", "新华社 2023年3月5日 09:12"])
def test_posting_time_lines_are_article_info(line):
    assert classify_line(line).why == "article-info"


def test_archive_meta_line_with_a_bare_counter_label_is_article_info():
    # An archive's spans glued into one line: 收录来源 holds 来源, the counter is 浏览 alone.
    assert classify_line("文献类型：政府文件收录来源：《重庆年鉴（1997）》入库时间：2019-06-14浏览：312").why \
        == "article-info"
    assert classify_line("全年接待游客浏览：共计312万人次。") is None


@pytest.mark.parametrize("line", ["出处：《吴县年鉴（1994）》第23—27页　　资料提供：吴中区档案馆",
                                  "资料来源：《重庆年鉴（1997）》", "文献类型：政府文件"])
def test_an_archives_source_record_is_article_info(line):
    assert classify_line(line).why == "article-info"


def test_report_sentence_with_a_time_is_not_article_info():
    assert classify_line("2023年1月12日9:30，大会开幕，市长作政府工作报告。") is None


def test_line_of_unusual_whitespace_does_not_lose_the_page():
    paragraphs = seed_body_paragraphs("001")
    page = "\n".join(["(河南省)济源市2022年政府工作报告", "\u2003" * 12] + paragraphs)
    [report] = clean_page(page)
    assert report.is_report and report.paragraphs == paragraphs


@pytest.mark.parametrize("width", [26, 28, 33, 40])
def test_text_hard_wrapped_at_any_width_is_joined(width):
    # Official documents are set 28 characters a line; copies of their PDFs keep the breaks.
    paragraphs = seed_body_paragraphs("001")
    wrapped = [p[i:i + width] for p in paragraphs for i in range(0, len(p), width)]
    [report] = clean_page("\n".join(["(河南省)济源市2022年政府工作报告"] + wrapped))
    assert report.paragraphs == paragraphs


@pytest.mark.parametrize("width", [28, 33])
def test_wrapped_text_whose_first_lines_lost_their_indent_is_joined(width):
    # A PDF viewer's text layer: each paragraph's first line two characters
    # short (its indent was only a position), headings run into their text
    # (（一）做强…。推进…) wrapped like any line.
    paragraphs = seed_body_paragraphs("001")
    wrapped = []
    for p in paragraphs:
        first = width - 2
        wrapped += [p[:first]] + [p[i:i + width] for i in range(first, len(p), width)]
    [report] = clean_page("\n".join(["(河南省)济源市2022年政府工作报告"] + wrapped))
    assert report.paragraphs == paragraphs


def test_a_run_in_heading_filling_a_wrapped_line_goes_on():
    lines = ["（一）做强沙县小吃产业。推进小吃标准化、连锁化、国际", "化，建设小吃产业园二期。"]
    assert join_broken_lines(lines) == lines   # no wrap width known: a heading ends its line
    from cleaning.paragraphs import _breaks_mid_sentence
    assert _breaks_mid_sentence(lines[0], lines[1], wrap_width=28)
    assert not _breaks_mid_sentence("（一）做强沙县小吃产业和现代服务业发展的若干重点工作", lines[1], wrap_width=28)


def test_short_lines_of_unwrapped_text_stay_apart():
    lines = ["各位代表：", "一、过去一年工作回顾", "（一）经济运行稳中向好",
             "全市地区生产总值增长6.1%，一般公共预算收入增长8%。"] * 3
    assert join_broken_lines(lines) == lines


def test_information_table_cells_without_colons_are_article_info():
    # A 政府信息公开 table renders each label and value as a cell of its own.
    rows = ["信息索引号", "002584321/2024-08764", "公开方式", "主动公开", "信息分类", "计划规划",
            "发布机构", "县政府办公室", "生成日期", "2024-01-19", "信息名称", "某县政府工作报告（2024年）"]
    paragraphs = seed_body_paragraphs("001")
    page = "\n".join(rows + ["(河南省)济源市2022年政府工作报告"] + paragraphs)
    [report] = clean_page(page)
    assert report.is_report and report.paragraphs == paragraphs
    assert {r.what for r in report.removed if r.why == "article-info"} >= {"计划规划", "县政府办公室", "主动公开"}


@pytest.mark.parametrize("line", ["名称", "时间", "分类", "公开透明", "文号管理"])
def test_words_alone_that_no_information_table_labels_stay(line):
    # Only a disclosure table's own labels: a report's table may head a column 名称.
    assert classify_line(line) is None


def test_values_of_information_table_labels_are_article_info():
    rows = ["索引号：", "11410326005535291X/2024-00012", "发文机关：", "汝阳县人民政府", "成文日期：", "2024年01月18日"]
    paragraphs = seed_body_paragraphs("001")
    page = "\n".join(rows + ["(河南省)济源市2022年政府工作报告"] + paragraphs)
    [report] = clean_page(page)
    assert report.title == "(河南省)济源市2022年政府工作报告" and report.paragraphs == paragraphs
    assert {r.what for r in report.removed if r.why == "article-info"} >= {"汝阳县人民政府", "2024年01月18日"}


def test_an_information_tables_summary_above_the_report_is_article_info():
    """A Hanweb portal's 信息公开 table: each label in a cell of its own, the
    内容概述 summary a sentence restating the delivery."""
    rows = ["信息索引号：", "014000319/2020-00015", "时　　效：", "有效", "标　　题：",
            "(河南省)济源市2022年政府工作报告", "内容概述：",
            "2022年1月5日，市长在济源市第十届人民代表大会第一次会议上作政府工作报告，回顾2021年工作，部署2022年任务。"]
    paragraphs = seed_body_paragraphs("001")
    [report] = clean_page("\n".join(rows + ["(河南省)济源市2022年政府工作报告"] + paragraphs))
    assert report.paragraphs == paragraphs
    assert any(r.why == "article-info" and r.what.startswith("2022年1月5日，市长") for r in report.removed)


@pytest.mark.parametrize("title_tag, site", [
    ("2024年政府工作报告 - 汝阳县人民政府", "汝阳县人民政府"),
    ("政府工作报告_洛阳市人民政府门户网站", "洛阳市人民政府门户网站"),
    ("2024年政府工作报告_中文报告网", None), (None, None),
])
def test_site_name_from_the_title_tag(title_tag, site):
    from cleaning.extract import site_name

    assert site_name(title_tag) == site


def test_headings_of_one_length_are_no_wrap_width():
    sentence = "我们我们，我们我们我们。我们我们，我们我们我们我们我们我们我们我们。"
    lines = ["一、我们我们"] + ["一、我们我们我们我们"] * 4 + [sentence, sentence, "一、我们我们我们我们"]
    assert join_broken_lines(lines) == lines


def _wrap_width_summing_every_window(paragraphs: list[str]) -> int | None:
    """paragraphs.wrap_width without its bounds: every window of lengths summed."""
    from collections import Counter

    from cleaning import paragraphs as module
    needed = max(module._MIN_WRAPPED_LINES, len(paragraphs) * 0.3)
    every = Counter(len(p) for p in paragraphs if len(p) >= module._MIN_WRAP_WIDTH)
    if not any(sum(every[n] for n in range(length - module._WRAP_SLACK, length + 2)) >= needed
               for length in every):
        return None
    lengths = Counter(len(p) for p in paragraphs if len(p) >= module._MIN_WRAP_WIDTH
                      and not ends_sentence(p) and not is_heading(p))
    if not lengths:
        return None
    width = max(lengths, key=lambda length: (lengths[length], length))
    near = sum(lengths[length] for length in range(width - module._WRAP_SLACK, width + 2))
    if near >= needed:
        return width
    if near >= module._MIN_WRAPPED_LINES and sum(
            every[n] for n in range(width - module._WRAP_SLACK, width + 2)) >= needed:
        return width
    wider = width + module._INDENT
    near = sum(lengths[length] for length in range(width - module._WRAP_SLACK, wider + 2))
    return wider if lengths[wider] and near >= needed else None


def test_wrap_width_bounds_give_the_full_answer():
    import random

    from cleaning.paragraphs import wrap_width
    random.seed(11)
    for _ in range(500):
        width = random.randint(18, 40)
        lines = ["字" * random.choice([random.randint(width - 3, width + 2), random.randint(1, 80)])
                 + random.choice(["", "，", "。"]) for _ in range(random.randint(0, 40))]
        assert wrap_width(lines) == _wrap_width_summing_every_window(lines)


def test_a_label_ending_a_meta_line_takes_no_value_from_the_next_line():
    # `…浏览次数：` whose count a script fills in ends a line of several labels:
    # the delivery line below is the report's, not the label's value.
    rows = ["来源：县政府办　发布时间：2023年01月16日　浏览次数：",
            "——2022年1月5日在济源市第十届人民代表大会第一次会议上"]
    page = "\n".join(["(河南省)济源市2022年政府工作报告"] + rows + seed_body_paragraphs("001"))
    [report] = clean_page(page)
    assert report.paragraphs[0] == rows[1]


@pytest.mark.parametrize("label, value, taken", [
    ("浏览次数：", "318", True),
    ("阅读次数：", "1,024次", True),
    ("浏览次数：", "——2023年1月6日在成都市武侯区第十九届人民代表大会第三次会议上", False),
    ("点击数：", "现在，我代表市人民政府", False),
    ("发布机构：", "赣州市人民政府办公室", True),
    ("文　　号：", "赣府发〔2024〕1号", True),
    ("来源：县政府办　浏览次数：", "318", False),          # not alone on its line
])
def test_which_lines_are_values_of_a_label(label, value, taken):
    assert boilerplate_module.may_be_label_value(label, value) is taken


@pytest.mark.parametrize("line, why", [
    ("附件：", "attachment"),
    ("附件1：", "attachment"),
    ("2024年如皋市政府工作报告（全文）.docx", "attachment"),
    ("附件：2023年科右前旗政府工作报告.DOCX", "attachment"),
    ("政府工作报告印刷版.pdf（1.2MB）", "attachment"),
    ("生成日期：", "article-info"),
    ("公开日期：2024-01-15", "article-info"),
    ("附件：名词解释", None),                  # a report's own appendix names no file
    ("全年新增附件产业项目12个。", None),
])
def test_attachments_and_disclosure_labels(line, why):
    verdict = classify_line(line)
    assert (verdict.why if verdict else None) == why


def test_attachment_list_after_the_body_ends_it():
    paragraphs = seed_body_paragraphs("001")
    page = "\n".join(["(河南省)济源市2022年政府工作报告"] + paragraphs + [
        "附件：", "济源市2022年政府工作报告.pdf", "图解：济源市2022年政府工作报告"])
    [report] = clean_page(page)
    assert report.paragraphs == paragraphs


@pytest.mark.parametrize("line", ["（编辑：王丽　审核：张强）", "【责任编辑：李明】", "审核：张强",
                                  "信息分类：政府工作报告", "名　　称：2023年天水市政府工作报告"])
def test_credits_and_disclosure_rows_are_article_info(line):
    assert classify_line(line).why == "article-info"


def test_a_count_under_its_label_is_no_page_number():
    paragraphs = seed_body_paragraphs("001")
    page = "\n".join(["(河南省)济源市2022年政府工作报告"] + paragraphs + ["发布日期：2022-01-18", "浏览次数：", "318"])
    [report] = clean_page(page)
    assert report.paragraphs == paragraphs
    assert "excerpt:one-page-of-several" not in report.flags
    assert ("article-info", "318") in {(r.why, r.what) for r in report.removed}


def test_header_line_with_a_chinese_date_written_with_latin_o():
    # 二O二三 (a Latin O for 〇) is common on portals; it is still a delivery line.
    assert is_header_line("——二O二三年一月十日在天水市第八届人民代表大会第三次会议上")


@pytest.mark.parametrize("line", ["2024-01-16　来源：海淀区人民政府办公室", "2023/1/18 10:30 作者：市政府办"])
def test_meta_line_opening_with_the_posting_date_is_article_info(line):
    assert classify_line(line).why == "article-info"


def test_report_sentence_opening_with_a_date_is_not_article_info():
    assert classify_line("2023年1月10日，来源于各方的意见建议全部吸纳进报告。") is None


@pytest.mark.parametrize("label, value, taken", [
    ("生效时间：", "歙县2024年政府工作报告", False),      # an empty date cell above the <h1>
    ("成文日期：", "2024年01月18日", True),
    ("发布时间：", "2024-01-22 10:30", True),
])
def test_a_date_label_takes_only_a_date(label, value, taken):
    assert boilerplate_module.may_be_label_value(label, value) is taken


_MENU = "<div>首页 | 政务公开 | 政务服务 | 互动交流</div><div>当前位置：首页 > 政务公开</div>"


@pytest.mark.parametrize("title_tag, header, title", [
    # The body's header is not stretched over the breadcrumb and menu: the
    # site's slogan line above them is not taken for the report's title.
    ("济源市2022年政府工作报告",
     "<div>济源市人民政府愚公移山精神发源地</div>" + _MENU + "<div>生效时间：</div><h1>济源市2022年政府工作报告</h1>",
     "济源市2022年政府工作报告"),
    # No menu parts the logo from the title line: the logo is no title and no
    # part of the body; the <title>'s words are the title.
    ("2024年政府工作报告-宁陵县人民政府",
     "<div class=logo>宁陵县人民政府门户网站</div><div class=t>2024年政府工作报告</div>", "2024年政府工作报告"),
    # The logo 漾濞彝族自治县人民政府 starts the <title> but names no document:
    # the <h1> is the title.
    ("漾濞彝族自治县人民政府工作报告",
     "<div>漾濞彝族自治县人民政府</div>" + _MENU + "<h1>漾濞彝族自治县人民政府工作报告</h1>",
     "漾濞彝族自治县人民政府工作报告"),
])
def test_a_site_logo_is_no_title(title_tag, header, title):
    paragraphs = seed_body_paragraphs("001")
    page = (f"<html><head><title>{title_tag}</title></head><body>{header}"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>")
    [report] = clean_page(page, "http://www.example.gov.cn/a/1.html", "text/html")
    assert report.title == title and report.paragraphs == paragraphs


def test_a_column_label_over_the_heading_is_no_title():
    """A portal's column label (政府工作报告, after a minority-script name the page
    drops) set straight over the article's heading: the heading is the title."""
    paragraphs = seed_body_paragraphs("001")
    title = "前郭尔罗斯蒙古族自治县2023年政府工作报告"
    page = (f"<html><head><title>{title} | 前郭尔罗斯蒙古族自治县人民政府</title></head><body>"
            "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/zwgk/'>政务公开</a> &gt; 正文</div>"
            "<article><div class='col'><span>ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ ᠤᠨ ᠠᠵᠢᠯ ᠤᠨ ᠢᠯᠲᠡᠭᠡᠯ</span> · 政府工作报告</div>"
            f"<h2>{title}</h2><div class='meta'>发布时间：2023-01-13 10:05 来源：县政府办公室</div>"
            "<div id='Zoom'><p><strong>政府工作报告</strong></p>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></article></body></html>")
    [report] = clean_page(page, "http://www.example.gov.cn/a/1.html", "text/html")
    assert report.title == title and report.paragraphs[-1] == paragraphs[-1]


@pytest.mark.parametrize("line, why", [
    ("打印 | 关闭", "share-print"),
    ("【 大 中 小 】", "share-print"),
    ("【默认】【大】【中】【小】", "share-print"),
    ("【打印本文】", "share-print"),
    ("扫一扫在手机打开当前页", "share-print"),
    ("用手机扫描二维码，在手机上继续阅读", "share-print"),
    ("微信扫一扫，继续阅读本文", "share-print"),
    ("【我要纠错】", "share-print"),
    ("政府网站找错", "navigation"),
    ("适老化无障碍服务", "navigation"),
    ("关怀模式", "navigation"),
    ("访问次数：", "article-info"),
    ("中小", None),
    ("小", None),
])
def test_government_portal_tool_lines(line, why):
    verdict = classify_line(line)
    assert (verdict.why if verdict else None) == why


@pytest.mark.parametrize("line", [
    "（五）完善容错纠错机制，激励干部担当作为",
    "五、健全容错纠错机制",
    "打造“扫一扫”便民服务",
    "持续开展“我为群众办实事”，微信扫一扫即可办理。",
    "（三）深化对外商务合作",
    "深化与东盟的商务合作。",
    "（四）加强网络安全和文明上网",
    "新增商家入驻1200家。",
    "相关政策全面落实。",
])
def test_short_report_lines_with_tool_or_end_matter_words_are_content(line):
    assert classify_line(line) is None


@pytest.mark.parametrize("line, why", [
    ("（二）强化技术支持", None),                 # a report heading, numbered or not
    ("强化技术支持", None),
    ("（五）关于我们的工作", None),
    ("技术支持：某某科技有限公司", "footer"),
    ("联系我们", "footer"),
    ("如皋市人民政府主办　如皋市大数据管理局承办", "footer"),
    ("由省政府主办、市政府承办的博览会成功举办。", None),
])
def test_footer_words_in_report_headings_and_portal_credits(line, why):
    verdict = classify_line(line)
    assert (verdict.why if verdict else None) == why


@pytest.mark.parametrize("sentence", [
    "完善政务公开，畅通网友留言渠道。",   # a comment-box word
    "加强网络安全和文明上网教育。",
    "推进版权所有权保护。",               # a footer word
    "建成网站地图服务平台。",
])
@pytest.mark.parametrize("position", ["mid-section", "after-heading", "before-heading"])
def test_report_sentence_holding_a_boilerplate_word_keeps_the_whole_body(sentence, position):
    paragraphs = seed_body_paragraphs("002")
    heading = next(i for i, p in enumerate(paragraphs) if p.startswith("一、"))
    at = {"mid-section": 10, "after-heading": heading + 1, "before-heading": heading}[position]
    report = clean_page(gov_cms_page(paragraphs[:at] + [sentence] + paragraphs[at:],
                                     "2022年魏都区政府工作报告"), "http://www.xuchang.gov.cn/a/1.html")[0]
    assert_paragraphs_kept(report, paragraphs[5:] + [sentence])


# --- news sites, mirrors and user-content copies ---------------------------------------------------


@pytest.mark.parametrize("line, why", [
    ("下载中安新闻客户端，看更多精彩内容", "promotion"),
    ("扫码下载APP，第一时间获取权威资讯", "promotion"),
    ("关注“某某发布”微信公众号", "promotion"),
    ("点击蓝字 关注我们", "promotion"),
    ("点击进入专题：2023玉林两会", "promotion"),
    ("相關標籤：福田 政府工作報告", "article-info"),
    ("来自：江南书屋 > 《政府报告》", "article-info"),
    ("上传者：湘北文档　文档格式：docx　页数：16　浏览次数：356", "article-info"),
    ("还剩14页未读，继续阅读", "excerpt-notice"),
    ("（责任编辑：张三）", "article-info"),
    ("本文来源：人民网", "article-info"),
    ("初审：张三 复审：李四 终审：王五", "article-info"),
    ("新华社北京3月12日电", "article-info"),
    ("本报讯（记者 王丽）", "article-info"),
    ("打开APP阅读更多精彩内容", "promotion"),
    ("声明：本文转载自其他媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。", "disclaimer"),
    ("【相关阅读】", "related"),
    (">>相关新闻", "related"),
    ("热门评论", "comment-box"),
    ("精选留言（28）写留言", "comment-box"),
    ("本文共计14,372字，剩余12,856字未显示", "excerpt-notice"),
    ("已有1,286人下载 · 支持微信/支付宝扫码支付", "download-offer"),
    ("下载全文（Word版）", "download-offer"),
    ("★　　★　　★", "separator"),
    ("作者 admin", "article-info"),
    ("热搜：政府工作报告  招聘  公积金  社保查询", "related"),
    ("下一部分：二、总体要求 >>", "navigation"),
    ("<< 一、工作回顾　下一部分：三、重点工作 >>", "navigation"),
    ("回到标签页顶部", "navigation"),
    ("＊＊＊", "separator"),
    ("亲，该文档总共7页，到这已经超出免费预览范围，如果喜欢就下载吧！", "download-offer"),
    ("1、本文档共5页，可阅读全部内容。", "download-offer"),
    ("文本预览结束，以上内容为文档的部分文本识别，可能存在识别错误，请以原文档为准。", "disclaimer"),
    ("2、原创力文档网站文档一经付费，不意味着购买了该文档的版权，不得用于商业用途，侵权必究。", "disclaimer"),
    ("评论", "comment-box"),
    ("（完）", "end-mark"),
    ("—— 完 ——", "end-mark"),
    ("-END-", "end-mark"),
    ("赞(0)", "share-print"),
    ("（记者 余剑 摄）", "photo-credit"),
    ("（图为赣州市一家新能源企业生产车间。江西日报社供图）", "photo-credit"),
    ("1月9日，义乌市第十七届人民代表大会第三次会议开幕（图源：义乌发布）", "photo-credit"),
    ("图为会议现场（图片来源网络，侵删）", "photo-credit"),
    ("大会现场 奉小英 摄", "photo-credit"),
    ("文档编号：98236451 上传时间：2020-03-02 格式：DOCX 页数：14", "article-info"),
    ("（全文完。原文以义乌市人民政府门户网站发布为准，如有侵权请私信，侵删。）", "disclaimer"),
    ("您的浏览器不支持video标签", "media-placeholder"),
    ("正在加载视频，请稍候……", "media-placeholder"),
    ("如果您无法观看视频，请点击这里下载最新的Flash Player", "media-placeholder"),
    ("视频：合川区十八届人大四次会议开幕", "media-placeholder"),
    ("作品声明：内容取材于网络", "disclaimer"),
    ("本文为作者原创，未经授权禁止转载", "disclaimer"),
    ("点击上方“宾川发布”关注我们", "promotion"),
    ("打开今日头条，查看更多精彩内容", "promotion"),
    ("本文转自：分宜发布", "article-info"),
    ("请遵守用户 评论公约", "comment-box"),
    ("记者：黄海燕　通讯员：陈小北", "article-info"),
    ("文字：王丽　摄影：张强", "article-info"),
    ("本文来自【广西云客户端】", "article-info"),
    ("发文机构：锡林郭勒盟行政公署办公室", "article-info"),
    ("概　　述：锡林郭勒盟2025年政府工作报告", "article-info"),
    ("本文图片均来自网络", "article-info"),
    ("编者注：本文有删节", "excerpt-notice"),
    ("（本文有删节）", "excerpt-notice"),
    ("长按识别二维码关注", "promotion"),
    ("喜欢就点个“在看”吧", "promotion"),
    ("阅读原文", "promotion"),
    ("举报/反馈", "share-print"),
    ("大家都在搜", "related"),
    ("【编者按】", "editor-note"),
    ("本站註：文中「規模工業」係指年主營業務收入人民幣2,000萬元以上之工業企業。", "editor-note"),
    ("编者按：本报今日全文刊发政府工作报告，敬请关注。", "editor-note"),
    ("编者注：2019年8月撤销长垣县，设立县级长垣市。撤县设市前的报告均按原文刊载。", "editor-note"),
    ("Esteemed Deputies,", "foreign-text"),
    ("On behalf of the State Council, I will now report to you on the work of the government.", "foreign-text"),
    # An autonomous area's translation of a heading: Uyghur, Tibetan, Mongolian, Korean.
    ("بىرىنچى، 2024-يىللىق خىزمەتلەرگە نەزەر", "foreign-text"),
    ("ལོ་༢༠༢༤ ལོའི་ལས་དོན་ལ་ཕྱིར་མིག་བལྟས་པ།", "foreign-text"),
    ("ᠵᠠᠰᠠᠭ ᠤᠨ ᠣᠷᠳᠣᠨ ᠤ ᠠᠵᠢᠯ ᠤᠨ ᠢᠯᠡᠳᠬᠡᠯ", "foreign-text"),
    ("2024년 사업에 대한 회고", "foreign-text"),
    ("本文Word下载", "download-offer"),
    # A document-sharing site's preview running out, its provider and its disclaimer.
    ("预览结束，喜欢就下载吧！", "excerpt-notice"),
    # A chronicle's or an archive's digitised copy: its card, caveat, viewer and series label.
    ("书名：临泉县志　编纂：临泉县地方志编纂委员会　出版：黄山书社　出版时间：1994年6月", "article-info"),
    ("说明：本库志书文本由原书扫描识别生成，如有讹误，请以原书为准。", "disclaimer"),
    ("全文识别文本（OCR）", "media-placeholder"),
    ("塘沽区第十四届人民代表大会第四次会议文件（1）", "document-series"),
    # A government paper's red header, number, publicity mark, copies and issue line.
    ("栾川县人民政府文件", "document-series"),
    ("栾政发〔2024〕1号", "document-series"),
    ("（此件公开发布）", "document-series"),
    ("抄送：县委办、县人大办、县政协办。", "document-series"),
    ("栾川县人民政府办公室　　2024年1月15日印发", "document-series"),
    # An e-paper's masthead and reader bar.
    ("2021年03月05日 星期五 第A03版：两会特刊", "article-info"),
    ("返回目录上一篇下一篇放大缩小语音播报", "share-print"),
    # A reading-aloud player, a digital presenter, an AI box's label and closing note.
    ("一键听报告倍速：1.0x 1.5x 2.0x", "media-placeholder"),
    ("AI朗读 · 约36分钟", "media-placeholder"),
    ("🔊 语音播报：播放暂停停止本文共约2000字，朗读全文约需8分钟", "media-placeholder"),
    ("查看完整版页面 >", "navigation"),
    ("PART 01", "decoration"),
    ("雁塔融媒｜区十九届人大五次会议开幕", "media-placeholder"),
    ("楼主补充：今年GDP目标定的6%，压力不小啊，各位觉得能完成不？", "editor-note"),
    ("AI数字人主播“丽小新”3分钟带你速览2025年丽水市政府工作报告。", "media-placeholder"),
    ("智能摘要基于DeepSeek大模型生成", "ai-summary"),
    ("AI摘要 · 要点速览", "ai-summary"),
    ("本文摘要由AI生成，仅供参考，具体内容以报告原文为准。", "ai-summary"),
    ("← 上一篇：汉滨区2024年政府工作报告", "prev-next"),
    ("本站文本整理自各级政府公开发布的报告，仅供研究与检索使用；如有错漏，请以原发布机关文本为准。", "disclaimer"),
    ("文档预览最多仅显示部分页面，完整内容请下载后查看。", "excerpt-notice"),
    ("内容提供方：jinpaiwenku", "article-info"),
    ("版权声明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领。", "disclaimer"),
    ("下载文档到电脑，查找使用更方便", "download-offer"),
    ("本文共计8215字，预计阅读时长20分钟", "article-info"),
    ("温馨提示：下载的文档为word格式", "article-info"),
    ("以上就是小编整理的2023年政府工作报告，希望对大家有所帮助。", "end-matter"),
    # The same sign-off under the site's own name.
    ("以上就是范文吧为大家整理的2024年潍坊市政府工作报告全文，更多精彩范文请关注本站！", "end-matter"),
    ("更多相关内容请关注本站。", "end-matter"),
    # Bylines naming the weekday, and an account's posting line.
    ("2024年1月27日 星期六 11:20 撰文：內地新聞組", "article-info"),
    ("原创 武侯发布 成都武侯发布 2024-01-09 18:30 四川", "article-info"),
    ("本站是提供个人知识管理的网络存储空间，所有内容均由用户发布，不代表本站观点。如发现有害或侵权内容，请点击一键举报。",
     "disclaimer"),
])
def test_news_site_and_user_content_boilerplate(line, why):
    verdict = classify_line(line)
    assert verdict is not None and verdict.why == why


@pytest.mark.parametrize("line", ["推进视频监控全覆盖，建成视频会商系统。", "发展网络视听产业，培育短视频平台3家。"])
def test_report_lines_on_video_are_no_media_placeholder(line):
    assert classify_line(line) is None


@pytest.mark.parametrize("line", ["记者从市发改委获悉，今年全市将新建学校10所。", "加强户外广告整治。",
                                  "推动二维码识别技术应用。", "本文来自全市人民的共同努力。", "文字、图片、视频等多种形式宣传。"])
def test_report_lines_like_credits_or_source_notes_are_kept(line):
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "“皖事通”客户端下载量突破5000万次。",          # a statistic, not a call to download
    "引导群众下载使用政务服务客户端。",             # a sentence
    "我们来自五湖四海，为了一个共同的目标走到一起。",
    "本报讯：今年以来全市经济运行稳中向好。",
    "（三）审核把关更加严格",
    "完善",
    "摄影、摄像等文化产业加快发展。",
    "推动影视拍摄基地建设",
    "组织开展评论员文章学习。",
    "图书馆建设加快推进。",
    "政务服务APP下载量突破1000万次。",
    "鼓励企业免费下载使用标准文本，降低成本。",
    "开展烈士纪念日献花活动。",
    "（三）缩小编制规模",
    "GDP",
    "5G基站累计建成1.2万个。",
])
def test_report_sentences_about_apps_are_not_boilerplate(line):
    assert classify_line(line) is None


@pytest.mark.parametrize("text, kept, marks", [
    ("比重提高到（下转第二版）", "比重提高到", ["（下转第二版）"]),
    ("(上接A1版)66.5%，新增企业65家。", "66.5%，新增企业65家。", ["(上接A1版)"]),
    ("（上接第1版）", "", ["（上接第1版）"]),
    ("比重提高到（下轉第二版）", "比重提高到", ["（下轉第二版）"]),
    ("（上接Ａ２版）", "", ["（上接Ａ２版）"]),
    ("推动出版产业高质量发展，新版政务网站上线。", "推动出版产业高质量发展，新版政务网站上线。", []),
])
def test_newspaper_continuation_marks_are_stripped(text, kept, marks):
    assert boilerplate_module.strip_page_jumps(text) == (kept, marks)


_NEWS_REPORT = (
    "<p>——2023年1月10日在某市第八届人民代表大会第三次会议上</p><p>某市市长　张三</p><p>各位代表：</p>"
    "<p>现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。</p>"
    "<p>过去一年，全市地区生产总值增长4.9%，规模以上工业增加值增长7.2%，一般公共预算收入增长8.6%，"
    "经济运行总体平稳。</p>")


def _news_page(lead: str, report: str = _NEWS_REPORT) -> str:
    return (f"<html><head><title>政府工作报告全文来了-某某新闻网</title></head><body>"
            f"<h1>政府工作报告全文来了</h1><div>{lead}{report}</div></body></html>")


def test_page_jump_inside_a_sentence_is_joined_across():
    report = _NEWS_REPORT.replace("增长7.2%，", "增长</p><p>（下转第二版）</p><p>（上接第一版）</p><p>7.2%，")
    body = clean_page(_news_page("", report), url="http://news.example/1.html")[0].body
    assert "下转" not in body and "上接" not in body
    assert "规模以上工业增加值增长7.2%，一般公共预算收入" in re.sub(r"\s", "", body)


def test_original_title_line_gives_the_title_and_leaves_the_body():
    report = clean_page(_news_page("<p>原标题：2023年某市政府工作报告</p>"), url="http://news.example/1.html")[0]
    assert report.title == "2023年某市政府工作报告"
    assert "原标题" not in report.body
    assert any(r.why == "original-title" for r in report.removed)


def test_original_title_in_traditional_characters():
    report = clean_page(_news_page("<p>原標題：2023年某市政府工作報告</p>"), url="http://news.example/1.html")[0]
    assert report.title == "2023年某市政府工作報告" and "原標題" not in report.body


def test_a_bare_original_title_leaves_the_pages_fuller_heading():
    """`原标题：政府工作报告` under a heading naming the place: the original
    names less, and the heading stays the title; the line still goes."""
    page = _news_page("<p>原标题：政府工作报告</p>").replace("<h1>政府工作报告全文来了</h1>",
                                                      "<h1>宁夏回族自治区政府工作报告（全文）</h1>")
    report = clean_page(page, url="http://news.example/1.html")[0]
    assert report.title == "宁夏回族自治区政府工作报告（全文）"
    assert "原标题" not in report.body and any(r.why == "original-title" for r in report.removed)


def test_resolution_between_the_header_and_the_salutation_is_no_report_text():
    """An e-paper prints the congress's resolution under the report's header,
    before 各位代表: its title, date, sentences and call go; the report stays whole."""
    resolution = ("<p>某市第八届人民代表大会第三次会议关于政府工作报告的决议</p>"
                  "<p>（2023年1月13日某市第八届人民代表大会第三次会议通过）</p>"
                  "<p>会议听取和审议了市长张三所作的政府工作报告，决定批准这个报告。</p>"
                  "<p>会议号召，全市人民团结奋进，为建设现代化新某市而努力奋斗！</p>")
    report_html = _NEWS_REPORT.replace("<p>各位代表：</p>", resolution + "<p>各位代表：</p>")
    report = clean_page(_news_page("", report_html), url="http://news.example/1.html")[0]
    assert "决议" not in report.body and "决定批准" not in report.body
    assert report.body.startswith("——2023年1月10日") and "各位代表：" in report.body
    assert report.delivered_on == "2023-01-10"
    assert sum(r.why == "resolution" for r in report.removed) == 4


def test_original_headline_line_leaves_the_body_and_the_title():
    """A portal account's hidden `原标题：` naming a headline, not a document:
    the page's note all the same, and the page's own title stays."""
    lead = '<p style="display:none">原标题：权威发布 | 2023年某市政府工作报告全文来了！</p>'
    report = clean_page(_news_page(lead), url="http://news.example/1.html")[0]
    assert report.title == "政府工作报告全文来了"
    assert "原标题" not in report.body and report.body.startswith("——2023年1月10日")
    assert "excerpt:starts-mid-report" not in report.flags
    # Hidden by its style, it is left out when the page is rendered, and recorded so.
    assert any(r.why == "hidden:display-none" and "原标题" in r.what for r in report.removed)


@pytest.mark.parametrize("lead", [
    # an editors' summary, then 以下为报告全文
    "<p>【报告摘要】</p><p>报告回顾了过去一年的工作，全市地区生产总值增长4.9%，并部署了今年的重点任务，"
    "提出地区生产总值增长6.5%左右。</p><p>以下为报告全文：</p>",
    # news of the delivery ending 全文如下
    "<p>1月10日，某市第八届人民代表大会第三次会议开幕，市长张三代表市人民政府作政府工作报告。全文如下：</p>",
    # a dateline
    "<p>新华社北京1月12日电</p>",
    # news that the congress heard the report, a video's caption and a player's placeholders above it
    "<p>正在加载视频，请稍候……</p><p>如果您无法观看视频，请点击这里下载最新的Flash Player</p>"
    "<p>视频：某市八届人大三次会议开幕</p>"
    "<p>央视网消息：1月10日，某市第八届人民代表大会第三次会议开幕，会议听取和审议了市长张三的政府工作报告。</p>",
    # news of the delivery right above the header
    "<p>1月10日上午，某市第八届人民代表大会第三次会议开幕，市长张三代表市人民政府作政府工作报告。</p>",
])
def test_a_news_lead_above_the_report_is_dropped_and_leaves_it_whole(lead):
    report = clean_page(_news_page(lead), url="http://news.example/1.html")[0]
    assert report.body.startswith("——2023年1月10日")
    assert "excerpt:starts-mid-report" not in report.flags


def test_a_colon_line_inside_the_report_is_no_lead():
    report = _NEWS_REPORT + "<p>主要做了以下工作：</p><p>各位代表，一年来我们坚持稳中求进，经济社会发展取得新成效，人民生活水平稳步提高。</p>"
    body = clean_page(_news_page("", report), url="http://news.example/1.html")[0].body
    assert body.startswith("——2023年1月10日") and "主要做了以下工作" in body


def test_an_english_page_is_not_chinese():
    sentence = "<p>On behalf of the State Council, I will now report to you on the work of the government.</p>"
    page = f"<html><head><title>Report on the Work of the Government</title></head><body>{sentence * 12}</body></html>"
    assert clean_page(page)[0].reason == "not-chinese"


def test_a_short_chinese_page_with_addresses_is_no_foreign_page():
    page = "<html><body><p>本页暂无内容。</p><p>http://www.example.com/a/b/c/d.html</p></body></html>"
    assert clean_page(page)[0].reason.startswith("no-body")


def _attachment_page(title: str, link_text: str, href: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><div class='nav'><a href='/'>首页</a>"
            f"<a href='/zwgk/'>政务公开</a></div><h1>{title}</h1><p>发布时间：2024-01-22</p>"
            f"<p>附件：<a href='{href}'>{link_text}</a></p><p>主办：某市人民政府办公室</p></body></html>")


def test_a_report_only_attached_as_a_file_says_where_the_file_is():
    page = _attachment_page("2024年临湘市政府工作报告_临湘市人民政府", "2024年临湘市政府工作报告.pdf",
                            "../../uploadfiles/P020240122.PDF")
    report = clean_page(page, "http://www.example.gov.cn/zwgk/zfgzbg/202401/t20240122_123.html")[0]
    assert not report.is_report
    assert report.reason == "attachment-only: http://www.example.gov.cn/zwgk/uploadfiles/P020240122.PDF"


@pytest.mark.parametrize("link_text, href", [("2024年政府工作报告（全文）", "/files/gzbg2024.docx"),
                                             ("政府工作报告.wps", "/files/a.wps?v=2")])
def test_a_file_named_as_a_report_on_a_page_titled_otherwise(link_text, href):
    page = _attachment_page("政务公开_某市人民政府", link_text, href)
    assert clean_page(page, "http://www.example.gov.cn/a/1.html")[0].reason.startswith("attachment-only: ")


def test_a_page_attaching_some_other_file_has_no_body():
    page = _attachment_page("关于公布2024年春节放假安排的通知", "放假安排.pdf", "/files/fj.pdf")
    assert clean_page(page, "http://www.example.gov.cn/a/1.html")[0].reason == "no-body"


def test_spam_offering_money_on_registration():
    cleaned, tokens = remove_spam("澳门新葡京官网 注册即送88元彩金 www.xpj8866.com 信誉第一 秒到账")
    assert any(token.startswith("注册即送88元") for token in tokens)
    assert cleaned == ""   # the casino's slogans (信誉第一 秒到账) go with it


@pytest.mark.parametrize("text, left", [
    ("全市装备制造业实现营业收入1860亿元，增长9.6%。下载博天堂体育APP，官网www.btt6688.com，新用户注册送彩金88元，"
     "首存再送100%，提款3分钟秒到账！新认定国家级企业技术中心2家。",
     "全市装备制造业实现营业收入1860亿元，增长9.6%。新认定国家级企业技术中心2家。"),
    ("我们全面融入成都都市圈建设，九游会J9官网，认准唯一网址9y6688.vip，注册送彩金58元，百家乐、电子、体育投注天天返水1.5%。"
     "天府大道北延线德阳段建成通车。", "我们全面融入成都都市圈建设。天府大道北延线德阳段建成通车。"),
    ("新建全民健身中心和桃洪体育公园，皇冠体育投注网址成功举办首届花瑶文化旅游节。",
     "新建全民健身中心和桃洪体育公园，成功举办首届花瑶文化旅游节。"),
])
def test_an_adverts_offers_spliced_in_beside_it_go_and_the_reports_clauses_stay(text, left):
    assert remove_spam(text)[0] == left


# Spam as injected to get past filters, and what must be left of its line.
@pytest.mark.parametrize("text, left", [
    ("相关地区政府ｐｐ电子娱乐官网", "相关地区政府官网"),                 # full-width letters
    ("相关地区政府p p 电子娱乐官网", "相关地区政府官网"),                # spaced
    ("相关地区政府PP電子娛樂官網", "相关地区政府官網"),                  # traditional
    ("相关地区政府电子娱乐官网", "相关地区政府官网"),                    # no brand: 官网 right after
    ("学习会议精神AG 真人 视讯的体会", "学习会议精神的体会"),
    ("本站与AG真人視訊無關", "本站与無關"),
    ("欢迎访问www.amjs888.com澳门金沙娱乐城", ""),
    ("https://bet365.vip/reg 注册送38元", ""),
    ("ｗｗｗ．ｘｐｊ８８６６．ｃｏｍ", ""),
    ("加微信：vx88866 开户送彩金", ""),
    ("AG真人视讯 加QQ:123456789 领取彩金", ""),
    ("百家樂 真人視訊 首存即送100%", ""),
    ("澳門新葡京娛樂", ""),
    ("金沙娱乐城官网", ""),
    ("js333娱乐城", ""),
    ("请登录XYZ电子娱乐领取彩金", ""),
    ("新用户首存送彩金", ""),
    ("全年城镇新增就业5.2万人，请登录bbin电子游艺领取彩金。", "全年城镇新增就业5.2万人。"),
    # casino brands that mirrors inject as links between paragraphs
    ("开元棋牌", ""),
    ("bob综合体育官方app下载", ""),
    ("BOB体育", ""),
    ("亚博体育 yabo888vip 开户送88元", ""),
    ("全县接待游客680万人次华体会体育、实现旅游收入118亿元", "全县接待游客680万人次、实现旅游收入118亿元"),
    ("推进乐鱼体育app下载冰雪旅游", "推进冰雪旅游"),     # the brand's app goes with it, the sentence stays
    ("九游会J9", ""),
    ("星空体育官网", ""),
    ("OD体育", ""),
    ("北京赛车pk10 幸运飞艇 时时彩", ""),
    ("澳门六合彩开奖", ""),
    # pornography sites' links, injected the same way
    ("全县接待游客680万人次亚洲无码高清在线观看、实现旅游收入", "全县接待游客680万人次、实现旅游收入"),
    ("国产精品一区二区三区", ""),
    ("日韩av在线", ""),
    ("成人影院免费观看", ""),
    # look-alike letters and characters (a Cyrillic е, 肓 for 育)
    ("城乡居民收入稳步增长bеt365亚洲官网，消费市场持续回暖", "城乡居民收入稳步增长，消费市场持续回暖"),
    ("新建改建农村公路186公里皇冠体肓，", "新建改建农村公路186公里，"),
])
def test_disguised_spam_is_removed(text, left):
    cleaned, tokens = remove_spam(text)
    assert cleaned == left and tokens


# Report language with the words spam uses, and spam's shapes without its words.
@pytest.mark.parametrize("text", [
    "培育VR电子娱乐等新业态。",
    "推广5G+电子娱乐、云游戏等新应用。",
    "建成海洋主题娱乐城，年接待游客200万人次。",
    "引进电竞娱乐城项目。",
    "建设滨江娱乐城市综合体。",
    "发展电子娱乐产业，丰富文化娱乐和休闲娱乐供给。",
    "深化与澳门休闲娱乐合作，共建世界旅游休闲中心。",
    "推进体育彩票和福利彩票规范发展，彩票公益金用于养老服务。",
    "规范棋牌室、电子游戏厅、娱乐场所经营秩序。",
    "优化企业开户服务，银行开户时间压缩至1天。",
    "公布12345热线微信公众号，群众扫码即可反映诉求。",
    "培育VR电子娱乐等新业态。严厉打击开设赌场犯罪。",
    "培育VR電子娛樂等新業態，嚴厲打擊開設賭場犯罪。",           # traditional
    "支持澳门博彩旅游业转型，推动经济适度多元发展。",
    "市民注册即送消费券，带动社会消费品零售总额增长。",
    "银河娱乐集团在横琴投资建设综合旅游项目。",
    "发展PT电子竞技和MG体育中心等新业态。",
    "实施全民健身365体育计划。",
    "办好中国—东盟博览会和亚博会，开元大道、半岛公园改造完成。",
    "建设星空露营地和综合体育馆。",
    "建成江南体育馆和半岛体育公园，山东半岛城市群加快发展。",
    "严厉打击网络时时彩赌博，加快三大产业发展。",
    "关爱热爱游戏的青少年，发展电竞产业，举办电竞赛事。",
    "推出一批国产精品力作，发展成人教育和老年教育，群众免费观看电影2000场。",
    "严厉打击黄色网站和色情直播，深入开展扫黄打非，清理色情网站。",
    "建设一区一园，更新AV设备。",
    "全年为群众办理各类证件3.2万件，货到付款业务增长12%。",
])
def test_report_entertainment_words_are_no_spam(text):
    assert remove_spam(text) == (text, [])


# Advertising injected into report sentences: an offer with an advert's
# contact right after it, or in an advert's word order. The sentence around
# it stays whole, a figure glued after a mobile number too.
@pytest.mark.parametrize("text, left", [
    ("增长代开发票138666688883.2%；", "增长3.2%；"),
    ("带动作用增强，办证刻章 微信同号钛及钛合金产业产值突破500亿元。", "带动作用增强，钛及钛合金产业产值突破500亿元。"),
    ("渭河生态区建设无抵押贷款 当天放款全面完成。", "渭河生态区建设全面完成。"),
    ("推动产业集群发展，增值税发票代开 全国可查培育企业5户。", "推动产业集群发展，培育企业5户。"),
    ("增长代开發票 １３８６６６６８８８８ 3.2%", "增长 3.2%"),                    # traditional, full-width
    ("增长代开发票 联系电话：138-6666-8888，3.2%", "增长，3.2%"),
    ("增长代开发票 加微信：fp8866，增速3.2%", "增长，增速3.2%"),
    ("辦證刻章 電話同微信", ""),
    ("秒下款 QQ:123456789", ""),
    ("微信同号13866668888", ""),
    ("定西成为基地。办理各类证件 毕业证 驾驶证 身份证 微信：bz8866777 货到付款。兰渝铁路建成通车。",
     "定西成为基地。兰渝铁路建成通车。"),
    ("代办各类证件，微信：abc12345。", ""),
    # a content farm's credit set into the text it copied
    ("跻身世界500强。（范文大全网 www.fanwendaquan.net 整理）高新技术企业增加。", "跻身世界500强。高新技术企业增加。"),
    ("增长5%（文秘网 www.wenmi.cn 整理），全年", "增长5%，全年"),
    # a contact set in brackets into a sentence, and adverts for loans, VPNs or lottery tips as paragraphs
    ("公共服务与群众期盼还有差距（客服QQ：２８４６５９３０７　加薇信：hg0088kf）；少数干部",
     "公共服务与群众期盼还有差距；少数干部"),
    ("无抵押小额贷款，凭身份证秒批，不查征信、不看负债，额度5000—20万，最快当天放款！QQ：1853627490（微信同号）。", ""),
    ("外网加速器永久免费，海外VPN一键连接，外服游戏畅通无阻，下载：www.jsq-free.net，客服Ｑ：2947716580。", ""),
    ("【福彩3D今日预测】3D独胆、双胆、直选5码，精准率90%以上，彩民都在跟！加Ｖ：fc3d168，每日免费领号。", ""),
])
def test_advertising_spam_is_removed(text, left):
    cleaned, tokens = remove_spam(text)
    assert cleaned == left and tokens
    assert set(spam_kinds(tokens)) == {"spam:advertising"}


@pytest.mark.parametrize("text", [
    # A report's brackets around ordinary words stay, and so do the words.
    "发行体育彩票12亿元（含即开型彩票），公益金全部用于体育事业。",
    "推进“互联网+政务服务”（网址：www.hnzwfw.gov.cn），实现一网通办。",
    "开通政府门户网站（www.gz.gov.cn）政务公开专栏，及时发布。",
])
def test_report_brackets_stay(text):
    assert remove_spam(text) == (text, [])


@pytest.mark.parametrize("text, left", [
    # An offer and its contact a clause or two apart, injected inside a word.
    ("民生支代开发票，各行业增值税专用发票，联系QQ：28837261，出占一般公共预算支出的八成。",
     "民生支出占一般公共预算支出的八成。"),
    ("增长代开发票，全国可开，加微信：fp8866，3.2%", "增长，3.2%"),
    # Casino adverts injected in brackets go with their brackets.
    ("结构持续优化。（澳门新葡京娱乐场 注册即送88元 www.xpj88.com）这一年", "结构持续优化。这一年"),
    ("重点抓好以下几个方面工作： 【百家乐真人在线 官方网址 bjl668.cc】", "重点抓好以下几个方面工作： "),
    # Lottery and casino words in traditional characters and full-width letters.
    ("全面推进基层治理。時時彩計劃群 北京賽車ＰＫ１０ 澳門威尼斯人ＷＮＳＲ 创建示范小区", "全面推进基层治理。 创建示范小区"),
    ("实现街道全覆盖。ＢＢＩＮ電子遊藝，真人視訊投注，ａｇ亞遊集團官方授權。", "实现街道全覆盖。"),
    # A casino name's 在线 at a clause's end or before a betting word goes with it.
    ("推进改革。bet365体育在线，全市增长5%。", "推进改革。全市增长5%。"),
    ("全年增长5%，开云体育在线投注", "全年增长5%"),
    ("开云体育在线服务", "在线服务"),          # before other words 在线 may be the page's
    # bet365 written backwards with its site's words; 百家乐 with its 在线玩 and address.
    ("规模以上工业增加值增365bet亚洲版官网入口长7%", "规模以上工业增加值增长7%"),
    ("社会百家乐在线玩www.bjl5577.com消费品零售总额", "社会消费品零售总额"),
])
def test_spam_found_by_blind_written_pages_is_cut_cleanly(text, left):
    assert remove_spam(text)[0] == left


@pytest.mark.parametrize("text", [
    "棋牌游戏代理诚招各地合伙人，房卡模式一键开房，日赚千元不是梦，联系QQ：3287765412，微信同号。",
    "彩票投注官网提供体育彩票、福利彩票、快三、时时彩在线购买，注册就送18元，网址 www.tycp-tz.com，客服QQ：1789023356。",
    "香港六合彩特码资料免费公开，六合彩开奖直播现场，一肖一码百分百中奖，更多资料请登录 www.xg49-zl.com 或加QQ：1096673852。",
])
def test_a_casino_advert_written_as_sentences_goes_whole(text):
    # What is left once its game words and contact are cut is the advert's too.
    assert remove_spam(text)[0] == ""


@pytest.mark.parametrize("text, left", [
    # A report's sentence with an advert glued to it keeps the sentence.
    ("全年完成投资1200亿元，增长8%。（澳门新葡京娱乐场 注册即送88元 www.xpj88.com）", "全年完成投资1200亿元，增长8%。"),
    ("严厉打击六合彩等赌博违法犯罪活动，整治棋牌室128家。", "严厉打击六合彩等赌博违法犯罪活动，整治棋牌室128家。"),
])
def test_a_report_sentence_beside_casino_words_stays(text, left):
    assert remove_spam(text)[0] == left


def test_a_mobile_number_glued_to_a_figure_leaves_the_figure():
    # Eleven digits and no more: the figure after a spammer's number stays.
    assert remove_spam("增长代开发票138666688883.2%")[0] == "增长3.2%"
    assert remove_spam("AG真人视讯加微信138666688885.1%") == ("5.1%", ["AG真人视讯", "加微信13866668888"])
    assert remove_spam("增长代开发票2013866668888") == ("增长代开发票2013866668888", [])  # no mobile number


@pytest.mark.parametrize("text, left", [
    # A contact's id and the report's figure parted by a space: the id ends there.
    ("投资增长代开发票加微信abc123 5000万元用于民生。", "投资增长 5000万元用于民生。"),
    ("城镇新增就业代开发票微信hx8888 5.2万人。", "城镇新增就业 5.2万人。"),
    ("增长代开发票V信：abc123 3.2%", "增长 3.2%"),
    # No figure goes on after the digits: they may be the id's own, spaced out.
    ("代开发票加微信abc123 5000", ""),
])
def test_a_contact_id_spaced_from_a_figure_leaves_the_figure(text, left):
    assert remove_spam(text)[0] == left


# A report's words for the services adverts offer: no contact after them.
@pytest.mark.parametrize("text", [
    "推行税务代开发票全程网办。",
    "个体户可在线申请代开发票。",
    "办证时间压缩至3个工作日。",
    "办证刻章一站式办理。",
    "办证刻章、银行开户一站式办理。",
    "发放创业担保贷款2.3亿元。",
    "创业担保贷款当年放款。",
    "推广无抵押贷款产品，为小微企业当年放款12亿元。",
    "免抵押贷款，当年放款3亿元。",
    "实现增值税发票代开、申领全程网上办理。",
    "发票代开业务实现全程网办。",
    "推行发票代开“一次不用跑”，代开发票1.2万份。",
    "全面推行电子发票，企业开办时间压缩至1天。",
    "电子证照全国可查、全国通用。",
    "开通政务服务微信公众号，12345热线全天候受理。",
    "关注“滨江发布”（微信号：binjiangfabu），随时了解政务信息。",
    "发放扶贫小额信贷2.1亿元，户均5万元、免抵押免担保，当天放款率达到90%。",
    "建成国际互联网数据专用通道，服务企业120家（网址：www.example.gov.cn）。",
    "推广“秒批”服务，不查纸质材料，全年秒批事项达120项（详见www.zjzwfw.gov.cn）。",
])
def test_report_service_words_are_no_spam(text):
    assert remove_spam(text) == (text, [])


@pytest.mark.parametrize("removed, kinds", [
    (["代开发票13866668888"], ["spam:advertising"]),
    (["AG真人视讯", "加QQ:123456789", "彩金"], ["spam:gambling"] * 3),
    (["微信同号", "13866668888"], ["spam:advertising"] * 2),          # a contact goes as its line's spam
    (["代开发票13866668888", "AG真人视讯", "加QQ:123456789"],
     ["spam:advertising", "spam:gambling", "spam:gambling"]),         # gambling's when the line has it
])
def test_spam_removed_is_told_by_kind(removed, kinds):
    assert spam_kinds(removed) == kinds


def test_advertising_spam_in_a_mirrors_sentences_removed_and_recorded():
    [report] = clean_page((LABELLED_PAGES / "mirror_inline_spam_links.html").read_bytes(),
                          "http://www.xiqinzx.example/bj/2023/0210/981.html")
    assert "增长3.2%；" in report.body and "13866668888" not in report.body
    spam = [r.what for r in report.removed if r.why.startswith("spam:")]
    assert spam == ["代开发票13866668888", "办证刻章 微信同号", "无抵押贷款 当天放款", "增值税发票代开 全国可查"]
    assert set(spam_kinds(spam)) == {"spam:advertising"}


# A line injected whole lists spam words with spaces between them: the words
# left once its tokens are cut go too, and an offer with a contact further on
# is an advert though no token is found.
@pytest.mark.parametrize("text, kind", [
    ("真人百家乐 在线棋牌 电子游艺 首存送100% 官网 www.amdc777.com", "spam:gambling"),
    ("专业办理毕业证学位证 学信网可查 各类资格证书 刻章 办证 联系QQ 3389776541", "spam:advertising"),
    ("无抵押网贷当天下款 黑户也能秒批 额度5万 加微信 dk8899", "spam:advertising"),
])
def test_a_whole_line_of_spam_words_goes(text, kind):
    cleaned, removed = remove_spam(text)
    assert cleaned == "" and removed
    assert set(spam_kinds(removed)) == {kind}
    assert sorted("".join(removed).replace(" ", "")) == sorted(text.replace(" ", ""))


@pytest.mark.parametrize("text", [
    "我们统筹用好福利彩票公益金和体育彩票公益金1.2亿元，新建百姓健身房26个。",
    "第三章 发展文化娱乐产业 建设体育强市",          # a heading's words with spaces: no spam token
    "体育 彩票 娱乐 电子",                            # ordinary words, nothing of an advert or casino
    "秒批 秒办 网上办 掌上办",                         # a government's service slogans
])
def test_a_report_line_of_spaced_words_is_no_spam_line(text):
    assert remove_spam(text) == (text, [])


def test_spam_lines_go_and_report_sentences_on_lotteries_and_entertainment_stay():
    [report] = clean_page((LABELLED_PAGES / "mirror_seo_spam_loans.html").read_bytes(),
                          "http://www.jsxxg.example/news/2024/0119/20931.html")
    assert "彩票公益金1.2亿元" in report.body and "新增文化娱乐、休闲度假业态门店300余家" in report.body
    assert not any(word in report.body for word in ("网贷", "毕业证", "百家乐", "棋牌", "dk8899"))
    spam = [(r.what, r.why) for r in report.removed if r.why.startswith("spam:")]
    assert ("无抵押网贷当天下款 黑户也能秒批 额度5万 加微信 dk8899", "spam:advertising") in spam
    assert {why for what, why in spam if "毕业证" in what or "刻章" in what} == {"spam:advertising"}
    assert {why for what, why in spam if "百家乐" in what or "棋牌" in what} == {"spam:gambling"}


@pytest.mark.parametrize("text, left, token", [
    ("培育VR电子娱乐等新业态，经济稳中有进pp电子娱乐。", "培育VR电子娱乐等新业态，经济稳中有进。", "pp电子娱乐"),
    # in the same clause, an industry's name still stays
    ("發展電子娛樂產業pp電子娛樂，經濟穩中有進。", "發展電子娛樂產業，經濟穩中有進。", "pp電子娛樂"),
])
def test_a_report_word_stays_beside_spam(text, left, token):
    assert remove_spam(text) == (left, [token])


_COPY = ["2023年某市政府工作报告", "各位代表：", "现在，我代表市人民政府向大会报告工作，请予审议。",
         "一是稳住经济大盘，" * 12 + "成效明显。", "二是保障改善民生，" * 12 + "成效明显。"]


@pytest.mark.parametrize("paragraphs, start", [
    (_COPY + _COPY, 5),                          # the whole text twice
    (_COPY + ["转发 收藏"] + _COPY[1:], 5),       # buttons and no title between the copies
    (_COPY + _COPY[1:5], 5),                     # a second copy without its title
    (_COPY + _COPY[2:3], None),                  # one sentence said again: no copy
    (_COPY, None),
    (_COPY[:2] + _COPY[3:4] * 2, None),          # the anchor repeats, but is no copy up to the end
    (_COPY * 3, None),                           # three times over: left alone
])
def test_second_copy_of_the_text_is_found(paragraphs, start):
    assert paragraphs_module.repeated_copy_start(paragraphs) == start


def test_bilingual_copy_keeps_the_chinese_text():
    zh = ["——2024年3月5日在第十四届全国人民代表大会第二次会议上", "国务院总理　李强", "各位代表：",
          "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。",
          "过去一年，国内生产总值超过126万亿元，增长5.2%，城镇新增就业1244万人，经济回升向好。"]
    en = ["Delivered at the Second Session of the 14th National People's Congress on March 5, 2024",
          "Li Qiang, Premier of the State Council", "Esteemed Deputies,",
          "On behalf of the State Council, I will now report to you on the work of the government.",
          "Last year, China's gross domestic product exceeded 126 trillion yuan, an increase of 5.2 percent."]
    body = "".join(f"<p>{a}</p><p>{b}</p>" for a, b in zip(zh, en))
    [report] = clean_page(f"<html><head><title>政府工作报告（双语全文）</title></head><body>"
                          f"<h1>政府工作报告（双语全文）</h1>{body}</body></html>")
    assert report.is_report and report.paragraphs == zh


# --- page families: printed copies, Word files, mobile folds, app shells, several reports ----------
from cleaning.embedded import embedded_report_text, written_markup  # noqa: E402
from cleaning.paragraphs import another_report_start  # noqa: E402
from cleaning.printed import is_page_number, mark_page_furniture  # noqa: E402
from cleaning.render import Line, render  # noqa: E402

FAMILY_BODY = [
    "——2023年1月12日在芜湖市第十七届人民代表大会第三次会议上",
    "芜湖市市长　宁　波",
    "各位代表：",
    "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。",
    "一、2022年工作回顾",
    "过去一年，全市上下迎难而上、苦干实干，经济运行总体平稳，地区生产总值达到4502.1亿元，增长3.1%；"
    "一般公共预算收入367.8亿元，同口径增长5.2%；城乡居民人均可支配收入分别增长4.6%和6.9%。",
    "我们坚持民生优先，全年民生支出占一般公共预算支出的比重保持在八成以上，新建改扩建中小学和幼儿园42所，"
    "新增城镇就业8.6万人，基本医疗保险参保率稳定在百分之九十五以上。",
    "二、2023年主要目标",
    "今年全市经济社会发展的主要预期目标是：地区生产总值增长7%左右，规模以上工业增加值增长9%，"
    "一般公共预算收入增长6%，城乡居民人均可支配收入增长与经济增长基本同步。",
    "各位代表，让我们更加紧密地团结在以习近平同志为核心的党中央周围，为奋力谱写现代化美好江城建设新篇章而努力奋斗！",
]


def _squeezed(text: str) -> str:
    return re.sub(r"\s", "", text)


@pytest.mark.parametrize("text", ["— 3 —", "-3-", "－ 12 －", "- 7 -", "【原书第641页】", "〔第12页〕",
                                  # a yearbook's, maybe with its running head on the same printed line
                                  "·7·", "淄博年鉴 2019　　·7·", "·8·　　特　载", "特　载　　— 9 —",
                                  # a document reader's mark of the pages shown
                                  "— 第 4 页 —", "— 第 1-3 页 —",
                                  # a book's page mark in tortoise-shell brackets
                                  "〔7〕"])
def test_decorated_page_numbers(text):
    assert is_page_number(text)


def test_a_yearbooks_running_head_set_apart_by_a_row_of_wide_spaces_goes_with_its_page_number():
    """·16·　　…　　吕梁年鉴（2002） between two halves of a sentence: page
    furniture however many wide spaces part its number from the head."""
    texts = ["全区实现国内生产总值128.6亿元，比上年增长", "·16·" + "\u3000" * 22 + "吕梁年鉴（2002）",
             "9.1%；财政总收入完成12.3亿元，增长11.5%。"]
    lines = [Line(t) for t in texts]
    verdicts = mark_page_furniture(lines, [None] * len(lines))
    assert verdicts[1] is not None and verdicts[0] is None and verdicts[2] is None


@pytest.mark.parametrize("text", ["3", "3/12", "2023年", "一、", "——2023年1月12日", "-3-5-", "第3页 共5页",
                                  "全年增长·7·", "实施“1·7·3”工程"])
def test_not_decorated_page_numbers(text):
    assert not is_page_number(text)


def test_page_furniture_bare_number_between_text_and_running_header():
    texts = ["过去一年，全市上下迎难而上、苦干", "12", "芜湖市人民政府公报", "实干，经济运行总体平稳。",
             "我们坚持民生优先，全年民生支", "— 13 —", "芜湖市人民政府公报", "出占比保持在八成以上。"]
    lines = [Line(t) for t in texts]
    verdicts = mark_page_furniture(lines, [None] * len(lines))
    assert [v.why if v else None for v in verdicts] == [
        None, "page-number", "running-header", None, None, "page-number", "running-header", None]


def test_a_running_head_seen_once_inside_a_sentence_the_page_break_cut():
    # A viewer's own line beside the number; the heads alternate between two texts.
    texts = ["粮食总产达到58.6万吨，棉花、油料、水产品产", "一1一", "第 1 页 / 共 3 页", "政府工作报告",
             "量稳中有增。新建沼气池4200口，改造中低产田8.5万亩，", "加快临港工业园基础设", "一2一",
             "第 2 页 / 共 3 页", "松滋市五届人大五次会议文件之一", "施建设，全年引进市外资金15亿元以上，"]
    lines = [Line(t) for t in texts]
    verdicts = mark_page_furniture(lines, [classify_line(t) for t in texts])
    assert [v.why if v else None for v in verdicts] == [
        None, "page-number", "pagination", "running-header", None, None, "page-number", "pagination",
        "document-series", None]


def test_a_footnote_at_the_foot_of_a_page_inside_a_cut_sentence_goes_after_the_text():
    texts = ["深入落实省委“1269”行动计划①和宜春市委决策部署，扎实推进各项工作。",
             "全年实现地区生产总值518.6亿元，增长5.1%；社会消费品零售总",
             "①“1269”行动计划：指省委、省政府部署实施的制造业重点产业链现代化建设", "“1269”行动计划。",
             "— 1 —", "额增长6.8%；一般公共预算收入40.2亿元，增长7.5%。"]
    lines = [Line(t) for t in texts]
    verdicts = mark_page_furniture(lines, [None] * len(texts))
    assert [v.why if v else None for v in verdicts] == [None, None, "footnote", "footnote", "page-number", None]
    page = "<html><body><h1>2024年樟树市政府工作报告</h1><p>各位代表：</p>" + "".join(
        f"<div>{t}</div>" for t in [*texts, "各位代表，让我们团结奋斗，为建设更加美好的樟树而努力奋斗！"]) + "</body></html>"
    [report] = clean_page(page, "http://www.zhangshu.gov.cn/zfgzbg/2024.html")
    body = _squeezed(report.body)
    assert "社会消费品零售总额增长6.8%" in body
    assert body.endswith(_squeezed("①“1269”行动计划：指省委、省政府部署实施的制造业重点产业链现代化建设“1269”行动计划。"))


def test_a_numbered_line_above_a_page_number_after_a_finished_sentence_is_no_footnote():
    texts = ["全面完成了年度目标任务。", "①新建改建农村公路186公里", "— 3 —", "今年全市经济社会发展的主要预期目标是：增长6%。"]
    lines = [Line(t) for t in texts]
    verdicts = mark_page_furniture(lines, [None] * len(texts))
    assert [v.why if v else None for v in verdicts] == [None, None, "page-number", None]


def test_a_heading_after_a_finished_sentence_and_a_page_number_is_no_running_head():
    texts = ["全面完成了年度目标任务。", "— 3 —", "二、2024年工作安排", "今年全市经济社会发展的主要预期目标是：增长6%。"]
    lines = [Line(t) for t in texts]
    verdicts = mark_page_furniture(lines, [None] * len(texts))
    assert [v.why if v else None for v in verdicts] == [None, "page-number", None, None]


def test_page_furniture_leaves_a_page_without_page_numbers_alone():
    lines = [Line(t) for t in ["首页", "1", "2", "3", "下一页"]]
    assert mark_page_furniture(lines, [None] * 5) == [None] * 5


def _printed(paragraphs: list[str], width: int = 28, per_page: int = 8) -> list[str]:
    """The paragraphs as a PDF prints them: wrapped at `width`, page numbers and a running header."""
    printed = []
    for paragraph in paragraphs:
        printed += [paragraph[i:i + width] for i in range(0, len(paragraph), width)]
    out = []
    for number, start in enumerate(range(0, len(printed), per_page), start=1):
        if number > 1:
            out.append("芜湖市人民政府公报")
        out += printed[start:start + per_page]
        out.append(f"-{number}-")
    return out


def test_printed_copy_as_text_joins_across_page_breaks():
    text = "\r\n".join(["政府工作报告"] + _printed(FAMILY_BODY))
    [report] = clean_page(text.encode("gbk"), "http://www.wuhu.gov.cn/1.txt", "text/plain")
    assert report.is_report and report.title == "政府工作报告"
    body = _squeezed(report.body)
    for paragraph in FAMILY_BODY[3:]:
        assert _squeezed(paragraph) in body
    assert "-1-" not in body and "-2-" not in body and "公报" not in body


def test_pdf2htmlex_divs_make_whole_paragraphs():
    printed = _printed(FAMILY_BODY)
    divs = "".join(f'<div class="t m0 x1 h2 y{i:x} ff1 fs0">{t}</div>' for i, t in enumerate(printed))
    page = (f'<html><head><title>政府工作报告</title></head><body><div id="page-container">'
            f'<div class="pf w0 h0" data-page-no="1"><div class="pc pc1 w0 h0">'
            f'<div class="t m0 x2 h2 y0 ff1 fs0">政府工作报告</div>{divs}</div></div></div></body></html>')
    [report] = clean_page(page, "https://www.wuhu.gov.cn/2023.html")
    assert report.is_report and report.place == "芜湖市" and not report.is_excerpt
    assert [_squeezed(p) for p in report.paragraphs] == [_squeezed(p) for p in FAMILY_BODY]


def _article(inner: str, after: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'><title>2023年芜湖市政府工作报告</title></head><body>"
            f"<h1>2023年芜湖市政府工作报告</h1><div class='content'>{inner}</div>{after}"
            "<div class='footer'>版权所有 皖ICP备05000123号</div></body></html>")


def test_fold_button_over_the_whole_text_is_no_excerpt():
    inner = "".join(f"<p>{p}</p>" for p in FAMILY_BODY)
    [report] = clean_page(_article(inner, "<div class='unfold'><a href='javascript:;'>展开全文</a></div>"))
    assert report.is_report and not report.is_excerpt
    assert "展开全文" not in report.body


def test_fold_button_over_a_cut_text_is_an_excerpt():
    inner = "".join(f"<p>{p}</p>" for p in FAMILY_BODY[:7])
    [report] = clean_page(_article(inner, "<div class='unfold'><a href='javascript:;'>展开全文</a></div>"))
    assert report.is_report and report.is_excerpt


def test_pre_block_keeps_its_lines():
    inner = "<pre>\r\n" + "\r\n".join("\u3000\u3000" + p for p in FAMILY_BODY) + "\r\n</pre>"
    [report] = clean_page(_article(inner))
    assert [_squeezed(p) for p in report.paragraphs] == [_squeezed(p) for p in FAMILY_BODY]


def test_word_xml_island_outside_comments_is_not_text():
    page = render("<html><body><xml><o:DocumentProperties><o:Author>县府办综合科</o:Author>"
                  "</o:DocumentProperties></xml><p class=MsoNormal>各位代表：<o:p></o:p></p></body></html>")
    assert [line.text for line in page.lines] == ["各位代表："]


def test_letter_spaced_title_is_closed_up():
    inner = "".join(f"<p>{p}</p>" for p in FAMILY_BODY)
    page = ("<html><head><title>2023年芜湖市政府工作报告</title></head><body>"
            "<p align=center>政&nbsp;&nbsp;府&nbsp;&nbsp;工&nbsp;&nbsp;作&nbsp;&nbsp;报&nbsp;&nbsp;告</p>"
            f"{inner}</body></html>")
    [report] = clean_page(page)
    assert report.title == "政府工作报告"


def _json_ld(body: str) -> str:
    import json
    return json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                       "headline": "2023年芜湖市政府工作报告", "articleBody": body}, ensure_ascii=False)


def test_a_model_essay_sites_title_label_still_finds_the_heading():
    """<title> 顺德区2021年政府工作报告范文, <h1> 佛山市顺德区2021年政府工作报告:
    the heading is the page's title for the report, over the text's bare 政府工作报告."""
    inner = "".join(f"<p>{p}</p>" for p in FAMILY_BODY)
    page = ("<html><head><title>顺德区2021年政府工作报告范文 - 范文大全网</title></head><body>"
            "<h1>佛山市顺德区2021年政府工作报告</h1><p>2021年2月23日 发表评论</p>"
            f"<p align=center><strong>政府工作报告</strong></p>{inner}</body></html>")
    [report] = clean_page(page)
    assert report.title == "佛山市顺德区2021年政府工作报告"


def test_a_bare_heading_over_the_header_titles_a_page_without_a_title():
    """A page headed 主要文件 carries the report under its own 政府工作报告
    and, after a row of stars, other documents: the bare heading is the
    report's title, and the stars are no part of its text."""
    inner = "".join(f"<p>{p}</p>" for p in FAMILY_BODY)
    page = ("<html><head><title>【文件发布】某市第十七届人民代表大会第三次会议主要文件</title></head><body>"
            "<h1>【文件发布】某市第十七届人民代表大会第三次会议主要文件</h1>"
            "<p>政府工作报告</p><p>——2023年1月9日在芜湖市第十七届人民代表大会第三次会议上</p><p>市长　宁波</p>"
            f"{inner}<p>★　　★　　★</p></body></html>")
    [report] = clean_page(page)
    assert report.title == "政府工作报告" and "★" not in report.body
    assert "missing-title" not in report.flags


def test_a_second_report_posted_in_a_forum_reply_is_a_report_of_its_own():
    """A thread's first post carries one city's report; a reply, past the
    poster's chrome, carries a neighbouring city's: two reports, in page order."""
    more = [f"（{n}）推进重点工作。全年实施重点项目{n + 80}个，完成投资{n + 300}亿元，新建改造城市道路{n + 20}条，"
            f"新增绿地面积{n + 50}万平方米，城市功能品质持续提升，群众获得感幸福感不断增强。" for n in range(1, 5)]
    own = [p.replace("芜湖", "马鞍山").replace("宁　波", "袁　方") for p in FAMILY_BODY]
    second = own[:4] + more + own[4:]
    post = "".join(f"<p>{p}</p>" for p in FAMILY_BODY)
    reply = "".join(f"<p>{p}</p>" for p in second)
    page = ("<html><head><title>[转贴] 2023年芜湖市政府工作报告 - 时政 - 论坛</title></head><body>"
            "<h1>[转贴] 2023年芜湖市政府工作报告</h1><div class='post'><p>楼主 发表于 2023-1-13 22:41</p>"
            f"<p>2023年芜湖市政府工作报告</p>{post}</div>"
            "<div class='post'><p>沙发 发表于 2023-1-14 10:27</p><p>马鞍山的也出来了，顺手贴在这里。</p>"
            f"<p>2023年马鞍山市政府工作报告</p>{reply}</div>"
            "<div><a href='/reply'>回复</a> <a href='/report'>举报</a></div></body></html>")
    first, following = clean_page(page)
    assert first.place == "芜湖市" and following.place == "马鞍山市"
    assert following.title == "2023年马鞍山市政府工作报告" and following.speaker == "袁方"
    assert "马鞍山" not in first.body and _squeezed(more[2]) in _squeezed(following.body)


def test_a_glossary_under_the_report_stays_and_a_graphics_text_after_it_goes():
    """The report's own glossary (…政府工作报告名词解释) after the closing call
    is its appendix: kept, and the text is whole. The 图解's text below it is
    the site's: gone, however many glossary lines stand between."""
    glossary = ["2023年芜湖市政府工作报告名词解释"] + [
        f"{n}.术语{n}：指围绕重点产业链，建立链主企业、公共平台、中介机构、产业基金协同推进的工作机制。" for n in range(1, 9)]
    graphic = ["图解：一图读懂2023年芜湖市政府工作报告", "【2022年成绩单】地区生产总值 4502.1亿元 增长3.1%",
               "（图解制作：芜湖市融媒体中心）"]
    inner = "".join(f"<p>{p}</p>" for p in FAMILY_BODY + glossary + graphic)
    page = f"<html><head><title>2023年芜湖市政府工作报告</title></head><body><h1>2023年芜湖市政府工作报告</h1>{inner}</body></html>"
    [report] = clean_page(page)
    assert glossary[0] in report.body and glossary[-1] in report.body
    assert "图解" not in report.body and "成绩单" not in report.body
    assert not report.is_excerpt


def test_a_sites_notice_over_the_text_and_a_region_section_title_are_no_report():
    """`提示：本页内容为节选，…完整版本请以…为准。` right over an excerpt's
    first paragraph is the site's notice, not the report's first sentence;
    a <title> naming only the site's region section (华东报告) titles nothing."""
    inner = "".join(f"<p>{p}</p>" for p in FAMILY_BODY[5:])
    page = ("<html><head><title>华东报告 - 博县网</title></head><body>"
            "<div class='alert'>提示：本页内容为节选，报告正文较长，完整版本请以当地政府门户网站发布为准。</div>"
            f"{inner}</body></html>")
    [report] = clean_page(page)
    assert "提示" not in report.body and report.title is None


def test_a_tab_strips_labels_over_the_opening_are_no_report_text():
    """Tabs named after the report's sections stand above 各位代表, each pane
    hidden but the first: the labels go, the panes' text and own headings stay."""
    tabs = "<ul class='tabs'><li class='active'>一、工作回顾</li><li>二、主要目标</li><li>三、重点工作</li></ul>"
    panes = "".join(f"<div class='pane' {'' if n == 0 else 'style=display:none'}>{''.join(f'<p>{p}</p>' for p in part)}</div>"
                    for n, part in enumerate([FAMILY_BODY[2:7], FAMILY_BODY[7:9], FAMILY_BODY[9:]]))
    page = ("<html><head><title>2023年芜湖市政府工作报告</title></head><body><h1>2023年芜湖市政府工作报告</h1>"
            f"<p>{FAMILY_BODY[0]}</p><p>{FAMILY_BODY[1]}</p>{tabs}<div class='tab-content'>{panes}</div></body></html>")
    [report] = clean_page(page)
    assert "一、工作回顾" not in report.paragraphs and "三、重点工作" not in report.paragraphs
    assert [_squeezed(p) for p in report.paragraphs] == [_squeezed(p) for p in FAMILY_BODY]
    assert any(r.why == "contents" for r in report.removed)


def test_a_fold_button_with_a_note_beside_it_says_nothing_is_missing():
    inner = "".join(f"<p>{p}</p>" for p in FAMILY_BODY[:6])
    rest = "".join(f"<p>{p}</p>" for p in FAMILY_BODY[6:])
    page = ("<html><head><title>2023年芜湖市政府工作报告</title></head><body><h1>2023年芜湖市政府工作报告</h1>"
            f"{inner}<div id='more' style='display:none'>{rest}</div><div><a href='javascript:void(0);'>点击阅读全文 ▼</a>"
            "<span>剩余70%内容未显示</span></div></body></html>")
    [report] = clean_page(page)
    assert not report.is_excerpt and FAMILY_BODY[-1] in report.body


def test_a_text_renderings_title_naming_its_report_wins_over_a_bare_menu_entry():
    lines = ["政府信息公开", "政府文件", "政府工作报告", "规划计划", "", "当前位置：首页 > 政务公开 > 政府工作报告", "",
             "2023年芜湖市政府工作报告", "", "信息来源：市政府办  发布时间：2023-01-16  阅读次数：5318", ""] + FAMILY_BODY
    [report] = clean_page("\n".join(lines))
    assert report.title == "2023年芜湖市政府工作报告"


def test_markdown_links_and_images_render_as_their_text():
    lines = ["* [首页](http://www.wuhu.gov.cn/) * [政务公开](http://www.wuhu.gov.cn/zwgk/)", "",
             "# 2023年芜湖市政府工作报告", "",
             "【字体：[大](javascript:doZoom\\(18\\)) [中](javascript:doZoom\\(16\\))】 [打印](javascript:window.print\\(\\))",
             "", "![二维码](/images/qr.png)", ""] + FAMILY_BODY
    [report] = clean_page("\n".join(lines), content_type="text/plain; charset=utf-8")
    assert "javascript" not in report.body and "](" not in report.body and "二维码" not in report.body
    assert report.title == "2023年芜湖市政府工作报告" and not report.is_excerpt


@pytest.mark.parametrize("dateline", ["本报讯　1月12日上午，", "1月12日上午，"])
def test_a_news_story_printed_above_the_report_on_an_e_paper_page_is_no_part_of_it(dateline):
    """An e-paper page in 本版全文 mode: the news of the session's opening (its
    byline, its dateline), then the report's summary under its own heading."""
    story = ["听取和审议政府工作报告", "本报记者　施清源　洪　涛",
             f"{dateline}芜湖市第十七届人民代表大会第三次会议在市会议中心隆重开幕。",
             "在热烈的掌声中，市长宁波代表市人民政府作政府工作报告。",
             "代表们一致认为，报告实事求是、鼓舞人心，是一个催人奋进的好报告。"]
    inner = "".join(f"<p>{p}</p>" for p in story + ["政府工作报告（摘要）"] + FAMILY_BODY)
    page = f"<html><head><title>芜湖日报数字报</title></head><body><div class='content'>{inner}</div></body></html>"
    [report] = clean_page(page)
    assert report.title == "政府工作报告（摘要）" and report.is_excerpt
    assert "开幕" not in report.body and "记者" not in report.body
    assert report.body.startswith("——2023年1月12日")


def test_a_kicker_over_the_headline_leaves_the_title_below_it():
    """An e-paper sets the delivery line as the kicker (引题) above the
    headline: with no other title, the headline under it is the report's."""
    inner = "".join(f"<p>{p}</p>" for p in FAMILY_BODY)
    page = ("<html><body><table><tr><td>——2023年1月9日在芜湖市第十七届人民代表大会第三次会议上</td></tr>"
            "<tr><td><b>政府工作报告（摘要）</b></td></tr><tr><td>市长　宁波</td></tr></table>"
            f"{inner}</body></html>")
    [report] = clean_page(page)
    assert report.title == "政府工作报告（摘要）"
    assert report.body.startswith("——2023年1月9日") and "政府工作报告（摘要）" not in report.body
    assert report.delivered_on == "2023-01-09"


def test_report_written_by_document_write_calls_is_read():
    """An old CMS writes the article with `document.write("…")` calls, the
    markup escaped in JavaScript string literals: a browser shows the report."""
    def literal(markup: str) -> str:
        return '"' + markup.replace('"', '\\"').replace("/", "\\/") + '"'
    calls = "\n".join(f"document.write({literal(f'<p>{p}</p>')});" for p in FAMILY_BODY)
    page = ("<html><head><title>2023年芜湖市政府工作报告</title></head><body>"
            "<div class='crumbs'>当前位置：首页 &gt; 政务公开</div>"
            f"<div id='con_text'><script type='text/javascript'>{calls}</script></div></body></html>")
    [report] = clean_page(page)
    assert report.is_report and "text-from-script" in report.flags
    assert [_squeezed(p) for p in report.paragraphs] == [_squeezed(p) for p in FAMILY_BODY]


def test_the_fallback_of_a_script_writing_a_line_into_the_text_is_read_once():
    """A script writes the delivery line into the page; its <noscript> holds
    the same line for readers without scripts: one line either way."""
    write = "document.write('<p>\\u2014\\u20142017\\u5e741\\u67088\\u65e5\\u5728\\u5468\\u53e3\\u5e02"
    page = ("<html><head><title>2017年周口市政府工作报告</title></head><body><h1>2017年周口市政府工作报告</h1>"
            f"<div id=Zoom><script>{write}<\\/p>');</script>\n"
            "<noscript><p>——2017年1月8日在周口市第四届人民代表大会第七次会议上</p><p>市长　刘振东</p></noscript>"
            + "".join(f"<p>{p}</p>" for p in FAMILY_BODY)
            + "</div><noscript><p>请开启浏览器的JavaScript功能</p></noscript></body></html>")
    [report] = clean_page(page)
    assert (report.delivered_on, report.speaker, report.congress_term) == ("2017-01-08", "刘振东", 4)
    assert report.body.count("2017年1月8日") == 1 and "JavaScript" not in report.body


def test_ruby_annotations_pinyin_over_headings_are_not_text():
    page = ("<html><head><title>2023年澜沧县政府工作报告</title></head><body>"
            "<h1><ruby>澜<rp>(</rp><rt>lán</rt><rp>)</rp>沧<rt>cāng</rt></ruby>县2023年政府工作报告</h1>"
            "<p>——2023年1月9日在澜沧拉祜族自治县第十七届人民代表大会第二次会议上</p>"
            "<p><b><ruby>一<rt>yī</rt>、<rt></rt>回<rt>huí</rt>顾<rt>gù</rt></ruby></b></p>"
            + "".join(f"<p>{p}</p>" for p in FAMILY_BODY[2:]) + "</body></html>")
    [report] = clean_page(page)
    assert report.title == "澜沧县2023年政府工作报告" and "一、回顾" in report.paragraphs
    assert not re.search(r"[a-zāáǎàīíǐìūúǔùēéěè]", report.body)


def test_an_ad_slots_text_under_its_label_and_a_sites_questions_and_answers_after_the_text_are_not_the_reports():
    page = ("<html><head><title>2019年邵武市政府工作报告</title></head><body><h1>2019年邵武市政府工作报告</h1>"
            + "".join(f"<p>{p}</p>" for p in FAMILY_BODY[:6])
            + "<div><span>广告</span><div>公考冲刺：2019事业单位统考申论范文精讲 · 名师带练 · 点击免费领取资料包</div></div>"
            + "".join(f"<p>{p}</p>" for p in FAMILY_BODY[6:])
            + "<h4>政策问答</h4><dl><dt>问：今年的主要预期目标是什么？</dt><dd>答：地区生产总值增长7%左右。</dd></dl>"
            "<p>本问答由政策智能问答系统根据原文自动生成。</p></body></html>")
    [report] = clean_page(page)
    assert [_squeezed(p) for p in report.paragraphs] == [_squeezed(p) for p in FAMILY_BODY]
    assert not report.is_excerpt


@pytest.mark.parametrize("script, written", [
    (r"""document.write("<p>\u5404\u4f4d\u4ee3\u8868\uff1a<\/p>");""", "<p>各位代表：</p>"),
    ("document.write('<p class=\\'a\\'>x' + \n  \"y</p>\");", "<p class='a'>xy</p>"),
    ("document.writeln(\"<p>a</p>\"); document.write(html); document.write(\"<p>b</p>\")", "<p>a</p><p>b</p>"),
    ("document.write('\\x41' + name + 'B')", ""),
])
def test_what_document_write_calls_write(script, written):
    assert written_markup(script) == written


def test_app_shell_report_read_from_json_ld():
    page = ("<html><head><title>2023年芜湖市政府工作报告</title>"
            f"<script type='application/ld+json'>{_json_ld(chr(10).join(FAMILY_BODY))}</script></head>"
            "<body><div id='app'></div><script src='/app.js'></script></body></html>")
    [report] = clean_page(page)
    assert report.is_report and "text-from-script" in report.flags
    assert [_squeezed(p) for p in report.paragraphs] == [_squeezed(p) for p in FAMILY_BODY]


def test_app_shell_report_read_from_window_state_html():
    import json
    content = "".join(f"<p>{p}</p>" for p in FAMILY_BODY)
    state = json.dumps({"article": {"title": "x", "content": content}}, ensure_ascii=False).replace("<", "\\u003C")
    page = (f"<html><head><title>2023年芜湖市政府工作报告</title></head><body><div id='app'>加载中...</div>"
            f"<script>window.__INITIAL_STATE__={state};(function(){{var s=1;}}());</script></body></html>")
    [report] = clean_page(page)
    assert report.is_report and report.place == "芜湖市"
    assert "<p>" not in report.body and "u003C" not in report.body


def test_visible_body_wins_over_script_data():
    inner = "".join(f"<p>{p}</p>" for p in FAMILY_BODY)
    other = "另一篇文章的正文，" * 40 + "完。"
    page = _article(inner).replace("</head>", f"<script type='application/ld+json'>{_json_ld(other)}</script></head>")
    [report] = clean_page(page)
    assert "text-from-script" not in report.flags and "另一篇文章" not in report.body


def test_script_data_without_prose_gives_no_body():
    import json
    data = json.dumps({"menu": ["首页", "政务公开"] * 200, "config": {"siteName": "芜湖市人民政府"}}, ensure_ascii=False)
    page = f"<html><body><div id='app'></div><script>var pageData = {data};</script></body></html>"
    [report] = clean_page(page)
    assert not report.is_report
    assert embedded_report_text([["var x = {not json}; function f(a){return a=[1,2];}"]]) is None


def test_second_report_on_a_page_is_read_on_its_own():
    earlier = [p.replace("2023年1月12日", "2022年1月8日").replace("第三次", "第二次") for p in FAMILY_BODY]
    inner = "".join(f"<p>{p}</p>" for p in FAMILY_BODY)
    history = "<div>历年政府工作报告</div><h2>2022年芜湖市政府工作报告</h2>" + "".join(f"<p>{p}</p>" for p in earlier)
    first, second = clean_page(_article(inner + history))
    assert (first.year, second.year) == (2023, 2022)
    assert (first.title, second.title) == ("2023年芜湖市政府工作报告", "2022年芜湖市政府工作报告")
    assert "历年" not in first.body and "历年" not in second.body and "2022年1月8日" not in first.body
    assert "2023年1月12日" not in second.body
    assert "reports-on-page" in first.flags and (first.item, second.item) == (1, 2)


def test_another_report_start():
    earlier = [p.replace("2023年1月12日", "2022年1月8日") for p in FAMILY_BODY]
    labelled = FAMILY_BODY + ["历年政府工作报告", "2022年政府工作报告"] + earlier
    assert another_report_start(labelled) == (len(FAMILY_BODY), len(FAMILY_BODY) + 1)
    assert another_report_start(FAMILY_BODY + earlier) == (len(FAMILY_BODY), len(FAMILY_BODY))
    # The same text twice is a repeated copy, not another report.
    assert another_report_start(FAMILY_BODY + FAMILY_BODY) is None
    assert another_report_start(FAMILY_BODY) is None


def test_a_table_count_between_label_cells_is_no_page_number():
    lines = [Line(t) for t in ["新增规模以上工业企业数量（家）", "12", "新增国家高新技术企业数量（家）"]]
    assert mark_page_furniture(lines, [None] * 3) == [None] * 3


def test_one_report_lines_are_never_split():
    from cleaning.extract import extract_report
    earlier = [p.replace("2023年1月12日", "2022年1月8日") for p in FAMILY_BODY]
    page = render(_article("".join(f"<p>{p}</p>" for p in FAMILY_BODY + earlier)))
    whole = extract_report(page, one_report=True)
    assert whole.next_report is None and len(whole.paragraphs) == 2 * len(FAMILY_BODY)
    assert extract_report(page).next_report


def test_next_data_json_script_is_read_when_the_shell_is_empty():
    import json
    data = json.dumps({"props": {"pageProps": {"article": {"body": "\n".join(FAMILY_BODY)}}},
                       "page": "/article/[id]"}, ensure_ascii=False)
    page = ("<html><head><title>2023年芜湖市政府工作报告</title></head><body><div id='__next'></div>"
            f"<script id='__NEXT_DATA__' type='application/json'>{data}</script></body></html>")
    [report] = clean_page(page)
    assert report.is_report and report.delivered_on == "2023-01-12"


def test_bare_page_numbers_and_the_last_page_under_the_last_line():
    texts = ["过去一年，全市上下迎难而上、苦干", "1", "实干，经济运行总体平稳。",
             "我们坚持民生优先，全年民生支", "2", "出占比保持在八成以上，努力奋斗！", "3", "首页", "下一页"]
    lines = [Line(t) for t in texts]
    verdicts = mark_page_furniture(lines, [None] * len(lines))
    assert [i for i, v in enumerate(verdicts) if v] == [1, 4, 6]


def test_pdf2htmlex_with_bare_page_numbers_is_whole_and_no_excerpt():
    # The header is set centred on lines of its own; the text wraps at 28.
    printed = FAMILY_BODY[:3] + [t for t in _printed(FAMILY_BODY[3:]) if t != "芜湖市人民政府公报"]
    printed = [t.strip("-") if re.fullmatch(r"-\d+-", t) else t for t in printed]
    divs = "".join(f'<div class="t m0 x1 h2 y{i:x} ff1 fs0">{t}</div>' for i, t in enumerate(printed))
    page = f'<html><head><title>政府工作报告</title></head><body><div id="page-container">{divs}</div></body></html>'
    [report] = clean_page(page, "https://www.wuhu.gov.cn/2023.html")
    assert report.is_report and not report.is_excerpt
    assert [_squeezed(p) for p in report.paragraphs] == [_squeezed(p) for p in FAMILY_BODY]


@pytest.mark.parametrize("menu", [
    '<a href="/">首页</a> | <a href="/news/">新闻中心</a> | <a href="/henan/">河南</a>',
    '<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/a/">河南</a> &gt; <a href="/b/">许昌</a>',
])
@pytest.mark.parametrize("lead_end", ["以下为报告全文：", "以下为报告全文。", "全文如下", "小编为您奉上全文，一起来看↓↓↓"])
def test_short_menu_bar_and_lead_ending_in_a_full_stop_stay_out(menu, lead_end):
    paragraphs = seed_body_paragraphs("002")
    page = ("<html><head><meta charset='utf-8'><title>魏都区政府工作报告全文来了-新闻中心-某网</title></head>"
            f"<body><div class='nav'>{menu}</div><h1>魏都区政府工作报告全文来了！今年这样干</h1>"
            "<div>2022-04-21 10:05　来源：许昌日报</div><p>4月20日，魏都区十六届人民代表大会第一次会议开幕，"
            f"区长代表区人民政府作政府工作报告。报告回顾了过去一年的工作。{lead_end}</p>"
            + "".join(f"<p>{p}</p>" for p in paragraphs[2:]) + "<div>版权所有</div></body></html>")
    [report] = clean_page(page, "http://news.example/a/1.html")
    assert report.body.startswith("——2022年4月20日在魏都区")
    assert "excerpt:starts-mid-report" not in report.flags


@pytest.mark.parametrize("lead", ["以下為報告全文：", "濟源市第二屆人大一次會議今日開幕。以下為政府工作報告全文："])
def test_a_lead_saying_the_full_text_follows_stays_out_without_a_header_after_it(lead):
    paragraphs = seed_body_paragraphs("001")   # starts with 五年来, no header
    page = ("<html><head><meta charset='utf-8'><title>大灣區｜濟源市2022年政府工作報告全文</title></head><body>"
            "<div><a href='/'>首頁</a> <a href='/a'>大灣區</a> <a href='/b'>國際</a></div>"
            f"<h1>大灣區｜濟源市2022年政府工作報告全文</h1><p>{lead}</p>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>")
    [report] = clean_page(page, "http://hk.example/news/1.html")
    assert report.paragraphs == paragraphs and report.title == "濟源市2022年政府工作報告全文"


def test_a_verbatim_transcript_gives_the_report_alone():
    """A news site's 全文实录 of the opening sitting: clock times, the chair's
    words before and after, the speaker's name over the text, applause."""
    paragraphs = seed_body_paragraphs("002")   # the full header: 政府工作报告, ——…会议上, speaker, 各位代表
    closing = "各位代表！让我们团结奋斗，为建设现代化魏都而努力奋斗！"
    middle = len(paragraphs) // 2
    page = ("<html><head><meta charset='utf-8'><title>魏都区长作政府工作报告（全文实录）</title></head><body>"
            "<h1>魏都区长作政府工作报告（全文实录）</h1><div>2022-04-20 09:00 来源：某网</div>"
            "<p><strong>【9:00】</strong></p><p><strong>主持人（大会执行主席 赵明德）：</strong>各位代表，魏都区第十六届"
            "人民代表大会第一次会议应出席代表212名，实到代表201名，符合法定人数。现在开会！</p>"
            "<p>【9:03】</p><p><strong>何长成：</strong></p>"
            + "".join(f"<p>{p}</p>" for p in paragraphs[:middle]) + "<p>（掌声）</p>"
            + "".join(f"<p>{p}</p>" for p in paragraphs[middle:]) + f"<p>{closing}</p><p>（全场热烈掌声）</p>"
            "<p>【10:28】</p><p>主持人：谢谢何长成区长所作的政府工作报告。大会进行第二项议程，审查计划报告和预算报告。</p>"
            "<p>请各代表团会后认真审议。今天的会议到此结束，现在散会。</p></body></html>")
    [report] = clean_page(page, "http://news.example/2022/0420/1.html")
    assert report.paragraphs == paragraphs + [closing]
    assert (report.place, report.admin_level, report.is_excerpt) == ("魏都区", "district", False)
    assert {r.why for r in report.removed} >= {"transcript-mark"}


# --- boilerplate checks that look at a line's ends or words first --------------------------


def test_photo_credit_and_attachment_checks_agree_with_their_patterns():
    # `_is_photo_credit` and `_is_attachment` look at a key's ends before
    # searching: they answer as the patterns' searches do.
    pieces = ["(", ")", "摄", "供图", "记者", "通讯员", "摄影", "拍", "图为", "张三", "。", ".", "doc", "docx", "pdf",
              "7z", "et", "(12kb)", "(1.5mb)", "附件", "x", "1"]
    random.seed(7)
    for _ in range(20000):
        key = "".join(random.choices(pieces, k=random.randint(1, 8)))
        assert boilerplate_module._is_photo_credit(key) == bool(boilerplate_module._PHOTO_CREDIT.search(key)), key
        assert boilerplate_module._is_attachment(key) == (bool(boilerplate_module._ATTACHMENT_LABEL.match(key)) or (
            len(key) <= 120 and bool(boilerplate_module._ATTACHMENT_FILE.search(key)))), key


def _is_menu_in_full(text: str) -> bool:
    """`_is_menu` without its look for a word too long for a menu."""
    if boilerplate_module._SENTENCE_PUNCTUATION.search(text):
        return False
    tokens = [t for t in boilerplate_module._MENU_SEPARATORS.split(boilerplate_module.nfkc(text)) if t]
    if len(tokens) < 4:
        return False
    if any(boilerplate_module._TITLE_TOKEN.fullmatch(t) for t in tokens) and boilerplate_module.is_speaker_line(text):
        return False
    longer = [t for t in tokens if len(t) >= 2]
    return len(longer) >= 3 and all(len(t) <= 8 for t in tokens)


def test_menu_check_agrees_without_its_long_word_look():
    pieces = ["首页", "新闻中心", "政务公开", "办事服务", "互动交流", "走进某市", "市长", "常务副市长", "李明", " ", "\u3000",
              "|", "｜", "/", "·", "政府工作报告全文发布", "㈠", "\u0301", "，", "。", "Ａ", "a"]
    random.seed(8)
    for _ in range(20000):
        text = "".join(random.choices(pieces, k=random.randint(1, 10)))
        assert boilerplate_module._is_menu(text) == _is_menu_in_full(text), text


def test_extraction_leaves_the_page_lines_as_they_were():
    # Lines are replaced, not changed, when spam or a continuation mark is
    # taken out of them: a listing's items and a following report read the
    # page's lines again.
    page = render_module.render("各位代表：现在我代表市人民政府向大会报告工作，请予审议。pp电子娱乐\n"
                                "经济运行稳中向好，地区生产总值增长百分之五点二（下转第二版）\n" * 3)
    before = [line.text for line in page.lines]
    extracted = extract_module.extract_report(page)
    assert [line.text for line in page.lines] == before
    assert extracted.paragraphs and not any("pp电子娱乐" in paragraph or "下转" in paragraph for paragraph in extracted.paragraphs)


# --- tables with a 序号 column, appendices, AI summary boxes ------------------------------

_GOV_HEADER = ("<html><head><meta charset='utf-8'><title>某县2024年政府工作报告_某县人民政府</title></head><body>"
               "<div class='nav'><a href='/'>首页</a> <a href='/x'>政务公开</a> <a href='/y'>办事服务</a></div>"
               "<h1>某县2024年政府工作报告</h1><div>发布时间：2024-01-25　来源：县政府办</div>"
               "<p>——2024年1月12日在某县第十八届人民代表大会第四次会议上</p><p>某县人民政府县长　张明</p>"
               "<p>各位代表：</p><p>现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。</p>")
_GOV_FOOTER = "<div>主办：某县人民政府办公室　网站标识码：1234567890</div></body></html>"
_PROSE = ("过去一年，在县委的坚强领导下，我们全面贯彻落实党的二十大精神，全县经济社会发展稳中有进、进中提质，"
          "各项事业取得新的成绩。")
_ROWS_TABLE = ("<table><tr><td>序号</td><td>项目</td><td>主要内容</td></tr>"
               "<tr><td>1</td><td>城区老旧小区改造</td><td>改造老旧小区42个</td></tr>"
               "<tr><td>2</td><td>农村供水保障</td><td>新建农村供水工程25处</td></tr></table>")
_CLOSING = "<p>各位代表，新征程已经开启，让我们团结一心，为建设现代化新某县而努力奋斗！</p>"


def test_numbered_table_in_the_middle_of_a_body_is_no_pager():
    # A table's 序号 cells render as bare numbers on lines of their own: no
    # page numbers, so neither cut from the body nor making it an excerpt.
    page = (_GOV_HEADER + f"<p>{_PROSE}</p><p>今年重点推进以下民生项目：</p>" + _ROWS_TABLE
            + f"<p>{_PROSE}</p>" + _CLOSING + _GOV_FOOTER)
    [report] = clean_page(page, "http://www.x.gov.cn/zwgk/1.html")
    assert not report.is_excerpt, report.flags
    assert "1\n\n城区老旧小区改造" in report.body and "2\n\n农村供水保障" in report.body
    assert "pagination" not in {r.why for r in report.removed}


def test_a_pager_of_bare_numbers_with_links_still_marks_one_page_of_several():
    page = (_GOV_HEADER + f"<p>{_PROSE}</p>" * 3
            + "<div><span>1</span><br><a href='1_2.html'>2</a><br><a href='1_3.html'>3</a></div>" + _GOV_FOOTER)
    [report] = clean_page(page, "http://www.x.gov.cn/zwgk/1.html")
    assert "excerpt:one-page-of-several" in report.flags
    assert "\n\n2" not in report.body


def test_an_appendix_table_after_the_closing_call_stays_with_the_report():
    page = (_GOV_HEADER + f"<p>{_PROSE}</p>" * 3 + _CLOSING + "<p>附表：2024年县级民生实事</p>" + _ROWS_TABLE
            + "<div>扫一扫在手机打开当前页</div><div>相关信息</div><div><a href='/a'>某县2023年政府工作报告</a></div>"
            + _GOV_FOOTER)
    [report] = clean_page(page, "http://www.x.gov.cn/zwgk/1.html")
    assert report.body.endswith("2\n\n农村供水保障\n\n新建农村供水工程25处"), report.body[-200:]
    assert not report.is_excerpt, report.flags


_AI_BOX_PAGE = ("<html><head><meta charset='utf-8'><title>某县2024年政府工作报告（全文）_某新闻网</title></head><body>"
                "<h1>某县2024年政府工作报告（全文）</h1><div>2024-01-22 10:15　来源：某县融媒</div>"
                "<div class='ai'><div>{label}</div><p>报告回顾了2023年全县经济社会发展成就，提出今年地区生产总值增长6%左右等目标。</p>"
                "{note}</div>"
                "<p>——2024年1月12日在某县第十八届人民代表大会第四次会议上</p><p>某县人民政府县长　张明</p>"
                "<p>各位代表：</p><p>现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。</p>"
                + f"<p>{_PROSE}</p>" * 3 + _CLOSING + "<div>责任编辑：王丽</div><div>版权所有 某新闻网</div></body></html>")


@pytest.mark.parametrize("label, note", [
    ("AI 摘要", "<div>以上内容由AI生成，仅供参考</div>"),
    ("AI导读：", ""),        # no note: the box ends at the report's header
    ("【智能摘要】", "<div>本摘要由人工智能生成</div>"),
])
def test_ai_summary_box_is_dropped(label, note):
    [report] = clean_page(_AI_BOX_PAGE.format(label=label, note=note), "http://news.example/a/1.html")
    assert report.body.startswith("——2024年1月12日在某县"), report.body[:100]
    assert not report.is_excerpt, report.flags
    assert "回顾了2023年全县" not in report.body
    assert {r.why for r in report.removed} >= {"ai-summary"}


def test_ai_summary_box_takes_no_more_than_a_few_lines():
    # With no note and no report header under it, the box ends after a few
    # lines: the report's text below stays.
    page = _AI_BOX_PAGE.format(label="AI 摘要", note="").replace(
        "<p>——2024年1月12日在某县第十八届人民代表大会第四次会议上</p><p>某县人民政府县长　张明</p>"
        "<p>各位代表：</p>", "<p>第二段摘要。</p><p>第三段摘要。</p>")
    [report] = clean_page(page, "http://news.example/a/1.html")
    assert report.body.startswith("现在，我代表县人民政府"), report.body[:100]
    assert sum(r.why == "ai-summary" for r in report.removed) == 4


def test_a_scrolling_ticker_is_no_text():
    page = ("<html><body><marquee>热烈庆祝县十五届人大四次会议胜利召开！</marquee>"
            + "<p>各位代表：现在，我代表县人民政府，向大会报告工作，请予审议。</p>" * 3 + "</body></html>")
    assert "热烈庆祝" not in clean_page(page)[0].body


def test_an_english_text_on_a_chinese_portal_is_not_chinese():
    sentence = "<p>In the past year, the county's GDP grew by 6 percent and new jobs reached 5,000.</p>"
    chrome = "".join(f"<a href='/{i}'>政务公开栏目{i}</a>" for i in range(30))
    page = (f"<html><head><title>政府工作报告（英文摘要）_某县人民政府</title></head><body><div>{chrome}</div>"
            f"{sentence * 10}<p>主办：某县人民政府办公室 版权所有</p></body></html>")
    assert clean_page(page)[0].reason == "not-chinese"


def test_advertising_spam_is_recorded_as_such():
    page = ("<html><body>" + "<p>各位代表：现在，我代表县人民政府，向大会报告工作，请予审议。</p>" * 2
            + "<p>全年一般公共预算收入增长代开发票138666688883.2%，税收占比提高。</p>"
            + "<p>澳门银河娱乐城注册送彩金，全县规模以上工业增加值增长7%。</p></body></html>")
    removed = {r.what: r.why for r in clean_page(page)[0].removed if r.why.startswith("spam:")}
    assert removed["代开发票13866668888"] == "spam:advertising"
    assert "spam:gambling" in removed.values()


@pytest.mark.parametrize("text", ["欢迎各位代表和来宾莅临指导。", "热烈欢迎来到我市投资兴业的企业家。",
                                  "欢迎来到金华，共享发展机遇。"])
def test_a_reports_welcome_is_no_site_greeting(text):
    assert classify_line(text) is None


def _related_block_page(after: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in [
        "——2024年1月12日在某县第十八届人民代表大会第四次会议上", "各位代表：",
        "现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。",
        "过去一年，全县地区生产总值完成275.6亿元，增长6.5%；财政收入完成26.8亿元，增长9.2%，城乡居民收入稳步增长。"])
    related = ("<div><h4>相关链接</h4><ul><li><a href='/a/1.html'>图解：2024年某县政府工作报告</a></li>"
               "<li><a href='/a/2.html'>某县第十八届人大四次会议胜利闭幕</a></li></ul></div>")
    return (f"<html><head><title>某县2024年政府工作报告</title></head><body><h1>某县2024年政府工作报告</h1>"
            f"{paragraphs}{related}{after}</body></html>")


def test_a_related_block_between_two_parts_of_a_report_is_left_out_and_the_body_runs_on():
    after = ("<p>二、2024年工作安排</p><p>今年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右，"
             "财政收入增长6%，规模以上工业增加值增长10%。</p>")
    [report] = clean_page(_related_block_page(after), "http://www.example.gov.cn/a/3.html")
    assert report.is_report and "二、2024年工作安排" in report.body and "地区生产总值增长7%左右" in report.body
    assert "相关链接" not in report.body and "胜利闭幕" not in report.body


def test_a_related_block_before_other_text_still_closes_the_body():
    after = "<p>网友们纷纷表示，今年的目标实实在在，让人充满信心，期待早日看到更多民生项目落地见效。</p>"
    [report] = clean_page(_related_block_page(after), "http://www.example.gov.cn/a/3.html")
    assert "网友们纷纷表示" not in report.body and "相关链接" not in report.body


@pytest.mark.parametrize("title", ["检索结果 - 湖州市人民政府门户网站", "站内搜索_某县人民政府", "搜索结果：政府工作报告"])
def test_a_site_searchs_results_page_is_no_report(title):
    hits = "".join(
        f"<li><a href='/art/{year}/1.html'>{year}年某市政府工作报告</a><p>——{year}年1月15日在某市第九届人民代表大会"
        f"第四次会议上 各位代表：现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见...</p></li>"
        for year in (2022, 2023, 2024))
    page = f"<html><head><title>{title}</title></head><body><div>为您找到相关结果约37个</div><ul>{hits}</ul></body></html>"
    assert [(r.is_report, r.reason) for r in clean_page(page, "http://www.example.gov.cn/search?q=1")] == [
        (False, "search-results")]


def test_a_report_mentioning_search_is_still_a_report():
    page = ("<html><head><title>2024年某市政府工作报告</title></head><body><h1>2024年某市政府工作报告</h1>"
            "<p>各位代表：</p><p>现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。</p>"
            "<p>过去一年，我们上线政务服务站内搜索和全文检索功能，群众办事查询结果一键可得，全市地区生产总值增长6.1%。</p>"
            "</body></html>")
    [report] = clean_page(page, "http://www.example.gov.cn/a/1.html")
    assert report.is_report


@pytest.mark.parametrize("note", ["（代拟稿）", "（审议稿）", "(征求意见稿)", "（摘要）"])
def test_a_version_note_under_the_title_line_belongs_to_the_title(note):
    # A document's title block: 政府工作报告 / （代拟稿）. The note is no page
    # label to drop: it tells which text this is.
    body = "".join(f"<p>{p}</p>" for p in [
        "政府工作报告", note, "——2023年1月10日在某市第八届人民代表大会第三次会议上", "某市市长　张三", "各位代表：",
        "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。",
        "过去一年，全市地区生产总值增长4.9%，规模以上工业增加值增长7.2%，一般公共预算收入增长8.6%，经济运行总体平稳。"])
    [report] = clean_page(f"<html><body><div>{body}</div></body></html>", url="http://gov.example/1.html")
    assert report.title == "政府工作报告" + note
    assert report.body.startswith("——2023年1月10日")


def test_is_version_note():
    from cleaning.extract import is_version_note
    assert is_version_note("（代拟稿）") and is_version_note(" (全文) ")
    assert not is_version_note("（记者　张三）") and not is_version_note("（2024年1月10日）")


@pytest.mark.parametrize("heading", ["【解读】", "专家解读：", "看点", "记者手记"])
def test_commentary_appended_after_the_closing_call_leaves_the_body(heading):
    closing = "各位代表，让我们团结奋斗、真抓实干，为加快建设现代化新城而努力奋斗！"
    commentary = ("<p>记者从市发改局获悉，今年的政府工作报告有三大看点，涉及产业升级、城市更新和民生保障等多个方面，"
                  "引起了代表委员和广大市民的热烈反响。</p>"
                  "<p>看点一：报告提出，今年地区生产总值增长6%左右，与全省目标保持一致，体现了稳中求进的工作总基调，"
                  "为全年经济工作定下了基调。</p>"
                  "<p>看点二：报告明确，高端产品占比力争达到50%，传统产业加快向高端迈进，新兴产业加快培育壮大。</p>")
    page = _news_page("", _NEWS_REPORT + f"<p>{closing}</p><p>{heading}</p>{commentary}")
    report = clean_page(page, url="http://news.example/1.html")[0]
    assert report.body.rstrip().endswith(closing)
    assert "三大看点" not in report.body and heading not in report.body


def test_a_glossary_after_the_closing_call_stays():
    closing = "各位代表，让我们团结奋斗、真抓实干，为加快建设现代化新城而努力奋斗！"
    page = _news_page("", _NEWS_REPORT + f"<p>{closing}</p><p>名词解释：</p><p>1.专精特新：指专业化、精细化、特色化、新颖化。</p>")
    assert "专精特新：指专业化" in clean_page(page, url="http://news.example/1.html")[0].body


def test_an_e_papers_issue_pager_is_pagination_but_a_report_sentence_is_not():
    """An e-paper's masthead line (paper, issue date, 第03版, 上一期/下一期) is
    navigation; a report says 上一期 inside a sentence."""
    for line in ("湖州日报 2025年01月17日　星期五 第03版：要闻 上一期 下一期", "上一期　下一期　往期检索"):
        assert classify_line(line).why == "pagination"
    for line in ("上一期规划实施以来，全市新增城镇就业5万人。", "（二）比上一期规划期末增长12%，下一期重点推进城市更新"):
        assert classify_line(line) is None


# A copy of the seed sites built without reading our code (tests/independent_site) found these.


def test_site_name_alone_in_title_tag_is_no_title():
    # A report page whose article title is empty: no <h1>, <title> only the site's name.
    body = "".join(f"<p>\u3000\u3000{p}</p>" for p in seed_body_paragraphs("003"))
    page = (f"<html><head><meta charset=utf-8><title>博县网</title></head><body>"
            f"<div class=nav>首页 华中 华东</div><div class=content>{body}</div>"
            f"<div>本文地址：/baogao/huadong/5905.html</div></body></html>").encode()
    report = clean_page(page, "http://127.0.0.1/baogao/huadong/5905.html")[0]
    assert report.is_report and report.title is None and "missing-title" in report.flags


@pytest.mark.parametrize("text", [
    "联系邮箱：zfbgs@163.com",
    "与360.com等平台企业签订战略合作协议。",
    "欢迎登录www.xm12345.com反映诉求，我们将及时办理。",
    "消费者可登录www.sh12315.com在线投诉。",
    "停电信息可查询www.95598.com。",
])
def test_ordinary_numbered_hosts_are_no_casino(text):
    assert remove_spam(text) == (text, [])


@pytest.mark.parametrize("text", ["相关地区政府请登录www.js333.com领取彩金", "访问hg0088.com注册送88元",
                                  "登录bet12345.com领取彩金"])
def test_numbered_casino_hosts_are_still_spam(text):
    assert remove_spam(text)[1]




def test_listing_of_div_cards_with_dates_in_words():
    # No list markup, and each item closed by a date in words (2025年7月2日).
    lines = [Line("首页"), Line("甲市政府工作报告"), Line(_ITEM_BODY), Line("2025年7月2日"),
             Line("乙县政府工作报告"), Line(_ITEM_BODY), Line("2025年07月01日")]
    items = find_listing_items(lines)
    assert [(item.title, item.published_on) for item in items] == [
        ("甲市政府工作报告", "2025-07-02"), ("乙县政府工作报告", "2025-07-01")]


def test_delivery_date_in_words_under_a_title_is_no_site_date():
    lines = [Line("2024年政府工作报告"), Line("2024年1月5日"), Line("在某县第十届人民代表大会第三次会议上"),
             Line(_ITEM_BODY), Line(_ITEM_BODY)]
    assert find_listing_items(lines) is None


def test_an_infographics_caption_above_the_text_is_the_sites():
    """一图读懂… names a graphic the site shows beside the report; a report
    sentence that mentions an infographic stays."""
    sentence = "图解、短视频等形式让政策宣传更加生动，群众知晓率达到95%。"
    page = _news_page("", "<p>一图读懂2024年龙泉市政府工作报告</p><p>【图解】十件民生实事</p>"
                      + _NEWS_REPORT + f"<p>{sentence}</p>")
    body = clean_page(page, url="http://news.example/1.html")[0].body
    assert "一图读懂" not in body and "【图解】" not in body
    assert sentence in body


@pytest.mark.parametrize("title_tag", ["华东频道 · 报告 - 某某网移动版", "华东频道·报告_某某网", "工作报告栏目 | 某某网"])
def test_title_tag_naming_a_site_section_is_no_title(title_tag):
    """A later page of a report (no heading of its own) whose `<title>` only
    names the site's section (a channel or column holding the word 报告):
    no title, flagged, rather than the section's name as the report's."""
    paragraphs = seed_body_paragraphs("003")
    body = "".join(f"<p><span style=\"font-size:16px\">\u3000\u3000{full_width(p)}</span></p>" for p in paragraphs)
    page = (f"<html><head><meta charset=utf-8><title>{title_tag}</title></head><body>"
            f"<div class=meta>原创 某某网 2025-07-02 10:31</div><section>{body}</section></body></html>")
    [report] = clean_page(page.encode("utf-8"))
    assert report.title is None and "missing-title" in report.flags
    assert len(report.paragraphs) == len(paragraphs)


def test_title_tag_with_a_report_beside_a_section_keeps_the_report():
    paragraphs = seed_body_paragraphs("003")
    body = "".join(f"<p>\u3000\u3000{full_width(p)}</p>" for p in paragraphs)
    page = (f"<html><head><meta charset=utf-8><title>新吴区2023年政府工作报告 · 华东频道 - 某某网</title></head>"
            f"<body><section>{body}</section></body></html>")
    [report] = clean_page(page.encode("utf-8"))
    assert report.title == "新吴区2023年政府工作报告"


def test_zero_width_characters_inside_words_are_dropped():
    """Editors and reposting apps leave zero-width spaces, joiners, soft
    hyphens and stray BOMs between characters (`政\\u200b府`, also as
    `&#8203;`): they render as nothing, so the title, the speaker line and
    the body read as the page shows them."""
    paragraphs = seed_body_paragraphs("002")
    title = "(河南省)许昌市魏都区2022年政府工作报告"

    def sprinkle(text: str) -> str:
        return (text.replace("政府", "政\u200b府").replace("工作", "工&#8203;作").replace("报告", "报\u00ad告")
                .replace("代表", "代\ufeff表").replace("区长", "区\u2060长"))

    body = "".join(f"<p>\u3000\u3000{sprinkle(full_width(p))}</p>" for p in paragraphs)
    page = (f"<html><head><meta charset=utf-8><title>{sprinkle(title)}_某某网</title></head>"
            f"<body><h1>{sprinkle(title)}</h1><div>{body}</div></body></html>")
    [report] = clean_page(page.encode("utf-8"))
    assert report.title == title
    assert (report.speaker, report.speaker_title, report.delivered_on) == ("何长成", "区长", "2022-04-20")
    assert not any(c in report.body for c in "\u200b\u00ad\ufeff\u2060")
    assert [normalised(p) for p in report.paragraphs] == [normalised(p) for p in paragraphs]
    # A text rendering too.
    [text_report] = clean_page(sprinkle("\n".join(["导航菜单", title, *("  " + p for p in paragraphs)])).encode())
    assert text_report.title == title and text_report.speaker == "何长成"


@pytest.mark.parametrize("app_line", ["文章已于2025-07-03修改", "#政府工作报告 12个", "收录于合集 #政府工作报告 12个",
                                      "收录于话题 #两会 #政府工作报告", "话题：#两会#"])
def test_news_app_edit_note_and_hashtags_are_article_info(app_line):
    """A news app's `文章已于…修改` note and the hashtags it files the article
    under stand above the heading: article information, not the report's
    first line nor (naming 政府工作报告) its title."""
    assert classify_line(app_line).why == "article-info"
    paragraphs = seed_body_paragraphs("002")
    title = "(河南省)许昌市魏都区2022年政府工作报告"
    body = "".join(f"<p><span>\u3000\u3000{full_width(p)}</span></p>" for p in paragraphs)
    page = (f"<html><head><meta charset=utf-8><title>华中频道 - 某某网</title></head><body>"
            f"<div class=tags>{app_line}</div><h1>{title}</h1><div>原创 某某网 2025-07-02 10:31 河南</div>"
            f"<div class=content>{body}</div></body></html>")
    [report] = clean_page(page.encode("utf-8"))
    assert report.title == title
    assert [normalised(p) for p in report.paragraphs] == [normalised(p) for p in paragraphs]


@pytest.mark.parametrize("line", ["#两会# 话题讨论持续升温，网友纷纷点赞。", "全年新增就业#1万人。", "（一）#加强基层治理"])
def test_hash_signs_in_sentences_and_headings_are_no_hashtag_line(line):
    assert classify_line(line) is None


@pytest.mark.parametrize("above", ["原创 作者：李明 某某网", "以下文章来源于许昌发布", "AI朗读 12:34"])
def test_lines_above_the_articles_heading_are_the_pages(above):
    """Any line above the article's <h1> naming a document (an app's author
    line, a repost's source, an audio player), however long, is the page's:
    the heading is the title and the body starts under it."""
    paragraphs = seed_body_paragraphs("002")
    title = "(河南省)许昌市魏都区2022年政府工作报告"
    body = "".join(f"<p>\u3000\u3000{full_width(p)}</p>" for p in paragraphs)
    page = (f"<html><head><meta charset=utf-8><title>华中频道 - 某某网</title></head><body>"
            f"<div class=top>{above}</div><h1>{title}</h1><div class=content>{body}</div></body></html>")
    [report] = clean_page(page.encode("utf-8"))
    assert report.title == title
    assert [normalised(p) for p in report.paragraphs] == [normalised(p) for p in paragraphs]
    assert any(match_key(above) in match_key(r.what) for r in report.removed)



# --- pages written blind from other kinds of sites (tests/labelled/blind_*) ----------------------


def _article_page(before: str, paragraphs: list[str], after: str, head: str = "") -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (f"<html><head><meta charset='utf-8'><title>政府工作报告</title>{head}</head><body>"
            f"<div class='nav'><a href='/'>首页</a> <a href='/a'>要闻</a> <a href='/b'>公开</a></div>"
            f"<div class='article'>{before}{body}{after}</div></body></html>")


def test_a_report_heading_saying_abstract_marks_an_excerpt():
    paragraphs = seed_body_paragraphs("001")
    [report] = clean_page(_article_page("<p>政府工作报告（摘要）</p>", paragraphs, ""))
    assert report.is_excerpt and "excerpt:page-says-partial" in report.flags


@pytest.mark.parametrize("button, partial", [
    ("<span class='unfold'>阅读全文</span>", False),      # a fold over text the page holds
    ("<a href='/full/1.html'>阅读全文</a>", True),         # a link to the text elsewhere
    ("<a href='javascript:;' onclick='showTab(2)'>继续阅读：下篇 &raquo;</a>", False),   # the next tab
    ("<a href='#part2'>继续阅读</a>", False),               # further down the page
])
def test_a_read_more_button_that_links_nowhere_or_within_the_page_is_a_fold(button, partial):
    paragraphs = seed_body_paragraphs("001")
    [report] = clean_page(_article_page("", paragraphs, button))
    assert ("excerpt:page-says-partial" in report.flags) is partial


def test_an_apps_stand_in_for_a_picture_is_removed():
    assert classify_line("打开网易新闻 查看精彩图片").why == "promotion"
    assert classify_line("打开视野，查看全局，推动产业链延伸。") is None


def test_a_document_sharing_sites_card_and_page_footers():
    paragraphs = seed_body_paragraphs("001")
    card = "<p>文档贡献者：wenku_8832　上传时间：2018-03-22　页数：5页　下载积分：5　浏览：3,182</p>"
    pages = [paragraphs[i::3] for i in range(3)]
    body = "".join(f"<div class='page'>{''.join(f'<p>{t}</p>' for t in part)}<div>第 {n} 页 共 3 页</div></div>"
                   for n, part in enumerate(pages, 1))
    [report] = clean_page(_article_page(card + body, [], ""))
    assert "文档贡献者" not in report.body
    assert not any(flag.startswith("excerpt:one-page") for flag in report.flags)
    # Only the first page's footer: the file's other pages are elsewhere.
    first = f"<div class='page'>{''.join(f'<p>{t}</p>' for t in paragraphs)}<div>第 1 页 共 3 页</div></div>"
    [report] = clean_page(_article_page(first, [], ""))
    assert "excerpt:one-page-of-several" in report.flags


def test_a_teaser_over_a_list_of_reports_is_an_index_page():
    links = "".join(f"<li><a href='/{y}.html'>{y}年浙江省政府工作报告</a><span>{y}-01-20</span></li>"
                    for y in range(2014, 2024))
    teaser = ("<li><a href='/2024.html'>2024年浙江省政府工作报告</a><span>2024-01-29</span>"
              "<p>——2024年1月23日在浙江省第十四届人民代表大会第二次会议上　浙江省省长　王浩　各位代表："
              "现在，我代表省人民政府，向大会报告工作，请予审议……</p></li>")
    [report] = clean_page(_article_page(f"<ul>{teaser}{links}</ul>", [], ""))
    assert not report.is_report and report.reason == "index-page: 文章摘要列表"


def test_summaries_each_over_a_read_more_link_make_an_index_page():
    """A news site's round-up: each district's report as a linked title, one
    paragraph of whole sentences (no ellipsis) and a 阅读全文 link under it.
    The reports are on the linked pages: the page is an index, not eight reports."""
    districts = ["越秀区", "海珠区", "天河区", "荔湾区"]
    items = "".join(
        f"<li><h3><a href='/{n}.htm'>{d}2024年政府工作报告</a></h3>"
        f"<p>{d}政府工作报告提出，2024年地区生产总值增长5%左右，推进城市更新项目{n + 3}个，"
        f"新增就业岗位{n + 2}万个，全年完成固定资产投资{n + 100}亿元，民生支出占比保持在七成以上。</p>"
        f"<div><span>大洋网</span><span>2024-01-0{n + 5} 12:31</span><a href='/{n}.htm'>阅读全文&gt;&gt;</a></div></li>"
        for n, d in enumerate(districts))
    [report] = clean_page(_article_page(f"<ul>{items}</ul>", [], ""))
    assert not report.is_report and report.reason == "index-page: 文章摘要列表"


def test_a_missing_page_offering_related_excerpts_is_a_soft_404():
    related = "".join(
        f"<li><a href='/{y}.html'>{y}年南京市政府工作报告</a><span>{y}-01-22</span>"
        f"<p>各位代表：现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。过去一年……</p></li>"
        for y in (2024, 2023, 2022))
    page = _article_page("<p>404</p><p>抱歉，您访问的页面不存在或已被删除！</p><p>相关报告</p>"
                         f"<ul>{related}</ul>", [], "")
    [report] = clean_page(page)
    assert not report.is_report and report.reason == "soft-404"


def test_a_prefecture_offices_report_opens_like_a_report():
    from cleaning.paragraphs import is_address, is_title_restatement, starts_like_report

    assert is_title_restatement("和田地区行政公署工作报告") and is_title_restatement("某地区行署工作报告")
    assert is_title_restatement("关于岳西县人民政府工作的报告")   # the old form of a title
    assert is_address("各位委员、同志们：")
    assert starts_like_report(["和田地区行政公署工作报告", "——2023年1月12日在和田地区人大工委四届五次全体（扩大）会议上"])
    assert not is_title_restatement("关于和田地区行政公署工作报告的决议")


@pytest.mark.parametrize("line, why", [
    ("上稿日期：2023/01/09　分類：地方政府工作報告", "article-info"),
    ("列印｜關閉", "share-print"),
    ("※本站所載大陸官方文件均為原文轉錄，繁體字由系統自動轉換，如有疏漏敬請見諒。", "disclaimer"),
])
def test_a_taiwan_mirrors_lines(line, why):
    assert classify_line(line).why == why


def test_a_traditional_headline_over_the_reports_own_heading_is_the_title():
    paragraphs = seed_body_paragraphs("001")
    page = ("<html><head><meta charset='utf-8'><title>2023年廈門市政府工作報告 | 兩岸政經資料庫</title></head><body>"
            "<div><a href='/'>首頁</a> <a href='/a'>要聞</a> <a href='/b'>文件</a></div>"
            "<h1>2023年廈門市政府工作報告</h1><div>上稿日期：2023/01/09　列印｜關閉</div>"
            "<p>政府工作報告</p>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>")
    [report] = clean_page(page)
    assert report.title == "2023年廈門市政府工作報告" and report.paragraphs[0] == "政府工作報告"


def test_amp_adverts_placeholders_and_fallbacks_are_left_out():
    paragraphs = seed_body_paragraphs("001")
    ad = "<amp-ad type='adsense'><div placeholder>广告</div><div fallback>广告位招租 热线：0851-28221234</div></amp-ad>"
    [report] = clean_page(_article_page("", paragraphs[:3], ad + "".join(f"<p>{p}</p>" for p in paragraphs[3:])))
    assert report.paragraphs == paragraphs


def test_a_signature_under_the_closing_call_is_the_pages():
    paragraphs = seed_body_paragraphs("001") + ["各位代表！让我们在市委的坚强领导下，团结奋斗，为建设现代化新咸阳而努力奋斗！"]
    assert is_closing_text(paragraphs[-1])
    [report] = clean_page(_article_page("", paragraphs, "<div class='sign'>天下祁东人是一家 | 老家黄花菜代购请私信，不议价</div>"))
    assert report.paragraphs == paragraphs
    # A whole sentence after the closing call stays the report's.
    [report] = clean_page(_article_page("", paragraphs + ["谢谢大家！"], ""))
    assert report.paragraphs[-1] == "谢谢大家！"


@pytest.mark.parametrize("sign_off, date_line, speaker, title, delivered", [
    ("报告人：济源市人民政府市长　张三", "二〇二二年一月六日", "张三", "市长", "2022-01-06"),
    ("济源市人民政府代市长 李四", "2022年1月6日", "李四", "代市长", "2022-01-06"),
    ("报告人：市长 王五", "", "王五", "市长", None),
])
def test_a_report_signed_at_its_end_keeps_the_sign_off_and_gives_speaker_and_date(
        sign_off, date_line, speaker, title, delivered):
    closing = "各位代表！让我们在市委的坚强领导下，团结奋斗，为建设现代化新济源而努力奋斗！"
    paragraphs = seed_body_paragraphs("001") + [closing]
    signed = [sign_off] + ([date_line] if date_line else [])
    page = _article_page("", paragraphs + signed, "<div class='info'>责任编辑：赵六</div>")
    [report] = clean_page(page)
    assert report.paragraphs == paragraphs + signed
    assert (report.speaker, report.speaker_title, report.delivered_on) == (speaker, title, delivered)
    assert "excerpt:ends-mid-report" not in report.flags


def test_a_credit_or_an_office_under_the_closing_call_signs_nothing():
    closing = "各位代表！让我们在市委的坚强领导下，团结奋斗，为建设现代化新济源而努力奋斗！"
    paragraphs = seed_body_paragraphs("001") + [closing]
    [report] = clean_page(_article_page("", paragraphs + ["市政府办公室主任 赵六", "2022年1月12日"], ""))
    assert report.paragraphs == paragraphs and report.speaker is None and report.delivered_on is None


def is_closing_text(text: str) -> bool:
    from cleaning.paragraphs import is_closing

    return is_closing(text)


def test_a_questions_page_takes_the_title_the_answer_restates():
    paragraphs = seed_body_paragraphs("001")
    page = ("<html><head><meta charset='utf-8'><title>如何看待咸阳市2022年政府工作报告？ - 知乎</title></head><body>"
            "<h1>如何看待咸阳市2022年政府工作报告？</h1><div><p>关注者</p><p>218,893</p></div><div class='answer'>"
            "<p>2022年咸阳市政府工作报告</p>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></body></html>")
    [report] = clean_page(page)
    assert report.title == "2022年咸阳市政府工作报告" and report.paragraphs == paragraphs
    assert "excerpt:one-page-of-several" not in report.flags


def test_a_thousands_grouped_count_is_no_page_number():
    assert classify_line("218,893") is None or classify_line("218,893").why != "pagination"
    assert classify_line("1 2 3 下一页").why == "pagination"


def test_each_of_two_reports_on_a_page_is_titled_by_its_own_heading():
    reports = clean_page((LABELLED_PAGES / "blind_p5_two_binchuan_2022_2023.html").read_text(encoding="utf-8"))
    assert [r.title for r in reports] == ["宾川县2022年政府工作报告", "宾川县2023年政府工作报告"]
    assert [r.year for r in reports] == [2022, 2023]


def test_the_desktop_and_mobile_copies_of_an_article_give_the_text_once():
    [report] = clean_page((LABELLED_PAGES / "blind_p5_pcm_anji_2024.html").read_text(encoding="utf-8"))
    assert report.body.count("现在，我代表县人民政府") == 1


@pytest.mark.parametrize("markup", [
    '<font color="#ffffff">澳门新葡京 皇冠体育投注 真人百家乐开户</font>',
    '<span style="color:#fff">太阳城娱乐官网 澳门金沙网址</span>',
])
def test_white_text_on_the_page_is_left_out_and_recorded(markup):
    paragraphs = seed_body_paragraphs("001")
    page = _article_page("", [], "".join(f"<p>{markup if i == 2 else ''}{p}</p>" for i, p in enumerate(paragraphs)))
    [report] = clean_page(page)
    assert report.paragraphs == paragraphs
    assert any(r.why == "hidden:white-text" for r in report.removed)


def test_white_text_on_its_own_background_stays():
    from cleaning.render import hiding_reason

    assert hiding_reason({"style": "color:#fff;background:#c00"}) is None
    assert hiding_reason({"color": "#FFFFFF"}) == "white-text"


@pytest.mark.parametrize("text", ["深化与澳门的合作，推进澳门单牌车入出横琴。", "建设北京赛车场", "计划生育服务提质"])
def test_words_near_the_new_lottery_words_stay(text):
    assert remove_spam(text) == (text, [])


def test_glued_tool_buttons_and_a_players_caption_are_the_pages():
    assert classify_line("微博微信评论 收藏 字号").why == "share-print"
    assert classify_line("加强评论引导") is None
    paragraphs = seed_body_paragraphs("001")
    player = "<div>视频加载中，请稍候...</div><p>贵州省十四届人大三次会议在贵阳开幕</p>"
    [report] = clean_page(_article_page(player, paragraphs, ""))
    assert report.paragraphs == paragraphs


def test_a_menu_of_list_items_without_links_is_no_title_or_body():
    paragraphs = seed_body_paragraphs("001")
    page = ("<html><head><meta charset='utf-8'><title>（陕西省）咸阳市2022年政府工作报告 - 政府报告网</title></head><body>"
            "<ul><li>首页</li><li>政府工作报告</li><li>统计公报</li><li>规划计划</li></ul>"
            "<h1>（陕西省）咸阳市2022年政府工作报告</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>")
    [report] = clean_page(page)
    assert report.title == "（陕西省）咸阳市2022年政府工作报告" and report.paragraphs == paragraphs


def test_a_related_box_between_two_paragraphs_does_not_cut_the_body():
    paragraphs = ["——2024年1月10日在安吉县第十七届人民代表大会第四次会议上", "各位代表：",
                  "现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。",
                  "一、2023年工作回顾",
                  "一年来，全县地区生产总值增长7.1%，财政总收入突破110亿元，城乡居民人均可支配收入分别增长5.2%和7.0%。",
                  "回顾过去一年，我们也清醒看到，全县经济总量和产业能级还不够高，科技创新支撑能力有待增强，我们将认真加以解决。",
                  "二、2024年工作安排",
                  "今年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右，财政总收入增长5.5%，固定资产投资增长8%。"]
    box = "<div><p><strong>延伸阅读</strong></p><p><a href='/1'>一图读懂｜2024年安吉县政府工作报告</a></p></div>"
    page = _article_page("", [], "".join(f"<p>{p}</p>" for p in paragraphs[:5]) + box
                         + "".join(f"<p>{p}</p>" for p in paragraphs[5:]))
    assert clean_page(page)[0].paragraphs == paragraphs


@pytest.mark.parametrize("line, caption", [
    ("图1 2019-2023年地区生产总值", True), ("图2：一般公共预算收入", True),
    ("图书馆新馆建成开放。", False), ("图文并茂宣传政策", False),
])
def test_a_charts_numbered_caption_is_page_furniture(line, caption):
    verdict = classify_line(line)
    assert (verdict is not None and verdict.why == "photo-credit") is caption


@pytest.mark.parametrize("line, why", [
    ("赣江日报　2025-01-16　第03版：两会特刊", "article-info"),   # an e-paper's credit line
    ("第A02版：要闻", "article-info"),                         # its page menu
    ("【推广】宝鸡新房特惠，首付低至10%，点击查看楼盘详情", "promotion"),
    ("追蹤灣區快訊Facebook專頁，掌握大灣區最新動態。", "promotion"),
    ("FacebookWhatsApp複製連結", "share-print"),
    ("（全场热烈掌声）", "transcript-mark"),
    ("【9:03】", "transcript-mark"),
    ("内容概述：", "article-info"),
    ("导读", "editor-note"),
    ("天水日报记者 摄", "photo-credit"),
    ("▲会议现场，代表们认真聆听政府工作报告。", "photo-credit"),
    ("本文根据档案资料录入，如有差错以原件为准。", "disclaimer"),
    ("VIP限时特惠：年卡仅需68元，海量文档免费下", "promotion"),
    ("2015-02-03 · 来源：市政府办公厅 · 阅读 2,318", "article-info"),
])
def test_more_page_lines_of_news_and_portal_sites(line, why):
    assert classify_line(line).why == why


@pytest.mark.parametrize("line", ["（二）掌声响起来", "关注民生，办好十件实事。", "推广应用新技术，第二批试点扩至12个县。"])
def test_report_lines_like_them_stay(line):
    assert classify_line(line) is None


def test_a_print_all_view_of_a_paged_report_is_whole():
    """Both pages of a report shown together (全文 view): the pager, the part
    heading and the jump marks between the parts are the page's, and the text,
    whole from its header to its closing call, is no page of several."""
    paragraphs = seed_body_paragraphs("002") + ["各位代表！让我们团结奋斗，为建设现代化魏都而努力奋斗！"]
    title = "2022年魏都区政府工作报告"
    pager = "<div class='pagebar'>本文共2页：<a href='/a/1.html'>第1页</a> <a href='/a/1_1.html'>第2页</a> <span>全文</span></div>"
    half = len(paragraphs) // 2
    page = (f"<html><head><meta charset='utf-8'><title>{title}（全文打印）-魏都区人民政府</title></head><body>"
            "<div>魏都区人民政府　www.weidu.gov.cn　政务公开 &gt; 政府工作报告</div>"
            f"<h1>{title}</h1><div>发布时间：2022-04-21　　信息来源：区政府办</div>{pager}"
            + "".join(f"<p>{p}</p>" for p in paragraphs[:half]) + "<p>（下转第2页）</p>"
            + f"<div>{title}（2）</div>{pager}<p>（上接第1页）</p>"
            + "".join(f"<p>{p}</p>" for p in paragraphs[half:]) + pager + "</body></html>")
    [report] = clean_page(page, "http://www.weidu.gov.cn/zwgk/a/1_all.html")
    assert report.title == title and report.paragraphs == paragraphs
    assert not report.is_excerpt, report.flags


def test_a_table_of_contents_above_the_report_leaves_its_header_whole():
    """A Word export's 目录 (entries linked to the headings, dot leaders, page
    numbers) between the report's header and its text: page matter, and no
    sidebar that would cut the header off."""
    paragraphs = seed_body_paragraphs("002")
    header, text = paragraphs[:5], paragraphs[5:]
    contents = "<p>目　　录</p>" + "".join(
        f"<p><a href='#_Toc{n}'>{heading}……………………{n}</a></p>"
        for n, heading in enumerate(["一、2021年工作回顾", "二、2022年工作安排", "三、加强政府自身建设"], start=1))
    page = ("<html><head><meta charset='utf-8'><title>政府工作报告</title></head><body>"
            + "".join(f"<p>{p}</p>" for p in header) + contents + "".join(f"<p>{p}</p>" for p in text)
            + "</body></html>")
    [report] = clean_page(page)
    assert report.paragraphs[-len(text):] == text and paragraphs[2] in report.paragraphs
    assert "……" not in report.body and not any(p.startswith("目") for p in report.paragraphs)
    assert report.speaker == "何长成" and report.congress is not None


@pytest.mark.parametrize("quoted", [True, False])
def test_a_blog_post_quoting_the_report_gives_the_quote(quoted):
    """A post quoting the whole report in a <blockquote>, the blogger's words
    before and after it: the quote is the report, its own title line the title.
    The same words with no quote markup stay one text (no guess)."""
    paragraphs = seed_body_paragraphs("002") + ["各位代表！让我们团结奋斗，为建设现代化魏都而努力奋斗！"]
    before = ["前几天区里开人代会，单位群里有人转了政府工作报告的全文，我周末泡了壶茶，从头到尾认真看完了。",
              "先把全文贴在下面，方便大家看，内容一字没改，我的几点感想放在后面。"]
    after = ["好，全文就是这些。下面说说我自己的几点感受，纯属个人看法，欢迎大家拍砖，也欢迎留言讨论。",
             "第一，老旧小区改造这件事，真的值得写进报告，我们小区去年刚改完，住着舒服多了，邻居们都说好。"]
    tag = "blockquote" if quoted else "div"
    # Spam hidden inside a quoted paragraph: the paragraph, made again without it, is still quoted.
    spammed = paragraphs[7][:10] + "<span style='display:none'>澳门新葡京</span>" + paragraphs[7][10:]
    page = ("<html><head><meta charset='utf-8'><title>住在魏都十二年，我认真读完了今年的政府工作报告 – 老周的博客</title>"
            "</head><body><h1>住在魏都十二年，我认真读完了今年的政府工作报告</h1>"
            + "".join(f"<p>{p}</p>" for p in before) + f"<{tag}>"
            + "".join(f"<p>{spammed if n == 7 else p}</p>" for n, p in enumerate(paragraphs)) + f"</{tag}>"
            + "".join(f"<p>{p}</p>" for p in after) + "</body></html>")
    [report] = clean_page(page, "http://blog.example/2022/04/weidu.html")
    if quoted:
        assert report.title == paragraphs[0] and report.paragraphs == paragraphs[1:]
        assert sum(r.why == "commentary" for r in report.removed) == 4
    else:
        assert "纯属个人看法" in report.body


def test_an_article_held_in_a_hidden_textarea_for_a_script_to_show_is_read():
    """A CMS page whose visible markup is an empty box: the article's markup
    sits escaped in a hidden <textarea> a script copies into the box."""
    import html as html_module

    paragraphs = seed_body_paragraphs("002")
    inner = "".join(f"<p style='text-indent:2em'>{p}</p>" for p in paragraphs)
    page = ("<html><head><meta charset='utf-8'><title>2022年魏都区政府工作报告</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/zwgk/'>政务公开</a></div><div id='show'></div>"
            f"<textarea id='content' style='display:none'>{html_module.escape(inner)}</textarea>"
            "<script>document.getElementById('show').innerHTML=document.getElementById('content').value;</script>"
            "</body></html>")
    [report] = clean_page(page, "http://www.weidu.gov.cn/zwgk/1.html")
    assert report.is_report and report.paragraphs[-1] == paragraphs[-1]
    assert "text-indent" not in report.body and "text-from-script" in report.flags
    # A comment form's textarea is no article.
    [empty] = clean_page(page.replace(html_module.escape(inner), "请输入您的留言"), "http://www.weidu.gov.cn/zwgk/1.html")
    assert not empty.is_report


def test_a_listing_page_with_one_long_report_and_two_short_ones_keeps_all_three():
    """The last page of a listing: a 16,000-character report beside two short
    excerpts, each item opening its list item with its title and a site date.
    Not a report page with related teasers: the long one is an item too."""
    long_body = _ITEM_BODY * 40
    short = "各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。过去一年，全市地区生产总值增长5%，一般公共预算收入增长6%。" * 2
    lines = [Line("2022年辽宁省政府工作报告", link_chars=14, item_start=True), Line(long_body), Line("2025-07-02"),
             Line("2023年遵义市政府工作报告", link_chars=14, item_start=True), Line(short), Line("2025-07-06"),
             Line("2024年西夏区政府工作报告", link_chars=14, item_start=True), Line(short), Line("2025-07-08")]
    items = find_listing_items(lines)
    assert [item.title for item in items] == ["2022年辽宁省政府工作报告", "2023年遵义市政府工作报告",
                                              "2024年西夏区政府工作报告"]
    # The same long text as a page's own article (its title opens no list item): one report.
    lines[0] = Line("2022年辽宁省政府工作报告", heading=True)
    assert find_listing_items(lines) is None


def test_a_listing_page_with_a_single_item_keeps_its_report():
    """The last page of a listing holding one item: its one-line body starts
    with the <title>'s words, and is no title for all that."""
    title, body, date = seed_b_items()[0]
    page = ("<html><head><meta charset='utf-8'><title>政府工作报告_第4页_招商网</title></head><body>"
            "<div><a href='/'>首页</a> <a href='/plus/list.php?tid=5'>工作报告</a></div><ul>"
            f"<li><h3><a href='/plus/view.php?aid=9'>{title}</a></h3><div>{title}{body}</div><span>{date}</span></li>"
            "</ul><div>有想补充的信息？<a href='/tougao'>点我投稿</a></div></body></html>")
    [report] = clean_page(page, "http://b.example/plus/list.php?tid=5&PageNo=4")
    assert report.is_report and report.chars > 1000


REPORT_PARAGRAPHS = [
    "各位代表：",
    "现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。",
    "一、2023年工作回顾",
    "过去一年，全县地区生产总值增长6.1%，一般公共预算收入增长5.2%，城乡居民人均可支配收入分别增长4.8%和7.3%。",
    "二、2024年工作安排",
    "今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业3000人以上。",
    "各位代表！让我们在县委的坚强领导下，团结一心，真抓实干，为建设美丽幸福新固始而努力奋斗！",
]


def gushi_page(paragraphs, markup: str = "") -> str:
    """A county portal's page of `paragraphs` under the report's <h1>, `markup`
    (a picture, a caption) standing where a paragraph is None."""
    blocks = "".join(markup if p is None else f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body><h1>固始县2024年政府工作报告</h1>{blocks}</body></html>"


def test_a_contents_box_between_the_header_and_the_text_leaves_the_header_to_the_report():
    """Links that jump within the page (a 目录 of #anchors, 返回顶部 after each
    section) are no text, and the header above them is still the report's."""
    paragraphs = "".join(f"<p>{p}</p>" + ("<p><a href='#top'>返回顶部↑</a></p>" if p.startswith("过去") else "")
                         for p in REPORT_PARAGRAPHS)
    html = ("<html><head><title>固始县2024年政府工作报告_固始县人民政府</title></head><body>"
            "<h1>政府工作报告</h1><p>——2024年1月10日在固始县第十七届人民代表大会第四次会议上</p>"
            "<p>固始县人民政府县长　张伟</p><div>发布时间：2024-01-12　【打印】【关闭】</div>"
            "<div><h3>目　录</h3><ul><li><a href='#p1'>一、2023年工作回顾</a></li>"
            "<li><a href='#p2'>二、2024年工作安排</a></li></ul></div>"
            f"<div id='zoom'>{paragraphs}</div></body></html>")
    [report] = clean_page(html, "http://www.gushi.gov.cn/zfgzbg/1.html")
    assert (report.delivered_on, report.speaker, report.congress_session) == ("2024-01-10", "张伟", 4)
    assert "返回顶部" not in report.body and "目　录" not in report.body
    assert report.body.startswith("——2024年1月10日") and report.body.count("一、2023年工作回顾") == 1
    assert not report.is_excerpt


def test_the_delivery_line_only_an_information_table_gives_is_read():
    rows = [("索引号：", "000014349/2024-1016482"), ("发布机构：", "固始县人民政府办公室"),
            ("标　　题：", "政府工作报告——2024年1月10日在固始县第十七届人民代表大会第四次会议上"),
            ("发布日期：", "2024-01-24")]
    table = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in rows)
    html = (f"<html><body><table>{table}</table><h1>固始县2024年政府工作报告</h1>"
            + "".join(f"<p>{p}</p>" for p in REPORT_PARAGRAPHS) + "</body></html>")
    [report] = clean_page(html, "http://www.gushi.gov.cn/zfgzbg/2.html")
    assert report.title == "固始县2024年政府工作报告"
    assert (report.delivered_on, report.congress_term, report.congress_session) == ("2024-01-10", 17, 4)
    assert "索引号" not in report.body and "标　　题" not in report.body


def test_a_script_rendered_text_stands_under_the_shells_headline():
    import json

    content = "".join(f"<p>{p}</p>" for p in ["政府工作报告", *REPORT_PARAGRAPHS[:4],
                                              *REPORT_PARAGRAPHS[3:4] * 3, *REPORT_PARAGRAPHS[4:]])
    data = json.dumps({"props": {"pageProps": {"article": {"title": "x", "content": content}}}}, ensure_ascii=False)
    html = ("<html><body><h1>固始县2024年政府工作报告</h1><div id='content'></div><p>内容加载中…</p>"
            f"<script id='__NEXT_DATA__' type='application/json'>{data}</script></body></html>")
    [report] = clean_page(html, "http://news.example.com/a/1.html")
    assert "text-from-script" in report.flags
    assert report.title == "固始县2024年政府工作报告" and report.body.startswith("政府工作报告\n\n各位代表")


def test_a_markdown_file_shown_raw_reads_as_its_text():
    """A text archive's raw view of a .md file: heading, quote and bold marks,
    rules and hard wraps are not the report's characters."""
    wrapped = ["# 汉滨区2025年政府工作报告", "", "> 2025年3月21日在汉滨区第十九届", "> 人民代表大会第四次会议上",
               "> 汉滨区人民政府代区长　向诗兵", "", "各位代表：", "",
               "现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席", "人员提出意见。", "",
               "## 一、过去一年工作回顾", "",
               "**（一）坚持项目支撑、招商赋能，经济基础更加坚实。**深化“四个一批”", "项目管理，158个重点项目完成投资189.4亿元，99个项目建成投用。", "",
               *REPORT_PARAGRAPHS[3:4] * 3, "", REPORT_PARAGRAPHS[-1], "", "---", ""]
    html = ("<html><head><title>汉滨区2025年政府工作报告.md · 文本库</title></head><body>"
            "<pre>" + "\n".join(wrapped).replace(">", "&gt;") + "</pre></body></html>")
    [report] = clean_page(html, "http://texts.example.org/hanbin-2025.html")
    assert report.title == "汉滨区2025年政府工作报告"
    assert (report.delivered_on, report.speaker, report.speaker_title) == ("2025-03-21", "向诗兵", "代区长")
    assert "（一）坚持项目支撑、招商赋能，经济基础更加坚实。深化“四个一批”" in report.body
    assert not any(mark in report.body for mark in ("#", "**", "> ", "---"))


@pytest.mark.parametrize("after", [
    # an e-paper page's next article: its headline, then its dateline
    ["4月初我州将迎来一次明显降雨过程", "本报讯（记者 罗静）记者从州气象台获悉，受冷空气和西南暖湿气流共同影响，4月1日至3日我州将有一次明显降雨过程。"],
    # the mayor's press conference linked under the report
    ["【链接】张伟县长就《政府工作报告》答记者问", "1月10日下午，县十七届人大四次会议闭幕后，县长张伟与记者见面，回答记者提问。",
     "固始日报记者：报告提出坚持工业强县，今年有哪些新举措？", "谢谢你的提问。今年我们将围绕主导产业，全年新增规上工业企业50家以上。"],
])
def test_another_article_after_the_closing_call_is_not_the_reports(after):
    [report] = clean_page(gushi_page(REPORT_PARAGRAPHS + after), "http://epaper.example.com/html/2024-01/12/content_1.htm")
    assert report.body.endswith("而努力奋斗！")
    assert not report.is_excerpt


def test_a_topic_pages_blurbs_above_the_breadcrumb_are_not_the_reports():
    blurbs = ["数读2024：关键词、硬指标、暖民生，长图带你快速了解固始这一年。", "十件民生实事，件件与你有关。"]
    html = ("<html><body><h2>聚焦2024固始两会</h2>" + "".join(f"<p>{b}</p>" for b in blurbs)
            + "<div>当前位置：聚焦2024固始两会 &gt; 报告全文</div><h1>2024年固始县政府工作报告</h1>"
            + "".join(f"<p>{p}</p>" for p in REPORT_PARAGRAPHS) + "</body></html>")
    [report] = clean_page(html, "http://www.gushi.gov.cn/zt/2024lh/bgqw.html")
    assert report.title == "2024年固始县政府工作报告" and report.body.startswith("各位代表")
    assert not any(blurb in report.body for blurb in blurbs)


def test_news_of_the_opening_over_the_full_text_is_no_title():
    news = ["1月10日上午，固始县第十七届人民代表大会第四次会议隆重开幕。县长张伟作政府工作报告。",
            "附：政府工作报告全文"]
    header = ["政府工作报告", "——2024年1月10日在固始县第十七届人民代表大会第四次会议上"]
    html = ("<html><body><h1>凝心聚力开新局 县十七届人大四次会议隆重开幕 张伟作政府工作报告</h1>"
            + "".join(f"<p>{p}</p>" for p in news + header + REPORT_PARAGRAPHS) + "</body></html>")
    [report] = clean_page(html, "http://www.gushinews.cn/2024/0110/1.html")
    assert report.is_report and report.title == "政府工作报告" and report.place == "固始县"
    assert report.body.startswith("——2024年1月10日") and "隆重开幕" not in report.body


def test_a_papers_compilation_of_excerpts_gives_one_report_each():
    """各县区政府工作报告摘登: each excerpt under its own heading and source line."""
    items = [
        ("甘谷县：壮大“一城两园” 建设陇东南商贸物流重镇",
         "——摘自2024年1月5日县长孙忠平在甘谷县第十八届人民代表大会第三次会议上所作的政府工作报告",
         ["过去的一年，我们坚持稳中求进工作总基调，全力以赴稳增长、抓项目、惠民生，全县地区生产总值增长6.8%。",
          "项目建设多点突破，全年实施500万元以上项目142个，引洮二期配套城乡供水工程全面完工，新增城镇就业5600人。",
          "新的一年，我们将围绕“一城两园”空间布局，加快西城区开发和物流园区建设，生产总值增长7%左右。"]),
        ("秦安县：做强“三大产业” 打造县域经济新引擎", "——摘自秦安县2024年政府工作报告",
         ["2023年，全县以果品、小商品、纺织服装三大产业为支撑，产业发展取得新突破，果品产业综合产值达到85亿元。",
          "2024年，我们将坚持“果业立县、工业强县、商贸活县”发展思路，推进苹果、桃等果品提质增效，新建果园2万亩。",
          "全年计划实施重点项目120个以上，确保完成投资60亿元，以项目大突破带动县域经济大发展。"]),
    ]
    body = "".join(f"<p>{heading}</p><p>{source}</p>" + "".join(f"<p>{p}</p>" for p in paragraphs)
                   for heading, source, paragraphs in items)
    html = (f"<html><body><h1>各县区政府工作报告摘登</h1><p>编者按：连日来，我市各县区相继召开人民代表大会会议，"
            f"审议通过了政府工作报告。本报今起摘登各县区政府工作报告，以飨读者。</p>{body}"
            "<p>（本报记者　王静　整理）</p><p>下期将摘登秦州区、清水县政府工作报告，敬请关注。</p></body></html>")
    reports = clean_page(html, "http://szb.tianshuiwang.com/html/2024-01/12/content_1.htm")
    assert [(r.title, r.county, r.is_report, r.is_excerpt) for r in reports] == [
        (items[0][0], "甘谷县", True, True), (items[1][0], "秦安县", True, True)]
    assert (reports[0].delivered_on, reports[0].speaker, reports[0].speaker_title) == ("2024-01-05", "孙忠平", "县长")
    assert reports[1].body.endswith("带动县域经济大发展。")


def test_a_traditional_copys_header_is_the_reports_header():
    """政府工作報告 / ——…在…會議上 / 市長 某某 are header lines whatever the characters,
    so a paper's lead closing with 全文刊發如下 over them is the paper's."""
    from cleaning.paragraphs import is_header_line

    assert is_header_line("政府工作報告") and is_header_line("東莞市人民政府市長　呂成蹊")
    assert is_header_line("——2024年1月31日在東莞市第十七屆人民代表大會第四次會議上")


def test_a_print_outs_running_title_is_page_matter():
    page_break = ["1/2", "2024/2/15 下午3:42", "固始县2024年政府工作报告_固始县人民政府"]
    lines = ["固始县2024年政府工作报告_固始县人民政府", "固始县2024年政府工作报告",
             *REPORT_PARAGRAPHS[:4], *page_break, *REPORT_PARAGRAPHS[4:], "2/2"]
    html = ("<html><head><title>固始县2024年政府工作报告_固始县人民政府</title></head><body>"
            + "".join(f"<div>{line}</div>" for line in lines) + "</body></html>")
    [report] = clean_page(html, "http://www.gushi.gov.cn/1.html")
    assert "_固始县人民政府" not in report.body and report.body.endswith("而努力奋斗！")


def test_an_index_of_several_years_reports_is_no_report():
    rows = "".join(f"<li><a href='/zfgzbg/{year}.html'>{year}年江阴市政府工作报告</a><span>{year}-01-1{year % 10}</span>"
                   f"<p>回顾{year - 1}年工作，全市地区生产总值增长{year % 7 + 3}%，一般公共预算收入稳步增长；"
                   f"部署{year}年产业强市、城市提质、民生优先等方面的重点工作，提出主要预期目标。</p></li>"
                   for year in range(2024, 2014, -1))
    html = f"<html><head><title>历年政府工作报告_江阴市人民政府</title></head><body><h1>历年政府工作报告</h1><ul>{rows}</ul></body></html>"
    [report] = clean_page(html, "http://www.jiangyin.gov.cn/zfgzbg/index.html")
    assert (report.is_report, report.reason) == (False, "index-page: 历年报告列表")


def test_a_report_inside_an_iframe_srcdoc_is_read():
    import html as html_module

    inner = ("<html><body><p>政府工作报告</p><p>——2024年1月10日在固始县第十七届人民代表大会第四次会议上</p>"
             + "".join(f"<p>{p}</p>" for p in REPORT_PARAGRAPHS[:4] + REPORT_PARAGRAPHS[3:4] * 3 + REPORT_PARAGRAPHS[4:])
             + "</body></html>")
    page = ("<html><body><h1>固始县2024年政府工作报告</h1><div>发布时间：2024-01-12</div>"
            f"<iframe srcdoc=\"{html_module.escape(inner)}\" width='100%'></iframe></body></html>")
    [report] = clean_page(page, "http://www.gushi.gov.cn/xxgk/1.html")
    assert report.is_report and report.delivered_on == "2024-01-10"
    assert report.body.endswith("而努力奋斗！")


def test_a_layout_tables_side_labels_are_not_the_reports():
    rows = [("一、回顾", "一、2023年工作回顾"), *[("一、回顾", p) for p in REPORT_PARAGRAPHS[3:4] * 3],
            ("二、安排", "二、2024年工作安排"), ("二、安排", REPORT_PARAGRAPHS[5]), ("", REPORT_PARAGRAPHS[6])]
    table = "".join(f"<tr><td width='60'>{label}</td><td>{text}</td></tr>" for label, text in rows)
    html = (f"<html><body><h1>固始县2024年政府工作报告</h1><p>各位代表：</p><p>{REPORT_PARAGRAPHS[1]}</p>"
            f"<table>{table}</table></body></html>")
    [report] = clean_page(html, "http://www.gushi.gov.cn/2.html")
    paragraphs = report.body.split("\n\n")
    assert "一、回顾" not in paragraphs and "二、安排" not in paragraphs
    assert "一、2023年工作回顾" in paragraphs and "二、2024年工作安排" in paragraphs


def test_a_pictures_caption_inside_the_text_is_not_the_reports():
    html = gushi_page([*REPORT_PARAGRAPHS[:4], None, "代表认真审议政府工作报告", *REPORT_PARAGRAPHS[4:]],
                      markup="<p><img src='/upload/2024/01/a.jpg'></p>")
    [report] = clean_page(html, "http://www.gushi.gov.cn/3.html")
    assert "代表认真审议政府工作报告" not in report.body
    assert "二、2024年工作安排" in report.body.split("\n\n")


@pytest.mark.parametrize("marks, partial", [
    (("（上接第1版）", ""), True),            # the text starts on another page
    (("", "（下转第2版）"), True),            # and goes on on another
    (("", ""), False),
])
def test_a_newspapers_continuation_marks_at_the_texts_ends_make_it_partial(marks, partial):
    opening, closing = marks
    # Page 2 of the paper opens mid-report with its mark; page 1 ends with one.
    start = 3 if opening else 0
    paragraphs = [opening + REPORT_PARAGRAPHS[start], *REPORT_PARAGRAPHS[start + 1:-1],
                  REPORT_PARAGRAPHS[-1] + closing]
    [report] = clean_page(gushi_page(paragraphs), "http://epaper.example.com/2.htm")
    assert "上接" not in report.body and "下转" not in report.body
    assert ("excerpt:continued-on-another-page" in report.flags) == partial


def test_word_comment_anchors_and_the_comments_are_not_the_reports():
    paragraphs = [*REPORT_PARAGRAPHS[:3], REPORT_PARAGRAPHS[3].replace("增长6.1%", "增长6.1%[批注1]"),
                  *REPORT_PARAGRAPHS[4:], "[批注1]数据以县统计局1月6日快报为准，定稿前请再次核对。"]
    [report] = clean_page(gushi_page(paragraphs), "http://www.gushi.gov.cn/4.html")
    assert REPORT_PARAGRAPHS[3] in report.body
    assert "批注" not in report.body and "快报为准" not in report.body


def test_a_papers_words_between_the_speaker_line_and_the_address_are_the_papers():
    header = ["政府工作報告（摘要）", "——二〇二五年二月二十日在珠海市第十屆人民代表大會第五次會議上", "珠海市代市長 吳澤桐",
              "【本報消息】珠海市第十屆人民代表大會第五次會議二十日開幕，代市長吳澤桐向大會作政府工作報告。現將報告摘要刊登如下："]
    html = ("<html><body>" + "".join(f"<p>{p}</p>" for p in header + REPORT_PARAGRAPHS) + "</body></html>")
    [report] = clean_page(html, "http://www.macaodaily.com/html/2025-02/21/content_1.htm")
    assert "本報消息" not in report.body and "刊登如下" not in report.body
    assert report.speaker == "吳澤桐"


def test_a_notice_over_the_report_and_a_bare_appendix_label_under_it():
    notice = ["汝城县第十八届人民代表大会第四次会议主席团公告（第1号）",
              "汝城县第十八届人民代表大会第四次会议于2023年12月18日在县人民会堂开幕。本次会议应到代表210名，实到代表203名，符合法定人数。",
              "汝城县第十八届人民代表大会第四次会议主席团　2023年12月18日",
              "政府工作报告", "——2023年12月18日在汝城县第十八届人民代表大会第四次会议上"]
    rows = [cell for n in range(1, 31) for cell in (str(n), f"民生项目{n}", f"新建改扩建项目{n}个，惠及群众{n * 100}户。", "县直有关单位")]
    html = gushi_page([*notice, *REPORT_PARAGRAPHS, "附件", "2024年为民办实事项目", "序号", "项目", "内容", "责任单位", *rows])
    [report] = clean_page(html, "http://www.rucheng.gov.cn/1.html")
    assert "主席团公告" not in report.body and "实到代表" not in report.body
    assert report.body.endswith("县直有关单位") and "新建改扩建项目30个" in report.body
    assert not report.is_excerpt


def test_a_text_split_over_a_forum_posters_two_posts_is_one_report():
    """A forum's length limit splits a long repost over the poster's posts
    (…（接上楼）…): one text, without the signature and post furniture between;
    a reply quoting the second post joins nothing."""
    first = "".join(f"<p>（{n}）第{n}项工作扎实推进，全年完成投资{n}0亿元，增长{n}.5%，群众满意度明显提升。</p>"
                    for n in "一二三")
    second = "".join(f"<p>（{n}）第{n}项任务全面完成，新增就业{n}千人，惠及群众{n}万余人，得到社会各界充分肯定。</p>"
                     for n in "四五六")
    html = ("<html><head><title>某区2024年政府工作报告 - 论坛</title></head><body>"
            "<table><tr><td class='t_f'><h1>某区2024年政府工作报告</h1><p>各位代表：</p>"
            "<p>现在，我代表区人民政府，向大会报告工作，请予审议。</p>" + first +
            "</td></tr></table><div class='sign'>江城论坛 —— 吉林市人自己的网上家园</div>"
            "<div><a href='#'>回复</a> <a href='#'>使用道具</a> <a href='#'>举报</a></div>"
            "<div>江城老王</div><div>论坛元老</div><div>沙发</div><div>发表于 2024-1-9 08:41 | 只看该作者</div>"
            "<table><tr><td class='t_f'><p>（接上楼）</p>" + second +
            "<p>让我们团结一心，为建设美好新城区而努力奋斗！</p></td></tr></table>"
            "<div>板凳 发表于 2024-1-9 10:05</div><blockquote>江城老王 发表于 2024-1-9 08:41<br>（接上楼）<br>"
            "（四）第四项任务全面完成 ...</blockquote><p>顶一个，楼主辛苦！收藏了慢慢看</p></body></html>")
    report = clean_page(html, url="http://bbs.example/thread-1-1-1.html")[0]
    assert "（一）第一项工作" in report.body and "（六）第六项任务" in report.body
    assert "努力奋斗！" in report.body and not report.is_excerpt
    for furniture in ("江城论坛", "论坛元老", "沙发", "只看该作者", "接上楼", "楼主辛苦"):
        assert furniture not in report.body


def _report_page(header: str, text: str, after: str = "") -> str:
    return ("<html><head><title>某县2025年政府工作报告_某县人民政府</title></head><body>"
            "<h1>某县2025年政府工作报告</h1>" + header + "<p>政府工作报告</p>"
            "<p>——2025年1月8日在某县第十八届人民代表大会第四次会议上</p><p>县长　张明</p>"
            "<p>各位代表：</p>" + text + after + "</body></html>")


_REPORT_TEXT = ("<p>现在，我代表县人民政府，向大会报告工作，请予审议。</p><p>一、2024年工作回顾</p>"
                "<p>全县地区生产总值增长6%，一般公共预算收入增长5%，城乡居民收入稳步增长。</p>"
                "<p>二、2025年工作安排</p><p>今年主要预期目标是：地区生产总值增长6%左右。</p>"
                "<p>各位代表，让我们团结一心，为建设美丽新某县而努力奋斗！</p>")


def test_a_players_caption_over_the_reports_header_is_the_pages():
    # A digital presenter's subtitle and a video's caption stand over the report's whole header.
    header = ("<div>大家好，我是数字人主播，下面为您播报2025年某县政府工作报告要点。</div>"
              "<div>本视频由AI数字人生成 · 某县融媒体中心技术支持</div>")
    report = clean_page(_report_page(header, _REPORT_TEXT), url="http://www.example.gov.cn/a.html")[0]
    assert report.body.startswith("政府工作报告") and "数字人" not in report.body
    assert not report.is_excerpt


def test_an_ai_assistants_answer_under_the_report_is_the_pages():
    after = ("<div>某县政务AI助手DeepSeek</div><p>问：2025年某县GDP增长目标是多少？</p>"
             "<p>答：根据2025年某县政府工作报告，全县地区生产总值预期增长6%左右。</p>"
             "<p>以上回答由AI生成，仅供参考</p>")
    report = clean_page(_report_page("", _REPORT_TEXT, after), url="http://www.example.gov.cn/a.html")[0]
    assert report.body.rstrip().endswith("而努力奋斗！") and "AI" not in report.body


def test_a_text_with_its_omissions_marked_is_an_excerpt():
    text = _REPORT_TEXT.replace("<p>二、2025年工作安排</p>", "<p style='text-align:center'>……</p><p>二、2025年工作安排</p>")
    report = clean_page(_report_page("", text), url="http://www.example.gov.cn/a.html")[0]
    assert report.is_excerpt and "excerpt:omissions-marked" in report.flags


def test_a_title_saying_it_is_an_excerpt_stays_the_title_and_marks_the_text():
    page = _report_page("", _REPORT_TEXT).replace("<h1>某县2025年政府工作报告</h1>", "<h1>政府工作报告（节选）</h1>")
    report = clean_page(page, url="http://www.example.gov.cn/a.html")[0]
    assert report.title == "政府工作报告（节选）" and report.is_excerpt


def test_a_wechat_articles_account_is_its_site():
    page = ('<html><head><meta property="og:article:author" content="湄潭发布"><title>重磅！</title></head>'
            '<body>' + _REPORT_TEXT + '</body></html>')
    from cleaning.extract import extract_report, government_account
    from cleaning.render import render
    assert render(page).author_meta == "湄潭发布"
    assert extract_report(render(page)).site_name == "湄潭发布"
    assert government_account("张三") is None and government_account("新华社记者") is None


def test_a_text_renderings_site_logo_line_is_no_title():
    text = ("宜昌市人民政府\n\n首页 政务公开 政务服务 互动交流\n\n当前位置：首页 > 政务公开 > 政府工作报告\n\n"
            "政府工作报告\n\n——2023年1月9日在宜昌市第八届人民代表大会第三次会议上\n\n宜昌市市长　陈立新\n\n各位代表：\n\n"
            "　　现在，我代表市人民政府，向大会报告工作，请予审议。\n\n　　一、2022年工作回顾\n\n"
            + "".join(f"　　（{n}）第{n}项工作扎实推进，全年完成投资{n}0亿元，增长{n}.5%，产业结构持续优化，群众获得感明显增强。\n\n"
                      for n in "一二三四五六")
            + "　　各位代表，让我们团结一心，为建设现代化宜昌而努力奋斗！\n\n网站地图 | 联系我们\n")
    report = clean_page(text, url="http://www.yichang.gov.cn/a.txt", content_type="text/plain; charset=utf-8")[0]
    assert report.title == "政府工作报告" and report.place == "宜昌市"


def test_a_paged_copys_word_that_the_text_goes_on_makes_it_an_excerpt():
    # The first page of a paged copy ends on a whole sentence; its 未完 says the rest is elsewhere.
    after = "<p>（未完，请看下一页）</p><p><a href='a_2.html'>下一页：二、2025年工作安排</a></p>"
    text = _REPORT_TEXT.split("<p>二、")[0]
    report = clean_page(_report_page("", text, after), url="http://www.example.gov.cn/a.html")[0]
    assert report.is_excerpt and "未完" not in report.body
    assert [r.why for r in report.removed if "未完" in r.what] == ["excerpt-notice"]


def test_a_listing_items_link_to_the_rest_of_its_text_is_no_text():
    item = ('<li><h3><a href="/info/{n}">2025年某{n}县政府工作报告</a></h3><div>2025年1月8日在某{n}县第十八届人民代表大会'
            '第四次会议上 县长张明 各位代表：现在，我代表县人民政府，向大会报告工作，请予审议。一、2024年工作回顾 '
            + "全县地区生产总值增长6%，一般公共预算收入增长5%，城乡居民收入稳步增长。" * 12
            + ' <span>……</span><a href="/info/{n}">[展开全文]</a></div><span>2025-07-02</span></li>')
    page = "<html><body><ul>" + "".join(item.replace("{n}", n) for n in ("甲", "乙", "丙")) + "</ul></body></html>"
    reports = clean_page(page, url="http://www.example.com/list_2.html")
    assert len(reports) == 3
    for report in reports:
        assert "展开全文" not in report.body and report.body.rstrip().endswith("稳步增长。")
        assert report.is_excerpt


def test_a_note_under_the_links_to_the_previous_and_next_articles_is_the_sites():
    # An archive's note on renamed places stands under 上一篇/下一篇, below the closing call.
    after = ("<p><a href='javascript:window.print()'>【打印此页】</a>　<a href='javascript:window.close()'>【关闭窗口】</a></p>"
             "<p>上一篇：<a href='2024.html'>2024年某县政府工作报告</a></p><p>下一篇：<a href='2026.html'>2026年某县政府工作报告</a></p>"
             "<p>注：2010年11月，经国务院批准，某县撤县设区。本栏目所收历年报告保留原文地名。</p>")
    report = clean_page(_report_page("", _REPORT_TEXT, after), url="http://www.example.gov.cn/a.html")[0]
    assert report.body.rstrip().endswith("而努力奋斗！") and "本栏目" not in report.body


@pytest.mark.parametrize("after", [
    # a blog's note on its copy, view counter and tip jar
    "<p><span style='color:#999'>（根据县两会现场发放材料整理，个别文字如有出入，以官方公布稿为准。）</span></p>"
    "<div>阅读(1,024)</div><div><a href='javascript:;'>赏</a></div>"
    "<p>如果觉得我的文章对您有用，请随意打赏。您的支持将鼓励我继续创作！</p>",
    # a reposter's word under a rule
    "<p>——————</p><p>以上为报告全文，转自某县人民政府网。喜欢的朋友记得点赞关注哦，后续还会整理各县区的报告。</p>",
])
def test_a_reposters_words_under_the_closing_call_are_no_report(after):
    report = clean_page(_report_page("", _REPORT_TEXT, after), url="http://blog.example.com/archives/1287")[0]
    assert report.body.rstrip().endswith("而努力奋斗！") and not report.is_excerpt


@pytest.mark.parametrize("line", ["我们喜欢的不是口号，要记得关注群众需求。", "群众觉得有用的服务，我们要记得关注、持续推广。",
                                  "各项数据以统计部门正式公布数据为准。"])
def test_report_sentences_with_a_reposters_words_stay(line):
    assert classify_line(line) is None


def test_a_one_line_ad_slot_between_two_paragraphs_does_not_cut_the_text_above_it():
    # A content farm sets 【推荐阅读】 and a casino's link text between two paragraphs, far from a heading.
    paragraphs = seed_body_paragraphs("000")
    middle = next(i for i in range(len(paragraphs) // 3, len(paragraphs) - 3)
                  if ends_sentence(paragraphs[i - 1]) and not is_heading(paragraphs[i + 3])
                  and all(len(p) >= 30 and ends_sentence(p) for p in paragraphs[i:i + 3]))
    body = "".join(f"<p>{p}</p>" for p in paragraphs[:middle]) + "<p>【推荐阅读】乐鱼体育app官网下载_正规彩票平台_注册即送88元彩金</p>" \
        + "".join(f"<p>{p}</p>" for p in paragraphs[middle:])
    [report] = clean_page(_article_page("", [], body))
    assert [normalised(p) for p in report.paragraphs] == [normalised(p) for p in paragraphs]
    assert "推荐阅读" not in report.body and "彩金" not in report.body


def test_a_touts_bracketed_aside_goes_whole():
    text, removed = remove_spam("主要预期目标是：生产总值增长7%左右。（彩票内部计划、体育app下载请加微信：hlzx2020）")
    assert text == "主要预期目标是：生产总值增长7%左右。" and removed
    assert remove_spam("开发全民健身体育APP，推广智慧体育app，完善体育公园计划。") == (
        "开发全民健身体育APP，推广智慧体育app，完善体育公园计划。", [])


@pytest.mark.parametrize("note", ["（本页缓存内容不完整，剩余部分未能抓取）", "【剩余内容未能加载】"])
def test_a_mirrors_word_that_its_copy_is_incomplete_marks_an_excerpt(note):
    cut = _REPORT_TEXT.split("<p>二、")[0]
    report = clean_page(_report_page("", cut, f"<p>……</p><p>{note}</p>"), url="http://cache.example.com/1")[0]
    assert report.is_excerpt and "抓取" not in report.body and "加载" not in report.body


def test_a_scrapers_note_over_the_text_it_printed_twice_is_no_report():
    twice = _REPORT_TEXT + "<p>—— 以下内容转载自某县人民政府门户网站 ——</p><p>政府工作报告</p>" + _REPORT_TEXT
    report = clean_page(_report_page("", twice), url="http://blog.example.com/archives/1")[0]
    assert "转载自" not in report.body and report.body.rstrip().endswith("而努力奋斗！")
    assert not report.is_excerpt


@pytest.mark.parametrize("text, partial", [
    (_REPORT_TEXT, False),                                   # the preview holds the whole text
    (_REPORT_TEXT.split("<p>二、")[0], True),                # it stops after the first part
])
def test_a_preview_gate_under_a_whole_text_marks_no_excerpt(text, partial):
    after = "<div>— 预览已结束，完整文档请下载 —</div><div><a href='/down/1'>立即下载（3积分）</a></div>"
    report = clean_page(_report_page("", text, after), url="http://www.doc.example.com/p/119873.html")[0]
    assert report.is_excerpt is partial and "预览" not in report.body


def test_an_app_shells_data_title_stands_over_a_text_headed_only_by_the_genre():
    """The shell shows no heading; the data gives the article's title beside its text."""
    import json

    content = "".join(f"<p>{p}</p>" for p in ["政府工作报告", *FAMILY_BODY])
    state = json.dumps({"detail": {"title": "芜湖市2023年政府工作报告", "publishTime": "2023-01-12", "content": content},
                        "recommend": [{"title": "芜湖市召开人代会", "summary": "会议听取政府工作报告。"}]},
                       ensure_ascii=False).replace("<", "\\u003c")
    page = (f"<html><head><title>某某新闻</title></head><body><div id='app'>加载中…</div>"
            f"<script>window.__INITIAL_STATE__={state};</script></body></html>")
    [report] = clean_page(page, "https://h5.example.com/detail/1")
    assert "text-from-script" in report.flags and report.title == "芜湖市2023年政府工作报告"


@pytest.mark.parametrize("title_tag", ["芜湖市2023年政府工作报告 - 某某新闻", "某某新闻"])
def test_an_app_shells_data_title_the_title_tag_repeats_stands_over_a_text_headed_only_by_the_genre(title_tag):
    import json

    content = "".join(f"<p>{p}</p>" for p in ["政府工作报告", *FAMILY_BODY])
    state = json.dumps({"detail": {"title": "芜湖市2023年政府工作报告", "content": content},
                        "hot": [{"title": "春运首日发送旅客1.2万人次"}]}, ensure_ascii=False).replace("/", "\\/")
    page = (f"<html><head><title>{title_tag}</title></head><body><div id='app'>内容加载中…</div>"
            f"<script>window.__INITIAL_STATE__={state};</script></body></html>")
    [report] = clean_page(page, "https://h5.example.com/detail/1")
    assert report.title == "芜湖市2023年政府工作报告"


def test_a_table_cell_of_running_text_takes_in_the_next_cell_but_no_more():
    """A long cell with a comma reads as a sentence cut by a break and takes the
    next cell in; the cells after that are no part of its sentence."""
    lines = ["建设社区嵌入式养老服务机构20个，为1万名特殊困难老年人开展居家适老化改造和探访关爱",
             "市民政局", "4", "就业创业帮扶"]
    assert join_broken_lines(lines) == [lines[0] + lines[1], "4", "就业创业帮扶"]


@pytest.mark.parametrize("text, title", [
    ("市政府办公室", False), ("县人民政府办公室", False), ("政府值班室：0717-4221234", False),
    ("市政府研究室", False), ("2024年市政府工作报告", True), ("关于市政府办公室工作情况的报告", True),
    ("政府工作报告", True),
])
def test_an_office_or_a_labelled_phone_number_is_no_document_title(text, title):
    from cleaning.extract import is_document_title

    assert is_document_title(text) is title
