import datetime

import pytest

from matchmaking import naive
from matchmaking.engine import index as index_module
from matchmaking.engine.index import MatchingIndex
from matchmaking.engine.random_records import random_records
from matchmaking.engine.records import OrganisationRecords

TODAY = datetime.date(2026, 1, 1)


@pytest.fixture(scope="module")
def records():
    return random_records(organisations=2500, opportunities=60, seed=11, today=TODAY)


@pytest.fixture(scope="module")
def index(records):
    return MatchingIndex(records)


@pytest.fixture(scope="module")
def everyone(index):
    return [index.organisation_features(row) for row in range(len(index.ids))]


def engine_partners(index, row, **filters):
    return [(hit.id, hit.score) for hit in index.partners_of(row, limit=20, **filters)]


def naive_partners(index, everyone, row, keep=lambda features: True):
    published = set(index.ids[index.published].tolist())
    return naive.partners_by_naive_scan(
        everyone[row], everyone, index.corpus, limit=20,
        keep=lambda features: features.id in published and keep(features),
    )  # fmt: skip


@pytest.mark.parametrize("budget", [index_module.TEXT_POSTINGS_BUDGET, 0])
def test_top_partners_equal_the_naive_scan(index, everyone, monkeypatch, budget):
    monkeypatch.setattr(index_module, "TEXT_POSTINGS_BUDGET", budget)
    for row in range(0, len(index.ids), 125):
        assert engine_partners(index, row) == naive_partners(index, everyone, row)


def test_filtered_partners_equal_the_filtered_naive_scan(index, everyone):
    for row in range(3, len(index.ids), 250):
        engine = engine_partners(index, row, countries={"KR"}, kinds={"sme", "startup"})
        expected = naive_partners(
            index, everyone, row, lambda f: f.country == "KR" and f.kind in ("sme", "startup")
        )
        assert engine == expected


def test_sector_filter_keeps_only_that_sector(index):
    hits = index.partners_of(0, limit=20, sectors={3})
    assert hits and all(3 in index.organisation_features(hit.row).sectors for hit in hits)


def test_excluded_ids_are_never_returned(index):
    first = index.partners_of(0, limit=5)
    excluded = {hit.id for hit in first[:2]}
    assert not excluded & {hit.id for hit in index.partners_of(0, limit=5, exclude_ids=excluded)}


def test_organisations_for_opportunity_equal_the_naive_scan(index, everyone):
    published = set(index.ids[index.published].tolist())
    for opportunity_row in range(0, len(index.opportunities.ids), 3):
        engine = index.organisations_for(opportunity_row, today=TODAY, limit=20)
        expected = naive.organisations_for_opportunity_by_naive_scan(
            index.opportunity_features(opportunity_row), everyone, index.corpus,
            today=TODAY, limit=20, keep=lambda f: f.id in published,
        )  # fmt: skip
        assert [(hit.id, hit.score) for hit in engine] == expected


def test_changed_and_new_organisations_win_over_the_base(records):
    index = MatchingIndex(records)
    changed = OrganisationRecords()
    query = index.organisation_features(0)
    mirror = {
        "offers": sorted(query.seeks),
        "seeks": sorted(query.offers),
        "sectors": sorted(query.sectors),
    }
    changed.append(id=index.ids[5].item(), name="Changed", country="KR", kind="sme", **mirror)
    changed.append(id=10**6, name="New", country="KR", kind="sme", **mirror)
    index.apply_changes(changed)
    everyone = [index.organisation_features(row) for row in range(len(index.ids))]
    top_ids = [hit.id for hit in index.partners_of(0, limit=20)]
    assert {index.ids[5].item(), 10**6} <= set(top_ids)
    assert engine_partners(index, 0) == naive_partners(index, everyone, 0)


def test_results_are_ordered_best_first_with_ties_by_id(index):
    hits = index.partners_of(7, limit=20)
    keys = [(-hit.score, hit.id) for hit in hits]
    assert keys == sorted(keys)
