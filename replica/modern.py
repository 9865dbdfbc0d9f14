"""The "modern" build of both sites: the same pages as a current Chinese CMS front end writes them.

Rendered to text, every page says what the default build's says (the seeds);
only the markup and the listings' addresses differ, the way today's
template-driven sites (no scripts needed to read them) differ:

- HTML5 semantic tags: ``<header>``, a ``<nav>`` whose menu nests a second
  ``<ul>`` (the sections under 地区报告), ``<main>``, ``<article>``,
  ``<aside>``, ``<footer>``; the breadcrumb an ``<ol>`` in a
  ``<nav aria-label="面包屑">``;
- listing entries are cards, the whole card one link:
  ``<li><a href><h3>title</h3><p>summary</p><time datetime=…></a></li>``,
  so a link's text is title, summary and date together;
- pagers say 上一页/下一页 only to screen readers: ``<a aria-label="下一页">›</a>``
  on site A, an icon with no text at all on site B (``<svg>``, the word in
  ``aria-label`` and ``title``), numbered links, ``aria-current`` on the
  current page, and a ``共N页 跳转`` form;
- addresses: site A's later listing pages are ``index_1.html``,
  ``index_2.html`` … (TRS's shape, linked this time), site B's are the
  listing folder with a query, ``/info/12/?page=2``; a report's first page
  keeps the seeds' ``<id>.html`` (its 本文地址), its later parts are that page
  with a query, ``<id>.html?page=2`` (linked as ``?page=2`` too);
- links relative to the page, with ``./`` and ``../`` (``../huabei/``,
  ``../../``), where the page's place is known; the error and plain pages,
  which may answer at any address, link from the root;
- a report page's head carries a canonical link (relative), a description
  and Open Graph tags; its header, a meta line (发布时间, 来源, an empty view
  count) and the font-size, print and share tools, on every part;
- a report page's next part is a 下一页 link inside the ``<article>`` (no
  ``<id>_2.html`` anywhere on it), and
  上一篇/下一篇 lead to the reports beside it in its section.

Crawlers and cleaners that read the default build right must read this one
right too, without being written for either.

:class:`ModernBuild` offers the same functions as :mod:`replica.pages`, so a
site renders through either one.
"""
from __future__ import annotations

import posixpath
from html import escape
from typing import Callable

from replica.pages import (B_LISTING, INDENT, SITE_A_NAME, SITE_B_NAME, Item, Link, ReportView)

# A section's later listing pages: TRS's index_1.html (the 2nd page), index_2.html, …
LISTING_PAGE_NAME = "index_{after}.html"
# What a listing card shows under its title: the report's opening words.
SUMMARY_CHARS = 48
# A card's (summary, ISO date) for the report at an address.
CardOf = Callable[[str], tuple[str, str]]
# Site B's next/previous icons: a chevron drawn, no text.
_CHEVRON = {"next": "M9 6l6 6-6 6", "prev": "M15 6l-6 6 6 6"}


def _t(text: str) -> str:
    """Text content, escaped."""
    return escape(text, quote=False)


def _attr(value: str) -> str:
    """An attribute value, quoted and escaped."""
    return '"' + escape(value) + '"'


def _a(href: str, text: str, **attrs: str) -> str:
    """An anchor with optional attributes (``aria_label`` → ``aria-label``)."""
    extra = "".join(f" {name.replace('_', '-')}={_attr(value)}" for name, value in attrs.items())
    return f"<a href={_attr(href)}{extra}>{_t(text)}</a>"


def relative(target: str, folder: str) -> str:
    """``target`` (a site path) as a link from a page in ``folder``, always
    starting ``./`` or ``../``, as templates write them: ``./1320_2.html``,
    ``../huabei/``, ``../../``. Anything else (a full URL) is kept."""
    if not target.startswith("/"):
        return target
    path, _, query = target.partition("?")
    written = posixpath.relpath(path, folder)
    if written == ".":
        written = ""
    if path.endswith("/") and written and not written.endswith("/"):
        written += "/"
    if not written.startswith(".."):
        written = "./" + written
    return written + (f"?{query}" if query else "")


def _folder(path: str) -> str:
    """The folder of a site path: ``/baogao/x/1.html`` → ``/baogao/x``; ``/baogao/x/`` → ``/baogao/x``."""
    return path.rsplit("/", 1)[0] or "/"


class ModernBuild:
    """Markup of both sites as a current CMS writes it. ``card_of`` gives a
    listing card's summary and date for a report's address (the site knows
    its reports; the markup does not)."""

    LISTING_PAGE_NAME = LISTING_PAGE_NAME

    def __init__(self, card_of: CardOf | None = None):
        self.card_of = card_of or (lambda href: ("", ""))

    # ---- shared parts

    @staticmethod
    def _head(title: str, charset: str, folder: str | None, extra: str = "") -> str:
        """An HTML5 head; the stylesheet linked relative to the page when its
        place is known; ``extra`` (a report's canonical link and sharing tags) last."""
        style = relative("/static/style.css", folder) if folder else "/static/style.css"
        return (
            "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n"
            f"<meta charset=\"{charset}\">\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_t(title)}</title>\n"
            f'<link rel="stylesheet" href={_attr(style)}>\n'
            + extra
            + "</head>\n<body>\n"
        )

    def _report_head_tags(self, view: ReportView, folder: str) -> str:
        """A report page's canonical link (its first part, relative), its
        description (the card's summary) and Open Graph title, as SEO plugins write them."""
        summary, _ = self.card_of(view.canonical)
        title = view.head_title.rsplit("_", 1)[0]
        return (f'<link rel="canonical" href={_attr(relative(view.canonical, folder))}>\n'
                f'<meta name="description" content={_attr(summary)}>\n'
                f'<meta property="og:type" content="article">\n'
                f'<meta property="og:title" content={_attr(title)}>\n'
                f'<meta property="og:site_name" content="{SITE_A_NAME}">\n')

    @staticmethod
    def _link(href: str, folder: str | None) -> str:
        """A site path as this page writes it: relative when its place is known, else from the root."""
        return relative(href, folder) if folder else href

    def _header(self, sections: list[Link], folder: str | None) -> str:
        """The site header: logo, then a nav whose 地区报告 item opens a nested menu of sections."""
        link = lambda href: self._link(href, folder)
        sub = "".join(f"<li>{_a(link(href), text)}</li>" for href, text in sections)
        regions = (f'<li class="has-sub">{_a(link("/sitemap.html"), "地区报告")}\n'
                   f'<ul class="sub-menu">{sub}</ul></li>\n') if sections else ""
        return (
            '<header class="site-header">\n'
            f'<a class="brand" href={_attr(link("/"))}><img src={_attr(link("/static/logo.png"))} '
            f'alt="" width="32" height="32"><span>{SITE_A_NAME}</span></a>\n'
            '<nav class="site-nav" aria-label="主导航">\n'
            '<button type="button" class="nav-toggle" aria-expanded="false">导航菜单</button>\n'
            '<ul class="menu">\n'
            f'<li>{_a(link("/"), "首页")}</li>\n'
            + regions
            + f'<li>{_a(link("/about.html"), "关于本站")}</li>\n'
            "</ul>\n</nav>\n</header>\n"
        )

    def _footer(self, folder: str | None) -> str:
        """The site footer: 网站地图 on a line of its own, then the copyright."""
        link = lambda href: self._link(href, folder)
        return (
            '<footer class="site-footer">\n'
            f'<p>{_a(link("/sitemap.html"), "网站地图")}</p>\n'
            f'<p><small>&copy; {SITE_A_NAME} 版权所有 · {_a(link("/about.html"), "关于本站")}</small></p>\n'
            "</footer>\n</body>\n</html>\n"
        )

    @staticmethod
    def _breadcrumb(items: list[Link], current: str | None, folder: str | None) -> str:
        """The breadcrumb: an <ol> of links, the page itself last, unlinked."""
        rows = "".join(f"<li>{_a(relative(href, folder) if folder else href, text)}</li>"
                       for href, text in items)
        if current:
            rows += f'<li aria-current="page">{_t(current)}</li>'
        return f'<nav class="breadcrumb" aria-label="面包屑"><ol>{rows}</ol></nav>\n'

    def _card(self, href: str, title: str, folder: str | None) -> str:
        """A listing card: the whole card is one link to the report."""
        summary, date = self.card_of(href)
        time = f'<time datetime="{date}">{date}</time>' if date else ""
        return (f'<li class="card"><a href={_attr(self._link(href, folder))}>'
                f"<h3>{_t(title)}</h3><p>{_t(summary)}</p>{time}</a></li>\n")

    # ---- pagers

    def pager(self, urls: list[str], current: int, *, prev: bool = True) -> str:
        """Site A's listings: ‹ 1 2 3 › (the arrows named in aria-label), and a 共N页 jump form."""
        if len(urls) < 2:
            return ""
        folder = _folder(urls[current - 1])
        link = lambda url: relative(url, folder)
        parts = []
        if prev and current > 1:
            parts.append(_a(link(urls[current - 2]), "‹", aria_label="上一页", rel="prev"))
        for number, url in enumerate(urls, 1):
            parts.append(f'<span aria-current="page">{number}</span>' if number == current
                         else _a(link(url), str(number)))
        if current < len(urls):
            parts.append(_a(link(urls[current]), "›", aria_label="下一页", rel="next"))
        return self._pager_nav(parts, len(urls), link(urls[0]))

    @staticmethod
    def _pager_nav(parts: list[str], count: int, first: str) -> str:
        """The pagination <nav>: the links, then a GET form asking for a page number."""
        jump = (f'<form class="page-jump" action={_attr(first)} method="get">'
                f"<span>共{count}页</span> <label>到第<input type=\"number\" name=\"page\" min=\"1\" "
                f'max="{count}" size="3">页</label> <button type="submit">跳转</button></form>')
        return ('<nav class="pagination" aria-label="分页">\n'
                + " ".join(parts) + "\n" + jump + "\n</nav>")

    def b_pager(self, urls: list[str], current: int) -> str:
        """Site B's listing pager: numbered links, and icons that say nothing but to screen readers."""
        if len(urls) < 2:
            return ""
        folder = _folder(urls[0].split("?", 1)[0] + "x")
        link = lambda url: relative(url, folder)
        parts = []
        for number, url in enumerate(urls, 1):
            parts.append(f'<span aria-current="page">{number}</span>' if number == current
                         else _a(link(url), str(number)))
        if current < len(urls):
            parts.append(f'<a href={_attr(link(urls[current]))} aria-label="下一页" title="下一页" rel="next">'
                         f'<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">'
                         f'<path d="{_CHEVRON["next"]}"/></svg></a>')
        return self._pager_nav(parts, len(urls), link(urls[0]))

    # ---- site A

    def report_page(self, view: ReportView, layout: str = "classic") -> str:
        """A report page: header, breadcrumb, <article> (title, body, its parts'
        pager with 下一页, the statement, 本文地址, 上一篇/下一篇), the
        comments, then the related reports in an <aside>. ``layout`` (the
        default build's per-report choice) has no say here."""
        folder = _folder(view.canonical)
        link = lambda href: relative(href, folder)
        heading = f"<h1>{_t(view.title)}</h1>\n" if view.title else ""
        title = (f'<header class="article-header">\n{heading}{self._article_meta(view)}</header>\n')
        body = "".join(f"<p>{INDENT}{_t(p)}</p>\n" for p in view.paragraphs)
        if view.attachment:
            href, name = view.attachment
            body += f'<p class="attachment">附件：{_a(link(href), name, download="")}</p>\n'
        related = "".join(f"<li>{_a(link(href), text)}</li>\n" for href, text in view.related)
        return (
            self._head(view.head_title, view.charset, folder, self._report_head_tags(view, folder))
            + self._header(view.sections, folder)
            + '<main class="container">\n'
            + self._breadcrumb(view.breadcrumb, "正文", folder)
            + '<article class="article">\n' + title
            + f'<div class="article-content">\n{body}</div>\n'
            + self._parts_pager(view.part_urls, view.page, folder)
            + '<footer class="article-footer">\n'
            + f'<p class="statement">{_t(view.disclaimer)}</p>\n'
            + f'<p class="permalink">本文地址：{_a(link(view.canonical), view.canonical)}</p>\n'
            + self._neighbours(view.neighbours, folder)
            + "</footer>\n</article>\n"
            + self._comments()
            + f'<aside class="sidebar">\n<section>\n<h2>相关报告</h2>\n<ul>\n{related}</ul>\n</section>\n</aside>\n'
            + "</main>\n"
            + self._footer(folder)
        )

    def _article_meta(self, view: ReportView) -> str:
        """The line under the title: the site's publish date, its source, a
        view counter left empty, and the font-size, print and share tools."""
        _, date = self.card_of(view.canonical)
        published = f'<time datetime="{date}">发布时间：{date}</time> ' if date else ""
        return (f'<p class="article-meta">{published}<span>来源：{SITE_A_NAME}</span> '
                '<span>浏览次数：<output></output></span></p>\n'
                '<p class="article-tools">【字体：<a href="#big">大</a> <a href="#mid">中</a> '
                '<a href="#small">小</a>】 <a href="#print">打印本页</a> '
                '<span class="share">分享到：<a href="#wx">微信</a> <a href="#wb">微博</a></span></p>\n')

    @staticmethod
    def _parts_pager(urls: list[str], page: int, folder: str) -> str:
        """A long report's parts, inside the article: 上一页 1 2 3 下一页."""
        if len(urls) < 2:
            return ""
        parts = []
        if page > 1:
            parts.append(_a(relative(urls[page - 2], folder), "上一页", rel="prev"))
        for number, url in enumerate(urls, 1):
            # numbers written as a query alone (`?page=3`), which keeps the page's own path
            written = "?" + url.split("?", 1)[1] if "?" in url else relative(url, folder)
            parts.append(f'<span aria-current="page">{number}</span>' if number == page
                         else _a(written, str(number)))
        if page < len(urls):
            parts.append(_a(relative(urls[page], folder), "下一页", rel="next"))
        return '<nav class="article-pages" aria-label="文章分页">' + " ".join(parts) + "</nav>\n"

    @staticmethod
    def _neighbours(neighbours: tuple[Link | None, Link | None], folder: str) -> str:
        """上一篇/下一篇: the reports before and after this one in its section."""
        rows = []
        for word, neighbour in zip(("上一篇", "下一篇"), neighbours):
            shown = _a(relative(neighbour[0], folder), neighbour[1]) if neighbour else "没有了"
            rows.append(f"<li>{word}：{shown}</li>")
        return f'<nav class="prev-next" aria-label="上下篇"><ul>{"".join(rows)}</ul></nav>\n'

    @staticmethod
    def _comments() -> str:
        """The comment form, with a labelled captcha field; the count is an empty <output>."""
        return (
            '<section class="comments" id="comments">\n'
            '<h2>留言与评论（共有 <output name="count"></output>条评论）</h2>\n'
            '<form method="post" action="/plus/feedback.php">\n'
            '<textarea name="msg" rows="4" placeholder="说点什么吧" aria-label="评论内容"></textarea>\n'
            '<p><label>验证码：<input type="text" name="validate" size="4" autocomplete="off"></label> '
            '<img src="/plus/vdimgck.php" alt="" width="60" height="20"></p>\n'
            '<p><button type="submit">发表评论</button></p>\n'
            "</form>\n</section>\n"
        )

    def listing_page(self, label: str, sections: list[Link], entries: list[Link], pager_html: str) -> str:
        """A section's listing page: breadcrumb, heading, cards, pager. The
        page's place is its section's folder, which its entries are in."""
        heading = f"{label}地区政府工作报告"
        section = next((href for href, text in sections if text == label), None)
        folder = _folder(entries[0][0]) if entries else (section.rstrip("/") if section else None)
        if entries:
            body = '<ul class="card-list">\n' + "".join(
                self._card(href, text, folder) for href, text in entries) + "</ul>\n"
        else:
            body = '<p class="empty">本栏目暂无内容，敬请期待。</p>\n'
        return (
            self._head(f"{heading}_{SITE_A_NAME}", "utf-8", folder)
            + self._header(sections, folder)
            + '<main class="container">\n'
            + self._breadcrumb([("/", "首页")], label, folder)
            + f'<section class="channel">\n<h1>{_t(heading)}</h1>\n{body}{pager_html}\n</section>\n'
            + "</main>\n"
            + self._footer(folder)
        )

    def home_page(self, sections: list[Link], latest: list[Link], outside: list[Link]) -> str:
        """The home page: latest reports as cards, the sections again, about/admin and outside links."""
        cards = "".join(self._card(href, text, "/") for href, text in latest)
        regions = "".join(f"<li>{_a(relative(href, '/'), text)}</li>" for href, text in sections)
        friends = "".join(f"<li>{_a(href, text, rel='noopener')}</li>" for href, text in outside)
        return (
            self._head(f"{SITE_A_NAME} - 地方政府工作报告、统计公报", "utf-8", "/")
            + self._header(sections, "/")
            + '<main class="container">\n'
            + f'<section class="latest">\n<h2>最新发布</h2>\n<ul class="card-list">\n{cards}</ul>\n</section>\n'
            + (f'<section class="regions">\n<h2>地区导航</h2>\n<ul>{regions}</ul>\n</section>\n' if sections else "")
            + f'<p class="about">{_a("./about.html", "关于本站")} | {_a("./admin/", "后台管理")}</p>\n'
            + f'<aside class="friends">\n<h2>友情链接</h2>\n<ul>{friends}</ul>\n</aside>\n'
            + "</main>\n"
            + self._footer("/")
        )

    def simple_page(self, title: str, sections: list[Link], paragraphs: list[str],
                    links: list[Link] = ()) -> str:
        """A plain site-A page (about, site map, 404, admin login): links from the
        root, as a 404 may answer at any depth."""
        rows = "".join(f"<p>{_t(p)}</p>\n" for p in paragraphs)
        more = "".join(f"<li>{_a(href, text)}</li>" for href, text in links)
        return (
            self._head(f"{title}_{SITE_A_NAME}", "utf-8", None)
            + self._header(sections, None)
            + f'<main class="container">\n<h1>{_t(title)}</h1>\n{rows}'
            + (f"<ul>{more}</ul>\n" if more else "")
            + "</main>\n"
            + self._footer(None)
        )

    # ---- site B

    @staticmethod
    def _b_frame(title: str, content: str, listing: str = B_LISTING, folder: str | None = None) -> str:
        """Site B's frame: a header whose nav's second link is the listing, the
        content, and a footer closing with 点我投稿, 联系我们, 企业入驻."""
        link = lambda href: relative(href, folder) if folder else href
        return (
            "<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_t(title)}</title>\n</head>\n<body>\n"
            '<header class="top">\n'
            f'<a class="brand" href={_attr(link("/"))}>{SITE_B_NAME}</a>\n'
            '<nav aria-label="栏目"><ul>'
            f'<li>{_a(link("/"), "首页")}</li><li>{_a(link(listing), "政府工作报告")}</li>'
            "</ul></nav>\n</header>\n"
            + f"<main>\n{content}</main>\n"
            + '<footer class="bottom">\n'
            '<p class="tougao">有想补充的信息？<a href="/tougao/">点我投稿</a></p>\n'
            '<ul><li><a href="/contact/">联系我们</a></li><li><a href="/ruzhu/">企业入驻</a></li></ul>\n'
            "</footer>\n</body>\n</html>\n"
        )

    def b_listing_page(self, items: list[Item], pager_html: str, page: int, listing: str = B_LISTING) -> str:
        """A site-B listing page: each item an <article>: title, the body on one line, its date."""
        rows = "".join(
            '<article class="post">\n'
            f"<h2>{_t(item.title)}</h2>\n"
            f'<div class="post-text">{_t(item.body)}</div>\n'
            f'<footer><time datetime="{escape(item.date)}">{_t(item.date)}</time></footer>\n'
            "</article>\n"
            for item in items
        )
        folder = _folder(listing.split("?", 1)[0] + "x")
        return self._b_frame(f"政府工作报告_第{page}页_{SITE_B_NAME}",
                             f'<section class="posts">\n{rows}</section>\n{pager_html}\n', listing, folder)

    def b_simple_page(self, title: str, paragraphs: list[str], links: list[Link] = (),
                      listing: str = B_LISTING) -> str:
        """A plain site-B page (home, contact, 404, …), linked from the root."""
        rows = "".join(f"<p>{_t(p)}</p>\n" for p in paragraphs)
        more = "".join(f"<li>{_a(href, text)}</li>" for href, text in links)
        content = f"<h1>{_t(title)}</h1>\n{rows}" + (f"<ul>{more}</ul>\n" if more else "")
        return self._b_frame(f"{title}_{SITE_B_NAME}", content, listing)


def card_summary(paragraphs: tuple[str, ...]) -> str:
    """A card's summary: the report's opening words, cut with an ellipsis."""
    text = "".join(paragraphs[:2])
    return text if len(text) <= SUMMARY_CHARS else text[:SUMMARY_CHARS] + "…"
