"""Speed of deduplication at scale: 7,000 and 70,000 reports, and 100 pages added to 70,000.

    .venv/bin/python bench/dedup.py                # 7,000 and 70,000 reports of ~15,000 characters
    .venv/bin/python bench/dedup.py --quick        # 200 and 2,000: well under a minute
    .venv/bin/python bench/dedup.py --sizes 7000 20000 --add 100 --dir /tmp/bench-dedup

The corpora are `replica.synthetic` (70% originals, 10% each exact, near and
excerpt copies, same-place formula text across years), one per size,
generated once into SQLite files in `--dir` and reused by later runs; texts
are read from them as needed, never all held in memory (the time spent
reading is printed: a build has its texts in memory). In one run:

1. for each size, in a fresh process: what `merge` does to deduplicate n
   pages — exact keys, then `archive.dedup.deduplicate` with a new store
   (fingerprints, LSH and anchor search, exact verification, grouping) — with
   wall time, CPU time and peak memory of the process and its workers
   (sampled from /proc), seconds per stage, and precision/recall against the
   ground truth;
2. baselines measured in the same process: exact-hash-only grouping (what
   merge.py did before: fast, but blind to near copies and excerpts), and
   brute-force pairwise Jaccard on a sample, extrapolated to all n(n-1)/2 pairs;
3. adding 100 more pages of its corpus to the largest archive, in a fresh
   process, from its store: the incremental path a rebuild takes.

Prints a table, the growth ratios between sizes (time ratio ÷ size ratio = 1
is linear growth) and the targets (70k: < 2 min, < 4 GB; adding 100 pages:
< 10 s) with PASS/FAIL. The machine may be shared: CPU seconds (of the
process and its workers) are printed beside wall seconds, and are the steadier
measure of growth.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from math import comb
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from archive import dedup  # noqa: E402
from replica import synthetic  # noqa: E402

TARGET_SECONDS_70K = 120
TARGET_MEMORY_GB = 4
TARGET_ADD_SECONDS = 10
SEED = 0
CHARS = 15000


# --------------------------------------------------------------------------
# The corpus, on disk


def corpus_path(directory: Path, n: int, seed: int, chars: int) -> Path:
    return directory / f"corpus-{n}-seed{seed}-{chars}.db"


def _generate_block(task: tuple[int, int, int, int]) -> list[tuple]:
    n, seed, chars, block = task
    return [(report.key, synthetic.report_text(report), row["group"], row["kind"], row["place"],
             row["year"]) for report, row in synthetic.iter_items(n, seed=seed, chars=chars,
                                                                 blocks=[block])]


def ensure_corpus(directory: Path, n: int, seed: int, chars: int, processes: int) -> tuple[Path, float]:
    """The corpus file (made if missing, blocks generated in parallel) and seconds spent making it."""
    path = corpus_path(directory, n, seed, chars)
    if path.exists():
        return path, 0.0
    start = time.perf_counter()
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.execute("create table pages (n integer primary key, key text unique, text text, "
               "grp integer, kind text, place text, year integer)")
    tasks = [(n, seed, chars, b) for b in range(synthetic.block_count(n))]
    context = multiprocessing.get_context("forkserver")
    with context.Pool(processes) as pool:
        number = 0
        for rows in pool.imap(_generate_block, tasks):
            db.executemany("insert into pages values (?, ?, ?, ?, ?, ?, ?)",
                           ((number + i, *row) for i, row in enumerate(rows)))
            number += len(rows)
    db.commit()
    db.close()
    os.replace(tmp, path)
    return path, time.perf_counter() - start


class CorpusTexts(dedup.Texts):
    """Item texts read from the corpus file, through a map item key → page key.

    One connection per thread: the worker pool reads tasks from its own thread.
    """

    def __init__(self, path: Path, page_of: dict[str, str]):
        self.path, self.page_of = path, page_of
        self.local = threading.local()
        self.seconds = 0.0   # spent reading: the corpus file's cost, not deduplication's

    def get(self, keys):
        start = time.perf_counter()
        db = getattr(self.local, "db", None)
        if db is None:
            db = self.local.db = sqlite3.connect(self.path)
        pages = [self.page_of[k] for k in keys]
        found = {}
        for first in range(0, len(pages), 500):
            part = pages[first:first + 500]
            marks = ",".join("?" * len(part))
            found.update(db.execute(f"select key, text from pages where key in ({marks})", part))
        self.seconds += time.perf_counter() - start
        return [found[p] for p in pages]


def pages(path: Path, first: int, last: int, clock: list | None = None):
    """(key, text, group) of pages first..last-1, streamed; reading time added to clock[0]."""
    db = sqlite3.connect(path)
    rows = db.execute("select key, text, grp from pages where n >= ? and n < ? order by n",
                      [first, last])
    while True:
        start = time.perf_counter()
        row = next(rows, None)
        if clock is not None:
            clock[0] += time.perf_counter() - start
        if row is None:
            break
        yield row
    db.close()


# --------------------------------------------------------------------------
# Measuring a process and its workers


class Meter:
    """Peak memory (sum of RSS) and CPU seconds of this process and all its descendants."""

    def __init__(self, interval: float = 0.1):
        self.interval = interval
        self.peak = 0
        self.cpu: dict[int, float] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.tick = os.sysconf("SC_CLK_TCK")
        self.page = os.sysconf("SC_PAGE_SIZE")

    def __enter__(self) -> Meter:
        self.started = time.perf_counter()
        self.sample()
        self.before = dict(self.cpu)   # CPU already spent is not this run's
        self.peak = 0
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.sample()
        self.stop.set()
        self.thread.join()
        self.seconds = time.perf_counter() - self.started

    def _run(self) -> None:
        while not self.stop.wait(self.interval):
            self.sample()

    def sample(self) -> None:
        children: dict[int, list[int]] = {}
        stats = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            pid = int(entry)
            stats[pid] = fields
            children.setdefault(int(fields[1]), []).append(pid)
        tree, todo = [], [os.getpid()]
        while todo:
            pid = todo.pop()
            tree.append(pid)
            todo += children.get(pid, [])
        rss = 0
        for pid in tree:
            if pid in stats:
                fields = stats[pid]
                rss += int(fields[21]) * self.page
                self.cpu[pid] = (int(fields[11]) + int(fields[12])) / self.tick
        self.peak = max(self.peak, rss)

    @property
    def cpu_seconds(self) -> float:
        return sum(seconds - self.before.get(pid, 0.0) for pid, seconds in self.cpu.items())


# --------------------------------------------------------------------------
# One measured run (in its own process)


def pairwise(predicted: dict[str, object], truth: dict[str, int]) -> tuple[float, float]:
    """Pairwise precision and recall of page → group against page → true group."""
    cells = Counter((predicted[k], truth[k]) for k in truth)
    both = sum(comb(c, 2) for c in cells.values())
    said = sum(comb(c, 2) for c in Counter(predicted[k] for k in truth).values())
    true = sum(comb(c, 2) for c in Counter(truth.values()).values())
    return (both / said if said else 1.0), (both / true if true else 1.0)


def exact_items(path: Path, first: int, last: int, clock: list | None = None):
    """Exact keys of pages first..last-1: page → item, item → a page, truth."""
    item_of, page_of, truth = {}, {}, {}
    for key, text, group in pages(path, first, last, clock):
        item = dedup.exact_key(text)
        item_of[key] = item
        page_of.setdefault(item, key)
        truth[key] = group
    return item_of, page_of, truth


def brute_force_pair_seconds(path: Path, n: int, sample: int = 120) -> tuple[float, float]:
    """Seconds per exact Jaccard of two shingle sets, and per shingle set, on a sample."""
    rng = random.Random(1)
    picked = set(rng.sample(range(n), min(sample, n)))
    texts = [text for i, (_, text, _) in enumerate(pages(path, 0, n)) if i in picked]
    start = time.perf_counter()
    sets = [dedup.shingles(t) for t in texts]
    per_set = (time.perf_counter() - start) / len(sets)
    start = time.perf_counter()
    count = 0
    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            dedup.measure("a", sets[i], "b", sets[j])
            count += 1
    return (time.perf_counter() - start) / count, per_set


def run_build(path: Path, n: int, store: Path, processes: int) -> dict:
    """Deduplicate the first n pages from scratch, with a new store; plus baselines."""
    store.unlink(missing_ok=True)
    out: dict = {"n": n}
    # Baseline: exact-hash-only grouping, as merge.py did before this module.
    with Meter() as meter:
        item_of, page_of, truth = exact_items(path, 0, n)
    out["exact_only"] = {"seconds": meter.seconds, "cpu": meter.cpu_seconds,
                         "quality": pairwise(item_of, truth)}
    reading = [0.0]
    with Meter() as meter:
        item_of, page_of, truth = exact_items(path, 0, n, reading)
        exact_seconds = time.perf_counter() - meter.started
        texts = CorpusTexts(path, page_of)
        result = dedup.deduplicate(page_of, texts, store=dedup.Store(store), processes=processes)
    group_of = {k: i for i, g in enumerate(result.groups) for k in g.keys}
    out["dedup"] = {"seconds": meter.seconds, "cpu": meter.cpu_seconds, "peak": meter.peak,
                    "reading": reading[0] + texts.seconds,
                    "stages": {"exact keys": round(exact_seconds, 3), **result.stats["seconds"]},
                    "items": len(page_of), "groups": len(result.groups),
                    "candidates": result.stats["candidates"], "measured": result.stats["measured"],
                    "quality": pairwise({p: group_of[i] for p, i in item_of.items()}, truth)}
    per_pair, per_set = brute_force_pair_seconds(path, n)
    out["brute_force"] = {"per_pair": per_pair, "per_set": per_set,
                          "seconds": comb(n, 2) * per_pair + n * per_set}
    return out


def run_add(path: Path, n: int, add: int, store: Path, processes: int) -> dict:
    """Add pages n..n+add-1 to the archive of the first n pages, from its store."""
    item_of, page_of, truth = exact_items(path, 0, n + add)   # a build has every page's key anyway
    texts = CorpusTexts(path, page_of)
    with Meter() as meter:
        result = dedup.deduplicate(page_of, texts, store=dedup.Store(store), processes=processes)
    group_of = {k: i for i, g in enumerate(result.groups) for k in g.keys}
    return {"n": n, "add": add, "mode": result.mode, "seconds": meter.seconds,
            "cpu": meter.cpu_seconds, "peak": meter.peak, "stages": result.stats["seconds"],
            "fingerprinted": result.stats["fingerprinted"], "measured": result.stats["measured"],
            "reading": texts.seconds,
            "quality": pairwise({p: group_of[i] for p, i in item_of.items()}, truth)}


def in_child(job: dict) -> dict:
    """Run a job in a fresh Python process, so its peak memory is its own."""
    command = [sys.executable, str(Path(__file__).resolve()), "--job", json.dumps(job)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    if done.returncode != 0:
        raise SystemExit(f"job {job} failed:\n{done.stdout}\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------
# Report


def gb(value: float) -> str:
    return f"{value / 1e9:.2f} GB"


def duration(seconds: float) -> str:
    if seconds > 3 * 86400:
        return f"{seconds / 86400:.0f} days"
    if seconds > 3 * 3600:
        return f"{seconds / 3600:.0f} h"
    return f"{seconds:.1f} s"


def report(builds: list[dict], added: dict | None, made: float, args) -> bool:
    print(f"\ncorpora: replica.synthetic, seed {args.seed}, ~{args.chars} characters per report"
          + (f" (generated in {made:.0f} s)" if made else " (cached)"))
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; "
          f"{args.processes} worker processes\n")
    head = (f"{'pages':>7} {'items':>7} {'wall':>8} {'CPU':>8} {'peak mem':>9} {'ms/page':>8} "
            f"{'precision':>9} {'recall':>7}   {'exact-only':>10} {'recall':>7}   {'brute force':>11}")
    print(head)
    print("-" * len(head))
    for b in builds:
        d, e, f = b["dedup"], b["exact_only"], b["brute_force"]
        print(f"{b['n']:>7} {d['items']:>7} {d['seconds']:>7.1f}s {d['cpu']:>7.1f}s {gb(d['peak']):>9} "
              f"{1000 * d['seconds'] / b['n']:>8.2f} {d['quality'][0]:>9.4f} {d['quality'][1]:>7.4f}"
              f"   {e['seconds']:>9.1f}s {e['quality'][1]:>7.4f}   {duration(f['seconds']):>11}")
    for b in builds:
        stages = ", ".join(f"{k} {v:.1f}" for k, v in b["dedup"]["stages"].items())
        print(f"  {b['n']}: seconds per stage: {stages}; {b['dedup']['candidates']} candidate pairs, "
              f"{b['dedup']['measured']} verified; {b['dedup']['reading']:.1f} s of the time went to "
              f"reading texts from the corpus file (a build has them in memory)")
    print()
    for small, large in zip(builds, builds[1:]):
        size = large["n"] / small["n"]
        t = large["dedup"]["seconds"] / small["dedup"]["seconds"]
        c = large["dedup"]["cpu"] / small["dedup"]["cpu"]
        m = large["dedup"]["peak"] / small["dedup"]["peak"]
        print(f"growth {small['n']} → {large['n']} (×{size:.0f} pages): time ×{t:.1f} "
              f"(÷ size = {t / size:.2f}), CPU ×{c:.1f} (÷ size = {c / size:.2f}), memory ×{m:.1f}")
    for b in builds:
        d = b["dedup"]
        print(f"{b['n']} pages: dedup takes ×{d['seconds'] / b['exact_only']['seconds']:.1f} the time "
              f"of exact-hash grouping (recall {b['exact_only']['quality'][1]:.3f} → "
              f"{d['quality'][1]:.3f}); brute-force pairwise Jaccard would take "
              f"×{b['brute_force']['seconds'] / d['seconds']:,.0f} as long "
              f"({b['brute_force']['per_pair'] * 1e3:.2f} ms per pair × {comb(b['n'], 2):,} pairs)")
    if added:
        print(f"\nadding {added['add']} pages to {added['n']}: {added['seconds']:.1f} s wall, "
              f"{added['cpu']:.1f} s CPU, peak {gb(added['peak'])}, {added['mode']} "
              f"({added['fingerprinted']} fingerprinted, {added['measured']} pairs verified); "
              f"precision {added['quality'][0]:.4f}, recall {added['quality'][1]:.4f}")
        stages = ", ".join(f"{k} {v:.1f}" for k, v in added["stages"].items())
        print(f"  seconds per stage: {stages}; reading texts {added['reading']:.1f} s")
    ok = True
    largest = builds[-1]
    if largest["n"] >= 70000:
        ok &= check(f"{largest['n']} pages in < {TARGET_SECONDS_70K} s",
                    largest["dedup"]["seconds"] < TARGET_SECONDS_70K)
        ok &= check(f"{largest['n']} pages in < {TARGET_MEMORY_GB} GB",
                    largest["dedup"]["peak"] < TARGET_MEMORY_GB * 1e9)
    if added and added["n"] >= 70000:
        ok &= check(f"adding {added['add']} pages in < {TARGET_ADD_SECONDS} s",
                    added["seconds"] < TARGET_ADD_SECONDS)
    return ok


def check(label: str, passed: bool) -> bool:
    print(f"{'PASS' if passed else 'FAIL'}  {label}")
    return passed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[7000, 70000])
    parser.add_argument("--add", type=int, default=100, help="pages added to the largest archive")
    parser.add_argument("--quick", action="store_true", help="200 and 2,000 pages")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--chars", type=int, default=CHARS)
    parser.add_argument("--processes", type=int, default=dedup.default_processes())
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "baogao-bench-dedup",
                        help="where the corpus and stores are kept (reused by later runs)")
    parser.add_argument("--clean", action="store_true", help="delete --dir afterwards")
    parser.add_argument("--job", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.job:
        job = json.loads(args.job)
        path, store = Path(job["corpus"]), Path(job["store"])
        out = run_build(path, job["n"], store, job["processes"]) if job["kind"] == "build" else \
            run_add(path, job["n"], job["add"], store, job["processes"])
        print(json.dumps(out))
        return 0
    sizes = [200, 2000] if args.quick else sorted(args.sizes)
    args.dir.mkdir(parents=True, exist_ok=True)
    # A corpus per size, so every copy's original is among the pages; the
    # largest has `add` more pages, to add to its archive afterwards.
    paths, made = {}, 0.0
    for n in sizes:
        total = n + (args.add if n == max(sizes) else 0)
        print(f"corpus of {total} pages in {args.dir} …", flush=True)
        paths[n], seconds = ensure_corpus(args.dir, total, args.seed, args.chars, args.processes)
        made += seconds
    builds = []
    for n in sizes:
        print(f"deduplicating {n} pages …", flush=True)
        builds.append(in_child({"kind": "build", "corpus": str(paths[n]), "n": n,
                                "store": str(args.dir / f"store-{n}.db"),
                                "processes": args.processes}))
    added = None
    if args.add:
        print(f"adding {args.add} pages to {max(sizes)} …", flush=True)
        store = args.dir / f"store-{max(sizes)}.db"
        scratch = args.dir / "store-add.db"
        shutil.copyfile(store, scratch)   # the build's store stays as it was, for reruns
        added = in_child({"kind": "add", "corpus": str(paths[max(sizes)]), "n": max(sizes),
                          "add": args.add, "store": str(scratch), "processes": args.processes})
    ok = report(builds, added, made, args)
    if args.clean:
        shutil.rmtree(args.dir)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
