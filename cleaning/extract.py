"""The report's parts found in a page's lines (see `cleaning.render`).

Extraction is content-based: the body is the longest run of long Chinese
prose lines between lines that close a report's text (disclaimer, 本文地址,
comment box, footer, related lists), extended over the report's header
lines and headings; the title is the page heading above it. Markup only
helps where it is unambiguous (`<title>`, `<h1>`, which text is a link).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from . import dates
from .boilerplate import (AI_SUMMARY, Verdict, canonical_address, classify_line, continues_elsewhere,
                          is_ai_generated_note, is_date_line, is_reader_counter, is_site_disclaimer, match_key,
                          is_summary_box_label, is_summary_label, may_be_label_value, may_hold_glued_boilerplate,
                          opens_with_note_label,
                          site_date, split_glued_boilerplate, strip_page_jumps, strip_translation_glosses,
                          word_inside_text)
from .paragraphs import (CLOSING_SEARCH, NAME_HAN, PART_NUMBER, SESSION_NAME, another_report_start, ends_sentence,
                         is_closing, is_delivery_line, is_header_line, is_heading, is_part_title, is_session_delivery_line,
                         is_sign_off, is_signed_date, is_excerpt_source, is_speaker_line, is_title_restatement,
                         repeated_copy_start)
from .printed import FOOTNOTE, RUNNING_HEADER, mark_page_furniture
from .render import EDGE_SPACE, Line, RenderedPage, cjk_count, is_prose
from .report import Removal
from .spam import remove_spam, spam_kinds

_TITLE_WORDS = re.compile(r"(报告|公报|规划|纲要|计划|总结|方案|意见|通知|决定|讲话|解读|工作|政府)")

# --- what a line looks like ----------------------------------------------------------------


def is_document_title(text: str) -> bool:
    """A line shaped like a document's title: short, unpunctuated, names a document."""
    if ends_sentence(text):
        return False
    chinese = cjk_count(text)
    # The key keeps every Chinese character, so a long line is no title:
    # known without normalising it.
    if not 4 <= chinese <= 100:
        return False
    key = match_key(text)
    if not 4 <= len(key) <= 100:
        return False
    if is_heading(text) or key.startswith(("各位代表", "——", "—", "-")):
        return False
    if key.count(",") + key.count("。") > 1 or _FILE_NAME.search(key) or _LABELLED_NUMBER.search(key):
        return False
    if _OFFICE_NAME.search(key) and not _DOCUMENT_WORDS.search(key):
        return False   # an office's name (市政府办公室, an information table's 发布机构 value)
    return bool(_TITLE_WORDS.search(key))


_OFFICE_NAME = re.compile(r"(?:办公室|办公厅|委员会|研究室|管理局|中心)$")


# A label and the number it gives (政府值班室：0717-4221234, a sidebar's phone
# list): no document is titled with a telephone or file number after a colon.
_LABELLED_NUMBER = re.compile(r":[\d\-()]{7,}$")


# A file's name (`某市2023年政府工作报告.pdf`, on a viewer's bar or a download
# link): the attachment's label, not the page's title.
_FILE_NAME = re.compile(r"\.(?:pdf|docx?|wps|ofd|txt|md|xlsx?|rar|zip)(?![a-z])", re.IGNORECASE)


_DOCUMENT_WORDS = re.compile(r"(报告|公报|规划|纲要|计划|总结|方案|意见|通知|决定|讲话)")


def _names_document(text: str) -> bool:
    """Whether a line names a kind of document, in either script (報告 is 报告)."""
    return bool(_DOCUMENT_WORDS.search(match_key(text)))


def is_headline_title(text: str) -> bool:
    """A news headline naming a document, which may end on an exclamation
    (`2024年武侯区政府工作报告全文来了！`) where a document's title never does."""
    stripped = text.strip(EDGE_SPACE).rstrip("！!")
    return _names_document(stripped) and is_document_title(stripped)


# Cached: each extraction from a page reads its `<title>` (a listing page's
# for every item, a report page's for the title line and the title).
@lru_cache(maxsize=1024)
def title_tag_core(title_tag: str | None) -> str | None:
    """The `<title>` without the site name tacked on (`报告标题_博县网`,
    `某市人民政府 - 2022年政府工作报告`): the part naming a document."""
    if not title_tag:
        return None
    verdict = classify_line(title_tag)
    if verdict is not None and verdict.why == "breadcrumb" or _CLIP_NAME.search(title_tag):
        # Word's own <title> for a pasted page: its first line, the breadcrumb;
        # a note app's: the name its user gave the clip.
        return None
    parts = _title_tag_parts(title_tag)
    if not parts:
        return None
    titled = [p for p in parts if is_headline_title(p) and not names_site_section(p)] or [
        p for p in parts if is_document_title(p) and not names_site_section(p)]
    documents = [p for p in titled if _names_document(p)]
    core = (documents or titled or parts)[0]
    # A viewer's page is titled with the file it shows: `某市政府工作报告.pdf - 在线预览`.
    return _FILE_NAME.sub("", core).rstrip(EDGE_SPACE) if _FILE_NAME.search(core) else core


# A site's section, as a `<title>` names it on pages that carry no title of
# their own (`华东频道·报告 - 某某网`, `工作报告栏目`): a channel, column or
# board of the site, never a document, whatever document word it holds.
_SITE_SECTION = re.compile(r"(频道|栏目|专栏|版块|板块)"
                           # a report site's section for a region's reports (华东报告)
                           r"|^(?:华北|东北|华东|华中|华南|西南|西北)(?:地区)?(?:政府)?(?:工作)?报告$")


def names_site_section(text: str) -> bool:
    """Whether a `<title>` part names a section of the site (a channel, a column)."""
    return bool(_SITE_SECTION.search(match_key(text)))


def _title_tag_parts(title_tag: str) -> list[str]:
    """The pieces of a `<title>` between its separators, those with Chinese in
    them, without an English translation run on after the Chinese."""
    parts = [_ENGLISH_AFTER.sub("", p).strip(EDGE_SPACE) for p in _TITLE_TAG_SEPARATORS.split(title_tag)]
    # A CMS parting the pieces by spaces alone (报告标题 栏目名 某市人民政府), the
    # site's name last: a space parts them too.
    spaced = [p.split() if " " in p and _GOVERNMENT_SITE.search(p.split()[-1]) else [p] for p in parts]
    return [p for pieces in spaced for p in pieces if cjk_count(p) >= 2]


# A bilingual site's title in both languages (2024年某市政府工作报告 Report on
# the Work of the Government 2024): the English words after the Chinese.
_ENGLISH_AFTER = re.compile(r"(?<=[\u4e00-\u9fff）)》])\s+[A-Za-z][A-Za-z'’,.:&()\- ]*\s[A-Za-z][\w'’,.:&()\- ]*$")


# A middle dot parts a `<title>` only with spaces around it (`华东频道 · 报告`):
# without them it joins a transcribed name (艾尔肯·吐尼亚孜).
# A dash before the delivery (政府工作报告——2021年1月12日在…会议上, ——在…会议上) is the title's own.
_TITLE_TAG_SEPARATORS = re.compile(r"\s*(?:_|\||｜|(?<![-—])(?:-{1,3}|—{1,3})(?![-—])"
                                   r"(?!\s*(?:[0-9〇○零一二三四五六七八九十]{2,4}年|在)[^_|｜]{0,60}?会议)|::)\s*"
                                   r"|\s+[·•]\s+")
_GOVERNMENT_SITE = re.compile(r"(?:人民政府|行政公署)(?:门户网站|网站|网)?$"
                              # a city's or county's own paper, named after it (七台河日报数字报)
                              r"|^[\u4e00-\u9fff]{2,8}?(?:日报|晚报)(?:数字报|电子报|电子版|数字版)?$")


def site_name(title_tag: str | None) -> str | None:
    """The government whose site the page is on, as its `<title>` names it
    (`2024年政府工作报告 - 汝阳县人民政府`), if it does."""
    if not title_tag:
        return None
    # Some `<title>`s part the site's name with a space only (`某镇2021年政府工作报告 安吉县人民政府`).
    pieces = (piece for part in _title_tag_parts(title_tag) for piece in (part.split()[-1], part))
    return next((p for p in pieces if _GOVERNMENT_SITE.search(p) and cjk_count(p) >= 4), None)


# A page's word on whose it is: its footer's 主办：/版权所有：, or an account's
# profile (雷山县西江镇人民政府官方公众号).
_OWNER = re.compile(r"(?:^|[\s\u3000])(?:主办(?:单位)?|版权所有)[:：]\s*(?:©\s*)?"
                    r"(?P<site>[\u4e00-\u9fff]{2,30}?(?:人民政府|行政公署))"
                    r"|^(?:功能介绍)?(?P<account>[\u4e00-\u9fff]{2,30}?人民政府)官方(?:公众号|微信|微博|网站)")
MAX_OWNER_LINE = 200


def _page_owner(lines: list[Line], site: str | None) -> str | None:
    """The government whose page it is: its own line naming it in full
    (主办：灌南县新安镇人民政府) when the `<title>`'s site name is none or a
    shorter name of it (新安镇人民政府), else that site name."""
    for line in reversed(lines):
        if len(line.text) > MAX_OWNER_LINE or "人民政府" not in line.text:
            continue
        found = _OWNER.search(line.text)
        if found:
            owner = found.group("site") or found.group("account")
            if site is None or owner != site and owner.endswith(site):
                return owner
    return site


# A government's news account is named after its place (湄潭发布, 上海发布).
_GOVERNMENT_ACCOUNT = re.compile(r"[\u4e00-\u9fff]{2,8}发布")


def government_account(author: str | None) -> str | None:
    """The account that posted an article, when it is named as a government's
    news account is (湄潭发布): the place it names is the site's."""
    return author.strip() if author and _GOVERNMENT_ACCOUNT.fullmatch(author.strip()) else None


# A model-essay site's label after a report's title (…政府工作报告范文), as written or in a match key.
_MODEL_ESSAY_LABEL = re.compile(r"(?<=报告)[ \t\u3000]*(?:范文|范本|模板)(?:大全)?[ \t\u3000]*$")


def _same_title(line_text: str, title: str | None) -> bool:
    """Whether a line is the `<title>`'s document title: the same, holding it,
    or a part of it that names a document itself. A site's logo line
    (漾濞彝族自治县人民政府) is only the start of a title such as
    漾濞彝族自治县人民政府工作报告, and no title."""
    if not title:
        return False
    # A model-essay site's <title> labels the text (…政府工作报告范文); its heading does not.
    a, b = match_key(line_text), _MODEL_ESSAY_LABEL.sub("", match_key(title))
    if not a or not b or (_FILE_NAME.search(a) and not _FILE_NAME.search(b)):
        return False
    if a == b:
        return True
    if min(len(a), len(b)) < 6:
        return False
    # A line holding it is a title only at a title's length (a one-line body
    # under the title also starts with it).
    return (a in b and bool(_DOCUMENT_WORDS.search(a))) or (b in a and len(a) <= MAX_TITLE_KEY)


MAX_TITLE_KEY = 100


# --- the extraction result --------------------------------------------------------------------


@dataclass
class Extracted:
    """The report's parts found on one page (or one listing item)."""

    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    canonical_url: str | None = None
    published_on: str | None = None
    removed: list[Removal] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    excerpt_notice: bool = False
    # A document-sharing site's gate under its preview (预览已结束，完整文档请下载):
    # its template's word, which a preview holding the whole text does not bear out.
    preview_gate: bool = False
    # A newspaper's continuation mark points at a page not shown (（上接第1版）).
    continued_elsewhere: bool = False
    # A paged article's word that the text goes on over the page turn (（未完，接下页）,
    # （接上页）): this page holds part of it, the document of all its pages may be whole.
    page_turn: bool = False
    paginated: bool = False
    link_lines: int = 0
    site_name: str | None = None   # the government whose site it is (汝阳县人民政府)
    # The site's 网站标识码 (a government site's ID: its owner's 6-digit division code, then 4 digits).
    site_code: str | None = None
    # What the page says of the delivery outside the body, read when the body's
    # header does not: an information table's full title (标题：政府工作报告——
    # 2024年1月12日在…会议上), the session's series label (…会议文件（1）) and the
    # editors' lead over the text (…会议开幕。市长某某代表市人民政府作政府工作报告).
    delivery_notes: list[str] = field(default_factory=list)
    # The lines from another report's header on, when one follows the body
    # (see `another_report_start`): the caller reads them as a report of their own.
    next_report: list[Line] | None = None
    # The body is someone's commentary quoting the report in blockquotes between
    # its own paragraphs (see `_quotes_in_commentary`): no copy of the report.
    commentary: bool = False


def shorten(text: str, limit: int = 120) -> str:
    """`text` cut to `limit` characters for the audit trail."""
    text = text.strip()
    return text if len(text) <= limit else text[:limit - 1] + "…"


def absolute_url(address: str | None, base_url: str | None) -> str | None:
    """`address` made absolute against the page's URL (when one is known)."""
    if not address:
        return None
    address = address.strip()
    if address.lower().startswith("www."):
        address = "http://" + address
    if base_url:
        try:
            return urljoin(base_url, address)
        except ValueError:
            return address
    return address


# --- finding the body ---------------------------------------------------------------------------
_LINK_RUN = 3
_TITLE_LIST_RUN = 4


def _list_boundaries(lines: list[Line], verdicts: list[Verdict | None]) -> set[int]:
    """Indices of lines in runs of links or of other documents' titles (sidebars,
    related lists): they close the body like hard boilerplate does."""
    marked: set[int] = set()
    # Runs of link lines (menus, sidebars), whatever else the lines are.
    run: list[int] = []
    for index, line in enumerate(lines):
        # (A document's own table of contents links its headings: no sidebar.)
        if line.is_link and len(line.text) <= 80 and not (
                verdicts[index] is not None and verdicts[index].why == "table-of-contents"):
            run.append(index)
        elif run:
            _mark_run(marked, run, _LINK_RUN)
            run = []
    _mark_run(marked, run, _LINK_RUN)
    # Runs of distinct title-like lines that are not the report's own header.
    run = []
    keys: set[str] = set()
    for index, line in enumerate(lines):
        title_like = (verdicts[index] is None and is_document_title(line.text)
                      and not is_header_line(line.text) and match_key(line.text) not in keys)
        if title_like:
            run.append(index)
            keys.add(match_key(line.text))
        elif run:
            _mark_run(marked, run, _TITLE_LIST_RUN)
            run = []
            keys.clear()
    _mark_run(marked, run, _TITLE_LIST_RUN)
    # A menu whose items are not links (`<li>首页</li><li>政府工作报告</li>…`):
    # list items of a word or two each.
    run = []
    for index, line in enumerate(lines):
        if line.item_start and 0 < len(line.text) <= MAX_MENU_ITEM and not _PUNCTUATED_ITEM.search(line.text):
            run.append(index)
        elif run:
            _mark_run(marked, run, _MENU_RUN)
            run = []
    _mark_run(marked, run, _MENU_RUN)
    return marked


MAX_MENU_ITEM = 8
_MENU_RUN = 3
_PUNCTUATED_ITEM = re.compile(r"[，。；：、,.;:!?！？\d]")


def _mark_run(marked: set[int], run: list[int], minimum: int) -> None:
    """Add the run's lines to `marked` when it is at least `minimum` long
    (called only at a run's end: most lines close no run)."""
    if len(run) >= minimum:
        marked.update(run)


# A related-links block (相关链接, 延伸阅读 and a few links; or a box of cards,
# each a title, a snippet and a source line) a site sets between two parts of
# one report: the body goes on past it when a sentence ends above it and the
# report's next numbered heading (二、…) or paragraph opens below it.
MAX_RELATED_BLOCK = 16


# An editor's credit (【责任编辑:某某】, (责编：某某、某某)).
_EDITOR_CREDIT = re.compile(r"^[(\[【]?(?:责任编辑|责编)[:]")


def _bridge_related_blocks(lines: list[Line], verdicts: list[Verdict | None],
                           breaks: set[int]) -> None:
    """Turn such blocks from boundaries into lines left out of a body that
    runs on (verdicts and breaks changed in place)."""
    index = 0
    while index < len(lines):
        if not _in_related_block(lines[index], verdicts[index]):
            index += 1
            continue
        end = index
        while end < len(lines) and _in_related_block(lines[end], verdicts[end]):
            end += 1
        block = range(index, end)
        # A picture and its caption may stand between the box and the text going on.
        after = end
        while after < len(lines) and verdicts[after] is not None and verdicts[after].why == "photo-credit":
            after += 1
        # A section's heading over the box has its text below it (三、… / 相关新闻 / 我们将…).
        under_heading = index > 0 and is_heading(lines[index - 1].text)
        if (len(block) <= MAX_RELATED_BLOCK
                # The article's editor signs under its end: nothing after is its text.
                and not any(_EDITOR_CREDIT.match(match_key(lines[i].text)) for i in block)
                and any(verdicts[i] is not None and verdicts[i].why == "related" for i in block)
                and index > 0 and verdicts[index - 1] is None
                and (ends_sentence(lines[index - 1].text) or under_heading)
                and after < len(lines) and verdicts[after] is None and not lines[after].is_link
                and (is_heading(lines[after].text) or _goes_on_in_prose(lines, verdicts, after)
                     or under_heading and is_prose(lines[after]) and ends_sentence(lines[after].text)
                     # (A longer box too, when the text above it is no closing call: the
                     # report's own ——-led points run on under a 相关报道 box set mid-section.)
                     or ((len(block) == 1 or not is_closing(lines[index - 1].text))
                         and _paragraphs_run_on(lines, verdicts, after))
                     or _numbering_goes_on(lines, index, after))):
            for i in block:
                verdicts[i] = Verdict("related", False)
                breaks.discard(i)
        index = end


# Or a full paragraph of prose opens below it (a box set mid-section,
# 延伸阅读 between two paragraphs), with the report's next numbered heading
# soon after: a reader's comment under a related list has none.
MIN_PROSE_BELOW = 30
MIN_LEAD_IN_BELOW = 8
HEADING_REACH = 4


def _goes_on_in_prose(lines: list[Line], verdicts: list[Verdict | None], index: int) -> bool:
    line = lines[index]
    # (Or the sentence leading into the section's list: 一年来，我们主要做了以下工作：)
    leads_in = line.cjk >= MIN_LEAD_IN_BELOW and line.text.rstrip(EDGE_SPACE).endswith(("：", ":"))
    if not (leads_in or line.cjk >= MIN_PROSE_BELOW and is_prose(line) and ends_sentence(line.text)):
        return False
    after = [i for i in range(index + 1, min(len(lines), index + 1 + 2 * HEADING_REACH))
             if verdicts[i] is None and lines[i].text][:HEADING_REACH]
    return any(is_heading(lines[i].text) for i in after)


# A single line of it (【推荐阅读】某某, an ad slot a farm sets between two
# paragraphs) is bridged when paragraphs of prose run on below it too.
PROSE_RUN_BELOW = 3


# Or the paragraphs' own numbering goes on across it: （一）… above, （二）… below.
_ENUMERATOR = re.compile(r"^\s*(?:(?P<paren>[(（])(?P<p>[一二三四五六七八九十]{1,3})[)）]|(?P<c>[一二三四五六七八九十]{1,3})、)")
NUMBERED_REACH = 6   # lines above the block where the last numbered paragraph may stand


def _enumerator(text: str) -> tuple[str, int] | None:
    """(style, number) of a line opening with （三） or 三、."""
    match = _ENUMERATOR.match(text)
    number = dates.chinese_number(match.group("p") or match.group("c")) if match else None
    if number is None:
        return None
    return ("paren" if match.group("paren") else "comma"), number


def _numbering_goes_on(lines: list[Line], start: int, end: int) -> bool:
    """Whether the line after a block (`end`) numbers the next paragraph of
    the last numbered one above it (within NUMBERED_REACH lines of `start`)."""
    after = _enumerator(lines[end].text)
    if after is None:
        return False
    for index in range(start - 1, max(-1, start - 1 - NUMBERED_REACH), -1):
        before = _enumerator(lines[index].text)
        if before is not None:
            return before[0] == after[0] and after[1] == before[1] + 1
    return False


def _paragraphs_run_on(lines: list[Line], verdicts: list[Verdict | None], index: int) -> bool:
    run = lines[index:index + PROSE_RUN_BELOW]
    return len(run) == PROSE_RUN_BELOW and all(
        verdicts[index + offset] is None and line.cjk >= MIN_PROSE_BELOW and is_prose(line)
        and ends_sentence(line.text) for offset, line in enumerate(run))


# An ad slot set in the same box (广告, 客户端 扫码下载) goes with the list.
_AD_LABELS = frozenset({"广告", "推广", "赞助", "广告位"})


def _in_related_block(line: Line, verdict: Verdict | None) -> bool:
    """A related list's heading or one of its links (a link may be soft
    boilerplate itself: 图解：…, a dated item), an item's info line (its date,
    its price), or an ad slot beside it."""
    if verdict is None:
        return line.is_link
    return verdict.why == "related" or (not verdict.hard and (
        line.is_link or verdict.why in ("promotion", "article-info") or line.text.strip() in _AD_LABELS))


# A forum post going on with the text the post above broke off (（接上楼）): the
# long text was split over posts by the forum's length limit.
_CONTINUED_FROM_ABOVE = re.compile(r"^[(（【\[]?(?:接上楼|接楼上|接上帖|接上贴|续上楼|续上帖|接上一楼)[)）】\]]?[:：]?$")
# The furthest the last line of the post above stands from the mark (its
# signature, the next post's author, rank, floor and date lie between).
MAX_POST_BREAK = 16


def _join_continued_posts(lines: list[Line], verdicts: list[Verdict | None], breaks: set[int]) -> None:
    """Make one run of a text split over posts: the lines between the post
    above's last line of text and the mark opening the next (signature, author,
    floor, date) are marked the forum's, and no longer break the run. A mark
    inside a quote (a reply quoting the post) joins nothing."""
    for index, line in enumerate(lines):
        if line.quoted or len(line.text) > 12 or not _CONTINUED_FROM_ABOVE.match(match_key(line.text)):
            continue
        above = next((i for i in range(index - 1, max(-1, index - MAX_POST_BREAK), -1)
                      if verdicts[i] is None and not lines[i].quoted and is_prose(lines[i])), None)
        if above is None:
            continue
        for between in range(above + 1, index + 1):
            verdicts[between] = Verdict("post-break", False)
            breaks.discard(between)


def _spans(lines: list[Line], verdicts: list[Verdict | None], breaks: set[int]) -> list[range]:
    """Runs of lines between hard boundaries."""
    spans = []
    start = 0
    for index in range(len(lines) + 1):
        closing = index == len(lines) or index in breaks or (
            verdicts[index] is not None and verdicts[index].hard)
        if closing:
            if index > start:
                spans.append(range(start, index))
            start = index + 1
    return spans


def _best_span(lines: list[Line], verdicts: list[Verdict | None],
               spans: list[range]) -> tuple[int, int] | None:
    """(first, last) prose line of the span holding the most prose."""
    best: tuple[int, int, int] | None = None
    for span in spans:
        prose = [i for i in span if verdicts[i] is None and is_prose(lines[i])]
        if not prose:
            continue
        ended = _article_end(lines, verdicts, prose)
        if ended is not None:
            prose = [i for i in prose if i <= ended]
        prose = _below_breadcrumb(lines, verdicts, prose)
        weight = sum(lines[i].cjk for i in prose)
        if best is None or weight > best[0]:
            best = (weight, prose[0], prose[-1])
    return (best[1], best[2]) if best else None


def _below_breadcrumb(lines: list[Line], verdicts: list[Verdict | None], prose: list[int]) -> list[int]:
    """`prose` without the lines above a breadcrumb (当前位置：…) among them,
    when most of the text is below it: the article starts under its
    breadcrumb, and the prose above is a column's (a 专题 page's 图解 blurbs)."""
    crumbs = [i for i in range(prose[0] + 1, prose[-1])
              if verdicts[i] is not None and verdicts[i].why == "breadcrumb"]
    if not crumbs:
        return prose
    below = [i for i in prose if i > crumbs[-1]]
    above_weight = sum(lines[i].cjk for i in prose if i < crumbs[-1])
    return below if sum(lines[i].cjk for i in below) > above_weight else prose


def _article_end(lines: list[Line], verdicts: list[Verdict | None], prose: list[int]) -> int | None:
    """The prose line closing the report when the article's credit line
    (来源：… 编辑：…), end mark or another report's title stands right under
    it: prose further down (a platform's card repeating the post, a reply, a
    box quoting another report's opening) is the page's."""
    for index in prose[:-1]:
        # Print and close links may stand between (【打印此页】【关闭窗口】 over 上一篇：…).
        below = next((i for i in range(index + 1, prose[-1]) if lines[i].text and not (
            verdicts[i] is not None and verdicts[i].why == "share-print")), None)
        if below is None or not _ends_in_closing_call(lines, index):
            continue
        if verdicts[below] is not None and _ends_article(lines[below], verdicts[below]):
            return index
        # Another report's title over its opening quoted (a box linking to it),
        # past the page's soft lines (an attachment link, print and close).
        title = next((i for i in range(index + 1, prose[-1]) if lines[i].text and verdicts[i] is None), None)
        if title is not None and _names_its_report(lines[title].text) and not is_prose(lines[title]):
            return index
    return None


_BARE_NAME = re.compile(rf"[{NAME_HAN}]{{2,4}}|[{NAME_HAN}]{{1,6}}[·•][{NAME_HAN}]{{1,6}}")


def _may_open_body(line: Line, below: str | None) -> bool:
    """A short line above the first prose line that still belongs to the report.
    `below` is the line under it that was already taken into the body."""
    if line.is_link:
        return False
    text = line.text
    if below is not None and _BARE_NAME.fullmatch(match_key(text)) and match_key(
            below).startswith("各位代表"):
        return True  # the speaker's name alone, as in `吴巨培` / `各位代表:`
    return (is_header_line(text) or is_heading(text) or ends_sentence(text)
            or len(match_key(text)) >= 8)


def _heading_naming_document(line: Line) -> bool:
    """A heading (<h1>–<h3>) shaped like a document's title that names one
    (报告, 公报…): not a site's logo (`某市人民政府门户网站`)."""
    return line.heading and not line.is_link and is_document_title(line.text) and bool(
        _names_document(line.text))


def _may_close_body(line: Line) -> bool:
    """A line after the last prose line that still belongs to the report: a
    sentence, a heading (a part title too: a page break may fall after one),
    or running text cut off by a page break."""
    if line.is_link:
        return False
    text = line.text
    return (ends_sentence(text) or is_heading(text)
            or (line.cjk >= 8 and line.punctuated) or is_part_title(text))


@dataclass
class _Layout:
    """Where the title and the body are among a page's lines."""

    title_index: int | None
    start: int
    end: int  # inclusive


_ABOVE_ARTICLE = frozenset({"navigation", "breadcrumb"})


def _locate(lines: list[Line], verdicts: list[Verdict | None], page: RenderedPage,
            span: range, core: tuple[int, int], given_title: str | None) -> _Layout:
    """Extend the prose core over the header above and closing lines below; find the title."""
    first, last = core
    start = first
    for index in range(first - 1, span.start - 1, -1):
        if verdicts[index] is not None:
            # The page's own menus and breadcrumb sit above the article: the
            # logo or slogan line above them is not the report's header.
            if verdicts[index].why in _ABOVE_ARTICLE:
                break
            continue  # other soft boilerplate between header lines is dropped, not a stop
        if not lines[index].text:
            continue  # a line emptied of spam or a continuation mark
        if not _may_open_body(lines[index], lines[start].text):
            break
        start = index
    heading = next((i for i in range(first - 1, start - 1, -1) if _heading_naming_document(lines[i])), None)
    if heading is not None and not any(verdicts[i] is None and is_header_line(lines[i].text)
                                       for i in range(start, heading)):
        # The article's own heading: what stands above it (an app's
        # `原创 作者：… 某某网`, `以下文章来源于…`, a player's `AI朗读 12:34`) is
        # the page's, however long, unless it is the report's header (a
        # newspaper's 引题 holding the delivery line); the title is looked for from here.
        start = heading
    title_index = _find_title_line(lines, verdicts, page, span, start, given_title)
    if title_index is not None and start - title_index <= _TITLE_REACH:
        # Whatever stands between the page title and the body is the report's
        # header (boilerplate and link lines are still left out).
        start = title_index + 1
    elif title_index is not None:
        # A title found farther up: a catalogue card or a post's tags may stand
        # between, and only the report's header lines right above the body are its.
        start = _header_above(lines, verdicts, start, title_index)
    return _Layout(title_index, start, _body_end(lines, verdicts, span, last))


def _header_above(lines: list[Line], verdicts: list[Verdict | None], start: int, top: int) -> int:
    """`start` moved up to the report's header lines (restated title, delivery
    line, speaker, 各位代表) right above it, not past `top`: boilerplate and
    short lines between (a first heading, 下一步工作安排) are passed over."""
    found = start
    for index in range(start - 1, top, -1):
        line = lines[index]
        if verdicts[index] is not None or not line.text:
            continue
        if line.is_link:
            break
        if is_header_line(line.text) or is_heading(line.text):
            found = index
        elif len(match_key(line.text)) > MAX_LINE_BETWEEN_HEADER or ends_sentence(line.text):
            break
    return found


# A line this short, no sentence, may stand between the header and the text.
MAX_LINE_BETWEEN_HEADER = 12


def _body_end(lines: list[Line], verdicts: list[Verdict | None], span: range, last: int) -> int:
    """The body's last line: the last prose line, extended over the closing
    lines below it (see `_may_close_body`) and over an appendix the report
    ends with (see `_is_appendix_heading`)."""
    end = last
    closes_report = _ends_in_closing_call(lines, end)
    appendix = _in_appendix_table(lines, verdicts, span, last)
    for index in range(last + 1, span.stop):
        if not lines[index].text:
            continue
        if verdicts[index] is not None:
            if not appendix and closes_report and _ends_article(lines[index], verdicts[index]):
                break   # the site's credit under the closing call: a signature after it is the poster's
            if verdicts[index].why == "excerpt-notice" and _PREVIEW_GATE.search(match_key(lines[index].text)):
                break   # a preview's end (试读已结束): what the wall lists under it is not read
            if appendix and _ROW_NUMBER.match(lines[index].text):
                continue   # a table row's number (序号 8), read as a page number: the table goes on
            # An appendix's table runs to the page's first boilerplate; the
            # lines after that are judged as any closing line is.
            appendix = False
            continue
        if _is_appendix_heading(lines[index]):
            appendix = True
        elif not appendix and closes_report and _is_sign_off(lines[index]):
            # The report signed under its closing call: the speaker, the day it was delivered.
            end = _signed_end(lines, verdicts, index, span)
            break
        elif not (appendix and not lines[index].is_link) and not _may_close_body(lines[index]):
            break
        elif (not appendix and ends_sentence(lines[end].text) and closes_report
              and not _THANKS.search(lines[index].text)):
            # After the closing call only the speaker's thanks are the report's (谢谢大家！);
            # a forum signature or a slogan under it (天下某某人是一家 | 欢迎来湄潭喝茶！) is the page's.
            break
        end = index
        closes_report = _ends_in_closing_call(lines, end)
    return end


APPENDIX_REACH = 200   # lines an appendix's table may run over, its heading to its last prose cell
MIN_TABLE_CELLS = 6    # short cells under an appendix's heading that make it a table


def _in_appendix_table(lines: list[Line], verdicts: list[Verdict | None], span: range, last: int) -> bool:
    """Whether the last prose line is a cell of an appendix's table: an
    appendix heading stands above it, below the closing call (附件1 / 十件民生实事 /
    序号 … / 完成…改造5个): the table's short cells after it are the report's too."""
    cells = 0
    for index in range(last, max(span.start, last - APPENDIX_REACH) - 1, -1):
        if verdicts[index] is not None or not lines[index].text:
            continue
        if _is_appendix_heading(lines[index]):
            # A table's, set a cell a line (a glossary's notes are sentences, its imprint under it no cell).
            return cells >= MIN_TABLE_CELLS
        if is_closing(lines[index].text):
            return False
        cells += len(lines[index].text) <= MAX_TABLE_CELL and not ends_sentence(lines[index].text)
    return False


# A table row's number in a cell of its own.
_ROW_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
# What a speaker says after the closing call: thanks, the end of the report.
_THANKS = re.compile(r"谢谢|感谢大家|报告完毕|^[(（]?完[)）]?$")
# A paragraph hard-wrapped into lines (a text file pasted into a page) is read
# whole over this many lines when asking whether it is the closing call.
_WRAPPED_LINES = 4


def _ends_in_closing_call(lines: list[Line], end: int) -> bool:
    """Line `end` ends the report's closing call: the line itself, or the
    paragraph it ends when the text is hard-wrapped (lines cut mid-sentence)."""
    text = lines[end].text
    if is_closing(text):
        return True
    index = end - 1
    for _ in range(_WRAPPED_LINES - 1):
        while index >= 0 and not lines[index].text:
            index -= 1
        if index < 0 or ends_sentence(lines[index].text) or lines[index].is_link:
            break
        text = lines[index].text.strip() + text.strip()
        index -= 1
    return text != lines[end].text and is_closing(text)


# What a credit line under an article names: its source, editor, author, proofreader.
_CREDIT = re.compile(r"来源|编辑|责编|作者|审核|校对|供稿")


def _ends_article(line: Line, verdict: Verdict) -> bool:
    """An end mark (（完）), the article's credit line (（来源：… 编辑：…）), its
    links to the site's previous and next articles, or a machine's box of
    questions and answers on it."""
    return verdict.why in ("end-mark", "prev-next", AI_SUMMARY) or (
        verdict.why == "article-info" and bool(_CREDIT.search(match_key(line.text)))) or (
        # (the editor's credit with the page's tools glued after it: 责任编辑：某某打印收藏分享)
        bool(_EDITOR_CREDIT.match(match_key(line.text))))


def _is_sign_off(line: Line) -> bool:
    return not line.is_link and is_sign_off(line.text.strip(EDGE_SPACE))


def _signed_end(lines: list[Line], verdicts: list[Verdict | None], index: int, span: range) -> int:
    """The body's last line when line `index` signs the report: it, or the
    date line right under it (kept though a date line is otherwise page matter)."""
    for following in range(index + 1, min(span.stop, index + 3)):
        text = lines[following].text.strip(EDGE_SPACE)
        if not text:
            continue
        if not lines[following].is_link and is_signed_date(text):
            verdicts[following] = None
            return following
        break
    return index


# The heading of an appendix printed with the report (附表：十件民生实事,
# 附件：名词解释, 附录): its table cells or notes below are short lines that
# close no sentence, yet the report's. Narrower than `paragraphs._APPENDIX`:
# a note's `注：` or `说明：` heads no section running to the page's end.
_APPENDIX_HEADING = re.compile(r"^(?:附[:：])?(?:附表|附件|附录|名词解释|注释$|注释[:：]|注[:：])")
MAX_APPENDIX_HEADING = 40


def _is_appendix_heading(line: Line) -> bool:
    """A short line, no link, opening with an appendix's name."""
    return (not line.is_link and len(line.text) <= MAX_APPENDIX_HEADING
            and bool(_APPENDIX_HEADING.match(match_key(line.text))))


# How far above the body's first line a page's title is looked for, and how
# far below a logo line taken for the body's first the `<title>`'s own words are.
_TITLE_REACH = 8
_TITLE_BELOW = 2
# Farther above, only a heading that is the <title>'s document title is looked
# for (over a blog's date, tags and note, an archive's catalogue card).
_TITLE_REACH_LINES = 60


# A note-taking app names a clipped page by what the user typed (临海2021政府
# 工作报告（剪藏）): the note's name, not the article's heading under it.
_CLIP_NAME = re.compile(r"[(（\[【]?(?:网页)?剪藏[)）\]】]?$")
# A note (注：…, （注：…）) names a document only to say something of it.
_NOTE_START = re.compile(r"^\s*[(（]?注[:：]")


def _column_label_of(line: Line, title_key: str) -> bool:
    """Whether a line that is no heading restates less of the title (a
    column's label, · 政府工作报告, over 某县2023年政府工作报告)."""
    key = match_key(line.text).strip("·•-|:>»")
    return not line.heading and key != title_key and key in title_key and is_title_restatement(line.text)


def _find_title_line(lines: list[Line], verdicts: list[Verdict | None], page: RenderedPage,
                     span: range, start: int, given_title: str | None) -> int | None:
    """Index of the page's title line: the <h1>/<title> line, else the first
    document-title-like line at the top of the body or just above it."""
    if given_title is not None:
        return None
    title_core = title_tag_core(page.title_tag)
    window = range(max(span.start, start - _TITLE_REACH), min(start + 1, len(lines)))
    candidates = [i for i in window if verdicts[i] is None]
    if page.is_html:
        # The <title> helps only when it names a document, not just the site.
        # Its heading may stand above a line that parts it from the body (a
        # blog's 原文地址, a forum's post header): looked for there too.
        named = title_core if title_core and _names_document(title_core) else None
        if page.article_title_meta and _names_its_report(page.article_title_meta) and not (
                named and _names_its_report(named)):
            # The <title> names the column only (政府工作报告--某市人民政府): the
            # CMS's ArticleTitle meta names the article's heading.
            named = page.article_title_meta
        above = range(max(0, start - _TITLE_REACH), window.start)
        # Or just below where the body seemed to start, when only a site's logo
        # stands above it (宁陵县人民政府门户网站 straight above the title, no menu
        # between): the logo was taken into the body's top.
        below = range(start + 1, min(start + 1 + _TITLE_BELOW, span.stop)) if (
            _is_site_name(lines[start].text)) else range(0)
        looked_at = [i for i in [*above, *candidates, *below] if verdicts[i] is None and not lines[i].is_link]
        # The line that is the <title>'s document title exactly, before one
        # merely holding part of it (a menu's 政府工作报告 above the <h1>).
        named_key = match_key(named) if named else None
        exact = [i for i in looked_at if match_key(lines[i].text) == named_key]
        if named_key and not any(lines[i].heading for i in exact):
            # The <title>'s heading a few lines under where the body seemed to
            # start: what stood over it (a mail's subject, a clipper's note, a
            # reader's reading time) is not the article's. (A blog's heading
            # is often a link to the post itself; a template's, a styled <div>.)
            # Not over the report's own header (an e-paper's 引题 dateline above its <h1>);
            # a column's label naming less of the title (· 政府工作报告) is no header.
            below_start = [i for i in range(start + 1, min(start + 1 + _TITLE_REACH, span.stop))
                           if verdicts[i] is None and match_key(lines[i].text) == named_key]
            exact += [i for i in below_start[:1] if not any(
                is_header_line(lines[j].text) and not _column_label_of(lines[j], named_key)
                for j in range(start, i) if verdicts[j] is None)]
        if exact and not any(lines[i].heading for i in exact) and not _names_its_report(named):
            # A column page's <title> says only 政府工作报告 (so do its banner and
            # the text's own first line): the pane's heading naming the year
            # and place (2025年某省政府工作报告) is the title.
            # (The body may seem to start at the banner, over the heading.)
            under = range(start + 1, min(start + 1 + _TITLE_REACH, span.stop))
            fuller = [i for i in [*looked_at, *under] if lines[i].heading and verdicts[i] is None
                      and _names_its_report(lines[i].text) and named_key in match_key(lines[i].text)]
            if fuller:
                return max(fuller, key=lambda i: (i <= start, i if i <= start else -i))
        if exact:
            # The heading among them, before an information table's 名称 cell.
            # Without headings, the one that is no label's value (名　　称：).
            return next((i for i in exact if lines[i].heading),
                        next((i for i in exact if not _labelled_value(lines, i)), exact[0]))
        # The <title>'s heading further up, over a blog's date, tags and note,
        # before a line merely holding part of it (a bare 政府工作报告 restated).
        # A heading first; a site built without <h1> sets its title in a
        # styled block, a line of its own that is no link.
        # (Or a heading the <title> holds the head of: its core was cut at a dash
        # of the heading's own, “我为政府工作报告建言献策”——2024年…活动.)
        farther = [i for i in range(max(0, above.start - _TITLE_REACH_LINES), above.start) if named_key
                   and not lines[i].is_link and (match_key(lines[i].text) == named_key or (
                       lines[i].heading or not ends_sentence(lines[i].text))
                       and match_key(lines[i].text).startswith(named_key))]
        if farther:
            return next((i for i in farther if lines[i].heading),
                        next((i for i in farther if verdicts[i] is None), None))
        for index in looked_at:
            if _same_title(lines[index].text, named):
                # A blog's heading linking to the post itself (an <h1>, or a
                # styled block), naming more of the <title> than the text's
                # own bare heading does.
                key = match_key(lines[index].text)
                fuller = next((i for i in [*above, *candidates] if i < index
                               and lines[i].is_link and verdicts[i] is None and key in match_key(lines[i].text)
                               and _same_title(lines[i].text, named)), None)
                return index if fuller is None else fuller
        # A heading naming a document, nearest the body (an <h1> higher up
        # may be the site's logo: `某市人民政府门户网站`).
        for index in reversed(candidates):
            text = lines[index].text
            if lines[index].heading and is_document_title(text) and _names_document(text):
                return index
        if named is None or not _names_its_report(named):
            # No <title> to go by, or one that is a headline (…全文发布：GDP突破1200亿！):
            # the heading naming its report further up, over the article's
            # date, tool lines and summary box (2024年某市政府工作报告).
            farther = [i for i in range(max(0, start - _TITLE_REACH_LINES), window.start)
                       if not lines[i].is_link and verdicts[i] is None and _names_its_report(lines[i].text)]
            # A heading first; a site built without headings sets it in a styled block.
            found = next((i for i in reversed(farther) if lines[i].heading), farther[-1] if farther else None)
            if found is not None:
                return found
    # A text rendering's first line may be the site's logo (某县人民政府门户网站): no title.
    titles = [index for index in candidates if not lines[index].is_link and is_document_title(lines[index].text)
              and not (_is_spaced_or_delivery(lines[index].text) or _is_site_name(lines[index].text)
                       or _COLLECTION.search(lines[index].text) or _CLIP_NAME.search(lines[index].text)
                       or _NOTE_START.match(lines[index].text))]
    # One naming its report (浏阳市2016年政府工作报告) before a bare 政府工作报告
    # above it (a sidebar's last entry, over the breadcrumb).
    found = next((index for index in titles if _names_its_report(lines[index].text)), titles[0] if titles else None)
    if found is None:
        # Only a heading set letter-spaced (政 府 工 作 报 告, as a PDF or a
        # Word file prints it, maybe under its cover line): that is the title.
        below = range(start + 1, min(start + 1 + _TITLE_BELOW, span.stop))
        found = next((index for index in [*candidates, *below] if verdicts[index] is None
                      and not lines[index].is_link
                      and _LETTER_SPACED.fullmatch(lines[index].text.strip(EDGE_SPACE))
                      and is_document_title(_without_letter_spacing(lines[index].text))), None)
    if found is None and page.is_html:
        # A page headed only by its session's name (某县第十七届人民代表大会第五次会议),
        # over the report's delivery line: the page's heading is its title still.
        # (A heading first; a template without headings sets it as a line of
        # its own, taken when no <title> names the document.)
        near = [index for index in range(window.start, min(start + 1 + _TITLE_REACH, span.stop))
                if verdicts[index] is None and not lines[index].is_link
                and _SESSION_HEADING.match(match_key(lines[index].text))]
        found = next((index for index in near if lines[index].heading), None)
        if found is None and named is None:
            # (Right over the delivery line: not a paper's 引题 over the report's own title.)
            found = next((index for index in near if _delivery_line_next(lines, verdicts, index)), None)
    if found is None:
        # The report's own heading right over its delivery line, a few lines
        # under where the body seemed to start (an editor's box over it: 【市情概要】).
        found = next((index for index in range(start + 1, min(start + 1 + _TITLE_REACH, span.stop))
                      if lines[index].heading and verdicts[index] is None and is_document_title(lines[index].text)
                      and _delivery_line_next(lines, verdicts, index)), None)
    if not page.is_html and (found is None or not _names_its_report(lines[found].text)):
        # A text rendering has no heading tags: the page's heading is the line
        # naming the report over the article's information block.
        over_info = _title_over_info_block(lines, verdicts, start)
        if over_info is not None:
            return over_info
    return found


def _delivery_line_next(lines: list[Line], verdicts: list[Verdict | None], index: int) -> bool:
    """Whether the next line of text after `index` is a delivery line at a session."""
    following = next((i for i in range(index + 1, min(len(lines), index + 1 + _TITLE_REACH))
                      if verdicts[i] is None and lines[i].text.strip(EDGE_SPACE)), None)
    return following is not None and is_session_delivery_line(lines[following].text)


_SESSION_HEADING = re.compile(rf"^[\u4e00-\u9fff]{{2,24}}?{SESSION_NAME}$")


# A one-line notice issuing the report as its attachment (关于印发《2024年某区
# 政府工作报告》的通知), not a plan made from it: the page's document is the report.
_ISSUING_NOTICE = re.compile(r"印发《(?P<name>[^《》]{0,30}政府工作报告)》的?通知$")


def _issued_report(title: str | None, lines: list[Line], kept: list[int]) -> tuple[str, int] | None:
    """The report's name as the notice issuing it gives it, and where in
    `kept` the report begins (past what is left of the notice: its date),
    when the text under such a notice opens with the report's own header."""
    issued = _ISSUING_NOTICE.search(title or "")
    if issued is None:
        return None
    # (Its delivery line at a session, not the notice's date alone.)
    header = next((n for n, i in enumerate(kept[:_TITLE_REACH]) if is_session_delivery_line(lines[i].text)
                   or lines[i].text.lstrip(EDGE_SPACE).startswith("各位代表")), None)
    if header is None:
        return None
    start = next((n for n in range(header) if "报告" in lines[kept[n]].text
                  and is_title_restatement(lines[kept[n]].text)), header)
    return issued["name"], start


def _title_over_info_block(lines: list[Line], verdicts: list[Verdict | None], start: int) -> int | None:
    """In a text rendering, the nearest line above `start` naming its report
    (2024年某县政府工作报告) that stands right over the article's information
    lines (索引号：, 发布日期：…)."""
    for index in range(start - 1, max(-1, start - _TITLE_REACH_LINES), -1):
        line = lines[index]
        if verdicts[index] is not None or line.is_link or not _names_its_report(line.text):
            continue
        below = next((i for i in range(index + 1, min(len(lines), index + 3)) if lines[i].text), None)
        if below is not None and verdicts[below] is not None and verdicts[below].why == "article-info":
            return index
    return None


def _labelled_value(lines: list[Line], index: int) -> bool:
    """Whether the line is the value of a label on the line above (名　　称：)."""
    return index > 0 and lines[index - 1].text.rstrip(EDGE_SPACE).endswith(("：", ":"))


# A book or series holding many reports (济宁市县市区政府工作报告汇编（2024）): a
# reader's top bar names it over the chapter, and it titles none of them.
# (Or a title naming several years' reports: 某县政府工作报告（2017、2016）, 2019—2021年.)
_COLLECTION = re.compile(r"汇编|合集|选编|选载|选登|大全|合订本|彙編|合輯|選編|選載"
                         r"|(?:19|20)\d\d年?\s*[、,，和及与至—–~-]\s*(?:19|20)\d\d")


def _is_headline(title: str) -> bool:
    """A news headline or a question over the text (重磅！…来了，这些大事与你有关;
    如何看待…？), which no document's title is."""
    return not is_document_title(title) or bool(_EXCLAIMS_OR_ASKS.search(title))


_EXCLAIMS_OR_ASKS = re.compile(r"[!！?？]")


# Prose a report found below the body must hold, in Chinese characters: a
# teaser or a related item quoting a report's opening holds far less.
MIN_REPORT_BELOW_CJK = 600
# A summary of one under its own title and header (a yearbook's 某镇政府工作报告（摘要）,
# a paper's abridged copy) runs to a few hundred.
MIN_SUMMARY_BELOW_CJK = 200
_REPORT_BELOW_HEADER = 3
_REPORT_BELOW_ADDRESS = 6   # lines under its title where the report addresses the deputies


def _report_below(lines: list[Line], verdicts: list[Verdict | None], start: int) -> int | None:
    """Where a second report opens below the body (from line `start`): its
    own title naming it (2015年甘谷县政府工作报告), its delivery or speaker
    line right under it, 各位代表 opening its text, and a report's length
    of prose after; or None."""
    for index in range(start, len(lines) - _REPORT_BELOW_HEADER):
        line = lines[index]
        if line.is_link or not _names_its_report(line.text):
            continue
        header = lines[index + 1:index + 1 + _REPORT_BELOW_HEADER]
        delivered = any(is_delivery_line(h.text) for h in header)
        addressed = any(h.text.lstrip(EDGE_SPACE).startswith("各位代表")
                        for h in lines[index + 1:index + 1 + _REPORT_BELOW_ADDRESS])
        # (A summary of it, 摘要, may leave the address to the deputies out.)
        if not (delivered or any(is_speaker_line(h.text) for h in header)) or not (
                addressed or _SUMMARY_VERSION.search(line.text)):
            continue
        prose = sum(below.cjk for below, verdict in zip(lines[index + 1:], verdicts[index + 1:])
                    if verdict is None and not below.is_link and is_prose(below))
        # A summary, or an abridged copy under the whole header (its delivery
        # line and 各位代表), is shorter than a report.
        shorter = _SUMMARY_VERSION.search(line.text) or delivered and addressed
        if prose >= (MIN_SUMMARY_BELOW_CJK if shorter else MIN_REPORT_BELOW_CJK):
            return index
    return None


def _title_shown_otherwise(title: str | None, lines: list[Line], layout: _Layout,
                           page: RenderedPage) -> str | None:
    """The title a page shows other than as a heading line of its own: a
    heading broken over two lines (某县人民政府 / 工作报告); without any
    heading, the CMS's title meta, or a picture of the title (its alt text)
    over the text."""
    if title is not None and layout.title_index:
        above = lines[layout.title_index - 1].text.strip(EDGE_SPACE)
        if match_key(title) == "工作报告" and above.endswith("人民政府") and len(above) <= 20:
            return above + title
    if title is not None and layout.title_index is not None and _COLLECTION.search(title):
        # A chapter's or a collection's heading (政府工作报告选载) over the
        # report's own title line (某市人民政府工作报告（节选）).
        own = next((i for i in range(layout.title_index + 1, min(layout.title_index + 1 + _TITLE_REACH, len(lines)))
                    if not lines[i].is_link and _names_its_report(lines[i].text)
                    and not _COLLECTION.search(lines[i].text)), None)
        if own is not None:
            return lines[own].text.strip(EDGE_SPACE)
    if title is None:
        meta = page.article_title_meta
        if meta and _names_its_report(meta):
            return meta.strip(EDGE_SPACE)
        pictured = next((alt for before, alt in page.image_titles
                         if before <= layout.start + 1 and _names_its_report(alt) and len(alt) <= MAX_TITLE_KEY), None)
        if pictured is not None:
            return pictured
    return title


def take_own_heading_as_title(extracted: Extracted) -> None:
    """For the first of several reports on one page: its own heading naming it
    (桐柏县2024年政府工作报告), opening its text, is its title rather than the
    page's, which names more (…全文（3楼附唐河的）, a headline naming two
    documents); the heading leaves the body."""
    if not extracted.paragraphs:
        return
    heading = extracted.paragraphs[0].strip(EDGE_SPACE)
    # (A bare 政府工作报告 names it better than a headline naming it and another: …政府工作报告、计划报告全文.)
    names_two = bool(extracted.title) and match_key(extracted.title).count("报告") >= 2
    if (_names_its_report(heading) or names_two and is_title_restatement(heading)) and len(heading) <= MAX_TITLE_KEY and (
            extracted.title is None or match_key(heading) != match_key(extracted.title)):
        extracted.removed.append(Removal(shorten(extracted.title or ""), "title", "page-title"))
        extracted.title = heading
        extracted.paragraphs = extracted.paragraphs[1:]


# A forum post's tail: its floor and time (3楼 2024-01-12 22:41, 来自Android客户端4楼…).
_FLOOR_TAIL = re.compile(r"(?:^|客户端|\s)\d{1,4}楼\s*(?:19|20)\d\d-\d\d-\d\d")


def _post_end(lines: list[Line], start: int) -> int | None:
    """Where the forum post holding a report that opens at `start` ends: at
    the first post tail after its closing call (the replies under it are
    not its text); None when no such tail follows."""
    closing = next((i for i in range(start, len(lines)) if is_closing(lines[i].text)), None)
    if closing is None:
        return None
    return next((i for i in range(closing + 1, min(len(lines), closing + 1 + _COMMENTARY_SEARCH))
                 if len(lines[i].text) <= 60 and _FLOOR_TAIL.search(lines[i].text)), None)


def _names_its_report(text: str) -> bool:
    """A restated title that says more than 政府工作报告: its year or place
    (2024年某市政府工作报告), not a list's label (历年政府工作报告)."""
    return is_title_restatement(text) and bool(_YEAR_OR_PLACE.search(match_key(text)))


# A headline reporting the session (…会议隆重开幕 王波作政府工作报告), over
# news that carries the report after it: no title of the report's (one that
# promises the text, 张三县长作政府工作报告 全文来了, is the page's title for it).
_NEWS_HEADLINE = re.compile(r"^(?!.*(?:全文|实录)).*(?:开幕|闭幕|隆重召开|胜利召开)")
# The headline's note that the text is attached ((附政府工作报告全文)): the story
# is still news of the session, its promise no title of the report's.
_ATTACHED_NOTE = re.compile(r"[(\[【]附[^)\]】]{0,30}[)\]】]$")
# A model-essay site's label for the text (XX县2023年政府工作报告范文, ××市政府工作报告
# 模板): a stand-in for the place or the genre word, not the report's title.
_STAND_IN_PLACE = re.compile(r"(?:xx|××)[省市州县区旗镇乡]")
_TEMPLATE_TITLE = re.compile(_STAND_IN_PLACE.pattern + r"|(?:范文|模板|范本)(?:\W|$)")
_YEAR_OR_PLACE = re.compile(r"(?:19|20)\d{2}年|[省市县区旗州盟镇乡](?:人民)?政府工作报告")


def _is_site_name(text: str) -> bool:
    """A government site's name (宁陵县人民政府门户网站), as its logo line says
    it: it holds 政府, as titles do, but names no document."""
    # (A database's source field adds when it took the copy: …人民政府网站（2007-03-02采集）.)
    text = _DATED_NOTE.sub("", text.strip(EDGE_SPACE))
    return bool(_GOVERNMENT_SITE.search(text)) and not _names_document(text)


_DATED_NOTE = re.compile(r"\s*[(（][^()（）]{0,20}\d[^()（）]{0,20}[)）]$")


_LETTER_SPACED = re.compile(r"(?:[\u3400-\u9fff][ \u3000\xa0]+){3,}[\u3400-\u9fff]")


def _without_site_name(title: str, title_tag: str | None) -> str:
    """A heading that is the whole `<title>`, site name and all (a reader
    view heads its copy with the document's title): the title's core."""
    if title_tag and match_key(title) == match_key(title_tag) and site_name(title_tag):
        core = title_tag_core(title_tag)
        if core and is_document_title(core):
            return core
    return title


def _without_letter_spacing(text: str) -> str:
    """A title set with a space after every character for layout (`政 府 工 作
    报 告`, as Word exports and PDFs print it) without the spaces."""
    stripped = text.strip(EDGE_SPACE)
    if _LETTER_SPACED.fullmatch(stripped):
        return re.sub(r"[ \u3000\xa0]+", "", stripped)
    return text


def _is_spaced_or_delivery(text: str) -> bool:
    """Header lines that are never a page title (`政 府 工 作 报 告`, `——…会议上`)."""
    stripped = text.strip()
    return bool(re.fullmatch(r"(\S\s+){3,}\S", stripped)) or stripped.startswith(("—", "各位代表"))


# --- putting it together -----------------------------------------------------------------------


def _with_text(line: Line, text: str) -> Line:
    """A copy of `line` holding `text`: the page's own lines are never changed
    (a listing's items and a following report read them again), so only the
    few lines that change are copied."""
    changed = line.copy()
    changed.text = text
    return changed


def _clean_spam(lines: list[Line]) -> dict[int, list[str]]:
    """Remove spam tokens from every line (replacing the line in the list);
    tokens by line index."""
    found: dict[int, list[str]] = {}
    for index, line in enumerate(lines):
        cleaned, tokens = remove_spam(line.text)
        if tokens:
            lines[index] = _with_text(line, _without_spammed_suffix(line.text, tokens, cleaned).strip(EDGE_SPACE))
            found[index] = tokens
    return found


# A title's separator before a suffix (报告标题_站名).
_TITLE_SUFFIX_SEPARATOR = re.compile(r"\s*[_|｜]\s*")
MAX_TITLE_LINE = 120


def _without_spammed_suffix(text: str, tokens: list[str], cleaned: str) -> str:
    """A title line whose suffix after `_` or `|` holds spam (…工作报告_开云体育
    官网入口(中国)官方网站·IOS/安卓通用版): the title before it; the suffix's
    words around the brand are the advert's too. Otherwise `cleaned`."""
    if len(text) > MAX_TITLE_LINE:
        return cleaned
    for separator in _TITLE_SUFFIX_SEPARATOR.finditer(text):
        if separator.start() and any(token in text[separator.end():] for token in tokens) and not any(
                token in text[:separator.start()] for token in tokens):
            return text[:separator.start()]
    return cleaned


def _continued_elsewhere(lines: list[Line], kept: list[int], marked: dict[int, tuple[str, list[str]]]) -> bool:
    """Whether the text opens with a mark that it continues from another page
    (（上接第1版）色优势产业…) or closes with one that it goes on there; a mark
    inside a whole text (a newspaper's copy) says nothing."""
    if not marked or not kept:
        return False
    text = [i for i in kept if not is_header_line(lines[i].text)]
    if not text:
        return False
    first, last = marked.get(text[0]), marked.get(text[-1])
    return bool(first and first[0].lstrip(EDGE_SPACE).startswith(first[1][0]) and continues_elsewhere(first[1][:1])
                or last and last[0].rstrip(EDGE_SPACE).endswith(last[1][-1]) and continues_elsewhere(last[1][-1:]))


# A copier's mark glued after a paragraph's last sentence (…取得决定性成就。（本文来自
# 文库吧 www.wenkuba8.com）): the site's, not the report's.
_GLUED_SOURCE_MARK = re.compile(r"(?<=[。！？!?])\s*[(（](?:本文来自|本文转自|来源于|转载自)[^()（）。]{1,40}[)）]\s*$")
# Or set inside a sentence, bracketed or bare (…36920元本文来自某某网和17260元,
# 核心景区（本文来自某某网www.x.com）森林覆盖率, 【本文来自某某网】): a report
# never speaks of 本文 coming from a site.
_INLINE_SOURCE_MARK = re.compile(
    r"[(（【\[]\s*(?:本文来自|本文转自|本文来源于)[^()（）【】\[\]。]{1,48}[)）】\]]"
    r"|(?:本文来自|本文转自|本文来源于)[\u4e00-\u9fff]{1,12}?(?:网|站|文库|库|吧)"
    r"(?:\s*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?)?", re.IGNORECASE)


def _strip_glued_source_marks(lines: list[Line]) -> list[Removal]:
    """Remove such marks from lines (replacing the line in the list)."""
    removed: list[Removal] = []
    for index, line in enumerate(lines):
        if "来" in line.text[-48:] or "转" in line.text[-48:]:
            mark = _GLUED_SOURCE_MARK.search(line.text, max(0, len(line.text) - 48))
            if mark:
                line = lines[index] = _with_text(line, line.text[:mark.start()])
                removed.append(Removal(mark.group().strip(), "body", "watermark"))
        if "本文" in line.text:
            marks = [m.group() for m in _INLINE_SOURCE_MARK.finditer(line.text)]
            rest = _INLINE_SOURCE_MARK.sub("", line.text) if marks else ""
            if marks and rest.strip(EDGE_SPACE):   # a line that is the mark alone is judged as a line
                lines[index] = _with_text(line, rest)
                removed += [Removal(mark.strip(), "body", "watermark") for mark in marks]
    return removed


def _site_domain(url: str | None) -> str | None:
    """The domain a page's site goes by (gwxzw.net for www.gwxzw.net/a.html),
    None for a government's own site or an address of no domain."""
    host = (urlsplit(url).hostname or "") if url else ""
    labels = host.split(".")
    if len(labels) < 2 or "gov" in labels or host.replace(".", "").isdigit():
        return None
    keep = 3 if len(labels) >= 3 and labels[-1] == "cn" and labels[-2] in ("com", "net", "org", "edu") else 2
    return ".".join(labels[-keep:])


def _strip_own_site_marks(lines: list[Line], url: str | None) -> list[Removal]:
    """Remove the site's own mark set between two sentences of a paragraph
    (…增长14.5%。公文写作网 www.gwxzw.net建筑陶瓷…) on a site that is no
    government's: its name and address (replacing the line in the list)."""
    domain = _site_domain(url)
    if domain is None:
        return []
    mark = re.compile(r"(?<=[。！？!?；;])\s*(?:[\u4e00-\u9fff]{2,12}\s*)?(?:https?://)?(?:[a-z0-9-]+\.)*"
                      + re.escape(domain) + r"/?\s*", re.IGNORECASE)
    removed: list[Removal] = []
    for index, line in enumerate(lines):
        if domain not in line.text.lower():
            continue
        found = [match.group().strip() for match in mark.finditer(line.text)]
        if found:
            lines[index] = _with_text(line, mark.sub("", line.text))
            removed += [Removal(text, "body", "watermark") for text in found]
    return removed


def _strip_glosses(lines: list[Line]) -> list[Removal]:
    """Remove another script's glosses from lines of Chinese (replacing the line
    in the list): an autonomous area's bilingual headings and names."""
    removed: list[Removal] = []
    for index, line in enumerate(lines):
        cleaned, glosses = strip_translation_glosses(line.text)
        if glosses:
            # (a bilingual heading's bar between its halves goes with the gloss: 안도현… | 安图县…)
            lines[index] = _with_text(line, cleaned.strip(EDGE_SPACE).strip("|｜/／").strip(EDGE_SPACE))
            removed += [Removal(gloss, "body", "foreign-text") for gloss in glosses]
    return removed


# An editor's keyword tag glued after a section heading (三、2024年重点工作【关键词：
# 项目深化年】, 二、发展目标关键词：绿色崛起): the editor's, not the heading's.
# A fold's toggles, each maybe with its arrow (收起, 点击展开 ∨点击收起 ∧ of an
# accordion whose both labels are in the markup).
_TOGGLE_RUN = r"(?:\s*[▲▼∧∨]?\s*(?:点击)?(?:收起|展开)(?:全文|全部)?\s*[▲▼∧∨]?)+"
_HEADING_TAG = re.compile(rf"\s*(?:【关键词[:：][^】]{{1,16}}】|关键词[:：][\u4e00-\u9fff“”\"]{{1,12}}|{_TOGGLE_RUN})\s*$")
_TOGGLES = ("收起", "展开", "∧", "∨", "▲", "▼")


def _strip_heading_tags(lines: list[Line]) -> list[Removal]:
    """Remove editors' keyword tags, and a fold's toggle word (一、2024年工作回顾收起,
    a <summary> holding its 收起 button), from the ends of numbered section
    headings (replacing the line in the list)."""
    removed: list[Removal] = []
    for index, line in enumerate(lines):
        if not ("关键词" in line.text or line.text.rstrip(EDGE_SPACE).endswith(_TOGGLES)) or not is_heading(line.text):
            continue
        tag = _HEADING_TAG.search(line.text)
        if tag and tag.start() > 0:
            lines[index] = _with_text(line, line.text[:tag.start()])
            removed.append(Removal(tag.group().strip(), "body", "editor-note"))
    return removed


# A button set at the head of every paragraph ([朗读] of a text-only version's
# reader, 【复制】): a short bracketed link.
_PARAGRAPH_BUTTON = re.compile(r"^\s*[\[【][^\[\]【】\s]{1,4}[\]】]")
MIN_PARAGRAPH_BUTTONS = 3


def _strip_paragraph_buttons(lines: list[Line]) -> list[Removal]:
    """Remove the same short bracketed link heading many lines (replacing the
    lines in the list): a button on each paragraph, not the report's words."""
    found = {}
    for index, line in enumerate(lines):
        if line.link_chars and line.text[:1] in " [【\u3000" and (button := _PARAGRAPH_BUTTON.match(line.text)):
            found.setdefault(button.group().strip(), []).append(index)
    removed: list[Removal] = []
    for button, indexes in found.items():
        if len(indexes) < MIN_PARAGRAPH_BUTTONS:
            continue
        for index in indexes:
            line = lines[index]
            lines[index] = _with_text(line, line.text.lstrip()[len(button):])
            lines[index].link_chars = max(0, line.link_chars - len(button))
        removed.append(Removal(f"{button} (×{len(indexes)})", "body", "share-print"))
    return removed


# What an editor's box of highlights lists its points with.
_BULLETS = "●•▪■◆▶►√✔☑★·"
MAX_HIGHLIGHT = 60
MAX_FIGURE_POINT = 30


def _highlight_boxes(verdicts: list[Verdict | None], lines: list[Line]) -> list[Verdict | None]:
    """`verdicts` with the bulleted points under an editor's box label
    (【划重点】 / ● 烟台正式跻身“万亿城市”俱乐部…) marked as the label is:
    the editor's summary between sections, not the report's text."""
    for index, verdict in enumerate(verdicts):
        if verdict is None or verdict.why != "editor-note" or len(match_key(lines[index].text)) > MAX_BOX_LABEL:
            continue
        for following in range(index + 1, len(lines)):
            text = lines[following].text.strip(EDGE_SPACE)
            if not text:
                continue
            # Its points: bulleted, or a figure and its label (1426.3亿元GDP总量).
            figure = text[0].isdigit() and len(text) <= MAX_FIGURE_POINT and not ends_sentence(text)
            if verdicts[following] is not None or not (text[0] in _BULLETS or figure) or len(text) > MAX_HIGHLIGHT:
                break
            verdicts[following] = verdict
    # Or ticked points without a label (✔ 吴中GDP迈上1700亿元台阶…): a report lists
    # its tasks numbered, never ticked off.
    run: list[int] = []
    for index in range(len(lines) + 1):
        text = lines[index].text.strip(EDGE_SPACE) if index < len(lines) else ""
        if text and text[0] in _TICKS and verdicts[index] is None and len(text) <= MAX_HIGHLIGHT:
            run.append(index)
            continue
        if len(run) >= 2:
            for ticked in run:
                verdicts[ticked] = Verdict("editor-note", False)
        run = []
    return verdicts


_TICKS = "✔✅☑√"
# A box's label, maybe with its subtitle (数说2023 · 某市成绩单).
MAX_BOX_LABEL = 16


# A pull-quote: a sentence of the text set again in large type beside it,
# between corner brackets or quotation marks, maybe after its label (金句「…」).
_PULL_QUOTE = re.compile(r"^(?:金句[:：]?)?\s*[「“\"](?P<quote>[^「」“”\"]{8,120})[」”\"]$")


def _without_pull_quotes(lines: list[Line], kept: list[int], result: Extracted) -> list[int]:
    """`kept` without pull-quotes: lines that only quote a sentence another
    line of the text holds word for word (recorded as removed)."""
    quotes = [i for i in kept if "「" in lines[i].text or "“" in lines[i].text or '"' in lines[i].text]
    if not quotes:
        return kept
    dropped = set()
    for index in quotes:
        match = _PULL_QUOTE.match(lines[index].text.strip(EDGE_SPACE))
        if match is None:
            continue
        quote = match_key(match.group("quote"))
        if any(other != index and other not in dropped and quote in match_key(lines[other].text)
               for other in kept if len(lines[other].text) > len(match.group("quote"))):
            dropped.add(index)
            result.removed.append(Removal(shorten(lines[index].text), "body", "pull-quote"))
    return [i for i in kept if i not in dropped]


def _strip_page_jumps(lines: list[Line], marked: dict[int, tuple[str, list[str]]] | None = None) -> list[Removal]:
    """Remove newspaper continuation marks (`（下转第二版）`) and Word comment
    anchors ([批注1]) from every line (replacing the line in the list): the
    line they stood on, or the part of a sentence before them, stays; a
    comment itself, opening with its anchor, goes whole."""
    removed: list[Removal] = []
    for index, line in enumerate(lines):
        cleaned, marks = strip_page_jumps(line.text)
        if marks and line.text.lstrip(EDGE_SPACE).startswith(marks[0]) and "批注" in marks[0]:
            # One of the comments Word lists after the text ([批注1]数据以…为准): all of it goes.
            lines[index] = _with_text(line, "")
            removed.append(Removal(shorten(line.text), "body", "comment-anchor"))
            continue
        if marks:
            if marked is not None:
                marked[index] = (line.text, marks)
            lines[index] = _with_text(line, cleaned.strip(EDGE_SPACE))
            removed += [Removal(mark, "body", "comment-anchor" if "批注" in mark
                                else "reader-counter" if is_reader_counter(mark) else "page-jump")
                        for mark in marks]
    return removed


# `原标题：…`: a repost under a headline of its own names the text's real title.
_ORIGINAL_TITLE = re.compile(r"^\s*[(（【\[]?\s*原文?[标標][题題]\s*[:：]\s*(?P<title>.+?)\s*[)）】\]]?\s*$")
# Lines this far into the body are still where a lead or an 原标题 stands.
_LEAD_LINES = 12
# The editors' lead-in to the text itself: `以下为报告全文：`, `全文如下：`, `…。一起来看↓`,
# `…市长代表市人民政府作政府工作报告。全文如下：`, `以下为报告全文。`.
_FULL_TEXT_FOLLOWS = re.compile(r"(?:(?:全文|原文|摘要|如下)(?:[:：。!！,，]?(?:一起|快|速)来?看看?)?"
                                r"|[。!！](?:一起|快|速)来?看看?吧?)[:：。!！]?[↓⬇👇\s]*$")
# Or the news of its delivery (…市长张三代表市人民政府作政府工作报告。, …会议听取和
# 审议了区长张三的政府工作报告。) right above it.
# Said outright (`以下为报告全文：`, `全文如下：`, `现将报告摘要刊发如下：`): the text follows, header or not.
_FULL_TEXT_NOW = re.compile(r"(?:以下[为是]?[^,，。:：]{0,8}(?:全文|摘要|摘登)|(?:全文|摘要)[^,，。:：]{0,4}如下"
                            r"|(?:今日|今天|现)?(?:全文|摘要)(?:刊发|刊登|发布|公布))"
                            # (and the paper's bow after it: 现将报告全文刊发如下，敬请关注。)
                            r"(?:[,，]?(?:敬请关注|敬请垂阅|请看|一起来看))?"
                            # (or what it is offered for: …转载如下，供旅美乡亲了解家乡发展。)
                            r"(?:[,，](?:供|以飨|以便)[^,，。]{0,24})?[:：。]?[↓⬇👇]*$")
_DELIVERY_NEWS = re.compile(r"(?:作|宣读|报告了|听取|审议)[^,，。]{0,12}政府工作报告[^,，]{0,6}[。.]$")
MAX_LEAD_IN = 200


def _original_title(lines: list[Line], kept: list[int]) -> tuple[int, str | None] | None:
    """(index, title) of an `原标题：` line near the top of the body; the title
    is None when the line names a headline rather than a document (a portal
    account's `原标题：权威发布 | …全文来了！`): the line is the reposting
    site's note either way, never the report's."""
    for index in kept[:_LEAD_LINES]:
        match = _ORIGINAL_TITLE.match(lines[index].text)
        if match:
            title = match.group("title")
            return index, title if is_document_title(title) else None
    return None


def _post_title_around(title: str, line: Line) -> bool:
    """Whether a page's title holds a heading line naming the report, and a
    clause of the poster's own after a comma."""
    key, title_key = match_key(line.text), match_key(title)
    return (line.heading and key != title_key and key in title_key and _names_its_report(line.text)
            and "," in title_key[title_key.index(key) + len(key):])


def _editor_lead_end(lines: list[Line], kept: list[int]) -> int | None:
    """Position in `kept` of the line closing an editors' lead (a summary, a
    note) with `…全文如下：` or the news that the report was delivered, when
    the report's own header follows right after (or, for a lead saying
    outright that the full text follows, anything does). Everything up to it
    is the page's, not the report's."""
    for position, index in enumerate(kept[:_LEAD_LINES]):
        text = lines[index].text
        if len(text) > 2 * MAX_LEAD_IN:
            continue   # a paragraph (or a whole one-line body): no header line, no lead's end
        # (A poster may set the words between rules: ————以下为报告全文————.)
        key = match_key(text).strip(_RULE_CHARS)
        if is_header_line(text) and not (_is_bare_date(key) and not _report_header_follows(lines, kept[position + 1:])):
            # (A bare date over a lead, not over the header, is the post's: 2024年1月3日 / 【本报讯】….)
            # The report has begun: a colon further down is its own. Lines over
            # its whole header (title, delivery or speaker line) are the page's:
            # a player's subtitle, a video's caption, an audio player's title.
            return position - 1 if position and _opens_report_header(lines, kept, position) else None
        # A transcript's chair opening the sitting, or the speaker's name over the text, may end it too.
        turn = bool(_CHAIR_TURN.match(text) or _SPEAKER_TURN.match(text))
        if (_closes_lead(key) or turn) and (
                _FULL_TEXT_NOW.search(key) and position + 1 < len(kept)
                or any(is_header_line(lines[i].text) for i in kept[position + 1:position + 4])):
            return _over_full_text_label(lines, kept, _said_outright_below(lines, kept, position))
        if len(key) <= MAX_LEAD_IN and ends_sentence(text) and _report_header_follows(lines, kept[position + 1:]):
            return position   # a poster's or editor's words of their own over the report's header
    return None


_BARE_DATE = re.compile(r"[—\-(]*\d{4}年\d{1,2}月\d{1,2}日[)]?")
_RULE_CHARS = "—–-─━=~*·"


# How far down a news page's body the heading over the report's full text is looked for
# (a live blog's updates, a long lead): lines kept.
_FULL_TEXT_REACH = 80


def _full_text_heading(lines: list[Line], kept: list[int]) -> int | None:
    """Position in `kept` of a heading naming the report's full text
    (2025年某省政府工作报告（全文）) with the report's own header right under
    it, below other text (a live blog's updates, a news story): the report
    starts under it, and what stands above is the page's."""
    for position, index in enumerate(kept[1:_FULL_TEXT_REACH], start=1):
        line = lines[index]
        if (line.heading and "全文" in line.text and len(line.text) <= MAX_TITLE_KEY
                and _names_its_report(line.text) and _report_header_follows(lines, kept[position + 1:])):
            return position
    return None


def _is_bare_date(key: str) -> bool:
    """A line (its match key) that is a date and nothing else."""
    return bool(_BARE_DATE.fullmatch(key))


def _opens_report_header(lines: list[Line], kept: list[int], position: int) -> bool:
    """Whether the report's whole header opens at `position` (its title or its
    delivery line, the rest of the header after), with nothing above it that
    may be a piece of its header (a delivery line broken over two lines)."""
    text = lines[kept[position]].text
    if not (is_title_restatement(text) or is_delivery_line(text)) or not _report_header_follows(lines, kept[position:]):
        return False
    return not any(_may_be_header_piece(lines[i].text) for i in kept[:position])


def _may_be_header_piece(text: str) -> bool:
    """A line that may be a piece of a header line broken in two (——2024年1月15日在某县 /
    第十七届人民代表大会第四次会议上, （2024年1月5日）)."""
    stripped = text.strip(EDGE_SPACE)
    return (stripped.startswith(("—", "-")) or stripped.rstrip(")）").endswith("会议上")
            or stripped.startswith(("(", "（")) and len(stripped) <= 30)


# A notice printed over the report (某县第十八届人民代表大会第四次会议主席团公告（第1号）):
# the presidium's, or the session's, not the government's report.
_NOTICE_TITLE = re.compile(r"(?:公告|通告)(?:\(第[0-9一二三四五六七八九十]{1,3}号\))?$")
_NOTICE_LINES = 8


def _notice_over_report(lines: list[Line], kept: list[int]) -> int:
    """How many lines at the top of `kept` are a notice standing above the
    report's header (its title, text and signature), or 0."""
    if not kept or not _NOTICE_TITLE.search(match_key(lines[kept[0]].text)) or len(lines[kept[0]].text) > MAX_TITLE_KEY:
        return 0
    return next((position for position in range(1, min(len(kept), _NOTICE_LINES))
                 if is_header_line(lines[kept[position]].text) and not is_delivery_line(lines[kept[position]].text)
                 or is_delivery_line(lines[kept[position]].text) and lines[kept[position]].text.lstrip().startswith(("—", "-"))), 0)


# The congress's resolution on the report (关于政府工作报告的决议), printed over
# the report it approves: a short text of its own, dated the day it passed.
_RESOLUTION_TITLE = re.compile(r"关于.{0,30}政府工作报告的决议$")
_RESOLUTION_REACH = 4
MAX_RESOLUTION_LINES = 12


def _resolution_over_report(lines: list[Line], kept: list[int]) -> int:
    """How many lines at the top of `kept` are the congress's resolution on the
    report standing above the report's own header, or 0."""
    for position in range(min(len(kept), _RESOLUTION_REACH)):
        text = lines[kept[position]].text
        if len(text) <= MAX_TITLE_KEY and _RESOLUTION_TITLE.search(match_key(text)):
            return next((start for start in range(position + 2, min(len(kept), position + MAX_RESOLUTION_LINES))
                         if _report_header_follows(lines, kept[start:])), 0)
    return 0


def _resolution_inside_header(lines: list[Line], kept: list[int]) -> tuple[int, int] | None:
    """(start, end) positions in `kept` of the congress's resolution on the
    report set between the report's header lines and its opening `各位代表`
    (an e-paper printing both under one headline), or None."""
    for position in range(1, min(len(kept), _LEAD_LINES)):
        text = lines[kept[position]].text
        if not (len(text) <= MAX_TITLE_KEY and _RESOLUTION_TITLE.search(match_key(text))):
            if is_header_line(text):
                continue
            return None
        if not any(is_delivery_line(lines[i].text) or is_speaker_line(lines[i].text) for i in kept[:position]):
            return None
        end = next((end for end in range(position + 2, min(len(kept), position + MAX_RESOLUTION_LINES))
                    if _SALUTATION.match(lines[kept[end]].text)), None)
        return (position, end) if end is not None else None
    return None


_SALUTATION = re.compile(r"^\s*各位代表\s*[:：]\s*$")


# How far down an e-paper page the report's own heading may stand under another article.
_STORY_REACH = 30
# A news story's byline, as a match key (本报记者　施清源　洪　涛).
_BYLINE = re.compile(r"^(?:本报|本台|本网)?记者[\u4e00-\u9fff]{2,12}$")


def _news_story_over_report(lines: list[Line], kept: list[int]) -> int:
    """How many lines at the top of `kept` are another article printed above
    the report on the same page (an e-paper's 本版全文: the news of the
    session's opening, its byline and dateline, then the report under its own
    heading and header); 0 when there is none."""
    for position in range(1, min(len(kept), _STORY_REACH)):
        text = lines[kept[position]].text
        if not (is_title_restatement(text) and _report_header_follows(lines, kept[position + 1:])):
            continue
        above = [match_key(lines[i].text) for i in kept[:position]]
        return position if any(_ANOTHER_ARTICLE.match(key) or _BYLINE.match(key) for key in above) else 0
    return 0


# A tab strip's or a contents list's entries: short numbered section names.
MAX_CONTENTS_ENTRY = 24


def _contents_over_opening(lines: list[Line], kept: list[int]) -> set[int]:
    """The lines of a run of two or more short numbered section names (一、工作回顾,
    二、总体要求) standing above the report's opening 各位代表 with no prose
    between: a tab strip's labels or a contents list, which the text's own
    headings repeat further down; none of the report's sections comes before it."""
    opening = next((position for position, index in enumerate(kept[:_LEAD_LINES + MAX_CONTENTS_RUN])
                    if lines[index].text.lstrip(EDGE_SPACE).startswith("各位代表")), None)
    if opening is None:
        return set()
    run: list[int] = []
    for index in reversed(kept[:opening]):
        text = lines[index].text.strip(EDGE_SPACE)
        if len(text) <= MAX_CONTENTS_ENTRY and is_heading(text) and not ends_sentence(text):
            run.append(index)
        elif run or is_prose(lines[index]):
            break
    return set(run) if len(run) >= 2 else set()


MAX_CONTENTS_RUN = 12


# A paper's own words set inside the report's header: its dateline (【本报消息】…)
# or its lead-in (…现将报告摘要刊登如下：) between the speaker line and 各位代表.
_PAPER_DATELINE = re.compile(r"^(?:[【\[](?:本报|本台|本网|本刊)(?:消息|讯)[】\]]|(?:本报|本台|本网|本刊)讯)")


def _lead_inside_header(lines: list[Line], kept: list[int]) -> int | None:
    """The line of the paper's own between the report's header lines, if any."""
    for position in range(1, min(len(kept) - 1, _LEAD_LINES)):
        text = lines[kept[position]].text
        if is_header_line(text):
            continue
        key = match_key(text)
        if (len(key) <= 2 * MAX_LEAD_IN and (_PAPER_DATELINE.match(key) or _FULL_TEXT_NOW.search(key))
                and is_header_line(lines[kept[position - 1]].text) and is_header_line(lines[kept[position + 1]].text)):
            return kept[position]
        return None
    return None


# The label a news page sets between its story and the text it carries (附：政府工作报告全文).
_FULL_TEXT_LABEL = re.compile(r"^(?:附[:：]?)?[^,，。]{0,16}(?:全文|原文)[:：]?$")


def _said_outright_below(lines: list[Line], kept: list[int], position: int) -> int:
    """`position`, or a later line's above the report's header that says outright
    that the full text follows (a summary box's news of the delivery, then the
    story's lead ending 以下为报告全文：): the lead ends there."""
    for later in range(position + 1, min(len(kept), _LEAD_LINES)):
        text = lines[kept[later]].text
        if is_header_line(text):
            break
        if len(text) <= 2 * MAX_LEAD_IN and _FULL_TEXT_NOW.search(match_key(text).strip(_RULE_CHARS)):
            return later
    return position


def _over_full_text_label(lines: list[Line], kept: list[int], position: int) -> int:
    """`position`, or the next line's when that is the label over the text (附：…全文)."""
    following = position + 1
    if following < len(kept) and _FULL_TEXT_LABEL.match(match_key(lines[kept[following]].text)) and not (
            is_header_line(lines[kept[following]].text)):
        return following
    return position


def _report_header_follows(lines: list[Line], following: list[int]) -> bool:
    """Whether the report's own header opens `following`: a header line first,
    and its delivery or speaker line among the first few (`各位代表：` alone
    opens paragraphs inside a report too)."""
    if not following or not is_header_line(lines[following[0]].text):
        return False
    return any(is_delivery_line(lines[i].text) or is_speaker_line(lines[i].text)
               for i in following[:_HEADER_REACH])


_HEADER_REACH = 3


# A transcript's turn: the speaker's name (or role) and a colon, alone on its line.
_SPEAKER_TURN = re.compile(rf"^\s*[{NAME_HAN}]{{2,4}}(?:[(（][^)）]{{0,24}}[)）])?\s*[:：]\s*$")
# A label line is short: a poster's 积分 2350, an account's 某县融媒体中心官方帐号.
MAX_LABEL_CHINESE = 16


def _labels_before_header(lines: list[Line], kept: list[int]) -> set[int]:
    """Lines between the page title and the report's first header line
    (restated title, delivery line, speaker, 各位代表) that are short labels
    of the page: neither a sentence, a heading, a date nor a document's name.
    Forums put the poster's counts there, news apps the account's description;
    a report's own header holds nothing else before its first such line."""
    labels: set[int] = set()
    for index in kept[:_LEAD_LINES]:
        text = lines[index].text
        if is_header_line(text) and not is_date_line(text):
            return labels
        if _SPEAKER_TURN.match(text):
            labels.add(index)   # a transcript's 杨铭远： over the text the speaker reads
            continue
        if is_date_line(text) or _HAS_DATE.search(text) or _ISSUER.search(text):
            return set()   # a dated or signed header (`某某局` / `2023年3月20日`): all its own
        if (cjk_count(text) > MAX_LABEL_CHINESE or ends_sentence(text) or is_heading(text)
                or is_document_title(text) or is_version_note(text)):
            return set()   # a lead, a title or its version: not the page's labels alone
        labels.add(index)
    return set()


def _captions_over_text(lines: list[Line], kept: list[int]) -> set[int]:
    """Captions of an infographic or H5 page (`_GRAPHIC_CAPTION`) among the
    header lines, above the report's first sentence."""
    captions: set[int] = set()
    for index in kept[:_LEAD_LINES]:
        text = lines[index].text
        if ends_sentence(text) or cjk_count(text) > MAX_CAPTION_CHINESE:
            break
        if _GRAPHIC_CAPTION.match(text):
            captions.add(index)
    return captions


# The version a document's title line is followed by: （代拟稿）, （审议稿）,
# （征求意见稿）, （摘要）, （全文）, （节选）, （草案）.
_VERSION_NOTE = re.compile(r"[(（]\s*(?:[\u4e00-\u9fff]{0,6}稿|摘要|全文|节选|摘登|摘编|草案)\s*[)）]")


def is_version_note(text: str) -> bool:
    """A line that is only a document's version in brackets (`（代拟稿）`)."""
    return bool(_VERSION_NOTE.fullmatch(text.strip(EDGE_SPACE)))


def _version_under_title(lines: list[Line], kept: list[int], title_index: int | None) -> int | None:
    """The index of a version note (`（代拟稿）`) standing right under the
    page's title line, which it belongs to: the title is `政府工作报告（代拟稿）`."""
    if title_index is None or not kept:
        return None
    following = next((i for i in range(title_index + 1, len(lines)) if lines[i].text.strip(EDGE_SPACE)), None)
    return following if following == kept[0] and is_version_note(lines[following].text) else None


# The caption of an infographic or H5 page shown over a text (一图读懂2024年
# 政府工作报告, 【图解】…): it names the graphic. (A listing's news item may be
# titled so: only a caption above the report's header is the page's.)
MAX_CAPTION_CHINESE = 40
_GRAPHIC_CAPTION = re.compile(r"[【\[(（]?(?:一图(?:读懂|看懂|速览|了解)|图解|图说|长图|h5(?![a-z0-9]))", re.I)
_HAS_DATE = re.compile(r"\d{4}\s*年|[〇零一二三四五六七八九]{4}年|\d{1,2}月\d{1,2}日")
# A body issuing a document: 某县人民政府, 某市统计局, 某委员会, 某办公室.
_ISSUER = re.compile(r"(?:政府|局|委员会|办公室|公署|管委会)\s*$")


def _closes_lead(key: str) -> bool:
    """Whether a line (its match key) can close an editors' lead."""
    return len(key) <= MAX_LEAD_IN and bool(_FULL_TEXT_FOLLOWS.search(key) or _DELIVERY_NEWS.search(key))


# A quoted report holds this share of the body's prose at least.
QUOTED_REPORT_SHARE = 0.6
_QUOTE_HEADER_LINES = 8


def _quoted_report(lines: list[Line], kept: list[int]) -> list[int] | None:
    """The body's lines inside a `<blockquote>` when that is where the report
    is (a blog or forum post quoting it whole, the poster's words around it):
    most of the prose, the report's header near its start and its closing
    call near its end. None when the body is not such a post."""
    quoted = [i for i in kept if lines[i].quoted]
    if not quoted or len(quoted) == len(kept):
        return None
    prose = sum(lines[i].cjk for i in kept if is_prose(lines[i]))
    if sum(lines[i].cjk for i in quoted if is_prose(lines[i])) < QUOTED_REPORT_SHARE * prose:
        return None
    texts = [lines[i].text for i in quoted]
    opens = any(is_header_line(text) for text in texts[:_QUOTE_HEADER_LINES])
    closes = any(is_closing(text) for text in texts[-_COMMENTARY_SEARCH:])
    return _without_replies_quotes(lines, quoted) if opens and closes else None


# A commentary's own prose is this share of the body at least, and it
# alternates with the quotes this many times.
COMMENTARY_SHARE = 0.3
MIN_QUOTE_RUNS = 3


def _quotes_in_commentary(lines: list[Line], kept: list[int]) -> bool:
    """Whether the body is a writer's prose quoting the report in blockquotes,
    run after run (a column on what the report says), rather than the report
    itself: quotes between the writer's own paragraphs, a good share of the
    prose the writer's, and no closing call among the quotes."""
    quoted = [i for i in kept if lines[i].quoted]
    if not quoted:
        return False
    prose = sum(lines[i].cjk for i in kept if is_prose(lines[i]))
    own = sum(lines[i].cjk for i in kept if not lines[i].quoted and is_prose(lines[i]))
    runs = sum(1 for a, b in zip(kept, kept[1:]) if not lines[a].quoted and lines[b].quoted)
    return (own >= COMMENTARY_SHARE * prose and runs >= MIN_QUOTE_RUNS
            and not any(is_closing(lines[i].text) for i in quoted))


def _without_replies_quotes(lines: list[Line], quoted: list[int]) -> list[int]:
    """The quoted lines without those below the closing call that repeat the
    report's own words above it: replies quoting a sentence or two of it."""
    closing = max(position for position, i in enumerate(quoted) if is_closing(lines[i].text))
    above = "".join(match_key(lines[i].text) for i in quoted[:closing + 1])
    return quoted[:closing + 1] + [i for i in quoted[closing + 1:]
                                   if _ELLIPSIS_TAIL.sub("", match_key(lines[i].text)) not in above]


_ELLIPSIS_TAIL = re.compile(r"(?:…|\.\.\.|。。。)+$")


def _part_headings(lines: list[Line], kept: list[int], title: str | None) -> set[int]:
    """Lines of the body that are the title with a part's number after it."""
    if not title:
        return set()
    title_key = match_key(PART_NUMBER.sub("", title.strip(EDGE_SPACE)))
    found = set()
    for index in kept:
        text = lines[index].text.strip(EDGE_SPACE)
        number = PART_NUMBER.search(text) if len(text) <= len(title) + 6 else None
        if number and match_key(text[:number.start()]) == title_key:
            found.add(index)
    return found


MAX_POST_META = 40   # a post's byline or date over its heading: a short line, no sentence


def _from_the_heading(lines: list[Line], kept: list[int], result: Extracted) -> list[int]:
    """`kept` from below the page's own heading when the body takes it in
    (a blog post's byline and date over its <h1>, the <h1> the report's title):
    the post's, not the report's; so when only short lines stand above it."""
    if not result.title or not kept:
        return kept
    title = match_key(result.title)
    at = next((position for position, index in enumerate(kept[:_LEAD_LINES])
               if lines[index].heading and match_key(lines[index].text) == title), None)
    if at is None or any(len(lines[i].text) > MAX_POST_META or "。" in lines[i].text
                         # (a paper sets the delivery line over the heading, as its 引题; a
                         # post's bare date is the post's)
                         or is_delivery_line(lines[i].text) and not _is_bare_date(match_key(lines[i].text))
                         or is_speaker_line(lines[i].text) for i in kept[:at]):
        return kept
    result.removed += [Removal(shorten(lines[i].text), "header", "post-meta") for i in kept[:at]]
    result.removed.append(Removal(shorten(lines[kept[at]].text), "title", "page-title"))
    return kept[at + 1:]


def _drop_page_matter(lines: list[Line], kept: list[int], result: Extracted) -> list[int]:
    """`kept` without an 原标题 line (its title becomes the report's), an
    editors' lead before the report's header and a second copy of the text,
    all recorded as removed."""
    kept = _from_the_heading(lines, kept, result)
    original = _original_title(lines, kept)
    if original is not None:
        index, title = original
        # The page's own heading stays the title when it names the report
        # itself (2023年深圳市政府工作报告（全文）; 原标题：深圳市政府工作报告),
        # and against a bare 政府工作报告, which names less: only a headline
        # (重磅！…全文来了) gives way to the text's real title.
        if title and not (result.title and (match_key(title) == "政府工作报告"
                                            or not _is_headline(result.title) and _names_its_report(result.title))):
            result.title = title
        kept = [i for i in kept if i != index]
        result.removed.append(Removal(shorten(lines[index].text), "body", "original-title"))
    story = _news_story_over_report(lines, kept)
    if story:
        result.removed += [Removal(shorten(lines[i].text), "body", "other-article") for i in kept[:story]]
        kept = kept[story:]
        if result.title and not _names_its_report(result.title):
            result.title = None   # the story's headline (听取和审议政府工作报告): the report's own heading titles it
    contents = _contents_over_opening(lines, kept)
    if contents:
        result.removed += [Removal(shorten(lines[i].text), "body", "contents") for i in contents]
        kept = [i for i in kept if i not in contents]
    notice = _notice_over_report(lines, kept)
    if notice:
        result.removed += [Removal(shorten(lines[i].text), "body", "notice") for i in kept[:notice]]
        kept = kept[notice:]
    resolution = _resolution_over_report(lines, kept)
    if resolution:
        result.removed += [Removal(shorten(lines[i].text), "body", "resolution") for i in kept[:resolution]]
        kept = kept[resolution:]
        if result.title and "决议" in result.title and is_title_restatement(lines[kept[0]].text):
            # The page's title names the resolution and the report (…的决议及报告全文): the report's own is its heading.
            result.title = _without_letter_spacing(lines[kept[0]].text).strip(EDGE_SPACE)
            result.removed.append(Removal(shorten(result.title), "title", "title-in-text"))
            kept = kept[1:]
    inside = _resolution_inside_header(lines, kept)
    if inside:
        start, end = inside
        result.removed += [Removal(shorten(lines[i].text), "body", "resolution") for i in kept[start:end]]
        kept = kept[:start] + kept[end:]
    inner = _lead_inside_header(lines, kept)
    if inner is not None:
        result.removed.append(Removal(shorten(lines[inner].text), "body", "editor-lead"))
        result.delivery_notes.append(lines[inner].text)
        kept = [i for i in kept if i != inner]
    lead_end = _editor_lead_end(lines, kept)
    if lead_end is not None:
        for index in kept[:lead_end + 1]:
            result.removed.append(Removal(shorten(lines[index].text), "body", "editor-lead"))
            result.delivery_notes.append(lines[index].text)
        kept = kept[lead_end + 1:]
        if kept and result.title and _post_title_around(result.title, lines[kept[0]]):
            # A poster's title for the post (【存档】某区2023年政府工作报告全文，顺便说几句)
            # holds the report's own heading, which opens the text under the lead.
            result.title = lines[kept[0]].text.strip(EDGE_SPACE)
    full_text = _full_text_heading(lines, kept)
    if full_text is not None:
        for index in kept[:full_text]:
            result.removed.append(Removal(shorten(lines[index].text), "body", "editor-lead"))
        if result.title is None or not _names_its_report(result.title):
            # The page's headline is the news (图文直播丨…开幕 某某作政府工作报告): the
            # heading over the full text names the report.
            result.title = lines[kept[full_text]].text.strip(EDGE_SPACE)
        result.removed.append(Removal(shorten(lines[kept[full_text]].text), "title", "title-in-text"))
        kept = kept[full_text + 1:]
    parts = _part_headings(lines, kept, result.title)
    for index in parts:
        result.removed.append(Removal(shorten(lines[index].text), "body", "part-heading"))
    kept = [i for i in kept if i not in parts]
    stray = _labels_before_header(lines, kept)
    for index in stray:
        result.removed.append(Removal(shorten(lines[index].text), "header", "page-label"))
    captions = _captions_over_text(lines, kept)
    for index in captions:
        result.removed.append(Removal(shorten(lines[index].text), "header", "graphic-caption"))
    kept = [i for i in kept if i not in stray and i not in captions]
    commentary = _appended_commentary_in(lines, kept)
    if commentary is not None:
        more = len(kept) - commentary - 1
        titled = _other_document_printed_whole(lines, kept[commentary:])
        if titled is not None:
            # The plan or budget report, or the congress's resolution, printed
            # whole after the report: a document of its own, read from its title.
            result.next_report = lines[titled:]
        result.removed.append(Removal(shorten(lines[kept[commentary]].text) + f" (+{more} lines)", "footer",
                                      "appended-commentary"))
        kept = kept[:commentary]
    repeat = repeated_copy_start([lines[i].text for i in kept])
    if repeat is not None:
        more = len(kept) - repeat - 1
        result.removed.append(Removal(shorten(lines[kept[repeat]].text) + f" (+{more} lines)", "body",
                                      "repeated-copy"))
        result.flags.append("text-repeated")
        kept = kept[:repeat]
    return kept


# A heading the site puts over its own commentary after the text (【解读】,
# 专家解读：, 看点, 记者手记): the report's appendices (名词解释, 附件, 附表, 注释)
# are none of these.
_COMMENTARY_HEADING = re.compile(
    r"[■□●◆▲]?[【\[(（]?(?:政策解读|专家解读|相关解读|报告解读|权威解读|解读|图解|看点|划重点|一图读懂|一图看懂|记者手记|"
    r"(?:今日|本报|本刊)?短评|编后|"
    # a study page's questions for its readers (学习思考, 思考题)
    r"学习思考|思考题|讨论题|学习提示|"
    # a site's questions and answers made from it (政策问答)
    r"政策问答|热点问答|智能问答|你问我答|"
    # a transcriber's note on the copy (附：转录信息, 校对记录)
    r"(?:附[:：])?(?:转录|录入|校对|抓取|采集)(?:信息|说明|记录))[】\])）]?[:：]?")
# A paper's own comment under its name, its text run on (【星洲评析】从报告看，…, ■明报观察：…).
_PAPER_COMMENT = re.compile(r"^(?:[【\[][\u4e00-\u9fff]{0,4}(?:评析|点评|短评|时评|观察|述评)[】\]]"
                            r"|[■□●◆▲][\u4e00-\u9fff]{0,4}(?:评析|点评|短评|时评|观察|述评)[:：])")
# A transcript's chair speaking again after the report (主持人：谢谢…, 执行主席（张三）：…).
_CHAIR_TURN = re.compile(r"^(?:大会|会议)?(?:主持人|执行主席)(?:[(（][^)）]{0,24}[)）])?\s*[:：]")
# Another article after the report, on an e-paper's page or a news page: a
# dateline (本报讯（记者 罗静）…, 新华社北京3月5日电), a label over linked
# matter (【链接】市长答记者问, 【延伸阅读】), a press conference's question
# (赣南日报记者：…).
_ANOTHER_ARTICLE = re.compile(
    r"^(?:(?:本报|本台|本网|本刊)讯|(?:新华社|中新社|中新网|人民网|央视网)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电"
    r"|[【\[](?:链接|相关链接|新闻链接|背景链接|延伸阅读|相关阅读|相关新闻|答记者问)[】\]]"
    r"|[^,，。:：]{0,10}记者[:：])")
# A reposting site's instructions to its readers under the report (学习要求：各学校要…,
# 讨论意见请于1月12日12时前…交…, 如需复制原件，请持本人有效身份证件…).
_SITE_INSTRUCTION = re.compile(r"^(?:学习要求|学习提示|讨论要求|有关要求|温馨提示|利用须知|查阅须知)[:]"
                               r"|请于\d{1,2}月\d{1,2}日[^。]{0,12}前|请持[^。]{0,10}(?:身份证|证件)")
# The closing call is among the body's last lines: a heading this far after it is looked at.
_COMMENTARY_SEARCH = 6
# A heading over a graphic's or a commentary's text with its title run on
# (图解：一图读懂2023年某区政府工作报告), looked for further down, past an
# appendix such as the report's 名词解释, which stays.
# Or the report's name with the commentary's word after it (《2023年某市政府工作报告》政策解读,
# 关于《…》的解读).
_COMMENTARY_TITLE = re.compile(r"[【\[(（]?(?:图解|一图读懂|一图看懂|(?:政策|报告|专家|权威|相关)?解读)[】\])）]?[:：|｜]?[^。，,]{0,40}"
                               r"|[^。，,]{0,40}(?:报告|》)[】\])）]?的?(?:政策解读|解读|图解)")
_COMMENTARY_TITLE_SEARCH = 60


def _appended_commentary_in(lines: list[Line], kept: list[int]) -> int | None:
    """Where in `kept` the site's commentary or another document starts (see
    `_appended_commentary_start`). Its heading may be a line already left out
    (【政策解读】 glued to its link, taken for a related link): it still marks
    where the commentary starts. (A picture's caption left out, 一图读懂…, heads nothing.)"""
    if not kept:
        return None
    taken = set(kept)
    headings = [i for i in range(kept[0], kept[-1])
                if i not in taken and (_COMMENTARY_LABEL.match(lines[i].text.strip(EDGE_SPACE))
                                       or _POST_HEADER.match(lines[i].text)
                                       or _EDITOR_CREDIT.match(match_key(lines[i].text)))]
    read = sorted(kept + headings) if headings else kept
    start = _appended_commentary_start([lines[i].text for i in read])
    if start is None:
        return None
    return next((position for position, index in enumerate(kept) if index >= read[start]), None)


# A forum post's header (作者: 某某　时间: 2010-1-29 11:02, as a print view
# sets each post's): a reply under the post carrying the report.
_POST_HEADER = re.compile(r"^\s*(?:作者|发表者|发帖人|楼主)[:：]\s*\S{1,24}\s+(?:时间|发表于|发表时间)[:：]?\s*"
                          r"(?:19|20)\d{2}[-/年]")
# A reading's label in brackets, its link run on (【政策解读】一图读懂｜…).
_COMMENTARY_LABEL = re.compile(r"[【\[](?:政策解读|相关解读|报告解读|权威解读|专家解读|解读)[】\]]")


def _appended_commentary_start(texts: list[str]) -> int | None:
    """Index of a commentary heading, of a transcript's chair speaking, of
    another report's title (附：关于…计划草案的报告) or of another article
    (see `_ANOTHER_ARTICLE`) right after the report's closing call (within a
    few lines): that line and all after it are the site's, the meeting's or
    another document's. The appended report may end
    on a closing call of its own: every closing call near the end is tried."""
    lowest = max(0, len(texts) - 1 - CLOSING_SEARCH)
    # Another document under its own title right after a closing call, however
    # long it goes on (a session's papers printed one after another).
    for index, text in enumerate(texts):
        if index > 1 and len(text) <= MAX_TITLE_KEY and ("报告" in text or "决议" in text) \
                and _names_other_report(text.strip(EDGE_SPACE)):
            above = next((i for i in range(index - 1, max(-1, index - 1 - _COMMENTARY_SEARCH), -1)
                          if is_closing(texts[i])), None)
            if above is not None and above < lowest:
                lowest = above
                break
    for closing in (i for i in range(lowest, len(texts)) if is_closing(texts[i])):
        titled = next((index for index in range(closing + 1, min(len(texts), closing + 1 + _COMMENTARY_TITLE_SEARCH))
                       if _COMMENTARY_TITLE.fullmatch(texts[index].strip(EDGE_SPACE))), None)
        if titled is not None:
            return titled
        # The congress's resolution may follow the report's own appendix (its
        # 名词解释): its title, which no report has among its lines, is looked
        # for as far down.
        resolution = next((index for index in range(closing + 1, min(len(texts), closing + 1 + _COMMENTARY_TITLE_SEARCH))
                           if len(texts[index]) <= MAX_TITLE_KEY
                           and _RESOLUTION_TITLE.search(match_key(texts[index]))), None)
        near = list(range(closing + 1, min(len(texts), closing + 1 + _COMMENTARY_SEARCH)))
        for index in near + ([resolution] if resolution is not None and resolution not in near else []):
            text = texts[index].strip(EDGE_SPACE)
            if _names_other_report(text):
                # Its title set over several lines (关于…发展 / 计划执行情况与… / …的报告): from its first,
                # and from the 附： over it.
                while index - 1 > closing and not ends_sentence(texts[index - 1]) and not is_heading(texts[index - 1]):
                    index -= 1
                if index - 1 > closing and match_key(texts[index - 1]).rstrip(":") in ("附", "附件", "附录"):
                    index -= 1
                return index
            if _COMMENTARY_HEADING.fullmatch(text) or _PAPER_COMMENT.match(match_key(text)) or _CHAIR_TURN.match(text) \
                    or _SITE_INSTRUCTION.search(match_key(text)) or _POST_HEADER.match(text) \
                    or _EDITOR_CREDIT.match(match_key(text)):
                # (the editor signs under the article's end: a card after it is the site's)
                return index
            if _SUMMARY_VERSION.search(text) and is_title_restatement(text):
                # A report's title as a summary's under the closing call: the
                # summary the news gave of it follows (a second report follows
                # under its own full title), over its separator.
                while index - 1 > closing and not ends_sentence(texts[index - 1]) and not is_heading(texts[index - 1]):
                    index -= 1
                return index
            if _ANOTHER_ARTICLE.match(text):
                # The other article's headline over its dateline goes with it.
                while index - 1 > closing and not ends_sentence(texts[index - 1]) and not is_heading(texts[index - 1]):
                    index -= 1
                return index
            if _REPORTER_CREDIT.search(match_key(text)):
                # A reporter's story under the report (reactions gathered, with the
                # byline at its end: （记者某某／纽约报导）): from its box's heading on.
                start = closing + 1
                if not any(_is_appendix_heading_text(texts[i]) for i in range(start, index + 1)):
                    return start
    return None


# A reporter's byline closing a story (（记者陈家玮／纽约报导）, （本报记者 王丽 采写）).
_REPORTER_CREDIT = re.compile(r"\((?:本报)?记者[^()]{1,24}(?:报道|报导|采写|综合报道)\)$")


def _is_appendix_heading_text(text: str) -> bool:
    """A report's own appendix heading after its closing call (附件, 名词解释, 注释)."""
    key = match_key(text).rstrip(":")
    return key.startswith(("附", "名词解释", "注释", "注:", "说明"))


# A document printed whole after the report holds this much prose at least.
MIN_OTHER_DOCUMENT_CJK = 300
_OTHER_DOCUMENT_HEAD = 4


def _other_document_printed_whole(lines: list[Line], following: list[int]) -> int | None:
    """The line of another document's title (附：关于…计划…的报告, 关于政府工作
    报告的决议) opening the lines cut off after the report, when they hold it
    whole (a page's 会议文件 printed one after another); else None."""
    titled = next((position for position, i in enumerate(following[:_OTHER_DOCUMENT_HEAD])
                   if _names_other_report(lines[i].text)), None)
    if titled is None:
        return None
    rest = following[titled + 1:]
    # Its own header under its title (its delivery line, 各位代表), or a good length of its prose.
    # (A resolution's title says what it is outright.)
    headed = _RESOLUTION_TITLE.search(match_key(lines[following[titled]].text)) or any(
        is_delivery_line(lines[i].text) or lines[i].text.lstrip(EDGE_SPACE).startswith("各位代表")
        for i in rest[:_OTHER_DOCUMENT_HEAD])
    prose = sum(lines[i].cjk for i in rest if is_prose(lines[i]))
    return following[titled] if prose >= (MIN_OTHER_DOCUMENT_CJK // 2 if headed else MIN_OTHER_DOCUMENT_CJK) else None


_SUMMARY_VERSION = re.compile(r"摘要|摘登|节选|要点")
# The congress secretariat's digest of the delegations' review of the report
# (各代表团审议政府工作报告的意见和建议（综合）).
_REVIEW_TITLE = re.compile(r"审议政府工作报告的?(?:意见|情况)")
# The reports a government hands the same session besides its work report.
_OTHER_REPORT = re.compile(r"(?:计划|预算|决算)[^。]{0,40}报告")


def _names_other_report(text: str) -> bool:
    """A title line naming the plan or budget report (附：关于…计划…的报告), or
    the congress's resolution on the report (关于政府工作报告的决议)."""
    key = match_key(text).removeprefix("附:")
    if len(key) > MAX_TITLE_KEY:
        return False
    if _RESOLUTION_TITLE.search(key) or _REVIEW_TITLE.search(key):
        return True
    return "政府工作报告" not in key and is_document_title(key) and bool(_OTHER_REPORT.search(key))


def _region(index: int, layout: _Layout | None) -> str:
    if layout is None:
        return "page"
    if index == layout.title_index:
        return "title"
    if index < layout.start:
        return "header"
    if index > layout.end:
        return "footer"
    return "body"


def _record_removals(lines: list[Line], verdicts: list[Verdict | None], layout: _Layout | None,
                     spam: dict[int, list[str]], list_lines: set[int],
                     kept: set[int]) -> list[Removal]:
    """The audit trail: every line not kept, grouped where it is just page furniture."""
    removed: list[Removal] = []
    outside: list[int] = []

    def flush_outside() -> None:
        if outside:
            more = f" (+{len(outside) - 1} lines)" if len(outside) > 1 else ""
            why = "related-list" if any(i in list_lines for i in outside) else "outside-body"
            removed.append(Removal(shorten(lines[outside[0]].text, 80) + more,
                                   _region(outside[0], layout), why))
            outside.clear()

    # Most lines hold no spam and are kept: their region is worked out only
    # for a removal that records it.
    for index, line in enumerate(lines):
        verdict = verdicts[index]
        tokens = spam.get(index)
        if tokens:
            where = _region(index, layout) if verdict is None else verdict.why
            removed += [Removal(token, where, kind) for token, kind in zip(tokens, spam_kinds(tokens))]
        if verdict is not None:
            flush_outside()
            removed.append(Removal(shorten(line.text), _region(index, layout), verdict.why))
        elif index not in kept:
            outside.append(index)
        else:
            flush_outside()
    flush_outside()
    return removed


_BACK_LINKS = ("↑", "↩", "⤴", "↩︎", "^")


def _split_glued_lines(lines: list[Line]) -> list[Line]:
    """Lines with boilerplate glued to their end (`…正文。本文仅代表作者观点…`)
    split in two, so each part is judged on its own."""
    split: list[Line] = []
    for line in lines:
        text = line.text
        if text.endswith(_BACK_LINKS):
            # A footnote's link back to its mark (… 。↑): the page's navigation.
            line = _with_text(line, text.rstrip("".join(_BACK_LINKS) + EDGE_SPACE))
            text = line.text
        # A line with no boilerplate phrase in it would come back whole.
        if len(text) <= 8 or not may_hold_glued_boilerplate(text):
            split.append(line)
            continue
        pieces = split_glued_boilerplate(text)
        if len(pieces) <= 1:   # whole, or only whitespace
            split.append(line)
            continue
        first, *rest = pieces
        split.append(Line(first.strip(EDGE_SPACE), min(line.link_chars, len(first)), line.heading,
                          line.item_start, line.href, line.quoted))
        split += [Line(piece.strip(EDGE_SPACE), quoted=line.quoted) for piece in rest[:-1]]
        # A link closing the line (a listing item's …[展开全文]) stays the last piece's.
        last = rest[-1].strip(EDGE_SPACE)
        split.append(Line(last, min(line.link_chars, len(last)), href=line.href, quoted=line.quoted))
    return split


# A value cell is short: a code, a date, an office's name.
_MAX_VALUE_CHARS = 60
_MAX_SUMMARY_CHARS = 300


def _label_values(verdicts: list[Verdict | None], lines: list[Line]) -> list[Verdict | None]:
    """Verdicts with the value of an article-info label that stands alone on
    its line (索引号：, 发文机关：, as the cells of an information table
    render) marked as article info too."""
    for index in range(len(lines) - 1):
        verdict = verdicts[index]
        label = lines[index].text
        if verdict is None and index >= 2 and label.strip(EDGE_SPACE) in _BARE_TABLE_WORDS and any(
                verdicts[j] is not None and verdicts[j].why == "article-info" for j in (index - 1, index - 2)):
            # 分类 alone is a word a report's own table heads a column with; among
            # the information table's cells it is that table's label.
            verdict = verdicts[index] = Verdict("article-info", False)
            label = label.strip(EDGE_SPACE) + "："
        # A count under its label (`浏览次数：` / `318`) reads as a page number.
        below = verdicts[index + 1]
        if (verdict is not None and verdict.why == "article-info"
                and (below is None or below.why == "pagination" and lines[index + 1].text.isdigit())
                and not lines[index + 1].heading   # an empty last cell: the article's <h1> is no value
                # nor the article's title set without one, under any label but a title's
                and not _title_under_label(label, lines[index + 1].text)
                and may_be_label_value(label, lines[index + 1].text)
                and (len(lines[index + 1].text) <= _MAX_VALUE_CHARS and not is_prose(lines[index + 1])
                     or len(lines[index + 1].text) <= _MAX_SUMMARY_CHARS and is_summary_label(lines[index].text))):
            verdicts[index + 1] = verdict
    return verdicts


# Words a report's own table heads a column with too: labels only among an information table's cells.
_BARE_TABLE_WORDS = frozenset({"分类", "类别"})
# An information table's label for the document's title (标　　题：, 文件名称：).
# (A text database writes its labels in brackets: 【标题】….)
_TITLE_LABEL = re.compile(r"^(?:标题|题名|文件名称|信息名称|文章标题|文件标题|名称)[:：]|^【(?:标题|题名|名称)】"
                          r"|^\[(?:标题|题名|名称)\]")
_LABEL_COLON = re.compile(r"[:：】\]]")
# Labels whose value may be the genre's name (分类：政府工作报告).
_CATEGORY_LABEL = re.compile(r"(?:分类|类别|栏目|体裁|主题|主题词|关键词|关键字|专题)[:：]?$")


def _title_under_label(label: str, line: str) -> bool:
    """Whether `line` under an empty label is the article's title set without
    a heading tag, not the label's value: a title naming its report under any
    label but a title's, a bare 政府工作报告 under any but a title's or a
    category's (文号：, left empty, over the title)."""
    label_key = match_key(label).rstrip(":：") + ":"   # a table's label cell has no colon
    if _TITLE_LABEL.match(label_key) or is_summary_label(label) or not is_title_restatement(line):
        return False   # (a summary's cell may hold the title: it is the cell's value)
    return _names_its_report(line) or not _CATEGORY_LABEL.search(label_key)


_SITE_CODE = re.compile(r"网站标识码\s*[:：]?\s*(\d{6})\d{4}(?!\d)")


def _site_code(lines: list[Line]) -> str | None:
    """The division code in the page's 网站标识码 (its footer's 网站标识码：4104020001),
    which every government site shows: the government whose site it is."""
    for line in reversed(lines):
        if "标识码" in line.text:
            match = _SITE_CODE.search(line.text)
            if match:
                return match.group(1)
    return None


def _labelled_title(lines: list[Line], verdicts: list[Verdict | None]) -> str | None:
    """The information table's title (标题：2025年某县人民政府工作报告) when it
    names its report: the page's title over a text headed only 政府工作报告."""
    for index, (line, verdict) in enumerate(zip(lines, verdicts)):
        value = _title_label_value(line, verdict)
        if value is None and match_key(line.text) in _BARE_TITLE_LABELS and index + 1 < len(lines):
            value = lines[index + 1].text.strip(EDGE_SPACE)   # a table's label cell, its value the next
        if value and _names_its_report(value) and is_document_title(value):
            return value
    return None


# A record's title label set in a cell of its own, without a colon (题　　名).
_BARE_TITLE_LABELS = frozenset({"标题", "题名", "文件名称", "信息名称", "文章标题", "文件标题", "正题名"})


# An information table's author label: its value may name who delivered the
# report (作者：区长　某某) when the text names no one.
_AUTHOR_LABEL = re.compile(r"^(?:作者|报告人)[:：]")


def _title_label_value(line: Line, verdict: Verdict | None) -> str | None:
    """What an information table's title (or author) label holds on its own
    line (标题：X → X, maybe empty), or None for any other line."""
    if verdict is None or verdict.why not in ("article-info", "share-print"):
        return None
    key = match_key(line.text)
    if not (_TITLE_LABEL.match(key) or key.startswith(("作", "报")) and _AUTHOR_LABEL.match(key)):
        return None
    # (A forum's print view sets its print link after the thread's title: 标题: … [打印本页].)
    return _TRAILING_TOOL.sub("", _LABEL_COLON.split(line.text, 1)[1]).strip(EDGE_SPACE)


_TRAILING_TOOL = re.compile(r"\s*[\[【](?:打印本页|打印|关闭窗口)[\]】]\s*$")


def _page_delivery_notes(lines: list[Line], verdicts: list[Verdict | None]) -> list[str]:
    """The values of the page's title and author labels (标题：…, 作者：…), on
    the label's line or the next, the session's series label (…会议文件)
    printed atop its papers and the editors' notes."""
    titles = []
    for index, line in enumerate(lines):
        verdict = verdicts[index]
        if verdict is not None and (verdict.why in ("document-series", "editor-note") or (
                verdict.why == "media-placeholder" and "作政府工作报告" in line.text)):
            # The session's papers' label names the session; an editors' note
            # (【导读】…会议开幕。县长某某…作政府工作报告), or a video's caption
            # (视频：区长某某作政府工作报告), may say who delivered it when.
            titles.append(line.text.strip(EDGE_SPACE))
            continue
        value = _title_label_value(line, verdict)
        if value is None:
            continue
        if not value and index + 1 < len(lines):
            value = lines[index + 1].text.strip(EDGE_SPACE)
        if value:
            titles.append(value)
    return titles


# A player's caption is a headline's length.
MAX_PLAYER_CAPTION = 40


def _player_captions(verdicts: list[Verdict | None], lines: list[Line]) -> list[Verdict | None]:
    """Verdicts with the caption under a player that did not load (`视频加载中…`
    / `某会议开幕`) marked as the player's: a short line closing no sentence,
    no header line of the report's."""
    for index in range(len(lines) - 1):
        verdict = verdicts[index]
        if verdict is not None and verdict.why == "media-placeholder" and verdicts[index + 1] is None:
            text = lines[index + 1].text
            if (0 < len(text) <= MAX_PLAYER_CAPTION and not ends_sentence(text)
                    and not is_header_line(text) and not is_heading(text)):
                verdicts[index + 1] = verdict
    return verdicts


# An AI summary box holds a paragraph or a few points under its label.
MAX_AI_SUMMARY_LINES = 3
# A summary is short; a longer line is the report's own paragraph.
MAX_AI_SUMMARY_CHARS = 600


def _ai_summary_boxes(verdicts: list[Verdict | None], lines: list[Line]) -> list[Verdict | None]:
    """Verdicts with the lines of an AI summary box marked: under its label
    (`AI 摘要`, see `boilerplate.is_ai_summary_label`) up to
    `MAX_AI_SUMMARY_LINES` lines of summary, to the note that AI wrote them
    (`以上内容由AI生成，仅供参考`). The box stands above the text and
    restates it; kept, it would open the body before the report's header."""
    labels = [i for i, verdict in enumerate(verdicts) if verdict is not None and verdict.why == AI_SUMMARY]
    for label in labels:
        taken = 0
        for index in range(label + 1, len(lines)):
            line, verdict = lines[index], verdicts[index]
            key = match_key(line.text)
            if not key:
                continue
            if is_ai_generated_note(key):
                verdicts[index] = Verdict(AI_SUMMARY, verdict is not None and verdict.hard)
                break
            if verdict is not None:
                if verdict.hard:
                    break
                continue   # a player's or a share bar's line inside the box
            if (taken == MAX_AI_SUMMARY_LINES or _opens_report(line.text, key) or line.is_link
                    or len(line.text) > MAX_AI_SUMMARY_CHARS
                    # a delivery line broken in two (——2026年1月27日在某县 / 第九届…会议上)
                    or key.startswith(("—", "-"))):
                break
            verdicts[index] = Verdict(AI_SUMMARY, False)
            taken += 1
    for note in [i for i in labels if is_ai_generated_note(match_key(lines[i].text))]:
        _mark_ai_answer_above(verdicts, lines, note)
        _mark_summary_above(verdicts, lines, note)
    return verdicts


def _mark_summary_above(verdicts: list[Verdict | None], lines: list[Line], note: int) -> None:
    """Mark a summary box closed by an AI note (摘要 / its few lines / 摘要由某某
    智能生成) as the box's: only when its label stands right over its lines."""
    box, index = [], note - 1
    while index >= 0 and len(box) <= MAX_AI_SUMMARY_LINES:
        key = match_key(lines[index].text)
        if key:
            if is_summary_box_label(key):
                if box:
                    for marked in [index, *box]:
                        verdicts[marked] = Verdict(AI_SUMMARY, False)
                return
            if (verdicts[index] is not None or lines[index].is_link or _opens_report(lines[index].text, key)
                    or len(lines[index].text) > MAX_AI_SUMMARY_CHARS):
                return
            box.append(index)
        index -= 1


# Questions and answers an assistant's box holds at most (three or four pairs).
MAX_AI_ANSWER_LINES = 12
# An AI assistant's answer box: its questions and answers (问：… 答：…) under
# the assistant's name (某某政务AI助手, 智能问答), over the note that AI wrote it.
_QUESTION_OR_ANSWER = re.compile(r"^(?:问|答|q|a)[:：]")
_AI_ASSISTANT = re.compile(r"ai助手|智能问答|智能助手|ai问答|deepseek|大模型|智能客服")


def _mark_ai_answer_above(verdicts: list[Verdict | None], lines: list[Line], note: int) -> None:
    """Mark the question-and-answer lines right above an AI note (and the
    assistant's name over them) as the box's."""
    index = note - 1
    taken = 0
    while index >= 0 and taken < MAX_AI_ANSWER_LINES:
        key = match_key(lines[index].text)
        if key and not _QUESTION_OR_ANSWER.match(key) and not (len(key) <= 30 and _AI_ASSISTANT.search(key)):
            break
        if key:
            verdicts[index] = Verdict(AI_SUMMARY, False)
            taken += 1
            if not _QUESTION_OR_ANSWER.match(key):
                break   # the assistant's name heads its box
        index -= 1


def _opens_report(text: str, key: str) -> bool:
    """A line the report itself opens with: a header line or the address to the deputies."""
    return key.startswith("各位代表") or is_header_line(text)


def _pagers_only(verdicts: list[Verdict | None], lines: list[Line]) -> list[Verdict | None]:
    """Verdicts with a bare number (`1`, `12`) left as pagination only inside
    a pager: a run of pagination lines one of which holds a link or a word
    (上一页, 共5页). A table's 序号 cell renders as a bare number of its own
    too, among its row's cells: read as a page number it would be cut from the
    body and mark the report as one page of several."""
    run: list[int] = []
    for index in range(len(lines) + 1):
        if index < len(lines) and not lines[index].text:
            continue   # an emptied line parts no pager
        if index < len(lines) and verdicts[index] is not None and verdicts[index].why == "pagination":
            run.append(index)
            continue
        if run and not any(_pager_line(lines[i]) for i in run):
            for i in run:
                if match_key(lines[i].text).isdigit():
                    verdicts[i] = None
        run = []
    return verdicts


def _pager_line(line: Line) -> bool:
    """A pagination line that shows a pager: it holds a link, or a word (上一页,
    共5页, 下一页) rather than bare figures."""
    return line.link_chars > 0 or not match_key(line.text).isdigit()


# Verdicts that a single word or phrase in a line can give (网友留言, 版权所有,
# 分享到, 纠错, 关注…公众号 …), and that a report's own sentence or sub-heading
# can therefore earn by mistake.
_WORD_VERDICTS = frozenset({"comment-box", "end-matter", "footer", "related", "attachment",
                            "share-print", "promotion", "download-offer", "excerpt-notice",
                            "prev-next", "navigation", "disclaimer"})
# Lines that stand over readers' comments (prose too) in a site's comment box.
_OVER_COMMENTS = frozenset({"comment-box", "disclaimer"})
# A report's sub-heading: Chinese characters (with quotes, 、 and Latin
# letters: 规范网站ICP备案管理), this long, and no other punctuation. No
# figures: a comment box's heading counts its comments (网友评论共3条).
_SUB_HEADING = re.compile(r"[\u4e00-\u9fff“”‘’《》、A-Za-z]{8,30}")
MIN_SUB_HEADING_CJK = 6
# Calls to act that news portals put between paragraphs themselves
# (下载某某新闻客户端看更多精彩内容): no sub-heading, wherever they stand.
_BETWEEN_PARAGRAPHS = frozenset({"promotion", "download-offer"})
# The verdicts a word of `word_inside_text` gives: a report's closing sentence can earn them.
_INSIDE_WORD_VERDICTS = frozenset({"comment-box", "end-matter", "footer", "related", "share-print",
                                   "disclaimer"})
# A closing or opening sentence set free is this long: a site's short line
# beside the text (欢迎您发表评论！) is not.
MIN_CLOSING_SENTENCE_CJK = 10


def _sentences_within_prose(verdicts: list[Verdict | None], lines: list[Line]) -> list[Verdict | None]:
    """Verdicts with report lines set free: a finished sentence judged
    boilerplate by one of its words (`完善政务公开，畅通网友留言渠道。`)
    between lines of report text (see `_within_report`), or a sub-heading
    (`健全容错纠错机制`) between report text and the prose it heads, is the
    report's own text. Left as boilerplate it would cut the body in two and
    lose the shorter half, or silently drop the line."""
    for index in range(1, len(lines) - 1):
        verdict = verdicts[index]
        if (verdict is None or verdict.why not in _WORD_VERDICTS or lines[index].is_link
                or verdicts[index - 1] is not None or verdicts[index + 1] is not None
                or not _report_text(lines[index - 1])):
            continue
        text = lines[index].text
        # Comments are prose too: a comment box's heading or rules over them
        # open with their word (网友评论仅代表其个人观点…), and a site's
        # disclaimer holds more than one phrase of a disclaimer's.
        if verdict.why in _OVER_COMMENTS and not (
                word_inside_text(text) and not _site_disclaimer(verdict, text)):
            continue
        if ends_sentence(text):
            freed = _report_text(lines[index + 1]) and _within_report(lines, index)
        else:
            # (A field's label and value, 【关键词：稳中有进】 under a heading, is no sub-heading.)
            freed = (verdict.why not in _BETWEEN_PARAGRAPHS and is_prose(lines[index + 1])
                     and _is_sub_heading(lines[index])
                     and not (verdict.why == "article-info" and _LABELLED_FIELD.match(match_key(text))))
        if freed:
            verdicts[index] = None
    return verdicts


def _within_report(lines: list[Line], index: int) -> bool:
    """Whether a sentence between two lines of report text stands in running
    text: prose on one side, a paragraph itself, or a section's only
    paragraph between two numbered headings."""
    before, line, after = lines[index - 1], lines[index], lines[index + 1]
    return (is_prose(before) or is_prose(after) or is_prose(line)
            or (is_heading(before.text) and is_heading(after.text)))


_LABELLED_FIELD = re.compile(r"^[【\[(]?[\u4e00-\u9fff]{2,6}:")


def _is_sub_heading(line: Line) -> bool:
    """A line shaped like a report's unnumbered sub-heading (健全容错纠错机制)."""
    return line.cjk >= MIN_SUB_HEADING_CJK and bool(_SUB_HEADING.fullmatch(match_key(line.text)))


_BRACKETED_DATE = re.compile(r"^\s*[(（]\s*(?:19|20)\d{2}\s*([-/.])\s*\d{1,2}\s*\1\s*\d{1,2}\s*[)）]\s*$")


def _header_dates_set_free(verdicts: list[Verdict | None], lines: list[Line]) -> list[Verdict | None]:
    """Verdicts with a bracketed date in figures under the report's speaker or
    delivery line set free (县长 某某 / （2004.2.16）): the delivery date, part of
    the report's header, not the site's publication date it reads like alone."""
    for index in range(1, len(lines)):
        verdict = verdicts[index]
        if (verdict is not None and verdict.why == "article-info" and not verdict.hard
                and _BRACKETED_DATE.match(lines[index].text) and verdicts[index - 1] is None
                and (is_speaker_line(lines[index - 1].text) or is_delivery_line(lines[index - 1].text))):
            verdicts[index] = None
    return verdicts


def _edge_sentences_set_free(verdicts: list[Verdict | None], lines: list[Line]) -> list[Verdict | None]:
    """Verdicts with a report's closing or opening sentence set free: a
    finished sentence right under or over report prose, judged boilerplate by
    a word it holds inside (`加强原创作品版权保护。` as a report's last line,
    or the first of a copy starting mid-report), is the report's. A site's
    own line there opens with its word (`网友评论仅供…`, `版权所有：…`)."""
    for index, line in enumerate(lines):
        verdict = verdicts[index]
        if (verdict is not None and verdict.why in _INSIDE_WORD_VERDICTS and not line.is_link
                and (_prose_at(lines, verdicts, index - 1) or _prose_at(lines, verdicts, index + 1))
                and lines[index].cjk >= MIN_CLOSING_SENTENCE_CJK
                and ends_sentence(lines[index].text, soft=False)
                and not _site_disclaimer(verdict, lines[index].text)
                and not opens_with_note_label(match_key(lines[index].text))
                and not any(word in lines[index].text for word in _NEVER_IN_REPORTS)
                and word_inside_text(lines[index].text, alone=True)):
            verdicts[index] = None
    return verdicts


# Words a platform's reader writes and a report never does (如果发现错字欢迎评论区指出).
_NEVER_IN_REPORTS = ("评论区", "求关注", "一键三连")


def _prose_at(lines: list[Line], verdicts: list[Verdict | None], index: int) -> bool:
    """Whether line `index` exists and is prose judged no boilerplate."""
    return 0 <= index < len(lines) and verdicts[index] is None and is_prose(lines[index])


def _site_disclaimer(verdict: Verdict, text: str) -> bool:
    """A disclaimer that is the site's wherever it stands (see `is_site_disclaimer`)."""
    return verdict.why == "disclaimer" and is_site_disclaimer(match_key(text))


def _report_text(line: Line) -> bool:
    """A line a report's body is made of: prose, a sentence or a section heading."""
    return not line.is_link and (is_prose(line) or ends_sentence(line.text) or is_heading(line.text))


def _published_on(lines: list[Line], layout: _Layout, first_prose: int) -> str | None:
    """The site's own date: from article-info / date lines around the title,
    else just after the body."""
    top = layout.title_index if layout.title_index is not None else layout.start
    around_title = range(max(0, top - 6), first_prose)
    after_body = range(layout.end + 1, min(len(lines), layout.end + 6))
    for index in list(around_title) + list(after_body):
        date = site_date(lines[index].text)
        if date:
            return date
    return None


# A link to a place on the same page (href="#p1"): a table of contents' entry,
# a 返回顶部, never the text; a jump this long is a sentence with a footnote link.
MAX_JUMP_CHARS = 40
# A contents entry may be a document's whole title (关于…计划草案的报告).
MAX_CONTENTS_TITLE = 120


def _in_page_jumps(verdicts: list[Verdict | None], lines: list[Line]) -> list[Verdict | None]:
    """`verdicts` with the lines that only jump within the page (the entries of
    a contents box above the report, 返回顶部 after each section) marked, and
    the contents box's entries that follow them in its numbering (3. 关于…预算
    草案的报告（见文末附件）, an entry not on the page, so no link)."""
    for index, line in enumerate(lines):
        href = line.href
        if (verdicts[index] is None and href and href.startswith("#") and len(href) > 1 and line.is_link
                and (len(line.text) <= MAX_JUMP_CHARS
                     # a document's long title, no sentence (2. 关于…计划草案的报告)
                     or len(line.text) <= MAX_CONTENTS_TITLE and not ends_sentence(line.text))):
            verdicts[index] = Verdict("table-of-contents", False)
        elif (verdicts[index] is None and index and verdicts[index - 1] is not None
              and verdicts[index - 1].why == "table-of-contents" and len(line.text) <= MAX_CONTENTS_TITLE
              and not ends_sentence(line.text) and _next_entry(lines[index - 1].text, line.text)):
            verdicts[index] = Verdict("table-of-contents", False)
    return verdicts


_ENTRY_NUMBER = re.compile(r"^\s*(\d{1,2})[.、．]\s*\S")


def _next_entry(above: str, text: str) -> bool:
    """Whether `text` is numbered next after `above` (2. … then 3. …)."""
    first, second = _ENTRY_NUMBER.match(above), _ENTRY_NUMBER.match(text)
    return bool(first and second and int(second.group(1)) == int(first.group(1)) + 1)


# A picture's caption is a headline's length.
MAX_IMAGE_CAPTION = 40


def _image_captions(verdicts: list[Verdict | None], lines: list[Line]) -> list[Verdict | None]:
    """`verdicts` with the caption under a picture marked (代表认真审议政府工作报告):
    the short line right after an <img>, closing no sentence, no heading of the
    report's, with the report's prose going on after it."""
    for index, line in enumerate(lines[:-1]):
        text = line.text
        if (line.after_image and verdicts[index] is None and 0 < len(text) <= MAX_IMAGE_CAPTION
                and not line.heading and not line.is_link and not ends_sentence(text)
                and not is_heading(text) and not _header_under_banner(text) and not is_part_title(text)
                and not _is_appendix_heading(line)   # 附：名词解释 under a divider picture
                and _sentence_ends_before(lines, index) and _text_follows(lines, verdicts, index)):
            verdicts[index] = Verdict("photo-credit", False)
    return verdicts


# A card a news app sets between the text's paragraphs: its label, then a link
# to another story (<span>相关</span><a>理塘：“丁真效应”持续发酵</a>).
_CARD_LABEL = re.compile(r"^\s*[【\[]?(?:相关|推荐|延伸|热点|热读|精选|关联)(?:阅读|新闻|报道|文章)?[】\]]?[\s:：·|｜]*")


# The text under an advert's slot label (`_AD_LABELS`) is a headline's length.
MAX_AD_TEXT = 60


# An ad server's click-through address: its own host (ad.某报.cn, ads., adx.),
# an ad network's, or a click counter's path (/adclick, /ad/click).
_AD_SERVER_LINK = re.compile(
    r"^(?:https?:)?//(?:(?:ad|ads|adv|adx|adserver|adclick|adsys)\d*\.|[^/?#]*(?:doubleclick\.net|googleadservices\.com"
    r"|googlesyndication\.com))|/(?:adclick|adserver|ad/click|ads/click)(?:[/.?]|$)", re.IGNORECASE)


def _tagged_as_advert(line: Line) -> bool:
    """A linked banner's words with the slot's tag after them, outside the link
    (聚焦2024黑龙江两会 奋力谱写…新篇章 | 广告)."""
    text = line.text.strip(EDGE_SPACE)
    label = next((label for label in _AD_LABELS if text.endswith(label)), None)
    return label is not None and line.link_chars <= len(text) - len(label)


def _after_ad_labels(verdicts: list[Verdict | None], lines: list[Line]) -> list[Verdict | None]:
    """`verdicts` with the short line an ad slot's label stands over (公考冲刺：…
    点击免费领取资料包) marked as the advert's: no sentence of the report's;
    and so a short line that is all one link to an ad server (沧州银行·沧银快贷
    最快当天放款), set between paragraphs with the slot's picture."""
    for index, line in enumerate(lines):
        if verdicts[index] is None and line.href and len(line.text) <= MAX_AD_TEXT and line.is_link and (
                _AD_SERVER_LINK.search(line.href) or _tagged_as_advert(line)):
            verdicts[index] = Verdict("promotion", False)
    for index, line in enumerate(lines[:-1]):
        if line.text.strip(EDGE_SPACE) in _AD_LABELS:
            after = lines[index + 1]
            if verdicts[index + 1] is None and len(after.text) <= MAX_AD_TEXT and "。" not in after.text \
                    and not is_heading(after.text):
                verdicts[index + 1] = Verdict("promotion", False)
    return verdicts


def _linked_cards(verdicts: list[Verdict | None], lines: list[Line]) -> list[Verdict | None]:
    """`verdicts` with such cards marked as a related box's line (soft: the
    text goes on on both sides), and the card's snippet under its linked title
    (各位代表：现在，我代表…请予审议……2024年，全区…增长5.5%……): pieces of another
    text joined by ellipses."""
    for index, line in enumerate(lines):
        if verdicts[index] is None and line.link_chars and (label := _CARD_LABEL.match(line.text)) \
                and line.link_chars >= len(line.text.strip()) - label.end() - 1:
            verdicts[index] = Verdict("related", False)
    for index in range(1, len(lines)):
        above = verdicts[index - 1]
        if (verdicts[index] is None and above is not None and above.why == "related" and lines[index - 1].is_link
                and not lines[index].link_chars and len(lines[index].text) <= MAX_CARD_SNIPPET
                and lines[index].text.count("……") >= 2):
            verdicts[index] = Verdict("related", False)
    return verdicts


MAX_CARD_SNIPPET = 120


# A table's or chart's caption (表1　2021年主要预期目标一览, 图②　…): what a paper
# sets over what it made, or a report over its own table.
_TABLE_CAPTION = re.compile(r"^[表图](?:\d{1,2}|[①-⑳]|[一二三四五六七八九十]{1,3})(?:[　 :：、.]|(?=[\u4e00-\u9fff“]))")
# A chart's caption under it naming its maker or its data's source (▲某市近五年
#地区生产总值变化　制图：某融媒, 图：2017—2021年某市地区生产总值　数据来源：某统计局);
# and its title over it, with its unit (2018—2022年某市地区生产总值（单位：亿元）).
_CHART_NOTE = re.compile(r"^(?:▲|△|图[:：]|图为)[^。]{2,60}(?:制图|制表|数据来源)")
MIN_CHART_TITLE = 12
_CHART_TITLE = re.compile(r"[(（](?:单位[:：])?(?:亿元|万元|元|万人|人|%|％|万吨|吨|万亩|亩|个|家|万千瓦)[)）]$")
# Cells of a table between its caption and its credit: short, no sentences.
MAX_TABLE_CELLS = 40
MAX_TABLE_CELL = 40


def _made_charts(verdicts: list[Verdict | None], lines: list[Line]) -> list[Verdict | None]:
    """`verdicts` with a paper's own tables and charts set into the text marked
    as the pictures' are: a table between its caption (表1 …) and the credit
    under it (制表：某某网), and the source note (数据来源：…) right under a
    caption or a credit. A report's own table has no maker's credit, and a
    report's own 数据来源 note stands under its text, not under a picture's caption."""
    for index, verdict in enumerate(verdicts):
        key = match_key(lines[index].text)
        if verdict is None and len(key) <= 80 and _CHART_NOTE.match(key):
            verdict = verdicts[index] = Verdict("photo-credit", False)
        if verdict is None or verdict.why != "photo-credit":
            continue
        noted = bool(_CHART_NOTE.match(key))
        if key.startswith(("制表", "制图", "图表制作", "图表设计")) or noted:
            cells = []
            for above in range(index - 1, max(-1, index - 1 - MAX_TABLE_CELLS), -1):
                text = lines[above].text.strip(EDGE_SPACE)
                if not text:
                    continue
                # (A chart under a caption of its own is titled over it: a table's cell
                # with its unit, 森林覆盖率（%）, is shorter.)
                if (_TABLE_CAPTION.match(text) or noted and len(text) >= MIN_CHART_TITLE
                        and _CHART_TITLE.search(text)) and not ends_sentence(text):
                    for marked in [above, *cells]:
                        verdicts[marked] = Verdict("photo-credit", False)
                    break
                if verdicts[above] is not None or len(text) > MAX_TABLE_CELL or ends_sentence(text):
                    break
                cells.append(above)
        following = next((i for i in range(index + 1, len(lines)) if lines[i].text.strip(EDGE_SPACE)), None)
        if (following is not None and verdicts[following] is None
                and match_key(lines[following].text).startswith("数据来源") and len(lines[following].text) <= 80):
            verdicts[following] = Verdict("photo-credit", False)
    return verdicts


def _header_under_banner(text: str) -> bool:
    """A header line under a banner picture: the restated title (bare too), the
    delivery or speaker line, 各位代表 (a caption may say 审议政府工作报告)."""
    return (match_key(text) == "政府工作报告" or _names_its_report(text) or is_delivery_line(text)
            or is_speaker_line(text) or match_key(text).startswith("各位代表"))


def _sentence_ends_before(lines: list[Line], index: int) -> bool:
    """Whether the text line before line `index` ends a sentence or the
    report's header (a caption stands between paragraphs, or under the speaker
    line; a converted PDF's page image stands mid-sentence)."""
    previous = next((i for i in range(index - 1, -1, -1) if lines[i].text), None)
    return previous is None or ends_sentence(lines[previous].text) or is_heading(lines[previous].text) or (
        is_header_line(lines[previous].text))


def _text_follows(lines: list[Line], verdicts: list[Verdict | None], index: int) -> bool:
    """Whether report text (a heading, prose) comes next after line `index`."""
    following = next((i for i in range(index + 1, len(lines)) if lines[i].text), None)
    return following is not None and verdicts[following] is None and _report_text(lines[following])


# 附件, 附表, 附录, numbered or not (附件1, 附表二), alone on a line.
_BARE_APPENDIX_LABEL = re.compile(r"^附(?:件|表|录)(?:\d{1,2}|[一二三四五六七八九十]{1,2})?:?$")


def _appendix_labels(verdicts: list[Verdict | None], lines: list[Line]) -> list[Verdict | None]:
    """`verdicts` without the attachment verdict of a bare 附件 over text of
    its own (附件 / 2024年某市为民办实事项目 / 序号 …): the report's appendix,
    not a site's list of files to download (附件：某报告.pdf)."""
    for index, line in enumerate(lines[:-1]):
        verdict = verdicts[index]
        if verdict is None or verdict.why != "attachment" or not _BARE_APPENDIX_LABEL.match(match_key(line.text)):
            continue
        following = next((i for i in range(index + 1, len(lines)) if lines[i].text), None)
        if (following is not None and verdicts[following] is None and not lines[following].is_link
                and not _FILE_NAME.search(lines[following].text)):
            verdicts[index] = None
    return verdicts


def _printed_title_tags(verdicts: list[Verdict | None], lines: list[Line],
                        title_tag: str | None) -> list[Verdict | None]:
    """`verdicts` with the lines that repeat the whole <title>, site name and
    all (铁岭市2017年政府工作报告_铁岭市人民政府), marked as running headers
    when there are several: a browser prints it atop each page of a saved
    print-out."""
    whole = " ".join(title_tag.split()) if title_tag else ""
    if not whole or title_tag_core(title_tag) == whole:
        return verdicts
    repeats = [index for index, line in enumerate(lines) if verdicts[index] is None and line.text == whole]
    if len(repeats) >= 2:   # once is a page's own heading written as its <title>
        for index in repeats:
            verdicts[index] = Verdict(RUNNING_HEADER, False)
    return verdicts


def extract_report(page: RenderedPage, lines: list[Line] | None = None,
                   base_url: str | None = None, title: str | None = None,
                   one_report: bool = False) -> Extracted:
    """The report's title, body paragraphs, address and audit trail from a page's lines.

    `lines` defaults to all of the page's lines (a listing item passes its own);
    `title`, when given, is the item's title and no title line is searched for;
    `one_report`: the lines hold one report (a listing item), never split in two.
    """
    whole_page = lines is None
    # A new list: lines that change are replaced in it, never changed themselves.
    lines = _split_glued_lines(page.lines if lines is None else lines)
    spam = _clean_spam(lines)
    marked: dict[int, tuple[str, list[str]]] = {}
    jumps = _strip_page_jumps(lines, marked) + _strip_glosses(lines) + _strip_heading_tags(lines) \
        + _strip_paragraph_buttons(lines) + _strip_glued_source_marks(lines) + _strip_own_site_marks(lines, base_url)
    verdicts = _ai_summary_boxes(_pagers_only([classify_line(line.text) for line in lines], lines), lines)
    verdicts = _highlight_boxes(verdicts, lines)
    verdicts = _in_page_jumps(verdicts, lines)
    verdicts = _printed_title_tags(verdicts, lines, page.title_tag)
    verdicts = _made_charts(_image_captions(_linked_cards(_after_ad_labels(verdicts, lines), lines), lines), lines)
    verdicts = _appendix_labels(verdicts, lines)
    verdicts = _sentences_within_prose(_player_captions(_label_values(verdicts, lines), lines), lines)
    verdicts = mark_page_furniture(lines, _header_dates_set_free(_edge_sentences_set_free(verdicts, lines), lines))
    list_lines = _list_boundaries(lines, verdicts)
    _bridge_related_blocks(lines, verdicts, list_lines)
    result = Extracted(site_name=_page_owner(lines, site_name(page.title_tag) or site_name(page.site_meta_name)
                                             or government_account(page.author_meta)))
    if whole_page:
        # Text the page hides from readers, left out when rendered: the page's own removals.
        result.removed += [Removal(shorten(text, 80), "hidden", why) for text, why in page.hidden]
    result.canonical_url = _canonical(lines, verdicts, page, base_url)
    result.site_code = _site_code(lines)
    result.delivery_notes = _page_delivery_notes(lines, verdicts)
    result.link_lines = sum(1 for line in lines if line.link_chars * 2 >= len(line.text) > 0)
    if title is not None:
        result.title, title_spam = remove_spam(title)
        result.removed += [Removal(token, "title", kind)
                           for token, kind in zip(title_spam, spam_kinds(title_spam))]
    _join_continued_posts(lines, verdicts, list_lines)
    spans = _spans(lines, verdicts, list_lines)
    core = _best_span(lines, verdicts, spans)
    if core is None:
        result.removed += _record_removals(lines, verdicts, None, spam, list_lines, set()) + jumps
        result.title = result.title or _title_without_body(lines, verdicts, page)
        return result
    span = next(s for s in spans if core[0] in s)
    layout = _locate(lines, verdicts, page, span, core, title)
    if title is None:
        if layout.title_index is not None:
            result.title = _without_site_name(_without_letter_spacing(lines[layout.title_index].text),
                                              page.title_tag)
        else:
            # A <title> that is only the site's name (`博县网`) names no document:
            # better no title (flagged missing-title) than the site's name.
            core_title = title_tag_core(page.title_tag)
            result.title = core_title if core_title and is_document_title(core_title) and not (
                names_site_section(core_title) or _is_site_name(core_title)) else None
        labelled = _labelled_title(lines, verdicts)
        if labelled is not None and not (result.title and _names_its_report(result.title)):
            result.title = labelled
        result.title = _title_shown_otherwise(result.title, lines, layout, page)
    first, last = core
    kept = [i for i in range(layout.start, layout.end + 1)
            if verdicts[i] is None and lines[i].text
            and not (lines[i].is_link and not first <= i <= last)]
    # Notes printed at the foot of a page inside a sentence: the report's, after its text.
    kept += [i for i in range(layout.start, layout.end + 1)
             if verdicts[i] is not None and verdicts[i].why == FOOTNOTE and lines[i].text]
    result.removed += _record_removals(lines, verdicts, layout, spam, list_lines, set(kept)) + jumps
    version = _version_under_title(lines, kept, layout.title_index) if title is None else None
    if version is not None:
        result.title = (result.title or "") + lines[version].text.strip(EDGE_SPACE)
        kept = kept[1:]
    quoted = _quoted_report(lines, kept)
    if quoted is not None:
        result.removed += [Removal(shorten(lines[i].text), "body", "commentary") for i in kept if i not in quoted]
        kept = quoted
    else:
        result.commentary = _quotes_in_commentary(lines, kept)
    kept = _drop_page_matter(lines, kept, result)
    issued = _issued_report(result.title, lines, kept) if title is None else None
    if issued is not None:
        result.title, start = issued
        result.removed += [Removal(shorten(lines[i].text), "header", "issuing-notice") for i in kept[:start]]
        kept = kept[start:]
    kept = _without_side_labels(lines, kept, result)
    kept = _without_pull_quotes(lines, kept, result)
    another = None if one_report else another_report_start([lines[i].text for i in kept])
    if another is not None:
        labels, start = another
        # The next report's own title among the lines between (宾川县2023年政府工作报告
        # over its 政府工作报告): it opens that report.
        start = next((i for i in range(labels, start) if _names_its_report(lines[kept[i]].text)), start)
        result.removed += [Removal(shorten(lines[i].text), "footer", "between-reports")
                           for i in kept[labels:start]]
        result.next_report = lines[kept[start]:_post_end(lines, kept[start])]
        kept = kept[:labels]
    elif not one_report:
        # Another report posted further down the page, past the chrome after
        # this one's end (a forum reply carrying a neighbouring county's report).
        below = _report_below(lines, verdicts, layout.end + 1)
        if below is not None:
            result.next_report = lines[below:_post_end(lines, below)]
    if result.title and not _STAND_IN_PLACE.search(match_key(result.title)):
        # A model-essay site's label after a real report's title (沂水县2023年政府工作报告范文)
        # is the site's, as its <title> suffix is.
        result.title = _MODEL_ESSAY_LABEL.sub("", result.title)
    if kept and (
            (result.title is None or _is_headline(result.title) or another is not None or quoted is not None)
            and _names_its_report(lines[kept[0]].text)
            # A news headline over the article that carries the report: the
            # report's own 政府工作报告, bare as it is, titles it.
            or result.title and (_NEWS_HEADLINE.search(_ATTACHED_NOTE.sub("", match_key(result.title)))
                                 or _TEMPLATE_TITLE.search(match_key(result.title)))
            and is_title_restatement(lines[kept[0]].text)):
        # The page's own title was none, a headline or a question (重磅！…来了，…;
        # 如何看待…？) or the title of several reports: the text's first line restates the report's title
        # (2024年某市政府工作报告).
        result.title = _without_letter_spacing(lines[kept[0]].text).strip(EDGE_SPACE)
        result.removed.append(Removal(shorten(result.title), "title", "title-in-text"))
        kept = kept[1:]
    elif result.title is None and len(kept) > 1 and is_title_restatement(lines[kept[0]].text) and (
            is_delivery_line(lines[kept[1]].text) or is_speaker_line(lines[kept[1]].text)):
        # The report's own heading over its header, bare as it may be (政府工作报告):
        # with no other title on the page, it is the report's.
        result.title = _without_letter_spacing(lines[kept[0]].text).strip(EDGE_SPACE)
        result.removed.append(Removal(shorten(result.title), "title", "title-in-text"))
        kept = kept[1:]
    elif result.title is None and len(kept) > 2 and is_delivery_line(lines[kept[0]].text) \
            and is_title_restatement(lines[kept[1]].text):
        # A newspaper's kicker (引题) set above the headline: the delivery line, then the title.
        result.title = lines[kept[1]].text.strip(EDGE_SPACE)
        result.removed.append(Removal(shorten(result.title), "title", "title-in-text"))
        kept = kept[:1] + kept[2:]
    kept = _excerpt_heading_as_title(lines, kept, result)
    result.paragraphs = [lines[i].text for i in kept]
    result.published_on = _published_on(lines, layout, first)
    # Pagination and "read the full text" notices count only next to the body,
    # not in a sidebar listing other articles.
    near_body = range(layout.start, min(len(lines), layout.end + 6))
    pagers = [i for i in near_body if verdicts[i] is not None and verdicts[i].why == "pagination"]
    result.paginated = bool(pagers) and not _every_page_here([lines[i].text for i in pagers])
    # Continuation marks pointing at a page not shown here: part of the text is elsewhere.
    result.continued_elsewhere = _continued_elsewhere(lines, kept, marked)
    notices = [i for i in near_body
               if verdicts[i] is not None and verdicts[i].why == "excerpt-notice" and not _is_fold(lines[i])]
    gates = [i for i in notices if _PREVIEW_GATE.search(match_key(lines[i].text))]
    result.preview_gate = bool(gates)
    turns = [i for i in notices if _PAGE_TURN.search(match_key(lines[i].text))]
    result.page_turn = bool(turns)
    result.excerpt_notice = len(gates) + len(turns) < len(notices) or bool(
        result.title and _PARTIAL_WORD.search(result.title)) or any(
        len(text) <= MAX_HEADER_TITLE and _PARTIAL_NOTE.search(text) for text in result.paragraphs[:_HEADER_LINES])
    return result


# A paged article's marks at its page turns.
_PAGE_TURN = re.compile(r"^[(\[【]?(?:未完[,，]?(?:接|见|转)下页|接下页|转下页|接上页|续上页|上接第?[0-9一二三四五六七八九十]{1,2}页)")


# A layout table's narrow first column repeats its section's label on every
# row (一、回顾 | text; 一、回顾 | text …): a label seen this often, each time
# before a row's text, is the layout's. A report's own heading stands once.
MIN_SIDE_LABEL_REPEATS = 3
MAX_SIDE_LABEL = 12
# Words and a section number, no punctuation: 各位代表！ stands several times in a report.
_SIDE_LABEL = re.compile(r"[\u4e00-\u9fff、()（）]+")


def _without_side_labels(lines: list[Line], kept: list[int], result: Extracted) -> list[int]:
    """`kept` without the short lines repeated before a longer line (the row's
    text, a heading) row after row; a table's unit cells stand before figures.
    Once one label shows the layout, labels seen twice are its too."""
    short = Counter(lines[i].text for i in kept
                    if len(lines[i].text) <= MAX_SIDE_LABEL and _SIDE_LABEL.fullmatch(lines[i].text))
    labels: set[int] = set()
    for least in (MIN_SIDE_LABEL_REPEATS, 2):
        if least == 2 and not labels:
            break
        for text in (text for text, n in short.items() if n >= least):
            positions = [p for p, i in enumerate(kept) if lines[i].text == text]
            if all(p + 1 < len(kept) and lines[kept[p + 1]].text != text
                   and (len(lines[kept[p + 1]].text) > MAX_SIDE_LABEL or is_heading(lines[kept[p + 1]].text))
                   for p in positions):
                labels.update(kept[p] for p in positions)
    if labels:
        result.removed += [Removal(shorten(lines[i].text), "body", "side-label") for i in sorted(labels)]
    return [i for i in kept if i not in labels]


def _excerpt_heading_as_title(lines: list[Line], kept: list[int], result: Extracted) -> list[int]:
    """`kept` from an excerpt's own heading on, when a paper's 摘登 sets one over
    the excerpt's source line (麦积区：奋力打造… / ——摘自…政府工作报告): that
    heading titles the excerpt, and what stands above it is the page's (the
    compilation's headline, its 编者按)."""
    source = next((position for position, index in enumerate(kept[:_LEAD_LINES])
                   if is_excerpt_source(lines[index].text)), None)
    if not source:
        return kept
    heading = lines[kept[source - 1]].text.strip(EDGE_SPACE)
    if len(heading) > MAX_HEADER_TITLE or ends_sentence(heading) or is_header_line(heading):
        return kept
    result.removed += [Removal(shorten(lines[i].text), "header", "compilation-header") for i in kept[:source - 1]]
    result.title = heading
    result.removed.append(Removal(shorten(heading), "title", "title-in-text"))
    return kept[source:]


# The footer a document's pages each carry where a sharing site shows them
# all on one page (第 3 页 共 12 页, 第3页/共12页).
_PAGE_FOOTER = re.compile(r"^第(\d{1,3})页[/,]?共(\d{1,3})页$")


def _every_page_here(pager_texts: list[str]) -> bool:
    """Whether the page's pagination lines are only page footers, from the
    first page's to the last's: the whole document is on this page."""
    footers = [_PAGE_FOOTER.match(match_key(text)) for text in pager_texts]
    if not all(footers):
        return False
    pages = {int(m.group(1)) for m in footers}
    total = {int(m.group(2)) for m in footers}
    return len(total) == 1 and pages == set(range(1, total.pop() + 1))


# A title saying the text is partial; or the report's own heading over the
# text (政府工作报告（摘要）) when the page's title does not say it.
_PREVIEW_GATE = re.compile(r"预览(?:已)?结束|试读(?:已)?结束|完整(?:内容|文档)请(?:下载|登录|购买)")
_PARTIAL_WORD = re.compile(r"(节选|摘要|摘编|摘登)")
_PARTIAL_NOTE = re.compile(r"[(（]\s*(?:节选|摘要|摘编|摘登)\s*[)）]")
_HEADER_LINES = 3
MAX_HEADER_TITLE = 40


# A mobile page's fold (`展开全文`, `展开剩余80%`) hides text that is already on the
# page: it says nothing of the page being partial; the body's own end tells
# (a fold over text loaded later leaves a body ending mid-report).
_FOLD_BUTTON = re.compile(r"(展开全文|点击展开|展开阅读|展开剩余|内容已折叠|已折叠)")
# Or a button with a link's words that links nowhere (`<span>阅读全文</span>` under
# a clipped text): a link to the full text would be a link.
_FOLD_WORDS = re.compile(r"^(?:阅读全文|查看全文|继续阅读|阅读全部|全文阅读)$")


def _is_fold(line: Line) -> bool:
    """Whether an excerpt notice's line is a fold's button, over text the page
    holds: its words, a button that links nowhere, or a link within the page
    (`#part2`, `javascript:` showing the next tab), with or without a note
    beside it (点击阅读全文 ▼ 剩余70%内容未显示)."""
    if line.link_chars and line.href and not _links_within_page(line.href):
        return False    # a link to another page, where the rest of the text is
    return bool(_FOLD_BUTTON.search(line.text)) or (
        not line.is_link and bool(_FOLD_WORDS.match(match_key(line.text)))) or (
        bool(line.link_chars) and _links_within_page(line.href))


def _links_within_page(href: str | None) -> bool:
    return bool(href) and (href.startswith("#") or href[:11].lower() == "javascript:")


def _canonical(lines: list[Line], verdicts: list[Verdict | None], page: RenderedPage,
               base_url: str | None) -> str | None:
    """The page's own address: its `本文地址` line, else <link rel=canonical>."""
    for line, verdict in zip(lines, verdicts):
        if verdict is not None and verdict.why == "canonical-address":
            address = canonical_address(line.text)
            if address:
                return absolute_url(address, base_url)
    return absolute_url(page.canonical_link, base_url)


def _title_without_body(lines: list[Line], verdicts: list[Verdict | None],
                        page: RenderedPage) -> str | None:
    """A title for a page with no body (kept for the rejection record)."""
    core = title_tag_core(page.title_tag)
    if core:
        return core
    for line, verdict in zip(lines, verdicts):
        if verdict is None and is_document_title(line.text):
            return line.text
    return None


def page_key(lines: list[Line]) -> str:
    """All of a page's text as one match key (for page-level checks)."""
    return match_key(" ".join(line.text for line in lines[:400]))
