"""Pages of the autonomous areas' governments, which print the report beside
another of China's scripts (Yi, Tibetan, Uyghur, Mongolian, Korean): the
Chinese text is the report; glosses and translations are not."""
import pytest

from cleaning import clean_page
from cleaning.boilerplate import strip_translation_glosses

PARAGRAPHS = [
    "现在，我代表州人民政府，向大会报告工作，请予审议，并请州政协委员和其他列席人员提出意见。",
    "过去一年，全州地区生产总值完成2258.6亿元，增长6.1%；RCEP市场开拓成效明显，5G基站新增1200个，新增4A级景区3个。",
    "今年全州经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，城乡居民人均可支配收入分别增长5%和7%。",
    "各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，为建设现代化新凉山而努力奋斗！",
]


@pytest.mark.parametrize("line, kept, glosses", [
    ("一、2023年工作回顾　ꋍ、2023 ꈎꏦꃅꅉꃅꄉꇬꉈ", "一、2023年工作回顾", ["ꋍ、2023 ꈎꏦꃅꅉꃅꄉꇬꉈ"]),
    ("凉山彝族自治州人民政府州长　吉克伍牛（ꏃꈩꃴꆀ）", "凉山彝族自治州人民政府州长　吉克伍牛", ["（ꏃꈩꃴꆀ）"]),
    ("政府工作报告 སྲིད་གཞུང་ལས་དོན་སྙན་ཞུ།", "政府工作报告", ["སྲིད་གཞུང་ལས་དོན་སྙན་ཞུ།"]),
    ("新增5G基站1200个，RCEP进出口增长12%。", "新增5G基站1200个，RCEP进出口增长12%。", []),
    ("ꋍ、2023 ꈎꏦꃅꅉꃅꄉꇬꉈ", "ꋍ、2023 ꈎꏦꃅꅉꃅꄉꇬꉈ", []),   # no Chinese: the translation's own line
])
def test_a_gloss_in_another_script_is_taken_off_a_chinese_line(line, kept, glosses):
    text, found = strip_translation_glosses(line)
    assert text.rstrip("　 ") == kept and found == glosses


def test_a_bilingual_reports_headings_and_speaker_lose_their_yi_glosses():
    page = ("<html><head><title>2024年凉山彝族自治州政府工作报告_凉山州人民政府</title></head><body>"
            "<div class=nav>首页 ꀉꂿ | 政务公开 ꍏꌋꇬꉈ</div><h1>2024年凉山彝族自治州政府工作报告</h1>"
            "<p>——2024年1月17日在凉山彝族自治州第十一届人民代表大会第三次会议上</p>"
            "<p>凉山彝族自治州人民政府州长　吉克伍牛（<span class=yi>ꏃꈩꃴꆀ</span>）</p><p>各位代表：</p>"
            f"<p>{PARAGRAPHS[0]}</p><p><b>一、2023年工作回顾</b>　<span>ꋍ、2023 ꈎꏦꃅꅉꃅꄉꇬꉈ</span></p>"
            f"<p>{PARAGRAPHS[1]}</p><p><b>二、2024年工作安排</b>　<span>ꑍ、2024 ꈎꏦꃅꅉꀋꐚꏃꑳ</span></p>"
            f"<p>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p></body></html>")
    [report] = clean_page(page, "http://www.lsz.gov.cn/xxgk/zfgzbg/1.html")
    assert report.speaker == "吉克伍牛" and report.speaker_title == "州长"
    assert "一、2023年工作回顾\n" in report.body + "\n" and PARAGRAPHS[1] in report.body
    assert "ꋍ" not in report.body and "ꏃꈩꃴꆀ" not in report.body and "ꑍ" not in report.body
    assert "foreign-text" in {removal.why for removal in report.removed}


def test_the_korean_translation_of_a_report_is_no_chinese_report():
    korean = ("존경하는 대표 여러분, 지금 현인민정부를 대표하여 대회에 정부사업을 보고하오니 심의하여 주시기 바랍니다. "
              "지난 한해 동안 전현 지역총생산액은 105억원에 달하여 5.2% 성장하였습니다. ") * 6
    page = ("<html><head><title>2024年汪清县政府工作报告（朝鲜文）_汪清县人民政府</title></head><body>"
            "<div>首页 | 政务公开 | 朝鲜文版</div><table><tr><td>名称</td><td>2024年汪清县政府工作报告（朝鲜文）</td></tr>"
            "<tr><td>发布日期</td><td>2024-01-20</td></tr></table><h1>2024년 왕청현 정부사업보고</h1>"
            + f"<p>{korean}</p>" * 3 + "<div><a href='/zh/1.html'>查看汉文版</a></div>"
            "<div>版权所有：汪清县人民政府 吉ICP备05002014号</div></body></html>")
    [report] = clean_page(page, "http://www.wangqing.gov.cn/cx/zfgzbg/1.html")
    assert not report.is_report and report.reason == "not-chinese"


@pytest.mark.parametrize("line", ["སྲིད་གཞུང་ལས་དོན་སྙན་ཞུ།", "༣ སྲིད་གཞུང་རང་ཉིད་ཀྱི་འཛུགས་སྐྲུན་ཡོངས་རྫོགས་སུ་ཤུགས་ཆེར་གཏོང་བ།"])
def test_a_tibetan_heading_line_written_without_spaces_is_not_the_chinese_report(line):
    page = "<html><body>" + "".join(f"<p>{p}</p><p>{line}</p>" for p in PARAGRAPHS) + "</body></html>"
    [report] = clean_page(page, "http://www.abx.gov.cn/zwgk/1.html")
    assert report.paragraphs == PARAGRAPHS
