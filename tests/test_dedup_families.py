"""End to end: copies of one report in many page families merge; other reports never do.

One real-length report (a replica-corpus original, ~14,000 characters, with its
delivery line, speaker and address) is rendered the way different kinds of site
publish it: a government CMS page (GBK), a news mirror (lead, 原标题, a spam line),
a traditional-character copy in UTF-8 (Hong Kong forms) and one in Big5 with no
charset (Taiwan phrasing), a WeChat repost, a PDF text layer hard-wrapped with page
numbers, a pdf2htmlEX page, a Word export, a mirror holding the text twice, a
listing item with the body on one line (beside another place's report), a summary
of its first third, an abridged text and a copy split over two pages (imported
files are separate documents, so each half is an excerpt). Beside them: the same
place's report of the next year (new delivery line, a third of the text rewritten)
with a traditional copy of it, and another place's report. The files go through
the real CLI (`baogao import`, `baogao build`), and reports.db is checked.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import opencc
import pytest
import sqlite_utils

from replica.synthetic import make_original, places
from tests.conftest import run_baogao

YEAR = 2022
PAGE_FILES = {
    "gov_cms": "gov_cms.html",
    "news_mirror": "news_mirror.html",
    "traditional": "traditional.html",
    "big5": "big5_no_charset.html",
    "wechat": "wechat.html",
    "pdf_wrapped": "pdf_wrapped.html",
    "listing": "listing_item.html",
    "excerpt": "summary.html",
    "split_1": "split.html",
    "split_2": "split_2.html",
    "pdf2htmlex": "pdf2htmlex.html",
    "word_export": "word_export.htm",
    "twice": "mobile_twice.html",
    "abridged": "abridged.html",
}
OTHER_FILES = {"next_year": "next_year.html", "next_year_traditional": "next_year_hk.html",
               "other_place": "other_place.html"}
# Copies whose cleaned text is the whole report, clean: any may be canonical.
CLEAN_FULL = {"gov_cms", "news_mirror", "wechat", "pdf_wrapped", "listing", "pdf2htmlex",
              "word_export", "twice"}
# Shorter than the report: excerpts of it.
PARTIAL = {"excerpt", "split_1", "split_2", "abridged"}


def _place(name: str):
    return next(p for p in places() if p.name == name and p.level == "prefecture")


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _paras(paragraphs, indent: str = "　　") -> str:
    return "".join(f"<p>{indent}{_e(p)}</p>\n" for p in paragraphs)


def _parts(paragraphs):
    """(restated title, delivery line, speaker line, the rest) of an original."""
    return paragraphs[0], paragraphs[1], paragraphs[2], list(paragraphs[3:])


def gov_cms(paragraphs, name: str) -> bytes:
    """A county/city portal: table layout, nbsp indents and <br> lines, GB2312 declared."""
    _, delivery, speaker, rest = _parts(paragraphs)
    lines = "".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{_e(p)}<br>\n" for p in [delivery, speaker, *rest])
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        f"<title>{name}{YEAR}年政府工作报告</title></head><body>\n"
        f'<table width="1000"><tr><td class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a>'
        ' | <a href="/zwfw/">政务服务</a> | <a href="/hdjl/">互动交流</a></td></tr></table>\n'
        '<table width="1000"><tr><td>当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a>'
        " &gt; 政府工作报告</td></tr></table>\n"
        f'<table width="100%"><tr><td align="center"><b>{name}{YEAR}年政府工作报告</b></td></tr>\n'
        f'<tr><td align="center">发布时间：{YEAR}-01-20　来源：市政府办公室　浏览次数：1296</td></tr>\n'
        '<tr><td align="right">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>\n'
        f'<tr><td><div id="zoom">\n{lines}</div></td></tr>\n'
        '<tr><td align="right">【打印本页】　【关闭窗口】</td></tr></table>\n'
        f'<div class="foot">主办：{name}人民政府办公室　网站标识码：1302000001　冀ICP备05012345号</div>\n'
        "</body></html>\n")
    return page.encode("gbk")


def news_mirror(paragraphs, name: str, short: str) -> bytes:
    """A news site's repost: its own headline, a lead, 原标题, a spam line inside the text."""
    _, delivery, speaker, rest = _parts(paragraphs)
    spam = "澳门新葡京官网 注册即送88元彩金 www.xpj8866.com 信誉第一 秒到账"
    body = list(rest)
    body.insert(len(body) // 2, spam)
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{short}市政府工作报告全文来了！'
        "今年这样干-新闻中心-燕赵资讯网</title></head><body>\n"
        '<div class="nav"><a href="/">首页</a> | <a href="/news/">新闻中心</a> | <a href="/hebei/">河北</a></div>\n'
        f"<h1>{short}市政府工作报告全文来了！今年这样干</h1>\n"
        f'<div class="info">{YEAR}-01-21 10:05　来源：{short}日报　浏览量：3521</div>\n'
        '<div class="content">\n'
        f"<p>　　1月7日，{name}第十届人民代表大会第三次会议开幕，市长代表市人民政府作政府工作报告。"
        "报告回顾了过去一年的工作，部署了今年的重点任务。以下为报告全文。</p>\n"
        f"<p>原标题：{YEAR}年{name}政府工作报告</p>\n"
        f"<p>{_e(delivery)}</p>\n<p>{_e(speaker)}</p>\n"
        + "".join(f"<p>{_e(p)}</p>\n" if p == spam else f"<p>　　{_e(p)}</p>\n" for p in body)
        + "</div>\n"
        f'<div class="statement">（来源：{short}日报）<br>声明：本文转载自其他媒体，转载目的在于传递更多信息，'
        "并不代表本网赞同其观点和对其真实性负责。</div>\n"
        '<div class="foot">燕赵资讯网版权所有</div></body></html>\n')
    return page.encode("utf-8")


def traditional(paragraphs, name: str, converter: str) -> str:
    """A Hong Kong / Taiwan site's copy in traditional characters (markup still to be encoded)."""
    convert = opencc.OpenCC(converter).convert
    _, delivery, speaker, rest = _parts(paragraphs)
    title = convert(f"{name}{YEAR}年政府工作報告")
    return (
        f"<html><head><title>{title}｜兩岸經濟網</title></head><body>\n"
        '<div class="menu"><a href="/">首頁</a> <a href="/mainland/">大陸</a> <a href="/economy/">經濟</a></div>\n'
        f"<h1>{title}</h1>\n<div class=\"date\">{YEAR}-01-22</div>\n<div class=\"article\">\n"
        + _paras([convert(p) for p in [delivery, speaker, *rest]])
        + "</div>\n<div class=\"foot\">版權所有 不得轉載</div></body></html>\n")


def wechat(paragraphs, name: str, short: str) -> bytes:
    """A WeChat account's repost: follow prompt, lead, centred header, editor lines, share bar."""
    _, delivery, speaker, rest = _parts(paragraphs)
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>重磅！{YEAR}年{short}市政府工作报告全文发布'
        "</title></head><body>\n<div id=\"js_article\">"
        f'<h1 class="rich_media_title">重磅！{YEAR}年{short}市政府工作报告全文发布</h1>\n'
        f'<div class="rich_media_meta_list"><span>{short}发布</span> <em>{YEAR}-01-08 20:05</em></div>\n'
        '<div class="rich_media_content" id="js_content">\n'
        "<p><span>点击蓝字 关注我们</span></p>\n"
        f"<p><span>1月7日，{name}第十届人民代表大会第三次会议开幕，市长代表市人民政府作政府工作报告。"
        "全文如下：</span></p>\n"
        '<p style="text-align:center"><strong>政 府 工 作 报 告</strong></p>\n'
        f'<p style="text-align:center">{_e(delivery)}</p>\n<p style="text-align:center">{_e(speaker)}</p>\n'
        + "".join(f"<p>{_e(p)}</p>\n" for p in rest)
        + f"<p>来源 | {short}日报</p>\n<p>编辑 | 王蕾　审核 | 陈明</p>\n<p>往期推荐</p>\n"
        '<p><a href="https://mp.weixin.qq.com/s/a1">市十届人大三次会议隆重开幕</a></p>\n'
        '<p><a href="https://mp.weixin.qq.com/s/a2">市政协会议胜利闭幕</a></p>\n'
        "<p>分享　收藏　点赞　在看</p>\n</div></div></body></html>\n")
    return page.encode("utf-8")


def pdf_wrapped(paragraphs, name: str) -> bytes:
    """A PDF's text layer on a portal: lines cut every 30 characters, `— n —` between pages."""
    lines = ["政府工作报告"]
    for paragraph in paragraphs[1:]:
        lines += [paragraph[i:i + 30] for i in range(0, len(paragraph), 30)]
    printed = []
    for number, start in enumerate(range(0, len(lines), 36), 1):
        printed += lines[start:start + 36] + [f"— {number} —"]
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{name}人民政府　政府工作报告</title></head><body>\n"
        '<table width="100%"><tr><td><a href="/">首页</a></td><td><a href="/zwgk">政务公开</a></td>'
        '<td><a href="/zmhd">政民互动</a></td></tr></table>\n'
        f'<table width="900"><tr><td align="center"><b>{YEAR}年{name}政府工作报告</b></td></tr>\n'
        f'<tr><td align="center">发布日期：{YEAR}-01-19　　浏览次数：5210</td></tr>\n'
        '<tr><td class="content">' + "<br>\n".join(_e(line) for line in printed) + "\n</td></tr>\n"
        '<tr><td align="right">【打印本页】　【关闭窗口】</td></tr></table>\n'
        f'<div class="foot">主办：{name}人民政府办公室　冀ICP备05018052号</div></body></html>\n')
    return page.encode("utf-8")


def listing_item(items) -> bytes:
    """A listing site's page of items, each text on one line, no dash before the delivery line."""
    rows = "".join(
        "<li>\n"
        f'<h3 class="item-title">{YEAR}年{name}政府工作报告</h3>\n'
        f'<div class="item-text">{_e("".join(p.lstrip("—") for p in paragraphs))}</div>\n'
        '<div class="item-date">2025-07-02</div>\n'
        "</li>\n"
        for name, paragraphs in items)
    page = (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        "<title>政府工作报告_第3页_地方信息网</title>\n</head>\n<body>\n"
        '<div class="header"><span class="site-name"><a href="/">地方信息网</a></span>'
        '<ul class="menu"><li><a href="/">首页</a></li><li><a href="/info/12/page/1">政府工作报告</a>'
        "</li></ul></div>\n"
        f'<div class="info-list">\n<ul>\n{rows}</ul>\n</div>\n'
        '<div class="foot"><p class="tougao">有想补充的信息？<a href="/tougao/">点我投稿</a></p></div>\n'
        "</body>\n</html>\n")
    return page.encode("utf-8")


def pdf2htmlex(paragraphs) -> bytes:
    """A PDF converted with pdf2htmlEX: one positioned div per printed line, pages numbered."""
    lines = [("x2", "政府工作报告")]
    for paragraph in paragraphs[1:]:
        pieces = [paragraph[i:i + 26] for i in range(0, len(paragraph), 26)]
        lines += [("x1" if i == 0 else "x0", piece) for i, piece in enumerate(pieces)]
    pages = []
    for number, start in enumerate(range(0, len(lines), 30), 1):
        rows = "".join(f'<div class="t m0 {x} h2 y{i:x} ff1 fs1 fc0 sc0 ls0 ws0">{_e(text)}</div>\n'
                       for i, (x, text) in enumerate(lines[start:start + 30], 2))
        pages.append(f'<div id="pf{number:x}" class="pf w0 h0" data-page-no="{number}">'
                     f'<div class="pc pc{number:x} w0 h0">\n{rows}'
                     f'<div class="t m0 x2 h4 y40 ff1 fs1 fc0 sc0 ls0 ws0">— {number} —</div>\n'
                     "</div></div>\n")
    page = (
        '<!DOCTYPE html>\n<!-- Created by pdf2htmlEX (https://github.com/coolwanglu/pdf2htmlex) -->\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta charset="utf-8"/>\n'
        '<meta name="generator" content="pdf2htmlEX"/>\n'
        "<style>.pf{position:relative}.t{position:absolute;white-space:pre}</style>\n"
        f"<title>{YEAR}年政府工作报告</title>\n</head>\n<body>\n"
        '<div id="sidebar"><div id="outline"></div></div>\n<div id="page-container">\n'
        + "".join(pages) + "</div>\n</body>\n</html>\n")
    return page.encode("utf-8")


def word_export(paragraphs) -> bytes:
    """A Word document saved as HTML: MsoNormal paragraphs, text in runs split mid-sentence."""
    def runs(text: str) -> str:
        cut = len(text) // 3
        return "".join(f"<span style='font-family:仿宋_GB2312'>{_e(piece)}</span>"
                       for piece in (text[:cut], text[cut:2 * cut], text[2 * cut:]) if piece)

    title, rest = paragraphs[0], paragraphs[1:]
    rows = "".join(f"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'>{runs(p)}</p>\n"
                   for p in rest)
    page = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n'
        "<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n"
        f"<title>{_e(title)}</title>\n"
        "<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>市府办综合科</o:Author>"
        "<o:Pages>12</o:Pages></o:DocumentProperties></xml><![endif]-->\n"
        "<style>p.MsoNormal{margin:0cm;font-size:16.0pt;font-family:仿宋_GB2312;}</style>\n</head>\n"
        "<body lang=ZH-CN>\n<div class=WordSection1>\n"
        "<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt'>"
        "政府工作报告</span></b></p>\n" + rows + "</div>\n</body>\n</html>\n")
    return page.encode("utf-8")


def mobile_twice(paragraphs, name: str) -> bytes:
    """A mirror holding the text twice: a hidden mobile copy above the article."""
    _, delivery, speaker, rest = _parts(paragraphs)
    text = _paras([delivery, speaker, *rest], indent="")
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{YEAR}年{name}政府工作报告 - 冀闻资讯'
        "</title></head><body>\n"
        '<div class="nav"><a href="/">首页</a> <a href="/news/">资讯</a> <a href="/baogao/">工作报告</a> '
        '<a href="/m/">手机版</a></div>\n'
        f"<h1>{YEAR}年{name}政府工作报告</h1>\n"
        f'<div class="info">发布时间：{YEAR}-01-28　来源：唐山劳动日报</div>\n'
        f'<div class="m-article" style="display:none">\n<p>{YEAR}年{name}政府工作报告</p>\n{text}</div>\n'
        '<div class="m-tools"><a>转发</a> <a>收藏</a></div>\n'
        f'<div class="article">\n{text}</div>\n'
        '<div class="foot">冀闻资讯 版权所有</div></body></html>\n')
    return page.encode("utf-8")


def news_page(title: str, site: str, paragraphs, date: str) -> bytes:
    """A plain news-site article page holding `paragraphs` as the text."""
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}-{site}</title></head><body>\n'
        '<div class="nav"><a href="/">首页</a> <a href="/lh/">两会</a></div>\n'
        f'<h1>{title}</h1>\n<div class="info">来源：{site}　{date}</div>\n<div class="content">\n'
        + _paras(paragraphs) + f'</div>\n<div class="foot">{site}版权所有</div></body></html>\n')
    return page.encode("utf-8")


def summary(paragraphs, name: str) -> bytes:
    """A summary: the header and the first third of the text."""
    _, delivery, speaker, rest = _parts(paragraphs)
    kept = [delivery, speaker, *rest[: len(rest) // 3]]
    return news_page(f"{YEAR}年{name}政府工作报告（摘要）", "冀东新闻网", kept, f"{YEAR}-01-09")


def abridged(paragraphs, name: str) -> bytes:
    """A newspaper's abridged text (摘编): the first half, every other sentence of each paragraph."""
    _, delivery, speaker, rest = _parts(paragraphs)
    kept = []
    for paragraph in rest[: len(rest) // 2]:
        sentences = re.findall(r"[^。！？]+[。！？]?", paragraph)
        kept.append("".join(sentences[::2]))
    return news_page(f"{YEAR}年{name}政府工作报告摘编", "唐山劳动日报", [delivery, speaker, *kept],
                     f"{YEAR}-01-08")


def split_pages(paragraphs, name: str) -> tuple[bytes, bytes]:
    """A report over two pages, the break inside a paragraph; page 2 has no title."""
    _, delivery, speaker, rest = _parts(paragraphs)
    cut = len(rest) // 2
    half = len(rest[cut]) // 2
    first = [delivery, speaker, *rest[:cut], rest[cut][:half]]
    second = [rest[cut][half:], *rest[cut + 1:]]

    def frame(title: str, heading: str, text, pager: str) -> bytes:
        return (
            f'<!doctype html><html><head><meta charset="utf-8"><title>{title}-博县网</title></head>\n'
            '<body><nav><span>导航菜单</span><a href="/">首页</a> <a href="/baogao/hb/">华北</a></nav>\n'
            f'<article>{heading}<div class="content">\n' + _paras(text) + "</div>\n"
            f'<div class="pages">{pager}</div>\n'
            '<div class="copyright">本文仅代表作者观点，不代表本站立场。</div></article>\n'
            '<footer><a href="/sitemap.html">网站地图</a></footer></body></html>\n').encode("utf-8")

    title = f"（河北省）{name}{YEAR}年政府工作报告"
    return (frame(title, f"<h1>{title}</h1>", first,
                  '共2页 <a href="/b/1.html">1</a> <a href="/b/1_2.html">2</a> <a href="/b/1_2.html">下一页</a>'),
            frame(f"{title}(第2页)", "", second,
                  '共2页 <a href="/b/1.html">上一页</a> <a href="/b/1.html">1</a> 2'))


def next_year(paragraphs, place) -> tuple[str, ...]:
    """The same place's report of the next year: its header, and every third paragraph new."""
    later = make_original(place, YEAR + 1).paragraphs
    text = list(later[:3]) + list(paragraphs[3:])
    body = range(5, len(text))
    fresh = iter(later[5:])
    for i in body:
        if (i - 5) % 3 == 0:
            text[i] = next(fresh, text[i])
    return tuple(text)


def write_pages(folder: Path) -> dict[str, Path]:
    """Every page of the test as a file in `folder`: {role: path}."""
    place = _place("唐山市")
    name, short = place.name, place.short
    paragraphs = make_original(place, YEAR).paragraphs
    pages = {
        "gov_cms": gov_cms(paragraphs, name),
        "news_mirror": news_mirror(paragraphs, name, short),
        "traditional": traditional(paragraphs, name, "s2hk").replace(
            "<head>", '<head><meta charset="utf-8">').encode("utf-8"),
        "big5": traditional(paragraphs, name, "s2twp").encode("big5", errors="xmlcharrefreplace"),
        "wechat": wechat(paragraphs, name, short),
        "pdf_wrapped": pdf_wrapped(paragraphs, name),
        "excerpt": summary(paragraphs, name),
        "pdf2htmlex": pdf2htmlex(paragraphs),
        "word_export": word_export(paragraphs),
        "twice": mobile_twice(paragraphs, name),
        "abridged": abridged(paragraphs, name),
    }
    pages["split_1"], pages["split_2"] = split_pages(paragraphs, name)
    later = next_year(paragraphs, place)
    pages["next_year"] = gov_cms(later, name).replace(
        f"{YEAR}年政府".encode("gbk"), f"{YEAR + 1}年政府".encode("gbk"))
    # Its title keeps the old year (titles can be wrong; sameness never looks at them).
    pages["next_year_traditional"] = traditional(later, name, "s2hk").replace(
        "<head>", '<head><meta charset="utf-8">').encode("utf-8")
    other = _place("秦皇岛市")
    others = make_original(other, YEAR).paragraphs
    pages["other_place"] = gov_cms(others, other.name)
    # Two reports on one listing page: ours, then the other place's.
    pages["listing"] = listing_item([(name, paragraphs), (other.name, others)])
    paths = {}
    for role, data in pages.items():
        path = folder / {**PAGE_FILES, **OTHER_FILES}[role]
        path.write_bytes(data)
        paths[role] = path
    return paths


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """The pages imported and built with the real CLI: (reports.db, {role: file URL})."""
    folder = tmp_path_factory.mktemp("families")
    (folder / "pages").mkdir()
    paths = write_pages(folder / "pages")
    data = folder / "data"
    run_baogao("import", *paths.values(), data=data)
    run_baogao("build", "--quiet", data=data)
    return sqlite_utils.Database(data / "reports.db"), {r: p.as_uri() for r, p in paths.items()}


def _sources(db) -> dict[str, dict]:
    """The source row of each page, by URL: the first item of a page of several."""
    rows = db.query("select * from sources order by url, coalesce(item, 0)")
    first: dict[str, dict] = {}
    for row in rows:
        first.setdefault(row["url"], row)
    return first


def test_every_copy_is_one_report(archive):
    db, urls = archive
    sources = _sources(db)
    missing = [role for role in PAGE_FILES if urls[role] not in sources]
    assert not missing, f"copies not archived as a report source: {missing}"
    report_of = {role: sources[urls[role]]["report_id"] for role in PAGE_FILES}
    groups: dict[str, list[str]] = {}
    for role, report_id in report_of.items():
        groups.setdefault(report_id, []).append(role)
    assert len(groups) == 1, f"copies split over reports: {list(groups.values())}"


def test_kinds_of_the_copies(archive):
    db, urls = archive
    sources = _sources(db)
    kind = {role: sources[urls[role]]["kind"] for role in PAGE_FILES}
    canonical = [role for role, k in kind.items() if k == "canonical"]
    assert canonical and canonical[0] in CLEAN_FULL, kind
    assert len(canonical) == 1, kind
    for role in PAGE_FILES:
        if role in PARTIAL:
            assert kind[role] == "excerpt", (role, kind)
        else:
            assert kind[role] in ("canonical", "exact", "near"), (role, kind)


def test_canonical_is_the_complete_clean_text(archive):
    db, urls = archive
    sources = _sources(db)
    report_id = sources[urls["gov_cms"]]["report_id"]
    report = db["reports"].get(report_id)
    assert "澳门新葡京" not in report["body"] and "以下为报告全文" not in report["body"]
    assert "——" in report["body"][:200] and "各位代表：" in report["body"][:300]
    assert report["body"].rstrip().endswith("而努力奋斗！")
    assert report["year"] == YEAR and report["place"] == "唐山市"
    assert not [f for f in json.loads(report["flags"]) if f.startswith("sources-disagree")]
    assert not report["is_excerpt"]
    # As long as any full copy but the mirror, whose cleaned text keeps page lines above the report,
    # and the listing item, whose one-line body keeps the title it restates (2022年唐山政府工作报告).
    full = [sources[urls[role]]["chars"] for role in CLEAN_FULL - {"news_mirror", "listing"}]
    assert report["chars"] >= max(full)
    # The mirror's hidden mobile copy is left out: its text is the portal's, title line and all.
    assert sources[urls["twice"]]["chars"] == sources[urls["gov_cms"]]["chars"]


def test_other_year_and_place_stay_apart(archive):
    db, urls = archive
    sources = _sources(db)
    ours = sources[urls["gov_cms"]]["report_id"]
    for role in OTHER_FILES:
        assert urls[role] in sources, f"{role} not archived"
        assert sources[urls[role]]["report_id"] != ours, role
    assert sources[urls["next_year"]]["kind"] == "canonical"
    assert sources[urls["other_place"]]["kind"] == "canonical"
    # The traditional copy of next year's report joins that report.
    assert sources[urls["next_year_traditional"]]["report_id"] == sources[urls["next_year"]]["report_id"]
    assert sources[urls["next_year"]]["report_id"] != sources[urls["other_place"]]["report_id"]
    assert db["reports"].count == 3


def test_two_reports_on_one_page_go_to_their_own_reports(archive):
    db, urls = archive
    rows = list(db.query("select report_id, item from sources where url = ? order by item",
                         [urls["listing"]]))
    assert len(rows) == 2, rows
    sources = _sources(db)
    assert rows[0]["report_id"] == sources[urls["gov_cms"]]["report_id"]
    assert rows[1]["report_id"] == sources[urls["other_place"]]["report_id"]
