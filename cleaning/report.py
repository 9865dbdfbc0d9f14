"""The structured result of cleaning one page (or one item of a listing page).

This is the contract between `cleaning/` and the rest of baogao: the archive
stores these fields as columns, `baogao clean --json` prints them.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Values of `admin_level`.
ADMIN_LEVELS = (
    # The State Council's report to the National People's Congress: place 全国,
    # no province, prefecture, county, adcode or region.
    "national",
    "province",           # 省, 直辖市, 自治区
    "prefecture",         # 地级市, 州, 盟, sub-provincial cities
    "county",             # 县, 自治县, 旗
    "county-level-city",  # 县级市, incl. those directly under a province (天门, 济源)
    "district",           # 市辖区
    "town",               # 乡, 镇
)


@dataclass
class Removal:
    """One piece of text cleaning took out, kept so removals can be audited."""

    what: str    # the text removed (possibly shortened)
    where: str   # e.g. "disclaimer", "body", "header", "footer", "hidden" (hidden by the page's markup)
    why: str     # e.g. "navigation", "disclaimer", "spam:gambling", "spam:advertising", "comment-box",
                 # "hidden:display-none", "hidden:copy"
    url: str | None = None   # the page it was taken from, when not the report's first page


@dataclass
class Report:
    """What cleaning extracts from a page. `is_report` False means `reason` says why."""

    is_report: bool = True
    reason: str | None = None

    title: str | None = None
    province: str | None = None
    prefecture: str | None = None
    county: str | None = None
    place: str | None = None
    admin_level: str | None = None
    adcode: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    region: str | None = None
    year: int | None = None
    delivered_on: str | None = None       # YYYY-MM-DD
    congress: str | None = None
    congress_term: int | None = None
    congress_session: int | None = None
    speaker: str | None = None
    speaker_title: str | None = None
    chars: int = 0
    is_excerpt: bool = False
    flags: list[str] = field(default_factory=list)
    body: str = ""                        # paragraphs separated by a blank line
    targets: list[dict] = field(default_factory=list)   # this year's targets (cleaning.targets)
    actuals: list[dict] = field(default_factory=list)   # past years' results the report states

    canonical_url: str | None = None      # the address the page names (本文地址), absolute
    published_on: str | None = None       # the site's own publish date (site B), YYYY-MM-DD
    item: int | None = None               # position of the item on a listing page, from 1
    removed: list[Removal] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]
