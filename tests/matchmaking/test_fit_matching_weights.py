from io import StringIO

import pytest
from django.core.management import call_command

from matchmaking.engine import fitting, formula
from matchmaking.index_store import matching_index
from matchmaking.models import MatchingModel
from tests.factories import OrganisationFactory, ProjectFactory, SectorFactory


def fit() -> MatchingModel:
    call_command("fit_matching_weights", stdout=StringIO())
    return MatchingModel.objects.get()


@pytest.fixture
def small_history(db):
    """Two sectors; organisations work with those of their own sector, over ten years."""
    sectors = [SectorFactory(), SectorFactory()]
    groups = [
        [OrganisationFactory(country="GB" if i % 2 else "KR", sectors=[sector]) for i in range(8)]
        for sector in sectors
    ]
    for year in range(2015, 2025):
        for group in groups:
            ProjectFactory(year=year, participants=group[year % 4 :: 2][:3])
    return groups


def test_with_no_history_the_defaults_are_stored_and_say_why(db):
    model = fit()
    assert not model.is_fitted
    assert model.partner_weights == dict(formula.PARTNER_WEIGHTS)
    assert model.note.startswith("Too little history")


def test_fits_on_a_small_history_and_stores_what_it_saw(small_history, monkeypatch):
    monkeypatch.setattr(fitting, "MIN_POSITIVES", 5)
    monkeypatch.setattr(fitting, "MIN_NEGATIVES", 5)
    model = fit()
    assert model.data_seen["project_pairs"] > 0 and model.data_seen["random_pairs"] > 0
    assert {"auc_fitted", "auc_defaults", "held_out_pairs"} <= set(model.validation)
    assert sum(model.partner_weights.values()) == pytest.approx(100.0, abs=0.01)
    assert all(weight >= 0 for weight in model.partner_weights.values())


def test_the_index_uses_the_newest_weights(small_history):
    weights = {**formula.PARTNER_WEIGHTS, "network": 0.0, "sectors": 50.0}
    MatchingModel.objects.create(
        is_fitted=True, partner_weights=weights, opportunity_weights=formula.OPPORTUNITY_WEIGHTS
    )
    assert matching_index().corpus.partner_weights == weights
