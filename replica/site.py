"""The two sites as routers: ``handle(path) -> Response(status, headers, body)``.

Site A publishes one report per page under ``/baogao/<region>/<id>.html``
(long reports continue on ``<id>_2.html``, …) with paginated region
listings. Site B lists whole reports, several per page, under
``/info/<list_id>/page/<n>``; the dynamic build serves both under script
addresses instead (``replica.dynamic``). Both take any iterable of
:class:`replica.corpus.Report`; pages are built on request, so a corpus of
thousands of reports costs little up front.
"""
from __future__ import annotations

import re
from html import escape
from typing import Iterable, NamedTuple
from urllib.parse import unquote, urlsplit

import datetime
from urllib.parse import parse_qsl

from replica import attachments, dynamic, legacy, modern, pages
from replica.corpus import REGION_LABELS, REGIONS, Report

HTML_UTF8 = "text/html; charset=utf-8"
# How the sites are built: "default" (the markup of replica.pages, close to the
# seed pages' own), "legacy" (replica.legacy: the same pages as an old
# table-based GB2312/GBK CMS writes them) or "dynamic" (replica.dynamic: the
# default markup under script addresses, `show.asp?id=1320`) or "modern"
# (replica.modern: the same pages as a current CMS's HTML5 templates write
# them, listings paged `index_1.html` on site A and `?page=2` on site B).
BUILDS = ("default", "legacy", "dynamic", "modern")


def markup_of(build: str, site_url: str | None, base_href: bool = False, card_of=None):
    """The page functions of a build: the ``replica.pages`` module, or an
    object offering the same functions. ``card_of`` gives the modern build's
    listing cards their summary and date (see ``replica.modern``)."""
    if build not in BUILDS:
        raise ValueError(f"unknown build {build!r}: one of {', '.join(BUILDS)}")
    if build == "legacy":
        return legacy.LegacyBuild(site_url, base_href)
    if build == "modern":
        return modern.ModernBuild(card_of)
    return pages


class Response(NamedTuple):
    """An HTTP answer: status, headers, body bytes."""

    status: int
    headers: dict[str, str]
    body: bytes


# A page labelled gb2312 is written by a GBK encoder, as on real sites (and
# browsers decode the label as GBK).
_ENCODER = {"gb2312": "gbk"}


def html_response(html: str, status: int = 200, encoding: str = "utf-8") -> Response:
    """An HTML answer. Only UTF-8 says its charset in the header: GBK pages
    declare it in their <meta> alone, as many government sites do."""
    content_type = HTML_UTF8 if encoding == "utf-8" else "text/html"
    body = html.encode(_ENCODER.get(encoding, encoding), errors="xmlcharrefreplace")
    return Response(status, {"Content-Type": content_type}, body)


def text_response(text: str, content_type: str = "text/plain; charset=utf-8") -> Response:
    """A plain-text (or CSS) answer."""
    return Response(200, {"Content-Type": content_type}, text.encode("utf-8"))


def redirect(location: str) -> Response:
    """A permanent redirect."""
    return Response(301, {"Location": location, "Content-Type": HTML_UTF8}, b"")


def _path_of(target: str) -> str:
    """The decoded path of a request target (query and fragment dropped)."""
    return unquote(urlsplit(target).path) or "/"


def split_pages(paragraphs: tuple[str, ...], page_chars: int,
                breaks: tuple[int, ...] | None = None) -> list[list[str]]:
    """Paragraphs cut into pages: at ``breaks`` if given, else greedily at
    paragraph boundaries so a page holds about ``page_chars`` characters."""
    if breaks is not None:
        bounds = [0, *breaks, len(paragraphs)]
        return [list(paragraphs[a:b]) for a, b in zip(bounds, bounds[1:])] or [[]]
    result: list[list[str]] = [[]]
    size = 0
    for paragraph in paragraphs:
        if result[-1] and size + len(paragraph) > page_chars:
            result.append([])
            size = 0
        result[-1].append(paragraph)
        size += len(paragraph)
    return result


ROBOTS_A = "User-agent: *\nDisallow: /admin/\nDisallow: /plus/\n"
ROBOTS_B = "User-agent: *\nDisallow: /member/\nDisallow: /search/\n"
STYLE = "body{font-family:sans-serif;margin:0 auto;max-width:1000px}.menu li{display:inline}\n"

_REPORT_PATH = re.compile(r"^/baogao/(?P<slug>[a-z]+)/(?P<id>\d+)(?:(?P<sep>_p|-|_)(?P<page>\d+))?\.html$")
# How a static build names a report's later parts (``part_names``): `<id>_2.html`
# (the seeds' form), `<id>-2.html`, `<id>_p2.html`.
PART_NAMES = {"underscore": "_", "dash": "-", "p": "_p"}
# `list_2.html` (default build), `list_4_2.html` (legacy: DedeCMS's list_<section id>_<page>),
# or, on a portal-shaped site and in the modern build, TRS's `index.html`, `index_1.html` (the second page) ….
_LISTING_PATH = re.compile(r"^/baogao/(?P<slug>[a-z]+)/"
                           r"(?:list_(?:\d+_)?(?P<page>\d+)\.html|(?P<index>index(?:_(?P<after>\d+))?\.html))?$")


class SiteA:
    """The report site: home, region listings, report pages, and traps."""

    def __init__(self, reports: Iterable[Report], *, page_size: int = 4,
                 page_chars: int = 6000, site_b_url: str | None = None,
                 build: str = "default", site_url: str | None = None, portal: bool = False,
                 framed: bool = False, part_names: str = "underscore"):
        """Index the site-A reports. Ids must be unique across sections.
        ``build`` picks the markup (:data:`BUILDS`); ``site_url``, the site's
        own address, lets the legacy build write links with the host.
        ``portal`` shapes the site as many government portals are: no
        section menu (the home page lists a few latest reports only, the
        sections are reached through a report's breadcrumb), listings
        paged TRS-style (`index_1.html` …) by a script call with no page
        links, and listing links tagged `?from=list`. The portal is a
        shape of static addresses: the dynamic build has none.
        ``part_names`` (:data:`PART_NAMES`) names a long report's later parts
        in a static build: `<id>_2.html` (default), `<id>-2.html` ("dash") or
        `<id>_p2.html` ("p"); the other forms answer 404."""
        if part_names not in PART_NAMES:
            raise ValueError(f"part_names: one of {', '.join(PART_NAMES)}")
        if part_names != "underscore" and build in ("dynamic", "modern"):
            raise ValueError("part_names is of static parts: the dynamic and modern builds name theirs otherwise")
        self.part_separator = PART_NAMES[part_names]
        if portal and build == "dynamic":
            raise ValueError("the portal shape has static addresses: not with the dynamic build")
        if framed and (build != "default" or portal):
            raise ValueError("the framed shape is of the default build's pages")
        self.portal = portal
        # ``framed``: an old site's ways in (see ``FRAMED_HOME``): `/` a meta
        # refresh to a script redirect to a frameset home, and every link to a
        # report written in a script (listing rows clickable `<li onclick>`s,
        # other lists `javascript:openWin('…')`).
        self.framed = framed
        self.dynamic = build == "dynamic"
        # Later listing pages named `index_1.html` …, whose section folder is also `index.html`.
        self.indexed = build == "modern"
        self._at_address: dict[str, Report] = {}
        self.markup = markup_of(build, site_url, card_of=self.card)
        # The legacy build writes every page in its one charset; the default
        # build, UTF-8 and each report in its own.
        self.charset = legacy.SITE_A_CHARSET if build == "legacy" else None
        self.page_size = page_size
        self.page_chars = page_chars
        self.site_b_url = site_b_url
        self.by_id: dict[int, Report] = {}
        for report in reports:
            if not report.on_site_a:
                continue
            if report.id in self.by_id:
                raise ValueError(f"duplicate site-A id {report.id}")
            if report.region not in REGION_LABELS:
                raise ValueError(f"report {report.key}: unknown region {report.region!r}")
            self.by_id[report.id] = report
        # Listings show the newest (highest id) first.
        self._newest = sorted(self.by_id, reverse=True)
        self.region_ids: dict[str, list[int]] = {slug: [] for slug, _ in REGIONS}
        for report_id in self._newest:
            self.region_ids[self.by_id[report_id].region].append(report_id)
        self._position = {i: n for ids in self.region_ids.values() for n, i in enumerate(ids)}
        # The section menu; a portal has none (its breadcrumbs still name the section).
        self.sections: list[pages.Link] = [] if portal else [
            (self.section_address(slug), label) for slug, label in REGIONS]
        self._pages: dict[int, list[list[str]]] = {}
        # Attached report files, at the same static address in every build (as
        # CMSs keep uploads, whatever addresses their pages have).
        self.attachments = {attachments.attachment_path(r): r for r in self.by_id.values()
                            if r.attachment}
        self._fixed = {
            "/": self.home,
            "/robots.txt": lambda: text_response(ROBOTS_A),
            "/static/style.css": lambda: text_response(STYLE, "text/css; charset=utf-8"),
            "/about.html": self.about,
            "/sitemap.html": self.sitemap,
            "/admin/": self.admin,
        }
        if framed:
            self._fixed.update({
                "/": lambda: self.html(FRAMED_ENTRANCE),
                FRAMED_HOME: lambda: self.html(FRAMED_REDIRECT),
                FRAMED_HOME + "index.html": lambda: self.html(FRAMED_FRAMESET),
                FRAMED_HOME + "menu.html": self.framed_menu,
                FRAMED_HOME + "main.html": self.home,
            })

    # ---- addresses

    def section_address(self, slug: str) -> str:
        """A section's first listing page: ``/baogao/<slug>/``, or the dynamic build's script."""
        return dynamic.section_address(slug) if self.dynamic else f"/baogao/{slug}/"

    def address(self, report: Report) -> str:
        """The address of a report's first page."""
        return dynamic.report_address(report.id) if self.dynamic else report.path

    def card(self, href: str) -> tuple[str, str]:
        """A listing card's (summary, date) for the report at ``href``: its
        opening words, and a publish date of the site's (made up from its id,
        as the corpus has none)."""
        if not self._at_address:
            self._at_address = {self.address(r): r for r in self.by_id.values()}
        report = self._at_address.get(href.split("?", 1)[0])
        if report is None:
            return "", ""
        day = datetime.date(2025, 1, 1) + datetime.timedelta(days=report.id % 181)
        summary = modern.card_summary(tuple(self.report_pages(report)[0])) if report.status == 200 else ""
        return summary, day.isoformat()

    def report_pages(self, report: Report) -> list[list[str]]:
        """The report's paragraphs, page by page (cached)."""
        if report.attachment:  # the page holds the notice; the text is in the file
            return [[attachments.NOTICE]]
        if report.id not in self._pages:
            self._pages[report.id] = split_pages(report.paragraphs, self.page_chars,
                                                 report.page_breaks)
        return self._pages[report.id]

    def report_urls(self, report: Report) -> list[str]:
        """Paths of every page of a report: ``<id>.html``, ``<id>_2.html`` (or as
        ``part_names`` says), …"""
        count = len(self.report_pages(report)) if report.status == 200 else 1
        if self.dynamic:
            return [dynamic.report_address(report.id, n) for n in range(1, count + 1)]
        base = f"/baogao/{report.region}/{report.id}"
        if self.indexed:  # a template paging the article by query
            return [f"{base}.html"] + [f"{base}.html?page={n}" for n in range(2, count + 1)]
        return [f"{base}.html"] + [f"{base}{self.part_separator}{n}.html" for n in range(2, count + 1)]

    def listing_urls(self, slug: str) -> list[str]:
        """Paths of every page of a region's listing."""
        count = max(1, -(-len(self.region_ids[slug]) // self.page_size))
        section = list(self.region_ids).index(slug) + 1
        if self.dynamic:
            return [dynamic.section_address(slug, n) for n in range(1, count + 1)]
        if self.portal:
            return [f"/baogao/{slug}/"] + [f"/baogao/{slug}/index_{n - 1}.html" for n in range(2, count + 1)]
        name = self.markup.LISTING_PAGE_NAME
        return [f"/baogao/{slug}/"] + [f"/baogao/{slug}/" + name.format(section=section, page=n, after=n - 1)
                                       for n in range(2, count + 1)]

    # ---- routing

    def handle(self, target: str) -> Response:
        """Answer a GET for ``target`` (a path, possibly with a query)."""
        path = _path_of(target)
        if path in self._fixed:
            return self._fixed[path]()
        if path in self.attachments:
            return self.attachment(self.attachments[path])
        if self.dynamic:
            return self.handle_script(target)
        if path == "/admin" or re.fullmatch(r"/baogao/[a-z]+", path):
            return redirect(path + "/")
        if match := _LISTING_PATH.match(path):
            if match["index"]:
                page = int(match["after"]) + 1 if match["after"] else 1
                if page == 1 and not (self.portal or self.indexed):
                    return self.not_found()
                return self.listing(match["slug"], page, None if page == 1 else path)
            if self.indexed and not match["page"] and (asked := _page_asked(target)):
                # the 共N页 跳转 form asks the section's folder for `?page=N`
                urls = self.listing_urls(match["slug"]) if match["slug"] in self.region_ids else []
                return redirect(urls[asked - 1]) if asked <= len(urls) else self.not_found()
            return self.listing(match["slug"], int(match["page"] or 1), path)
        if match := _REPORT_PATH.match(path):
            if self.indexed:  # `<id>.html?page=2`; `<id>_2.html` is another build's
                asked = _page_asked(target, ignored=dynamic.IGNORED)
                if match["page"] or asked == 0:
                    return self.not_found()
                return self.report(match["slug"], int(match["id"]), asked or 1, asked is not None)
            if match["page"] and match["sep"] != self.part_separator:
                return self.not_found()  # another build's name for the part
            return self.report(match["slug"], int(match["id"]), int(match["page"] or 1),
                               bool(match["page"]))
        return self.not_found()

    def handle_script(self, target: str) -> Response:
        """Answer a request for one of the dynamic build's scripts (see ``replica.dynamic``)."""
        route = dynamic.route_a(target)
        if route is None:
            return self.not_found()
        kind, name, page = route
        if kind == "listing":
            return self.listing(name, page)
        report = self.by_id.get(int(name))
        if report is None:
            return self.not_found()
        return self.report(report.region, report.id, page, page > 1)

    # ---- pages

    def home(self) -> Response:
        """The home page."""
        newest = self._newest[:8]
        if self.portal:  # a portal's home: each section's newest report that opens, and no menu
            newest = [next(i for i in ids + [None] if i is None or self.by_id[i].status == 200)
                      for ids in self.region_ids.values()]
            newest = [i for i in newest if i is not None]
        latest = [(self.address(self.by_id[i]), self.by_id[i].title or "") for i in newest]
        if self.dynamic:
            latest = [(dynamic.home_link(href), title) for href, title in latest]
        outside = [("http://www.gov.cn/", "中国政府网")]
        if self.site_b_url:
            outside.append((self.site_b_url.rstrip("/") + "/", pages.SITE_B_NAME))
        if self.framed:  # the main frame: the menu is the other frame's
            return self.html(self.markup.home_page([], scripted(latest), outside))
        return self.html(self.markup.home_page(self.sections, latest, outside))

    def framed_menu(self) -> Response:
        """A framed home's menu frame: the sections."""
        return self.html(self.markup.simple_page("导航", [], [], self.sections))

    def listing(self, slug: str, page: int, path: str | None = None) -> Response:
        """One page of a region's listing (404 unless ``path``, if given, is its address)."""
        if slug not in self.region_ids:
            return self.not_found()
        urls = self.listing_urls(slug)
        if not 1 <= page <= len(urls) or (path is not None and path != urls[page - 1]):
            return self.not_found()
        ids = self.region_ids[slug][(page - 1) * self.page_size: page * self.page_size]
        entries = [(self.address(self.by_id[i]), self.by_id[i].title or "") for i in ids]
        pager = self.markup.pager(urls, page)
        if self.portal:
            entries = [(path + "?from=list", title) for path, title in entries]
            pager = script_pager(len(urls), page)
        html = self.markup.listing_page(REGION_LABELS[slug], self.sections, entries, pager)
        if self.framed:
            html = clickable_rows(html, entries)
        return self.html(html)

    def report(self, slug: str, report_id: int, page: int, explicit_page: bool) -> Response:
        """One page of a report, or 404 (unknown id, wrong section, no such page)."""
        report = self.by_id.get(report_id)
        if report is None or report.region != slug or report.status == 404:
            return self.not_found()
        if report.status != 200:
            error = self.markup.simple_page("服务器错误", self.sections, ["请稍后再试。"])
            return self.html(error, report.status)
        parts = self.report_pages(report)
        if not 1 <= page <= len(parts) or (explicit_page and page == 1):
            return self.not_found()
        urls = self.report_urls(report)
        title = report.title or ""
        disclaimers = report.page_disclaimers
        disclaimer = (disclaimers[page - 1] if page <= len(disclaimers) else None) \
            or pages.DEFAULT_DISCLAIMER
        view = pages.ReportView(
            head_title=(title if page == 1 else f"{title}(第{page}页)") + f"_{pages.SITE_A_NAME}",
            title=report.title if page == 1 else None,
            paragraphs=parts[page - 1],
            canonical=urls[0],
            disclaimer=disclaimer,
            pager=self.markup.pager(urls, page),
            sections=self.sections,
            breadcrumb=[("/", "首页"), (self.section_address(slug), REGION_LABELS[slug])],
            related=scripted(self.related(report)) if self.framed else self.related(report),
            charset=self.charset or report.encoding,
            attachment=((attachments.attachment_path(report), attachments.attachment_name(report))
                        if report.attachment else None),
            part_urls=urls,
            page=page,
            neighbours=self.neighbours(report),
        )
        return html_response(self.markup.report_page(view, report.layout), encoding=view.charset)

    def attachment(self, report: Report) -> Response:
        """A report's attached file, with its content type."""
        return Response(200, {"Content-Type": attachments.CONTENT_TYPES[report.attachment]},
                        attachments.attachment_bytes(report))

    def neighbours(self, report: Report) -> tuple[pages.Link | None, pages.Link | None]:
        """The reports listed just before and after this one in its section (上一篇, 下一篇)."""
        ids = self.region_ids[report.region]
        at = self._position[report.id]
        near = [ids[n] if 0 <= n < len(ids) else None for n in (at - 1, at + 1)]
        return tuple(None if i is None else (self.address(self.by_id[i]), self.by_id[i].title or "")
                     for i in near)

    def related(self, report: Report, count: int = 5) -> list[pages.Link]:
        """Nearby reports of the same section: the 'related reports' sidebar."""
        ids = self.region_ids[report.region]
        at = self._position[report.id]
        near = ids[max(0, at - count // 2): at] + ids[at + 1: at + 1 + count]
        return [(self.address(self.by_id[i]), self.by_id[i].title or "") for i in near[:count]]

    def about(self) -> Response:
        """About the site: not a report."""
        return self.html(self.markup.simple_page("关于本站", self.sections, [
            f"{pages.SITE_A_NAME}收集整理各地政府工作报告、国民经济和社会发展统计公报、发展规划等公开资料，"
            "供学习研究参考。",
            "本站资料来源于各地政府网站及公开出版物，如有错漏，欢迎指正。",
        ]))

    def sitemap(self) -> Response:
        """The site map: the sections again."""
        return self.html(self.markup.simple_page("网站地图", self.sections, [], self.sections))

    def admin(self) -> Response:
        """A login page that robots.txt forbids: a polite crawler never sees it."""
        return self.html(self.markup.simple_page("后台管理登录", self.sections, ["请输入用户名和密码。"]))

    def not_found(self) -> Response:
        """The 404 page."""
        html = self.markup.simple_page("页面不存在", self.sections,
                                       ["您访问的页面不存在或已被删除。"], [("/", "返回首页")])
        return self.html(html, 404)

    def html(self, html: str, status: int = 200) -> Response:
        """A page other than a report's, in the build's charset."""
        return html_response(html, status, self.charset or "utf-8")


def _page_asked(target: str, ignored: frozenset[str] | set[str] = frozenset()) -> int | None:
    """The page a query asks for (`?page=2`): None when it asks for none, 0
    when it asks wrongly (another parameter, a repeated or malformed page).
    Parameters in ``ignored`` (a link's `from` tag) are left out first."""
    pairs = [(k, v) for k, v in parse_qsl(urlsplit(target).query, keep_blank_values=True) if k not in ignored]
    if not pairs:
        return None
    pages_asked = [value for key, value in pairs if key == "page"]
    if len(pairs) != 1 or len(pages_asked) != 1:
        return 0
    value = pages_asked[0]
    return int(value) if value.isdigit() and value == str(int(value)) and int(value) > 0 else 0


# The framed shape's ways in: `/` refreshes to FRAMED_HOME, whose script sends
# the reader on to a frameset of a menu and the home page's main frame.
FRAMED_HOME = "/web/"
FRAMED_ENTRANCE = (f'<html><head><META HTTP-EQUIV="Refresh" CONTENT="0; URL={FRAMED_HOME}">'
                   "<title>欢迎访问</title></head><body></body></html>")
FRAMED_REDIRECT = ("<html><head><title>欢迎访问</title></head><body><p>正在进入网站……</p>"
                   f"<script type=\"text/javascript\">top.location.replace('{FRAMED_HOME}index.html');"
                   "</script></body></html>")
FRAMED_FRAMESET = (f"<html><head><title>{pages.SITE_A_NAME}</title></head>\n"
                   '<frameset rows="110,*" frameborder="0">\n'
                   f'<frame src="menu.html" name="menu" scrolling="no" noresize>\n'
                   f'<frame src="{FRAMED_HOME}main.html" name="main">\n'
                   "</frameset>\n<noframes><body>您的浏览器不支持框架。</body></noframes></html>")


def scripted(links: list[pages.Link]) -> list[pages.Link]:
    """Links opened by a script, as old sites write them: `javascript:openWin('…')`."""
    return [(f"javascript:openWin('{href}')", text) for href, text in links]


def clickable_rows(html: str, entries: list[pages.Link]) -> str:
    """A listing whose rows are clickable `<li onclick="window.open('…')">`s, no links."""
    for href, text in entries:
        row = f"<li>{pages._a(href, text)}</li>"
        html = html.replace(row, f"<li onclick=\"window.open('{escape(href)}')\">{pages._t(text)}</li>")
    return html


def script_pager(count: int, page: int) -> str:
    """A TRS-style pager: no links, a script call given the page count and the
    current page (0-based) that writes them in the browser."""
    if count < 2:
        return ""
    return ('<div class="page"><script type="text/javascript">\n'
            f"var countPage = {count}//共多少页\nvar currentPage = {page - 1};//所在页从0开始\n"
            'createPageHTML(countPage, currentPage, "index", "html");\n</script></div>')


# Site B's footer links lead to pages that are not reports.
_B_SIMPLE_PAGES = {
    "/tougao": ("我要投稿", "欢迎投稿，请将稿件发送至本站编辑部。"),
    "/contact": ("联系我们", "工作时间：周一至周五 9:00-17:30。"),
    "/ruzhu": ("企业入驻", "企业入驻请填写申请表，审核通过后开通。"),
}


class SiteB:
    """The aggregator: listing pages holding whole reports (and some news)."""

    def __init__(self, reports: Iterable[Report], *, page_size: int = 4, list_id: int = 12,
                 site_a_url: str | None = None, build: str = "default", site_url: str | None = None):
        """Keep the site-B items in the given order. ``build`` and ``site_url``:
        as for :class:`SiteA` (the legacy site B's pages also carry a <BASE>)."""
        self.dynamic = build == "dynamic"
        # The listing's later pages asked for by query: `/info/12/?page=2`.
        self.queried = build == "modern"
        self.markup = markup_of(build, site_url, base_href=True)
        self.charset = legacy.SITE_B_CHARSET if build == "legacy" else "utf-8"
        self.page_size = page_size
        self.list_id = list_id
        self.site_a_url = site_a_url
        self.items = [
            pages.Item(r.site_b_title or "", r.site_b_body or "", r.site_b_date or "")
            for r in reports if r.on_site_b
        ]

    def listing_urls(self) -> list[str]:
        """Paths of every listing page."""
        count = max(1, -(-len(self.items) // self.page_size))
        if self.dynamic:
            return [dynamic.b_listing_address(self.list_id, n) for n in range(1, count + 1)]
        if self.queried:
            folder = f"/info/{self.list_id}/"
            return [folder] + [f"{folder}?page={n}" for n in range(2, count + 1)]
        return [f"/info/{self.list_id}/page/{n}" for n in range(1, count + 1)]

    def handle(self, target: str) -> Response:
        """Answer a GET for ``target``."""
        path = _path_of(target).rstrip("/") or "/"
        if path == "/":
            return self.home()
        if path == "/robots.txt":
            return text_response(ROBOTS_B)
        if path in _B_SIMPLE_PAGES:
            title, text = _B_SIMPLE_PAGES[path]
            return self.html(self.markup.b_simple_page(title, [text], listing=self.listing_urls()[0]))
        if self.dynamic:
            page = dynamic.route_b(target, self.list_id)
            return self.not_found() if page is None else self.listing(page)
        if self.queried:
            if path != f"/info/{self.list_id}":
                return self.not_found()
            if not _path_of(target).endswith("/"):
                return redirect(self.listing_urls()[0])
            asked = _page_asked(target)
            if asked == 1:  # the 跳转 form's first page is the folder's own
                return redirect(self.listing_urls()[0])
            return self.not_found() if asked == 0 else self.listing(asked or 1)
        if path == f"/info/{self.list_id}":
            return redirect(self.listing_urls()[0])
        if match := re.fullmatch(rf"/info/{self.list_id}/page/(\d+)", path):
            return self.listing(int(match[1]))
        return self.not_found()

    def home(self) -> Response:
        """The home page, linking to the listing."""
        links = [(self.listing_urls()[0], "政府工作报告")]
        if self.site_a_url:
            links.append((self.site_a_url.rstrip("/") + "/", pages.SITE_A_NAME))
        return self.html(self.markup.b_simple_page("地方招商网", ["汇集各地招商信息、政府工作报告。"], links,
                                                   listing=links[0][0]))

    def listing(self, page: int) -> Response:
        """One listing page: items, then numbered pagination with 下一页."""
        urls = self.listing_urls()
        if not 1 <= page <= len(urls):
            return self.not_found()
        items = self.items[(page - 1) * self.page_size: page * self.page_size]
        pager = self.markup.b_pager(urls, page)
        return self.html(self.markup.b_listing_page(items, pager, page, listing=urls[0]))

    def not_found(self) -> Response:
        """The 404 page."""
        return self.html(self.markup.b_simple_page("页面不存在", ["您访问的页面不存在。"],
                                                   listing=self.listing_urls()[0]), 404)

    def html(self, html: str, status: int = 200) -> Response:
        """A page in the build's charset."""
        return html_response(html, status, self.charset)
