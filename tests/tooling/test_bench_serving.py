import os

import pytest
from django.core.management import BaseCommand, CommandError, call_command
from django.db import connection

from tooling.benchmark.serving import Row, ServingOptions, ServingResults, memory_kb, serving_report
from tooling.management.commands import bench_serving

OPTIONS = [
    "organisations",
    "opportunities",
    "seed",
    "workers",
    "requests",
    "load_clients",
    "load_seconds",
]


@pytest.fixture
def results():
    """A run where everything but the suggestion API met its target."""
    login = Row("login page", "/accounts/login/", timings=[0.010] * 3, statuses={200})
    return ServingResults(
        first_request_seconds=0.2,
        first_request_status=200,
        login=login,
        rows=[
            Row("/organisations/", "/organisations/", [0.02] * 3, {200}, target=3.0),
            Row("suggestion API", "/api/...", [0.03] * 3, {200}, target=2.0),
        ],
        master_pid=1,
        pss_kb={1: 100, 2: 100},
        rss_kb={1: 300, 2: 300},
        load={"page": Row("page", "page", [0.02, 0.04], {200})},
    )


@pytest.mark.skipif(connection.vendor == "postgresql", reason="on PostgreSQL it would run")
def test_refuses_sqlite_and_says_what_it_needs(db):
    with pytest.raises(CommandError, match="DATABASE_URL"):
        call_command("bench_serving")


def test_report_gives_each_row_as_a_ratio_to_the_login_page(results):
    lines, _ = serving_report(results, ServingOptions())
    assert any("| /organisations/ | 20.0 | 2.00x | <= 3x | met |" in line for line in lines)
    assert any("| suggestion API | 30.0 | 3.00x | <= 2x | NOT MET |" in line for line in lines)


def test_report_is_not_all_met_when_a_row_misses(results):
    _, all_met = serving_report(results, ServingOptions())
    assert all_met is False


def test_memory_is_read_from_smaps_rollup():
    pss, rss = memory_kb(os.getpid())
    assert 0 < pss <= rss


def test_the_help_says_what_is_measured_and_explains_every_option():
    parser = BaseCommand.create_parser(bench_serving.Command(), "manage.py", "bench_serving")
    ours = [action for action in parser._actions if action.dest in OPTIONS]
    assert len(ours) == len(OPTIONS) and all(action.help for action in ours)
    assert "issue" not in parser.description and "first suggestion request" in parser.description
