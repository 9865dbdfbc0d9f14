"""Quality of duplicate grouping: pairwise precision and recall against known truth.

    .venv/bin/python bench/dedup_quality.py              # synthetic 5,000 × 3 seeds, both replicas
    .venv/bin/python bench/dedup_quality.py --quick      # synthetic 1,000 × 1 seed, seed replica
    .venv/bin/python bench/dedup_quality.py --no-crawl   # synthetic corpora only

1. Synthetic corpora (`replica.synthetic`: exact, near and excerpt copies, and
   the same place's reports of other years sharing formula text), merged by
   `archive.merge.merge` as a build does, from `cleaning.Report` objects made
   of each page's text and title (no HTML, no crawl). Printed: pairwise
   precision and recall over same-report page pairs; recall per copy kind
   (is the copy with its original?); the traps — page pairs of the same place
   and another year, or another place and the same year, wrongly joined; the
   archived kind of each copy against its truth; how often the canonical copy
   is the original (or an exact copy of it). Exact-hash-only grouping, what
   merge.py did before, for comparison.
2. The replica, crawled and built for real (`baogao update`): the seed
   reports (the ten of seed 004 are on both sites, so 10 same-report pairs),
   and a replica serving a synthetic corpus with every kind of copy, through
   crawl, cleaning and build.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter, defaultdict
from math import comb
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import sqlite_utils  # noqa: E402

from archive import dedup  # noqa: E402
from archive.merge import Copy, merge  # noqa: E402
from cleaning import Report  # noqa: E402
from replica import synthetic  # noqa: E402
from replica.corpus import default_reports  # noqa: E402


def pairwise(predicted: dict, truth: dict) -> tuple[float, float]:
    """Pairwise precision and recall of page → group against page → true group."""
    cells = Counter((predicted[k], truth[k]) for k in truth)
    both = sum(comb(n, 2) for n in cells.values())
    said = sum(comb(n, 2) for n in Counter(predicted[k] for k in truth).values())
    true = sum(comb(n, 2) for n in Counter(truth.values()).values())
    return (both / said if said else 1.0), (both / true if true else 1.0)


# --------------------------------------------------------------------------
# Synthetic corpora, merged as a build merges


def as_copy(page, row) -> Copy:
    """A synthetic page as cleaning would hand it over: body, title, metadata from the title."""
    text = synthetic.report_text(page)
    title = page.title or page.site_b_title
    year = re.search(r"(\d{4})年", title)
    report = Report(title=title, province=row["province"], place=row["place"],
                    year=int(year.group(1)) if year else None, body=text,
                    chars=len(re.sub(r"\s", "", text)),
                    flags=[] if page.on_site_a else ["listing-item", "paragraphs-restored"])
    return Copy(report, page.key)


def traps(predicted: dict, rows: list[dict]) -> dict[str, tuple[int, int]]:
    """(wrongly joined, all) page pairs of the same place in another year, and of another place."""
    same_place = Counter((r["place"], r["year"]) for r in rows)
    by_place = Counter(r["place"] for r in rows)
    all_other_years = sum(comb(n, 2) for n in by_place.values()) - \
        sum(comb(n, 2) for n in same_place.values())
    joined = defaultdict(list)
    for r in rows:
        joined[predicted[r["key"]]].append(r)
    wrong_years = wrong_places = 0
    for members in joined.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a["place"] == b["place"] and a["year"] != b["year"]:
                    wrong_years += 1
                elif a["place"] != b["place"]:
                    wrong_places += 1
    return {"same place, other year": (wrong_years, all_other_years),
            "other place": (wrong_places, comb(len(rows), 2) - sum(comb(n, 2) for n in by_place.values()))}


def evaluate_synthetic(n: int, seed: int) -> dict:
    corpus = synthetic.generate(n, seed=seed)
    rows = corpus.truth
    truth = {r["key"]: r["group"] for r in rows}
    kind_of = {r["key"]: r["kind"] for r in rows}
    merged = merge([as_copy(page, row) for page, row in zip(corpus.reports, rows)])
    predicted, archived, canonical = {}, {}, {}
    for number, m in enumerate(merged):
        for member in m.members:
            predicted[member.copy.url] = number
            archived[member.copy.url] = member.kind
        if len(m.members) > 1:
            canonical[number] = kind_of[m.canonical.url]
    exact_only = {r["key"]: dedup.exact_key(synthetic.report_text(p)) for p, r in zip(corpus.reports, rows)}
    originals = {r["group"]: r["key"] for r in rows if r["kind"] == "original"}
    recall_by_kind = {}
    for kind in ("exact", "near", "excerpt"):
        copies = [r for r in rows if r["kind"] == kind]
        together = sum(predicted[r["key"]] == predicted[originals[r["group"]]] for r in copies)
        recall_by_kind[kind] = together / len(copies) if copies else 1.0
    return {
        "n": n, "seed": seed, "reports": len(set(truth.values())), "archived": len(merged),
        "quality": pairwise(predicted, truth), "exact_only": pairwise(exact_only, truth),
        "by_kind": recall_by_kind, "traps": traps(predicted, rows),
        "kinds": Counter((kind_of[k], archived[k]) for k in truth),
        "canonical": Counter(canonical.values()),
    }


def print_synthetic(results: list[dict]) -> None:
    print("Synthetic corpora, merged as a build merges (archive.merge.merge)\n")
    head = (f"{'pages':>6} {'seed':>4} {'reports':>7} {'archived':>8} {'precision':>9} {'recall':>7}"
            f"   {'exact':>6} {'near':>6} {'excerpt':>7}   {'exact-only P/R':>15}")
    print(head)
    print("-" * len(head))
    for r in results:
        k = r["by_kind"]
        print(f"{r['n']:>6} {r['seed']:>4} {r['reports']:>7} {r['archived']:>8} {r['quality'][0]:>9.4f} "
              f"{r['quality'][1]:>7.4f}   {k['exact']:>6.3f} {k['near']:>6.3f} {k['excerpt']:>7.3f}"
              f"   {r['exact_only'][0]:.3f} / {r['exact_only'][1]:.3f}")
    print("(exact, near, excerpt: share of copies of that kind archived with their original)\n")
    for name in ("same place, other year", "other place"):
        wrong = sum(r["traps"][name][0] for r in results)
        total = sum(r["traps"][name][1] for r in results)
        print(f"traps — {name}: {wrong} of {total:,} page pairs wrongly joined")
    kinds = sum((r["kinds"] for r in results), Counter())
    archived_kinds = ("canonical", "exact", "near", "excerpt")
    print("\narchived kind of each page (rows: truth)")
    print(f"{'':>9}" + "".join(f"{k:>10}" for k in archived_kinds))
    for truth_kind in ("original", "exact", "near", "excerpt"):
        print(f"{truth_kind:>9}" + "".join(f"{kinds[(truth_kind, k)]:>10}" for k in archived_kinds))
    canonical = sum((r["canonical"] for r in results), Counter())
    total = sum(canonical.values())
    good = canonical["original"] + canonical["exact"]
    print(f"\ncanonical copy of reports with several pages: original or exact copy in "
          f"{good} of {total} ({good / total:.1%}); {dict(canonical)}\n")


# --------------------------------------------------------------------------
# The replica, crawled and built


def crawl_and_build(reports, directory: Path) -> tuple[sqlite_utils.Database, int]:
    """Serve `reports` on a fresh replica, crawl both sites, build: the archive, site B's page size."""
    from replica.server import start
    from tests.conftest import run_baogao

    with start(port=0, reports=reports) as sites:
        run_baogao("update", "--start-url", f"report_site={sites.site_a_url}",
                   "--start-url", f"listing_site={sites.site_b_url}", "--delay", "0",
                   data=directory, timeout=1800)
        return sqlite_utils.Database(directory / "reports.db"), sites.site_b.page_size


def page_key(source: dict, reports, b_page_size: int) -> str | None:
    """Which served report a source row is: by site-A id, or by site-B page and item."""
    path = urlsplit(source["url"]).path
    if path.startswith(("/baogao/", "/uploadfile/")):   # a report page, or its attached file
        report_id = int(path.rsplit("/", 1)[1].split(".")[0].split("_")[0])
        return next((r.key for r in reports if r.id == report_id), None)
    page = int(path.rsplit("/", 1)[1])
    on_b = [r for r in reports if r.on_site_b]
    # A listing page with a single item reads as an ordinary page: no item number.
    return on_b[(page - 1) * b_page_size + (source["item"] or 1) - 1].key


def evaluate_replica(reports, truth: dict[str, object], directory: Path, label: str) -> None:
    db, b_size = crawl_and_build(reports, directory)
    sources = list(db["sources"].rows)
    # A page served on both sites is one key twice: keep them apart as pages.
    pages = {f"{s['site']}|{page_key(s, reports, b_size)}": s for s in sources}
    predicted = {p: s["report_id"] for p, s in pages.items()}
    page_truth = {p: truth[p.split("|", 1)[1]] for p in pages}
    pairs = sum(comb(n, 2) for n in Counter(page_truth.values()).values())
    precision, recall = pairwise(predicted, page_truth)
    kinds = Counter(s["kind"] for s in sources)
    print(f"{label}: {len(pages)} pages archived as {db['reports'].count} reports "
          f"(truth: {len(set(page_truth.values()))}); {pairs} same-report pairs; "
          f"precision {precision:.4f}, recall {recall:.4f}; kinds {dict(kinds)}")
    return precision, recall


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=5000, help="pages per synthetic corpus")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--replica-n", type=int, default=120,
                        help="pages of the synthetic corpus served by the replica")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-crawl", action="store_true", help="skip the replica crawls")
    args = parser.parse_args(argv)
    if args.quick:
        args.n, args.seeds, args.replica_n = 1000, [0], 0
    print_synthetic([evaluate_synthetic(args.n, seed) for seed in args.seeds])
    if args.no_crawl:
        return 0
    print("The replica, crawled and built (baogao update)\n")
    with tempfile.TemporaryDirectory() as tmp:
        seeds = list(default_reports())
        evaluate_replica(seeds, {r.key: r.key for r in seeds}, Path(tmp) / "seeds",
                         "seed reports (seed 004 on both sites)")
        if args.replica_n:
            corpus = synthetic.generate(args.replica_n, seed=7, chars=8000)
            evaluate_replica(corpus.reports, {r["key"]: r["group"] for r in corpus.truth},
                             Path(tmp) / "synthetic", f"synthetic corpus of {args.replica_n} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
