"""Properties of cleaning that must hold for any input (hypothesis).

- `clean_page` never raises, and never fails internally, on arbitrary bytes,
  text or tag soup;
- a well-formed page assembled from generated Chinese paragraphs and the
  seeds' boilerplate (as a text rendering or as HTML) never loses a body
  paragraph and keeps none of the boilerplate;
- paragraph restoration of a glued body keeps every character and never
  breaks inside a sentence.
"""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaning import Report, clean_page
from cleaning.paragraphs import ends_sentence, is_heading, restore_one, split_header
from tests.seed_expectations import FORBIDDEN_IN_BODY

SEEDS = Path(__file__).resolve().parent.parent / "replica" / "seeds"
SEED_000 = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8").split("\n")
DISCLAIMER = next(line for line in SEED_000 if line.startswith("本文仅代表"))

FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _no_internal_error(reports: list[Report]) -> None:
    assert reports and all(isinstance(r, Report) for r in reports)
    for report in reports:
        assert report.is_report or report.reason
        assert not (report.reason or "").startswith("internal-error"), report.reason


# --- never raises ------------------------------------------------------------------------

TAGS = ["<html>", "</html>", "<body>", "<div>", "</div>", "<p>", "</p>", "<br>", "<li>", "<a href='/x'>",
        "</a>", "<table><tr><td>", "</td></tr></table>", "<script>", "</script>", "<h1>", "</h1>",
        "<meta charset='gbk'>", "<title>", "</title>", "<!--", "-->", "&nbsp;", "\u3000", "。", "，",
        "-", "\n", "2025-07-02", "导航菜单", "本文地址：/a.html", "上一页", "各位代表：", "一、", "(一)",
        "政府工作报告", "pp电子娱乐", "404"]
TAG_SOUP = st.lists(st.one_of(st.sampled_from(TAGS), st.text(max_size=30)), max_size=60).map("".join)


@FAST
@given(st.binary(max_size=3000))
def test_never_raises_on_bytes(content):
    _no_internal_error(clean_page(content))


@FAST
@given(st.text(max_size=3000), st.one_of(st.none(), st.text(max_size=40)))
def test_never_raises_on_text(content, content_type):
    _no_internal_error(clean_page(content, url="http://example.com/a/b.html", content_type=content_type))


@FAST
@given(TAG_SOUP, st.sampled_from(["utf-8", "gbk", "gb18030"]))
def test_never_raises_on_tag_soup(content, encoding):
    _no_internal_error(clean_page(content.encode(encoding, "replace")))


# --- no body paragraph lost ----------------------------------------------------------------------

WORDS = ["我们", "坚持", "推进", "经济", "发展", "全面", "加快", "建设", "改革", "创新", "城市", "乡村",
         "产业", "项目", "质量", "提升", "民生", "保障", "生态", "环境", "治理", "服务", "企业", "市场",
         "人民", "群众", "教育", "医疗", "交通", "水利", "农业", "工业", "科技", "人才", "开放", "合作",
         "持续", "稳步", "显著", "增长", "百分之", "亿元", "完成", "实现", "目标", "任务", "重点", "新区"]
NUMERALS = "一二三四五六七八九十"

sentence = st.builds(
    lambda words, comma_at, end: "".join(
        w + ("," if i == comma_at else "") for i, w in enumerate(words)) + end,
    st.lists(st.sampled_from(WORDS), min_size=4, max_size=10),
    st.integers(min_value=1, max_value=3),
    st.sampled_from(["。", "。", "。", "!", ";"]),
)
prose_paragraph = st.lists(sentence, min_size=2, max_size=6).map("".join).filter(
    lambda p: len(re.findall(r"[\u4e00-\u9fff]", p)) >= 30 and p[-1] in "。!")
heading = st.builds(lambda n, words: f"{NUMERALS[n]}、" + "".join(words),
                    st.integers(min_value=0, max_value=9),
                    st.lists(st.sampled_from(WORDS), min_size=2, max_size=5))
# Paragraphs are unique: a body whose tail repeats earlier paragraphs word for
# word is a page carrying its text twice, which cleaning rightly reads once.
body = st.lists(st.one_of(prose_paragraph, prose_paragraph, heading), min_size=2, max_size=12,
                unique=True).filter(lambda ps: sum(1 for p in ps if p.endswith(("。", "!"))) >= 1)


def full_width(text: str) -> str:
    return text.translate(str.maketrans({",": "，", ":": "：", "!": "！", ";": "；", "(": "（", ")": "）"}))


def text_rendering(title: str, paragraphs: list[str]) -> str:
    lines = ["导航菜单", "", title, ""]
    for paragraph in paragraphs:
        lines += ["  " + paragraph, ""]
    lines += [DISCLAIMER, "", "本文地址:/baogao/huazhong/1.html", "", "留言与评论(共有 条评论)", "验证码:",
              "网站地图"]
    return "\n".join(lines)


def html_rendering(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>\u3000\u3000{full_width(p)}</p>" for p in paragraphs)
    return (f"<html><head><meta charset='utf-8'><title>{title}_博县网</title></head><body>"
            "<div class='nav'>导航菜单 <a href='/'>首页</a> <a href='/hb/'>华北</a> <a href='/hd/'>华东</a>"
            " <a href='/hz/'>华中</a></div><div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 报告</div>"
            f"<h1>{title}</h1><div id='zoom'>{body}</div>"
            "<div>分享到：<a href='#'>微信</a></div>"
            f"<div>{full_width(DISCLAIMER)}</div><div>本文地址：<a href='/baogao/huazhong/1.html'>"
            "/baogao/huazhong/1.html</a></div><form>留言与评论（共有 条评论）<input name=a>验证码：<input name=b></form>"
            "<div class='footer'>网站地图 | 联系我们 | 版权所有</div></body></html>")


def squeeze(text: str) -> str:
    return re.sub(r"\s", "", full_width(text))


@FAST
@given(body, st.sampled_from(["text", "html"]), st.sampled_from(["某某县", "驿城区", "新吴区"]))
def test_assembled_page_keeps_every_body_paragraph(paragraphs, form, place):
    title = f"(河南省){place}2022年政府工作报告"
    page = text_rendering(title, paragraphs) if form == "text" else html_rendering(title, paragraphs)
    [report] = clean_page(page, url="http://127.0.0.1:8001/baogao/huazhong/1.html")
    kept = [squeeze(p) for p in report.paragraphs]
    assert kept == [squeeze(p) for p in paragraphs]
    assert report.title == title
    assert report.canonical_url == "http://127.0.0.1:8001/baogao/huazhong/1.html"
    for phrase in FORBIDDEN_IN_BODY:
        assert phrase not in report.body


# --- restoration keeps text and sentences -------------------------------------------------------------

glued_piece = st.one_of(sentence, sentence, sentence, heading.map(lambda h: " " + h),
                        st.sampled_from(["保护第 一、全民共享", "浪漫线 一、二期", "是2016年的1.1倍",
                                         "(一)", "各位代表!", "发展质量效益显著提升。"]))
# restore_one is what runs on glued bodies; it is called directly so that
# bodies of any length are tried (long ones exercise the long-run split).
glued_body = st.lists(glued_piece, min_size=3, max_size=80).map("".join)


@FAST
@given(glued_body)
def test_restoration_keeps_text_and_breaks_only_between_sentences(text):
    header = split_header(text)[0]
    paragraphs = restore_one(text)
    assert re.sub(r"\s", "", "".join(paragraphs)) == re.sub(r"\s", "", text)
    for index, paragraph in enumerate(paragraphs[:-1]):
        assert ends_sentence(paragraph) or is_heading(paragraph) or paragraph in header, paragraph
        following = paragraphs[index + 1]
        assert not following.startswith(("、", ",", "。")), following


# --- spam's quick look never misses a line the folded look would read -------------------------

from cleaning import spam  # noqa: E402

_SPAM_ALPHABET = ("电電子真人视視讯訊棋牌捕鱼魚体體育彩票娱娛乐樂百家博赌賭场場老虎机機投注註金开開户戶册冊首存"
                  "新葡京必赢贏亚亞洲华華会會送即 \u3000\xa0.．comnetcvipxyztpbasinoCOMＣＯＭｃｏｍ政府工作报告，。"
                  "代发發刻章办辦证證抵押贷貸款无無免当當天放下微信同号號话話全国可查"
                  "码碼有在线線女优優一区區二成黄黃色情精品时時六合幸运運飞飛艇快三蛋赛賽车車电竞競九游遊年")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_SPAM_ALPHABET, max_size=30))
def test_spam_hints_found_in_any_written_form_before_folding(text):
    folded, _ = spam._folded(text)
    if spam._WORD_HINT.search(folded) or spam._WEB_HINT.search(folded):
        assert spam._HINT_ANY_WAY.search(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_SPAM_ALPHABET + "ＡＢ１２ａｂ电视机体系统报告", max_size=30))
def test_spam_quick_look_answers_as_the_full_pattern(text):
    assert spam._may_hold_hint(text) == bool(spam._HINT_ANY_WAY.search(text))


# Words spam and the checks around it are made of, the ends of sentences and
# of clauses, and the other ways of writing them (spaces, traditional
# characters, full-width letters).
_SPAM_PIECES = ("电子娱乐", "娱乐城", "AG真人视讯", "ＡＧ真人視訊", "p p电子", "博彩", "彩票开户", "官网", "请登录",
                "领取彩金", "澳门", "新葡京", "打击", "开设赌场", "产业", "集团", "儿童", "体育", "电子商务",
                "QQ:12345678", "微信 abcdefg", "ｑｑ：１２３４５６７", "V信abc_12－3", "www.bet365", ".com", "．ｃｏｍ",
                "/index?a=1", "365", "xyz",
                # advertising: offers, contacts, mobile numbers glued to figures, report words like them
                "代开发票", "代開發票", "13866668888", "１３８６６６６８８８８", "138-6666-8888", "3.2%", "电话：",
                "办证刻章", "辦證刻章", "微信同号", "电话同微信", "无抵押贷款", "當天放款", "秒下款", "增值税发票代开",
                "全国可查", "、", "一站式办理", "创业担保贷款当年放款", "申请代开发票",
                "政府工作", "报告", "。", "！", "!", "；", ";", "\n", "?", "？", "，", ",", " ", "\u3000", "娛樂", "業")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SPAM_PIECES), max_size=40).map("".join))
def test_spam_looked_for_by_sentence_as_in_the_whole_line(text):
    # A long line is looked at sentence by sentence: the same tokens are
    # found and the same spans cut as in the whole line.
    assert spam._sentence_cuts(text) == spam._line_cuts(text)


def test_contact_words_found_in_any_written_form():
    # A sentence is folded for its contacts only when it holds a character
    # of `_CONTACT_CHARACTER`: every character the contact words' letters
    # (or a mobile number's first digit) match ignoring case, or that folds
    # into one of them, is one.
    letters = re.compile("[qvwx1]", re.IGNORECASE)
    for code in range(0x110000):
        char = chr(code)
        folded = char.translate(spam._FOLD)
        if letters.fullmatch(char) or letters.fullmatch(folded) or folded in "微薇威":
            assert spam._CONTACT_CHARACTER.match(char), hex(code)


def test_spam_fold_targets_are_never_folded_again():
    # `_fold_characters` replaces each folded character in turn: that gives
    # `translate`'s answer only when no target is itself a character it folds.
    assert not {chr(target) for target in spam._FOLD.values()} & {chr(code) for code in spam._FOLD}


_FOLD_PIECES = [chr(code) for code in spam._FOLD] + ["政府", "工作", "报告", " ", "\u3000", "a", "1", "。"]


@FAST
@given(st.lists(st.sampled_from(_FOLD_PIECES), max_size=60).map("".join))
def test_spam_fold_by_replacing_is_translate(text):
    assert spam._fold_characters(text) == text.translate(spam._FOLD)
