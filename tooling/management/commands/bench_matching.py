import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tooling.benchmark.report import benchmark_report, benchmarks_doc_write
from tooling.benchmark.run import BenchmarkOptions, matching_benchmark_run

DEFAULTS = BenchmarkOptions()


class Command(BaseCommand):
    help = (
        "Benchmark the matching engine at scale on the database in DATABASE_URL (PostgreSQL): "
        "generate seeded synthetic data if it is not there in the asked size, build the index, "
        "time the engine, a naive scan, SQL only, the selectors and the HTTP endpoint, count "
        "queries, check the engine's top 20 against the naive scan and that an edit shows at "
        "once, and print one report. Exits non-zero if a check fails. Run `make bench`."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--organisations",
            type=non_negative_int,
            default=DEFAULTS.organisations,
            help=f"Synthetic organisations (default {DEFAULTS.organisations}).",
        )
        parser.add_argument(
            "--opportunities",
            type=non_negative_int,
            default=DEFAULTS.opportunities,
            help=f"Synthetic opportunities (default {DEFAULTS.opportunities}).",
        )
        parser.add_argument(
            "--seed",
            type=int,
            default=DEFAULTS.seed,
            help=f"Seed of the data and of the samples (default {DEFAULTS.seed}).",
        )
        parser.add_argument(
            "--samples",
            type=positive_int,
            default=DEFAULTS.samples,
            help="Organisations to time the engine's partner queries on "
            f"(default {DEFAULTS.samples}).",
        )
        parser.add_argument(
            "--opportunity-samples",
            type=positive_int,
            default=DEFAULTS.opportunity_samples,
            help="Open opportunities to time the engine on "
            f"(default {DEFAULTS.opportunity_samples}).",
        )
        parser.add_argument(
            "--baseline-samples",
            type=positive_int,
            default=DEFAULTS.baseline_samples,
            help="Queries of each kind for the slow naive and SQL baselines, "
            f"also checked for equal results (default {DEFAULTS.baseline_samples}).",
        )
        parser.add_argument(
            "--http-requests",
            type=positive_int,
            default=DEFAULTS.http_requests,
            help=f"Requests per endpoint and per selector (default {DEFAULTS.http_requests}).",
        )
        parser.add_argument(
            "--regenerate",
            action="store_true",
            help="Replace the synthetic data even if it has the asked size.",
        )
        parser.add_argument(
            "--trace-memory",
            action="store_true",
            help="Also report tracemalloc's peak during the build (slows it).",
        )
        parser.add_argument(
            "--allow-sqlite",
            action="store_true",
            help="Run on SQLite anyway, for a quick smoke run at a small size.",
        )
        parser.add_argument(
            "--write-docs",
            action="store_true",
            help="Write the report into the Speed section of the docs file.",
        )
        parser.add_argument(
            "--docs-path",
            default=str(settings.BASE_DIR / "docs" / "benchmarks.md"),
            help="The docs file for --write-docs (default docs/benchmarks.md).",
        )

    def handle(self, *args, **options):
        if connection.vendor == "sqlite" and not options["allow_sqlite"]:
            raise CommandError(
                "The benchmark's numbers are for PostgreSQL: set DATABASE_URL, e.g. "
                "DATABASE_URL=postgresql://app:app@127.0.0.1:5432/app_bench, and run "
                "`python manage.py migrate` on it first. For a quick smoke run on SQLite at a "
                "small size, add --allow-sqlite."
            )
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            raise CommandError(
                "The database has unapplied migrations: run `python manage.py migrate` on it "
                "first (with the same DATABASE_URL)."
            )
        benchmark_options = BenchmarkOptions(
            organisations=options["organisations"],
            opportunities=options["opportunities"],
            seed=options["seed"],
            samples=options["samples"],
            opportunity_samples=options["opportunity_samples"],
            baseline_samples=options["baseline_samples"],
            http_requests=options["http_requests"],
            regenerate=options["regenerate"],
            trace_memory=options["trace_memory"],
        )
        self._started = time.monotonic()
        try:
            results = matching_benchmark_run(options=benchmark_options, say=self._progress)
        except RuntimeError as error:
            raise CommandError(str(error)) from None
        printed = benchmark_report(results)
        self.stdout.write("\n" + printed)
        if options["write_docs"]:
            benchmarks_doc_write(path=Path(options["docs_path"]), report=printed)
            self.stdout.write(f"Wrote the report into {options['docs_path']} (Speed section).")
        if not results.ok:
            raise CommandError("A check failed: see Correctness, queries and Freshness above.")

    def _progress(self, line: str) -> None:
        """Progress goes to stderr, with the seconds elapsed, so stdout is just the report."""
        self.stderr.write(f"[{time.monotonic() - self._started:5.0f} s] {line}")


def non_negative_int(value: str) -> int:
    number = int(value)
    if number < 0:
        raise ValueError(value)
    return number


def positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise ValueError(value)
    return number
