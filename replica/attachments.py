"""Reports published as attachments: a page saying the text is in the attached
file, and the file itself, a PDF or a Word document made from the report's text.

Many government sites publish their work report only that way. The files are
made when first asked for, from the report's paragraphs, the way an office
would print them: a PDF with the title centred, paragraphs indented and wrapped
at the page width, a page number (`- 3 -`) at the foot of every page and the
title as running header from page 2 on (reportlab, with its built-in CID font
STSong-Light, so no font file is needed); a DOCX with one Word paragraph per
paragraph (python-docx). Both are byte for byte the same on every build, so a
re-crawl finds them unchanged.
"""
from __future__ import annotations

import io
import zipfile
from functools import cache
from xml.sax.saxutils import escape

from replica.corpus import Report

# The reports the default replica publishes as attachments: (key, place, year,
# format, site-A id). Their texts are synthetic reports of real places
# (`replica.synthetic`), so each is a report of its own in the archive. The ids
# are the lowest of their sections, so the listings show them last and no
# other report moves to another listing page.
ATTACHED = (("attachment-pdf", "株洲市", 2023, "pdf", 1100),
            ("attachment-docx", "嘉兴市", 2024, "docx", 3100))
REPORT_CHARS = 6000

# The page that links the file says no more than this (as such pages do).
NOTICE = "为便于阅读和下载，报告全文以附件形式发布，请点击下方附件查看。"
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
# Lines that open a report (restated title, delivery line, speaker) are centred.
_CENTRED_LINES = 3


@cache
def attachment_reports() -> tuple[Report, ...]:
    """The reports published as attached files, with their full text as paragraphs."""
    from replica.synthetic import make_original, places, site_a_title

    reports = []
    for key, name, year, kind, report_id in ATTACHED:
        place = next(p for p in places() if p.name == name)
        original = make_original(place, year, chars=REPORT_CHARS)
        reports.append(Report(key=key, province=place.province, id=report_id, region=place.region,
                              title=site_a_title(place, year), paragraphs=original.paragraphs,
                              page_breaks=(), attachment=kind))
    return tuple(reports)


def attachment_path(report: Report) -> str:
    """Where the report's file is served: an upload folder, as CMSs keep them."""
    return f"/uploadfile/gzbg/{report.id}.{report.attachment}"


def attachment_name(report: Report) -> str:
    """The file name the page's link shows (`2023年株洲市政府工作报告.pdf`)."""
    return f"{report.title or '政府工作报告'}.{report.attachment}"


@cache
def attachment_bytes(report: Report) -> bytes:
    """The report's file, made from its title and paragraphs."""
    if report.attachment == "pdf":
        return report_pdf(report.title or "", report.paragraphs)
    if report.attachment == "docx":
        return report_docx(report.paragraphs)
    raise ValueError(f"report {report.key}: no attachment format {report.attachment!r}")


def report_pdf(running_title: str, paragraphs: tuple[str, ...] | list[str]) -> bytes:
    """A printed report: A4, centred header lines, indented paragraphs, page
    numbers `- N -` and `running_title` as header on every page after the first."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    body = ParagraphStyle("body", fontName=font, fontSize=12, leading=21, firstLineIndent=24,
                          wordWrap="CJK")
    centred = ParagraphStyle("centred", parent=body, firstLineIndent=0, alignment=1,
                             spaceAfter=6)
    title = ParagraphStyle("title", parent=centred, fontSize=18, leading=30)

    def furniture(canvas, document):
        canvas.saveState()
        canvas.setFont(font, 9)
        if document.page > 1:
            canvas.drawCentredString(A4[0] / 2, A4[1] - 40, running_title)
        canvas.drawCentredString(A4[0] / 2, 30, f"- {document.page} -")
        canvas.restoreState()

    story = []
    for number, paragraph in enumerate(paragraphs):
        style = title if number == 0 else centred if number < _CENTRED_LINES else body
        story.append(Paragraph(escape(paragraph), style))
    buffer = io.BytesIO()
    # invariant: no creation date or random id, so the bytes are the same every time.
    document = SimpleDocTemplate(buffer, pagesize=A4, invariant=1, title=running_title)
    document.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()


def report_docx(paragraphs: tuple[str, ...] | list[str]) -> bytes:
    """A Word document: the header lines centred, then one paragraph per paragraph,
    with a page number field in the footer as offices set it."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    for number, text in enumerate(paragraphs):
        paragraph = document.add_paragraph(text)
        if number < _CENTRED_LINES:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.sections[0].footer.paragraphs[0].text = "- 1 -"
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip_dates(buffer.getvalue())


def _fixed_zip_dates(data: bytes) -> bytes:
    """The zip with every member dated 1980-01-01 (python-docx stamps the time
    of saving), so the file is the same on every build."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return output.getvalue()
