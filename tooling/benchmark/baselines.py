"""The two baselines timed on the engine's first few queries: a naive scan with the pure formula
over every organisation (also the reference the engine's results must equal), and SQL only."""

import datetime
import gc
import time
from dataclasses import dataclass, field

from matchmaking.engine.index import Hit, MatchingIndex
from opportunities.models import Opportunity
from tooling import naive
from tooling.benchmark import sql
from tooling.benchmark.measure import Timing, timed_calls


@dataclass(frozen=True, slots=True)
class PartnerQuery:
    """One partner query as the selector makes it: the other side of GB/KR, own circle out."""

    row: int
    id: int
    countries: frozenset[str]
    circle: frozenset[int]


@dataclass
class Samples:
    """The seeded queries and the engine's answers to them, in the same order."""

    index: MatchingIndex
    today: datetime.date
    limit: int
    partner_queries: list[PartnerQuery]
    opportunity_rows: list[int]
    partner_hits: list[list[Hit]] = field(default_factory=list)
    organisation_hits: list[list[Hit]] = field(default_factory=list)

    def opportunity_id(self, row: int) -> int:
        return int(self.index.opportunities.ids[row])


def _as_pairs(hits: list[Hit]) -> list[tuple[int, float]]:
    return [(hit.id, hit.score) for hit in hits]


def _difference(what: str, engine: list, expected: list) -> str | None:
    if engine == expected:
        return None
    position = next(
        (
            i
            for i, (mine, theirs) in enumerate(zip(engine, expected, strict=False))
            if mine != theirs
        ),
        min(len(engine), len(expected)),
    )
    mine = engine[position] if position < len(engine) else None
    theirs = expected[position] if position < len(expected) else None
    return (
        f"{what}: first difference at position {position + 1}: engine {mine}, naive {theirs} "
        f"(engine {len(engine)} results, naive {len(expected)})"
    )


@dataclass
class BaselineResults:
    timings: dict[str, Timing] = field(default_factory=dict)
    setup_seconds: float = 0.0
    compared: dict[str, int] = field(default_factory=dict)
    mismatches: list[str] = field(default_factory=list)


def naive_baseline_run(*, samples: Samples, count: int) -> BaselineResults:
    """Times the naive scan on the first `count` queries of each kind and compares its top
    lists with the engine's, ids and scores."""
    index, today, limit = samples.index, samples.today, samples.limit
    results = BaselineResults()
    started = time.perf_counter()
    everyone = [index.organisation_features(row) for row in range(len(index.ids))]
    corpus = index.corpus
    published = set(index.ids[index.published].tolist())
    results.setup_seconds = time.perf_counter() - started

    def partners(query: PartnerQuery):
        return naive.partners_by_naive_scan(
            everyone[query.row], everyone, corpus, limit=limit,
            keep=lambda f: f.id in published and f.country in query.countries
            and f.id not in query.circle,
        )  # fmt: skip

    def organisations(row: int):
        return naive.organisations_for_opportunity_by_naive_scan(
            index.opportunity_features(row), everyone, corpus, today=today, limit=limit,
            keep=lambda f: f.id in published,
        )  # fmt: skip

    queries = samples.partner_queries[:count]
    seconds, expected = timed_calls(lambda q=q: partners(q) for q in queries)
    results.timings["partners"] = Timing.of("naive scan: tooling.naive", seconds)
    for query, hits, wanted in zip(queries, samples.partner_hits, expected, strict=False):
        results.mismatches.append(_difference(f"partners of #{query.id}", _as_pairs(hits), wanted))
    rows = samples.opportunity_rows[:count]
    seconds, expected = timed_calls(lambda r=r: organisations(r) for r in rows)
    results.timings["organisations"] = Timing.of("naive scan: tooling.naive", seconds)
    for row, hits, wanted in zip(rows, samples.organisation_hits, expected, strict=False):
        what = f"organisations for opportunity #{samples.opportunity_id(row)}"
        results.mismatches.append(_difference(what, _as_pairs(hits), wanted))
    results.mismatches = [m for m in results.mismatches if m]
    results.compared = {"partners": len(queries), "organisations": len(rows)}
    everyone.clear()
    gc.collect()
    return results


def sql_baseline_run(*, samples: Samples, count: int) -> dict[str, Timing]:
    limit, today = samples.limit, samples.today
    queries = samples.partner_queries[:count]
    seconds, _ = timed_calls(
        lambda q=q: sql.partners_by_sql(
            organisation_id=q.id, countries=sorted(q.countries), excluded_ids=set(q.circle),
            limit=limit,
        )
        for q in queries
    )  # fmt: skip
    timings = {"partners": Timing.of("SQL only: one query, GROUP BY", seconds)}
    ids = [samples.opportunity_id(row) for row in samples.opportunity_rows[:count]]
    opportunities = Opportunity.objects.in_bulk(ids)
    seconds, _ = timed_calls(
        lambda o=opportunities[pk]: sql.organisations_by_sql(
            opportunity=o, today=today, limit=limit
        )
        for pk in ids
    )
    timings["organisations"] = Timing.of("SQL only: one query, GROUP BY", seconds)
    return timings
