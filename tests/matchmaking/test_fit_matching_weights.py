from io import StringIO

import pytest
from django.core.management import call_command

from matchmaking.engine import fitting, formula
from matchmaking.index_store import matching_index
from matchmaking.models import FitOutcome, MatchingModel
from matchmaking.services import matching_model_create
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
    assert model.outcome == FitOutcome.TOO_LITTLE_HISTORY
    assert model.outcome_figures == {
        "positives": 0, "negatives": 0, "min_positives": 30, "min_negatives": 30,
    }  # fmt: skip


def test_fits_on_a_small_history_and_stores_what_it_saw(small_history, monkeypatch):
    monkeypatch.setattr(fitting, "MIN_POSITIVES", 5)
    monkeypatch.setattr(fitting, "MIN_NEGATIVES", 5)
    model = fit()
    assert model.data_seen["project_pairs"] > 0 and model.data_seen["random_pairs"] > 0
    assert {"auc_fitted", "auc_defaults", "held_out_pairs"} <= set(model.validation)
    assert sum(model.partner_weights.values()) == pytest.approx(100.0, abs=0.01)
    assert all(weight >= 0 for weight in model.partner_weights.values())
    assert model.outcome == (FitOutcome.FITTED if model.is_fitted else FitOutcome.NO_BETTER)
    assert model.outcome_figures["min_positives"] == 5


def test_the_index_uses_the_newest_weights(small_history):
    weights = {**formula.PARTNER_WEIGHTS, "network": 0.0, "sectors": 50.0}
    MatchingModel.objects.create(
        is_fitted=True, partner_weights=weights, opportunity_weights=formula.OPPORTUNITY_WEIGHTS
    )
    assert matching_index().corpus.partner_weights == weights


# The engine alone (plain Python, no database): which outcome each history gives.
DEFAULTS = {"a": 0.0, "b": 100.0}


def engine_fit(factors, labels, score=None):
    def weighted(i, weights):
        return sum(weights[name] * factors[i][name] for name in weights)

    return fitting.fit_weights(
        factors=factors, labels=labels, names=["a", "b"], default_weights=DEFAULTS,
        score=score or weighted,
    )  # fmt: skip


def separable(count=40):
    """Factor a says which pairs are positive; factor b is the same for every pair."""
    labels = [1] * count + [0] * count
    return [{"a": float(label), "b": 0.5} for label in labels], labels


def test_the_engine_says_too_little_history_with_its_counts():
    fit = engine_fit([{"a": 1.0, "b": 0.0}] * 5, [1, 1, 1, 0, 0])
    assert (fit.outcome, fit.weights) == (fitting.TOO_LITTLE_HISTORY, None)
    assert (fit.positives, fit.negatives) == (3, 2)
    assert (fit.min_positives, fit.min_negatives) == (30, 30)


def test_the_engine_says_no_separation_when_every_factor_is_zero():
    factors, labels = separable()
    fit = engine_fit([{"a": 0.0, "b": 0.0}] * len(labels), labels)
    assert (fit.outcome, fit.weights) == (fitting.NO_SEPARATION, None)


def test_the_engine_keeps_fitted_weights_that_do_better():
    fit = engine_fit(*separable())
    assert fit.outcome == fitting.FITTED and fit.weights["a"] > fit.weights["b"]
    assert (fit.positives, fit.negatives) == (40, 40)


def test_the_engine_says_no_better_when_the_defaults_win_on_held_out_pairs():
    factors, labels = separable()

    def score(i, weights):  # the defaults rank the held-out pairs right, any other weights wrong
        return labels[i] if weights is DEFAULTS else -labels[i]

    fit = engine_fit(factors, labels, score=score)
    assert (fit.outcome, fit.weights) == (fitting.NO_BETTER, None)


def test_the_models_outcomes_are_the_engines():
    assert sorted(FitOutcome.values) == sorted(fitting.OUTCOMES)


def test_the_outcome_and_its_figures_are_stored(db):
    fit = engine_fit(*separable())
    model = matching_model_create(fit=fit, data_seen={})
    assert (model.outcome, model.is_fitted) == (FitOutcome.FITTED, True)
    assert model.outcome_figures == {
        "positives": 40, "negatives": 40, "min_positives": 30, "min_negatives": 30,
    }  # fmt: skip


def test_the_command_prints_the_outcome_and_labelled_figures(db):
    out = StringIO()
    call_command("fit_matching_weights", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("Too little history: 0 positive and 0 negative pairs")
    assert "Complementary capabilities 35.0" in lines[2]
