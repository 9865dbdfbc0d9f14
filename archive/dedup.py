"""Which texts are the same report: exact copies, near copies and excerpts.

Sites copy reports from each other, reformatted (one line instead of
paragraphs, ASCII punctuation, traditional characters), edited (a few
sentences changed, gambling spam injected) or cut (one page of a long report,
"本站展示并非全部都完整"). Sameness is decided on the text alone: titles can be
wrong. The unit is the *item*, one distinct text, named by `exact_key` (equal
for texts that differ only in whitespace, paragraph breaks, punctuation width
or script), so exact copies are one item before anything else happens.

Comparing two items
-------------------
Text is folded character by character (NFKC, traditional → simplified) and
reduced to letters and digits; its *shingles* are the overlapping
5-character pieces, hashed to 64 bits. Relations are verified exactly on
those sets:

- near copy: Jaccard |A∩B| / |A∪B| ≥ `Settings.near` (0.6);
- excerpt: containment |A∩B| / |A| ≥ `Settings.contained` (0.8), A the smaller;

and never between two texts that open with delivery lines ("2021年12月12日在…
人民代表大会…会议上") of different dates: the same place's reports of other
years share much formula text, but not the day they were delivered.

Finding the pairs worth verifying
---------------------------------
Each item's *fingerprint* is computed once and kept in a sidecar store. Its
*sample* is the shingles whose hash has its top 5 bits zero (1/32 of them):
the choice depends on the hash alone, so the sample of a text inside another
lies inside the other's sample. From it:

- a datasketch MinHash (128 permutations). MinHashLSH (25 bands of 5 rows:
  a pair at Jaccard 0.6 is a candidate with probability 0.87, at 0.7 with
  0.99, at 0.25 with 0.02) finds near copies; pairs whose MinHash estimate is
  below `scan_jaccard` are dropped before verification.
- the sample itself, as *anchors*, for excerpts. LSH cannot find those: an
  excerpt of an eighth of a report has Jaccard 0.12 with it, no more than
  unrelated reports sharing formula text (and datasketch's MinHashLSHEnsemble,
  made for containment, takes ~1 ms per indexed set to build: over a minute
  at 70,000). Instead every item asks with its rarest anchors held by others
  (`AnchorIndex.queries`); the items holding `anchor_hits` of them may
  contain it.

The first search takes all items at once: two LSH halves in the two worker
processes while the anchors are searched here. Later runs find fingerprints
and verified relations of known items in the store and search only the new
items against everything (`scan_candidates`: a vectorised pass over the
MinHash matrix, and the items sharing a new item's rare anchors), so adding
pages to a large archive never redoes the pairs already known.

Grouping
--------
Near copies join transitively (strongest first, never bringing two delivery
dates together) into *clusters*. Clusters are then placed largest first: each
goes under the larger cluster that best contains its longest text. An excerpt
thus joins one report and never joins two together, even when it fits both
(it is then marked ambiguous). A report is a tree of clusters; its root
cluster holds the full texts its canonical copy is chosen from
(`archive.merge`).
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import re
import sqlite3
import time
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, Sequence

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

# --------------------------------------------------------------------------
# Settings


@dataclass(frozen=True)
class Settings:
    """Every number that decides sameness; stored fingerprints carry their version."""

    shingle: int = 5             # characters per shingle
    num_perm: int = 128          # MinHash permutations
    sample_bits: int = 5         # the sample: shingles whose hash has its top 5 bits zero (1/32)
    bands: int = 25              # LSH bands × rows ≤ num_perm
    rows: int = 5
    near: float = 0.6            # Jaccard for a near copy
    contained: float = 0.8       # containment for an excerpt
    scan_jaccard: float = 0.45   # MinHash estimate of Jaccard worth verifying
    query_anchors: int = 16      # anchors an item queries with, at most
    query_budget: int = 1000     # … and items they may bring up (beyond the first min_anchors)
    anchor_hits: float = 0.7     # share of them a containing item must hold
    min_anchors: int = 4         # the rarest anchors an item always queries with
    shareable: float = 0.6       # share of its anchors others hold, for an item to ask at all
    common_df: int = 1000        # an anchor in more items than this is formula text
    rare_df: int = 64            # incremental search: anchors in at most this many items
    seed: int = 1                # MinHash permutations

    @property
    def version(self) -> str:
        """What a stored fingerprint or relation must match to be reused."""
        # v2: delivery dates are read from folded text (traditional copies have them too).
        return (f"v2-k{self.shingle}-p{self.num_perm}-s{self.sample_bits}"
                f"-n{self.near}-c{self.contained}-seed{self.seed}")


DEFAULT = Settings()

# --------------------------------------------------------------------------
# Folding text: NFKC and traditional → simplified, one character at a time

_DROP, _MARK, _WORD = 0, 1, 2  # whitespace/control, punctuation, letter or digit


@cache
def _table() -> np.ndarray:
    """Code point → folded code point (low 24 bits) and its class (top 8 bits).

    NFKC is applied per character where it gives one character (full-width
    forms, ideographic space, compatibility ideographs); traditional →
    simplified uses OpenCC's character table, the data `opencc` itself uses.
    Whole-string NFKC and phrase-level OpenCC cost ~2 ms and ~20 ms per report;
    one table lookup per character gives the same folding of report text in
    ~0.1 ms.
    """
    folded = np.arange(0x110000, dtype=np.uint32)
    to_simplified = _t2s_characters()
    for code in range(0x10000):
        char = chr(code)
        nfkc = unicodedata.normalize("NFKC", char)
        if len(nfkc) == 1:
            folded[code] = ord(to_simplified.get(nfkc, nfkc))
    for traditional, simplified in to_simplified.items():  # beyond the BMP
        if ord(traditional) >= 0x10000:
            folded[ord(traditional)] = ord(simplified)
    kind = np.full(0x110000, _WORD, dtype=np.uint32)
    for code in range(0x10000):
        char = chr(code)
        if char.isspace() or unicodedata.category(char)[0] in "CZ":
            kind[code] = _DROP
        elif not char.isalnum():
            kind[code] = _MARK
    return folded | (kind[folded] << np.uint32(24))


@cache
def _t2s_characters() -> dict[str, str]:
    """OpenCC's traditional → simplified character table (first choice of each)."""
    import opencc

    path = Path(opencc.__file__).with_name("dictionary") / "TSCharacters.txt"
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        traditional, _, simplified = line.partition("\t")
        choice = simplified.split()[0] if simplified else ""
        if len(traditional) == 1 and len(choice) == 1 and choice != traditional:
            table[traditional] = choice
    return table


def fold(text: str) -> tuple[np.ndarray, np.ndarray]:
    """(folded code points, their classes) of `text`."""
    packed = _table()[np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)]
    return packed & np.uint32(0xFFFFFF), packed >> np.uint32(24)


def exact_key(text: str) -> str:
    """The identity of a text: equal for copies differing only in whitespace,
    paragraph breaks, punctuation width (NFKC) or script (traditional/simplified)."""
    codes, kinds = fold(text)
    return hashlib.sha256(codes[kinds != _DROP].tobytes()).hexdigest()


def folded(text: str) -> str:
    """`text` folded character by character, every character kept (full-width
    digits become ASCII, traditional characters simplified)."""
    codes, _ = fold(text)
    return codes.astype("<u4").tobytes().decode("utf-32-le")


def words(text: str) -> np.ndarray:
    """The folded letters and digits of `text`, punctuation and whitespace dropped."""
    codes, kinds = fold(text)
    return codes[kinds == _WORD]


def is_traditional(text: str) -> bool:
    """Whether `text` holds traditional characters (what folding would change)."""
    table = _t2s_characters()
    return any(char in table for char in text[:2000])


# --------------------------------------------------------------------------
# Shingles and fingerprints

_PRIME = np.uint64(0x100000001B3)
_M1, _M2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
_LOW32 = np.uint64(0xFFFFFFFF)


def _window_hashes(text: str, settings: Settings) -> np.ndarray:
    """A 64-bit hash of every shingle of `text`, in text order (repeats included)."""
    codes = words(text).astype(np.uint64)
    k = settings.shingle
    if len(codes) < k:
        return np.empty(0, dtype=np.uint64)
    n = len(codes) - k + 1
    with np.errstate(over="ignore"):
        h = codes[:n].copy()
        for j in range(1, k):  # polynomial hash of each window, wrapping at 2^64
            h = h * _PRIME + codes[j:j + n]
        # splitmix64's finaliser spreads the bits: sampling by the top bits is then fair.
        h ^= h >> np.uint64(30)
        h *= _M1
        h ^= h >> np.uint64(27)
        h *= _M2
        h ^= h >> np.uint64(31)
    return h


def shingles(text: str, settings: Settings = DEFAULT) -> np.ndarray:
    """The set of `text`'s shingles as sorted, distinct 64-bit hashes."""
    h = _window_hashes(text, settings)
    h.sort()
    return h[np.concatenate(([True], h[1:] != h[:-1]))] if len(h) else h


def sample_of(hashes: np.ndarray, settings: Settings = DEFAULT) -> np.ndarray:
    """The shingles whose hash has its top `sample_bits` bits zero, as sorted distinct uint32.

    The choice depends on each hash alone: a text inside another has its
    sample inside the other's sample.
    """
    chosen = hashes[hashes >> np.uint64(64 - settings.sample_bits) == 0]
    return np.unique((chosen & _LOW32).astype(np.uint32))


_DATE = (r"(?P<y>\d{4}|[〇零一二三四五六七八九]{4})年(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月"
         r"(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})日")
_DELIVERY = re.compile(_DATE + r"在[^。；！？]{0,40}?(?:人民代表大会|人代会|人大)")
_CN = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _cn_int(text: str) -> int:
    """An Arabic or Chinese-numeral number: 2019, 二〇一九, 十二, 二十八."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return int("".join(str(_CN[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (_CN[tens] if tens else 1) * 10 + (_CN[ones] if ones else 0)


def delivery_date(text: str) -> str | None:
    """The date of the delivery line a report opens with, as YYYY-MM-DD, if any.

    Read from the text itself, not the title (titles can name the wrong year),
    folded first: a traditional copy's 人民代表大會 is the same delivery line.
    """
    head = re.sub(r"\s+", "", folded(text[:400]))[:300]
    match = _DELIVERY.search(head)
    if not match:
        return None
    try:
        return f"{_cn_int(match['y']):04d}-{_cn_int(match['m']):02d}-{_cn_int(match['d']):02d}"
    except (KeyError, ValueError):
        return None


@dataclass
class Fingerprint:
    """What candidate search needs of an item, small enough to keep for every item."""

    key: str
    size: int                # shingles (windows, repeats included): the text's length
    minhash: np.ndarray      # uint32[num_perm]: datasketch MinHash of the sample
    anchors: np.ndarray      # uint32, sorted: the sample itself (see `sample_of`)
    date: str | None         # delivery date the text opens with


def _identity(value):
    return value


@cache
def _permutations(settings: Settings):
    return MinHash(num_perm=settings.num_perm, seed=settings.seed, scheme="affine32").permutations


def minhash_of(sample: np.ndarray, settings: Settings = DEFAULT) -> np.ndarray:
    """datasketch's MinHash of already-hashed values (uint32): its hash values."""
    m = MinHash(num_perm=settings.num_perm, seed=settings.seed, hashfunc=_identity,
                scheme="affine32", permutations=_permutations(settings))
    if len(sample):
        m.update_batch(sample.tolist())
    return m.hashvalues.astype(np.uint32)


def fingerprint(key: str, text: str, settings: Settings = DEFAULT) -> Fingerprint:
    """The fingerprint of one item."""
    hashes = _window_hashes(text, settings)
    sample = sample_of(hashes, settings)
    return Fingerprint(key, len(hashes), minhash_of(sample, settings), sample, delivery_date(text))


# --------------------------------------------------------------------------
# Verification


@dataclass(frozen=True)
class Relation:
    """Exact similarity of two items (a < b by key)."""

    a: str
    b: str
    jaccard: float
    a_in_b: float      # |A∩B| / |A|
    b_in_a: float      # |A∩B| / |B|

    def kind(self, settings: Settings = DEFAULT) -> str | None:
        """"near", "contained" (the smaller in the larger), or None."""
        if self.jaccard >= settings.near:
            return "near"
        if max(self.a_in_b, self.b_in_a) >= settings.contained:
            return "contained"
        return None

    def containment(self, inner: str) -> float:
        """How much of `inner` (a or b) lies in the other."""
        return self.a_in_b if inner == self.a else self.b_in_a


def measure(a: str, set_a: np.ndarray, b: str, set_b: np.ndarray) -> Relation:
    """The exact relation of two items from their shingle sets."""
    if a > b:
        a, set_a, b, set_b = b, set_b, a, set_a
    if not len(set_a) or not len(set_b):
        return Relation(a, b, 0.0, 0.0, 0.0)
    common = int(np.count_nonzero(np.isin(set_a, set_b, assume_unique=True)))
    union = len(set_a) + len(set_b) - common
    return Relation(a, b, common / union, common / len(set_a), common / len(set_b))


def vetoed(fa: Fingerprint, fb: Fingerprint) -> bool:
    """Two texts opening with different delivery dates are different reports."""
    return fa.date is not None and fb.date is not None and fa.date != fb.date


# --------------------------------------------------------------------------
# Texts, wherever they live


class Texts:
    """Where item texts come from: `get(keys)`, in the order asked."""

    def get(self, keys: Sequence[str]) -> list[str]:
        raise NotImplementedError


class MemoryTexts(Texts):
    """Texts held in a dict, key → text."""

    def __init__(self, texts: Mapping[str, str]):
        self.texts = texts

    def get(self, keys: Sequence[str]) -> list[str]:
        return [self.texts[k] for k in keys]


# --------------------------------------------------------------------------
# Worker processes


class Workers:
    """Worker processes for the heavy steps, or none: `map(function, tasks)` in task order.

    Workers are forked from a fork server, a clean process started for the
    purpose: forking the caller itself would copy the locks of any threads it
    runs (`baogao update` crawls with Scrapy and builds in one process), which
    can deadlock the children. Tasks carry their data (texts, the MinHash
    matrix); results are small.
    """

    def __init__(self, processes: int | None = None):
        self.processes = processes or default_processes()
        self.pool = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None

    def map(self, function: Callable, tasks: Iterable, parallel: bool = True) -> Iterator:
        """Results of `function` over `tasks`, in order; in this process unless `parallel`."""
        if self.processes <= 1 or not parallel:
            return map(function, tasks)
        if self.pool is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["archive.dedup"])
            self.pool = context.Pool(self.processes)
        return self.pool.imap(function, tasks)


def default_processes() -> int:
    """Worker processes: one per core."""
    return max(1, os.cpu_count() or 1)


# Below these sizes starting workers costs more than it saves.
PARALLEL_ITEMS = 400
PARALLEL_PAIRS = 200


def _chunks(items: Sequence, size: int) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _fingerprint_task(task: tuple[Sequence[str], list[str], Settings]) -> list[Fingerprint]:
    keys, texts, settings = task
    return [fingerprint(k, t, settings) for k, t in zip(keys, texts)]


def _measure_task(task: tuple[Sequence[tuple[str, str]], dict[str, str], Settings]) -> list[Relation]:
    """Exact relations of pairs; each text is shingled once per task."""
    pairs, texts, settings = task
    sets = {k: shingles(t, settings) for k, t in texts.items()}
    return [measure(a, sets[a], b, sets[b]) for a, b in pairs]


def _lsh_task(task: tuple[np.ndarray, np.ndarray, int, int, Settings]) -> np.ndarray:
    """Candidate pairs (i < j) of the items sharing a MinHashLSH bucket in bands [lo, hi)."""
    matrix, items, lo, hi, settings = task
    rows = settings.rows
    columns = slice(lo * rows, hi * rows)
    lsh = MinHashLSH(num_perm=(hi - lo) * rows, params=(hi - lo, rows))
    lean = [LeanMinHash(seed=settings.seed, hashvalues=matrix[i, columns], scheme="affine32")
            for i in items]
    with lsh.insertion_session() as session:
        for i, m in zip(items, lean):
            session.insert(int(i), m, check_duplication=False)
    pairs = []
    for i, m in zip(items, lean):
        pairs.extend((int(i), j) for j in lsh.query(m) if j > i)
    return np.array(pairs, dtype=np.int64).reshape(-1, 2)


def fingerprints(keys: Sequence[str], texts: Texts, settings: Settings = DEFAULT,
                 workers: Workers | None = None, chunk: int = 200) -> list[Fingerprint]:
    """Fingerprints of `keys`, computed by the workers."""
    workers = workers or Workers(1)
    tasks = ((part, texts.get(part), settings) for part in _chunks(list(keys), chunk))
    results = workers.map(_fingerprint_task, tasks, parallel=len(keys) >= PARALLEL_ITEMS)
    return [fp for batch in results for fp in batch]


def measure_pairs(pairs: Iterable[tuple[str, str]], texts: Texts, settings: Settings = DEFAULT,
                  workers: Workers | None = None, chunk: int = 300) -> list[Relation]:
    """Exact relations of `pairs`, by the workers.

    Pairs go to tasks by connected group of items, so that each text is
    shingled once (a group bigger than a task is cut).
    """
    workers = workers or Workers(1)
    ordered = sorted({(a, b) if a < b else (b, a) for a, b in pairs})
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, b in ordered:
        parent[find(a)] = find(b)
    ordered.sort(key=lambda pair: find(pair[0]))

    def tasks():
        for part in _chunks(ordered, chunk):
            needed = sorted({k for pair in part for k in pair})
            yield part, dict(zip(needed, texts.get(needed))), settings

    results = workers.map(_measure_task, tasks(), parallel=len(ordered) >= PARALLEL_PAIRS)
    return [r for batch in results for r in batch]


# --------------------------------------------------------------------------
# Candidate search


@dataclass
class Catalogue:
    """Fingerprints side by side as arrays, for vectorised candidate search."""

    keys: list[str]
    sizes: np.ndarray          # int64[n]
    matrix: np.ndarray         # uint32[n, num_perm]
    anchors: np.ndarray        # uint32[total]: every item's anchors, item after item
    owners: np.ndarray         # int32[total]: the item of each anchor

    @classmethod
    def of(cls, fps: Sequence[Fingerprint], settings: Settings = DEFAULT) -> Catalogue:
        n = len(fps)
        matrix = np.empty((n, settings.num_perm), dtype=np.uint32)
        for i, fp in enumerate(fps):
            matrix[i] = fp.minhash
        counts = np.fromiter((len(fp.anchors) for fp in fps), dtype=np.int64, count=n)
        anchors = np.concatenate([fp.anchors for fp in fps]) if n else np.empty(0, np.uint32)
        owners = np.repeat(np.arange(n, dtype=np.int32), counts)
        return cls([fp.key for fp in fps], np.fromiter((fp.size for fp in fps), np.int64, n),
                   matrix, anchors.astype(np.uint32), owners)

    def estimated_jaccard(self, pairs: np.ndarray) -> np.ndarray:
        """MinHash estimates for pairs (rows i, j): the share of equal hash values."""
        equal = np.zeros(len(pairs), dtype=np.int64)
        for start in range(0, len(pairs), 100_000):   # bounded temporaries
            part = pairs[start:start + 100_000]
            equal[start:start + len(part)] = np.count_nonzero(
                self.matrix[part[:, 0]] == self.matrix[part[:, 1]], axis=1)
        return equal / self.matrix.shape[1]


def _rank_within_runs(owners: np.ndarray) -> np.ndarray:
    """0, 1, 2, … within each run of equal consecutive values."""
    if not len(owners):
        return np.empty(0, dtype=np.int64)
    starts = np.flatnonzero(np.concatenate(([True], owners[1:] != owners[:-1])))
    lengths = np.diff(np.append(starts, len(owners)))
    return np.arange(len(owners)) - np.repeat(starts, lengths)


def _member(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """np.isin(values, sorted_set) for many values and a sorted set, fast.

    A bitmap of the set's top bits (about 32 bits per member, so it stays in
    cache) rules most values out in one gather; the rest are looked up by
    binary search.
    """
    result = np.zeros(len(values), dtype=bool)
    if not len(values) or not len(sorted_set):
        return result
    bits = int(min(26, max(16, np.ceil(np.log2(len(sorted_set) * 32)))))
    shift = np.uint32(32 - bits)
    bitmap = np.zeros(1 << bits, dtype=bool)
    bitmap[sorted_set >> shift] = True
    maybe = np.flatnonzero(bitmap[values >> shift])
    at = np.searchsorted(sorted_set, values[maybe])
    at[at == len(sorted_set)] = 0
    result[maybe] = sorted_set[at] == values[maybe]
    return result


def _count_pairs(left: np.ndarray, right: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct (left, right) item pairs among the rows given, and how many rows each has."""
    codes, counts = np.unique(left.astype(np.int64) << 32 | right.astype(np.int64),
                              return_counts=True)
    return codes >> 32, codes & 0xFFFFFFFF, counts


class AnchorIndex:
    """Everyone's anchors sorted by value: for each anchor, the items holding it.

    An anchor in more than `common_df` items is formula text; one held by a
    single item can only ever match that item. An item most of whose anchors
    are its own cannot lie inside another text: only the others ask.
    """

    MAX_ITEMS = 1 << 20   # item numbers are packed into 20 bits to sort quickly

    def __init__(self, cat: Catalogue, settings: Settings = DEFAULT):
        if len(cat.keys) >= self.MAX_ITEMS:
            raise ValueError(f"an anchor index holds fewer than {self.MAX_ITEMS} items")
        self.settings = settings
        packed = cat.anchors.astype(np.uint64) << np.uint64(32) | cat.owners.astype(np.uint64)
        packed.sort()
        self.values = (packed >> np.uint64(32)).astype(np.uint32)
        self.owners = (packed & _LOW32).astype(np.int32)
        del packed
        starts = np.flatnonzero(np.concatenate(([True], self.values[1:] != self.values[:-1])))
        lengths = np.diff(np.append(starts, len(self.values))).astype(np.int32)
        self.run_values, self.run_lengths = self.values[starts], lengths
        self.df = np.repeat(lengths, lengths)   # how many items hold each position's anchor
        n = len(cat.keys)
        self.held = np.bincount(self.owners, minlength=n)
        self.shared = np.bincount(self.owners[self.df >= 2], minlength=n)

    def common(self) -> np.ndarray:
        """The common anchors, sorted."""
        return self.run_values[self.run_lengths > self.settings.common_df]

    def queries(self) -> tuple[np.ndarray, np.ndarray]:
        """(item, anchor) pairs each asking item queries with: its rarest shared anchors.

        Rare anchors are what a text does not share with formula text or with
        its place's other years, and any part of a text inside another is
        inside it too: choosing by rarity keeps containment intact. The
        `min_anchors` rarest always (a short excerpt may hold little else than
        formula text); then up to `query_anchors`, as long as they are not
        common and the items they bring up stay within `query_budget`.
        """
        settings = self.settings
        asking = self.shared >= settings.shareable * np.maximum(self.held, 1)
        useful = (self.df >= 2) & (self.df < 4096) & asking[self.owners]
        # One sort by (item, df, anchor): 20 + 12 + 32 bits.
        key = (self.owners[useful].astype(np.uint64) << np.uint64(44) |
               self.df[useful].astype(np.uint64) << np.uint64(32) |
               self.values[useful].astype(np.uint64))
        key.sort()
        owners = (key >> np.uint64(44)).astype(np.int64)
        df = (key >> np.uint64(32) & np.uint64(0xFFF)).astype(np.int64)
        rank = _rank_within_runs(owners)
        firsts = np.flatnonzero(rank == 0)
        spent = np.cumsum(df)
        spent -= np.repeat(spent[firsts] - df[firsts], np.diff(np.append(firsts, len(rank))))
        keep = (rank < settings.min_anchors) | ((rank < settings.query_anchors) & (
            df <= settings.common_df) & (spent <= settings.query_budget))
        return owners[keep], (key[keep] & _LOW32).astype(np.uint32)

    def containers(self, cat: Catalogue, chunk: int = 2_000_000) -> set[tuple[int, int]]:
        """Pairs (inner, outer): outer holds `anchor_hits` of inner's query anchors and is
        large enough to contain it."""
        settings = self.settings
        q_owner, q_value = self.queries()
        queried = np.bincount(q_owner, minlength=len(cat.keys))
        run = np.searchsorted(self.run_values, q_value)
        starts = np.searchsorted(self.values, q_value)
        widths = self.run_lengths[run].astype(np.int64)
        pairs: set[tuple[int, int]] = set()
        # Queries come grouped by item: cut between items, about `chunk` rows at a time.
        spent = np.cumsum(widths)
        cuts = np.searchsorted(spent, np.arange(chunk, spent[-1] if len(spent) else 0, chunk))
        cuts = np.unique(np.searchsorted(q_owner, q_owner[np.minimum(cuts, len(q_owner) - 1)]))
        for part in np.split(np.arange(len(q_owner)), cuts):
            inner = np.repeat(q_owner[part], widths[part])
            rows = np.repeat(starts[part], widths[part]) + \
                _rank_within_runs(np.repeat(np.arange(len(part)), widths[part]))
            outer = self.owners[rows]
            keep = inner != outer
            inner, outer, hits = _count_pairs(inner[keep], outer[keep])
            good = (queried[inner] >= 2) & \
                (hits >= np.ceil(settings.anchor_hits * queried[inner])) & \
                (cat.sizes[outer] >= settings.contained * cat.sizes[inner])
            pairs.update(zip(inner[good].tolist(), outer[good].tolist()))
        return pairs


def lsh_buckets(cat: Catalogue, settings: Settings = DEFAULT,
                workers: Workers | None = None) -> Iterator[np.ndarray]:
    """Pairs (i < j) sharing a MinHashLSH bucket, as blocks; started on return, read lazily.

    The bands are split between the workers: a pair is a candidate when any
    band matches, so this is exactly the banding of one index.
    """
    workers = workers or Workers(1)
    # A sample of a few shingles gives a MinHash of mostly unfilled values,
    # the same for all short texts: they would share every bucket.
    items = np.flatnonzero(np.bincount(cat.owners, minlength=len(cat.keys)) >= 16)
    parallel = len(items) >= PARALLEL_ITEMS
    parts = max(1, min(workers.processes if parallel else 1, settings.bands))
    bounds = np.linspace(0, settings.bands, parts + 1).astype(int)
    tasks = [(cat.matrix, items, int(lo), int(hi), settings) for lo, hi in zip(bounds, bounds[1:])]
    return workers.map(_lsh_task, tasks, parallel=parallel)


def likely_near(cat: Catalogue, blocks: Iterable[np.ndarray], settings: Settings = DEFAULT) -> np.ndarray:
    """The LSH pairs whose estimated Jaccard is worth verifying."""
    found = [block for block in blocks if len(block)]
    pairs = np.unique(np.concatenate(found), axis=0) if found else np.empty((0, 2), np.int64)
    return pairs[cat.estimated_jaccard(pairs) >= settings.scan_jaccard]


def batch_candidates(cat: Catalogue, settings: Settings = DEFAULT,
                     workers: Workers | None = None) -> tuple[set[tuple[int, int]], np.ndarray]:
    """Candidate pairs (i < j) among all items, and the common anchors.

    The workers band the MinHashes while this process searches the anchors.
    """
    running = lsh_buckets(cat, settings, workers)
    index = AnchorIndex(cat, settings)
    pairs = {(min(a, b), max(a, b)) for a, b in index.containers(cat)}
    common = index.common()
    del index
    pairs |= {(int(i), int(j)) for i, j in likely_near(cat, running, settings)}
    return pairs, common


def scan_candidates(cat: Catalogue, new: np.ndarray, common: np.ndarray,
                    settings: Settings = DEFAULT) -> set[tuple[int, int]]:
    """Candidate pairs of the `new` items against all items, without building an index.

    Near copies: one vectorised pass over the MinHash matrix per new item
    (estimated Jaccard, as MinHash.jaccard computes it). Containment, either
    way: the items holding one of a new item's rare anchors (in at most
    `rare_df` items), compared on their anchors — a text inside another
    holds its rarest anchors too.
    """
    pairs: set[tuple[int, int]] = set()
    for i in new:
        estimate = np.count_nonzero(cat.matrix == cat.matrix[i], axis=1) / settings.num_perm
        pairs.update((min(int(i), int(j)), max(int(i), int(j)))
                     for j in np.flatnonzero(estimate >= settings.scan_jaccard) if j != i)
    offsets = np.concatenate(([0], np.cumsum(np.bincount(cat.owners, minlength=len(cat.keys)))))
    mine = _positions_of(new, offsets)
    values = np.unique(cat.anchors[mine])
    values = values[~_member(values, common)]
    hit = np.flatnonzero(_member(cat.anchors, values))
    which = np.searchsorted(values, cat.anchors[hit])
    df = np.bincount(which, minlength=len(values))
    rare = values[(df >= 2) & (df <= settings.rare_df)]
    # Who holds a rare anchor of which new item.
    at_rare = hit[_member(cat.anchors[hit], rare)]
    ours = mine[_member(cat.anchors[mine], rare)]
    order = np.argsort(cat.anchors[ours], kind="stable")
    ours_values, ours_owners = cat.anchors[ours][order], cat.owners[ours][order]
    lo = np.searchsorted(ours_values, cat.anchors[at_rare], side="left")
    width = np.searchsorted(ours_values, cat.anchors[at_rare], side="right") - lo
    other = np.repeat(cat.owners[at_rare], width)
    fresh = ours_owners[np.repeat(lo, width) +
                        _rank_within_runs(np.repeat(np.arange(len(at_rare)), width))]
    keep = other != fresh
    other, fresh, shared_rare = _count_pairs(other[keep], fresh[keep])
    own_rare = np.bincount(ours_owners, minlength=len(cat.keys))
    # A text inside a new one holds all its rare anchors, a new text inside
    # another all of its own: pairs meeting on one or two are chance.
    likely = (shared_rare >= 3) | (shared_rare >= settings.anchor_hits * own_rare[fresh])
    for a, b in zip(other[likely].tolist(), fresh[likely].tolist()):
        anchors_a = cat.anchors[offsets[a]:offsets[a + 1]]
        anchors_b = cat.anchors[offsets[b]:offsets[b + 1]]
        shared = np.count_nonzero(np.isin(anchors_a, anchors_b, assume_unique=True))
        for inner, outer, held in ((a, b, len(anchors_a)), (b, a, len(anchors_b))):
            if shared >= settings.anchor_hits * held and \
                    cat.sizes[outer] >= settings.contained * cat.sizes[inner]:
                pairs.add((min(a, b), max(a, b)))
    return pairs


def _positions_of(items: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Positions in the catalogue's anchor arrays of the given items' anchors."""
    lengths = offsets[items + 1] - offsets[items]
    return np.repeat(offsets[items], lengths) + _rank_within_runs(np.repeat(items, lengths))


# --------------------------------------------------------------------------
# Grouping


@dataclass
class Group:
    """One report: its root cluster of full texts, and the excerpts attached to it."""

    core: list[str]                                   # near copies of one another
    excerpts: list[str] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)  # excerpts another report fits as well

    @property
    def keys(self) -> list[str]:
        return self.core + self.excerpts


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def group(keys: Sequence[str], sizes: Mapping[str, int], dates: Mapping[str, str | None],
          relations: Iterable[Relation], settings: Settings = DEFAULT,
          margin: float = 0.02) -> list[Group]:
    """Items → reports, from the verified relations.

    Near copies join transitively, strongest first, unless that would put two
    delivery dates in one cluster. Clusters are then placed largest first:
    each goes under the larger cluster that best contains its largest text,
    again never joining two dates. Deterministic: the same items and
    relations give the same groups, in whatever order they come.
    """
    keys = sorted(keys)
    index = {k: i for i, k in enumerate(keys)}
    relations = sorted((r for r in relations if r.a in index and r.b in index),
                       key=lambda r: (-r.jaccard, r.a, r.b))
    near = _UnionFind(len(keys))
    seen = [{dates[k]} - {None} for k in keys]   # delivery dates per cluster root
    for r in relations:
        if r.kind(settings) == "near":
            a, b = near.find(index[r.a]), near.find(index[r.b])
            if a != b and len(seen[a] | seen[b]) <= 1:
                near.union(a, b)
                seen[near.find(a)] = seen[a] | seen[b]
    clusters: dict[int, list[str]] = {}
    for k in keys:
        clusters.setdefault(near.find(index[k]), []).append(k)
    largest = {c: max(members, key=lambda k: (sizes[k], -index[k])) for c, members in clusters.items()}
    size = {c: sizes[largest[c]] for c in clusters}
    # Where each cluster's largest text is contained, and how much of it.
    containers: dict[int, dict[int, float]] = {}
    for r in relations:
        for inner, outer in ((r.a, r.b), (r.b, r.a)):
            ci, co = near.find(index[inner]), near.find(index[outer])
            share = r.containment(inner)
            if inner == largest[ci] and ci != co and size[co] > size[ci] and \
                    share >= settings.contained:
                best = containers.setdefault(ci, {})
                best[co] = max(best.get(co, 0.0), share)
    root: dict[int, int] = {}
    tree_dates = {c: set(seen[c]) for c in clusters}
    ambiguous: set[int] = set()
    for c in sorted(clusters, key=lambda c: (-size[c], c)):   # containers come first
        options: dict[int, float] = {}
        for co, share in containers.get(c, {}).items():
            top = root.get(co, co)
            if len(tree_dates[top] | seen[c]) <= 1:
                options[top] = max(options.get(top, 0.0), share)
        if not options:
            root[c] = c
            continue
        ranked = sorted(options.items(), key=lambda item: (-item[1], -size[item[0]], item[0]))
        top = root[c] = ranked[0][0]
        tree_dates[top] |= seen[c]
        if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - margin:
            ambiguous.add(c)
    groups: dict[int, Group] = {}
    for c in sorted(clusters, key=lambda c: (-size[c], c)):
        top = root[c]
        if top == c:
            groups[c] = Group(core=sorted(clusters[c]))
        else:
            groups[top].excerpts.extend(sorted(clusters[c]))
            if c in ambiguous:
                groups[top].ambiguous.extend(sorted(clusters[c]))
    return list(groups.values())


# --------------------------------------------------------------------------
# The store: fingerprints and verified relations, kept between builds


class Store:
    """A sidecar SQLite file of fingerprints and verified relations, by item key.

    Both are pure functions of the texts and the settings (whose version the
    store checks), so the store is a cache: deleting it costs time, never
    correctness. It is kept out of reports.db so the published file holds
    reports, not 2 KB of hashes per text.
    """

    def __init__(self, path: str | Path, settings: Settings = DEFAULT):
        self.path = Path(path)
        self.settings = settings
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript("""
            create table if not exists meta (name text primary key, value);
            create table if not exists fingerprints (
                key text primary key, size integer, date text,
                minhash blob, anchors blob, searched integer default 0);
            create table if not exists relations (
                a text, b text, jaccard real, a_in_b real, b_in_a real, primary key (a, b));
        """)
        stored = self._meta("version")
        if stored is not None and stored != settings.version:
            self.db.executescript("delete from fingerprints; delete from relations; delete from meta;")
        self._set_meta("version", settings.version)
        self.db.commit()

    def _meta(self, name: str):
        row = self.db.execute("select value from meta where name = ?", [name]).fetchone()
        return row[0] if row else None

    def _set_meta(self, name: str, value) -> None:
        self.db.execute("insert or replace into meta values (?, ?)", [name, value])

    def load(self, keys: Iterable[str]) -> tuple[dict[str, Fingerprint], set[str]]:
        """Stored fingerprints of `keys`, and which of those were searched already."""
        wanted = set(keys)
        found, searched = {}, set()
        rows = self.db.execute("select key, size, date, minhash, anchors, searched from fingerprints")
        for key, size, date, minhash, anchors, was_searched in rows:
            if key in wanted:
                found[key] = Fingerprint(key, size, np.frombuffer(minhash, dtype=np.uint32),
                                         np.frombuffer(anchors, dtype=np.uint32), date)
                if was_searched:
                    searched.add(key)
        return found, searched

    def relations(self, keys: set[str]) -> list[Relation]:
        """Stored relations between two of `keys`."""
        rows = self.db.execute("select a, b, jaccard, a_in_b, b_in_a from relations")
        return [Relation(*row) for row in rows if row[0] in keys and row[1] in keys]

    def common(self) -> np.ndarray | None:
        value = self._meta("common_anchors")
        return None if value is None else np.frombuffer(value, dtype=np.uint32)

    def save(self, fps: Iterable[Fingerprint], relations: Iterable[Relation],
             searched: Iterable[str], keep: set[str], common: np.ndarray | None) -> None:
        """Add fingerprints and relations, mark items searched, forget items not in `keep`."""
        with self.db:
            self.db.executemany(
                "insert or replace into fingerprints values (?, ?, ?, ?, ?, 0)",
                ((fp.key, fp.size, fp.date, fp.minhash.astype(np.uint32).tobytes(),
                  fp.anchors.astype(np.uint32).tobytes()) for fp in fps))
            self.db.executemany("insert or replace into relations values (?, ?, ?, ?, ?)",
                                ((r.a, r.b, r.jaccard, r.a_in_b, r.b_in_a) for r in relations))
            self.db.executemany("update fingerprints set searched = 1 where key = ?",
                                ((k,) for k in searched))
            self.db.execute("create temp table if not exists keep (key text primary key)")
            self.db.execute("delete from keep")
            self.db.executemany("insert into keep values (?)", ((k,) for k in keep))
            self.db.execute("delete from fingerprints where key not in (select key from keep)")
            self.db.execute("delete from relations where a not in (select key from keep) "
                            "or b not in (select key from keep)")
            if common is not None:
                self._set_meta("common_anchors", common.astype(np.uint32).tobytes())

    def close(self) -> None:
        self.db.close()


def store_path(reports_db: str | Path) -> Path:
    """Where the store of an archive lives: beside it, `reports.dedup.db`."""
    reports_db = Path(reports_db)
    return reports_db.with_name(reports_db.stem + ".dedup.db")


# --------------------------------------------------------------------------
# Putting it together


@dataclass
class Result:
    """The reports found among the items, and what was learnt on the way."""

    groups: list[Group]
    fingerprints: dict[str, Fingerprint]
    relations: dict[tuple[str, str], Relation]
    mode: str                       # "batch" or "incremental"
    stats: dict = field(default_factory=dict)
    settings: Settings = DEFAULT

    def relation(self, a: str, b: str) -> Relation | None:
        """The verified relation of two items, if they were compared."""
        return self.relations.get((a, b) if a < b else (b, a))

    def compare(self, a: str, b: str, texts: Texts) -> Relation:
        """The relation of two items: the verified one, or measured now."""
        relation = self.relation(a, b)
        if relation is None:
            set_a, set_b = (shingles(t, self.settings) for t in texts.get([a, b]))
            relation = self.relations[tuple(sorted((a, b)))] = measure(a, set_a, b, set_b)
        return relation


class _Clock:
    """Seconds per stage, into `stats["seconds"]`."""

    def __init__(self, stats: dict):
        self.now = time.perf_counter
        self.last = self.now()
        self.seconds = stats.setdefault("seconds", {})

    def __call__(self, stage: str) -> None:
        now = self.now()
        self.seconds[stage] = round(self.seconds.get(stage, 0.0) + now - self.last, 3)
        self.last = now


def deduplicate(keys: Iterable[str], texts: Texts, *, store: Store | None = None,
                settings: Settings = DEFAULT, processes: int | None = None,
                incremental_limit: int = 2000) -> Result:
    """Group distinct texts (`keys`, read through `texts`) into reports.

    With a `store`, fingerprints and verified relations of known items are
    reused; when at most `incremental_limit` items (or 5%) are new and all
    others were searched before, only the new ones are searched.
    `processes`: worker processes for the heavy steps (default: one per core).
    """
    with Workers(processes) as workers:
        return _deduplicate(sorted(set(keys)), texts, store, settings, workers, incremental_limit)


def _deduplicate(keys: list[str], texts: Texts, store: Store | None, settings: Settings,
                 workers: Workers, incremental_limit: int) -> Result:
    stats: dict = {"items": len(keys)}
    clock = _Clock(stats)
    known, searched = store.load(keys) if store else ({}, set())
    missing = [k for k in keys if k not in known]
    clock("load")
    computed = fingerprints(missing, texts, settings, workers) if missing else []
    clock("fingerprint")
    fps = {**known, **{fp.key: fp for fp in computed}}
    stats["fingerprinted"] = len(computed)
    new = [k for k in keys if k not in searched]
    incremental = bool(searched) and len(new) <= max(incremental_limit, len(keys) // 20)
    cat = Catalogue.of([fps[k] for k in keys], settings)
    if incremental:
        index = {k: i for i, k in enumerate(keys)}
        common = store.common()
        pairs = scan_candidates(cat, np.array([index[k] for k in new], dtype=np.int64),
                                np.empty(0, np.uint32) if common is None else common, settings)
        clock("search")
    else:
        pairs, common = batch_candidates(cat, settings, workers)
        clock("search")
    stats["candidates"] = len(pairs)
    cached = {(r.a, r.b): r for r in store.relations(set(keys))} if store else {}
    to_measure = []
    for i, j in pairs:
        a, b = sorted((keys[i], keys[j]))
        if (a, b) not in cached and not vetoed(fps[a], fps[b]):
            to_measure.append((a, b))
    measured = measure_pairs(to_measure, texts, settings, workers) if to_measure else []
    stats["measured"] = len(measured)
    clock("verify")
    kept = [r for r in measured if r.kind(settings)]
    relations = {**cached, **{(r.a, r.b): r for r in kept}}
    groups = group(keys, {k: fps[k].size for k in keys}, {k: fps[k].date for k in keys},
                   relations.values(), settings)
    clock("group")
    if store:
        store.save(computed, kept, new if incremental else keys, set(keys),
                   None if incremental else common)
        clock("save")
    stats["groups"] = len(groups)
    return Result(groups, fps, relations, "incremental" if incremental else "batch", stats,
                  settings)
