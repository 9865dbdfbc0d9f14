"""Crawl speed: baogao's full pipeline against a bare Scrapy spider, on one synthetic site.

    .venv/bin/python bench/crawl.py            # 10,000 report pages
    .venv/bin/python bench/crawl.py --quick    # 1,000 report pages, under a minute
    .venv/bin/python bench/crawl.py --n 5000 --page-size 50

On one replica (site A only matters) serving N synthetic reports, in one run:

1. a bare Scrapy spider (no pipeline, no link rules: it just downloads the
   report URLs, robots.txt and politeness settings as baogao's) — the ceiling;
2. `baogao crawl report_site` — the full pipeline: link rules, raw store,
   error records, run summary;
3. the same `baogao crawl` again on the unchanged site (incremental).

Each crawl runs in its own process with the same concurrency settings
(`--delay 0`, 8 connections). Prints pages/s of 1 and 2 and their ratio
(target ≥ 0.8), and the time of 3. The machine is noisy: `--repeat R` runs
1 and 2 R times and prints medians.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

CONCURRENCY = {"CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": 8}


def synthetic_reports(n: int, seed: int = 0, chars: int = 15000):
    """N site-A reports: from `replica.synthetic.generate` when present, else clones of the seeds.

    `generate` spreads its reports over both sites; only site A's are taken
    (site A is what the spiders crawl page by page). Clones keep a seed's
    text with one sentence naming the clone added, so every report has its
    own text (and its own row in the archive).
    """
    try:
        from replica.synthetic import generate
    except ImportError:
        generate = None
    if generate is not None:
        reports = [r for r in generate(n * 8 // 5 + 10, seed=seed, chars=chars).reports if r.on_site_a]
        if len(reports) >= n:
            return reports[:n]
    from replica.corpus import REGIONS, load_seed_reports

    seeds = [r for r in load_seed_reports() if r.on_site_a]
    reports = []
    for i in range(n):
        base = seeds[i % len(seeds)]
        paragraphs = (base.paragraphs[0] + f"本文为第{i}号样本。",) + base.paragraphs[1:]
        reports.append(replace(base, key=f"clone-{i}", id=100000 + i, paragraphs=paragraphs,
                               region=REGIONS[i % len(REGIONS)][0], site_b_title=None,
                               site_b_body=None, site_b_date=None))
    return reports


def bare_spider_script(urls_file: Path) -> str:
    """A minimal Scrapy spider downloading the URLs in `urls_file`, nothing else."""
    return f'''
import json, time, scrapy
from scrapy.crawler import CrawlerProcess
from crawler.run import project_settings

class Bare(scrapy.Spider):
    name = "bare"
    async def start(self):
        for url in json.load(open({str(urls_file)!r})):
            yield scrapy.Request(url, callback=self.parse)
    def parse(self, response):
        pass

settings = project_settings("/dev/null", delay=0, progress=False, log_level="WARNING",
                            overrides={json.dumps(CONCURRENCY)})
settings.set("ITEM_PIPELINES", {{}})
settings.set("EXTENSIONS", {{}})
process = CrawlerProcess(settings)
crawler = process.create_crawler(Bare)
process.crawl(crawler)
started = time.monotonic()
process.start()
stats = crawler.stats.get_stats()
print(json.dumps({{"pages": stats.get("response_received_count", 0),
                  "seconds": (stats["finish_time"] - stats["start_time"]).total_seconds()}}))
'''


def run_bare(urls: list[str], workdir: Path) -> dict:
    """Download `urls` with the bare spider in a subprocess; its pages and seconds."""
    urls_file = workdir / "urls.json"
    urls_file.write_text(json.dumps(urls))
    out = subprocess.run([sys.executable, "-c", bare_spider_script(urls_file)], cwd=REPO,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_baogao(site_url: str, data: Path) -> dict:
    """`baogao crawl report_site` in a subprocess; pages fetched and crawl seconds."""
    settings = [arg for name, value in CONCURRENCY.items() for arg in ("-s", f"{name}={value}")]
    subprocess.run([sys.executable, "-m", "baogao.cli", "--data", str(data), "crawl", "report_site",
                    "--start-url", site_url, "--delay", "0", *settings],
                   cwd=REPO, capture_output=True, text=True, check=True,
                   env={**os.environ, "PYTHONUNBUFFERED": "1"})
    import sqlite_utils

    run = list(sqlite_utils.Database(data / "crawl.db").query(
        "select fetched, duration_s, summary from crawl_runs order by id desc limit 1"))[0]
    return {"pages": run["fetched"], "seconds": run["duration_s"], "summary": run["summary"]}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="report pages (default 10,000)")
    parser.add_argument("--quick", action="store_true", help="1,000 report pages")
    parser.add_argument("--page-size", type=int, default=50, help="reports per listing page")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each crawler (medians)")
    args = parser.parse_args(argv)
    n = 1000 if args.quick else args.n

    from replica.server import start

    reports = synthetic_reports(n)
    with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp, \
            start(reports=reports, page_size=args.page_size, page_chars=10**9) as rep:
        tmp = Path(tmp)
        site = rep.site_a
        urls = [rep.site_a_url + "/"] + [
            rep.site_a_url + path for slug in site.region_ids for path in site.listing_urls(slug)
        ] + [rep.site_a_url + path for r in site.by_id.values() for path in site.report_urls(r)]
        print(f"replica: {len(site.by_id)} reports, {len(urls)} pages ({rep.site_a_url})")
        bare, full = [], []
        for i in range(args.repeat):
            bare.append(run_bare(urls, tmp))
            data = tmp / f"data{i}"
            full.append(run_baogao(rep.site_a_url, data))
        second = run_baogao(rep.site_a_url, tmp / f"data{args.repeat - 1}")
    rate = lambda runs: statistics.median(r["pages"] / r["seconds"] for r in runs)  # noqa: E731
    bare_rate, full_rate = rate(bare), rate(full)
    print(f"bare Scrapy spider:   {bare[-1]['pages']} pages, {bare_rate:8.1f} pages/s (median of {len(bare)})")
    print(f"baogao full pipeline: {full[-1]['pages']} pages, {full_rate:8.1f} pages/s (median of {len(full)})")
    print(f"ratio full/bare:      {full_rate / bare_rate:.2f}  (target ≥ 0.80: "
          f"{'PASS' if full_rate / bare_rate >= 0.8 else 'FAIL'})")
    print(f"first full crawl:     {statistics.median(r['seconds'] for r in full):.1f} s")
    print(f"second run, no change: {second['seconds']:.1f} s, {second['pages']} pages fetched "
          f"({statistics.median(r['seconds'] for r in full) / max(second['seconds'], 0.01):.1f}× faster)")
    print(f"  {second['summary']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
