"""The benchmark's data: the seeded synthetic organisations and opportunities."""

from django.db import connection

from opportunities.models import Opportunity
from organisations.models import Organisation, Origin
from tooling.synthetic import synthetic_data_generate


def synthetic_counts() -> tuple[int, int]:
    return (
        Organisation.objects.filter(origin=Origin.SYNTHETIC).count(),
        Opportunity.objects.filter(origin=Origin.SYNTHETIC).count(),
    )


def benchmark_data_ensure(
    *, organisations: int, opportunities: int, seed: int, regenerate: bool = False
) -> str:
    """Reuses synthetic data of the asked size (generating takes minutes at 100,000); otherwise
    replaces all synthetic data (and nothing else). Returns what it did, for the report. The
    seed of reused data is not recorded anywhere, so --regenerate forces a fresh draw."""
    if not regenerate and synthetic_counts() == (organisations, opportunities):
        done = (
            f"reused the existing synthetic data ({organisations} organisations, "
            f"{opportunities} opportunities; its seed is not checked: --regenerate to redraw)"
        )
    else:
        counts = synthetic_data_generate(
            organisations=organisations, opportunities=opportunities, seed=seed, clear=True
        )
        done = f"generated with seed {seed}: {counts}"
    return done + database_settled()


def database_settled() -> str:
    """Timings should be of the steady state autovacuum reaches, not of the minutes after a bulk
    write or a migration that fills a table: until a table is vacuumed its index-only reads
    visit the rows (the search's name words), and until it is analysed plans are guesses."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return ""
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE)")
    return "; vacuumed and analysed"
