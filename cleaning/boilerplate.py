"""Recognise page boilerplate by what it says.

Every rule here looks at the words of one line, never at markup, so it works
on any site's HTML as well as on the text renderings of the seeds. Matching
is done on a *key*: the line NFKC-normalised (full-width `，：（` become `,:(`),
lower-cased, with all whitespace removed. The body itself is never normalised.

A verdict is *hard* when the line marks the end of the report's text on the
page (disclaimer, 本文地址, comment box, footer, a related-reports sidebar):
the body is never extended across a hard line. Soft boilerplate (share and
print links, pagination, article info) is removed wherever it stands.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .folding import fold, nfkc
from .paragraphs import is_heading, is_speaker_line, is_title_restatement
from .render import cjk_count


@dataclass(frozen=True)
class Verdict:
    """Why a line is boilerplate, and whether it closes the report's text."""

    why: str
    hard: bool


def _any_of(terms) -> re.Pattern:
    """One pattern matching any of the literal `terms` (longest first)."""
    return re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)))


# Keys of lines up to this long are cached: the same line is keyed by several
# checks (boilerplate, title lists, titles). Longer texts are few and cached
# entries would hold on to them.
MAX_CACHED_KEY = 2000


def match_key(text: str) -> str:
    """The form of `text` used for matching: NFKC, simplified characters,
    lower case, no whitespace (a traditional-character copy of a site keeps
    its boilerplate in traditional characters too: 版權所有, 上一頁)."""
    if len(text) <= MAX_CACHED_KEY:
        return _cached_key(text)
    return _key(text)


def _key(text: str) -> str:
    return "".join(fold(text).split()).lower()


_cached_key = lru_cache(maxsize=16384)(_key)


# --- disclaimers ------------------------------------------------------------
# Several characteristic phrases, weighted: a disclaimer is recognised even
# when reworded, truncated or with injected words, as long as enough of its
# phrases survive. Strong phrases are never ordinary report language.
_DISCLAIMER_STRONG = (
    "代表作者观点", "作者观点", "本站立场", "本站展示", "联系本站", "原创作品", "不得转载",
    "完整版本", "转载请注明", "转载请保留", "免责声明", "本站不承担", "版权归原作者", "仅供参考",
    "仅代表作者", "本网站立场", "本网立场", "非全部都完整", "如有侵权",
    # A reposter's promise to take the post down (侵删, 如有侵权请联系删除).
    "侵删", "联系删除", "侵权删除", "及时删除", "版权问题",
    # A migrated archive's word on its old copies (归档信息仅供查阅参考…以现行有效文件为准).
    "仅供查阅参考", "现行有效文件为准",
    # An archive's word on its digital copy (仅供馆内查阅利用，引用请注明…馆藏).
    "仅供馆内", "引用请注明",
    # User-content sites (personal libraries, document sharing) disown what users post.
    "本站观点", "由用户发布", "用户上传", "网友上传", "一键举报", "谨防诈骗",
    "提供并上传", "收益归属", "举报或认领", "仅供浏览",
    # A document-sharing site on its paid copies and its text-layer previews
    # (…不得用于商业用途，…侵权必究; 以上内容为文档的部分文本识别，…请以原文档为准).
    "侵权必究", "不得用于商业用途", "以原文档为准", "部分文本识别",
    # An archive's word on its copies: for study only.
    "仅供研究", "仅供学习", "仅供学术", "仅供教学", "注明原始出处",
    # A copy's word on its conversion (原文为简体字，内容如有出入，以官方公布之文件为准).
    "原文为简体",
    # A paper's claim on its content (版权声明：本网所有自有内容，未经书面授权…违者必究).
    "版权声明", "未经书面授权", "违者必究",
    # News portals' reprint statement (转载目的在于传递更多信息，并不代表本网赞同其观点…).
    "转载目的", "赞同其观点", "真实性负责", "本文系转载", "本文为原创",
    # A paper's claim on its own articles (凡本网注明“来源：某日报”的所有作品，版权均属…).
    "凡本网注明", "凡本站注明", "版权均属",
    # Self-media platforms (news apps, portals' account pages): what users and
    # accounts post is theirs, the platform only stores or publishes it.
    "仅提供信息存储", "仅提供信息发布", "上传并发布", "由作者上传", "机构观点", "观点或立场",
    # A news app's label under an account's text (作品声明：内容取材于网络) and
    # an account's own reprint ban (本文为作者原创，未经授权禁止转载).
    "作品声明", "取材于网络", "禁止转载",
    # A mirror's note on its copies (繁体字由系统自动转换，如有疏漏敬请见谅; 仅供研究参考).
    "自动转换", "敬请见谅", "仅供研究参考", "仅供学习参考",
)
_DISCLAIMER_WEAK = (
    "侵权", "予以处理", "第一时间", "未经许可", "相关地区政府", "并非全部", "下载",
    "查询学习", "源于网络", "本站", "本文", "不代表", "平台", "馆藏", "查阅利用",
)


_DISCLAIMER_STRONG_RE = _any_of(_DISCLAIMER_STRONG)
# A platform disowning what an account posts, by its own name (不代表极光新闻观点,
# 不代表搜狐立场): as strong as a phrase of `_DISCLAIMER_STRONG`.
_DISOWNS = re.compile(r"不代表[^,。]{0,12}(?:观点|立场)")


def disclaimer_score(key: str) -> int:
    """Weighted count of disclaimer phrases in a match key."""
    weak = sum(1 for phrase in _DISCLAIMER_WEAK if phrase in key)
    return 2 * _strong_phrases(key) + weak


# A longer line needs this many strong phrases: a report's paragraph may hold
# one (加强原创作品版权保护) beside the weak ones it uses too (第一时间, 侵权, 下载).
MIN_STRONG_IN_LONG_LINE = 2
MAX_SHORT_DISCLAIMER = 60


def is_disclaimer(key: str) -> bool:
    """A site disclaimer: enough characteristic phrases, or a short line led by one."""
    if not _DISCLAIMER_STRONG_RE.search(key) and not _disowns(key):
        return False
    score = disclaimer_score(key)
    if len(key) <= MAX_SHORT_DISCLAIMER:
        return score >= 2
    return score >= 4 and _strong_phrases(key) >= MIN_STRONG_IN_LONG_LINE


def _strong_phrases(key: str) -> int:
    return sum(1 for phrase in _DISCLAIMER_STRONG if phrase in key) + _disowns(key)


def _disowns(key: str) -> bool:
    return "不代表" in key and _DISOWNS.search(key) is not None


# A site's disclaimer speaks of the site or the text itself.
_SITE_SELF = re.compile("本站|本网|本文|本页面|本页|本平台|本数字化|本电子|本资料")


def is_site_disclaimer(key: str) -> bool:
    """A disclaimer that is the site's wherever it stands: two of its strong
    phrases (本文内容仅供参考，如有侵权…), or one speaking of the site or the
    text. A report's sentence may hold one strong phrase (加强原创作品版权保护)
    beside words reports use too (第一时间, 侵权, 下载)."""
    return _strong_phrases(key) >= MIN_STRONG_IN_LONG_LINE or bool(_SITE_SELF.search(key))


# A site's claim on a copy, in brackets or alone: the site that compiled it or
# is its source, and to keep the source when reposting.
_WATERMARK = re.compile(r"^[(\[【]?[^,。;!?()\[\]【】]{0,48}?(?:网|www\.|\.com|\.cn)[^,。;!?()\[\]【】]{0,24}?[,、]?"
                        r"(?:转载请(?:保留|注明)[^,。;()\[\]【】]{0,6}|请勿转载|未经允许不得转载"
                        # a document site's mark on what it took in (易知文库 www.… 整理上传，仅供参考)
                        r"|(?:整理|收集)?上传[,、]?(?:仅供[^,。;()\[\]【】]{1,6})?)[)\]】]?$")
MAX_WATERMARK = 60


# --- the page's own address ---------------------------------------------------
_CANONICAL_LABEL = re.compile(
    r"^(?:本文地址|本文链接|本文网址|本页地址|本页链接|文章地址|文章链接|原文地址|原文链接|"
    r"永久链接|转载请注明(?:出处|来源)?|转载请保留(?:本文)?链接|url)[::]?")
_ADDRESS = re.compile(r"(https?://[^\s<>\"']+|www\.[^\s<>\"']+|/[^\s<>\"']+)")


def canonical_address(text: str) -> str | None:
    """The address a `本文地址:` style line gives, as written (maybe relative)."""
    # The key of the text is the key of its NFKC form (cached, and every line
    # is asked): normalise only the lines that carry the label.
    if not _CANONICAL_LABEL.match(match_key(text)):
        return None
    normal = nfkc(text).strip()
    match = _ADDRESS.search(normal)
    return match.group(1).rstrip("。.,;") if match else None


# --- line rules ------------------------------------------------------------------
# Arrows drawn beside a link's words (返回顶部↑, ▲TOP, 返回首页>>).
_ARROWS = "↑↓←→↖↗⇧⇑^▲△▴▵∧︿ˆ><»«"
# What leads a box's line as a bullet (▶ 延伸阅读：…).
_LEAD_MARKS = _ARROWS + "▶►▸▷•·●■◆◇□★☆"
_NAVIGATION_EXACT = {
    "导航菜单", "导航", "网站导航", "菜单", "主菜单", "栏目导航", "menu", "首页", "返回首页",
    "返回顶部", "回到顶部", "返回页首", "回到页首", "返回页顶", "返回", "返回列表", "top", "skiptocontent", "跳到主要内容",
    "回到标签页顶部", "返回目录", "回到目录",
    "跳转到主要内容", "无障碍", "无障碍浏览", "长者模式", "English", "english", "繁体",
    "简体", "繁體", "登录", "注册", "登录注册", "搜索", "站内搜索",
    # government portals' service links and badges
    "关怀模式", "关怀版", "无障碍阅读", "语音播报", "移动端", "手机版", "简体版", "繁体版",
    "政务微信", "政务微博", "政务新媒体", "政府网站找错", "适老化无障碍服务", "党政机关",
    "网站支持ipv6", "手机看新闻", "手机看", "手机阅读", "扫码阅读", "扫码看新闻",
    # the tabs over a document's views (报告全文 | 政策解读 | 图片解读), one label a line
    "报告全文", "报告原文", "图片解读", "图文解读", "文字解读", "音频解读",
    # a reading player's option, a folded chapter's toggle
    "朗读时高亮正文",
    "收起", "收起全文", "收起本章", "展开本章", "收起本节", "展开本节",
}
# A tab over one part of a text split into panes, numbered as a tab is (01第一部分, 02 第二部分).
_PART_TAB = re.compile(r"^0\d第[一二三四五六七八九十]{1,3}部分$")
# The verdict on the lines of a news site's AI summary box.
AI_SUMMARY = "ai-summary"
# The label of a news site's AI summary box (AI 摘要, 【AI导读】, 智能摘要：),
# as a match key without its decoration: the box's summary follows it (see
# `extract._ai_summary_boxes`). A report never heads a line with these alone.
_AI_SUMMARY_LABELS = frozenset({
    "ai摘要", "ai导读", "ai速览", "ai总结", "ai概要", "ai提要", "ai智能摘要", "ai生成摘要",
    "智能摘要", "智能导读", "智能速览", "智能总结", "智能概要",
    # an answer box of questions the model put to the text itself
    "ai问答", "智能问答", "ai问一问"})
_LABEL_DECORATION = "【】[]()<>《》:|·•■□▶►▼▲-—*# ✦✧★☆"
MAX_AI_SUMMARY_LABEL = 16
# A note that the text above was written by a machine (以上内容由AI生成，仅供参考,
# 本摘要由人工智能生成): the end of an AI summary box.
# A phone's own model writes a reader's summary too (摘要由 Apple 智能生成), and an
# answer box's system its answers (答案由智能问答系统根据本文自动生成): named by
# what it wrote, not by a report's words (材料由系统自动生成).
_AI_GENERATED = re.compile(r"(?:ai|人工智能|大模型|(?:答案|回答|摘要|本文|以上|总结|解读)[^。,]{0,4}由[^。,]{1,24}?)"
                           r"[”\"」』)]?(?:辅助|自动|智能)?(?:生成|撰写|提炼|总结)")
MAX_AI_NOTE = 60


# The plain label of a summary box (摘要, 导读, 内容提要), which says nothing of
# AI: a note under the box's few lines may.
_SUMMARY_BOX_LABELS = frozenset({"摘要", "内容摘要", "本文摘要", "文章摘要", "全文摘要", "导读", "本文导读",
                                 "提要", "内容提要", "概要", "要点", "本文要点", "速览", "summary"})


def is_summary_box_label(key: str) -> bool:
    """A match key that is only a summary box's plain label (see `_SUMMARY_BOX_LABELS`)."""
    return key.strip(_LABEL_DECORATION) in _SUMMARY_BOX_LABELS


def is_ai_summary_label(key: str) -> bool:
    """A match key that is only an AI summary box's label (see `_AI_SUMMARY_LABELS`),
    maybe with its subtitle (AI摘要 · 要点速览) or its model (智能摘要基于某大模型生成)."""
    if len(key) > 2 * MAX_AI_SUMMARY_LABEL:
        return False
    label = key.strip(_LABEL_DECORATION)
    if label in _AI_SUMMARY_LABELS:
        return True
    head = next((name for name in _AI_SUMMARY_LABELS if label.startswith(name)), None)
    rest = label[len(head):].strip(_LABEL_DECORATION) if head else ""
    return bool(head) and (rest in _AI_LABEL_SUBTITLES or bool(_AI_GENERATED.search(rest)))


# What an AI summary box's label may go on with (AI摘要 · 要点速览).
_AI_LABEL_SUBTITLES = frozenset({"要点速览", "要点", "速览", "一图速览", "划重点", "快速了解", "内容速览",
                                 # (or the box's two names: AI速览 · 智能摘要)
                                 *_AI_SUMMARY_LABELS,
                                 "本文要点", "全文要点", "文章要点",
                                 "关于本文,您可能想了解", "您可能想了解", "你可能想了解", "猜你想问", "您可能想问"})
# A site's assistant greeting the reader (您好，我是政务小助手“某某”，有什么可以帮您？).
_ASSISTANT_GREETING = re.compile(r"^(?:您好|你好|hi|嗨)[,!~]?我是[^。]{0,20}?(?:小助手|助手|智能客服|客服|机器人|数字人)")


def is_ai_generated_note(key: str) -> bool:
    """A short line (its match key) saying the text was generated by AI: one
    sentence at most (a summary's own sentences may speak of AI too)."""
    return (len(key) <= MAX_AI_NOTE and ("生成" in key or "撰写" in key or "提炼" in key or "总结" in key)
            and key.rstrip("。").count("。") == 0 and bool(_AI_GENERATED.search(key)))


# A breadcrumb's last step when each step is a line of its own (an <ol> of
# <li>s): the page itself, named by what it is, not by its title. Alone on a
# line, these words are never a report's.
_BREADCRUMB_TAIL_EXACT = {"正文", "正文内容", "文章正文", "详情", "文章详情", "内容详情", "详细内容", "阅读正文"}
_BREADCRUMB_START = re.compile(
    # 当前位置, 您现在的位置, 您当前所在位置, 你目前所在的位置, 位置 …
    r"^(?:(?:您|你)?(?:当前|现在|目前)?(?:所在)?的?位置|当前页面)[::]")
_BREADCRUMB_ARROWS = re.compile(r"(?:首页|主页|网站首页|home)(?:>|»|›|/|>>|→|-)")
# A trail without 首页 (文档库 › 党团工作 › 政府工作报告 › 涉县2024年政府工作报告):
# short parts, at least three, between arrows, and no sentence in them.
# The arrows are typographic ones: a report writes > only as a comparison (AQI>100).
# Or between ASCII arrows, four parts or more (豆丁网 > 行业资料 > 政府/行政 > 某市…报告):
# a comparison in a report (AQI>100的天数减少>20天) has fewer.
_BREADCRUMB_ASCII_TRAIL = re.compile(r"^[^>,。;:!?]{1,16}(?:>[^>,。;:!?]{1,16}){2,}>[^>,。;:!?]{1,60}$")
_BREADCRUMB_TRAIL = re.compile(r"^[^,。;:!?>›»]{1,16}(?:[›»][^,。;:!?>›»]{1,16}){1,}[›»][^,。;:!?>›»]{1,60}$")
_COMMENT = ("留言与评论", "条评论", "验证码", "发表评论", "网友评论", "我要评论", "评论列表",
            "提交评论", "发表留言", "我要留言", "评论(共", "已有0人评论", "匿名发表", "请登录后评论",
            "登录后发表", "评论区", "网友留言", "我来说两句", "文明上网", "理性发言",
            "热门评论", "最新评论", "全部评论", "更多评论", "评论公约", "精选留言", "写留言", "留言精选")
# A comment box's heading alone: never a report line, but too short a word to look for inside lines.
_COMMENT_EXACT = {"评论", "留言", "热评", "网友热评", "回复", "发评论", "[发评论]"}
_PAGINATION_TOKENS = re.compile(
    r"(?:上一页|下一页|前一页|后一页|上页|下页|首页|尾页|末页|最后一页|第一页|共\d+页|第\d+页|本文共\d+页|全文|分页|"
    r"\d+/\d+页?|\d+|[<>«»‹›]+|\.\.\.|…+|跳转|跳转到|转到|到第|页|go|prev|next|previous|确定)")
# What may stand between pagination tokens.
_PAGINATION_SEPARATORS = ":|,、-/"
# What a pagination line may start with: a character that opens one of
# `_PAGINATION_TOKENS` (`\d` is what `str.isdecimal` says) or a separator.
# Any other first character is left over when the tokens are removed.
_PAGINATION_FIRST = frozenset("上下前后首尾末最第共本全分<>«»‹›.…跳转到页gpn确" + _PAGINATION_SEPARATORS)
_WORD = re.compile(r"\w")
# An e-paper's issue pager (湖州日报 2025年01月17日 星期五 第03版：要闻 上一期 下一期):
# a report line may say 上一期 (比上一期增长) but inside a sentence, never on a
# line without sentence punctuation.
_ISSUE_PAGER = re.compile(r"上一期|下一期|往期(?:检索|回顾|查询)")
# Links between the parts of one text shown part by part (下一部分：二、总体要求 >>,
# << 一、工作回顾): a section's name with an arrow, or the 上/下一部分 label.
_PART_PAGER = re.compile(r"(?:上一部分|下一部分|上一节|下一节)[:：]|^(?:<<|«|‹)[^。!?;]{1,24}$|^[^。!?;]{1,24}(?:>>|»|›)$")
# Not 下一篇章 (the next chapter), a report's word.
# Taiwan's sites say 上一则/下一则 (上一則).
_PREV_NEXT_ARTICLE = re.compile(r"^[←→<>«»‹›]*(?:上一篇|下一篇|上一条|下一条|上一则|下一则|前一篇|后一篇)(?!章)[::]?")
# A site's recommendation box over its products or picks (报告大厅推荐, 编辑推荐): the
# heading alone, a few characters and 推荐.
_PICKS_HEADING = re.compile(r"^[\u4e00-\u9fff]{1,6}推荐$")
_RELATED_HEADINGS = (
    "相关报告", "相关文章", "相关阅读", "推荐阅读", "热门文章", "最新文章", "猜你喜欢", "延伸阅读",
    "相关推荐", "热门推荐", "热点推荐", "排行榜", "最新报告", "相关链接", "热门报告", "最新更新",
    "热门标签", "相关信息", "相关新闻", "随机推荐", "精彩推荐", "大家都在看", "你可能感兴趣",
    "您可能感兴趣", "你可能还想看", "您可能还想看", "猜你想看", "为你推荐", "为您推荐", "相关资料", "热门阅读", "最近更新", "本周热门", "点击排行", "阅读排行",
    "相关政策", "热门搜索", "相关搜索", "大家都在搜", "热搜", "热搜词", "搜索热词", "热词", "友情链接", "相关专题", "专题推荐", "栏目推荐", "相关稿件", "相关解读",
    "政策解读", "权威解读", "专题解读", "图文解读",
    "相关文件", "相关附件", "更多报告", "更多文章", "相关报道", "更多报道",
    # an e-paper's list of the page's other articles
    "本版其他稿件", "本版其他文章", "本版其他新闻", "本版稿件", "同版其他稿件", "本版导读",
)
_SHARE = ("分享到", "分享至", "分享:", "打印本页", "打印此页", "关闭窗口", "关闭本页", "【打印】",
          "【关闭】", "[打印]", "[关闭]", "字体:大", "字号:大", "字号:", "【字体", "[字体",
          "【字号", "收藏本页", "加入收藏", "复制链接", "打印文章", "收藏文章", "分享文章",
          "收藏本文", "复制本文", "扫码分享", "复制连结")
# Tool words that reports use too (健全容错纠错机制, 推行“扫一扫”办事): they
# count only on a line that is no sentence, quotation or numbered heading.
_SHARE_WEAK = ("纠错", "扫一扫", "手机扫码", "扫描二维码", "用手机看", "手机阅读")
_QUOTED_OR_PUNCTUATED = re.compile(r"[。!?;,“”‘’\"]")
# A line made only of these tool words between brackets or bars
# (`打印 | 关闭`, `【默认】【大】【中】【小】`) is a page's tool bar.
_TOOL_WORDS = frozenset({"打印", "关闭", "收藏", "分享", "返回", "返回顶部", "纠错", "我要纠错",
                         "查看详情", "预约看房", "免费咨询", "立即咨询", "在线订购", "立即订购", "立即购买", "查看目录",
                         "打印本页", "打印本文", "关闭窗口", "关闭本页", "字体", "字号", "默认", "标准", "列印",
                         "大", "中", "小", "特大", "大中小", "小中大", "微信", "微博", "qq空间", "语音播报",
                         "评论", "点赞", "转发", "复制链接", "复制连结", "朋友圈",
                         # an e-paper reader's bar: 返回目录 上一篇 下一篇 放大 缩小
                         "返回目录", "上一篇", "下一篇", "放大", "缩小", "还原",
                         # Hong Kong and overseas sites' share buttons.
                         "facebook", "whatsapp", "twitter", "telegram", "linkedin", "line"})
_TOOL_SEPARATORS = re.compile(r"[|｜/【】\[\]:、]+")
_SHARE_EXACT = {"打印", "列印", "关闭", "收藏", "分享", "【打印】【关闭】", "打印关闭", "大中小",
                "字体:大中小", "字号:大中小", "微信", "微博", "qq空间", "qq", "点赞", "在看", "转发", "转藏",
                "举报", "举报/反馈", "换一换", "广告"}
# Content farms' offers of the file (下载本文, 本文Word下载, VIP免费下载, 下载文档到电脑…):
# a call to download, never a statistic (下载量).
_DOWNLOAD_OFFER = re.compile(r"下载(?:本文|文档|word|doc|pdf|全文|附件|到电脑|此文)|(?:免费|立即|付费|点击|本文|word|doc)下载"
                             r"|(?:word|doc|docx|pdf|wps)文档下载")
# A document-sharing site's offers and notices around the text it shows
# (800 积分下载, 本文档为【…】，您可以在线免费全文阅读, 此文档下载收益归作者所有,
# 如本文档侵犯了您的权益，请联系我们): a report addresses no reader so.
_DOCUMENT_SHARING = re.compile(r"^\d+积分(?:下载)?$|下载本文档|(?:本|该)文档(?:总)?共\d+页|超出(?:免费)?(?:预览|试读)范围|本文档(?:为|是)【|(?:您|你)可以在线(?:免费)?(?:全文)?(?:阅读|预览|浏览)"
                               r"|下载收益归(?:作者|上传者)|侵犯了?(?:您|你)的(?:合法)?权益|开通vip|免积分|^已有\d[\d,]*人(?:下载|购买)"
                               # its reader's end and its resource note: 全文已加载完毕, 本站所有资源如无特殊说明
                               r"|全文已加载完毕|本站所有资源如无特殊说明"
                               # its wall's offer to those who paid (已购买过？登录后继续阅读 · 付费即可下载原文档)
                               r"|登录后继续阅读|付费(?:即可|后)?下载|下载原文档"
                               # its credit to the member who shared it (《…》由会员某某分享，可在线阅读)
                               r"|^(?:本|该)(?:文|篇|文档)?(?:为|是)vip(?:专享)?文档|由(?:会员|用户|网友)[^，。,]{1,20}(?:分享|上传|提供)[,，](?:可|欢迎)?在线(?:阅读|预览)")
# Their length counts (本文共计8215字，预计阅读时长20分钟): the reading time opens
# the note or a clause of it, never follows a subject (居民日均阅读约40分钟).
_LENGTH_NOTE = re.compile(r"^本文共(?:计|有)?\d[\d,]*字|(?:^|,|预计|大约|全文)阅读(?:时长|需要?|约)\d+分钟"
                          r"|^阅读全文(?:约|大约)?需?要?\d+分钟"
                          # a book reader's chapter line: 第7章 / 共12章 · 本章1546字
                          r"|^第\d{1,4}章/共\d{1,4}章|本章\d[\d,]*字")
# A reporter's credit for putting the text together: （本报记者 王静 整理）.
# A site's credit for a table it made: 数据来源：报告大厅整理.
_SITE_DATA_CREDIT = re.compile(r"^数据来源:[^,。;]{1,16}整理")
_COMPILED_BY = re.compile(r"^(?:\((?:本报|本台|本网)?(?:记者|通讯员)?[\u4e00-\u9fff·]{2,12}(?:整理|采写|辑录)\)"
                          r"|(?:本报|本台|本网)?(?:记者|通讯员)[\u4e00-\u9fff·]{2,8}(?:整理|采写|辑录))$")
# A yearbook's credit under each entry it prints (（平遥县人民政府办公室　供稿）,
# （某镇人民政府　供稿　撰稿：某某）): who sent the text in.
_CONTRIBUTED_BY = re.compile(r"^\([\u4e00-\u9fff·]{2,24}(?:供稿|提供)(?:撰稿:?[\u4e00-\u9fff·]{2,8})?\)$")
# Their sign-off after the text (以上就是小编整理的…，希望对大家有所帮助): the text has ended.
# Or under the site's own name: 以上就是范文吧为大家整理的…，更多精彩范文请关注本站！
_FARM_OUTRO = re.compile(r"小编(?:整理|为(?:大家|你|您)|收集|精心|推荐|带来)|希望(?:对|能)(?:大家|你|您)有所?帮助"
                         r"|更多(?:相关|精彩)?(?:内容|范文|文章|资料)?请(?:继续)?(?:访问|关注|点击|收藏)"
                         r"|^以上(?:就是|便是|是)[^,。]{0,24}为(?:大家|你|您)(?:整理|收集|精选|分享|带来|准备)"
                         r"|请(?:继续)?关注本站"
                         # a paper's series going on in its next issue (下期将摘登…，敬请关注。)
                         r"|^下期(?:将|继续)[^。]{0,40}敬请(?:关注|期待)"
                         # a reposter's word under the text (以上为报告全文，转自某某网。喜欢的朋友记得点赞关注哦)
                         r"|^以上(?:为|是|即|就是)?[^,。]{0,8}全文[,]?(?:转自|摘自|来自|来源于)"
                         r"|(?:喜欢(?:的(?:朋友|小伙伴|读者|话)|就)|觉得[^。,]{0,10}(?:有用|有帮助|不错)(?:的话)?)"
                         r",?(?:记得|请|欢迎)?[^。,]{0,4}(?:点赞|关注|收藏|转发|打赏|赞赏)"
                         r"|请?随意打赏|打赏支持|赞赏支持")
MAX_FARM_OUTRO = 150
# A content farm's offers set between a copy's paragraphs (【某网提示】本文为站内VIP范文…,
# 代写各类材料…微信：…, 微信搜索公众号“某网”，回复“报告”领取…): soft, so the text
# runs on, and never the report's, even as a sentence between its paragraphs.
_FARM_PROMOTION = re.compile(r"^代写|代写[^。]{0,30}(?:微信|qq|电话|联系|交稿)|搜索公众号"
                             r"|回复[“\"「][^”\"」]{1,8}[”\"」](?:即可)?(?:领取|获取|下载)|站内vip|vip范文")
# Buttons with their counts: 赞(0), 收藏(12), 分享 3.
_COUNTER_BUTTON = re.compile(r"^(?:赞|点赞|收藏|分享|转发|转载|评论|举报|献花|推荐|阅读|浏览|阅|点击|围观|喜欢|顶|踩|在看)\(?[\d,]+\)?$")
# A blog's bar of them between bars (阅读(326)┊ 评论 (4)┊ 收藏(0)┊转载(1)┊ 喜欢▼ ┊打印┊举报).
_COUNTER_BAR_SEPARATORS = re.compile(r"[┊¦|｜]+")
MIN_COUNTER_BAR_PARTS = 3


def _is_counter_bar(key: str) -> bool:
    parts = [part.strip("▼▾▲") for part in _COUNTER_BAR_SEPARATORS.split(key) if part]
    return len(parts) >= MIN_COUNTER_BAR_PARTS and all(
        _COUNTER_BUTTON.match(part) or part in _TOOL_WORDS or part in _SHARE_EXACT or part == "喜欢" for part in parts)
# The mark a news text ends with (（完）, —— 完 ——, -END-, (全文完)): what follows is the site's.
_END_MARK = re.compile(r"^[(\[【\-—─=*~]*(?:(?:报告)?全文完|报告完|本文完|本条目完|本条完|本篇完|完|end|theend)"
                       r"[)\]】\-—─=*~]*$")
# A reading-mode tool's credit under the text it reformatted (全文完 本文由 简悦
# SimpRead 优化，用以提升阅读体验; 本文由…转码).
_READER_CREDIT = re.compile(r"^(?:全文完|本文完)?本文由[^,。]{1,24}(?:优化|转码)")
MAX_READER_CREDIT = 120
_AD_SALES = re.compile(r"广告(?:招商|合作|投放|业务)(?:热线|电话|联系)")
MAX_AD_SALES = 48
# A government's list of its sites (延边州政府网站群：延吉市 图们市 …; 站群导航).
_SITE_CLUSTER = re.compile(r"^[^,。:]{0,12}(?:网站群|站群|站群导航)[:]?")
MAX_SITE_CLUSTER = 120
# A photo's caption or credit: (记者 张三 摄), 本报记者 张三 摄, (…江西日报社供图),
# 图为…. A report's own sentence never closes on a credit or opens with 图为.
# The credit's 摄 stands alone after a name: a line ending in the verb 拍摄
# (支持摄影创作和影视拍摄) is a report's.
_PHOTO_CREDIT = re.compile(r"\([^()]{0,60}(?:摄|供图)\)$|\((?:图源|图片来源|图片|图)[:/][^()]{1,30}\)$|(?:记者|通讯员|摄影)[^()。]{0,24}(?<!拍)摄$|^\(?图为|^[▲△]"
                           # the caption's sentence, then its credit: …会议开幕。人民网 蓝亚摄
                           r"|。[^。,，;；:：]{2,16}(?<!拍)摄$"
                           # or its picture's source: …会议开幕。 图片来源：柳州发布
                           r"|。(?:图片来源|图源)[:][^。,，;；:：]{2,16}$"
                           # a caption's few words and its photographer: 大会现场 奉小英 摄
                           r"|^[^。,，;；:：、]{3,16}(?<![拍航])摄$"
                           # a news photo's credit with 图 for 摄: …开幕。澎湃新闻记者 钱佳宁 图
                           r"|(?:记者|通讯员)[\u4e00-\u9fff·]{2,5}图$"
                           # a stock photo's note: …开幕。（资料图）
                           r"|\((?:资料图片?|资料照片|网络图片|配图|图文无关)\)$"
                           # a paper's note of whose picture it is: …开幕。（东莞市政府网站图片）
                           r"|。\([^()。]{2,20}图片\)$")
# Where `_PHOTO_CREDIT` can match: at a line ending in `)`, `摄` or `图`, or opening
# with `图为`. Its search tries every position of a line, so these are checked first.
_PHOTO_CREDIT_ENDS = (")", "摄", "图")
_PHOTO_CREDIT_STARTS = ("图为", "(图为", "▲", "△")   # ▲ opens a news photo's caption
# Players that did not load, and the caption over a player: the page's, never the text's.
_MEDIA_PLACEHOLDER = re.compile(r"视频加载中|不支持video|不支持视频|播放器加载"
                                # an infographic strip's heading set between sections (一图读懂丨2025年某区…)
                                r"|^[【\[]?(?:一图读懂|一图看懂|图解)[】\]]?[:|丨]?(?:19|20)\d{2}年[^。,;]{2,30}报告$"
                                r"|正在加载(?:视频|播放器)|视频(?:正在)?加载失败|(?:无法|不能)(?:观看|播放)(?:该)?视频"
                                r"|flashplayer"
                                # a reading-aloud player or a digital presenter over the text
                                r"|^[▶►▷●■◆·]*(?:一键听|ai朗读|ai播报|(?:ai)?数字人(?:主播|播报)|听新闻$|听全文$)|听报告$|倍速[:：]"
                                r"|ai语音合成|^[🔊▶]*语音播报(?:$|:)|朗读全文约需"
                                # an audio card's name and length (政府工作报告（音频版） 18:46)
                                r"|(?:音频|语音|录音)版?\)?\d{1,2}:\d{2}$"
                                # a county media centre's video caption (雁塔融媒｜…会议开幕)
                                r"|^[\u4e00-\u9fff]{2,8}融媒(?:体中心)?[|｜]"
                                # a player's caption: 视频：某某会议开幕, 视频｜…
                                r"|^(?:视频|音频|video)(?:解读|报道|新闻)?[:|]|^(?:视频|音频)(?:解读|报道)$"
                                # the player's credit: its source and running time
                                r"|^[(]?(?:视频|音频)来源[:]|时长\d{1,2}:\d{2}(?::\d{2})?[)]?$"
                                # or bracketed: 【视频解读】一分钟速览…, [微视频]…
                                r"|^[【\[(](?:视频|音频|微视频|短视频|动画)(?:解读)?[】\])]"
                                # an audio player's title (读报告｜一起来听…, 听报告｜…)
                                r"|^(?:读报告|听报告|听全文|一起来听)[|:]"
                                # a player's control bar: 播放 00:00 / 38:26 倍速 1.0X 全屏
                                r"|^(?:播放|暂停)?\d{1,2}:\d{2}/\d{1,2}:\d{2}(?::\d{2})?(?:倍速|全屏|静音|播音|$)"
                                # its voice, its length and its hint (播音：晓晓（AI合成）, 预计收听38分钟,
                                # 点击任意段落可从该处开始朗读)
                                r"|^播音[:]|预计收听(?:约)?\d+分钟|朗读语音由|点击任意段落[^。]{0,10}朗读"
                                # a viewer's hint for a picture or a wide table (点击图片可查看原图,
                                # 表格较宽，手机端请左右滑动查看)
                                r"|^[(\[【]?(?:点击|单击|轻触)(?:图片|图像|大图)(?:可|即可)?(?:查看|放大|浏览)"
                                r"|^[(\[【]?[^。]{0,14}(?:(?:左右|横向)(?:滑动|拖动)|横屏)(?:查看|浏览)[^。]{0,6}$")
# A line of another language's prose, without one Chinese character (the
# English of a bilingual copy, the Uyghur, Tibetan, Mongolian, Kazakh, Korean
# or Yi of an autonomous area's): a translation beside the text, not the text.
_CHINESE_CHARACTER = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# The scripts of China's other written languages, never a Chinese report's own
# words (Latin is: RCEP, 5G, 4A级).
MINORITY_SCRIPT = ("\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc"  # Arabic script (Uyghur, Kazakh)
                   "\u0f00-\u0fff"                  # Tibetan
                   "\u1800-\u18af"                  # Mongolian
                   "\u1100-\u11ff\uac00-\ud7af"    # Korean
                   "\ua000-\ua4cf")                 # Yi
_FOREIGN_WORD = re.compile(
    r"[A-Za-z\u00c0-\u024f"          # Latin, with accents (pinyin tone marks too)
    r"\u0400-\u04ff"                  # Cyrillic (Kazakh)
    f"{MINORITY_SCRIPT}]{{2,}}")
MIN_FOREIGN_WORDS = 2
_MINORITY_CHARACTER = re.compile(f"[{MINORITY_SCRIPT}]")
MIN_MINORITY_RUN = 4
# An archive's viewer of a document's scanned pages: its hints and the label
# over the text read from the scans (点击缩略图查看大图, 全文识别文本（OCR）).
_SCAN_VIEWER = re.compile(r"点击(?:缩略图|图片)?查看(?:大图|原图)|点击图片放大|^(?:全文)?(?:识别|ocr)(?:文本|全文|结果)?(?:\(ocr\))?:?$")
# The series label printed atop a session's papers (某区第十四届人民代表大会
# 第四次会议文件（1）, …会议文件之一): the session's, over whichever paper.
_SESSION_FILE_LABEL = re.compile(r"(?:会议|大会)文件(?:之[一二三四五六七八九十]{1,2}|\(\d{1,2}\))?$")
MAX_SESSION_FILE_LABEL = 40
# What a government paper prints around its text: the red header (某县人民政府文件),
# its number (栾政发〔2024〕1号), whether it is public (（此件公开发布）), who gets
# copies (抄送：…), when it was issued (某办公室 2024年1月15日印发, …日印) and in how many.
_OFFICIAL_MARK = re.compile(
    r"^[\u4e00-\u9fff]{2,24}(?:人民政府|人民政府办公室|人民政府办公厅|委员会)文件$"
    r"|^[\u4e00-\u9fff]{1,8}[〔\[［(]\d{4}[〕\]］)]\d{1,4}号$"
    r"|^\(此件(?:公开发布|主动公开|依申请公开|不予公开|不公开)\)$"
    r"|^抄送[:：]|^抄报[:：]|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日印发?$"
    # and how many were printed, and who proofread them (（共印300份，某股校对）)
    r"|^\(?共印\d+份")
MAX_OFFICIAL_MARK = 120
# The editors' note above a reprinted text (编者按：…, 【编者按】), and the
# lead blocks news sites set there under other names (【核心提示】, 导读：).
# A bracketed word that the text is the report's summary, and by whom
# (（本文为报告摘要，由某区融媒体中心摘编，全文详见…）).
_SUMMARY_WORDS = (r"(?:本文|此文|本篇|以上|上文|以下|下文)(?:为|是|系)(?:政府工作)?(?:报告|全文)?的?"
                  r"(?:摘要|摘编|摘登|节选)")
_SUMMARY_NOTE = re.compile(r"^[(\[【]" + _SUMMARY_WORDS)
_EDITOR_NOTE = re.compile(r"^[(\[【]?(?:编者按|编者注|编注|编者的话|编者说明|编辑说明|核心提示|内容提要|内容摘要|导读|导语"
                          r"|本站注|本网注|本报注|本刊注|转载者注|文档简介|文档摘要|内容简介"
                          # a site's notice over the text (提示：本页内容为节选，…)
                          r"|提示|小提示|特别提示|友情提示|阅读提示|重要提示|镜像说明"
                          # a forum poster's own words between the report's paragraphs
                          r"|楼主补充|楼主注|楼主按|楼主说"
                          # a Q&A site's answerer, likewise (（答主注：…）)
                          r"|答主注|答主按|答主补充|题主注"
                          # a blogger's, likewise
                          r"|博主注|博主按|博主补充|博主说|笔者注|笔者按|作者注|作者按"
                          # a self-media account's editor between them (【小编划重点】, 【小编插一句】)
                          r"|小编[\u4e00-\u9fff]{0,4}|up主[\u4e00-\u9fff]{0,3}"
                          # an editor's box of highlights set between sections (【划重点】, 【敲黑板】)
                          r"|划重点|敲黑板|重点速览|要点速览|数说(?:\d{4}(?:年)?)?(?:[·|｜丨][^。,]{1,12})?|数读(?:\d{4}(?:年)?)?"
                          # its pull-quote's label (金句, 金句摘录)
                          r"|金句|金句摘录|报告金句)"
                          r"(?:[)\]】:]|$)"
                          # 编者按 run on with its text after a space (编者按　1月8日，…)
                          r"|^编者[按注](?=\d|[\u4e00-\u9fff])"
                          # a paper's glossary box set between the text's paragraphs, with its term
                          # (【名词解释】东数西算：…); a report's own glossary is headed 附：名词解释
                          r"|^【名词(?:解释|链接)】(?=.)"
                          # a poster's aside inside the text under a name of their own (【猫注：…】)
                          r"|^【(?!附|备|脚|尾|原|注)[\u4e00-\u9fff]{1,3}注:"
                          r"|" + _SUMMARY_NOTE.pattern)
MAX_EDITOR_NOTE = 300
# Whoever typed the text up from the paper copy, noting how, between brackets
# on a line of their own: （会上发的纸质稿，晚上对着手打的。数字已核对两遍。）,
# 【这段念的时候领导脱稿加了一句：…】, （据…印发文本录入。录入：某某　校对：某某）.
# The typist's words, not the report's.
_TYPIST_NOTE = re.compile(r"^[(\[【〔](?=[^)\]】〕]*(?:手打|手敲|手工录入|手动录入|对着[^)\]】〕]{0,6}(?:打|敲|录)"
                          r"|纸质稿|打印稿|脱稿|稿子上没有|没记全|没听清|念的时候"
                          # or from which copy, and who typed and proofread it (据…印发文本录入…录入：某 校对：某)
                          r"|(?:文本|原件|原稿|印发稿)录入|录入:|校对:))[^)\]】〕]{4,150}[)\]】〕]$")
# An editor's bracketed note signed as the editor's (（原载《某县年鉴（1999）》第21—29页，…——编者）).
_SIGNED_EDITOR_NOTE = re.compile(r"^[(\[【〔].{4,200}(?:——|—)编者[)\]】〕]$")
# A compiler's note under a text a chronicle, yearbook or collection
# reprints (〔注〕本报告经…审议通过。文中数据与本志所载年报数略有出入): it speaks of
# the book, where a report's own notes (注：“三新”指…) speak of the report's words.
_COMPILER_NOTE = re.compile(r"^[(\[【〔]?(?:注|附注|注释|说明|按|编注)[)\]】〕:]"
                            r".{0,120}?(?:本志|本书|本卷|本辑|本编|本年鉴|本刊|收录时|原件|原文如此|编者)")


def opens_with_note_label(key: str) -> bool:
    """A line (its match key) led by an editor's or poster's label (编者按：, 楼主补充：)."""
    return bool(_EDITOR_NOTE.match(key))
# A database's label for how to cite its copy (引用格式：…, 引用格式（APA 第7版）).
# A CMS's attachment field left empty (附件：无).
_NO_ATTACHMENT = re.compile(r"^附件(?:下载)?:(?:无|暂无|空)$")
_CITATION_WORDS = "引用格式|引用本文|引用本条目|建议引用|推荐引用|引文格式"
# The citation itself after its label (引用本条目：某某编：《某某年鉴2005》，…第21—29页。).
_CITATION = re.compile(rf"^(?:{_CITATION_WORDS}):.{{4,140}}$")
# A yearbook's or chronicle's credit under its entry: the office that gave the
# text, alone in brackets (（区政府办公室）).
_ENTRY_CONTRIBUTOR = re.compile(r"^[(〔][\u4e00-\u9fff]{2,14}(?:办公室|办|局|委员会|委|中心|研究室)[)〕]$")
# Credits may come in brackets after the text: `（编辑：王丽　审核：张强）`,
# (责任编辑:张三), 【来源:洛阳网】.
_ARTICLE_INFO = re.compile(
    # A counter may name what it counts (本节浏览次数：1362, 本页访问量).
    r"^[(\[【]?(?:本[节页文篇条帖章])?(?:发布时间|发布日期|发表时间|更新时间|更新日期|时间|日期|来源|作者|"
    r"编辑|责任编辑|编辑者|浏览次数|浏览量|点击数|点击量|点击|阅读|阅读量|阅读数|"
    r"访问量|信息来源|文章来源|稿源|发布者|发布人|发布机构|发文机构|发文单位|文号|信息索引号|索引号|索取号|所属分类|时效|"
    r"内容概述|概述|"
    r"分类|栏目|标签|tags?|关键词|关键字|主题分类|发文机关|成文日期|标题|"
    r"发文字号|主题词|公开方式|公开范围|公开时限|有效性|生效日期|信息名称|体裁分类|"
    r"生成日期|公开日期|印发日期|发文日期|发布单位|公开属性|公开形式|信息类别|"
    r"组配分类|服务对象|文件编号|信息分类|名称|审核|审校|校对|责编|初审|复审|终审|一审|二审|三审|"
    r"所属机构|所属主题|所属类别|所属栏目|"
    r"签发|生效时间|失效时间|废止日期|创建时间|创建日期|修改时间|访问次数|阅读次数|点击次数|相关标签|文章标签|"
    # PHPCMS's tag line under the text (相关热词搜索：大悟 政府工作报告 两会).
    r"相关热词搜索|相关热词|热词搜索|"
    r"本文标签|来自|上传者|上传人|上传时间|文档格式|文件格式|文档大小|文件大小|页数|"
    r"下载次数|本文来源|稿件来源|消息来源|图片来源|监制|统筹|专题|本文标题|字数|"
    r"温馨提示|推荐度|本文转自|转自|转载自|记者|本报记者|通讯员|文/图|文字|摄影|制图|撰文|撰稿|撰稿人|整理|"
    # A copy's own dates and counters: 转载日期, and Taiwan's 点阅 for 点击.
    r"转载日期|转载时间|转载来源|点阅|点阅数|点阅次数|人气|"
    # A chronicle's or archive's record of where its copy comes from.
    r"出处|资料来源|资料提供|文献来源|文献类型|收录来源|入库时间|录入|录入者|"
    # A document-sharing site's card of the file (文档贡献者：…　下载积分：5).
    r"文档贡献者|贡献者|上传用户|分享者|下载积分|所需积分|文档分类|文档页数|内容提供方|内容提供者|文档编号|文档id|"
    # A digitised book's or yearbook's card (书名：某县志　编纂：…　出版：黄山书社).
    r"书名|编纂|编纂单位|出版|出版社|出版者|出版时间|出版日期|年鉴名称|卷次|页码|条目|记述时限|"
    # A library's or an archive's record of it (题名/来源年鉴/分类号, 档号, 著录, OCR 置信度).
    r"题名|来源年鉴|年鉴年份|分类号|入库|采集时间|采集日期|档号|全宗号|案卷号|件号|著录|著录人|"
    r"置信度|识别引擎|ocr引擎|识别置信度|"
    # A corpus tool's or a digitiser's note on how it took the text (采集工具, 处理说明, 录入说明, MD5).
    r"采集工具|处理说明|录入说明|校对说明|整理说明|数字化说明|语料库|文件名|md5|"
    # A mail's header, the report forwarded in it (发件人: … 主题: 转发: …).
    r"发件人|收件人|抄送|密送|发送时间|主题|"
    # A database's note of how to cite its copy (引用格式：某研究所（2022）。〈…〉。).
    rf"(?:{_CITATION_WORDS})(?:\([^)]{{0,16}}\))?|"
    # A text database's record around the text it exports (【摘要】…【正文】…【备注】).
    r"摘要|备注|正文|文献编号|文献号|层级|地区|年份|导出时间|导出用户|"
    # A bulletin board's news template (PTT: 1.媒體來源: … 6.備註:) and its footer (※ 發信站:).
    r"\d\.(?:媒体来源|记者署名|完整新闻标题|完整新闻内文)|※发信站|※文章网址|※编辑|"
    # Taiwan's and Hong Kong's words for a posting date (上稿日期, 刊登日期).
    r"上稿日期|上稿时间|刊登日期|刊出日期|刊登时间)[::]")
# A repost's note of where the text or its pictures come from (本文来自【某日报客户端】,
# 本文图片均来自网络), with nothing else on the line.
_SOURCE_NOTE = re.compile(r"^(?:本文来自(?:[【\[「(][^,。]{1,24}[】\]」)]|[^,。]{1,20}(?:客户端|app|网|报|发布|公众号|号))"
                          r"|(?:本文)?图片(?:均)?来(?:自|源于)网络[。]?"
                          # a scraper's note over the copy it took (—— 以下内容转载自某某门户网站 ——)
                          r"|[-—=*]*以下(?:内容|文章|正文|全文)?(?:转载|转自|转引|摘自|来自|来源于)[^,，。]{2,30}?[-—=*:：]*"
                          # a paper's note of what it compiled the text from (（本文根据某市政府网站公布的文本整理）)
                          r"|\(?本文(?:根据|据)[^。()]{2,40}(?:整理|编辑|摘编|编发)[^()。]{0,20}\)?"
                          # a summary's source under it (（摘自《某某日报》2016年1月19日第3版，本报记者…）)
                          r"|\(摘自《[^()]{2,80}\)"
                          # a book's note of where it took the text from (（原载《某某日报》2016年
                          # 1月25日第1—3版，收入本书时个别文字有校订。）)
                          r"|\((?:原载|原刊|原刊于|原文载|刊载于)《[^()]{2,80}\)"
                          # a reposting site's note over the copy (（转载自某县人民政府网）,
                          # （本网转载，重点内容已作标红处理）)
                          r"|\((?:本网|本站)?转载(?:自|于)?[^()]{1,40}\))$")
# A news site's byline may name the weekday (2024年1月27日 星期六 11:20).
_WEEKDAY = r"(?:(?:星期|周|礼拜)[一二三四五六日天])"
# A posting date in front of the labels (`2024-01-16  来源：区政府办`).
# The posting date a byline starts with, in figures or in words (2024年01月12日 来源:…).
_LEADING_SITE_DATE = re.compile(r"^(?:19|20)\d{2}(?:([-/.])\d{1,2}\1\d{1,2}|年\d{1,2}月\d{1,2}日)"
                                rf"{_WEEKDAY}?(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?")
# A counter may be labelled by its verb alone (浏览：312, 点击：86), as archives do.
_ARTICLE_INFO_ANY = ("发布时间:", "来源:", "浏览次数:", "点击数:", "作者:", "阅读:", "责任编辑:", "浏览:", "点击:")
# Footer words that never occur in a report, and words that do occur in
# report headings ("强化技术支持") and so only count on a line of their own.
_FOOTER_STRONG = ("网站地图", "站点地图", "版权所有", "copyright", "©", "icp备", "icp证", "公网安备",
                  "网站标识码", "allrightsreserved", "设为首页", "违法和不良信息举报",
                  # a Creative Commons licence (整理部分采用 CC BY-NC 4.0)
                  "ccby")
_FOOTER_WEAK = ("联系我们", "关于我们", "技术支持", "主办单位", "承办单位", "建议使用", "分辨率",
                "隐私政策", "法律声明", "使用帮助", "网站声明", "投诉建议", "备案号", "网站纠错",
                "意见反馈", "联系电话", "联系方式", "网站简介")
# Promotions of the site's own app, accounts or special pages, which news
# portals put between paragraphs too: soft, removed wherever they stand.
# Calls to act (下载…客户端, 扫码下载, 打开app阅读, 关注…公众号, 点击蓝字 关注我们,
# 点击进入专题), never a statistic (客户端下载量突破…), and no full stop: a
# report sentence has one.
# The site's greeting in its top bar (您好，欢迎访问某市人民政府门户网站！ and
# the menu glued after it): the line opens with it and names the site.
_SITE_GREETING = re.compile(r"^(?:您好|你好)?[,!]?欢迎(?:您)?(?:访问|光临|来到).{0,30}(?:网站|网|门户|平台|论坛|社区|bbs)")
MAX_SITE_GREETING = 120
_PROMOTION = re.compile(r"下载.{0,8}(?:客户端|app)|扫码下载|关注.{0,8}公众号|点击.{0,4}蓝字|^关注我们"
                        r"|打开.{0,6}(?:客户端|app)|app内(?:打开|查看|阅读)|更多精彩.{0,8}(?:关注|app|客户端)|进入.{0,4}专题"
                        # a banner's link to a topic page: 【专题】学习宣传贯彻… 点击进入>>
                        r"|点击进入[>»]*$|^【专题】"
                        # 点击上方“某某发布”关注我们, 打开今日头条，查看更多精彩内容
                        r"|点击上方.{0,12}关注|^打开.{0,8}[,]?查看更多"
                        # an app's stand-in for a picture: 打开网易新闻 查看精彩图片
                        r"|^打开.{0,8}查看.{0,4}(?:图片|大图|视频)$"
                        # WeChat's: 长按识别二维码关注, 喜欢就点个“在看”吧, 阅读原文
                        r"|识别.{0,4}二维码|点个.{0,2}在看|^阅读原文$"
                        # 点击下方名片关注，回复“中考”免费领取资料包
                        r"|点击下方.{0,6}(?:名片|卡片|公众号).{0,4}关注|回复.{1,10}(?:免费)?领取"
                        # a paper's call to subscribe (成为会员：立即订阅 Subscribe)
                        r"|立即订阅|订阅.{0,6}电子报|subscribe")
MAX_PROMOTION = 40
# An address in a line (its app's download link) says nothing of how long the line's words are.
_LINK_IN_LINE = re.compile(r"https?://\S+")
# A table of contents' entry: a heading, dot leaders, its page number
# (一、2023年工作回顾……………1). Word exports print one above the report.
_CONTENTS_ENTRY = re.compile(r"(?:…{2,}|\.{4,}|·{4,}|_{4,}|-{4,}|—{3,})\s*\d{1,3}$")
MAX_CONTENTS_ENTRY = 120
# A Word export's entry, its page number after a tab (政府工作报告\t1, 一、\t2023年工作回顾\t1):
# a numbered heading or the document's name, never a table row (地区生产总值增长\t6).
_TAB_CONTENTS_ENTRY = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十\d]{1,3}[章节部分]"
                                 r"|[^\t]{0,30}报告)(?:[^\n]*\S)?\t+\s*\d{1,3}\s*$")
# The site's own name line: its name and web address, maybe where the page
# is (长沙市雨花区人民政府 www.yuhua.gov.cn 政务公开 > 政府工作报告).
_SITE_LINE = re.compile(r"(?:政府|网站|门户|>).{0,30}(?:www\.)?[a-z0-9-]+\.(?:gov\.cn|com\.cn|org\.cn|cn|com|net)(?![a-z])"
                        r"|(?:www\.)?[a-z0-9-]+\.(?:gov\.cn|com\.cn|org\.cn|cn|com|net)(?![a-z]).{0,30}(?:政府|网站|门户|>)")
MAX_SITE_LINE = 60
# A copy's caveat about its own text (本文根据档案资料录入，如有差错以原件为准).
_SOURCE_CAVEAT = re.compile(r"以(?:下载的)?(?:原件|原文|原书|原刊|原文件|正式文本|正式文件|纸质版|印发稿"
                            r"|(?:官方|正式)(?:公布|发布|印发)?(?:稿|文本|版本)"
                            r"|原发布[^,。;]{0,6}(?:文本|文件|版本))为准")
# A booklet's cover reprinting the report: who printed it (某商会秘书处　编印), for
# whom (仅供会员参阅　请勿外传, 内部资料　注意保存), in which script ((繁体字版)).
_IMPRINT = re.compile(r"^[^,。;:!?]{2,30}(?:编印|印制|翻印)$|请勿外传|注意保存|仅供(?:会员|内部)参阅"
                      r"|^\((?:繁体|简体|正体)字?版\)$")
MAX_IMPRINT = 40
# A line the site labels an advertisement: 【推广】宝鸡新房特惠…, [广告]…
_AD_LABEL = re.compile(r"^[【\[(](?:推广|广告|赞助|商业推广|软文)[】\])]"
                       # the label over an ad slot, arrows and rules about it: ▼ 广告 ▼, —— 推广 ——
                       r"|^[^\w]{0,4}(?:推广|广告|赞助|商业推广)[^\w]{0,4}$"
                       # a property portal's card in the text: 【楼盘推荐】, a listing's price and
                       # layouts, a call to 400 numbers
                       r"|^[【\[](?:楼盘推荐|热门楼盘|新房推荐|好房推荐|房产推荐|推荐楼盘)[】\]]$"
                       r"|^[^。,;]{0,30}?均价:?\d+元/(?:㎡|m2|平米|平方米)[^。,;]{0,30}户型"
                       r"|^.{0,60}?(?:咨询|拨打).{0,12}400-?\d{3}-?\d{4}"
                       # a seller's line with its sales number: …首付38万起，看房专线：0512-57638899
                       r"|^.{0,60}?(?:看房|购房|售楼|预约|订购|订房|团购|招生|报名)(?:专线|热线|电话)[:]?"
                       r"(?:0\d{2,3}-?\d{7,8}|1[3-9]\d{9}|400-?\d{3}-?\d{4})"
                       # A document site's membership offer: VIP限时特惠：年卡仅需68元…
                       r"|^(?:开通)?vip.{0,6}(?:特惠|会员|开通|免费|年卡|月卡|专享|下载)"
                       # a paywall's offer and login prompt: 会员首月仅需9.9元…, 已是会员？立即登录
                       r"|^会员(?:首月|年卡|月卡|包月|连续包月|专享|特惠)(?:$|.{0,6}(?:仅需|只需|低至|\d))"
                       r"|^已(?:经)?是会员.{0,6}登录")
# A newspaper page's name at the end of its credit line (赣江日报 2025-01-16
# 第03版：两会特刊) or in its page menu (第A02版：要闻).
_EPAPER_PAGE = re.compile(r"第[a-z]?\d{1,3}版(?::[^,。;]{1,12})?$")
# An e-paper's masthead: the issue's date with its weekday (2021年03月05日 星期五 第A03版…).
# The paper's name may lead it (新華澳報　2023年1月13日　星期五　第八版　專版).
_ISSUE_MASTHEAD = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}[报刊])?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:星期|周)[一二三四五六日天]")
MAX_EPAPER_INFO = 40
# A call to follow the site's own account, a sentence of its own
# (追蹤灣區快訊Facebook專頁，掌握…; 关注某某微信公众号，获取更多…).
_FOLLOW_US = re.compile(r"^(?:请)?(?:追踪|关注|订阅|follow)[^,。!]{0,16}"
                        r"(?:facebook|instagram|youtube|telegram|专页|公众号|视频号|抖音号|官方微博|频道)")
_END_MATTER = ("有想补充的信息", "点我投稿", "我要投稿", "企业入驻", "商家入驻", "免费发布",
               "广告合作", "商务合作", "入驻申请",
               # a database's box under its record, on how to cite it
               "引用本笔资料", "引用本资料", "引用此文", "如何引用",
               # the session's outline for the groups discussing the report, set under it
               "讨论提纲", "审议提纲")
_EXCERPT_NOTICE = re.compile(
    r"(阅读全文|展开全文|展开全部|查看全文|点击查看全文|查看完整|全文请|未完待续|"
    r"余下全文|剩余全文|继续阅读|点击展开|内容较长|此处省略|(节选)|\(节选\)|有删节|有删减|有删改|"
    # a document-sharing site's preview running out (预览结束, 试读已结束, 仅显示部分页面)
    r"预览(?:已)?结束|试读(?:已)?结束|仅(?:显示|展示|预览)(?:部分|前\d*)页|完整内容请(?:下载|登录|购买|点击)|"
    # a paywall's count of what it holds back (剩余12,856字未显示, 还剩8000字)
    r"(?:剩余|还剩|余下)\d[\d,]*字|\d[\d,]*字未(?:显示|展示)|"
    # a news site's paywall: 本文为会员专享内容，剩余87%未读; 开通会员阅读全部
    r"(?:剩余|还剩|还有)\d{1,2}%(?:内容)?未(?:读|显示)|会员专享内容|(?:开通|成为)会员(?:后)?(?:即可)?(?:阅读|查看|畅读)(?:全部|全文|剩余)|"
    # an editor's note on which part of the report the page carries (本文为报告第二部分)
    r"^[(\[【]?(?:本文|此文|本篇|以下|下文)(?:为|是|系)(?:报告|全文)?的?第[一二三四五六七八九十0-9]{1,2}部分|"
    # or that it is the report's summary (（本文为报告摘要，由某某摘编，全文详见…）)
    r"^[(\[【]?" + _SUMMARY_WORDS + ")")
# The text set out in tabs or panels of this page, to switch between.
_PARTS_HERE = re.compile(r"(?:分为|分成)[一二三四五六七八九十\d]{1,2}(?:个)?部分.{0,12}(?:切换|点击)"
                         r"|切换(?:阅读|查看)|点击(?:下方|上方)?(?:标签|选项卡|标签页)")
# A paged copy's word that the text goes on (（未完，请看下一页）, 【未完】): whatever
# the rest of its page looks like, this page holds part of the text.
# (A social post may set an emoji before it: 📍未完待续，下一篇见主页合集.)
_UNFINISHED = re.compile(r"^[^\w\u4e00-\u9fff]{0,3}[(\[【]?未完(?:[,。、]|[)\]】]|$|待续)")
# A post going on from the one before (📌接上一篇（1/4）…): a part of the text.
_CONTINUED_FROM = re.compile(r"^[^\w\u4e00-\u9fff]{0,3}(?:接上一?篇|续上一?篇|承上篇|紧接上篇"
                             r"|接上页|续上页|上接第?[0-9一二三四五六七八九十]{1,2}页)")
# A cache or mirror owning up to a copy it did not get whole (（本页缓存内容不完整，
# 剩余部分未能抓取）): this page holds part of the text.
_INCOMPLETE_COPY = re.compile(r"(?:缓存|内容|正文|全文|文章)(?:不完整|未完整|未能完整)|剩余(?:部分|内容)(?:未能|未|无法)")
MAX_INCOMPLETE_NOTE = 40
# A table of contents' heading, and its box's toggle (Easy TOC's 文章目录 / 切换).
_CONTENTS_HEADINGS = frozenset({"目录", "文章目录", "本文目录", "本文档目录", "文档目录", "内容目录", "目录导航",
                                "文章导航", "切换", "切换目录",
                                "展开目录", "收起目录", "隐藏目录", "显示目录", "[隐藏]", "[显示]"})
_WHOLE_TEXT_TIME = re.compile(r"阅读全文(?:约|大约)?需?(?:要)?\d+分钟")
_UNFOLD = re.compile(r"(?:展开|阅读|查看|解锁)全文")
# A WeChat editor's ornament over each section (PART 01, Part.2, 第一部分 is the report's).
_PART_BADGE = re.compile(r"part\.?\d{1,2}|\d{1,2}/\d{1,2}part")
_OTHER_VERSION_LINK = re.compile(r"完整版(?:页面|网页|网站)|(?:切换到|查看)?(?:电脑版|桌面版|pc版)")
_CUTS_NOTED = re.compile(r"有删节|有删减|有删改|节选|摘编|摘登")
_SOFT_404 = re.compile(
    r"((?<!\d)404(?!\d)|页面不存在|页面未找到|找不到(?:该|此|您要的)?页面|您访问的页面|你访问的页面|"
    r"页面已删除|页面已被删除|文章不存在|信息不存在|内容不存在|已被删除|notfound|"
    r"pagenotfound|该页面不存在|无法找到|"
    # a CMS's page left after its article was taken down (该信息已过期或已删除)
    r"(?:信息|内容|文章|稿件)已(?:过期|删除|下线|撤销|撤稿))")
MAX_BLOCK_PAGE = 1500
# A web application firewall's page in place of the article (安全狗, 云锁: 您的访问请求
#可能对网站造成安全威胁): the site refused this fetch; the page may well be there.
_BLOCKED = re.compile(r"访问受限|访问被(?:拒绝|拦截|阻断)|请求(?:已)?被(?:拦截|阻断)|造成安全威胁|网站防火墙|安全狗|云锁")
_LOGIN = re.compile(r"(登录|登陆|login|signin)")
_PASSWORD = re.compile(r"(密码|password)")

_SENTENCE_PUNCTUATION = re.compile(r"[。!?;,]")
_COMMENT_RE = _any_of(_COMMENT)
_END_MATTER_RE = _any_of(_END_MATTER)
_FOOTER_STRONG_RE = _any_of(_FOOTER_STRONG)
_FOOTER_WEAK_RE = _any_of(_FOOTER_WEAK)
_SHARE_RE = _any_of(_SHARE)
_SHARE_WEAK_RE = _any_of(_SHARE_WEAK)
_RELATED_RE = re.compile("^(?:" + _any_of(_RELATED_HEADINGS).pattern + ")")
# The heading and its links on a line (推荐阅读：某某心得体会（精选12篇）, 【推荐阅读】某某
# 某县政府工作报告), as an ad slot inside an article puts them.
_RELATED_WITH_LINK = re.compile(r"^(?:[【\[](?:" + _any_of(_RELATED_HEADINGS).pattern + r")[】\]]:?|(?:"
                                # (its stars round it too: ★相关推荐★：…)
                                + _any_of(_RELATED_HEADINGS).pattern + r")[★☆◆]*:"
                                # an inline box's label glued to its one headline (延伸阅读辽宁省政府工作报告：…)
                                r"|(?:延伸阅读|相关阅读|推荐阅读|相关新闻|相关报道)(?=[^。]+$))")
MAX_RELATED_WITH_LINK = 80
_ARTICLE_INFO_ANY_RE = _any_of(_ARTICLE_INFO_ANY)


_MENU_SEPARATORS = re.compile(r"[\s|｜·•/]+")
# Nine Chinese characters in a row: a word longer than a menu's. NFKC leaves
# them as they are and none separates menu words, so they stay one word.
_LONGER_THAN_MENU_WORD = re.compile(r"[\u4e00-\u9fff]{9}")


# A word that is a government head's title (常务副市长, 韶关市代市长), which a
# speaker line holds and a menu does not (its 市长信箱 is no title).
_TITLE_TOKEN = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:常务)?(?:代理|代|副)?"
                          r"(?:省长|市长|区长|县长|州长|盟长|旗长|主席|镇长|乡长|专员)")


def _is_menu(text: str) -> bool:
    """Several short words on one line separated by spaces or bars: a menu bar
    (not a spaced-out speaker line: 受市长委托　常务副市长　李　明　作报告)."""
    # A run of Chinese too long for a menu word is the cheapest sign of running text.
    if _LONGER_THAN_MENU_WORD.search(text) or _SENTENCE_PUNCTUATION.search(text):
        return False
    tokens = [t for t in _MENU_SEPARATORS.split(nfkc(text)) if t]
    if len(tokens) < 4:
        return False
    if any(_TITLE_TOKEN.fullmatch(t) for t in tokens) and is_speaker_line(text):
        return False
    longer = [t for t in tokens if len(t) >= 2]
    return len(longer) >= 3 and all(len(t) <= 8 for t in tokens)


_GROUPED_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+")


def _is_pagination(key: str) -> bool:
    """Only page-navigation tokens (上一页 1 2 3 下一页 共5页 ...)."""
    if not key or len(key) > 120 or not _may_open_pagination(key[0]) or not _WORD.search(key):
        return False
    if _GROUPED_COUNT.fullmatch(key):
        return False    # 218,893: a counter's figure, grouped by thousands
    rest = _PAGINATION_TOKENS.sub("", key)
    if rest.strip(_PAGINATION_SEPARATORS):
        return False
    # A bare number is a page number only when alone and small (and, on a
    # page, only inside a pager: see `extract._pagers_only`; a table's 序号
    # cell is one too).
    return not key.isdigit() or len(key) <= 3


def _may_open_pagination(first: str) -> bool:
    """Whether a pagination line may start with `first` (see `_PAGINATION_FIRST`)."""
    return first in _PAGINATION_FIRST or first.isdecimal()


# Attachments listed after a report: the bare label (`附件：`, `附件下载：`) or
# a file's name (`2024年政府工作报告.docx`, with an optional size). A report's
# own `附件：名词解释` names no file and stays.
# (A fold's label may count its files: 附件下载（1）.)
_ATTACHMENT_LABEL = re.compile(r"^(?:相关)?(?:附件|附件下载|下载附件)(?:[\d一二三四五六七八九十]*|\(\d{1,2}\))[::]?$")
_ATTACHMENT_FILE = re.compile(
    r"\.(?:docx?|wps|pdf|ofd|xlsx?|et|pptx?|zip|rar|7z|txt|rtf|jpe?g|png|gif)"
    # its size, maybe after its upload time (a forum's: (2010-1-2910:36,96.5kb))
    r"(?:\((?:[^()]{0,24},)?(?:[\d.]+[kmg]?b?|暂无|无)\))?$")
# What a line must end with for `_ATTACHMENT_FILE` to match (checked first:
# its search tries every position of a line).
_ATTACHMENT_ENDINGS = (")", "doc", "docx", "wps", "pdf", "ofd", "xls", "xlsx", "et", "ppt", "pptx", "zip",
                       "rar", "7z", "txt", "rtf", "jpg", "jpeg", "png", "gif")


# The count a download link carries after the file (…报告.pdf【已下载286次】, (下载次数：12)).
_DOWNLOAD_COUNT = re.compile(r"[\[【(]?(?:已下载|下载次数:?)[\d,]*次?[\]】)]?$")


def _is_attachment(key: str) -> bool:
    if "下载" in key:
        # (the count a script fills in may be missing: 附件【某报告.pdf】已下载次)
        key = _DOWNLOAD_COUNT.sub("", key).rstrip("】]/")
    return bool(_ATTACHMENT_LABEL.match(key)) or (
        len(key) <= 120 and key.endswith(_ATTACHMENT_ENDINGS) and bool(_ATTACHMENT_FILE.search(key)))


# A chart's caption under its picture (图1 2019-2023年地区生产总值, 图2：…): numbered,
# short, no sentence; a report's own text never opens with 图 and a number.
_FIGURE_CAPTION = re.compile(r"^图\d{1,2}(?:[:.、]|(?=\d{4}|[\u4e00-\u9fff]))[^。;!?]*$")
MAX_FIGURE_CAPTION = 40
# A text-only version's stand-in for a picture, its alt text in brackets
# ([图片：练江流域综合整治工程施工现场]).
_IMAGE_STAND_IN = re.compile(r"^[\[【](?:图片|图像|插图|照片|配图|image|img|图)[:][^\[\]【】]{1,120}[\]】]$")
_CHART_CREDIT = re.compile(r"^(?:制表|制图|图表制作|图表设计)[:]")


def _is_photo_credit(key: str) -> bool:
    """Whether `_PHOTO_CREDIT` matches in a match key (which holds no line break for `$`)."""
    return (key.endswith(_PHOTO_CREDIT_ENDS) or key.startswith(_PHOTO_CREDIT_STARTS)
            or "源:" in key[-20:]) and bool(_PHOTO_CREDIT.search(key))


def _is_tool_bar(key: str) -> bool:
    """Only tool words (打印, 关闭, 大 中 小…) between separators; a lone 大,
    中 or 小 is no tool bar."""
    words = [word for word in _TOOL_SEPARATORS.split(key) if word]
    if len(words) == 1 and len(key) <= MAX_GLUED_TOOLS and _glued_tool_words(key) >= (2 if len(key) >= 6 else 3):
        return True     # 微博微信评论收藏字号, 查看详情预约看房: the buttons' words with nothing between
    return bool(words) and (len(words) >= 2 or len(words[0]) >= 2) and all(
        word in _TOOL_WORDS for word in words)


MAX_GLUED_TOOLS = 32
_LONGEST_TOOL_WORD = max(map(len, _TOOL_WORDS))


def _glued_tool_words(key: str) -> int:
    """How many tool words of two characters or more `key` is made of, end to
    end (0 when it is not made of them only)."""
    counts = [0] + [-1] * len(key)       # counts[i]: words making up key[:i], -1 if none
    for end in range(1, len(key) + 1):
        for start in range(max(0, end - _LONGEST_TOOL_WORD), end - 1):
            if counts[start] >= 0 and key[start:end] in _TOOL_WORDS:
                counts[end] = max(counts[end], counts[start] + 1)
    return counts[-1]


# A page's QR code for reading it on a phone (用手机扫描二维码，在手机上继续阅读):
# the same text elsewhere, no word that this copy is cut.
_QR_PROMPT = re.compile(r"^请?(?:用|使用)?(?:手机|微信)?(?:扫描|扫一扫|扫码)[^。]{0,14}"
                        r"(?:继续阅读|继续浏览|打开|阅读|浏览|查看)(?:本文|本页|当前页|全文|文章)?$")


def _is_share_or_print(key: str, heading: bool) -> bool:
    """Share, print and font-size tools; the weak tool words only outside a
    sentence, a quotation or a numbered heading."""
    if _SHARE_RE.search(key) or _is_tool_bar(key) or len(key) <= 30 and _QR_PROMPT.match(key):
        return True
    return bool(_SHARE_WEAK_RE.search(key)) and not heading and not _QUOTED_OR_PUNCTUATED.search(key)


# Decoration news sites put around a heading: 【相关阅读】, ■延伸阅读, >>相关新闻.
_HEADING_DECORATION = "【】[]■□◆◇●○▶►>»·-—_=*#:|"


# A box's heading with its more-link and nothing else (代表热议 更多>>): what
# follows is the box's list of links, whatever the box is called.
_BOX_WITH_MORE = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:热议|新闻|动态|报道|专题|推荐|视频|图片|资讯|要闻|评论|解读|聚焦|快讯|阅读"
                            r"|文章|信息)(?:查看更多|更多)(?:>>|»|>|›|\+)?$")


def _is_related_heading(key: str) -> bool:
    if len(key) > 20:
        return False
    if _BOX_WITH_MORE.match(key):
        return True
    key = key.strip(_HEADING_DECORATION)
    if len(key) > 14:
        return False
    if _PICKS_HEADING.match(key):
        return True
    if key.startswith(("推荐", "热门")) and not _RELATED_RE.match(key):
        key = key[2:]   # a tag set before the heading (<span class=tag>推荐</span>你可能还想看)
    heading = _RELATED_RE.match(key)
    # What follows the heading is its box's tabs or more-link (相关新闻 更多>>,
    # 猜你喜欢 换一换), not words going on (热词搜索量居全省第一, 相关政策落实到位).
    return bool(heading) and not _WORDS_GOING_ON.search(_BOX_TABS.sub("", key[heading.end():]))


_BOX_TABS = re.compile(r"查看更多|更多|换一换|换一批|全部|最新|最热|日榜|周榜|月榜|[日周月总]")
_WORDS_GOING_ON = re.compile(r"[\u4e00-\u9fff]{3,}")


# A contact block: address, post code, telephone ... in one line.
_CONTACT_LABELS = re.compile(r"(地址|邮编|邮政编码|电话|传真|邮箱|电子邮件|e-?mail|热线)[::]")
# Site-credit labels that open a footer line: "主办单位:…", "技术支持:…".
_FOOTER_LABEL = re.compile(r"^(主办单位|承办单位|主办|承办|协办|技术支持|维护单位|运维|网站维护|"
                           r"联系电话|联系方式|联系地址|备案号|网站标识码|版权"
                           # an office's desk for requests (依申请公开受理电话：, 受理地址：, 咨询电话：)
                           r"|[\u4e00-\u9fff]{0,8}?(?:受理|咨询|投诉)(?:电话|地址|时间))[::]")


# `某市人民政府主办　某市大数据局承办`: a portal's credits without colons. A
# report's sentence (省政府主办、市政府承办的博览会) has punctuation.
_HOST_CREDITS = re.compile(r"主办.{2,40}承办")
_CLAUSE_PUNCTUATION = re.compile(r"[。!?;,、]")

# A news agency's or paper's dateline on a line of its own, above a text it
# carries (新华社北京3月12日电, 本报讯(记者 王丽)): the outlet's, not the text's.
_DATELINE = re.compile(
    r"^(?:新华社|中新社|中新网|人民网|央视网|本报|本网|本台|本刊)[\u4e00-\u9fff]{0,8}"
    r"(?:\d{1,2}月\d{1,2}日)?(?:电|讯)(?:\([^()]{0,20}\))?$")


_HAS_MINORITY_SCRIPT = re.compile(f"[{MINORITY_SCRIPT}]")
# A gloss in such a script set beside Chinese on one line (一、2023年工作回顾　ꋍ、2023 ꈎꏦ…,
# 吉克伍牛（ꏃꈩꃴꆀ）): from its first such letter to its last, with the numbers,
# spaces and marks between them, and the brackets round it.
_GLOSS = re.compile(f"[ \t\u3000]*[(（]?[{MINORITY_SCRIPT}](?:[{MINORITY_SCRIPT}0-9\\s\u3000、.,，:：;·'-]*"
                    f"[{MINORITY_SCRIPT}])?[)）]?")


_FORWARDED_MAIL = re.compile(r"^[-_=]{2,}(?:原始邮件|原邮件|转发的邮件|转发邮件|originalmessage|forwardedmessage)[-_=]{2,}$")
_SEARCH_TRAIL = re.compile(r"返回检索结果|返回检索列表|^(?:<<)?检索(?:式|条件|词|表达式)[:]|第\d+条/共\d+条")
_SITE_NOTICE = re.compile(r"^[【\[](?:说明|声明|提示|温馨提示|须知|利用须知|使用须知|查阅须知|阅读须知|用户须知|免责声明|"
                          r"版权说明|版权声明)[】\]]:?(?:本页面|本页|本站|本网|本平台|本库|本数据库|本档案|本文档|本资料|"
                          r"本条目|本记录|以上内容|如需)")
_CLIP_NAME_ENDS = ("(剪藏)", "[剪藏]", "【剪藏】", "-剪藏", "(网页剪藏)")
# A link to the text in another of China's languages, or in English (藏文版全文请点击,
# 查看蒙古文版, English Version).
_OTHER_LANGUAGE_VERSION = re.compile(r"(?:藏|蒙古?|维吾尔|维|哈萨克|朝鲜|彝|壮|傣|柯尔克孜|锡伯|英|汉)(?:文|语)版|english ?version")
_VERSION_LINK_WORDS = re.compile(r"全文|点击|查看|阅读|浏览|链接|下载|切换|进入")


def strip_translation_glosses(text: str) -> tuple[str, list[str]]:
    """`text` without its glosses in another script of China (see `_GLOSS`), and
    the glosses; a line with no Chinese character is left whole (it is the
    translation's own line, judged by `_is_foreign_line`)."""
    if not _HAS_MINORITY_SCRIPT.search(text) or not _CHINESE_CHARACTER.search(text):
        return text, []
    glosses = [match.group().strip() for match in _GLOSS.finditer(text)]
    # A bracket opened before the gloss and closed after it goes with it.
    return _GLOSS.sub("", text), glosses


def _is_foreign_line(text: str) -> bool:
    """Several words of another script and no Chinese character (see
    `MIN_FOREIGN_WORDS`), or one long run of a script of China's own
    (Tibetan writes a line's syllables with no space between them)."""
    if _CHINESE_CHARACTER.search(text):
        return False
    words = _FOREIGN_WORD.findall(text)
    return len(words) >= MIN_FOREIGN_WORDS or any(
        len(word) >= MIN_MINORITY_RUN and _MINORITY_CHARACTER.match(word) for word in words)


def _is_footer(key: str) -> bool:
    if len(key) <= 300 and _FOOTER_STRONG_RE.search(key):
        return True
    if len(key) <= 80 and _HOST_CREDITS.search(key) and not _CLAUSE_PUNCTUATION.search(key):
        return True
    # Contact labels end in a colon: without one, there is nothing to count.
    if len(key) <= 150 and (_FOOTER_LABEL.match(key) or (
            ":" in key and len(_CONTACT_LABELS.findall(key)) >= 2)):
        return True
    weak = _FOOTER_WEAK_RE.findall(key) if len(key) <= 120 else []
    if not weak or is_heading(key):
        return False
    return len(weak) >= 2 and len(key) <= 120 or (
        len(key) <= len(weak[0]) + 6 and _leads_or_labels(key, weak[0]))


def _leads_or_labels(key: str, word: str) -> bool:
    """Whether a weak footer word opens the line (`技术支持:某公司`, `网站纠错`)
    or labels a value (`网站技术支持:…`), rather than ending a heading
    (`强化技术支持`)."""
    at = key.find(word)
    return at == 0 or key[at + len(word):at + len(word) + 1] == ":"


# An information-table label alone on its line (`索引号：`, `文　　号：`): its
# value stands on the next line. A line holding several labels (`来源：…
# 浏览次数：`) is a meta line of its own, whatever its last label is.
_LONE_LABEL = re.compile(r"^[^:]{1,12}:$")
# Counters a script fills in (`浏览次数：<script>…`): when the script's output
# is missing, the line after the label is the page's next block (often the
# report's delivery line), so a counter's value must be a number.
_COUNTER_LABEL = re.compile(r"(?:浏览|阅读|点击|访问)(?:次数|人次|量|数)?:$")
_COUNT = re.compile(r"^\d[\d,]*(?:次|人次)?$")
# Date labels left empty (`生效时间：`) are as common; their value is a date.
_DATE_LABEL = re.compile(r"(?:日期|时间):$")
_DATE_VALUE = re.compile(r"^(?:19|20)\d{2}[-/.年]")


# The labels of a government information-disclosure table (政府信息公开), each in
# a cell of its own and so with no colon (`信息索引号` | `002584321/2024-08764`).
# Only such a table's labels: a lone word like 名称 or 时间 may head a report's table.
_TABLE_LABEL = re.compile(
    r"^(?:(?:信息)?索引号|索取号|(?:信息|文件|文档)(?:名称|分类|类别|来源)|(?:发布|发文|成文|生成|公开|印发|生效|失效)(?:机构|机关|日期|时间)"
    r"|公开(?:方式|范围|时限|属性|形式|类别)|发文字号|文号|(?:主题|体裁|组配|内容|服务)(?:分类|对象)|主题词|有效性|"
    r"所属(?:机构|主题|分类|栏目)|责任部门|发布单位"
    # an article's card in the same cells: its source and its counter (资料来源 | 点阅次数)
    r"|(?:资料|文章|稿件|新闻)来源|(?:浏览|点阅|点击|阅读|访问)(?:次数|人次|量)"
    # a migrated archive's: 归档日期 / 信息状态
    r"|归档(?:日期|时间)|信息状态"
    # the document's summary (内容概述), which some tables fill with its title
    r"|内容(?:概述|概要|摘要|简介))$")
MAX_TABLE_LABEL = 6


# An information table's summary of the document (内容概述：): its value is a
# sentence, which other labels' values never are.
_SUMMARY_LABEL = re.compile(r"^内容(?:概述|概要|摘要|简介):?$")


def is_summary_label(label: str) -> bool:
    return bool(_SUMMARY_LABEL.match(match_key(label)))


def may_be_label_value(label: str, value: str) -> bool:
    """Whether line `value` can be the value of the article-info line `label`
    above it: the label stands alone, a counter's value is a count and a
    date's value is a date."""
    label_key = match_key(label)
    if _TABLE_LABEL.match(label_key) and len(label_key) <= MAX_TABLE_LABEL:
        label_key += ":"
    if not _LONE_LABEL.match(label_key):
        return False
    value_key = match_key(value)
    if _COUNTER_LABEL.search(label_key):
        return bool(_COUNT.match(value_key))
    if _DATE_LABEL.search(label_key):
        return bool(_DATE_VALUE.match(value_key))
    return True


# A blog's byline without its colon: the label and the poster's user name (作者 admin).
_USER_BYLINE = re.compile(r"^(?:作者|发布者|发布人|编辑|投稿人|上传者|楼主)[a-z0-9_.@-]{2,24}$", re.IGNORECASE)


_LABEL_BRACKETS = {"【": "】", "[": "]"}
_CITATION_LABEL = re.compile(rf"^(?:{_CITATION_WORDS})(?:\([^)]{{0,16}}\))?$")
# A site's banner for a public hotline (12345政务服务便民热线), a line of its own.
_HOTLINE = re.compile(r"^(?:12345|12388|12315|12369|12319)[\u4e00-\u9fff]{0,12}热线$")
# A link to the report's glossary on a page of its own (名词解释：2021年某某政府工作报告名词解释).
_GLOSSARY_LINK = re.compile(r"^(?:相关)?名词解释[:][^。]{2,40}(?:名词解释|名词注释)$")
# A site's mailbox to its leader (市长信箱, 县长信箱, 书记信箱), a box's heading alone.
_MAILBOX = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:长|书记|主任)信箱$")
# The labels closing a bulletin board's news template (PTT: 5.完整新聞連結…, 6.備註:),
# after the text it carries: what follows is the poster's.
_BBS_TEMPLATE_END = re.compile(r"^\d\.(?:完整新闻连结|完整新闻链接|备注)")


# A reference entry a library gives for citing its copy: the standard's name
# (GB/T 7714), or the document-type marks of Chinese references ([A], [C], [J],
# [M], [EB/OL]) after a title, which a report's sentence never writes.
_REFERENCE_ENTRY = re.compile(r"gb/t7714|^(?:\[\d{1,3}\])?[^。]{2,80}\[(?:a|c|j|m|n|d|r|z|eb/ol|db/ol)\]")


def _is_article_info(key: str) -> bool:
    if len(key) > 150:
        return False
    if "[" in key and ("gb/t7714" in key or _REFERENCE_ENTRY.search(key)):
        return True
    if len(key) <= MAX_TABLE_LABEL and _TABLE_LABEL.match(key):
        return True
    if len(key) <= 30 and _USER_BYLINE.match(key):
        return True
    if _ARTICLE_INFO.match(key) or _is_posting_line(key) or _SOURCE_NOTE.match(key) or _is_post_meta(key):
        return True
    if len(key) <= 30 and _CITATION_LABEL.match(key):
        return True   # the citation's label over it (引用格式（APA 第7版）)
    if key.startswith(("引", "建", "推")) and _CITATION.match(key) or len(key) <= 18 and _ENTRY_CONTRIBUTOR.match(key):
        return True
    if key[:1] in _LABEL_BRACKETS and 0 < (close := key.find(_LABEL_BRACKETS[key[0]], 1, 12)) and _ARTICLE_INFO.match(
            key[1:close] + ":" + key[close + 1:]):
        return True   # the label in brackets, no colon (【来源】汕尾日报 【年份】2015, [发文机构]海淀区人民政府)
    dated = _LEADING_SITE_DATE.match(key)
    if dated and _ARTICLE_INFO.match(key[dated.end():]):
        return True
    # Every phrase of `_ARTICLE_INFO_ANY` ends in a colon.
    return ":" in key and len(_ARTICLE_INFO_ANY_RE.findall(key)) >= 2


# A date with a clock time (2023-01-12 18:30): when a page was posted, which a
# report's own text never says. Keys have no spaces, so date and time may touch.
_POSTED_AT = re.compile(rf"(?:19|20)\d{{2}}(?:-|/|\.|年)\d{{1,2}}(?:-|/|\.|月)\d{{1,2}}日?{_WEEKDAY}?\d{{1,2}}:\d{{2}}")


# A blog theme's post-meta line: 发布于 2025年7月2日 · 分类 · 阅读 123, or a date
# beside a counter (2025-07-02 | 阅读 123 | 3 条评论). No labels with colons, so
# `_ARTICLE_INFO` misses it; a report's sentence never opens with 发布于 and a date,
# nor puts a date beside a reading count without any sentence punctuation.
# A Taiwanese site dates by the Republic's years (民國113年2月1日).
_ANY_SITE_DATE = r"(?:(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|([-/.])\d{1,2}\1\d{1,2})|民国\d{2,3}年\d{1,2}月\d{1,2}日)"
_POSTED_ON = re.compile(rf"^(?:发布于|发表于|更新于|写于|posted(?:on)?){_ANY_SITE_DATE}")
_DATED = re.compile(_ANY_SITE_DATE)
_COUNTER = re.compile(r"(?:阅读|浏览|点击|评论|views?)\d+|\d+(?:次|人)?(?:阅读|浏览|点击|条评论|views?)")


# A reader's estimate of the time the text takes (阅读时间：约 19 分钟, 预计阅读 26 分钟, 26 min read).
# (Not 阅读约N分钟: a report counts its citizens' daily reading so.)
_READING_TIME = re.compile(r"(?:阅读时间|阅读时长|预计阅读|读完需要|读完约需)[:]?(?:约|大约)?\d+分钟"
                           r"|(?:^|\W)\d+min(?:utes?)?(?:read)?$")


# A counter alone on its line (阅读 1.3万, 浏览 12,345), maybe with the page's
# player button beside it (阅读 1.3万 ▶ 听新闻): a page's, never a report's.
_BARE_COUNTER = re.compile(r"^(?:阅读|浏览|点击|阅读量|浏览量|播放)\d+(?:\.\d+)?[万千]?\+?(?:次)?"
                           r"(?:[▶►]?(?:听新闻|听全文|收听))?$")


def _is_post_meta(key: str) -> bool:
    key = _DIGIT_GROUPS.sub("", key)   # a count grouped by thousands (阅读 2,318) is no clause
    return (len(key) <= 60 and not _SENTENCE_PUNCTUATION.search(key)
            and bool(_POSTED_ON.match(key) or (_DATED.search(key) and _COUNTER.search(key)) or _BARE_COUNTER.match(key)
                     or ("分钟" in key or "min" in key) and _READING_TIME.search(key)
                     or _EDITED_ON.match(key) or _HASHTAGS.match(key)))


_DIGIT_GROUPS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# A news app's note that the article was edited after posting (文章已于2025-07-03修改).
_EDITED_ON = re.compile(rf"^(?:文章|本文|原文)?已?于{_ANY_SITE_DATE}(?:\d{{1,2}}:\d{{2}})?(?:修改|更新|编辑)(?:过)?$")
# Hashtags an app files the article under, with its count (`#政府工作报告 12个`,
# `收录于合集 #两会 #政府工作报告`): a report's text never writes `#` before a word.
_HASHTAGS = re.compile(r"^(?:收录于(?:合集|话题|专辑)?:?|(?:话题|合集):)?(?:#[^#]{1,30}#?)+(?:\d+[个篇])?$")


def _is_posting_line(key: str) -> bool:
    """A short unpunctuated line carrying a posting time (`平舆发布 2023-01-12
    18:30 发表于河南`, as reposting accounts print it)."""
    return len(key) <= 60 and ":" in key and bool(_POSTED_AT.search(key)) and not _SENTENCE_PUNCTUATION.search(key)


# Longer lines are report paragraphs (a disclaimer glued to one is cut off by
# `cut_glued_boilerplate`); skipping them keeps huge pages fast.
MAX_BOILERPLATE_LINE = 1200


# A transcript's stage directions and clock times on lines of their own
# (（全场热烈掌声）, 【9:03】): the meeting's, not the report's.
_TRANSCRIPT_MARK = re.compile(r"^[(\[【]\s*(?:(?:全场|会场)?(?:响起)?(?:热烈|长时间|热烈的)?(?:掌声|鼓掌)"
                              r"(?:雷动|经久不息)?|笑声|\d{1,2}:\d{2})\s*[)\]】]$")
MAX_TRANSCRIPT_MARK = 20

# A leader's biography boxed under the report on a 市长之窗 page: its heading
# (市长简介, 县长简历) or its first line (邓先华，男，汉族，1963年8月生). A report
# never describes a person so.
_BIOGRAPHY = re.compile(r"^(?:(?:[省市县区州盟旗乡镇]|代[省市县区州旗])长|主席|领导|人物|个人)(?:简介|简历|档案)$"
                        r"|^[\u4e00-\u9fff·]{2,8},[男女],(?:[\u4e00-\u9fff]{1,6}族,)?(?:19|20)\d{2}年\d{1,2}月(?:出)?生")


# What a separator row is made of; not the ellipsis (……), which marks omitted text.
_ORNAMENTS = "★☆*＊※◆◇●○■□▲△▼▽♦❖✦✧✪❀✿◎❤♥~～=＝_#"
# A rule typed as a row of dashes (————————) between two documents.
_RULES = "—–-─━"
# A CMS editor's page-break tag its template failed to act on, left as text
# between paragraphs: 动易's [NextPage], DedeCMS's #p#分页标题#e#, PHPCMS's
# [page], UEditor's _ueditor_page_break_tag_.
_PAGE_BREAK_TAG = re.compile(r"^(?:\[nextpage[^\]]{0,40}\]|\[/?page(?:break)?\]|\{pagebreak\}"
                             r"|_ueditor_page_break_tag_|#p#[^#]{0,40}#e#)$")


# An article card's place field: the divisions down to the report's, apart
# (福建省 漳州市 长泰县, 河南省／洛阳市): no text writes its places so.
_DIVISION_PATH = re.compile(r"^[\u4e00-\u9fff]{2,9}(?:省|自治区|市)(?: ?[>＞/／·] ?| )"
                            r"[\u4e00-\u9fff]{1,12}(?:市|州|盟|地区)(?:(?: ?[>＞/／·] ?| )[\u4e00-\u9fff]{1,12}(?:市|县|区|旗))?$")


_PLAYER_CLOCK = re.compile(r"(?:^|播报|朗读|收听|播放|听报告)\d{1,2}:\d{2}(?::\d{2})?/\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_CHAPTER_MARK = re.compile(r"[·•]\d{1,2}:\d{2}(?::\d{2})?$")
_DOCUMENT_CARD_META = re.compile(r"^\d{1,4}页·.{0,20}?[\d.]+万?人(?:已读|阅读|浏览|下载)$")
MIN_WATERMARK_REPEATS = 3


MAX_WATERMARK_LINE = 400


def _repeats_one_phrase(text: str) -> bool:
    """The same words three times or more, spaced apart, and nothing else."""
    if len(text) > MAX_WATERMARK_LINE or len(text.split(None, 2)) < 3:
        return False   # (most lines: no two spaces to part three copies)
    whole = "".join(text.split())
    period = (whole + whole).find(whole, 1)   # the shortest unit the line repeats
    return (period >= 2 and len(whole) // period >= MIN_WATERMARK_REPEATS and len(whole) % period == 0
            and _CHINESE_CHARACTER.search(whole[:period]) is not None)


@lru_cache(maxsize=8192)
def classify_line(text: str) -> Verdict | None:
    """The boilerplate verdict for one line of a page, or None for content."""
    if len(text) > MAX_BOILERPLATE_LINE:
        return None
    key = match_key(text)
    if not key:
        return None
    if key[0] in _ORNAMENTS and not key.strip(_ORNAMENTS) or len(key) >= 3 and not key.strip(_RULES):
        # A row of stars between two documents or sections (★　★　★): no words, no text.
        return Verdict("separator", False)
    if len(key) <= 48 and key[0] in "[{_#" and _PAGE_BREAK_TAG.match(key):
        return Verdict("separator", False)
    if len(key) <= 40 and _DOCUMENT_CARD_META.match(key):
        # A document card's pages and readers (9页 · 2025-01-09 · 1.2万人已读).
        return Verdict("article-info", False)
    if len(key) <= 40 and ":" in key and (_PLAYER_CLOCK.search(key) or _CHAPTER_MARK.search(key)):
        # An audio player's clock and its label (00:00 / 21:36 听报告，约21分钟, 语音播报00:00/17:44),
        # or its list of chapters with their times (一、2025年工作回顾 · 00:36).
        return Verdict("media-placeholder", False)
    if _repeats_one_phrase(text):
        # A viewer's watermark laid over the page (某某人民政府信息公开　某某人民政府信息公开 …).
        return Verdict("watermark", False)
    # `canonical_address` finds an address only after this same label.
    if _CANONICAL_LABEL.match(key) and (len(key) <= 80 or canonical_address(text)):
        return Verdict("canonical-address", True)
    # A report's numbered heading (（五）加强原创作品版权保护, 三、畅通违法和不良信息
    # 举报渠道) is never a site's word boilerplate: sites do not number their
    # footers, promotions or tool lines. A numbered disclaimer is a site's
    # clause (1. 本站所有内容…, see `is_site_disclaimer`).
    numbered = is_heading(text)
    if is_disclaimer(key) and not (numbered and not is_site_disclaimer(key)):
        # A picture's caption disowning the picture (图为会议现场（图片来源网络，侵删）)
        # is still a caption, inside the text: soft, so it parts nothing.
        if key.startswith(_PHOTO_CREDIT_STARTS) and _is_photo_credit(key):
            return Verdict("photo-credit", False)
        if is_ai_generated_note(key):
            # The AI summary box's own closing note (本文摘要由AI生成，仅供参考): the box's,
            # soft like the box, so the report's header above it stays with the text.
            return Verdict(AI_SUMMARY, False)
        if len(key) <= MAX_WATERMARK and _WATERMARK.match(key):
            # A content farm's mark set between a report's paragraphs (（某某网整理，转载请保留出处）):
            # soft, so the text on both sides stays one.
            return Verdict("watermark", False)
        return Verdict("disclaimer", True)
    # Short report lines use some of these words too (（三）深化对外商务合作,
    # 加强网络安全和文明上网): a numbered heading is never such boilerplate, and
    # a finished sentence never end matter or a list's heading.
    sentence = numbered or key.endswith("。")
    if key in _COMMENT_EXACT or (len(key) <= 60 and not numbered and _COMMENT_RE.search(key)):
        if "全文" in key and _UNFOLD.search(key):
            # A read-more wall's code (回复“验证码”获取，输入后即可展开全文): the text
            # goes on under it, folded, as no comment box's does.
            return Verdict("excerpt-notice", False)
        return Verdict("comment-box", True)
    if len(key) <= 80 and _BBS_TEMPLATE_END.match(key):
        return Verdict("end-matter", True)
    if len(key) <= 40 and _END_MARK.match(key):
        return Verdict("end-mark", True)
    if len(key) <= MAX_READER_CREDIT and _READER_CREDIT.match(key):
        # (Its note of the source over the text, under the heading it kept: 本文由…转码，原文地址…)
        return Verdict("article-info", False) if "原文地址" in key else Verdict("end-matter", True)
    if len(key) <= MAX_SITE_CLUSTER and _SITE_CLUSTER.match(key) and "。" not in key:
        return Verdict("navigation", False)
    if len(key) <= MAX_TRANSCRIPT_MARK and _TRANSCRIPT_MARK.match(key):
        return Verdict("transcript-mark", False)
    if ("简" in key[:6] or "档案" in key[:6] or "生" in key[:40]) and _BIOGRAPHY.match(key):
        return Verdict("biography", True)
    if len(key) <= MAX_FARM_OUTRO and _FARM_PROMOTION.search(key):
        return Verdict("farm-offer", False)
    if len(key) <= MAX_FARM_OUTRO and _FARM_OUTRO.search(key):
        return Verdict("end-matter", True)
    if len(key) <= 24 and key.endswith(("整理", "整理)", "采写", "采写)", "辑录)")) and _COMPILED_BY.match(key):
        return Verdict("article-info", False)
    if len(key) <= 48 and key.endswith(")") and ("供稿" in key or "提供" in key) and _CONTRIBUTED_BY.match(key):
        return Verdict("article-info", False)
    if len(key) <= 60 and key.startswith("数据来源") and _SITE_DATA_CREDIT.match(key):
        return Verdict("article-info", False)
    if len(key) <= MAX_AD_SALES and _AD_SALES.search(key):
        # A news site's own ad-sales line (【某网广告招商热线：0735-…】), set
        # between the text's paragraphs too: soft, so the text runs on.
        return Verdict("promotion", False)
    if len(key) <= 60 and not sentence and _END_MATTER_RE.search(key):
        return Verdict("end-matter", True)
    if not sentence and _is_related_heading(key):
        return Verdict("related", True)
    if len(key) <= MAX_RELATED_WITH_LINK and "。" not in key and _RELATED_WITH_LINK.match(key.lstrip(_LEAD_MARKS)):
        return Verdict("related", False)
    if _is_attachment(key):
        return Verdict("attachment", True)
    if not numbered and _is_footer(key):
        return Verdict("footer", True)
    if is_ai_summary_label(key) or is_ai_generated_note(key):
        return Verdict(AI_SUMMARY, False)
    if len(key) <= MAX_PROMOTION * 2 and _ASSISTANT_GREETING.match(key):
        return Verdict("promotion", True)
    if key in _NAVIGATION_EXACT or key.startswith("导航菜单") or key.strip(_ARROWS) in _NAVIGATION_EXACT \
            or len(key) <= 10 and _PART_TAB.match(key):
        return Verdict("navigation", False)
    if len(key) <= 60 and _GLOSSARY_LINK.match(key):
        return Verdict("related", False)
    if len(key) <= 8 and key.endswith("信箱") and _MAILBOX.match(key):
        return Verdict("navigation", False)
    if len(key) <= 20 and key.endswith("热线") and _HOTLINE.match(key):
        return Verdict("navigation", False)
    if key in _CONTENTS_HEADINGS or len(key) <= MAX_CONTENTS_ENTRY and (
            _CONTENTS_ENTRY.search(key) or "\t" in text and _TAB_CONTENTS_ENTRY.search(text)):
        return Verdict("table-of-contents", False)
    if len(key) <= MAX_SITE_LINE and "." in key and _SITE_LINE.search(key) and not _SENTENCE_PUNCTUATION.search(key):
        return Verdict("navigation", False)
    if len(key) <= MAX_SITE_GREETING and _SITE_GREETING.match(key):
        return Verdict("navigation", False)
    if key in _BREADCRUMB_TAIL_EXACT or _BREADCRUMB_START.match(key) \
            or (len(key) <= 120 and (_BREADCRUMB_ARROWS.search(key) or _BREADCRUMB_TRAIL.match(key)
                                     or ">" in key and _BREADCRUMB_ASCII_TRAIL.match(key))):
        return Verdict("breadcrumb", False)
    if is_date_line(text) or (len(key) <= 40 and _DATELINE.match(key)):
        return Verdict("article-info", False)
    if len(key) <= 30 and _DIVISION_PATH.match(" ".join(fold(text).split())):
        return Verdict("article-info", False)
    if len(key) <= 60 and key.endswith(_CLIP_NAME_ENDS):
        # A note app's name for a clipped page (临海2021政府工作报告（剪藏）): the
        # note's, typed by its user, not the article's heading under it.
        return Verdict("article-info", False)
    if len(key) <= 40 and key[:1] in "-_=" and _FORWARDED_MAIL.match(key):
        # A mail client's rule over the message forwarded (-----原始邮件-----).
        return Verdict("article-info", False)
    if len(key) <= 200 and ("检索" in key or "条/共" in key) and _SEARCH_TRAIL.search(key):
        # A database record's way back to the search that found it (<< 返回检索结果
        # 检索式：… 第4条/共11条): its query may name the report, but it is no title.
        return Verdict("navigation", False)
    if len(key) <= 200 and key[:1] in "【[" and _SITE_NOTICE.match(key):
        # 【说明】本页面内容由某平台自动采集…, 【利用须知】本档案已向社会开放…: the site's word on its copy.
        return Verdict("disclaimer", True)
    if len(key) <= 40 and ("版" in key or "version" in key) and _OTHER_LANGUAGE_VERSION.search(key) and (
            len(key) <= 10 or _VERSION_LINK_WORDS.search(key) and not _SENTENCE_PUNCTUATION.search(key)):
        # 藏文版全文请点击: the full text in another language, not this one cut short.
        return Verdict("navigation", False)
    if (len(key) <= 30 and _UNFINISHED.match(key)) or (len(key) <= 60 and _CONTINUED_FROM.match(key)) or (
            len(key) <= 60 and "未完待续" in key[:8] and _UNFINISHED.match(key)) or (
            len(key) <= MAX_INCOMPLETE_NOTE and _INCOMPLETE_COPY.search(key)):
        return Verdict("excerpt-notice", False)
    if _is_pagination(key) or (len(key) <= 80 and ("上一页" in key or "下一页" in key)):
        return Verdict("pagination", False)
    if len(key) <= 80 and _ISSUE_PAGER.search(key) and not _SENTENCE_PUNCTUATION.search(key):
        return Verdict("pagination", False)
    if len(key) <= 120 and _PREV_NEXT_ARTICLE.match(key.lstrip(_LEAD_MARKS)):
        return Verdict("prev-next", False)
    if len(key) <= 80 and "。" not in key and _PART_PAGER.search(key):
        # Not "pagination": the parts are all on this page, which is no excerpt.
        return Verdict("navigation", False)
    if (len(key) <= MAX_PROMOTION or "http" in key and len(_LINK_IN_LINE.sub("", key)) <= MAX_PROMOTION) \
            and "。" not in key and not numbered and _PROMOTION.search(key):
        return Verdict("promotion", False)
    if len(key) <= MAX_PROMOTION and _FOLLOW_US.match(key):
        return Verdict("promotion", False)
    if len(key) <= MAX_PROMOTION * 2 and _SOURCE_CAVEAT.search(key):
        return Verdict("disclaimer", False)
    if len(key) <= MAX_IMPRINT and not numbered and _IMPRINT.search(key):
        return Verdict("article-info", False)
    if len(key) <= MAX_PROMOTION * 2 and _AD_LABEL.match(key):
        return Verdict("promotion", False)
    if len(key) <= MAX_EPAPER_INFO and _EPAPER_PAGE.search(key):
        return Verdict("article-info", False)
    if len(key) <= 2 * MAX_EPAPER_INFO and _ISSUE_MASTHEAD.match(key):
        return Verdict("article-info", False)
    if len(key) <= MAX_PROMOTION and "。" not in key and not numbered and _DOWNLOAD_OFFER.search(key):
        return Verdict("download-offer", False)
    if len(key) <= MAX_PROMOTION * 3 and _DOCUMENT_SHARING.search(key):
        return Verdict("download-offer", False)
    if len(key) <= 60 and _LENGTH_NOTE.search(key):
        # A paywall's count (本文共计14,372字，剩余12,856字未显示) says the text is cut.
        # (阅读全文约需12分钟 is the time the whole text takes: no word that it is cut.)
        cut = _EXCERPT_NOTICE.search(key) and not _WHOLE_TEXT_TIME.search(key)
        return Verdict("excerpt-notice" if cut else "article-info", False)
    if len(key) <= 20 and _COUNTER_BUTTON.match(key) or len(key) <= 80 and "┊" in key and _is_counter_bar(key):
        return Verdict("share-print", False)
    if len(key) <= 120 and not numbered and _is_photo_credit(key):
        return Verdict("photo-credit", False)
    if len(key) <= MAX_FIGURE_CAPTION and key.startswith("图") and _FIGURE_CAPTION.match(key):
        return Verdict("photo-credit", False)
    if len(key) <= 8 and _NO_ATTACHMENT.match(key):
        # A CMS's attachment field left empty (附件：无): the page's, no appendix of the report.
        return Verdict("article-info", False)
    if key[:1] in "[【" and _IMAGE_STAND_IN.match(key):
        return Verdict("photo-credit", False)
    if len(key) <= 80 and key.startswith(("制表", "制图", "图表制作", "图表设计")) and _CHART_CREDIT.match(key):
        # A paper's credit under the table or chart it made (制表：某某网　王丽).
        return Verdict("photo-credit", False)
    if len(key) <= 60 and (_MEDIA_PLACEHOLDER.search(key) or _SCAN_VIEWER.search(key)):
        return Verdict("media-placeholder", False)
    if len(key) <= MAX_SESSION_FILE_LABEL and _SESSION_FILE_LABEL.search(key):
        return Verdict("document-series", False)
    if len(key) <= MAX_OFFICIAL_MARK and _OFFICIAL_MARK.search(key):
        return Verdict("document-series", False)
    if len(key) <= MAX_EDITOR_NOTE and (_EDITOR_NOTE.match(key) or _COMPILER_NOTE.match(key)
                                        or key[:1] in "([【〔" and (_TYPIST_NOTE.match(key)
                                                                    or _SIGNED_EDITOR_NOTE.match(key))):
        # 编者注：本文有删节 says the text is partial, as an excerpt notice does.
        cut = _CUTS_NOTED.search(key) or _SUMMARY_NOTE.match(key)
        return Verdict("excerpt-notice" if cut else "editor-note", False)
    if _is_foreign_line(text):
        return Verdict("foreign-text", False)
    if key in _SHARE_EXACT or (len(key) <= 60 and not numbered and _is_share_or_print(key, numbered)):
        return Verdict("share-print", False)
    if _is_article_info(key):
        return Verdict("article-info", False)
    if len(key) <= 12 and _PART_BADGE.fullmatch(key):
        return Verdict("decoration", False)
    if len(key) <= 30 and _OTHER_VERSION_LINK.search(key):
        # An AMP or mobile page's link to its desktop version: the same text in full.
        return Verdict("navigation", False)
    if len(key) <= 60 and _PARTS_HERE.search(key):
        # A hint that the text is shown in parts on this page (已分为三部分，请点击
        # 下方标签切换阅读): the page's tabs, no word that the text is cut.
        return Verdict("navigation", False)
    if len(key) <= 30 and not numbered and _EXCERPT_NOTICE.search(key) and not is_title_restatement(text):
        # A title saying it is an excerpt (政府工作报告（节选）) is the title still.
        return Verdict("excerpt-notice", False)
    if not numbered and _is_menu(text):
        return Verdict("navigation", False)
    return None


# --- boilerplate words inside a report's sentence -----------------------------
# The words that make a line boilerplate by standing in it. A site's line
# opens with its word (网友评论仅供网友表达个人看法…, 版权所有：…, 分享到：); a
# report's sentence uses it inside (推进版权所有权保护, 畅通网友留言渠道).
_WORD_KINDS = (_COMMENT, _END_MATTER, _FOOTER_STRONG + _FOOTER_WEAK, _SHARE + _SHARE_WEAK,
               _DISCLAIMER_STRONG, _RELATED_HEADINGS)
_BOILERPLATE_WORD = _any_of(sum(_WORD_KINDS, ()))
_WORD_KIND_RES = tuple(_any_of(kind) for kind in _WORD_KINDS)
# How far into a line a word still opens it (请文明上网，理性发言。).
_OPENING_REACH = 2


def word_inside_text(text: str, alone: bool = False) -> bool:
    """Whether a line holds boilerplate words and they stand inside its text:
    none opens the line, and it is no content farm's sign-off (以上就是小编整理的…).
    `alone`: and they are of one kind (a site's line piles up several kinds:
    如需转载请注明出处，本网站版权所有。)."""
    key = match_key(text)
    if _FARM_OUTRO.search(key):
        return False
    first = _BOILERPLATE_WORD.search(key)   # the leftmost word
    if first is None or first.start() < _OPENING_REACH:
        return False
    return not alone or sum(1 for kind in _WORD_KIND_RES if kind.search(key)) == 1


# --- boilerplate glued to the end of a body line -----------------------------
# When a page puts its disclaimer or footer in the same block as the last
# paragraph, the rendering gives one line "…报告正文。本文仅代表作者观点…".
_GLUED_PHRASES_CHINESE = "|".join((
    "本文仅代表", "本文地址[:：]", "本文链接[:：]", "留言与评论", "有想补充的信息", "点我投稿", "网站地图",
    "版权所有", "上一页", "下一页", "分享到", "打印本页", "关闭窗口", "相关报告", "相关文章", "推荐阅读",
    "免责声明",
    # an item's text cut short on a listing, its link to the rest after the
    # ellipsis (…… [展开全文]); only literals here, see below
    "……", r"\.\.\."))
_GLUED_STARTS = re.compile(f"({_GLUED_PHRASES_CHINESE}|Copyright)", re.IGNORECASE)
# Without `Copyright`: a case-sensitive alternation of literals, which the
# regex engine scans several times faster (every line of a page is asked).
_GLUED_STARTS_CHINESE = re.compile(_GLUED_PHRASES_CHINESE)
# `Copyright` in any case. Under IGNORECASE only `c` and `C` match `c`, so
# the first letter is looked for as a plain class, which the regex engine
# finds fast, and only the rest ignores case.
_COPYRIGHT = re.compile("[cC](?i:opyright)")
_SENTENCE_ENDS = "。!?！？”’」』)）"


def may_hold_glued_boilerplate(text: str) -> bool:
    """Whether `_GLUED_STARTS` matches in `text` (cheaply): one of its Chinese
    phrases, or `Copyright` in any case. Without, `cut_glued_boilerplate`
    leaves the text whole."""
    return bool(_GLUED_STARTS_CHINESE.search(text)) or (
        ("c" in text or "C" in text) and bool(_COPYRIGHT.search(text)))


def cut_glued_boilerplate(text: str) -> tuple[str, str | None, str | None]:
    """Split `text` into (content, glued boilerplate tail, why) at a sentence end.

    The tail is cut only where a boilerplate phrase starts right after the end
    of a sentence and the tail, read as a line, is itself boilerplate.
    """
    if not may_hold_glued_boilerplate(text):
        return text, None, None
    for match in _GLUED_STARTS.finditer(text):
        start = match.start()
        before = text[max(0, start - 20):start].rstrip(" \t\u3000\xa0")
        spaced = len(before) < len(text[max(0, start - 20):start])
        if not before or not (spaced or before[-1] in _SENTENCE_ENDS):
            continue
        tail = text[start:]
        verdict = classify_line(tail) or _glued_tail_verdict(tail)
        if verdict and not _report_sentences(tail, verdict):
            return text[:start].rstrip(), tail, verdict.why
    return text, None, None


# Verdicts a glued tail earns by the word it opens with, which a report's own
# next sentence may open with too (…。版权所有者合法权益得到有效保护。).
_GLUED_WORD_VERDICTS = frozenset({"footer", "related", "share-print", "pagination", "prev-next"})
MIN_GLUED_SENTENCE_CJK = 10
_FULL_STOP_END = re.compile(r"[。!?！？][”’」』)）]*$")


def _report_sentences(tail: str, verdict: Verdict) -> bool:
    """Whether a tail judged by its opening word reads on as the report's
    sentences: running Chinese to a full stop, no label's colon. A site's
    glued footer or list ends on a name, an address or a link."""
    return (verdict.why in _GLUED_WORD_VERDICTS and bool(_FULL_STOP_END.search(tail))
            and ":" not in tail and "：" not in tail
            and cjk_count(tail) >= MIN_GLUED_SENTENCE_CJK)


def split_glued_boilerplate(text: str) -> list[str]:
    """`text` as separate lines: content first, then each glued boilerplate block."""
    pieces: list[str] = []
    while True:
        content, tail, _why = cut_glued_boilerplate(text)
        if tail is None:
            pieces.append(text)
            return [piece for piece in pieces if piece.strip()]
        pieces.append(content)
        text = tail


def _glued_tail_verdict(tail: str) -> Verdict | None:
    """A verdict for a long glued tail that packs several boilerplate blocks."""
    key = match_key(tail)
    if is_disclaimer(key) or _COMMENT_RE.search(key) or _END_MATTER_RE.search(key):
        return Verdict("glued-boilerplate", True)
    return None


# --- newspaper continuation marks ---------------------------------------------------
# A report printed over several pages of a newspaper keeps the marks where it
# jumps (`（下转第二版）`, `（上接第一版）`, `(下转A3版)`; a paged web copy's
# `（下转第2页）`) in its web copy, often
# inside a paragraph broken at the jump. No report sentence holds one. Read
# on the raw line (a cheap test first), so traditional forms (下轉) are listed.
# The going-on may be told in words (（未完，续见本报第3版《政府工作报告（下）》）).
_PAGE_JUMP = re.compile(
    r"[(（]\s*(?:上接|下[转轉]|[紧緊]接|接|[转轉])\s*第?\s*[A-Za-zＡ-Ｚ]?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[版页頁]"
    r"[^()（）]{0,6}[)）]"
    r"|[(（]\s*(?:未完[,，、]?\s*)?(?:[续續]见|[转轉]见|[续續][转轉]|[续續]载于)\s*(?:本报)?\s*第?\s*[A-Za-zＡ-Ｚ]?\s*"
    r"[0-9０-９一二三四五六七八九十]{1,3}\s*[版页頁](?:[^()（）]|[(（][^()（）]{0,4}[)）]){0,30}[)）]")


# A Word comment's anchor left in the text of a page saved from Word ([批注1]),
# or one of the comments listed after it ([批注1]数据以…为准): the editors', never the report's.
_COMMENT_ANCHOR = re.compile(r"\[批注\d{1,3}\]")


# A reading app's counters glued after a paragraph's sentences (…提出意见。💬 3, 段评) or
# after a sentence readers underlined (…增长7.4%。36人划线): the app's, never the text's.
_READER_COUNTER = re.compile(r"(?<=[。！？!?”；;：:])(?:\s*(?:💬\s*\d*|段评(?:\s*\d+)?|\d{1,6}人划线))+")


def is_reader_counter(text: str) -> bool:
    """Whether a text holds a reading app's counter's words (a mark
    `strip_page_jumps` took out is one when it does)."""
    return "💬" in text or "段评" in text or "划线" in text


def strip_page_jumps(text: str) -> tuple[str, list[str]]:
    """`text` without newspaper continuation marks, Word comment anchors and
    a reading app's counters, and the marks removed."""
    if "批注" in text:
        anchors = _COMMENT_ANCHOR.findall(text)
        text = _COMMENT_ANCHOR.sub("", text)
    else:
        anchors = []
    if is_reader_counter(text):
        counters = [found.group().strip() for found in _READER_COUNTER.finditer(text)]
        if counters:
            anchors += counters
            text = _READER_COUNTER.sub("", text)
    if "版" not in text and "页" not in text and "頁" not in text:   # most lines: no mark possible
        return text, anchors
    marks = _PAGE_JUMP.findall(text)
    return (_PAGE_JUMP.sub("", text), anchors + marks) if marks else (text, anchors)


def continues_elsewhere(marks: list[str]) -> bool:
    """Whether a newspaper's continuation marks show text printed on a page
    not here: the first says it continues from another page (（上接第1版）) or
    the last that it goes on there (（下转第2版）). A page showing the whole text keeps
    both ends of each jump (下转第4版 … 上接第3版)."""
    # A paged web copy's (下转第2页) is stitched to its next page instead.
    jumps = [mark for mark in marks if "版" in mark and _PAGE_JUMP.fullmatch(mark)]
    if not jumps:
        return False
    return "上接" in jumps[0] or any(word in jumps[-1] for word in ("下转", "下轉", "见", "見", "续转", "續轉", "载于", "載於"))


# --- dates the site prints -------------------------------------------------------
_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
# Numeric dates only (2025-07-02, 2025/7/2, 2025.07.02): a line `2022年1月5日`
# on its own is the report's delivery date, part of its header.
_DATE_ONLY = re.compile(
    r"^[\[【(]?(?:(?:发布|更新)?(?:时间|日期)[::]?)?\s*(?:19|20)\d{2}\s*([-/.])\s*\d{1,2}\s*\1\s*\d{1,2}"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[\])】]?$")


# Longest date-only line: `【发布时间：2025-07-02 10:30:00】` with spaces to spare.
MAX_DATE_LINE = 60


def is_date_line(text: str) -> bool:
    """A line that is only a date (with an optional time), as listing pages print."""
    if len(text) > MAX_DATE_LINE:
        return False   # checked on every line of a page: skip NFKC of long ones
    return _is_date_text(text)


@lru_cache(maxsize=8192)
def _is_date_text(text: str) -> bool:
    """`is_date_line` for a short line (cached: listing detection asks for every
    line several times)."""
    return bool(_DATE_ONLY.match(nfkc(text).strip()))


# Cached: listing detection and the body's date look at the same dated lines
# again and again.
@lru_cache(maxsize=4096)
def site_date(text: str) -> str | None:
    """YYYY-MM-DD from a date-only line or an article-info line, else None."""
    normal = nfkc(text).strip()
    if not (is_date_line(normal) or _is_article_info(match_key(normal))):
        return None
    match = _DATE.search(normal)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


# --- pages that are not reports at all -----------------------------------------------
# Below this many body characters the page's own text is checked too (a soft
# 404 or login page may still carry some text); callers may skip keying the
# page for longer bodies.
SHORT_BODY = 300


# A site search's results page (检索结果 - 某市人民政府门户网站): its hits'
# snippets are the reports' openings, the reports are elsewhere. A report is
# never titled so; a page of results holds a few snippets per hit.
_SEARCH_RESULTS = re.compile(r"(?:搜索|检索|查询)结果|站内搜索|全文检索|searchresults?")
MAX_SEARCH_RESULTS = 6000


def page_problem(page_key: str, title_key: str, body_chars: int,
                 has_password_field: bool) -> str | None:
    """Why a page with little or no body is not a report: soft 404, a
    firewall's block page, search results or a login page."""
    if _SOFT_404.search(title_key) and body_chars < 2000:
        return "soft-404"
    if body_chars < SHORT_BODY and _SOFT_404.search(page_key[:3000]):
        return "soft-404"
    if body_chars < MAX_BLOCK_PAGE and _BLOCKED.search(page_key[:3000] or title_key):
        return "blocked"
    if _SEARCH_RESULTS.search(title_key) and body_chars < MAX_SEARCH_RESULTS:
        return "search-results"
    if body_chars < SHORT_BODY and (has_password_field or (
            _LOGIN.search(page_key) and _PASSWORD.search(page_key))):
        return "login-page"
    return None
