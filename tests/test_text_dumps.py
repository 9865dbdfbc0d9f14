"""Pages saved as text by a converter rather than a browser: a text browser's
dump (lynx -dump, with numbered links and a References list), html2text's
Markdown (tables as pipe rows), a hard-wrapped copy and a Pandoc export of a
blog's category page. The rules are shown on the seed reports' own text laid
out as these tools lay pages out."""
from __future__ import annotations

import pytest

from cleaning import clean_page
from cleaning.paragraphs import wrap_width
from tests.test_cleaning_extract import seed_body_paragraphs

TITLE = "济源市2022年政府工作报告"
DELIVERY = "——2022年1月5日在济源市第十届人民代表大会第一次会议上"


def test_a_text_browser_dump_loses_its_link_numbers_and_its_menu():
    body = seed_body_paragraphs("001")
    linked = body[3][:20] + "[18]" + body[3][20:]
    menu = ["     * [1]首页", "     * [2]政务公开", "     * [3]互动交流",
            "   当前位置：[4]首页 > [5]政务公开"]
    references = ["References", ""] + [f"   {n}. http://www.jiyuan.gov.cn/p{n}/" for n in range(1, 6)] + [
        "  18. http://www.jiyuan.gov.cn/zt/"]
    page = "\n\n".join(menu + [TITLE, DELIVERY] + ["   " + p for p in body[:3]] + ["   " + linked]
                       + ["   " + p for p in body[4:]] + references)
    [report] = clean_page(page)
    assert report.is_report and report.title == TITLE
    assert body[3] in report.paragraphs
    assert "[18]" not in report.body and "http://" not in report.body
    assert "当前位置" not in report.body and "互动交流" not in report.body and "References" not in report.body


def test_a_markdown_table_above_the_report_gives_cells_not_its_title():
    body = seed_body_paragraphs("001")
    table = ["索引号| 11410881/2022-00012| 信息分类| 政府工作报告",
             "---|---|---|---",
             "发布机构| 济源市人民政府办公室| 生成日期| 2022-01-10",
             f"名称| {TITLE}"]
    page = "\n\n".join(["\n".join(table), TITLE, DELIVERY] + body)
    [report] = clean_page(page)
    assert report.title == TITLE and report.year == 2022
    assert report.paragraphs[:len(body)] != [] and "|" not in report.body
    assert "索引号" not in report.body and "11410881" not in report.body


def test_wrap_width_holds_when_many_full_lines_end_a_sentence():
    # A copy of a document set 28 characters a line: 5 lines cut mid-sentence,
    # 6 full ones that happen to end a sentence, and short paragraph ends.
    cut = ["经" * 27 + "济"] * 5
    full = ["推" * 27 + "。"] * 6
    ends = ["短句结束。"] * 10
    assert wrap_width(cut + full + ends) == 28
    # Too few lines cut mid-sentence tell no width, whatever the full ones.
    assert wrap_width(cut[:4] + full + ends) is None


def test_a_blog_category_page_gives_each_post_whose_title_stands_above_its_meta_line():
    first, second = seed_body_paragraphs("001"), seed_body_paragraphs("002")
    posts = [
        TITLE, "发布于 2022年1月12日 · 作者：编辑部 · 分类：河南 · 阅读(2316)", DELIVERY, "各位代表：", *first,
        "标签：济源 · 3条评论 · 分享到：微信 微博",
        "某市2021年国民经济和社会发展统计公报", "发布于 2022年1月11日 · 作者：编辑部 · 分类：统计公报 · 阅读(875)",
        "2021年，全市上下坚持稳中求进工作总基调，经济运行总体平稳。初步核算，全年实现地区生产总值896.3亿元，比上年增长4.6%。",
        "…", "阅读全文 »",
        "咸阳市2023年政府工作报告", "发布于 2023年1月10日 · 作者：编辑部 · 分类：陕西 · 阅读(1408)",
        "——2023年1月9日在咸阳市第九届人民代表大会第二次会议上", "市长　卫华", *second,
        "1 2 3 … 18 下一页 »", "Copyright © 2023 某某网 版权所有"]
    reports = clean_page("\n\n".join(posts), content_type="text/plain; charset=utf-8")
    assert [r.is_report for r in reports] == [True, False, True]
    assert reports[0].title == TITLE and reports[0].delivered_on == "2022-01-05"
    assert reports[2].title == "咸阳市2023年政府工作报告" and reports[2].speaker == "卫华"
    assert "阅读(2316)" not in reports[0].body and "统计公报" not in reports[0].body
    assert first[-1] in reports[0].paragraphs and second[-1] in reports[2].paragraphs


def test_a_forum_members_name_over_a_replys_date_opens_no_item():
    body = seed_body_paragraphs("001")
    reply = ("支持政府工作报告！希望明年多修几条路，把老旧小区改造做得更细致一些，"
             "也希望医院挂号更方便，学校周边交通秩序再好一点，让老百姓的日子越过越红火，大家一起加油干。"
             "另外建议多建几个口袋公园和社区食堂，老年人吃饭和锻炼都方便，年轻人下班也有地方散步，城市会更有烟火气。")
    page = "\n\n".join([TITLE, "天水老百姓论坛网友", "发表于 2022-01-12 09:30", DELIVERY, "各位代表：", *body,
                        "秦州区热心市民老王", "发表于 2022-01-12 10:02", reply * 6])
    reports = clean_page(page, content_type="text/plain; charset=utf-8")
    assert [r.title for r in reports if r.is_report] == [TITLE]


def test_a_word_exports_contents_with_tabbed_page_numbers_is_no_text():
    from cleaning.boilerplate import classify_line
    assert classify_line("政府工作报告\t1").why == "table-of-contents"
    assert classify_line("（一）\t聚焦稳增长，经济运行稳中向好\t1").why == "table-of-contents"
    assert classify_line("地区生产总值增长\t6") is None   # a table's row, not an entry


def test_a_saved_pages_heading_over_its_information_lines_titles_the_report():
    body = seed_body_paragraphs("001")
    page = "\n\n".join(["济源市人民政府", "首页", ">", "政务公开", ">", "政府工作报告", TITLE,
                        "索引号：", "11410881/2022-00012", "发布日期：", "2022-01-10 09:32", "字号：", "大", "中", "小",
                        "政府工作报告", DELIVERY, "各位代表：", *body,
                        "附件：", "济源市2022年政府工作报告（图解）.jpg", "【打印本页】"])
    [report] = clean_page(page, content_type="text/plain; charset=utf-8")
    assert report.title == TITLE and ".jpg" not in report.body


def test_a_title_label_naming_the_report_titles_a_text_headed_only_by_the_genre():
    body = seed_body_paragraphs("001")
    page = "\n".join(["当前位置：首页 > 政务公开 > 政府工作报告", "", f"标题：{TITLE}", "发布时间：2022-01-10 09:32",
                      "信息来源：市政府办公室", "", "政府工作报告", DELIVERY, "各位代表：", *body, "【打印】【关闭】"])
    [report] = clean_page(page, content_type="text/plain; charset=utf-8")
    assert report.title == TITLE and "标题" not in report.body


def test_a_pdf_copys_letter_spaced_heading_under_its_cover_line_is_the_title():
    body = seed_body_paragraphs("001")
    page = "\n".join(["济源市第十届人民代表大会", "第一次会议文件（1）", "", "政 府 工 作 报 告", "",
                      DELIVERY[:16], DELIVERY[16:], "", "济源市市长　王宏伟", "", *body])
    [report] = clean_page(page, content_type="text/plain; charset=utf-8")
    assert report.title == "政府工作报告"
    assert report.body.startswith(DELIVERY) and "会议文件" not in report.body


def test_a_markdown_clips_front_matter_is_the_pages_title_and_address_not_text():
    body = seed_body_paragraphs("001")
    matter = ["---", f'title: "{TITLE}_济源市人民政府"', 'source: "http://www.jiyuan.gov.cn/zwgk/1.html"',
              "created: 2022-02-10", "tags:", '  - "政府工作报告"', "---"]
    trail = "[首页](http://www.jiyuan.gov.cn/) > [政务公开](http://www.jiyuan.gov.cn/zwgk/)"
    page = "\n".join(matter + [trail, "", "## 政府工作报告", "", DELIVERY, "", *body])
    [report] = clean_page(page, "file:///home/me/vault/济源.md", "text/plain; charset=utf-8")
    # The clip's own heading titles it, as an HTML page's heading does over its <title>.
    assert report.title == "政府工作报告" and report.year == 2022 and report.place == "济源市"
    assert "source:" not in report.body and "tags" not in report.body and report.body.startswith(DELIVERY)
    # Without a heading, the front matter's title is the page's title.
    [report] = clean_page("\n".join(matter + [DELIVERY, "", *body]), None, "text/plain; charset=utf-8")
    assert report.title == TITLE


def test_a_repositorys_markdown_copy_is_titled_by_its_heading_without_its_notes_and_transcription_record():
    body = seed_body_paragraphs("001")
    page = "\n".join([
        "---", "title: 济源市政府工作报告（2022）", "adcode: \"419001\"", "---", "",
        "<!-- 本文件由脚本生成后人工整理 -->", "",
        "[![校对状态](https://img.shields.io/badge/x-orange)](../CONTRIBUTING.md)", "",
        "> [!NOTE]", "> 本文转录自济源市人民政府门户网站“政府工作报告”栏目，仅供学术研究使用。原网页中的会场图片未收录。", "",
        f"# {TITLE}", "", f"> {DELIVERY}", ">", "> 济源市人民政府市长　**王宏伟**", "", *body, "", "---", "",
        "## 附：转录信息", "", "| 字段 | 内容 |", "| --- | --- |", "| 抓取时间 | 2022-03-02 15:41 |",
        "| 校对人 | 待认领 |", "", "**变更记录**", "", "- 2022-04-17 修正错字（@lin-wq）"])
    [report] = clean_page(page, "https://github.com/x/reports/blob/main/2022/jiyuan.md", "text/markdown")
    assert (report.title, report.speaker, report.delivered_on) == (TITLE, "王宏伟", "2022-01-05")
    assert report.paragraphs[-1] == body[-1] and ">" not in report.paragraphs
    assert not any(word in report.body for word in ("NOTE", "转录", "抓取", "变更记录", "<!--", "本文件"))


def test_a_copiers_mark_glued_after_a_paragraphs_last_sentence_goes():
    body = seed_body_paragraphs("001")
    marked = [body[0] + "（本文来自文库吧 www.wenkuba8.com）", *body[1:]]
    [report] = clean_page("\n".join([TITLE, DELIVERY, *marked]), None, "text/plain; charset=utf-8")
    assert body[0] in report.paragraphs and "文库吧" not in report.body


def test_a_pdfs_text_saved_page_by_page_drops_the_browsers_print_header_and_footer():
    """pdftotext -layout of a page printed from a browser: each page headed by
    the print date and the page's <title>, footed by its address and N/M."""
    body = seed_body_paragraphs("001")
    laid_out = []
    for paragraph in [TITLE, DELIVERY, *body]:
        lines = [paragraph[i:i + 30] for i in range(0, len(paragraph), 30)]
        laid_out += ["          " + lines[0]] + ["      " + line for line in lines[1:]] + [""]
    pages = [laid_out[i:i + 20] for i in range(0, len(laid_out), 20)]
    text = "\f".join("\n".join([f"2022/3/1 下午2:15          {TITLE}_济源市人民政府", "", *page, "",
                                f"http://www.jiyuan.gov.cn/zwgk/1.html          {n}/{len(pages)}"])
                     for n, page in enumerate(pages, 1))
    [report] = clean_page(text.encode(), "file:///tmp/jiyuan.txt", "text/plain")
    assert report.title == TITLE and "from-pdf-text" in report.flags
    assert all(paragraph in report.paragraphs for paragraph in body[1:])
    assert "下午2:15" not in report.body and "http://" not in report.body


def _columned(paragraphs: list[str], width: int) -> list[str]:
    """Paragraphs set in a narrow printed column: the first line indented."""
    lines = []
    for paragraph in paragraphs:
        pieces = [paragraph[i:i + width] for i in range(0, len(paragraph), width)]
        lines += ["  " + pieces[0]] + pieces[1:]
    return lines


def test_an_ocrd_yearbook_column_is_joined_and_its_page_heads_dropped():
    """A scan's text: 22 characters a line, the book's running heads with their
    page numbers (OCR'd ·l3·) inside the text, 0 read as O and 日 as 曰."""
    body = seed_body_paragraphs("001")
    column = _columned(body, 22)
    middle = len(column) // 2
    page = "\n".join(["· 12 ·                        济源年鉴(2O23)", "",
                      "            政 府 工 作 报 告",
                      "  ——2O22年1月5曰在济源市第十届人民代表",
                      "            大会第一次会议上", "",
                      *column[:middle], "", "特　　载                              ·l3·", "", *column[middle:]])
    [report] = clean_page(page.encode(), "file:///scan/jiyuan.txt", "text/plain")
    assert report.is_report and report.delivered_on == "2022-01-05" and report.congress_session == 1
    assert all(paragraph in report.paragraphs for paragraph in body[1:])
    assert "年鉴" not in report.body and "·l3·" not in report.body and "lines-joined" in report.flags


def test_a_scrapers_json_record_gives_its_content_under_its_title():
    import json

    body = seed_body_paragraphs("001")
    record = {"url": "http://www.jiyuan.gov.cn/zwgk/1.html", "title": TITLE, "pub_date": "2022-01-10 09:32",
              "content": "\r\n".join([DELIVERY, *body])}
    [report] = clean_page(json.dumps(record).encode(), "file:///items/1.json", "application/json")
    assert report.is_report and report.title == TITLE and "from-json" in report.flags
    assert body[-1] in report.paragraphs and "pub_date" not in report.body


def test_an_apps_record_of_markup_under_a_bare_heading_is_titled_as_the_app_shows_it():
    import json

    body = seed_body_paragraphs("001")
    # A Go backend escapes < > & in strings; the markup opens with the bare heading.
    content = ("<p style='text-align:center'><strong>政府工作报告</strong></p>"
               f"<p style='text-align:center'>{DELIVERY}</p>" + "".join(f"<p>{p}</p>" for p in body))
    record = {"code": 0, "msg": "success", "data": {"title": TITLE, "shareTitle": f"重磅｜{TITLE}全文来了！",
                                                    "content": content, "pubDate": "2022-01-10 09:32:00"}}
    text = json.dumps(record, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    [report] = clean_page(text.encode(), "https://app.jiyuan.gov.cn/api/article?id=1", "application/json")
    assert report.is_report and report.title == TITLE
    assert body[-1] in report.paragraphs and "重磅" not in report.body


@pytest.mark.parametrize("layout", ["array", "json-lines"])
def test_a_scrapers_collection_of_records_gives_a_report_for_each(layout):
    import json

    body = seed_body_paragraphs("001")
    records = [{"url": f"http://www.jiyuan.gov.cn/zwgk/{n}.html", "title": f"{year}年济源市政府工作报告",
                "content": "\n".join([f"——{year}年1月5日在济源市第十届人民代表大会第一次会议上", *body])}
               for n, year in ((1, 2022), (2, 2023))]
    records.insert(1, {"url": "http://www.jiyuan.gov.cn/zwgk/", "title": "政府工作报告", "content": ""})
    text = (json.dumps(records, ensure_ascii=False) if layout == "array"
            else "\n".join(json.dumps(record, ensure_ascii=False) for record in records) + "\n")
    reports = clean_page(text.encode(), "file:///items/reports.jl", "application/json")
    assert [(r.is_report, r.title, r.year, r.canonical_url, r.item) for r in reports] == [
        (True, "2022年济源市政府工作报告", 2022, "http://www.jiyuan.gov.cn/zwgk/1.html", 1),
        (True, "2023年济源市政府工作报告", 2023, "http://www.jiyuan.gov.cn/zwgk/2.html", 2)]
    assert all(body[-1] in r.paragraphs and "from-json" in r.flags for r in reports)


def test_an_apis_list_of_session_papers_gives_each_with_its_dateline_and_speaker_fields():
    import json

    body = seed_body_paragraphs("001")
    delivery = "——2022年1月5日在济源市第十届人民代表大会第一次会议上"
    papers = [{"docType": "ZFGZBG", "title": "政府工作报告", "subTitle": delivery, "author": "济源市人民政府市长　张三",
               "shareUrl": "https://h5.example.cn/lh/doc/1",
               "content": "".join(f"<p>{p}</p>" for p in ["各位代表：", *body])},
              {"docType": "JHBG", "title": "关于济源市2021年国民经济和社会发展计划执行情况与2022年计划草案的报告",
               "subTitle": delivery + "（书面）", "author": "济源市发展和改革委员会主任　李四",
               "shareUrl": "https://h5.example.cn/lh/doc/2",
               "content": "<p>各位代表：</p><p>受市人民政府委托，现将济源市2021年计划执行情况与2022年计划草案提请大会审议。</p>"
                          + "".join(f"<p>{p}</p>" for p in body[:3])}]
    response = {"code": 200, "message": "操作成功",
                "data": {"meeting": {"name": "济源市第十届人民代表大会第一次会议"}, "total": 2, "list": papers}}
    text = json.dumps(response, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    reports = clean_page(text.encode(), "https://api.example.cn/lh/v2/meeting/31/docs", "application/json")
    assert [(r.is_report, r.canonical_url) for r in reports] == [
        (True, "https://h5.example.cn/lh/doc/1"), (False, "https://h5.example.cn/lh/doc/2")]
    first = reports[0]
    assert (first.place, first.delivered_on, first.speaker, first.speaker_title) == ("济源市", "2022-01-05", "张三", "市长")
    assert reports[1].reason == "not-a-work-report: 计划报告"


def test_a_text_databases_bracketed_fields_are_its_record_and_its_title_field_titles():
    body = seed_body_paragraphs("001")
    page = "\n".join([f"【标题】{TITLE}", "【地区】河南省-济源市", "【年份】2022", "【来源】济源日报，2022年1月10日",
                      f"【摘要】{body[0][:60]}", "【正文】", "", "政府工作报告", DELIVERY, *body, "",
                      "【备注】本文据《济源日报》版面录入。", "【导出时间】2024-05-21 14:32:07"])
    [report] = clean_page(page.encode(), "file:///corpus/jiyuan.txt", "text/plain")
    assert report.title == TITLE and "【" not in report.body and report.paragraphs[-1] == body[-1]


def test_footnotes_under_the_closing_call_leave_the_report_whole():
    from cleaning.paragraphs import excerpt_reasons
    body = seed_body_paragraphs("001")
    notes = ["[1] 三大攻坚战：指防范化解重大风险、精准脱贫、污染防治三大攻坚战。", "[2] 两不愁三保障：指不愁吃、不愁穿。"]
    closing = "各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，为建设现代化济源而努力奋斗！"
    text = ["政府工作报告", DELIVERY, "各位代表：", "现在，我代表市人民政府，向大会报告工作，请予审议。", *body, closing]
    assert excerpt_reasons(text) == [] and excerpt_reasons(text + notes) == []


def _display_width(text: str) -> int:
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def _padded(text: str, width: int) -> str:
    return text + " " * (width - _display_width(text))


def _wrapped_to(text: str, width: int) -> list[str]:
    lines, current = [], ""
    for char in text:
        if _display_width(current + char) > width:
            lines.append(current)
            current = ""
        current += char
    return lines + [current]


@pytest.mark.parametrize("drawing", ["box", "ascii"])
def test_a_box_drawn_dump_gives_its_columns_in_turn_not_lines_mixing_them(drawing):
    """w3m's -dump of a page laid out in a table: the sidebar's words share
    each line with the report's, between box-drawn verticals (or, from links
    on a plain terminal, between `|`, under `+----+` rules)."""
    body = seed_body_paragraphs("001")
    right = [TITLE, DELIVERY, ""]
    for paragraph in body:
        right += _wrapped_to("　　" + paragraph, 80) + [""]
    left = ["站内搜索", "", "政务公开", "政府文件", "政府工作报告", "", "友情链接", "河南省人民政府", "中国人参网"]
    left += [""] * (len(right) - len(left))
    rows = [f"│{_padded(' ' + l, 24)}│{_padded(' ' + r, 82)}│" for l, r in zip(left, right)]
    page = "\n".join(["┌" + "─" * 24 + "┬" + "─" * 82 + "┐", *rows, "└" + "─" * 24 + "┴" + "─" * 82 + "┘"])
    if drawing == "ascii":
        page = page.replace("│", "|").translate(str.maketrans("┌┬┐└┴┘─", "++++++-"))
        page = page.replace("政务公开", "首页 | 政务公开")   # a `|` that is text, on one line only
    [report] = clean_page(page.encode(), "file:///dumps/jiyuan.txt", "text/plain")
    assert report.title == TITLE and report.delivered_on == "2022-01-05"
    assert all(paragraph in report.paragraphs for paragraph in body[1:])
    assert "友情链接" not in report.body and "│" not in report.body and "|" not in report.body


def test_a_markdown_table_is_no_box_drawing():
    from cleaning.boxdrawn import is_box_drawn
    table = "| 指标 | 目标 |\n|---|---|\n" + "| 地区生产总值增长 | 6%左右 |\n" * 12
    assert not is_box_drawn(table)


def test_a_mail_forwarding_the_report_saved_as_text_loses_its_headers_and_cover_note():
    body = seed_body_paragraphs("001")
    page = "\r\n".join(["发件人: 某县人民政府办公室 [mailto:office@163.com]", "发送时间: 2022年1月16日 10:27",
                        "收件人: 'someone@126.com'", "抄送: 县统计局综合股", "主题: 转发: 市政府工作报告（大会通过稿）", "",
                        "-----原始邮件-----", "发件人: 县政府办文秘组", "发送时间: 2022年1月14日 17:03", "主题: 政府工作报告", "",
                        "　　　　　　　政府工作报告", DELIVERY, *body, "", "--", "电话：0715-4332176　传真：0715-4332018"])
    [report] = clean_page(page.encode(), "file:///mail/report.txt", "text/plain")
    assert report.title == "政府工作报告" and report.delivered_on == "2022-01-05"
    assert "发件人" not in report.body and "原始邮件" not in report.body and report.paragraphs[-1] == body[-1]


def test_an_archives_and_a_corpus_tools_notes_around_a_text_file_are_not_the_text():
    body = seed_body_paragraphs("001")
    page = "\n".join([TITLE, DELIVERY, *body, "",
                      "录入说明：本件据馆藏大会文件油印本录入，原件共十四页，录入时保留原文数字写法。",
                      "本数字化文本仅供馆内查阅利用，引用请注明“某县档案馆藏”。",
                      "-" * 40, "[采集工具] GovTextCrawler v2.3.1（课题组内部版）",
                      "[处理说明] 已按模板去除网页导航、页眉页脚；正文未经人工校对，引用请以原网页为准。",
                      "[MD5] 7c41e0b95d2a8f3e6a1b0d94c58f2e17"])
    [report] = clean_page(page.encode(), "file:///corpus/jiyuan.txt", "text/plain")
    assert report.paragraphs[-1] == body[-1]


def test_a_file_of_two_years_reports_parted_by_a_rule_gives_both_the_summary_too():
    body = seed_body_paragraphs("001")
    summary = ["2020年，面对经济下行压力，市政府在省委、省政府和市委的正确领导下，团结依靠全市人民，较好完成了全年目标任务。" * 2,
               "全市实现地区生产总值703.2亿元，增长3.9%；一般公共预算收入56.1亿元，增长3.2%，城乡居民收入稳步增长。" * 2,
               "2021年全市经济社会发展的主要预期目标是：地区生产总值增长8%左右，一般公共预算收入增长5%。" * 2,
               "重点做好以下工作：一是稳定粮食生产，二是抓好项目建设，三是推进城乡融合，四是保障改善民生。" * 2]
    page = "\n".join(["济源市政府工作报告（2022、2021）", "=" * 50, TITLE, DELIVERY, *body, "（全文完）", "=" * 50,
                      "济源市2021年政府工作报告（摘要）", "——2021年1月6日在济源市第九届人民代表大会第六次会议上",
                      "市长　张三", *summary, "（摘自《济源日报》2021年1月12日第3版，本报记者　李四　整理）", "=" * 50])
    reports = clean_page(page.encode(), "file:///corpus/jiyuan.txt", "text/plain")
    assert [(r.title, r.year) for r in reports] == [(TITLE, 2022), ("济源市2021年政府工作报告（摘要）", 2021)]
    assert reports[1].is_excerpt and reports[0].paragraphs[-1] == body[-1]
    assert "摘自" not in reports[1].body


def test_a_markdown_files_html_block_footnotes_and_licence_are_not_the_reports():
    """A repository's Markdown copy: front matter, a README's centred links in HTML,
    a footnote mark and its definition, a table of sources and a licence line."""
    body = seed_body_paragraphs("001")
    marked = [body[0] + "[^1]", *body[1:]]
    text = "\n".join(["---", "layout: report", f'title: "{TITLE}"', "date: 2022-03-01", "---", "",
                      '<p align="center">', '  <a href="../README.md">首页</a> ·', '  <a href="./README.md">济源市</a>',
                      "</p>", "", f"# {TITLE}", "", f"> {DELIVERY}", "", *[p + "\n" for p in marked], "---", "",
                      "[^1]: 原网页此处有一错字，已改正。", "", "| 项目 | 内容 |", "|---|---|",
                      "| 原始链接 | [济源市人民政府](http://www.jiyuan.gov.cn/1.html) |", "",
                      "<sub>报告原文版权归济源市人民政府所有 · 整理部分采用 CC BY-NC 4.0</sub>"])
    [report] = clean_page(text.encode(), "https://raw.githubusercontent.com/x/reports/master/2022.md",
                          "text/plain; charset=utf-8")
    assert report.title == TITLE and report.paragraphs[-1] == body[-1]
    assert not any(word in report.body for word in ("<", "[^", "错字", "原始链接", "CC BY", "首页"))


def test_a_posters_words_around_a_report_marked_off_by_rules_are_the_posters():
    body = seed_body_paragraphs("001")
    page = ("<html><head><title>【存档】济源市2022年政府工作报告全文，顺便说几句</title></head><body>"
            "<h1>【存档】济源市2022年政府工作报告全文，顺便说几句</h1><div class=note>"
            "<p>每年都存一份，方便以后对照着看。</p><p>——————以下为报告全文——————</p>"
            f"<h2>{TITLE}</h2><p>{DELIVERY}</p>" + "".join(f"<p>{p}</p>" for p in body[:3])
            + "<p>【猫注：这一段去年也写过。】</p>" + "".join(f"<p>{p}</p>" for p in body[3:])
            + "<p>——————报告全文完——————</p><p>几点个人想法：今年的目标比去年稳。</p></div></body></html>")
    [report] = clean_page(page, "https://www.douban.com/note/1/")
    assert report.title == TITLE and report.paragraphs[-1] == body[-1]
    assert not any(word in report.body for word in ("存一份", "以下为", "猫注", "个人想法"))


def test_a_document_sites_mark_between_paragraphs_parts_nothing():
    body = seed_body_paragraphs("001")
    marked = [*body[:4], "（易知文库 www.yzwenku.com 整理上传，仅供参考）", *body[4:]]
    [report] = clean_page("\r\n\r\n".join([TITLE, DELIVERY, *marked]).encode("gbk"), None, "text/plain")
    assert report.paragraphs[-1] == body[-1] and "易知文库" not in report.body


@pytest.mark.parametrize("mark", ["— 4 一", "一 5 一", "-3-"])
def test_a_scans_page_numbers_with_a_dash_read_as_yi_are_page_numbers(mark):
    from cleaning.printed import is_page_number

    assert is_page_number(mark) and not is_page_number("一 5 个")


def test_a_specks_line_in_a_scans_text_is_no_line_of_it():
    """An OCR'd booklet's ■ between two halves of a sentence (基本 / ■ / 完成)."""
    from cleaning.documents import paged_text_paragraphs

    text = "　　“两基”攻坚任务基本\n\n              — 2 —\n\n■\n完成，新建改建中小学校舍8.6万平方米。"
    paragraphs = paged_text_paragraphs(text)
    assert "■" not in "".join(paragraphs) and "完成，新建改建中小学校舍8.6万平方米。" in "".join(paragraphs)
