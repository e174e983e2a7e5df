from django.core.management.base import BaseCommand

from tooling.benchmark.measure import load_average
from tooling.benchmark.scale import scale_row_measure


class Command(BaseCommand):
    help = (
        "Print one row of docs/benchmarks.md's scale table for the organisations in this "
        "database (generate them with generate_synthetic first): the index's read and build "
        "time (CPU) and memory, the engine's CPU p50 and p99 (top 20 partners) and GET "
        "/organisations/'s p50, measured in this process. Columns: organisations, engine p50 "
        "ms, p99 ms, read s + build s, index MB, RSS growth MB, list page p50 ms, load average."
    )

    def add_arguments(self, parser):
        parser.add_argument("--samples", type=int, default=300, help="Engine queries (300).")

    def handle(self, *args, samples, **options):
        row = scale_row_measure(samples=samples)
        self.stdout.write(
            f"| {row.organisations:,} | {row.engine_p50_ms:.2f} | {row.engine_p99_ms:.2f} | "
            f"{row.read_seconds:.1f} + {row.build_seconds:.1f} | {row.index_bytes / 2**20:.0f} | "
            f"{row.rss_growth_bytes / 2**20:.0f} | {row.list_p50_ms:.0f} | {load_average()} |"
        )
