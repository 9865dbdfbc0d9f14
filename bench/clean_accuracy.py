"""Field-by-field accuracy of cleaning over the labelled pages (tests/labelled/).

    .venv/bin/python bench/clean_accuracy.py [-v] [--cases DIR]

Prints, per interface field, correct/total and the percentage, then the pass
rates of the body checks (sentences that must be kept, boilerplate that must
go). Exits 1 when anything is below 100%; `-v` lists every miss. `--cases`
scores another folder of cases written in the set's format (see
tests/labelled/__init__.py), such as pages being labelled before they join
the set with scripts/add_labelled_cases.py.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.labelled import FIELDS, evaluate, load_cases  # noqa: E402


def percent(correct: int, total: int) -> float:
    """A percentage; 100 when there is nothing to get wrong."""
    return 100.0 * correct / total if total else 100.0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--cases", type=Path, default=None, metavar="DIR",
                        help="a folder of cases in the labelled set's format (default: the set)")
    args = parser.parse_args(argv)
    if args.cases is not None and not args.cases.is_dir():
        parser.error(f"--cases: {args.cases} is not a folder")
    cases = load_cases(args.cases) if args.cases else load_cases()
    if not cases:
        parser.error(f"--cases: no case (*.json) in {args.cases}")
    started = time.perf_counter()
    score = evaluate(cases)
    elapsed = time.perf_counter() - started
    pages = sum(len(case.parts) for case in cases)
    reports = sum(len(case.expected) for case in cases)
    print(f"labelled set: {len(cases)} cases, {pages} pages, {reports} expected reports "
          f"(cleaned in {elapsed:.2f}s)")
    print(f"  {'field':<18}{'correct':>8}{'total':>7}{'%':>8}")
    order = ["report count", "is_report", "reason", *FIELDS]
    for name in order:
        correct, total = score.fields.get(name, [0, 0])
        print(f"  {name:<18}{correct:>8}{total:>7}{percent(correct, total):>7.1f}%")
    for label, (correct, total) in (("body has", score.body_has), ("body lacks", score.body_lacks)):
        print(f"  {label:<18}{correct:>8}{total:>7}{percent(correct, total):>7.1f}%")
    print(f"misses: {len(score.misses)}")
    if args.verbose:
        for miss in score.misses:
            print("  " + miss)
    return 0 if score.perfect else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
