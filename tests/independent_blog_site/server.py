#!/usr/bin/env python3
"""The two seed site formats as a second helper built them, without our code.

    with start("a") as site:
        site.url     # http://127.0.0.1:PORT

Site A: a WordPress-like blog ("博县网") with one report per post at
        /baogao/<section>/<id>.html (+ <id>_2.html), category archives with
        /page/N/ pagination, comments, widgets, tags, post navigation.
Site B: an old portal listing ("中国招商信息港") at /info/<cat>/page/<n>
        with <dl><dt><dd> items, 【XX市招商】 prefixes, news items mixed in.

Binds 127.0.0.1 only. Text comes from the seed renderings (replica/seeds).
"""
from __future__ import annotations

import html
import logging
import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote

from ..loopback import RunningSite

SEEDS = Path(__file__).resolve().parents[2] / "replica" / "seeds"
log = logging.getLogger(__name__)

FW = str.maketrans({",": "，", ":": "：", ";": "；", "!": "！", "(": "（", ")": "）"})


def fw(s):
    """ASCII punctuation -> full-width, as the sites print it."""
    return s.translate(FW)


def esc(s):
    """HTML-escaped text (quotes kept)."""
    return html.escape(s, quote=False)


def seed(n):
    """The text of seed rendering number `n`."""
    return next(SEEDS.glob("%03d_*.txt" % n)).read_text(encoding="utf-8")


def seed_paras(n):
    """Body paragraphs of a site-A seed (lines indented by two spaces)."""
    out = []
    for line in seed(n).split("\n"):
        if line.startswith("本文仅代表"):
            break
        if not line.strip() or line == "导航菜单" or re.match(r"^\(.+省\).+报告$", line):
            continue
        out.append(line[2:] if line.startswith("  ") else line)
    return out


def seed_disclaimer(n):
    """The disclaimer line of a site-A seed."""
    for line in seed(n).split("\n"):
        if line.startswith("本文仅代表"):
            return line
    raise KeyError(n)


# ---------------------------------------------------------------- site A data
SECTIONS = [("huazhong", "华中"), ("huadong", "华东"), ("xibei", "西北"), ("hb", "河北")]
SECNAME = dict(SECTIONS)

GONGBAO = [
    "2021年，面对复杂严峻的发展环境，全县上下坚持稳中求进工作总基调，经济运行稳中向好。",
    "一、综合",
    "初步核算，全年全县地区生产总值完成286.4亿元，按可比价格计算，比上年增长6.8%。其中，第一产业增加值32.1亿元，增长6.9%；第二产业增加值118.7亿元，增长5.2%；第三产业增加值135.6亿元，增长8.1%。三次产业结构为11.2：41.4：47.4。",
    "年末全县常住人口47.3万人，其中城镇人口26.8万人，常住人口城镇化率56.7%，比上年末提高1.1个百分点。",
    "二、农业",
    "全年粮食播种面积72.6万亩，粮食总产量31.2万吨，比上年增长1.4%。全年猪牛羊禽肉产量2.9万吨，增长9.6%。",
    "三、工业和建筑业",
    "全年规模以上工业增加值比上年增长7.3%。规模以上工业企业实现营业收入412.5亿元，增长12.6%；利润总额21.4亿元，增长8.8%。",
    "注：本公报中部分数据为初步统计数，地区生产总值及各产业增加值绝对数按现价计算，增长速度按不变价格计算。",
]
GUIHUA = [
    "“十四五”时期是我市在全面建成小康社会基础上开启全面建设社会主义现代化新征程的第一个五年。根据《中共海东市委关于制定海东市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制本纲要，主要阐明全市战略意图，明确政府工作重点，是未来五年全市经济社会发展的宏伟蓝图和全市各族人民共同的行动纲领。",
    "第一章　发展基础",
    "“十三五”时期，全市上下认真落实历年政府工作报告确定的各项任务，地区生产总值年均增长7.1%，一般公共预算收入年均增长5.6%，城乡居民人均可支配收入年均分别增长8.2%和9.1%，圆满完成脱贫攻坚目标任务。",
    "第二章　指导思想和主要目标",
    "到2025年，全市地区生产总值年均增长7%左右，常住人口城镇化率达到50%以上，生态环境质量持续保持优良，河湟文化影响力显著提升。",
    "展望2035年，全市将基本实现社会主义现代化，经济实力、科技实力大幅跃升，建成兰西城市群重要节点城市。",
]

# body split points
P000 = seed_paras(0)
P001 = seed_paras(1)
P002 = seed_paras(2)
P003 = seed_paras(3)
SPLIT000 = [i for i, p in enumerate(P000) if p.startswith("二、今后五年")][0]

SPAM_PARA = "【pp电子娱乐官网】新用户注册即送88元彩金，真人百家乐、电子游艺、体育投注一站式娱乐平台，首存加送100%，官方网址：www.pp-dzyl888.com"
# word-injection spam inside a sentence of 1204
P002i = [p.replace("为市场主体提供了良好的发展环境", "为市场主体提供了良好的bet365体育在线发展环境") for p in P002]
assert P002i != P002
# spam paragraph inserted into 1323 after the 3rd paragraph
P001s = P001[:3] + [SPAM_PARA] + P001[3:]

POSTS = [
    # id, section, title, date, views, pages(list of para lists), indent style, tags, comments, disclaimer
    dict(id=1204, sec="huazhong", title="(河南省)许昌市魏都区2022年政府工作报告", date=(2025, 6, 18),
         views=356, pages=[P002i], indent="nbsp", header_lines=4,
         tags=["政府工作报告", "河南", "许昌"], comments=[
             ("许昌老街坊", "2025年6月20日 上午9:12",
              "“全区空气质量优良天数265天，全市排名第1”，这两年魏都的天确实蓝了，为家乡点个赞！"),
             ("曹魏古城导游小王", "2025年6月21日 下午3:40",
              "看到“曹魏古城电竞赛事、汉服表演等景区活动丰富，全年接待游客315.64万人次”，欢迎大家来许昌玩，转给同事们看看。"),
         ]),
    dict(id=1320, sec="huazhong", title="(河南省)驻马店市驿城区2022年政府工作报告", date=(2025, 7, 2),
         views=123, pages=[P000[:SPLIT000], P000[SPLIT000:]], indent="ideo",
         tags=["政府工作报告", "河南", "驻马店"], comments=[
             ("驿城网友", "2025年7月3日 上午8:05",
              "“打造中国高端专用车之都”，希望早日实现，驿城加油！"),
             ("匿名访客", "2025年7月5日 晚上10:18",
              "请问完整版在哪里下载？文中说“全区非农产业比重达到95%以上”，有没有分乡镇的数据？"),
         ]),
    dict(id=1321, sec="huazhong", title="(河南省)驻马店市驿城区2021年国民经济和社会发展统计公报", date=(2025, 7, 2),
         views=47, pages=[GONGBAO], indent="css", tags=["统计公报", "河南", "驻马店"], comments=[], kind="gongbao"),
    dict(id=1323, sec="huazhong", title="(河南省)济源市2022年政府工作报告", date=(2025, 7, 2),
         views=208, pages=[P001s], indent="css", tags=["政府工作报告", "河南", "济源"], comments=[]),
    dict(id=3182, sec="hb", title="(河北省)正定县2021年国民经济和社会发展统计公报", date=(2025, 7, 10),
         views=61, pages=[GONGBAO], indent="nbsp", tags=["统计公报", "河北"], comments=[], kind="gongbao"),
    dict(id=4410, sec="xibei", title="(青海省)海东市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
         date=(2025, 8, 1), views=95, pages=[GUIHUA], indent="ideo", tags=["十四五规划", "青海"], comments=[],
         kind="guihua"),
    dict(id=5905, sec="huadong", title="(江苏省)无锡市新吴区2023年政府工作报告", date=(2025, 9, 15),
         views=512, pages=[P003], indent="ideo", tags=["政府工作报告", "江苏", "无锡"], comments=[],
         notitle=True, disclaimer=seed_disclaimer(3)),
]
BYID = {p["id"]: p for p in POSTS}
DISCLAIMER = seed_disclaimer(0)

CSS_A = """
body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f4f4f4;color:#333}
.site{max-width:1100px;margin:0 auto;background:#fff}
.site-header{padding:20px;border-bottom:3px solid #c00}
.main-navigation ul{list-style:none;margin:0;padding:0;display:flex;gap:18px}
.menu-toggle{display:none}
.content-area{float:left;width:72%;padding:20px;box-sizing:border-box}
.widget-area{float:right;width:28%;padding:20px;box-sizing:border-box}
.entry-content p{line-height:1.9;margin:0 0 1em}
.indent-css .entry-content p{text-indent:2em}
.entry-content p.c{text-align:center;text-indent:0}
.site-footer{clear:both;background:#222;color:#aaa;padding:20px;font-size:13px}
"""


def para_html(p, indent, center=False):
    """One body paragraph in the post's indent style."""
    t = esc(fw(p))
    if center:
        return '<p class="c"><strong>%s</strong></p>' % t
    if indent == "nbsp":
        return "<p>&nbsp;&nbsp;%s</p>" % t
    if indent == "ideo":
        return "<p>\u3000\u3000%s</p>" % t
    return "<p>%s</p>" % t


def url_of(p, page=1):
    """A post's URL (page > 1: its later part)."""
    return "/baogao/%s/%d%s.html" % (p["sec"], p["id"], "" if page == 1 else "_%d" % page)


def datestr(d):
    """(y, m, d) -> 2025年7月2日."""
    return "%d年%d月%d日" % d


def header_a():
    """Site A's masthead and menu."""
    items = ['<li class="menu-item"><a href="/">首页</a></li>']
    for slug, name in SECTIONS:
        items.append('<li class="menu-item menu-item-type-taxonomy"><a href="/baogao/%s/">%s</a></li>' % (slug, name))
    items.append('<li class="menu-item"><a href="/about/">关于我们</a></li>')
    return """<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">博县网</a></p>
<p class="site-description">县域经济 · 政府报告 · 统计公报 · 发展规划</p></div>
<nav id="site-navigation" class="main-navigation">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">导航菜单</button>
<ul id="primary-menu" class="menu">%s</ul></nav>
</header>""" % "\n".join(items)


def sidebar_a():
    """Site A's widgets: search, recent posts, tag cloud, archive, about."""
    recent = sorted(POSTS, key=lambda p: -p["id"])[:5]
    rec = "\n".join('<li><a href="%s">%s</a></li>' % (url_of(p), esc(fw(p["title"]))) for p in recent)
    tags = sorted({t for p in POSTS for t in p["tags"]})
    cloud = " ".join('<a href="/tag/%s/" class="tag-cloud-link" style="font-size:%dpt">%s</a>'
                     % (t, 9 + (len(t) * 3) % 10, t) for t in tags)
    months = sorted({p["date"][:2] for p in POSTS}, reverse=True)
    arch = "\n".join('<li><a href="/%d/%02d/">%d年%d月</a></li>' % (y, m, y, m) for y, m in months)
    return """<aside id="secondary" class="widget-area" role="complementary">
<section class="widget widget_search"><form role="search" method="get" action="/"><label><span class="screen-reader-text">搜索：</span>
<input type="search" class="search-field" placeholder="搜索…" name="s"></label><input type="submit" value="搜索"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2><ul>%s</ul></section>
<section class="widget widget_tag_cloud"><h2 class="widget-title">标签云</h2><div class="tagcloud">%s</div></section>
<section class="widget widget_archive"><h2 class="widget-title">文章归档</h2><ul>%s</ul></section>
<section class="widget widget_text"><h2 class="widget-title">关于本站</h2><div class="textwidget"><p>博县网致力于收集整理全国各省、市、县（区）人民政府公开发布的政府工作报告、国民经济和社会发展统计公报以及各类发展规划，方便读者学习、研究和比较。本站内容均来源于各地政府网站及公开出版物，如有错漏，欢迎留言指正。</p></div></section>
</aside>""" % (rec, cloud, arch)


def footer_a():
    """Site A's footer widgets and copyright line."""
    return """<footer id="colophon" class="site-footer">
<div class="footer-widgets">
<div class="fw-col"><h3>关于博县网</h3><p>博县网（bx2200.com）创办于2012年，是一个专注县域经济信息的非营利性资料网站。我们相信，公开透明的政府信息是理解中国基层发展的重要窗口。网站目前收录报告、公报、规划等文件逾万篇，覆盖全国三十一个省（自治区、直辖市）的两千多个县级行政区，并在持续更新中。</p></div>
<div class="fw-col"><h3>友情链接</h3><ul><li><a href="http://www.gov.cn/">中国政府网</a></li><li><a href="http://www.stats.gov.cn/">国家统计局</a></li><li><a href="http://www.npc.gov.cn/">中国人大网</a></li></ul></div>
<div class="fw-col"><h3>联系我们</h3><p>投稿及纠错邮箱：bx2200@example.com<br>工作时间：周一至周五 9:00—17:30</p></div>
</div>
<div class="site-info"><a href="/sitemap.html">网站地图</a> | <a href="/about/">关于我们</a> | <a href="/about/">免责声明</a> | <a href="/feed/">RSS订阅</a><br>
Copyright © 2012-2025 博县网 bx2200.com 版权所有 | <a href="https://beian.miit.gov.cn/">豫ICP备12034567号-2</a> | 自豪地采用 WordPress</div>
</footer>"""


def page_a(title, body_class, main):
    """A whole site-A page around `main`."""
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<meta name="generator" content="WordPress 6.2.2">
<link rel="alternate" type="application/rss+xml" title="博县网 &raquo; Feed" href="/feed/">
<style>%s</style>
</head>
<body class="%s">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">跳至内容</a>
%s
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
%s
</main></div>
%s
</div>
%s
</div>
<script>document.querySelectorAll('.share a').forEach(function(a){a.onclick=function(){return false}})</script>
</body></html>""" % (title, CSS_A, body_class, header_a(), main, sidebar_a(), footer_a())


def render_post(p, page):
    """A post's page `page`: entry, meta, tags, share, disclaimer, navigation, comments."""
    n = len(p["pages"])
    paras = p["pages"][page - 1]
    hl = p.get("header_lines", 0) if page == 1 else 0
    body = "\n".join(para_html(x, p["indent"], center=(i < hl)) for i, x in enumerate(paras))
    if n > 1:
        links = []
        for k in range(1, n + 1):
            if k == page:
                links.append('<span class="post-page-numbers current" aria-current="page">%d</span>' % k)
            else:
                links.append('<a href="%s" class="post-page-numbers">%d</a>' % (url_of(p, k), k))
        body += '\n<div class="page-links">分页： %s</div>' % " ".join(links)
    title = fw(p["title"])
    y, m, d = p["date"]
    sec = p["sec"]
    if p.get("notitle"):
        head_title = ""
        doc_title = "博县网"
        crumb = '<a href="/">首页</a> » <a href="/baogao/%s/">%s</a> » 正文' % (sec, SECNAME[sec])
    else:
        head_title = '<h2 class="entry-title">%s</h2>' % esc(title)
        doc_title = "%s%s – 博县网" % (esc(title), "" if page == 1 else " – 第%d页" % page)
        crumb = '<a href="/">首页</a> » <a href="/baogao/%s/">%s</a> » %s' % (sec, SECNAME[sec], esc(title))
    tags = " ".join('<a href="/tag/%s/" rel="tag">%s</a>' % (t, t) for t in p["tags"])
    order = sorted(POSTS, key=lambda q: q["id"])
    i = order.index(p)
    nav = []
    if i > 0:
        q = order[i - 1]
        nav.append('<div class="nav-previous"><a href="%s" rel="prev"><span class="meta-nav">上一篇：</span>%s</a></div>'
                   % (url_of(q), esc(fw(q["title"]))))
    if i + 1 < len(order):
        q = order[i + 1]
        nav.append('<div class="nav-next"><a href="%s" rel="next"><span class="meta-nav">下一篇：</span>%s</a></div>'
                   % (url_of(q), esc(fw(q["title"]))))
    disc = fw(p.get("disclaimer", DISCLAIMER))
    comments = p["comments"] if page == 1 else []
    clist = []
    for k, (who, when, text) in enumerate(comments):
        cid = p["id"] * 10 + k
        clist.append("""<li id="comment-%d" class="comment even thread-even depth-1">
<article id="div-comment-%d" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="/wp-content/avatar.png" class="avatar" height="42" width="42"><b class="fn">%s</b> <span class="says">说道：</span></div>
<div class="comment-metadata"><a href="%s#comment-%d"><time datetime="%04d-%02d-%02d">%s</time></a></div></footer>
<div class="comment-content"><p>%s</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="%s?replytocom=%d#respond">回复</a></div>
</article></li>""" % (cid, cid, esc(who), url_of(p), cid, y, m, d, esc(when), esc(text), url_of(p), cid))
    comments_html = """<div id="comments" class="comments-area">
<h3 class="comments-title">留言与评论（共有 %s 条评论）</h3>
<ol class="commentlist">%s</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">发表评论 <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">取消回复</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">您的电子邮箱地址不会被公开。 必填项已用<span class="required">*</span>标注</p>
<p class="comment-form-comment"><label for="comment">评论 <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="comment-form-author"><label for="author">显示名称 <span class="required">*</span></label><input id="author" name="author" type="text" size="30" required></p>
<p class="comment-form-email"><label for="email">电子邮箱地址 <span class="required">*</span></label><input id="email" name="email" type="email" size="30"></p>
<p class="comment-form-captcha"><label for="captcha">验证码：</label><img src="/captcha.php?r=%d" alt="验证码"> <input id="captcha" name="captcha" type="text" size="6"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="发表评论"><input type="hidden" name="comment_post_ID" value="%d"></p>
</form></div></div>""" % (len(comments) if comments else "", "\n".join(clist), p["id"], p["id"])
    main = """<nav class="breadcrumbs">当前位置：%s</nav>
<article id="post-%d" class="post-%d post type-post status-publish format-standard hentry category-%s">
<header class="entry-header">
%s
<div class="entry-meta"><span class="posted-on">发布于 <time class="entry-date published" datetime="%04d-%02d-%02dT10:21:00+08:00">%s</time></span> · <span class="cat-links"><a href="/baogao/%s/" rel="category tag">%s</a></span> · <span class="post-views">阅读 %d</span></div>
</header>
<div class="entry-content">
%s
</div>
<footer class="entry-footer">
<span class="tags-links">标签：%s</span>
<div class="share">分享到：<a href="#" class="share-weixin">微信</a> <a href="#" class="share-weibo">新浪微博</a> <a href="#" class="share-qzone">QQ空间</a> <a href="#" class="share-copy">复制链接</a></div>
<div class="entry-copyright"><p>%s</p><p>本文地址：<a href="%s">%s</a></p></div>
</footer>
</article>
<nav class="navigation post-navigation" aria-label="文章"><h2 class="screen-reader-text">文章导航</h2><div class="nav-links">%s</div></nav>
%s""" % (crumb, p["id"], p["id"], sec, head_title, y, m, d, datestr(p["date"]), sec, SECNAME[sec],
         p["views"] + page, body, tags, esc(disc), url_of(p), url_of(p), "\n".join(nav), comments_html)
    cls = "post-template-default single single-post postid-%d%s" % (p["id"], " indent-css" if p["indent"] == "css" else "")
    return page_a(doc_title, cls, main)


def excerpt(p):
    """A post's excerpt in archive listings."""
    text = "".join(p["pages"][0])
    return fw(text[:110]) + "…"


def render_list(heading, posts, base, page, per_page):
    """An archive listing page (category, tag, month or home), or None past its last page."""
    pages = max(1, (len(posts) + per_page - 1) // per_page)
    if page > pages:
        return None
    chunk = posts[(page - 1) * per_page: page * per_page]
    arts = []
    for p in chunk:
        arts.append("""<article id="post-%d" class="post type-post hentry">
<header class="entry-header"><h2 class="entry-title"><a href="%s" rel="bookmark">%s</a></h2>
<div class="entry-meta"><span class="posted-on">发布于 <time>%s</time></span> · <span class="cat-links"><a href="/baogao/%s/">%s</a></span></div></header>
<div class="entry-summary"><p>%s</p><p><a class="more-link" href="%s">阅读全文 »</a></p></div>
</article>""" % (p["id"], url_of(p), esc(fw(p["title"])), datestr(p["date"]), p["sec"], SECNAME[p["sec"]],
                 esc(excerpt(p)), url_of(p)))
    nav = []
    if page > 1:
        prev = base if page == 2 else "%spage/%d/" % (base, page - 1)
        nav.append('<a class="prev page-numbers" href="%s">« 上一页</a>' % prev)
    for k in range(1, pages + 1):
        if k == page:
            nav.append('<span aria-current="page" class="page-numbers current">%d</span>' % k)
        else:
            nav.append('<a class="page-numbers" href="%s">%d</a>' % (base if k == 1 else "%spage/%d/" % (base, k), k))
    if page < pages:
        nav.append('<a class="next page-numbers" href="%spage/%d/">下一页 »</a>' % (base, page + 1))
    main = """<header class="page-header"><h1 class="page-title">%s</h1></header>
%s
<nav class="navigation pagination" aria-label="文章分页"><div class="nav-links">%s</div></nav>""" % (
        heading, "\n".join(arts), " ".join(nav))
    title = "%s%s – 博县网" % (heading, "" if page == 1 else " – 第%d页" % page)
    return page_a(title, "archive category", main)


def route_a(path):
    """Site A's page for `path`, or None (404)."""
    path = path.split("?")[0].split("#")[0]
    newest = sorted(POSTS, key=lambda p: (p["date"], p["id"]), reverse=True)
    m = re.fullmatch(r"/baogao/([a-z]+)/(\d+)(?:_(\d+))?\.html", path)
    if m:
        p = BYID.get(int(m.group(2)))
        pg = int(m.group(3) or 1)
        if p and p["sec"] == m.group(1) and 1 <= pg <= len(p["pages"]) and m.group(3) != "1":
            return render_post(p, pg)
        return None
    m = re.fullmatch(r"(/|/baogao/([a-z]+)/|/tag/([^/]+)/|/(\d{4})/(\d\d)/)(?:page/(\d+)/)?", path)
    if m:
        base, sec, tag, yy, mm, pg = m.groups()
        pg = int(pg or 1)
        if sec:
            if sec not in SECNAME:
                return None
            return render_list("分类：" + SECNAME[sec], [p for p in newest if p["sec"] == sec], base, pg, 2)
        if tag:
            t = unquote(tag)
            posts = [p for p in newest if t in p["tags"]]
            return render_list("标签：" + esc(t), posts, base, pg, 3) if posts else None
        if yy:
            posts = [p for p in newest if p["date"][:2] == (int(yy), int(mm))]
            return render_list("月份：%s年%d月" % (yy, int(mm)), posts, base, pg, 3) if posts else None
        return render_list("最新文章", newest, "/", pg, 3)
    if path == "/sitemap.html":
        items = "\n".join('<li><a href="%s">%s</a></li>' % (url_of(p), esc(fw(p["title"]))) for p in newest)
        secs = "\n".join('<li><a href="/baogao/%s/">%s</a></li>' % s for s in SECTIONS)
        return page_a("网站地图 – 博县网", "page", '<h1>网站地图</h1><h2>分类</h2><ul>%s</ul><h2>文章</h2><ul>%s</ul>'
                      % (secs, items))
    if path == "/about/":
        return page_a("关于我们 – 博县网", "page", """<article class="page"><header class="entry-header"><h1 class="entry-title">关于我们</h1></header>
<div class="entry-content"><p>　　博县网是一个收集整理各地政府公开文件的资料网站。本站所载报告、公报、规划等内容均来自各级人民政府门户网站。</p>
<p>　　本站展示的部分文件并非全文，请以各地政府官方发布版本为准。</p></div></article>""")
    return None


# ---------------------------------------------------------------- site B data
def seed_b_items():
    """Site B's ten report items (title, one-line body, date) from seed 004."""
    lines = seed(4).split("\n")
    items = []
    i = 0
    while i < len(lines):
        if lines[i] == "-" and i + 3 < len(lines):
            items.append(dict(title=lines[i + 1], body=lines[i + 2], date=lines[i + 3]))
            i += 4
        else:
            i += 1
    return items


B_REPORTS = seed_b_items()
assert len(B_REPORTS) == 10, len(B_REPORTS)
NEWS = [
    dict(title="【咸阳市招商】咸阳高新区2025年二季度重点项目集中签约 总投资86亿元", date="2025-07-01",
         body="7月1日，咸阳高新区举行2025年第二季度重点项目集中签约仪式，共签约项目12个，总投资86亿元，涵盖电子信息、生物医药、先进装备制造等领域。高新区管委会主要负责同志表示，将持续优化营商环境，全力做好项目落地服务保障，推动签约项目早开工、早投产、早见效。"),
    dict(title="天门市政府召开常务会议 传达学习2025年省政府工作报告精神", date="2025-02-10",
         body="2月10日，市长主持召开市政府常务会议，传达学习省十四届人大三次会议精神和省《政府工作报告》，研究部署我市贯彻落实工作。会议指出，省政府工作报告立意高远、措施务实，为做好今年工作指明了方向。会议要求，各地各部门要对照报告确定的目标任务，逐项分解落实，确保全年目标任务圆满完成。会议还研究了其他事项。"),
    dict(title="一图读懂2022年河北省政府工作报告", date="2022-01-18",
         body="1月17日，河北省第十三届人民代表大会第五次会议开幕。一图读懂2022年河北省政府工作报告：2022年全省经济社会发展主要预期目标是，生产总值增长6.5%左右，一般公共预算收入增长6%左右，城镇新增就业88万人以上，居民收入增长与经济增长基本同步。（来源：河北日报）"),
    dict(title="【厦门市招商】厦门市2021年国民经济和社会发展统计公报", date="2022-03-21",
         body="2021年，全市实现地区生产总值7033.89亿元，按可比价格计算，比上年增长8.1%。其中，第一产业增加值27.47亿元，增长3.1%；第二产业增加值2515.77亿元，增长7.2%；第三产业增加值4490.65亿元，增长8.6%。年末全市常住人口528万人，比上年末增加10万人。全年一般公共预算总收入1530.18亿元，增长11.2%。"),
    dict(title="【襄阳市招商】襄阳市召开2022年一季度招商引资项目集中签约大会", date="2022-03-30",
         body="3月30日，襄阳市2022年一季度招商引资项目集中签约大会举行，现场签约项目46个，协议投资总额1286亿元。市委主要负责同志出席并讲话，强调要树牢“大抓项目、抓大项目”鲜明导向，以招商引资的新突破支撑高质量发展。"),
]
PREFIX = {"2022年咸阳市政府工作报告": "【咸阳市招商】", "2022年襄阳市政府工作报告": "【襄阳市招商】",
          "2022年郴州市政府工作报告": "【郴州市招商】"}


def b_items():
    """The report channel's items in listing order, news mixed in."""
    r = {it["title"]: it for it in B_REPORTS}
    n = {it["title"]: it for it in NEWS}
    order = [r["2022年咸阳市政府工作报告"], NEWS[0], r["2022年东丽区政府工作报告"], r["2022年天门市政府工作报告"], NEWS[1],
             r["2022年蓟州区政府工作报告"], r["2022年青海省政府工作报告"], NEWS[2], r["2022年郴州市政府工作报告"],
             r["2022年河北省政府工作报告"],
             r["2022年厦门市政府工作报告"], NEWS[3], r["2022年襄阳市政府工作报告"], r["2022年辽宁省政府工作报告"], NEWS[4]]
    assert len(order) == 15 and n
    return order


B_ORDER = b_items()
PER_B = 5

CSS_B = """body{font:12px/1.6 宋体,SimSun;margin:0}table{border-collapse:collapse}.w{width:980px;margin:0 auto}
.top{background:#eee;height:26px}.nav a{color:#fff;background:#06c;padding:4px 10px}dl.item{border-bottom:1px dashed #ccc;padding:6px 0}
dl.item dt{font-weight:bold;font-size:14px}dl.item dd{margin:0}.fr{float:right;color:#999}.pages a,.pages b{padding:2px 6px;border:1px solid #ccc}"""


def render_b(cat, page):
    """Listing page `page` of channel `cat` (37: reports, 12: news), or None."""
    items = B_ORDER if cat == 37 else NEWS
    pages = (len(items) + PER_B - 1) // PER_B
    if not 1 <= page <= pages:
        return None
    catname = "政府工作报告" if cat == 37 else "招商新闻"
    chunk = items[(page - 1) * PER_B: page * PER_B]
    out = []
    for k, it in enumerate(chunk):
        iid = 8800 + B_ORDER.index(it) if it in B_ORDER else 9900 + k
        title = PREFIX.get(it["title"], "") + it["title"]
        y, mo, d = it["date"].split("-")
        body = esc(fw(it["body"]))
        if k % 2 == 0:
            out.append("""<dl class="item" id="info%d">
<dt><span class="fr">%s-%s</span><a name="i%d"></a>%s</dt>
<dd class="txt">%s</dd>
</dl>""" % (iid, mo, d, iid, esc(fw(title)), body))
        else:
            out.append("""<dl class="item" id="info%d">
<dt>%s</dt>
<dd class="txt">%s</dd>
<dd class="info">发布时间：%s/%s/%s &nbsp; 浏览：%d次 &nbsp; <a href="/member/fav.php?id=%d">收藏</a></dd>
</dl>""" % (iid, esc(fw(title)), body, y, mo, d, 300 + iid % 97, iid))
    base = "/info/%d/page/" % cat
    nav = ["共%d条 %d页" % (len(items), pages), '<a href="%s1">首页</a>' % base]
    if page > 1:
        nav.append('<a href="%s%d">上一页</a>' % (base, page - 1))
    for k in range(1, pages + 1):
        nav.append("<b>%d</b>" % k if k == page else '<a href="%s%d">%d</a>' % (base, k, k))
    if page < pages:
        nav.append('<a href="%s%d">下一页</a>' % (base, page + 1))
    nav.append('<a href="%s%d">尾页</a>' % (base, pages))
    opts = "".join('<option value="%s%d"%s>第%d页</option>' % (base, k, " selected" if k == page else "", k)
                   for k in range(1, pages + 1))
    nav.append('<select name="jump" onchange="window.location=this.options[this.selectedIndex].value">%s</select>' % opts)
    hot = "".join('<li><a href="/info/37/page/%d#i%d">%s</a></li>' % (B_ORDER.index(it) // PER_B + 1, 8800 + B_ORDER.index(it),
                                                                     esc(fw(it["title"]))) for it in B_ORDER[:6])
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>%s_信息列表_第%d页 - 中国招商信息港</title>
<meta name="keywords" content="%s,招商引资,招商信息,政府工作报告" />
<style type="text/css">%s</style>
</head>
<body>
<div class="top"><div class="w">欢迎来到中国招商信息港！ <a href="/member/login.php">登录</a> | <a href="/member/reg.php">免费注册</a> | <a href="/m/">手机版</a> | <a href="/tougao/">我要投稿</a></div></div>
<div class="w head"><a href="/"><img src="/images/logo.gif" alt="中国招商信息港" /></a>
<form action="/search.php" method="get"><input name="kw" value="请输入关键字" /><input type="submit" value="搜索" /></form></div>
<div class="w nav"><a href="/">首页</a><a href="/info/37/page/1">政府报告</a><a href="/info/12/page/1">招商新闻</a><a href="/park/">产业园区</a><a href="/policy/">优惠政策</a><a href="/tougao/">投稿</a></div>
<div class="w pos">当前位置：<a href="/">首页</a> &gt; <a href="/info/">信息</a> &gt; %s</div>
<table class="w" width="980" border="0" cellspacing="0" cellpadding="0"><tr>
<td class="left" width="720" valign="top">
<div class="listbox">
%s
</div>
<div class="pages">%s</div>
</td>
<td class="right" width="250" valign="top">
<div class="box"><h3>热门信息</h3><ul>%s</ul></div>
<div class="box"><h3>联系方式</h3><p>客服热线：400-000-0000<br />QQ：123456789<br />邮箱：service@example.com</p></div>
</td></tr></table>
<div class="w tougao">有想补充的信息？<a href="/tougao/">点我投稿</a></div>
<div class="w foot"><ul><li><a href="/about/contact.html">联系我们</a></li><li><a href="/about/join.html">企业入驻</a></li><li><a href="/about/">关于我们</a></li></ul>
<p>Copyright &copy; 2008-2025 中国招商信息港 All Rights Reserved 陕ICP备08012345号</p></div>
</body></html>""" % (catname, page, catname, CSS_B, catname, "\n".join(out), " ".join(nav), hot)


def route_b(path):
    """Site B's page for `path`, or None (404)."""
    path = path.split("?")[0].split("#")[0]
    m = re.fullmatch(r"/info/(\d+)/page/(\d+)/?", path)
    if m and int(m.group(1)) in (37, 12):
        return render_b(int(m.group(1)), int(m.group(2)))
    if path in ("/", "/index.html"):
        return render_b(37, 1)
    return None


# ---------------------------------------------------------------- server
def make_handler(route, charset_header):
    """A request handler answering from `route(path)`; site B's header names no charset."""
    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def do_GET(self):
            if self.path == "/robots.txt":
                body, code, ctype = b"User-agent: *\nDisallow: /wp-admin/\n", 200, "text/plain"
            else:
                try:
                    page = route(self.path)
                except Exception:  # pragma: no cover
                    page = None
                    log.exception("route %s", self.path)
                if page is None:
                    body, code = "<html><body><h1>404 页面未找到</h1></body></html>".encode("utf-8"), 404
                else:
                    body, code = page.encode("utf-8"), 200
                ctype = "text/html; charset=UTF-8" if charset_header else "text/html"
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, fmt, *args):
            log.debug("[%s] %s", self.server.server_address[1], fmt % args)

    return H


def start(site: str, port: int = 0, host: str = "127.0.0.1") -> RunningSite:
    """Serve site "a" (UTF-8 named in the header) or "b" (charset only in its
    <meta>) on loopback; `port=0` picks a free port."""
    if site not in ("a", "b"):
        raise ValueError("no site %r" % site)
    route, charset_header = (route_a, True) if site == "a" else (route_b, False)
    server = ThreadingHTTPServer((host, port), make_handler(route, charset_header))
    server.daemon_threads = True
    return RunningSite(server)
