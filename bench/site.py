"""Speed of the published site at scale: Chinese search options, facet pages, downloads.

    .venv/bin/python bench/site.py               # 70,000 reports of ~15,000 characters
    .venv/bin/python bench/site.py --quick       # 1,500 reports, under a minute
    .venv/bin/python bench/site.py --n 20000 --dir /tmp/bench --keep

On one synthetic corpus, in one run:

1. builds `reports` as `baogao build` does (same columns, indexes on the faceted
   columns), then the search indexes: the overlapping-bigram FTS5 index the site
   uses (`archive.search.create_index`) and, for comparison, an FTS5 `trigram`
   index; build time and size of each;
2. times searches for 2-, 4- and 6-character terms: counting the reports that
   contain the term from each index and by a `LIKE '%…%'` scan of the table
   (checking that each finds what LIKE finds), the count as the site's page runs
   it, and the site's ranked list (`archive.datasette_plugin.ranking`: the best
   50 by bm25), with the same on the trigram index;
3. times Datasette pages through its test client with baogao's metadata.yml,
   settings and inspect file: the table with region and year facets, searches,
   a search narrowed by facets, a report's page, a term-frequency query.

Prints a table per step and the targets (search p95 < 100 ms and ≥ 100× faster
than the scan; facet page < 1 s) with PASS/FAIL. The corpus comes from
`replica.synthetic.bodies` when that module exists, else from the seed reports'
sentences (see `seed_corpus`). Timings are with the file in the OS page cache,
as on a server that has been up for a while.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import sqlite_utils  # noqa: E402
import yaml  # noqa: E402

from archive import search  # noqa: E402
from archive.build import FACETED, REPORT_COLUMNS  # noqa: E402
from archive.datasette_plugin import ranking  # noqa: E402

QUERIES = {
    2: ["疫情", "脱贫", "改革", "就业", "港口"],
    4: ["数字经济", "乡村振兴", "营商环境", "疫情防控", "人工智能"],
    6: ["新冠肺炎疫情", "巩固拓展脱贫", "全面深化改革", "生态文明建设", "黄河流域生态"],
}
TARGET_P95_MS = 100
TARGET_SPEEDUP = 100
TARGET_FACET_PAGE_MS = 1000
TRIGRAM_TABLE = "reports_trigram"
PAGE = 50
QUICK_N = 1500


# ---------------------------------------------------------------------------
# The corpus


def corpus(n: int, seed: int, chars: int):
    """n synthetic reports (dicts: title, place, province, region, year, body)."""
    try:
        from replica.synthetic import bodies
    except ImportError:
        return seed_corpus(n, seed=seed, chars=chars), "bench/site.py seed_corpus (seed sentences)"
    return bodies(n, seed=seed, chars=chars), "replica.synthetic.bodies"


SENTENCE = re.compile(r"[^。！？]*[。！？]+[”’」』）)]*")


def seed_corpus(n: int, *, seed: int = 0, chars: int = 15000):
    """Reports made of sentences from the seed reports, for when replica.synthetic is absent.

    Each report draws from two to four seed reports only, so a term's share
    of reports varies the way topics do (疫情 is everywhere, 港口 is not).
    """
    from replica.corpus import PROVINCE_REGION, REGION_LABELS, load_seed_reports

    pools = []
    for report in load_seed_reports():
        sentences = [s.strip() for p in report.paragraphs for s in SENTENCE.findall(p) if len(s.strip()) > 8]
        if sentences:
            pools.append(sentences)
    provinces = sorted(PROVINCE_REGION)
    rng = random.Random(seed)
    for i in range(n):
        province = rng.choice(provinces)
        place = province if rng.random() < 0.2 else f"{province[:2]}第{rng.randint(1, 40)}市"
        year = rng.randint(2000, 2024)
        sources = rng.sample(pools, rng.randint(2, 4))
        paragraphs, length = [], 0
        while length < chars:
            paragraph = "".join(rng.choice(rng.choice(sources)) for _ in range(rng.randint(2, 5)))
            paragraphs.append(paragraph)
            length += len(paragraph)
        yield {"title": f"{year}年{place}政府工作报告", "place": place, "province": province,
               "region": REGION_LABELS[PROVINCE_REGION[province]], "year": year,
               "body": "\n\n".join(paragraphs)}


# ---------------------------------------------------------------------------
# Building


def db_bytes(db: sqlite_utils.Database) -> int:
    return db.execute("pragma page_count").fetchone()[0] * db.execute("pragma page_size").fetchone()[0]


def build_reports(path: Path, rows) -> dict:
    """The reports table as baogao builds it; returns timings and sizes."""
    db = sqlite_utils.Database(path)
    db["reports"].create(REPORT_COLUMNS, pk="id")
    start = time.perf_counter()
    count = 0

    def numbered():
        nonlocal count
        for count, row in enumerate(rows, 1):
            yield {"id": count, "flags": "[]", "chars": len(re.sub(r"\s", "", row["body"])),
                   "admin_level": "prefecture", "source_count": 1, **row}

    with db.conn:
        db["reports"].insert_all(numbered(), batch_size=500)
        # One source page per report, as a crawl of one site gives.
        db["sources"].insert_all(({"id": i, "report_id": i, "url": f"http://example.invalid/baogao/{i}.html",
                                   "kind": "canonical"} for i in range(1, count + 1)), batch_size=5000)
    insert_s = time.perf_counter() - start
    db["sources"].create_index(["report_id"])
    table_bytes = db_bytes(db)
    start = time.perf_counter()
    for column in FACETED:
        db["reports"].create_index([column])
    index_s = time.perf_counter() - start
    stats = {"reports": count, "text_chars": db.execute("select sum(length(body)) from reports").fetchone()[0],
             "insert_s": insert_s, "table_bytes": table_bytes, "facet_index_s": index_s,
             "facet_index_bytes": db_bytes(db) - table_bytes}
    db.close()
    return stats


def build_bigram(path: Path) -> dict:
    """The site's index: archive.search.create_index over (id, title, body)."""
    db = sqlite_utils.Database(path)
    before, start = db_bytes(db), time.perf_counter()
    with db.conn:
        search.create_index(db, db.execute("select id, title, body from reports"))
    stats = {"s": time.perf_counter() - start, "bytes": db_bytes(db) - before}
    db.close()
    return stats


def build_trigram(path: Path) -> dict:
    """For comparison: FTS5's trigram tokenizer on the raw text (contentless too)."""
    db = sqlite_utils.Database(path)
    before, start = db_bytes(db), time.perf_counter()
    with db.conn:
        db.execute(f"create virtual table {TRIGRAM_TABLE} using fts5(title, body, content='', tokenize='trigram')")
        db.execute(f"insert into {TRIGRAM_TABLE}(rowid, title, body) select id, title, body from reports")
    stats = {"s": time.perf_counter() - start, "bytes": db_bytes(db) - before}
    db.close()
    return stats


# ---------------------------------------------------------------------------
# Searching


def connect(path: Path) -> sqlite3.Connection:
    """A read-only connection with the functions the site registers."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.create_function("escape_fts", 1, search.query_to_fts)
    return conn


def ranked_sql() -> str:
    """The site's ranked first page (ranking.RANKED_SQL with no facet filter)."""
    return ranking.RANKED_SQL.format(
        columns="reports.id", fts=search.FTS_TABLE, table="reports",
        title_weight=ranking.TITLE_WEIGHT, body_weight=ranking.BODY_WEIGHT, filtered="")


def engines(conn, trigram_index: bool):
    """name → function(term) timing one way to search; each returns its match count (None: not a count).

    "lookup" is what a search is compared on: the reports containing the
    term, counted from the index (LIKE counts them by reading every report).
    "page count" is the same count as the site's page runs it, through the
    reports table; "ranked 50" is the site's result list: the 50 best by bm25.
    """
    ranked = ranked_sql()
    count_bigram = "select count(*) from reports where " + ranking.SEARCH_CLAUSE.format(pk="id", fts=search.FTS_TABLE)
    tri_count = f"select count(*) from {TRIGRAM_TABLE} where {TRIGRAM_TABLE} match ?"
    tri_ranked = f"select rowid from {TRIGRAM_TABLE} where {TRIGRAM_TABLE} match ? order by rank limit {PAGE + 1}"

    def bigram_lookup(term):
        return conn.execute(f"select count(*) from {search.FTS_TABLE} where {search.FTS_TABLE} match ?",
                            [search.query_to_fts(term)]).fetchone()[0]

    def bigram_page_count(term):
        return conn.execute(count_bigram, {"baogao_search": search.query_to_fts(term)}).fetchone()[0]

    def bigram_ranked(term):
        conn.execute(ranked, {"baogao_fts": search.query_to_fts(term), "baogao_limit": PAGE + 1,
                              "baogao_offset": 0}).fetchall()

    def phrase(term):
        return '"' + term.replace('"', '""') + '"'

    def trigram_lookup(term):
        return conn.execute(tri_count, [phrase(term)]).fetchone()[0]

    def trigram_ranked(term):
        conn.execute(tri_ranked, [phrase(term)]).fetchall()

    def like(term):
        pattern = f"%{term}%"
        return conn.execute("select count(*) from reports where title like ? or body like ?",
                            [pattern, pattern]).fetchone()[0]

    found = {"bigram lookup": bigram_lookup, "bigram page count": bigram_page_count,
             "bigram ranked 50": bigram_ranked,
             "trigram lookup": trigram_lookup, "trigram ranked 50": trigram_ranked, "LIKE scan": like}
    if not trigram_index:
        del found["trigram lookup"], found["trigram ranked 50"]
    return found


def percentile(values, q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))]


def time_searches(conn, repeat: int, like_repeat: int) -> tuple[dict, dict]:
    """Latencies (ms) per engine and term length, and each engine's match counts per term."""
    timings: dict[str, dict[int, list[float]]] = {}
    found: dict[str, dict[str, int]] = {}
    trigram_index = conn.execute("select 1 from sqlite_master where name = ?", [TRIGRAM_TABLE]).fetchone()
    for name, run in engines(conn, bool(trigram_index)).items():
        timings[name], found[name] = {}, {}
        for length, terms in QUERIES.items():
            samples = timings[name].setdefault(length, [])
            for term in terms:
                for _ in range(like_repeat if name == "LIKE scan" else repeat):
                    start = time.perf_counter()
                    count = run(term)
                    samples.append((time.perf_counter() - start) * 1000)
                    if count is not None:
                        found[name][term] = count
    return timings, {name: counts for name, counts in found.items() if counts}


# ---------------------------------------------------------------------------
# Datasette pages


def site_pages(path: Path, repeat: int) -> dict[str, list[float]]:
    """Wall time (ms) of pages through Datasette's test client, configured as `baogao serve`."""
    from datasette.app import Datasette

    from baogao.cli import DATASETTE_SETTINGS, ensure_inspect_file

    start = time.perf_counter()
    inspect_file = ensure_inspect_file(path)
    inspect_s = time.perf_counter() - start
    metadata = yaml.safe_load((REPO / "metadata.yml").read_text(encoding="utf-8"))
    settings = {k: (v == "on" if v in ("on", "off") else int(v)) for k, v in DATASETTE_SETTINGS.items()}
    ds = Datasette(immutables=[str(path)], metadata=metadata, settings=settings,
                   inspect_data=json.loads(inspect_file.read_text()))
    pages = {
        "table, region+year facets": "/reports/reports",
        "table, year=2022 & region=华中": "/reports/reports?year=2022&region=华中",
        "search 疫情 (2 chars), ranked": "/reports/reports?_search=疫情",
        "search 数字经济 (4), ranked": "/reports/reports?_search=数字经济",
        "search 新冠肺炎疫情 (6), ranked": "/reports/reports?_search=新冠肺炎疫情",
        "search 疫情 in 华中 2022": "/reports/reports?_search=疫情&region=华中&year=2022",
        "search 改革 (in every report)": "/reports/reports?_search=改革",
        "search JSON 疫情": "/reports/reports.json?_search=疫情",
        "report page, 疫情 marked": "/reports/reports/1?_hl=疫情",
        "term_by_year 数字经济": "/reports/term_by_year?term=数字经济",
        "term_occurrences 港口 (reads texts)": "/reports/term_occurrences?term=港口",
    }
    results: dict[str, list[float]] = {"(inspect file, once)": [inspect_s * 1000]}

    async def run():
        for label, url in pages.items():
            await ds.client.get(url)  # warm the connection and the template cache
            samples = results.setdefault(label, [])
            for _ in range(repeat):
                start = time.perf_counter()
                response = await ds.client.get(url)
                samples.append((time.perf_counter() - start) * 1000)
                if response.status_code != 200:
                    # A query over the time limit is a finding, not a crash: note it and go on.
                    print(f"  note: {url} answered HTTP {response.status_code}"
                          + (" (SQL time limit)" if "SQL Interrupted" in response.text else ""))
                    break
                if '<p class="bg-notice">' in response.text:
                    print(f"  note: {url} reports a time-out")

    asyncio.run(run())
    return results


# ---------------------------------------------------------------------------
# Reporting


def mb(n: int) -> str:
    return f"{n / 1e6:,.0f} MB"


def row(*cells, widths=(34, 12, 12, 12, 12)) -> str:
    return "".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))


def report_build(stats: dict, bigram: dict, trigram: dict | None, source: str) -> None:
    text_bytes = stats["table_bytes"]
    print(f"\ncorpus: {stats['reports']:,} reports, {stats['text_chars']:,} characters of text ({source})")
    print(row("build step", "seconds", "size", "× table"))
    print(row("reports table (insert)", f"{stats['insert_s']:.1f}", mb(stats["table_bytes"]), "1.0"))
    print(row("facet column indexes", f"{stats['facet_index_s']:.1f}", mb(stats["facet_index_bytes"]),
              f"{stats['facet_index_bytes'] / text_bytes:.2f}"))
    print(row("bigram FTS5 index (site)", f"{bigram['s']:.1f}", mb(bigram["bytes"]), f"{bigram['bytes'] / text_bytes:.2f}"))
    if trigram:
        print(row("trigram FTS5 index", f"{trigram['s']:.1f}", mb(trigram["bytes"]),
                  f"{trigram['bytes'] / text_bytes:.2f}"))


def report_search(timings: dict, found: dict) -> dict:
    """Print latencies and correctness; return the figures the targets use."""
    print("\nsearch latency, ms (median / p95 over every term × repeat)")
    print(row("engine", "2 chars", "4 chars", "6 chars", "all", widths=(20, 16, 16, 16, 16)))
    summary = {}
    for name, by_length in timings.items():
        everything = [t for samples in by_length.values() for t in samples]
        cells = [f"{statistics.median(s):.1f} / {percentile(s, 0.95):.1f}" for s in by_length.values()]
        cells.append(f"{statistics.median(everything):.1f} / {percentile(everything, 0.95):.1f}")
        print(row(name, *cells, widths=(20, 16, 16, 16, 16)))
        summary[name] = {"median": statistics.median(everything), "p95": percentile(everything, 0.95)}
    print("\nmatches per term (LIKE is the truth; ✗ marks a disagreement)")
    print(row("term", *found.keys(), widths=(16, 18, 18, 18, 18)))
    truth = found["LIKE scan"]
    summary["wrong"] = {}
    for term in truth:
        cells = []
        for name, counts in found.items():
            wrong = counts[term] != truth[term]
            if wrong:
                summary["wrong"].setdefault(name, []).append(term)
            cells.append(f"{counts[term]:,}{' ✗' if wrong else ''}")
        print(row(term, *cells, widths=(16, 18, 18, 18, 18)))
    return summary


def report_pages(pages: dict) -> dict:
    print("\nDatasette pages (test client, baogao settings), ms")
    print(row("page", "median", "p95", "max", widths=(40, 12, 12, 12)))
    for label, samples in pages.items():
        print(row(label, f"{statistics.median(samples):.0f}", f"{percentile(samples, 0.95):.0f}",
                  f"{max(samples):.0f}", widths=(40, 12, 12, 12)))
    return {label: percentile(samples, 0.95) for label, samples in pages.items()}


def report_targets(summary: dict, pages: dict) -> bool:
    site, scan, ranked = summary["bigram lookup"], summary["LIKE scan"], summary["bigram ranked 50"]
    page_count = summary["bigram page count"]
    speedup = scan["median"] / site["median"]
    facet_p95 = pages["table, region+year facets"]
    checks = [
        (f"search p95 {site['p95']:.1f} ms < {TARGET_P95_MS} ms", site["p95"] < TARGET_P95_MS),
        (f"count as the page runs it p95 {page_count['p95']:.1f} ms < {TARGET_P95_MS} ms",
         page_count["p95"] < TARGET_P95_MS),
        (f"ranked result list p95 {ranked['p95']:.1f} ms < {TARGET_P95_MS} ms", ranked["p95"] < TARGET_P95_MS),
        (f"search {speedup:,.0f}× faster than the LIKE scan (median {scan['median']:,.0f} ms) ≥ {TARGET_SPEEDUP}×",
         speedup >= TARGET_SPEEDUP),
        (f"facet page p95 {facet_p95:.0f} ms < {TARGET_FACET_PAGE_MS} ms", facet_p95 < TARGET_FACET_PAGE_MS),
        ("bigram search finds exactly what LIKE finds",
         not {"bigram lookup", "bigram page count"} & set(summary["wrong"])),
    ]
    print("\ntargets")
    for text, ok in checks:
        print(f"  {'PASS' if ok else 'FAIL'}  {text}")
    if "trigram lookup" in summary["wrong"]:
        print(f"  note  trigram gets wrong: {', '.join(summary['wrong']['trigram lookup'])} "
              "(FTS5 trigram finds nothing for terms under 3 characters)")
    return all(ok for _, ok in checks)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=70000, help="reports in the corpus (default 70000)")
    parser.add_argument("--quick", action="store_true",
                        help=f"{QUICK_N:,} reports (unless --n is given), fewer repeats: under a minute")
    parser.add_argument("--chars", type=int, default=15000, help="characters per report (default 15000)")
    parser.add_argument("--dir", type=Path, help="work directory (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the database (reuse it with --reuse)")
    parser.add_argument("--reuse", action="store_true", help="reuse DIR/reports.db from a kept run")
    parser.add_argument("--no-trigram", action="store_true", help="skip the trigram comparison")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    n = QUICK_N if args.quick and not any(a.startswith("--n") for a in (argv or sys.argv)) else args.n
    repeat, like_repeat, page_repeat = (3, 1, 3) if args.quick else (5, 2, 5)

    work = args.dir or Path(tempfile.mkdtemp(prefix="baogao-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    path = work / "reports.db"
    try:
        if args.reuse and path.exists():
            print(f"reusing {path}")
            source, stats, bigram, trigram = "reused", None, None, None
        else:
            for stale in (path, work / "inspect.json"):
                stale.unlink(missing_ok=True)
            rows, source = corpus(n, args.seed, args.chars)
            print(f"building {n:,} reports in {path} …", flush=True)
            stats = build_reports(path, rows)
            bigram = build_bigram(path)
            trigram = None if args.no_trigram else build_trigram(path)
            report_build(stats, bigram, trigram, source)
        conn = connect(path)
        timings, found = time_searches(conn, repeat, like_repeat)
        conn.close()
        summary = report_search(timings, found)
        pages = report_pages(site_pages(path, page_repeat))
        ok = report_targets(summary, pages)
        print(f"\nsqlite {sqlite3.sqlite_version}, {os.cpu_count()} cores; database {mb(path.stat().st_size)}")
        return 0 if ok else 1
    finally:
        if not args.keep and args.dir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
