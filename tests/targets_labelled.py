"""Hand-labelled targets and actuals of work reports, for `cleaning.targets`.

Written by reading the seed reports (replica/seeds/000-004), not from the
extractor's output. For each report: every target of the report's own year
stated in its targets passage (主要预期目标), and every result of a single
past year stated anywhere (usually the review), for the indicators in
`cleaning.targets.INDICATORS`. Not labelled, on purpose:

* five-year goals (`今后五年…年均增长7%`, `到2026年…`) and five-year results
  (`五年来…累计…`, a level in a five-year review with no year named);
* figures of the work plan outside the targets passage (`确保全年城镇新增就业
  4.5万人以上`): work targets, not the report's main targets;
* qualitative statements about a past year (`居民收入增速高于经济增速`).

The hand-written cases at the end cover forms the seeds lack: ranges,
`控制在…以内`, `百分之五`, `不设定…增长目标`, full-width text, bullets over
several paragraphs, a recital of last year's targets in the review.

Row helpers: `T(indicator, value, unit, modifier, kind, basis)` for a target,
`A(indicator, year, value, unit, modifier, kind, basis)` for an actual; a
(low, high) tuple is a range.
"""
from __future__ import annotations

import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "replica" / "seeds"


def T(indicator, value=None, unit="%", modifier="point", kind="expected", basis=None):
    """A target row; value None is a figureless (qualitative or absent) target."""
    low, high = value if isinstance(value, tuple) else (value, value)
    if value is None:
        unit = None
        modifier = modifier if modifier != "point" else "qualitative"
    return dict(indicator=indicator, value_low=low, value_high=high, unit=unit,
                modifier=modifier, kind=kind, basis=basis)


def A(indicator, year, value, unit="%", modifier="point", kind="actual", basis=None):
    """An actual row: the result of `year`."""
    row = T(indicator, value, unit, modifier, kind, basis)
    row["year"] = year
    return row


def E(indicator, year, value, unit="%", modifier="point", basis=None):
    """An estimated result (预计)."""
    return A(indicator, year, value, unit, modifier, "estimate", basis)


QUAL = "qualitative"

CASES = [
    # ---------------------------------------------------------------- site A
    dict(name="000 驿城区 2022 (excerpt: five-year goals only)", source="000", year=2022,
         # `今后五年发展的主要目标是:` with `年均增长高于全市平均水平`, `比重达到95%以上`.
         targets=[], actuals=[]),
    dict(name="001 济源 2022 (excerpt: five-year review only)", source="001", year=2022,
         # `城镇新增就业8.37万人,城乡居民人均可支配收入分别提高40%、49.8%` are five-year totals.
         targets=[], actuals=[]),
    dict(name="002 魏都区 2022 (cut before the targets)", source="002", year=2022,
         targets=[],
         actuals=[A("gdp_growth", 2021, 4.9),
                  A("industry_value_added_growth", 2021, 6.3),
                  A("retail_sales_growth", 2021, 9),
                  A("budget_revenue_growth", 2021, 6.7),
                  A("urban_jobs", 2021, 0.7447, "万人")]),       # 城镇新增就业7447人
    dict(name="003 新吴区 2023 (later page, targets paragraph)", source="003", year=2023,
         # `数字经济核心产业增加值占地区生产总值比重为14%左右` is not a GDP target.
         targets=[T("gdp_growth", 5.3, modifier="at_least"),
                  T("budget_revenue_growth", 6, modifier="around"),
                  T("industry_value_added_growth", 6.8, modifier="around"),
                  T("fixed_investment", 780, "亿元"),               # 完成固定资产投资780亿元
                  T("trade_growth", modifier=QUAL),                # 进出口总额稳中提质
                  T("foreign_investment", 13.5, "亿美元"),
                  T("retail_sales_growth", 6.5, modifier="around"),
                  T("services_revenue_growth", 7, modifier="around"),
                  T("urban_income_growth", modifier=QUAL),         # 与经济增长保持同步
                  T("urban_jobs", 2, "万人", "at_least"),
                  T("energy_intensity", modifier=QUAL)],           # 节能减排…完成市下达的目标任务
         actuals=[]),

    # ---------------------------------------------------------------- site B (seed 004)
    dict(name="咸阳 2022", source="004:2022年咸阳市政府工作报告", year=2022,
         targets=[T("gdp_growth", 7, modifier="around"),
                  T("industry_value_added_growth", 7.5, modifier="around"),
                  T("fixed_investment_growth", 9, modifier="around"),
                  T("retail_sales_growth", 10, modifier="around"),
                  T("budget_revenue_growth", 6, modifier="around"),
                  T("urban_income_growth", 8, modifier="around"),   # 分别增长8%、10%左右
                  T("rural_income_growth", 10, modifier="around"),
                  T("grain_output", 181, "万吨", "at_least"),
                  T("energy_intensity", modifier=QUAL)],          # 在“十四五”规划期内统筹考核
         actuals=[A("budget_revenue", 2021, 100, "亿元", "at_least"),  # 地方财政收入突破100亿元
                  A("trade", 2021, 157.8, "亿元"),                  # 2021年外贸进出口总值
                  A("gdp_growth", 2021, 8.5),
                  A("industry_value_added_growth", 2021, 8),
                  A("fixed_investment_growth", 2021, 10.4),
                  A("retail_sales_growth", 2021, 19.1),
                  A("budget_revenue_growth", 2021, 18.7),
                  A("urban_income_growth", 2021, 7.6),
                  A("rural_income_growth", 2021, 10.9)]),
    dict(name="东丽区 2022 (expected and 奋斗目标)", source="004:2022年东丽区政府工作报告", year=2022,
         # The review covers five years only (`预计地区生产总值年均增长4.3%`).
         targets=[T("gdp_growth", 6, modifier="at_least"),
                  T("budget_revenue_growth", 5, modifier="at_least"),
                  T("fixed_investment_growth", 4, modifier="at_least"),
                  T("income_growth", 6.3, modifier="at_least"),
                  T("energy_intensity", modifier=QUAL),            # 节能减排降碳任务
                  T("gdp_growth", 6.5, kind="striving"),
                  T("budget_revenue_growth", 6, kind="striving"),
                  T("fixed_investment_growth", 6, kind="striving"),
                  T("income_growth", 7, kind="striving")],
         actuals=[]),
    dict(name="天门 2022", source="004:2022年天门市政府工作报告", year=2022,
         targets=[T("gdp_growth", 8, modifier="around"),
                  T("budget_revenue_growth", 12),
                  T("fixed_investment_growth", 15),
                  T("industry_value_added_growth", 10),
                  T("retail_sales_growth", 15),
                  T("urban_income_growth", 11),
                  T("rural_income_growth", 12)],
         # `预计全市2021年实现地区生产总值700亿元,年均增长7.3%;完成一般公共预算收入21.5亿元,…`
         actuals=[E("gdp", 2021, 700, "亿元"),
                  E("budget_revenue", 2021, 21.5, "亿元"),
                  A("urban_jobs", 2021, 1.22, "万人")]),            # after `2022年以来` (sic)
    dict(name="蓟州区 2022 (按可比口径)", source="004:2022年蓟州区政府工作报告", year=2022,
         targets=[T("gdp_growth", 6, basis="按可比口径"),
                  T("budget_revenue", 21, "亿元"),
                  T("fixed_investment_growth", 10),
                  T("retail_sales_growth", 8, modifier="at_least"),
                  T("energy_intensity", modifier=QUAL)],
         actuals=[E("gdp", 2021, 238, "亿元"),
                  E("gdp_growth", 2021, 6, basis="按可比口径"),
                  E("budget_revenue", 2021, 21.6, "亿元"),
                  E("budget_revenue_growth", 2021, 5.3)]),
    dict(name="青海省 2022", source="004:2022年青海省政府工作报告", year=2022,
         targets=[T("gdp_growth", 5.5, modifier="around"),
                  T("urban_jobs", 6, "万人"),
                  T("registered_unemployment_rate", 3.5, modifier="at_most"),
                  T("unemployment_rate", 5.5, modifier="at_most"),
                  T("cpi", 3, modifier="around"),
                  T("income_growth", modifier=QUAL),
                  T("grain_output", 107, "万吨", "at_least"),
                  T("energy_intensity", modifier=QUAL)],
         actuals=[A("gdp_growth", 2021, 5.7),
                  A("income_growth", 2021, 7.8),
                  A("cpi", 2021, 1.3),
                  A("budget_revenue_growth", 2021, 10.3),
                  A("industry_value_added_growth", 2021, 9.2),
                  A("urban_jobs", 2021, 6.3, "万人")]),
    dict(name="郴州 2022", source="004:2022年郴州市政府工作报告", year=2022,
         targets=[T("gdp_growth", 7.5, modifier="at_least"),
                  T("industry_value_added_growth", 8.5, modifier="around"),
                  T("fixed_investment_growth", 9, modifier="at_least"),
                  T("retail_sales_growth", 9, modifier="around"),
                  T("budget_revenue_growth", 7.5),                 # 地方财政收入
                  T("trade_growth", 15),
                  T("foreign_investment_growth", 20),
                  T("income_growth", 9),
                  T("cpi", 3.5, modifier="at_most"),
                  T("unemployment_rate", 5.5, modifier="around")],  # 控制在5.5%左右
         # `…分别比上年增长8.8%、10.1%、9.6%、35.2%、14.6%、12.1%`, after `2021年,是…一年。`
         actuals=[A("gdp_growth", 2021, 8.8),
                  A("industry_value_added_growth", 2021, 10.1),
                  A("fixed_investment_growth", 2021, 9.6),
                  A("trade_growth", 2021, 35.2),
                  A("retail_sales_growth", 2021, 14.6),
                  A("budget_revenue_growth", 2021, 12.1)]),
    dict(name="河北省 2022", source="004:2022年河北省政府工作报告", year=2022,
         targets=[T("gdp_growth", 6.5),
                  T("budget_revenue_growth", 6.5),
                  T("fixed_investment_growth", 6.5),
                  T("retail_sales_growth", 8, modifier="around"),
                  T("trade_growth", 5, modifier="around"),
                  T("income_growth", 8, modifier="around"),
                  T("cpi", 3, modifier="around"),
                  T("unemployment_rate", 5.5, modifier="at_most"),
                  T("energy_intensity", 3.5)],                     # 单位GDP能耗下降3.5%
         actuals=[A("gdp", 2021, 40000, "亿元", "at_least"),         # 突破4万亿元
                  A("gdp_growth", 2021, 6.5),
                  A("budget_revenue_growth", 2021, 8.9),
                  A("income_growth", 2021, 8.3),
                  A("retail_sales_growth", 2021, 6.3),
                  A("cpi", 2021, 1),
                  A("trade_growth", 2021, 21.5),
                  A("energy_intensity", 2021, 5, modifier="at_least"),
                  A("foreign_investment_growth", 2021, 5.3),
                  A("grain_output", 2021, 765, "亿斤"),
                  A("urban_jobs", 2021, 92.5, "万人")]),
    dict(name="厦门 2019 (titled 2022)", source="004:2022年厦门市政府工作报告", year=2019,
         title_year=2022,
         # `财政总收入和地方级财政收入分别增长5%和3.5%左右`: only the second is ours.
         targets=[T("gdp_growth", 8, modifier="around"),
                  T("fixed_investment_growth", 10, modifier="around"),
                  T("budget_revenue_growth", 3.5, modifier="around"),
                  T("retail_sales_growth", 10),
                  T("urban_income_growth", 8),                     # 城镇居民和农村居民…均增长8%
                  T("rural_income_growth", 8),
                  T("cpi", 3, modifier="around"),
                  T("energy_intensity", modifier=QUAL)],
         # One sentence from `预计全年…` to `完成年度节能减排任务。`: all estimates.
         actuals=[E("gdp", 2018, 4791.4, "亿元"),
                  E("gdp_growth", 2018, 7.7),
                  E("fixed_investment_growth", 2018, 10.1),
                  E("budget_revenue", 2018, 754.5, "亿元"),         # 地方级财政收入
                  E("budget_revenue_growth", 2018, 8.3),
                  E("cpi", 2018, 1.8),
                  A("industry_value_added_growth", 2018, 8.8),
                  A("retail_sales_growth", 2018, 6.6),
                  A("foreign_investment", 2018, 107.3, "亿元"),
                  A("trade", 2018, 6002.1, "亿元"),
                  A("trade_growth", 2018, 3.2),
                  A("urban_jobs", 2018, 18.7, "万人"),
                  A("registered_unemployment_rate", 2018, 3.8, modifier="at_most")]),
    dict(name="襄阳 2022", source="004:2022年襄阳市政府工作报告", year=2022,
         # The review's `主要预期目标全部超额完成` states no figure.
         targets=[T("gdp_growth", 8, modifier="at_least"),
                  T("urban_jobs", 7.8, "万人", "at_least"),
                  T("cpi", 3, modifier="around"),
                  T("income_growth", modifier=QUAL),
                  T("grain_output", 95, "亿斤", "around"),
                  T("energy_intensity", modifier=QUAL)],
         actuals=[]),
    dict(name="辽宁省 2022", source="004:2022年辽宁省政府工作报告", year=2022,
         targets=[T("gdp_growth", 5.5, modifier="at_least"),
                  T("budget_revenue_growth", 4, modifier="around"),
                  T("industry_value_added_growth", 6, modifier="at_least"),
                  T("grain_output", 480, "亿斤", "around"),
                  T("fixed_investment_growth", 10, modifier="around"),
                  T("retail_sales_growth", 8, modifier="around"),
                  T("trade_growth", 6, modifier="around"),
                  T("urban_jobs", 45, "万人", "around"),
                  T("unemployment_rate", 5.5, modifier="at_most"),
                  T("cpi", 3, modifier="around"),
                  T("income_growth", modifier=QUAL),
                  T("energy_intensity", modifier=QUAL)],
         actuals=[A("gdp", 2021, 27584, "亿元"),
                  A("gdp_growth", 2021, 5.8),
                  A("budget_revenue", 2021, 2764.7, "亿元"),
                  A("budget_revenue_growth", 2021, 4.1),
                  A("industry_value_added_growth", 2021, 4.6),
                  A("fixed_investment_growth", 2021, 2.6),
                  A("trade_growth", 2021, 17.6),
                  A("retail_sales_growth", 2021, 9.2),
                  A("cpi", 2021, 1.1),
                  A("foreign_investment_growth", 2021, 27.1),
                  A("grain_output", 2021, 507.7, "亿斤"),
                  A("urban_jobs", 2021, 48.4, "万人"),
                  A("urban_income_growth", 2021, 6.6),
                  A("rural_income_growth", 2021, 10.1)]),

    # ---------------------------------------------------------------- hand-written
    dict(name="hand: ranges, 百分之, 控制在, five-year goal, actual before target", year=2022,
         paragraphs=[
             "一、2021年工作回顾",
             "过去一年，全县地区生产总值增长7.2%，一般公共预算收入完成12.5亿元、增长9.1%。",
             "二、今后五年的奋斗目标",
             "今后五年，地区生产总值年均增长6.5%以上，到2026年城镇居民人均可支配收入达到5万元。",
             "三、2022年工作安排",
             "2021年全县固定资产投资增长11%，今年全县经济社会发展的主要预期目标是：地区生产总值增长"
             "6%—6.5%；规模以上工业增加值增长7%至8%；一般公共预算收入增长百分之五；城镇调查失业率"
             "控制在5.5%以内；居民消费价格涨幅控制在3%左右；社会消费品零售总额增长8%-9%；单位地区"
             "生产总值能耗下降3%。",
         ],
         targets=[T("gdp_growth", (6, 6.5), modifier="range"),
                  T("industry_value_added_growth", (7, 8), modifier="range"),
                  T("budget_revenue_growth", 5),
                  T("unemployment_rate", 5.5, modifier="at_most"),
                  T("cpi", 3, modifier="around"),
                  T("retail_sales_growth", (8, 9), modifier="range"),
                  T("energy_intensity", 3)],
         actuals=[A("gdp_growth", 2021, 7.2),
                  A("budget_revenue", 2021, 12.5, "亿元"),
                  A("budget_revenue_growth", 2021, 9.1),
                  A("fixed_investment_growth", 2021, 11)]),
    dict(name="hand: full-width, no GDP target, 力争 beside the expected figure, 按现价", year=2022,
         paragraphs=[
             "２０２２年主要目标任务",
             "今年经济社会发展的主要预期目标是：不设定地区生产总值具体增长目标；城镇新增就业１．２万人"
             "以上；一般公共预算收入按现价增长５％左右，力争达到６％；居民人均可支配收入增长与经济增长同步。",
         ],
         targets=[T("gdp_growth", modifier="absent"),
                  T("urban_jobs", 1.2, "万人", "at_least"),
                  T("budget_revenue_growth", 5, modifier="around", basis="按现价"),
                  T("budget_revenue_growth", 6, kind="striving"),
                  T("income_growth", modifier=QUAL)],
         actuals=[]),
    dict(name="hand: five-year review and goals, 预计, 分别, 均", year=2022,
         paragraphs=[
             "一、过去五年工作回顾",
             "五年来，地区生产总值年均增长7%，城镇新增就业累计8万人。",
             "2021年，预计全市地区生产总值增长8%，城镇和农村居民人均可支配收入分别增长7%和9%。",
             "2021年，全区一般公共预算收入、规上工业增加值均比上年增长10%。",
             "二、今后五年目标",
             "今后五年主要目标是：地区生产总值年均增长6%左右，城乡居民收入与经济增长同步。",
         ],
         targets=[],
         actuals=[E("gdp_growth", 2021, 8),
                  E("urban_income_growth", 2021, 7),
                  E("rural_income_growth", 2021, 9),
                  A("budget_revenue_growth", 2021, 10),
                  A("industry_value_added_growth", 2021, 10)]),
    dict(name="hand: targets as bullet paragraphs, last year in brackets, work-plan figures", year=2022,
         paragraphs=[
             "今年全市经济社会发展的主要预期目标是：",
             "——地区生产总值增长7%左右（上年实际增长6.1%）。",
             "——外贸进出口总额增长5%以上。",
             "——粮食总产量稳定在50万吨以上。",
             "——城镇登记失业率控制在4.5%以内。",
             "在实际工作中，我们将努力争取更好结果。",
             "重点做好以下工作：确保全年城镇新增就业3万人，社会消费品零售总额增长10%。",
         ],
         targets=[T("gdp_growth", 7, modifier="around"),
                  T("trade_growth", 5, modifier="at_least"),
                  T("grain_output", 50, "万吨", "at_least"),
                  T("registered_unemployment_rate", 4.5, modifier="at_most")],
         actuals=[A("gdp_growth", 2021, 6.1)]),
    dict(name="hand: review recites last year's targets", year=2022,
         paragraphs=[
             "一、2021年工作回顾",
             "市十六届人大一次会议确定的主要预期目标是：地区生产总值增长7%左右，固定资产投资增长10%。",
             "实际完成情况是，地区生产总值增长7.5%，固定资产投资增长9%。",
         ],
         targets=[],
         actuals=[A("gdp_growth", 2021, 7.5),
                  A("fixed_investment_growth", 2021, 9)]),
    dict(name="hand: review traps (part of the year, completion rates, 其中, 同口径)", year=2022,
         paragraphs=[
             "一、2021年工作回顾",
             "前三季度，全市地区生产总值增长9.1%，预计全年增长8%左右。",
             "固定资产投资完成年度目标的95%，城镇新增就业1.5万人，完成目标任务的120%。",
             "全市规模以上工业增加值增长8%，其中轻工业增长3%，高于全省1.2个百分点。",
             "一般公共预算收入12.3亿元，同口径增长5%，税收收入占比80%。",
             "1-11月，社会消费品零售总额增长12%。",
             "三、2022年工作安排",
             "今年经济社会发展的主要预期目标是：地区生产总值增长7.5%，城镇新增就业1.6万人。",
             "为实现上述目标，重点抓好以下工作。全年固定资产投资增长10%，社会消费品零售总额增长9%。",
         ],
         targets=[T("gdp_growth", 7.5),
                  T("urban_jobs", 1.6, "万人")],
         actuals=[E("gdp_growth", 2021, 8, modifier="around"),
                  A("urban_jobs", 2021, 1.5, "万人"),
                  A("industry_value_added_growth", 2021, 8),
                  A("budget_revenue", 2021, 12.3, "亿元"),
                  A("budget_revenue_growth", 2021, 5, basis="同口径")]),
    dict(name="hand: older county style (农民人均纯收入, basis in brackets, 万元GDP能耗)", year=2016,
         paragraphs=[
             "一、2015年工作回顾",
             "2015年，全县实现地区生产总值125.6亿元，比上年增长8.2%；完成全社会固定资产投资98亿元，"
             "增长15.3%；社会消费品零售总额45.2亿元，增长12.1%；地方财政一般预算收入8.6亿元，增长10.5%；"
             "城镇居民人均可支配收入25800元，增长8.5%；农民人均纯收入11200元，增长9.3%。",
             "二、2016年工作安排",
             "2016年全县经济社会发展的主要预期目标是：地区生产总值增长8%以上（按可比价格计算）；"
             "全社会固定资产投资增长15%；社会消费品零售总额增长12%；地方财政一般预算收入增长8%；"
             "城镇居民人均可支配收入和农民人均纯收入分别增长8%和9%；城镇登记失业率控制在4.2%以内；"
             "万元GDP能耗下降3.5%，完成市下达的节能减排任务。",
         ],
         targets=[T("gdp_growth", 8, modifier="at_least", basis="按可比价格"),
                  T("fixed_investment_growth", 15),
                  T("retail_sales_growth", 12),
                  T("budget_revenue_growth", 8),
                  T("urban_income_growth", 8),
                  T("rural_income_growth", 9),
                  T("registered_unemployment_rate", 4.2, modifier="at_most"),
                  T("energy_intensity", 3.5)],
         actuals=[A("gdp", 2015, 125.6, "亿元"),
                  A("gdp_growth", 2015, 8.2),
                  A("fixed_investment", 2015, 98, "亿元"),
                  A("fixed_investment_growth", 2015, 15.3),
                  A("retail_sales", 2015, 45.2, "亿元"),
                  A("retail_sales_growth", 2015, 12.1),
                  A("budget_revenue", 2015, 8.6, "亿元"),
                  A("budget_revenue_growth", 2015, 10.5),
                  A("urban_income_growth", 2015, 8.5),
                  A("rural_income_growth", 2015, 9.3)]),
    dict(name="hand: national style, no growth target stated apart from the list", year=2020,
         paragraphs=[
             "二、2020年发展主要目标和下一步工作安排",
             "需要说明的是，我们没有提出全年经济增速具体目标，主要因为全球疫情和经贸形势不确定性很大。",
             "今年发展主要目标是：城镇新增就业900万人以上，城镇调查失业率6%左右，城镇登记失业率5.5%左右；"
             "居民消费价格涨幅3.5%左右；进出口促稳提质，国际收支基本平衡；居民收入增长与经济增长基本同步；"
             "单位国内生产总值能耗和主要污染物排放量继续下降，努力完成“十三五”规划目标任务。",
         ],
         targets=[T("gdp_growth", modifier="absent"),
                  T("urban_jobs", 900, "万人", "at_least"),
                  T("unemployment_rate", 6, modifier="around"),
                  T("registered_unemployment_rate", 5.5, modifier="around"),
                  T("cpi", 3.5, modifier="around"),
                  T("trade_growth", modifier=QUAL),
                  T("income_growth", modifier=QUAL),
                  T("energy_intensity", modifier=QUAL)],
         actuals=[]),
    dict(name="hand: national style, 万亿斤, 经济增长 as the GDP target", year=2023,
         paragraphs=[
             "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人左右，城镇调查失业率"
             "5.5%左右；居民消费价格涨幅3%左右；居民收入增长与经济增长基本同步；进出口促稳提质；粮食产量"
             "保持在1.3万亿斤以上；单位国内生产总值能耗和主要污染物排放量继续下降。",
             "今年全县的奋斗目标是：经济增长6%左右；数字经济增长20%。",
         ],
         targets=[T("gdp_growth", 5, modifier="around"),
                  T("urban_jobs", 1200, "万人", "around"),
                  T("unemployment_rate", 5.5, modifier="around"),
                  T("cpi", 3, modifier="around"),
                  T("income_growth", modifier=QUAL),
                  T("trade_growth", modifier=QUAL),
                  T("grain_output", 13000, "亿斤", "at_least"),
                  T("energy_intensity", modifier=QUAL),
                  T("gdp_growth", 6, modifier="around", kind="striving")],
         actuals=[]),
    dict(name="hand: December delivery (今年以来), 增长目标设定为", year=2022,
         paragraphs=[
             "一、工作回顾",
             "今年以来，预计全区地区生产总值增长6.5%，城镇新增就业1.5万人。",
             "二、2022年工作安排",
             "2022年全区地区生产总值增长目标设定为6%左右，城镇新增就业1.6万人以上。",
         ],
         targets=[T("gdp_growth", 6, modifier="around"),
                  T("urban_jobs", 1.6, "万人", "at_least")],
         actuals=[E("gdp_growth", 2021, 6.5),
                  E("urban_jobs", 2021, 1.5, "万人")]),
]


# ---------------------------------------------------------------- loading the text

def site_a_paragraphs(seed: str) -> list[str]:
    """A site-A seed's body: the blocks between the title and the disclaimer."""
    path = next(SEEDS.glob(f"{seed}_*.txt"))
    blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n")]
    body = []
    for block in blocks:
        if block.startswith("本文仅代表作者观点"):
            break
        body.append(block)
    while body and (body[0] == "导航菜单" or re.fullmatch(r"\(.+\).*政府工作报告", body[0])):
        body.pop(0)
    return [b for b in body if b]


def site_b_paragraphs(title: str) -> list[str]:
    """A seed-004 item's body: the one line after its title."""
    path = next(SEEDS.glob("004_*.txt"))
    lines = path.read_text(encoding="utf-8").split("\n")
    index = lines.index(title)
    return [lines[index + 1]]


def paragraphs(case: dict) -> list[str]:
    """The text a labelled case is about."""
    if "paragraphs" in case:
        return case["paragraphs"]
    source = case["source"]
    if source.startswith("004:"):
        return site_b_paragraphs(source[4:])
    return site_a_paragraphs(source)
