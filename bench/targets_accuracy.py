"""Precision and recall of `cleaning.targets` over the hand-labelled set.

    .venv/bin/python bench/targets_accuracy.py [-v]

Prints one table for targets and one for actuals: per indicator, the rows
labelled, extracted, correct (all fields but the sentence equal), precision
and recall; then the overall figures. Exits 1 when anything is below 100%.
`-v` also lists every wrong or missing row.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cleaning.targets import INDICATORS, extract_targets  # noqa: E402
from tests.targets_labelled import CASES, paragraphs  # noqa: E402

TARGET_FIELDS = ("indicator", "value_low", "value_high", "unit", "modifier", "kind", "basis")
ACTUAL_FIELDS = TARGET_FIELDS + ("year",)


def row_key(row: dict, fields: tuple[str, ...]) -> tuple:
    """A row as a comparable tuple; figures rounded so 7 and 7.0000001 agree."""
    return tuple(round(row[f], 6) if isinstance(row[f], float) else row[f] for f in fields)


def tally(pairs) -> dict[str, Counter]:
    """Per indicator: labelled, extracted and correct counts over (labelled, extracted) key lists."""
    table: dict[str, Counter] = {}
    for labelled, extracted in pairs:
        want, got = Counter(labelled), Counter(extracted)
        for key, n in want.items():
            table.setdefault(key[0], Counter())["labelled"] += n
        for key, n in got.items():
            table.setdefault(key[0], Counter())["extracted"] += n
        for key, n in (want & got).items():
            table[key[0]]["correct"] += n
    return table


def ratio(part: int, whole: int) -> float:
    """A percentage; 100 when there is nothing to get wrong."""
    return 100.0 * part / whole if whole else 100.0


def print_table(title: str, table: dict[str, Counter]) -> tuple[float, float]:
    """Print one table; return overall (precision, recall)."""
    print(f"\n{title}")
    print(f"  {'indicator':<30}{'labelled':>9}{'extracted':>10}{'correct':>8}{'precision':>11}{'recall':>8}")
    order = [code for code in INDICATORS if code in table] + sorted(set(table) - set(INDICATORS))
    total = Counter()
    for code in order:
        c = table[code]
        total.update(c)
        print(f"  {code:<30}{c['labelled']:>9}{c['extracted']:>10}{c['correct']:>8}"
              f"{ratio(c['correct'], c['extracted']):>10.1f}%{ratio(c['correct'], c['labelled']):>7.1f}%")
    precision = ratio(total["correct"], total["extracted"])
    recall = ratio(total["correct"], total["labelled"])
    print(f"  {'overall':<30}{total['labelled']:>9}{total['extracted']:>10}{total['correct']:>8}"
          f"{precision:>10.1f}%{recall:>7.1f}%")
    return precision, recall


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    started = time.perf_counter()
    target_pairs, actual_pairs = [], []
    for case in CASES:
        targets, actuals = extract_targets(paragraphs(case), case.get("title_year", case["year"]))
        for fields, labelled, extracted, pairs in (
                (TARGET_FIELDS, case["targets"], targets, target_pairs),
                (ACTUAL_FIELDS, case["actuals"], actuals, actual_pairs)):
            want = [row_key(r, fields) for r in labelled]
            got = [row_key(r, fields) for r in extracted]
            pairs.append((want, got))
            if verbose and Counter(want) != Counter(got):
                print(f"{case['name']}: extra {list((Counter(got) - Counter(want)).elements())}"
                      f" missing {list((Counter(want) - Counter(got)).elements())}")
    elapsed = time.perf_counter() - started
    print(f"{len(CASES)} labelled reports and passages, extracted in {elapsed:.2f} s")
    scores = [*print_table("Targets (this year's 主要预期目标)", tally(target_pairs)),
              *print_table("Actuals (past years' results)", tally(actual_pairs))]
    overall = tally(target_pairs + actual_pairs)
    correct = sum(c["correct"] for c in overall.values())
    print(f"\nOverall: precision {ratio(correct, sum(c['extracted'] for c in overall.values())):.1f}%"
          f", recall {ratio(correct, sum(c['labelled'] for c in overall.values())):.1f}%")
    return 0 if all(score == 100.0 for score in scores) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
