"""Injected gambling and advertising text: find it and take it out.

Spam is injected into pages as short tokens (seed 003 carries `pp电子娱乐`
inside `相关地区政府pp电子娱乐官网`), so removal works on tokens, not lines,
and only the token goes: `相关地区政府官网` stays readable.

What makes a token spam is a casino's vocabulary: brands glued to a game
category (`pp电子`, `ag真人`), product names (`百家乐`, `真人视讯`), money for
signing up (`注册送`, `首存`, `彩金`), casino names and betting addresses.
Never bare words like `娱乐` or `电子`: `体验式娱乐项目` and `LED电子显示屏`
are ordinary report text. Some compounds name a report's entertainment as
well as a casino (`VR电子娱乐`, `海洋主题娱乐城`, `澳门休闲娱乐`): they go
only with gambling around them, a casino's site right after (`电子娱乐官网`)
or spam in the same clause. A few compounds do occur legitimately in reports
when they talk about policing gambling (`打击跨境赌博、开设赌场犯罪`); those
are kept when an enforcement word comes right before them.

Advertising spam (`代开发票13866668888`, `办证刻章 微信同号`, `无抵押贷款 当天放款`)
offers a service, and its words are a report's too (`推行税务代开发票全程网办`,
`办证刻章一站式办理`, `创业担保贷款当年放款`): an offer is spam only with an
advert's contact right after it (a mobile number, `微信同号`, `全国可查`), or
in an advert's word order (`无抵押贷款当天放款`).

Spam is matched in a folded copy of the line (full-width letters, traditional
characters and spaces inside words undone); what is cut is the original text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

# Casino/game-provider brands that spam glues to a game category ("pp电子娱乐",
# "AG真人", "bbin视讯", "KY棋牌"). Kept to brands: a generic Latin prefix would
# also hit "LED电子", "IT电子".
_BRANDS = (
    "pp|ag|bbin|mg|pt|ky|og|bg|ebet|dg|pg|cq9|jdb|sa|im|hg|ob|fg|allbet|lebo|tcg|"
    "bet365|vns|xpj|amjs|bob|yabo|od|hth|ayx|leyu|kaiyun"
)
_CATEGORIES = (
    "电子娱乐|电子游艺|电子游戏|电子|真人娱乐|真人视讯|真人|视讯|棋牌|捕鱼|综合体育|体育|彩票|"
    "娱乐城|娱乐"
)
_LATIN = "A-Za-z\uff21-\uff3a\uff41-\uff5a"  # ASCII and full-width Latin letters

# No optional suffix: spam is inserted into existing text, so a following
# "官网" is the page's own word ("相关地区政府pp电子娱乐官网" -> "政府官网").
_BRAND_COMPOUND = rf"(?<![{_LATIN}])(?:{_BRANDS})\d{{0,3}}(?:{_CATEGORIES})"
# Any short Latin prefix glued to a casino's product name (`XX真人视讯`). Not
# before `电子娱乐` or `娱乐城`: `VR电子娱乐` is a report's new industry.
_LATIN_COMPOUND = (
    rf"(?<![{_LATIN}])[{_LATIN}]{{1,6}}\d{{0,3}}"
    r"(?:真人娱乐|真人视讯|电子游艺)"
)
# A site's number glued to entertainment (`js333娱乐城`, `365娱乐`): a casino's
# address made a name; reports do not number their amusement parks.
_NUMBERED_COMPOUND = rf"(?<![{_LATIN}\d])[{_LATIN}]{{0,6}}\d{{3,4}}(?:电子娱乐|娱乐城|娱乐场|娱乐)"
# Casino brands that are no ordinary word or name: spam with a platform code
# or their pinyin glued after them (米乐m6, 九游J9, 亚博yabo), or their site,
# app or sign-up gift (乐鱼官网, 爱游戏app下载, 博鱼注册送), no game category needed.
_CASINO_ONLY_NAMES = "乐鱼|亚博|米乐|博鱼|必威|九游|爱游戏|雷竞技|华体会|九游会|金年会"
# Brands whose names are ordinary words or names too (胶东半岛, 星空, 江南水乡,
# 米兰 the city, 凯发 a company, 打开云平台): spam with their own pinyin (开云kaiyun), or
# their site, app download or sign-up gift (米兰app下载, 星空官网), a platform
# code before it or not (米兰m6官网); a code alone is a model's (米兰M6系列),
# `平台` alone an ordinary word (胶东半岛平台), and so is a bare `app`.
_WORD_NAMES = "开云|半岛|星空|江南|皇冠|米兰|凯发|欧宝|天博"
_NAME_PINYIN = ("kaiyun|leyu|yabo|mile|boyu|betway|jiuyou|ayx|raybet|hth|"
                "bandao|xingkong|jiangnan|huangguan|milan|kaifa|ob|tianbo")
# A platform's code: a few letters and digits (m6, J9, k8, w88). Not a line,
# road, type or number's (江南M6线, M6号, M6型).
_PLATFORM_CODE = r"[a-z]{1,3}\d{1,4}(?![\d线号型路次级])"
_SITE_WORDS = r"官网|官方网站|app下载|注册即?送"
_BRAND_SITE = (rf"(?:{_CASINO_ONLY_NAMES})(?:{_PLATFORM_CODE}|[a-z]{{2,10}}\d{{0,4}}|{_SITE_WORDS}|"
               r"平台|app|登录|登陆|入口)"
               rf"|(?:{_WORD_NAMES})(?:(?:{_NAME_PINYIN})\d{{0,4}}(?![a-z])|{_SITE_WORDS}"
               rf"|{_PLATFORM_CODE}(?:{_SITE_WORDS}|平台|app|登录|登陆|入口))"
               # The pinyin alone before its site (kaiyun官网, yabo888注册送).
               rf"|(?<![a-z])(?:{_NAME_PINYIN}|bet365|bbin|xpj|vns|amjs)\d{{0,4}}(?:官网|官方网站|注册即?送)"
               # bet365 written either way is a casino's name alone, and so its site's
               # words after it (365bet亚洲版官网入口).
               r"|(?<![a-z\d])(?:bet365|365bet)(?:[\u4e00-\u9fff]{0,3}?(?:官网|官方网站|入口|平台|登录)){0,2}")
# Where a match starts at most this far before its first word hint (below): a
# brand or Latin prefix (up to six letters) and four digits, `澳门` and
# four characters before `娱乐`, or an advert's `代开各类增值税专用发` before `票`.
_WORD_HINT_REACH = 10
_CHINESE_COMPOUNDS = "|".join([
    r"电子娱乐",
    r"真人娱乐",
    r"真人视讯",
    r"娱乐城",
    r"娱乐官网",
    r"百家乐(?:在线玩|在线|游戏|平台|网站|开户|官网)?",
    r"博彩(?:公司|网站|平台|官网|网)?",
    r"赌场",
    r"棋牌游戏",
    r"老虎机",
    r"彩票开户",
    r"体育投注",
    r"投注平台",
    r"开户即?送(?:\d+[元%]?)?(?:彩金)?",
    r"注册即?送(?:\d+[元%]?)?(?:彩金)?",
    r"首存即?送(?:\d+[元%]?)?(?:彩金)?",
    r"澳门[\u4e00-\u9fff]{0,4}?娱乐(?:城|官网|平台|场)?",
    r"新葡京(?:娱乐)?",
    r"(?:威尼斯人|金沙|银河|永利|太阳城|美高梅|巴黎人|博狗|利来|尊龙)娱乐(?:城|场)?",
    r"彩金",
    r"皇冠体育",
    r"必赢亚洲",
    r"(?:华体会|九游会|金年会)(?:体育|娱乐|棋牌|电竞)?",
    r"开元棋牌",
    # Casino brands whose names are ordinary words (半岛, 星空, 江南, 皇冠) name
    # a casino only glued to a game category: 半岛体育, 星空娱乐 (an ordinary
    # word after one, 江南体育馆, keeps it: `_goes_on_into_ordinary_word`).
    # Its pinyin or code may lead it (bob半岛体育).
    r"(?:(?<![a-z])[a-z]{2,6}\d{0,3})?(?:皇冠|开云|乐鱼|亚博|半岛|星空|江南|米乐|博鱼|必威|九游|爱游戏|米兰|雷竞技|天博|欧宝)"
    r"(?:综合体育|体育|娱乐|棋牌|电竞|彩票|电子|真人)",
    _BRAND_SITE,
    # Lottery games sold by gambling sites, never by the state lotteries.
    r"时时彩",
    r"六合彩",
    r"幸运飞艇",
    r"大发快三",
    r"pc蛋蛋",
    r"(?:北京赛车)?pk10",
    # Betting online (彩票网投), and Macao's casinos named with the city.
    r"彩票网投|网投平台",
    # Touts' "insider" lottery picks (彩票内部计划) and a betting app to
    # download (体育app下载): a report names a sports app without either.
    r"彩票(?:内部)?计划|内部计划群|(?:体育|彩票|棋牌)app(?:下载|推广|注册)",
    r"澳门(?:威尼斯人|金沙|新葡京|银河|永利|美高梅|巴黎人)",
    r"ag亚游|亚游(?:集团|国际|官网)",
])
# Web addresses; one is spam when its host names gambling (checked in code,
# which keeps the pattern linear: it only starts where a host name starts).
_HOST_MAX = 40
_URL = (
    rf"(?<![a-z0-9.-])(?:https?://)?(?:www\.)?[a-z0-9-]{{1,{_HOST_MAX}}}"
    r"\.(?:com|net|cc|vip|xyz|top|app|me|tv|bet|casino)(?![a-z0-9])(?:/[\w./?=&%-]*)?"
)
# Where a web address starts at most this far before its top-level domain (its hint).
_WEB_HINT_REACH = len("https://www.") + _HOST_MAX
_BETTING_HOST = re.compile(r"bet|casino|bocai|yule|xpj|amyl|duchang|bbin|vns")
# Casinos number their hosts (js333, hg0088, 365); so do a few ordinary ones.
_NUMBERED_HOST = re.compile(r"\d{3,}")
# Numbered hosts that are no casino's: the best-known mail and portal services
# (163.com, 126.com, 360.com), and the sites of public service hotlines, which
# carry their five-digit numbers (xm12345.com, 12306.cn, sh12315.com, 95598.com).
_ORDINARY_NUMBERED_HOST = re.compile(r"^(?:163|126|188|139|189|263|360|2345|114)\.|(?<!\d)(?:12|9[56])\d{3}(?!\d)")

# A mobile number: eleven digits, and no more, so that one glued to a figure
# (`代开发票13866668888` + `3.2%`) leaves the figure whole.
_PHONE = r"(?<![0-9])1[3-9]\d(?:-?\d{4}){2}(?![A-Za-z_-])"
# A QQ or WeChat number or a mobile number to call (`_CONTACT`).
_CONTACT_TEXT = (r"(?:请?加|联系|咨询)?(?:(?:QQ|微信|VX|WX|V信|薇信|威信)(?:号|群)?[:：]?"
                 rf"(?:{_PHONE}|[A-Za-z0-9_-]{{5,20}})|(?:电话|手机|热线)?[:：]?{_PHONE})")
# Advertising: services a report offers as well (代开发票, 办证刻章, 无抵押贷款),
# spam with an advert's contact right after them, or in an advert's word
# order; and phrases only an advert uses (`微信同号`).
_AD_OFFER = (r"(?:代开|代办)(?:各类|各种)?(?:增值税)?(?:专用|普通|电子)?发票"
             r"|(?:增值税)?(?:专用|普通|电子)?发票代开"
             r"|办证刻章|刻章办证"
             # forged certificates, the kinds listed (办理各类证件 毕业证 驾驶证)
             r"|(?:办理|代办|制作|定做)(?:各类|各种)证件(?:[、,，]?(?:毕业证|驾驶证|身份证|学位证|资格证|职称证|房产证"
             r"|结婚证|离婚证|户口本|学历证书|证书)){0,8}"
             r"|[无免]抵押贷款|(?:当天|当日|极速|秒)(?:放款|下款)")
# Pornography sites' links, injected like casinos' (亚洲无码高清在线观看, 国产精品一区二区,
# av在线): never a report's words, but for the ones naming what is policed
# (打击黄色网站, 整治色情直播: `_AMBIGUOUS`). 成人教育, 国产精品力作 are none.
_ADULT = (r"(?:(?:亚洲|日韩|欧美|国产|日本|韩国)(?:无码|有码|精品(?:视频|自拍|在线|(?=一区)))"
          r"|(?:无码|有码)(?:高清|视频|中文字幕|av|专区|在线)"
          rf"|(?:亚洲|日韩|欧美|国产|日本|韩国|(?<![{_LATIN}]))av(?:在线|视频|电影|网站|天堂|女优|资源)"
          r"|一区二区(?:三区)?"
          r"|成人(?:影院|电影|视频|网站|小说|直播|av)"
          r"|(?:黄色|色情)(?:网站|视频|电影|小说|直播))"
          r"(?:高清|中文字幕|视频|一区二区(?:三区)?|在线|免费|观看|播放)*")
_AD_CONTACT = rf"(?:微信同号|(?:电话|手机)同微信|全国(?:联网)?可查|货到付款|{_CONTACT_TEXT})"
# An offer and its contact may stand a clause or two apart (代开发票，各行业增值税专用发票，
# 联系QQ：…，): the advert carries its own commas, and the last one goes with it.
_AD_FILLER = r"(?:[,，、][^,，。；;！!？?\n]{1,16}?){1,2}?[,，、]"
# A content farm's credit set into the text it copied, in brackets: its name
# and address and what it did (（范文大全网 www.fanwendaquan.net 整理）).
_SITE_CREDIT = (r"\((?:[^()]{0,16}?网)?\s*(?:https?://)?(?:www\.)?[a-z0-9-]{1,40}\.(?:com|net|cn|org|cc)(?:\.cn)?"
                r"\s*(?:整理|收集|首发|原创|编辑|提供|发布)\)")
_ADVERTISING = (rf"{_ADULT}|{_SITE_CREDIT}|(?:{_AD_OFFER})(?:[,，、]?(?:{_AD_OFFER}))*(?:[,，]?{_AD_CONTACT})+"
                rf"|(?:{_AD_OFFER}){_AD_FILLER}{_AD_CONTACT}(?:[,，](?=[\u4e00-\u9fff]))?"
                r"|[无免]抵押贷款[,，]?(?:当天|当日|极速|秒)(?:放款|下款)"
                # A loan shark's slang, never a report's (网贷秒下款口子, 黑户也能下款, 征信花了也能下).
                r"|(?:网贷|借钱应急|急用钱)?(?:秒下款|黑户(?:也能|也可|可)(?:下款|贷款?|借款?)|下款口子"
                r"|(?:不看|无视)征信|征信花了?也能(?:下款?|贷|借))(?:口子)?"
                r"|微信同号|(?:电话|手机)同微信")
_GAMBLING = "|".join([_URL, _BRAND_COMPOUND, _LATIN_COMPOUND, _NUMBERED_COMPOUND, _CHINESE_COMPOUNDS])
SPAM_PATTERN = re.compile(_GAMBLING + "|" + _ADVERTISING, re.IGNORECASE)
# Every match of SPAM_PATTERN contains one of these hints (a web address its
# top-level domain, a brand compound its game category, a Chinese compound
# or an advert one of these words). Searching for them is some twenty times
# faster than SPAM_PATTERN and most lines hold none, so SPAM_PATTERN is only
# tried near the hints (long report lines do hold a few: `电子商务`, `体育`).
# Two patterns scan faster than one alternation of both. An advert's hints
# are the rarer characters of its words (`票`, not `发`, which every `发展`
# holds): the literal pre-check stops at each first character.
_WEB_ENDINGS = ("com", "net", "cn", "org", "cc", "vip", "xyz", "top", "app", "me", "tv", "bet", "casino")
_WEB_HINT = re.compile(r"\.(?:" + "|".join(_WEB_ENDINGS) + ")", re.IGNORECASE)
_WORD_HINT = re.compile(r"电子|真人|视讯|棋牌|捕鱼|体育|彩票|娱乐|百家乐|博彩|赌场|老虎机|投注|彩金|"
                        r"开户即?送|注册即?送|首存即?送|新葡京|必赢亚洲|华体会|九游会|金年会|电竞|"
                        r"时时彩|六合彩|幸运飞艇|快三|蛋蛋|赛车|澳门|亚游|网投|"
                        rf"{_CASINO_ONLY_NAMES}|{_WORD_NAMES}|官网|官方网站|"
                        r"无码|有码|精品|在线|女优|一区二区|成人|黄色|色情|"
                        r"票|刻章|证件|抵押|款|征信|微信")
_HINTS = ((_WEB_HINT, _WEB_HINT_REACH), (_WORD_HINT, _WORD_HINT_REACH))

# Words that, just before an ambiguous compound, mean the report is talking
# about fighting gambling rather than advertising it.
# A list of what is policed (打击黄色网站和色情直播) puts a few words between.
_ENFORCEMENT_CONTEXT = re.compile(r"(打击|查处|取缔|整治|开设|非法|跨境|境外|严打|禁止|治理|清理|封堵)"
                                  r"[\u4e00-\u9fff]{0,3}(?:(?:网站|直播|视频|赌博|犯罪)?[和、及与])?$")
_AMBIGUOUS = ("赌场", "博彩", "老虎机", "棋牌游戏", "电子娱乐", "娱乐城", "时时彩", "六合彩", "黄色", "色情", "成人")
# "电子娱乐产业", "棋牌游戏室", "儿童娱乐城": the compound is part of a longer ordinary word.
_ORDINARY_CONTINUATION = re.compile(r"^(产业|行业|产品|设备|消费|业态|业|室|厅)")
_ORDINARY_PREFIX = re.compile(r"(儿童|水上|室内|冰雪|文化|欢乐)$")


# A game category that goes on into an ordinary word is that word: `PT电子竞技`,
# `MG体育中心` are a report's, not a casino's `PT电子`, `MG体育`.
_GENERAL_CATEGORY = re.compile(r"(电子|体育|彩票|电竞)$")
_ORDINARY_WORD_AFTER = re.compile(r"(竞技|信息|商务|政务|元器件|元件|产品|设备|产业|制造|科技|技术|签名|证照|"
                                  r"发票|档案|病历|地图|监控|显示|场馆|赛事|公园|中心|设施|用品|强省|强市|"
                                  r"公益金|发行|馆|场|局|学院|学校|运动|健身|报|材料)")
# A casino company's name (`银河娱乐集团`) is news of investment, not an advert.
_COMPANY_AFTER = re.compile(r"(集团|有限公司|股份)")


def _goes_on_into_ordinary_word(token: str, after: str) -> bool:
    """True when a token is the start of an ordinary word or name: `PT电子竞技`,
    `银河娱乐集团`, an industry's `VR电子娱乐产业` (an advert never goes on into one)."""
    if _GENERAL_CATEGORY.search(token) and _ORDINARY_WORD_AFTER.match(after):
        return True
    if not token.endswith("娱乐"):
        return False
    if _COMPANY_AFTER.match(after) and not re.search(rf"[{_LATIN}\d]", token):
        return True
    return bool(_ORDINARY_CONTINUATION.match(after))


def _is_legitimate(text: str, match: re.Match) -> bool:
    """True when an ambiguous compound is ordinary report language here."""
    token = match.group(0)
    after = text[match.end():match.end() + 4]
    if _goes_on_into_ordinary_word(token, after):
        return True
    if not any(token.startswith(word) for word in _AMBIGUOUS):
        return False
    before = text[max(0, match.start() - 8):match.start()]
    if _ENFORCEMENT_CONTEXT.search(before):
        return True
    if token.startswith("博彩") and after.startswith("业"):
        return True
    if _ORDINARY_CONTINUATION.match(after) and token in ("电子娱乐", "博彩", "棋牌游戏"):
        return True
    return token == "娱乐城" and bool(_ORDINARY_PREFIX.search(before))


def _is_ordinary_url(token: str) -> bool:
    """A web address whose host does not name gambling (not spam)."""
    if "." not in token or not re.match(r"(?:https?://)?(?:www\.)?[a-z0-9-]+\.", token, re.I):
        return False
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", token.lower()).split("/")[0]
    if _BETTING_HOST.search(host):
        return False
    return not _NUMBERED_HOST.search(host) or bool(_ORDINARY_NUMBERED_HOST.search(host))


def _is_mail_domain(text: str, match: re.Match) -> bool:
    """The domain of an e-mail address (`zfbgs@163.com`): a mailbox, no casino."""
    return match.start() > 0 and text[match.start() - 1] == "@" and "." in match.group(0)


# Injected spam often brings its call to action along (`请登录AG真人视讯领取彩金`,
# `pp电子娱乐 官方唯一指定`): once the tokens are gone, a short clause left
# holding only such words is spam too. Report clauses are longer, and a
# clause is only looked at when it held a spam token.
_CALL_TO_ACTION = re.compile(r"(登录|登陆|注册|领取|彩金|官方|唯一|指定|点击|进入|开户|充值|优惠|"
                             r"返水|下载|立即|免费|送\d*元|网址|入口|访问|新用户|会员|vip|VIP|信誉|到账|提款|提现|出款|开奖"
                             # the sum a prize word before it offered (注册送彩金58元)
                             r"|^[\d.]+元$)")
MAX_SPAM_CLAUSE = 14
_SENTENCE_END = "。！？!?；;\n"
_CLAUSE_END = _SENTENCE_END + "，,"


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end]: from after the last clause mark
    before it to the next clause mark (both within 40 characters)."""
    left = start
    while left > 0 and start - left < 40 and text[left - 1] not in _CLAUSE_END:
        left -= 1
    right = end
    while right < len(text) and right - end < 40 and text[right] not in _CLAUSE_END:
        right += 1
    return left, right


# Brackets an advert is often injected in, whole (（澳门某某娱乐场 注册即送 www.…com）,
# 【某某在线 官方网址 …】); folded text has `(` and `[` for the full-width ones.
_OPENING_BRACKETS = "(【[「〔"
_CLOSING_BRACKETS = ")】]」〕"
MAX_BRACKETED_AD = 40


def _bracket(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the brackets text[start:end] stands in, with them, when
    they close within `MAX_BRACKETED_AD` characters each way in one sentence."""
    stops = _OPENING_BRACKETS + _CLOSING_BRACKETS + _SENTENCE_END
    left = start
    while left > 0 and start - left < MAX_BRACKETED_AD and text[left - 1] not in stops:
        left -= 1
    right = end
    while right < len(text) and right - end < MAX_BRACKETED_AD and text[right] not in stops:
        right += 1
    if left == 0 or right == len(text) or text[left - 1] not in _OPENING_BRACKETS:
        return None
    if text[right] != _CLOSING_BRACKETS[_OPENING_BRACKETS.index(text[left - 1])]:
        return None
    return left - 1, right + 1


def _without_tokens(text: str, left: int, right: int, tokens: list[tuple[int, int]]) -> str:
    """text[left:right] without the tokens inside it, and without whitespace."""
    rest = text[left:right]
    for a, b in sorted(tokens, reverse=True):
        if left <= a and b <= right:
            rest = rest[:a - left] + rest[b - left:]
    return re.sub(r"\s+", "", rest)


def _spam_span(text: str, start: int, end: int, tokens: list[tuple[int, int]]) -> tuple[int, int]:
    """What to cut for a token at text[start:end]: the token, or its whole
    clause when the rest of the clause is only a call to action, or the
    brackets it stands in when they hold nothing else but such words."""
    bracket = _bracket(text, start, end)
    if bracket is not None:
        # (the marks that listed the tokens, 、 and ，, are no words of their own)
        rest = re.sub(r"[、,，;；:：]", "", _without_tokens(text, bracket[0] + 1, bracket[1] - 1, tokens))
        if len(rest) <= MAX_SPAM_CLAUSE and (not rest or _CALL_TO_ACTION.search(rest) or _WORD_HINT.search(rest)):
            return bracket
    left, right = _clause(text, start, end)
    rest = _without_tokens(text, left, right, tokens)
    # `金沙娱乐城官网` alone: its 官网 is the casino's, not a sentence's.
    only_site = re.fullmatch(r"(?:官网|官方网站|网址|入口)+", rest)
    if len(rest) > MAX_SPAM_CLAUSE or (rest and not (only_site or _CALL_TO_ACTION.search(rest))):
        return start, end
    if left > 0 and text[left - 1] in "，,":
        return left - 1, right          # `…增长10%，请登录…彩金。`: keep the full stop
    if right < len(text) and text[right] in _SENTENCE_END and text[right] != "\n":
        return left, right + 1          # a whole sentence of spam goes with its full stop
    if right < len(text) and text[right] in "，," and (left == 0 or text[left - 1] in _SENTENCE_END):
        return left, right + 1          # `…。bet365体育在线，全市…`: the sentence opens after it
    return left, right


def _possible_starts(text: str) -> list[int]:
    """Every index where a SPAM_PATTERN match can start, in order: at most a
    reach before a hint. A hint inside another (`彩票` in `博彩票`) is not
    found itself but lies inside the one found, so each reach runs to the
    end of the hint found."""
    starts: set[int] = set()
    for hints, reach in _HINTS:
        for hint in hints.finditer(text):
            starts.update(range(max(0, hint.start() - reach), hint.end()))
    return sorted(starts)


def _spam_matches(text: str) -> Iterator[re.Match]:
    """SPAM_PATTERN.finditer(text), tried only where a match can start: a
    scan of the whole pattern is slow, and long report lines hold hints
    (`电子商务`, `体育`) only here and there."""
    position = 0
    for start in _possible_starts(text):
        if start < position:
            continue
        match = SPAM_PATTERN.match(text, start)
        if match:
            yield match
            # A weak word's last character may start spam (`博彩票开户`).
            position = match.end() - 1 if _is_weak(match.group(0)) else match.end()


# Spam is written to slip past filters: full-width letters (`ＡＧ真人视讯`),
# traditional characters (`百家樂`), spaces inside a word (`p p 电子娱乐`). It
# is matched in a folded copy of the line; what is cut is the original text.
# The characters of the lexicon, and of the words that make a token ordinary
# (產業, 兒童, 打擊) so that a traditional report reads as a simplified one; and
# the look-alikes spam writes for its letters and characters (bеt365 with a
# Cyrillic е, 体肓 for 体育, 威尼斯亼 for 威尼斯人).
_TRADITIONAL = ("娛樂電視訊門場註冊開戶網遊藝體賭魚機資賓領亞華會贏發線錄陸載點擊進優號碼際國額現幣贈當頁裡銀陽麗來龍聯係諮詢"
                "產業設備費態廳兒內歡處締嚴規範營"
                "辦證貸無稅專話類種極熱徵錢應戶"
                "時賽車計劃"
                "аеорсхуі肓亼",
                "娱乐电视讯门场注册开户网游艺体赌鱼机资宾领亚华会赢发线录陆载点击进优号码际国额现币赠当页里银阳丽来龙联系咨询"
                "产业设备费态厅儿内欢处缔严规范营"
                "办证贷无税专话类种极热征钱应户"
                "时赛车计划"
                "aeopcxyi育人")
_FOLD = {**{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)},
         **str.maketrans(*_TRADITIONAL)}
# Spaces, and the dots spam sets inside its words (半岛·体育), which a name's dot
# (叶尔兰·哈力木拉提) keeps in the text: only matching goes without them.
_INNER_SPACE = re.compile(r"[ \t\u3000\xa0·•・]+")
# The characters `_FOLD` changes. Its targets are ASCII or simplified
# characters, none of them one it changes (a test checks), so the characters
# can be replaced one after the other, in any order.
_FOLDED_CHARACTER = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]")


def _fold_characters(text: str) -> str:
    """`text.translate(_FOLD)`, faster: a line holds a few distinct characters
    to fold (its full-width punctuation), and replacing each of them at once
    runs in C, where `translate` looks every character up in a dict."""
    for char in set(_FOLDED_CHARACTER.findall(text)):
        text = text.replace(char, chr(_FOLD[ord(char)]))
    return text


def _folded(text: str) -> tuple[str, _Squeezed | None]:
    """The line as spam is matched in: ASCII letters, simplified characters,
    no spaces; and how to find its characters in `text` (None when nothing
    moved)."""
    folded = _fold_characters(text)
    runs = [match.span() for match in _INNER_SPACE.finditer(folded)]
    if not runs:
        return folded, None
    return _INNER_SPACE.sub("", folded), _Squeezed(runs)


class _Squeezed:
    """Where the characters of a line with its space runs taken out stand in
    the line: kept per run, not per character (a one-line body is long)."""

    def __init__(self, runs: list[tuple[int, int]]) -> None:
        self.starts: list[int] = []     # where each run was, in the squeezed line
        self.removed: list[int] = []    # spaces taken out up to and with each run
        removed = 0
        for start, end in runs:
            self.starts.append(start - removed)
            removed += end - start
            self.removed.append(removed)

    def original(self, index: int) -> int:
        """The position in the line of the squeezed line's character `index`."""
        run = bisect_right(self.starts, index) - 1
        return index + (self.removed[run] if run >= 0 else 0)


# Words that name ordinary entertainment as well as a casino (`VR电子娱乐`,
# `海洋主题娱乐城`, `澳门休闲娱乐`), Macau's gaming industry (`博彩旅游`) or
# a campaign's gift (`注册送消费券`): spam only with a sign of gambling around.
_WEAK = re.compile(r"电子娱乐|娱乐城|澳门[\u4e00-\u9fff]{0,4}?娱乐|博彩|(?:注册|开户)即?送")
# A casino's own name makes `澳门…娱乐` spam by itself (`澳门新葡京娱乐`).
_CASINO_NAME = re.compile(r"葡京|威尼斯人|金沙|永利|太阳城|美高梅|巴黎人")
# A casino's site named right after it (`相关地区政府电子娱乐官网`).
_SITE_AFTER = re.compile(r"(官网|官方|网址|网站|平台|入口|开户|注册|登录|登陆|下载|app|手机版|直营|充值|首存)",
                         re.IGNORECASE)
# A QQ, WeChat or mobile number to call: spam's contact, when the line holds spam.
_CONTACT = re.compile(_CONTACT_TEXT, re.IGNORECASE)


def _is_weak(token: str) -> bool:
    """True when a token names ordinary entertainment as well as a casino."""
    return bool(_WEAK.fullmatch(token)) and not _CASINO_NAME.search(token)


def _spam_tokens(text: str) -> list[tuple[int, int]]:
    """Spans of the spam tokens in a folded line: gambling words, weak ones
    when gambling shows around them, and the contacts of a line with spam."""
    found = _found_words(text)
    contacts = _contacts(text) if found else []
    strong, weak = _kept_words(text, found, contacts)
    if not (strong or weak):
        return []
    return _merged(sorted(strong + weak + contacts), text)


# What a casino's name carries glued after it: its letters and numbers
# (米乐m6, 九游会J9, 亚博体育yabo888vip) and its app (乐鱼体育app下载). Not 官网:
# spam is inserted before a page's own words (相关地区政府pp电子娱乐官网).
# Its 在线 goes with it when a clause ends there or a betting word follows
# (bet365体育在线，…; 开云体育在线投注); before other words it may be the page's.
_TAIL = re.compile(r"(?:[a-z]{1,8}\d{0,4}(?:vip)?|[A-Z]\d{1,3}|[A-Z]{2,8}\d{0,4})?(?:下载)?"
                   r"(?:在线(?:投注|下注|开户|娱乐|官网|平台|入口)|在线(?=[\s,，。;；!！、)）】]|$)|投注|下注|计划群)?")


# A casino's 官网 after its name (开元棋牌官网), unless the words the name was
# pushed into name a site's owner (相关地区政府[pp电子娱乐]官网: the text's 政府官网).
_SITE_WORD = re.compile(r"官网|官方网站|网址|入口")
_SITE_OWNER = re.compile(r"(?:政府|部门|单位|机关|委员会|局|委|办|院|中心|公司|企业|学校|网站?|平台|地区)$")


def _with_tail(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A spam token's span with its name's tail (`_TAIL`)."""
    tail = _TAIL.match(text, span[1])
    return span[0], tail.end() if tail else span[1]


def _found_words(text: str) -> list[re.Match]:
    """The spam words in a folded line that are not ordinary report
    language or an ordinary web address there."""
    return [match for match in _spam_matches(text)
            if not (_is_legitimate(text, match) or _is_ordinary_url(match.group(0))
                    or _is_mail_domain(text, match))]


def _contacts(text: str) -> list[tuple[int, int]]:
    """Spans of the QQ, WeChat or mobile numbers in a folded line."""
    return [match.span() for match in _CONTACT.finditer(text)]


def _kept_words(text: str, found: list[re.Match], contacts: list[tuple[int, int]]
                ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(strong, weak): the spans of the words found that are spam, the weak
    ones only with a sign of gambling after them or in their clause."""
    weak = [match for match in found if _is_weak(match.group(0))]
    strong = [match.span() for match in found if match not in weak]
    weak = [_with_prefix(text, match.span()) for match in weak
            if _SITE_AFTER.match(text, match.end()) or _near(text, match.span(), strong + contacts)]
    return [_with_tail(text, span) for span in strong], [_with_tail(text, span) for span in weak]


def _merged(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined (`博彩` and `彩票开户`), each
    with the site word after it when the text before owns no site (`_SITE_WORD`)."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    for number, (start, end) in enumerate(merged):
        site = _SITE_WORD.match(text, end)
        if site and not _SITE_OWNER.search(text[max(0, start - 8):start]):
            merged[number] = (start, site.end())
    return merged


def _near(text: str, span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """True when one of `others` lies in the clause of text[span]: a report's
    `VR电子娱乐` stays in a paragraph that spam got into elsewhere."""
    left, right = _clause(text, *span)
    return any(left <= a and b <= right for a, b in others)


def _with_prefix(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A weak token found to be spam with the letters and digits glued before
    it (`XYZ电子娱乐`): they are the casino's name."""
    start, end = span
    while start > 0 and span[0] - start < 6 and re.match(rf"[{_LATIN}0-9]", text[start - 1]):
        start -= 1
    return start, end


def _written_any_way(word: str) -> str:
    """A pattern for `word` as a page may write it: each character also as
    what `_FOLD` turns into it (娛 for 娱, full-width letters), spaces allowed
    between the characters."""
    sources: dict[str, str] = {}
    for code, target in _FOLD.items():
        sources[chr(target)] = sources.get(chr(target), "") + chr(code)
    classes = [f"[{re.escape(char + sources.get(char, ''))}]" for char in word]
    return _ANY_SPACES.join(classes)


# The hints as a page may write them (`_WORD_HINT` and `_WEB_HINT` find them in
# the folded line; the words here hold each of theirs). A line with none of
# them is no spam, which is known without folding it: most lines, and folding
# each one costs.
_ANY_SPACES = r"[ \t\u3000\xa0]*"
_HINT_WORDS = ("电子", "真人", "视讯", "棋牌", "捕鱼", "体育", "彩票", "娱乐", "百家乐", "博彩", "赌场", "老虎机",
               "投注", "彩金", "开户", "注册", "首存", "新葡京", "必赢亚洲", "华体会", "九游会", "金年会",
               # No Latin word (av, pk10): one would keep the engine from scanning for
               # the literals' first characters; the Chinese words after them are hints.
               "电竞", "时时彩", "六合彩", "幸运飞艇", "快三", "蛋蛋", "赛车", "澳门", "亚游", "网投",
               *_CASINO_ONLY_NAMES.split("|"), *_WORD_NAMES.split("|"), "官网", "官方网站",
               "无码", "有码", "精品", "在线", "女优", "一区二区", "成人", "黄色", "色情",
               "票", "刻章", "抵押", "款", "微信")
_HINT_ANY_WAY = re.compile(
    "|".join(_written_any_way(word) for word in _HINT_WORDS) + "|[.．]" + _ANY_SPACES + "(?:"
    + "|".join(_written_any_way(ending) for ending in _WEB_ENDINGS) + ")", re.IGNORECASE)
# The same hints as plain literals, which the regex engine scans for much
# faster; a line without them can hold a hint only in another written form,
# and so only when it has a space, a traditional character of the fold
# table or a full-width letter, digit or dot.
_HINT_AS_WRITTEN = re.compile("|".join(_HINT_WORDS) + r"|\.(?:" + "|".join(_WEB_ENDINGS) + ")",
                              re.IGNORECASE)
_OTHER_FORMS = re.compile("[" + re.escape(_TRADITIONAL[0]) + "０-９Ａ-Ｚａ-ｚ．" + " \t\u3000\xa0]")


def _may_hold_hint(text: str) -> bool:
    """Whether `_HINT_ANY_WAY` can find a hint in `text` (the same answer, sooner)."""
    if _HINT_AS_WRITTEN.search(text):
        return True
    return bool(_OTHER_FORMS.search(text)) and bool(_HINT_ANY_WAY.search(text))


# Lines longer than this are looked at sentence by sentence (see
# `_sentence_cuts`): folding a whole one-line body costs more than finding
# its few sentences with a hint.
LONG_LINE = 1000
# The sentences of a line: up to a full stop, an exclamation mark or a
# semicolon, folded or not. No spam token, hint, web address or clause
# (`_clause`) goes on past one. A question mark is no such end (a web
# address's query holds one), nor a line break: the checks of the words
# before a token end in `$`, which matches before one.
_SENTENCE = re.compile(r"[^。！!；;]+[。！!；;]?|[。！!；;]")


# The characters a contact (`_CONTACT`) holds one of, as it may be written: a
# QQ or WeChat word's, in either case, or a mobile number's first digit, and
# what `_FOLD` turns into them.
_CONTACT_WORD_CHARACTERS = "QVWX微薇威1"
_CONTACT_CHARACTER = re.compile("[" + re.escape(
    _CONTACT_WORD_CHARACTERS + _CONTACT_WORD_CHARACTERS.lower()
    + "".join(chr(code) for code, target in _FOLD.items() if chr(target).upper() in _CONTACT_WORD_CHARACTERS)) + "]")

Cuts = tuple[list[tuple[int, int]], list[tuple[int, int]]]


def _line_cuts(text: str) -> Cuts:
    """(tokens, cuts): the spans of the spam tokens in `text` and, for each,
    what to cut (the token, or its clause: see `_spam_span`)."""
    folded, squeezed = _folded(text)
    if not (_WORD_HINT.search(folded) or _WEB_HINT.search(folded)):
        return [], []
    tokens = [_short_of_figure(folded, squeezed, a, b) for a, b in _spam_tokens(folded)]
    cuts = [_original_span(squeezed, *_spam_span(folded, a, b, tokens)) for a, b in tokens]
    return [_original_span(squeezed, a, b) for a, b in tokens], cuts


def _sentence_cuts(text: str) -> Cuts:
    """`_line_cuts(text)`, found sentence by sentence. Each token, and all a
    token's checks look at (its clause, the words around it, the hints its
    search starts from), lie in one sentence; only whether the line holds
    spam at all is the whole line's (its contacts are cut only then). So only
    the sentences holding a hint are folded, and those holding a contact's
    word when there is spam. A sentence holds a hint only if it holds one as
    written or a character written another way (`_may_hold_hint`)."""
    sentences = _SENTENCE.findall(text)
    starts = [0, *accumulate(map(len, sentences))]
    hinted = _sentences_at(starts, _HINT_AS_WRITTEN, text) | _sentences_at(starts, _OTHER_FORMS, text)
    folded = {index: _folded(sentences[index]) for index in hinted}
    found = {index: _found_words(folded[index][0]) for index in hinted
             if _WORD_HINT.search(folded[index][0]) or _WEB_HINT.search(folded[index][0])}
    if not any(found.values()):
        return [], []
    for index in _sentences_at(starts, _CONTACT_CHARACTER, text) - hinted:
        folded[index] = _folded(sentences[index])
    tokens: list[tuple[int, int]] = []
    cuts: list[tuple[int, int]] = []
    spam = False
    for index in sorted(folded):
        line, squeezed = folded[index]
        contacts = _contacts(line)
        strong, weak = _kept_words(line, found.get(index, []), contacts)
        spam = spam or bool(strong or weak)
        spans = [_short_of_figure(line, squeezed, a, b)
                 for a, b in _merged(sorted(strong + weak + contacts), line)]
        offset = starts[index]
        for a, b in spans:
            tokens.append(_shifted(_original_span(squeezed, a, b), offset))
            cuts.append(_shifted(_original_span(squeezed, *_spam_span(line, a, b, spans)), offset))
    return (tokens, cuts) if spam else ([], [])


def _sentences_at(starts: list[int], pattern: re.Pattern, text: str) -> set[int]:
    """Indices of the sentences (starting at `starts`) where `pattern` matches in `text`."""
    return {bisect_right(starts, match.start()) - 1 for match in pattern.finditer(text)}


def _shifted(span: tuple[int, int], offset: int) -> tuple[int, int]:
    """A sentence's span as a span of its line (the sentence starting at `offset`)."""
    return span[0] + offset, span[1] + offset


# An injected line of spam lists its words with spaces between them
# (`真人百家乐 在线棋牌 电子游艺 首存送100% 官网`, `无抵押网贷当天下款 黑户也能秒批
# 加微信 dk8899`): the words left once its tokens are cut are the spam's too.
# A report's line, even a heading, has a punctuation mark or few words.
_REPORT_PUNCTUATION = re.compile(r"[，。；！？、：“”‘’（）《》…—]")
MIN_SPAM_LINE_WORDS = 3
MAX_SPAM_LINE = 160
_AD_OFFER_WORDS = re.compile(_AD_OFFER, re.IGNORECASE)


def _is_spam_line(text: str, tokens: list[tuple[int, int]]) -> bool:
    """Whether the whole line is spam: a short run of words with spaces and
    no punctuation, three words or more besides its spam tokens (a token
    spaced out to slip past filters, `政府p p 电子娱乐官网`, is no run), or an
    advert's offer and a contact to reach it (its words apart, so no token
    was found)."""
    if len(text) > MAX_SPAM_LINE or _REPORT_PUNCTUATION.search(text):
        return False
    words = _spam_line_pieces(text, tokens)[len(tokens):]
    if len(" ".join(words).split()) < MIN_SPAM_LINE_WORDS:
        return False
    if tokens:
        return True
    folded = _folded(text)[0]
    return bool(_AD_OFFER_WORDS.search(folded)) and bool(_CONTACT.search(folded))


def _spam_line_pieces(text: str, tokens: list[tuple[int, int]]) -> list[str]:
    """What a whole line of spam is recorded as: its tokens, then the words
    left between them (`在线棋牌 官网`), or the line when it held no token."""
    pieces = [text[a:b] for a, b in tokens]
    rest, position = [], 0
    for start, end in sorted(tokens):
        rest.append(text[position:max(start, position)])
        position = max(position, end)
    rest.append(text[position:])
    leftover = " ".join(" ".join(rest).split())
    return pieces + [leftover] if leftover else pieces


# A casino's advert written as sentences (香港六合彩特码资料免费公开，…请登录
# www.… 或加QQ：…; 棋牌游戏代理诚招各地合伙人，…联系QQ：…): its game words
# and a way to reach it (a contact, an address) in one short paragraph, spam in
# each of its sentences. What is left once they are cut (代理诚招各地合伙人，
# 日赚千元不是梦) is the advert's too. A report's sentence with spam glued to
# it (…完成投资1200亿元…（澳门新葡京 注册即送 www.…）) keeps its figures.
MAX_ADVERT_PARAGRAPH = 200
_REPORT_FIGURE = re.compile(r"\d(?:[\d.]*)\s*(?:亿|万元|万人|万吨|万亩|%|％|个百分点)|增长|下降")


def _is_casino_advert(text: str, tokens: list[tuple[int, int]], cuts: list[tuple[int, int]],
                      removed: list[str]) -> bool:
    """Whether a short paragraph is a casino's advert: gambling words and a
    contact or a web address among its spam, spam in every sentence, and no
    report's figure among the rest. Spam in brackets was put into the text
    around it: the brackets go, the text stays."""
    if len(text) > MAX_ADVERT_PARAGRAPH or len(removed) < 2 or _REPORT_FIGURE.search(text):
        return False
    if any(text[a:a + 1] in _OPENING_BRACKETS + "（［" for a, _ in cuts):
        return False
    starts = [0, *accumulate(map(len, _SENTENCE.findall(text)))]
    if not all(any(start <= a < end for a, _ in tokens) for start, end in zip(starts, starts[1:])
               if text[start:end].strip(" \t\u3000\xa0。！!；;")):
        return False
    folded = [_folded(piece)[0] for piece in removed]
    return (any(_GAMBLING_WORDS.search(piece) and not _WEB_HINT.search(piece) for piece in folded)
            and any(_CONTACT.search(piece) or _WEB_HINT.search(piece) for piece in folded))


_STOPS = ("。", "！", "？", "!", "?", "；", ";")
_LEFT_MARKS = ("。", "，", ",", "；", ";", "、", "！", "!", "？", "?")


# An advert for loans, VPNs or lottery tips set as a paragraph of its own:
# its trade's words (two at least) and a way to reach it (a QQ or WeChat id,
# an address). A report offers none of these with a contact.
_ADVERT_HINT = re.compile("秒批|秒下款|征信|抵押|加速器|翻墙|领号|精准率|独胆|双胆|稳赚|日赚|刷单|免费领")
_ADVERT_WORDS = re.compile(r"秒批|秒下款|不查征信|不看征信|不看负债|当天(?:放款|到账)|[无免]抵押|加速器|vpn|翻墙|一键连接"
                           r"|领号|精准率|独胆|双胆|直选|稳赚|日赚|刷单|免费领")
_ADVERT_REACH = re.compile(r"(?:qq|微信|薇信|威信|v信|vx|wx|(?:加|客服|联系)[vq])(?:号|群)?[:：]?[a-z0-9_-]{5,20}"
                           r"|https?://(?![\w.-]*\.gov\.cn)|www\.(?![\w.-]*\.gov\.cn)[a-z0-9-]+\.")
# A contact set in brackets into a report's sentence (（客服QQ：2846593307　加薇信：hg0088kf）):
# a report gives hotlines and its own accounts, never a QQ number or an id
# for "薇信" to add.
_CONTACT_HINT = re.compile("QQ|qq|ＱＱ|薇信|威信|[Vv]信")
_BRACKETED_CONTACT = re.compile(
    r"[(（][^()（）]{0,6}?(?:QQ|ＱＱ|薇信|威信|[VvＶ]信)(?:号|群)?[:：]?\s*[A-Za-z0-9０-９Ａ-Ｚａ-ｚ_-]{5,20}"
    r"(?:[\s　,，、;；]*(?:加)?(?:QQ|ＱＱ|微信|薇信|威信|[VvＶ]信|VX|WX)(?:号|群)?[:：]?\s*[A-Za-z0-9０-９Ａ-Ｚａ-ｚ_-]{5,20})*[)）]",
    re.IGNORECASE)


def _is_contact_advert(text: str) -> bool:
    folded = _fold_characters(text).lower()
    return len(set(_ADVERT_WORDS.findall(folded))) >= 2 and bool(_ADVERT_REACH.search(folded))


def remove_spam(text: str) -> tuple[str, list[str]]:
    """Return `text` without spam tokens, and the tokens removed (in order);
    a call to action left around them (`请登录…领取彩金`) is removed and listed too,
    and so is a whole line of spam (`_is_spam_line`)."""
    if not text:
        return text, []
    if len(text) <= MAX_ADVERT_PARAGRAPH and _ADVERT_HINT.search(text) and _is_contact_advert(text):
        return "", [text]
    contacts: list[str] = []
    if _CONTACT_HINT.search(text) and _BRACKETED_CONTACT.search(text):
        contacts = [match.group() for match in _BRACKETED_CONTACT.finditer(text)]
        text = _BRACKETED_CONTACT.sub("", text)
    cleaned, removed = _remove_spam_tokens(text)
    return cleaned, contacts + removed


def _remove_spam_tokens(text: str) -> tuple[str, list[str]]:
    if not text or not _may_hold_hint(text):
        return text, []
    tokens, spans = _sentence_cuts(text) if len(text) > LONG_LINE else _line_cuts(text)
    if _is_spam_line(text, tokens):
        return "", _spam_line_pieces(text, tokens)
    if not tokens:
        return text, []
    removed = [text[a:b] for a, b in tokens]
    if _is_casino_advert(text, tokens, spans, removed):
        return "", _spam_line_pieces(text, tokens)
    spans = _with_offer_clauses(text, spans)
    pieces: list[str] = []
    position = 0
    for start, end in sorted(spans):
        if start < position:
            start = position
        if end <= start:
            continue
        piece = text[start:end]
        if piece not in removed and re.sub(r"\s", "", piece) not in removed:
            removed.append(piece)
        pieces.append(text[position:start])
        position = end
    pieces.append(text[position:])
    cleaned = pieces[0]
    for piece in pieces[1:]:
        # A sentence whose every clause was spam leaves its last mark after
        # the sentence before it (`…全覆盖。。`): one mark is enough.
        if cleaned.endswith(_STOPS) and piece.startswith(_LEFT_MARKS):
            piece = piece[1:]
        cleaned += piece
    # A token removed from between two spaces leaves a double space.
    cleaned = re.sub(r"[ \t]{2,}", " ", cleaned)
    return cleaned, removed


# An advert's offers spliced in beside its name in a report's sentence
# (下载某某体育APP，…，首存再送100%，提款3分钟秒到账！): short clauses of its
# calls and prizes, cut with the clause the advert was found in.
_OFFER_CLAUSE = re.compile(r"首存|再送|存送|到账|提款|返水|投注|彩金|下载|官网|网址|注册|送\d")
MAX_OFFER_CLAUSE = 16


def _is_offer_clause(clause: str) -> bool:
    clause = clause.strip()
    return 0 < len(clause) <= MAX_OFFER_CLAUSE and bool(_OFFER_CLAUSE.search(clause))


def _with_offer_clauses(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The cuts, each grown over the offer clauses next to it in its sentence."""
    grown = []
    for start, end in spans:
        while end < len(text) and text[end] in "，,":
            right = _clause(text, end + 1, end + 1)[1]
            if not _is_offer_clause(text[end + 1:right]):
                break
            end = right
        while True:
            # (a cut may hold the comma before it: `，官网www.…`)
            mark = start if text[start] in "，," else start - 1
            if mark < 1 or text[mark] not in "，,":
                break
            left = _clause(text, mark, mark)[0]
            if not _is_offer_clause(text[left:mark]):
                break
            start = left
        grown.append((start, end))
    return grown


# What kind of spam a removed piece is, for the audit trail (`Removal.why`).
_GAMBLING_WORDS = re.compile(_GAMBLING, re.IGNORECASE)
_ADVERTISING_WORDS = re.compile(_ADVERTISING, re.IGNORECASE)
_SITE_CREDIT_WORDS = re.compile(_SITE_CREDIT, re.IGNORECASE)
_URL_WORDS = re.compile(_URL, re.IGNORECASE)
GAMBLING = "spam:gambling"
ADVERTISING = "spam:advertising"


def spam_kinds(removed: list[str]) -> list[str]:
    """The kind of each piece `remove_spam` removed from one line: `GAMBLING`
    for a casino's words, `ADVERTISING` for an advert's; a contact or a call
    to action alone is of the line's other spam (gambling when it has any)."""
    folded = [_folded(piece)[0] for piece in removed]
    # A site's credit names its address, which is no casino's, and so does a
    # loan's or a VPN's advert.
    gambling = [bool(_GAMBLING_WORDS.search(_URL_WORDS.sub("", piece) if _ADVERT_WORDS.search(piece.lower())
                                            else _SITE_CREDIT_WORDS.sub("", piece))) for piece in folded]
    # A whole line of spam may hold an offer with its contact further on.
    advertising = [bool(_ADVERTISING_WORDS.search(piece) or _AD_OFFER_WORDS.search(piece)
                        or _ADVERT_WORDS.search(piece.lower()) or _BRACKETED_CONTACT.fullmatch(piece))
                   for piece in folded]
    line_kind = ADVERTISING if any(advertising) and not any(gambling) else GAMBLING
    return [GAMBLING if is_gambling else ADVERTISING if is_advertising else line_kind
            for is_gambling, is_advertising in zip(gambling, advertising)]


# What goes on after a figure's first digits (5000万元, 5.2万人, 3.2%).
_FIGURE_GOES_ON = re.compile(r"[0-9.．%％万亿千百元人个项家户倍]")


def _short_of_figure(line: str, squeezed: _Squeezed | None, start: int, end: int) -> tuple[int, int]:
    """A span of the folded `line` without the digits after its last space
    when they open a figure and an id runs on into them (`加微信abc123 5000万元`:
    spaces are squeezed out before matching, so the id would take the report's 5000)."""
    if squeezed is None or end >= len(line) or not _FIGURE_GOES_ON.match(line, end):
        return start, end
    index = end - 1
    while index > start and line[index].isdigit():
        if squeezed.original(index) - squeezed.original(index - 1) > 1:
            # Only an id running on across the space: digits after a word
            # (代开發票 13866668888) are a contact of their own.
            return (start, index) if line[index - 1].isascii() and line[index - 1].isalnum() else (start, end)
        index -= 1
    return start, end


def _original_span(squeezed: _Squeezed | None, start: int, end: int) -> tuple[int, int]:
    """Where the folded line's text[start:end] stands in the original line."""
    if squeezed is None or end <= start:
        return start, end
    return squeezed.original(start), squeezed.original(end - 1) + 1