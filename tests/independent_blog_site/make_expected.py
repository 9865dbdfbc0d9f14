"""Writes expected.json from the seed files (and the choices made in server.py).

    .venv/bin/python -m tests.independent_blog_site.make_expected

The facts were read from the seed renderings (replica/seeds) by the sites'
author, not taken from any output of ours; site B's sentences are picked from
its items' bodies at fixed fractions.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from . import server as S

EXPECTED = Path(__file__).resolve().parent / "expected.json"


def N(s):
    """NFKC."""
    return unicodedata.normalize("NFKC", s)


def pick(body, fracs=(0.15, 0.5, 0.9)):
    """Sentences of 18-70 characters at `fracs` of the body (NFKC)."""
    sents = [x for x in re.split(r"(?<=[。!])", N(body)) if 18 <= len(x) <= 70 and "?" not in x]
    out = []
    for f in fracs:
        s = sents[int(f * (len(sents) - 1))]
        if s not in out:
            out.append(s)
    return out


A = "http://127.0.0.1:{A}"
B = "http://127.0.0.1:{B}"


def expected() -> dict:
    """The expected archive of both sites."""
    return dict(reports=_reports(), not_reports=_not_reports(), boilerplate=dict(A=BOILER_A, B=BOILER_B), spam=SPAM,
                notes="URLs carry {A}/{B} port placeholders. Compare after NFKC normalisation. place/speaker_title are "
                      "lists of acceptable values; None means the page does not state it.")


def _reports() -> list[dict]:
    """Site A's four reports (facts read from the seeds) and site B's ten."""
    reports = [
        dict(site="A", url=A + "/baogao/huazhong/1204.html", title="(河南省)许昌市魏都区2022年政府工作报告",
             province="河南", place=["许昌市魏都区", "魏都区"], year=2022, delivered_on="2022-04-20",
             speaker="何长成", speaker_title=["区长", "魏都区人民政府区长"],
             sentences=["现在,我代表区人民政府,向大会报告工作,请予审议", "全区生产总值增长4.9%,规模以上工业增加值增长6.3%",
                        "建强服务阵地,在各小区建立面积不低于30平方米的“党群服务中心”"]),
        dict(site="A", url=A + "/baogao/huazhong/1320.html", title="(河南省)驻马店市驿城区2022年政府工作报告",
             province="河南", place=["驻马店市驿城区", "驿城区"], year=2022, delivered_on=None, speaker=None, speaker_title=None,
             sentences=["加强国防动员和后备力量、人民防空建设,深化全民国防教育", "——综合实力迈上新台阶。在提速增量、提质增效的前提下",
                        "构建“大众创业、万众创新”的格局,成为全市中小企业科技创新活力区。"],
             parts=[["加强国防动员和后备力量、人民防空建设", "在今后工作中,我们一定坚持问题导向"],
                    ["二、今后五年工作的总体要求和奋斗目标", "成为全市中小企业科技创新活力区"]]),
        dict(site="A", url=A + "/baogao/huazhong/1323.html", title="(河南省)济源市2022年政府工作报告",
             province="河南", place=["济源市"], year=2022, delivered_on=None, speaker=None, speaker_title=None,
             sentences=["五年来,我们攻坚克难、革故鼎新。", "历尽天华成此景,人间万事出艰辛。", "对此,我们一定直面问题,采取有力措施,认真加以解决。",
                        "五年来,我们倾力民生、普惠共建。"]),
        dict(site="A", url=A + "/baogao/huadong/5905.html", title="(江苏省)无锡市新吴区2023年政府工作报告",
             title_on_page=False, province="江苏", place=["无锡市新吴区", "新吴区"], year=2023, delivered_on=None,
             speaker=None, speaker_title=None,
             sentences=["六是自身建设在担当作为中得到新淬炼。", "全区经济社会发展的主要预期目标是:地区生产总值增长5.3%以上",
                        "着力提升项目产出,鼓励传统内外资企业盘活存量用地,持续提升税收贡献度。"]),
    ]
    B_META = {
        "咸阳": ("陕西", ["咸阳市"], 2022, "2022-03-28", "冷劲松", ["代市长", "咸阳市代市长"]),
        "东丽区": ("天津", ["东丽区", "天津市东丽区"], 2022, "2021-12-12", "贾堤", ["区长"]),
        "天门": ("湖北", ["天门市"], 2022, "2021-12-16", "杨兴铭", ["市长", "市人民政府市长"]),
        "蓟州区": ("天津", ["蓟州区", "天津市蓟州区"], 2022, "2021-12-12", "张建宇", ["代区长"]),
        "青海省": ("青海", ["青海省", "青海"], 2022, "2022-01-21", "信长星", ["省长"]),
        "郴州": ("湖南", ["郴州市"], 2022, "2021-12-30", "吴巨培", None),
        "河北省": ("河北", ["河北省", "河北"], 2022, "2022-01-17", "王正谱", ["代省长", "河北省人民政府代省长"]),
        "厦门": ("福建", ["厦门市"], 2019, "2019-01-09", "庄稼汉", ["市长", "厦门市人民政府市长"]),
        "襄阳": ("湖北", ["襄阳市"], 2022, "2022-01-06", "王太晖", ["市长", "襄阳市人民政府市长"]),
        "辽宁省": ("辽宁", ["辽宁省", "辽宁"], 2022, "2022-01-20", "李乐成", ["代省长"]),
    }
    for idx, it in enumerate(S.B_ORDER):
        if it in S.NEWS:
            continue
        key = [k for k in B_META if k in it["title"]][0]
        prov, place, year, d, sp, st = B_META[key]
        r = dict(site="B", url=B + "/info/37/page/%d" % (idx // S.PER_B + 1), title=it["title"],
                 site_title=S.PREFIX.get(it["title"], "") + it["title"], province=prov, place=place, year=year,
                 delivered_on=d, speaker=sp, speaker_title=st, sentences=pick(it["body"]))
        if key == "蓟州区":
            r["sentences"].append("引入一批沉浸式、体验式娱乐项目")
        reports.append(r)
    return reports


def _not_reports() -> list[dict]:
    """Site A's bulletins and plan (by URL) and site B's news items (by title, prefix cut)."""
    return [
        dict(site="A", url=A + "/baogao/huazhong/1321.html", title=S.BYID[1321]["title"], kind="公报"),
        dict(site="A", url=A + "/baogao/hb/3182.html", title=S.BYID[3182]["title"], kind="公报"),
        dict(site="A", url=A + "/baogao/xibei/4410.html", title=S.BYID[4410]["title"], kind="规划"),
    ] + [dict(site="B", title=N(n["title"]).split("】")[-1], kind="news/公报/解读") for n in S.NEWS]


BOILER_A = ["导航菜单", "博县网", "本文仅代表作者观点", "不代表本站立场", "本文地址", "留言与评论", "验证码", "网站地图", "发布于",
            "阅读 ", "分享到", "微博", "QQ空间", "标签:", "上一篇", "下一篇", "分页", "近期文章", "标签云", "文章归档",
            "说道", "回复", "许昌老街坊", "曹魏古城导游小王", "驿城网友", "匿名访客", "为家乡点个赞", "欢迎大家来许昌玩",
            "驿城加油", "请问完整版在哪里下载", "发表评论", "电子邮箱地址", "豫ICP备", "WordPress", "当前位置", "阅读全文",
            "致力于收集整理", "跳至内容", "搜索", "bx2200"]
BOILER_B = ["发布时间", "浏览:", "收藏", "点我投稿", "联系我们", "企业入驻", "热门信息", "【", "招商信息港", "客服热线",
            "免费注册", "当前位置", "首页", "尾页", "下一页", "2025/07/02", "07-02", "2025-07-02"]
SPAM = ["pp电子娱乐", "pp电子", "bet365", "彩金", "百家乐", "pp-dzyl888", "体育在线"]


def main() -> None:
    """Write expected.json."""
    EXPECTED.write_text(json.dumps(expected(), ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
