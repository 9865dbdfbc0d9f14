"""Reports published as attached files (PDF, DOCX), read by `clean_page`.

The files are made here the way offices print them: with reportlab (the
replica's generator: indented paragraphs, page numbers, the title as running
header) and by hand on a reportlab canvas in another layout (block paragraphs
without indent, a document header and a `第 N 页 共 M 页` footer on every page),
and with python-docx. Bad files of every kind give a reason, never an exception.
"""
from __future__ import annotations

import io
import re
import struct

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from cleaning import clean_page
from cleaning.documents import document_kind, is_page_number_at_edge, read_pdf
from replica.attachments import report_docx, report_pdf
from replica.synthetic import make_original, places

PDF_URL = "http://www.example.gov.cn/uploadfile/gzbg/P020230310.pdf"
DOCX_URL = "http://www.example.gov.cn/uploadfile/gzbg/P020240115.docx"


def original(name: str, year: int):
    """A synthetic report of a real place (header: title, delivery line, speaker, 各位代表)."""
    place = next(p for p in places() if p.name == name)
    return make_original(place, year, chars=6000)


@pytest.fixture(scope="module")
def zhuzhou():
    return original("株洲市", 2023)


@pytest.fixture(scope="module")
def jiaxing():
    return original("嘉兴市", 2024)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def sentences(paragraphs) -> list[str]:
    return [s for p in paragraphs for s in re.findall(r"[^。！？]+[。！？]", squeeze(p))]


def check_report(report, paragraphs, *, province, place, year, speaker):
    assert report.is_report, report.reason
    assert report.title == paragraphs[0]
    assert (report.province, report.place, report.year, report.speaker) == (
        province, place, year, speaker)
    body = squeeze(report.body)
    for sentence in sentences(paragraphs[4:]):
        assert sentence in body
    for number in re.findall(r"-\d+-", body):  # `- 3 -` squeezed
        pytest.fail(f"page number {number} left in the body")


# --- PDF -------------------------------------------------------------------------------------
def test_pypdf_reads_the_chinese_of_the_generated_pdf(zhuzhou):
    pdf = report_pdf("（湖南省）株洲市2023年政府工作报告", zhuzhou.paragraphs)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "株洲市第十一届人民代表大会" in squeeze(text)


def test_pdf_report_is_cleaned_like_a_text_page(zhuzhou):
    pdf = report_pdf("（湖南省）株洲市2023年政府工作报告", zhuzhou.paragraphs)
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 3
    [report] = clean_page(pdf, PDF_URL, "application/pdf")
    check_report(report, zhuzhou.paragraphs, province="湖南省", place="株洲", year=2023,
                 speaker=zhuzhou.paragraphs[2].split()[-1])
    assert "from-pdf" in report.flags
    # The running header (the title, on pages 2 and after) is gone from the body.
    assert "株洲市2023年政府工作报告" not in report.body


def test_pdf_lines_are_joined_into_the_documents_paragraphs(zhuzhou):
    pdf = report_pdf("（湖南省）株洲市2023年政府工作报告", zhuzhou.paragraphs)
    paragraphs = read_pdf(pdf).paragraphs
    assert [squeeze(p) for p in paragraphs] == [squeeze(p) for p in zhuzhou.paragraphs]


def test_pdf_found_by_its_bytes_whatever_the_server_calls_it(zhuzhou):
    pdf = report_pdf("株洲", zhuzhou.paragraphs)
    assert document_kind(pdf, "application/octet-stream") == "pdf"
    [report] = clean_page(pdf, "http://x.gov.cn/download.jsp?id=12", "application/octet-stream")
    assert report.is_report and report.year == 2023


def wrapped(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def block_layout_pdf(paragraphs, pages_header: str) -> bytes:
    """Another office's layout, drawn line by line: no indent, no gap between
    paragraphs, a document header on every page, `第 N 页 共 M 页` at the foot."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    lines = [line for p in paragraphs for line in wrapped(p, 36)]
    per_page = 40
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for number, page in enumerate(pages, start=1):
        pdf.setFont("STSong-Light", 10)
        pdf.drawString(60, 810, pages_header)
        pdf.drawString(250, 25, f"第 {number} 页 共 {len(pages)} 页")
        pdf.setFont("STSong-Light", 12)
        for row, line in enumerate(page):
            pdf.drawString(60, 780 - 18 * row, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_pdf_in_a_block_layout_with_header_and_footer_on_every_page(jiaxing):
    pdf = block_layout_pdf(jiaxing.paragraphs, "嘉兴市人民政府办公室文件")
    [report] = clean_page(pdf, PDF_URL, "application/pdf")
    check_report(report, jiaxing.paragraphs, province="浙江省", place="嘉兴", year=2024,
                 speaker=jiaxing.paragraphs[2].split()[-1])
    assert "人民政府办公室文件" not in report.body
    assert "共" not in re.findall(r"第\d+页共\d+页", squeeze(report.body))
    assert not re.search(r"第\d+页", squeeze(report.body))


@pytest.mark.parametrize("line", ["- 3 -", "—12—", "3", "第 3 页", "第3页 共12页", "3/12", "Page 3"])
def test_page_numbers(line):
    assert is_page_number_at_edge(line)


@pytest.mark.parametrize("line", ["2023年", "一、2022年工作回顾", "3.5%"])
def test_not_page_numbers(line):
    assert not is_page_number_at_edge(line)


# --- DOCX ------------------------------------------------------------------------------------
def test_docx_report_is_cleaned_like_a_text_page(jiaxing):
    docx = report_docx(jiaxing.paragraphs)
    assert document_kind(docx, None) == "docx"
    [report] = clean_page(docx, DOCX_URL,
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    check_report(report, jiaxing.paragraphs, province="浙江省", place="嘉兴", year=2024,
                 speaker=jiaxing.paragraphs[2].split()[-1])
    assert "from-docx" in report.flags
    # The footer's page number is in another part of the file: never read.
    assert "- 1 -" not in report.body


def test_generated_files_are_the_same_every_time(zhuzhou):
    assert report_docx(zhuzhou.paragraphs[:10]) == report_docx(zhuzhou.paragraphs[:10])
    assert report_pdf("t", zhuzhou.paragraphs[:10]) == report_pdf("t", zhuzhou.paragraphs[:10])


# --- bad files -------------------------------------------------------------------------------
def not_a_report(content: bytes, url: str = PDF_URL, content_type: str | None = None) -> str:
    [report] = clean_page(content, url, content_type)
    assert not report.is_report
    return report.reason


def test_truncated_pdf(zhuzhou):
    pdf = report_pdf("株洲", zhuzhou.paragraphs)
    for cut in (len(pdf) // 2, len(pdf) - 100, 20):
        assert not_a_report(pdf[:cut], content_type="application/pdf").startswith("unreadable-pdf")


def test_garbage_after_a_pdf_header():
    reason = not_a_report(b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    assert reason.startswith(("unreadable-pdf", "pdf-no-text"))


def test_pdf_needing_a_password(zhuzhou):
    writer = PdfWriter(clone_from=io.BytesIO(report_pdf("株洲", zhuzhou.paragraphs)))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert not_a_report(buffer.getvalue()) == "encrypted-pdf: needs a password"


def test_pdf_encrypted_for_permissions_only_is_read(zhuzhou):
    """Government PDFs are often locked against copying only: the empty password opens them."""
    writer = PdfWriter(clone_from=io.BytesIO(report_pdf("株洲", zhuzhou.paragraphs)))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    [report] = clean_page(buffer.getvalue(), PDF_URL)
    assert report.is_report and report.year == 2023


def test_image_only_pdf():
    """A scan: pages of pictures, no text layer."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for _ in range(3):
        for row in range(40):
            pdf.rect(60, 780 - 18 * row, 470, 10, fill=1)  # what a scanned line looks like
        pdf.showPage()
    pdf.save()
    assert not_a_report(buffer.getvalue()) == "pdf-no-text: 3 pages without a text layer"


def test_pdf_that_is_not_a_report():
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("STSong-Light", 12)
    pdf.drawString(60, 780, "关于做好2024年春节期间安全生产工作的通知")
    pdf.drawString(60, 760, "各乡镇人民政府，各有关单位：请做好安全检查。")
    pdf.showPage()
    pdf.save()
    assert not_a_report(buffer.getvalue()) == "no-body"


def ole_file(stream: str) -> bytes:
    """A minimal OLE compound file (the container of old .doc, .xls, WPS files)
    whose directory names one stream besides the root."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHH", header, 24, 0x3E, 3, 0xFFFE, 9)   # version, byte order, 512-byte sectors
    struct.pack_into("<IIII", header, 44, 1, 1, 0, 4096)         # one FAT sector, directory at sector 1
    struct.pack_into("<iI", header, 60, -2, 0)
    struct.pack_into("<i", header, 76, 0)                         # the FAT is sector 0
    header[80:512] = b"\xff" * 432
    fat = struct.pack("<3i", -3, -2, -2) + b"\xff" * (512 - 12)
    directory = bytearray(512)
    for index, name in enumerate(["Root Entry", stream]):
        entry = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\0\0"
        entry[:len(encoded)] = encoded
        struct.pack_into("<HB", entry, 64, len(encoded), 5 if index == 0 else 2)
        directory[128 * index:128 * (index + 1)] = entry
    return bytes(header) + fat + bytes(directory) + b"\0" * 512


def test_old_binary_word_document():
    doc = ole_file("WordDocument")
    assert not_a_report(doc, "http://x.gov.cn/files/report.doc") == "unsupported-attachment: doc"
    # Found by its bytes, whatever the address or the content type.
    assert not_a_report(doc, "http://x.gov.cn/download?id=3", "application/octet-stream") == \
        "unsupported-attachment: doc"


def test_other_office_files_and_formats():
    assert not_a_report(ole_file("EncryptedPackage"), DOCX_URL) == "encrypted-document"
    assert not_a_report(ole_file("Workbook"), "http://x/a.xls").startswith("binary")
    assert not_a_report(b"{\\rtf1\\ansi hello}", "http://x/a.rtf") == "unsupported-attachment: rtf"


def test_broken_docx():
    docx = report_docx(["2024年嘉兴政府工作报告", "各位代表："])
    broken = docx.replace(b"word/document.xml", b"word/document.xmk")  # a zip, but no Word body
    assert not_a_report(broken, DOCX_URL).startswith("binary")
    assert not_a_report(docx[: len(docx) // 2], DOCX_URL).startswith(("binary", "unreadable-docx"))


def test_page_served_under_a_pdf_type_is_read_as_the_page_it_is():
    """A server's error page for a missing file comes labelled application/pdf."""
    page = "<html><head><title>404 页面不存在</title></head><body><h1>页面不存在</h1></body></html>"
    assert not_a_report(page.encode("utf-8"), content_type="application/pdf") == "soft-404"


def test_docx_tables_are_read_in_place_and_merged_cells_once():
    import docx

    from cleaning.documents import read_docx

    document = docx.Document()
    document.add_paragraph("今年主要预期目标如下：")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "主要预期目标"
    table.cell(1, 0).text, table.cell(1, 1).text = "地区生产总值", "增长6%左右"
    document.add_paragraph("各位代表！")
    buffer = io.BytesIO()
    document.save(buffer)
    assert read_docx(buffer.getvalue()).paragraphs == [
        "今年主要预期目标如下：", "主要预期目标", "地区生产总值", "增长6%左右", "各位代表！"]
