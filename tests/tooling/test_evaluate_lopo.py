import numpy as np
import pytest

from matchmaking.index_store import matching_index
from organisations.models import Organisation, Project, ProjectParticipation
from tooling.evaluation.baselines import Baselines
from tooling.evaluation.cordis import cordis_read
from tooling.evaluation.lopo import LeaveOneOut
from tooling.evaluation.run import EvaluationOptions, lopo_evaluation_run, seen_data_import
from tooling.evaluation.split import leave_one_out_sample


@pytest.fixture
def data(cordis_dataset):
    return cordis_read(directory=cordis_dataset)


@pytest.fixture
def leave(data, tmp_path, db):
    """Everything of the tiny dataset imported, ready to hide one project at a time."""
    seen_data_import(seen=data, calls=[], directory=tmp_path)
    imported = set(Organisation.objects.values_list("external_id", flat=True))
    return LeaveOneOut(data=data, imported=imported, directory=tmp_path)


def app_state():
    """What the app holds, without primary keys and timestamps."""
    organisations = sorted(
        (o.external_id, o.name, o.country.code, o.kind, o.description, o.status,
         o.published_at, tuple(sorted(o.sectors.values_list("slug", flat=True))))
        for o in Organisation.objects.all()
    )  # fmt: skip
    projects = sorted(
        (p.external_id, p.title, p.year, p.programme, p.description,
         tuple(sorted(p.participants.values_list("external_id", flat=True))))
        for p in Project.objects.all()
    )  # fmt: skip
    return organisations, projects


def tie(first, second):
    index = matching_index()
    rows = [index.row_of(Organisation.objects.get(external_id=pic).id) for pic in (first, second)]
    return index.partners[rows[0], rows[1]]


def test_sample_has_call_texts_and_large_consortia_and_is_seeded(data):
    _, sampled = leave_one_out_sample(data=data, seed=0, size=2)
    assert sampled == leave_one_out_sample(data=data, seed=0, size=2)[1]
    assert all(data.projects[rcn].topic and len(data.projects[rcn].participants) >= 3
               for rcn in sampled)  # fmt: skip


def test_validation_never_sees_the_test_sample(data):
    _, test = leave_one_out_sample(data=data, seed=0, size=1)
    seen, validation = leave_one_out_sample(data=data, seed=0, size=1, validation=True)
    assert not set(test) & set(seen.projects) and not set(test) & set(validation)
    assert validation


def test_the_hidden_project_and_its_text_are_invisible_while_asked(leave):
    assert tie("300", "400") == 1  # their only project together is 13
    with leave.hidden("13") as hidden:
        assert not ProjectParticipation.objects.filter(project__external_id="13").exists()
        descriptions = " ".join(Organisation.objects.values_list("description", flat=True))
        assert "quantum radar" not in descriptions
        assert tie("300", "400") == 0 and tie("400", "500") == 0
        assert hidden.invisible == {"600"}  # 13 was its only project
        assert not Organisation.objects.published_and_current().filter(external_id="600")
    assert tie("300", "400") == 1


def test_hiding_and_putting_back_every_project_leaves_the_app_as_it_was(leave):
    before = app_state()
    for rcn in ("10", "12", "13"):
        with leave.hidden(rcn):
            assert app_state() != before
    assert app_state() == before


@pytest.fixture
def without():
    """Rows 0 and 1 worked together only in project 1, which is hidden; 0 and 2 in projects 2
    and 3; row 3 is out of the app meanwhile."""
    participations = [(1, 0), (1, 1), (2, 0), (2, 2), (3, 0), (3, 2), (4, 3)]
    baselines = Baselines(
        descriptions=["energy grid", "energy", "energy", "ocean", "grid"],
        participations=participations, seed=0, k=3,
    )  # fmt: skip
    return baselines.without_project(members=[0, 1], descriptions={0: "grid"}, invisible=[3])


def test_opportunity_baselines_without_a_project_lose_its_ties_and_count(without):
    found = without.opportunity("energy grid", generator=np.random.default_rng(0))
    assert found["popularity"] == [0, 2, 1] and 3 not in found["random"]
    assert found["common"] == [0, 2]  # 1's only tie to the seed 0 was the hidden project


def test_partner_baselines_without_a_project_lose_its_ties_and_count(without):
    found = without.partners(2, generator=np.random.default_rng(0))
    assert found["common"] == []  # 2 and 1 shared only 0, and 0-1 was the hidden project
    assert found["popularity"] == [0, 1, 4] and 2 not in found["random"]


def test_lopo_run_asks_each_call_and_participant_with_the_engine_and_four_baselines(
    cordis_dataset, tmp_path, db
):
    asked = []
    report = lopo_evaluation_run(
        dataset=cordis_dataset, directory=tmp_path, options=EvaluationOptions(protocol="lopo"),
        step=lambda message: None, asked=lambda hidden: asked.append(hidden.rcn),
    )  # fmt: skip
    assert sorted(asked) == ["10", "12", "13"]
    assert [s.queries for s in report.opportunities] == [3] * 5
    assert [s.queries for s in report.partners] == [9] * 5  # 600 had no other project
    assert Project.objects.get(external_id="13").participants.count() == 4
