import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tooling.benchmark.data import benchmark_data_ensure
from tooling.benchmark.serving import (
    FIRST_REQUEST_TARGET,
    LIST_TARGET,
    PSS_TARGET,
    SUGGESTION_TARGET,
    ServingOptions,
    serving_benchmark_run,
    serving_report,
)
from tooling.management.commands.bench_matching import non_negative_int, positive_int

DEFAULTS = ServingOptions()


class Command(BaseCommand):
    help = (
        "Benchmark the production server (gunicorn as `make serve` runs it, DEBUG off) over "
        "HTTP on the PostgreSQL database in DATABASE_URL, generating seeded synthetic data if "
        "it is not there in the asked size. Measures the p50 of the list pages, search, the "
        "dashboard and the suggestion API as ratios to the login page's p50 (targets: at most "
        f"{LIST_TARGET:g}x for pages, {SUGGESTION_TARGET:g}x for suggestions), a fresh "
        f"server's first suggestion request (under {FIRST_REQUEST_TARGET:g} s), the workers' "
        f"summed proportional memory (at most {PSS_TARGET:g}x one worker's resident memory) "
        "and a mixed load of pages, suggestions and profile edits from several clients. "
        "Prints each target with met or not met; exits non-zero if one is not met."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--organisations",
            type=non_negative_int,
            default=100_000,
            help="Synthetic organisations to measure on, generated unless the database holds "
            "this many (default 100000).",
        )
        parser.add_argument(
            "--opportunities",
            type=non_negative_int,
            default=5_000,
            help="Synthetic opportunities, likewise (default 5000).",
        )
        parser.add_argument(
            "--seed",
            type=int,
            default=DEFAULTS.seed,
            help=f"Seed of the data and of the requests' choices (default {DEFAULTS.seed}).",
        )
        parser.add_argument(
            "--workers",
            type=positive_int,
            default=DEFAULTS.workers,
            help=f"Gunicorn workers, as `make serve` starts (default {DEFAULTS.workers}).",
        )
        parser.add_argument(
            "--requests",
            type=positive_int,
            default=DEFAULTS.requests,
            help=f"Timed requests per row (default {DEFAULTS.requests}).",
        )
        parser.add_argument(
            "--load-clients",
            type=positive_int,
            default=DEFAULTS.load_clients,
            help=f"Clients sending the mixed load at once (default {DEFAULTS.load_clients}).",
        )
        parser.add_argument(
            "--load-seconds",
            type=positive_int,
            default=int(DEFAULTS.load_seconds),
            help="How long the mixed load runs, in seconds "
            f"(default {int(DEFAULTS.load_seconds)}).",
        )

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            raise CommandError(
                "The serving benchmark needs PostgreSQL (gunicorn's workers share one database "
                "with this command): set DATABASE_URL, e.g. "
                "DATABASE_URL=postgresql://app:app@127.0.0.1:5432/app_bench make bench."
            )
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            raise CommandError("The database has unapplied migrations: run `make migrate` first.")
        self._started = time.monotonic()
        self._progress(
            benchmark_data_ensure(
                organisations=options["organisations"],
                opportunities=options["opportunities"],
                seed=options["seed"],
            )
        )
        serving_options = ServingOptions(
            workers=options["workers"],
            requests=options["requests"],
            load_clients=options["load_clients"],
            load_seconds=options["load_seconds"],
            seed=options["seed"],
        )
        try:
            results = serving_benchmark_run(serving_options, self._progress)
        except RuntimeError as error:
            raise CommandError(str(error)) from None
        lines, all_met = serving_report(results, serving_options)
        self.stdout.write("\n".join(lines))
        if not all_met:
            raise CommandError("A target is not met: see NOT MET above.")

    def _progress(self, line: str) -> None:
        self.stderr.write(f"[{time.monotonic() - self._started:5.0f} s] {line}")
