"""The synthetic corpus: plausible reports, known copies, servable by the replica."""
from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter

import pytest

from replica import synthetic
from replica.corpus import REGION_LABELS, Report
from replica.site import SiteA, SiteB

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def corpus():
    return synthetic.generate(400, seed=3, exact=0.1, near=0.1, excerpt=0.1, chars=8000)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def sentences(text: str) -> set[str]:
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    return {s for s in re.split(r"[。！？]", text) if len(s) > 6}


def test_sizes_kinds_and_truth_line_up(corpus):
    assert len(corpus.reports) == len(corpus.truth) == 400
    kinds = Counter(row["kind"] for row in corpus.truth)
    assert kinds == {"original": 280, "exact": 40, "near": 40, "excerpt": 40}
    assert [r.key for r in corpus.reports] == [row["key"] for row in corpus.truth]
    assert len({r.key for r in corpus.reports}) == 400
    originals = Counter(row["group"] for row in corpus.truth if row["kind"] == "original")
    assert set(originals.values()) == {1}
    # every copy's group has its original
    assert {row["group"] for row in corpus.truth} == set(originals)


def test_reports_spread_over_site_a_sections_and_site_b(corpus):
    on_a = [r for r in corpus.reports if r.on_site_a]
    on_b = [r for r in corpus.reports if r.on_site_b]
    assert len(on_a) + len(on_b) == 400 and on_a and on_b
    assert len({r.id for r in on_a}) == len(on_a)
    assert len({r.region for r in on_a}) >= 6
    assert all("\n" not in r.site_b_body and r.site_b_title and r.site_b_date for r in on_b)


def test_deterministic_in_the_seed():
    one = synthetic.generate(60, seed=11)
    assert one.reports == synthetic.generate(60, seed=11).reports
    assert one.reports != synthetic.generate(60, seed=12).reports


def test_places_are_real_places_of_the_gazetteer(corpus):
    with synthetic.gazetteer_path().open(encoding="utf-8") as handle:
        names = {row["name"] for row in csv.DictReader(handle)}
    for row in corpus.truth:
        assert row["province"] in names
        assert any(row["place"].endswith(name) for name in names if len(name) >= 2)
        assert 2005 <= row["year"] <= 2025


def test_a_report_reads_like_one():
    row = next(synthetic.bodies(1, seed=2, chars=15000))
    assert set(row) == {"title", "place", "province", "region", "year", "body"}
    paragraphs = row["body"].split("\n\n")
    assert 10_000 < sum(map(len, paragraphs)) < 20_000 and len(paragraphs) > 20
    assert re.search(r"年\d{1,2}月\d{1,2}日在.+人民代表大会第.+次会议上", paragraphs[1])
    assert paragraphs[3] == "各位代表：" and paragraphs[5].startswith("一、")
    assert row["region"] in REGION_LABELS.values()
    assert f"{row['year']}年政府工作报告" in row["title"]


def test_copies_look_like_what_sites_do(corpus):
    originals = {row["group"]: synthetic.report_text(r) for r, row in zip(corpus.reports, corpus.truth)
                 if row["kind"] == "original"}
    for report, row in zip(corpus.reports, corpus.truth):
        text, original = synthetic.report_text(report), originals[row["group"]]
        if "發展" in text:   # a traditional copy: compare like with like
            original = synthetic.to_traditional(original)
        if row["kind"] == "excerpt":
            assert len(text) < 0.6 * len(original)
            assert squash(text) in squash(original)   # a run of the original's paragraphs
        elif row["kind"] == "near":
            shared = sentences(text) & sentences(original)
            assert 0.5 < len(shared) / len(sentences(original)) < 1.0
    spam = sum(any(s in synthetic.report_text(r) or synthetic.to_traditional(s) in
                   synthetic.report_text(r) for s in synthetic.SPAM)
               for r, row in zip(corpus.reports, corpus.truth) if row["kind"] == "near")
    assert spam == 40
    traditional = sum("發展" in synthetic.report_text(r) for r in corpus.reports)
    assert traditional >= 3


def test_same_place_other_years_share_formula_text():
    place, elsewhere = synthetic.places()[500], synthetic.places()[900]

    def text(p, year):
        return "".join(synthetic.make_original(p, year, chars=12000).paragraphs[5:])

    this, next_year, other = text(place, 2018), text(place, 2019), text(elsewhere, 2018)
    assert len(sentences(this) & sentences(next_year)) / len(sentences(this)) > 0.2
    assert len(sentences(this) & sentences(other)) / len(sentences(this)) < 0.05


def test_the_replica_serves_synthetic_reports(corpus):
    site_a, site_b = SiteA(corpus.reports), SiteB(corpus.reports)
    report = next(r for r in corpus.reports if r.on_site_a)
    page = site_a.handle(report.path)
    assert page.status == 200 and report.title in page.body.decode("utf-8")
    listing = site_b.handle(site_b.listing_urls()[0])
    first_b = next(r for r in corpus.reports if r.on_site_b)
    assert listing.status == 200 and first_b.site_b_body[:50] in listing.body.decode("utf-8")
    assert isinstance(report, Report)
