import dataclasses
import datetime

import numpy as np
import pytest

from matchmaking.engine import formula, kernels
from matchmaking.engine import index as index_module
from matchmaking.engine.index import MatchingIndex
from matchmaking.engine.records import OrganisationRecords
from tooling import naive
from tooling.random_records import random_records

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


def kernel_partner_bound(index, a, b, row_b):
    """kernels.partner_bound for the pair, from counts taken with plain sets."""
    corpus, quick = index.corpus, index.quick[row_b]
    tie = formula.DIRECT_PARTNER_WEIGHT * a.partners.get(b.id, 0) + sum(
        formula.common_partner_tie(a.partners[p], b.partners[p], corpus.partner_strengths.get(p, 0))
        for p in a.partners.keys() & b.partners.keys()
    )
    sector_common = sum(corpus.sector_weights[s] for s in a.sectors & b.sectors)
    text = min(1.0, formula.cosine(a.text, b.text))
    sector_sum = sum(corpus.sector_weights[s] for s in a.sectors)
    return kernels.partner_bound(
        len(a.seeks & b.offers)
        + sum(corpus.related.get(s, {}).get(o, 0.0) for s in a.seeks for o in b.offers),
        len(a.offers & b.offers),
        sum(formula.need_met(s, a.offers, corpus.related) for s in b.seeks),
        sector_common, tie, text, quick[kernels.SEEKS_INVERSE], quick[kernels.OFFERS_INVERSE],
        quick[kernels.SECTOR_WEIGHT_SUM_INVERSE], quick[kernels.ACTIVITY_ROOT],
        1 / len(a.seeks) if a.seeks else 0.0, 1 / len(a.offers) if a.offers else 0.0,
        1 / sector_sum if sector_sum else 0.0,
        formula.activity(a.project_count, corpus) ** formula.PARTNER_ACTIVITY_POWER,
        np.array(
            list(
                formula.partner_evidence_weights(
                    formula.PARTNER_WEIGHTS,
                    formula.partner_evidence(formula.evidence_bits(a), formula.evidence_bits(b)),
                ).values()
            )
        ),
        formula.ONE_WAY_SHARE, formula.NETWORK_TIE_SHARE,
        formula.NETWORK_ACTIVITY_SHARE, formula.NETWORK_TIE_HALF,
    )  # fmt: skip


def test_partner_bound_is_never_below_the_score(index, everyone):
    for row_a in range(0, len(everyone), 500):
        a = everyone[row_a]
        for row_b in range(1, len(everyone), 7):
            bound = kernel_partner_bound(index, a, everyone[row_b], row_b)
            assert bound + kernels.BOUND_SLACK >= formula.partner_score(
                a, everyone[row_b], index.corpus
            )


@pytest.mark.parametrize("limit", [1, 3, kernels.EARLY_CANDIDATES + 6])
def test_top_partners_equal_the_naive_scan_at_any_limit(index, everyone, limit):
    published = set(index.ids[index.published].tolist())
    for row in range(11, len(index.ids), 400):
        engine = [(hit.id, hit.score) for hit in index.partners_of(row, limit=limit)]
        expected = naive.partners_by_naive_scan(
            everyone[row], everyone, index.corpus, limit=limit, keep=lambda f: f.id in published
        )
        assert engine == expected


@pytest.mark.parametrize("limit", [1, kernels.EARLY_CANDIDATES + 6])
def test_organisations_for_opportunity_equal_the_naive_scan_at_any_limit(index, everyone, limit):
    published = set(index.ids[index.published].tolist())
    for opportunity_row in range(1, len(index.opportunities.ids), 7):
        engine = index.organisations_for(opportunity_row, today=TODAY, limit=limit)
        expected = naive.organisations_for_opportunity_by_naive_scan(
            index.opportunity_features(opportunity_row), everyone, index.corpus,
            today=TODAY, limit=limit, keep=lambda f: f.id in published,
        )  # fmt: skip
        assert [(hit.id, hit.score) for hit in engine] == expected


def test_highest_gives_the_positions_of_the_largest_values():
    values = np.array([3.0, 9.0, 1.0, 7.0, 5.0, 8.0, 0.0])
    assert sorted(kernels.highest(values, 6, 3).tolist()) == [1, 3, 5]
    assert sorted(kernels.highest(values, 2, 3).tolist()) == [0, 1]


def covering_changes(index, opportunity):
    """A changed and a new organisation that offer all the opportunity requires."""
    changed = OrganisationRecords()
    where = {
        "country": sorted(opportunity.eligible_countries or {"KR"})[0],
        "kind": sorted(opportunity.eligible_kinds or {"sme"})[0],
        "offers": sorted(opportunity.required),
        "sectors": sorted(opportunity.sectors),
    }
    changed.append(id=index.ids[5].item(), name="Changed", **where)
    changed.append(id=10**6, name="New", **where)
    return changed


def test_changed_organisations_covering_an_opportunity_are_found(records):
    index = MatchingIndex(records)
    row = next(r for r, m in enumerate(records.opportunities.max_ages) if m is None)
    opportunity = index.opportunity_features(row)
    index.apply_changes(covering_changes(index, opportunity))
    everyone = [index.organisation_features(r) for r in range(len(index.ids))]
    engine = [(hit.id, hit.score) for hit in index.organisations_for(row, today=TODAY, limit=20)]
    assert {index.ids[5].item(), 10**6} <= {hit_id for hit_id, _ in engine}
    published = set(index.ids[index.published].tolist())
    expected = naive.organisations_for_opportunity_by_naive_scan(
        opportunity, everyone, index.corpus, today=TODAY, limit=20,
        keep=lambda f: f.id in published,
    )  # fmt: skip
    assert engine == expected


@pytest.mark.parametrize("bar", [40.0, 55.0, 65.0, 80.0])
@pytest.mark.parametrize("opportunity_evidence", [0, formula.HAS_REQUIRED | formula.HAS_TEXT])
def test_rows_left_out_as_not_active_enough_could_never_reach_the_bar(
    index, everyone, bar, opportunity_evidence
):
    table = index.opportunity_weight_table[opportunity_evidence]
    # Every third row with past projects matches the call's text at 0.25 by them.
    past_rows = np.array([r for r, f in enumerate(everyone) if f.project_texts][::3], np.int64)
    past = np.zeros(len(everyone))
    past[past_rows] = 0.25
    active = index._rows_active_enough(
        weight_table=table, bar=bar, text_bound=1.0, past=past, past_rows=past_rows
    )
    if active is None:  # most rows qualify: the plain scan is used
        return
    for row in np.setdiff1d(np.arange(index.base_size), active):
        applies = formula.opportunity_evidence(
            formula.evidence_bits(everyone[row]), opportunity_evidence
        )
        weights = formula.opportunity_evidence_weights(formula.OPPORTUNITY_WEIGHTS, applies)
        best_possible = (
            weights["sectors"] + weights["text"] + weights["track_record"] * index.activity[row]
        )
        best_possible += weights["past_projects"] * formula.past_project_fit(past[row])
        assert best_possible + kernels.BOUND_SLACK < bar


def test_organisations_for_equal_the_naive_scan_when_few_organisations_cover(index, everyone):
    """The narrowest requirement, so the active-rows path decides who else may enter."""
    published = set(index.ids[index.published].tolist())
    for opportunity_row in range(0, len(index.opportunities.ids), 3):
        for limit in (2, 5):
            engine = index.organisations_for(opportunity_row, today=TODAY, limit=limit)
            expected = naive.organisations_for_opportunity_by_naive_scan(
                index.opportunity_features(opportunity_row), everyone, index.corpus,
                today=TODAY, limit=limit, keep=lambda f: f.id in published,
            )  # fmt: skip
            assert [(hit.id, hit.score) for hit in engine] == expected


def test_top_partners_equal_the_naive_scan_when_needs_have_related_capabilities(index, everyone):
    related = index.corpus.related
    rows = [row for row, f in enumerate(everyone) if any(s in related for s in f.seeks)]
    assert len(rows) >= 20
    for row in rows[:: max(1, len(rows) // 40)]:
        assert engine_partners(index, row) == naive_partners(index, everyone, row)


def test_with_many_related_capabilities_the_engine_still_equals_the_naive_scan(records):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(formula, "RELATED_MIN_COSINE", 0.02)
        patch.setattr(formula, "RELATED_MIN_SUPPORT", 1)
        index = MatchingIndex(records)
    assert sum(len(close) for close in index.corpus.related.values()) > 500
    everyone = [index.organisation_features(row) for row in range(len(index.ids))]
    for row in range(3, len(everyone), 250):
        assert engine_partners(index, row) == naive_partners(index, everyone, row)


def test_with_fitted_weights_the_engine_still_equals_the_naive_scan(records):
    fitted = {"complementarity": 20.0, "network": 10.0, "sectors": 30.0, "text": 25.0,
              "shared_capabilities": 15.0}  # fmt: skip
    opportunity_fitted = {"coverage": 10.0, "sectors": 40.0, "text": 10.0, "track_record": 40.0}
    index = MatchingIndex(
        dataclasses.replace(records, partner_weights=fitted, opportunity_weights=opportunity_fitted)
    )
    assert index.corpus.partner_weights == fitted
    everyone = [index.organisation_features(row) for row in range(len(index.ids))]
    published = set(index.ids[index.published].tolist())
    for row in range(5, len(everyone), 250):
        assert engine_partners(index, row) == naive_partners(index, everyone, row)
    for opportunity_row in range(0, len(index.opportunities.ids), 6):
        engine = index.organisations_for(opportunity_row, today=TODAY, limit=5)
        expected = naive.organisations_for_opportunity_by_naive_scan(
            index.opportunity_features(opportunity_row), everyone, index.corpus,
            today=TODAY, limit=5, keep=lambda f: f.id in published,
        )  # fmt: skip
        assert [(hit.id, hit.score) for hit in engine] == expected


def test_a_model_stored_before_the_past_projects_factor_still_loads(records):
    before = {"coverage": 40.0, "sectors": 10.0, "text": 25.0, "track_record": 25.0}
    index = MatchingIndex(dataclasses.replace(records, opportunity_weights=before))
    weights = index.corpus.opportunity_weights
    assert weights == {**before, "past_projects": formula.OPPORTUNITY_WEIGHTS["past_projects"]}


def test_organisations_found_through_past_projects_equal_the_naive_scan(records):
    index = MatchingIndex(records)
    everyone = [index.organisation_features(row) for row in range(len(index.ids))]
    assert sum(bool(f.project_texts) for f in everyone) > 1000
    published = set(index.ids[index.published].tolist())
    through_past_projects = 0
    for opportunity_row in range(1, len(index.opportunities.ids), 4):
        engine = index.organisations_for(opportunity_row, today=TODAY, limit=10)
        expected = naive.organisations_for_opportunity_by_naive_scan(
            index.opportunity_features(opportunity_row), everyone, index.corpus,
            today=TODAY, limit=10, keep=lambda f: f.id in published,
        )  # fmt: skip
        through_past_projects += sum(hit.points["past_projects"] > 0 for hit in engine)
        assert [(hit.id, hit.score) for hit in engine] == expected
    assert through_past_projects > 20


def test_opportunities_for_an_organisation_count_its_past_projects(index, everyone):
    row = next(r for r, f in enumerate(everyone) if f.project_texts)
    hits = index.opportunities_for(row, today=TODAY, limit=5)
    corpus = index.corpus
    for hit in hits:
        expected = formula.opportunity_points(
            everyone[row], index.opportunity_features(hit.row), corpus
        )
        assert hit.points == pytest.approx(expected)


def test_an_update_on_a_copy_leaves_the_original_untouched(records):
    index = MatchingIndex(records)
    arrays = {k: v.copy() for k, v in vars(index).items() if isinstance(v, np.ndarray)}
    names = [index.names[row] for row in range(len(index.ids))]
    changed = OrganisationRecords()
    changed.append(id=index.ids[5].item(), name="Changed", country="KR", kind="university")
    index.copy_for_update().apply_changes(changed)
    assert all(np.array_equal(value, getattr(index, name)) for name, value in arrays.items())
    assert [index.names[row] for row in range(len(index.ids))] == names
