"""News sites' article pages around a report: what their editors and ad
slots put between, above and beside the report's text."""
from __future__ import annotations

import pytest

from cleaning import clean_page
from cleaning.boilerplate import classify_line

FIRST_HALF = [
    "各位代表：",
    "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。",
    "一、2022年工作回顾",
    "过去一年，全市地区生产总值完成5827.8亿元，增长6.2%；一般公共预算收入完成251.3亿元，增长8.1%；城乡居民人均可支配收入分别增长5.6%和7.4%。",
    "产业转型步伐加快。新增规上工业企业265家，高新技术企业总数达到1869家，新能源汽车产量增长41%，汽车产业产值突破2000亿元。",
    "城乡品质不断提升。完成老旧小区改造228个，新建城市停车泊位2.1万个，粮食产量连续9年稳定在95亿斤以上。",
]
SECOND_HALF = [
    "二、2023年工作安排",
    "全市经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，规模以上工业增加值增长9%，固定资产投资增长12%。",
    "坚持项目为王，全年实施亿元以上项目1200个，完成投资2500亿元以上，新增规上工业企业200家以上。",
    "各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委、省政府和市委的坚强领导下，为建设现代化强市而努力奋斗！",
]
HEADER = ["——2023年1月5日在襄阳市第十八届人民代表大会第二次会议上", "襄阳市人民政府市长　王建新"]


# Lines news sites, apps and readers set around a report, each with the
# verdict it gets: what they are, not where they stand.
SITE_LINES = [
    ("1月10日，柳州市第十四届人民代表大会第一次会议开幕。 图片来源：柳州发布", "photo-credit"),
    ("附件：无", "article-info"), ("附件下载：暂无", "article-info"),
    ("【名词解释】东数西算：通过构建新型算力网络体系，将东部算力需求有序引导到西部。", "editor-note"),
    ("（据衡阳市人民政府办公室二○○三年二月印发文本录入，个别错漏字已作校正。录入：罗晓琴　校对：彭建军）", "editor-note"),
    ("（区政府办公室）", "article-info"),
    ("引用本条目：深圳市龙岗区地方志编纂委员会编：《龙岗年鉴2005》，海天出版社2005年版，第21—29页。", "article-info"),
    ("【公文写作网提示】本文为站内VIP范文，完整Word版可点击文末“下载本文”按钮获取。", "farm-offer"),
    ("代写各类材料：述职报告、工作总结、讲话稿，24小时交稿，微信：gwxz_666", "farm-offer"),
    ("微信搜索公众号“公文写作网”，回复“报告”领取2023年全国市县政府工作报告合集。", "farm-offer"),
    # photo credits and captions: 图 for 摄, a stock photo's note
    ("1月5日上午，襄阳市第十八届人民代表大会第二次会议开幕。某某新闻记者 钱佳宁 图", "photo-credit"),
    ("记者 张三 图", "photo-credit"),
    ("1月9日，南通市第十六届人民代表大会第三次会议在南通国际会议中心开幕。（资料图）", "photo-credit"),
    # a portal's 政策解读 box under the text: its heading left last would read as the report breaking off
    ("政策解读", "related"), ("权威解读", "related"), ("图文解读", "related"),
    ("某某日报社主办　地址：江西省赣州市章贡区赣江源大道18号　新闻热线：0797-8888888", "footer"),
    # a WeChat post's ad slots between paragraphs
    ("▼ 广告 ▼", "promotion"), ("—— 推广 ——", "promotion"),
    ("【花桥·地铁口】精装三房首付38万起，11号线直达上海，看房专线：0512-5763 8899", "promotion"),
    ("👇点击下方名片关注，回复“中考”免费领取昆山2024中考政策资料包", "promotion"),
    # a news site's paywall
    ("本文为21会员专享内容，剩余87%未读", "excerpt-notice"), ("开通会员阅读全部", "excerpt-notice"),
    ("会员首月仅需9.9元，畅读全站深度报道与数据库", "promotion"), ("已是会员？立即登录", "promotion"),
    ("会员专享", "promotion"),
    # a trail without 首页, players and their captions
    ("文档库 › 党团工作 › 政府工作报告 › 涉县2024年政府工作报告", "breadcrumb"),
    ("财政 » 预算 » 2024年预算报告", "breadcrumb"),
    ("播放00:00 / 38:26倍速 1.0X全屏", "media-placeholder"), ("暂停 01:02/1:38:26", "media-placeholder"),
    ("【视频解读】一分钟速览2022年河南省政府工作报告", "media-placeholder"),
    ("【微视频】数说这一年", "media-placeholder"), ("（视频）会议现场", "media-placeholder"),
    # a property portal's card, a blog's counter bar and comment buttons, a report site's picks
    ("【楼盘推荐】", "related"), ("迁安·黄台湖壹号院　均价：9800元/㎡　主力户型：建面约98-143㎡三至四居", "promotion"),
    ("查看详情　预约看房", "share-print"),
    ("焦点提示：想了解迁安新房价格、最新优惠？点击免费咨询，或拨打400-099-0099转12345", "promotion"),
    ("阅读(326)┊ 评论 (4)┊ 收藏(0)┊转载(1)┊ 喜欢▼ ┊打印┊举报", "share-print"), ("喜欢 0", "share-print"),
    ("回复", "comment-box"), ("（博主注：橘子合作社今年收购价比去年高了两毛钱。）", "editor-note"),
    ("报告大厅推荐", "related"), ("在线订购　免费咨询　查看目录", "share-print"),
    ("数据来源：报告大厅整理　更多数据请访问报告大厅数据中心", "article-info"),
    ("声明：本文内容来源于某市人民政府网站，由某某网整理发布，仅供参考。如涉及版权问题，请联系我们及时删除。", "disclaimer"),
    # an attachment line with its download count
    ("附件：沂水县2024年政府工作报告（PDF版）.pdf【已下载286次】", "attachment"),
    ("2024年政府工作报告.docx（下载次数：12）", "attachment"), ("附件【2021年海西州政府工作报告.pdf】已下载次", "attachment"),
    # a migrated archive's caveat
    ("归档信息仅供查阅参考，如需最新政策及数据请以现行有效文件为准。", "disclaimer"),
    # a book reader's tip and chapter line
    ("小提示：选中文字即可划线、写想法，点击段尾气泡查看段评", "editor-note"),
    ("第7章 / 共12章　·　本章1546字　·　更新于2024-01-16", "article-info"),
    # a chronicle's counter line and its compiler's note under a reprinted report
    ("本节浏览次数：1362　　录入：林秀琴　　校对：陈建忠", "article-info"),
    ("〔注〕本报告经永春县第十二届人民代表大会第四次会议审议通过。文中数据为当年快报数，与本志“经济综述”所载年报数略有出入，以年报数为准。",
     "editor-note"),
    ("【注】收录时删去了附表，原件藏县档案馆。", "editor-note"),
    # a pager's label on a line of its own (<ul>分页：<li>第1页</li>…)
    ("分页：", "pagination"),
    # a rule typed as dashes between two documents of a session
    ("————————————————————", "separator"), ("------", "separator"),
    # a Taiwan database's pager and its note of how to cite its copy
    ("下一則：2022年廣東省政府工作報告", "prev-next"),
    # a hint that the text is in tabs of this page, not that it is cut
    ("（报告内容较长，已分为三部分，请点击下方标签切换阅读）", "navigation"),
    # a viewer's hints for a chart or a wide table inside the text
    ("（点击图片可查看原图）", "media-placeholder"), ("（表格较宽，手机端请左右滑动查看）", "media-placeholder"),
    # an information table's or a text database's labels in brackets, no colon
    ("[发文机构]海淀区人民政府", "article-info"), ("【来源】汕尾日报，2015年2月13日", "article-info"),
    # an inline box's label glued to its headline; a bulletin board's template and footer
    ("延伸閱讀遼寧省政府工作報告：今年GDP目標增長5.5%左右　推進全面振興新突破", "related"),
    ("5.完整新聞連結 (或短網址)不可用YAHOO、LINE、MSN等轉載媒體:", "end-matter"), ("6.備註:", "end-matter"),
    ("※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 114.37.152.88 (臺灣)", "article-info"),
    ("1.媒體來源:", "article-info"), ("引用格式（APA 第7版）", "article-info"),
    ("※ 本資料庫全文僅供學術研究使用，轉載或引用請註明原始出處。", "disclaimer"),
    # a sidebar box's heading: the leader's mailbox
    ("市长信箱", "navigation"), ("县长信箱", "navigation"), ("12345政务服务便民热线", "navigation"),
    # a 视频解读 box over the text: its label, caption and credit; a link to the glossary's own page
    ("视频解读", "media-placeholder"), ("视频解读｜一起来看2023年西藏自治区政府工作报告", "media-placeholder"),
    ("（视频来源：西藏广播电视台　时长 03:26）", "media-placeholder"),
    ("名词解释：2021年自治区政府工作报告名词解释", "related"),
    ("版权声明：大庆网所有自有内容（包括但不限于文字、图片、音视频等），未经书面授权，任何单位和个人不得转载、链接、转贴或以其他方式使用，违者必究。",
     "disclaimer"),
    # a site's assistant left in the page: its greeting and its AI digest's label
    ("您好，我是政务小助手“榆小政”，有什么可以帮您？我可以为您解读本文、查询办事指南。", "promotion"),
    ("AI速览本文要点", "ai-summary"),
    ("引用格式：某大學中國與亞太區域研究所（2022）。〈2022年海南省政府工作報告〉。《大陸地方政府工作報告資料庫》。",
     "article-info"),
    # a reader view's estimate of the time the text takes, maybe after the site's domain
    ("www.taicang.gov.cn · 阅读时间：约 19 分钟", "article-info"),
    ("预计阅读 26 分钟", "article-info"),
    ("预计阅读时长 12 分钟", "article-info"),
    # a phone's own model signing the summary it wrote over the text
    ("摘要由 Apple 智能生成，请核对重要信息。", "ai-summary"),
    # a link to the text in another language: no word that this one is cut
    ("藏文版全文请点击：（藏文版）", "navigation"),
    # a read-aloud player's bar, voice, length and hint
    ("02:41 / 38:05 播音：晓晓（AI合成）", "media-placeholder"),
    ("全文约9600字，预计收听38分钟", "media-placeholder"),
    ("点击任意段落可从该处开始朗读，朗读语音由AI合成。", "media-placeholder"),
    # a paper's credit under the table it made; an answer box's note on its answers
    ("制表：中新网甘肃　闫姣　数据来源：2021年甘肃省政府工作报告", "photo-credit"),
    ("答案由智能问答系统根据本文自动生成，仅供参考　换一批 | 我要提问", "ai-summary"),
    # a library's, a yearbook database's or an archive's record around the text
    ("【记述时限】2018年1月1日至12月31日", "article-info"),
    ("（本条目完）", "end-mark"),
    ("GB/T 7714-2015[1]南阳市人民政府.政府工作报告[A].南阳年鉴[C],2017:10-19.", "article-info"),
    ("【说明】本页面内容由国家图书馆“政府公开信息整合服务平台”自动采集，仅供查询参考。", "disclaimer"),
    ("【利用须知】本档案已向社会开放，可在线浏览。如需出具档案证明请到查阅大厅办理。", "disclaimer"),
    ("<< 返回检索结果　　检索式：行政区划=甘井子区 AND 文献类型=政府工作报告　　第 4 条 / 共 11 条", "navigation"),
    ("置信度：87.3%", "article-info"),
    ("Word文档下载", "download-offer"),
    # a self-media editor's remark between the paragraphs; a post's note that it goes on from another
    ("【小编划重点】GDP五年涨了二十多个亿，咱出门说起来都有面儿！", "editor-note"),
    ("📌接上一篇（1/4），继续搬运我们古浪今年的政府工作报告～合集在主页👉", "excerpt-notice"),
    ("📍未完待续，下一篇（3/4）见主页合集～喜欢的姐妹点个赞收藏一下❤️", "excerpt-notice"),
    # outlets abroad: an app's link with its address, a call to subscribe, a note of what was compiled
    ("📱 立即下載香港01 App，即時掌握大灣區最新消息：https://hk01.onelink.me/FraD/article", "promotion"),
    ("支持深度報道，成為01會員：立即訂閱 Subscribe", "promotion"),
    ("（本文根据重庆市人民政府网站公布的文本整理，小标题为原文所有）", "article-info"),
    ("1月16日，东莞市第十七届人大四次会议开幕。（东莞市政府网站图片）", "photo-credit"),
    # a paper's app page: its counter and its player's button
    ("阅读 1.3万", "article-info"),
    ("阅读 1.3万▶ 听新闻", "article-info"),
    ("▶ 听新闻", "media-placeholder"),
    ("更多精彩内容，请在APP内查看", "promotion"),
    # PHPCMS's tag line under the text; a 市长之窗 page's biography box under the report
    ("相关热词搜索：大悟 政府工作报告 两会", "article-info"),
    ("市长简介", "biography"), ("县长简历", "biography"),
    ("邓先华，男，汉族，1963年8月生，湖北当阳人，1984年12月加入中国共产党。", "biography"),
    # a note app's attribute label; the typist's notes on the copy typed up from paper
    ("创建时间：", "article-info"),
    ("（会上发的纸质稿，晚上对着手打的。标点、个别字可能有出入，数字已核对两遍。）", "editor-note"),
    ("【这段念的时候领导脱稿加了一句：今年要把营商环境当作“一号工程”来抓——稿子上没有，没记全】", "editor-note"),
    # a card box of other reports set inside the text, its tag before its heading; a bullet before a box line
    ("推荐 你可能还想看", "related"), ("▶ 延伸阅读：一图读懂常德市2024年政府工作报告", "related"),
    # a CMS's page-break tag left as text; a table of contents box's heading and toggle
    ("[NextPage]", "separator"), ("#p#分页标题#e#", "separator"), ("_ueditor_page_break_tag_", "separator"),
    ("文章目录", "table-of-contents"), ("切换", "table-of-contents"),
    ("您当前所在位置：信息公开 > 法定主动公开内容 > 规划信息 > 政府工作报告", "breadcrumb"),
    # a read-more wall asking for a code: the text goes on under it, folded
    ("为防止恶意爬虫采集，扫码关注公众号「某某观察」，回复“验证码”获取，输入后即可展开全文", "excerpt-notice"),
    # a research database's box on how to cite its record; a paper's masthead with its name
    ("引用本筆資料", "end-matter"),
    ("新華澳報　2023年1月13日　星期五　第八版　專版　[版面導航]", "article-info"),
    # a booklet's cover reprinting the report: its printer, readers and script
    ("香港潮州商會秘書處　編印", "article-info"), ("僅供會員參閲　請勿外傳", "article-info"), ("（繁體字版）", "article-info"),
    # a machine's questions and answers on the text; an information table's label alone
    ("AI问答 · 关于本文，您可能想了解", "ai-summary"), ("所属机构：", "article-info"),
    # a yearbook's credit under each entry it prints
    ("（平遥县人民政府办公室　供稿）", "article-info"), ("（古陶镇人民政府　供稿　撰稿：段丽萍）", "article-info"),
    # the session's outline for the groups discussing the report, under it on a 政协 site
    ("分组讨论提纲", "end-matter"),
    # a document-sharing site's trail between ASCII arrows, its contents box and its wall's offer
    ("豆丁网 > 行业资料 > 政府/行政 > 安阳市2024年政府工作报告", "breadcrumb"), ("本文档目录", "table-of-contents"),
    ("已购买过？登录后继续阅读 · 付费即可下载原文档，支持Word编辑", "download-offer"),
    # an editor's decorations: a highlights box's label, a pull-quote's label, an infographic strip's heading
    ("【划重点】", "editor-note"), ("【敲黑板】", "editor-note"), ("金句", "editor-note"),
    ("一图读懂丨2025年吴中区政府工作报告", "media-placeholder"),
    # a fold's count of files, a reading time for the whole text, a data box's label
    ("附件下载（1）", "attachment"), ("阅读全文约需12分钟", "article-info"), ("数说2022", "editor-note"),
    # an editor's word under the text that it is the report's summary, and whose
    ("（本文为报告摘要，由集美区融媒体中心摘编，报告全文详见集美区人民政府网站“政府工作报告”专栏）", "excerpt-notice"),
    ("（以上为报告摘要，全文详见区政府网站）", "excerpt-notice"),
    # a text-only version's stand-in for a picture; a newspaper's box of its other stories
    ("[图片：练江流域综合整治工程施工现场]", "photo-credit"), ("相关报道", "related"),
    # a reading-mode tool's credit under the text it reformatted
    ("全文完本文由 简悦 SimpRead 优化，用以提升阅读体验使用了 全新的简悦词法分析引擎 beta，点击查看详细说明", "end-matter"),
    # …and its note of the source over the text, under the heading it kept
    ("本文由 简悦 SimpRead 转码， 原文地址 mp.weixin.qq.com", "article-info"),
    # a collection's note on where it took the text from
    ("（原载《葫芦岛日报》2016年1月25日第1—3版，收入本书时个别文字有校订。）", "article-info"),
    # a government's list of its sites
    ("延边州政府网站群：延吉市 图们市 敦化市 珲春市 和龙市 汪清县 安图县", "navigation"),
    # a figure box's label with its subtitle; a blogger's note under the text
    # a reposting site's note over its copy
    ("（转载自会宁县人民政府网）", "article-info"), ("（本网转载，人社相关重点内容已作标红处理）", "article-info"),
    # Shanghai's portals label a document's index number 索取号
    ("索 取 号：", "article-info"),
    ("【红网郴州站广告招商热线：0735-2893311】", "promotion"), ("政府工作报告（音频版） 18:46", "media-placeholder"),
    ("数说2023 · 雅安成绩单", "editor-note"), ("笔者注：惠安一般公共预算用的是“总收入”口径，跟晋江不能直接比。", "editor-note"),
]
# Report lines holding the same words, which must stay.
REPORT_LINES = [
    "加强新闻记者队伍建设的蓝图", "绘就高质量发展新蓝图",
    "开通12345政务服务便民热线，全年受理群众诉求86万件。", "广告业", "推广新能源汽车。",
    "实施预约诊疗，开通预约电话12345。",
    "会员单位达到120家。", "全市工会会员达到85万人，新增会员1.2万人。",
    "空气质量指数AQI>100的天数减少>20天。", "全年接待游客1.2亿人次，增长15%",
    "第三章 加快建设现代化产业体系",
    "全市商品房均价8600元/平方米，新增保障性住房户型多样。", "收藏分享", "数据来源：国家统计局",
    "全年累计已下载次数达120万次。",
    "注：“三新”指新产业、新业态、新模式，本报告中的增速按可比价计算。", "本章阅读提示",
    "〔注〕文中“两个确立”指确立习近平同志党中央的核心、全党的核心地位。",
    "——2024年1月10日在湄潭县第十八届人民代表大会第四次会议上", "——", "分页管理制度",
    "推动数据左右滑动查看功能上线，群众办事更便捷。",
    "[1] 三大攻坚战：指防范化解重大风险、精准脱贫、污染防治三大攻坚战。", "【专栏1】2024年十大民生实事",
    "相关新闻发布会制度不断完善。", "6.备足防汛物资，确保安全度汛。",
    "推广“政务小助手”智能问答服务，群众满意率达到98%。",
    "坚持有法必依、执法必严、违法必究，加强知识产权和版权保护。",
    "名词解释：“三新”指新产业、新业态、新模式。", "推动视频解读、图解等新媒体产品创作。",
    "全民阅读时间持续增加，人均阅读图书5.2本。", "办事时间由原来的60分钟压缩至15分钟。",
    "由企业自主生成电子证照，全年办理3.2万件。",
    "翻译出版蒙古文版教材32种。", "出版藏文版图书120种，点击量突破百万",
    "群众办事材料由系统自动生成，办理时限压缩60%。", "建成智能朗读系统，收听人次增长30%。",
    "数据来源：国家统计局甘肃调查总队",
    "【说明】“三新”指新产业、新业态、新模式。", "完善文献检索式服务，全年新增馆藏档案3.2万件。",
    "提供标准文档下载服务。", "接上年度结转资金2.3亿元。", "未完成的项目全部纳入今年计划。",
    "推出政务信息订阅服务，群众可通过短信订阅。", "建成城市影像数据库，收录历史图片3万张。",
    "阅读推广活动120场", "倾听新闻工作者心声",
    "编印《投资指南》和《城市简介》", "开通政务热线：12345", "全市男女比例保持在104：100",
    "热词搜索量居全省第一", "相关政策落实到位", "最新文章发表数量增长30%",
    "（全年印发纸质版宣传册3万份，发放到户）", "（一）推行纸质稿件电子化，对着标准逐项核对", "创建时间最短的示范区",
    "推荐使用新能源汽车", "热门推荐景区接待游客增长30%", "切换动能，转型升级", "当前位置优势明显，区位条件优越。",
    "全年编印宣传册3万份", "加强专项资金使用规范管理", "（三）规范文件编印", "引用率提升", "全国报刊2023年1月13日起改版",
    "（由企业提供担保）", "全市医疗机构供稿能力提升",
    "划重点工作任务分解到部门", "一图读懂政策宣传册发放3万份",
    "数说政府工作报告活动", "收起你的懒散，展开新的征程。",
    "（本年度完成报告摘要汇编3册）", "以上为报告期内完成的主要工作。",
    "加强相关报道审核", "做好相关报道和舆论引导工作。", "[注：部分数据为快报数]",
    "本文由区发展改革局会同有关部门起草，经区政府常务会议研究同意。",
    "推进政府网站群集约化建设，整合关停网站12个。",
    "严厉打击论文代写等学术不端行为。", "（一）市政府办公室", "（市发展改革委牵头）", "开通12345热线微信公众号，群众回复“1”即可查询办理进度",
]


@pytest.mark.parametrize("line, why", SITE_LINES)
def test_a_sites_line_is_told_for_what_it_is(line, why):
    assert classify_line(line).why == why


@pytest.mark.parametrize("line", REPORT_LINES)
def test_a_report_line_with_the_same_words_is_kept(line):
    assert classify_line(line) is None


def _paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def _article(middle: str, header: list[str] = HEADER, title: str = "襄阳市2023年政府工作报告",
             above: str = "", aside: str = "") -> str:
    return (f"<html><head><title>{title}_湖北新闻_某某网</title></head><body>"
            f"<div class=nav><a href='/'>首页</a> <a href='/hb/'>湖北</a> <a href='/xy/'>襄阳新闻</a></div>"
            f"<h1>{title}</h1><div class=info>2023-01-06 09:15 来源：某某网 字号：大 中 小</div>{above}"
            f"<div class=article-content>{_paragraphs(header + FIRST_HALF)}</div>{middle}"
            f"<div class=article-content>{_paragraphs(SECOND_HALF)}</div>{aside}"
            f"<div class=footer>关于我们 | 广告服务 | 联系我们 版权所有 鄂ICP备13005324号</div></body></html>")


def test_an_ad_slot_and_a_further_reading_box_between_two_halves_keep_the_second():
    middle = ("<div class=ad-inline><a href='http://ad.example.com/c?id=1'><img src='/ad.jpg' alt='广告'></a>"
              "<span>广告</span><p>某某日报客户端 权威发布 新闻第一时间看 扫码下载</p></div>"
              "<div class=extend-read><h4>延伸阅读</h4><ul>"
              "<li><a href='/c/1.html'>图解｜一图读懂2023年襄阳市政府工作报告</a></li>"
              "<li><a href='/c/2.html'>襄阳两会｜代表委员热议襄阳都市圈建设</a></li>"
              "<li><a href='/c/3.html'>政协襄阳市第十四届委员会第二次会议开幕</a></li></ul></div>")
    [report] = clean_page(_article(middle), "http://news.example.com/content/2023-01/06/content_1.html")
    assert report.paragraphs[-len(SECOND_HALF):] == SECOND_HALF
    assert not report.is_excerpt
    assert "延伸阅读" not in report.body and "扫码下载" not in report.body and "都市圈建设" not in report.body


def test_the_delivery_said_only_in_the_editors_note_is_read_from_it():
    note = ("<p><strong>【导读】</strong>2023年1月5日上午，襄阳市第十八届人民代表大会第二次会议在市民中心开幕。"
            "市长王建新代表市人民政府向大会作政府工作报告。以下为报告全文，一起来看↓↓↓</p>")
    [report] = clean_page(_article("", header=["政府工作报告"], above=note),
                          "http://news.example.com/content/2023-01/06/content_2.html")
    assert (report.delivered_on, report.congress, report.speaker, report.speaker_title) == (
        "2023-01-05", "襄阳市第十八届人民代表大会第二次会议", "王建新", "市长")
    assert "导读" not in report.body


def test_the_editors_note_gives_nothing_the_report_says_otherwise():
    note = "<p>【导读】2023年1月6日上午，政协襄阳市第十四届委员会第二次会议开幕。</p>"
    [report] = clean_page(_article("", above=note), "http://news.example.com/content/2023-01/06/content_3.html")
    assert (report.delivered_on, report.speaker) == ("2023-01-05", "王建新")


def test_a_report_under_a_paywall_ends_where_the_wall_begins_and_is_an_excerpt():
    wall = ("<div class=paywall><p>本文为会员专享内容，剩余87%未读</p><a href='/login'>登录后查看全文</a>"
            "<a href='/vip'>开通会员阅读全部</a><p>会员首月仅需<b>9.9</b>元，畅读全站深度报道与数据库</p>"
            "<p>已是会员？<a href='/login'>立即登录</a></p></div>")
    page = (f"<html><head><title>襄阳市2023年政府工作报告（全文）</title></head><body>"
            f"<h1>襄阳市2023年政府工作报告（全文）</h1><span>会员专享</span>"
            f"<div class=article>{_paragraphs(HEADER + FIRST_HALF[:4])}</div>{wall}"
            f"<div>分享到：微信 微博</div></body></html>")
    [report] = clean_page(page, "https://m.news.example.com/article/20230106/1.html")
    assert report.is_excerpt and report.paragraphs[-1] == FIRST_HALF[3]


@pytest.mark.parametrize("headline, original, title", [
    ("2023年深圳市政府工作报告（全文）", "深圳市政府工作报告", "2023年深圳市政府工作报告（全文）"),
    ("重磅！深圳市政府工作报告全文来了", "2023年深圳市政府工作报告", "2023年深圳市政府工作报告"),
])
def test_an_original_title_line_titles_the_report_only_under_a_headline(headline, original, title):
    page = (f"<html><head><title>{headline}_某某网</title></head><body><h1>{headline}</h1>"
            f"<div class=article><p>原标题：{original}</p>{_paragraphs(['政府工作报告', *HEADER, *FIRST_HALF, *SECOND_HALF])}"
            f"</div></body></html>")
    [report] = clean_page(page, "https://news.example.com/c/8NQ4hRkTzyd")
    assert report.title == title and "原标题" not in report.body


def test_a_document_sites_ocr_page_numbers_and_reader_notes_are_the_sites():
    from cleaning.printed import is_page_number
    assert is_page_number("一 3 一") and not is_page_number("一是3个一")
    assert classify_line("—— 全文已加载完毕，共6页（第5-6页为空白页及印发说明）——1. 本站所有资源如无特殊说明，"
                         "都需要本地电脑安装OFFICE2007和PDF阅读器。") is not None


@pytest.mark.parametrize("line, kept, counters", [
    ("为加快建设现代化强市而努力奋斗！215人划线💬 163", "为加快建设现代化强市而努力奋斗！", ["215人划线💬 163"]),
    ("增长7.4%。36人划线连续五年入选全国百强县市。", "增长7.4%。连续五年入选全国百强县市。", ["36人划线"]),
    ("各位代表：段评", "各位代表：", ["段评"]),
    ("开展段评活动，划线管理道路停车泊位1200个。", "开展段评活动，划线管理道路停车泊位1200个。", []),
])
def test_a_reading_apps_counters_glued_after_sentences_are_taken_out(line, kept, counters):
    from cleaning.boilerplate import strip_page_jumps
    assert strip_page_jumps(line) == (kept, counters)


def test_a_compilations_name_over_a_chapter_titles_no_report():
    page = ("<html><head><title>2024年邹城市政府工作报告 - 济宁市县市区政府工作报告汇编（2024） - 某某阅读</title></head>"
            "<body><div><a href='/shelf'>‹ 书架</a></div><div>济宁市县市区政府工作报告汇编（2024）</div>"
            "<div>第7章 / 共12章　·　本章1546字</div><div style='font-size:24px'>2024年邹城市政府工作报告</div>"
            f"{_paragraphs(HEADER + FIRST_HALF + SECOND_HALF)}</body></html>")
    [report] = clean_page(page, "https://read.example.com/book/88/7")
    assert report.title == "2024年邹城市政府工作报告" and "汇编" not in report.body


@pytest.mark.parametrize("title_tag, core", [
    ("政府工作报告——2021年1月12日在歙县第十七届人民代表大会第五次会议上_歙县人民政府",
     "政府工作报告——2021年1月12日在歙县第十七届人民代表大会第五次会议上"),
    ("某县人民政府---2022年政府工作报告", "2022年政府工作报告"),
    ("2022年政府工作报告—某县人民政府", "2022年政府工作报告"),
    ("政府工作报告——在桐庐县第十八届人民代表大会第三次会议上_桐庐县人民政府",
     "政府工作报告——在桐庐县第十八届人民代表大会第三次会议上"),
])
def test_a_dash_before_the_delivery_is_the_titles_own_not_a_separator(title_tag, core):
    from cleaning.extract import title_tag_core
    assert title_tag_core(title_tag) == core


def test_the_title_under_an_empty_label_of_the_information_table_is_no_value_of_it():
    table = "".join(f"<div>{label}</div><div>{value}</div>" for label, value in [
        ("索引号：", "011135302/2024-01287"), ("组配分类：", "政府工作报告"), ("文号：", "")])
    page = (f"<html><head><title>2024年襄阳市政府工作报告_襄阳市人民政府</title></head><body>{table}"
            f"<div style='font-size:24px'>2024年襄阳市政府工作报告</div>"
            f"{_paragraphs(HEADER + FIRST_HALF + SECOND_HALF)}</body></html>")
    [report] = clean_page(page, "http://www.xiangyang.gov.cn/zwgk/1.html")
    assert report.title == "2024年襄阳市政府工作报告" and "组配分类" not in report.body


def test_a_sites_picks_box_between_numbered_paragraphs_leaves_the_report_whole():
    picks = ("<div class=tj><h4>报告大厅推荐</h4><p><a href='/report/1.html'>2025-2030年中国预制菜行业市场深度调研报告</a></p>"
             "<p>出版时间：2025年1月　价格：电子版8200元</p><p><a href='/buy/1'>在线订购</a>　<a href='/ask'>免费咨询</a></p></div>")
    numbered = ["（一）聚焦实体经济，产业发展提质增效。玻璃、食品、新材料、新能源四大主导产业实现产值2680亿元，增长8.6%。",
                "（二）聚焦扩大有效投资，项目建设扎实推进。实施省市县重点项目386个，完成投资521亿元。",
                "（三）聚焦城乡融合，城市品质持续提升。完成老旧小区改造46个，新建城市道路12条。"]
    page = (f"<html><head><title>2025年襄阳市政府工作报告_报告大厅</title></head><body><h1>2025年襄阳市政府工作报告</h1>"
            f"{_paragraphs(HEADER + FIRST_HALF[:3] + numbered[:1])}{picks}{_paragraphs(numbered[1:] + SECOND_HALF)}</body></html>")
    [report] = clean_page(page, "https://www.chinabgao.com/info/1.html")
    assert numbered[0] in report.paragraphs and numbered[1] in report.paragraphs and not report.is_excerpt
    assert "推荐" not in report.body and "订购" not in report.body


def test_an_information_tables_bare_category_cell_is_no_title():
    table = ("<table><tr><th>索引号</th><td>002499389/2022-70814</td><th>分类</th><td>规划信息 ; 规划计划</td></tr>"
             "<tr><th>发布机构</th><td>莪山畲族乡</td><th>发布日期</th><td>2022-01-10</td></tr></table>")
    page = (f"<html><head><title>桐庐县人民政府 乡镇（街道）信息公开 莪山乡 2022年莪山畲族乡政府工作报告</title></head>"
            f"<body>{table}<div class=art-tit>2022年莪山畲族乡政府工作报告</div>"
            f"{_paragraphs(HEADER + FIRST_HALF + SECOND_HALF)}</body></html>")
    [report] = clean_page(page, "http://www.tonglu.gov.cn/art/2022/1/10/art_1.html")
    assert report.is_report and report.title == "2022年莪山畲族乡政府工作报告"


def test_a_title_tag_parted_by_spaces_before_the_sites_name_gives_its_first_piece():
    from cleaning.extract import title_tag_core
    assert title_tag_core("2024年肥城市政府工作报告 政府工作报告 肥城市人民政府") == "2024年肥城市政府工作报告"
    assert title_tag_core("某县 2024 政府工作报告") == "某县 2024 政府工作报告"


def test_a_bilingual_sites_english_title_after_the_chinese_is_not_the_titles():
    from cleaning.extract import title_tag_core
    assert title_tag_core("2024年义乌市政府工作报告 Report on the Work of the Government 2024_义乌市人民政府") == \
        "2024年义乌市政府工作报告"
    assert title_tag_core("2024年某县政府工作报告 PDF版_某县人民政府") == "2024年某县政府工作报告 PDF版"


def test_a_session_papers_page_gives_the_work_report_not_its_contents_box_or_the_plan_report_after_it():
    plan = "关于襄阳市2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告"
    contents = ("<div class=toc><p>目　录</p><p><a href='#doc1'>1. 政府工作报告</a></p>"
                f"<p><a href='#doc2'>2. {plan}</a></p>"
                "<p>3. 关于襄阳市2022年预算执行情况和2023年预算草案的报告（见文末附件）</p></div>")
    page = ("<html><head><title>襄阳市第十八届人民代表大会第二次会议文件_襄阳市人民政府</title></head><body>"
            f"<h1>襄阳市第十八届人民代表大会第二次会议文件</h1>{contents}<div class=article>"
            f"<p id=doc1>政府工作报告</p>{_paragraphs(HEADER + FIRST_HALF + SECOND_HALF)}<p>————————————————————</p>"
            f"<p id=doc2>{plan}</p>{_paragraphs([HEADER[0], '襄阳市发展和改革委员会主任　李明', '各位代表：'])}"
            "<p>受市人民政府委托，现将2022年计划执行情况与2023年计划草案提请大会审议。</p></div></body></html>")
    [report] = clean_page(page, "http://www.xiangyang.gov.cn/zt/2023lh/dhwj/1.html")
    assert report.is_report and report.title == "政府工作报告" and not report.is_excerpt
    assert report.body.endswith(SECOND_HALF[-1]) and "目　录" not in report.body and "预算草案" not in report.body


def test_a_reader_views_heading_that_is_the_whole_title_tag_gives_the_titles_core():
    title_tag = "襄阳市2023年政府工作报告_襄阳市人民政府门户网站"
    page = (f"<html><head><title>{title_tag}</title></head><body><div class=toolbar>关闭 类型控制 朗读</div>"
            f"<div class=reader-domain>www.xiangyang.gov.cn</div><h1 class=reader-title>{title_tag}</h1>"
            f"<div class=meta>预计阅读时间：18-23 分钟</div>{_paragraphs(HEADER + FIRST_HALF + SECOND_HALF)}</body></html>")
    [report] = clean_page(page, "file:///home/me/襄阳.html")
    assert report.title == "襄阳市2023年政府工作报告"


def test_a_pictures_caption_between_the_speaker_line_and_the_address_is_the_pictures():
    caption = "襄阳市第十八届人民代表大会第二次会议开幕现场"
    page = _article("", header=HEADER + ["<img src='/kaimu.jpg' alt=''>", caption])
    [report] = clean_page(page, "http://www.xiangyang.gov.cn/zwgk/1.html")
    assert caption not in report.body and report.body.startswith(HEADER[0])
    assert report.congress == "襄阳市第十八届人民代表大会第二次会议"


def test_a_wikisource_copy_loses_the_sites_header_licence_and_edit_links():
    header = ("<div class='ws-noexport'><table class='headertemplate'><tr><td>上一篇：2022年襄阳市政府工作报告</td>"
              "<td>襄阳市2023年政府工作报告<br>作者：襄阳市人民政府</td><td>下一篇：2024年襄阳市政府工作报告</td></tr>"
              "<tr><td colspan=3>2023年1月5日在襄阳市第十八届人民代表大会第二次会议上所作。"
              "<span class='ws-sister-projects'>姊妹计划：百科</span></td></tr></table></div>")
    edit = "<span class='mw-editsection'><span>[</span><a href='/w/index.php?action=edit&section=1'>编辑</a><span>]</span></span>"
    licence = ("<div class='licenseContainer ws-noexport'><p>本作品来自中华人民共和国的法律、法规，国家机关的决议、决定、"
               "命令和其他具有立法、行政、司法性质的文件。根据《中华人民共和国著作权法》第五条，本作品不适用于该法。</p></div>")
    page = (f"<html><head><title>襄阳市2023年政府工作报告 - 维基文库，自由的图书馆</title></head><body>"
            f"<a class='mw-jump-link' href='#bodyContent'>跳转到导航</a><h1>襄阳市2023年政府工作报告</h1>{header}"
            f"<p>政府工作报告</p>{_paragraphs(HEADER + FIRST_HALF[:2])}<h2>{FIRST_HALF[2]}{edit}</h2>"
            f"{_paragraphs(FIRST_HALF[3:] + SECOND_HALF)}{licence}</body></html>")
    [report] = clean_page(page, "https://zh.wikisource.org/wiki/襄阳市2023年政府工作报告")
    assert report.speaker == "王建新" and not report.is_excerpt
    assert FIRST_HALF[2] in report.paragraphs and "编辑" not in report.body
    assert "姊妹计划" not in report.body and "著作权法" not in report.body and "上一篇" not in report.body


def test_an_encyclopedia_entry_quoting_the_reports_opening_is_about_the_report():
    entry = ["2023年襄阳市人民政府工作报告是2023年1月5日在襄阳市第十八届人民代表大会第二次会议上，襄阳市人民政府市长王建新所作的政府工作报告。",
             f"报告开篇称：“{FIRST_HALF[0]}{FIRST_HALF[1]}”",
             "报告指出，2022年全市地区生产总值完成5827.8亿元，增长6.2%。",
             "报告提出，2023年全市地区生产总值增长7.5%左右。",
             "报告强调，要坚持项目为王，全年实施亿元以上项目1200个。"]
    assert _reason_for("2023年襄阳市人民政府工作报告", "百科", _paragraphs(entry)) == "not-a-work-report: 解读"


def _reason_for(heading: str, site: str, body: str) -> str | None:
    """Why a page under `heading` holding `body` is no report (None for a report)."""
    page = f"<html><head><title>{heading}_{site}</title></head><body><h1>{heading}</h1>{body}</body></html>"
    [report] = clean_page(page, "https://news.example.com/a/1.html")
    return report.reason


def test_footnotes_back_links_are_no_text():
    notes = ("<div class=footnotes><h4>注释</h4><ol><li id=fn1><a href='#ref1'>[1]</a> 项目为王：指以重大项目建设"
             "带动投资增长。<a href='#ref1' class=back>↑</a></li><li id=fn2><a href='#ref2'>[2]</a> 新能源汽车：指"
             "纯电动和插电式混合动力汽车。<a href='#ref2' class=back>↑</a></li></ol></div>")
    [report] = clean_page(_article("", aside=notes), "http://www.xiangyang.gov.cn/zwgk/1.html")
    assert "↑" not in report.body


def test_a_glossary_under_a_divider_picture_after_the_closing_call_is_the_reports_appendix():
    glossary = ("<p><img src='/fengexian.png'></p><p><strong>附：名词解释</strong></p>"
                "<p>1.“项目为王”：指以重大项目建设带动有效投资增长。</p><p>2.“一老一小”：指养老服务和婴幼儿照护服务。</p>")
    [report] = clean_page(_article("", aside=glossary), "http://www.xiangyang.gov.cn/zwgk/1.html")
    assert "附：名词解释" in report.paragraphs and report.body.endswith("2.“一老一小”：指养老服务和婴幼儿照护服务。")
    assert not report.is_excerpt


def test_an_seo_suffix_with_a_casino_brand_leaves_the_heading_its_title():
    spam = "_开云体育官网入口(中国)官方网站·IOS/安卓通用版/手机APP下载"
    page = _article("").replace("<h1>襄阳市2023年政府工作报告</h1>", f"<h1>襄阳市2023年政府工作报告{spam}</h1>")
    [report] = clean_page(page, "http://www.xiangyang.gov.cn/zwgk/1.html")
    assert report.title == "襄阳市2023年政府工作报告"


def test_look_alike_ideographs_of_an_anti_copy_script_read_as_the_ideographs():
    # Kangxi radicals and compatibility ideographs drawn like 生, 年 and 不.
    scrambled = [line.replace("生", "\u2f63").replace("年", "\uf98e").replace("不", "\uf967") for line in FIRST_HALF]
    [report] = clean_page(_article("", header=HEADER).replace(_paragraphs(HEADER + FIRST_HALF), _paragraphs(HEADER + scrambled)),
                          "http://www.xiangyang.gov.cn/zwgk/1.html")
    assert FIRST_HALF[3] in report.paragraphs and "\u2f63" not in report.body


def test_a_bulletin_boards_post_keeps_its_source_line_breaks():
    """PTT's post is plain text with line breaks, shown as such by the board's
    stylesheet (pre-wrap), which the saved page does not carry."""
    post = "\n".join(["1.媒體來源:", "襄陽日報", "4.完整新聞內文:", "", "政府工作報告", *HEADER, *FIRST_HALF,
                      *SECOND_HALF, "", "5.完整新聞連結 (或短網址):", "http://www.xiangyang.gov.cn/1.html",
                      "6.備註:", "原文簡體，用工具轉成繁體", "--", "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 1.2.3.4"])
    page = ("<html><head><title>[新聞] 襄阳市2023年政府工作报告 - 看板 China - 批踢踢實業坊</title></head><body>"
            f"<div id='main-content' class='bbs-screen bbs-content'>{post}"
            "<div class='push'><span>推 </span><span>kuo8865</span><span>: 襄陽是哪裡</span></div></div></body></html>")
    [report] = clean_page(page, "https://www.ptt.cc/bbs/China/M.1609816024.A.5C2.html")
    assert report.body.endswith(SECOND_HALF[-1]) and FIRST_HALF[3] in report.paragraphs
    assert report.congress == "襄阳市第十八届人民代表大会第二次会议" and "備註" not in report.body


def test_white_space_pre_on_a_block_keeps_its_line_breaks():
    from cleaning.render import render
    page = render("<div style='white-space: pre-wrap'>第一行文字。\n第二行文字。</div><div>同一行\n的文字。</div>")
    assert [line.text for line in page.lines] == ["第一行文字。", "第二行文字。", "同一行的文字。"]


def test_a_posts_date_over_a_newspapers_lead_is_the_posts():
    lead = "【本報訊】襄陽市第十八屆人民代表大會第二次會議日前召開。現將報告全文轉載如下："
    page = _article("", above=f"<p>2023年1月6日</p><p>412</p><p>{lead}</p>")
    page = page.replace("<div class=info>2023-01-06 09:15 来源：某某网 字号：大 中 小</div>", "")
    [report] = clean_page(page, "https://www.shimindaily.example/2023/01/06/1.html")
    assert "本報訊" not in report.body and report.body.startswith(HEADER[0])


def test_the_sites_id_code_places_a_district_whose_name_several_cities_share():
    """新华区 is a district of 石家庄, 沧州 and 平顶山: the 网站标识码 every
    government site shows starts with its owner's division code."""
    header = ["——2023年1月10日在新华区第十二届人民代表大会第三次会议上", "新华区人民政府区长　郑海涛"]
    page = _article("", header=header, title="新华区2023年政府工作报告").replace(
        "版权所有 鄂ICP备13005324号", "版权所有：新华区人民政府　网站标识码：4104020001　豫ICP备09018472号")
    [report] = clean_page(page, "http://www.example.gov.cn/zwgk/1.html")
    assert (report.place, report.prefecture, report.adcode) == ("新华区", "平顶山市", "410402")


@pytest.mark.parametrize("title, county", [("鄂温克旗2024年政府工作报告", "鄂温克族自治旗"),
                                           ("龙胜县2024年政府工作报告", "龙胜各族自治县")])
def test_an_autonomous_countys_short_name_is_placed(title, county):
    from cleaning.metadata import extract_metadata
    meta = extract_metadata(title, ["各位代表：", "现在，我代表人民政府，向大会报告工作，请予审议。"])
    assert (meta["place"], meta["county"]) == (title[:len(title) - len("2024年政府工作报告")], county)


def test_an_information_tables_summary_cell_holding_the_title_is_no_title():
    table = ("<table><tr><th>索引号</th><td>014000001/2023-00012</td><th>发布机构</th><td>襄阳市人民政府办公室</td></tr>"
             "<tr><th>公开方式</th><td>主动公开</td><th>公开时限</th><td>长期公开</td></tr>"
             "<tr><th>内容概述</th><td colspan=3>襄阳市2023年政府工作报告（全文）</td></tr></table>")
    page = (f"<html><head><title>2023年襄阳市政府工作报告-襄阳市政府信息公开</title></head><body>{table}"
            f"<h1>2023年襄阳市政府工作报告</h1><div>发布日期：2023-01-17</div>"
            f"<p>政府工作报告</p>{_paragraphs(HEADER + FIRST_HALF + SECOND_HALF)}</body></html>")
    [report] = clean_page(page, "http://www.xiangyang.gov.cn/xxgk/1.html")
    assert report.title == "2023年襄阳市政府工作报告" and "内容概述" not in report.body


_GLOSSARY = ["名词解释", *(f"{n}.“三新”经济：指新产业、新业态、新模式，第{n}条解释。" for n in range(1, 7))]


@pytest.mark.parametrize("glossary", [[], _GLOSSARY], ids=["right-after", "after-the-glossary"])
def test_the_congress_resolution_printed_after_the_report_is_not_its_text(glossary):
    resolution = ("<p><strong>附：</strong></p><p>襄阳市第十八届人民代表大会第二次会议</p><p>关于政府工作报告的决议</p>"
                  "<p>（2023年1月8日襄阳市第十八届人民代表大会第二次会议通过）</p>"
                  "<p>襄阳市第十八届人民代表大会第二次会议听取和审议了市长王建新所作的政府工作报告，决定批准这个报告。</p>"
                  "<p>会议号召，全市人民为建设现代化强市而不懈奋斗！</p>")
    [report] = clean_page(_article("", aside=_paragraphs(glossary) + resolution), "http://www.xiangyang.gov.cn/zwgk/1.html")
    assert report.body.endswith((glossary or SECOND_HALF)[-1]) and "决议" not in report.body and not report.is_excerpt
    assert "人民代表大会第二次会议\n" not in report.body + "\n"


def test_a_table_cell_labelled_with_the_documents_name_is_no_title():
    table = ("<table><tr><th>索引号</th><td>113709830042710434/2024-00015</td></tr>"
             "<tr><th>信息名称</th><td>襄阳市2023年政府工作报告</td></tr></table>")
    page = (f"<html><head><title>襄阳市2023年政府工作报告 政府工作报告 襄阳市人民政府</title></head><body>"
            f"<div>12345政务服务便民热线</div>{table}<h1>襄阳市2023年政府工作报告</h1>"
            f"<p>政府工作报告</p>{_paragraphs(HEADER + FIRST_HALF + SECOND_HALF)}</body></html>")
    [report] = clean_page(page, "http://www.xiangyang.gov.cn/zwgk/1.html")
    assert report.is_report and report.title == "襄阳市2023年政府工作报告" and "索引号" not in report.body


def test_the_cms_article_title_meta_finds_a_heading_set_without_tags_under_a_column_title():
    """The <title> names only the column (政府工作报告--某市人民政府); the heading
    is a styled block; the CMS's ArticleTitle meta says which line it is."""
    page = ("<html><head><title>政府工作报告--襄阳市人民政府</title>"
            "<meta name='ArticleTitle' content='2023年襄阳市政府工作报告'></head><body>"
            "<div>首页 > 政务公开 > 政府工作报告</div><div class='art-title'>2023年襄阳市政府工作报告</div>"
            "<div>发布时间：2023-01-10　来源：市政府办公室</div><div class=toc><p>文章目录</p>"
            "<p><a href='#s1'>一、2022年工作回顾</a></p><p><a href='#s2'>二、2023年工作安排</a></p>"
            "<p><a href='#s3'>三、加强政府自身建设</a></p></div>"
            f"<p>政府工作报告</p>{_paragraphs(HEADER + FIRST_HALF + SECOND_HALF)}</body></html>")
    [report] = clean_page(page, "http://www.xiangyang.gov.cn/zwgk/1.html")
    assert report.title == "2023年襄阳市政府工作报告"


def test_a_mailed_reader_views_heading_under_the_senders_note_is_the_title():
    # A reader view mailed to oneself: the mail's header (its subject the
    # <title>, with the site's name), the sender's note and the reader's
    # reading time stand over the article's own heading, a link to the page.
    title = "襄阳市2023年政府工作报告"
    page = (f"<html><head><title>{title}_襄阳市人民政府</title></head><body>"
            f"<table><tr><td>主题: </td><td>{title}_襄阳市人民政府</td></tr><tr><td>发件人: </td><td>王丽 &lt;wl@163.com&gt;</td></tr>"
            f"<tr><td>日期: </td><td>2023/2/6 下午9:14</td></tr><tr><td>收件人: </td><td>wl@163.com</td></tr></table>"
            f"<div>转给自己存档。原网页底下附件里的pdf点了没反应，先把正文存一份，回头核对数字。</div>"
            f"<div><span>www.xiangyang.gov.cn</span> · <span>阅读时间：约 19 分钟</span></div>"
            f"<h1><a href='http://www.xiangyang.gov.cn/zwgk/1.html'>{title}</a></h1>"
            f"<div>摘要</div><p>本文为襄阳市2023年政府工作报告，回顾了过去一年的成绩，提出今年地区生产总值增长7.5%左右等目标。</p>"
            f"<div>摘要由 Apple 智能生成，请核对重要信息。</div>"
            f"{_paragraphs(HEADER + FIRST_HALF + SECOND_HALF)}<div>发自我的iPhone</div></body></html>")
    [report] = clean_page(page, "file:///home/me/mail.html")
    assert report.title == title and report.place == "襄阳市"
    assert report.body.startswith(HEADER[0]) and not report.is_excerpt, report.body[:80]
    assert "转给自己存档" not in report.body and "回顾了过去一年的成绩" not in report.body
    assert {"ai-summary", "article-info"} <= {removal.why for removal in report.removed}


def test_a_note_apps_name_for_a_clipped_page_is_not_the_reports_title():
    page = ("<html><head><title>襄阳2023政府工作报告（剪藏）</title></head><body>"
            "<h1>襄阳2023政府工作报告（剪藏）</h1><div>分享者：老李　最后更新：2023-03-02 20:47</div>"
            "<div>来源：http://www.xiangyang.gov.cn/zwgk/1.html</div>"
            "<div>（注：GDP为初步核算数，正式数以统计公报为准——老李）</div>"
            f"<h1>襄阳市2023年政府工作报告</h1>{_paragraphs(HEADER + FIRST_HALF + SECOND_HALF)}</body></html>")
    [report] = clean_page(page, "https://note.example.com/share/1")
    assert report.title == "襄阳市2023年政府工作报告" and report.place == "襄阳市"


def test_words_saved_filtered_title_tag_that_is_the_breadcrumb_is_no_title():
    # Word names a saved page after its first line: here the pasted breadcrumb.
    page = ("<html><head><title>您当前的位置：首页 &gt; 政务公开 &gt; 政府工作报告</title></head><body>"
            "<p class=MsoNormal>您当前的位置：<a href='/'>首页</a> &gt; <a href='/zwgk/'>政务公开</a> &gt; "
            "<a href='/zwgk/zfgzbg/'>政府工作报告</a></p><table><tr><td>索引号</td><td>011243165/2023-01028</td>"
            "<td>发布机构</td><td>襄阳市人民政府办公室</td></tr><tr><td>主题分类</td><td>综合政务</td>"
            "<td>发布日期</td><td>2023-01-22</td></tr></table>"
            "<h1 align=center><span>襄阳市2023年政府工作报告</span></h1>"
            "<p class=MsoNormal>发布时间：2023-01-22 16:05　来源：市政府办公室</p>"
            f"<p class=MsoNormal>政府工作报告</p>{_paragraphs(HEADER + FIRST_HALF + SECOND_HALF)}</body></html>")
    [report] = clean_page(page, "file:///C:/Users/me/report.htm")
    assert report.title == "襄阳市2023年政府工作报告", report.title


def test_a_print_view_of_a_paged_article_is_one_report_not_one_per_page():
    # 全文阅读: each page's part under the title and its number, with its date
    # line and pager left between the parts.
    extra = ["深化改革扩大开放。持续优化营商环境，新增市场主体8.6万户，进出口总额增长12.4%，实际使用外资增长15%，综合保税区封关运行。",
             "持续保障和改善民生。城镇新增就业7.2万人，新建改扩建中小学幼儿园42所，新增养老床位3200张，城乡居民医保财政补助标准提高。"]
    halves = [FIRST_HALF, SECOND_HALF[:3], extra + [SECOND_HALF[3]]]
    parts = []
    for number, half in enumerate(halves, start=1):
        if number > 1:
            parts.append(f"<p><strong>襄阳市2023年政府工作报告({number})</strong></p>"
                         f"<p>2023-01-06 09:15:08　来源：襄阳日报　第{number}页</p>")
        parts.append(_paragraphs(HEADER + half if number == 1 else half))
        pager = "".join(f"<a href='1_{n}.htm'>{n}</a>" for n in range(1, 4))
        parts.append(f"<div class=pages>共3页 <a>上一页</a>{pager}<a>下一页</a></div>")
    page = (f"<html><head><title>襄阳市2023年政府工作报告_某某网</title></head><body>"
            f"<div>本文共3页，当前为：全文阅读 | <a href='1.htm'>分页阅读</a></div><h1>襄阳市2023年政府工作报告</h1>"
            f"<div>2023-01-06 09:15:08 来源：襄阳日报</div>{''.join(parts)}</body></html>")
    [report] = clean_page(page, "http://www.example.com/xy/1_all.htm")
    assert report.title == "襄阳市2023年政府工作报告" and report.speaker == "王建新"
    assert all(line in report.body for line in FIRST_HALF + SECOND_HALF + extra) and not report.is_excerpt
    assert "(2)" not in report.body and "第3页" not in report.body and "共3页" not in report.body


def test_a_papers_own_table_and_chart_set_into_the_text_go_with_their_credits():
    table = ("<p><strong>表1　2023年襄阳市主要预期目标一览</strong></p><table><tr><td>指标</td><td>预期目标</td></tr>"
             "<tr><td>地区生产总值</td><td>增长7.5%左右</td></tr><tr><td>固定资产投资</td><td>增长12%</td></tr></table>"
             "<p>制表：某某网　王丽　数据来源：2023年襄阳市政府工作报告</p>")
    chart = "<img src='/c.png'><p>图②　2022年襄阳市主要经济指标　某某网记者 张三 制图</p><p>数据来源：襄阳市统计局</p>"
    page = _article(table + chart)
    [report] = clean_page(page, "http://news.example.com/xy/1.html")
    assert all(line in report.body for line in FIRST_HALF + SECOND_HALF)
    for made in ("表1", "预期目标一览", "增长7.5%左右\n", "制表", "制图", "襄阳市统计局"):
        assert made not in report.body + "\n", made


def test_a_live_blogs_updates_over_the_full_text_are_the_pages_and_its_heading_titles_the_report():
    updates = "".join(f"<li><span>{time}</span><p>{text}</p></li>" for time, text in [
        ("10:52", "大会主席团常务主席宣布：第一次全体会议结束。"),
        ("10:36", "【划重点】今年襄阳将继续办好十件民生实事，新增公办学位、托位都有具体数字。"),
        ("09:05", "王建新作政府工作报告。某某网记者 张三 摄"),
        ("09:48", "【回顾2022】全市地区生产总值增长6.2%，新能源汽车产量增长41%。"),
        ("09:31", "【划重点】今年全市将实施亿元以上项目1200个，完成投资2500亿元以上。"),
        ("09:20", "【划重点】襄阳将加快建设汉江流域中心城市，推动都市圈协同发展。"),
        ("09:12", "代表们认真聆听政府工作报告。某某网记者 李四 摄"),
        ("09:00", "大会开幕，全体起立，奏唱国歌。"),
        *((f"08:{50 - n}", f"【代表声音】第{n}位代表说，报告提出的目标实在，群众关心的事都有回应。") for n in range(1, 9)),
        ("08:30", "襄阳市人民会堂，代表们陆续入场。今天，市十八届人大二次会议将在这里开幕。")])
    page = ("<html><head><title>图文直播丨襄阳市十八届人大二次会议开幕 王建新作政府工作报告_某某网</title></head><body>"
            "<h1>图文直播丨襄阳市十八届人大二次会议开幕 王建新作政府工作报告</h1><div>直播已结束　开始时间：2023-01-05 08:30</div>"
            f"<ul class=live>{updates}</ul><h2>2023年襄阳市政府工作报告（全文）</h2><p>政府工作报告</p>"
            f"{_paragraphs(HEADER + FIRST_HALF + SECOND_HALF)}</body></html>")
    [report] = clean_page(page, "http://news.example.com/live/1.html")
    assert report.is_report and report.title == "2023年襄阳市政府工作报告（全文）"
    assert report.body.startswith("政府工作报告") and "划重点" not in report.body and "入场" not in report.body


def test_a_library_records_fields_over_the_full_text_give_its_title_not_its_source_field():
    fields = [("题　　名", "襄阳市2023年政府工作报告"), ("责 任 者", "襄阳市人民政府"), ("会议名称", "襄阳市第十八届人民代表大会第二次会议"),
              ("文献类型", "政府工作报告"), ("分 类 号", "D625.2"), ("数据来源", "襄阳市人民政府网站（2023-03-02采集）"),
              ("入库时间", "2023-06-17　著录：杨洁")]
    table = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in fields)
    page = (f"<html><head><title>地方文献特色数据库 - 详细信息</title></head><body>"
            f"<div>&lt;&lt; 返回检索结果　检索式：文献类型=政府工作报告　第 4 条 / 共 11 条</div><table>{table}</table>"
            f"<table><tr><th>全　　文</th><td><p>政府工作报告</p>{_paragraphs(HEADER + FIRST_HALF + SECOND_HALF)}</td></tr></table>"
            f"<div>【说明】本库资源仅供本校师生教学科研使用。</div></body></html>")
    [report] = clean_page(page, "http://lib.example.edu.cn/tpi/detail?id=4")
    assert report.title == "襄阳市2023年政府工作报告" and report.body.startswith("政府工作报告")
    assert report.body.endswith(SECOND_HALF[-1]) and not report.is_excerpt


def test_an_uploaders_closing_remark_naming_the_comment_section_is_not_the_reports_last_sentence():
    page = _article("", aside="<p>以上。如果发现错字欢迎评论区指出～这个文集下一篇是阳朔县的，已经在整理了。</p>")
    [report] = clean_page(page, "https://www.bilibili.com/read/cv9387214")
    assert report.body.endswith(SECOND_HALF[-1]) and not report.is_excerpt


def test_a_related_box_under_a_section_heading_or_over_a_picture_leaves_the_text_whole():
    box = "<div class=inline-related><div>相关新闻</div><a href='/n/1'><img src='/1.jpg'><span>襄阳两会开幕　今年经济增长目标7.5%左右</span></a></div>"
    under_heading = _article("", aside="").replace(f"<p>{SECOND_HALF[0]}</p>", f"<p>{SECOND_HALF[0]}</p>{box}")
    picture = "<img src='/2.jpg'><p>1月5日，襄阳市第十八届人大二次会议开幕。（襄阳市政府网站图片）</p>"
    over_picture = _article(box + picture)
    for page in (under_heading, over_picture):
        [report] = clean_page(page, "https://news.example.com/a/1.html")
        assert all(line in report.body for line in FIRST_HALF + SECOND_HALF) and not report.is_excerpt
        assert "经济增长目标7.5%左右\n" not in report.body + "\n" and "网站图片" not in report.body


def test_a_column_quoting_the_report_between_its_own_paragraphs_is_no_report():
    own = ["上周二襄阳市第十八届人大二次会议开幕，市长王建新作政府工作报告。报告的措辞值得细读，尤其是关于产业转型的部分。",
           "新能源汽车产量增长四成，对一个传统汽车城而言不算差；但细看数字，增长主要来自少数几家整车企业。",
           "今年的目标定得不低，问题是外需回落之下，项目投资能否如期落地，仍要看下半年的融资环境。",
           "报告对民生着墨不少，但老旧小区改造的资金从哪里来，报告没有细说，这或许是代表们最关心的。"]
    quotes = [FIRST_HALF[1], FIRST_HALF[3], SECOND_HALF[1], FIRST_HALF[5]]
    body = "".join(f"<p>{mine}</p><blockquote><p>{quote}</p></blockquote>" for mine, quote in zip(own, quotes))
    assert _reason_for("襄阳报告里的“汽车城”焦虑", "某某评论", f"<div>2023-01-10　作者：某某</div>{body}") == (
        "not-a-work-report: 评论")


def test_a_reporters_story_and_the_papers_comment_after_the_closing_call_are_not_the_reports():
    story = ("<h3>侨乡连线</h3><p>纽约襄阳同乡会一位负责人表示，报告提到支持侨胞回乡投资兴业，乡亲最关心的还是返乡办事是否便利。</p>"
             "<p>另有在法拉盛经营超市的商人说，期待恢复更多直飞航班。（记者陈家玮／纽约报导）</p>")
    comment = "<p><b>■明報觀察：</b>報告通篇「高質量發展」出現逾20次，GDP目標較去年略高，有分析認為是為換屆年留有餘地。</p>"
    for aside in (story, comment):
        [report] = clean_page(_article("", aside=aside), "https://news.example.com/a/1.html")
        assert report.body.endswith(SECOND_HALF[-1]) and not report.is_excerpt, report.body[-60:]


def test_a_papers_continuation_heading_in_traditional_characters_is_no_text():
    page = _article("<p>襄陽市2023年政府工作報告（續）</p><p>（上接B5版）</p>").replace(
        "襄阳市2023年政府工作报告", "襄陽市2023年政府工作報告")
    [report] = clean_page(page, "https://news.example.com/a/1.html")
    assert "（續）" not in report.body and all(line in report.body for line in FIRST_HALF + SECOND_HALF)


def test_a_sites_note_on_its_page_under_the_reports_notes_is_not_the_reports_last_sentence():
    notes = ("<p>名词解释</p><p>①“高效办成一件事”：指从企业和群众视角出发，将多个相关联的单项事项集成为一件事办理，"
             "实现一次告知、一表申请、一套材料、一窗受理、一网办理。</p>")
    page = _article("", aside=notes + "<p>温馨提示：本页面内容仅供参考，请以正式印发文件为准。</p>")
    [report] = clean_page(page, "http://www.xiangyang.gov.cn/zwgk/1.html")
    assert report.body.endswith("一网办理。") and "温馨提示" not in report.body


def _other_document(title: str, head: str, opening: str) -> str:
    return (f"<p style='text-align:center'><b>{title}</b></p><p>——2023年1月5日在襄阳市第十八届人民代表大会第二次会议上</p>"
            f"<p>{head}</p><p>各位代表：</p><p>{opening}</p>"
            + "<p>2022年全市一般公共预算收入完成251.3亿元，增长8.1%；一般公共预算支出完成598.6亿元，增长6.3%，"
              "民生支出占比保持在八成以上，重点领域和关键环节支出得到有力保障。</p>" * 3
            + "<p>各位代表！让我们在市委的坚强领导下，坚定信心、真抓实干，为完成全年目标任务而努力奋斗！</p>")


def test_a_sessions_papers_printed_one_after_another_give_an_entry_for_each():
    plan = _other_document("关于襄阳市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告", "襄阳市发展和改革委员会主任　李四",
                           "受市人民政府委托，现将计划执行情况与计划草案提请大会审议。")
    budget = _other_document("关于襄阳市2022年预算执行情况和2023年预算草案的报告", "襄阳市财政局局长　王五",
                             "受市人民政府委托，现将预算执行情况和预算草案提请大会审议。")
    resolution = ("<p><b>附：</b></p><p>襄阳市第十八届人民代表大会第二次会议关于政府工作报告的决议</p>"
                  "<p>（2023年1月8日襄阳市第十八届人民代表大会第二次会议通过）</p>"
                  + "<p>襄阳市第十八届人民代表大会第二次会议听取和审议了市长王建新所作的政府工作报告。会议充分肯定市人民政府过去一年的工作，"
                    "同意报告提出的2023年经济社会发展的主要预期目标、工作重点和主要举措，决定批准这个报告。</p>" * 2)
    page = _article("", aside="<p>＊　＊　＊</p>" + plan + "<p>＊　＊　＊</p>" + budget + resolution)
    reports = clean_page(page, "http://www.xiangyang.gov.cn/zwgk/1.html")
    assert [(r.is_report, r.reason) for r in reports] == [
        (True, None), (False, "not-a-work-report: 计划报告"), (False, "not-a-work-report: 预算报告"),
        (False, "not-a-work-report: 决议")]
    assert reports[0].body.endswith(SECOND_HALF[-1]) and "受市人民政府委托" not in reports[0].body


def test_a_threads_first_report_takes_its_own_heading_and_the_second_ends_at_its_posts_tail():
    def post(floor: int, text: str, tail: str = "") -> str:
        return f"<div class=l_post><div class=d_post_content>{text}</div><div class=tail>{tail}{floor}楼2023-01-12 2{floor}:37</div></div>"
    first = f"<p>襄阳市2023年政府工作报告</p>{_paragraphs(HEADER + FIRST_HALF + SECOND_HALF)}"
    other = FIRST_HALF + SECOND_HALF
    second = ("<p>荆门市2023年政府工作报告</p><p>——2023年1月6日在荆门市第九届人民代表大会第二次会议上</p><p>荆门市人民政府市长　赵六</p>"
              + _paragraphs([line.replace("襄阳", "荆门") for line in other]))
    page = ("<html><head><title>襄阳市2023年政府工作报告全文（3楼附荆门的）_襄阳吧</title></head><body>"
            "<h1>【转】襄阳市2023年政府工作报告全文（3楼附荆门的）</h1>"
            + post(1, first, "来自Android客户端") + post(2, "<p>GDP增长6.2%，还行吧。楼主有没有荆门的？</p>")
            + post(3, second) + "<div><a href=#>月河镇的风</a>: 谢谢楼主，效率真高，荆门今年的目标定得也不低啊</div>"
            + post(4, "<p>荆门新能源汽车产量增长41%，咱襄阳也是41%，巧了，看来两个城市都在发力汽车产业。</p>")
            + "</body></html>")
    reports = clean_page(page, "https://tieba.example.com/p/1")
    assert [(r.title, r.place) for r in reports] == [("襄阳市2023年政府工作报告", "襄阳市"), ("荆门市2023年政府工作报告", "荆门市")]
    assert "效率真高" not in reports[1].body and "巧了" not in reports[1].body


@pytest.mark.parametrize("heading, head, title", [
    # a picture of the title, its alt text shown in its place
    ("<img src='/t.png' alt='2023年襄阳市政府工作报告'>", "", "2023年襄阳市政府工作报告"),
    # a template's empty heading, the title in the CMS's title meta
    ("<h1></h1>", "<meta name='title' content='2023年襄阳市政府工作报告'>", "2023年襄阳市政府工作报告"),
    # a heading broken over two centred lines
    ("<p align=center><b>襄阳市人民政府</b></p><p align=center><b>工作报告</b></p>", "", "襄阳市人民政府工作报告"),
])
def test_a_title_shown_otherwise_than_as_one_heading_line_is_read(heading, head, title):
    page = (f"<html><head><title>襄阳市人民政府</title>{head}</head><body>"
            f"<div class=nav><a href='/'>首页</a> <a href='/zwgk/'>政务公开</a></div>"
            f"<img src='/logo.png' alt='襄阳市人民政府'><a href='/v/1'><img src='/v.jpg' alt='一图读懂2023年襄阳市政府工作报告'></a>"
            f"{heading}{_paragraphs(HEADER + FIRST_HALF + SECOND_HALF)}</body></html>")
    [report] = clean_page(page, "http://www.xiangyang.gov.cn/zwgk/1.html")
    assert report.title == title and report.place == "襄阳市"


def test_a_papers_lead_between_the_reports_header_and_its_address_and_its_comment_after_are_the_papers():
    lead = ("<p><strong>本报讯</strong>　5日上午，襄阳市第十八届人民代表大会第二次会议开幕，市长王建新代表市人民政府作"
            "政府工作报告。本报今日全文刊发。</p>")
    comment = ("<h3>今日短评</h3><p>报告开宗明义，把产业转型摆在突出位置。汽车是襄阳最大的产业，也是最大的潜力，关键要在实字上下功夫。</p>"
               "<p>本报评论员　海岳</p>")
    page = _article("", header=HEADER).replace(f"<p>{FIRST_HALF[0]}</p>", lead + f"<p>{FIRST_HALF[0]}</p>", 1)
    page = page.replace("<div class=footer>", comment + "<div class=footer>")
    [report] = clean_page(page, "http://epaper.example.com/html/2023-01/06/content_1.htm")
    assert "本报讯" not in report.body and "短评" not in report.body and "实字上下功夫" not in report.body
    assert report.body.endswith(SECOND_HALF[-1]) and not report.is_excerpt


def test_an_office_exports_note_numbers_colophon_and_unheaded_notes_leave_the_report_whole():
    # LibreOffice's export: a note's number linked inside a sentence, the notes
    # under the closing call with no heading, and the printing colophon.
    numbered = FIRST_HALF[4].replace("新增规上工业企业265家", "新增规上工业企业<a class=sdfootnoteanc name=sdfootnote1anc "
                                     "href='#sdfootnote1sym'><sup>1</sup></a>265家")
    page = _article("", aside=(
        "<p>襄阳市人民政府办公室　　　　　　　　2023年1月4日印</p><p>（共印300份，市府办秘书科校对）</p>"
        "<div id=sdfootnote1><p><a class=sdfootnotesym href='#sdfootnote1anc'>1</a>“规上工业企业”：指年主营业务收入2000万元"
        "及以上的工业法人单位。</p></div>")).replace(FIRST_HALF[4], numbered)
    [report] = clean_page(page, "file:///home/me/report.html")
    assert FIRST_HALF[4] in report.body and "共印" not in report.body and "日印" not in report.body
    assert report.paragraphs[-1] == "1“规上工业企业”：指年主营业务收入2000万元及以上的工业法人单位。"
    assert not report.is_excerpt


def test_a_content_farms_marks_and_offers_inside_the_text_go_and_the_text_stays_whole():
    """A farm's name and address set between two sentences of a paragraph, and
    its offers between paragraphs, are the site's; the report runs on past them.
    A government site's own address in its text stays."""
    first, second = FIRST_HALF[-1], SECOND_HALF[0]
    marked = first[:first.index("。") + 1] + "公文写作网 www.gwxzw.net" + first[first.index("。") + 1:]
    middle = ("<p class=tip>【公文写作网提示】本文为站内VIP范文，完整Word版可点击文末“下载本文”按钮获取；"
              "开通VIP会员可免费下载全站50万篇材料。</p>"
              "<p>微信搜索公众号“公文写作网”，回复“报告”领取2023年全国市县政府工作报告合集。</p>")
    page = _article(middle).replace(f"<p>{first}</p>", f"<p>{marked}</p>")
    [report] = clean_page(page, "https://www.gwxzw.net/gzbg/2023/0112/68125.html")
    assert first in report.paragraphs and second in report.paragraphs
    assert report.paragraphs[-len(SECOND_HALF):] == SECOND_HALF
    assert not any(word in report.body for word in ("gwxzw", "公文写作网", "VIP", "公众号"))
    assert "watermark" in {removal.why for removal in report.removed}
    [report] = clean_page(page, "http://www.gwxzw.gov.cn/zwgk/1.html")
    assert "公文写作网 www.gwxzw.net" in report.body


@pytest.mark.parametrize("author, speaker", [("区长　胡东岳", ("胡东岳", "区长")), ("区政府办公室", (None, None)),
                                             ("王小明", (None, None))])
def test_an_information_tables_author_names_the_speaker_only_as_an_office_holder(author, speaker):
    """The text names no one (我代表区人民政府…); the table's 作者 says who delivered
    it only when it gives an office holder, never an office or a bare name."""
    table = ("<table class=xxgk><tr><td>索引号：</td><td>11610112016141205H/2023-00004</td></tr>"
             f"<tr><td>发布机构：</td><td>未央区人民政府办公室</td></tr><tr><td>作　　者：</td><td>{author}</td></tr>"
             "<tr><td>生成日期：</td><td>2023-01-10</td></tr></table>")
    page = _article("", header=["政府工作报告", "——2023年1月6日在西安市未央区第十八届人民代表大会第三次会议上"],
                    title="2023年未央区政府工作报告", above=table)
    [report] = clean_page(page, "http://www.weiyang.gov.cn/zwgk/1.html")
    assert (report.speaker, report.speaker_title) == speaker and "作者" not in report.body


def test_a_papers_lead_ending_in_its_bow_over_a_written_reports_header_is_the_papers():
    lead = ("1月6日上午，县第十八届人民代表大会第二次会议开幕。县人民政府工作报告以书面形式印发全体代表审议。"
            "现将报告全文刊发如下，敬请关注。")
    header = ["政府工作报告", "（书面报告）", "2023年1月6日襄阳市第十八届人民代表大会第二次会议书面印发"]
    page = _article("", header=[lead, *header], title="2023年襄阳市政府工作报告")
    [report] = clean_page(page, "http://news.example.com/content/1.html")
    assert "敬请关注" not in report.body and report.paragraphs[0] == header[0]


def test_a_summary_of_the_delivery_over_the_storys_lead_goes_with_the_lead():
    """A news site's summary box (…市长作政府工作报告), then its story's lead ending
    以下为报告全文：, over the report's header: both are the site's."""
    summary = "1月5日，襄阳市第十八届人民代表大会第二次会议开幕，市长王建新代表市人民政府作政府工作报告。"
    lead = "1月5日上午，襄阳市第十八届人民代表大会第二次会议开幕。记者从襄阳市人民政府门户网站获悉，以下为报告全文："
    page = _article("", header=[summary, lead, "政府工作报告", *HEADER], title="襄阳市政府工作报告（全文）")
    [report] = clean_page(page, "http://news.example.com/content/1.html")
    assert report.paragraphs[0] == "政府工作报告" and "记者" not in report.body and not report.is_excerpt


@pytest.mark.parametrize("href", ["http://ad.example-news.cn/c.php?id=1127&u=http%3A%2F%2Fwww.bank.example.cn%2F",
                                  "https://ads.example.com/click?aid=6631", "/adclick/?pos=article_mid",
                                  "https://googleads.g.doubleclick.net/pagead/aclk?sa=L"])
def test_an_advert_linked_to_an_ad_server_between_paragraphs_is_not_the_text(href):
    """A news page's ad slot inside the article: a banner and a line of copy,
    each linking to the ad server's click counter."""
    paragraphs = [
        "各位代表：现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。",
        "过去一年，全县地区生产总值完成268.4亿元，增长7.1%；一般公共预算收入完成15.2亿元，增长8.3%。",
        "今年全县经济社会发展的主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长7%。",
        "各位代表，让我们在市委、市政府和县委的坚强领导下，真抓实干，为建设富裕文明的新某县而努力奋斗！",
    ]
    ad = (f"<div class=ad><a href='{href}'><img src='/ad/bank_640x90.jpg' alt=''></a>"
          f"<p><a href='{href}'>某银行·快贷 最快当天放款</a></p></div>")
    body = "".join(f"<p>{p}</p>" for p in paragraphs[:2]) + ad + "".join(f"<p>{p}</p>" for p in paragraphs[2:])
    page = (f"<html><head><title>某县2024年政府工作报告_某新闻网</title></head><body><h1>某县2024年政府工作报告</h1>"
            f"<div class=article>{body}</div></body></html>")
    [report] = clean_page(page, "http://news.example.cn/2024/0112/1.html")
    assert report.paragraphs == paragraphs


def test_a_copys_note_on_its_conversion_under_the_closing_call_is_not_the_text():
    """A Taiwan site's copy ends, inside the text's own block, with its note on
    the copy (本資料由…編輯整理，原文為簡體字…): the text ends on the closing call."""
    lines = ["各位代表：", "現在，我代表縣人民政府，向大會報告工作，請予審議，並請縣政協委員和其他列席人員提出意見。",
             "過去一年，全縣實現地區生產總值186.4億元，增長13.1%；規模以上工業總產值452.7億元，增長18.6%。",
             "各位代表，新的一年，任務艱鉅，使命光榮。讓我們緊緊依靠全縣人民，真抓實幹，為建設美麗富裕新長泰而努力奮鬥！"]
    note = "（本資料由某經貿網編輯整理，原文為簡體字，內容如有出入，以大陸官方公布之文件為準。）"
    page = (f"<html><head><title>福建省長泰縣2014年政府工作報告</title></head><body><h3>福建省長泰縣2014年政府工作報告</h3>"
            f"<div class=artcontent><span>{'<br><br>'.join(lines)}<br><span class=note>{note}</span></span></div></body></html>")
    [report] = clean_page(page, "http://www.example.org.tw/Area/AreaReportView.aspx?id=1")
    assert report.paragraphs == lines and not report.is_excerpt


def test_a_box_of_quotes_under_the_editors_credit_is_not_the_text():
    """A provincial report ends with its glossary; the editor signs, and a box
    of deputies' reactions follows, each a linked headline over a quote: the
    text ended at the credit, however prose-like the quotes."""
    text = ["各位代表：现在，我代表自治区人民政府，向大会报告工作，请予审议，并请自治区政协委员和其他列席人员提出意见。",
            "过去一年，全区地区生产总值增长6.1%；一般公共预算收入增长9.5%；城乡居民人均可支配收入分别增长5.5%和7.6%。",
            "各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，为建设美丽新疆而努力奋斗！",
            "名词解释", "1.“两新”：推动大规模设备更新和消费品以旧换新。",
            "2.“疆电外送”：通过特高压直流输电等通道将新疆电力送往内地省区市。"]
    quotes = [("代表热议：锚定“五大战略定位” 奋力推进高质量发展",
               "“报告把‘十大产业集群’摆在突出位置，我们企业吃下了定心丸。”一位企业负责人说，今年企业将扩大产能。"),
              ("来自南疆的代表：产业转移让家门口就业成为现实",
               "和田地区代表说，报告提出培育南疆新增长极，纺织服装企业落户后，村里不少年轻人在家门口就有了工作。")]
    box = "".join(f"<li><a href='/n/{n}.htm'>{title}</a><p>{quote}</p></li>" for n, (title, quote) in enumerate(quotes))
    page = (f"<html><head><title>政府工作报告-新华网</title></head><body><h1>政府工作报告</h1><div id=detail>"
            + "".join(f"<p>{p}</p>" for p in text)
            + f"</div><div class=editor>【责任编辑:某某 某某】</div><div><a href='#'>【纠错】</a></div>"
            f"<div class=box><h3>代表热议<a href='/more/'><i></i>更多</a></h3><ul>{box}</ul></div></body></html>")
    [report] = clean_page(page, "http://www.example.cn/2025-01/20/c_1.htm")
    assert report.paragraphs == text


def test_a_session_news_headline_promising_the_attached_text_gives_way_to_the_reports_heading():
    """聚焦两会丨…胜利召开（附政府工作报告全文）: news of the session, the text
    attached under 以下为报告全文↓ and its own heading, which titles it."""
    lead = ["1月5日至6日，西江镇第十八届人民代表大会第三次会议胜利召开。会议听取和审议了镇人民政府工作报告。",
            "以下为报告全文↓"]
    text = ["西江镇人民政府工作报告", "——2024年1月5日在西江镇第十八届人民代表大会第三次会议上", "西江镇人民政府代镇长　杨昌明",
            "各位代表：", "现在，我代表镇人民政府，向大会报告工作，请予审议，并请列席会议的同志提出意见。",
            "全年接待游客683.5万人次，实现旅游综合收入62.4亿元，分别增长128.6%和131.2%。",
            "各位代表，让我们在县委、县政府和镇党委的坚强领导下，为建设世界级乡村旅游目的地而努力奋斗！"]
    headline = "西江镇第十八届人民代表大会第三次会议胜利召开（附政府工作报告全文）"
    page = (f"<html><head><title>{headline}</title></head><body><h1>{headline}</h1><div id=js_content>"
            + "".join(f"<p>{p}</p>" for p in lead + text) + "</div></body></html>")
    [report] = clean_page(page, "https://mp.weixin.qq.com/s/AbCdEf")
    assert report.title == "西江镇人民政府工作报告"
    assert report.body.startswith("——2024年1月5日") and "以下为" not in report.body


def test_a_bilingual_headings_bar_goes_with_its_other_half():
    """安图县's heading in Korean and Chinese on one line, parted by a bar: the
    title is the Chinese half alone."""
    heading = "안도현 2023년 정부사업보고 | 安图县2023年政府工作报告"
    text = ["——2023年1月9日在安图县第十八届人民代表大会第三次会议上", "各位代表：",
            "现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。",
            "过去一年，全县地区生产总值完成72.6亿元，增长5.1%；一般公共预算收入完成5.3亿元，增长6.2%。",
            "各位代表，让我们在州委、州政府和县委的坚强领导下，为建设富裕美丽幸福新安图而努力奋斗！"]
    page = (f"<html><head><title>{heading}</title></head><body><h1>{heading}</h1>"
            + "".join(f"<p>{p}</p>" for p in text) + "</body></html>")
    [report] = clean_page(page, "https://mp.weixin.qq.com/s/antu")
    assert report.title == "安图县2023年政府工作报告"


def test_a_linked_banner_tagged_as_an_advert_between_paragraphs_is_not_the_text():
    """A news page's in-article slot: a banner and its words linking to a topic
    page, the slot's 广告 tag after them."""
    paragraphs = ["各位代表：现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。",
                  "过去一年，全市地区生产总值完成268.4亿元，增长7.1%；一般公共预算收入完成15.2亿元，增长8.3%。",
                  "各位代表，让我们在省委、省政府和市委的坚强领导下，为建设华夏东极美丽边城而努力奋斗！"]
    ad = ("<div class=adInContent><a href='https://www.example.com.cn/zt/2024lh/'><img src='/ad.jpg' alt=''>"
          "<span>聚焦2024黑龙江两会 奋力谱写龙江全面振兴新篇章</span></a><span class=ad-tag>广告</span></div>")
    page = (f"<html><head><title>抚远市2024年政府工作报告</title></head><body><h1>抚远市2024年政府工作报告</h1>"
            f"<p>{paragraphs[0]}</p><p>{paragraphs[1]}</p>{ad}<p>{paragraphs[2]}</p></body></html>")
    [report] = clean_page(page, "https://www.example.com.cn/2024/01-12/1.shtml")
    assert report.paragraphs == paragraphs


def test_a_sites_glossary_card_after_the_editors_credit_is_not_the_text():
    """The editor signs under the report (tools glued to the credit), and the
    site's own 名词解释 card follows: the text ended at the credit."""
    text = ["各位代表：", "现在，我代表漳州市人民政府，向大会报告政府工作，请予审议，并请市政协委员和列席人员提出意见。",
            "全市地区生产总值增长4.6%，规模以上工业增加值增长6.2%，固定资产投资增长4.1%。",
            "各位代表，大潮起海峡，奋进正当时。让我们在省委、省政府和市委的坚强领导下，为谱写中国式现代化漳州篇章而努力奋斗！"]
    card = ("<div class=foot><span>责任编辑：黄婉婷</span><span><a href='#'>打印</a><a href='#'>收藏</a>"
            "<span>分享：<a href='#'>微信</a><a href='#'>微博</a></span></span></div>"
            "<div class=card><div class=card-title>名词解释</div><dl><dt>“三争”行动</dt>"
            "<dd>2023年福建省部署开展的“深学争优、敢为争先、实干争效”行动的简称。</dd>"
            "<dt>古雷石化基地</dt><dd>位于漳浦县古雷半岛，是国家七大石化产业基地之一。</dd></dl></div>")
    page = (f"<html><head><title>政府工作报告全文-2024漳州两会</title></head><body><h1>政府工作报告</h1>"
            + "".join(f"<p>{p}</p>" for p in text) + card + "</body></html>")
    [report] = clean_page(page, "https://www.example.gov.cn/zt/2024lh/bgqw/")
    assert report.paragraphs == text
