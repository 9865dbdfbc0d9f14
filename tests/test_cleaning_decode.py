"""Page bytes that real sites get wrong, decoded (cleaning/decode.py) and rendered.

The labelled pages `tests/labelled/enc_*.json` show each case end to end;
these tests pin the rules one at a time.
"""
from __future__ import annotations

import codecs
import random

import pytest

from cleaning import clean_page
from cleaning.decode import MAX_BYTES, MAX_CHARS, decode, gbk_read_as_latin1, is_single_byte, repair_double_utf8
from cleaning.render import render, unescape_leftovers

REPORT = ("<html><head>{head}<title>{title}</title></head><body>"
          "<h1>{title}</h1>{paragraphs}</body></html>")
PARAGRAPHS = ["各位代表：",
              "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。",
              "过去一年，全市上下坚定信心、迎难而上，经济社会发展取得新成效，地区生产总值增长百分之三点五。",
              "今年经济社会发展的主要预期目标是：地区生产总值增长百分之六点五左右，城乡居民收入同步增长。",
              "让我们在市委的坚强领导下，踔厉奋发、勇毅前行，为建设现代化国际化宜居城市而努力奋斗！"]
TRADITIONAL = ["各位代表：",
               "現在，我代表市人民政府，向大會報告工作，請予審議，並請市政協委員和其他列席人員提出意見。",
               "過去一年，全市上下堅定信心、迎難而上，經濟社會發展取得新成效，地區生產總值增長百分之三點五。",
               "讓我們在市委的堅強領導下，踔厲奮發、勇毅前行，為建設現代化國際化宜居城市而努力奮鬥！"]


def page(paragraphs=PARAGRAPHS, head="", between="") -> str:
    title = "2023年泉州市政府工作報告" if paragraphs is TRADITIONAL else "2023年泉州市政府工作报告"
    return REPORT.format(head=head, title=title,
                         paragraphs=between.join(f"<p>{p}</p>" for p in paragraphs))


# --- declarations that lie ------------------------------------------------------------------------

@pytest.mark.parametrize("where", ["header", "meta"])
def test_big5_bytes_declared_gb2312_are_read_as_big5(where):
    html = page(TRADITIONAL, head='<meta charset="gb2312">' if where == "meta" else "")
    content_type = "text/html; charset=gb2312" if where == "header" else "text/html"
    decoded = decode(html.encode("big5"), content_type)
    assert decoded.encoding == "big5hkscs" and TRADITIONAL[1] in decoded.text


def test_gbk_bytes_declared_gb2312_stay_gbk_in_either_script():
    for paragraphs in (PARAGRAPHS, TRADITIONAL):
        decoded = decode(page(paragraphs, head='<meta charset="gb2312">').encode("gbk"))
        assert decoded.encoding == "gb18030" and paragraphs[1] in decoded.text


def test_gb18030_characters_beyond_gbk_under_a_gb2312_declaration():
    text = "沅陵县人民政府县长　向䶮，㙟溪乡，𠀾村"
    decoded = decode(page([text]).encode("gb18030"), "text/html; charset=gb2312")
    assert text in decoded.text


@pytest.mark.parametrize("charset", ["windows-1251", "iso-8859-15", "koi8-r", "cp1252", "latin-1"])
def test_single_byte_charsets_declared_on_chinese_pages_are_not_trusted(charset):
    decoded = decode(page().encode("gbk"), f"text/html; charset={charset}")
    assert decoded.encoding == "gb18030" and PARAGRAPHS[1] in decoded.text


def test_single_byte_codecs_are_told_from_multibyte_ones():
    assert is_single_byte("cp1251") and is_single_byte("iso8859-15") and is_single_byte("koi8-r")
    assert not is_single_byte("gb18030") and not is_single_byte("utf-8")
    assert not is_single_byte("no-such-codec")


@pytest.mark.parametrize("declared", ["header", "meta"])
def test_utf16_declared_on_bytes_without_nuls_is_ignored(declared):
    # Word's "charset=unicode", or a server's utf-16, on GBK bytes: ASCII
    # markup one byte a character cannot be UTF-16.
    head = '<meta http-equiv=Content-Type content="text/html; charset=unicode">'
    html = page(head=head if declared == "meta" else "")
    content_type = "text/html; charset=utf-16" if declared == "header" else None
    decoded = decode(html.encode("gbk") + b" ", content_type)   # even or odd length alike
    assert decoded.encoding == "gb18030" and PARAGRAPHS[1] in decoded.text
    decoded = decode(html.encode("gbk"), content_type)
    assert decoded.encoding == "gb18030" and PARAGRAPHS[1] in decoded.text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark(codec):
    decoded = decode(page().encode(codec))
    assert decoded.encoding == codec and PARAGRAPHS[1] in decoded.text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_plain_text_without_a_byte_order_mark(codec):
    # Nearly all Chinese: too little ASCII for the NULs to tell the encoding.
    text = "2023年泉州市政府工作报告\r\n" + "\r\n".join(PARAGRAPHS) + "\r\n"
    data = text.encode(codec)
    assert data.count(0) * 6 < len(data)
    decoded = decode(data, "text/plain")
    assert decoded.encoding == codec and PARAGRAPHS[2] in decoded.text
    report, = clean_page(data, "http://example.gov.cn/report.txt", "text/plain")
    assert report.is_report and PARAGRAPHS[3] in report.body and report.place == "泉州市"


def test_nuls_in_utf8_text_are_not_read_as_utf16():
    # A broken export's NUL after each paragraph: UTF-8 still, not UTF-16.
    data = "\x00\r\n".join(PARAGRAPHS).encode() + b"\x00"
    decoded = decode(data, "text/plain")
    assert decoded.encoding == "utf-8" and PARAGRAPHS[2] in decoded.text


def test_utf8_with_bom_wins_over_a_latin1_header():
    decoded = decode(codecs.BOM_UTF8 + page().encode(), "text/html; charset=ISO-8859-1")
    assert decoded.encoding == "utf-8" and decoded.text.startswith("<html>")


def test_meta_charset_past_the_first_kilobytes():
    # Big5 bytes whose only declaration follows 8 KB of inline style.
    style = "<style>" + "p.x{margin:0}\n" * 600 + "</style><meta charset=big5>"
    decoded = decode(page(TRADITIONAL, head=style).encode("big5"))
    assert decoded.encoding == "big5hkscs" and TRADITIONAL[1] in decoded.text


# --- bytes that are not all text ----------------------------------------------------------------

def test_a_few_invalid_bytes_keep_the_rest_of_a_gbk_page():
    data = page().encode("gbk").replace("过去一年".encode("gbk"), b"\xff" + "过去一年".encode("gbk"))
    data = data.replace("</p><p>今年".encode("gbk"), b"\xd5</p><p>" + "今年".encode("gbk"))
    [report] = clean_page(data)
    assert report.is_report
    for paragraph in PARAGRAPHS[1:]:
        assert paragraph in report.body


def test_nul_padding_at_either_end_is_not_binary():
    html = page().encode()
    for data in (b"\x00" * 500 + html, html + b"\x00" * 100_000):
        decoded = decode(data)
        assert decoded.reason is None and PARAGRAPHS[1] in decoded.text and "\x00" not in decoded.text


def test_a_control_byte_after_every_paragraph_is_still_text():
    decoded = decode(page(between="\x00\x0b").encode())
    assert decoded.reason is None and PARAGRAPHS[1] in decoded.text and "\x0b" not in decoded.text


@pytest.mark.parametrize("data", [bytes(range(256)) * 20, bytes(4096),
                                  random.Random(0).randbytes(8192)])
def test_binary_data_stays_binary(data):
    assert decode(data).reason.startswith("binary")


# --- pages too big to read whole ------------------------------------------------------------------

@pytest.mark.parametrize("padding", [
    " \n" * 1_500_000,
    "<!--" + "x" * 3_000_000 + "-->",
    '<img src="data:image/png;base64,' + "QUJD" * 800_000 + '">',
    "<style>" + "p.a{margin:0}\n" * 250_000 + "</style>",
])
def test_padding_before_the_report_does_not_push_it_past_the_byte_cap(padding):
    html = page().replace("<body>", "<body>" + padding)
    assert len(html.encode()) > MAX_BYTES
    [report] = clean_page(html.encode())
    assert report.is_report and PARAGRAPHS[-1] in report.body
    assert not any(flag.startswith("truncated-input") for flag in report.flags)


@pytest.mark.parametrize("padding", [" \n" * 600_000, '<img src="data:image/png;base64,' + "QUJD" * 300_000 + '">'])
def test_padding_inside_a_page_handed_over_as_text_does_not_cut_the_report(padding):
    middle = len(PARAGRAPHS) // 2
    html = page(PARAGRAPHS[:middle]).replace("</body>", padding + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[middle:])
                                             + "</body>")
    assert len(html) > MAX_CHARS
    [report] = clean_page(html)
    assert report.is_report and PARAGRAPHS[-1] in report.body and not report.is_excerpt
    assert not any(flag.startswith("truncated-input") for flag in report.flags)


def test_a_page_of_text_over_the_byte_cap_is_still_cut_and_flagged():
    html = page(PARAGRAPHS * 10_000)
    decoded = decode(html.encode())
    assert any(flag.startswith("truncated-input") for flag in decoded.flags)
    assert len(decoded.text.encode()) <= MAX_BYTES


def test_short_comments_and_styles_of_an_oversized_page_stay():
    html = page(head="<style>p{margin:0}</style>", between="<!-- 分段 -->") + " " * MAX_BYTES
    assert "<!-- 分段 -->" in decode(html.encode()).text


@pytest.mark.parametrize("data", [b"", b"  \r\n\t ", codecs.BOM_UTF8 + b" \n", "\u3000\xa0\n".encode()])
def test_empty_and_whitespace_pages(data):
    [report] = clean_page(data, content_type="text/html; charset=gbk")
    assert (report.is_report, report.reason) == (False, "empty")


# --- double-encoded UTF-8 ---------------------------------------------------------------------------

@pytest.mark.parametrize("latin", ["latin-1", "mysql-latin1"])
def test_double_encoded_utf8_is_read_back(latin):
    html = page()
    if latin == "latin-1":   # PHP's utf8_encode
        double = html.encode().decode("latin-1")
    else:                    # MySQL's latin1: windows-1252, its holes kept as C1 controls
        double = "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in html.encode())
    decoded = decode(double.encode())
    assert decoded.text == html
    assert any(flag.startswith("double-encoding-repaired") for flag in decoded.flags)


def test_only_the_double_encoded_part_of_a_page_is_read_back():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS).encode().decode("latin-1")
    html = page([]).replace("</body>", body + "<p>网站地图 Café Müller</p></body>")
    text, repaired, lost = repair_double_utf8(html)
    assert text == page(PARAGRAPHS).replace("</body>", "<p>网站地图 Café Müller</p></body>")
    assert repaired and not lost


@pytest.mark.parametrize("text", ["Café Müller, São Paulo, Ærøskøbing", "政府工作报告 è 2023", "éé"])
def test_latin_letters_of_a_page_are_not_taken_for_double_encoding(text):
    assert repair_double_utf8(text) == (text, 0, 0)


def test_double_encoding_that_lost_bytes_is_undecodable():
    lossy = page().encode().decode("cp1252", "replace").encode()
    [report] = clean_page(lossy)
    assert not report.is_report and report.reason.startswith("undecodable: double-encoded")


# --- character references escaped twice -------------------------------------------------------------

@pytest.mark.parametrize("text, shown", [
    ("&ldquo;项目为王&rdquo;", "“项目为王”"),
    ("&#20013;&#x56FD;", "中国"),
    ("&amp;nbsp;全年", "\xa0全年"),          # escaped three times: read as twice
    ("R&D投入", "R&D投入"),
    ("a=1&b=2;c", "a=1&b=2;c"),
    ("&unknownentity;", "&unknownentity;"),
])
def test_leftover_references_are_read(text, shown):
    assert unescape_leftovers(text) == shown


def test_twice_escaped_body_and_title_read_as_text():
    html = ("<html><head><title>2023&amp;#24180;报告</title></head><body>"
            + "".join(f"<p>&amp;nbsp;&amp;nbsp;{p.replace('，', '&amp;#65292;')}</p>" for p in PARAGRAPHS)
            + "</body></html>")
    rendered = render(html)
    assert rendered.title_tag == "2023年报告"
    assert [line.text for line in rendered.lines] == PARAGRAPHS


# --- one page, two encodings ------------------------------------------------------------------------

NAV = '<div class="nav"><a href="/">网站首页</a> | <a href="/zwgk/">政务公开</a> | 当前位置：政府工作报告</div>'
FOOTER = '<div class="foot">主办：某某县人民政府办公室 版权所有 浙ICP备05012345号</div>'


@pytest.mark.parametrize("template, body", [("gbk", "utf-8"), ("utf-8", "gbk"), ("big5", "utf-8")])
def test_a_page_of_two_encodings_reads_each_run_in_its_own(template, body):
    paragraphs = TRADITIONAL if template == "big5" else PARAGRAPHS
    nav, footer = (NAV, FOOTER) if template != "big5" else ("<div>首頁 | 政務公開</div>", "<div>版權所有</div>")
    html = page(paragraphs)
    start, end = html.index("<h1>"), html.index("</body>")
    data = (html[:start].encode(template) + nav.encode(template) + html[start:end].encode(body)
            + footer.encode(template) + html[end:].encode(template))
    decoded = decode(data)
    assert "+" in decoded.encoding
    for paragraph in paragraphs:
        assert paragraph in decoded.text
    assert nav in decoded.text and footer in decoded.text


def test_utf8_with_a_broken_character_is_not_a_page_of_two_encodings():
    data = page().encode()
    cut = data.index("经济社会".encode())
    decoded = decode(data[:cut + 1] + data[cut + 3:])   # 经 loses two of its three bytes
    assert decoded.encoding == "utf-8"
    assert "\ufffd济社会发展取得新成效" in decoded.text and PARAGRAPHS[1] in decoded.text


def test_gbk_read_as_latin1_is_not_taken_for_double_encoded_utf8():
    # GBK bytes as Latin-1 letters make valid UTF-8 now and then (Korean
    # syllables, private-use characters): those are no repair.
    garbled = page().encode("gbk").decode("latin-1")
    assert repair_double_utf8(garbled) == (garbled, 0, 0)


# --- UTF-8 read as GBK --------------------------------------------------------------------------------

def test_utf8_read_as_gbk_without_loss_is_read_back():
    # Runs whose bytes pair up into GBK characters (even length, no 0x80
    # lead) lose nothing: rare in real text, but then nothing is lost.
    words = ["市，", "告，", "定，", "济，", "年，", "政，", "心，", "取，", "代，", "作，", "现，", "上，"] * 5
    html = "<html><body>" + "".join(f"<p>{word}</p>" for word in words) + "</body></html>"
    mojibake = html.encode().decode("gbk").encode()
    decoded = decode(mojibake)
    assert decoded.text == html and "utf8-read-as-gbk-repaired" in decoded.flags


def test_utf8_read_as_gbk_with_lost_bytes_is_undecodable():
    lossy = page().encode().decode("gbk", "replace").encode()
    [report] = clean_page(lossy)
    assert not report.is_report and report.reason.startswith("undecodable: UTF-8 read as GBK")


def test_chinese_text_without_de_is_not_taken_for_utf8_read_as_gbk():
    # No 的 (what sends a page to the check) but ordinary Chinese: left alone.
    text = "<p>" + "现在，我代表市人民政府向大会报告工作，请予审议。过去一年，全市经济运行稳中有进。" * 10 + "</p>"
    decoded = decode(text.encode())
    assert decoded.text == text and not decoded.flags


# --- GBK read as Latin-1 ------------------------------------------------------------------------------

def _whatwg_cp1252(data: bytes) -> str:
    """Bytes as a browser reads windows-1252: its five unassigned bytes as C1 controls."""
    return "".join(bytes([byte]).decode("cp1252", "ignore") or chr(byte) for byte in data)


@pytest.mark.parametrize("read", [lambda data: data.decode("latin-1"), _whatwg_cp1252])
def test_gbk_read_as_latin1_is_read_back(read):
    html = page(head='<meta charset="gbk">')
    garbled = read(html.encode("gbk"))
    assert "Õþ¸®¹¤×÷±¨¸æ" in garbled   # 政府工作报告
    decoded = decode(garbled.encode())
    assert decoded.text == html and decoded.flags == ["gbk-read-as-latin1-repaired"]


def test_gbk_read_as_cp1252_loses_only_the_characters_of_its_unassigned_bytes():
    # 垚 (88 90) and 崗 (8D 8F: both bytes lost) are beyond GB2312; 丂 (81 40)
    # loses its first byte, and its second, "@", goes with it.
    paragraphs = [*PARAGRAPHS[:2], "引进鑫垚新材料项目，设立丂字号、崗位补贴。", *PARAGRAPHS[2:]]
    html = page(paragraphs)
    decoded = decode(html.encode("gbk").decode("cp1252", "replace").encode())
    assert "gbk-read-as-latin1-lost:3" in decoded.flags
    assert decoded.text == html.replace("垚", "\ufffd").replace("丂", "\ufffd").replace("崗", "\ufffd")


def test_gbk_read_as_latin1_with_many_lost_bytes_is_undecodable():
    html = page([*PARAGRAPHS, "垚" * 20])
    [report] = clean_page(html.encode("gbk").decode("cp1252", "replace").encode())
    assert not report.is_report and report.reason.startswith("undecodable: GBK read as Latin-1")


def test_gbk_read_as_latin1_given_as_text():
    html = page()
    decoded = decode(html.encode("gbk").decode("latin-1"))
    assert decoded.text == html and "gbk-read-as-latin1-repaired" in decoded.flags


@pytest.mark.parametrize("text", [
    # French, German, Vietnamese pages: accented letters one by one, never read as GBK.
    "<html><head><title>Rapport d'activité</title></head><body>" + "<p>Le conseil général a "
    "présenté à l'assemblée ses priorités : école, santé, économie. Ça a été très bien reçu à Besançon.</p>" * 40,
    "<p>Die Stadtverwaltung Zürich veröffentlicht ihren Jahresbericht für Bürgerinnen und Bürger; "
    "größere Straßenbauprojekte wurden fortgeführt, Gebühren blieben gleich.</p>" * 40,
    "<p>Việt Nam là một quốc gia nằm ở phía đông bán đảo Đông Dương; báo cáo công tác của chính phủ "
    "được trình bày tại kỳ họp Quốc hội.</p>" * 40,
    # A Chinese page in UTF-8 quoting Latin words.
    page([*PARAGRAPHS, "我们与苏黎世（Zürich）、里昂（Lyon）的café文化交流项目继续推进，Müller先生出席。"] * 10),
    # Pure ASCII.
    "<html><body>" + "<p>Annual report of the city government, 2023.</p>" * 100 + "</body></html>",
])
def test_pages_of_other_languages_are_not_taken_for_gbk_read_as_latin1(text):
    decoded = decode(text.encode())
    assert decoded.text == text and not decoded.flags
    assert gbk_read_as_latin1(text) is None


def test_latin1_letters_that_pair_like_gbk_but_read_as_no_chinese_are_left():
    # Pairs enough to be looked at (a page of names with doubled accents),
    # but what GBK makes of them is no ordinary Chinese text.
    text = "<p>" + " ".join(["Ñúñez", "Çàmpõs", "Øyèn", "Þórðúr", "Ææró"] * 40) + "</p>"
    decoded = decode(text.encode())
    assert decoded.text == text and not decoded.flags
