"""The "legacy" build of both sites: the same pages as an old table-based CMS writes them.

Rendered to text, every page says what the default build's says (the seeds);
only the markup differs, and on purpose in the ways old Chinese sites differ:

- bytes: site A labelled gb2312 but written in GBK, site B in GBK, the charset
  in a ``<META HTTP-EQUIV>`` only; CRLF line ends;
- markup: no doctype, uppercase tags, unquoted attributes, layout tables,
  ``<FONT>``/``<B>`` instead of headings, other class names, paragraphs
  indented with ``&nbsp;`` and parted by ``<BR><BR>`` instead of ``<p>``;
- links: the menu is an image map (``<AREA>``, no ``<a>``); pagers read
  ``第1页 共3页 [1] [2] 下一页 尾页`` and write their links relative
  (``../huabei/3181_2.html``), bare (``3181_3.html``) or with the host;
  ``TARGET=_blank``; later listing pages are DedeCMS's ``list_4_2.html``;
  site B's pages carry a ``<BASE>`` their links start from;
- site B's items are ``<DT>``/``<DD>`` rows of one ``<DL>``, not ``<li>``s.

Crawlers and cleaners that read the default build right must read this one
right too, without being written for either.

:class:`LegacyBuild` offers the same functions as :mod:`replica.pages`, so a
site renders through either one.
"""
from __future__ import annotations

import functools
import posixpath
import re
from html import escape

from replica.pages import B_LISTING, SITE_A_NAME, SITE_B_NAME, Item, Link, ReportView

NBSP_INDENT = "&nbsp;&nbsp;"  # two no-break spaces: NFKC gives the seeds' two-space indent
# Site A says gb2312 but writes GBK (replica.site encodes a gb2312 page with a
# GBK encoder), as sites whose editors outgrew GB2312 do: names like 喆 or 勠
# arrive as GBK bytes, and browsers read the label as GBK anyway.
SITE_A_CHARSET = "gb2312"
SITE_B_CHARSET = "gbk"
# DedeCMS names a section's later listing pages list_<section id>_<page>.html.
LISTING_PAGE_NAME = "list_{section}_{page}.html"
_BARE_VALUE = re.compile(r"^[\w/.:#%-]+$")


def _t(text: str) -> str:
    """Text content, escaped."""
    return escape(text, quote=False)


def _v(value: str) -> str:
    """An attribute value, unquoted when HTML allows it, as old editors wrote them."""
    return value if _BARE_VALUE.match(value) else '"' + escape(value) + '"'


def _a(href: str, text: str, blank: bool = False) -> str:
    """An uppercase anchor, optionally opening a new window."""
    target = " TARGET=_blank" if blank else ""
    return f"<A HREF={_v(href)}{target}>{_t(text)}</A>"


def _folder(path: str) -> str:
    """The folder a page's relative links start from: ``/baogao/x/1.html`` -> ``/baogao/x``."""
    return path.rsplit("/", 1)[0] or "/"


def _relative(target: str, here: str, *, via_parent: bool = False) -> str:
    """``target`` written relative to the page at ``here``: bare (``1_2.html``)
    or through the parent folder (``../x/1_2.html``), as old editors wrote links."""
    base = _folder(here)
    if via_parent:
        base = posixpath.dirname(base)
    written = posixpath.relpath(target, base)
    if target.endswith("/") and not written.endswith("/"):
        written += "/"
    return "../" + written if via_parent else written


def _windows_lines(page_function):
    """Pages saved by a Windows editor: CRLF line ends."""
    @functools.wraps(page_function)
    def wrapper(*args, **kwargs) -> str:
        return page_function(*args, **kwargs).replace("\n", "\r\n")
    return wrapper


def _head(title: str, charset: str, stylesheet: bool = True, base: str | None = None) -> str:
    """An old HTML 4 head: charset in a META HTTP-EQUIV, no doctype, maybe a <BASE>."""
    style = "<LINK HREF=/static/style.css REL=stylesheet TYPE=text/css>\n" if stylesheet else ""
    base_tag = f"<BASE HREF={_v(base)}>\n" if base else ""
    return (
        "<HTML>\n<HEAD>\n"
        f'<META HTTP-EQUIV=Content-Type CONTENT="text/html; charset={charset}">\n'
        f"<TITLE>{_t(title)}</TITLE>\n"
        f"{base_tag}{style}</HEAD>\n<BODY BGCOLOR=#FFFFFF LEFTMARGIN=0 TOPMARGIN=0>\n"
    )


class LegacyBuild:
    """Markup of both sites as an old CMS writes it; ``site_url`` (the site's
    own base URL) lets some links carry the host, as such sites' links do.
    With ``base_href`` (and a ``site_url``) every page says ``<BASE HREF=>``
    the site's root, and relative links are written from there
    (``info/12/page/2`` on ``/info/12/page/1``)."""

    LISTING_PAGE_NAME = LISTING_PAGE_NAME

    def __init__(self, site_url: str | None = None, base_href: bool = False):
        self.site_url = (site_url or "").rstrip("/")
        self.base = self.site_url + "/" if base_href and self.site_url else None

    def _absolute(self, path: str) -> str:
        """A site path with the host in front, when the host is known."""
        return self.site_url + path if self.site_url else path

    def _relative(self, target: str, here: str, *, via_parent: bool = False) -> str:
        """``target`` as a relative link on the page at ``here``: from the <BASE>
        when the page has one, else from the page's own folder."""
        if self.base:
            return target.lstrip("/") or "./"
        return _relative(target, here, via_parent=via_parent)

    # ---- shared

    def pager(self, urls: list[str], current: int, *, prev: bool = True) -> str:
        """``第2页 共3页 首页 上一页 [1] [2] [3] 下一页 尾页``, each link written its own way."""
        if len(urls) < 2:
            return ""
        here = urls[current - 1]
        parts = [f"第{current}页 共{len(urls)}页"]
        if current > 1:
            parts.append(_a(urls[0], "首页"))
            if prev:
                parts.append(_a(self._relative(urls[current - 2], here), "上一页"))
        for number, url in enumerate(urls, 1):
            parts.append(f"<FONT COLOR=red>[{number}]</FONT>" if number == current
                         else _a(self._relative(url, here, via_parent=True), f"[{number}]"))
        if current < len(urls):
            parts.append(_a(self._absolute(urls[current]), "下一页"))
            parts.append(_a(self._relative(urls[-1], here), "尾页"))
        return "<TABLE WIDTH=100%><TR><TD ALIGN=center CLASS=fy>" + " ".join(parts) + "</TD></TR></TABLE>"

    def b_pager(self, urls: list[str], current: int) -> str:
        """Site B's listing pager: as site A's, without 上一页."""
        return self.pager(urls, current, prev=False)

    # ---- site A

    def _nav(self, sections: list[Link]) -> str:
        """The logo, then the section menu as a picture with an image map: no <a> at all."""
        areas = "".join(
            f"<AREA SHAPE=rect COORDS={80 * n},0,{80 * n + 78},30 HREF={_v(self._absolute(href))} ALT={_v(text)}>\n"
            for n, (href, text) in enumerate([("/", "首页"), *sections])
        )
        return (
            "<TABLE WIDTH=960 BORDER=0 ALIGN=center CELLPADDING=0 CELLSPACING=0>\n"
            f"<TR><TD WIDTH=200><A HREF=/><IMG SRC=/images/logo.gif ALT={SITE_A_NAME} BORDER=0></A></TD>\n"
            "<TD WIDTH=60 CLASS=dhcd>导航菜单</TD>\n"
            "<TD><IMG SRC=/images/dh.gif USEMAP=#dh WIDTH=640 HEIGHT=30 BORDER=0>\n"
            f"<MAP NAME=dh>\n{areas}</MAP></TD></TR>\n</TABLE>\n"
        )

    @staticmethod
    def _footer() -> str:
        """The footer table: 网站地图 on a row of its own."""
        return (
            "<TABLE WIDTH=960 ALIGN=center CLASS=db>\n"
            f"<TR><TD ALIGN=center>{_a('/sitemap.html', '网站地图')}</TD></TR>\n"
            f"<TR><TD ALIGN=center>Copyright &copy; 2008-2025 {SITE_A_NAME} All Rights Reserved "
            f"{_a('/about.html', '关于本站')}</TD></TR>\n"
            "</TABLE>\n</BODY>\n</HTML>\n"
        )

    @staticmethod
    def _comment_box() -> str:
        """The comment form as table rows; the count is an empty <FONT> filled by script."""
        return (
            "<FORM METHOD=post ACTION=/plus/feedback.php NAME=feedback>\n"
            "<TABLE WIDTH=100% CLASS=ly>\n"
            "<TR><TD><B>留言与评论（共有 <FONT COLOR=red ID=plnum></FONT>条评论）</B></TD></TR>\n"
            "<TR><TD><TEXTAREA NAME=msg ROWS=4 COLS=60></TEXTAREA></TD></TR>\n"
            "<TR><TD>验证码：<INPUT TYPE=text NAME=validate SIZE=4> <IMG SRC=/plus/vdimgck.php ALIGN=absmiddle></TD></TR>\n"
            "<TR><TD><INPUT TYPE=submit VALUE=发表评论></TD></TR>\n"
            "</TABLE>\n</FORM>\n"
        )

    @staticmethod
    def _paragraphs(paragraphs: list[str]) -> str:
        """The body as one cell: paragraphs indented with &nbsp; and parted by <BR><BR>."""
        return "<BR><BR>\n".join(f"{NBSP_INDENT}{_t(p)}" for p in paragraphs)

    @staticmethod
    def _crumbs(items: list[Link]) -> str:
        """The 您现在的位置 row."""
        return "您现在的位置：" + " &gt;&gt; ".join(_a(href, text) for href, text in items) + " &gt;&gt; 正文"

    @_windows_lines
    def report_page(self, view: ReportView, layout: str = "classic") -> str:
        """A report page: one layout table, body cell, then the page's closing rows and a sidebar.
        ``layout`` (the default build's per-report choice) has no say here."""
        title = (f"<TR><TD ALIGN=center HEIGHT=50 CLASS=bt><FONT SIZE=4><B>{_t(view.title)}</B></FONT></TD></TR>\n"
                 if view.title else "")
        related = "".join(f"<TR><TD>·{_a(self._relative(href, href, via_parent=True), text, blank=True)}</TD></TR>\n"
                          for href, text in view.related)
        # The <TITLE> names the section too: `标题 - 华中 - 博县网`.
        section = view.breadcrumb[-1][1]
        head_title = f"{view.head_title.removesuffix('_' + SITE_A_NAME)} - {section} - {SITE_A_NAME}"
        return (
            _head(head_title, view.charset, base=self.base)
            + self._nav(view.sections)
            + "<TABLE WIDTH=960 BORDER=0 ALIGN=center CELLPADDING=0 CELLSPACING=0>\n<TR>\n"
            + "<TD VALIGN=top WIDTH=700>\n<TABLE WIDTH=100% BORDER=0 CELLPADDING=4>\n"
            + f"<TR><TD CLASS=wz>{self._crumbs(view.breadcrumb)}</TD></TR>\n"
            + title
            + f"<TR><TD CLASS=nr ID=fontzoom>\n{self._paragraphs(view.paragraphs)}\n</TD></TR>\n"
            + (f"<TR><TD>附件：{_a(*view.attachment)}</TD></TR>\n" if view.attachment else "")
            + (f"<TR><TD>{view.pager}</TD></TR>\n" if view.pager else "")
            + f"<TR><TD CLASS=sm><FONT COLOR=#999999>{_t(view.disclaimer)}</FONT></TD></TR>\n"
            + f"<TR><TD CLASS=dz>本文地址：{_t(view.canonical)}</TD></TR>\n"
            + "</TABLE>\n"
            + self._comment_box()
            + "</TD>\n"
            + "<TD VALIGN=top WIDTH=260>\n<TABLE WIDTH=100% CLASS=xg>\n"
            + f"<TR><TD><B>相关报告</B></TD></TR>\n{related}</TABLE>\n</TD>\n"
            + "</TR>\n</TABLE>\n"
            + self._footer()
        )

    @_windows_lines
    def listing_page(self, label: str, sections: list[Link], entries: list[Link], pager_html: str) -> str:
        """A section listing: entries as table rows opening in a new window."""
        heading = f"{label}地区政府工作报告"
        if entries:
            rows = "".join(f"<TR><TD>·{_a(self._relative(href, href, via_parent=True), text, blank=True)}</TD></TR>\n"
                           for href, text in entries)
        else:
            rows = "<TR><TD>本栏目暂无内容，敬请期待。</TD></TR>\n"
        return (
            _head(f"{heading}_{SITE_A_NAME}", SITE_A_CHARSET, base=self.base)
            + self._nav(sections)
            + "<TABLE WIDTH=960 ALIGN=center>\n"
            + f"<TR><TD CLASS=wz>您现在的位置：{_a('/', '首页')} &gt;&gt; {_t(label)}</TD></TR>\n"
            + f"<TR><TD CLASS=lmbt><B>{_t(heading)}</B></TD></TR>\n"
            + f"<TR><TD>\n<TABLE WIDTH=100% CLASS=lb>\n{rows}</TABLE>\n</TD></TR>\n"
            + f"<TR><TD>{pager_html}</TD></TR>\n</TABLE>\n"
            + self._footer()
        )

    @_windows_lines
    def home_page(self, sections: list[Link], latest: list[Link], outside: list[Link]) -> str:
        """The home page: latest reports and outside links; the sections only in the image map."""
        rows = "".join(f"<TR><TD>·{_a(href, text, blank=True)}</TD></TR>\n" for href, text in latest)
        friends = " | ".join(_a(href, text, blank=True) for href, text in outside)
        return (
            _head(f"{SITE_A_NAME} - 地方政府工作报告、统计公报", SITE_A_CHARSET)
            + self._nav(sections)
            + "<TABLE WIDTH=960 ALIGN=center>\n"
            + f"<TR><TD CLASS=lmbt><B>最新发布</B></TD></TR>\n<TR><TD><TABLE>\n{rows}</TABLE></TD></TR>\n"
            + f"<TR><TD>{_a('/about.html', '关于本站')} | {_a('/admin/', '后台管理')}</TD></TR>\n"
            + f"<TR><TD><B>友情链接</B></TD></TR>\n<TR><TD>{friends}</TD></TR>\n</TABLE>\n"
            + self._footer()
        )

    @_windows_lines
    def simple_page(self, title: str, sections: list[Link], paragraphs: list[str],
                    links: list[Link] = ()) -> str:
        """A plain site-A page (about, site map, 404, admin login)."""
        rows = "".join(f"<TR><TD>{_t(p)}</TD></TR>\n" for p in paragraphs)
        rows += "".join(f"<TR><TD>{_a(self._absolute(href), text)}</TD></TR>\n" for href, text in links)
        return (
            _head(f"{title}_{SITE_A_NAME}", SITE_A_CHARSET)
            + self._nav(sections)
            + f"<TABLE WIDTH=960 ALIGN=center>\n<TR><TD CLASS=lmbt><B>{_t(title)}</B></TD></TR>\n{rows}</TABLE>\n"
            + self._footer()
        )

    # ---- site B

    def _b_frame(self, title: str, content: str, listing: str = B_LISTING) -> str:
        """Site B's frame: a menu row (its second link to ``listing``), the content, the closing links one per row."""
        return (
            _head(title, SITE_B_CHARSET, stylesheet=False, base=self.base)
            + "<TABLE WIDTH=1000 ALIGN=center CLASS=tou>\n<TR>"
            + f"<TD><A HREF=/><FONT SIZE=5>{SITE_B_NAME}</FONT></A></TD>"
            + f"<TD>{_a(self._absolute('/'), '首页')}</TD>"
            + f"<TD>{_a(self._absolute(listing), '政府工作报告')}</TD>"
            + "</TR>\n</TABLE>\n"
            + content
            + "<TABLE WIDTH=1000 ALIGN=center CLASS=wei>\n"
            + f"<TR><TD>有想补充的信息？{_a('/tougao/', '点我投稿', blank=True)}</TD></TR>\n"
            + f"<TR><TD>{_a('/contact/', '联系我们')}</TD></TR>\n"
            + f"<TR><TD>{_a('/ruzhu/', '企业入驻')}</TD></TR>\n"
            + "</TABLE>\n</BODY>\n</HTML>\n"
        )

    @_windows_lines
    def b_listing_page(self, items: list[Item], pager_html: str, page: int, listing: str = B_LISTING) -> str:
        """A site-B listing page: one <DL>, each item a <DT> title and <DD> body and date."""
        rows = "".join(
            f"<DT><B>{_t(item.title)}</B></DT>\n"
            f"<DD>{_t(item.body)}</DD>\n"
            f"<DD><FONT COLOR=#999999>{_t(item.date)}</FONT></DD>\n"
            for item in items
        )
        content = f"<TABLE WIDTH=1000 ALIGN=center><TR><TD>\n<DL CLASS=zslb>\n{rows}</DL>\n{pager_html}\n</TD></TR></TABLE>\n"
        return self._b_frame(f"政府工作报告_第{page}页_{SITE_B_NAME}", content, listing)

    @_windows_lines
    def b_simple_page(self, title: str, paragraphs: list[str], links: list[Link] = (),
                      listing: str = B_LISTING) -> str:
        """A plain site-B page (home, contact, 404, …)."""
        rows = "".join(f"<TR><TD>{_t(p)}</TD></TR>\n" for p in paragraphs)
        rows += "".join(f"<TR><TD>{_a(href, text)}</TD></TR>\n" for href, text in links)
        return self._b_frame(f"{title}_{SITE_B_NAME}",
                             f"<TABLE WIDTH=1000 ALIGN=center>\n<TR><TD><B>{_t(title)}</B></TD></TR>\n{rows}</TABLE>\n",
                             listing)
