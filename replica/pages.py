"""HTML of the replica's pages, as plain functions from data to markup.

The markup imitates small CMS-built Chinese sites and is deliberately a little
varied (two report layouts, classes that differ between page kinds), so that
crawlers and cleaners are written for the rendered text, not for this file.
Nothing here knows about routing: ``replica.site`` decides what to show.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

INDENT = "\u3000\u3000"  # live pages indent paragraphs with two ideographic spaces
SITE_A_NAME = "博县网"
SITE_B_NAME = "地方招商网"
DEFAULT_DISCLAIMER = (
    "本文仅代表作者观点，不代表本站立场。 凡注明为博县网原创作品的，未经许可，不得转载；"
    "报告、公报、规划等总结类或文件类信息，本站展示并非全部都完整，为了您更加全面、更有实效的查询学习，"
    "建议您到相关地区政府官网浏览或下载完整版本；源于网络的作品，若对您造成了侵权，请联系本站，"
    "我们会第一时间予以处理。"
)

Link = tuple[str, str]  # (href, text)
# A site-A section's listing pages after the first, by section number and page.
LISTING_PAGE_NAME = "list_{page}.html"


def _t(text: str) -> str:
    """Text content, escaped."""
    return escape(text, quote=False)


def _a(href: str, text: str, cls: str | None = None) -> str:
    """An anchor."""
    attr = f' class="{escape(cls)}"' if cls else ""
    return f'<a href="{escape(href)}"{attr}>{_t(text)}</a>'


def _links(items: list[Link], ul_class: str) -> str:
    """A <ul> of links."""
    rows = "".join(f"<li>{_a(href, text)}</li>\n" for href, text in items)
    return f'<ul class="{ul_class}">\n{rows}</ul>'


def pager(urls: list[str], current: int, *, prev: bool = True) -> str:
    """Numbered pagination with 上一页/下一页 (``current`` is 1-based)."""
    if len(urls) < 2:
        return ""
    parts = []
    if prev and current > 1:
        parts.append(_a(urls[current - 2], "上一页", "prev"))
    for number, url in enumerate(urls, 1):
        parts.append(f'<span class="current">{number}</span>' if number == current
                     else _a(url, str(number)))
    if current < len(urls):
        parts.append(_a(urls[current], "下一页", "next"))
    return '<div class="pages">' + " ".join(parts) + "</div>"


def b_pager(urls: list[str], current: int) -> str:
    """Site B's listing pager: as site A's, without 上一页."""
    return pager(urls, current, prev=False)


# --------------------------------------------------------------------------
# Site A: shared parts


def _head(title: str, charset: str, style: str = "classic") -> str:
    """The document start: doctype, head, opening body."""
    meta = (f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            if style == "classic" else f'<meta charset="{charset}">')
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n"
        f"{meta}\n<title>{_t(title)}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="stylesheet" href="/static/style.css">\n'
        "</head>\n<body>\n"
    )


def _nav(sections: list[Link]) -> str:
    """The top bar: site name and the navigation menu of region sections."""
    items = [("/", "首页")] + sections
    return (
        '<div class="top">\n'
        f'<div class="logo">{_a("/", SITE_A_NAME)}</div>\n'
        '<div class="nav">\n<div class="menu-btn">导航菜单</div>\n'
        f'{_links(items, "menu")}\n</div>\n</div>\n'
    )


def _footer() -> str:
    """The site footer, with its 网站地图 link on a line of its own."""
    return (
        '<div class="footer">\n'
        f'<p>{_a("/sitemap.html", "网站地图")}</p>\n'
        f'<p>Copyright &copy; {SITE_A_NAME} 版权所有 {_a("/about.html", "关于本站")}</p>\n'
        "</div>\n</body>\n</html>\n"
    )


def _comment_box() -> str:
    """The comment form under every report page."""
    return (
        '<div class="pinglun">\n'
        '<h3>留言与评论（共有 <span id="pl_count"></span>条评论）</h3>\n'
        '<form method="post" action="/plus/feedback.php">\n'
        '<textarea name="msg" rows="4"></textarea>\n'
        '<p>验证码：<input type="text" name="validate" size="4"></p>\n'
        '<p><button type="submit">发表评论</button></p>\n'
        "</form>\n</div>\n"
    )


# --------------------------------------------------------------------------
# Site A: report pages


@dataclass
class ReportView:
    """What one site-A report page shows."""

    head_title: str
    title: str | None  # None on continuation pages
    paragraphs: list[str]
    canonical: str  # the 本文地址 path: always the first page's
    disclaimer: str
    pager: str
    sections: list[Link]
    breadcrumb: list[Link]
    related: list[Link] = field(default_factory=list)
    charset: str = "utf-8"
    attachment: Link | None = None  # the file holding the report, when the page only links it
    part_urls: list[str] = field(default_factory=list)  # every part's address (a long report's)
    page: int = 1  # which part this page is
    # the reports before and after this one in its section (上一篇, 下一篇), None at an end
    neighbours: tuple[Link | None, Link | None] = (None, None)


def report_page(view: ReportView, layout: str = "classic") -> str:
    """A report page in one of the two layouts."""
    if layout == "article":
        return _report_article(view)
    return _report_classic(view)


def _paragraphs(paragraphs: list[str]) -> str:
    """Body paragraphs, each in a <p>, indented as the live site does."""
    return "".join(f"<p>{INDENT}{_t(p)}</p>\n" for p in paragraphs)


def _attachment(view: ReportView) -> str:
    """The 附件 line under the body of a page whose report is an attached file."""
    if view.attachment is None:
        return ""
    href, name = view.attachment
    return f'<p class="fujian">附件：{_a(href, name)}</p>\n'


def _crumbs(items: list[Link]) -> str:
    """The 当前位置 breadcrumb."""
    return "当前位置：" + " &gt; ".join(_a(href, text) for href, text in items)


def _report_classic(view: ReportView) -> str:
    """The layout of the seed pages: div.content, sidebar after the article."""
    title = f'<h1 class="title">{_t(view.title)}</h1>\n' if view.title else ""
    return (
        _head(view.head_title, view.charset, "classic")
        + _nav(view.sections)
        + '<div class="main">\n<div class="left">\n'
        + f'<div class="weizhi">{_crumbs(view.breadcrumb)}</div>\n'
        + '<div class="content">\n' + title + _paragraphs(view.paragraphs) + _attachment(view)
        + "</div>\n"
        + view.pager + "\n"
        + f'<div class="shengming">{_t(view.disclaimer)}</div>\n'
        + f'<p class="dizhi">本文地址：{_a(view.canonical, view.canonical)}</p>\n'
        + _comment_box()
        + "</div>\n"
        + f'<div class="right">\n<h3>相关报告</h3>\n{_links(view.related, "xiangguan")}\n</div>\n'
        + "</div>\n"
        + _footer()
    )


def _report_article(view: ReportView) -> str:
    """A newer template: <article>, sidebar before it in the markup."""
    title = f'<header><h1 class="art-title">{_t(view.title)}</h1></header>\n' if view.title else ""
    return (
        _head(view.head_title, view.charset, "article")
        + _nav(view.sections)
        + '<div id="wrap">\n'
        + f'<aside class="side">\n<h4>相关报告</h4>\n{_links(view.related, "rel-list")}\n</aside>\n'
        + "<article>\n" + title
        + f'<section id="art-body" class="art-body">\n{_paragraphs(view.paragraphs)}'
        + _attachment(view) + "</section>\n"
        + view.pager + "\n"
        + '<footer class="art-foot">\n'
        + f'<p class="statement">{_t(view.disclaimer)}</p>\n'
        + f'<p class="permalink">本文地址：{_a(view.canonical, view.canonical)}</p>\n'
        + "</footer>\n</article>\n"
        + _comment_box()
        + f'<div class="crumbs">{_crumbs(view.breadcrumb)}</div>\n'
        + "</div>\n"
        + _footer()
    )


# --------------------------------------------------------------------------
# Site A: other pages


def listing_page(label: str, sections: list[Link], entries: list[Link], pager_html: str) -> str:
    """A region section's listing page (one page of it)."""
    if entries:
        body = _links(entries, "list")
    else:
        body = '<p class="empty">本栏目暂无内容，敬请期待。</p>'
    heading = f"{label}地区政府工作报告"
    return (
        _head(f"{heading}_{SITE_A_NAME}", "utf-8")
        + _nav(sections)
        + '<div class="main">\n'
        + f'<div class="weizhi">当前位置：{_a("/", "首页")} &gt; {_t(label)}</div>\n'
        + f'<h2 class="lanmu">{_t(heading)}</h2>\n'
        + body + "\n" + pager_html + "\n"
        + "</div>\n"
        + _footer()
    )


def home_page(sections: list[Link], latest: list[Link], outside: list[Link]) -> str:
    """The home page: navigation, latest reports, about/admin and outside links."""
    return (
        _head(f"{SITE_A_NAME} - 地方政府工作报告、统计公报", "utf-8")
        + _nav(sections)
        + '<div class="main">\n'
        + f"<h2>最新发布</h2>\n{_links(latest, 'list')}\n"
        + f"<h2>地区导航</h2>\n{_links(sections, 'diqu')}\n"
        + f'<p class="guanyu">{_a("/about.html", "关于本站")} | {_a("/admin/", "后台管理")}</p>\n'
        + f"<h3>友情链接</h3>\n{_links(outside, 'links')}\n"
        + "</div>\n"
        + _footer()
    )


def simple_page(title: str, sections: list[Link], paragraphs: list[str],
                links: list[Link] = ()) -> str:
    """A plain site-A page (about, site map, 404, admin login)."""
    rows = "".join(f"<p>{_t(p)}</p>\n" for p in paragraphs)
    more = _links(list(links), "list") + "\n" if links else ""
    return (
        _head(f"{title}_{SITE_A_NAME}", "utf-8")
        + _nav(sections)
        + f'<div class="main">\n<h2>{_t(title)}</h2>\n{rows}{more}</div>\n'
        + _footer()
    )


# --------------------------------------------------------------------------
# Site B


@dataclass
class Item:
    """One site-B listing item."""

    title: str
    body: str
    date: str


# Where site B's menu leads: its listing's first page.
B_LISTING = "/info/12/page/1"


def _b_frame(title: str, content: str, listing: str = B_LISTING) -> str:
    """Site B's page frame: header menu (its second link to ``listing``), content, and the closing links."""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{_t(title)}</title>\n</head>\n<body>\n"
        '<div class="header">\n'
        f'<span class="site-name">{_a("/", SITE_B_NAME)}</span>\n'
        '<ul class="menu"><li><a href="/">首页</a></li>'
        f'<li>{_a(listing, "政府工作报告")}</li></ul>\n'
        "</div>\n"
        + content
        + '<div class="foot">\n'
        '<p class="tougao">有想补充的信息？<a href="/tougao/">点我投稿</a></p>\n'
        '<ul class="foot-links"><li><a href="/contact/">联系我们</a></li>'
        '<li><a href="/ruzhu/">企业入驻</a></li></ul>\n'
        "</div>\n</body>\n</html>\n"
    )


def b_listing_page(items: list[Item], pager_html: str, page: int, listing: str = B_LISTING) -> str:
    """A site-B listing page: whole items, each body on one line."""
    rows = "".join(
        "<li>\n"
        f'<h3 class="item-title">{_t(item.title)}</h3>\n'
        f'<div class="item-text">{_t(item.body)}</div>\n'
        f'<div class="item-date">{_t(item.date)}</div>\n'
        "</li>\n"
        for item in items
    )
    content = f'<div class="info-list">\n<ul>\n{rows}</ul>\n</div>\n{pager_html}\n'
    return _b_frame(f"政府工作报告_第{page}页_{SITE_B_NAME}", content, listing)


def b_simple_page(title: str, paragraphs: list[str], links: list[Link] = (),
                  listing: str = B_LISTING) -> str:
    """A plain site-B page (home, contact, 404, …)."""
    rows = "".join(f"<p>{_t(p)}</p>\n" for p in paragraphs)
    more = _links(list(links), "list") + "\n" if links else ""
    return _b_frame(f"{title}_{SITE_B_NAME}", f'<div class="main">\n<h2>{_t(title)}</h2>\n{rows}{more}</div>\n',
                    listing)
