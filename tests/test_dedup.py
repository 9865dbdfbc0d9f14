"""Deduplication: exact, near and excerpt copies grouped, and the traps kept apart.

Fast: synthetic bodies (replica.synthetic) and cleaning.Report objects built
here, no crawl. The end-to-end check on the crawled replica is in
tests/test_dedup_replica.py.
"""
from __future__ import annotations

import random
import re
from collections import Counter
from math import comb

import pytest

from archive import dedup
from archive.build import assign_ids
from archive.merge import Copy, merge
from cleaning import Report
from replica import synthetic

pytestmark = pytest.mark.timeout(60)


def pairwise(predicted: dict[str, int], truth: dict[str, int]) -> tuple[float, float]:
    """Pairwise precision and recall of a grouping (key → group) against the truth."""
    cells = Counter((predicted[k], truth[k]) for k in truth)
    both = sum(comb(n, 2) for n in cells.values())
    said = sum(comb(n, 2) for n in Counter(predicted[k] for k in truth).values())
    true = sum(comb(n, 2) for n in Counter(truth.values()).values())
    return (both / said if said else 1.0), (both / true if true else 1.0)


def run(texts: dict[str, str], **options) -> dict[str, int]:
    """Deduplicate texts (by page key) → page key → group number."""
    items = {}
    for key, text in texts.items():
        items.setdefault(dedup.exact_key(text), text)
    result = dedup.deduplicate(items, dedup.MemoryTexts(items), processes=1, **options)
    of_item = {k: n for n, g in enumerate(result.groups) for k in g.keys}
    return {key: of_item[dedup.exact_key(text)] for key, text in texts.items()}


def body(place_index: int, year: int, chars: int = 6000) -> str:
    return "\n\n".join(synthetic.make_original(synthetic.places()[place_index], year,
                                               chars=chars).paragraphs)


# --------------------------------------------------------------------------
# Text identity


def test_exact_key_ignores_form_only():
    text = "各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议。\n\n一、过去五年工作回顾"
    same = [
        text.replace("\n\n", ""),                                    # site B: one line
        text.replace("，", ",").replace("：", ":"),                   # ASCII punctuation
        "\u3000\u3000" + text.replace("\n\n", "\n\n\u3000\u3000"),  # ideographic indents
        synthetic.to_traditional(text),                              # 繁體
    ]
    assert {dedup.exact_key(t) for t in same} == {dedup.exact_key(text)}
    assert dedup.exact_key(text.replace("五年", "四年")) != dedup.exact_key(text)


def test_delivery_date_is_read_from_the_text():
    assert dedup.delivery_date("2022年咸阳市政府工作报告2022年3月28日在咸阳市第九届人民代表大会"
                               "第一次会议上咸阳市代市长") == "2022-03-28"
    assert dedup.delivery_date("政府工作报告\n\n——二〇一九年一月九日在厦门市第十五届人民代表大会"
                               "第三次会议上") == "2019-01-09"
    assert dedup.delivery_date("——2021年12月12日在东丽区第十八届人民代表大会第一次会议上") == "2021-12-12"
    assert dedup.delivery_date("五年来，我们攻坚克难。2021年12月召开全区经济工作会议。") is None


def test_delivery_date_of_a_traditional_or_full_width_copy():
    simplified = "——2021年12月12日在东丽区第十八届人民代表大会第一次会议上"
    assert dedup.delivery_date(synthetic.to_traditional(simplified)) == "2021-12-12"
    assert dedup.delivery_date("——２０２１年１２月１２日在東麗區第十八屆人民代表大會第一次會議上") == "2021-12-12"


def test_a_traditional_copy_of_another_years_text_is_kept_apart_by_its_date():
    # Next year's text, much of it repeated (formula text, a lazy rewrite): the
    # texts are near copies, only the delivery dates tell them apart, and the
    # traditional copy must show its date too.
    place = synthetic.places()[42]
    paragraphs = list(synthetic.make_original(place, 2021, chars=9000).paragraphs)
    later = list(synthetic.make_original(place, 2022, chars=9000).paragraphs)
    next_year = later[:3] + paragraphs[3:]
    for i in range(5, len(next_year), 8):
        next_year[i] = later[i] if i < len(later) else next_year[i]
    texts = {"2021": "\n\n".join(paragraphs),
             "2022-traditional": synthetic.to_traditional("\n\n".join(next_year))}
    groups = run(texts)
    assert groups["2021"] != groups["2022-traditional"]


def test_measure_gives_jaccard_and_containment():
    full = body(100, 2020)
    part = full[: len(full) // 4]
    a, b = dedup.shingles(full), dedup.shingles(part)
    r = dedup.measure("full", a, "part", b)
    assert (r.a, r.b) == ("full", "part")
    assert r.b_in_a == 1.0 and r.a_in_b < 0.35 and r.jaccard == pytest.approx(r.a_in_b)
    assert r.kind() == "contained"


# --------------------------------------------------------------------------
# Grouping on a synthetic corpus


@pytest.fixture(scope="module")
def corpus():
    return synthetic.generate(320, seed=5, exact=0.1, near=0.12, excerpt=0.12, chars=6000)


def test_small_synthetic_set_is_grouped_perfectly(corpus):
    texts = dict(corpus.texts())
    predicted = run(texts)
    truth = {row["key"]: row["group"] for row in corpus.truth}
    assert Counter(row["kind"] for row in corpus.truth)["excerpt"] >= 30
    assert pairwise(predicted, truth) == (1.0, 1.0)


def test_same_place_other_years_stay_apart_even_without_their_dates():
    # Formula text recurs every year; without delivery lines there is no date
    # veto, and only the text can tell the years apart.
    undated = {}
    for year in range(2012, 2020):
        paragraphs = synthetic.make_original(synthetic.places()[40], year, chars=8000).paragraphs
        undated[str(year)] = "\n\n".join(paragraphs[5:])
    assert len(set(run(undated).values())) == len(undated)


def test_an_excerpt_whose_report_is_missing_joins_no_other_year():
    place = synthetic.places()[41]
    years = {y: synthetic.make_original(place, y, chars=9000).paragraphs for y in (2015, 2016, 2017)}
    texts = {"2015": "\n\n".join(years[2015]), "2017": "\n\n".join(years[2017])}
    texts["excerpt-2016"] = "\n\n".join(years[2016][8:20])   # no header: no date to compare
    groups = run(texts)
    assert groups["excerpt-2016"] not in (groups["2015"], groups["2017"])


def test_an_excerpt_inside_two_reports_does_not_join_them():
    # The shared text has no delivery line: nothing tells which report it is from.
    shared = body(7, 2018, chars=2500).split("\n\n", 5)[5]
    one, two = body(8, 2018), body(9, 2018)
    texts = {"one": one + "\n\n" + shared, "two": shared + "\n\n" + two, "excerpt": shared}
    items = {dedup.exact_key(t): k for k, t in texts.items()}
    result = dedup.deduplicate(items, dedup.MemoryTexts({k: texts[v] for k, v in items.items()}),
                               processes=1)
    assert len(result.groups) == 2
    attached = [g for g in result.groups if g.excerpts]
    assert len(attached) == 1 and attached[0].ambiguous == attached[0].excerpts


def test_grouping_does_not_depend_on_the_order_of_relations(corpus):
    texts = dict(corpus.texts())
    items = {}
    for text in texts.values():
        items.setdefault(dedup.exact_key(text), text)
    result = dedup.deduplicate(items, dedup.MemoryTexts(items), processes=1)
    sizes = {k: fp.size for k, fp in result.fingerprints.items()}
    dates = {k: fp.date for k, fp in result.fingerprints.items()}
    relations = list(result.relations.values())
    random.Random(1).shuffle(relations)
    shuffled = dedup.group(list(reversed(list(items))), sizes, dates, relations)

    def canon(groups):
        return sorted((sorted(g.core), sorted(g.excerpts)) for g in groups)

    assert canon(shuffled) == canon(result.groups)


def test_a_store_makes_the_next_run_incremental_and_it_agrees_with_a_batch(tmp_path, corpus):
    texts = {}
    for text in dict(corpus.texts()).values():
        texts.setdefault(dedup.exact_key(text), text)
    keys = sorted(texts)
    first, later = keys[:-25], keys
    store = dedup.Store(tmp_path / "reports.dedup.db")
    before = dedup.deduplicate(first, dedup.MemoryTexts(texts), store=store, processes=1)
    after = dedup.deduplicate(later, dedup.MemoryTexts(texts), store=store, processes=1)
    store.close()
    batch = dedup.deduplicate(later, dedup.MemoryTexts(texts), processes=1)
    assert (before.mode, after.mode) == ("batch", "incremental")
    assert after.stats["fingerprinted"] == 25

    def canon(groups):
        return sorted(sorted(g.keys) for g in groups)

    assert canon(after.groups) == canon(batch.groups)
    reopened = dedup.Store(tmp_path / "reports.dedup.db")
    stored, searched = reopened.load(later)
    assert set(stored) == set(searched) == set(later)
    assert all(stored[k].minhash.tolist() == batch.fingerprints[k].minhash.tolist() for k in later)


def test_store_forgets_its_contents_when_settings_change(tmp_path):
    path = tmp_path / "reports.dedup.db"
    texts = {"a": body(3, 2011), "b": body(4, 2011)}
    dedup.deduplicate(texts, dedup.MemoryTexts(texts), store=dedup.Store(path), processes=1)
    changed = dedup.Settings(near=0.7)
    assert dedup.Store(path, changed).load(texts) == ({}, set())


def test_workers_give_the_same_fingerprints_as_one_process():
    texts = {str(i): row["body"] for i, row in enumerate(synthetic.bodies(dedup.PARALLEL_ITEMS,
                                                                         seed=9, chars=1500))}
    source = dedup.MemoryTexts(texts)
    with dedup.Workers(2) as workers:
        parallel = dedup.fingerprints(list(texts), source, workers=workers)
    serial = dedup.fingerprints(list(texts), source)
    assert [fp.minhash.tolist() for fp in parallel] == [fp.minhash.tolist() for fp in serial]


# --------------------------------------------------------------------------
# Merging cleaned copies into reports


def report(text: str, **fields) -> Report:
    defaults = dict(title="（陕西省）咸阳市2019年政府工作报告", province="陕西省", place="咸阳市",
                    year=2019, body=text, chars=len(re.sub(r"\s", "", text)))
    return Report(**{**defaults, **fields})


@pytest.fixture(scope="module")
def copies():
    paragraphs = list(synthetic.make_original(synthetic.places()[200], 2019, chars=9000).paragraphs)
    full = "\n\n".join(paragraphs)
    spammed = list(paragraphs)
    spammed[12] = spammed[12][:20] + "pp电子娱乐" + spammed[12][40:]
    return {
        "a": Copy(report(full), "http://a.test/baogao/xibei/1.html"),
        # site B: the same text on one line, a few characters longer with its prefix
        "b": Copy(report("【咸阳招商】" + full.replace("\n\n", ""), title="2019年咸阳市政府工作报告",
                         flags=["listing-item", "paragraphs-restored"]), "http://b.test/info/12/page/1"),
        "near": Copy(report("\n\n".join(spammed)), "http://c.test/near.html"),
        "excerpt": Copy(report("\n\n".join(paragraphs[6:16]), is_excerpt=True, year=2022,
                               title="（陕西省）咸阳市2022年政府工作报告"), "http://a.test/baogao/xibei/2.html"),
        "other": Copy(report(body(201, 2019), place="渭南市"), "http://a.test/baogao/xibei/3.html"),
    }


def test_merge_keeps_every_copy_with_its_kind_and_similarity(copies):
    merged = merge(list(copies.values()))
    assert len(merged) == 2
    main = next(m for m in merged if len(m.copies) == 4)
    kinds = {m.copy.url: (m.kind, m.similarity) for m in main.members}
    assert main.canonical is copies["a"]           # real paragraphs beat a restored one-liner
    assert kinds[copies["a"].url] == ("canonical", 1.0)
    assert kinds[copies["b"].url][0] == "near" and kinds[copies["b"].url][1] > 0.99
    assert kinds[copies["near"].url][0] == "near" and 0.6 < kinds[copies["near"].url][1] < 1.0
    assert kinds[copies["excerpt"].url] == ("excerpt", 1.0)
    assert main.members[0].copy is main.canonical and main.copies[0] is main.canonical


def test_metadata_the_copies_disagree_on_is_flagged(copies):
    main = next(m for m in merge(list(copies.values())) if len(m.copies) == 4)
    assert main.fields["year"] == 2019
    assert "sources-disagree:year=2019|2022" in main.flags


def test_exact_copies_are_kind_exact():
    text = body(300, 2016)
    merged = merge([Copy(report(text), "http://a.test/1.html"),
                    Copy(report(text.replace("\n\n", "").replace("，", ",")), "http://b.test/2.html")])
    assert [m.kind for m in merged[0].members] == ["canonical", "exact"]


# --------------------------------------------------------------------------
# Stable report ids


def test_a_report_keeps_its_id_when_a_better_copy_arrives(copies):
    first = merge([copies["excerpt"], copies["other"]])
    ids = {k: rid for rid, m in assign_ids(first, {}) for k in m.member_keys}
    second = merge(list(copies.values()))
    numbered = assign_ids(second, ids)
    main_id = next(rid for rid, m in numbered if len(m.copies) == 4)
    excerpt_key = dedup.exact_key(copies["excerpt"].report.body)
    assert main_id == ids[excerpt_key]
    assert sorted(rid for rid, _ in numbered) == sorted(set(ids.values()))


def test_reports_that_join_keep_the_canonical_ones_id_and_new_ones_come_after(copies):
    a_key = dedup.exact_key(copies["a"].report.body)
    near_key = dedup.exact_key(copies["near"].report.body)
    previous = {a_key: 7, near_key: 3, "gone": 12}
    numbered = assign_ids(merge([copies["a"], copies["near"], copies["other"]]), previous)
    by_size = {len(m.copies): rid for rid, m in numbered}
    assert by_size == {2: 7, 1: 13}
