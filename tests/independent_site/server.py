"""The two seed site formats, served from the seed renderings, as built without our code.

    with start("a", variants={"utf8-header"}) as site:
        site.url     # http://127.0.0.1:PORT

Site A, 博县网: a report site in an old DedeCMS look (GBK, table and ``<font>``
layout, reports split into parts, section listings). Site B, 招商信息网: an
aggregator whose listing pages hold whole reports as Bootstrap cards (UTF-8).
``VARIANTS`` lists the perturbations each site can be asked for. The pages are
built from ``replica/seeds`` only; see this folder's README.md.
"""
from __future__ import annotations

import html
import logging
import re
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterable

from ..loopback import RunningSite

SEEDS = Path(__file__).resolve().parents[2] / "replica" / "seeds"

# Optional realistic perturbations of each site.
VARIANTS = {
    "a": {
        "untitled-parts": "later parts of a report have no <h1> and <title>博县网",
        "utf8-header": "the header says UTF-8, the bytes are GBK",
        "gb2312-meta": "<meta charset=gb2312> instead of gbk",
        "p-tags": "<p>&nbsp;…</p> paragraphs instead of <br /><br />",
        "sidebar-part2": "the sidebar links straight to a report's second part",
    },
    "b": {
        "detail-links": "titles link to /info/12/<n>.html detail pages",
        "datetime-dates": "dates `发布时间：2025-07-02 09:00:00` and `2025年7月2日` alternately",
        "cn-dates": "dates in words, `2025年7月2日`",
        "div-cards": "the same cards in <div>s, no <ul>/<li>",
    },
}

log = logging.getLogger(__name__)

# ---------------------------------------------------------------- text utils
_FW = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}


def fullwidth(s):
    """Undo the NFKC of the renderings: ASCII punctuation -> full-width,
    except between two digits (e.g. 1,000 or 8:30)."""
    out = []
    for i, ch in enumerate(s):
        if ch in _FW:
            prev = s[i - 1] if i else ""
            nxt = s[i + 1] if i + 1 < len(s) else ""
            if ch in ",:" and prev.isdigit() and nxt.isdigit():
                out.append(ch)
                continue
            out.append(_FW[ch])
        else:
            out.append(ch)
    return "".join(out)


def ideo_spaces(s):
    """A single space between two non-ASCII characters was most likely U+3000."""
    return re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "\u3000", s)


def seed(prefix):
    """The text of the seed rendering whose file name starts with `prefix`."""
    path = next(SEEDS.glob(prefix + "_*.txt"))
    return path.read_text(encoding="utf-8")


def parse_a_seed(prefix):
    """-> (title or None, [paragraphs], canonical path)"""
    t = seed(prefix)
    lines = t.split("\n")
    title = None
    paras = []
    canon = None
    for ln in lines:
        if ln.startswith("  ") and ln.strip():
            paras.append(ln.strip())
        elif ln.startswith("本文地址:"):
            canon = ln.split(":", 1)[1].strip()
        elif ln.strip() and ln.strip() != "导航菜单" and title is None and not paras \
                and "政府工作报告" in ln and len(ln) < 60:
            title = ln.strip()
        elif ln.strip() and canon is None and not ln.startswith("本文仅代表") \
                and ln.strip() not in ("导航菜单",) and len(ln) > 60:
            paras.append(ln.strip())  # 003 starts mid-body with an unindented paragraph
    return title, paras, canon


def b_items():
    """Ten (title, body, date) items from seed 004."""
    lines = seed("004").split("\n")
    items = []
    i = 0
    while i < len(lines):
        if lines[i] == "-" and i + 3 < len(lines):
            items.append((lines[i + 1].strip(), lines[i + 2].strip(), lines[i + 3].strip()))
            i += 4
        else:
            i += 1
    return items


def paragraphs_from_oneline(body, limit_chars=None):
    """Rebuild paragraphs for site A copies of B items: break before numbered
    headings and every ~4 sentences."""
    body = body.strip()
    parts = re.split(r"(?<=[。！：:!])", body)
    paras, cur, n = [], "", 0
    for p in parts:
        if not p.strip():
            continue
        if re.match(r"\s*[一二三四五六七八九十]+、", p) and cur:
            paras.append(cur.strip())
            cur, n = "", 0
        cur += p
        n += 1
        if n >= 4:
            paras.append(cur.strip())
            cur, n = "", 0
        if limit_chars and sum(len(x) for x in paras) > limit_chars:
            break
    if cur.strip() and not limit_chars:
        paras.append(cur.strip())
    return paras
# ---------------------------------------------------------------- site A data
DISCLAIMER = ("本文仅代表作者观点，不代表本站立场。 凡注明为博县网原创作品的，未经许可，不得转载；"
              "报告、公报、规划等总结类或文件类信息，本站展示并非全部都完整，为了您更加全面、更有实效的"
              "查询学习，建议您到相关地区政府{gov}官网浏览或下载完整版本；源于网络的作品，若对您造成了侵权，"
              "请联系本站，我们会第一时间予以处理。")

SECTIONS = [  # slug, typeid, label shown in nav
    ("huazhong", 3, "华中"),
    ("huadong", 4, "华东"),
    ("xibei", 7, "西北"),
    ("hb", 9, "河北"),
]
SEC_LABEL = {s: lab for s, _, lab in SECTIONS}
SEC_TYPEID = {s: t for s, t, _ in SECTIONS}
PAGE_SIZE_A = 2


@cache
def articles():
    """(section, id) -> dict(title, list_title, pages=[paras...], date, spam, kind)"""
    table = {}
    t0, p0, _ = parse_a_seed("000")
    t1, p1, _ = parse_a_seed("001")
    t2, p2, _ = parse_a_seed("002")
    t3, p3, _ = parse_a_seed("003")
    # 000: split over 1320.html and 1320_2.html (after the 3rd paragraph)
    table[("huazhong", 1320)] = dict(title=t0, list_title=t0, pages=[p0[:3], p0[3:]],
                                     date="2022-05-16", kind="report")
    table[("huazhong", 1323)] = dict(title=t1, list_title=t1, pages=[p1], date="2022-05-18",
                                     kind="report")
    table[("huazhong", 1204)] = dict(title=t2, list_title=t2, pages=[p2], date="2022-04-29",
                                     kind="report")
    # 003: the article's own title field is empty (page shows no <h1>); only the
    # list page carries a title.  Its disclaimer carries the injected spam.
    table[("huadong", 5905)] = dict(title="", list_title="(江苏省)无锡市新吴区2023年政府工作报告",
                                    pages=[p3], date="2023-02-10", kind="report",
                                    spam="pp电子娱乐")
    items = {t: (b, d) for t, b, d in b_items()}
    # 河北省 2022 report (also on site B): bracketed-date title form, full-ish text
    hb_body = items["2022年河北省政府工作报告"][0]
    hb_body = hb_body[len("2022年河北省政府工作报告"):]  # drop the restated title
    hb_paras = paragraphs_from_oneline(hb_body, limit_chars=9000)
    table[("hb", 3181)] = dict(title="河北省人民政府工作报告(2022年1月17日)",
                               list_title="河北省人民政府工作报告(2022年1月17日)",
                               pages=[hb_paras], date="2022-02-08", kind="report")
    # 青海省 2022 report: an excerpt (site says displays are not always complete)
    qh_body = items["2022年青海省政府工作报告"][0][len("2022年青海省政府工作报告"):]
    qh_paras = paragraphs_from_oneline(qh_body, limit_chars=6000)
    table[("xibei", 2087)] = dict(title="(青海省)青海省2022年政府工作报告",
                                  list_title="(青海省)青海省2022年政府工作报告",
                                  pages=[qh_paras], date="2022-02-11", kind="report")
    # non-reports: a statistical bulletin and a plan, same URL scheme
    table[("huazhong", 1330)] = dict(
        title="(河南省)驻马店市驿城区2021年国民经济和社会发展统计公报",
        list_title="(河南省)驻马店市驿城区2021年国民经济和社会发展统计公报",
        date="2022-05-20", kind="gongbao", pages=[[
            "驿城区统计局",
            "2022年4月",
            "2021年，面对复杂严峻的外部环境和疫情汛情叠加冲击，全区上下坚持稳中求进工作总基调，"
            "经济运行总体平稳，社会大局和谐稳定。",
            "一、综合",
            "初步核算，全年全区地区生产总值比上年增长6.1%。其中，第一产业增加值增长6.5%，"
            "第二产业增加值增长5.2%，第三产业增加值增长6.6%。",
            "二、农业",
            "全年粮食种植面积保持稳定，粮食总产量比上年增长2.3%。",
            "三、工业和建筑业",
            "全年规模以上工业增加值比上年增长6.8%。全年建筑业总产值比上年增长7.4%。",
            "注：本公报中部分数据为初步统计数，各项统计数据均未包括驻区单位。",
        ]])
    table[("xibei", 2090)] = dict(
        title="(青海省)西宁市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
        list_title="(青海省)西宁市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
        date="2021-04-02", kind="guihua", pages=[[
            "西宁市人民政府",
            "2021年3月",
            "“十四五”时期是西宁在全面建成小康社会基础上，开启全面建设社会主义现代化新征程的第一个五年。"
            "本纲要主要阐明全市战略意图、明确政府工作重点、引导规范市场主体行为，是今后五年全市经济社会发展的宏伟蓝图。",
            "第一章　发展基础和发展环境",
            "“十三五”时期，全市经济保持平稳健康发展，综合实力显著增强，生态环境持续改善，人民生活水平明显提高。",
            "第二章　指导思想和主要目标",
            "展望二〇三五年，基本实现社会主义现代化，生态文明建设取得重大成就。",
        ]])
    return table


def a_url(sec, aid, page=1):
    """A site-A article's path (its later parts `<id>_<n>.html`)."""
    return "/baogao/%s/%d%s.html" % (sec, aid, "" if page == 1 else "_%d" % page)


def a_sorted(sec=None):
    """Site A's articles, of one section or all, newest first."""
    return sorted(((k, v) for k, v in articles().items() if sec is None or k[0] == sec),
                  key=lambda kv: kv[1]["date"], reverse=True)


A_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
<meta charset={charset}>
<title>{title}</title>
<meta name="keywords" content="{kw}" />
<meta name="description" content="{desc}" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="/templets/bx/css/style.css" rel="stylesheet" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr>
    <td width="220" height="70"><a href="/"><img src="/templets/bx/images/logo.gif" alt="博县网" border="0" /></a></td>
    <td align="right"><font color="#666666" size="2">设为首页 | 加入收藏 | <a href="/sitemap.html">网站地图</a></font></td>
  </tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#B30000" class="nav">
  <tr>
    <td height="34"><span class="menu-toggle" onclick="toggleMenu()"><font color="#FFFFFF">导航菜单</font></span>
      <div id="menu">
        <a href="/"><font color="#FFFFFF"><b>首页</b></font></a>
{navlinks}
      </div>
    </td>
  </tr>
</table>
"""


A_FOOT = """<table width="960" border="0" align="center" cellpadding="8" cellspacing="0" class="foot" bgcolor="#F2F2F2">
  <tr><td align="center"><font size="2" color="#666666">
    <a href="/about.html">关于我们</a> | <a href="/about.html#contact">联系方式</a> | <a href="/sitemap.html">网站地图</a><br />
    Copyright &copy; 2014-2025 博县网 bx2200.com 版权所有　<a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">豫ICP备14021088号-2</a><br />
    本站部分信息来源于网络，仅供学习参考，如有侵权请联系删除。
  </font></td></tr>
</table>
<script type="text/javascript">function toggleMenu(){var m=document.getElementById('menu');m.style.display=m.style.display=='none'?'block':'none';}</script>
</body>
</html>
"""


def a_nav(active=None):
    """The red nav bar's section links."""
    out = []
    for slug, _, label in SECTIONS:
        b = ("<b>%s</b>" % label) if slug == active else label
        out.append('        <a href="/baogao/%s/"><font color="#FFFFFF">%s</font></a>' % (slug, b))
    return "\n".join(out)


GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
       b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


class SiteA:
    """博县网 with a set of variants: `route(path)` -> (status, content type or location, bytes)."""

    def __init__(self, variants=()):
        self.variants = frozenset(variants)

    def head(self, title, active=None, kw="", desc=""):
        """The page top: <head>, top bar and nav bar."""
        charset = "gb2312" if "gb2312-meta" in self.variants else "gbk"
        return A_HEAD.format(charset=charset, title=html.escape(title), kw=html.escape(kw),
                             desc=html.escape(desc), navlinks=a_nav(active))

    def sidebar(self, exclude=None):
        """The 相关报告 and 热门标签 column."""
        rows = []
        if "sidebar-part2" in self.variants:  # a "hot" list linking straight to a later part
            rows.append('<tr><td height="24">&middot; <a href="/baogao/huazhong/1320_2.html"><font size="2">驿城区政府工作报告（二）</font></a></td></tr>')
        for (sec, aid), art in a_sorted():
            if (sec, aid) == exclude:
                continue
            rows.append('<tr><td height="24">&middot; <a href="%s" title="%s"><font size="2">%s</font></a></td></tr>'
                        % (a_url(sec, aid), html.escape(fullwidth(art["list_title"])),
                           html.escape(fullwidth(art["list_title"])[:18])))
        return """<td width="260" valign="top" class="side">
  <table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
    <tr><td bgcolor="#EEEEEE" height="28"><font color="#B30000"><b>&nbsp;相关报告</b></font></td></tr>
    """ + "\n    ".join(rows) + """
  </table>
  <br />
  <table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
    <tr><td bgcolor="#EEEEEE" height="28"><font color="#B30000"><b>&nbsp;热门标签</b></font></td></tr>
    <tr><td><font size="2">政府工作报告　统计公报　五年规划　国民经济　十四五</font></td></tr>
  </table>
</td>"""

    def article(self, sec, aid, page):
        """An article's part `page` (1-based), or None."""
        art = articles()[(sec, aid)]
        pages = art["pages"]
        if page < 1 or page > len(pages):
            return None
        title = fullwidth(art["title"])
        paras = pages[page - 1]
        head_title = (title or "") + ("_%s_博县网" % SEC_LABEL[sec]) if title else "博县网"
        body = []
        if "p-tags" in self.variants:
            body_html = "\n".join('<p style="text-indent:2em">&nbsp;&nbsp;&nbsp;&nbsp;%s</p>' % html.escape(fullwidth(p))
                                  for p in paras)
        else:
            for p in paras:
                body.append("\u3000\u3000" + html.escape(fullwidth(p)))
            body_html = "<br />\n<br />\n".join(body)
        pager = ""
        if len(pages) > 1:
            li = ['<li><a>共%d页: </a></li>' % len(pages)]
            li.append("<li><a href='%s'>上一页</a></li>" % (("%d%s.html" % (aid, "" if page == 2 else "_%d" % (page - 1)))
                                                           if page > 1 else "#"))
            for n in range(1, len(pages) + 1):
                href = "%d.html" % aid if n == 1 else "%d_%d.html" % (aid, n)
                if n == page:
                    li.append("<li class=\"thisclass\"><a href='#'>%d</a></li>" % n)
                else:
                    li.append("<li><a href='%s'>%d</a></li>" % (href, n))
            li.append("<li><a href='%s'>下一页</a></li>" % (("%d_%d.html" % (aid, page + 1)) if page < len(pages) else "#"))
            pager = '<div class="dede_pages"><ul class="pagelist">%s</ul></div>' % "".join(li)
        # prev / next within the section
        secarts = a_sorted(sec)
        keys = [k for k, _ in secarts]
        idx = keys.index((sec, aid))
        prev_html = "上一篇：没有了"
        next_html = "下一篇：没有了"
        if idx + 1 < len(keys):
            k = keys[idx + 1]
            prev_html = '上一篇：<a href="%s">%s</a>' % (a_url(*k), html.escape(fullwidth(articles()[k]["list_title"])))
        if idx > 0:
            k = keys[idx - 1]
            next_html = '下一篇：<a href="%s">%s</a>' % (a_url(*k), html.escape(fullwidth(articles()[k]["list_title"])))
        gov = "pp电子娱乐" if art.get("spam") else ""
        if "untitled-parts" in self.variants and page > 1:
            title = ""  # later pages carry no title at all (README: seed 003 looks like one)
            head_title = "博县网"
        h1 = ('<h1><font size="5" color="#B30000">%s</font></h1>' % html.escape(title)) if title else ""
        crumb_last = html.escape(title) if title else "正文"
        out = self.head(head_title, sec, kw="政府工作报告," + SEC_LABEL[sec], desc=fullwidth(paras[0])[:80])
        out += """<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2" height="30"><font size="2">当前位置：<a href="/">博县网</a> &gt; <a href="/baogao/">报告</a> &gt; <a href="/baogao/{sec}/">{seclabel}</a> &gt; {crumb}</font></td></tr>
<tr>
<td width="690" valign="top" class="main">
  <table width="100%" border="0" cellspacing="0" cellpadding="10">
    <tr><td align="center">{h1}</td></tr>
    <tr><td align="center"><font size="2" color="#999999">时间：{date}　来源：博县网　作者：admin　点击：<script src="/plus/count.php?view=yes&aid={aid}&mid=1" type='text/javascript' language="javascript"></script>次</font></td></tr>
    <tr><td class="content"><font size="3" face="宋体">
{body}
    </font></td></tr>
    <tr><td align="center">{pager}</td></tr>
    <tr><td><div class="shengming"><font size="2" color="#999999">{disclaimer}</font></div></td></tr>
    <tr><td><font size="2">本文地址：{canon}</font></td></tr>
    <tr><td><font size="2">{prev}<br />{next}</font></td></tr>
    <tr><td>
      <form action="/plus/feedback_ajax.php" method="post" name="feedback">
      <input type="hidden" name="aid" value="{aid}" />
      <table width="100%" border="0" cellspacing="0" cellpadding="4" class="comment">
        <tr><td bgcolor="#EEEEEE"><b>留言与评论（共有 <span id="commetcount">0</span> 条评论）</b></td></tr>
        <tr><td><textarea name="msg" cols="70" rows="5"></textarea></td></tr>
        <tr><td><font size="2">验证码：</font><input type="text" name="validate" size="6" /><img src="/include/vdimgck.php" align="absmiddle" alt="看不清？点击更换" /> <input type="submit" value="发表评论" /></td></tr>
      </table>
      </form>
    </td></tr>
  </table>
</td>
{sidebar}
</tr>
</table>
""".format(sec=sec, seclabel=SEC_LABEL[sec], crumb=crumb_last, h1=h1, date=art["date"], aid=aid,
               body=body_html, pager=pager, disclaimer=html.escape(DISCLAIMER.format(gov=gov)),
               canon=a_url(sec, aid), prev=prev_html, next=next_html, sidebar=self.sidebar((sec, aid)))
        out += A_FOOT
        return out


    def listing(self, sec, page):
        """A section listing's page `page`, or None."""
        arts = a_sorted(sec)
        npages = max(1, (len(arts) + PAGE_SIZE_A - 1) // PAGE_SIZE_A)
        if page < 1 or page > npages:
            return None
        tid = SEC_TYPEID[sec]
        chunk = arts[(page - 1) * PAGE_SIZE_A: page * PAGE_SIZE_A]
        rows = []
        for (s, aid), art in chunk:
            lt = html.escape(fullwidth(art["list_title"]))
            summ = html.escape(fullwidth(art["pages"][0][0])[:60]) + "..."
            rows.append("""    <tr><td height="26"><font color="#B30000">&#9632;</font> <a href="%s" target="_blank"><font size="3">%s</font></a></td><td width="90" align="right"><font size="2" color="#999999">%s</font></td></tr>
    <tr><td colspan="2" class="intro"><font size="2" color="#666666">%s</font></td></tr>"""
                        % (a_url(s, aid), lt, art["date"], summ))

        def lhref(n):
            return "/baogao/%s/" % sec if n == 1 else "list_%d_%d.html" % (tid, n)
        pl = ["<li><span class=\"pageinfo\">共 <strong>%d</strong>页<strong>%d</strong>条记录</span></li>" % (npages, len(arts))]
        if page > 1:
            pl.append("<li><a href='%s'>首页</a></li><li><a href='%s'>上一页</a></li>" % (lhref(1), lhref(page - 1)))
        for n in range(1, npages + 1):
            pl.append("<li class=\"thisclass\">%d</li>" % n if n == page else "<li><a href='%s'>%d</a></li>" % (lhref(n), n))
        if page < npages:
            pl.append("<li><a href='%s'>下一页</a></li><li><a href='%s'>末页</a></li>" % (lhref(page + 1), lhref(npages)))
        out = self.head("%s报告_博县网" % SEC_LABEL[sec], sec)
        out += """<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2" height="30"><font size="2">当前位置：<a href="/">博县网</a> &gt; <a href="/baogao/">报告</a> &gt; {label}</font></td></tr>
<tr><td width="690" valign="top">
  <table width="100%" border="0" cellspacing="0" cellpadding="4" class="list">
{rows}
  </table>
  <div class="dede_pages"><ul class="pagelist">{pager}</ul></div>
</td>
{sidebar}
</tr></table>
""".format(label=SEC_LABEL[sec], rows="\n".join(rows), pager="".join(pl), sidebar=self.sidebar())
        return out + A_FOOT


    def home(self):
        """The home page (最新更新)."""
        rows = []
        for (s, aid), art in a_sorted()[:6]:
            rows.append('<tr><td height="24">&middot; [<a href="/baogao/%s/">%s</a>] <a href="%s">%s</a></td><td align="right"><font size="2" color="#999999">%s</font></td></tr>'
                        % (s, SEC_LABEL[s], a_url(s, aid), html.escape(fullwidth(art["list_title"])), art["date"][5:]))
        out = self.head("博县网_政府工作报告_统计公报_发展规划")
        out += """<table width="960" border="0" align="center" cellpadding="6" cellspacing="0">
<tr><td width="690" valign="top">
  <table width="100%%" border="0" cellspacing="0" cellpadding="0">
    <tr><td colspan="2" bgcolor="#EEEEEE" height="28"><font color="#B30000"><b>&nbsp;最新更新</b></font></td></tr>
    %s
  </table>
  <p><font size="2">博县网收录全国各省、市、县（区）政府工作报告、国民经济和社会发展统计公报及发展规划，供学习查询。</font></p>
</td>
%s
</tr></table>
""" % ("\n    ".join(rows), self.sidebar())
        return out + A_FOOT


    def baogao_index(self):
        """/baogao/: the sections."""
        rows = ['<tr><td height="26"><a href="/baogao/%s/"><b>%s</b></a></td></tr>' % (s, lab) for s, _, lab in SECTIONS]
        out = self.head("报告_博县网")
        out += '<table width="960" align="center">%s</table>' % "".join(rows)
        return out + A_FOOT


    def sitemap(self):
        """/sitemap.html."""
        rows = []
        for s, _, lab in SECTIONS:
            rows.append('<tr><td><a href="/baogao/%s/">%s</a></td></tr>' % (s, lab))
        out = self.head("网站地图_博县网")
        out += '<table width="960" align="center"><tr><td><b>网站地图</b></td></tr>%s</table>' % "".join(rows)
        return out + A_FOOT


    def about(self):
        """/about.html."""
        out = self.head("关于我们_博县网")
        out += ('<table width="960" align="center"><tr><td><font size="3">　　博县网是一个收集整理地方政府公开文件的学习网站。'
                '</font><a name="contact"></a><br />联系邮箱：bx2200#163.com</td></tr></table>')
        return out + A_FOOT


    def route(self, path):
        """-> (status, content_type, bytes)"""
        path = path.split("?", 1)[0].split("#", 1)[0]
        enc = lambda s: s.encode("gbk", errors="xmlcharrefreplace")  # noqa: E731
        ct = "text/html"  # no charset in the header: the page's <meta charset=gbk> says it
        if "utf8-header" in self.variants:
            ct = "text/html; charset=utf-8"  # misconfigured server: header says UTF-8, bytes are GBK
        if path in ("/", "/index.html"):
            return 200, ct, enc(self.home())
        if path == "/robots.txt":
            return 200, "text/plain", b"User-agent: *\nDisallow: /plus/\nDisallow: /include/\n"
        if path == "/sitemap.html":
            return 200, ct, enc(self.sitemap())
        if path == "/about.html":
            return 200, ct, enc(self.about())
        if path in ("/baogao/", "/baogao"):
            return 200, ct, enc(self.baogao_index())
        if path.endswith(".gif") or path.endswith(".php") or path.endswith("logo.gif"):
            return 200, "image/gif", GIF
        if path.endswith(".css") or path.endswith(".js"):
            return 200, "text/css" if path.endswith(".css") else "application/javascript", b""
        m = re.fullmatch(r"/baogao/([a-z]+)/?(?:index\.html)?", path)
        if m and m.group(1) in SEC_LABEL:
            if not path.endswith("/") and not path.endswith(".html"):
                return 301, "/baogao/%s/" % m.group(1), b""
            return 200, ct, enc(self.listing(m.group(1), 1))
        m = re.fullmatch(r"/baogao/([a-z]+)/list_(\d+)_(\d+)\.html", path)
        if m and m.group(1) in SEC_LABEL and int(m.group(2)) == SEC_TYPEID[m.group(1)]:
            r = self.listing(m.group(1), int(m.group(3)))
            if r:
                return 200, ct, enc(r)
        m = re.fullmatch(r"/baogao/([a-z]+)/(\d+)(?:_(\d+))?\.html", path)
        if m and (m.group(1), int(m.group(2))) in articles():
            r = self.article(m.group(1), int(m.group(2)), int(m.group(3) or 1))
            if r:
                return 200, ct, enc(r)
        return 404, ct, enc(self.head("404_博县网") + "<p>您访问的页面不存在</p>" + A_FOOT)


# ---------------------------------------------------------------- site B
B_CAT = 12       # /info/12/page/N : 政府工作报告 channel
B_NEWS_CAT = 13  # /info/13/page/N : 招商资讯 channel
PAGE_SIZE_B = 5

NEWS = [
    ("【天门市招商】天门市召开2022年招商引资项目推进会",
     "7月1日上午，天门市召开2022年招商引资项目推进会，通报上半年全市招商引资工作情况，部署下一阶段重点任务。"
     "会议要求，各地各部门要紧盯年度目标任务，坚持项目为王，强化要素保障，推动签约项目早落地、早开工、早投产。"
     "据悉，上半年全市新签约亿元以上项目46个，协议投资额312亿元。", "2025-07-01"),
    ("图解：2022年襄阳市政府工作报告中的十件民生实事",
     "一图读懂襄阳市2022年十件民生实事。记者从市政府办公室获悉，今年襄阳将围绕就业、教育、医疗、养老等领域，"
     "集中力量办好十件民生实事，确保件件有着落、事事有回音。本文为新闻解读，政府工作报告全文请以官方发布为准。",
     "2025-06-30"),
]


def b_feed():
    """The 政府工作报告 channel: the ten seed items and two news items, newest first."""
    items = b_items()
    feed = []
    for t, body, d in items:
        title = t
        if "咸阳" in t:
            title = "【咸阳市招商】" + t
        if "襄阳" in t:
            title = "【襄阳市招商】" + t
        feed.append(dict(title=title, body=body, date=d, kind="report"))
    feed.insert(2, dict(title=NEWS[0][0], body=NEWS[0][1], date=NEWS[0][2], kind="news"))
    feed.insert(7, dict(title=NEWS[1][0], body=NEWS[1][1], date=NEWS[1][2], kind="news"))
    return feed


B_HEAD = """<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title}</title>
  <link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">
</head>
<body class="bg-light">
<nav class="navbar navbar-expand-lg navbar-dark bg-primary mb-3">
  <div class="container">
    <a class="navbar-brand" href="/">招商信息网</a>
    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nv"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse" id="nv">
      <ul class="navbar-nav me-auto">
        <li class="nav-item"><a class="nav-link" href="/">首页</a></li>
        <li class="nav-item"><a class="nav-link" href="/info/12/page/1">政府工作报告</a></li>
        <li class="nav-item"><a class="nav-link" href="/info/13/page/1">招商资讯</a></li>
      </ul>
      <form class="d-flex" action="/search" method="get"><input class="form-control me-2" name="q" placeholder="搜索"></form>
    </div>
  </div>
</nav>
<div class="container">
"""

B_FOOT = """  <div class="card mt-4 mb-2"><div class="card-body text-center">
    <a class="btn btn-outline-primary" href="/contribute">有想补充的信息？点我投稿</a>
  </div></div>
  <ul class="list-inline text-center small">
    <li class="list-inline-item"><a href="/contact">联系我们</a></li>
    <li class="list-inline-item"><a href="/join">企业入驻</a></li>
  </ul>
</div>
<footer class="text-center text-muted small py-3">&copy; 2025 招商信息网　<a href="https://beian.miit.gov.cn/" rel="nofollow">京ICP备2023008817号-1</a></footer>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""


class SiteB:
    """招商信息网 with a set of variants: `route(path)` -> (status, content type or location, bytes)."""

    def __init__(self, variants=()):
        self.variants = frozenset(variants)

    def date(self, d, n):
        """The item's publish date as the site prints it."""
        if "cn-dates" in self.variants:
            y, m, dd = d.split("-")
            return "%s年%d月%d日" % (y, int(m), int(dd))
        if "datetime-dates" in self.variants:
            y, m, dd = d.split("-")
            return ("发布时间：%s %02d:%02d:%02d" % (d, 9 + n, 7 * n % 60, 13 * n % 60) if n % 2 == 0
                    else "%s年%d月%d日" % (y, int(m), int(dd)))
        return d

    def listing(self, cat, page):
        """A channel's listing page `page`, or None."""
        if cat == B_CAT:
            feed = b_feed()
            label = "政府工作报告"
        elif cat == B_NEWS_CAT:
            feed = [dict(title=t, body=b, date=d, kind="news") for t, b, d in NEWS]
            label = "招商资讯"
        else:
            return None
        npages = max(1, (len(feed) + PAGE_SIZE_B - 1) // PAGE_SIZE_B)
        if page < 1 or page > npages:
            return None
        chunk = feed[(page - 1) * PAGE_SIZE_B: page * PAGE_SIZE_B]
        cards = []
        start = (page - 1) * PAGE_SIZE_B
        for n, it in enumerate(chunk):
            body = html.escape(ideo_spaces(fullwidth(it["body"])))
            t = html.escape(fullwidth(it["title"]))
            if "detail-links" in self.variants:
                t = '<a href="/info/%d/%d.html">%s</a>' % (cat, 1001 + start + n, t)
            cards.append("""  <li class="list-group-item">
    <div class="card border-0">
      <div class="card-body px-0">
        <h5 class="card-title">{title}</h5>
        <div class="card-text text-secondary" style="max-height:12em;overflow:hidden">{body}</div>
        <small class="text-muted"><i class="bi bi-clock"></i> {date}</small>
      </div>
    </div>
  </li>""".format(title=t, body=body, date=self.date(it["date"], n)))
        pl = []
        pl.append('<li class="page-item%s"><a class="page-link" href="%s">上一页</a></li>'
                  % (" disabled" if page == 1 else "", "/info/%d/page/%d" % (cat, page - 1) if page > 1 else "#"))
        for n in range(1, npages + 1):
            pl.append('<li class="page-item%s"><a class="page-link" href="/info/%d/page/%d">%d</a></li>'
                      % (" active" if n == page else "", cat, n, n))
        pl.append('<li class="page-item%s"><a class="page-link" href="%s">下一页</a></li>'
                  % (" disabled" if page == npages else "", "/info/%d/page/%d" % (cat, page + 1) if page < npages else "#"))
        out = B_HEAD.format(title="%s_第%d页_招商信息网" % (label, page))
        out += """  <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">首页</a></li><li class="breadcrumb-item active">{label}</li></ol></nav>
  <div class="row">
   <div class="col-md-9">
    <ul class="list-group list-group-flush">
{cards}
    </ul>
    <nav><ul class="pagination justify-content-center mt-3">{pager}</ul></nav>
   </div>
   <div class="col-md-3">
    <div class="card"><div class="card-header">热门地区</div>
      <div class="card-body small">陕西　天津　湖北　湖南　河北　福建　辽宁　青海</div></div>
   </div>
  </div>
""".format(label=label, cards="\n".join(cards), pager="".join(pl))
        if "div-cards" in self.variants:  # the same cards in <div>s, no list markup
            out = (out.replace('<ul class="list-group list-group-flush">', '<div class="list-group list-group-flush">')
                      .replace('  <li class="list-group-item">', '  <div class="list-group-item">')
                      .replace('  </li>', '  </div>').replace('    </ul>\n    <nav>', '    </div>\n    <nav>'))
        return out + B_FOOT

    def route(self, path):
        """-> (status, content_type, bytes)"""
        path = path.split("?", 1)[0]
        ct = "text/html; charset=utf-8"
        if path == "/":
            out = B_HEAD.format(title="招商信息网") + """  <div class="list-group">
    <a class="list-group-item" href="/info/12/page/1">政府工作报告</a>
    <a class="list-group-item" href="/info/13/page/1">招商资讯</a>
  </div>
""" + B_FOOT
            return 200, ct, out.encode("utf-8")
        if path == "/robots.txt":
            return 200, "text/plain", b"User-agent: *\nAllow: /\n"
        m = re.fullmatch(r"/info/(\d+)/?", path)
        if m:
            return 301, "/info/%s/page/1" % m.group(1), b""
        m = re.fullmatch(r"/info/(\d+)/page/(\d+)/?", path)
        if m:
            r = self.listing(int(m.group(1)), int(m.group(2)))
            if r:
                return 200, ct, r.encode("utf-8")
        m = re.fullmatch(r"/info/(\d+)/(\d+)\.html", path)
        if m and "detail-links" in self.variants and int(m.group(1)) == B_CAT:
            feed = b_feed()
            k = int(m.group(2)) - 1001
            if 0 <= k < len(feed):
                it = feed[k]
                out = B_HEAD.format(title="%s_招商信息网" % fullwidth(it["title"]))
                out += """  <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">首页</a></li><li class="breadcrumb-item"><a href="/info/12/page/1">政府工作报告</a></li><li class="breadcrumb-item active">正文</li></ol></nav>
  <article class="card"><div class="card-body">
    <h1 class="h4">%s</h1>
    <p class="text-muted small">发布时间：%s　来源：网络</p>
    <div class="content">%s</div>
  </div></article>
""" % (html.escape(fullwidth(it["title"])), it["date"], html.escape(ideo_spaces(fullwidth(it["body"]))))
                return 200, ct, (out + B_FOOT).encode("utf-8")
        if path in ("/contribute", "/contact", "/join"):
            return 200, ct, (B_HEAD.format(title="招商信息网") + "<p>请发送邮件至 service@example.com</p>" + B_FOOT).encode("utf-8")
        return 404, ct, (B_HEAD.format(title="404") + "<p>页面不存在</p>" + B_FOOT).encode("utf-8")


# ---------------------------------------------------------------- server
def make_handler(route):
    """A request handler answering from `route(path)`."""
    class H(BaseHTTPRequestHandler):
        server_version = "nginx"
        sys_version = ""

        def do_GET(self):
            status, ct, body = route(self.path)
            if status in (301, 302):
                self.send_response(status)
                self.send_header("Location", ct)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(status)
            self.send_header("Content-Type", ct)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_HEAD(self):
            status, ct, body = route(self.path)
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()

        def log_message(self, fmt, *args):
            log.debug("%s %s", self.address_string(), fmt % args)
    return H


def start(site: str, variants: Iterable[str] = (), port: int = 0,
          host: str = "127.0.0.1") -> RunningSite:
    """Serve site "a" or "b" with `variants` (names from VARIANTS) on loopback;
    `port=0` picks a free port."""
    variants = frozenset(variants)
    unknown = variants - set(VARIANTS[site])
    if unknown:
        raise ValueError("site %s has no variants %s" % (site, sorted(unknown)))
    pages = SiteA(variants) if site == "a" else SiteB(variants)
    server = ThreadingHTTPServer((host, port), make_handler(pages.route))
    server.daemon_threads = True
    return RunningSite(server)
