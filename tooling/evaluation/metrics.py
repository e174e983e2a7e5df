"""Ranking metrics with binary relevance: a suggestion is right if it is in the truth."""

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

import numpy as np

# Resamples of the queries for confidence intervals and the paired bootstrap; fixed seed.
BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_SEED = 0


def recall_at_k(ranked: Sequence[str], truth: Collection[str], *, k: int) -> float:
    """Share of the truth found in the first k, out of what k suggestions could find at most
    (min(k, |truth|)), so that a perfect list scores 1 even for a consortium larger than k."""
    if not truth:
        return 0.0
    found = len(set(ranked[:k]) & set(truth))
    return found / min(k, len(truth))


def ndcg_at_k(ranked: Sequence[str], truth: Collection[str], *, k: int) -> float:
    """Discounted cumulative gain of the first k (a hit at position i counts 1 / log2(i + 1),
    from i = 1), divided by that of a perfect list."""
    if not truth:
        return 0.0
    truth = set(truth)
    gain = sum(1.0 / math.log2(i + 2) for i, item in enumerate(ranked[:k]) if item in truth)
    ideal = sum(1.0 / math.log2(i + 2) for i in range(min(k, len(truth))))
    return gain / ideal


@dataclass(frozen=True, slots=True)
class Score:
    method: str
    recall: float
    ndcg: float
    queries: int
    # Per query, in the queries' order, for confidence intervals and paired comparisons.
    recalls: tuple[float, ...] = field(default=(), repr=False)
    ndcgs: tuple[float, ...] = field(default=(), repr=False)


def score_rankings(
    *, method: str, rankings: Sequence[Sequence[str]], truths: Sequence[Collection[str]], k: int
) -> Score:
    """Mean recall@k and nDCG@k over the queries."""
    count = len(truths)
    if len(rankings) != count:
        raise ValueError(f"{method}: {len(rankings)} rankings for {count} queries")
    if not count:
        return Score(method=method, recall=0.0, ndcg=0.0, queries=0)
    pairs = list(zip(rankings, truths, strict=True))
    recalls = tuple(recall_at_k(r, t, k=k) for r, t in pairs)
    ndcgs = tuple(ndcg_at_k(r, t, k=k) for r, t in pairs)
    return Score(
        method=method,
        recall=sum(recalls) / count,
        ndcg=sum(ndcgs) / count,
        queries=count,
        recalls=recalls,
        ndcgs=ndcgs,
    )


def _resample_means(values: np.ndarray) -> np.ndarray:
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    picks = rng.integers(0, len(values), size=(BOOTSTRAP_RESAMPLES, len(values)))
    return values[picks].mean(axis=1)


def confidence_interval(values: Sequence[float]) -> tuple[float, float]:
    """95% bootstrap percentile interval of the mean over queries."""
    if not len(values):
        return (0.0, 0.0)
    means = _resample_means(np.asarray(values, dtype=float))
    return float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def paired_difference(a: Sequence[float], b: Sequence[float]) -> tuple[float, float, float]:
    """Mean of a - b over the same queries and its 95% paired bootstrap interval: a beats b
    beyond noise when the interval's low end is above 0."""
    differences = np.asarray(a, dtype=float) - np.asarray(b, dtype=float)
    if not len(differences):
        return (0.0, 0.0, 0.0)
    low, high = confidence_interval(differences)
    return float(differences.mean()), low, high


def ratio_interval(a: Sequence[float], b: Sequence[float]) -> tuple[float, float]:
    """95% paired bootstrap interval of mean(a) / mean(b) over the same queries. A ratio target
    (recall at least 1.15x a baseline's) is read against it: on a few hundred queries the ratio
    alone moves by several hundredths from one sample of queries to the next."""
    a_values, b_values = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if not len(a_values) or len(a_values) != len(b_values):
        return (0.0, 0.0)
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    picks = rng.integers(0, len(a_values), size=(BOOTSTRAP_RESAMPLES, len(a_values)))
    numerators, denominators = a_values[picks].mean(axis=1), b_values[picks].mean(axis=1)
    ratios = numerators[denominators > 0] / denominators[denominators > 0]
    if not len(ratios):
        return (0.0, 0.0)
    return float(np.percentile(ratios, 2.5)), float(np.percentile(ratios, 97.5))


def scores_table(*, title: str, scores: Sequence[Score], k: int) -> str:
    """A Markdown table, readable in a terminal and pasteable into docs/benchmarks.md."""
    lines = [
        title,
        "",
        f"| method | recall@{k} | 95% CI | nDCG@{k} | 95% CI | queries |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for score in scores:
        recall_low, recall_high = confidence_interval(score.recalls)
        ndcg_low, ndcg_high = confidence_interval(score.ndcgs)
        lines.append(
            f"| {score.method} | {score.recall:.3f} | {recall_low:.3f}-{recall_high:.3f} "
            f"| {score.ndcg:.3f} | {ndcg_low:.3f}-{ndcg_high:.3f} | {score.queries} |"
        )
    return "\n".join(lines)
