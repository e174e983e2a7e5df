"""One row of docs/benchmarks.md's scale table, for the organisations in this database: the
index's read and build time and memory, the engine's p50 and the list page's p50, in this
process (no server), so that rows at different sizes compare like with like. The build and the
engine are timed in CPU time, which a machine shared with other work disturbs far less than
wall-clock time; reading (the database works too) and the list page are wall-clock."""

import gc
import random
import statistics
import time
from dataclasses import dataclass

from django.test import Client

from matchmaking.engine.index import MatchingIndex
from matchmaking.index_store import matching_records_read
from tooling.benchmark.measure import rss_bytes
from tooling.benchmark.run import OTHER_SIDE


@dataclass(frozen=True)
class ScaleRow:
    organisations: int
    read_seconds: float
    build_seconds: float
    index_bytes: int
    rss_growth_bytes: int
    engine_p50_ms: float
    engine_p99_ms: float
    list_p50_ms: float


def _median_ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000


def scale_row_measure(*, samples: int = 300, list_requests: int = 30, seed: int = 0) -> ScaleRow:
    gc.collect()
    before = rss_bytes() or 0
    started = time.perf_counter()
    records = matching_records_read()
    read = time.perf_counter() - started
    started = time.process_time()
    index = MatchingIndex(records)
    build = time.process_time() - started
    del records
    gc.collect()
    growth = (rss_bytes() or 0) - before
    rows = random.Random(seed).sample(range(len(index.ids)), min(samples, len(index.ids)))
    timings = []
    warm_up = rows[:20]
    for number, row in enumerate([*warm_up, *rows]):
        country = index.country_codes[index.country[row]]
        other = OTHER_SIDE.get(country)
        started = time.process_time()
        index.partners_of(row, limit=20, countries=set(other) if other else None)
        if number >= len(warm_up):
            timings.append(time.process_time() - started)
    client = Client()
    pages = []
    for number in range(5 + list_requests):
        started = time.perf_counter()
        client.get("/organisations/")
        if number >= 5:
            pages.append(time.perf_counter() - started)
    ordered = sorted(timings)
    return ScaleRow(
        organisations=len(index.ids),
        read_seconds=read,
        build_seconds=build,
        index_bytes=index.nbytes,
        rss_growth_bytes=growth,
        engine_p50_ms=_median_ms(timings),
        engine_p99_ms=ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] * 1000,
        list_p50_ms=_median_ms(pages),
    )
