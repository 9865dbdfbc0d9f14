"""Main targets (主要预期目标) and past years' results stated in a government work report.

    extract_targets(paragraphs, year) -> (targets, actuals)

A target row says what the report sets for the year it is for: the GDP growth
target, budget revenue, investment, jobs, prices ... An actual row says what a
past year achieved (`全年地区生产总值增长8.5%`, `预计全年…`). Five-year goals
(`年均增长…`, `到2026年…`), five-year results (`五年来…累计…`) and part-year
figures (`前三季度…`) are neither.

Row keys: indicator, value_low, value_high, unit, modifier (MODIFIERS), kind
(`expected`/`striving` for targets, `actual`/`estimate` for actuals), basis
(`按可比口径`, `按可比价格`, `按现价`, `同口径` or None), sentence (the clause as
written); actuals add `year`, the year the figure describes.

How a figure is classified, from the report's own structure:

* A *targets passage* starts at a trigger (`主要预期目标是:`, `主要目标为`,
  `奋斗目标:`, `…增长目标设定为`, a heading line `2023年主要预期目标`) that is
  not a five-year goal nor, in a review, a recital of last year's targets
  (`年初确定的主要预期目标是…`). It runs on while the following sentences keep
  stating indicators (it ends at `实现上述目标…`, `重点做好以下工作`, a heading).
  Figures in it are targets; those marked as past (`上年实际增长5.9%`) are actuals.
  Figures in the rest of the work plan (`确保全年城镇新增就业4.5万人`) are work
  targets, not the report's main targets, and are not taken.
* Outside a targets passage a figure is an *actual* when it can be tied to one
  past year: a year named earlier in its sentence (`预计2021年，…`), `去年`, or a
  one-year review section (`2021年工作回顾`, `过去一年`, `一年来`, `2021年是…一年。`).
  Figures in a five-year review with no year named are left out.
* Text is read clause by clause (split on `。；!?`), then on commas and `、`,
  so one-line bodies with approximate paragraphs read like real paragraphs.
  Each clause is NFKC-normalised for matching (full-width or ASCII
  punctuation, `６．５％`); the `sentence` returned is the clause as written.

Decisions (see INDICATORS for the vocabulary):

* Qualitative targets (`居民收入增长与经济增长基本同步`, `进出口总额稳中提质`,
  `完成市下达的节能减排任务`) give a row with null values and modifier
  `qualitative`, when the indicator is in the vocabulary and the targets
  passage states no figure for it. Actuals are only ever figures.
* Urban and rural incomes are separate indicators; `城乡居民人均可支配收入分别
  增长8%、10%` gives one row each, and `城乡居民…增长8%` gives both 8%.
  `居民人均可支配收入` (all residents) is `income_growth`.
* Surveyed (`城镇调查失业率`) and registered (`城镇登记失业率`) unemployment are
  separate indicators.
* Growth and level are separate indicators of one concept: `固定资产投资增长10%`
  is `fixed_investment_growth`, `完成固定资产投资780亿元` is `fixed_investment`.
* `地方财政收入`/`地方级财政收入` count as general budget revenue; `财政总收入`
  (which includes revenue passed up to the centre) does not.
* `value_low`/`value_high` hold the stated figure(s): equal unless a range;
  the modifier says how the figure bounds the target. Growth figures are
  signed (`下降2%` is -2); `energy_intensity` is a reduction, so `下降3.5%`
  is 3.5. Units are normalised to one per kind (`7447人` is 0.7447 万人,
  `4万亿元` is 40000 亿元); grain stays in 万吨 or 亿斤 as stated.
* A report whose plan says it sets no growth figure (`不设定具体增长目标`)
  gets a `gdp_growth` row with modifier `absent`; a report whose text never
  reaches its targets gets no row at all.
* `kind`: `expected` for the main figure; `striving` for a higher figure set
  beside it (`增长6.5%左右，力争达到7%`, or a separate `奋斗目标:` list after
  the expected one). A lone `力争…以上` is the expected target.
* The year: when the text's own headings name the plan year (`2019年主要工作`)
  or the reviewed year (`2018年工作回顾`), they win over the `year` passed in,
  which may come from a wrong title.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from itertools import accumulate
from typing import NamedTuple

import cn2an

from .folding import character_class, to_simplified, traditional_characters

__all__ = ["INDICATORS", "MODIFIERS", "KINDS", "extract_targets"]

# ---------------------------------------------------------------- vocabulary

_GDP = ("地区生产总值", "国内生产总值", "生产总值", "GDP", "地区GDP")
_BUDGET = ("一般公共预算收入", "地方一般公共预算收入", "一般公共财政预算收入", "公共财政预算收入",
           "地方公共财政预算收入", "一般预算收入", "地方财政一般预算收入", "地方财政收入",
           "地方级财政收入", "地方公共财政收入")
_INVEST = ("固定资产投资", "全社会固定资产投资", "固投")
_RETAIL = ("社会消费品零售总额", "社会消费品零售额", "社零总额", "社会消费品零售")
_IVA = ("规模以上工业增加值", "规上工业增加值", "规模工业增加值", "规模以上工业企业增加值")
_SERVICES = ("规模以上服务业营业收入", "规上服务业营业收入", "规模以上服务业企业营业收入",
             "规上服务业企业营业收入")
_TRADE = ("进出口总额", "进出口总值", "进出口额", "外贸进出口", "外贸进出口总额", "外贸进出口总值",
          "外贸进出口额", "进出口贸易额", "进出口贸易总额", "货物进出口", "货物进出口总额",
          "货物贸易进出口", "进出口")
_FDI = ("实际使用外资", "实际利用外资", "实际直接利用外资", "实际使用外商直接投资",
        "实际利用外商直接投资", "实际外商直接投资", "实际使用外资金额", "实际利用外资金额")
_JOBS = ("城镇新增就业", "新增城镇就业", "城镇新增就业人数", "新增城镇就业人数", "新增就业")
_SURVEYED = ("城镇调查失业率", "调查失业率")
_REGISTERED = ("城镇登记失业率", "登记失业率")
_INCOME = ("居民人均可支配收入", "全体居民人均可支配收入", "常住居民人均可支配收入", "居民收入",
           "人均可支配收入")
_URBAN = ("城镇居民人均可支配收入", "城镇常住居民人均可支配收入", "城市居民人均可支配收入",
          "城镇居民收入")
_RURAL = ("农村居民人均可支配收入", "农村常住居民人均可支配收入", "农民人均可支配收入",
          "农民人均纯收入", "农村居民收入", "农民收入")
_CPI = ("居民消费价格", "居民消费价格指数", "居民消费价格总水平", "消费价格指数", "CPI",
        "物价总水平", "物价涨幅")
_GRAIN = ("粮食产量", "粮食总产量", "粮食总产", "粮食年产量")
_ENERGY = ("单位生产总值能耗", "单位地区生产总值能耗", "单位国内生产总值能耗", "单位GDP能耗",
           "万元生产总值能耗", "万元地区生产总值能耗", "万元GDP能耗", "能耗强度",
           "单位GDP能源消耗", "节能减排", "节能降耗")


def _indicator(zh: str, en: str, concept: str, measure: str, units: tuple[str, ...],
               patterns: tuple[str, ...]) -> dict:
    """One vocabulary entry. `measure`: growth (signed % change), level, rate (a %
    that is itself the quantity) or reduction (% decrease, positive)."""
    return {"zh": zh, "en": en, "concept": concept, "measure": measure, "units": units,
            "patterns": patterns}


# code -> entry. Growth and level codes of one concept share their patterns.
INDICATORS: dict[str, dict] = {
    "gdp_growth": _indicator("地区生产总值增长", "Real growth of gross (regional) product, %",
                             "gdp", "growth", ("%",), _GDP),
    "gdp": _indicator("地区生产总值", "Gross (regional) product, level", "gdp", "level",
                      ("亿元",), _GDP),
    "budget_revenue_growth": _indicator("一般公共预算收入增长",
                                        "Growth of local general public budget revenue, %",
                                        "budget_revenue", "growth", ("%",), _BUDGET),
    "budget_revenue": _indicator("一般公共预算收入", "Local general public budget revenue, level",
                                 "budget_revenue", "level", ("亿元",), _BUDGET),
    "fixed_investment_growth": _indicator("固定资产投资增长", "Growth of fixed-asset investment, %",
                                          "fixed_investment", "growth", ("%",), _INVEST),
    "fixed_investment": _indicator("固定资产投资", "Fixed-asset investment, level",
                                   "fixed_investment", "level", ("亿元",), _INVEST),
    "retail_sales_growth": _indicator("社会消费品零售总额增长",
                                      "Growth of total retail sales of consumer goods, %",
                                      "retail_sales", "growth", ("%",), _RETAIL),
    "retail_sales": _indicator("社会消费品零售总额", "Total retail sales of consumer goods, level",
                               "retail_sales", "level", ("亿元",), _RETAIL),
    "industry_value_added_growth": _indicator(
        "规模以上工业增加值增长", "Growth of value added of industry above designated size, %",
        "industry_value_added", "growth", ("%",), _IVA),
    "services_revenue_growth": _indicator(
        "规模以上服务业营业收入增长", "Growth of revenue of services firms above designated size, %",
        "services_revenue", "growth", ("%",), _SERVICES),
    "trade_growth": _indicator("进出口总额增长", "Growth of foreign trade (imports + exports), %",
                               "trade", "growth", ("%",), _TRADE),
    "trade": _indicator("进出口总额", "Foreign trade (imports + exports), level", "trade",
                        "level", ("亿元", "亿美元"), _TRADE),
    "foreign_investment_growth": _indicator("实际使用外资增长",
                                            "Growth of foreign investment actually used, %",
                                            "foreign_investment", "growth", ("%",), _FDI),
    "foreign_investment": _indicator("实际使用外资", "Foreign investment actually used, level",
                                     "foreign_investment", "level", ("亿美元", "亿元"), _FDI),
    "urban_jobs": _indicator("城镇新增就业", "New urban jobs", "urban_jobs", "level",
                             ("万人",), _JOBS),
    "unemployment_rate": _indicator("城镇调查失业率", "Surveyed urban unemployment rate, %",
                                    "unemployment", "rate", ("%",), _SURVEYED),
    "registered_unemployment_rate": _indicator("城镇登记失业率",
                                               "Registered urban unemployment rate, %",
                                               "registered_unemployment", "rate", ("%",),
                                               _REGISTERED),
    "income_growth": _indicator("居民人均可支配收入增长",
                                "Growth of per-capita disposable income (all residents), %",
                                "income", "growth", ("%",), _INCOME),
    "urban_income_growth": _indicator("城镇居民人均可支配收入增长",
                                      "Growth of urban residents' per-capita disposable income, %",
                                      "urban_income", "growth", ("%",), _URBAN),
    "rural_income_growth": _indicator("农村居民人均可支配收入增长",
                                      "Growth of rural residents' per-capita disposable income, %",
                                      "rural_income", "growth", ("%",), _RURAL),
    "cpi": _indicator("居民消费价格涨幅", "Consumer price index, % change", "cpi", "growth",
                      ("%",), _CPI),
    "grain_output": _indicator("粮食产量", "Grain output", "grain", "level", ("万吨", "亿斤"),
                               _GRAIN),
    "energy_intensity": _indicator("单位生产总值能耗降低",
                                   "Reduction of energy use per unit of GDP, % (incl. 节能减排 tasks)",
                                   "energy_intensity", "reduction", ("%",), _ENERGY),
}

# `城乡居民收入`, `城镇和农村居民人均可支配收入`: one phrase naming two indicators.
_PAIRED_RE = (r"(?:城乡|城镇和农村|城镇与农村|城镇、农村|城镇居民和农村|城镇居民与农村|城镇居民、农村)"
              r"(?:常住)?居民(?:人均可支配)?收入")
_PAIRED = ("urban_income", "rural_income")

MODIFIERS = ("point", "around", "at_least", "at_most", "range", "qualitative", "absent")
KINDS = ("expected", "striving", "actual", "estimate")

# ---------------------------------------------------------------- derived tables

_CODES_BY_CONCEPT: dict[str, list[str]] = {}
_CONCEPT_BY_TERM: dict[str, str] = {}
# (concept, unit) -> the first of the concept's codes that takes figures in the unit.
_CODE_BY_UNIT: dict[tuple[str, str], str] = {}
for _code, _entry in INDICATORS.items():
    _CODES_BY_CONCEPT.setdefault(_entry["concept"], []).append(_code)
    for _term in _entry["patterns"]:
        _CONCEPT_BY_TERM[_term] = _entry["concept"]
    for _unit in _entry["units"]:
        _CODE_BY_UNIT.setdefault((_entry["concept"], _unit), _code)
del _code, _entry, _term, _unit

# `经济增长8%`: the GDP target in other words. Only with a figure and only for the
# whole economy (not `数字经济增长`, and `与经济增长同步` is no GDP target).
_ECONOMY_RE = r"经济(?:增长速度|增长|增速)"
_ECONOMY_OWNER = re.compile(r"(?:^|[,:;、]|全[省市区县州旗盟]|地区|国民|区域|整体)$")

# One flat alternation, pair first, then names longest first, then `经济增长`: with no
# groups around the alternatives `re` can skip ahead to their first characters, which
# makes it several times faster. _mention_kind tells which alternative matched.
_MENTION_RE = re.compile(
    _PAIRED_RE + "|"
    + "|".join(re.escape(t) for t in sorted(_CONCEPT_BY_TERM, key=len, reverse=True))
    + "|" + _ECONOMY_RE)
_PAIRED_FULL_RE = re.compile(_PAIRED_RE)

# A word just before an indicator name that makes it another quantity
# (人均生产总值, 工业固定资产投资, 占地区生产总值比重, 电商进出口额).
_NOT_AFTER = ("人均", "亩均", "地均", "单位", "万元", "亿元", "每", "占", "民间", "工业", "制造业", "岛外",
              "岛内", "电商", "保税", "限额以上", "限上", "网络", "高新技术", "农业", "服务业", "技改",
              "基础设施", "房地产", "园区", "开发区", "合同", "数字经济", "贸易")
# Characters before a name that _ECONOMY_OWNER needs to see (its longest
# alternative is two characters).
_LOOK_BEHIND = 8
# ... and just after it (城乡居民收入差距, 进出口业务, GDP比重).
_NOT_BEFORE = ("的比重", "比重", "占比", "差距", "结构", "业务", "企业", "商品", "平台", "口岸", "权", "能耗", "倍")

# ---------------------------------------------------------------- numbers

_NUM = r"[-−]?\d+(?:\.\d+)?"
_CN_PCT = r"百分之[零〇一二两三四五六七八九十百点]+"
_NUMBER = rf"(?:{_CN_PCT}|{_NUM})"
# Longest first: 万人次 must not read as 万人, 万亿元 not as 亿元.
_UNITS = ("个百分点", "万亿元", "万亿斤", "亿美元", "万美元", "万人次", "亿公斤", "万公斤", "亿元", "万元",
          "万人", "人次", "万吨", "亿斤", "万斤", "%", "人", "吨")
_UNIT = "(?:" + "|".join(re.escape(u) for u in _UNITS) + ")"
_VALUE_RE = re.compile(
    rf"(?<![\d.])(?P<a>{_NUMBER})(?P<ua>{_UNIT})?"
    rf"(?:(?P<sep>[-—–~～]{{1,2}}|至|到)(?P<b>{_NUMBER})(?P<ub>{_UNIT}))?")
# unit as written -> (canonical unit, factor); None: a quantity no indicator takes.
_UNIT_SCALE: dict[str, tuple[str, float] | None] = {
    "%": ("%", 1), "万亿元": ("亿元", 10000), "亿元": ("亿元", 1), "万元": ("亿元", 1e-4),
    "亿美元": ("亿美元", 1), "万美元": ("亿美元", 1e-4), "万人": ("万人", 1), "人": ("万人", 1e-4),
    "万吨": ("万吨", 1), "吨": ("万吨", 1e-4), "亿公斤": ("万吨", 10), "万公斤": ("万吨", 1e-3),
    "亿斤": ("亿斤", 1), "万斤": ("亿斤", 1e-4), "万亿斤": ("亿斤", 10000), "个百分点": None, "万人次": None, "人次": None,
}

# Words right after or right before a single figure that say how it bounds the target.
_AROUND_AFTER = ("左右", "上下")
_AT_LEAST_AFTER = ("以上", "及以上")
_AT_MOST_AFTER = ("以内", "以下")
_AT_LEAST_BEFORE = ("不低于", "不少于", "超过", "突破", "高于", "大于")
_AT_MOST_BEFORE = ("不高于", "不超过", "低于", "小于", "控制在", "控制")
_DECREASE = re.compile(r"(?:下降|降低|减少|回落|下滑)")
_INCREASE = re.compile(r"(?:增长|上涨|提高|上升|增加)")

_BASIS = (("按可比口径", "按可比口径"), ("可比口径", "按可比口径"), ("按可比价格", "按可比价格"),
          ("按可比价", "按可比价格"), ("可比价", "按可比价格"), ("按现价", "按现价"),
          ("现价", "按现价"), ("同口径", "同口径"))

# Words allowed between an indicator and its figure (`…按可比口径增长6%左右`).
# Anything else there means the figure belongs to some other subject.
_GAP_WORDS = (
    "同比", "比上年", "比去年", "较上年", "较去年", "比上一年", "按可比口径", "可比口径", "按可比价格",
    "按可比价", "可比价", "按现价", "现价", "同口径", "计算", "全年", "年度", "预期", "预计", "力争",
    "争取", "努力", "奋斗", "确保", "实现", "完成", "达到", "达", "突破", "超过", "高于", "低于",
    "不低于", "不少于", "不高于", "不超过", "保持在", "保持", "稳定在", "稳定", "控制在", "控制", "为",
    "是", "增长", "增速", "增幅", "涨幅", "上涨", "下降", "降低", "减少", "提高", "上升", "回落",
    "指数", "总额", "总量", "目标", "分别", "均", "要", "将", "在", "了", "实际", "上年", "去年",
    "设定", "确定", "定", "率", "幅度", "总水平", "水平", "约", "名义", "再", "和", "、", "“", "”",
    "全省", "全市", "全区", "全县", "全州")
# `比2020年下降8%`: a comparison base is allowed here; `_multi_year` judges it.
_GAP_RE = re.compile("(?:" + "|".join(re.escape(w) for w in sorted(_GAP_WORDS, key=len, reverse=True))
                     + r"|[比较]\d{4}年(?:同期)?)*")
_STRIVING_RE = re.compile(r"力争|争取|奋斗|努力(?:实现|达到)")
# `A、B分别增长…` / `A、B均增长…` (not 年均, 人均).
_RESPECTIVELY_RE = re.compile(
    r"(?:分别|(?<![年亩人地户])均)(?=(?:比上年|比去年|同比|较上年)?(?:增长|为|达到|达|提高|上涨|下降|"
    r"控制在|保持在|突破|超过|完成|实现|占))")
# `(按可比价格计算)` after a figure.
_BASIS_ONLY_RE = re.compile(r"(?:按|以)?(?:可比价格?|可比口径|现价)(?:计算)?")

# ---------------------------------------------------------------- time and structure

# A figure over several years: never a target of the year, never one year's result.
_MULTI_YEAR_RE = re.compile(
    r"年均|年平均|平均每年|每年|累计|(?<!\d)[两三四五六七八九十\d]年(?![度底末份])|十[一二三四五]五|"
    r"(?:到|至)\d{4}年|\d{4}年(?:底|末)?(?:以来|至|到|—|-)|(?P<base>[比较由是与])(?P<by>\d{4})年|"
    r"翻一?番")

# The period a figure covers, when it is part of a year (`前三季度，…增长9.1%`) or
# explicitly the whole of it (`…，预计全年增长8%`); the last one named counts.
_PERIOD_RE = re.compile(
    r"(?P<part>[一二三四1-4]季度|[上下]半年|前\d{1,2}个?月|前[一二三四五六七八九十]+个月|"
    r"(?<![年\d])\d{1,2}(?:[-—~至]\d{1,2})?月(?!\d{1,2}日))|(?P<whole>全年|年度)")


def _part_of_year(before: str) -> bool:
    """Whether the period last named before a figure in its sentence is part of a year."""
    if "月" not in before and "季" not in before and "半年" not in before:
        return False  # every part of a year _PERIOD_RE names holds one of these
    last = None
    for last in _PERIOD_RE.finditer(before):
        pass
    return bool(last and last.group("part"))


def _not_one_year(text: str, year: int | None) -> bool:
    """Whether a piece of text speaks of several years (`年均`, `比2016年`, `到2026年`).

    `比2020年` in a report for 2022 compares last year with the one before: one year.
    """
    if "年" not in text and "累计" not in text and "五" not in text and "番" not in text:
        return False  # every alternative of _MULTI_YEAR_RE holds one of these
    for match in _MULTI_YEAR_RE.finditer(text):
        if match.group("by") and match.group("base") in "比较" and year \
                and int(match.group("by")) == year - 2:
            continue
        return True
    return False


# One named year; not the base of a comparison (比2016年) nor the start of a span.
_YEAR_RE = re.compile(r"(?<![比较由是与到至\d])(\d{4})年(?!度|以来|至|到|—|-)")
_LAST_YEAR_RE = re.compile(r"(?<![比较同])(?:去年|上年(?=实际|全年|完成|实现|增长|为))")
# What _year_of finds in a start of a text is found in the whole text by this: the
# patterns of _YEAR_RE and _LAST_YEAR_RE, but for the lookahead after `年`, which a
# start of the text may cut off (`2021年` before `-5%`).
_NAMED_YEAR_RE = re.compile(r"(?<![比较由是与到至\d])\d{4}年|(?<![比较同])(?:去年|上年(?=实际|全年|完成|实现|增长|为))")
_RECITED_TARGET_RE = re.compile(r"目标(?:是|为|:)")

_NUMBERING = (r"(?:[—\-]+|[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|"
              r"第[一二三四五六七八九十]+部分[、:]?|\d+[、.])")
_NUMBERING_RE = re.compile("^" + _NUMBERING)
_PLAN_HEADING = r"(?:工作安排|工作任务|工作部署|主要工作|重点工作|主要任务|重点任务|主要目标|目标任务)"
_CURRENT_HEAD_RE = re.compile(rf"^(\d{{4}})年(?:经济社会发展)?(?:的)?{_PLAN_HEADING}(?!回顾|总结|情况)")
_REVIEW_HEAD_RE = re.compile(r"^(\d{4})年(?:及[^,:;]{0,15})?(?:政府)?(?:主要)?工作(?:回顾|总结)")
_FIVE_YEAR_PLAN_RE = re.compile(r"^(?:今后|未来)(?:的)?五年|^“?十[四五]五”?(?:时期|期间)")
_FIVE_YEAR_REVIEW_RE = re.compile(
    r"^(?:过去|回顾)(?:过去)?(?:的)?五年|^五年来|^本届政府(?:五年)?(?:工作)?回顾|^五年(?:工作)?回顾")
# A numbered heading such as `三、总体要求和目标任务`: this year's plan, year unnamed.
_PLAN_HEAD_RE = re.compile(r"^(?:政府工作的?)?(?:总体要求|目标任务|工作安排)(?!回顾|总结|情况|完成)")
_ONE_YEAR_REVIEW_RE = re.compile(r"^(?:过去|刚刚过去)的?一年|^一年来|^去年|^今年以来")
# Any other review heading: `“十三五”时期和2020年工作回顾`, `工作回顾`.
_OTHER_REVIEW_HEAD_RE = re.compile(r"^(?P<words>[^,:;。]{0,20}?)(?:政府)?(?:主要)?工作(?:回顾|总结)")
_YEAR_HEAD_RE = re.compile(r"^(?:刚刚过去的)?(\d{4})年(以来)?")

# How every head _section_cue knows starts (after any numbering), or `…工作回顾` for a
# numbered one: a sentence failing this opens no section, and skips those patterns.
# (`…工作回顾` must be numbered here too, as _OTHER_REVIEW_HEAD_RE wants it, so both
# alternatives start with a character of _CUE_FIRST or a digit.)
_CUE_HINT_RE = re.compile(
    _NUMBERING + r"?(?:过去|回顾|五年|本届|今后|未来|“?十[四五]五|\d{4}年|刚刚过去|一年来|去年|今年|"
    r"政府工作|总体要求|目标任务|工作安排)|" + _NUMBERING + r".*?工作(?:回顾|总结)", re.S)
# Every figure _values reads starts with a digit or `百分之`.
_FIGURE_HINT_RE = re.compile(r"\d|百分之")

_TRIGGER_RE = re.compile(
    r"(?P<noun>主要预期目标|预期目标|主要预期指标|预期指标|主要目标|主要指标|发展目标|奋斗目标)"
    r"(?:任务)?(?:建议|安排|初步)?"
    r"(?:确定|设定|拟定|定)?(?P<verb>是|为)?(?P<colon>:)?")
_GROWTH_TARGET_RE = re.compile(r"增长(?:预期)?目标(?:确定|设定|定)?(?:为|是)")
_NOT_THIS_YEAR_RE = re.compile(r"五年|十[三四五]五|到\d{4}年|远景|中长期|年初")
# In a review, `年初确定的主要预期目标是…` recites last year's targets.
_RECITAL_RE = re.compile(r"确定|年初|去年|上年|人大|完成|实现|超额")
_PASSAGE_STOP_RE = re.compile(r"^(?:为|围绕)?实现(?:上述|以上|这些)|^这些目标|^围绕|^重点|^做好|^主要考虑")
_ABSENT_RE = re.compile(
    r"(?:不|未|没有)再?(?:设定|设置|设|提出|确定|制定|定)[^。;,]{0,12}?(?:增长|增速|GDP|生产总值)"
    r"[^。;]{0,8}?目标")

_CLAUSE_RE = re.compile(r"[^。；;!！?？]+(?:[。；;!！?？]+|$)")
_SENTENCE_END = "。!！?？"
_FRAGMENT_SPLIT_RE = re.compile(r"[,:()]")


# ---------------------------------------------------------------- data holders

class _Clause(NamedTuple):
    raw: str    # as written, for the `sentence` field
    norm: str   # NFKC, no whitespace, for matching


class _Mention(NamedTuple):
    start: int
    end: int
    concepts: tuple[str, ...]
    figure_only: bool = False  # never a qualitative target on its own


class _Value(NamedTuple):
    start: int
    end: int
    low: float
    high: float
    unit: str
    modifier: str


@dataclass(slots=True)
class _Reading:
    """One indicator figure (or a figureless mention) found in a clause."""

    concept: str
    value: _Value | None
    clause: int           # index of the clause in its sentence
    pos: int              # offset in the sentence's normalised text
    fragment: str         # the comma fragment up to the figure, for time markers
    basis: str | None = None
    striving: bool = False


class _Cue(NamedTuple):
    """A sentence opening a part of the report (`一、2021年工作回顾`, `今后五年，…`)."""

    section: str           # review1 (one past year), review5, plan5 (five-year goals), current
    year: int | None       # the year a review1 section describes
    framing: bool = False  # a bare `2021年，…` opening: see _read_sentence


@dataclass
class _State:
    """Where in the report we are, carried from sentence to sentence."""

    year: int | None
    section: str | None = None      # review1, review5, plan5, current
    section_year: int | None = None  # the year a review1 section describes
    passage: str | None = None       # kind of the open targets passage
    had_expected: bool = False
    targets: list[dict] = field(default_factory=list)
    actuals: list[dict] = field(default_factory=list)


# ---------------------------------------------------------------- public API

def extract_targets(paragraphs: list[str], year: int | None) -> tuple[list[dict], list[dict]]:
    """The report's targets for its year and the past years' results it states.

    `paragraphs`: the report body; one long line is fine. `year`: the year the
    report is for (the text's own headings win when they disagree).
    Returns (targets, actuals); see the module docstring for the row shape.
    A body in traditional characters is read in simplified ones (the
    vocabulary is simplified); its rows quote the sentences as written.
    """
    if not _may_hold_traditional(paragraphs):
        return _read_body(paragraphs, year)
    simplified = [to_simplified(paragraph) for paragraph in paragraphs]
    if simplified == paragraphs:
        return _read_body(paragraphs, year)
    targets, actuals = _read_body(simplified, year)
    as_written = _sentences_as_written(simplified, paragraphs)
    for row in targets + actuals:
        row["sentence"] = as_written(row["sentence"])
    return targets, actuals


def _may_hold_traditional(paragraphs: list[str]) -> bool:
    """Whether to_simplified might change any paragraph: one search of the whole
    body, as almost every body holds no traditional character (to_simplified
    leaves a text without one as it is)."""
    return bool(_traditional_or_astral().search(_BREAK.join(paragraphs)))


@functools.cache
def _traditional_or_astral() -> re.Pattern:
    """Any character to_simplified converts, or any beyond the Basic Multilingual
    Plane (too rare to list: a body holding one is simply folded paragraph by
    paragraph)."""
    basic = character_class(c for c in traditional_characters() if c <= "\uffff")
    return re.compile(f"[{basic}\U00010000-\U0010ffff]")


def _sentences_as_written(simplified: list[str], paragraphs: list[str]):
    """A function giving a sentence quoted from `simplified` in the characters
    of `paragraphs`: t2s keeps every character's place, so the same stretch
    of the original is the sentence as written."""
    def as_written(sentence: str) -> str:
        for folded, original in zip(simplified, paragraphs):
            start = folded.find(sentence)
            if start >= 0 and len(folded) == len(original):
                return original[start:start + len(sentence)]
        return sentence
    return as_written


def _read_body(paragraphs: list[str], year: int | None) -> tuple[list[dict], list[dict]]:
    """extract_targets for a body in simplified characters."""
    sentences = _sentences(paragraphs)
    state = _State(year=_infer_year(sentences, year))
    for sentence in sentences:
        if sentence.after_skipped:
            state.passage = None  # all the sentences left out would have done
        if _may_matter(sentence, state):
            _read_sentence(sentence, state)
        else:
            state.passage = None  # all reading it would do: a passage needs indicators
    return _finish_targets(state.targets), _dedupe(state.actuals)


# ---------------------------------------------------------------- text units

# Full-width forms common in the bodies, each with its NFKC form: one character, so
# a text and its replaced form line up character for character.
_COMMON_WIDE = tuple((wide, unicodedata.normalize("NFKC", wide)) for wide in "，：；！？（）％")
# The clauses of a lined-up sentence, where the clause ends `；！？` read `;!?`.
_ALIGNED_CLAUSE_RE = re.compile(r"[^。;!?]+(?:[。;!?]+|\Z)")
# Every vocabulary name, `城乡居民收入` and `经济增长` hold one of these (a test checks),
# and every trigger and `不设定…目标` hold 目标 or 指标 (not just 标: 标准, 达标 are
# common): a sentence with none of them can only matter as a cue. Literals only,
# so that `re` skips ahead to their first characters.
_KEY_RE = re.compile("目标|指标|收入|总值|GDP|CPI|固定|固投|零售|社零|增加值|进出口|外资|外商|就业|失业|消费价|"
                     "物价|粮食|能耗|节能|经济增")
# The characters a sentence matching _CUE_HINT_RE can start with, but for other digits.
_CUE_FIRST = "—-一二三四五六七八九十(（第过回五本今未“刚去政总目工"
# Joined paragraphs are separated by a line break (whitespace, so never inside a
# lined-up paragraph).
_BREAK = "\n"
# The first characters of the sentences that may match _CUE_HINT_RE.
_CUE_FIRST_RE = re.compile("[" + re.escape(_CUE_FIRST) + r"\d]")
# A sentence end just before a character a cue may start with, one pattern per end:
# a pattern starting with a literal is searched for several times faster.
_CUE_START_RES = tuple(re.compile(re.escape(end) + "(?=[" + re.escape(_CUE_FIRST) + r"\d])")
                       for end in "。!?\n")
# A paragraph starting with one of these is split slowly (the sentence pattern drops them).
_LEADING_ENDS = frozenset("。;!?；！？")
# In lined-up text (see _odd_paragraphs), where a sentence ends: after a run of clause
# ends whose last one is `。!?` (as in _sentences_slowly), or before a line break. It
# starts with a class of characters, so that `re` skips ahead to them.
_SENTENCE_END_RE = re.compile(r"[。;!?\n](?:(?<=\n)|[。;!?]*(?<=[。!?])(?![。;!?]))")
# Matched up to a point, the last sentence end before it (the character at the point
# being no clause end, the lookahead may stop there).
_LAST_END_RE = re.compile(r"(?s:.*)(?:[。!?](?![。;!?])|\n)")


class _Sentence:
    """A sentence's normalised text and its clauses, split only when it is read."""

    __slots__ = ("text", "raw", "cue_hint", "after_skipped", "_clauses")

    def __init__(self, text: str, raw: str | None = None, clauses: list[_Clause] | None = None):
        self.text = text            # the clauses' normalised texts, joined
        self.raw = raw              # the sentence as written, when it lines up with `text`
        self._clauses = clauses
        # May it open a section? (A hint starts with one of a few characters.)
        self.cue_hint = (text[:1] in _CUE_FIRST or text[:1].isdecimal()) and bool(_CUE_HINT_RE.match(text))
        self.after_skipped = False  # were sentences that cannot matter left out just before?

    @property
    def clauses(self) -> list[_Clause]:
        """The clauses, as _sentences_slowly would have split them."""
        if self._clauses is None:
            self._clauses = [_Clause(self.raw[m.start():m.end()], m.group())
                             for m in _ALIGNED_CLAUSE_RE.finditer(self.text)]
        return self._clauses


def _sentences(paragraphs: list[str]) -> list[_Sentence]:
    """The sentences that could matter (see _could_matter), in order.

    Clauses are grouped into sentences; a paragraph end also ends a sentence.
    The paragraphs are joined and handled as one text: runs of lined-up ones
    (see _odd_paragraphs) are searched all at once, the others split one by
    one, slowly. Empty paragraphs hold no sentence, so they are left out first.
    """
    paragraphs = [p for p in paragraphs if p]
    raw = _BREAK.join(paragraphs)
    text = raw
    for wide, narrow in _COMMON_WIDE:
        text = text.replace(wide, narrow)
    starts = list(accumulate(map((1).__add__, map(len, paragraphs)), initial=0))  # each + break
    kept: list[_Sentence] = []
    skipped = False  # was a sentence left out since the last one kept?
    run = 0  # first paragraph of the current run of lined-up ones
    for odd in [*_odd_paragraphs(paragraphs, text, starts), len(paragraphs)]:
        if run < odd:
            skipped = _lined_up_sentences(text, raw, starts[run], starts[odd] - 1, skipped, kept)
        if odd < len(paragraphs):
            for sentence in _sentences_slowly(paragraphs[odd]):
                if _could_matter(sentence.text):
                    sentence.after_skipped, skipped = skipped, False
                    kept.append(sentence)
                else:
                    skipped = True
        run = odd + 1
    return kept


def _odd_paragraphs(paragraphs: list[str], text: str, starts: list[int]) -> list[int]:
    """Indices, in order, of the paragraphs to split slowly: those that start with a
    clause end (which the slow split drops), hold whitespace or whose slice of `text`
    (common full-width forms replaced) is not NFKC.

    Replacing characters by their own NFKC forms leaves a string's NFKC form as it
    is; so when the result is already normalised and holds no whitespace, it is the
    NFKC form, and every clause's form is its slice (a substring of a normalised
    string is normalised too). The whole-text test for NFKC is exact: a line break
    is a starter that never composes, so the joined text is normalised exactly when
    every paragraph is; only when it fails are paragraphs tested alone.
    """
    unnormalised = not unicodedata.is_normalized("NFKC", text)
    return [i for i, paragraph in enumerate(paragraphs)
            if paragraph[0] in _LEADING_ENDS or _holds_whitespace(paragraph)
            or unnormalised and not unicodedata.is_normalized("NFKC", text[starts[i]:starts[i + 1] - 1])]


def _holds_whitespace(paragraph: str) -> bool:
    """Whether a paragraph holds whitespace. Every whitespace character but the
    space is unprintable, and both tests before the split run at C speed."""
    return (" " in paragraph or not paragraph.isprintable()) and paragraph.split() != [paragraph]


def _lined_up_sentences(text: str, raw: str, begin: int, end: int, skipped: bool,
                        kept: list[_Sentence]) -> bool:
    """Add to `kept` the sentences of text[begin:end] that could matter, a run of
    lined-up paragraphs joined by line breaks; return whether a sentence was left
    out after the last one kept (`skipped`: whether one was before `begin`).

    Only the sentences around a key (see _KEY_RE) or starting like a cue are cut
    out, from the sentence end before them to the one after; the text between two
    kept sentences holds a sentence left out unless it is all line breaks.
    """
    spans: dict[int, int] = {}
    position = begin
    while match := _KEY_RE.search(text, position, end):  # a key never spans two sentences
        found = match.start()
        last_end = _LAST_END_RE.match(text, position, found)
        start = last_end.end() if last_end else position
        position = spans[start] = _sentence_end(text, found, end)
    candidates = [begin] if _CUE_FIRST_RE.match(text, begin, end) else []
    candidates += [m.end() for pattern in _CUE_START_RES for m in pattern.finditer(text, begin, end)]
    for start in candidates:
        if start not in spans:
            stop = _sentence_end(text, start, end)
            if _CUE_HINT_RE.match(text, start, stop):
                spans[start] = stop
    previous = begin
    for start in sorted(spans):
        stop = spans[start]
        sentence = _Sentence(text[start:stop], raw[start:stop])
        sentence.after_skipped = skipped or _holds_sentence(text, previous, start)
        kept.append(sentence)
        skipped, previous = False, stop
    return skipped or _holds_sentence(text, previous, end)


def _sentence_end(text: str, position: int, end: int) -> int:
    """Where the sentence holding text[position] ends (before `end`)."""
    match = _SENTENCE_END_RE.search(text, position, end)
    if match is None:
        return end
    return match.start() if match.group() == _BREAK else match.end()


def _holds_sentence(text: str, start: int, stop: int) -> bool:
    """Whether text[start:stop], whole sentences and line breaks, holds a sentence."""
    return stop - start != text.count(_BREAK, start, stop)


def _could_matter(text: str) -> bool:
    """Whether a sentence could do more than close a targets passage: open a section
    (the cue hint), hold a trigger or `不设定…目标` (both hold 目标 or 指标), or name an
    indicator."""
    return bool(_KEY_RE.search(text)) or bool(_CUE_HINT_RE.match(text))


def _normalise(text: str) -> str:
    """NFKC (full-width punctuation and digits to ASCII) without whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _sentences_slowly(paragraph: str) -> list[_Sentence]:
    """The sentences of any paragraph, normalising clause by clause."""
    sentences: list[_Sentence] = []
    current: list[_Clause] = []
    for match in _CLAUSE_RE.finditer(paragraph):
        raw = match.group().strip()
        norm = _normalise(raw)
        if not norm.strip("。;!?"):
            continue
        current.append(_Clause(raw, norm))
        if raw[-1] in _SENTENCE_END:
            sentences.append(_Sentence("".join(c.norm for c in current), clauses=current))
            current = []
    if current:
        sentences.append(_Sentence("".join(c.norm for c in current), clauses=current))
    return sentences


def _head(text: str) -> str:
    """The start of a sentence without heading numbering (`二、`, `(一)`, `——`).

    The heading patterns read on from here never match `;`, so they never reach
    past the first clause: the whole sentence serves as well as that clause.
    """
    return _NUMBERING_RE.sub("", text, count=1)


def _infer_year(sentences: list[_Sentence], year: int | None) -> int | None:
    """The plan year named by the text's headings, else the one passed in.

    `2019年主要工作` names it; `2018年工作回顾` names the year before it.
    """
    reviewed = None
    for sentence in sentences:
        if not sentence.cue_hint:
            continue
        head = _head(sentence.text)
        if match := _CURRENT_HEAD_RE.match(head):
            return int(match.group(1))
        if reviewed is None and (match := _REVIEW_HEAD_RE.match(head)):
            reviewed = int(match.group(1)) + 1
    return reviewed or year


def _may_matter(sentence: _Sentence, state: _State) -> bool:
    """Whether reading a sentence could do more than close the open targets passage.

    All it does hangs on a section cue, a trigger, `不设定…目标`, or an indicator
    name; a name with no figure (`\\d`, `百分之`) in the sentence only counts
    within an open passage. Outside a passage, with no cue, trigger or
    `不设定…目标`, a figure can only be an actual, which needs the year of a
    one-year review section or a year named before it (`2021年`, `去年`, `上年`,
    as _year_of finds them: see _NAMED_YEAR_RE).
    """
    text = sentence.text
    if sentence.cue_hint:
        return True
    if "标" in text and (_ABSENT_RE.search(text) or _trigger(text, state, state.section)):
        return True  # (both need 目标 or 指标; with no cue the section is the current one)
    if state.passage is None and (state.section != "review1" and not _names_a_year(text)
                                  or not _FIGURE_HINT_RE.search(text)):
        return False
    return bool(_MENTION_RE.search(text))


def _names_a_year(text: str) -> bool:
    """Whether _year_of could find a year in some start of `text` (before a figure)."""
    return "年" in text and bool(_NAMED_YEAR_RE.search(text))


# ---------------------------------------------------------------- sections

def _section_cue(head: str, year: int | None, numbered: bool) -> _Cue | None:
    """The part of the report a sentence opens, if it opens one.

    `numbered`: the sentence starts with heading numbering (`三、`).
    """
    if _FIVE_YEAR_REVIEW_RE.match(head):
        return _Cue("review5", None)
    if _FIVE_YEAR_PLAN_RE.match(head):
        return _Cue("plan5", None)
    if match := _REVIEW_HEAD_RE.match(head):
        return _Cue("review1", int(match.group(1)))
    if _ONE_YEAR_REVIEW_RE.match(head):
        return _Cue("review1", year - 1 if year else None)
    if numbered and (match := _OTHER_REVIEW_HEAD_RE.match(head)):
        named = [int(y) for y in re.findall(r"(\d{4})年", match.group("words"))]
        if named:  # the last single year named, which undated figures describe
            return _Cue("review1", named[-1])
        if re.search(r"五年|十[二三四]五|本届", match.group("words")):
            return _Cue("review5", None)
        return _Cue("review1", year - 1 if year else None)
    if match := _CURRENT_HEAD_RE.match(head):
        return _Cue("current", int(match.group(1)))
    if head.startswith("今年"):
        return _Cue("current", year)
    if (match := _YEAR_HEAD_RE.match(head)) and year:
        named = int(match.group(1))
        if match.group(2):  # `YYYY年以来`: a review of that year; a later one is a typo
            return _Cue("review1", min(named, year - 1))
        if named < year:
            return _Cue("review1", named, framing=True)
        return _Cue("current", year) if named == year else _Cue("plan5", None)
    if numbered and _PLAN_HEAD_RE.match(head):
        return _Cue("current", year)
    return None


def _read_sentence(sentence: _Sentence, state: _State) -> None:
    """Classify every figure of one sentence and update the position in the report."""
    text = sentence.text
    cue = _cue(sentence, state.year)
    # Every reading hangs on an indicator name, and no name spans two clauses: a
    # sentence naming none (most cues) is not split into clauses at all.
    readings = _read_clauses(sentence.clauses) if _MENTION_RE.search(text) else []
    # `2021年是极不平凡的一年。` opens last year's review; `2021年，全市经济总量…亿元，…`
    # in a five-year review only dates its own figures.
    if cue and not (cue.framing and any(r.value for r in readings)):
        state.section, state.section_year = cue.section, cue.year
    section, section_year = (cue.section, cue.year) if cue else (state.section, state.section_year)

    start = _passage_start(text, readings, cue, state, section)
    for reading in readings:
        if start is not None and reading.pos >= start:
            _take_target(reading, sentence.clauses, text, state)
        elif reading.value:
            _take_actual(reading, sentence.clauses, text[:reading.pos], state, section, section_year)
    # (_ABSENT_RE ends in 目标, which no clause end splits.)
    if "目标" in text and (start is not None or (section in (None, "current")
                                                 and not _LAST_YEAR_RE.search(text))):
        _take_absent(sentence.clauses, start or 0, state)


def _read_clauses(clauses: list[_Clause]) -> tuple[_Reading, ...]:
    """The readings of a sentence's clauses, positioned in the joined sentence."""
    return _read_normalised_clauses(tuple(clause.norm for clause in clauses))


@functools.lru_cache(maxsize=2048)
def _read_normalised_clauses(norms: tuple[str, ...]) -> tuple[_Reading, ...]:
    """_read_clauses of clauses with these normalised texts (cached: a report
    reposted on several pages repeats its sentences; the readings are shared,
    so nothing may change them once read)."""
    readings: list[_Reading] = []
    offset = 0
    for i, norm in enumerate(norms):
        readings += _read_clause(norm, i, offset)
        offset += len(norm)
    return tuple(readings)


def _cue(sentence: _Sentence, year: int | None) -> _Cue | None:
    """The part of the report the sentence opens, if it opens one."""
    if not sentence.cue_hint:
        return None
    return _section_cue(_head(sentence.text), year, bool(_NUMBERING_RE.match(sentence.text)))


def _passage_start(text: str, readings: list[_Reading], cue: _Cue | None, state: _State,
                   section: str | None) -> int | None:
    """Offset in the sentence where target figures start, or None; opens/closes passages."""
    trigger = _trigger(text, state, section)
    if trigger is not None:
        position, noun = trigger
        striving = noun == "奋斗目标" and state.had_expected
        state.passage = "striving" if striving else "expected"
        state.had_expected = state.had_expected or not striving
        return position
    if state.passage and not cue and _continues_passage(text, readings, state.year):
        return 0
    state.passage = None
    return None


def _trigger(text: str, state: _State, section: str | None) -> tuple[int, str] | None:
    """(offset after the trigger, trigger noun) when the sentence opens this year's targets."""
    if "标" not in text:
        return None  # every trigger noun and `增长目标` hold 标
    found = None
    for match in _TRIGGER_RE.finditer(text):
        # `主要预期目标是:` / `为` / `:`, a heading line `2023年主要预期目标`, or a
        # heading glued to its list (`主要预期目标地区生产总值增长…`, one-line bodies)
        if match.group("verb") or match.group("colon") or not text[match.end():].strip("。;!?") \
                or _MENTION_RE.match(text, match.end()):
            found = (match.end(), match.group("noun"), match.start())
            break
    if found is None and (match := _GROWTH_TARGET_RE.search(text)):
        # `…增长目标设定为6%`: the indicator comes before the trigger.
        fragment_start = max(text.rfind(c, 0, match.start()) for c in ",:;") + 1
        found = (fragment_start, "增长目标", fragment_start)
    if found is None:
        return None
    end, noun, begin = found
    before = text[:begin]
    this_year = "今年" in text or bool(state.year and f"{state.year}年" in text)
    if _NOT_THIS_YEAR_RE.search(before):
        return None
    if section == "plan5" and not this_year:
        return None  # five-year goals, under a `今后五年…` heading
    past = _year_of(before, state.year)
    if section in ("review1", "review5") and not this_year and (
            "预期目标" not in noun or _RECITAL_RE.search(before)
            or (past and state.year and past < state.year)):
        # `年初确定的主要预期目标是…` recites last year's targets; `主要指标为…` in a
        # review lists results. A plain `主要预期目标是…` there means a heading is missing.
        return None
    return end, noun


def _continues_passage(text: str, readings: list[_Reading], year: int | None) -> bool:
    """A sentence after a targets passage still belongs to it when it states indicators."""
    if _PASSAGE_STOP_RE.match(_NUMBERING_RE.sub("", text, count=1)):
        return False
    if any(r.value and not _not_one_year(r.fragment, year) for r in readings):
        return True
    # A short figureless line such as `居民收入增长与经济增长同步。`
    return bool(readings) and len(text) <= 40


# ---------------------------------------------------------------- rows

def _row(code: str, reading: _Reading, clause: _Clause, kind: str) -> dict:
    """The public row for a reading (an actual gets its `year` added)."""
    value = reading.value
    return {
        "indicator": code,
        "value_low": None if value is None else value.low,
        "value_high": None if value is None else value.high,
        "unit": None if value is None else value.unit,
        "modifier": "qualitative" if value is None else value.modifier,
        "kind": kind,
        "basis": reading.basis,
        "sentence": clause.raw,
    }


def _take_target(reading: _Reading, sentence: list[_Clause], text: str, state: _State) -> None:
    """A reading inside a targets passage: a target, or an actual marked as past."""
    past = _past_year(reading.fragment, state.year)
    if past is not None:
        if reading.value:
            _add_actual(reading, sentence, text[:reading.pos], state, past)
        return
    if reading.value and _not_one_year(reading.fragment, state.year):
        return  # `年均增长…` in a target list is a plan-period figure
    code = _code_for(reading)
    if code is None:
        return
    row = _row(code, reading, sentence[reading.clause], state.passage or "expected")
    row["_striving"] = reading.striving
    state.targets.append(row)


def _take_actual(reading: _Reading, sentence: list[_Clause], before: str, state: _State,
                 section: str | None, section_year: int | None) -> None:
    """A figure outside a targets passage: one past year's result, when the year is known."""
    if _not_one_year(reading.fragment, state.year) or _part_of_year(before) \
            or _RECITED_TARGET_RE.search(before):
        return  # cumulative, part of the year, or a recital of last year's targets
    year = _year_of(before, state.year)
    if year is None:
        if section != "review1":
            return
        year = section_year
    elif state.year and year >= state.year:
        return
    _add_actual(reading, sentence, before, state, year)


def _add_actual(reading: _Reading, sentence: list[_Clause], before: str, state: _State,
                year: int | None) -> None:
    """Record an actual; `预计` earlier in the sentence makes it an estimate."""
    code = _code_for(reading)
    if code is None:
        return
    kind = "estimate" if "预计" in before else "actual"
    row = _row(code, reading, sentence[reading.clause], kind)
    row["year"] = year
    state.actuals.append(row)


def _take_absent(sentence: list[_Clause], start: int, state: _State) -> None:
    """`不设定具体增长目标` in this year's plan: the GDP target is explicitly absent."""
    offset = 0
    for clause in sentence:
        offset += len(clause.norm)  # where the clause ends
        if offset > start and _ABSENT_RE.search(clause.norm):
            state.targets.append({
                "indicator": "gdp_growth", "value_low": None, "value_high": None, "unit": None,
                "modifier": "absent", "kind": "expected", "basis": None, "sentence": clause.raw,
                "_striving": False})


def _code_for(reading: _Reading) -> str | None:
    """The vocabulary code for a concept and the unit of its figure."""
    if reading.value is None:  # a qualitative target: the concept's rate or growth code
        codes = _CODES_BY_CONCEPT[reading.concept]
        return next((c for c in codes if INDICATORS[c]["measure"] != "level"), codes[0])
    return _CODE_BY_UNIT.get((reading.concept, reading.value.unit))


def _year_of(before: str, year: int | None) -> int | None:
    """The past year named last before a figure in its sentence (`2021年`, `去年`)."""
    if "年" not in before:
        return None  # both patterns hold 年
    best, best_pos = None, -1
    for match in _YEAR_RE.finditer(before):
        best, best_pos = int(match.group(1)), match.start()
    if year and ("去年" in before or "上年" in before):  # (which _LAST_YEAR_RE needs)
        for match in _LAST_YEAR_RE.finditer(before):
            if match.start() > best_pos:
                best, best_pos = year - 1, match.start()
    return best


def _past_year(fragment: str, year: int | None) -> int | None:
    """The year a fragment of a targets passage is marked with, when before the plan year."""
    named = _year_of(fragment, year)
    if named is not None and year and named < year:
        return named
    return None


def _finish_targets(rows: list[dict]) -> list[dict]:
    """Settle `striving`, drop qualitative rows where a figure exists, dedupe."""
    with_figure = {r["indicator"] for r in rows if r["value_low"] is not None}
    absent = {r["indicator"] for r in rows if r["modifier"] == "absent"}
    # 力争 marks a second, higher figure only beside a plain expected one.
    plain = {r["indicator"] for r in rows
             if r["value_low"] is not None and not r["_striving"] and r["kind"] == "expected"}
    kept = []
    for row in rows:
        striving = row.pop("_striving")
        if row["modifier"] == "qualitative" and row["indicator"] in with_figure | absent:
            continue
        if striving and row["kind"] == "expected" and row["indicator"] in plain:
            row["kind"] = "striving"
        kept.append(row)
    return _dedupe(kept)


def _dedupe(rows: list[dict]) -> list[dict]:
    """Drop rows repeating an earlier one but for the sentence."""
    seen, out = set(), []
    for row in rows:
        key = tuple((k, v) for k, v in row.items() if k != "sentence")
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


# ---------------------------------------------------------------- clause reading

def _read_clause(norm: str, clause_index: int, offset: int) -> list[_Reading]:
    """Indicator figures of one clause, comma fragment by comma fragment.

    A piece without an indicator name continues the previous one's
    (`地区生产总值完成238亿元,按可比口径增长6%`) when it holds nothing but
    a figure and connecting words. A name in a fragment without any figure
    gives a figureless reading (a qualitative target, if in a targets passage).
    """
    if not _MENTION_RE.search(norm):
        # Every reading hangs on an indicator name (a figure only carries on the
        # name before it in the same clause): most clauses name none.
        return []
    readings: list[_Reading] = []
    carry: tuple[str, ...] | None = None
    for frag_start, fragment in _fragments(norm):
        basis_only = ("可比" in fragment or "现价" in fragment) and _BASIS_ONLY_RE.fullmatch(fragment)
        if carry is None and not basis_only and not _MENTION_RE.search(fragment):
            continue  # no name, none carried on, no late basis: it gives nothing
        # (_RESPECTIVELY_RE needs 分别 or 均.)
        respectively = ("均" in fragment or "分别" in fragment) and _RESPECTIVELY_RE.search(fragment)
        if respectively:
            readings += _read_respectively(fragment, respectively, clause_index, offset + frag_start)
            carry = None
            continue
        if basis_only:
            _late_basis(readings, fragment)
            continue
        values = _values(fragment)
        mentions = None
        if not values:
            mentions = _mentions(fragment)
            readings += [_Reading(concept, None, clause_index, offset + frag_start + m.start, fragment)
                         for m in mentions if not m.figure_only for concept in m.concepts]
        for sub_start, sub in _subfragments(fragment):
            whole = sub == fragment  # no 、: what is known of the fragment holds for it
            found, carry = _read_plain(sub, carry, clause_index, offset + frag_start + sub_start,
                                       fragment[:sub_start], values if whole else None,
                                       mentions if whole else None)
            readings += found
    return readings


def _late_basis(readings: list[_Reading], fragment: str) -> None:
    """`增长7%(按可比价格计算)`: the basis, given after the figures, covers those before it."""
    basis = next(canonical for word, canonical in _BASIS if word in fragment)
    for reading in readings:
        if reading.value and reading.basis is None:
            reading.basis = basis


def _fragments(norm: str) -> list[tuple[int, str]]:
    """(offset, text) of the comma/colon/bracket-separated pieces of a clause."""
    return _with_offsets(_FRAGMENT_SPLIT_RE.split(norm))


def _subfragments(fragment: str) -> list[tuple[int, str]]:
    """(offset, text) of the 、-separated pieces, which often pair one name and one figure."""
    if "、" not in fragment:
        return [(0, fragment)]
    return _with_offsets(fragment.split("、"))


def _with_offsets(pieces: list[str]) -> list[tuple[int, str]]:
    """Each piece of a split on one-character separators, with its offset in the text."""
    return list(zip(accumulate(map((1).__add__, map(len, pieces[:-1])), initial=0), pieces))


def _read_plain(sub: str, carry: tuple[str, ...] | None, clause_index: int, base: int,
                lead: str, values: list[_Value] | None = None,
                mentions: list[_Mention] | None = None
                ) -> tuple[list[_Reading], tuple[str, ...] | None]:
    """Figures of one piece without 分别, each tied to the name before it; and the name
    to carry on to the next piece (None once a figure of some other subject shows up).
    `lead`: the fragment's text before this piece; `values`, `mentions`: its figures
    and names, if known."""
    if mentions is None:
        mentions = _mentions(sub)
    readings: list[_Reading] = []
    unpaired = False
    gap_from = 0
    for value in _values(sub) if values is None else values:
        subject = next((m for m in reversed(mentions) if m.end <= value.start), None)
        concepts = subject.concepts if subject else carry
        if subject is not None:
            gap_from = max(gap_from, subject.end)
        gap = sub[gap_from:value.start]
        if concepts is None or not _GAP_RE.fullmatch(gap):
            unpaired = True
            continue
        context = lead + sub[:value.end]
        readings += [_reading(c, value, clause_index, base, context, sub[:value.start], gap)
                     for c in concepts]
        gap_from = value.end  # `突破4万亿元增长6.5%`: the next figure follows this one
    if mentions:
        carry = mentions[-1].concepts
    elif unpaired or not _GAP_RE.fullmatch(_VALUE_RE.sub("", sub)):
        carry = None
    return readings, carry


def _reading(concept: str, value: _Value, clause_index: int, base: int, fragment: str,
             prefix: str, gap: str) -> _Reading:
    """A figure attached to a concept, with its sign, basis and striving mark."""
    sign = _sign(concept, value.unit, gap)
    low, high = sorted((_signed(value.low, sign), _signed(value.high, sign)))
    signed = _Value(value.start, value.end, low, high, value.unit, value.modifier)
    basis = _basis(prefix)
    return _Reading(concept, signed, clause_index, base + value.start, fragment, basis,
                    bool(_STRIVING_RE.search(prefix)))


def _basis(prefix: str) -> str | None:
    """The basis named before a figure (`按可比口径`), canonical; each word of _BASIS
    holds 可比, 现价 or 口径, so most prefixes are passed over at once."""
    if "可比" not in prefix and "现价" not in prefix and "口径" not in prefix:
        return None
    return next((canonical for word, canonical in _BASIS if word in prefix), None)


def _sign(concept: str, unit: str, gap: str) -> int:
    """-1 when a growth figure is a fall (`下降2%`); for a reduction, when it is a rise."""
    code = _CODE_BY_UNIT.get((concept, unit))
    measure = INDICATORS[code]["measure"] if code else "level"
    if measure not in ("growth", "reduction"):
        return 1
    verbs = [(m.start(), -1) for m in _DECREASE.finditer(gap)]
    verbs += [(m.start(), 1) for m in _INCREASE.finditer(gap)]
    if not verbs:
        return 1
    direction = max(verbs)[1]
    return -direction if measure == "reduction" else direction


def _signed(number: float, sign: int) -> float:
    """`number` with `sign`, rounded."""
    return round(number * sign, 6) + 0.0  # + 0.0: no -0.0



def _read_respectively(fragment: str, match: re.Match, clause_index: int, base: int) -> list[_Reading]:
    """`A、B分别增长x%、y%` pairs names and figures in order; `A、B均增长x%` shares one."""
    subject_text = fragment[:match.start()]
    value_text = fragment[match.end():]
    if value_text.startswith("占"):
        return []  # shares of a total, not the indicators themselves
    slots = _subject_slots(subject_text)
    values = _values(value_text)
    if not slots:
        return []
    gap = value_text[:values[0].start] if values else ""
    if not values or not _GAP_RE.fullmatch(gap):
        return []
    if match.group() == "均":
        values = [values[0]] * len(slots)
    if len(values) != len(slots):
        return []
    values = _share_modifier(values)
    readings = []
    for concept, value in zip(slots, values):
        if concept is None:
            continue
        shifted = _Value(value.start + match.end(), value.end + match.end(), value.low, value.high,
                         value.unit, value.modifier)
        readings.append(_reading(concept, shifted, clause_index, base, fragment[:shifted.end],
                                 fragment[:shifted.start], gap))
    return readings


def _subject_slots(subject_text: str) -> list[str | None]:
    """The concepts named in a list of subjects, one slot per name (None: not ours).

    Names are masked before splitting on 和/及/与, which they may contain
    themselves (`城镇和农村居民人均可支配收入`).
    """
    mentions = _mentions(subject_text)
    marked, cursor, order = "", 0, []
    for i, mention in enumerate(mentions):
        marked += subject_text[cursor:mention.start] + f"\x00{i}\x00"
        cursor = mention.end
        order.append(mention)
    marked += subject_text[cursor:]
    slots: list[str | None] = []
    for piece in re.split(r"、|以及|和|及|与", marked):
        ids = [int(x) for x in re.findall(r"\x00(\d+)\x00", piece)]
        if ids:
            for i in ids:
                slots.extend(order[i].concepts)
        elif piece:
            slots.append(None)
    return slots


def _share_modifier(values: list[_Value]) -> list[_Value]:
    """`分别增长8%、10%左右`: a modifier written once after the list covers it all."""
    last = values[-1].modifier
    if last == "point" or any(v.modifier != "point" for v in values[:-1]):
        return values
    return [_Value(v.start, v.end, v.low, v.high, v.unit, last) for v in values]


# ---------------------------------------------------------------- names and figures

def _mentions(text: str) -> list[_Mention]:
    """Indicator names in a piece of text, leaving out other quantities that contain them."""
    found = []
    for match in _MENTION_RE.finditer(text):
        start, end = match.span()
        if text.endswith(_NOT_AFTER, 0, start) or text.startswith(_NOT_BEFORE, end):
            continue
        # Which alternative matched: a vocabulary name (none matches the pair pattern
        # in full, a test checks), else the pair pattern matches the name in full only
        # if it matched there (it comes first); `经济增长…` is neither.
        name = match.group()
        if name in _CONCEPT_BY_TERM:
            found.append(_Mention(start, end, (_CONCEPT_BY_TERM[name],)))
        elif _PAIRED_FULL_RE.fullmatch(name):
            found.append(_Mention(start, end, _PAIRED))
        # `经济增长`: the pattern ends in `$` and no alternative is longer than the
        # window, so searching only the last few characters gives the same answer
        # (and keeps long clauses linear); `^` still only matches at the text's start.
        elif _ECONOMY_OWNER.search(text, max(0, start - _LOOK_BEHIND), start):
            found.append(_Mention(start, end, ("gdp",), figure_only=True))
    return found


def _values(text: str) -> list[_Value]:
    """Figures with a unit an indicator can take (`6.5%`, `6—6.5%`, `2万人以上`, `百分之六`)."""
    values = []
    for match in _VALUE_RE.finditer(text):
        a, unit_a, b, unit_b = match.group("a", "ua", "b", "ub")
        if b is None:
            unit_text = unit_a
            if unit_text is None:
                if not a.startswith("百分之"):
                    continue  # a bare number (a year, a count): most figures found
                unit_text = "%"
        elif unit_a and unit_a != unit_b:
            continue
        else:
            unit_text = unit_b
        scale = _UNIT_SCALE.get(unit_text)
        if scale is None:
            continue
        unit, factor = scale
        low = _number(a)
        high = low if b is None else _number(b)
        if low is None or high is None:
            continue
        start, end = match.span()
        modifier = "range" if b else _modifier(text, start, end)
        values.append(_Value(start, end, round(low * factor, 6), round(high * factor, 6), unit, modifier))
    return values


def _number(text: str) -> float | None:
    """`6.5`, `−2.1` or `百分之六点五` as a number; None if it does not read as one."""
    try:
        if text.startswith("百分之"):
            return float(cn2an.cn2an(text[3:], "smart"))
        return float(text.replace("−", "-"))
    except ValueError:
        return None


def _modifier(text: str, start: int, end: int) -> str:
    """How the single figure text[start:end] bounds its target; a word after the figure
    wins (`控制在5.5%左右`). The words are tested right after and right before the
    figure (a piece of normalised text, with no line break for a `$` to stop at)."""
    if text.startswith(_AROUND_AFTER, end):
        return "around"
    if text.startswith(_AT_LEAST_AFTER, end):
        return "at_least"
    if text.startswith(_AT_MOST_AFTER, end):
        return "at_most"
    if text.endswith(_AT_LEAST_BEFORE, 0, start):
        return "at_least"
    if text.endswith(_AT_MOST_BEFORE, 0, start):
        return "at_most"
    return "point"
