"""Writes expected.json from hand-picked facts, checking every must_contain sentence is in the seeds.

    .venv/bin/python -m tests.independent_site.make_expected

The facts were read from the seed renderings (replica/seeds) by the site's
author, not taken from any output of ours.
"""
from __future__ import annotations

import json
import unicodedata

from .compare import EXPECTED
from .server import SEEDS


def norm(s):
    """NFKC, whitespace removed."""
    return "".join(unicodedata.normalize("NFKC", s).split())


def expected() -> dict:
    """The expected archive of both sites (their default build and every variant)."""
    seed_text = norm("".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("0*.txt"))))
    A = "site_a"
    B = "site_b"
    R = []

    def rep(key, sources, titles, province, region, place, year, delivered_on, speaker, speaker_title,
            must, notes=""):
        for m in must:
            if norm(m) not in seed_text:
                raise ValueError("%s: %r is in no seed" % (key, m))
        R.append(dict(key=key, sources=sources, acceptable_titles=titles, province=province, region=region,
                      place=place, year=year, delivered_on=delivered_on, speaker=speaker,
                      speaker_title=speaker_title, must_contain=must, notes=notes))

    rep("henan-zhumadian-yicheng-2022", [[A, "/baogao/huazhong/1320.html"], [A, "/baogao/huazhong/1320_2.html"]],
        ["(河南省)驻马店市驿城区2022年政府工作报告", "驻马店市驿城区2022年政府工作报告"], "河南省", "华中", "驻马店市驿城区", 2022,
        None, None, None,
        ["五年的奋斗历程,让我们深切体会到,做好政府工作必须始终坚持党的领导",
         "根据区五次党代会总体部署,今后五年工作的总体要求是",
         "成为全市中小企业科技创新活力区。"],
        "split over two pages: 1st sentence on page 1, the other two on page 2 (must be ONE report)")
    rep("henan-jiyuan-2022", [[A, "/baogao/huazhong/1323.html"]],
        ["(河南省)济源市2022年政府工作报告", "济源市2022年政府工作报告"], "河南省", "华中", "济源市", 2022, None, None, None,
        ["国家产城融合示范区挂牌成立,大部制机构改革圆满完成,体制改革取得历史性突破。",
         "历尽天华成此景,人间万事出艰辛。",
         "对此,我们一定直面问题,采取有力措施,认真加以解决。"])
    rep("henan-xuchang-weidu-2022", [[A, "/baogao/huazhong/1204.html"]],
        ["(河南省)许昌市魏都区2022年政府工作报告", "许昌市魏都区2022年政府工作报告"], "河南省", "华中", "许昌市魏都区", 2022,
        "2022-04-20", "何长成", "区长",
        ["现在,我代表区人民政府,向大会报告工作,请予审议",
         "全区生产总值增长4.9%,规模以上工业增加值增长6.3%",
         "让群众在家门口能议事、办成事。"])
    rep("jiangsu-wuxi-xinwu-2023", [[A, "/baogao/huadong/5905.html"]],
        ["(江苏省)无锡市新吴区2023年政府工作报告", "无锡市新吴区2023年政府工作报告", "新吴区2023年政府工作报告"],
        "江苏省", "华东", "无锡市新吴区", 2023, None, None, None,
        ["作风转变更加扎实。坚持苦干实干巧干,力戒形式主义、官僚主义。",
         "一年来,全区人民武装和国防动员、科普、史志、档案",
         "无不见证着72万新吴人民的智慧与勇气",
         "持续提升税收贡献度。"],
        "page has NO <h1>/visible title; title only in the section list's link text. Text never names 江苏/无锡 "
        "except '对江苏工作重要指示'. Hard case: an archive getting place/province null here is defensible; "
        "dropping the page or inventing a wrong place is not.")
    rep("hebei-2022", [[A, "/baogao/hb/3181.html"], [B, "/info/12/page/2"]],
        ["2022年河北省政府工作报告", "河北省2022年政府工作报告", "河北省人民政府工作报告(2022年1月17日)"],
        "河北省", "华北", "河北省", 2022, "2022-01-17", "王正谱", "代省长",
        ["7400多万燕赵儿女深受鼓舞、倍感振奋",
         "奋力开创建设现代化经济强省、美丽河北新局面"],
        "site A title form '河北省人民政府工作报告(2022年1月17日)' (no year before 政府工作报告); A copy is an "
        "excerpt, B copy full: must MERGE into one report, keeping the full text (2nd sentence only in B)")
    rep("qinghai-2022", [[A, "/baogao/xibei/2087.html"], [B, "/info/12/page/2"]],
        ["2022年青海省政府工作报告", "青海省2022年政府工作报告", "(青海省)青海省2022年政府工作报告"],
        "青海省", "西北", "青海省", 2022, "2022-01-21", "信长星", "省长",
        ["2021年是青海发展历史上具有里程碑意义的一年。",
         "奋力谱写全面建设社会主义现代化国家的青海篇章"],
        "A copy excerpt, B copy full: must MERGE")
    rep("shaanxi-xianyang-2022", [[B, "/info/12/page/1"]],
        ["2022年咸阳市政府工作报告", "咸阳市2022年政府工作报告"], "陕西省", "西北", "咸阳市", 2022,
        "2022-03-28", "冷劲松", "代市长",
        ["咸阳在追赶超越中夯实基础、在改革创新中蓄势赋能、在转型发展中提质增效",
         "加快建设现代化“西部名市丝路名都”"],
        "B title carries the prefix 【咸阳市招商】 which must not stay in the title")
    rep("tianjin-dongli-2022", [[B, "/info/12/page/1"]],
        ["2022年东丽区政府工作报告", "东丽区2022年政府工作报告", "天津市东丽区2022年政府工作报告"],
        "天津市", "华北", "天津市东丽区", 2022, "2021-12-12", "贾堤", "区长",
        ["过去的五年,是东丽经济社会发展极其特殊、极为不易、极不平凡的五年。",
         "东来更觉云水阔、丽湖风正好扬帆"],
        "delivered December 2021 -> 2022 report; body starts '政府工作报告2021年12月12日'")
    rep("hubei-tianmen-2022", [[B, "/info/12/page/1"]],
        ["2022年天门市政府工作报告", "天门市2022年政府工作报告"], "湖北省", "华中", "天门市", 2022,
        "2021-12-16", "杨兴铭", "市长",
        ["我们承受着新旧动能转换和高质量发展的双重压力",
         "加速冲刺全国县域经济百强"],
        "speaker line '市人民政府市长杨兴铭'")
    rep("tianjin-jizhou-2022", [[B, "/info/12/page/1"]],
        ["2022年蓟州区政府工作报告", "蓟州区2022年政府工作报告", "天津市蓟州区2022年政府工作报告"],
        "天津市", "华北", "天津市蓟州区", 2022, "2021-12-12", "张建宇", "代区长",
        ["过去五年,是蓟州发展进程中不平凡的五年。",
         "引入一批沉浸式、体验式娱乐项目",
         "奋力建设生态优先绿色发展典范城市"],
        "body starts with the date; '体验式娱乐项目' is a legitimate sentence (spam filter must not eat it)")
    rep("hunan-chenzhou-2022", [[B, "/info/12/page/2"]],
        ["2022年郴州市政府工作报告", "郴州市2022年政府工作报告"], "湖南省", "华中", "郴州市", 2022,
        "2021-12-30", "吴巨培", None,
        ["让“半条被子”的故事传遍世界、感动国人、温暖中国",
         "奋力谱写建设社会主义现代化新郴州的新篇章"],
        "speaker without any title")
    rep("fujian-xiamen-2019", [[B, "/info/12/page/2"]],
        ["2019年厦门市政府工作报告", "厦门市2019年政府工作报告", "2022年厦门市政府工作报告"], "福建省", "华东", "厦门市", 2019,
        "2019-01-09", "庄稼汉", "市长",
        ["加快建设高素质高颜值现代化国际化城市,勇当新时代中国特色社会主义排头兵!"],
        "titled 2022 but delivered 二〇一九年一月九日 and reviews 2018: year must be 2019")
    rep("hubei-xiangyang-2022", [[B, "/info/12/page/3"]],
        ["2022年襄阳市政府工作报告", "襄阳市2022年政府工作报告"], "湖北省", "华中", "襄阳市", 2022,
        "2022-01-06", "王太晖", "市长",
        ["是襄阳在新时代发展进程中具有里程碑意义的五年",
         "为“加快建设美丽襄阳、率先实现绿色崛起”努力奋斗!"],
        "B title carries the prefix 【襄阳市招商】")
    rep("liaoning-2022", [[B, "/info/12/page/3"]],
        ["2022年辽宁省政府工作报告", "辽宁省2022年政府工作报告"], "辽宁省", "东北", "辽宁省", 2022,
        "2022-01-20", "李乐成", "代省长",
        ["也是辽宁发展史上极不平凡的一年",
         "谱写全面建设社会主义现代化强国的辽宁篇章!"])

    return dict(
        how_to_compare="Compare text after NFKC + removing all whitespace. 'sources' give site and path "
                       "(B items live on listing pages). A report with several sources must be ONE archive row.",
        reports=R,
        non_reports=[
            dict(site=A, path="/baogao/huazhong/1330.html", title="(河南省)驻马店市驿城区2021年国民经济和社会发展统计公报", kind="公报"),
            dict(site=A, path="/baogao/xibei/2090.html", title="(青海省)西宁市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", kind="规划"),
            dict(site=B, path="/info/12/page/1", title="【天门市招商】天门市召开2022年招商引资项目推进会", kind="news"),
            dict(site=B, path="/info/12/page/2", title="图解:2022年襄阳市政府工作报告中的十件民生实事", kind="news (mentions 政府工作报告)"),
            dict(site=A, path="/", kind="home"), dict(site=A, path="/baogao/huazhong/", kind="section index"),
            dict(site=A, path="/sitemap.html", kind="sitemap"), dict(site=A, path="/about.html", kind="about"),
        ],
        boilerplate_must_not_appear_in_bodies=[
            "导航菜单", "本文仅代表作者观点", "不代表本站立场", "博县网原创作品", "本站展示并非全部都完整",
            "pp电子娱乐", "本文地址", "留言与评论", "条评论", "验证码", "发表评论", "网站地图", "ICP备",
            "当前位置", "上一篇", "下一篇", "相关报告", "热门标签", "共2页", "下一页", "时间:2022", "来源:博县网",
            "点击:", "设为首页", "加入收藏", "Copyright",
            "有想补充的信息", "点我投稿", "联系我们", "企业入驻", "热门地区", "招商信息网", "2025-07-02",
        ],
        titles_must_not_contain=["【", "】", "招商】", "_博县网", "博县网"],
    )


def main() -> None:
    """Write expected.json."""
    EXPECTED.write_text(json.dumps(expected(), ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
