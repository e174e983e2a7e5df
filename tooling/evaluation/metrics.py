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
    # Per query, the held-out project it asks about: queries about one project (its
    # participants, each asked for partners) rise and fall together, so the intervals resample
    # projects, not queries. Empty: each query is its own.
    groups: tuple[str, ...] = field(default=(), repr=False)


def score_rankings(
    *,
    method: str,
    rankings: Sequence[Sequence[str]],
    truths: Sequence[Collection[str]],
    k: int,
    groups: Sequence[str] = (),
) -> Score:
    """Mean recall@k and nDCG@k over the queries (groups: see Score.groups)."""
    count = len(truths)
    if len(rankings) != count:
        raise ValueError(f"{method}: {len(rankings)} rankings for {count} queries")
    if groups and len(groups) != count:
        raise ValueError(f"{method}: {len(groups)} groups for {count} queries")
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
        groups=tuple(groups),
    )


def _resampled_sums(
    columns: Sequence[np.ndarray], groups: Sequence[str]
) -> tuple[list[np.ndarray], np.ndarray]:
    """For each of BOOTSTRAP_RESAMPLES draws of the groups with replacement (each query its own
    group when there are none), each column's sum over the drawn groups' queries, and how many
    queries were drawn."""
    count = len(columns[0])
    if len(groups) == count:
        # Numbered in order of first appearance, so that one query per group draws exactly what
        # the per-query bootstrap draws.
        number = {group: position for position, group in enumerate(dict.fromkeys(groups))}
        number_of = np.fromiter((number[group] for group in groups), dtype=np.int64, count=count)
        size = len(number)
    else:
        number_of, size = np.arange(count), count
    sizes = np.bincount(number_of, minlength=size).astype(float)
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    picks = rng.integers(0, size, size=(BOOTSTRAP_RESAMPLES, size))
    sums = [np.bincount(number_of, weights=column, minlength=size)[picks].sum(axis=1)
            for column in columns]  # fmt: skip
    return sums, sizes[picks].sum(axis=1)


def confidence_interval(values: Sequence[float], groups: Sequence[str] = ()) -> tuple[float, float]:
    """95% bootstrap percentile interval of the mean over queries, resampling groups of
    queries when given (see Score.groups)."""
    if not len(values):
        return (0.0, 0.0)
    (sums,), counts = _resampled_sums([np.asarray(values, dtype=float)], groups)
    means = sums / counts
    return float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def paired_difference(
    a: Sequence[float], b: Sequence[float], groups: Sequence[str] = ()
) -> tuple[float, float, float]:
    """Mean of a - b over the same queries and its 95% paired bootstrap interval: a beats b
    beyond noise when the interval's low end is above 0."""
    differences = np.asarray(a, dtype=float) - np.asarray(b, dtype=float)
    if not len(differences):
        return (0.0, 0.0, 0.0)
    low, high = confidence_interval(differences, groups)
    return float(differences.mean()), low, high


def ratio_interval(
    a: Sequence[float], b: Sequence[float], groups: Sequence[str] = ()
) -> tuple[float, float]:
    """95% paired bootstrap interval of mean(a) / mean(b) over the same queries, resampling
    groups of queries when given. A ratio target (recall at least 1.15x a baseline's) is read
    against it: on a few hundred hidden projects the ratio alone moves by several hundredths
    from one sample of projects to the next."""
    a_values, b_values = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if not len(a_values) or len(a_values) != len(b_values):
        return (0.0, 0.0)
    (numerators, denominators), _ = _resampled_sums([a_values, b_values], groups)
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
        recall_low, recall_high = confidence_interval(score.recalls, score.groups)
        ndcg_low, ndcg_high = confidence_interval(score.ndcgs, score.groups)
        lines.append(
            f"| {score.method} | {score.recall:.3f} | {recall_low:.3f}-{recall_high:.3f} "
            f"| {score.ndcg:.3f} | {ndcg_low:.3f}-{ndcg_high:.3f} | {score.queries} |"
        )
    return "\n".join(lines)
