"""Cleaning throughput and boilerplate leftovers, against trafilatura on the same pages.

    .venv/bin/python bench/clean.py [--quick] [--reports N] [--rounds R]

Pages: the replica's site-A report pages and site-B listing pages, served
in-process by `replica.site` (no server), for the default replica plus N
synthetic reports (`replica.synthetic.generate`), and the labelled pages of
other markups (tests/labelled/pages). Both extractors get the same bytes in
the same run; each round times every page once, and the median round is
reported as pages/s; cleaning's caches of lines already seen are emptied
before each round. Leftovers: pages whose output still holds any
boilerplate string of `LEFTOVERS`.

Two figures for cleaning: the full pipeline (`clean_page`: extraction plus
metadata, classification and targets) and the extraction stage alone
(`extract_bodies`: decode, render, boilerplate, body, as trafilatura does).
The second is the like-for-like comparison with trafilatura. A last line
times lxml's parse of each page alone: the floor under any extractor that
reads the markup, to put the ratios in scale.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cleaning import clean_page  # noqa: E402
from cleaning.pipeline import extract_bodies  # noqa: E402

# The boilerplate of both replica sites, and of the other markups labelled.
LEFTOVERS = ("导航菜单", "本文仅代表作者观点", "本文地址", "留言与评论", "验证码", "网站地图", "点我投稿",
             "联系我们", "企业入驻", "pp电子娱乐", "上一页", "下一页",
             "当前位置", "您的位置", "分享到", "打印本页", "关闭窗口", "上一篇", "下一篇", "猜你喜欢",
             "责任编辑", "版权所有", "ICP备", "浏览次数", "本版标题导航", "AG真人视讯")

Page = tuple[bytes, str, str | None]


def replica_pages(synthetic: int) -> list[Page]:
    """(bytes, url, content type) of every site-A report page and site-B listing page."""
    from replica.corpus import default_reports
    from replica.site import SiteA, SiteB

    reports = list(default_reports())
    if synthetic:
        from replica.synthetic import generate
        reports += generate(synthetic, seed=0).reports
    site_a, site_b = SiteA(reports), SiteB(reports)
    pages = []
    for report in site_a.by_id.values():
        for path in site_a.report_urls(report):
            pages.append(_served(site_a, "http://127.0.0.1:8001", path))
    for path in site_b.listing_urls():
        pages.append(_served(site_b, "http://127.0.0.1:8002", path))
    return [page for page in pages if page is not None]


def _served(site, base: str, path: str) -> Page | None:
    response = site.handle(path)
    if response.status != 200:
        return None
    return response.body, base + path, response.headers.get("Content-Type")


def labelled_pages() -> list[Page]:
    """The pages written for tests/labelled (government CMS, newspaper, content farm,
    text renderings, ...)."""
    folder = Path(__file__).resolve().parent.parent / "tests" / "labelled" / "pages"
    types = {".txt": "text/plain; charset=utf-8", ".md": "text/plain; charset=utf-8", ".json": "application/json"}
    return [(path.read_bytes(), "http://example.gov.cn/" + path.name, types.get(path.suffix))
            for path in sorted(folder.glob("*")) if path.suffix in (".html", ".txt", ".md", ".mht", ".json")]


def clean_output(page: Page) -> str:
    """Every body cleaning gives for a page, joined."""
    return "\n".join(report.body for report in clean_page(*page))


def extraction_output(page: Page) -> str:
    """Every body the extraction stage alone gives for a page, joined."""
    return "\n".join(extract_bodies(*page))


def trafilatura_output(page: Page) -> str:
    """trafilatura's main text of the page (its default settings)."""
    import trafilatura

    return trafilatura.extract(page[0], url=page[1]) or ""


def parse_only(page: Page) -> str:
    """lxml's HTML parse of the page and nothing more: the floor under any
    extractor that reads the markup (pages that are not HTML are skipped)."""
    import lxml.html

    if page[0].lstrip()[:1] == b"<":
        lxml.html.document_fromstring(page[0])
    return ""


def forget_seen_text() -> None:
    """Empty cleaning's per-text caches (the keys and verdicts of lines seen),
    so that no round is helped by having read the same pages before. Tables
    built once per process (gazetteer, OpenCC dictionaries) stay."""
    import cleaning

    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith(cleaning.__name__ + "."):
            continue
        for value in vars(module).values():
            parameters = getattr(value, "cache_parameters", None)
            if parameters and parameters()["maxsize"] is not None:
                value.cache_clear()


def timed(extract, pages: list[Page], rounds: int) -> tuple[float, list[str]]:
    """Median pages/s over `rounds` rounds, and the outputs of the last round."""
    rates = []
    outputs: list[str] = []
    for _ in range(rounds):
        forget_seen_text()
        started = time.perf_counter()
        outputs = [extract(page) for page in pages]
        rates.append(len(pages) / (time.perf_counter() - started))
    return statistics.median(rates), outputs


def leftovers(outputs: list[str]) -> tuple[int, dict[str, int]]:
    """Pages whose output keeps any boilerplate string, and pages per string."""
    per_string = {s: sum(s in text for text in outputs) for s in LEFTOVERS}
    pages = sum(any(s in text for s in LEFTOVERS) for text in outputs)
    return pages, {s: n for s, n in per_string.items() if n}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="few pages, 3 rounds")
    parser.add_argument("--reports", type=int, default=None, help="synthetic reports to add")
    parser.add_argument("--rounds", type=int, default=None)
    args = parser.parse_args(argv)
    synthetic = args.reports if args.reports is not None else (0 if args.quick else 150)
    rounds = args.rounds or (3 if args.quick else 5)
    pages = replica_pages(synthetic) + labelled_pages()
    megabytes = sum(len(page[0]) for page in pages) / 1e6
    print(f"{len(pages)} pages ({megabytes:.1f} MB), {rounds} rounds, median pages/s")
    for page in pages[:3]:   # warm-up: gazetteer, OpenCC tables, lxml
        clean_output(page), extraction_output(page), trafilatura_output(page)
    ours, our_outputs = timed(clean_output, pages, rounds)
    extraction, extraction_outputs = timed(extraction_output, pages, rounds)
    theirs, their_outputs = timed(trafilatura_output, pages, rounds)
    floor, _ = timed(parse_only, pages, rounds)
    print(f"  cleaning, full pipeline    {ours:8.1f} pages/s  {ours / theirs:6.2f}x trafilatura")
    print(f"  cleaning, extraction only  {extraction:8.1f} pages/s  {extraction / theirs:6.2f}x trafilatura")
    print(f"  trafilatura                {theirs:8.1f} pages/s")
    print(f"  lxml parse alone           {floor:8.1f} pages/s  {floor / theirs:6.2f}x trafilatura"
          "  (the floor: parsing, nothing read)")
    for name, outputs in (("cleaning", our_outputs), ("extraction", extraction_outputs),
                          ("trafilatura", their_outputs)):
        count, per_string = leftovers(outputs)
        detail = ", ".join(f"{s} {n}" for s, n in sorted(per_string.items(), key=lambda x: -x[1]))
        print(f"  leftovers {name:<12} {count:4d} of {len(pages)} pages  {detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
