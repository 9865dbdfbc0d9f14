"""The flags cleaning and merging set on a report, as a Chinese reader names them.

Flags are kept in the database as short English codes (`excerpt:starts-mid-report`,
`pages:3`) so that queries and facets stay stable; the site shows each in Chinese
with its code beside it.
"""
from __future__ import annotations

# Code (or the part before the first `:` for flags that carry a value) → name.
FLAG_NAMES = {
    "excerpt:starts-mid-report": "节选：开头不全",
    "excerpt:ends-mid-report": "节选：结尾不全",
    "excerpt:page-says-partial": "节选：网页注明不全",
    "excerpt:one-page-of-several": "节选：多页报告的一页",
    "excerpt:continued-on-another-page": "节选：报纸转版，另一版未载",
    "excerpt:omissions-marked": "节选：文中以省略号标出删节",
    "excerpt-ambiguous": "节选归属不明",
    "title-year-mismatch": "标题年份与报告日期不符",
    "region-slug-mismatch": "网址地区与省份不符",
    "missing-title": "缺少标题",
    "title-from-link": "标题取自列表链接文字",
    "ambiguous-place": "地名有歧义",
    "place-not-in-gazetteer": "地名不在区划库",
    "historical-division": "按当年区划（今已更名或撤并）",
    "place-conflict": "地名前后不一",
    "place-from-site-name": "地名取自网站名称",
    "text-repeated": "网页正文重复一遍",
    "text-from-script": "正文取自网页脚本数据",
    "reports-on-page": "一页多篇报告",
    "listing-item": "列表页中的一条",
    "live-posts": "取自图文直播的分段帖子",
    "lines-joined": "断行已接上",
    "paragraphs-restored": "段落已恢复",
    "paragraph-joined-across-pages": "跨页段落已接上",
    "truncated-page": "网页过长，已截断",
    "truncated-input": "网页过长，已截断",
    "double-encoding-repaired": "乱码（双重UTF-8编码）已还原",
    "double-encoding-lost": "乱码还原后仍有缺字",
    "utf8-read-as-gbk-repaired": "乱码（UTF-8误作GBK）已还原",
    "utf8-read-as-gbk-lost": "乱码还原后仍有缺字",
    "gbk-read-as-latin1-repaired": "乱码（GBK误作Latin-1）已还原",
    "gbk-read-as-latin1-lost": "乱码还原后仍有缺字",
    "pages": "多页拼合",
    "sources-disagree": "各来源不一致",
    "part": "某页不可用",
    "from-pdf": "取自PDF附件",
    "from-pdf-text": "取自PDF转存的文本",
    "from-json": "取自JSON记录",
    "feed": "取自RSS/Atom订阅源",
    "from-docx": "取自Word附件",
}


def flag_name(flag: str) -> str:
    """The Chinese name of a flag, or '' for a code the site does not know."""
    if flag in FLAG_NAMES:
        return FLAG_NAMES[flag]
    head = flag.split(":", 1)[0]
    if head.startswith("part-"):
        head = "part"
    return FLAG_NAMES.get(head, "")


def described(flags: list[str]) -> list[dict]:
    """Each flag with its code and Chinese name, for the templates."""
    return [{"code": flag, "name": flag_name(flag)} for flag in flags]


def flags_text(flags: list[str]) -> str:
    """Flags as one line of text: `节选：开头不全 (excerpt:starts-mid-report), …`."""
    return ", ".join(f"{name} ({flag})" if (name := flag_name(flag)) else flag for flag in flags)
