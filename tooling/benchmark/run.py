"""One benchmark run: data, index build and memory, engine latency against a naive scan and SQL
only, the suggestion selectors and the HTTP endpoint, query counts, correctness and freshness.

The engine, naive and SQL timings use the same seeded sample of queries, drawn from the index's
rows; the naive and SQL samples are the first few of the engine's, since they are slow.
"""

import datetime
import gc
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from matchmaking.engine.index import MatchingIndex
from matchmaking.index_store import matching_index, matching_index_reset, matching_records_read
from matchmaking.selectors import (
    OTHER_SIDE,
    opportunities_for_organisation,
    organisation_circle,
    organisations_for_opportunity,
    partners_for_organisation,
    team_for_opportunity,
)
from opportunities.models import Opportunity
from organisations.models import Organisation
from tooling.benchmark import measure, report
from tooling.benchmark.baselines import (
    PartnerQuery,
    Samples,
    naive_baseline_run,
    sql_baseline_run,
)
from tooling.benchmark.data import benchmark_data_ensure
from tooling.benchmark.freshness import FreshnessResult, freshness_check
from tooling.benchmark.measure import Timing, timed_calls
from tooling.benchmark.server import FIRST_REQUEST_TIMEOUT, BenchmarkServer

WARM_UP = 20
BENCH_USERNAME = "bench-matching"


@dataclass(frozen=True)
class BenchmarkOptions:
    organisations: int = 100_000
    opportunities: int = 5_000
    seed: int = 0
    samples: int = 1000
    opportunity_samples: int = 500
    baseline_samples: int = 30
    http_requests: int = 300
    limit: int = 20
    regenerate: bool = False
    trace_memory: bool = False


@dataclass
class BenchmarkResults:
    options: BenchmarkOptions
    data: str = ""
    indexed_organisations: int = 0
    indexed_opportunities: int = 0
    open_opportunities: int = 0
    read_seconds: float = 0.0
    build_seconds: float = 0.0
    store_build_seconds: float = 0.0
    server_first_request_seconds: float = 0.0
    server_separate_process: bool = True
    naive_setup_seconds: float = 0.0
    index_bytes: int = 0
    rss_kept: int | None = None
    rss_peak: int | None = None
    traced_peak: int | None = None
    traced_held: int | None = None
    timings: dict[str, Timing] = field(default_factory=dict)
    compared: dict[str, int] = field(default_factory=dict)
    mismatches: list[str] = field(default_factory=list)
    query_counts: dict[str, int] = field(default_factory=dict)
    freshness: FreshnessResult | None = None
    machine: list[tuple[str, str]] = field(default_factory=list)
    load_before: str = ""
    load_after: str = ""
    started_at: datetime.datetime | None = None
    total_seconds: float = 0.0

    @property
    def max_queries(self) -> int:
        return max(self.query_counts.values(), default=0)

    @property
    def ok(self) -> bool:
        return (
            not self.mismatches
            and self.freshness is not None
            and self.freshness.ok
            and self.max_queries <= report.TARGET_QUERIES
        )


def _build(results: BenchmarkResults) -> MatchingIndex:
    gc.collect()
    measure.peak_rss_reset()
    rss_before = measure.rss_bytes()
    if results.options.trace_memory:
        tracemalloc.start()
    started = time.perf_counter()
    records = matching_records_read()
    read = time.perf_counter()
    index = MatchingIndex(records)
    built = time.perf_counter()
    results.read_seconds, results.build_seconds = read - started, built - read
    peak = measure.peak_rss_bytes()
    del records
    gc.collect()
    rss_after = measure.rss_bytes()
    if results.options.trace_memory:
        results.traced_held, results.traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    if rss_before is not None and rss_after is not None:
        results.rss_kept = rss_after - rss_before
        results.rss_peak = None if peak is None else peak - rss_before
    results.index_bytes = index.nbytes
    results.indexed_organisations = len(index.ids)
    results.indexed_opportunities = len(index.opportunities.ids)
    return index


def _samples(index: MatchingIndex, options: BenchmarkOptions, today: datetime.date) -> Samples:
    """Published GB and KR organisations, and open opportunities, drawn with the seed."""
    rng = np.random.default_rng(options.seed)
    sides = [index.country_code[code] for code in OTHER_SIDE if code in index.country_code]
    rows = np.flatnonzero(index.published & np.isin(index.country, sides))
    partner_queries = []
    for row in rng.choice(rows, size=min(options.samples, len(rows)), replace=False).tolist():
        organisation_id = int(index.ids[row])
        country = index.country_codes[index.country[row]]
        partner_queries.append(
            PartnerQuery(
                row=row,
                id=organisation_id,
                countries=frozenset(OTHER_SIDE[country]),
                circle=frozenset(organisation_circle(index, organisation_id)),
            )
        )
    open_rows = np.flatnonzero(index.opportunities.open_until >= today.toordinal())
    size = min(options.opportunity_samples, len(open_rows))
    opportunity_rows = rng.choice(open_rows, size=size, replace=False).tolist()
    return Samples(index, today, options.limit, partner_queries, opportunity_rows)


def _engine_run(results: BenchmarkResults, samples: Samples, say) -> None:
    index, today, limit = samples.index, samples.today, samples.limit

    def partners(query: PartnerQuery):
        return index.partners_of(
            query.row, limit=limit, countries=set(query.countries), exclude_ids=query.circle
        )

    def organisations(row: int):
        return index.organisations_for(row, today=today, limit=limit)

    say("Engine: warming up (the compiled kernels load or compile on first use)...")
    for query in samples.partner_queries[:WARM_UP]:
        partners(query)
    for row in samples.opportunity_rows[:WARM_UP]:
        organisations(row)
    say(
        f"Engine: {len(samples.partner_queries)} partner and "
        f"{len(samples.opportunity_rows)} opportunity queries..."
    )
    gc.collect()
    seconds, samples.partner_hits = timed_calls(
        lambda q=q: partners(q) for q in samples.partner_queries
    )
    results.timings["engine partners"] = Timing.of("engine: MatchingIndex.partners_of", seconds)
    seconds, samples.organisation_hits = timed_calls(
        lambda r=r: organisations(r) for r in samples.opportunity_rows
    )
    results.timings["engine organisations"] = Timing.of(
        "engine: MatchingIndex.organisations_for", seconds
    )


def _baselines_run(results: BenchmarkResults, samples: Samples, say) -> None:
    count = results.options.baseline_samples
    say(f"Naive scan: features of every organisation, then {count} queries of each kind...")
    naive = naive_baseline_run(samples=samples, count=count)
    results.naive_setup_seconds = naive.setup_seconds
    results.compared, results.mismatches = naive.compared, naive.mismatches
    results.timings["naive partners"] = naive.timings["partners"]
    results.timings["naive organisations"] = naive.timings["organisations"]
    say(f"SQL only: {count} queries of each kind...")
    timings = sql_baseline_run(samples=samples, count=count)
    results.timings["sql partners"] = timings["partners"]
    results.timings["sql organisations"] = timings["organisations"]


def _bench_user():
    """A signed-in user, so that the selectors also read what it dismissed."""
    return get_user_model().objects.get_or_create(username=BENCH_USERNAME)[0]


def _query_counts(results: BenchmarkResults, organisations, opportunities) -> None:
    user = _bench_user()
    for selector, argument, targets in (
        (partners_for_organisation, "organisation", organisations),
        (opportunities_for_organisation, "organisation", organisations),
        (organisations_for_opportunity, "opportunity", opportunities),
        (team_for_opportunity, "opportunity", opportunities),
    ):
        counts = []
        for target in targets[: report.QUERY_COUNT_SAMPLES]:
            with CaptureQueriesContext(connection) as queries:
                selector(**{argument: target, "user": user})
            counts.append(len(queries))
        results.query_counts[selector.__name__] = max(counts, default=0)


def _cycle(items: list, count: int) -> list:
    return [items[i % len(items)] for i in range(count)] if items else []


def _selectors_run(results: BenchmarkResults, organisations, opportunities, say) -> None:
    requests, limit = results.options.http_requests, results.options.limit
    say("Selectors: this process's index, built through the store as on a first request...")
    matching_index_reset()
    started = time.perf_counter()
    matching_index()
    results.store_build_seconds = time.perf_counter() - started
    _query_counts(results, organisations, opportunities)
    say(f"Selectors: {requests} calls each...")
    gc.collect()
    seconds, _ = timed_calls(
        lambda o=o: partners_for_organisation(organisation=o, limit=limit)
        for o in _cycle(organisations, requests)
    )
    results.timings["selector partners"] = Timing.of("selector: partners_for_organisation", seconds)
    seconds, _ = timed_calls(
        lambda o=o: organisations_for_opportunity(opportunity=o, limit=limit)
        for o in _cycle(opportunities, requests)
    )
    results.timings["selector organisations"] = Timing.of(
        "selector: organisations_for_opportunity", seconds
    )


def _http_run(results: BenchmarkResults, organisations, opportunities, say) -> None:
    requests = results.options.http_requests
    partner_paths = [
        reverse("api:organisation-partners", kwargs={"pk": o.pk}) for o in organisations
    ]
    organisation_paths = [
        reverse("api:opportunity-organisations", kwargs={"pk": o.pk}) for o in opportunities
    ]
    say("HTTP: starting a server; its first request builds its own index...")
    with BenchmarkServer() as server:
        results.server_separate_process = server.separate_process

        def get(path: str, timeout: float = 30.0):
            status, body = server.get(path, timeout=timeout)
            if status != 200:
                raise RuntimeError(f"GET {path} answered {status}: {body}")
            return body

        started = time.perf_counter()
        get(partner_paths[0], timeout=FIRST_REQUEST_TIMEOUT)
        results.server_first_request_seconds = time.perf_counter() - started
        for path in partner_paths[:WARM_UP] + organisation_paths[:WARM_UP]:
            get(path)
        say(f"HTTP: {requests} requests to each endpoint, one client...")
        seconds, _ = timed_calls(lambda p=p: get(p) for p in _cycle(partner_paths, requests))
        results.timings["http partners"] = Timing.of(
            "HTTP: GET /api/organisations/<id>/partners/", seconds
        )
        seconds, _ = timed_calls(lambda p=p: get(p) for p in _cycle(organisation_paths, requests))
        results.timings["http organisations"] = Timing.of(
            "HTTP: GET /api/opportunities/<id>/organisations/", seconds
        )
        say("Freshness: editing a profile, here and in the server process...")
        organisation = next(
            (o for o in organisations if o.offers.exists() and o.seeks.exists()), organisations[0]
        )
        results.freshness = freshness_check(
            organisation=organisation, server=server, user=_bench_user()
        )


def _in_order(model, ids: list[int]) -> list:
    found = model.objects.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def matching_benchmark_run(
    *, options: BenchmarkOptions, say: Callable[[str], None] = lambda line: None
) -> BenchmarkResults:
    """Raises RuntimeError when a stage cannot run (no organisations to sample, a server that
    does not answer); failed checks are in the results instead (results.ok)."""
    results = BenchmarkResults(options=options, started_at=timezone.now())
    started = time.perf_counter()
    results.load_before = measure.load_average()
    results.machine = measure.machine_description()
    say("Data: checking the synthetic data...")
    results.data = benchmark_data_ensure(
        organisations=options.organisations,
        opportunities=options.opportunities,
        seed=options.seed,
        regenerate=options.regenerate,
    )
    say(f"Data: {results.data}")
    say("Index: reading the records and building the index...")
    index = _build(results)
    today = timezone.localdate()
    samples = _samples(index, options, today)
    if not samples.partner_queries or not samples.opportunity_rows:
        raise RuntimeError("No published GB or KR organisation or no open opportunity to sample.")
    results.open_opportunities = int(
        np.count_nonzero(index.opportunities.open_until >= today.toordinal())
    )
    _engine_run(results, samples, say)
    _baselines_run(results, samples, say)
    organisations = _in_order(Organisation, [query.id for query in samples.partner_queries])
    opportunities = _in_order(
        Opportunity, [samples.opportunity_id(row) for row in samples.opportunity_rows]
    )
    del index, samples
    gc.collect()
    _selectors_run(results, organisations, opportunities, say)
    _http_run(results, organisations, opportunities, say)
    results.load_after = measure.load_average()
    results.total_seconds = time.perf_counter() - started
    return results
