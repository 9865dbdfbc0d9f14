"""What the archive must hold for the seed reports, written by reading the seed files.

One entry per report. `site_a` is the report's path on the replica's report
site; `on_site_b` says whether the aggregator (seed 004) carries it too.
`anchor` is a phrase from the report's body, used to find it. `forbidden` is
text of the pages' boilerplate that no body may keep.
"""

SEED_REPORTS = [
    # Site A pages (seeds 000-003)
    dict(seed="000", site_a="/baogao/huazhong/1320.html", on_site_b=False,
         province="河南省", prefecture="驻马店市", place="驻马店市驿城区", county="驿城区",
         admin_level="district", region="华中", year=2022,
         anchor="时光为尺,标注闯关夺隘的奋斗豪情", is_excerpt=True),
    dict(seed="001", site_a="/baogao/huazhong/1323.html", on_site_b=False,
         province="河南省", prefecture=None, place="济源市", county="济源市",
         admin_level="county-level-city", region="华中", year=2022,
         anchor="五年来,我们攻坚克难、革故鼎新", is_excerpt=True),
    dict(seed="002", site_a="/baogao/huazhong/1204.html", on_site_b=False,
         province="河南省", prefecture="许昌市", place="许昌市魏都区", county="魏都区",
         admin_level="district", region="华中", year=2022,
         delivered_on="2022-04-20", speaker="何长成", speaker_title="区长",
         congress_term=16, congress_session=1,
         anchor="现在,我代表区人民政府,向大会报告工作", is_excerpt=True),
    dict(seed="003", site_a="/baogao/huadong/5905.html", on_site_b=False,
         province="江苏省", prefecture="无锡市", place="无锡市新吴区", county="新吴区",
         admin_level="district", region="华东", year=2023,
         anchor="全区经济社会发展的主要预期目标是", is_excerpt=True),
    # Site B items (seed 004), also published on site A
    dict(seed="004", site_b_title="2022年咸阳市政府工作报告", on_site_b=True,
         province="陕西省", prefecture="咸阳市", place="咸阳市", county=None,
         admin_level="prefecture", region="西北", year=2022,
         delivered_on="2022-03-28", speaker="冷劲松", speaker_title="代市长",
         congress="咸阳市第九届人民代表大会第一次会议", congress_term=9, congress_session=1,
         anchor="牢记习近平总书记对赵梦桃小组的亲切勉励"),
    dict(seed="004", site_b_title="2022年东丽区政府工作报告", on_site_b=True,
         province="天津市", prefecture=None, place="东丽区", county="东丽区",
         admin_level="district", region="华北", year=2022,
         delivered_on="2021-12-12", speaker="贾堤", speaker_title="区长",
         congress_term=18, congress_session=1, anchor="东丽区第十八届人民代表大会第一次会议"),
    dict(seed="004", site_b_title="2022年天门市政府工作报告", on_site_b=True,
         province="湖北省", prefecture=None, place="天门市", county="天门市",
         admin_level="county-level-city", region="华中", year=2022,
         delivered_on="2021-12-16", speaker="杨兴铭", speaker_title="市长",
         congress_term=9, congress_session=1, anchor="天门市第九届人民代表大会第一次会议"),
    dict(seed="004", site_b_title="2022年蓟州区政府工作报告", on_site_b=True,
         province="天津市", prefecture=None, place="蓟州区", county="蓟州区",
         admin_level="district", region="华北", year=2022,
         delivered_on="2021-12-12", speaker="张建宇", speaker_title="代区长",
         congress_term=2, congress_session=1, anchor="天津市蓟州区第二届人民代表大会第一次会议"),
    dict(seed="004", site_b_title="2022年青海省政府工作报告", on_site_b=True,
         province="青海省", prefecture=None, place="青海省", county=None,
         admin_level="province", region="西北", year=2022,
         delivered_on="2022-01-21", speaker="信长星", speaker_title="省长",
         congress_term=13, congress_session=7, anchor="青海省第十三届人民代表大会第七次会议"),
    dict(seed="004", site_b_title="2022年郴州市政府工作报告", on_site_b=True,
         province="湖南省", prefecture="郴州市", place="郴州市", county=None,
         admin_level="prefecture", region="华中", year=2022,
         delivered_on="2021-12-30", speaker="吴巨培", speaker_title=None,
         congress_term=6, congress_session=1, anchor="郴州市第六届人民代表大会第一次会议"),
    dict(seed="004", site_b_title="2022年河北省政府工作报告", on_site_b=True,
         province="河北省", prefecture=None, place="河北省", county=None,
         admin_level="province", region="华北", year=2022,
         delivered_on="2022-01-17", speaker="王正谱", speaker_title="代省长",
         congress_term=13, congress_session=5, anchor="河北省第十三届人民代表大会第五次会议"),
    dict(seed="004", site_b_title="2022年厦门市政府工作报告", on_site_b=True,
         province="福建省", prefecture="厦门市", place="厦门市", county=None,
         admin_level="prefecture", region="华东", year=2019,
         delivered_on="2019-01-09", speaker="庄稼汉", speaker_title="市长",
         congress_term=15, congress_session=3, anchor="厦门市第十五届人民代表大会第三次会议",
         flags_include=["title-year-mismatch"]),
    dict(seed="004", site_b_title="2022年襄阳市政府工作报告", on_site_b=True,
         province="湖北省", prefecture="襄阳市", place="襄阳市", county=None,
         admin_level="prefecture", region="华中", year=2022,
         delivered_on="2022-01-06", speaker="王太晖", speaker_title="市长",
         congress_term=18, congress_session=1, anchor="襄阳市第十八届人民代表大会第一次会议"),
    dict(seed="004", site_b_title="2022年辽宁省政府工作报告", on_site_b=True,
         province="辽宁省", prefecture=None, place="辽宁省", county=None,
         admin_level="province", region="东北", year=2022,
         delivered_on="2022-01-20", speaker="李乐成", speaker_title="代省长",
         congress_term=13, congress_session=6, anchor="辽宁省第十三届人民代表大会第六次会议"),
]

# Boilerplate of both sites: none of it may survive in a body.
FORBIDDEN_IN_BODY = [
    "导航菜单", "本文仅代表作者观点", "不代表本站立场", "本站展示并非全部都完整",
    "本文地址", "留言与评论", "验证码", "网站地图", "点我投稿", "联系我们", "企业入驻",
    "pp电子娱乐", "上一页", "下一页",
]

# Reports the replica publishes only as attached files (`replica.attachments`):
# synthetic texts of real places, made into a PDF and a DOCX. A crawl of the
# replica archives them besides the seed reports, with the file as source.
ATTACHMENT_REPORTS = [
    dict(attachment="/uploadfile/gzbg/1100.pdf", linked_from="/baogao/huazhong/1100.html",
         title="2023年株洲政府工作报告", province="湖南省", prefecture="株洲市",
         admin_level="prefecture", region="华中", year=2023, delivered_on="2023-03-08",
         speaker="邹志红", speaker_title="市长", congress_term=11, congress_session=4,
         anchor="全面建设社会主义现代化株洲而努力奋斗"),
    dict(attachment="/uploadfile/gzbg/3100.docx", linked_from="/baogao/huadong/3100.html",
         title="2024年嘉兴政府工作报告", province="浙江省", prefecture="嘉兴市",
         admin_level="prefecture", region="华东", year=2024, delivered_on="2024-03-20",
         speaker="韩宏华", speaker_title="市长", congress_term=8, congress_session=5,
         anchor="全面建设社会主义现代化嘉兴而努力奋斗"),
]
# Every report a crawl of the replica archives.
REPLICA_REPORTS = SEED_REPORTS + ATTACHMENT_REPORTS
