import pytest
from django.core.management import call_command

from tooling.evaluation.metrics import Score
from tooling.evaluation.run import EvaluationReport
from tooling.evaluation.summary import (
    protocol_summary,
    summary_read,
    summary_table,
    summary_write,
)


def score(method, recall, ndcg):
    return Score(method, recall, ndcg, 4, recalls=(recall,) * 4, ndcgs=(ndcg,) * 4)


@pytest.fixture
def report():
    return EvaluationReport(
        k=10,
        partners=[score("engine", 0.2, 0.2), score("common past partners", 0.16, 0.18)],
        opportunities=[score("engine", 0.09, 0.13), score("popularity", 0.05, 0.06)],
    )


def test_summary_names_each_tasks_best_baseline_and_the_ratio(report):
    summary = protocol_summary(report=report, label="random:1")
    assert summary["tasks"]["partners"]["ndcg"]["best"]["method"] == "common past partners"
    assert summary["recall_over_common"] == pytest.approx(1.25)


def test_summary_table_lists_the_missed_targets_per_protocol(report):
    table = summary_table([protocol_summary(report=report, label="latest")])
    assert "| latest | partners | 0.200 (0.200-0.200) | 0.160 common past partners |" in table
    assert "targets NOT MET:\n- latest: opportunities: recall@10 at least 0.1 (0.0900)" in table


def test_summary_survives_the_trip_through_its_file(report, tmp_path):
    summary = protocol_summary(report=report, label="projects:0")
    summary_write(summary=summary, directory=tmp_path)
    assert summary_read(directory=tmp_path) == summary


def test_the_command_ends_with_the_summary_of_every_protocol(
    report, cordis_dataset, monkeypatch, capsys
):
    import tooling.management.commands.evaluate_matching as command

    def child(*, arguments, directory):
        label = arguments[-3] + ":" + arguments[-1]
        summary_write(summary=protocol_summary(report=report, label=label), directory=directory)
        return 0

    monkeypatch.setattr(command, "evaluation_subprocess_run", child)
    call_command("evaluate_matching", str(cordis_dataset), protocols="latest,random:4")
    output = capsys.readouterr().out
    assert "=== Summary over the protocols (test splits) ===" in output
    assert "| latest:0 | opportunities |" in output and "| random:4 | partners |" in output


def test_summary_table_gives_the_ratio_with_its_interval(report):
    table = summary_table([protocol_summary(report=report, label="lopo:0")])
    assert "| 1.25x (1.25-1.25) |" in table


def test_a_floor_just_missed_does_not_read_as_met(report):
    report.opportunities[0] = score("engine", 0.0998, 0.13)
    table = summary_table([protocol_summary(report=report, label="latest")])
    assert "recall@10 at least 0.1 (0.0998)" in table


def test_summary_and_targets_share_one_resampled_ratio_interval(report, monkeypatch):
    import tooling.evaluation.run as run

    calls = []
    monkeypatch.setattr(run, "ratio_interval", lambda *a: calls.append(a) or (1.1, 1.4))
    summary = protocol_summary(report=report, label="latest")
    assert len(calls) == 1 and summary["recall_over_common_interval"] == [1.1, 1.4]
    assert any("1.10x to 1.40x" in detail for _, _, detail in summary["targets"])


def test_summary_has_no_ratio_when_common_past_partners_find_nothing():
    partners = [score("engine", 0.2, 0.2), score("common past partners", 0.0, 0.0)]
    summary = protocol_summary(report=EvaluationReport(k=10, partners=partners), label="x")
    assert summary["recall_over_common"] is None
