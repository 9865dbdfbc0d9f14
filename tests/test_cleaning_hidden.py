"""Text a reader never sees, and casino brands written without a game category.

Rendering leaves out what the page's own markup hides (inline style, the
`hidden` attribute, `aria-hidden` link blocks, a class or id its own
`<style>` hides) unless the page's main text
lives there; spam removal knows casino brands by a platform code or their
site after them. Counter-cases show report text that looks alike stays.
"""
from __future__ import annotations

import re

import pytest

from cleaning import clean_page
from cleaning.render import hiding_reason, render, render_html
from cleaning.spam import remove_spam

_PARAGRAPHS = [
    "各位代表：",
    "现在，我代表县人民政府，向大会报告政府工作，请予审议，并请县政协委员和其他列席人员提出意见。",
    "一、2023年工作回顾",
    "过去一年，全县地区生产总值完成186.5亿元，增长6.1%；一般公共预算收入完成9.8亿元，增长7.3%。",
    "产业发展提质增效。新建标准化厂房12万平方米，引进亿元以上项目23个，规上工业增加值增长8.2%。",
    "乡村振兴扎实推进。粮食总产量稳定在45万吨以上，新建高标准农田6.2万亩，农村居民收入增长7.5%。",
    "民生福祉持续改善。新增城镇就业5600人，新建改扩建中小学校9所，城乡居民医保参保率保持在95%以上。",
    "二、2024年工作安排",
    "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%左右。",
    "（一）推动工业提档升级。围绕新材料和食品加工两大主导产业，全年实施工业项目30个以上。",
    "（二）全面推进乡村振兴。稳定粮食播种面积，发展特色种养，壮大村级集体经济，巩固脱贫攻坚成果。",
    "（三）用心办好民生实事。实施城区道路改造和老旧小区改造，扩大优质教育资源，提升基层医疗服务能力。",
    "各位代表，新征程催人奋进，新使命重任在肩。让我们凝心聚力、真抓实干，为建设富裕美丽幸福新县城而努力奋斗！",
]
_REPORT = "".join(f"<p>{text}</p>" for text in _PARAGRAPHS)
_HEAD = "<html><head><title>某县2024年政府工作报告</title></head><body><h1>某县2024年政府工作报告</h1>"
_URL = "http://www.mouxian.gov.cn/zwgk/2024/0110/1.html"


def _texts(html: str) -> list[str]:
    return [line.text for line in render_html(html).lines]


def _squeezed(text: str) -> str:
    return re.sub(r"\s", "", text)


@pytest.mark.parametrize("style, why", [
    ("display:none", "display-none"),
    ("DISPLAY: none !important", "display-none"),
    ("color:red;visibility:hidden", "visibility-hidden"),
    ("position:absolute;left:-9999px", "off-screen"),
    ("position:absolute; top:-999px", "off-screen"),
    ("text-indent:-5000px", "off-screen"),
    ("font-size:0", "font-size-0"),
    ("font-size: 0px; color:#fff", "font-size-0"),
    ("font-size:2px;color:#fdfdfd;font-style:normal", "font-size-0"),   # too small to read
    ("font-size:1.5pt", "font-size-0"),
    ("opacity:0", "opacity-0"),
    ("height:0;overflow:hidden", "no-size"),
    ("width:1px;height:1px;overflow:hidden", "no-size"),
    # a box of no size hides, whatever its opacity (not a block a script fades in)
    ("height:0;overflow:hidden;opacity:0;margin:0", "no-size"),
])
def test_styles_that_hide_an_element(style, why):
    assert hiding_reason({"style": style}) == why
    assert _texts(f'<div>可见的文字。</div><div style="{style}"><a href="/x">看不见的链接</a></div>') == ["可见的文字。"]


@pytest.mark.parametrize("style", [
    "margin-left:-5.4pt;text-indent:-21.0pt",   # Word's own offsets
    "font-size:10.5pt;line-height:0",
    "height:0",                                  # no overflow hidden: what is in it still shows
    "max-height:0;overflow:hidden;display:block",
    "position:absolute;left:120px;top:300px",    # a PDF viewer's text layer
    "opacity:0.8;visibility:visible",
    "font-size:12px", "font-size:4px;color:#999",   # small print is still print
])
def test_styles_that_do_not_hide(style):
    assert hiding_reason({"style": style}) is None
    assert "看得见的文字" in _texts(f'<p style="{style}">看得见的文字</p>')


def test_hidden_attribute_and_aria_hidden():
    assert hiding_reason({"hidden": ""}) == "hidden-attribute"
    assert hiding_reason({"hidden": "until-found"}) is None   # a fold the reader opens
    assert hiding_reason({"aria-hidden": "true"}) == "aria-hidden"
    assert hiding_reason({"aria-hidden": "false"}) is None
    html = ('<p hidden><a href="/a">甲</a></p><p>正文一句。</p>'
            '<div aria-hidden="true"><a href="/b">澳门赌场</a> <a href="/c">真钱游戏</a></div>'
            '<div aria-hidden="true">图标旁的说明文字。</div>')
    # Shown to readers, `aria-hidden` text goes only when it is a block of links.
    assert _texts(html) == ["正文一句。", "图标旁的说明文字。"]


def test_a_frameworks_hiding_class_hides_without_its_stylesheet_unless_shown_at_some_width():
    """pdf.js keeps its dialogs in `class="hidden"` overlays, Bootstrap its
    collapsed parts in `d-none`; Tailwind's `hidden md:block` shows on a wide screen."""
    assert hiding_reason({"class": "container hidden"}) == "hidden-class"
    assert hiding_reason({"class": "d-none"}) == "hidden-class"
    assert hiding_reason({"class": "hidden md:block"}) is None
    assert hiding_reason({"class": "d-none d-md-block"}) is None
    assert hiding_reason({"class": "hidden-xs"}) is None
    html = ('<p>' + "正文一句。" * 40 + '</p><div id="passwordOverlay" class="container hidden"><div class="dialog">'
            '<p>输入密码以打开此 PDF 文件。</p></div></div><div class="hidden lg:flex">宽屏上的说明文字。</div>')
    assert _texts(html) == ["正文一句。" * 40, "宽屏上的说明文字。"]


def test_a_forums_anti_copy_strings_are_hidden_without_its_stylesheet():
    """Discuz sets random strings between a post's lines in `<font class="jammer">`,
    hidden by the forum's stylesheet, which a saved page may not carry."""
    assert hiding_reason({"class": "jammer"}) == "anti-copy-jammer"
    assert hiding_reason({"class": "jammers-list"}) is None
    html = ('<td class="t_f">各位代表：<br /><font class="jammer">7 c2 R5 w; t9 X</font>'
            '现在，我代表区人民政府，向大会报告工作。<br /></td>')
    assert _texts(html) == ["各位代表：", "现在，我代表区人民政府，向大会报告工作。"]


def test_a_block_of_no_font_size_or_no_opacity_hides_only_links():
    """`font-size:0` on a block closes the gaps between the boxes in it (which
    set their own size from the stylesheet); `opacity:0` is what a script fades
    in: their text may be shown, so only a block of links in them goes."""
    html = ('<ul style="font-size:0"><li class="item"><a href="/1">澳门赌场</a></li><li class="item">'
            '<a href="/2">真钱游戏</a></li></ul><div style="font-size:0"><span class="t">版面说明文字。</span></div>'
            '<h1 style="opacity:0">某县2024年政府工作报告</h1>'
            '<p>他说<span style="font-size:0">新葡京</span>很好。</p>')
    assert _texts(html) == ["版面说明文字。", "某县2024年政府工作报告", "他说很好。"]


def test_text_after_a_hidden_element_shows_and_dropped_text_is_noted():
    page = render('<div style="display:none"><p><a href="/1">米乐m6</a><br><a href="/2">乐鱼体育</a>'
                  '<img src="x.png"></div><p>后面的正文。</p><marquee>热烈庆祝大会胜利召开！</marquee>')
    assert [line.text for line in page.lines] == ["后面的正文。"]
    assert page.hidden == [("米乐m6 乐鱼体育", "hidden:display-none"),
                           ("热烈庆祝大会胜利召开！", "hidden:marquee")]


def test_hidden_spam_inside_a_sentence_goes_and_the_sentence_stays_whole():
    html = ('<p>全县地区生产总值完成186.5亿元<span style="font-size:0">新葡京 <a href="/x">星际娱乐</a></span>，'
            '增长6.1%。</p>')
    assert _texts(html) == ["全县地区生产总值完成186.5亿元，增长6.1%。"]


def test_hidden_spam_blocks_leave_the_report_and_are_recorded():
    spam = ('<div style="display:none"><a href="/1">皇家国际</a> <a href="/2">金鼎网投</a> '
            '<a href="/3">永盈会</a></div>')
    paragraph = '<p style="position:absolute;left:-9999px">金鼎网投，信誉第一，日出万单，秒到账。</p>'
    report = clean_page(_HEAD + spam + _REPORT.replace("</p><p>二、", f"</p>{paragraph}<p>二、") + spam
                        + "</body></html>", url=_URL)[0]
    assert report.is_report
    for word in ("皇家国际", "金鼎网投", "永盈会", "秒到账"):
        assert word not in report.body
    assert _squeezed(_PARAGRAPHS[6]) in _squeezed(report.body)
    hidden = [r for r in report.removed if r.where == "hidden"]
    assert {r.why for r in hidden} == {"hidden:display-none", "hidden:off-screen"}
    assert any("金鼎网投，信誉第一" in r.what for r in hidden)


_STYLE = ("<style>/* 页面样式 */ .a1{display:none} #k9, span.hh {position:absolute; left:-9999px}"
          " @media print { .noprint { display:none } } @media (max-width:640px){.pc{display:none}}"
          " .tab{display:none} .tab.on{display:block} .nav a{display:none} .tip:hover{display:none}</style>")


def test_classes_and_ids_the_pages_own_stylesheet_hides():
    page = render(_STYLE + '<p>正文第一段。</p><div class="x a1"><a href="/1">澳门赌场</a> 体育投注</div>'
                  '<span class="hh">网赌平台</span><div id="k9">秒批贷款</div><p>正文第二段。</p>')
    assert [line.text for line in page.lines] == ["正文第一段。", "正文第二段。"]
    assert page.hidden == [("澳门赌场 体育投注", "hidden:display-none"), ("网赌平台", "hidden:off-screen"),
                           ("秒批贷款", "hidden:off-screen")]


def test_what_the_stylesheet_hides_only_for_print_phones_or_in_context_shows():
    """At-rules (print, a phone layout), descendant and pseudo-class selectors
    are not read; a more specific rule that shows the element wins."""
    page = render(_STYLE + '<p class="noprint">打印时隐藏的正文。</p><p class="pc">电脑上显示的正文。</p>'
                  '<div class="tab on">当前标签页。</div><div class="tab">另一个标签页。</div>'
                  '<div class="nav"><a href="/">首页</a></div><p class="tip">提示。</p>')
    assert [line.text for line in page.lines] == ["打印时隐藏的正文。", "电脑上显示的正文。", "当前标签页。",
                                                  "首页", "提示。"]


def test_a_rule_under_the_roots_class_hides_as_the_saved_state_says():
    """A toolbar's text-only mode set on <html> (`.mode-text .page-wrap`) hides
    the page's own layout, its flattened copy shown; without the root's class
    the same rule hides nothing. A rule under any other ancestor (`.box .ad`)
    hides what lies in that ancestor, and nothing outside it."""
    style = "<style>.wza-html-puretext .page-wrap{display:none!important} .box .ad{display:none}</style>"
    body = ('<div class="pure">纯文本的正文。</div><div class="page-wrap">原版式的正文。</div>'
            '<div class="box"><p class="ad">框中的文字。</p></div><p class="ad">框外的文字。</p>')
    on = render(f'<html class="wza-html-puretext"><head>{style}</head><body>{body}</body></html>')
    off = render(f"<html><head>{style}</head><body>{body}</body></html>")
    on_body = render(f'<html><head>{style}</head><body class="wza-html-puretext">{body}</body></html>')
    assert [line.text for line in on.lines] == ["纯文本的正文。", "框外的文字。"]
    assert [line.text for line in on_body.lines] == ["纯文本的正文。", "框外的文字。"]
    assert [line.text for line in off.lines] == ["纯文本的正文。", "原版式的正文。", "框外的文字。"]


def test_a_glossary_pop_up_hidden_under_its_term_leaves_the_term_in_its_sentence():
    """A term's explanation pops up on hover (`.gloss .gloss-pop{display:none}`):
    the sentence reads with the term alone, as on screen."""
    style = "<style>.gloss .gloss-pop{display:none;position:absolute} .gloss:hover .gloss-pop{display:block}</style>"
    sentence = ('<p>因地制宜发展<span class="gloss" tabindex="0">新质生产力<span class="gloss-pop" role="tooltip">'
                '<b>名词解释</b>新质生产力是创新起主导作用的先进生产力质态。</span></span>，培育壮大新兴产业。</p>')
    page = render(f"<html><head>{style}</head><body>{sentence}</body></html>")
    assert [line.text for line in page.lines] == ["因地制宜发展新质生产力，培育壮大新兴产业。"]


def test_spam_hidden_by_a_class_leaves_the_report_and_a_report_in_a_hidden_class_stays():
    spam = '<div class="a1"><a href="/1">皇家国际</a> <a href="/2">金鼎网投</a> <a href="/3">永盈会</a></div>'
    report = clean_page(_HEAD.replace("</head>", _STYLE + "</head>") + spam + _REPORT + spam
                        + "</body></html>", url=_URL)[0]
    assert "金鼎网投" not in report.body and _squeezed(_PARAGRAPHS[-1]) in _squeezed(report.body)
    assert any(r.why == "hidden:display-none" and "皇家国际" in r.what for r in report.removed)
    shown_by_script = clean_page(_HEAD.replace("</head>", _STYLE + "</head>") + f'<div class="tab">{_REPORT}'
                                 "</div></body></html>", url=_URL)[0]
    assert all(_squeezed(paragraph) in _squeezed(shown_by_script.body) for paragraph in _PARAGRAPHS)


def test_a_full_text_in_a_hidden_tab_pane_stays():
    """A CMS's tabs: a short summary shown, the full text in a pane that starts hidden."""
    tabs = ('<ul><li><a href="#a">摘要</a></li><li><a href="#b">全文</a></li></ul>'
            '<div id="a"><p>报告回顾了过去一年工作，部署了今年任务。</p></div>'
            f'<div id="b" style="display:none">{_REPORT}</div>')
    report = clean_page(_HEAD + tabs + "</body></html>", url=_URL)[0]
    assert report.is_report
    for paragraph in (_PARAGRAPHS[1], _PARAGRAPHS[5], _PARAGRAPHS[-1]):
        assert _squeezed(paragraph) in _squeezed(report.body)
    assert not any(r.where == "hidden" for r in report.removed)


@pytest.mark.parametrize("attribute", [
    'style="display:none"', 'style="visibility:hidden"', 'style="font-size:0"', "hidden",
    'style="position:absolute;left:-9999px"', 'style="height:0;overflow:hidden"', 'aria-hidden="true"',
])
def test_a_report_all_in_one_hidden_element_is_never_lost(attribute):
    """A page whose script shows the text once loaded: hidden as served."""
    report = clean_page(_HEAD + f"<div {attribute}>{_REPORT}</div></body></html>", url=_URL)[0]
    assert report.is_report
    assert all(_squeezed(paragraph) in _squeezed(report.body) for paragraph in _PARAGRAPHS)


def test_a_hidden_printable_copy_gives_one_report():
    copy = f'<div class="print" style="display:none"><h2>某县2024年政府工作报告</h2>{_REPORT}</div>'
    report = clean_page(_HEAD + _REPORT + copy + "</body></html>", url=_URL)[0]
    assert _squeezed(report.body).count(_squeezed(_PARAGRAPHS[5])) == 1
    assert _squeezed(_PARAGRAPHS[-1]) in _squeezed(report.body)
    assert any(r.why == "hidden:copy" for r in report.removed)


def test_a_hidden_rest_of_the_text_behind_a_fold_stays():
    """`展开全文` over the rest of a long report hidden inline: its part is
    smaller than what is shown, and holds no section heading, but it is long:
    report text, kept."""
    prose = [text for text in _PARAGRAPHS if not re.match(r"(各位代表|[一二]、|（)", text)]
    rest = "".join(f"<p>{text.replace('县', place)}</p>" for place in ("镇", "乡") for text in prose)
    html = (_HEAD + _REPORT * 4 + f'<div id="more" style="display:none">{rest}</div>'
            '<a href="javascript:;">展开全文</a></body></html>')
    page = render(html)
    assert prose[1].replace("县", "乡") in [line.text for line in page.lines] and not page.hidden


def test_a_short_hidden_rest_with_the_reports_structure_stays():
    """Two paragraphs of a report behind a fold: few characters, but the
    report's own closing (`各位代表`) and a numbered section: report text."""
    rest = f"<p>{_PARAGRAPHS[11]}</p><p>{_PARAGRAPHS[12]}</p>"
    html = _HEAD + "".join(f"<p>{text}</p>" for text in _PARAGRAPHS[:11]) * 3 + (
        f'<div style="display:none">{rest}</div></body></html>')
    assert _PARAGRAPHS[12] in _texts(html)


def test_hidden_prose_much_shorter_than_the_page_goes():
    html = _HEAD + _REPORT + '<div style="display:none"><p>本站整理，仅供学习参考，如有侵权请联系删除，谢谢合作。</p></div>'
    assert "如有侵权" not in "".join(_texts(html))


# --- casino brands without a game category ---------------------------------------------------
@pytest.mark.parametrize("text, left", [
    ("米乐m6", ""),
    ("米乐M6官网", ""),
    ("九游J9登录入口", ""),
    ("开云kaiyun官方网站", ""),
    ("乐鱼平台注册送88元", ""),
    ("爱游戏app下载", ""),
    ("半岛bandao", ""),
    ("米兰app下载", ""),
    ("米兰m6官网", ""),
    ("星空官网", ""),
    ("kaiyun官网", ""),
    ("yabo888注册送", ""),
    ("相关地区政府米乐m6官网", "相关地区政府官网"),
    ("全县地区生产总值米乐m6增长6%", "全县地区生产总值增长6%"),
])
def test_casino_brand_with_a_code_or_its_site_is_spam(text, left):
    assert remove_spam(text)[0] == left


@pytest.mark.parametrize("text", [
    "体验式娱乐项目加快落地，文旅融合不断深化。",
    "与意大利米兰国际展览中心签约，米兰家居华中总部落户我县。",
    "组团参加米兰设计周，搭建米兰平台对接欧洲客商。",
    "米兰M6系列产品下线，新能源客车产能提升。",
    "轨道交通M6线开工建设，G15沈海高速M6出口改造完成。",
    "引进宝马M6生产线。",
    "白银(AG)深加工项目投产，PP管材产能扩大到5万吨。",
    "PP电子材料、AG银浆项目签约。",
    "胶东半岛平台经济加快发展，星空TV演播基地建成。",
    "江南水乡古镇保护利用，上线“爱江南”APP。",
    "成功举办中国—亚欧博览会，亚博会官网访问量增长。",
    "凯发电气新建生产基地，欧宝汽车零部件项目投产。",
    "群众打开云平台即可办理，拨开云雾见青天。",
])
def test_report_words_like_a_brand_stay(text):
    assert remove_spam(text) == (text, [])


def test_a_hidden_traditional_copy_of_the_text_shown_is_a_copy():
    """A 简/繁 switch: the traditional text hidden by the page's own stylesheet
    repeats the simplified one readers see, so it goes whatever its size."""
    traditional = _REPORT.replace("县", "縣").replace("报告", "報告").replace("发展", "發展").replace("经济", "經濟")
    page = (_HEAD.replace("</head>", "<style>.ft{display:none}</style></head>") + _REPORT
            + f'<div class="ft">{traditional}</div></body></html>')
    report = clean_page(page, url=_URL)[0]
    assert _squeezed(report.body).count(_squeezed(_PARAGRAPHS[5])) == 1
    assert "報告" not in report.body and any(r.why == "hidden:copy" for r in report.removed)


@pytest.mark.parametrize("name", ["screen-reader-text", "sr-only", "visually-hidden"])
def test_text_for_screen_readers_only_is_hidden(name):
    """Themes and frameworks clip these classes out of sight: a summary
    there repeats the text shown, and goes."""
    summary = f'<div class="entry-summary {name}"><p>{_PARAGRAPHS[1]} […]</p></div>'
    report = clean_page(_HEAD + summary + _REPORT + "</body></html>", url=_URL)[0]
    assert _squeezed(report.body).count(_squeezed(_PARAGRAPHS[1])) == 1 and "[…]" not in report.body
    assert hiding_reason({"class": name}) == "screen-reader-only"
    assert hiding_reason({"class": "sr-only-focusable"}) is None


def test_a_hidden_share_abstract_cut_short_for_a_preview_is_a_copy():
    """A news app's share abstract: the opening paragraphs, the last cut
    short with an ellipsis and a 阅读全文 link, hidden by the stylesheet and
    marked `aria-hidden` too. Its lines are what readers see: it goes, and
    the text shown keeps its own opening once."""
    cut = _PARAGRAPHS[3][:30] + "……"
    abstract = (f'<div class="share-abstract" aria-hidden="true"><p>{_PARAGRAPHS[0]}</p>'
                f'<p>{_PARAGRAPHS[1]}</p><p>{cut}<a href="app://detail/1">阅读全文</a></p></div>')
    page = (_HEAD.replace("</head>", "<style>.share-abstract{display:none}</style></head>")
            + abstract + _REPORT + "</body></html>")
    report = clean_page(page, url=_URL)[0]
    assert "阅读全文" not in report.body and "……" not in report.body
    assert _squeezed(report.body).count(_squeezed(_PARAGRAPHS[1])) == 1
    assert _squeezed(_PARAGRAPHS[3]) in _squeezed(report.body)
    assert any(r.why == "hidden:copy" for r in report.removed)


def test_hidden_lines_cut_short_from_no_line_shown_are_no_copy():
    """An ellipsis alone does not make a copy: hidden lines whose leads are
    not the start of a line shown are judged as hidden text of their own
    (here the report's rest behind a fold, with its structure: kept)."""
    rest = f"<p>{_PARAGRAPHS[11]}</p><p>{_PARAGRAPHS[12][:30]}……</p>"
    html = _HEAD + "".join(f"<p>{text}</p>" for text in _PARAGRAPHS[:11]) + (
        f'<div style="display:none">{rest}</div></body></html>')
    assert _PARAGRAPHS[11] in _texts(html)


def test_what_a_plain_media_screen_rule_hides_is_hidden():
    """A site printing a copy of the text shows it only in print: `@media screen`
    (or `all`) is every screen's, unlike a print or a phone layout."""
    page = render("<style>@media screen{.print-only{display:none}} @media only screen {#pa{display:none}}"
                  " @media screen and (max-width:640px){.pc{display:none}}</style>"
                  '<p>正文第一段。</p><div class="print-only">正文第一段的打印副本。</div><div id="pa">又一副本。</div>'
                  '<p class="pc">电脑上显示的正文。</p>')
    assert [line.text for line in page.lines] == ["正文第一段。", "电脑上显示的正文。"]


def test_a_style_block_at_the_pages_foot_hides_what_stands_above_it():
    page = render('<html><body><p>正文第一段。<font class="wm">8j#R2 某某范文网 Qz4~</font>正文第二句。</p>'
                  "<style>.wm{display:none}</style></body></html>")
    assert [line.text for line in page.lines] == ["正文第一段。正文第二句。"]


def test_a_word_pages_review_comments_and_deleted_text_are_left_out():
    """A Word file saved as a web page with its review left in: a comment's
    anchor and text, and a tracked change's deleted words, whatever their size."""
    deleted = "<del>" + "这是一段被修订删除的旧文字，不再属于报告。" * 40 + "</del>"
    page = render('<p class=MsoNormal>地区生产总值达到5827.8亿元<a class=msocomanchor href="#_msocom_1">[A1]</a>，'
                  f'增长<del>6.5%</del><ins>4.5%</ins>。</p>{deleted}<p class=MsoNormal>全年新增就业5万人。</p>'
                  '<div class=msocomtxt id="_com_1"><a class=msocomoff href="#_msoanchor_1">[A1]</a>'
                  '统计局1月3日反馈数据，请以快报数为准</div>')
    assert [line.text for line in page.lines] == ["地区生产总值达到5827.8亿元，增长4.5%。", "全年新增就业5万人。"]
    assert {why for _, why in page.hidden} == {"hidden:word-comment", "hidden:deleted-text"}


def test_a_word_pages_review_comments_are_known_by_words_links_and_styles_when_classes_are_renamed():
    page = render('<p class=c1>地区生产总值达到5827.8亿元<a class=c2 href="#_msocom_1">[A1]</a>，增长4.5%。</p>'
                  '<p class=c1>全年新增就业5万人。</p>'
                  "<div style='mso-element:comment-list'><div style='mso-element:comment'><div class=c3 id=x1>"
                  '<p class=c4>统计局1月3日反馈数据，请以快报数为准</p></div></div></div>')
    assert [line.text for line in page.lines] == ["地区生产总值达到5827.8亿元，增长4.5%。", "全年新增就业5万人。"]


def test_a_showing_rule_in_an_earlier_style_block_still_wins():
    page = render("<style>.tab.on{display:block}</style><style>.tab{display:none}</style>"
                  '<div class="tab on">当前标签页。</div><div class="tab">另一个标签页。</div>')
    assert [line.text for line in page.lines] == ["当前标签页。"]


def test_a_pdf_viewers_text_layer_gives_a_line_per_positioned_span():
    """pdf.js sets each printed line in a span placed at its height on the page:
    each is a line, so a page number between them stands alone."""
    html = ('<div class="textLayer"><span style="left: 105px; top: 100px;">市场化转型。全年新增经营主体3150户，'
            '民营经济增加值占比提</span><span style="left: 105px; top: 140px;">— 2 —</span></div>'
            '<div class="textLayer"><span style="left: 105px; top: 40px;">高到45%。</span></div>')
    assert _texts(html) == ["市场化转型。全年新增经营主体3150户，民营经济增加值占比提", "— 2 —", "高到45%。"]
    # Spans on one height (a line set in several runs) stay one line.
    assert _texts('<p><span style="left:1px;top:5px">各位</span><span style="left:30px;top:5px">代表：</span></p>') == ["各位代表："]


@pytest.mark.parametrize("style", ["color:#fcfcfa", "color: rgb(252, 252, 250)", "color:#F8F8F8", "color:snow"])
def test_text_as_near_white_as_the_pages_background_is_hidden(style):
    # A content farm's brand set between sentences in its box's own off-white.
    html = f'<p>全年接待游客652万人次。<span style="{style}">赣南头条网整理</span>旅游收入增长12%。</p>'
    assert _texts(html) == ["全年接待游客652万人次。旅游收入增长12%。"]


@pytest.mark.parametrize("style", ["color:#f0a0a0", "color:rgb(250, 120, 0)", "color:#e8e8e8;background:#333"])
def test_coloured_text_is_not_white(style):
    assert _texts(f'<p>全年接待游客652万人次。<span style="{style}">旅游收入增长12%。</span></p>') == [
        "全年接待游客652万人次。旅游收入增长12%。"]
