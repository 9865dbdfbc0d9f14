"""Deduplication end to end: real crawls of the replica, built into reports.db.

On the default replica (the seed reports; the ten of seed 004 are on both
sites) and on a replica serving a small synthetic corpus with exact, near and
excerpt copies, checked against its ground truth. Complements
tests/test_pipeline.py, which checks each seed report is archived once.
"""
from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

import pytest
import sqlite_utils

from archive import dedup
from replica import synthetic
from replica.server import start
from tests.conftest import run_baogao
from tests.test_dedup import pairwise

KINDS = {"canonical", "exact", "near", "excerpt"}


@pytest.fixture(scope="module")
def archive(crawled_archive):
    data, _ = crawled_archive
    return sqlite_utils.Database(data / "reports.db")


def sources_by_report(db) -> dict[int, list[dict]]:
    grouped: dict[int, list[dict]] = {}
    for row in db.query("select * from sources order by id"):
        grouped.setdefault(row["report_id"], []).append(row)
    return grouped


def test_every_report_has_one_canonical_source_matching_its_text(archive):
    reports = {r["id"]: r for r in archive["reports"].rows}
    for report_id, sources in sources_by_report(archive).items():
        kinds = Counter(s["kind"] for s in sources)
        assert kinds["canonical"] == 1 and set(kinds) <= KINDS
        canonical = next(s for s in sources if s["kind"] == "canonical")
        assert canonical["similarity"] == 1.0
        assert canonical["text_hash"] == reports[report_id]["text_hash"]
        assert reports[report_id]["source_count"] == len(sources)


def test_seed_004_reports_have_both_sites_as_exact_or_near_copies(archive, replica_sites):
    site_b = urlsplit(replica_sites.site_b_url).netloc
    on_both = [s for s in sources_by_report(archive).values() if any(x["site"] == site_b for x in s)]
    assert len(on_both) == 10
    for sources in on_both:
        assert len(sources) == 2
        other = next(s for s in sources if s["kind"] != "canonical")
        assert other["kind"] in ("exact", "near") and other["similarity"] >= 0.6
        if other["kind"] == "exact":
            assert other["similarity"] == 1.0 and other["text_hash"] == sources[0]["text_hash"]


def test_fingerprints_are_kept_beside_the_archive(crawled_archive, archive):
    data, _ = crawled_archive
    store = dedup.Store(dedup.store_path(data / "reports.db"))
    texts = {r["text_hash"] for r in archive["sources"].rows}
    stored, searched = store.load(texts)
    assert set(stored) == set(searched) == texts


# --------------------------------------------------------------------------
# A synthetic corpus with copies of every kind, through crawl, cleaning and build


@pytest.fixture(scope="module")
def synthetic_build(tmp_path_factory):
    corpus = synthetic.generate(24, seed=21, exact=0.1, near=0.15, excerpt=0.15, chars=7000)
    data = tmp_path_factory.mktemp("synthetic")
    with start(port=0, reports=corpus.reports) as sites:
        run_baogao("update", "--start-url", f"report_site={sites.site_a_url}",
                   "--start-url", f"listing_site={sites.site_b_url}", "--delay", "0", data=data)
        b_size = sites.site_b.page_size
    return corpus, sqlite_utils.Database(data / "reports.db"), b_size


def truth_key(source: dict, corpus, b_page_size: int) -> str:
    """The synthetic report a source row is: by site-A id, or by site-B page and item."""
    path = urlsplit(source["url"]).path
    if path.startswith("/baogao/"):
        report_id = int(path.rsplit("/", 1)[1].split(".")[0].split("_")[0])
        return next(r.key for r in corpus.reports if r.id == report_id)
    page = int(path.rsplit("/", 1)[1])
    on_b = [r for r in corpus.reports if r.on_site_b]
    # A listing page with a single item reads as an ordinary page: no item number.
    return on_b[(page - 1) * b_page_size + (source["item"] or 1) - 1].key


def test_synthetic_copies_are_grouped_perfectly_through_the_pipeline(synthetic_build):
    corpus, db, b_size = synthetic_build
    truth = {row["key"]: row for row in corpus.truth}
    predicted = {truth_key(s, corpus, b_size): s["report_id"] for s in db["sources"].rows}
    assert set(predicted) == set(truth)   # every page archived once
    assert pairwise(predicted, {k: row["group"] for k, row in truth.items()}) == (1.0, 1.0)


def test_synthetic_copies_get_their_kind(synthetic_build):
    corpus, db, b_size = synthetic_build
    truth = {row["key"]: row for row in corpus.truth}
    for source in db["sources"].rows:
        kind = truth[truth_key(source, corpus, b_size)]["kind"]
        if kind == "excerpt":
            assert source["kind"] == "excerpt" and source["similarity"] >= 0.8
        elif source["kind"] == "excerpt":
            pytest.fail(f"a {kind} copy taken for an excerpt: {source['url']}")
        if kind == "near" and source["kind"] != "canonical":
            assert source["kind"] == "near" and 0.6 <= source["similarity"] < 1.0
