"""The metadata half of cleaning/: gazetteer, regions, dates, extract_metadata, classify.

Seed reports are read straight from replica/seeds (split on blank lines for
site A, on the item lines for site B), so these tests do not depend on the
extraction half.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaning import dates, gazetteer, regions
from cleaning.metadata import classify, extract_metadata
from cleaning.report import ADMIN_LEVELS
from tests.seed_expectations import SEED_REPORTS

SEEDS = Path(__file__).resolve().parent.parent / "replica" / "seeds"

METADATA_KEYS = {
    "title", "province", "prefecture", "county", "place", "admin_level", "adcode",
    "latitude", "longitude", "region", "year", "delivered_on", "congress",
    "congress_term", "congress_session", "speaker", "speaker_title", "flags",
}
COMPARED_KEYS = METADATA_KEYS - {"flags", "title", "latitude", "longitude", "adcode"}


# --------------------------------------------------------------------------- seed readers


def _seed_file(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def site_a_page(seed: str) -> tuple[str | None, list[str]]:
    """(title, body paragraphs) of a site-A seed: the blocks between the
    navigation and the disclaimer; the title is a short unindented block
    (003 starts mid-body, its first paragraph unindented at the file start)."""
    blocks = _seed_file(seed).read_text(encoding="utf-8").split("\n\n")
    title, paragraphs = None, []
    for block in blocks:
        if block.strip() == "导航菜单":
            continue
        if block.strip().startswith("本文仅代表"):
            break
        if title is None and not paragraphs and not block.startswith("  ") and len(block) < 80:
            title = block.strip()
        else:
            paragraphs.append(block.strip())
    return title, paragraphs


def site_b_items() -> dict[str, list[str]]:
    """Title → [one-line body] for the ten items of seed 004."""
    lines = _seed_file("004").read_text(encoding="utf-8").split("\n")
    items = {}
    for index, line in enumerate(lines):
        if line == "-" and index + 2 < len(lines):
            items[lines[index + 1]] = [lines[index + 2]]
    return items


def seed_case(expected: dict) -> tuple[str | None, list[str], str | None]:
    if "site_b_title" in expected:
        title = expected["site_b_title"]
        return title, site_b_items()[title], None
    title, paragraphs = site_a_page(expected["seed"])
    return title, paragraphs, expected["site_a"]


def _seed_id(expected: dict) -> str:
    return expected.get("site_b_title") or expected["seed"]


# --------------------------------------------------------------------------- seeds


@pytest.mark.parametrize("expected", SEED_REPORTS, ids=_seed_id)
def test_seed_metadata(expected):
    title, paragraphs, url = seed_case(expected)
    meta = extract_metadata(title, paragraphs, canonical_url=url)
    assert set(meta) == METADATA_KEYS
    for key in COMPARED_KEYS & set(expected):
        assert meta[key] == expected[key], key
    for flag in expected.get("flags_include", []):
        assert flag in meta["flags"]
    assert meta["admin_level"] in ADMIN_LEVELS
    assert meta["adcode"] and len(meta["adcode"]) == 6
    assert meta["latitude"] and meta["longitude"]
    assert "region-slug-mismatch" not in meta["flags"]


@pytest.mark.parametrize("expected", SEED_REPORTS, ids=_seed_id)
def test_seed_reports_classify_as_work_reports(expected):
    title, paragraphs, _ = seed_case(expected)
    assert classify(title, paragraphs) is None


def test_seed_003_without_title_is_xinwu_2023():
    title, paragraphs = site_a_page("003")
    assert title is None
    meta = extract_metadata(None, paragraphs, canonical_url="/baogao/huadong/5905.html")
    assert (meta["province"], meta["prefecture"], meta["county"]) == ("江苏省", "无锡市", "新吴区")
    assert meta["place"] == "无锡市新吴区"
    assert meta["adcode"] == "320214"
    assert meta["year"] == 2023
    assert meta["flags"] == ["missing-title"]


def test_seed_xiamen_is_the_2019_report_under_a_2022_title():
    meta = extract_metadata("2022年厦门市政府工作报告", site_b_items()["2022年厦门市政府工作报告"])
    assert meta["year"] == 2019
    assert meta["delivered_on"] == "2019-01-09"
    assert meta["congress"] == "厦门市第十五届人民代表大会第三次会议"
    assert "title-year-mismatch" in meta["flags"]


@pytest.mark.parametrize("title", ["2022年东丽区政府工作报告", "2022年蓟州区政府工作报告",
                                   "2022年天门市政府工作报告", "2022年郴州市政府工作报告"])
def test_december_deliveries_are_next_years_reports(title):
    meta = extract_metadata(title, site_b_items()[title])
    assert meta["delivered_on"].startswith("2021-12-")
    assert meta["year"] == 2022
    assert "title-year-mismatch" not in meta["flags"]


def test_chenzhou_speaker_has_no_title():
    meta = extract_metadata("2022年郴州市政府工作报告", site_b_items()["2022年郴州市政府工作报告"])
    assert meta["speaker"] == "吴巨培"
    assert meta["speaker_title"] is None


def test_site_a_header_with_a_bare_speaker_name():
    """Site A renders the 郴州 header as separate paragraphs; the speaker has no title."""
    paragraphs = ["2022年郴州市政府工作报告", "2021年12月30日在郴州市第六届人民代表大会第一次会议上",
                  "吴巨培", "各位代表：", "现在，我代表市人民政府，向大会报告工作。"]
    meta = extract_metadata("（湖南省）郴州市2022年政府工作报告", paragraphs)
    assert (meta["speaker"], meta["speaker_title"]) == ("吴巨培", None)
    assert (meta["delivered_on"], meta["year"], meta["place"]) == ("2021-12-30", 2022, "郴州市")


def test_site_a_header_as_one_long_paragraph():
    """Paragraph breaks may be lost: the same header glued on one line."""
    title, paragraphs = site_a_page("002")
    meta = extract_metadata(title, ["".join(paragraphs)])
    assert meta["delivered_on"] == "2022-04-20"
    assert meta["congress"] == "魏都区十六届人民代表大会第一次会议"
    assert (meta["speaker"], meta["speaker_title"]) == ("何长成", "区长")


def test_full_width_forms_are_matched_and_returned_as_written():
    title = "（河南省）许昌市魏都区２０２２年政府工作报告"
    paragraphs = ["——２０２２年４月２０日在魏都区十六届人民代表大会第一次会议上",
                  "魏都区人民政府区长\u3000何长成", "各位代表："]
    meta = extract_metadata(title, paragraphs)
    assert meta["title"] == title
    assert meta["place"] == "许昌市魏都区"
    assert meta["year"] == 2022 and meta["delivered_on"] == "2022-04-20"
    assert (meta["speaker"], meta["speaker_title"]) == ("何长成", "区长")
    assert meta["congress_term"] == 16


def test_seed_paths_give_no_region_slug_mismatch_but_a_wrong_slug_does():
    title, paragraphs = site_a_page("000")
    assert "region-slug-mismatch" in extract_metadata(
        title, paragraphs, canonical_url="/baogao/xibei/1320.html")["flags"]
    # `hb` may mean 湖北 (华中): no mismatch for a 河南 report either way.
    assert "region-slug-mismatch" not in extract_metadata(
        title, paragraphs, url="http://bx2200.com/baogao/hb/1320.html")["flags"]


# --------------------------------------------------------------------------- other title forms

SPEECH = ["各位代表:", "现在,我代表县人民政府,向大会报告工作,请予审议。"]


def meta_for(title, paragraphs=SPEECH, **urls):
    return extract_metadata(title, paragraphs, **urls)


def test_county_report_with_date_in_brackets():
    meta = meta_for("(河南省)新县人民政府工作报告(2021年1月5日)")
    assert (meta["province"], meta["prefecture"], meta["county"]) == ("河南省", "信阳市", "新县")
    assert meta["place"] == "新县"
    assert meta["admin_level"] == "county"
    assert meta["delivered_on"] == "2021-01-05"
    assert meta["year"] == 2021
    assert meta["flags"] == []


def test_unknown_county_keeps_the_bracketed_province():
    meta = meta_for("(河南省)某县人民政府工作报告(2021年1月5日)")
    assert meta["province"] == "河南省" and meta["region"] == "华中"
    assert meta["place"] == "某县"
    assert meta["county"] is None and meta["adcode"] is None
    assert "place-not-in-gazetteer" in meta["flags"]


def test_year_after_place_and_full_text_suffix():
    meta = meta_for("长沙县2021年政府工作报告(全文)")
    assert (meta["province"], meta["county"], meta["year"]) == ("湖南省", "长沙县", 2021)


def test_county_level_city():
    meta = meta_for("(江苏省)昆山市2022年政府工作报告")
    assert (meta["province"], meta["prefecture"], meta["county"]) == ("江苏省", "苏州市", "昆山市")
    assert meta["admin_level"] == "county-level-city"
    assert meta["adcode"] == "320583"


@pytest.mark.parametrize("title, place", [
    ("2022年黔东南苗族侗族自治州政府工作报告", "黔东南苗族侗族自治州"),
    ("2022年黔东南州政府工作报告", "黔东南州"),
])
def test_autonomous_prefecture(title, place):
    meta = meta_for(title)
    assert meta["province"] == "贵州省"
    assert meta["prefecture"] == "黔东南苗族侗族自治州"
    assert meta["place"] == place
    assert meta["admin_level"] == "prefecture"
    assert meta["region"] == "西南"


def test_banner():
    meta = meta_for("2022年达拉特旗政府工作报告")
    assert (meta["province"], meta["prefecture"], meta["county"]) == ("内蒙古自治区", "鄂尔多斯市", "达拉特旗")
    assert meta["admin_level"] == "county"
    assert meta["region"] == "华北"


@pytest.mark.parametrize("title", ["权威发布｜2023年平舆县政府工作报告", "重磅！平舆县2023年政府工作报告",
                                   "全文：2023年平舆县政府工作报告"])
def test_label_ahead_of_the_title_is_no_part_of_the_place(title):
    meta = meta_for(title)
    assert (meta["place"], meta["county"], meta["adcode"]) == ("平舆县", "平舆县", "411723")


@pytest.mark.parametrize("title, place", [
    ("南阳市人民政府工作报告（2024）", "南阳市"), ("南阳市2024年《政府工作报告》", "南阳市"),
    ("《2024年南阳市政府工作报告》", "南阳市"), ("南阳市政府工作报告(全文)2024年", "南阳市"),
    ("2024南阳政府工作报告", "南阳"),
])
def test_title_forms_with_book_brackets_and_bare_or_trailing_years(title, place):
    meta = meta_for(title)
    assert (meta["place"], meta["adcode"], meta["year"]) == (place, "411300", 2024)
    assert not meta["flags"]


def test_a_dated_bracket_is_the_delivery_not_the_title_year():
    meta = meta_for("南阳市人民政府工作报告（2023年12月28日）")
    assert (meta["year"], meta["delivered_on"], meta["flags"]) == (2024, "2023-12-28", [])


def test_place_before_a_bar_is_kept_when_nothing_else_names_one():
    assert meta_for("平舆县｜2023年政府工作报告")["place"] == "平舆县"


@pytest.mark.parametrize("title, level", [
    ("2023年周庄镇政府工作报告", "town"), ("2023年某某乡政府工作报告", "town"),
    ("2009年襄樊县政府工作报告", "county"), ("2009年襄城市政府工作报告", None),
])
def test_level_of_a_place_the_gazetteer_lacks_is_what_its_name_says(title, level):
    meta = meta_for(title)
    assert meta["admin_level"] == level and meta["adcode"] is None
    assert "place-not-in-gazetteer" in meta["flags"]


# --------------------------------------------------------------------------- places as they were

@pytest.mark.parametrize("title, expected", [
    # renamed in 2010, same code: today's coordinates of 襄阳
    ("2009年襄樊市政府工作报告", ("湖北省", "襄樊市", None, "prefecture", "420600")),
    ("湖北省襄樊市2009年政府工作报告", ("湖北省", "襄樊市", None, "prefecture", "420600")),
    # merged into 东城区 in 2010: no division of today has the code
    ("北京市崇文区2009年政府工作报告", ("北京市", None, "崇文区", "district", "110103")),
    # became 鄞州区 in 2002, 萧山区 in 2001
    ("鄞县2001年政府工作报告", ("浙江省", "宁波市", "鄞县", "county", "330227")),
    ("萧山市人民政府工作报告（2000年2月18日）", ("浙江省", "杭州市", "萧山市", "county-level-city", "330181")),
    # a 地区 that became a city in 2011
    ("毕节地区2010年政府工作报告", ("贵州省", "毕节地区", None, "prefecture", "522400")),
    # 重庆 was a city of 四川 until 1997
    ("四川省巴县1994年政府工作报告", ("四川省", "重庆市", "巴县", "county", "510222")),
])
def test_a_place_since_renamed_or_abolished_is_read_as_it_was_that_year(title, expected):
    meta = meta_for(title)
    assert (meta["province"], meta["prefecture"], meta["county"], meta["admin_level"],
            meta["adcode"]) == expected
    assert meta["flags"] == ["historical-division"]
    assert meta["region"] is not None


def test_a_renamed_place_keeps_todays_coordinates_of_its_code_and_an_abolished_one_none():
    xiangfan = meta_for("2009年襄樊市政府工作报告")
    xiangyang = meta_for("2012年襄阳市政府工作报告")
    assert (xiangfan["latitude"], xiangfan["longitude"]) == (xiangyang["latitude"], xiangyang["longitude"])
    assert xiangfan["latitude"] is not None
    chongwen = meta_for("北京市崇文区2009年政府工作报告")
    assert (chongwen["latitude"], chongwen["longitude"]) == (None, None)


def test_the_divisions_of_the_reports_year_are_read_first():
    """江宁县 became 江宁区 in 2000; the code 320121 was 江宁县's. A report of 1999
    reads the revision of 1998's end."""
    from cleaning import history
    assert history.revisions_to_try("江宁县", 1999)[0] == "199812"
    assert history.revisions_to_try("江宁县", None)[0] <= "200012"


@pytest.mark.parametrize("title, expected", [
    # a county-level city until its 地区 became the city of that name (2011)
    ("铜仁市2010年政府工作报告", ("铜仁地区", "county-level-city", "522201", ["historical-division"])),
    ("铜仁市2013年政府工作报告", ("铜仁市", "prefecture", "520600", [])),
    # a prefecture until 2011, a county-level city of 合肥 since
    ("巢湖市2010年政府工作报告", ("巢湖市", "prefecture", "341400", ["historical-division"])),
    ("巢湖市2013年政府工作报告", ("合肥市", "county-level-city", "340181", [])),
    # the same division then and now: nothing changes
    ("平舆县2019年政府工作报告", ("驻马店市", "county", "411723", [])),
])
def test_a_name_that_meant_another_division_that_year(title, expected):
    meta = meta_for(title)
    assert (meta["prefecture"], meta["admin_level"], meta["adcode"], meta["flags"]) == expected


def test_a_place_no_revision_knows_stays_unplaced():
    meta = meta_for("2022年天府新区政府工作报告")
    assert (meta["province"], meta["adcode"]) == (None, None)
    assert "place-not-in-gazetteer" in meta["flags"] and "historical-division" not in meta["flags"]


def test_a_historical_name_contradicting_the_bracketed_province_is_not_taken():
    meta = meta_for("(河南省)襄樊市2009年政府工作报告")
    assert meta["adcode"] is None and "historical-division" not in meta["flags"]


def test_site_name_places_a_report_whose_text_names_no_place():
    speech = ["各位代表：", "现在，我代表县人民政府，向大会报告政府工作，请予审议。"]
    meta = extract_metadata("2024年政府工作报告", speech, site_name="汝阳县人民政府")
    assert (meta["place"], meta["county"], meta["adcode"]) == ("汝阳县", "汝阳县", "410326")
    assert "place-from-site-name" in meta["flags"]
    # The site of the city above it is no answer for a county's report.
    assert extract_metadata("2024年政府工作报告", speech, site_name="洛阳市人民政府")["place"] is None
    # A place the text names wins over the site's.
    assert extract_metadata("2024年栾川县政府工作报告", speech, site_name="汝阳县人民政府")["place"] == "栾川县"


def test_a_town_named_alone_lies_in_the_county_whose_site_it_is_on():
    speech = ["——2021年3月2日在新市镇第十七届人民代表大会第五次会议上", "各位代表："]
    meta = extract_metadata("新市镇人民政府工作报告", speech, site_name="德清县人民政府")
    assert (meta["place"], meta["admin_level"], meta["county"], meta["prefecture"], meta["province"]) == (
        "新市镇", "town", "德清县", "湖州市", "浙江省")
    assert meta["adcode"] is None and "place-not-in-gazetteer" not in meta["flags"]
    # A city's site narrows the counties with a 新市镇 to the one in that city.
    meta = extract_metadata("新市镇人民政府工作报告", speech, site_name="湖州市人民政府")
    assert (meta["county"], meta["admin_level"]) == ("德清县", "town")


def test_a_town_only_one_county_has_is_placed_by_the_township_list():
    speech = ["——2021年1月28日在织里镇第十七届人民代表大会第五次会议上", "镇长　沈建华", "各位代表："]
    meta = extract_metadata("政府工作报告", speech)
    assert (meta["place"], meta["admin_level"], meta["county"], meta["prefecture"], meta["province"]) == (
        "织里镇", "town", "吴兴区", "湖州市", "浙江省")
    assert meta["adcode"] is None and meta["region"] == "华东"


def test_a_town_name_many_counties_share_is_placed_only_when_the_text_says_which():
    speech = ["——2024年1月8日在城关镇第十八届人民代表大会第四次会议上", "镇长　王强", "各位代表：",
              "过去一年，在县委、县政府和镇党委的坚强领导下，全镇经济社会发展稳中有进。"]
    meta = extract_metadata("城关镇政府工作报告", speech)
    assert (meta["county"], meta["admin_level"]) == (None, "town")
    named = speech[:3] + ["过去一年，在汝阳县委、县政府和镇党委的坚强领导下，全镇经济社会发展稳中有进。"]
    meta = extract_metadata("城关镇政府工作报告", named)
    assert (meta["county"], meta["prefecture"], meta["admin_level"]) == ("汝阳县", "洛阳市", "town")


def test_a_town_named_alone_lies_in_the_county_its_congress_line_names():
    speech = ["——2024年1月18日在镇平县石佛寺镇第十八届人民代表大会第三次会议上", "各位代表："]
    meta = extract_metadata("（河南省）石佛寺镇2024年政府工作报告", speech)
    assert (meta["place"], meta["admin_level"], meta["county"], meta["prefecture"]) == (
        "石佛寺镇", "town", "镇平县", "南阳市")


def test_the_site_name_a_government_page_declares_in_its_meta_tags():
    from cleaning.render import render

    page = render("<html><head><title>新市镇人民政府工作报告</title>"
                  "<meta name='SiteName' content='德清县人民政府'></head><body><p>各位代表：</p></body></html>")
    assert page.site_meta_name == "德清县人民政府"


def test_ambiguous_district_without_its_city_is_left_open():
    meta = meta_for("2022年鼓楼区政府工作报告")
    assert meta["county"] == "鼓楼区" and meta["admin_level"] == "district"
    assert meta["province"] is None and meta["prefecture"] is None and meta["adcode"] is None
    assert meta["latitude"] is None and meta["region"] is None
    assert "ambiguous-place" in meta["flags"]


def test_ambiguous_district_with_its_city_in_the_title():
    meta = meta_for("2022年福州市鼓楼区政府工作报告")
    assert (meta["province"], meta["prefecture"], meta["adcode"]) == ("福建省", "福州市", "350102")
    assert meta["place"] == "福州市鼓楼区"
    assert "ambiguous-place" not in meta["flags"]


def test_ambiguous_district_settled_by_the_delivery_line():
    paragraphs = ["2022年1月6日在福州市鼓楼区第十八届人民代表大会第一次会议上", "区长 张三", "各位代表:"]
    meta = meta_for("2022年鼓楼区政府工作报告", paragraphs)
    assert (meta["province"], meta["prefecture"]) == ("福建省", "福州市")
    assert meta["place"] == "鼓楼区"
    assert (meta["speaker"], meta["speaker_title"], meta["congress_term"]) == ("张三", "区长", 18)


def test_ambiguous_district_settled_by_the_province_in_the_body():
    meta = meta_for("2022年鼓楼区政府工作报告", ["全面贯彻习近平总书记对福建工作的重要讲话精神。"])
    assert (meta["province"], meta["prefecture"]) == ("福建省", "福州市")


def test_ambiguous_district_not_settled_by_a_loose_slug():
    meta = meta_for("2022年鼓楼区政府工作报告", canonical_url="/baogao/hb/9.html")
    assert meta["province"] is None


def test_municipality_district():
    meta = meta_for("2022年北京市朝阳区政府工作报告")
    assert (meta["province"], meta["prefecture"], meta["county"]) == ("北京市", None, "朝阳区")
    assert meta["place"] == "朝阳区"
    assert meta["admin_level"] == "district" and meta["adcode"] == "110105"
    assert "ambiguous-place" in meta_for("2022年朝阳区政府工作报告")["flags"]


def test_traditional_characters_keep_their_script_in_text_values():
    paragraphs = ["2022年1月20日在廣州市第十六屆人民代表大會第一次會議上", "廣州市市長 郭永航", "各位代表:"]
    meta = meta_for("2022年廣州市政府工作報告", paragraphs)
    assert meta["place"] == "廣州市"
    assert meta["congress"] == "廣州市第十六屆人民代表大會第一次會議"
    assert (meta["speaker"], meta["speaker_title"]) == ("郭永航", "市長")
    assert (meta["province"], meta["prefecture"]) == ("广东省", "广州市")   # gazetteer names
    assert meta["congress_term"] == 16 and meta["year"] == 2022
    assert classify("2022年廣州市政府工作報告", paragraphs) is None


def test_site_tag_prefix_is_stripped():
    meta = meta_for("【咸阳市招商】2022年襄阳市政府工作报告")
    assert meta["title"] == "2022年襄阳市政府工作报告"
    assert meta["province"] == "湖北省" and meta["place"] == "襄阳市"


def test_title_carrying_the_delivery_line():
    meta = meta_for("政府工作报告——2022年1月17日在河北省第十三届人民代表大会第五次会议上", ["各位代表:"])
    assert (meta["province"], meta["place"], meta["admin_level"]) == ("河北省", "河北省", "province")
    assert (meta["delivered_on"], meta["year"]) == ("2022-01-17", 2022)
    assert (meta["congress_term"], meta["congress_session"]) == (13, 5)


def test_guanyu_title():
    meta = meta_for("关于郑州市2022年政府工作报告")
    assert (meta["province"], meta["place"], meta["year"]) == ("河南省", "郑州市", 2022)


def test_town_report():
    meta = meta_for("(河南省)新郑市龙湖镇2022年政府工作报告")
    assert (meta["province"], meta["prefecture"], meta["county"]) == ("河南省", "郑州市", "新郑市")
    assert meta["place"] == "新郑市龙湖镇"
    assert meta["admin_level"] == "town" and meta["adcode"] is None


def test_province_in_brackets_contradicting_the_place_is_flagged():
    meta = meta_for("(河南省)东丽区2022年政府工作报告")
    assert meta["province"] == "天津市"
    assert "place-conflict" in meta["flags"]


def test_autonomous_region_speaker_with_middle_dot():
    paragraphs = ["2022年1月22日在新疆维吾尔自治区第十三届人民代表大会第五次会议上",
                  "自治区主席 雪克来提·扎克尔", "各位代表:"]
    meta = meta_for("2022年新疆维吾尔自治区政府工作报告", paragraphs)
    assert (meta["province"], meta["region"]) == ("新疆维吾尔自治区", "西北")
    assert (meta["speaker"], meta["speaker_title"]) == ("雪克来提·扎克尔", "主席")


@pytest.mark.parametrize("name", ["向䶮", "王𬌗"])
def test_speaker_names_with_characters_beyond_gbk(name):
    # Rare characters of the CJK extension blocks are what names hold (and
    # what GB18030 pages carry): one in the name must not lose the speaker.
    paragraphs = ["2023年1月6日在沅陵县第十八届人民代表大会第二次会议上", f"沅陵县人民政府县长　{name}", "各位代表:"]
    meta = meta_for("沅陵县2023年政府工作报告", paragraphs)
    assert (meta["speaker"], meta["speaker_title"]) == (name, "县长")


def test_month_only_chinese_numeral_date_gives_the_year_not_a_date():
    meta = meta_for("东丽区政府工作报告", ["二零一九年元月在东丽区第十七届人民代表大会第五次会议上"])
    assert meta["delivered_on"] is None
    assert meta["year"] == 2019
    assert (meta["congress_term"], meta["congress_session"]) == (17, 5)


def test_national_congress_quoted_in_the_body_is_not_the_delivery_line():
    paragraphs = ["各位代表:"] + ["全区经济运行稳中向好。" * 60] + [
        "2021年3月5日在十三届全国人大四次会议上习近平总书记强调,要做好工作。"]
    meta = meta_for("2022年东丽区政府工作报告", paragraphs)
    assert meta["congress"] is None and meta["delivered_on"] is None


@pytest.mark.parametrize("expected", [e for e in SEED_REPORTS if "site_b_title" in e],
                         ids=_seed_id)
def test_title_less_excerpts_give_the_right_place_or_none(expected):
    """Pieces from the middle of real reports, without title or header: the
    body-only inference may find nothing, but must not name a wrong place."""
    body = site_b_items()[expected["site_b_title"]][0]
    for start in (3000, 6000, 9000):
        meta = extract_metadata(None, [body[start: start + 3000]])
        assert meta["province"] in (None, expected["province"])
        assert meta["place"] in (None, expected["place"])
        assert meta["prefecture"] in (None, expected["prefecture"])


def test_no_title_no_place_gives_nulls_not_guesses():
    meta = extract_metadata(None, ["各位代表,今年经济运行稳中向好,我们将继续努力。"])
    assert meta["place"] is None and meta["province"] is None
    assert meta["flags"] == ["missing-title"]


@settings(max_examples=40, deadline=None)
@given(st.one_of(st.none(), st.text(max_size=40)), st.lists(st.text(max_size=200), max_size=4))
def test_extract_metadata_never_raises(title, paragraphs):
    meta = extract_metadata(title, paragraphs)
    assert set(meta) == METADATA_KEYS
    assert meta["admin_level"] is None or meta["admin_level"] in ADMIN_LEVELS
    assert classify(title, paragraphs) is None or classify(title, paragraphs).startswith("not-a-work-report")


# --------------------------------------------------------------------------- classify


@pytest.mark.parametrize("title, paragraphs, label", [
    ("许昌市2021年国民经济和社会发展统计公报", ["2021年,全市生产总值……"], "统计公报"),
    ("关于许昌市2021年预算执行情况和2022年预算草案的报告", ["各位代表:受市人民政府委托……"], "预算报告"),
    ("关于2021年国民经济和社会发展计划执行情况与2022年计划草案的报告", ["各位代表:"], "计划报告"),
    ("许昌市人民代表大会常务委员会工作报告", ["各位代表:"], "人大常委会工作报告"),
    ("许昌市中级人民法院工作报告", ["各位代表:"], "法院工作报告"),
    ("许昌市人民检察院工作报告", ["各位代表:"], "检察院工作报告"),
    ("许昌市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", ["……"], "规划"),
    ("【咸阳市招商】咸阳高新区集中签约10个项目", ["3月5日,咸阳高新区举行项目集中签约仪式。"], "新闻"),
    ("关于政府工作报告的决议", ["大会听取和审议了政府工作报告……"], "决议"),
    ("2022年政府工作报告解读", ["……"], "解读"),
    ("洛阳市2023年政府工作报告.ppt", ["PART 01 2022年工作回顾", "地区生产总值 增长7%左右"], "课件"),
    ("2023年政府工作报告宣讲课件", ["各位代表:"], "课件"),
    (None, ["各位代表:", "受市人民政府委托,现将2021年全市预算执行情况报告如下。"], "预算报告"),
    (None, ["各位代表:", "现在,我受市人民代表大会常务委员会委托,向大会报告工作。"], "人大常委会工作报告"),
    ("工作报告", ["——2015年1月22日在政协利川市第八届委员会第四次会议上", "各位委员：",
                 "现在，我代表政协利川市第八届委员会常务委员会向大会报告工作，请予审议。"], "政协工作报告"),
    # News of a meeting on the draft; a call for suggestions on it; the projects it promised.
    ("市政府召开《政府工作报告（征求意见稿）》征求意见座谈会", ["1月10日，市政府召开座谈会。"], "新闻"),
    ("“我为政府工作报告建言献策”——2024年曲阜市政府工作报告网络征集意见建议活动",
     ["为充分发扬民主、广纳群言，现面向社会公开征集意见建议。"], "意见征集"),
    ("关于征集2025年政府工作报告意见建议的公告", ["为提高政府工作报告起草质量，现面向社会公开征集意见建议。"], "意见征集"),
    ("2023年淳安县政府工作报告民生实事项目", ["经县人大代表票决，确定2023年民生实事项目10个。"], "民生实事"),
    # A news headline giving a figure of the report after a colon.
    ("青海省政府工作报告：2024年全省地区生产总值预期增长5%左右",
     ["今天上午，青海省第十四届人民代表大会第二次会议开幕。",
      "【同期声】青海省省长　吴晓军：各位代表，现在，我代表省人民政府，向大会报告工作，请予审议。"], "新闻"),
])
def test_classify_rejects_other_documents(title, paragraphs, label):
    assert classify(title, paragraphs) == f"not-a-work-report: {label}"


@pytest.mark.parametrize("title", ["临泽县2024年政府工作报告（审议稿）", "2024年政府工作报告（代拟稿）"])
def test_the_deputies_or_the_drafters_copy_of_the_text_is_a_report(title):
    body = ["——2024年1月9日在临泽县第十八届人民代表大会第四次会议上", "各位代表：",
            "现在，我代表县人民政府，向大会报告工作，请予审议。"]
    assert classify(title, body) is None


@pytest.mark.parametrize("title, body, label", [
    # a development zone's administrative committee reporting to its party working committee
    ("某经济技术开发区管委会2024年工作报告",
     ["——2024年1月20日在开发区党工委（扩大）会议上", "同志们：", "现在，我代表管委会向大会报告工作，请予审议。"],
     "其他机关工作报告"),
    # a subdistrict office (no government, no congress) reporting to residents' deputies
    ("某街道办事处2024年工作报告",
     ["各位代表：", "现在，我代表街道办事处，向大会报告工作，请予审议。"], "其他机关工作报告"),
    # the notice handing out the report's tasks, titled with the report's name
    ("某县2024年政府工作报告重点工作任务", ["各乡镇人民政府，县政府各部门：", "现将有关任务分解如下。"], "通知"),
    (None, ["各区县人民政府，市政府各部门，各直属机构：", "现将《政府工作报告》重点任务分解印发给你们。"], "通知"),
])
def test_classify_rejects_reports_of_other_bodies_and_notices(title, body, label):
    assert classify(title, body) == f"not-a-work-report: {label}"


@pytest.mark.parametrize("body", [
    ["各位代表：", "现在，我代表国务院，向大会报告政府工作，请予审议。"],
    ["各位代表：", "现在，我代表盟行政公署，向大会报告工作，请予审议。"],
    ["各位代表：", "现在，我代表县人民政府，向大会报告工作，请予审议。"],
])
def test_classify_accepts_a_government_speaking_to_the_congress(body):
    assert classify(None, body) is None


_OPENS_AS_REPORT = ["——2024年1月8日在某市第八届人民代表大会第四次会议上", "各位代表：",
                    "现在，我代表市人民政府，向大会报告工作，请予审议。"]
_WRITES_ABOUT_IT = ["记者采访了市发改委负责人。", "报告提出，今年地区生产总值增长6%左右。", "报告明确，办好十件民生实事。"]


@pytest.mark.parametrize("title", ["2024年某市政府工作报告全文（附解读）", "2024年某市政府工作报告（附图解）",
                                   "2024年某市政府工作报告（全文+解读）", "2024年某市政府工作报告（附名词解释）"])
def test_the_report_with_material_appended_is_the_report(title):
    assert classify(title, _OPENS_AS_REPORT) is None
    assert classify(title, _WRITES_ABOUT_IT) == "not-a-work-report: 解读"


def test_a_traditional_character_story_about_the_report_is_no_report():
    body = ["福建省長23日在省人大會議上作政府工作報告。", "報告提出，推動金門與廈門通水、通電、通氣、通橋。",
            "報告回顧，2023年福建地區生產總值增長4.5%。"]
    assert classify("閩政府工作報告再提「兩岸融合發展示範區」", body) == "not-a-work-report: 解读"


def test_a_live_blog_of_the_delivery_is_news():
    body = ["9:30 市长张三作政府工作报告。", "9:35 “过去一年，全市地区生产总值增长5%。”"]
    assert classify("图文直播｜2024年某市政府工作报告", body) == "not-a-work-report: 新闻"


@pytest.mark.parametrize("body, label", [
    (["各位代表：", "受市人民政府委托，现将2023年全市国民经济和社会发展计划执行情况与2024年计划草案提请大会审议。"], "计划报告"),
    (["各位代表：", "受市人民政府委托，现将全市2023年预算执行情况和2024年预算草案提请大会审议。"], "预算报告"),
    (["各位代表：", "现在，我受市人民代表大会常务委员会委托，向大会报告工作。"], "人大常委会工作报告"),
])
def test_a_page_titled_with_its_columns_name_holding_another_document(body, label):
    # A CMS titles the page with the column (政府工作报告) it files the plan report under.
    assert classify("政府工作报告", body) == f"not-a-work-report: {label}"


def test_a_report_delivered_on_the_mayors_behalf_under_the_bare_title_is_a_report():
    body = ["——2024年1月8日在某市第八届人民代表大会第四次会议上", "某市人民政府常务副市长（受市长委托）　张三", "各位代表：",
            "现在，我代表市人民政府，向大会报告工作，请予审议。"]
    assert classify("政府工作报告", body) is None


_TEMPLATE = ["各位代表：", "现在，我代表XX镇人民政府，向大会报告工作，请予审议。",
             "全年完成地区生产总值XX亿元，同比增长X.X%；完成固定资产投资XX亿元，同比增长XX%。",
             "新引进项目XX个，总投资XX亿元，新建高标准农田XXXX亩。"]


@pytest.mark.parametrize("title", ["2024年乡镇政府工作报告范文(通用5篇)", None])
def test_a_model_essay_with_blanks_for_figures_is_a_template(title):
    assert classify(title, _TEMPLATE) == "not-a-work-report: 范文模板"


def test_a_report_with_an_x_or_two_is_no_template():
    body = ["各位代表：", "现在，我代表县人民政府，向大会报告工作，请予审议。",
            "建成2×30万千瓦热电联产机组，XX村入选省级美丽乡村，实施5G×产业行动，全县增长6.5%。"]
    assert classify("2024年某县政府工作报告", body) is None


def test_a_bilingual_copy_of_the_whole_report_is_still_a_report():
    # 双语 alone is no glossary: a bilingual copy holds the whole Chinese text.
    body = ["各位代表：", "Fellow Deputies,", "现在，我代表市人民政府，向大会报告工作，请予审议。",
            "On behalf of the municipal government, I will now report to you on the work of the government."]
    assert classify("双语｜2024年某市政府工作报告全文", body) is None


@pytest.mark.parametrize("title, paragraphs", [
    ("2022年XX县政府工作", ["各位代表:现在,我代表县人民政府向大会报告工作。"]),
    (None, ["政 府 工 作 报 告", "各位代表:", "现在,我代表市人民政府向大会报告工作。"]),
    (None, ["五年来,我们攻坚克难。", "在此,我代表市人民政府,向全市人民表示感谢!"]),
    ("(河南省)驻马店市驿城区2022年政府工作报告", ["加强国防动员和后备力量建设。"]),   # excerpt page
    # the report with its translation attached after it
    ("勐腊县2024年政府工作报告（附英文译文）", ["各位代表：", "现在，我代表县人民政府向大会报告工作，请予审议。"]),
    # the report under an older name, delivered to the congress
    ("关于台江县人民政府工作情况的报告", ["——2017年1月8日在台江县第十七届人民代表大会第一次会议上",
                                         "各位代表：", "现在，我代表县人民政府向大会报告工作，请予审议。"]),
])
def test_classify_accepts_work_reports(title, paragraphs):
    assert classify(title, paragraphs) is None


def test_classify_rejects_empty_and_unrelated_text():
    assert classify(None, []).startswith("not-a-work-report")
    assert classify("今日天气", ["晴,北风三级。"]).startswith("not-a-work-report")


@pytest.mark.parametrize("title", ["信阳市人大代表热议政府工作报告", "代表委员点赞2023年政府工作报告",
                                   "聚焦2023年政府工作报告", "2023年政府工作报告十大看点"])
def test_classify_rejects_headlines_reacting_to_the_report(title):
    news = ["1月10日，市长作政府工作报告。代表们认为，报告实事求是、催人奋进。"]
    assert classify(title, news) == "not-a-work-report: 新闻"


def test_classify_rejects_news_quoting_the_work_report():
    news = ["3月5日,记者从市统计局获悉,我市经济稳中向好。今年政府工作报告提出,全年增长6%。"]
    assert classify("我市经济稳中向好", news).startswith("not-a-work-report")


# --------------------------------------------------------------------------- gazetteer


def test_gazetteer_builds_fast_and_once():
    gazetteer.load.cache_clear()
    started = time.perf_counter()
    gaz = gazetteer.load()
    assert time.perf_counter() - started < 1.0
    assert gazetteer.load() is gaz
    assert len(gaz.by_code) > 3000


@pytest.mark.parametrize("name, adcode, tier, level, province, prefecture", [
    ("济源市", "419001", "county", "county-level-city", "410000", None),
    ("天门市", "429006", "county", "county-level-city", "420000", None),
    ("东丽区", "120110", "county", "district", "120000", None),
    ("驿城区", "411702", "county", "district", "410000", "411700"),
    ("昆山市", "320583", "county", "county-level-city", "320000", "320500"),
    ("神农架林区", "429021", "county", "county", "420000", None),
    ("六枝特区", "520203", "county", "county", "520000", "520200"),
    # districts whose names end in 林区 like the 林区 above
    ("碑林区", "610103", "county", "district", "610000", "610100"),
    ("北林区", "231202", "county", "district", "230000", "231200"),
    ("达拉特旗", "150621", "county", "county", "150000", "150600"),
    ("黔东南苗族侗族自治州", "522600", "prefecture", "prefecture", "520000", None),
    ("北京市", "110000", "province", "province", "110000", None),
])
def test_gazetteer_hierarchy(name, adcode, tier, level, province, prefecture):
    (division,) = gazetteer.load().lookup(name)
    assert (division.adcode, division.tier, division.admin_level) == (adcode, tier, level)
    assert (division.province_code, division.prefecture_code) == (province, prefecture)


@pytest.mark.parametrize("name, short", [
    ("济源市", "济源"), ("驿城区", "驿城"), ("内蒙古自治区", "内蒙古"), ("新疆维吾尔自治区", "新疆"),
    ("广西壮族自治区", "广西"), ("黔东南苗族侗族自治州", "黔东南"), ("巴音郭楞蒙古自治州", "巴音郭楞"),
    ("管城回族区", "管城"), ("互助土族自治县", "互助"), ("大兴安岭地区", "大兴安岭"), ("忠县", None),
])
def test_short_names(name, short):
    (division,) = gazetteer.load().lookup(name)
    assert division.short == short


def test_short_and_repeated_names():
    gaz = gazetteer.load()
    assert [d.name for d in gaz.lookup("新吴")] == ["新吴区"]
    assert len(gaz.lookup("鼓楼区")) == 4
    assert {d.tier for d in gaz.lookup("吉林")} == {"province", "prefecture"}


# --------------------------------------------------------------------------- regions


@pytest.mark.parametrize("province, region", [
    ("河南省", "华中"), ("天津市", "华北"), ("内蒙古自治区", "华北"), ("辽宁省", "东北"),
    ("福建省", "华东"), ("广西壮族自治区", "华南"), ("重庆市", "西南"), ("青海省", "西北"),
    ("陕西省", "西北"), ("山西省", "华北"), ("香港特别行政区", None), (None, None),
])
def test_region_of(province, region):
    assert regions.region_of(province) == region


def test_slugs():
    assert regions.slug_from_url("http://bx2200.com/baogao/huazhong/1320.html") == "huazhong"
    assert regions.slug_from_url("/info/12/page/2") is None
    assert regions.regions_for_slug("huadong") == {"华东"}
    assert regions.regions_for_slug("hb") == {"华北", "华中"}
    assert regions.slug_mismatch("河南省", "/baogao/xibei/1.html")
    assert not regions.slug_mismatch("湖北省", "/baogao/hb/1.html")
    assert not regions.slug_mismatch("河南省", "/baogao/unknown/1.html")


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize("text, iso, year, month", [
    ("2022年3月28日在", "2022-03-28", 2022, 3),
    ("二〇一九年一月九日在", "2019-01-09", 2019, 1),
    ("二○一九年十二月三十一日", "2019-12-31", 2019, 12),
    ("二零二一年十一月二十日", "2021-11-20", 2021, 11),
    ("二零一九年元月", None, 2019, 1),
    ("2 0 2 2 年", None, None, None),
])
def test_parse_date(text, iso, year, month):
    date = dates.parse_date(text)
    if year is None:
        assert date is None
        return
    assert (date.iso(), date.year, date.month) == (iso, year, month)


def test_report_year_moves_november_and_december_to_the_next_year():
    assert dates.report_year(dates.parse_date("2021年12月12日")) == 2022
    assert dates.report_year(dates.parse_date("2021年11月30日")) == 2022
    assert dates.report_year(dates.parse_date("2022年1月6日")) == 2022
    assert dates.report_year(dates.parse_date("2022年4月20日")) == 2022


@pytest.mark.parametrize("text, year", [
    ("2023年主要任务", 2023),
    ("各位代表,走过不平凡的2022年,我们深知", 2023),
    ("一、2021年及区十五届政府工作回顾", 2022),
    ("2021年,是极不平凡的一年。", 2022),
    ("没有年份", None),
])
def test_year_from_cues(text, year):
    assert dates.year_from_cues(text) == year


def test_chinese_numbers():
    assert [dates.chinese_number(s) for s in ("十六", "十八", "二", "七", "一百", "元", "12")] == \
        [16, 18, 2, 7, 100, 1, 12]


# --------------------------------------------------------------------------- metadata helpers


def test_join_skips_blank_and_missing_paragraphs():
    from cleaning.metadata import _join

    assert _join([" 甲 ", "", None, "  ", "乙"]) == "甲\n乙"
    assert _join(None) == ""


def test_speaker_title_and_name_on_two_lines():
    # Word layouts centre the title on one line and the spaced name below it.
    paragraphs = ["——2024年1月10日在安吉县第十八届人民代表大会第四次会议上",
                  "安吉县人民政府县长", "胡　斌", "各位代表：", "现在，我代表县人民政府，向大会报告工作。"]
    meta = meta_for("安吉县政府工作报告", paragraphs)
    assert (meta["speaker"], meta["speaker_title"]) == ("胡斌", "县长")


def test_title_line_without_a_name_below_gives_no_speaker():
    paragraphs = ["——2024年1月10日在安吉县第十八届人民代表大会第四次会议上",
                  "安吉县人民政府县长", "各位代表：", "现在，我代表县人民政府，向大会报告工作。"]
    meta = meta_for("安吉县政府工作报告", paragraphs)
    assert meta["speaker"] is None


def test_mongolian_name_of_five_characters_without_a_dot():
    paragraphs = ["——二〇二三年一月十日在科尔沁右翼前旗第十七届人民代表大会第三次会议上",
                  "旗长　那仁满都拉", "各位代表："]
    meta = meta_for("2023年科尔沁右翼前旗政府工作报告", paragraphs)
    assert (meta["speaker"], meta["speaker_title"]) == ("那仁满都拉", "旗长")
    assert (meta["delivered_on"], meta["congress_term"], meta["congress_session"]) == ("2023-01-10", 17, 3)
    assert meta["prefecture"] == "兴安盟"


def test_bracketed_date_line_in_the_header_is_the_delivery_date():
    paragraphs = ["天水市人民政府市长　王锐", "（2023年1月10日）", "各位代表：", "现在，我代表市人民政府，向大会报告工作。"]
    meta = meta_for("2023年天水市政府工作报告", paragraphs)
    assert (meta["delivered_on"], meta["speaker"], meta["speaker_title"]) == ("2023-01-10", "王锐", "市长")


def test_date_inside_a_sentence_is_no_bracketed_delivery_date():
    paragraphs = ["各位代表：", "现在，我代表市人民政府，向大会报告工作（2023年1月10日）。"]
    assert meta_for("天水市政府工作报告", paragraphs)["delivered_on"] is None


@pytest.mark.parametrize("title", ["2023年政府工作报告目标任务完成情况", "如皋市2023年政府工作报告重点任务落实情况（第三季度）",
                                   "市政府工作报告重点任务进展情况（第一季度）", "2024年政府工作报告任务清单"])
def test_progress_reports_on_the_reports_tasks_are_not_reports(title):
    assert classify(title, ["现将前三季度各项重点任务推进情况公布如下。"]) == "not-a-work-report: 落实情况"


# --------------------------------------------------------------------------- the national report

_NATIONAL_OPENING = "各位代表:现在,我代表国务院,向大会报告政府工作,请予审议,并请全国政协委员提出意见。"


@pytest.mark.parametrize("title, header, speaker, term, session, year", [
    ("政府工作报告", "——2024年3月5日在第十四届全国人民代表大会第二次会议上", "李强", 14, 2, 2024),
    ("2023年国务院政府工作报告", "——2023年3月5日在第十四届全国人民代表大会第一次会议上", "李克强", 14, 1, 2023),
    ("政府工作報告", "——2019年3月5日在第十三屆全國人民代表大會第二次會議上", "李克強", 13, 2, 2019),
    (None, "——2018年3月5日在第十三届全国人民代表大会第一次会议上", "李克强", 13, 1, 2018),
])
def test_national_report(title, header, speaker, term, session, year):
    meta = extract_metadata(title, [header, f"国务院总理 {speaker}", _NATIONAL_OPENING])
    assert (meta["place"], meta["admin_level"]) == ("全国", "national")
    assert meta["province"] is meta["prefecture"] is meta["county"] is meta["adcode"] is None
    assert meta["region"] is None and meta["latitude"] is None
    assert (meta["congress_term"], meta["congress_session"], meta["year"]) == (term, session, year)
    assert (meta["speaker"], meta["speaker_title"]) == (speaker, "国务院总理")
    assert "national" in ADMIN_LEVELS
    assert classify(title, [header, _NATIONAL_OPENING]) is None


def test_national_report_known_only_by_speaking_for_the_state_council():
    meta = extract_metadata("2024年政府工作报告（全文）", [_NATIONAL_OPENING, "北京、上海国际科技创新中心建设成效明显。"])
    assert (meta["place"], meta["admin_level"], meta["province"]) == ("全国", "national", None)


def test_local_report_quoting_the_national_congress_stays_local():
    paragraphs = ["在十三届全国人大四次会议上,习近平总书记参加代表团审议时作出重要指示。",
                  "各位代表:现在,我代表市人民政府向大会报告工作。"]
    meta = extract_metadata("2021年许昌市政府工作报告", paragraphs)
    assert (meta["place"], meta["admin_level"]) == ("许昌市", "prefecture")
    meta = extract_metadata(None, paragraphs)
    assert meta["admin_level"] != "national"


@pytest.mark.parametrize("title, label", [
    ("一图看懂2024年南京市政府工作报告", "解读"),
    ("图说：2024年政府工作报告", "解读"),
    ("一份政府工作报告是怎样起草出来的？", "新闻"),
    ("政府工作报告起草组成员谈今年目标", "新闻"),
    ("县长2023年度述职述廉报告", "工作总结"),
    ("区政府办公室2023年工作情况和2024年工作打算", "工作总结"),
    ("关于县人民政府办公室工作情况的报告", "工作总结"),   # an office's, not the government's
    ("政府工作报告审议意见建议及修改情况", "起草说明"),
    ("中国人民政治协商会议福建省第十三届委员会常务委员会工作报告", "政协工作报告"),
    ("梅林镇人大主席团工作报告", "人大主席团工作报告"),
    ("2024年政府工作报告（征求意见稿）", "征求意见稿"),
    ("2023年政府工作报告重点任务落实情况", "落实情况"),
    ("关于2023年政府工作报告建议办理情况的报告", "落实情况"),
    ("政府工作报告英文版", "译本"),
    ("国务院研究室负责人就政府工作报告回答中外记者提问", "解读"),
    ("行政长官2023年施政报告", "施政报告"),
    ("二〇二四年財政年度施政報告", "施政报告"),
    ("市长张三作政府工作报告（全文）", "新闻"),   # a news body under a 全文 headline
    ("在中国共产党赣州市第六次代表大会上的报告", "党代会报告"),
])
def test_classify_rejects_look_alikes_of_news_sites(title, label):
    news = ["1月10日,市第八届人民代表大会第三次会议开幕,市长张三代表市人民政府向大会作政府工作报告。"]
    assert classify(title, news) == f"not-a-work-report: {label}"


@pytest.mark.parametrize("title", ["市长张三作政府工作报告（全文）", "张三作2024年政府工作报告全文"])
def test_headline_carrying_the_full_text_over_the_report_is_the_report(title):
    paragraphs = ["——2024年1月10日在某市第八届人民代表大会第三次会议上", "各位代表:",
                  "现在,我代表市人民政府,向大会报告工作,请予审议。"]
    assert classify(title, paragraphs) is None


@pytest.mark.parametrize("mandate", ["我代表镇人大主席团向大会报告工作", "我受梅林镇第十八届人大主席团的委托，向大会报告工作"])
def test_town_presidium_report_is_rejected_by_its_header(mandate):
    paragraphs = ["——2024年1月10日在梅林镇第十八届人民代表大会第四次会议上", "各位代表:",
                  f"现在,{mandate},请予审议。"]
    assert classify("工作报告", paragraphs) == "not-a-work-report: 人大主席团工作报告"


@pytest.mark.parametrize("title", ["长乐区区长廖海军作政府工作报告", "長樂區區長廖海軍作政府工作報告"])
def test_a_headline_of_the_delivery_over_the_reports_own_header_is_the_report(title):
    """No 全文 promised, but the text opens with the report's delivery line and
    its 我代表…政府: the report, whose place the headline names before 区长."""
    paragraphs = ["——2022年12月27日在福州市长乐区第十八届人民代表大会第二次会议上", "长乐区人民政府区长　廖海军", "各位代表：",
                  "现在，我代表区人民政府向大会报告工作，请予审议。"]
    assert classify(title, paragraphs) is None
    assert extract_metadata(title, paragraphs)["place"] == title[:3]
    # A story of the delivery quotes one of them at most: news.
    story = ["12月27日上午，长乐区第十八届人民代表大会第二次会议开幕。", "区长廖海军代表区人民政府作政府工作报告。",
             "廖海军说，我代表区人民政府向大会报告过去一年的工作。"]
    assert classify(title, story) == "not-a-work-report: 新闻"


@pytest.mark.parametrize("title, place, level", [
    ("遵义市长作政府工作报告（全文实录）", "遵义市", "prefecture"),
    ("湖南省长毛伟明作政府工作报告", "湖南省", "province"),
    ("广西壮族自治区主席作政府工作报告", "广西壮族自治区", "province"),
    ("长沙县长作政府工作报告", "长沙县", "county"),
    ("长沙市2024年政府工作报告", "长沙市", "prefecture"),
])
def test_a_headline_with_the_head_delivering_names_the_place(title, place, level):
    metadata = extract_metadata(title, ["各位代表："])
    assert (metadata["place"], metadata["admin_level"]) == (place, level)


@pytest.mark.parametrize("title, speaker, speaker_title", [
    ("政府工作报告——海勃湾区区长 李永胜", "李永胜", "区长"),
    ("政府工作报告——代县长　王　丽", "王丽", "代县长"),
    ("政府工作报告——2024年1月10日在某县第十八届人民代表大会第四次会议上", None, None),
])
def test_a_speaker_named_after_the_titles_dash_delivered_it(title, speaker, speaker_title):
    metadata = extract_metadata(title, ["各位代表：", "现在，我代表区人民政府，向大会报告工作，请予审议。"])
    assert (metadata["speaker"], metadata["speaker_title"]) == (speaker, speaker_title)


@pytest.mark.parametrize("title, cleaned", [
    ("2023年平江县政府工作报告.docx", "2023年平江县政府工作报告"),
    ("2023年平江县政府工作报告.PDF", "2023年平江县政府工作报告"),
    ("关于《政府工作报告.doc》格式的说明", "关于《政府工作报告.doc》格式的说明"),
    # A news section's label goes when the rest names its place; a government's name stays.
    ("大灣區｜濟源市2022年政府工作報告全文", "濟源市2022年政府工作報告全文"),
    ("两会 | 长丰县2024年政府工作报告", "长丰县2024年政府工作报告"),
    ("长丰县人民政府｜2024年政府工作报告", "长丰县人民政府｜2024年政府工作报告"),
])
def test_title_without_the_uploaded_file_extension_or_a_section_label(title, cleaned):
    from cleaning.metadata import clean_title

    assert clean_title(title) == cleaned


# --------------------------------------------------------------------------- header and title forms

SHAOGUAN_DELIVERY = "——2024年1月9日在韶关市第十四届人民代表大会第四次会议上"
CITY_SPEECH = ["各位代表：", "现在，我代表市人民政府，向大会报告工作，请予审议。"]


def header_meta(title, *header, speech=CITY_SPEECH):
    """Metadata of a report whose body opens with `header` lines, then the speech."""
    return extract_metadata(title, [*header, *speech])


def speaker_of(meta):
    return meta["speaker"], meta["speaker_title"]


@pytest.mark.parametrize("header", [
    ("市长 王锐 2024年1月9日",),
    ("2024年1月9日 市长 王锐",),
    ("韶关市市长　王　锐　二〇二四年一月九日",),
    ("市长 王锐 2024.1.9",),
    (SHAOGUAN_DELIVERY + " 市长 王锐",),
    ("市长　王锐（2024年1月9日）",),
    ("市长王锐2024年1月9日",),
    ("市长王锐二〇二四年一月九日",),
    ("市长 王锐  2024年1月9日在韶关市第十四届人民代表大会第四次会议上",),
    ("市长 王锐——2024年1月9日在韶关市第十四届人民代表大会第四次会议上",),
])
def test_speaker_and_date_on_one_line(header):
    meta = header_meta("韶关市2024年政府工作报告", *header)
    assert speaker_of(meta) == ("王锐", "市长")
    assert meta["delivered_on"] == "2024-01-09" and meta["year"] == 2024


@pytest.mark.parametrize("line, speaker", [
    ("市长 王锐同志", ("王锐", "市长")),
    ("代市长：王锐", ("王锐", "代市长")),
    ("市长:王锐", ("王锐", "市长")),
    ("韶关市人民政府代理市长 王锐", ("王锐", "代理市长")),
    ("市委副书记、代市长王锐", ("王锐", "代市长")),
    # An acting head marked in brackets after the title or the name.
    ("市长（代） 王锐", ("王锐", "代市长")),
    ("市长 王锐（代）", ("王锐", "代市长")),
    ("韶关市人民政府市长 王 锐(代理)", ("王锐", "代市长")),
    ("副市长 王锐（代）", ("王锐", "副市长")),
    # The title after the name.
    ("王锐（市长）", ("王锐", "市长")),
    ("王锐（代市长）", ("王锐", "代市长")),
    ("王锐 市长", ("王锐", "市长")),
])
def test_speaker_line_forms(line, speaker):
    assert speaker_of(header_meta("韶关市2024年政府工作报告", SHAOGUAN_DELIVERY, line)) == speaker


@pytest.mark.parametrize("line", ["代市长：", "韶关市 市长", "韶关市人民政府 市长"])
def test_a_title_without_its_name_is_no_speaker(line):
    # `代市长` alone once came out as the speaker's name.
    meta = header_meta("韶关市2024年政府工作报告", SHAOGUAN_DELIVERY, line)
    assert speaker_of(meta) == (None, None)


@pytest.mark.parametrize("header", [
    ("受市长委托，常务副市长 李明 作报告",),
    ("受市长委托　常务副市长　李　明　作报告",),
    ("常务副市长 李明 受市长委托作报告",),
    ("受市人民政府委托", "常务副市长 李明"),
])
def test_report_delivered_on_the_heads_behalf_names_who_delivered_it(header):
    """The speaker is the person who delivered the report, with that person's title."""
    meta = header_meta("韶关市2024年政府工作报告", SHAOGUAN_DELIVERY, *header)
    assert speaker_of(meta) == ("李明", "常务副市长")


@pytest.mark.parametrize("title, header, speaker", [
    ("2024年黔东南州政府工作报告", "黔东南州州长 罗　强", ("罗强", "州长")),
    ("2024年阿拉善盟政府工作报告", "盟长 王玉明", ("王玉明", "盟长")),
    ("2024年达拉特旗政府工作报告", "旗长 苏和", ("苏和", "旗长")),
    ("2024年新疆维吾尔自治区政府工作报告", "自治区主席 艾尔肯·吐尼亚孜", ("艾尔肯·吐尼亚孜", "主席")),
    ("2024年新疆维吾尔自治区政府工作报告", "自治区人民政府代主席 艾尔肯·吐尼亚孜", ("艾尔肯·吐尼亚孜", "代主席")),
    ("2024年安吉县政府工作报告", "县长 胡斌", ("胡斌", "县长")),
    ("2024年六枝特区政府工作报告", "特区区长 陈　军", ("陈军", "区长")),
    ("2024年神农架林区政府工作报告", "林区人民政府区长 张三丰", ("张三丰", "区长")),
    ("2024年阿里地区政府工作报告", "阿里地区行署专员 多吉次仁", ("多吉次仁", "专员")),
    ("2024年乌兰察布市政府工作报告", "市长 那仁满都拉", ("那仁满都拉", "市长")),
])
def test_speaker_titles_of_every_kind_of_government(title, header, speaker):
    assert speaker_of(header_meta(title, "——2024年1月9日", header)) == speaker


@pytest.mark.parametrize("header, speaker", [
    ("区　　长　　马永刚", ("马永刚", "区长")),
    ("区\u00a0\u00a0长\u00a0\u00a0马永刚", ("马永刚", "区长")),
    ("代 市 长  王 锐", ("王锐", "代市长")),
    ("主　席　艾尔肯·吐尼亚孜", ("艾尔肯·吐尼亚孜", "主席")),
])
def test_speaker_title_spaced_out_letter_by_letter(header, speaker):
    assert speaker_of(header_meta("2022年甘州区政府工作报告", "——2022年1月9日", header)) == speaker


@pytest.mark.parametrize("line", ["全县 长期坚持 发展", "县长期 坚持 发展 方 向"])
def test_spaced_words_that_are_no_title_give_no_speaker(line):
    assert speaker_of(header_meta("2022年甘州区政府工作报告", "——2022年1月9日", line)) == (None, None)


@pytest.mark.parametrize("written", ["艾尔肯·吐尼亚孜", "艾尔肯•吐尼亚孜", "艾尔肯・吐尼亚孜", "艾尔肯．吐尼亚孜"])
def test_transcribed_names_get_the_standard_middle_dot(written):
    meta = header_meta("2024年新疆维吾尔自治区政府工作报告", "——2024年1月21日", "自治区主席 " + written)
    assert meta["speaker"] == "艾尔肯·吐尼亚孜"


def test_an_unknown_title_before_a_name_is_no_name():
    # 嘎查长 is no title the speaker pattern knows: two words are no bare name.
    meta = header_meta("2024年某苏木政府工作报告", "——2024年1月9日在某苏木第十届人民代表大会第四次会议上",
                       "嘎查长 巴特尔")
    assert meta["speaker"] is None


@pytest.mark.parametrize("title", [
    "2024年政府工作报告（韶关市）", "2024年政府工作报告（韶关市人民政府）", "韶关市人民政府2024年政府工作报告",
    "在韶关市第十四届人民代表大会第四次会议上的政府工作报告",
    "政府工作报告——2024年1月9日在韶关市第十四届人民代表大会第四次会议上",
    # The session named between the place and the report words.
    "韶关市第十四届人民代表大会第四次会议政府工作报告", "韶关市十四届人大四次会议政府工作报告",
])
def test_title_forms_naming_the_place(title):
    meta = header_meta(title, "市长 王锐")
    assert (meta["place"], meta["adcode"], meta["region"]) == ("韶关市", "440200", "华南")
    assert not meta["flags"]


def test_title_with_the_delivery_line_gives_date_and_congress():
    meta = header_meta("政府工作报告——2024年1月9日在韶关市第十四届人民代表大会第四次会议上", "市长 王锐")
    assert (meta["delivered_on"], meta["congress_term"], meta["congress_session"]) == ("2024-01-09", 14, 4)


def test_a_report_handed_out_in_writing_gives_the_sessions_date_and_no_speaker():
    meta = header_meta("2023年甘谷县人民政府工作报告（书面）", "政府工作报告", "（书面报告）",
                       "2023年1月6日甘谷县第十八届人民代表大会第二次会议书面印发")
    assert (meta["delivered_on"], meta["congress_term"], meta["congress_session"]) == ("2023-01-06", 18, 2)
    assert speaker_of(meta) == (None, None)


@pytest.mark.parametrize("title", ["2024年政府工作报告（全文）", "2024年政府工作报告（摘要）"])
def test_a_trailing_bracket_that_is_no_place_names_none(title):
    meta = header_meta(title, "市长 王锐", speech=["各位代表：", "现在，我向大会报告工作。"])
    assert meta["place"] is None


@pytest.mark.parametrize("title, county, level, prefecture", [
    ("2024年仙桃市政府工作报告", "仙桃市", "county-level-city", None),
    ("2024年济源市政府工作报告", "济源市", "county-level-city", None),
    ("2024年六枝特区政府工作报告", "六枝特区", "county", "六盘水市"),
    ("2024年神农架林区政府工作报告", "神农架林区", "county", None),
    ("2024年浦东新区政府工作报告", "浦东新区", "district", None),
])
def test_county_level_units_of_every_kind(title, county, level, prefecture):
    meta = header_meta(title, "——2024年1月9日")
    assert (meta["county"], meta["admin_level"], meta["prefecture"]) == (county, level, prefecture)


@pytest.mark.parametrize("title", ["2024年两江新区政府工作报告", "苏州工业园区2024年政府工作报告",
                                   "雄安新区2024年政府工作报告", "贵安新区2024年政府工作报告"])
def test_zones_run_by_a_committee_are_no_division(title):
    """两江新区 and 苏州工业园区 have statistical codes but are no administrative
    divisions: no county, level or adcode rather than a guess."""
    meta = header_meta(title, "——2024年1月9日", "管委会主任 张三")
    assert (meta["county"], meta["admin_level"], meta["adcode"]) == (None, None, None)
    assert "place-not-in-gazetteer" in meta["flags"]


def test_gazetteer_leaves_out_zones_that_are_no_divisions():
    zones = gazetteer.load()
    assert not {"500157", "320576", "133100"} & set(zones.by_code)
    assert zones.lookup("两江新区") == ()
    assert zones.lookup("浦东新区")[0].adcode == "310115"


def test_year_from_the_title_when_the_report_gives_no_date():
    meta = header_meta("韶关市2024年政府工作报告", "市长 王锐")
    assert (meta["year"], meta["delivered_on"]) == (2024, None)


def test_report_of_the_2000s_in_chinese_numerals():
    meta = header_meta("政府工作报告", "韶关市人民政府市长 王锐", "二〇〇八年一月九日")
    assert (meta["year"], meta["delivered_on"], meta["place"]) == (2008, "2008-01-09", "韶关市")


def test_month_only_date_gives_the_year_but_no_delivery_date():
    meta = header_meta("政府工作报告", "韶关市人民政府市长 王锐", "二〇〇八年一月")
    assert meta["delivered_on"] is None


@pytest.mark.parametrize("line", [
    "——2024.1.9在韶关市第十四届人民代表大会第四次会议上",
    "——2024-01-09在韶关市第十四届人民代表大会第四次会议上",
    "——2024年元月9日在韶关市第十四届人民代表大会第四次会议上",
    "（2024-01-09）",
    "——2024/1/9",
])
def test_delivery_dates_in_figures_and_with_the_first_month_as_元月(line):
    meta = header_meta("韶关市2024年政府工作报告", line, "市长 王锐")
    assert meta["delivered_on"] == "2024-01-09"


@pytest.mark.parametrize("title, line, iso", [
    ("韶关市2024年政府工作报告", "——一月九日在韶关市第十四届人民代表大会第四次会议上", "2024-01-09"),
    ("韶关市2024年政府工作报告", "——元月九日在韶关市第十四届人民代表大会第四次会议上", "2024-01-09"),
    # A December congress hears the next year's report: the year before the title's.
    ("2024年宜昌市政府工作报告", "——十二月二十日在宜昌市第八届人民代表大会第三次会议上", "2023-12-20"),
])
def test_delivery_date_without_its_year_takes_the_title_year(title, line, iso):
    meta = header_meta(title, line, "市长 王锐")
    assert meta["delivered_on"] == iso
    assert meta["year"] == 2024
    assert "title-year-mismatch" not in meta["flags"]


def test_year_less_delivery_line_beats_a_byline_date_above_it():
    meta = header_meta("浦东新区2024年政府工作报告", "2024年01月12日　来源：浦东新区人民政府办公室",
                       "——元月九日在浦东新区第七届人民代表大会第四次会议上", "区长 吴金城")
    assert meta["delivered_on"] == "2024-01-09"


def test_year_less_date_without_a_title_year_gives_no_date():
    meta = header_meta("韶关市政府工作报告", "——一月九日在韶关市第十四届人民代表大会第四次会议上")
    assert meta["delivered_on"] is None


@pytest.mark.parametrize("title", ["韶关市2024年政府工作报告 2024-01-20", "韶关市2024年政府工作报告"])
def test_a_loose_date_in_figures_is_no_delivery_date(title):
    meta = header_meta(title, "发布时间：2024-01-20", "市长 王锐")
    assert meta["delivered_on"] is None


@pytest.mark.parametrize("text, iso", [
    ("2024.1.9", "2024-01-09"), ("2024-01-09", "2024-01-09"), ("2024/1/9", "2024-01-09"),
    ("2024年元月9日", "2024-01-09"), ("二〇〇八年一月九日", "2008-01-09"),
    ("2024.1", None), ("2024-01/09", None), ("12.2024.1.9", None), ("2024.13.1", None),
])
def test_parse_date_in_words_and_figures(text, iso):
    date = dates.parse_date(text)
    assert (date.iso() if date else None) == iso


def test_month_day_without_the_year():
    assert dates.month_day("——一月九日在") == (1, 9)
    assert dates.month_day("十二月二十日") == (12, 20)
    assert dates.month_day("2024年1月9日") is None
    assert dates.date_in_report_year(2024, 12, 20).iso() == "2023-12-20"


@pytest.mark.parametrize("line", ["市长信箱", "书记市长信箱", "县长在线", "市长之窗", "市长热线 2024年1月9日",
                                  "副市长 张三 李四 王五", "主任委员 张三"])
def test_portal_columns_and_lists_of_names_are_no_speaker(line):
    meta = header_meta("韶关市2024年政府工作报告", line)
    assert speaker_of(meta) == (None, None)
    assert meta["delivered_on"] is None


@pytest.mark.parametrize("title, place, adcode", [
    ("（韶关市）2024年政府工作报告", "韶关市", "440200"),
    ("（广东省）2024年政府工作报告", "广东省", "440000"),
])
def test_a_leading_bracket_alone_names_the_place(title, place, adcode):
    meta = header_meta(title, "市长 王锐")
    assert (meta["place"], meta["adcode"]) == (place, adcode)


@pytest.mark.parametrize("written", ["二ΟΟ八年一月九日", "二ОО八年一月九日", "二〇〇八年一月九日", "二零零八年元月九日"])
def test_zero_written_with_look_alike_letters(written):
    assert dates.parse_date(written).iso() == "2008-01-09"


@pytest.mark.parametrize("line, year", [("二〇〇八年一月", 2008), ("二〇〇七年十二月", 2008)])
def test_a_month_line_beside_the_speaker_gives_the_year_only(line, year):
    meta = header_meta("政府工作报告", "韶关市人民政府市长 王锐", line)
    assert (meta["year"], meta["delivered_on"]) == (year, None)


# The same header forms must read as header lines where the body is cut and
# judged (paragraphs.is_header_line), or a report opening with one is taken
# for an excerpt and a spaced-out speaker line for a menu.

@pytest.mark.parametrize("line", [
    "特区代区长：陈　军", "受市长委托　常务副市长　李　明　作报告", "阿里地区行署专员 多吉次仁",
    "——元月九日在浦东新区第七届人民代表大会第四次会议上", "——2024.1.8在神农架林区第十届人民代表大会第四次会议上",
    "——二〇〇八年一月十五日", "（2024-01-08）",
])
def test_header_forms_are_header_lines(line):
    from cleaning.paragraphs import is_header_line
    assert is_header_line(line)


@pytest.mark.parametrize("line", ["2024-01-20", "主任：", "各位代表，过去一年，我们迎难而上。"])
def test_a_bare_date_in_figures_or_a_title_without_a_name_is_no_header_line(line):
    from cleaning.paragraphs import is_header_line
    assert not is_header_line(line)


def test_a_spaced_speaker_line_is_no_menu_but_a_menu_stays_one():
    from cleaning.boilerplate import classify_line
    assert classify_line("受市长委托　常务副市长　李　明　作报告") is None
    assert classify_line("首页　政务公开　市长信箱　办事服务　互动交流").why == "navigation"


# --------------------------------------------------------------------------- fast paths

def _speaker_segment_in_full(line: str) -> str:
    """metadata._speaker_segment as it read before its shortcuts: every pattern
    tried on the whole line."""
    import re

    from cleaning import metadata as m
    index = line.find("各位代表")
    if index >= 0:
        line = line[:index]
    delivery = m._DELIVERY_START_RE.search(line)
    if delivery and delivery.start() > 0:
        line = line[: delivery.start()]
    line = m._BRACKETED_DATE_RE.sub(lambda x: " " + x.group()[1:-1] + " ", line)
    line = m._ON_BEHALF_RE.sub(lambda x: " " * len(x.group()), line)
    line = m._TITLE_COLON_RE.sub(lambda x: x.group()[:-1] + " ", line)
    line = re.sub(r"^\s*,", lambda x: " " * len(x.group()), line)
    match = re.search(r"[,。;:!?()]", line)
    segment = line[: match.start()] if match else line
    return m._SPEAKER_LINE_END_RE.sub("", segment)


_HEADER_PIECES = ["市长", "代市长", "常务副市长", "王锐", "李 明", "受市长委托", "受", "委托", ":", "(", ")",
                  "2024年1月9日", "2024.1.9", "二〇〇八年一月", "在", "——", "--", "-", ",", "。", ";", "!",
                  "?", "各位代表", "同志", "作报告", "报告", " ", "\u3000", "咸阳市", "人民政府",
                  "第十届人民代表大会第四次会议上", "上", "1", "年",
                  "(2024年1月9日)", "( 2024.1.9 )", "受市长委托,", "市长:", "2024年1月9日在"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_HEADER_PIECES), max_size=14).map("".join))
def test_speaker_segment_shortcuts_give_the_full_reading(line):
    from cleaning.metadata import _speaker_segment
    assert _speaker_segment(line) == _speaker_segment_in_full(line)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_HEADER_PIECES + ["主席", "主任", "专员", "苏木达", "国务院总理", "旗长",
                                                 "2024-1-9", "2024/1/9", "二〇二四年一月九日"]),
                max_size=8).map("".join))
def test_speaker_pre_checks_miss_no_date_and_no_speaker(segment):
    from cleaning import metadata as m
    if m._SPEAKER_DATE_RE.search(segment):
        assert any(mark in segment for mark in "年.-/")
    if m._SPEAKER_RE.match(segment.strip()):
        assert m._may_name_a_title(segment)


@pytest.mark.parametrize("title", ["国务院总理", "国务院代理总理", "常务副省长", "代市长", "区长", "县长", "州长",
                                   "盟长", "旗长", "主席", "镇长", "乡长", "苏木达", "专员", "副主任", "代理主席"])
def test_every_speaker_title_passes_the_pre_check(title):
    import re

    from cleaning import metadata as m
    assert re.fullmatch(m._SPEAKER_TITLE, title) and m._may_name_a_title(title)


# --------------------------------------------------------------------------- header forms seen on more sites

@pytest.mark.parametrize("line, term, session", [
    ("（二〇二四年一月十日在县十七届人大四次会议上）", 17, 4),
    ("——2024年1月10日在市十五届人大三次会议上", 15, 3),
    ("——2024年1月10日在宁陵县第十七届人民代表大会第四次会议上", 17, 4),
])
def test_the_session_of_a_congress_named_in_the_short_form(line, term, session):
    meta = header_meta("2024年宁陵县政府工作报告", line)
    assert (meta["congress_term"], meta["congress_session"]) == (term, session)


def test_a_transcribed_name_typed_with_spaces_around_its_dot():
    meta = header_meta("2024年疏附县政府工作报告", "——2024年1月10日", "代理县长 阿迪力江 · 买买提")
    assert speaker_of(meta) == ("阿迪力江·买买提", "代理县长")


def test_a_delivery_line_centred_on_two_lines():
    from cleaning.paragraphs import join_broken_lines
    halves = ["——2024年1月15日在围场满族蒙古族自治县", "第十七届人民代表大会第四次会议上"]
    assert join_broken_lines([*halves, "县长 张三", "各位代表："])[0] == "".join(halves)
    assert join_broken_lines(["——2024年1月15日", "在围场满族蒙古族自治县第十七届人民代表大会第四次会议上"]) == [
        "——2024年1月15日在围场满族蒙古族自治县第十七届人民代表大会第四次会议上"]
    # Two lines each whole stay two; so do a speaker line and a congress line.
    whole = ["——2024年1月15日在围场满族蒙古族自治县第十七届人民代表大会第四次会议上", "县长 张三"]
    assert join_broken_lines(whole) == whole


def test_a_speaker_line_with_its_date_in_brackets_opens_the_report():
    from cleaning.paragraphs import excerpt_reasons, is_speaker_line
    assert is_speaker_line("宁陵县人民政府县长　高建勇（2024年1月10日）")
    assert not is_speaker_line("（2024年1月10日）")
    body = ["宁陵县人民政府县长　高建勇（2024年1月10日）", "各位代表：",
            "现在，我代表县人民政府，向大会报告工作，请予审议。",
            "各位代表，让我们团结一心，为建设现代化宁陵而努力奋斗！"]
    assert "starts-mid-report" not in excerpt_reasons(body)


def test_a_commentary_under_the_reports_name_is_about_it_not_it():
    body = ["今年的政府工作报告有三个鲜明特点。", "一是目标务实。报告提出地区生产总值增长6%左右，既积极又稳妥。",
            "二是民生温度。报告明确新增城镇就业3万人以上。", "（作者系市委党校教授）"]
    assert classify("2024年某市政府工作报告", body) == "not-a-work-report: 解读"
    # The report itself quotes the national one in book brackets, and speaks to the congress.
    own = ["各位代表：", "现在，我代表市人民政府，向大会报告工作。",
           "《政府工作报告》提出，要坚持稳中求进。我们把报告中的部署落到实处。"]
    assert classify("2024年某市政府工作报告", own) is None


def test_a_quiz_on_the_report_is_no_report():
    assert classify("2024年政府工作报告应知应会知识测试题", ["1. 今年全县地区生产总值预期增长（ ）。"]).startswith(
        "not-a-work-report: 解读")


def test_a_speaker_title_set_with_a_space_inside():
    meta = header_meta("2006年某县政府工作报告", "——2006年3月2日", "县　长　刘振华")
    assert speaker_of(meta) == ("刘振华", "县长")


def test_districts_the_dataset_lacks_are_placed():
    meta = meta_for("重庆市渝北区2024年政府工作报告")
    assert (meta["province"], meta["county"], meta["adcode"], meta["flags"]) == ("重庆市", "渝北区", "500112", [])


def test_a_bracketed_delegation_between_title_and_name():
    meta = header_meta("张家口市2024年政府工作报告", "——2024年1月10日",
                       "张家口市人民政府常务副市长（受市长委托）　李　涛")
    assert speaker_of(meta) == ("李涛", "常务副市长")


def test_a_delivery_line_giving_the_month_only_opens_the_report():
    from cleaning.paragraphs import excerpt_reasons
    body = ["——2024年1月在宁国市第十八届人民代表大会第四次会议上", "宁国市人民政府市长 张三", "各位代表：",
            "现在，我代表市人民政府，向大会报告工作，请予审议。",
            "各位代表，让我们团结一心，为建设现代化宁国而努力奋斗！"]
    assert "starts-mid-report" not in excerpt_reasons(body)
    meta = extract_metadata("宁国市人民政府工作报告", body)
    assert (meta["year"], meta["delivered_on"]) == (2024, None)


def test_a_delivery_line_dated_yuanyue_opens_the_report():
    """January written 元月 with a day (2023年元月12日) is a delivery line's date."""
    from cleaning.paragraphs import excerpt_reasons, is_delivery_line
    body = ["——2023年元月12日在石河子市第四届人民代表大会第二次会议上", "市长　王向东", "各位代表：",
            "现在，我代表市人民政府，向大会报告工作，请予审议。",
            "各位代表，让我们团结一心，为建设现代化石河子而努力奋斗！"]
    assert is_delivery_line(body[0]) and is_delivery_line("（2024年正月9日）")
    assert "starts-mid-report" not in excerpt_reasons(body)
    meta = extract_metadata("石河子市2023年政府工作报告", body)
    assert (meta["year"], meta["delivered_on"]) == (2023, "2023-01-12")


def test_a_shared_district_name_is_settled_by_the_sites_government():
    """朝阳区 is a district of 北京 and of 长春: a page on 长春市朝阳区人民政府's site
    whose title and header name only 朝阳区 is 长春's."""
    body = ["——2024年1月9日在朝阳区第十七届人民代表大会第四次会议上", "区长　孙静", "各位代表：",
            "现在，我代表区人民政府，向大会报告工作，请予审议。"]
    meta = extract_metadata("朝阳区2024年政府工作报告", body, site_name="长春市朝阳区人民政府")
    assert (meta["province"], meta["prefecture"], meta["adcode"]) == ("吉林省", "长春市", "220104")
    assert "ambiguous-place" not in meta["flags"]
    unsettled = extract_metadata("朝阳区2024年政府工作报告", body, site_name="朝阳区人民政府")
    assert unsettled["adcode"] is None and "ambiguous-place" in unsettled["flags"]


def test_a_zone_run_by_a_committee_is_no_division_of_any_year():
    """兰州新区 has a statistical code (620171) in one revision of the old code
    tables, as 141 development zones do: its report is placed nowhere, not as a district."""
    assert gazetteer.is_statistical_zone_code("620171") and not gazetteer.is_statistical_zone_code("620102")
    body = ["——2024年1月10日在兰州新区工作会议上", "兰州新区管委会主任　王强", "各位代表：",
            "现在，我代表管委会，向大会报告工作，请予审议。"]
    meta = extract_metadata("兰州新区2024年政府工作报告", body)
    assert (meta["place"], meta["admin_level"], meta["adcode"], meta["county"]) == ("兰州新区", None, None, None)
    assert "historical-division" not in meta["flags"]


@pytest.mark.parametrize("line, title", [
    ("中共宁陵县委副书记、县长　张三", "县长"),
    ("县委副书记、代县长　张三", "代县长"),
    ("第八师副师长、石河子市市长　张三", "市长"),
])
def test_other_posts_before_the_speakers_title(line, title):
    """Posts listed before the government's title and parted by 、 (中共某县委副书记、县长)
    leave a speaker line a speaker line, with or without a delivery line above it."""
    for body in ([line, "各位代表："], ["——2024年1月8日在宁陵县第十七届人民代表大会第四次会议上", line, "各位代表："]):
        assert speaker_of(extract_metadata("2024年宁陵县政府工作报告", body)) == ("张三", title)


def test_the_place_after_other_posts_places_the_report():
    meta = extract_metadata("政府工作报告", ["第八师副师长、石河子市市长　王向东", "各位代表：",
                                            "现在，我代表市人民政府，向大会报告工作。"])
    assert (meta["place"], meta["adcode"], speaker_of(meta)) == ("石河子市", "659001", ("王向东", "市长"))


def test_a_body_opening_with_other_posts_and_the_speaker_is_whole():
    from cleaning.paragraphs import excerpt_reasons, is_speaker_line
    assert is_speaker_line("中共宁陵县委副书记、县长　张三") and not is_speaker_line("招商、市长热线")
    body = ["中共宁陵县委副书记、县长　张三", "各位代表：", "现在，我代表县人民政府，向大会报告工作，请予审议。",
            "各位代表，让我们团结一心，为建设现代化宁陵而努力奋斗！"]
    assert excerpt_reasons(body) == []


@pytest.mark.parametrize("title", ["宁陵县人民政府关于2024年政府工作报告", "关于宁陵县2024年政府工作报告",
                                   "宁陵县政府关于2024年政府工作报告"])
def test_guanyu_around_the_place_in_a_title(title):
    meta = extract_metadata(title, ["县长　张三", "各位代表："])
    assert (meta["place"], meta["adcode"], meta["year"]) == ("宁陵县", "411423", 2024)


@pytest.mark.parametrize("line, speaker", [("报告人：县长　张三", ("张三", "县长")), ("报告人：张三", ("张三", None))])
def test_a_speaker_line_labelled_baogaoren(line, speaker):
    from cleaning.paragraphs import is_speaker_line
    body = ["——2024年1月9日在宁陵县第十七届人民代表大会第四次会议上", line, "各位代表："]
    assert speaker_of(extract_metadata("2024年宁陵县政府工作报告", body)) == speaker
    assert is_speaker_line("报告人：县长　张三")


# --------------------------------------------------------------------------- look-alikes found by probing unseen pages

@pytest.mark.parametrize("title, label", [
    ("关于六安市2023年国民经济和社会发展计划完成情况及2024年计划安排的报告", "计划报告"),
    ("2024年市《政府工作报告》重点工作督查督办清单", "工作方案"),
    ("词云看2024年衢州市政府工作报告", "解读"),
    ("2024年政府工作报告高频词", "解读"),
    ("关于《政府工作报告（代拟稿）》有关情况的说明", "起草说明"),
    ("关于《2024年政府工作报告（代拟稿）》的说明", "起草说明"),
    ("2024年政府工作报告（初稿）", "征求意见稿"),
    ("2024年政府工作报告目标任务完成进度（截至6月底）", "落实情况"),
    ("双语｜2024年政府工作报告重点词汇", "解读"),
    ("2024年政府工作报告常用术语译法", "解读"),
])
def test_classify_rejects_more_titles_of_other_documents(title, label):
    assert classify(title, ["现将有关情况公布如下。"]) == f"not-a-work-report: {label}"


@pytest.mark.parametrize("speaker_line, label", [
    ("六安市中级人民法院院长　程昌明", "法院工作报告"),
    ("六安市人民检察院检察长　李华", "检察院工作报告"),
])
def test_a_court_or_procuratorate_speaker_line_rejects_a_plain_titled_report(speaker_line, label):
    paragraphs = ["——2024年1月17日在六安市第六届人民代表大会第四次会议上", speaker_line, "各位代表：",
                  "现在，我向大会报告2023年全市工作，请予审议。"]
    assert classify("工作报告", paragraphs) == f"not-a-work-report: {label}"


def test_a_standing_committee_mandate_with_de_is_still_the_committees_report():
    paragraphs = ["各位代表：", "现在，我受巢湖市第十八届人民代表大会常务委员会的委托，向大会报告工作，请予审议。"]
    assert classify("工作报告", paragraphs) == "not-a-work-report: 人大常委会工作报告"


def test_a_cppcc_standing_committee_mandate_is_the_cppccs_report():
    paragraphs = ["各位委员：", "现在，我受政协第十四届宣城市委员会常务委员会的委托，向大会报告工作，请予审议。"]
    assert classify("常务委员会工作报告", paragraphs) == "not-a-work-report: 政协工作报告"


def test_news_telling_of_the_delivery_in_the_third_person_is_news():
    news = ["本报讯　1月9日上午，宣城市第五届人民代表大会第四次会议隆重开幕。",
            "市长孔涛代表市人民政府向大会报告工作。他说，过去一年，全市地区生产总值增长5.8%。"]
    assert classify("凝心聚力拼经济 踔厉奋发开新局", news) == "not-a-work-report: 新闻"


@pytest.mark.parametrize("opening", ["现在，我代表市人民政府，向大会报告工作，请予审议。",
                                     "现在，代表市人民政府向大会报告工作，请予审议。"])
def test_the_government_speaking_for_itself_is_still_a_report(opening):
    assert classify("工作报告", ["各位代表：", opening]) is None


# --------------------------------------------------------------------------- reports of other eras


@pytest.mark.parametrize("line, congress, session", [
    ("——一九九七年二月二十五日在市十一届人大五次会议第一次全体会议上", "市十一届人大五次会议", 5),
    ("——2019年1月14日在自贡市第十七届人民代表大会第四次会议第二次全体会议上",
     "自贡市第十七届人民代表大会第四次会议", 4),
    ("——二〇〇三年二月十日在县第十三届人民代表大会第三次会议开幕式上", "县第十三届人民代表大会第三次会议", 3),
])
def test_plenary_sitting_after_the_session_is_no_part_of_the_congress(line, congress, session):
    meta = extract_metadata("自贡市政府工作报告", [line, "代市长 王建国", "各位代表：", "现在，我代表市人民政府向大会报告工作。"])
    assert (meta["congress"], meta["congress_session"], meta["speaker"]) == (congress, session, "王建国")
    assert meta["delivered_on"] is not None


def test_a_date_in_the_reports_first_sentences_is_no_delivery_date():
    # The congress line has no date; the report goes on to tell of an event's date.
    body = ["——在隆昌县第十五届人民代表大会第四次会议上", "县长 张三", "各位代表：",
            "现在，我代表县人民政府，向大会报告工作。",
            "2005年12月28日，内昆铁路复线建成通车，春节后全线开工的项目有十二个。"]
    meta = extract_metadata("隆昌县2006年政府工作报告", body)
    assert meta["delivered_on"] is None
    assert meta["year"] == 2006
    assert meta["congress"] == "隆昌县第十五届人民代表大会第四次会议"


def test_a_date_line_beside_a_dateless_congress_line_is_the_delivery_date():
    for header in (["——在隆昌县第十五届人民代表大会第四次会议上", "（2006年2月8日）"],
                   ["2006年2月8日", "在隆昌县第十五届人民代表大会第四次会议上"]):
        meta = extract_metadata("隆昌县政府工作报告", [*header, "县长 张三", "各位代表：",
                                                       "现在，我代表县人民政府，向大会报告工作。"])
        assert meta["delivered_on"] == "2006-02-08"


@pytest.mark.parametrize("line, congress_place", [
    ("——一九九八年三月二日在长垣县人大十三届三次会议上", "长垣县"),
    ("——二〇〇三年二月十日在长垣县十三届人大三次会议上", "长垣县"),
])
def test_the_place_of_a_congress_written_with_人大_before_its_term(line, congress_place):
    meta = extract_metadata("政府工作报告", [line, "县长 李国强", "各位代表：", "现在，我代表县人民政府向大会报告工作。"])
    assert (meta["place"], meta["county"], meta["adcode"]) == (congress_place, "长垣县", "410728")
    assert meta["congress_term"] == 13 and meta["congress_session"] == 3


def test_the_citys_own_congress_written_so_names_no_place():
    meta = extract_metadata("政府工作报告", ["——一九九八年三月二日在市人大十一届五次会议上", "市长 王建国",
                                            "各位代表：", "现在，我代表市人民政府向大会报告工作。"])
    assert meta["place"] is None and meta["congress"] == "市人大十一届五次会议"


@pytest.mark.parametrize("title", ["四川省重庆市1996年政府工作报告", "（四川省）重庆市1996年政府工作报告"])
def test_names_that_conflict_today_are_read_in_the_divisions_of_their_year(title):
    # 重庆 was a city of 四川 until 1997.
    meta = extract_metadata(title, ["——一九九六年二月一日在重庆市第十二届人民代表大会第四次会议上", "市长 蒲海清",
                                    "各位代表：", "现在，我代表市人民政府向大会报告工作。"])
    assert (meta["province"], meta["admin_level"], meta["adcode"]) == ("四川省", "prefecture", "510200")
    assert "place-conflict" not in meta["flags"] and "historical-division" in meta["flags"]


def test_names_that_conflicted_in_their_year_too_stay_a_conflict():
    # By 1999 重庆 was a municipality: a page calling it 四川省重庆市 is wrong, not historical.
    meta = extract_metadata("四川省重庆市政府工作报告", ["——1999年2月1日在重庆市第一届人民代表大会第二次会议上",
                                                  "市长 王建国", "各位代表：", "现在，我代表市人民政府向大会报告工作。"])
    assert (meta["province"], meta["adcode"]) == ("重庆市", "500000")
    assert "place-conflict" in meta["flags"]


def test_a_body_naming_a_county_of_its_year_is_placed_there():
    # 长垣县 became the county-level city 长垣市 in 2019: today's divisions know no 长垣县.
    body = ["——二OO三年二月十八日在县第十三届人大三次会议上", "县长 李国强", "各位代表：",
            "现在，我代表县人民政府，向大会报告工作。", "过去一年，长垣县全县生产总值增长百分之十一。",
            "长垣县起重产业不断壮大，全县起重企业一百二十家。", "全县农业稳定发展，长垣县被评为全国粮食生产先进县。"]
    meta = extract_metadata("政府工作报告", body)
    assert (meta["county"], meta["admin_level"], meta["adcode"]) == ("长垣县", "county", "410728")
    assert "historical-division" in meta["flags"]


def test_a_body_naming_a_city_that_was_another_division_then_is_placed_as_it_was():
    body = ["——一九九六年二月一日在市第十二届人民代表大会第四次会议上", "市长 蒲海清", "各位代表：",
            "现在，我代表市人民政府向大会报告工作。", "重庆市全市经济增长。",
            "在四川省委、省政府领导下，重庆市成渝高速公路通车，全市交通改善。"]
    meta = extract_metadata("政府工作报告", body)
    assert (meta["province"], meta["admin_level"], meta["adcode"]) == ("四川省", "prefecture", "510200")
    # The same words in a report of 2001 are the municipality's.
    body[0] = "——2001年2月1日在市第一届人民代表大会第四次会议上"
    meta = extract_metadata("政府工作报告", body)
    assert (meta["province"], meta["admin_level"], meta["adcode"]) == ("重庆市", "province", "500000")


@pytest.mark.parametrize("site_name, expected", [
    # Today's portal holding a 1996 report: 重庆 was then a city of 四川.
    ("重庆市人民政府", ("四川省", "prefecture", "510200")),
    # An old site of a county since made a county-level city.
    ("长垣县人民政府", ("河南省", "county", "410728")),
])
def test_the_sites_name_is_read_among_the_divisions_of_the_reports_year(site_name, expected):
    speaker = "县长 李国强" if "县" in site_name else "市长 蒲海清"
    level = "县" if "县" in site_name else "市"
    body = ["——一九九六年二月一日在第十二届人民代表大会第四次会议上", speaker, "各位代表：",
            f"现在，我代表{level}人民政府向大会报告工作。"]
    meta = extract_metadata("政府工作报告", body, None, None, site_name)
    assert (meta["province"], meta["admin_level"], meta["adcode"]) == expected
    assert {"place-from-site-name", "historical-division"} <= set(meta["flags"])


def test_a_site_named_after_todays_successor_of_another_level_places_nothing():
    # 长垣市's portal with a 2003 report of 长垣县 speaking as 县: no guess.
    body = ["——二OO三年二月十八日在县第十三届人大三次会议上", "县长 李国强", "各位代表：",
            "现在，我代表县人民政府，向大会报告工作。"]
    meta = extract_metadata("政府工作报告", body, None, None, "长垣市人民政府")
    assert meta["place"] is None and meta["adcode"] is None


_NO_DATE_HEADER = ["县长 王建国", "各位代表：", "现在，我代表县人民政府，向大会报告工作。"]


def test_a_headline_year_the_body_contradicts_gives_way_and_is_flagged():
    # A copy headlined 2010 of a report whose text reviews 2008 and plans 2009, with no date.
    body = [*_NO_DATE_HEADER, "一、2008年工作回顾", "二、2009年主要任务", "2009年主要预期目标是增长10%。"]
    meta = extract_metadata("2010年和平县政府工作报告", body)
    assert meta["year"] == 2009 and "title-year-mismatch" in meta["flags"]


def test_a_headline_year_against_a_single_cue_stands_but_is_flagged():
    meta = extract_metadata("2010年和平县政府工作报告", [*_NO_DATE_HEADER, "二、2009年主要任务"])
    assert meta["year"] == 2010 and "title-year-mismatch" in meta["flags"]


def test_a_headline_year_the_body_agrees_with_is_not_flagged():
    body = [*_NO_DATE_HEADER, "一、2008年工作回顾", "二、2009年主要任务"]
    meta = extract_metadata("2009年和平县政府工作报告", body)
    assert meta["year"] == 2009 and "title-year-mismatch" not in meta["flags"]


@pytest.mark.parametrize("text, iso", [("一九九六年二月一曰", "1996-02-01"), ("2003年2月18号", "2003-02-18")])
def test_a_days_mark_misread_as_曰_or_written_号(text, iso):
    assert dates.parse_date(text).iso() == iso


def test_a_delivery_line_with_曰_for_日_is_a_header_line():
    from cleaning.paragraphs import is_header_line
    assert is_header_line("——一九九六年二月一曰在重庆市第十二届人民代表大会第四次会议上")
    assert is_header_line("——2003年2月18号在长垣县第十三届人民代表大会第三次会议上")


def test_a_historical_division_takes_the_coordinates_of_the_same_place_today():
    from cleaning import history
    from cleaning.gazetteer import load
    from cleaning.metadata import _coordinates_today

    today = load().by_code
    then = history.gazetteer_of("200212").by_code
    # 洛龙区 was 410307 in that revision; the code went to 偃师区 in 2021, 洛龙区 is 410311.
    assert then["410307"].name == "洛龙区"
    assert _coordinates_today(then["410307"], "200212") == (today["410311"].latitude, today["410311"].longitude)
    # Renamed in place, the code held throughout: 襄樊市 is today's 襄阳市.
    xiangfan = history.gazetteer_of("200812").by_code["420600"]
    assert _coordinates_today(xiangfan, "200812") == (today["420600"].latitude, today["420600"].longitude)
    # Abolished, nothing of it today: no coordinates.
    assert _coordinates_today(history.gazetteer_of("199512").by_code["510200"], "199512") == (None, None)


def test_a_renamed_division_whose_old_name_other_prefectures_keep_takes_its_codes_coordinates():
    """邢台's 桥西区 (130503) became 信都区 in 2020; 石家庄 and 张家口 still have
    a 桥西区 each, neither of them this place: a 2020 report of 邢台市桥西区
    takes the coordinates of 130503 today, not none and not a namesake's."""
    from cleaning.gazetteer import load
    meta = extract_metadata("邢台市桥西区2020年政府工作报告", [
        "——2020年1月8日在邢台市桥西区第十六届人民代表大会第四次会议上", "各位代表：",
        "现在，我代表区人民政府向大会报告工作。"])
    xindu = load().by_code["130503"]
    assert meta["adcode"] == "130503" and "historical-division" in meta["flags"]
    assert (meta["latitude"], meta["longitude"]) == (xindu.latitude, xindu.longitude)


def test_a_code_given_up_is_not_held_since():
    from cleaning import history
    assert history.held_since("420600", "200812")
    assert not history.held_since("410307", "200212")


@pytest.mark.parametrize("title, date, adcode", [
    ("会理县2021年政府工作报告", "2021年1月9日", "513425"),   # the last revision (2019) is a year before
    ("襄樊市2011年政府工作报告", "2011年1月9日", "420600"),   # renamed 襄阳 in December 2010
    ("会理县2022年政府工作报告", "2022年1月9日", None),       # 会理市 since 2021: neither dataset knows it then
    ("莱芜市2022年政府工作报告", "2022年1月9日", None),       # abolished in January 2019
    ("襄樊市2015年政府工作报告", "2015年1月9日", None),
])
def test_a_place_is_read_only_among_divisions_near_the_reports_year(title, date, adcode):
    meta = extract_metadata(title, [f"——{date}在第十届人民代表大会第四次会议上", "各位代表：",
                                    "现在，我代表人民政府向大会报告工作。"])
    assert meta["adcode"] == adcode
    assert ("historical-division" if adcode else "place-not-in-gazetteer") in meta["flags"]


# --------------------------------------------------------------------------- places the labelled set lacked

TIEXI_BODY = ["——2024年1月11日在铁西区第十八届人民代表大会第三次会议上", "区长　刘洋", "各位代表：",
              "现在，我代表区人民政府，向大会报告工作，请予审议。"]


def test_a_province_slug_settles_a_name_shared_within_one_region():
    """铁西区 is a district of 沈阳, 鞍山 (辽宁) and 四平 (吉林), all 东北: a
    region cannot settle it, a URL section naming the province can."""
    assert regions.province_for_slug("jilin") == "吉林"
    assert regions.province_for_slug("shanxi") is None      # 山西 or 陕西
    assert regions.province_for_slug("huabei") is None      # a region
    meta = extract_metadata("铁西区2024年政府工作报告", TIEXI_BODY, url="http://example.com/gzbg/jilin/100.html")
    assert (meta["province"], meta["prefecture"], meta["adcode"]) == ("吉林省", "四平市", "220302")
    # Two of the three in the slug's province: only what they share is filled.
    meta = extract_metadata("铁西区2024年政府工作报告", TIEXI_BODY, url="http://example.com/gzbg/liaoning/100.html")
    assert (meta["province"], meta["prefecture"], meta["adcode"]) == ("辽宁省", None, None)
    assert "ambiguous-place" in meta["flags"]
    meta = extract_metadata("铁西区2024年政府工作报告", TIEXI_BODY, url="http://example.com/gzbg/100.html")
    assert (meta["province"], meta["adcode"]) == (None, None)


DIQU_BODY = ["（2024年1月12日）", "地委副书记、行署专员　阿不力克木·买买提", "各位委员，同志们：",
             "现在，我代表和田行署向会议报告工作，请予审议。", "全地区生产总值增长8.3%。"]


@pytest.mark.parametrize("title, place", [
    ("和田行署政府工作报告", "和田"),                 # 和田 alone is also 和田市 and 和田县
    ("和田地区行政公署工作报告", "和田地区"),          # no 政府 in the title
    ("2024年和田地区行署工作报告", "和田地区"),
])
def test_a_place_governed_by_a_xingshu_is_the_diqu(title, place):
    meta = extract_metadata(title, DIQU_BODY)
    assert (meta["place"], meta["prefecture"], meta["adcode"]) == (place, "和田地区", "653200")
    assert meta["admin_level"] == "prefecture" and meta["county"] is None
    assert (meta["speaker"], meta["speaker_title"]) == ("阿不力克木·买买提", "专员")
    assert classify(title, DIQU_BODY) is None


def test_a_body_speaking_for_a_xingshu_speaks_as_a_diqu_or_meng():
    """Without a title, the text's own words: 我代表地区行政公署 is a 地区's (or a
    盟's) agency speaking, not a district's government (全区 in its text)."""
    body = ["各位委员：", "现在，我代表地区行政公署，向会议报告工作。",
            "全区森林覆盖率稳定在84%以上，大兴安岭林区防火形势平稳。",
            "加格达奇区供热改造完成，大兴安岭寒区试车产业壮大，全区游客增长65%。"]
    meta = extract_metadata(None, body)
    assert (meta["place"], meta["adcode"]) == ("大兴安岭地区", "232700")


def test_a_committee_meeting_is_no_congress():
    """A 地区 has no people's congress: its 行署 reports to a meeting of the
    province congress's working committee (人大工委), whose numbers are no
    term and session; the date and the place it names still count."""
    body = ["——2024年1月19日在大兴安岭地区人大工作委员会第四次全体会议上", "行署专员　韩冰", "各位委员：",
            "现在，我代表行署向会议报告工作。"]
    meta = extract_metadata("政府工作报告", body)
    assert (meta["congress"], meta["congress_term"], meta["congress_session"]) == (None, None, None)
    assert meta["delivered_on"] == "2024-01-19" and meta["adcode"] == "232700"
    body[0] = "——2024年1月10日在阿克苏地区人大工委二届三次全体会议上"
    meta = extract_metadata("政府工作报告", body)
    assert meta["congress"] is None and meta["delivered_on"] == "2024-01-10"
    assert meta["prefecture"] == "阿克苏地区"


QIAOXI_BODY = ["——2020年1月7日在桥西区第十六届人民代表大会第四次会议上", "区长　李强", "各位代表：",
               "现在，我代表区人民政府向大会报告工作，请予审议。"]


def test_a_shared_name_is_settled_by_a_site_name_only_the_reports_year_knows():
    """桥西区 in 2020 was a district of 石家庄, 张家口 and 邢台 (130503, 信都区
    since late 2020): on 邢台市桥西区人民政府's site it is 邢台's, read among
    that year's divisions; without the site it stays open."""
    meta = extract_metadata("桥西区2020年政府工作报告", QIAOXI_BODY, site_name="邢台市桥西区人民政府")
    assert (meta["prefecture"], meta["adcode"]) == ("邢台市", "130503")
    assert "historical-division" in meta["flags"]
    meta = extract_metadata("桥西区2020年政府工作报告", QIAOXI_BODY, site_name="石家庄市桥西区人民政府")
    assert (meta["prefecture"], meta["adcode"]) == ("石家庄市", "130104")
    assert "historical-division" not in meta["flags"]
    meta = extract_metadata("桥西区2020年政府工作报告", QIAOXI_BODY)
    assert meta["adcode"] is None and "ambiguous-place" in meta["flags"]


def test_study_notes_under_the_reports_name_are_not_the_report():
    notes = ["——学习2023年县政府工作报告心得体会",
             "1月6日，县第十八届人民代表大会第三次会议召开，县长作了政府工作报告。我认真学习了报告全文，现将学习体会汇报如下。",
             "报告指出：“各位代表！让我们团结奋斗，为建设现代化美好家园而努力奋斗！”"]
    assert classify("把政府工作报告的“施工图”变成发展的“实景图”", notes) == "not-a-work-report: 心得体会"
    report = ["——2023年1月6日在某县第十八届人民代表大会第三次会议上", "各位代表：",
              "现在，我代表县人民政府，向大会报告工作。过去一年，我们深入学习贯彻党的二十大精神，深刻体会到发展的不易。"]
    assert classify("2023年某县政府工作报告", report) is None


@pytest.mark.parametrize("dash", ["――", "─", "—", "－－"])
def test_a_delivery_line_opened_with_any_dash_opens_the_report(dash):
    """Old sites type the dash as a horizontal bar (U+2015) or a box-drawing line."""
    from cleaning.paragraphs import excerpt_reasons, is_delivery_line
    body = [f"{dash}2011年1月12日在酉阳土家族苗族自治县第十五届人民代表大会第五次会议上", "代县长  冉光明",
            "各位代表：", "现在，我代表县人民政府，向大会报告工作，请予审议。",
            "各位代表，让我们团结一心，为建设美丽酉阳而努力奋斗！"]
    assert is_delivery_line(body[0])
    assert excerpt_reasons(body) == []


def test_a_note_under_the_report_says_who_delivered_it_when_and_where():
    body = ["各位代表：", "现在，我代表县人民政府，向大会报告工作，请予审议。",
            "让我们团结一心，为建设美丽新宾川而努力奋斗！",
            "说明：本报告为宾川县人民政府代县长张文斌于2024年1月10日在宾川县第十八届人民代表大会"
            "第四次会议上所作的报告，已经大会审议通过。"]
    meta = extract_metadata("宾川县2024年政府工作报告", body)
    assert (meta["delivered_on"], meta["congress_term"], meta["congress_session"]) == ("2024-01-10", 18, 4)
    assert (meta["speaker"], meta["speaker_title"]) == ("张文斌", "代县长")


def test_a_date_said_only_in_the_news_of_the_opening_without_its_year():
    # The header names the session but not the day; the lead's 1月15日 takes the report's year.
    body = ["——在常德市第八届人民代表大会第三次会议上", "市长　曹立军", "各位代表：",
            "现在，我代表市人民政府，向大会报告工作，请予审议。", "一、2023年工作回顾",
            "二、2024年工作安排", "2024年经济社会发展的主要预期目标是：地区生产总值增长6%左右。"]
    lead = "本报讯 1月15日上午，常德市第八届人民代表大会第三次会议开幕。市长曹立军代表市人民政府向大会作政府工作报告。"
    assert extract_metadata("政府工作报告", body, delivery_notes=[lead])["delivered_on"] == "2024-01-15"
    other_session = lead.replace("第三次", "第二次")
    assert extract_metadata("政府工作报告", body, delivery_notes=[other_session])["delivered_on"] is None


@pytest.mark.parametrize("title, place, speaker", [
    ("湖南省长毛伟明作政府工作报告（全文）", "湖南省", "毛伟明"),
    ("毛伟明省长作2024年湖南省政府工作报告", "湖南省", "毛伟明"),
    ("2024年毛伟明省长作湖南省政府工作报告", "湖南省", "毛伟明"),
    ("张家口市长武卫东作2024年张家口市政府工作报告", "张家口市", "武卫东"),
    ("遵义市长作政府工作报告（全文实录）", "遵义市", None),
    ("关于市长信箱工作报告", None, None),
])
def test_a_headline_naming_who_delivered_the_report(title, place, speaker):
    # The text names no speaker: the headline's 某某省长作… does, and is not the place.
    body = ["各位代表：", "现在，我代表省人民政府，向大会报告工作，请予审议。", "一、2023年工作回顾",
            "二、2024年工作安排", "2024年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。"]
    meta = extract_metadata(title, body)
    assert (meta["place"], meta["speaker"]) == (place, speaker)


def test_a_government_news_accounts_name_places_a_town_shared_by_many_counties():
    # 永兴镇 stands in some twenty counties; the account that posted it (湄潭发布) says which.
    body = ["政府工作报告", "——2024年1月23日在永兴镇第十九届人民代表大会第三次会议上", "镇长　杨文俊", "各位代表：",
            "现在，我代表镇人民政府，向大会报告工作，请予审议。", "一、2023年工作回顾", "二、2024年工作安排"]
    meta = extract_metadata("重磅！永兴镇2024年政府工作报告全文发布", body, site_name="湄潭发布")
    assert (meta["county"], meta["prefecture"], meta["province"]) == ("湄潭县", "遵义市", "贵州省")
    assert extract_metadata("重磅！永兴镇2024年政府工作报告全文发布", body, site_name="权威发布")["county"] is None


def test_a_local_papers_name_places_a_report_whose_text_names_none():
    # An e-paper prints the bare 政府工作报告 under the city's daily's name; the text says 市 only.
    from cleaning.extract import site_name
    body = ["——1月29日在市十五届人大三次会议上", "市人民政府代市长　孙德林", "各位代表：",
            "现在，我代表市人民政府，向大会报告工作，请予审议。", "一、2023年工作回顾", "二、2024年工作安排"]
    paper = site_name("七台河日报数字报-政府工作报告")
    assert paper == "七台河日报数字报"
    meta = extract_metadata("政府工作报告", body, site_name=paper)
    assert (meta["place"], meta["admin_level"], meta["province"]) == ("七台河市", "prefecture", "黑龙江省")
    # A province's paper is no city's, and a national paper names no place.
    assert extract_metadata("政府工作报告", body, site_name="黑龙江日报")["place"] is None
    assert site_name("人民日报-政府工作报告") == "人民日报"
    assert extract_metadata("政府工作报告", body, site_name="人民日报")["place"] is None


def test_a_congress_named_as_its_session_in_short():
    body = ["政府工作报告", "——2022.1.10在区人代会十七届一次会议上", "代理区长　赵晓峰", "各位代表：",
            "现在，我代表区人民政府，向大会报告工作，请予审议。", "一、过去五年工作回顾"]
    meta = extract_metadata("迎泽区政府工作报告（全文）", body)
    assert (meta["congress"], meta["congress_term"], meta["congress_session"]) == ("区人代会十七届一次会议", 17, 1)


def test_the_speaker_on_the_reports_heading_line_is_read():
    from cleaning.metadata import extract_metadata
    paragraphs = ["政府工作报告　　　县长　王建华", "——2015年1月21日在县十六届人大五次会议上", "各位代表：",
                  "现在，我代表县人民政府，向大会报告工作，请予审议。"]
    meta = extract_metadata("岐山县2015年政府工作报告(全文)", paragraphs)
    assert (meta["speaker"], meta["speaker_title"]) == ("王建华", "县长")
    # A title glued to a place's mayor with no gap stays no speaker line.
    glued = extract_metadata("2022年政府工作报告", ["2022年政府工作报告咸阳市市长", "各位代表："])
    assert glued["speaker"] is None


def test_a_development_zones_committee_report_under_the_name_is_no_government_report():
    from cleaning.metadata import classify
    paragraphs = ["政府工作报告", "——2024年2月22日在南昌经济技术开发区2024年工作会议上",
                  "南昌经济技术开发区管委会主任　刘晓东", "各位代表、同志们：",
                  "现在，我代表经开区管委会，向大会报告工作，请予审议，并请各位列席同志提出意见。"]
    assert classify("南昌经济技术开发区2024年政府工作报告", paragraphs) == "not-a-work-report: 管委会工作报告"


def test_a_note_that_the_session_adopted_the_text_names_the_congress_not_the_delivery_date():
    paragraphs = ["政府工作报告", "射阳县人民政府县长　唐　敏", "（2024年1月5日县第十八届人民代表大会第四次会议通过）",
                  "各位代表：", "现在，我代表县人民政府，向大会报告工作，请予审议。"]
    meta = extract_metadata("2024年射阳县政府工作报告", paragraphs)
    assert (meta["congress"], meta["congress_term"], meta["congress_session"]) == (
        "县第十八届人民代表大会第四次会议", 18, 4)
    assert meta["delivered_on"] is None and meta["speaker"] == "唐敏"


def test_a_scans_text_layer_with_the_letter_o_for_zero_still_dates_the_report():
    paragraphs = ["政 府 工 作 报 告", "——2OO9年1月1O日在莒县第十六届人民代表大会第三次会议上", "县长　孙 立 新",
                  "各位代表：", "现在，我代表县人民政府向大会作政府工作报告，请予审议。"]
    meta = extract_metadata("莒县2009年政府工作报告", paragraphs)
    assert (meta["delivered_on"], meta["year"]) == ("2009-01-10", 2009)


def test_a_scans_misread_congress_and_day_still_date_the_report_and_name_the_session():
    paragraphs = ["政 府 工 作 报 告", "——2OO5年1月l8曰在平凉市第一届入民代表大会第三次会议上", "平凉市市长　杨 建华",
                  "各位代表:", "现在，我代表市人民政府，向大会报告工作，请予审议。"]
    meta = extract_metadata("平凉市政府工作报告", paragraphs)
    assert (meta["delivered_on"], meta["year"], meta["congress"]) == (
        "2005-01-18", 2005, "平凉市第一届人民代表大会第三次会议")


@pytest.mark.parametrize("text, expected", [("2OO9年1月1O日", "2009年1月10日"), ("O2O模式", "O2O模式"),
                                            ("GOOD年", "GOOD年"), ("增长2O%", "增长2O%"), ("1月l8曰", "1月18日"),
                                            ("第一届入民代表大会", "第一届人民代表大会"), ("Il年", "Il年")])
def test_the_letter_o_is_read_as_zero_only_in_a_dates_numbers(text, expected):
    from cleaning.folding import ocr_repaired
    assert ocr_repaired(text) == expected


def test_a_speech_at_a_work_conference_is_no_work_report():
    paragraphs = ["博罗县人民政府县长　黄伟强", "（2024年1月5日）", "同志们：",
                  "刚才，刘书记作了重要讲话，全面总结了2023年全县经济工作。今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。"]
    assert classify("在全县经济工作会议上的讲话", paragraphs) == "not-a-work-report: 讲话"


@pytest.mark.parametrize("title, place, adcode", [
    ("科右前旗2014年政府工作报告", "科右前旗", "152221"),
    ("2021年土左旗政府工作报告", "土左旗", "150121"),
    ("察右后旗政府工作报告", "察右后旗", "150928"),
])
def test_a_winged_banner_named_by_its_short_form_is_placed(title, place, adcode):
    meta = meta_for(title)
    assert (meta["place"], meta["adcode"], meta["admin_level"], meta["province"]) == (
        place, adcode, "county", "内蒙古自治区")
