"""Ranking metrics with binary relevance: a suggestion is right if it is in the truth."""

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass


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
    return Score(
        method=method,
        recall=sum(recall_at_k(r, t, k=k) for r, t in pairs) / count,
        ndcg=sum(ndcg_at_k(r, t, k=k) for r, t in pairs) / count,
        queries=count,
    )


def scores_table(*, title: str, scores: Sequence[Score], k: int) -> str:
    """A Markdown table, readable in a terminal and pasteable into docs/benchmarks.md."""
    lines = [
        title,
        "",
        f"| method | recall@{k} | nDCG@{k} | queries |",
        "| --- | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {score.method} | {score.recall:.3f} | {score.ndcg:.3f} | {score.queries} |"
        for score in scores
    ]
    return "\n".join(lines)
