"""The documents the replica publishes: the seed reports, plus a few traps.

Seed files are NFKC-normalised text renderings of real pages (see
``seeds/README.md``). Live pages carry full-width punctuation and ideographic
indents, so everything here is turned back into *page form* on load
(:func:`denormalise`): the text of a :class:`Report` is what the live page
holds, and ``unicodedata.normalize("NFKC", text)`` gives the seed's text back.

The site model (``replica.site``) takes any iterable of :class:`Report`, so a
benchmark can add thousands of synthetic reports to, or instead of,
:func:`default_reports`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

# The seven geographic regions, in the order the site's navigation lists them.
REGIONS: tuple[tuple[str, str], ...] = (
    ("huabei", "华北"),
    ("dongbei", "东北"),
    ("huadong", "华东"),
    ("huazhong", "华中"),
    ("huanan", "华南"),
    ("xinan", "西南"),
    ("xibei", "西北"),
)
REGION_LABELS: dict[str, str] = dict(REGIONS)

_REGION_PROVINCES = {
    "huabei": "北京市 天津市 河北省 山西省 内蒙古自治区",
    "dongbei": "辽宁省 吉林省 黑龙江省",
    "huadong": "上海市 江苏省 浙江省 安徽省 福建省 江西省 山东省",
    "huazhong": "河南省 湖北省 湖南省",
    "huanan": "广东省 广西壮族自治区 海南省",
    "xinan": "重庆市 四川省 贵州省 云南省 西藏自治区",
    "xibei": "陕西省 甘肃省 青海省 宁夏回族自治区 新疆维吾尔自治区",
}
PROVINCE_REGION: dict[str, str] = {
    province: slug for slug, names in _REGION_PROVINCES.items() for province in names.split()
}

SITE_B_DATE = "2025-07-02"

# Full-width counterparts of the ASCII marks NFKC produced in the seeds.
_FULL_WIDTH = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}


@dataclass(frozen=True)
class Report:
    """One document published by the replica, on site A, site B or both.

    Text fields hold *page form* (full-width punctuation, as the live page
    has it); paragraphs carry no indent, the site adds it.

    Site A fields: ``id`` (one sequence across sections), ``region`` (a slug
    of :data:`REGIONS`), ``title`` (``None`` for no title), ``paragraphs``.
    ``page_breaks`` pins where pages start (paragraph indices; ``()`` means
    one page, ``None`` lets the site split at its page length).
    ``page_disclaimers`` overrides the disclaimer per page (1st, 2nd, …;
    ``None`` entries keep the default). ``layout`` picks the markup variant
    (``"classic"`` or ``"article"``), ``encoding`` the bytes' charset.
    ``status`` other than 200 makes the listing link lead to an error page.
    ``attachment`` (``"pdf"``, ``"docx"``) publishes the report as an attached
    file made from ``paragraphs``: its page only says so and links the file
    (see ``replica.attachments``).

    Site B fields: ``site_b_title`` (as displayed, prefix included),
    ``site_b_body`` (one line), ``site_b_date``.
    """

    key: str
    kind: str = "report"  # "report", or a trap: "bulletin", "news", "missing"
    province: str | None = None
    seed: str | None = None
    id: int | None = None
    region: str | None = None
    title: str | None = None
    paragraphs: tuple[str, ...] = ()
    page_breaks: tuple[int, ...] | None = None
    page_disclaimers: tuple[str | None, ...] = ()
    layout: str = "classic"
    encoding: str = "utf-8"
    status: int = 200
    site_b_title: str | None = None
    site_b_body: str | None = None
    site_b_date: str | None = None
    attachment: str | None = None

    @property
    def on_site_a(self) -> bool:
        """Whether site A lists this document."""
        return self.id is not None and self.region is not None

    @property
    def on_site_b(self) -> bool:
        """Whether site B lists this document."""
        return self.site_b_body is not None

    @property
    def path(self) -> str | None:
        """The site-A path of the first page, e.g. ``/baogao/huazhong/1320.html``."""
        return f"/baogao/{self.region}/{self.id}.html" if self.on_site_a else None


# --------------------------------------------------------------------------
# Text helpers


def denormalise(text: str) -> str:
    """Seed (NFKC) text -> page form: full-width punctuation inside Chinese text.

    A mark stays ASCII only between ASCII letters or digits (``1,234``,
    ``a:b``); a ``)`` follows its ``(``. Runs of ``?`` stay ASCII: they stand for characters lost to an
    encoding error, not for question marks. Runs of two or more spaces become
    ideographic spaces, which HTML does not collapse.
    """
    out: list[str] = []
    opened: list[bool] = []  # per open "(": was it made full-width?
    for i, ch in enumerate(text):
        if ch not in _FULL_WIDTH:
            out.append(ch)
            continue
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if ch == "?" and "?" in (before, after):
            out.append(ch)
            continue
        wide = not (_narrow_context(before) and _narrow_context(after))
        if ch == "(":
            opened.append(wide)
        elif ch == ")" and opened:
            wide = opened.pop() or wide
        out.append(_FULL_WIDTH[ch] if wide else ch)
    return re.sub(r" {2,}", lambda m: "\u3000" * len(m.group()), "".join(out))


def _narrow_context(neighbour: str) -> bool:
    """Whether a neighbouring character (or the text's edge) allows an ASCII mark."""
    return neighbour == "" or (neighbour.isascii() and neighbour.isalnum())


_CN_DIGIT = "〇零一二三四五六七八九十"
_DELIVERY = re.compile(
    rf"(?:\d{{4}}|[{_CN_DIGIT}]{{4}})年[\d{_CN_DIGIT}]{{1,3}}月[\d{_CN_DIGIT}]{{1,3}}日"
    r"在[^。！？]{2,60}?会议上"
)
_GREETING = re.compile(r"各位代表[：，！]")
# A heading or an address to the deputies starts a paragraph, but only right
# after a sentence (or a colon introducing a list): the seeds have spaces
# before "一、" in mid-word too ("增长统 一、政策").
_PARAGRAPH_START = re.compile(
    r"(?:(?<=[。！？：])|(?<=[。！？]”))\s*"
    r"(?=[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|各位代表[！，：、])"
)
_SENTENCE = re.compile(r".*?(?:[。！？]+[”’」』）]*|\Z)", re.S)


def split_paragraphs(body: str, sentences: int = 3, chars: int = 220) -> list[str]:
    """Split a one-line report body (page form) into paragraphs.

    First the header pieces, when present: the restated title, the delivery
    line (``…日在…会议上``), the speaker, ``各位代表：``. Then a paragraph
    starts before each section heading, and otherwise after ``sentences``
    sentences or ``chars`` characters, always at a sentence end. Only
    whitespace at the cuts is dropped, so the paragraphs joined with
    whitespace removed equal ``body`` with whitespace removed.
    """
    head, rest = _header_pieces(body)
    paragraphs = list(head)
    for segment in _PARAGRAPH_START.split(rest):
        paragraphs.extend(_group_sentences(segment, sentences, chars))
    return [p for p in paragraphs if p]


def _header_pieces(body: str) -> tuple[list[str], str]:
    """The report header cut off the body start, and the remaining text."""
    delivery = _DELIVERY.search(body, 0, 120)
    if not delivery:
        return [], body
    pieces = [body[: delivery.start()].strip(), delivery.group()]
    rest = body[delivery.end():]
    greeting = _GREETING.search(rest, 0, 40)
    if greeting:
        pieces += [rest[: greeting.start()].strip(), greeting.group()]
        rest = rest[greeting.end():]
    return [p for p in pieces if p], rest


def _group_sentences(text: str, sentences: int, chars: int) -> list[str]:
    """Sentences of ``text`` grouped into paragraphs of a few sentences."""
    paragraphs, current = [], ""
    count = 0
    for match in _SENTENCE.finditer(text):
        if not match.group():
            continue
        current += match.group()
        count += 1
        if count >= sentences or len(current) >= chars:
            paragraphs.append(current.strip())
            current, count = "", 0
    if current.strip():
        paragraphs.append(current.strip())
    return paragraphs


# --------------------------------------------------------------------------
# Seed files


def seed_text(number: str) -> str:
    """The text of seed file ``number`` (``"000"`` … ``"004"``), as stored."""
    folder = resources.files("replica") / "seeds"
    for entry in folder.iterdir():
        if entry.name.startswith(f"{number}_") and entry.name.endswith(".txt"):
            return entry.read_text(encoding="utf-8")
    raise FileNotFoundError(f"no seed file {number}_*.txt in {folder}")


@dataclass(frozen=True)
class SeedPage:
    """The parts of a site-A seed rendering (seed form, i.e. NFKC text)."""

    title: str | None
    paragraphs: tuple[str, ...]
    disclaimer: str
    path: str


_PAGE_CHROME = ("导航菜单", "留言与评论", "验证码", "网站地图")


def parse_seed_page(text: str) -> SeedPage:
    """Cut a site-A seed rendering (000–003) into title, paragraphs, disclaimer, path."""
    title, disclaimer, path = None, "", ""
    paragraphs: list[str] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith(_PAGE_CHROME):
            continue
        if line.startswith("本文仅代表作者观点"):
            disclaimer = line
        elif line.startswith("本文地址:"):
            path = line.removeprefix("本文地址:").strip()
        elif title is None and not paragraphs and re.match(r"^\(.+?\).+报告", line):
            title = line
        else:
            paragraphs.append(line.strip())
    return SeedPage(title, tuple(paragraphs), disclaimer, path)


@dataclass(frozen=True)
class SeedItem:
    """One site-B item of seed 004 (seed form)."""

    title: str
    body: str
    date: str


def parse_seed_listing(text: str) -> list[SeedItem]:
    """The items of the site-B seed rendering: ``-``, title, body, date."""
    lines = text.splitlines()
    return [
        SeedItem(lines[i + 1], lines[i + 2], lines[i + 3])
        for i, line in enumerate(lines)
        if line == "-" and i + 3 < len(lines)
    ]


# Seed 003 is a later page of a longer report: how the replica publishes it.
SEED_003_TITLE = "(江苏省)无锡市新吴区2023年政府工作报告"
SEED_003_FIRST_PAGE_PARAGRAPHS = 3

# Site-A placement of the seed-004 reports, keyed by their site-B title:
# (province, site-A title, id). 厦门 keeps its wrong year: the text is 2019's.
SEED_004_ON_SITE_A: dict[str, tuple[str, str, int]] = {
    "2022年咸阳市政府工作报告": ("陕西省", "(陕西省)咸阳市2022年政府工作报告", 3172),
    "2022年东丽区政府工作报告": ("天津市", "(天津市)东丽区2022年政府工作报告", 3174),
    "2022年天门市政府工作报告": ("湖北省", "(湖北省)天门市2022年政府工作报告", 3175),
    "2022年蓟州区政府工作报告": ("天津市", "(天津市)蓟州区2022年政府工作报告", 3177),
    "2022年青海省政府工作报告": ("青海省", "青海省2022年政府工作报告", 3178),
    "2022年郴州市政府工作报告": ("湖南省", "(湖南省)郴州市2022年政府工作报告", 3179),
    "2022年河北省政府工作报告": ("河北省", "(河北省)河北省2022年政府工作报告", 3181),
    "2022年厦门市政府工作报告": ("福建省", "(福建省)厦门市2022年政府工作报告", 3183),
    "2022年襄阳市政府工作报告": ("湖北省", "(湖北省)襄阳市2022年政府工作报告", 3185),
    "2022年辽宁省政府工作报告": ("辽宁省", "(辽宁省)辽宁省2022年政府工作报告", 3186),
}
# The live aggregator sometimes prefixes a report's title like a news item.
SITE_B_TITLE_PREFIXES = {"2022年襄阳市政府工作报告": "【襄阳市招商】"}
# Real Chinese government sites are often GBK: this report's site-A pages are.
GBK_REPORT = "2022年郴州市政府工作报告"


def _seed_page_report(number: str) -> Report:
    """A site-A seed page (000–003) as a Report."""
    page = parse_seed_page(seed_text(number))
    region = page.path.split("/")[2]
    report_id = int(page.path.rsplit("/", 1)[1].removesuffix(".html"))
    title, breaks, disclaimers = page.title, (), (denormalise(page.disclaimer),)
    if title is None:  # seed 003: the rendering is page 2 of a longer report
        title = SEED_003_TITLE
        breaks = (SEED_003_FIRST_PAGE_PARAGRAPHS,)
        disclaimers = (None, denormalise(page.disclaimer))
    province = re.match(r"\((.+?)\)", title).group(1)
    return Report(
        key=f"seed-{number}",
        seed=number,
        province=province,
        id=report_id,
        region=region,
        title=denormalise(title),
        paragraphs=tuple(denormalise(p) for p in page.paragraphs),
        page_breaks=breaks,
        page_disclaimers=disclaimers,
    )


def _seed_item_report(item: SeedItem) -> Report:
    """A seed-004 item as a Report published on both sites."""
    province, title, report_id = SEED_004_ON_SITE_A[item.title]
    body = denormalise(item.body)
    return Report(
        key=f"seed-004-{report_id}",
        seed="004",
        province=province,
        id=report_id,
        region=PROVINCE_REGION[province],
        title=denormalise(title),
        paragraphs=tuple(split_paragraphs(body)),
        layout="article",
        encoding="gbk" if item.title == GBK_REPORT else "utf-8",
        site_b_title=SITE_B_TITLE_PREFIXES.get(item.title, "") + denormalise(item.title),
        site_b_body=body,
        site_b_date=item.date,
    )


@cache
def load_seed_reports() -> tuple[Report, ...]:
    """The 14 seed reports: 000–003 (site A only), then 004's ten (both sites)."""
    pages = [_seed_page_report(n) for n in ("000", "001", "002", "003")]
    items = [_seed_item_report(item) for item in parse_seed_listing(seed_text("004"))]
    return tuple(pages + items)


# --------------------------------------------------------------------------
# Traps: pages a crawler meets that are not (reachable) work reports.
# Their figures are invented; only their shape matters.

BULLETIN = Report(
    key="trap-bulletin",
    kind="bulletin",
    province="河南省",
    id=3180,
    region="huazhong",
    title="（河南省）济源市2021年国民经济和社会发展统计公报",
    paragraphs=(
        "2021年，面对复杂严峻的发展环境和多重风险挑战，全市上下统筹疫情防控和经济社会发展，"
        "经济运行总体平稳，发展质量稳步提升。",
        "一、综合",
        "初步核算，全年全市地区生产总值763.0亿元，按可比价格计算，比上年增长8.6%。"
        "其中，第一产业增加值27.5亿元，增长7.1%；第二产业增加值470.6亿元，增长9.8%；"
        "第三产业增加值264.9亿元，增长6.8%。",
        "全年居民消费价格比上年上涨0.9%。城镇新增就业1.56万人，城镇登记失业率为3.1%。",
        "二、农业",
        "全年粮食种植面积61.2万亩，粮食总产量26.3万吨，比上年增长1.2%。",
        "注：本公报部分数据为初步统计数，各项数据均未包括驻济部队。",
    ),
)

MISSING = Report(
    key="trap-missing",
    kind="missing",
    province="北京市",
    id=3182,
    region="huabei",
    title="（北京市）朝阳区2022年政府工作报告",
    status=404,
)

NEWS = Report(
    key="trap-news",
    kind="news",
    province="陕西省",
    site_b_title="【咸阳市招商】咸阳市举行2022年重点项目集中签约活动",
    site_b_body=(
        "6月28日，咸阳市举行2022年重点项目集中签约活动，现场签约项目52个，总投资386.5亿元，"
        "涵盖先进制造、电子信息、现代农业、文化旅游等领域。市委、市政府主要负责同志出席活动并见证签约。"
        "近年来，咸阳市持续优化营商环境，深入开展招商引资“一号工程”，以项目建设的新成效推动高质量发展。"
        "活动现场，各县市区围绕主导产业作了推介。下一步，全市将建立签约项目跟踪服务机制，"
        "推动签约项目早落地、早开工、早投产。"
    ),
    site_b_date="2025-06-30",
)

# Where site B shows its news item among the reports (0-based position).
NEWS_POSITION = 2


@cache
def default_reports() -> tuple[Report, ...]:
    """Everything the default replica publishes, in site-B listing order.

    The seed reports, the non-report bulletin and the dead listing link (site
    A), two reports published as attached files, a PDF and a Word document
    (site A), and a news item mixed in among the reports (site B).
    """
    from replica.attachments import attachment_reports  # it builds on this module

    seeds = list(load_seed_reports())
    site_a_only = [r for r in seeds if not r.on_site_b]
    both = [r for r in seeds if r.on_site_b]
    both.insert(NEWS_POSITION, NEWS)
    return tuple(site_a_only + [BULLETIN, MISSING, *attachment_reports()] + both)

