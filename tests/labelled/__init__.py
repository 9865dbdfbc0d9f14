"""The labelled page set: pages, what cleaning must make of them, and the scoring.

Each case is one `<name>.json` in this folder, written by reading the page
(never from the cleaner's output):

    {"about": "...",
     "source": {...},          # where the page comes from, see `load_parts`
     "reports": [{...}, ...]}  # what clean_page/clean_document must return, in order

`source` is one of

- `{"file": "pages/x.html", "url": ..., "content_type": ..., "encode": "gbk"}`:
  a page written here (`encode` turns the UTF-8 source into the bytes a
  GBK site serves; `transform`, a list of `TRANSFORMS` names, then turns
  those bytes into what a broken site serves); `"files": [...]` of such
  dicts is one report over several pages (`clean_document`);
- `{"seed": "000", "url": ...}`: a seed text rendering (replica/seeds/);
- `{"replica": "A" | "B", "paths": [...]}`: pages of the local replica,
  served in-process (several paths: one document over several pages).

An expected report holds `is_report`; a non-report holds the `reason`
prefix (and maybe `title`); a report holds every field of `FIELDS` plus
`body_has` (sentences the body must contain) and `body_lacks` (boilerplate
it must not). Body checks ignore whitespace, nothing else.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SITE_A = "http://127.0.0.1:8001"
SITE_B = "http://127.0.0.1:8002"

FIELDS = ("title", "province", "prefecture", "county", "place", "admin_level", "adcode", "region",
          "year", "delivered_on", "congress", "congress_term", "congress_session", "speaker",
          "speaker_title", "is_excerpt")

Part = tuple[bytes | str, str | None, str | None]


@dataclass
class Case:
    """One labelled page (or document) and the reports expected from it."""

    name: str
    about: str
    parts: list[Part]
    expected: list[dict]


@dataclass
class Score:
    """Tallies over the labelled set: per field, body checks, and every miss."""

    fields: dict[str, list[int]] = field(default_factory=dict)   # name -> [correct, total]
    body_has: list[int] = field(default_factory=lambda: [0, 0])
    body_lacks: list[int] = field(default_factory=lambda: [0, 0])
    misses: list[str] = field(default_factory=list)

    def tally(self, name: str, ok: bool) -> None:
        counts = self.fields.setdefault(name, [0, 0])
        counts[0] += ok
        counts[1] += 1

    @property
    def perfect(self) -> bool:
        return not self.misses


@cache
def _replica_sites():
    """The default replica's two sites, as in-process routers."""
    from replica.corpus import default_reports
    from replica.site import SiteA, SiteB

    reports = default_reports()
    return {"A": (SiteA(reports, site_b_url=SITE_B), SITE_A),
            "B": (SiteB(reports, site_a_url=SITE_A), SITE_B)}


_RAW_BYTE = re.compile(rb"\{\{x([0-9a-fA-F]{2})(?:\*([0-9]+))?\}\}")


def _raw_bytes(data: bytes) -> bytes:
    """`{{xHH}}` in the page is the byte 0xHH, `{{xHH*N}}` N of them: bytes
    no encoding of text gives (invalid sequences, NULs, megabytes of padding)."""
    return _RAW_BYTE.sub(lambda m: bytes([int(m.group(1), 16)]) * int(m.group(2) or 1), data)


_GBK_SECTION = re.compile(rb"\{\{gbk\}\}(.*?)\{\{/gbk\}\}", re.DOTALL)


def _gbk_sections(data: bytes) -> bytes:
    """The UTF-8 page's `{{gbk}}...{{/gbk}}` sections in GBK: a site that moved
    to UTF-8 and still includes its old header and footer."""
    return _GBK_SECTION.sub(lambda m: m.group(1).decode("utf-8").encode("gbk"), data)


# Byte transformations of the `transform` list, in the order given.
TRANSFORMS = {
    "raw-bytes": _raw_bytes,
    "gbk-sections": _gbk_sections,
    # UTF-8 stored through a Latin-1 connection and served as UTF-8 (no byte lost).
    "double-utf8": lambda data: data.decode("latin-1").encode("utf-8"),
    # The same through windows-1252, whose five unassigned bytes are lost.
    "double-utf8-lossy": lambda data: data.decode("cp1252", "replace").encode("utf-8"),
    # UTF-8 read as GBK (odd bytes become U+FFFD) and saved again as UTF-8: 鏀垮簻 for 政府.
    "utf8-read-as-gbk": lambda data: data.decode("gbk", "replace").encode("utf-8"),
    # GBK bytes read as Latin-1 and saved as UTF-8: Õþ¸®¹¤×÷±¨¸æ for 政府工作报告 (no byte lost).
    "gbk-read-as-latin1": lambda data: data.decode("latin-1").encode("utf-8"),
    # The same through windows-1252: bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D (in characters beyond GB2312) lost.
    "gbk-read-as-cp1252": lambda data: data.decode("cp1252", "replace").encode("utf-8"),
    "utf8-bom": lambda data: b"\xef\xbb\xbf" + data,
    "utf16le-bom": lambda data: b"\xff\xfe" + data,
}


def _file_part(spec: dict, folder: Path = HERE) -> Part:
    """A page written in `folder`, as the bytes (or text) a crawler would hold."""
    text = (folder / spec["file"]).read_text(encoding="utf-8")
    content: bytes | str = text.encode(spec["encode"]) if spec.get("encode") else text
    for name in spec.get("transform", []):
        content = TRANSFORMS[name](content if isinstance(content, bytes) else content.encode())
    return content, spec.get("url"), spec.get("content_type")


def load_parts(source: dict, folder: Path = HERE) -> list[Part]:
    """The (content, url, content_type) parts a case's source names; a page's
    `file` is relative to the case's `folder`."""
    if "file" in source:
        return [_file_part(source, folder)]
    if "files" in source:
        return [_file_part(spec, folder) for spec in source["files"]]
    if "seed" in source:
        path = next((ROOT / "replica" / "seeds").glob(f"{source['seed']}_*.txt"))
        return [(path.read_text(encoding="utf-8"), source.get("url"), "text/plain; charset=utf-8")]
    site, base = _replica_sites()[source["replica"]]
    parts = []
    for path in source["paths"]:
        response = site.handle(path)
        parts.append((response.body, base + path, response.headers.get("Content-Type")))
    return parts


def load_cases(folder: Path = HERE) -> list[Case]:
    """Every case of a folder of cases (by default the set's own), by file name."""
    cases = []
    for path in sorted(Path(folder).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        cases.append(Case(path.stem, data.get("about", ""), load_parts(data["source"], Path(folder)),
                          data["reports"]))
    return cases


def clean_case(case: Case):
    """What cleaning makes of a case: one page, or one document over several."""
    from cleaning import clean_document, clean_page

    if len(case.parts) == 1:
        return clean_page(*case.parts[0])
    return clean_document(case.parts)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def check_case(case: Case, reports, score: Score) -> None:
    """Compare cleaned reports with the expectations, tallying into `score`."""
    score.tally("report count", len(reports) == len(case.expected))
    if len(reports) != len(case.expected):
        score.misses.append(f"{case.name}: {len(reports)} reports, expected {len(case.expected)}")
    for number, (want, got) in enumerate(zip(case.expected, reports), start=1):
        where = f"{case.name}#{number}"
        ok = got.is_report == want["is_report"]
        score.tally("is_report", ok)
        if not ok:
            score.misses.append(f"{where}: is_report {got.is_report} ({got.reason}), "
                                f"expected {want['is_report']}")
            continue
        if not want["is_report"]:
            ok = (got.reason or "").startswith(want["reason"])
            score.tally("reason", ok)
            if not ok:
                score.misses.append(f"{where}: reason {got.reason!r}, expected {want['reason']!r}…")
            continue
        _check_fields(where, want, got, score)
        _check_body(where, want, got, score)


def _check_fields(where: str, want: dict, got, score: Score) -> None:
    for name in FIELDS:
        ok = getattr(got, name) == want[name]
        score.tally(name, ok)
        if not ok:
            score.misses.append(f"{where}: {name} = {getattr(got, name)!r}, expected {want[name]!r}")


def _check_body(where: str, want: dict, got, score: Score) -> None:
    body = _squeeze(got.body)
    for sentence in want.get("body_has", []):
        ok = _squeeze(sentence) in body
        score.body_has[0] += ok
        score.body_has[1] += 1
        if not ok:
            score.misses.append(f"{where}: body lacks {sentence[:40]!r}")
    for boilerplate in want.get("body_lacks", []):
        ok = _squeeze(boilerplate) not in body
        score.body_lacks[0] += ok
        score.body_lacks[1] += 1
        if not ok:
            score.misses.append(f"{where}: body keeps boilerplate {boilerplate!r}")


def evaluate(cases: list[Case] | None = None) -> Score:
    """Clean every case and score the results."""
    score = Score()
    for case in cases if cases is not None else load_cases():
        check_case(case, clean_case(case), score)
    return score
