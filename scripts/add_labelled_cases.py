"""Join a folder of labelled cases to the labelled set (tests/labelled/).

    .venv/bin/python scripts/add_labelled_cases.py DIR PREFIX [NAME ...]

DIR holds cases in the set's format (`<name>.json` beside the pages it
names, see tests/labelled/__init__.py); score them first with
`bench/clean_accuracy.py --cases DIR -v`. Each case (or only the NAMEs
given) is copied in as `blind_<PREFIX>_<name>.json`, its pages as
`pages/blind_<PREFIX>_<file name>`, with the case's `file` paths rewritten.
Nothing is overwritten, and a case missing a field the scoring needs is
refused before anything is copied.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.labelled import FIELDS, HERE  # noqa: E402


def problems(case: dict) -> list[str]:
    """What keeps a case from being scored: a missing source or field."""
    found = []
    source = case.get("source", {})
    if not any(key in source for key in ("file", "files", "seed", "replica")):
        found.append("source names no page")
    for number, report in enumerate(case.get("reports") or [], start=1):
        if "is_report" not in report:
            found.append(f"report {number}: no is_report")
        elif not report["is_report"] and "reason" not in report:
            found.append(f"report {number}: a non-report without its reason")
        elif report["is_report"]:
            found += [f"report {number}: no {name}" for name in FIELDS if name not in report]
    if not case.get("reports"):
        found.append("no expected report")
    return found


def page_specs(source: dict) -> list[dict]:
    """The source's page entries (one `file`, or several `files`)."""
    return source["files"] if "files" in source else [source] if "file" in source else []


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, metavar="DIR")
    parser.add_argument("prefix", metavar="PREFIX")
    parser.add_argument("names", nargs="*", metavar="NAME", help="only these cases (default: all)")
    parser.add_argument("--into", type=Path, default=HERE, metavar="SET",
                        help="the set's folder (default: tests/labelled)")
    args = parser.parse_args(argv)
    into = args.into
    if not args.folder.is_dir():
        parser.error(f"DIR: {args.folder} is not a folder")
    if not re.fullmatch(r"[a-z0-9]+", args.prefix):
        parser.error("PREFIX: lower-case letters and digits only")
    paths = sorted(args.folder.glob("*.json"))
    if args.names:
        paths = [args.folder / f"{name}.json" for name in args.names]
    if not paths:
        parser.error(f"no case (*.json) in {args.folder}")
    plans, refused = [], []
    for path in paths:
        if not path.is_file():
            refused.append(f"{path.name}: no such case")
            continue
        case = json.loads(path.read_text(encoding="utf-8"))
        found = problems(case)
        name = f"blind_{args.prefix}_{path.stem}"
        if (into / f"{name}.json").exists():
            found.append(f"{name}.json is already in the set")
        for spec in page_specs(case["source"]) if "source" in case else []:
            page = args.folder / spec["file"]
            target = into / "pages" / f"blind_{args.prefix}_{Path(spec['file']).name}"
            if not page.is_file():
                found.append(f"{spec['file']}: no such page")
            elif target.exists():
                found.append(f"{target.name} is already in the set")
        refused += [f"{path.name}: {problem}" for problem in found]
        plans.append((path, name, case))
    if refused:
        print("\n".join(refused), file=sys.stderr)
        return 1
    (into / "pages").mkdir(exist_ok=True)
    for path, name, case in plans:
        for spec in page_specs(case["source"]):
            target = f"pages/blind_{args.prefix}_{Path(spec['file']).name}"
            shutil.copyfile(args.folder / spec["file"], into / target)
            spec["file"] = target
        (into / f"{name}.json").write_text(json.dumps(case, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        print(f"joined {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
