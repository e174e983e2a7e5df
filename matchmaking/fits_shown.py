"""A stored fit of the matching weights as the staff page shows it: the outcome worded in the
reader's language with its figures, the factors and figures labelled and formatted."""

from dataclasses import dataclass

from django.contrib.humanize.templatetags.humanize import intcomma
from django.template.defaultfilters import floatformat
from django.utils.translation import gettext

from matchmaking.engine.formula import OPPORTUNITY_WEIGHTS, PARTNER_WEIGHTS
from matchmaking.labels import DATA_SEEN_LABELS, FACTOR_LABELS, VALIDATION_LABELS, label_of
from matchmaking.models import FitOutcome, MatchingModel

# The outcome's sentence, by code; each names the figures it is filled with.
_OUTCOME_SENTENCES = {
    FitOutcome.FITTED: lambda: gettext(
        "Partner weights fitted to %(positives)s positive and %(negatives)s negative pairs; "
        "they did at least as well as the defaults on the held-out pairs."
    ),
    FitOutcome.TOO_LITTLE_HISTORY: lambda: gettext(
        "Too little history: %(positives)s positive and %(negatives)s negative pairs, where at "
        "least %(min_positives)s and %(min_negatives)s are needed. The default weights stay."
    ),
    FitOutcome.NO_SEPARATION: lambda: gettext(
        "No factor told the %(positives)s positive pairs from the %(negatives)s negative ones: "
        "the default weights stay."
    ),
    FitOutcome.NO_BETTER: lambda: gettext(
        "The weights fitted to %(positives)s positive and %(negatives)s negative pairs did no "
        "better than the defaults on the held-out pairs: the default weights stay."
    ),
}
_FIGURES = ("positives", "negatives", "min_positives", "min_negatives")
# Validation figures shown as counts; the others are AUCs.
_VALIDATION_COUNTS = {"held_out_pairs"}


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _count(value) -> str:
    return intcomma(value) if _is_number(value) else str(value)


def _decimal(value, places: int) -> str:
    return floatformat(value, places) if _is_number(value) else str(value)


def outcome_text(model: MatchingModel) -> str:
    """What came of the fit, in the reader's language with its figures; the stored (English)
    note for a row written before outcomes were stored, or one missing a figure."""
    sentence = _OUTCOME_SENTENCES.get(model.outcome)
    figures = model.outcome_figures or {}
    if sentence is None or not all(_is_number(figures.get(name)) for name in _FIGURES):
        return model.note
    return sentence() % {name: _count(figures[name]) for name in _FIGURES}


@dataclass(frozen=True)
class FitShown:
    """A stored fit as the staff page shows it: labels and formatted figures, in order."""

    model: MatchingModel
    outcome: str
    # Why the opportunity weights are the defaults; empty for the rows written before
    # outcomes were stored (their note says it).
    opportunity_note: str
    partner_weights: list[tuple[str, str]]
    opportunity_weights: list[tuple[str, str]]
    data_seen: list[tuple[str, str]]
    validation: list[tuple[str, str]]


def _weights(stored) -> list[tuple[str, str]]:
    return [(label_of(FACTOR_LABELS, k), _decimal(v, 1)) for k, v in (stored or {}).items()]


def default_weights_shown() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The documented default weights (partners, opportunities), labelled as a fit's are: what
    is in force before any fit."""
    return _weights(PARTNER_WEIGHTS), _weights(OPPORTUNITY_WEIGHTS)


def fit_shown(model: MatchingModel) -> FitShown:
    weights = _weights

    return FitShown(
        model=model,
        outcome=outcome_text(model),
        opportunity_note=(
            gettext(
                "Not fitted yet (the history holds no outcome of an application): the "
                "defaults stay."
            )
            if model.outcome
            else ""
        ),
        partner_weights=weights(model.partner_weights),
        opportunity_weights=weights(model.opportunity_weights),
        data_seen=[
            (label_of(DATA_SEEN_LABELS, key), _count(value))
            for key, value in (model.data_seen or {}).items()
        ],
        validation=[
            (
                label_of(VALIDATION_LABELS, key),
                _count(value) if key in _VALIDATION_COUNTS else _decimal(value, 3),
            )
            for key, value in (model.validation or {}).items()
        ],
    )
