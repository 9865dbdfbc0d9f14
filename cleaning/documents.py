"""Attached report files (PDF, Word) -> the text lines of the report.

Many government sites publish the work report only as an attachment. This
module turns the file's bytes into plain lines that the text path of
`clean_page` cleans exactly like a text rendering; it reads PDF (pypdf) and
DOCX (python-docx). Bad input never raises: an encrypted, truncated or
image-only PDF, or a format not read here (old binary .doc, WPS, OFD, RTF),
gives a reason instead of text.

PDF text comes as the page layout set it: lines broken at the page width,
page numbers (`- 3 -`) and running headers repeated on every page. Those are
dropped, and lines are joined back into paragraphs (see `pdf_paragraphs`).
"""
from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field

from .paragraphs import ends_sentence, halves_of_delivery_line, is_header_line, is_heading, wrap_width

# More text than any report: a huge PDF is read no further than this.
MAX_TEXT_CHARS = 1_000_000
# Pages read of one PDF at most: a report runs to a hundred; past this it is a
# compilation (a year's documents bound together) read no further.
MAX_PDF_PAGES = 500
# A PDF with fewer characters of text than this over all its pages has no
# text layer (a scan); there is nothing to read without OCR.
MIN_PDF_TEXT_CHARS = 20

_WORD_TYPES = ("application/msword", "application/vnd.ms-word")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Stream names in an OLE compound file's directory are UTF-16LE.
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
# WPS files share old Word's container: only their address tells them apart.
_WPS_ADDRESS = re.compile(r"\.wps(?:[?#].*)?$", re.I)


@dataclass
class DocumentText:
    """The paragraphs of an attached file, or the reason there are none."""

    kind: str                      # "pdf", "docx", or the format not read
    paragraphs: list[str] = field(default_factory=list)
    reason: str | None = None
    flags: list[str] = field(default_factory=list)


def document_kind(content: bytes, content_type: str | None = None,
                  url: str | None = None) -> str | None:
    """The attached-file format of `content` ("pdf", "docx", "doc", "wps",
    "ofd", "rtf", "encrypted-office"), or None for a page. Judged by the
    bytes first (servers label attachments `application/octet-stream`), then
    by the content type or address for formats the bytes do not settle."""
    head = content[:1024]
    media = (content_type or "").split(";")[0].strip().lower()
    if b"%PDF-" in head:  # the header may follow a few junk bytes
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(content)
    if head.startswith(_OLE_MAGIC):
        return _ole_kind(content, media, url)
    if head.startswith(b"{\\rtf"):
        return "rtf"
    # A body labelled PDF without a PDF header is no PDF (an error page served
    # under the file's type): it is read as the page it is.
    return None


def _zip_kind(content: bytes) -> str | None:
    """A zip is a Word document when it holds `word/document.xml` (OFD is a zip too)."""
    try:
        names = set(zipfile.ZipFile(io.BytesIO(content)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return None
    if "word/document.xml" in names:
        return "docx"
    if "OFD.xml" in names:
        return "ofd"
    return None


def _ole_kind(content: bytes, media: str, url: str | None) -> str | None:
    """Old binary Word (and WPS, which shares its container), or an encrypted
    DOCX (Office wraps those in an OLE file), else None (Excel, PowerPoint)."""
    if _ENCRYPTED_PACKAGE in content[:65536] or _ENCRYPTED_PACKAGE in content[-65536:]:
        return "encrypted-office"
    if _WPS_ADDRESS.search(url or ""):
        return "wps"
    if _WORD_STREAM in content or media in _WORD_TYPES:
        return "doc"
    return None


def read_document(content: bytes, kind: str) -> DocumentText:
    """The paragraphs of an attached file of `kind`; never raises."""
    try:
        if kind == "pdf":
            return read_pdf(content)
        if kind == "docx":
            return read_docx(content)
        if kind == "encrypted-office":
            return DocumentText(kind, reason="encrypted-document")
        return DocumentText(kind, reason=f"unsupported-attachment: {kind}")
    except Exception as error:  # a broken file must not stop cleaning
        return DocumentText(kind, reason=f"unreadable-{kind}: {type(error).__name__}: {error}"[:300])


# --- Word -------------------------------------------------------------------------------------
def read_docx(content: bytes) -> DocumentText:
    """A DOCX's body paragraphs and table cells in document order. Headers and
    footers (page numbers, running titles) live in other parts and are not read."""
    import docx  # python-docx; imported here so that page cleaning does not pay for it

    document = docx.Document(io.BytesIO(content))
    paragraphs: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            for row in block.rows:
                # A merged cell is every grid cell it spans: read it once.
                for cell in {id(cell._tc): cell for cell in row.cells}.values():
                    paragraphs += _lines(cell.text)
        else:
            # A soft line break (Shift+Enter) is a line of its own, as <br> is.
            paragraphs += _lines(block.text)
    paragraphs = _cap(paragraphs)
    if not paragraphs:
        return DocumentText("docx", reason="docx-no-text")
    return DocumentText("docx", paragraphs, flags=["from-docx"])


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _cap(paragraphs: list[str]) -> list[str]:
    """The leading paragraphs holding at most MAX_TEXT_CHARS characters."""
    kept, total = [], 0
    for paragraph in paragraphs:
        total += len(paragraph)
        if total > MAX_TEXT_CHARS:
            break
        kept.append(paragraph)
    return kept


# --- PDF --------------------------------------------------------------------------------------
_EOF_MARK = b"%%EOF"
# How far from the end the last %%EOF may sit (some writers append a few bytes).
_EOF_WINDOW = 4096


@dataclass
class _PdfLine:
    """One line of a PDF page as the layout set it."""

    text: str          # without its leading spaces
    indent: int        # leading spaces: how far right of the margin the line starts
    gap_before: bool   # a blank line above it on the same page


def read_pdf(content: bytes) -> DocumentText:
    """A PDF's text as paragraphs, or why it has none."""
    from pypdf import PdfReader  # imported here so that page cleaning does not pay for it

    if _EOF_MARK not in content[-_EOF_WINDOW:]:
        return DocumentText("pdf", reason="unreadable-pdf: truncated (no %%EOF at the end)")
    reader = PdfReader(io.BytesIO(content), strict=False)
    if reader.is_encrypted and not _opens_without_password(reader):
        return DocumentText("pdf", reason="encrypted-pdf: needs a password")
    count = len(reader.pages)
    pages = [_page_lines(reader.pages[number]) for number in range(min(count, MAX_PDF_PAGES))]
    if sum(len(line.text) for page in pages for line in page) < MIN_PDF_TEXT_CHARS:
        return DocumentText("pdf", reason=f"pdf-no-text: {count} pages without a text layer")
    flags = ["from-pdf"] + ([f"truncated-input:{count}>{MAX_PDF_PAGES}-pages"] if count > MAX_PDF_PAGES else [])
    return DocumentText("pdf", _cap(pdf_paragraphs(pages)), flags=flags)


def _opens_without_password(reader) -> bool:
    """Whether the PDF is encrypted for permissions only (the empty user
    password opens it), as many published government PDFs are."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # an unknown cipher, or the crypto library missing
        return False


# A PDF's text saved page by page, pages parted by form feeds (pdftotext's
# output): this many pages at least to be read as one.
MIN_FORM_FED_PAGES = 3


def is_paged_text(text: str) -> bool:
    """Whether a text file is a PDF's text with its pages parted by form feeds."""
    return text.count("\f") >= MIN_FORM_FED_PAGES - 1


# A text wrapped this narrow (a yearbook's column, OCR'd) has no line long
# enough to read as prose: its lines are joined as a PDF's are first.
MAX_NARROW_WRAP = 25


def is_narrow_wrapped(text: str) -> bool:
    """Whether a text file is hard-wrapped narrower than `MAX_NARROW_WRAP`
    characters (an OCR'd yearbook column, a newspaper's), most of its
    lines cut mid-sentence."""
    lines = [line.strip(" \t\u3000") for line in text.splitlines()]
    width = wrap_width([line for line in lines if line])
    return width is not None and width <= MAX_NARROW_WRAP


def paged_text_paragraphs(text: str) -> list[str]:
    """A PDF's text saved as a text file (`pdftotext -layout`: pages parted by
    form feeds, lines laid out with spaces), or a text wrapped as narrow, as
    paragraphs, read as a PDF is."""
    pages = [page for sheet in text.split("\f") for page in _PRINTED_PAGE_HEAD.split(sheet)]
    return _cap(pdf_paragraphs([_layout_lines(page) for page in pages]))


# A printed page's running head with its page number, set apart by a wide gap
# (`· 12 ·        某某年鉴(2014)`, `特　　载          ·13·`, OCR'd as ·l3·): where
# a page of the printed book ends inside the text, a page break.
_PAGE_TOKEN = r"[·•\-—－]\s*[\dlIOo]{1,4}\s*[·•\-—－]"
_PRINTED_PAGE_HEAD = re.compile(rf"^[ \t\u3000]*(?:{_PAGE_TOKEN}[ \t\u3000]{{2,}}\S.*|\S.*?[ \t\u3000]{{4,}}{_PAGE_TOKEN})[ \t\u3000]*$",
                                re.MULTILINE)


def _page_lines(page) -> list[_PdfLine]:
    """A page's lines with their indentation. pypdf's layout mode sets the
    text out with spaces where it stands on the page, so a paragraph's
    indented first line and a centred title show; its plain mode is the
    fallback for pages layout mode fails on."""
    try:
        text = page.extract_text(extraction_mode="layout")
    except Exception:
        text = page.extract_text() or ""
    return _layout_lines(text)


def _layout_lines(text: str) -> list[_PdfLine]:
    """The lines of a page's text laid out with spaces, with their indentation."""
    lines: list[_PdfLine] = []
    gap = False
    for raw in text.splitlines():
        stripped = _tidy(raw)
        if not stripped:
            gap = bool(lines)
            continue
        if _SPECK.fullmatch(stripped):
            continue   # a speck a scan's OCR read as a mark (■), between two halves of a sentence
        lines.append(_PdfLine(stripped, len(raw) - len(raw.lstrip()), gap))
        gap = False
    return lines


_SPACE_RUN = re.compile(r"[ \xa0]{2,}")
_SPECK = re.compile(r"[■□▪▫●•·◆◇▲△]{1,2}")


def _tidy(line: str) -> str:
    """A line without its edge spaces, runs of layout spaces inside made one."""
    return _SPACE_RUN.sub(" ", line.strip(" \t\r\xa0\u3000"))


# Page numbers as printed: `- 3 -`, `—3—`, `3`, `第3页`, `第 3 页 共 12 页`, `3/12`, `Page 3`.
# Wider than `printed.is_page_number`, which judges lines of a web page with
# no page edges in it (there `3/12` may be a table's cell, `第3页` a pager):
# here they are only looked for among the first and last lines of a real page.
_PAGE_NUMBER = re.compile(
    r"[-—–－~\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－~\s]*"
    r"|(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", re.I)
# A running header or footer sits among a page's first or last lines.
_EDGE_LINES = 2
_DIGITS = re.compile(r"\d+")
_NAMES_A_REPORT = re.compile("工作报告")
# A browser's print header: the date and time printed, then the page's <title>
# (2020/5/12 下午4:03  政府工作报告_某省人民政府网), the page's, not the document's.
_PRINT_STAMP = re.compile(r"\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\s*(?:[上下]午)?\s*\d{1,2}:\d{2}"
                          r"|\d{1,2}/\d{1,2}/\d{2,4},?\s*\d{1,2}:\d{2}")


def is_page_number_at_edge(text: str) -> bool:
    """A line at the top or bottom of a PDF page that is only a page number."""
    return bool(_PAGE_NUMBER.fullmatch(text.strip()))


def _running_lines(pages: list[list[_PdfLine]]) -> set[str]:
    """Lines (digits blanked) at the top or bottom of at least half the pages,
    two at least: a running header or footer (`2024年政府工作报告 第3页`)."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for lines in pages:
        edges = lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]
        seen.update({_DIGITS.sub("#", line.text) for line in edges})
    return {key for key, count in seen.items() if count >= max(2, (len(pages) + 1) // 2)}


def _without_page_furniture(pages: list[list[_PdfLine]]) -> list[list[_PdfLine]]:
    """Pages without page numbers and running headers or footers. A running
    line naming a report (工作报告) stays at the top of the first page: the
    title often is the running header of the pages after it, and on the first
    page it is the title (a document header, 某某人民政府文件, goes everywhere)."""
    running = _running_lines(pages)
    kept_pages = []
    for number, lines in enumerate(pages):
        kept = []
        for index, line in enumerate(lines):
            at_edge = index < _EDGE_LINES or index >= len(lines) - _EDGE_LINES
            if at_edge and is_page_number_at_edge(line.text):
                continue
            if (at_edge and _DIGITS.sub("#", line.text) in running
                    and not (number == 0 and index < _EDGE_LINES and _NAMES_A_REPORT.search(line.text)
                             and not _PRINT_STAMP.match(line.text))):
                continue
            kept.append(line)
        kept_pages.append(kept)
    return kept_pages


def pdf_paragraphs(pages: list[list[_PdfLine]]) -> list[str]:
    """The text of a PDF's pages as paragraphs: page furniture dropped, and
    lines broken by the page width joined back (also across a page break).

    A line starts a paragraph when it is indented past the margin, follows a
    blank gap on its page, is a heading (`一、`, `（二）`) or a header piece of
    the report (title, delivery line, speaker, 各位代表), or follows one. A
    line ending without sentence punctuation is continued by the next line;
    one ending a sentence ends its paragraph only in a document that does not
    mark paragraphs by indenting them (there a sentence may end at the line's
    end in mid-paragraph).
    """
    pages = _without_page_furniture(pages)
    lines = [line for page in pages for line in page]
    page_starts = {id(page[0]) for page in pages if page}
    margin = min((line.indent for line in lines), default=0)
    indents = sum(1 for line in lines if line.indent > margin + 1) >= 2
    paragraphs: list[str] = []
    previous: _PdfLine | None = None
    for line in lines:
        if previous is None or _starts_paragraph(previous, line, margin, indents,
                                                 id(line) in page_starts):
            paragraphs.append(line.text)
        else:
            paragraphs[-1] += _joiner(paragraphs[-1], line.text) + line.text
        previous = line
    return paragraphs


def _starts_paragraph(previous: _PdfLine, line: _PdfLine, margin: int, indents: bool,
                      page_start: bool) -> bool:
    """Whether `line` begins a new paragraph rather than continuing `previous`."""
    if halves_of_delivery_line(previous.text, line.text):
        return False   # centred, the delivery line's second half is indented too
    if line.indent > margin + 1 or (line.gap_before and not page_start):
        return True
    if is_heading(line.text) or is_header_line(line.text) or is_header_line(previous.text):
        return True
    if line.text.startswith(_BULLETS) or previous.text.endswith("】"):
        # A list's item (· 某某新闻 2020-01-07), a line after a web page's
        # tool labels (【打印本页】 【关闭窗口】): a printed page's, each its own.
        return True
    if is_heading(previous.text) and len(previous.text) < 40 and not indents:
        return True  # a short heading line of an unindented document stands alone
    if ends_sentence(previous.text, soft=False):
        return not indents
    return False


_BULLETS = ("·", "•", "●", "◆", "■", "▪")

_LATIN_END = re.compile(r"[A-Za-z0-9,.;:]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9(]")


def _joiner(before: str, after: str) -> str:
    """What stands between two joined lines: nothing in Chinese, a space
    between words; nothing inside a number the line's end broke (708 / 4名)."""
    if before[-1:].isdigit() and after[:1].isdigit():
        return ""
    return " " if _LATIN_END.search(before) and _LATIN_START.search(after) else ""
