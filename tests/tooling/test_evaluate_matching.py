import math
import subprocess

import numpy as np
import pytest
from django.core.management import CommandError, call_command

from opportunities.models import Opportunity
from organisations.models import Organisation, Project
from tooling.evaluation.baselines import Baselines, top_rows
from tooling.evaluation.cordis import CordisData, CordisProject, cordis_read
from tooling.evaluation.import_files import import_files_write, organisation_rows
from tooling.evaluation.metrics import ndcg_at_k, recall_at_k
from tooling.evaluation.run import EvaluationOptions, evaluation_data_import, evaluation_run
from tooling.evaluation.scratch import evaluation_subprocess_run
from tooling.evaluation.split import hold_out_split, queries_sample


@pytest.fixture
def split(cordis_dataset):
    return hold_out_split(data=cordis_read(directory=cordis_dataset))


def project(rcn, start_date, *participants):
    return CordisProject(
        rcn=rcn, start_date=start_date, title="", programme_parts=(), text="", topic="",
        participants=participants,
    )  # fmt: skip


def test_recall_counts_hits_out_of_what_k_suggestions_can_find():
    assert recall_at_k(["a", "b", "c"], {"b", "c", "x", "y"}, k=2) == 0.5
    assert recall_at_k(["a", "b"], {"b"}, k=10) == 1.0
    assert recall_at_k(["a"], set(), k=10) == 0.0


def test_ndcg_discounts_later_hits_against_a_perfect_list():
    expected = (1 / math.log2(3) + 1 / math.log2(4)) / (1 + 1 / math.log2(3))
    assert ndcg_at_k(["a", "b", "c"], {"b", "c"}, k=3) == pytest.approx(expected)
    assert ndcg_at_k(["b", "c", "a"], {"b", "c"}, k=3) == pytest.approx(1.0)
    assert ndcg_at_k(["a", "b"], {"b"}, k=1) == 0.0


def test_reading_keeps_na_as_namibia_and_joins_participants(cordis_dataset):
    data = cordis_read(directory=cordis_dataset)
    assert data.organisations["400"].country == "NA"
    assert data.projects["13"].participants == ("300", "400", "500", "600")
    assert data.projects["12"].topic == "Energy Smart grids"


def test_holds_out_each_eligible_organisations_latest_project(split):
    assert set(split.held_out) == {"12", "13"}
    assert set(split.seen.projects) == {"10", "11"}
    assert [(q.pic, q.rcn) for q in split.partner_queries] == [
        ("100", "12"), ("200", "12"), ("300", "13"), ("400", "13"),
    ]  # fmt: skip
    assert split.partner_queries[2].truth == {"400", "500", "600"}
    assert split.cold_start == 1  # 500 took part only in held-out projects


def test_small_consortia_and_single_projects_are_not_held_out():
    data = CordisData(projects={"1": project("1", "2015-01-01", "a", "b", "c"),
                                "2": project("2", "2016-01-01", "a", "b")})  # fmt: skip
    assert hold_out_split(data=data).held_out == {}


def test_same_start_date_falls_back_to_the_higher_rcn():
    data = CordisData(projects={"9": project("9", "2020-01-01", "a", "b", "c"),
                                "10": project("10", "2020-01-01", "a", "d", "e")})  # fmt: skip
    assert set(hold_out_split(data=data).held_out) == {"10"}


def test_sample_is_seeded_and_keeps_order():
    assert queries_sample(list(range(10)), size=3, seed=1) == queries_sample(
        list(range(10)), size=3, seed=1
    )
    assert queries_sample([3, 1, 2], size=None, seed=0) == [3, 1, 2]


def test_organisation_rows_map_countries_kinds_and_missing_names(split):
    rows = {row["external_id"]: row for row in organisation_rows(split.seen)}
    assert (rows["100"]["country"], rows["300"]["country"], rows["400"]["country"]) == (
        "GB", "GR", "NA",
    )  # fmt: skip
    assert (rows["200"]["name"], rows["200"]["kind"]) == ("Organisation 200", "sme")
    assert rows["200"]["sectors"] == "h2020-sc3;h2020-sc5"


def test_held_out_projects_are_invisible_to_the_app(split, tmp_path, db):
    calls = list(split.held_out.values())
    evaluation_data_import(split=split, calls=calls, directory=tmp_path)
    assert set(Project.objects.values_list("external_id", flat=True)) == {"10", "11"}
    descriptions = " ".join(Organisation.objects.values_list("description", flat=True))
    assert "flywheels" not in descriptions and "radar" not in descriptions
    assert Opportunity.objects.open().count() == 2


def test_kosovo_is_kept_as_xk(cordis_dataset, tmp_path):
    data = cordis_read(directory=cordis_dataset)
    files = import_files_write(seen=data, calls=[], directory=tmp_path)
    assert files.skipped_organisations == 0
    assert any(line.startswith("600,") for line in files.organisations.read_text().splitlines())


def test_top_rows_breaks_ties_by_the_lower_row_and_can_skip_zeros():
    assert top_rows(np.array([1.0, 3.0, 3.0, 0.0]), k=2) == [1, 2]
    assert top_rows(np.array([1.0, 3.0, 3.0, 0.0]), k=2, exclude=1) == [2, 0]
    assert top_rows(np.array([0.0, 2.0, 0.0]), k=3, positive_only=True) == [1]


def test_common_partners_baseline_ranks_by_shared_past_partners():
    # Row 0 worked with 1 and 2; row 3 also worked with both, row 4 with one of them.
    participations = [(1, 0), (1, 1), (2, 0), (2, 2), (3, 3), (3, 1), (5, 3), (5, 2)]
    participations += [(4, 4), (4, 1)]
    baselines = Baselines(descriptions=["energy"] * 5, participations=participations, seed=0, k=2)
    assert baselines.partners_common([0]) == [[3, 4]]


def test_refuses_a_folder_without_the_cordis_files(tmp_path):
    with pytest.raises(CommandError, match="not a CORDIS dataset folder"):
        call_command("evaluate_matching", str(tmp_path))


def test_never_writes_to_a_database_other_than_its_scratch_one(cordis_dataset, tmp_path, db):
    with pytest.raises(CommandError, match="does not match the configured database"):
        call_command(
            "evaluate_matching", str(cordis_dataset), scratch_database=str(tmp_path / "x.db")
        )


def test_run_scores_the_engine_and_four_baselines_on_both_tasks(cordis_dataset, tmp_path, db):
    options = EvaluationOptions(partner_queries=None, opportunity_queries=None)
    report = evaluation_run(
        dataset=cordis_dataset, directory=tmp_path, options=options, say=lambda message: None
    )
    assert [score.method for score in report.partners][:2] == ["engine", "random"]
    assert len(report.partners) == len(report.opportunities) == 5
    assert {score.queries for score in report.partners} == {4}
    assert {score.queries for score in report.opportunities} == {2}


def test_the_child_process_gets_a_new_sqlite_file_as_its_database(monkeypatch, tmp_path):
    calls = []

    def run(command, env, check):
        calls.append((command, env))
        return subprocess.CompletedProcess(command, 3)

    monkeypatch.setattr(subprocess, "run", run)
    assert evaluation_subprocess_run(arguments=["data"], directory=tmp_path) == 3
    command, environment = calls[0]
    assert environment["DATABASE_URL"] == f"sqlite:///{tmp_path / 'evaluation.sqlite3'}"
    assert command[-2:] == ["--scratch-database", str(tmp_path / "evaluation.sqlite3")]


def test_paired_bootstrap_sees_a_consistent_gain_and_not_noise():
    from tooling.evaluation.metrics import paired_difference

    better = [0.5, 0.6, 0.4, 0.7] * 25
    worse = [value - 0.1 for value in better]
    mean, low, high = paired_difference(better, worse)
    assert mean == pytest.approx(0.1) and low > 0
    assert paired_difference([1.0, 0.0] * 50, [0.0, 1.0] * 50)[1] < 0


def test_targets_say_which_are_met():
    from tooling.evaluation.metrics import Score
    from tooling.evaluation.run import EvaluationReport

    def score(method, recall, ndcg):
        return Score(method, recall, ndcg, 4, recalls=(recall,) * 4, ndcgs=(ndcg,) * 4)

    report = EvaluationReport(
        k=10,
        partners=[score("engine", 0.2, 0.2), score("common past partners", 0.16, 0.16)],
        opportunities=[score("engine", 0.09, 0.13), score("popularity", 0.05, 0.05)],
    )
    targets = report.targets()
    assert [target.met for target in targets] == [True, True, True, True, True, False, True]
    assert targets[5].description == "opportunities: recall@10 at least 0.1"


def test_random_protocol_holds_out_a_seeded_project_with_a_large_consortium(cordis_dataset):
    data = cordis_read(directory=cordis_dataset)
    splits = [hold_out_split(data=data, protocol="random", seed=seed) for seed in (0, 0, 1)]
    assert splits[0].held_out.keys() == splits[1].held_out.keys()
    for split in splits:
        assert all(len(p.participants) >= 3 for p in split.held_out.values())
        assert not set(split.held_out) & set(split.seen.projects)


def test_each_protocol_runs_in_its_own_child_process(cordis_dataset, monkeypatch):
    import tooling.management.commands.evaluate_matching as command

    calls = []
    monkeypatch.setattr(
        command, "evaluation_subprocess_run",
        lambda *, arguments, directory: calls.append(arguments[-3:]) or 0,
    )  # fmt: skip
    call_command("evaluate_matching", str(cordis_dataset), protocols="latest,random:4")
    assert calls == [["latest", "--protocol-seed", "0"], ["random", "--protocol-seed", "4"]]
    with pytest.raises(CommandError, match="Unknown hold-out protocol"):
        call_command("evaluate_matching", str(cordis_dataset), protocols="newest")


def test_projects_protocol_hides_only_the_sampled_projects(cordis_dataset):
    data = cordis_read(directory=cordis_dataset)
    split = hold_out_split(data=data, protocol="projects", seed=0)
    assert split.held_out and set(split.held_out) | set(split.seen.projects) == set(data.projects)
    assert all(len(p.participants) >= 3 and p.topic for p in split.held_out.values())
    assert {q.rcn for q in split.opportunity_queries} == set(split.held_out)
