from io import StringIO

import pytest
from django.core.management import CommandError, call_command

TINY = ("--participants", "30", "--meetings", "60", "--slots", "4", "--tables", "5")


def test_prints_both_methods_and_the_bound():
    output = StringIO()
    call_command("bench_scheduling", *TINY, "--time-limit", "5", stdout=output)
    text = output.getvalue()
    assert "greedy first-come" in text and "CP-SAT" in text and "LP relaxation" in text
    assert "Targets met" in text


def test_a_missed_target_fails_the_run():
    with pytest.raises(CommandError, match="took"):
        call_command("bench_scheduling", *TINY, "--max-seconds", "0", stdout=StringIO())
