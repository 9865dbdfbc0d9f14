"""Report pages a browser saved as one web-archive file (.mht/.mhtml), built
here with the standard library's MIME writer as IE, Chrome and Edge write
them: the HTML part quoted-printable or base64, the stylesheet a part of its own."""
from __future__ import annotations

from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import charset as email_charset

import pytest

from cleaning import clean_page
from cleaning.webarchive import is_web_archive, read_web_archive
from tests.test_news_portal_layouts import FIRST_HALF, HEADER, SECOND_HALF, _paragraphs

ADDRESS = "http://www.xiangyang.gov.cn/zwgk/zfgzbg/202301/t20230106_1.shtml"
PAGE = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>襄阳市2023年政府工作报告_襄阳市人民政府</title></head>"
        "<body><div class=nav><a href='/'>首页</a> <a href='/zwgk/'>政务公开</a></div>"
        "<h1>襄阳市2023年政府工作报告</h1><div class=info>发布时间：2023-01-06 来源：市政府办公室</div>"
        f"<div class=content>{_paragraphs(HEADER + FIRST_HALF[:3])}<span class=wm>澳门百家乐 AG真人视讯</span>"
        f"{_paragraphs(FIRST_HALF[3:] + SECOND_HALF)}</div>"
        "<div class=footer>版权所有：襄阳市人民政府 鄂ICP备05003325号</div></body></html>")


def _archive(body_encoding: str, charset: str = "utf-8") -> bytes:
    message = MIMEMultipart("related", type="text/html")
    message["Subject"] = "襄阳市2023年政府工作报告"
    message["MIME-Version"] = "1.0"
    coding = email_charset.Charset(charset)
    coding.body_encoding = {"quoted-printable": email_charset.QP, "base64": email_charset.BASE64}[body_encoding]
    html = MIMEText("", "html")
    html.set_payload(PAGE.replace("charset='utf-8'", f"charset='{charset}'"), coding)
    html["Content-Location"] = ADDRESS
    css = MIMEText(".wm{display:none} .content{line-height:2}", "css")
    css["Content-Location"] = "http://www.xiangyang.gov.cn/css/style.css"
    message.attach(html)
    message.attach(css)
    return b"From: <Saved by Windows Internet Explorer 11>\n" + message.as_bytes()


@pytest.mark.parametrize("body_encoding, charset", [("quoted-printable", "utf-8"), ("base64", "utf-8"),
                                                    ("quoted-printable", "gb18030")])
def test_a_saved_web_archive_gives_its_pages_report(body_encoding, charset):
    content = _archive(body_encoding, charset)
    assert is_web_archive(content)
    [report] = clean_page(content, "file:///C:/Users/me/Documents/襄阳2023.mht")
    assert report.is_report and report.title == "襄阳市2023年政府工作报告" and report.year == 2023
    assert SECOND_HALF[-1] in report.body and "首页" not in report.body and "ICP" not in report.body
    # The archive's stylesheet hides the injected words, as it did in the browser.
    assert "百家乐" not in report.body
    assert any(removal.why.startswith("hidden") and "百家乐" in removal.what for removal in report.removed)


def test_the_archive_part_and_its_address_are_read():
    archive = read_web_archive(_archive("quoted-printable"))
    assert archive.location == ADDRESS and archive.charset == "utf-8"
    assert archive.html.decode("utf-8").startswith("<!DOCTYPE html>") and b".wm{display:none}" in archive.html


def test_a_page_that_only_mentions_mime_headers_is_no_archive():
    page = "<html><body><pre>MIME-Version: 1.0\nContent-Type: text/plain</pre></body></html>".encode()
    assert not is_web_archive(page)
    assert read_web_archive(b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n\n--x\n"
                            b"Content-Type: image/png\n\n\x89PNG\n--x--\n") is None


def test_a_framed_page_saved_whole_gives_the_frame_holding_the_text():
    frameset = MIMEText("<html><head><title>某市人民政府</title></head><frameset cols='20%,80%'>"
                        "<frame src='menu.html'><frame src='main.html'></frameset></html>", "html", "utf-8")
    menu = MIMEText("<html><body><a href='/'>首页</a><a href='/zwgk/'>政务公开</a></body></html>", "html", "utf-8")
    main = MIMEText(PAGE, "html", "utf-8")
    message = MIMEMultipart("related", type="text/html")
    message["MIME-Version"] = "1.0"
    for part, name in ((frameset, "index.html"), (menu, "menu.html"), (main, "main.html")):
        part["Content-Location"] = "http://www.xiangyang.gov.cn/" + name
        message.attach(part)
    [report] = clean_page(message.as_bytes(), "file:///saved/framed.mht")
    assert report.is_report and report.title == "襄阳市2023年政府工作报告" and SECOND_HALF[-1] in report.body
