"""Fitting the partner weights to labelled pairs: plain numpy and scipy, no database.

The model stays the formula itself: a weighted sum of the same factors, with weights that are
never negative (so a better fit on any factor never lowers a score, and the compiled scan's
bounds hold unchanged), scaled to 100 points. It is fitted as a logistic regression with
non-negative coefficients, then judged on held-out pairs by the formula's own score.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize
from scipy.stats import rankdata

# Below this many labelled pairs of either kind the history says too little: the defaults stay.
MIN_POSITIVES = 30
MIN_NEGATIVES = 30
# A quarter of the pairs, drawn with a fixed seed, are held out to judge the fit.
VALIDATION_SHARE = 0.25
# A little L2 keeps weights of rarely seen factors from running off on few examples.
L2_PENALTY = 1e-2


# What came of a fit, as a code the app words in the reader's language (the note says it in
# English, for logs and the admin).
FITTED = "fitted"
TOO_LITTLE_HISTORY = "too_little_history"  # fewer pairs of either kind than the minimums
NO_SEPARATION = "no_separation"  # every coefficient came out 0
NO_BETTER = "no_better"  # the fitted weights did worse than the defaults on held-out pairs
OUTCOMES = (FITTED, TOO_LITTLE_HISTORY, NO_SEPARATION, NO_BETTER)


@dataclass(frozen=True, slots=True)
class Fit:
    weights: dict[str, float] | None  # None: keep the defaults
    validation: dict[str, float]
    note: str
    outcome: str  # one of OUTCOMES
    # The labelled pairs it had, and the least of each kind it asks for.
    positives: int
    negatives: int
    min_positives: int
    min_negatives: int


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """The chance that a random positive scores above a random negative (ties count half)."""
    positives = int((labels == 1).sum())
    negatives = len(labels) - positives
    if not positives or not negatives:
        return float("nan")
    ranks = rankdata(scores)  # ties get their average rank
    return float(
        (ranks[labels == 1].sum() - positives * (positives + 1) / 2) / (positives * negatives)
    )


def nonnegative_logistic(features: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Coefficients (one per column, never negative) of a logistic regression with an
    intercept, by L-BFGS-B."""
    columns = features.shape[1]

    def loss(parameters):
        coefficients, intercept = parameters[:columns], parameters[columns]
        margin = features @ coefficients + intercept
        # log(1 + exp(-y m)) with y in {-1, 1}, stably
        signed = np.where(labels == 1, margin, -margin)
        value = np.logaddexp(0.0, -signed).mean() + L2_PENALTY * coefficients @ coefficients
        weight = -np.where(labels == 1, 1.0, -1.0) / (1.0 + np.exp(signed))
        gradient = np.concatenate(
            [features.T @ weight / len(labels) + 2 * L2_PENALTY * coefficients, [weight.mean()]]
        )
        return value, gradient

    start = np.concatenate([np.full(columns, 0.1), [0.0]])
    bounds = [(0.0, None)] * columns + [(None, None)]
    result = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=bounds)
    return result.x[:columns]


def fit_weights(
    *,
    factors: list[Mapping[str, float]],
    labels: list[int],
    names: list[str],
    default_weights: Mapping[str, float],
    score: Callable[[int, Mapping[str, float]], float],
    seed: int = 0,
) -> Fit:
    """Fit on three quarters of the pairs, judge fitted and default weights on the rest by
    score(pair index, weights) (the formula's score of that pair under those weights), and
    keep the fitted weights only if they do at least as well. factors[i] holds pair i's
    factors in [0, 1]; labels[i] is 1 (they worked together, accepted an introduction...) or
    0 (turned down)."""
    label_array = np.asarray(labels, dtype=np.int64)
    positives, negatives = int(label_array.sum()), int(len(label_array) - label_array.sum())
    counts = {
        "positives": positives,
        "negatives": negatives,
        "min_positives": MIN_POSITIVES,
        "min_negatives": MIN_NEGATIVES,
    }
    if positives < MIN_POSITIVES or negatives < MIN_NEGATIVES:
        return Fit(
            weights=None,
            validation={},
            note=(
                f"Too little history ({positives} positive and {negatives} negative pairs; "
                f"at least {MIN_POSITIVES} and {MIN_NEGATIVES} needed): the defaults stay."
            ),
            outcome=TOO_LITTLE_HISTORY,
            **counts,
        )
    matrix = np.array([[pair[name] for name in names] for pair in factors])
    order = np.random.default_rng(seed).permutation(len(label_array))
    held = order[: max(1, int(len(order) * VALIDATION_SHARE))]
    train = order[len(held) :]
    coefficients = nonnegative_logistic(matrix[train], label_array[train])
    if coefficients.sum() <= 0:
        return Fit(
            weights=None,
            validation={},
            note="No factor separated the pairs.",
            outcome=NO_SEPARATION,
            **counts,
        )
    fitted = {
        name: 100.0 * c / coefficients.sum() for name, c in zip(names, coefficients, strict=True)
    }
    held_labels = label_array[held]
    fitted_auc = roc_auc(np.array([score(i, fitted) for i in held]), held_labels)
    default_auc = roc_auc(np.array([score(i, default_weights) for i in held]), held_labels)
    validation = {
        "held_out_pairs": len(held),
        "auc_fitted": round(fitted_auc, 4),
        "auc_defaults": round(default_auc, 4),
    }
    if not fitted_auc >= default_auc:
        return Fit(
            weights=None,
            validation=validation,
            note="The fitted weights did no better than the defaults on held-out pairs.",
            outcome=NO_BETTER,
            **counts,
        )
    return Fit(weights=fitted, validation=validation, note="", outcome=FITTED, **counts)
