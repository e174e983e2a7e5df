from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from tooling.benchmark.report import speed_section_replace

TINY = (
    "--allow-sqlite", "--organisations", "300", "--opportunities", "30", "--samples", "20",
    "--opportunity-samples", "10", "--baseline-samples", "5", "--http-requests", "5",
)  # fmt: skip


@pytest.fixture
def bench_output(transactional_db):
    """A whole run at a tiny size. Committed data, because the HTTP server that answers it
    runs in another process (or, for a database in memory, another thread)."""
    output = StringIO()
    call_command("bench_matching", *TINY, stdout=output, stderr=StringIO())
    return output.getvalue()


def test_prints_the_table_checks_and_freshness(bench_output):
    assert "p50 ms" in bench_output and "p50/engine" in bench_output
    for method in ("engine:", "selector:", "HTTP:", "naive scan:", "SQL only:"):
        assert bench_output.count(method) >= 2
    assert "Correctness: OK" in bench_output
    assert "- OK" in bench_output.split("Freshness:")[1]


def test_refuses_sqlite_unless_allowed(db):
    if connection.vendor != "sqlite":
        pytest.skip("the refusal is for SQLite")
    with pytest.raises(CommandError, match="--allow-sqlite"):
        call_command("bench_matching", "--organisations", "10", stdout=StringIO())


def test_speed_section_is_replaced_and_other_sections_kept():
    document = "# Benchmarks\n\n## Speed\n\nold\n\n## Match quality\n\n```\n## not a heading\n```\n"
    updated = speed_section_replace(document, "new table")
    assert "old" not in updated and "## Speed\n\nnew table\n" in updated
    assert updated.endswith("## Match quality\n\n```\n## not a heading\n```\n")


def test_speed_section_is_added_when_missing():
    updated = speed_section_replace("# Benchmarks\n\n## Match quality\n\nrecall\n", "new table")
    assert updated == "# Benchmarks\n\n## Match quality\n\nrecall\n\n## Speed\n\nnew table\n"
