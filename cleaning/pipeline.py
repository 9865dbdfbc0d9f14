"""`clean_page` and `clean_document`: page bytes in, `Report`s out.

Wires the extraction half (decode -> render -> listing items or one body ->
boilerplate, spam, paragraphs) to the metadata half (`extract_metadata`,
`classify` in `cleaning.metadata`). Cleaning never raises: bad input gives a
non-report with a reason, and so does any internal error.
"""
from __future__ import annotations

import re
from dataclasses import fields, replace
from typing import Any, Iterable

from .boilerplate import MAX_BLOCK_PAGE, MINORITY_SCRIPT, SHORT_BODY, classify_line, match_key, page_problem
from .decode import Decoded, decode
from .documents import document_kind, is_narrow_wrapped, is_paged_text, paged_text_paragraphs, read_document
from .embedded import embedded_report_text, embedded_title, json_record_header, json_record_text, json_records
from .extract import (Extracted, absolute_url, extract_report, is_document_title, page_key, shorten,
                      take_own_heading_as_title, title_tag_core)
from .feeds import FeedItem, feed_items, is_sitemap, item_page
from .listing import ListingItem, find_listing_items, is_teaser_index, live_report_parts
from .metadata import classify, extract_metadata
from .paragraphs import (PART_NUMBER, ends_sentence, excerpt_reasons, is_delivery_line, is_header_line, is_heading,
                         is_part_title, is_title_restatement, join_broken_lines, needs_restoration, restore_paragraphs)
from .render import Line, RenderedPage, cdata_as_text, looks_like_html, render
from .report import Removal, Report
from .spam import remove_spam
from .targets import extract_targets
from .webarchive import is_web_archive, read_web_archive

MIN_BODY_CHARS = 80   # fewer non-space characters of body than this: no report here
# The metadata half reads the header and counts place names; the first
# 100,000 characters (longer than any real report) are plenty, and capping
# them keeps huge pages fast.
METADATA_CHARS = 100_000
_REPORT_FIELDS = {f.name for f in fields(Report)}
# Fields the extraction half owns; metadata may not overwrite them.
_EXTRACTION_FIELDS = {"is_report", "reason", "body", "chars", "canonical_url", "published_on",
                      "item", "removed", "is_excerpt", "flags", "targets", "actuals"}

Part = tuple[bytes | str, str | None, str | None]


def _failure(error: BaseException) -> Report:
    return Report(is_report=False, reason=f"internal-error: {type(error).__name__}: {error}"[:300])


def body_chars(body: str) -> int:
    """Characters of the body, whitespace excluded (str.split's whitespace is
    re's `\\s`; splitting is several times faster than substituting)."""
    return sum(map(len, body.split()))


def clean_page(content: bytes | str, url: str | None = None,
               content_type: str | None = None, link_title: str | None = None) -> list[Report]:
    """One page -> the reports it holds (one per item on a listing page).
    `link_title`: the text of the link that led to the page, its report's
    title when the page shows none (see `_title_from_link`)."""
    try:
        return _clean_page(content, url, content_type, link_title)
    except Exception as error:  # cleaning must never raise
        return [_failure(error)]


def clean_document(parts: Iterable[Part], link_title: str | None = None) -> list[Report]:
    """A report split over several pages, in order -> one Report (`link_title`
    as for `clean_page`)."""
    try:
        return [_clean_document(list(parts), link_title)]
    except Exception as error:  # cleaning must never raise
        return [_failure(error)]


def extract_bodies(content: bytes | str, url: str | None = None,
                   content_type: str | None = None) -> list[str]:
    """The extraction stage alone: a page's body texts (one per listing item),
    without metadata, classification or targets; what a main-text extractor
    such as trafilatura gives, for like-for-like comparison. Never raises."""
    try:
        decoded, page = _page_text(content, url, content_type)
        if decoded.reason:
            return []
        return ["\n\n".join(_body_paragraphs(extracted, []))
                for extracted, _ in _extractions(page, url)]
    except Exception:  # like cleaning, never raise
        return []


def _base_url(page: RenderedPage, url: str | None) -> str | None:
    """Where the page's relative addresses start: its <base href>, as a browser's do."""
    return absolute_url(page.base_href, url) or url


def _extractions(page: RenderedPage, url: str | None, set_aside: list[ListingItem] | None = None,
                 link_title: str | None = None) -> list[tuple[Extracted, int | None]]:
    """The page's one report, or each item of a listing page, with its item
    number; a listing's items too short to be reports go to `set_aside`.
    The page's one report is titled by `link_title` if it shows no title."""
    base_url = _base_url(page, url)
    parts = live_report_parts(page.lines)
    if parts is not None:
        # A live page's posts of the report, joined; its other posts are not the report's.
        extracted = extract_report(page, parts, base_url=base_url, one_report=True)
        extracted.flags.append("live-posts")
        return [(extracted, None)]
    items = find_listing_items(page.lines)
    if items and set_aside is not None:
        set_aside += [item for item in items if item.short]
    items = items and [item for item in items if not item.short]
    if not items:
        extracted = extract_report(page, base_url=base_url)
        if _has_no_body(extracted) and (page.scripts or page.inline_documents):
            extracted = _from_scripts(page, base_url, _shell_heading(page)) or extracted
        _title_from_link(extracted, link_title)
        return _with_following_reports(page, extracted, base_url)
    extractions = []
    for item in items:
        extracted = extract_report(page, item.lines, base_url=base_url, title=item.title,
                                   one_report=True)
        extracted.published_on = item.published_on
        extracted.canonical_url = absolute_url(item.link, base_url) if item.link else None
        # The listing's own pagination says nothing about an item being partial.
        extracted.paginated = False
        extractions.append((extracted, item.index))
    return extractions


# A page holding more reports than this is a listing gone unrecognised; the
# rest stay with the last report rather than loop on.
MAX_REPORTS_PER_PAGE = 10
# The flag of each report read from a page holding several.
REPORTS_ON_PAGE = "reports-on-page"


def _with_following_reports(page: RenderedPage, extracted: Extracted,
                            base_url: str | None) -> list[tuple[Extracted, int | None]]:
    """The page's report and any reports following it on the page (numbered
    as items from 1 then, and flagged)."""
    found = [extracted]
    # The page's <title>, address and date are the first report's: a following
    # report is titled by its own lines.
    untitled = replace(page, title_tag=None, canonical_link=None)
    while found[-1].next_report and len(found) < MAX_REPORTS_PER_PAGE:
        following = extract_report(untitled, found[-1].next_report, base_url=base_url)
        following.canonical_url = following.published_on = None
        following.site_name = extracted.site_name
        found.append(following)
    if len(found) == 1:
        return [(extracted, None)]
    take_own_heading_as_title(extracted)
    for report in found:
        report.flags.append(REPORTS_ON_PAGE)
    return [(report, number) for number, report in enumerate(found, start=1)]


# The flag of a report titled by the link that led to its page.
TITLE_FROM_LINK = "title-from-link"


def _title_from_link(extracted: Extracted, link_title: str | None) -> None:
    """A page that shows no title of its own (no heading, a <title> that is
    only the site's name) takes the text of the listing's link to it, when
    that reads as a document's title and holds no spam; flagged."""
    if extracted.title or not link_title:
        return
    text = " ".join(link_title.split())
    if is_document_title(text) and not remove_spam(text)[1]:
        extracted.title = text
        extracted.flags.append(TITLE_FROM_LINK)


def _has_no_body(extracted: Extracted) -> bool:
    """Whether the extraction found too little text to be a report."""
    return sum(len(p) for p in extracted.paragraphs) < MIN_BODY_CHARS


def _shell_heading(page: RenderedPage) -> str | None:
    """The first heading a page shows that titles a document (its <h1> over an
    empty article); on a page built without headings, the line that is its
    <title>'s document title."""
    heading = next((line.text for line in page.lines
                    if line.heading and not line.is_link and is_document_title(line.text)
                    and classify_line(line.text) is None), None)
    core = title_tag_core(page.title_tag) if heading is None else None
    if not core or not is_document_title(core):
        return heading
    key = match_key(core)
    return next((line.text for line in page.lines if not line.is_link and match_key(line.text) == key), None)


def _from_scripts(page: RenderedPage, base_url: str | None, shell_title: str | None) -> Extracted | None:
    """The report of a page whose visible markup is an empty shell, read from
    the data in its scripts (see `cleaning.embedded`), or None. `shell_title`:
    the heading the shell shows, the headline over the text."""
    text = embedded_report_text(page.scripts, page.inline_documents)
    if text is None:
        return None
    core = title_tag_core(page.title_tag)
    if not shell_title:
        # A shell showing no heading: the data's title for the text is the one
        # the app shows, when the shell's <title> is only the app's name (新花城)
        # or says the same.
        titled = embedded_title(page.scripts, text)
        named = core and is_document_title(core)
        shell_title = titled if titled and is_document_title(titled) and (
            not named or match_key(titled) == match_key(core)) else None
    inner = render(text)
    # The text is the page's: it keeps the page's title and address, and
    # stands under the shell's heading as it does when the script has run.
    inner.is_html, inner.title_tag, inner.canonical_link = True, page.title_tag, page.canonical_link
    if shell_title:
        inner.lines.insert(0, Line(shell_title, heading=True))
    extracted = extract_report(inner, base_url=base_url)
    if _has_no_body(extracted):
        return None
    extracted.flags.append("text-from-script")
    return extracted


def _page_text(content: bytes | str, url: str | None,
               content_type: str | None) -> tuple[Decoded, RenderedPage | None]:
    """The page's text and its lines; or, when the decoded text has a reason,
    no lines. An attached file (PDF, Word: see `cleaning.documents`) is read
    to its paragraphs, which are then lines of a text rendering."""
    kind = document_kind(content, content_type, url) if isinstance(content, bytes) else None
    if kind is None:
        decoded = decode(content, content_type)
        if decoded.reason:
            return decoded, None
        if "\f" in decoded.text:
            if is_paged_text(decoded.text) and not looks_like_html(decoded.text):
                # A PDF's text saved by pdftotext: its pages' running heads and
                # numbers dropped and its lines joined as a PDF's are.
                text = "\n".join(paged_text_paragraphs(decoded.text))
                return replace(decoded, text=text, flags=decoded.flags + ["from-pdf-text"]), render(text, plain=True)
            decoded = replace(decoded, text=decoded.text.replace("\f", "\n"))
        if content_type and "xhtml" in content_type.lower() and "<![CDATA[" in decoded.text:
            decoded = replace(decoded, text=cdata_as_text(decoded.text))
        if decoded.text.lstrip()[:1] in ("{", "[") and (record := _json_record(decoded.text)) is not None:
            return replace(decoded, flags=decoded.flags + ["from-json"]), record
        if not looks_like_html(decoded.text) and is_narrow_wrapped(decoded.text):
            text = "\n".join(paged_text_paragraphs(decoded.text))
            return replace(decoded, text=text, flags=decoded.flags + ["lines-joined"]), render(text, plain=True)
        return decoded, render(decoded.text)
    document = read_document(content, kind)
    if document.reason:
        return Decoded(None, reason=document.reason, flags=document.flags), None
    text = "\n".join(document.paragraphs)
    # Lines straight to the text path: a PDF's text is never markup, whatever it quotes.
    return Decoded(text, flags=list(document.flags)), render(text, plain=True)


def _json_record(text: str) -> RenderedPage | None:
    """A JSON record a scraper wrote ({"title": …, "content": "…"}): its longest
    prose string read as the page (HTML or text, as it holds it), the record's
    title for that string as the page's `<title>` and, over markup without a
    heading of its own, its headline; None when it holds no prose."""
    if json_records(text) is not None:
        return None   # a collection: each record is read on its own (see `_collection_reports`)
    record = json_record_text(text)
    if record is None:
        return None
    body, title = record
    page = render(body)
    page.title_tag = title or page.title_tag
    if page.is_html and title and title.strip() and is_document_title(title) and not any(
            line.heading for line in page.lines[:_RECORD_HEADING_REACH]):
        # The app or site shows the record's title as the headline over its text,
        # and the record's dateline and speaker, kept beside the text, under it.
        header = json_record_header(text, body)
        if not (header and is_delivery_line(header[0])):
            header = []
        page.lines[0:0] = [Line(title.strip(), heading=True), *(Line(line) for line in header)]
    return page


# A record's text that opens with a heading of its own needs none over it.
_RECORD_HEADING_REACH = 3


def _unpacked(content: bytes | str, url: str | None,
              content_type: str | None) -> tuple[bytes | str, str | None, str | None]:
    """A saved web archive's page (see `cleaning.webarchive`) with its charset
    and, for a file on disk, the address it was saved from; anything else as it is."""
    if not isinstance(content, bytes) or not is_web_archive(content, content_type):
        return content, url, content_type
    archive = read_web_archive(content)
    if archive is None:
        return content, url, content_type
    if archive.location and (url is None or url.startswith("file:")):
        url = archive.location
    return archive.html, url, "text/html" + (f"; charset={archive.charset}" if archive.charset else "")


def _clean_page(content: bytes | str, url: str | None, content_type: str | None,
                link_title: str | None = None) -> list[Report]:
    content, url, content_type = _unpacked(content, url, content_type)
    decoded, page = _page_text(content, url, content_type)
    if decoded.reason:
        return [Report(is_report=False, reason=decoded.reason, flags=decoded.flags)]
    if decoded.text.lstrip()[:1] in ("{", "[") and "from-json" not in decoded.flags and (
            records := json_records(decoded.text)) is not None:
        return _collection_reports(records, url)
    if (items := feed_items(decoded.text)) is not None:
        return _feed_reports(items, url, decoded.flags)
    if is_sitemap(decoded.text):
        return [Report(is_report=False, reason="index-page: 站点地图", flags=decoded.flags)]
    if page.capped:
        decoded.flags.append("truncated-page")
    if is_teaser_index(page.lines):
        # A site search's results are excerpts under linked titles too, and a
        # missing page may offer related excerpts: say so when the title or
        # the page's short lines (抱歉，您访问的页面不存在) do.
        notices = match_key(" ".join(line.text for line in page.lines if len(line.text) <= _NOTICE_LINE))
        reason = page_problem(notices, match_key(page.title_tag or ""), 0, False) or "index-page: 文章摘要列表"
        return [Report(is_report=False, reason=reason, flags=decoded.flags)]
    reports = []
    short: list[ListingItem] = []
    for extracted, index in _extractions(page, url, short, link_title):
        listed = index is not None and REPORTS_ON_PAGE not in extracted.flags
        flags = decoded.flags + ["listing-item"] if listed else decoded.flags
        report = _build_report(extracted, page, url, flags)
        if index is not None:
            report.item = index
        reports.append(report)
    if short:
        reports += [_short_item(item, decoded.flags) for item in short]
        reports.sort(key=lambda report: report.item or 0)
    return reports


def _collection_reports(records: list[tuple[str, str | None]], url: str | None) -> list[Report]:
    """A scraper's collection of records: each read as the page its record
    names (its own address where it gives one, kept as the page's address),
    numbered from 1 as a listing's items are."""
    return _each_read_as_a_page([(record, record_url, "application/json") for record, record_url in records], url)


def _feed_reports(items: list[FeedItem], url: str | None, flags: list[str]) -> list[Report]:
    """A feed's items holding texts, each read as the page a feed reader shows
    (numbered from 1, its own link kept as its address); a feed of teasers
    only is a list of reports, as a listing page is."""
    if not items:
        return [Report(is_report=False, reason="index-page: 订阅源", flags=flags + ["feed"])]
    pages = [(item_page(item), item.link, "text/html; charset=utf-8") for item in items]
    return _each_read_as_a_page(pages, url, flags + ["feed"])


def _each_read_as_a_page(pages: list[tuple[str, str | None, str]], url: str | None,
                         flags: list[str] = ()) -> list[Report]:
    """The reports of the pieces a document holds (a collection's records, a
    feed's items), each read as a page of its own: numbered from 1 as a
    listing's items are, its own address (else the document's) kept, the
    document's `flags` first among its own."""
    reports = []
    for number, (content, address, content_type) in enumerate(pages, start=1):
        for report in _clean_page(content, address or url, content_type):
            report.item = number
            report.canonical_url = report.canonical_url or address
            report.flags = list(flags) + [flag for flag in report.flags if flag not in flags]
            reports.append(report)
    return reports


# A missing page's or a block page's notice is a short line or a few.
_NOTICE_LINE = 60


# Why a listing's item too short to be a report is set aside.
SHORT_ITEM = "short-listing-item"


def _short_item(item: ListingItem, flags: list[str]) -> Report:
    """A listing's item too short to be a report (a news teaser), set aside
    with its title, date and place on the page so that it can be audited."""
    return Report(is_report=False, reason=SHORT_ITEM, title=item.title, item=item.index,
                  published_on=item.published_on, flags=list(flags) + ["listing-item"])


def _clean_document(parts: list[Part], link_title: str | None = None) -> Report:
    pieces: list[tuple[Extracted, RenderedPage, str | None]] = []
    flags: list[str] = []
    rendered: list[tuple[int, RenderedPage, str | None]] = []
    for number, part in enumerate(parts, start=1):
        content, url, content_type = (tuple(part) + (None, None, None))[:3]
        decoded, page = _page_text(content, url, content_type)
        flags += decoded.flags
        if decoded.reason:
            flags.append(f"part-{number}-unusable:{decoded.reason}")
            continue
        rendered.append((number, page, url))
    template = template_lines([page for _, page, _ in rendered])
    for position, (number, page, url) in enumerate(rendered):
        page, dropped = _without_template(page, template, later=position > 0)
        # One document over several pages: its parts are never split into reports.
        extracted = extract_report(page, base_url=url, one_report=True)
        extracted.removed += dropped
        if number > 1:
            for removal in extracted.removed:
                removal.url = url
        pieces.append((extracted, page, url))
    if not pieces:
        return Report(is_report=False, reason="no usable part", flags=flags)
    combined = _combine([extracted for extracted, _, _ in pieces], flags)
    _title_from_link(combined, link_title)
    first_page, first_url = pieces[0][1], pieces[0][2]
    if len(pieces) > 1:
        flags.append(f"pages:{len(pieces)}")
    return _build_report(combined, first_page, first_url, flags, multipage=len(pieces) > 1)


# A line the text itself may repeat on two of its pages: an address to the
# deputies (各位代表：) opening a part.
_OWN_REPEATS = re.compile(r"^各位(?:代表|委员)")
TEXT_STARTS = 30   # characters of a line that is the page's own text, not its template's


def template_lines(pages: list[RenderedPage]) -> set[str]:
    """The keys of the lines the pages of one document share: on at least two
    pages and at least half of them. A paged article's pages repeat their
    site's template (sidebar lists, related links, footer) and never the
    article's own sentences."""
    if len(pages) < 2:
        return set()
    counts: dict[str, int] = {}
    for page in pages:
        for key in {match_key(line.text) for line in page.lines}:
            counts[key] = counts.get(key, 0) + 1
    least = max(2, (len(pages) + 1) // 2)
    return {key for key, count in counts.items() if count >= least and key and not _OWN_REPEATS.match(key)}


def _without_template(page: RenderedPage, template: set[str],
                      later: bool = False) -> tuple[RenderedPage, list[Removal]]:
    """The page without the document's template lines that follow the start of
    its own text, and their removals. On the first page, template lines above
    the text (the heading, the date row) are left to extraction, which reads
    the title there; a `later` page's are all its template's (a summary box
    every page repeats over its part of the text among them)."""
    if not template:
        return page, []
    kept: list[Line] = []
    dropped: list[Removal] = []
    in_text = later
    for line in page.lines:
        key = match_key(line.text)
        # (The text's own address, 本文地址：…, shown alike on each of its pages, is kept: it is the source's.)
        if in_text and key in template and not _is_canonical_address(line.text):
            dropped.append(Removal(shorten(line.text), "template", "repeated-on-pages"))
            continue
        in_text = in_text or (key not in template and len(key) >= TEXT_STARTS)
        kept.append(line)
    return (replace(page, lines=kept) if dropped else page), dropped


def _is_canonical_address(text: str) -> bool:
    verdict = classify_line(text)
    return verdict is not None and verdict.why == "canonical-address"


def _combine(extracted: list[Extracted], flags: list[str]) -> Extracted:
    """One Extracted from the pages of a document, in order."""
    combined = Extracted()
    combined.title = next((e.title for e in extracted if e.title), None)
    combined.canonical_url = extracted[0].canonical_url
    combined.published_on = next((e.published_on for e in extracted if e.published_on), None)
    for page in extracted:
        paragraphs = list(page.paragraphs)
        if combined.paragraphs:
            # A later page's repeat of the title and header lines the first page showed.
            shown = {match_key(text) for text in [combined.title or "", *combined.paragraphs[:_HEADER_REPEATS]]}
            while paragraphs and match_key(PART_NUMBER.sub("", paragraphs[0])) in shown:
                combined.removed.append(Removal(shorten(paragraphs.pop(0)), "header", "repeated-on-page"))
            if paragraphs:
                paragraphs[:1] = list(filter(None, [_without_opening_teaser(paragraphs[0], combined, page)]))
        if combined.paragraphs and paragraphs and _continues(combined.paragraphs[-1], paragraphs[0]):
            combined.paragraphs[-1] += paragraphs.pop(0)
            flags.append("paragraph-joined-across-pages")
        combined.paragraphs += paragraphs
        combined.removed += page.removed
        combined.excerpt_notice = combined.excerpt_notice or page.excerpt_notice
        combined.preview_gate = combined.preview_gate or page.preview_gate
        combined.link_lines += page.link_lines
    return combined


# A teaser's cut (…一、2017年工作回顾...).
_TEASER_CUT = re.compile(r"\.{3,}|…+")
TEASER_KEY = 20          # the teaser's first characters, looked for in the document's opening
OPENING_KEY = 400        # characters of the opening they are looked for in


def _without_opening_teaser(paragraph: str, combined: Extracted, page: Extracted) -> str:
    """A later page's first paragraph without the site's teaser of the text's
    opening it starts with (a CMS's summary box, 各位代表：现在…一、回顾...),
    when the text of that page runs on from it."""
    cut = _TEASER_CUT.search(paragraph)
    if cut is None:
        return paragraph
    teaser = match_key(paragraph[:cut.start()])
    if len(teaser) < TEASER_KEY or teaser[:TEASER_KEY] not in match_key("".join(combined.paragraphs))[:OPENING_KEY]:
        return paragraph
    page.removed.append(Removal(shorten(paragraph[:cut.end()]), "header", "teaser"))
    return paragraph[cut.end():].lstrip()


# How many of the first page's opening paragraphs a later page may repeat (its
# title, dateline and speaker line, set in the template of every page).
_HEADER_REPEATS = 6


def _continues(previous: str, following: str) -> bool:
    """A page break fell inside a sentence: the next page goes on with it."""
    return not ends_sentence(previous) and not is_heading(previous) and not is_part_title(previous) and (
        not is_header_line(previous) and not is_heading(following) and not is_header_line(following))


def _build_report(extracted: Extracted, page: RenderedPage, url: str | None,
                  flags: list[str], multipage: bool = False) -> Report:
    """A Report from the extraction, checked, classified and given its metadata."""
    flags = list(flags) + list(extracted.flags)
    paragraphs = _body_paragraphs(extracted, flags)
    body = "\n\n".join(paragraphs)
    report = Report(title=extracted.title, body=body, chars=body_chars(body),
                    canonical_url=extracted.canonical_url, published_on=extracted.published_on,
                    removed=list(extracted.removed), flags=flags)
    problem = _not_a_report(report, extracted, page, url)
    if problem:
        report.is_report, report.reason = False, problem
        return report
    reasons = excerpt_reasons(paragraphs)
    if extracted.excerpt_notice or report.title and _TITLE_SAYS_PARTIAL.search(report.title):
        reasons.append("page-says-partial")
    elif extracted.preview_gate and (reasons or not paragraphs):
        # A preview whole from its header to its closing call is no part.
        reasons.append("page-says-partial")
    if extracted.page_turn and not multipage and "page-says-partial" not in reasons:
        reasons.append("page-says-partial")
    if extracted.continued_elsewhere and not multipage:
        # A document's parts join at their marks (上接A02版 on the part after A02's).
        reasons.append("continued-on-another-page")
    if extracted.paginated and not multipage and (reasons or not paragraphs):
        # A pager beside a text whole from its header to its closing call
        # leads to other views of it (each page alone, a print-all 全文 view).
        reasons.append("one-page-of-several")
    report.is_excerpt = bool(reasons)
    report.flags += [f"excerpt:{reason}" for reason in reasons]
    _apply_metadata(report, paragraphs, url, extracted.site_name, extracted.delivery_notes, extracted.site_code)
    if report.is_report:
        report.targets, report.actuals = extract_targets(paragraphs, report.year)
    return report


# A title marking its text a part of the report (…政府工作报告（摘要）, （节选）, （摘登）).
_TITLE_SAYS_PARTIAL = re.compile(r"[(（\[【]\s*(?:摘要|摘登|节选|節選|摘编|摘編|摘录|摘錄)\s*[)）\]】]")


def _body_paragraphs(extracted: Extracted, flags: list[str]) -> list[str]:
    """The body's paragraphs: broken lines joined, lost paragraph breaks restored
    (and flagged in `flags`)."""
    lines = join_broken_lines([p.strip() for p in extracted.paragraphs if p.strip()])
    if len(lines) < len(extracted.paragraphs):
        flags.append("lines-joined")
    paragraphs = [p.strip() for p in restore_paragraphs(lines) if p.strip()]
    # Flagged when a body had lost its breaks (a one-line body), not when only
    # a part title run into its paragraph was parted: such a copy still has
    # the site's own paragraphs, and is as good a canonical copy as any.
    if len(paragraphs) > len(lines) and any(needs_restoration(line) for line in lines):
        flags.append("paragraphs-restored")
    return paragraphs


def _not_a_report(report: Report, extracted: Extracted, page: RenderedPage,
                  url: str | None = None) -> str | None:
    """Why the page holds no report at all (soft 404, login, links only, no
    text, the text only in an attached file)."""
    title_key = match_key(" ".join(filter(None, [page.title_tag or "", extracted.title or ""])))
    # Keying the whole page is costly and only read for short bodies.
    whole_page = page_key(page.lines) if report.chars < MAX_BLOCK_PAGE else ""
    problem = page_problem(whole_page, title_key, report.chars, page.has_password_field)
    if problem:
        return problem
    if report.chars < SHORT_BODY and extracted.link_lines >= MIN_INDEX_LINKS and _TEASER_END.search(report.body):
        # One post's excerpt over a list of links (the newest report's first
        # lines, then the older reports' titles): an index, not a report.
        return "index-page: 文章摘要列表"
    if report.chars < SHORT_BODY and extracted.link_lines >= MIN_INDEX_LINKS and not _ADDRESSES_CONGRESS.search(
            report.body) and _lists_reports("\n\n".join(line.text for line in page.lines if line.is_link)):
        # A column's note over its list of the years' reports (栏目说明：本栏目公开…).
        return "index-page: 栏目页"
    if _lists_reports(report.body):
        return "index-page: 历年报告列表"
    if extracted.commentary:
        return "not-a-work-report: 评论"
    if report.chars < MIN_BODY_CHARS:
        if _in_another_language(page):
            return "not-chinese"
        attachment = _report_attachment(page, extracted, url)
        if attachment:
            return f"attachment-only: {attachment}"
        other = _other_document_titled(extracted.title, page.title_tag)
        if other:
            return other
        if not _YEAR_NAMED.search(extracted.title or "") and _lists_reports(
                "\n\n".join(_TRAILING_DATE.sub("", line.text) for line in page.lines)):
            # A column's list of the years' reports, each title with its date after it, under
            # the column's name (a report's page names its year, its sidebar may list the others).
            return "index-page: 栏目页"
        return "no-body: links only" if extracted.link_lines >= 5 else "no-body"
    return None


def _other_document_titled(*titles: str | None) -> str | None:
    """What a title naming the work report says the page is instead (一图读懂｜
    …政府工作报告: pictures and captions, 关于…政府工作报告的决议): it says so
    better than the little text left. Titles naming no work report say nothing
    (a toolbar line taken for the title, with its English link)."""
    for title in titles:
        if title and "工作报告" in title:
            other = classify(title, [])
            if other and other.startswith("not-a-work-report"):
                return other
    return None


# An index of several years' reports (历年政府工作报告): this many titles of
# reports for different years standing as lines of the body.
MIN_LISTED_YEARS = 3
_LISTED_YEAR = re.compile(r"((?:19|20)\d{2})年")


def _lists_reports(body: str) -> bool:
    """Whether the body is a list of reports' titles, each maybe with its date
    and a line of summary, for several years: an index, not one report."""
    years = set()
    for paragraph in body.split("\n\n"):
        if len(paragraph) <= MAX_LISTED_TITLE and is_title_restatement(paragraph):
            year = _LISTED_YEAR.match(paragraph.strip())
            if year:
                years.add(year.group(1))
                if len(years) >= MIN_LISTED_YEARS:
                    return True
    return False


MAX_LISTED_TITLE = 60
_YEAR_NAMED = re.compile(r"(?:19|20)\d{2}")
# A listed item's date after its title (2024年某市政府工作报告2024-01-26).
_TRAILING_DATE = re.compile(r"\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*$")

# An excerpt's end: the ellipsis a teaser breaks off with.
_TEASER_END = re.compile(r"(?:…|\.\.\.|。。。)\s*$")
# What any part of a report's text says to its congress.
_ADDRESSES_CONGRESS = re.compile(r"各位代表|我代表|人民代表大会[^。]{0,20}会议上")
MIN_INDEX_LINKS = 5


# Files a government site attaches a report as: PDF, Word, WPS, OFD (the
# national format for electronic documents).
_ATTACHED_FILE = re.compile(r"\.(?:pdf|docx?|wps|ofd|rtf)(?:[?#].*)?$", re.I)
_NAMES_A_REPORT = re.compile(r"工作报告")


def _report_attachment(page: RenderedPage, extracted: Extracted, url: str | None) -> str | None:
    """The address of the file a page without a body attaches its report as
    (`附件：2024年政府工作报告.pdf`): the page is titled as a report, or the
    link says it is one. The text is in the file, which cleaning does not read;
    the reason keeps where it is."""
    page_says_report = bool(_NAMES_A_REPORT.search(extracted.title or page.title_tag or ""))
    base_url = _base_url(page, url)
    for line in page.lines:
        if line.href and _ATTACHED_FILE.search(line.href) and (
                page_says_report or _NAMES_A_REPORT.search(line.text)):
            return absolute_url(line.href, base_url) or line.href
    return None


# A page without a Chinese body that holds this many letters of other scripts, ten
# times its Chinese characters or more, is in another language (the
# English translation of a report, a foreign site).
MIN_FOREIGN_LETTERS = 500
_FOREIGN_LETTER = re.compile(f"[A-Za-z\u0400-\u04ff{MINORITY_SCRIPT}]")


def _in_another_language(page: RenderedPage) -> bool:
    """Whether the page's text is prose in another language (English; the
    Korean, Uyghur, Tibetan, … of an autonomous area's translation) rather than Chinese."""
    lines = page.lines[:400]
    letters = sum(len(_FOREIGN_LETTER.findall(line.text)) for line in lines)
    if letters < MIN_FOREIGN_LETTERS:
        return False
    # The site's own Chinese (menus, breadcrumb, credits, footer, link lists)
    # says nothing of the text's language: only lines that may be content count.
    content_chinese = sum(line.cjk for line in lines
                          if line.link_chars * 2 < len(line.text) and classify_line(line.text) is None)
    return content_chinese * 10 <= letters


def _apply_metadata(report: Report, paragraphs: list[str], url: str | None,
                    site_name: str | None = None, delivery_notes: list[str] = (),
                    site_code: str | None = None) -> None:
    """Merge `extract_metadata` and `classify` from the metadata half into the report."""
    paragraphs = _first_characters(paragraphs, METADATA_CHARS)
    # A section's label left out of the title (解读｜, 图文直播｜) still tells what the page is.
    given_title = report.title
    metadata: dict[str, Any] = extract_metadata(report.title, paragraphs, url=url,
                                                canonical_url=report.canonical_url,
                                                site_name=site_name, delivery_notes=delivery_notes,
                                                site_code=site_code) or {}
    for key, value in metadata.items():
        if key == "flags":
            report.flags += [f for f in (value or []) if f not in report.flags]
        elif key == "title":
            report.title = value or report.title
        elif key in _REPORT_FIELDS and key not in _EXTRACTION_FIELDS:
            setattr(report, key, value)
    rejection = classify(given_title or report.title, paragraphs)
    if rejection:
        report.is_report, report.reason = False, rejection


def _first_characters(paragraphs: list[str], limit: int) -> list[str]:
    """The leading paragraphs holding at most about `limit` characters."""
    kept, total = [], 0
    for paragraph in paragraphs:
        if total >= limit:
            break
        kept.append(paragraph[:limit - total])
        total += len(kept[-1])
    return kept
