"""China's seven geographic regions (华北, 东北, 华东, 华中, 华南, 西南, 西北).

The region comes from the province (a fixed geographic convention). A URL's
section slug (`/baogao/huazhong/1320.html`) is only a hint: the slugs are not
uniform (`hb` may mean 华北, 河北 or 湖北), so it never overrides the province,
it only flags a disagreement, and settles between same-named places (a
province slug such as `jilin` picks 四平's 铁西区 over 沈阳's and 鞍山's).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

# Province short names by region. Hong Kong, Macau and Taiwan belong to none.
REGION_PROVINCES: dict[str, tuple[str, ...]] = {
    "华北": ("北京", "天津", "河北", "山西", "内蒙古"),
    "东北": ("辽宁", "吉林", "黑龙江"),
    "华东": ("上海", "江苏", "浙江", "安徽", "福建", "江西", "山东"),
    "华中": ("河南", "湖北", "湖南"),
    "华南": ("广东", "广西", "海南"),
    "西南": ("重庆", "四川", "贵州", "云南", "西藏"),
    "西北": ("陕西", "甘肃", "青海", "宁夏", "新疆"),
}

_REGION_OF_PROVINCE = {p: region for region, provinces in REGION_PROVINCES.items() for p in provinces}
# Longest first, so that a name is never taken for a shorter one it starts with.
_SHORT_NAMES_LONGEST_FIRST = tuple(sorted(_REGION_OF_PROVINCE, key=len, reverse=True))

# Province pinyin, for slugs that name a province rather than a region.
_PROVINCE_PINYIN = {
    "beijing": "北京", "tianjin": "天津", "hebei": "河北", "neimenggu": "内蒙古",
    "neimeng": "内蒙古", "liaoning": "辽宁", "jilin": "吉林", "heilongjiang": "黑龙江",
    "shanghai": "上海", "jiangsu": "江苏", "zhejiang": "浙江", "anhui": "安徽",
    "fujian": "福建", "jiangxi": "江西", "shandong": "山东", "henan": "河南",
    "hubei": "湖北", "hunan": "湖南", "guangdong": "广东", "guangxi": "广西",
    "hainan": "海南", "chongqing": "重庆", "sichuan": "四川", "guizhou": "贵州",
    "yunnan": "云南", "xizang": "西藏", "gansu": "甘肃", "qinghai": "青海",
    "ningxia": "宁夏", "xinjiang": "新疆",
}

_REGION_SLUGS = {
    "huabei": "华北", "dongbei": "东北", "huadong": "华东", "huazhong": "华中",
    "huanan": "华南", "xinan": "西南", "xibei": "西北",
}

# Initial-letter slugs: each could stand for a region or for provinces.
_LOOSE_SLUGS = {
    "hb": {"华北", "华中"},        # 华北, 河北 (华北), 湖北 (华中)
    "hn": {"华南", "华中"},        # 华南, 河南/湖南 (华中), 海南 (华南)
    "hd": {"华东"},
    "hz": {"华中"},
    "db": {"东北"},
    "xn": {"西南"},
    "xb": {"西北"},
    "shanxi": {"华北", "西北"},    # 山西 or 陕西
}


def region_of(province: str | None) -> str | None:
    """The region of a province given by full or short name (河南省 or 河南)."""
    if not province:
        return None
    for short in _SHORT_NAMES_LONGEST_FIRST:
        if province.startswith(short):
            return _REGION_OF_PROVINCE[short]
    return None


def regions_for_slug(slug: str | None) -> frozenset[str]:
    """The regions a URL section slug can mean (empty if the slug is unknown)."""
    if not slug:
        return frozenset()
    slug = slug.lower()
    if slug in _REGION_SLUGS:
        return frozenset({_REGION_SLUGS[slug]})
    if slug in _LOOSE_SLUGS:
        return frozenset(_LOOSE_SLUGS[slug])
    if slug in _PROVINCE_PINYIN:
        return frozenset({_REGION_OF_PROVINCE[_PROVINCE_PINYIN[slug]]})
    return frozenset()


def is_known_slug(slug: str) -> bool:
    return bool(regions_for_slug(slug))


@functools.lru_cache(maxsize=256)
def slug_from_url(url: str | None) -> str | None:
    """The section slug of a report URL: the path segment after `baogao`, else
    the first path segment that is a known slug (cached: a page's addresses
    are asked about for the place and again for the slug check)."""
    if not url:
        return None
    segments = [s for s in urlsplit(url).path.split("/") if s]
    for before, segment in zip(segments, segments[1:]):
        if before == "baogao" and re.fullmatch(r"[A-Za-z]+", segment):
            return segment.lower()
    for segment in segments:
        if is_known_slug(segment):
            return segment.lower()
    return None


def slug_regions_for_urls(*urls: str | None) -> frozenset[str]:
    """Regions hinted by the first URL that carries a known slug."""
    for url in urls:
        regions = regions_for_slug(slug_from_url(url))
        if regions:
            return regions
    return frozenset()


def province_for_slug(slug: str | None) -> str | None:
    """The province (short name) a URL section slug names, if it names exactly
    one (`jilin`, `henan`; not `shanxi`, which is 山西 or 陕西, nor a region)."""
    return _PROVINCE_PINYIN.get(slug.lower()) if slug else None


def slug_province_for_urls(*urls: str | None) -> str | None:
    """The province named by the slug of the first URL that carries a known slug."""
    for url in urls:
        slug = slug_from_url(url)
        if is_known_slug(slug or ""):
            return province_for_slug(slug)
    return None


@dataclass(frozen=True)
class SlugHint:
    """What a page's URL slug says of where the report is from."""

    regions: frozenset[str] = frozenset()   # the regions it can mean (empty if unknown)
    province: str | None = None             # the province, when it names exactly one


def slug_hint_for_urls(*urls: str | None) -> SlugHint:
    """The hint of the first URL that carries a known slug."""
    return SlugHint(slug_regions_for_urls(*urls), slug_province_for_urls(*urls))


def slug_mismatch(province: str | None, *urls: str | None) -> bool:
    """True when a URL slug names regions that exclude the province's region."""
    region = region_of(province)
    hinted = slug_regions_for_urls(*urls)
    return bool(region and hinted and region not in hinted)
