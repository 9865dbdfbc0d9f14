"""Layouts a copy of the seed sites built without reading our code showed: a WordPress-like blog and an old portal listing."""
import pytest

from cleaning import clean_page
from cleaning.boilerplate import classify_line
from cleaning.listing import split_title_date

BODY = ("现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。"
        "过去一年，全市地区生产总值完成2581.3亿元，增长6.5%；一般公共预算收入完成108.6亿元，增长9.2%，城乡居民收入稳步增长。"
        "今年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，规模以上工业增加值增长8%。")


def _portal(items: str) -> str:
    return (f"<html><head><title>政府工作报告_信息列表 - 某招商网</title></head><body>"
            f"<div>当前位置：首页 &gt; 政府工作报告</div><div class=list>{items}</div>"
            f"<div>共2条 1页 首页 尾页</div></body></html>")


def test_a_dl_listing_with_the_date_glued_to_each_title_gives_one_item_each():
    items = "".join(
        f"<dl><dt><span class=fr>07-02</span>【{city}招商】2022年{city}政府工作报告</dt>"
        f"<dd>2022年{city}政府工作报告——2022年1月6日在{city}第十八届人民代表大会第一次会议上 {city}人民政府市长 张三"
        f"各位代表：{BODY}</dd></dl>" for city in ("襄阳市", "咸阳市"))
    reports = clean_page(_portal(items), "http://zs.example.com/info/37/page/1")
    assert [(r.is_report, r.title, r.place) for r in reports] == [
        (True, "2022年襄阳市政府工作报告", "襄阳市"), (True, "2022年咸阳市政府工作报告", "咸阳市")]


def test_an_items_info_line_with_a_counter_dates_it():
    items = "".join(
        f"<dl><dt>2022年{city}政府工作报告</dt><dd>各位代表：{BODY}</dd>"
        f"<dd>发布时间：2025/07/02 &nbsp; 浏览：371次 &nbsp; <a href='/fav'>收藏</a></dd></dl>"
        for city in ("襄阳市", "咸阳市"))
    reports = clean_page(_portal(items), "http://zs.example.com/info/37/page/1")
    assert [(r.title, r.published_on) for r in reports] == [
        ("2022年襄阳市政府工作报告", "2025-07-02"), ("2022年咸阳市政府工作报告", "2025-07-02")]
    assert all("浏览" not in r.body for r in reports)


@pytest.mark.parametrize("title, expected", [
    ("07-02【咸阳市招商】2022年咸阳市政府工作报告", ("【咸阳市招商】2022年咸阳市政府工作报告", None)),
    ("07-022022年东丽区政府工作报告", ("2022年东丽区政府工作报告", None)),
    ("2022年东丽区政府工作报告2025-07-02", ("2022年东丽区政府工作报告", "2025-07-02")),
    ("1-2月份全市经济运行情况", ("1-2月份全市经济运行情况", None)),
    ("规划（2021-2025）", ("规划（2021-2025）", None)),
    ("2022年河北省政府工作报告", ("2022年河北省政府工作报告", None)),
])
def test_a_site_date_glued_to_a_listing_title_is_split_off(title, expected):
    assert split_title_date(title) == expected


@pytest.mark.parametrize("line", ["发布于 2025年7月2日 · 华中 · 阅读 209", "发表于 2024-01-16 · 政府报告",
                                  "2025-07-02 | 阅读 123 | 3 条评论"])
def test_a_blog_themes_post_meta_line_is_boilerplate(line):
    assert classify_line(line) is not None


@pytest.mark.parametrize("line", ["2021年12月12日在东丽区第十八届人民代表大会第一次会议上",
                                  "全年接待游客315万人次，2022年3月举办全民阅读活动120场。"])
def test_a_report_line_with_a_date_is_no_post_meta(line):
    assert classify_line(line) is None


def _teaser(n: int) -> str:
    return (f"<article><h2><a href='/baogao/hz/{n}.html'>（河南省）某县202{n}年政府工作报告</a></h2>"
            f"<div>发布于 2025年7月{n}日 · 华中</div>"
            f"<p>各位代表：现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。过去一年，全县…</p>"
            f"<p><a href='/baogao/hz/{n}.html'>阅读全文 »</a></p></article>")


def test_a_blogs_category_page_of_excerpts_is_no_report():
    page = f"<html><head><title>分类：华中 – 博县网</title></head><body>{_teaser(1)}{_teaser(2)}{_teaser(3)}</body></html>"
    assert [(r.is_report, r.reason) for r in clean_page(page, "http://bx.example.com/baogao/hz/")] == [
        (False, "index-page: 文章摘要列表")]


_SUMMARISED_POSTS = [
    ("全文来了！2025年某省政府工作报告", "省十四届人大三次会议开幕，省长代表省人民政府作政府工作报告，本网全文刊发。", "某日报"),
    ("某市政府工作报告：奋力建设城市群副中心城市", "报告明确，某市今年将持续擦亮文旅品牌，推动文旅文创融合发展。", "某市日报"),
    ("代表委员热议：把报告的“施工图”变成“实景图”", "代表委员们纷纷表示，政府工作报告目标明确、举措务实，提振了干事创业的信心。", "本网"),
]


def _summarised_post(n: int, title: str, summary: str, source: str) -> str:
    return (f"<li><h3><a href='/news/2025/01/{n}.html'>{title}</a></h3><p class=summary>{summary}</p>"
            f"<div class=meta><span>{source}</span><span>2025-01-1{n} 18:06</span><a href='/tag/x'>政府工作报告</a></div></li>")


def test_a_tag_page_of_titles_with_one_sentence_summaries_is_an_index():
    """No ellipsis and no 阅读全文: each post's summary is a whole sentence
    between its linked title and its source and date, and the post is elsewhere."""
    items = "".join(_summarised_post(n, *post) for n, post in enumerate(_SUMMARISED_POSTS))
    page = (f"<html><head><title>政府工作报告_标签_某网</title></head><body><div>某网 &gt; 标签 &gt; 政府工作报告</div>"
            f"<h1>标签：政府工作报告</h1><ul>{items}</ul><div>上一页 1 2 3 下一页</div></body></html>")
    [report] = clean_page(page, "http://news.example.com/tag/zfgzbg/")
    assert not report.is_report and report.reason.startswith("index-page")
    # Below a report's own text, the same items are a related list.
    paragraphs = "".join(f"<p>{BODY}</p>" for _ in range(10))
    page = (f"<html><body><h1>某县2024年政府工作报告</h1><p>——2024年1月12日在某县第十八届人民代表大会第四次会议上</p>"
            f"<p>各位代表：</p>{paragraphs}<h3>相关新闻</h3><ul>{items}</ul></body></html>")
    [report] = clean_page(page, "http://news.example.com/2024/01/9.html")
    assert report.is_report and "主要预期目标" in report.body and "实景图" not in report.body


def test_a_report_with_related_excerpts_below_is_still_a_report():
    paragraphs = "".join(f"<p>{BODY}</p>" for _ in range(10))
    page = (f"<html><head><title>某县2024年政府工作报告</title></head><body><h1>某县2024年政府工作报告</h1>"
            f"<p>——2024年1月12日在某县第十八届人民代表大会第四次会议上</p><p>各位代表：</p>{paragraphs}"
            f"<h3>相关文章</h3>{_teaser(1)}{_teaser(2)}</body></html>")
    [report] = clean_page(page, "http://bx.example.com/baogao/hz/9.html")
    assert report.is_report and "主要预期目标" in report.body


def _dated_items(dates: list[str], news_at: int | None = None) -> str:
    """Portal items: a glued `MM-DD` before the title where the date is short,
    else an info line with the full date; item `news_at` a short news item."""
    out = []
    for n, date in enumerate(dates):
        city = "襄阳市咸阳市郴州市天门市厦门市"[3 * n:3 * n + 3]
        title, body = f"2022年{city}政府工作报告", f"各位代表：{BODY}"
        if n == news_at:
            title, body = f"【{city}招商】{city}召开招商引资项目签约大会", (f"3月30日，{city}一季度招商引资项目集中签约大会举行，"
                                                                          "现场签约项目46个，市委主要负责同志出席并讲话。")
        if len(date) == 5:
            out.append(f"<dl><dt><span class=fr>{date}</span>{title}</dt><dd>{body}</dd></dl>")
        else:
            out.append(f"<dl><dt>{title}</dt><dd>{body}</dd><dd>发布时间：{date.replace('-', '/')} 浏览：3次</dd></dl>")
    return "".join(out)


def test_a_short_news_item_dated_only_by_its_glued_date_is_set_aside_not_lost():
    reports = clean_page(_portal(_dated_items(["07-02", "2025-07-02", "07-01"], news_at=2)),
                         "http://zs.example.com/info/37/page/1")
    assert [(r.item, r.is_report, r.reason) for r in reports] == [
        (1, True, None), (2, True, None), (3, False, "short-listing-item")]
    assert (reports[2].title, reports[2].published_on) == ("【郴州市招商】郴州市召开招商引资项目签约大会", "2025-07-01")


@pytest.mark.parametrize("dates, expected", [
    # the page's full dates agree on 2025: the month-day items are of 2025
    (["07-02", "2025-07-02", "07-01", "2025-06-30"], ["2025-07-02", "2025-07-02", "2025-07-01", "2025-06-30"]),
    # full dates of two years: no year is taken
    (["07-02", "2025-07-02", "07-01", "2024-06-30"], [None, "2025-07-02", None, "2024-06-30"]),
    # a completed date out of the page's order (between two 07-02s) is no date of that year
    (["2025-07-02", "01-18", "2025-07-02"], ["2025-07-02", None, "2025-07-02"]),
    # no full date at all
    (["07-02", "07-01"], [None, None]),
])
def test_a_month_day_item_date_takes_the_year_the_pages_full_dates_agree_on(dates, expected):
    reports = clean_page(_portal(_dated_items(dates)), "http://zs.example.com/info/37/page/1")
    assert [r.published_on for r in reports] == expected


@pytest.mark.parametrize("heading, title", [
    ("沂水县2023年政府工作报告范文", "沂水县2023年政府工作报告"),
    ("2023年咸阳市政府工作报告范文大全", "2023年咸阳市政府工作报告"),
])
def test_a_model_essay_sites_label_after_the_reports_title_is_dropped(heading, title):
    page = (f"<html><head><title>{heading}_政府工作报告_某某范文网</title></head><body>"
            f"<div>当前位置：某某范文网 &gt; 政府工作报告 &gt; 正文</div><h1>{heading}</h1>"
            f"<div>导读：以下是小编为大家整理的{heading}，仅供参考，欢迎大家阅读。</div>"
            f"<div class=content><p>政府工作报告</p><p>各位代表：</p><p>{BODY}</p></div></body></html>")
    [report] = clean_page(page, "http://www.fanwen.example.com/zfgzbg/52871.html")
    assert report.title == title


def test_replies_quoting_a_sentence_of_a_quoted_report_add_nothing_to_it():
    opening = "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。"
    review = "新增城镇就业2.2万人，启动第二轮城区老新村改造；新建公租房1000套，完成滨江公园三期建设。"
    closing = "各位代表，蓝图已经绘就，号角已经吹响。让我们在市委的坚强领导下，开拓创新，奋发进取，为建设“幸福江阴”而努力奋斗！"
    report = "<br>".join(["——2013年1月8日在江阴市第十六届人民代表大会第二次会议上", "各位代表：", opening, BODY, review, closing])
    replies = "".join(
        f"<div class=reply><h6>引用楼主老澄于2013-01-12 09:21发表的 江阴市2013年政府工作报告 :</h6>"
        f"<blockquote>{fragment}</blockquote>{comment}</div>"
        for fragment, comment in [("新增城镇就业2.2万人，启动第二轮城区老新村改造；新建公租房1000套", "就业这块希望落到实处。"),
                                  ("完成滨江公园三期建设……", "公园建得不错，周末常去。")])
    page = (f"<html><head><title>[转帖]江阴市2013年政府工作报告 - 江阴论坛</title></head><body>"
            f"<h1>江阴市2013年政府工作报告</h1><div class=post>转自江阴日报<blockquote>{report}</blockquote></div>"
            f"{replies}</body></html>")
    [report] = clean_page(page, "http://bbs.example.com/read.php?tid=48213")
    assert report.paragraphs[-1] == closing and not report.is_excerpt


@pytest.mark.parametrize("heading", ["注　释", "注释", "附　件", "名词解释"])
def test_notes_under_the_closing_call_leave_the_report_whole(heading):
    from cleaning.paragraphs import ends_like_report
    closing = "各位代表，让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋力推进高质量发展！"
    notes = ["[1]“百千万工程”：即“百县千镇万村高质量发展工程”。", "[2]“制造业当家”：指坚持把制造业作为立省之本。"]
    assert ends_like_report(["各位代表：", BODY, closing, heading, *notes])


def test_a_page_without_a_title_tag_is_titled_by_its_heading_over_the_post_meta():
    meta = "".join(f"<div>{line}</div>" for line in ["作者 caiji01", "<a href='/2024/01/17/'>2024年1月17日</a>",
                                                     "<a href='#respond'>发表评论</a>"])
    page = (f"<html><body><div><a href='/'>桂中政务观察</a></div><ul>"
            + "".join(f"<li><a href='/c/{n}/'>{n}</a></li>" for n in ("首页", "政府工作报告", "人事任免"))
            + f"</ul><h1>2024年柳州市政府工作报告</h1>{meta}"
            f"<div class=entry><p>政府工作报告</p><p>——2024年1月16日在柳州市第十五届人民代表大会第五次会议上</p>"
            f"<p>各位代表：</p><p>{BODY}</p></div></body></html>")
    [report] = clean_page(page, "http://www.example.com/2024/01/17/liuzhou/")
    assert report.title == "2024年柳州市政府工作报告"


def test_a_letter_spaced_heading_taken_as_the_title_loses_its_spaces():
    page = ("<html><body><p align=center>政&nbsp;&nbsp;府&nbsp;&nbsp;工&nbsp;&nbsp;作&nbsp;&nbsp;报&nbsp;&nbsp;告</p>"
            f"<p>——2022年1月5日在济源市第十届人民代表大会第一次会议上</p><p>各位代表：</p><p>{BODY}</p></body></html>")
    [report] = clean_page(page)
    assert report.title == "政府工作报告"


def test_a_bullet_glyph_glued_before_a_listing_title_is_no_part_of_it():
    items = "".join(
        f"<dt><em class=dot>-</em><a href='/info/detail/{n}'>{prefix}2023年{city}政府工作报告</a></dt>"
        f"<dd>2023年{city}政府工作报告2023年1月12日在{city}第十五届人民代表大会第三次会议上各位代表：{BODY}</dd>"
        f"<dd><time>2025-09-03</time></dd>" for n, (prefix, city) in enumerate([("", "韶关市"), ("【铜仁市招商】", "铜仁市")]))
    reports = clean_page(_portal(f"<dl>{items}</dl>"), "http://zs.example.com/info/37/page/1")
    assert [(r.is_report, r.title) for r in reports] == [
        (True, "2023年韶关市政府工作报告"), (True, "2023年铜仁市政府工作报告")]


def test_items_set_out_as_labelled_fields_take_the_title_field_not_the_category():
    items = "".join(
        f"<dl class=kv><dt>标题：</dt><dd><a href='/d/{n}'>2023年{city}政府工作报告</a></dd>"
        f"<dt>分类：</dt><dd>政府工作报告</dd><dt>正文：</dt>"
        f"<dd>2023年{city}政府工作报告2023年1月6日在{city}第十八届人民代表大会第二次会议上{city}人民政府市长 张三各位代表：{BODY}</dd>"
        f"<dt>发布时间：</dt><dd>2025-05-20 09:41</dd></dl>" for n, city in ((1, "襄阳市"), (2, "咸阳市")))
    reports = clean_page(_portal(items), "http://zs.example.com/info/37/page/1")
    assert [(r.is_report, r.title) for r in reports] == [
        (True, "2023年襄阳市政府工作报告"), (True, "2023年咸阳市政府工作报告")]


def test_a_card_grid_takes_each_cards_linked_title_over_its_tags_and_leaves_an_undated_advert_out():
    def card(city, province, pinned=""):
        return (f"<div class=card><a href='/d/{city}'>{pinned}【{city}招商】2024年{city}政府工作报告</a>"
                f"<div class=tags><span>{province}·{city[:-1]}</span><span>政府工作报告</span><span>2024</span></div>"
                f"<p class=body>2024年{city}政府工作报告2024年1月9日在{city}第十八届人民代表大会第三次会议上"
                f"{city}人民政府市长 张三各位代表：{BODY}</p><div class=foot>2025-08-14 浏览 2.3k</div></div>")
    advert = ("<div class=card><a href='/ad'>广告某临空经济区2025年重点招商项目推介</a><div class=tags><span>湖北·鄂州</span>"
              "<span>推广</span></div><p>土地、标准厂房、人才公寓一站式配套，重点引进光电子信息、生物医药、航空物流项目，"
              "签约即享三年租金减免，招商热线：400-0711-8899。</p><div>赞助商提供</div></div>")
    page = _portal(card("襄阳市", "湖北", pinned="置顶") + advert + card("咸阳市", "陕西"))
    reports = clean_page(page, "http://zs.example.com/info/37/page/1")
    assert [(r.is_report, r.title) for r in reports] == [
        (True, "2024年襄阳市政府工作报告"), (True, "2024年咸阳市政府工作报告")]
    assert not any("招商热线" in r.body or "湖北·襄阳" in r.body or "陕西·咸阳" in r.body for r in reports)


def test_a_box_quoting_another_reports_opening_under_the_closing_call_is_no_part_of_the_report():
    closing = "让我们更加紧密地团结在以习近平同志为核心的党中央周围，为建设现代化新昌平而努力奋斗！"
    page = ("<html><head><title>2024年昌平区政府工作报告</title></head><body><h1>2024年昌平区政府工作报告</h1>"
            "<p>——2024年1月9日在北京市昌平区第七届人民代表大会第三次会议上</p><p>各位代表：</p>"
            f"<p>{BODY}</p><p>各位代表！{closing}</p><div>相关附件：2024年昌平区政府工作报告.pdf</div>"
            "<div><a href='javascript:print()'>【打印】</a><a href='javascript:close()'>【关闭】</a></div>"
            "<div class=box><h4>2024年北京市政府工作报告</h4><p>各位代表：现在，我代表北京市人民政府，向大会报告工作，"
            "请予审议，并请市政协委员和其他列席人员提出意见。</p><p><a href='/bj.html'>阅读全文&gt;&gt;</a></p></div>"
            "</body></html>")
    [report] = clean_page(page, "http://www.bjchp.gov.cn/zfgzbg/2024.html")
    assert report.is_report and not report.is_excerpt and report.body.endswith(closing)
    assert "北京市人民政府" not in report.body


def test_an_editors_decorations_around_the_report_are_not_its_text():
    quote = "项目是发展的生命线，我们要像抓生命线一样抓项目。"
    page = ("<html><head><title>2024年某市政府工作报告</title></head><body><h1>2024年襄阳市政府工作报告</h1>"
            "<div class=video>视频：市长张三作政府工作报告</div>"
            "<p>——2024年1月6日在襄阳市第十八届人民代表大会第三次会议上</p><p>各位代表：</p>"
            "<p><strong>一、2023年工作回顾【关键词：稳中有进】</strong></p>"
            f"<p>{BODY}</p><p>【划重点】</p><p>● 襄阳GDP迈上6000亿元台阶</p><p>● 新增学位1.1万个</p>"
            "<p>✔ 规上工业总产值首次跨过万亿</p><p>✔ 一年办成36件民生实事</p>"
            "<p>2019—2023年襄阳市地区生产总值（单位：亿元）</p><p>4309.8</p><p>4601.9</p><p>5309.4</p>"
            "<p>▲襄阳市近五年地区生产总值变化　制图：襄阳融媒</p>"
            "<p><strong>二、2024年重点工作</strong>关键词：项目为王</p>"
            f"<p>{quote}全年实施重点项目120项以上，完成投资500亿元。</p><p>金句「{quote}」</p>"
            "<p>一图读懂丨2024年襄阳市政府工作报告</p>"
            "<p>各位代表！让我们团结奋斗，为建设现代化强市而努力奋斗！</p></body></html>")
    [report] = clean_page(page, "http://www.xiangyang.gov.cn/zfgzbg/2024.html")
    assert report.is_report and (report.speaker, report.speaker_title) == ("张三", "市长")
    assert "一、2023年工作回顾" in report.paragraphs and "二、2024年重点工作" in report.paragraphs
    for leftover in ("关键词", "划重点", "●", "✔", "4309.8", "单位：亿元", "制图", "金句", "「", "一图读懂", "视频"):
        assert leftover not in report.body
    assert report.body.count(quote) == 1


def test_a_folds_toggle_word_glued_to_its_section_heading_and_a_data_box_are_not_the_text():
    page = ("<html><head><title>2024年襄阳市政府工作报告</title></head><body><h1>2024年襄阳市政府工作报告</h1>"
            "<p>阅读全文约需12分钟</p><p>——2024年1月6日在襄阳市第十八届人民代表大会第三次会议上</p><p>各位代表：</p>"
            f"<p>{BODY}</p><details open><summary>一、2023年工作回顾<span>收起</span></summary>"
            f"<p>{BODY}</p><p>数说2023</p><p>6102.3亿元GDP总量</p><p>78.6%民生支出占比</p>"
            f"<p>（一）产业强市步伐坚实有力。{BODY}</p></details>"
            "<details open><summary>二、2024年重点工作<span>收起</span></summary>"
            "<p>各位代表！让我们团结奋斗，为建设现代化强市而努力奋斗！</p></details>"
            "<details><summary>附件下载（1）</summary><a href='/a.pdf'>2024年政府工作报告.pdf</a></details></body></html>")
    [report] = clean_page(page, "http://www.xiangyang.gov.cn/zfgzbg/2024.html")
    assert report.is_report and not report.is_excerpt
    assert "一、2023年工作回顾" in report.paragraphs and "二、2024年重点工作" in report.paragraphs
    for leftover in ("收起", "数说", "GDP总量", "附件下载", "12分钟"):
        assert leftover not in report.body


@pytest.mark.parametrize("head, header, expected", [
    # A column page's <title> says only 政府工作报告, so do its banner and the text's first
    # line: the pane's heading naming the year and place titles it.
    ("<title>政府工作报告_黑龙江省人民政府网</title>",
     "<div class=crumb>当前位置：<a href='/'>首页</a> &gt; <a href='/zw/'>政务公开</a></div>"
     "<div class=banner>政府工作报告</div>"
     "<ul><li><a href='#y2025'>2025年</a></li><li><a href='#y2024'>2024年</a></li></ul>"
     "<h2>2025年黑龙江省政府工作报告</h2><div>发布时间：2025-01-22 09:00 来源：黑龙江日报</div>"
     "<p><strong>政府工作报告</strong></p><p>——2025年1月14日在黑龙江省第十四届人民代表大会第三次会议上</p>"
     "<p>黑龙江省省长　宋建国</p>",
     ("2025年黑龙江省政府工作报告", "黑龙江省", "省长")),
    # A page headed only by its session's name, under a <title> naming only the site.
    ("<title>宁化县人民政府</title>",
     "<table><tr><td>标　　题</td><td>宁化县第十七届人民代表大会第五次会议</td></tr></table>"
     "<h1>宁化县第十七届人民代表大会第五次会议</h1><div>发布时间：2021-01-15 09:36</div>"
     "<p>——2021年1月8日在宁化县第十七届人民代表大会第五次会议上</p><p>宁化县人民政府代县长　张晓峰</p>",
     ("宁化县第十七届人民代表大会第五次会议", "宁化县", "代县长")),
])
def test_a_pages_own_heading_titles_it_over_a_bare_or_site_title_tag(head, header, expected):
    page = f"<html><head>{head}</head><body>{header}<p>各位代表：</p><p>{BODY}</p></body></html>"
    [report] = clean_page(page, "https://www.example.gov.cn/zwgk/zfgzbg/1.html")
    assert (report.title, report.place, report.speaker_title) == expected


def test_an_accordions_both_toggle_labels_go_from_its_section_headings():
    sections = "".join(f"<h4>{heading}<span class=more>点击展开 ∨</span><span class=less>点击收起 ∧</span></h4>"
                       f"<p>{BODY}</p>" for heading in ("一、2016年工作回顾", "二、2017年主要目标和重点工作"))
    page = (f"<html><head><title>2017年铜陵市政府工作报告_铜陵新闻网</title></head><body>"
            f"<h1>2017年铜陵市政府工作报告</h1><p>各位代表：</p>{sections}</body></html>")
    [report] = clean_page(page, "https://amp.tlnews.cn/2017/0214/1.html")
    assert "一、2016年工作回顾\n" in report.body and "二、2017年主要目标和重点工作\n" in report.body
    assert "点击" not in report.body and "∨" not in report.body


def test_a_text_only_versions_reading_buttons_and_picture_stand_ins_are_not_text():
    paragraphs = ["政府工作报告", "——2014年1月17日在普宁市第十四届人民代表大会第四次会议上", "市长　陈少华", "各位代表：",
                  *BODY.split("。")[:3]]
    page = ("<html><head><title>普宁市政府工作报告（无障碍纯文本版）</title></head><body>"
            + "".join(f"<p><a href='javascript:;' title='朗读本段'>[朗读]</a>{text}</p>" for text in paragraphs)
            + "<p><span>[图片：练江流域综合整治工程施工现场]</span></p></body></html>")
    [report] = clean_page(page, "https://www.puning.gov.cn/wza/text/1.html")
    assert (report.title, report.speaker, report.delivered_on) == ("政府工作报告", "陈少华", "2014-01-17")
    assert "朗读" not in report.body and "图片" not in report.body
    assert "现在，我代表市人民政府，向大会报告工作" in report.body


def test_a_live_pages_numbered_posts_of_the_report_are_joined_without_the_posts_between():
    posts = [("09:00", "大会开幕！全体起立，奏唱国歌。"),
             ("09:05", "<p>【报告全文①】</p><p>政府工作报告</p><p>——2018年1月30日在东莞市第十六届人民代表大会第三次会议上</p>"
                       f"<p>东莞市市长　叶建豪</p><p>各位代表：</p><p>{BODY[:44]}</p>"),
             ("09:18", "市长叶建豪代表市人民政府作政府工作报告。（东莞日报记者 李华 摄）"),
             ("09:20", f"<p>【报告全文②】</p><p>{BODY[44:]}</p>"),
             ("09:27", "【现场花絮】会场外的“代表通道”上，不少代表一边听报告一边做笔记。"),
             ("09:30", "<p>【报告全文③】</p><p>让我们更加紧密地团结在以习近平同志为核心的党中央周围，为开创东莞高质量发展新局面而努力奋斗！</p>"),
             ("10:20", "大会执行主席宣布：第一次全体会议到此结束，散会。本场图文直播到此结束。")]
    items = "".join(f"<li><div><span>{time}</span><span>主持人</span></div><div>{post}</div></li>" for time, post in posts)
    page = ("<html><head><title>图文直播丨东莞市十六届人大三次会议开幕 叶建豪作政府工作报告</title></head><body>"
            f"<h1>图文直播丨东莞市十六届人大三次会议开幕 叶建豪作政府工作报告</h1><ul class=live>{items}</ul></body></html>")
    [report] = clean_page(page, "https://www.timedg.com/2018-01/30/live.shtml")
    assert (report.is_report, report.place, report.speaker, report.delivered_on) == (True, "东莞市", "叶建豪", "2018-01-30")
    assert "live-posts" in report.flags
    body = report.body.replace("\n", "")
    assert BODY in body and body.endswith("而努力奋斗！")
    assert not any(word in body for word in ("奏唱国歌", "摄）", "现场花絮", "散会", "报告全文"))


def test_a_related_reports_box_mid_section_is_bridged_by_the_points_running_on_below_it():
    points = "".join(f"<p>——{name}。{BODY[:40]}。</p>" for name in ("主导产业不断壮大", "城乡面貌发生深刻变化",
                                                                    "社会事业全面进步"))
    page = ("<html><head><title>政府工作报告_铜陵要闻_铜陵新闻网</title></head><body>"
            "<h2>政府工作报告</h2><p>——2011年1月11日在铜陵市第十四届人民代表大会第五次会议上</p><p>铜陵市市长　陈明生</p>"
            f"<p>各位代表：</p><p>{BODY}</p><p>“十一五”时期，是我市综合实力提升最快的五年。全市生产总值年均增长15.3%。</p>"
            "<table><tr><td>相关报道</td></tr>"
            + "".join(f"<tr><td>·<a href='/tlyw/{n}.html'>{t}</a></td></tr>" for n, t in enumerate(
                ("市十四届人大五次会议隆重开幕", "政协铜陵市第十届委员会第五次会议开幕", "代表委员热议：打造世界铜都正当时")))
            + f"</table>{points}<p>让我们解放思想，为建设幸福铜陵而努力奋斗！</p></body></html>")
    [report] = clean_page(page, "https://www.tlnews.cn/tlyw/2011/0112/52836.html")
    assert (report.place, report.speaker, report.is_excerpt) == ("铜陵市", "陈明生", False)
    assert "现在，我代表市人民政府" in report.body and "——社会事业全面进步" in report.body
    assert "相关报道" not in report.body and "隆重开幕" not in report.body


def test_a_heading_whose_head_the_title_tag_holds_is_the_title_not_an_info_tables_label():
    page = ("<html><head><title>“我为政府工作报告建言献策”——2024年曲阜市政府工作报告网络征集意见建议活动 - 问计于民</title>"
            "</head><body><h1>“我为政府工作报告建言献策”——2024年曲阜市政府工作报告网络征集意见建议活动</h1>"
            "<table><tr><th>征集单位</th><td>曲阜市人民政府办公室</td></tr><tr><th>参与人次</th><td>1864</td></tr>"
            "<tr><th>收到意见</th><td>326条</td></tr></table>"
            "<p>为充分发扬民主、广纳群言，进一步提高政府决策的科学化、民主化水平，现面向社会公开征集意见建议。</p>"
            "<p>一、征集时间：2023年12月8日至12月22日。</p><p>二、参与方式：在本页面下方填写问卷并提交。</p></body></html>")
    [report] = clean_page(page, "http://www.qufu.gov.cn/hdjl/wjym/1.html")
    assert report.title.startswith("“我为政府工作报告建言献策”")
    assert (report.is_report, report.reason) == (False, "not-a-work-report: 意见征集")


def test_a_report_issued_as_a_notices_attachment_is_the_report_named_in_the_notice():
    page = ("<html><head><title>西安市雁塔区人民政府关于印发《2024年雁塔区政府工作报告》的通知</title></head><body>"
            "<h1>西安市雁塔区人民政府关于印发《2024年雁塔区政府工作报告》的通知</h1><p>雁政发〔2024〕1号</p>"
            "<p>各街道办事处，区政府各工作部门、各直属机构：</p>"
            "<p>现将《2024年雁塔区政府工作报告》印发给你们，请结合实际，认真贯彻落实。</p>"
            "<p>西安市雁塔区人民政府</p><p>2024年1月19日</p><p>（此件公开发布）</p><p>附件1</p>"
            "<p>政府工作报告</p><p>——2024年1月8日在西安市雁塔区第十九届人民代表大会第三次会议上</p><p>区长　王卫东</p>"
            f"<p>各位代表：</p><p>{BODY}</p></body></html>")
    [report] = clean_page(page, "http://www.yanta.gov.cn/xxgk/zcwj/qzfwj/1.html")
    assert (report.is_report, report.title, report.place, report.speaker) == (
        True, "2024年雁塔区政府工作报告", "雁塔区", "王卫东")
    assert report.body.startswith("政府工作报告") and "印发给你们" not in report.body


def test_a_notice_issuing_a_plan_made_from_the_report_is_not_the_report():
    page = ("<html><head><title>关于印发2022年区政府工作报告重点工作任务分工方案的通知</title></head><body>"
            "<h1>关于印发2022年区政府工作报告重点工作任务分工方案的通知</h1><p>各街道办事处，区政府各部门：</p>"
            "<p>现将《2022年区政府工作报告重点工作任务分工方案》印发给你们，请认真贯彻执行。</p>"
            "<p>一、地区生产总值增长6%左右。牵头单位：区发展改革局。</p></body></html>")
    [report] = clean_page(page, "http://www.lanshan.gov.cn/info/1.html")
    assert report.is_report is False


def test_a_badge_outside_a_listing_items_linked_title_is_no_part_of_it():
    items = "".join(
        f"<li><h3><span class=tag>全文</span><a href='/xq/{n}.html'>{county}2024年政府工作报告</a></h3>"
        f"<div class=meta>2024-01-1{n} 09:3{n}</div><p>——2024年1月{n + 5}日在{county}第十八届人民代表大会第三次会议上</p>"
        f"<p>各位代表：</p><p>{BODY}</p></li>" for n, county in ((1, "巨野县"), (2, "单县")))
    reports = clean_page(_portal(f"<ul>{items}</ul>"), "http://www.hezenews.cn/xianqu/2024lh/index_1.html")
    assert [r.title for r in reports] == ["巨野县2024年政府工作报告", "单县2024年政府工作报告"]


def test_a_chapters_heading_over_the_reports_own_title_line_does_not_title_it():
    page = ("<html><head><title>政府工作报告选载 - 特载 - 邵东年鉴（2020）</title></head><body>"
            "<h1>政府工作报告选载</h1><div>原书页码：第12—17页</div>"
            "<p>邵东市人民政府工作报告（节选）</p><p>——2020年1月6日在邵东市第十八届人民代表大会第五次会议上</p>"
            f"<p>市长　唐志明</p><p>各位代表：</p><p>{BODY}</p></body></html>")
    [report] = clean_page(page, "http://sz.shaodong.gov.cn/nianjian/sdnj2020/0102.html")
    assert (report.title, report.place, report.is_excerpt) == ("邵东市人民政府工作报告（节选）", "邵东市", True)


def test_a_news_apps_linked_card_between_paragraphs_is_not_the_reports():
    halves = BODY.split("。", 1)
    page = ("<html><head><title>理塘县2021年政府工作报告 - 封面新闻</title></head><body>"
            "<h1>理塘县2021年政府工作报告</h1><p>——2021年1月8日在理塘县第十八届人民代表大会第五次会议上</p>"
            f"<p>各位代表：</p><p>{halves[0]}。</p>"
            "<div class=card><span>相关</span><a href='/news/1.html'>理塘：“丁真效应”持续发酵　寒假游客预订量同比增长3倍</a></div>"
            f"<p>{halves[1]}</p></body></html>")
    [report] = clean_page(page, "https://m.thecover.cn/news_details.html?id=1")
    assert "丁真效应" not in report.body and halves[1][-20:] in report.body


def test_a_study_pages_questions_and_the_review_digest_after_the_closing_call_are_not_the_reports():
    closing = "各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，为全面建设社会主义现代化而努力奋斗！"
    questions = ("<p>学习思考</p><p>1．报告提出的2018年全市经济社会发展主要预期目标有哪些？</p>"
                 "<p>2．结合本界别实际，政协委员如何围绕精准扶贫建言献策？</p>")
    digest = ("<p>各代表团审议政府工作报告的意见和建议（综合）</p>"
              + "<p>大会期间，各代表团认真审议了市长代表市人民政府所作的政府工作报告。代表们一致认为，报告实事求是、重点突出，"
                "是一个求真务实、催人奋进的好报告。部分代表建议进一步加大对特色产业的扶持力度，加快补齐民生短板。</p>" * 4)
    for tail, entries in ((questions, 1), (digest, 2)):
        page = ("<html><head><title>2018年清远市政府工作报告</title></head><body><h1>2018年清远市政府工作报告</h1>"
                "<p>——2018年1月9日在清远市第七届人民代表大会第三次会议上</p>"
                f"<p>各位代表：</p><p>{BODY}</p><p>{closing}</p>{tail}</body></html>")
        reports = clean_page(page, "http://www.example.gov.cn/1.html")
        assert len(reports) == entries and reports[0].is_report and not reports[0].is_excerpt
        assert reports[0].body.rstrip().endswith("而努力奋斗！")
        assert all(not report.is_report for report in reports[1:])


def test_a_columns_note_over_its_list_of_the_years_reports_is_an_index():
    rows = "".join(f"<tr><td>{n}</td><td><a href='/zwgk/{year}.html'>{year}年呼伦贝尔市政府工作报告</a></td>"
                   f"<td>{year}-01-16</td></tr>" for n, year in enumerate(range(2024, 2017, -1), start=1))
    page = ("<html><head><title>政府工作报告_呼伦贝尔市人民政府</title></head><body>"
            "<div><a href='/'>首页</a> <a href='/zwgk/'>政务公开</a></div><h2>政府工作报告</h2>"
            "<p>栏目说明：本栏目公开市人民政府在呼伦贝尔市人民代表大会上所作的历年《政府工作报告》全文。"
            "报告经市人民代表大会审议通过后，于会议闭幕后20个工作日内在本栏目发布。</p>"
            f"<table>{rows}</table><div>共7条 1/1页</div></body></html>")
    [report] = clean_page(page, "http://www.hlbe.gov.cn/zwgk/zfgzbg/")
    assert (report.is_report, report.reason) == (False, "index-page: 栏目页")


def test_custom_elements_the_pages_stylesheet_sets_out_as_blocks_are_lines_of_their_own():
    paragraphs = ["政 府 工 作 报 告", "——2018年1月10日在龙海市第十七届人民代表大会第二次会议上", "龙海市人民政府市长　郑毅峰",
                  "各位代表：", *(sentence + "。" for sentence in BODY.split("。")[:3])]
    page = ("<html><head><title>漳州市龙海市2018年政府工作报告</title>"
            "<style>bx-app,bx-doc,bx-h,bx-p,bx-note{display:block} bx-doc > bx-h[level='1']{font-size:23px}</style>"
            "</head><body><bx-app><a href='/'>博县网</a><bx-doc><bx-h level=1>漳州市龙海市2018年政府工作报告</bx-h>"
            + "".join(f"<bx-p>{p}</bx-p>" for p in paragraphs)
            + "</bx-doc><bx-note>本文仅代表作者观点，不代表本站立场。</bx-note></bx-app></body></html>")
    [report] = clean_page(page, "http://bx2200.com/baogao/huadong/7342.html")
    assert (report.title, report.speaker, report.delivered_on) == ("漳州市龙海市2018年政府工作报告", "郑毅峰", "2018-01-10")
    assert "博县网" not in report.body and "本站立场" not in report.body
    assert report.paragraphs[3:] == paragraphs[3:]


def test_a_blogs_first_post_under_its_sidebars_links_is_an_item_of_its_index():
    def post(n: int, county: str, whole: bool) -> str:
        text = (f"<p>——2024年1月{n}日在{county}第十八届人民代表大会第四次会议上</p><p>各位代表：</p><p>{BODY}</p>"
                if whole else f"<p>{BODY[:60]}</p><a href='/{n}/'>阅读全文 »</a>")
        return (f"<article><h2><a href='/2024/01/{n}/'>{county}2024年政府工作报告</a></h2>"
                f"<div>发表于 2024-01-{n + 10} 分类于政府工作报告</div>{text}</article>")
    page = ("<html><head><title>闽南县域笔记</title></head><body><aside><h3>友情链接</h3>"
            "<ul><li><a href='http://www.quanzhou.gov.cn/'>泉州市人民政府</a></li>"
            "<li><a href='/data/'>闽南县域数据站</a></li></ul></aside>"
            + post(8, "惠安县", True) + post(9, "德化县", False) + post(10, "石狮市", True) + "</body></html>")
    reports = clean_page(page, "https://blog.example.com/")
    assert [(r.is_report, r.title) for r in reports if r.is_report] == [
        (True, "惠安县2024年政府工作报告"), (True, "石狮市2024年政府工作报告")]


def test_a_bracket_titles_date_with_a_session_line_of_its_own_and_a_note_after_the_closing_call():
    closing = "各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，为建设富裕文明的新佳县而努力奋斗！"
    page = ("<html><head><title>(陕西省)佳县人民政府工作报告(2017年1月12日)</title></head><body>"
            "<h1>(陕西省)佳县人民政府工作报告(2017年1月12日)</h1><p>在佳县第十八届人民代表大会第二次会议上</p>"
            f"<p>县长　高宏伟</p><p>各位代表：</p><p>{BODY}</p><p>{closing}</p>"
            "<p>注：本报告中2016年部分数据为快报数或预计数。</p><p>【我要纠错】【关闭窗口】</p></body></html>")
    [report] = clean_page(page, "http://www.jiaxian.gov.cn/zwgk/1.html")
    assert (report.delivered_on, report.congress_session, report.is_excerpt) == ("2017-01-12", 2, False)
    assert report.paragraphs[-1] == "注：本报告中2016年部分数据为快报数或预计数。"


@pytest.mark.parametrize("after", [
    "学习要求：各学校要以党支部为单位组织专题学习不少于2次，每名教师撰写学习心得一篇。",
    "委员讨论意见请于1月12日12时前由各界别小组召集人汇总后交大会秘书处提案组。",
    "申请出具档案证明　利用登记　如需复制原件，请持本人有效身份证件到县档案馆办理。",
])
def test_a_reposting_sites_instructions_under_the_closing_call_are_not_the_reports(after):
    closing = "各位代表，站在新的历史起点上，让我们凝心聚力、埋头苦干，以优异成绩庆祝新中国成立70周年！"
    page = ("<html><head><title>2019年于都县政府工作报告</title></head><body><h1>2019年于都县政府工作报告</h1>"
            "<p>（转载自于都县人民政府网）</p><p>——2019年1月18日在于都县第十八届人民代表大会第四次会议上</p>"
            f"<p>各位代表：</p><p>{BODY}</p><p>{closing}</p><p>{after}</p></body></html>")
    [report] = clean_page(page, "http://www.yudu.gov.cn/rsj/zz/1.html")
    assert report.paragraphs[-1] == closing and not report.is_excerpt
    assert "转载" not in report.body


def test_a_tabbed_reports_tab_labels_and_its_reading_pane_are_not_the_text():
    """A county portal's tab box: 报告全文 | 政策解读 | 图片解读 over panes
    that are all in the page, the reading's pane titled 《report》政策解读
    right under the report's closing call."""
    closing = ("各位代表，新征程催人奋进。让我们更加紧密地团结在以习近平同志为核心的党中央周围，"
               "为全面建设社会主义现代化新某市而努力奋斗！")
    report = "".join(f"<p>{p}</p>" for p in ["政府工作报告", "——2023年1月6日在某市第十八届人民代表大会第二次会议上",
                                               "各位代表：", *[BODY] * 6, closing])
    reading = "".join(f"<p>{p}</p>" for p in [
        "2023年1月6日，某市第十八届人民代表大会第二次会议开幕，市长代表市人民政府向大会作政府工作报告。为便于广大干部群众更好地理解报告内容，现就报告有关情况解读如下。",
        "一、起草过程", "报告起草工作于2022年11月启动，先后召开座谈会7场，征求市直部门、乡镇（街道）意见建议136条。",
        "二、关于主要预期目标", "报告提出，全市地区生产总值增长7%左右，这些目标与全省的预期目标相衔接。"])
    page = (f"<html><head><title>2023年某市政府工作报告 - 某市人民政府</title></head><body>"
            f"<h1>2023年某市政府工作报告</h1><div class=tabs><ul><li>报告全文</li><li>政策解读</li><li>图片解读</li></ul></div>"
            f"<div class=bd><div class=tab_con>{report}</div>"
            f"<div class=tab_con><div class=jd_title>《2023年某市政府工作报告》政策解读</div>"
            f"<div>解读机关：某市人民政府办公室　解读人：市政府办综合调研室</div>{reading}</div>"
            f"<div class=tab_con><img src=1.jpg alt=''><p>一图读懂2023年某市政府工作报告</p></div></div></body></html>")
    [got] = clean_page(page, "http://www.example.gov.cn/zwgk/2023/0112/1.html")
    assert got.is_report and not got.is_excerpt
    assert got.body.splitlines()[0] == "政府工作报告" and got.body.endswith("努力奋斗！")
    assert "解读" not in got.body


def test_a_reading_labelled_and_linked_under_the_closing_call_is_not_the_text():
    """【政策解读】 glued to its link (taken for a related link) heads the
    reading's key points under the report: they are the site's, not the text's."""
    closing = "各位代表！新征程催人奋进。让我们更加紧密地团结在以习近平同志为核心的党中央周围，为谱写某区高质量发展新篇章而努力奋斗！"
    report = "".join(f"<p>{p}</p>" for p in ["各位代表：", *[BODY] * 5, closing])
    reading = ("<div class=jd_box><p><strong>【政策解读】</strong><a href='/art/2023/2/8/1.html'>一图读懂｜2023年某区政府工作报告</a></p>"
               "<p>关键词一：7%——地区生产总值预期增长7%左右，全社会固定资产投资增长12%以上。</p>"
               "<p>关键词二：两园两带——某区今后一个时期空间布局和产业发展的主要抓手。</p></div>")
    page = (f"<html><head><title>2023年某区政府工作报告</title></head><body><h1>2023年某区政府工作报告</h1>"
            f"<div class=content>{report}<hr>{reading}</div></body></html>")
    [got] = clean_page(page, "http://www.example.gov.cn/art/2023/2/1/1.html")
    assert got.body.endswith("努力奋斗！") and "关键词" not in got.body and not got.is_excerpt


_TOWN_REPORT = ["政府工作报告", "——在新安镇第十六届人民代表大会第二次会议上", "镇长　孙学军", "各位代表：",
                "现在，我代表镇人民政府，向大会报告工作，请予审议。",
                "过去一年，全镇完成地区生产总值42.6亿元，增长13.5%；财政收入2.1亿元，增长18.2%。",
                "各位代表，让我们在县委、县政府和镇党委的坚强领导下，为建设和谐新安而努力奋斗！"]


@pytest.mark.parametrize("title_tag, owner", [
    ("2008年新安镇政府工作报告--新安镇人民政府", "<div class=foot>主办：灌南县新安镇人民政府　地址：新安镇人民路8号</div>"),
    ("2008年新安镇政府工作报告", "<p class=profile_meta><label>功能介绍</label><span>灌南县新安镇人民政府官方公众号。"
                             "发布新安镇政务信息。</span></p>"),
])
def test_a_town_shared_by_many_counties_is_placed_by_its_governments_full_name_on_the_page(title_tag, owner):
    """Many counties have a 新安镇; the text says only 县委、县政府. The page's
    own word on whose it is (its footer's 主办, an account's profile) names the county."""
    # (An account's profile card stands over its article; a site's footer under the text.)
    top, bottom = (owner, "") if "profile" in owner else ("", owner)
    page = (f"<html><head><title>{title_tag}</title></head><body>{top}<h1>2008年新安镇政府工作报告</h1>"
            + "".join(f"<p>{p}</p>" for p in _TOWN_REPORT) + f"{bottom}</body></html>")
    [report] = clean_page(page, "http://www.example.com/show.asp?id=1165")
    assert (report.place, report.admin_level, report.county, report.prefecture, report.province) == (
        "新安镇", "town", "灌南县", "连云港市", "江苏省")
    assert report.body.endswith("努力奋斗！")


def test_a_forum_threads_print_view_gives_the_threads_title_and_the_first_posts_text_alone():
    """Discuz's 打印本页 view: 标题: … [打印本页] over posts set one after another,
    each under 作者: … 时间: …; the replies under the report are not its text."""
    closing = "各位代表，新的一年，任务艰巨，使命光荣。让我们紧紧依靠全市人民，为加快建设富裕文明开放和谐新永州而努力奋斗！"
    first = ["政府工作报告", "——2010年1月26日在永州市第三届人民代表大会第三次会议上", "永州市市长　黄志坚", "各位代表：",
             BODY, BODY, closing]
    replies = [("回龙圩的风", "2010-1-29 11:02", "顶一个，楼主辛苦。去年GDP才681亿，跟衡阳、郴州比差距还是大啊，啥时候能过千亿。"),
               ("道州人在东莞", "2010-1-30 21:15", "承接产业转移说了好几年了，啥时候在老家也能找到一个月三千块的工作？")]
    posts = "<br>".join(first) + "".join(
        f"<hr noshade size=2 width=100%><br>作者: {who}&nbsp; &nbsp; 时间: {when}<br><br>{what}" for who, when, what in replies)
    page = (f"<html><head><title>永州论坛 - Powered by Discuz! Board</title></head><body>"
            f"<b>标题: </b>[转帖]永州市2010年政府工作报告（全文） <a href='#' onclick='window.print()'>[打印本页]</a><br>"
            f"<b>作者: </b>潇水寒烟&nbsp; &nbsp; <b>时间: </b>2010-1-29 10:36<br><br>{posts}"
            f"<hr noshade size=2 width=100%><br>欢迎光临 永州论坛 (http://bbs.example.net/)<br>Powered by Discuz! 7.2</body></html>")
    [report] = clean_page(page, "http://bbs.example.net/viewthread.php?action=printable&tid=21873")
    assert report.title == "永州市2010年政府工作报告（全文）"
    assert report.body.endswith("努力奋斗！") and "楼主" not in report.body


@pytest.mark.parametrize("mark", ["本文来自范文宝典网", "（本文来自范文宝典网www.fwbd8.com）", "【本文来自范文宝典网】"])
def test_a_farms_mark_set_inside_a_sentence_leaves_the_sentence_whole(mark):
    """A content farm sets its mark inside the text's sentences, bare or
    bracketed: each sentence comes back as the report wrote it."""
    sentence = "城乡居民人均可支配收入分别达到36920元和17260元，分别增长5.1%和6.8%。"
    marked = sentence.replace("元和", f"元{mark}和")
    paragraphs = ["各位代表：", "现在，我代表区人民政府，向大会报告工作，请予审议。", marked,
                  "各位代表，让我们在市委和区委的坚强领导下，为建设世界一流旅游目的地而努力奋斗！"]
    page = (f"<html><head><title>2023年某区政府工作报告_政府工作报告_范文宝典网</title></head><body>"
            f"<h1>2023年某区政府工作报告</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>")
    [report] = clean_page(page, "https://www.fwbd8.com/gzbg/zfgzbg/1.html")
    assert sentence in report.paragraphs and "范文宝典" not in report.body
    assert any(r.why == "watermark" for r in report.removed)


def test_a_blog_posts_byline_and_date_over_its_heading_and_its_lead_are_not_the_text():
    """A site builder's blog post: author, date, 閱讀時間 and 更新日期 over the
    post's <h1>, then the association's lead (…現將報告全文轉載如下，供旅美鄉親了解家鄉發展。)."""
    title = "長樂區區長廖海軍作政府工作報告"
    lead = "【家鄉新聞】12月27日上午，福州市長樂區第十八屆人民代表大會第二次會議隆重開幕。現將報告全文轉載如下，供旅美鄉親了解家鄉發展。"
    text = ["政府工作报告", "——2022年12月27日在福州市长乐区第十八届人民代表大会第二次会议上", "长乐区人民政府区长　廖海军",
            "各位代表：", "现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。", BODY,
            "各位代表，让我们更加紧密地团结在以习近平同志为核心的党中央周围，为建设现代化国际城市滨海新城而努力奋斗！"]
    meta = "".join(f"<span>{m}</span><br>" for m in ["公會秘書處管理員", "2022年12月29日", "閱讀時間：12 分鐘", "更新日期：2022年12月30日"])
    page = (f"<html><head><title>{title}</title></head><body><nav><a href='/'>首頁</a> <a href='/news'>家鄉新聞</a></nav>"
            f"<article><div>{meta}</div><h1 data-hook=post-title><span>{title}</span></h1><div class=rich>"
            f"<p>{lead}</p>" + "".join(f"<p>{p}</p>" for p in text) + "</div></article></body></html>")
    [report] = clean_page(page, "https://www.example.org/post/changle")
    assert report.is_report and report.title == title
    assert report.paragraphs == text


def test_appendix_tables_after_the_closing_call_are_the_reports_to_their_last_cell():
    """附表 of targets, then 附件1 of the year's 民生实事, each a table a cell a
    line: the text runs to the last cell, and ends as the report does; the
    site's 附件下载 under it is the site's."""
    closing = "各位代表，新的一年，任务艰巨。让我们在市委、县委的坚强领导下，为建设富裕美丽幸福新信丰而努力奋斗！"
    targets = [["序号", "指标", "目标"], ["1", "地区生产总值增长", "9%左右"], ["2", "固定资产投资增长", "15%"]]
    projects = [["序号", "项目名称", "年度目标任务", "牵头单位"],
                *[[str(n), f"民生项目{n}", f"完成乡镇农贸市场标准化改造{n}个", "县商务局"] for n in range(1, 11)]]

    def table(rows):
        return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"

    page = (f"<html><head><title>信丰县2017年政府工作报告</title></head><body><h1>信丰县2017年政府工作报告</h1>"
            f"<div class=content><p>各位代表：</p><p>{BODY}</p><p>{BODY}</p><p>{closing}</p>"
            f"<p>附表</p><p>2017年主要预期目标</p>{table(targets)}"
            f"<p>附件1</p><p>2017年信丰县十件民生实事</p>{table(projects)}</div>"
            f"<div class=attach>附件下载：<a href='/u/1.doc'>信丰县2017年政府工作报告.doc</a></div>"
            f"<div>【打印本页】【关闭窗口】</div><div>上一篇：<a href='/2.html'>信丰县第十八届人民代表大会第二次会议胜利闭幕</a></div>"
            f"</body></html>")
    [report] = clean_page(page, "http://www.example.gov.cn/zwgk/2017/1.html")
    assert report.paragraphs[-1] == "县商务局" and "完成乡镇农贸市场标准化改造10个" in report.paragraphs
    assert "附件1" in report.paragraphs and not report.is_excerpt
    assert "附件下载" not in report.body


def test_a_columns_list_of_the_years_reports_with_their_dates_is_an_index():
    """The portal's 政府工作报告 column: each year's title with its date beside it,
    no text; a report's own page listing the other years beside its scan is no index."""
    items = "".join(f"<li><a href='/zfgzbg/{year}.html'>{year}年百色市政府工作报告</a><span>{year}-01-2{year % 10}</span></li>"
                    for year in range(2016, 2026))
    page = (f"<html><head><title>政府工作报告-某市人民政府门户网站</title></head><body><div>当前位置：首页 &gt; 政务公开 &gt; 政府工作报告</div>"
            f"<h2>政府工作报告</h2><div>共 10 条</div><ul class=list>{items}</ul></body></html>")
    [report] = clean_page(page, "http://www.example.gov.cn/zwgk/zfgzbg/")
    assert not report.is_report and report.reason.startswith("index-page")
    scan = (f"<html><head><title>2019年某县政府工作报告</title></head><body><h1>2019年某县政府工作报告</h1>"
            f"<div class=content><img src='/scan/1.jpg'><img src='/scan/2.jpg'></div><ul class=side>{items}</ul></body></html>")
    [report] = clean_page(scan, "http://www.example.gov.cn/zwgk/zfgzbg/2019.html")
    assert not report.is_report and report.reason.startswith("no-body")


def test_a_headline_naming_two_documents_gives_way_to_the_first_ones_bare_heading():
    """市九届人大一次会议文件：政府工作报告、计划报告全文 over the two texts: the
    work report is titled by its own bare heading, which names it alone; a
    headline naming it alone keeps its title over a bare heading."""
    from cleaning.extract import Extracted, take_own_heading_as_title

    body = ["政府工作报告", "——2016年12月28日在宜城市第九届人民代表大会第一次会议上", "各位代表：", BODY]
    first = Extracted(title="市九届人大一次会议文件：政府工作报告、计划报告全文", paragraphs=list(body))
    take_own_heading_as_title(first)
    assert first.title == "政府工作报告" and first.paragraphs == body[1:]
    alone = Extracted(title="宜城市2017年政府工作报告（全文）", paragraphs=list(body))
    take_own_heading_as_title(alone)
    assert alone.title == "宜城市2017年政府工作报告（全文）" and alone.paragraphs == body


def test_a_related_cards_snippet_inside_the_text_is_not_the_text():
    """A document farm's card between two parts of the text: its linked title,
    a snippet of the other report joined by ellipses, its pages and readers."""
    text = ["各位代表：", "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。",
            "“草原云谷”品牌影响力持续扩大，全市数据中心服务器装机能力突破120万台，智算规模达到2.1万P。",
            "粮食总产量达到36.8亿斤。马铃薯种植面积稳定在350万亩，总产量达到520万吨。",
            "各位代表，让我们在自治区党委、政府和市委的坚强领导下，为建设现代化区域中心城市而努力奋斗！"]
    card = ("<div class=card><span>相关阅读</span><a href='/doc/2.html'>2025年集宁区政府工作报告全文</a>"
            "<p>各位代表：现在，我代表区人民政府，向大会报告工作，请予审议……2024年，全区地区生产总值增长5.5%……</p>"
            "<p>9页 · 1.2万人已读</p></div>")
    page = (f"<html><head><title>2025年乌兰察布市政府工作报告全文</title></head><body><h1>2025年乌兰察布市政府工作报告全文</h1>"
            + "".join(f"<p>{p}</p>" for p in text[:3]) + card + "".join(f"<p>{p}</p>" for p in text[3:]) + "</body></html>")
    [report] = clean_page(page, "https://www.example.com/doc/1.html")
    assert report.paragraphs == text
