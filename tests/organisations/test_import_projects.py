import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from organisations.imports import ImportFileError, projects_import
from organisations.models import Project
from tests.factories import OrganisationFactory

HEADER = "external_id,title,year,programme,participants,description"
TWINS = "p-1,Twin cities,2021,Bilateral call,gb-1;kr-1,Digital twins of two cities"
LIDAR = "p-2,Lidar for ports,2019,,kr-1,"


def import_projects(path):
    call_command("import_projects", str(path))


@pytest.fixture
def participants(db):
    return [
        OrganisationFactory(name="Bayes Ltd", external_id="gb-1"),
        OrganisationFactory(name="Hanbit Co", country="KR", external_id="kr-1"),
    ]


def test_imports_projects_with_their_participants(write_csv, participants):
    import_projects(write_csv(HEADER, TWINS, LIDAR))
    twins = Project.objects.get(external_id="p-1")
    assert (twins.title, twins.year, twins.programme) == ("Twin cities", 2021, "Bilateral call")
    assert set(twins.participants.all()) == set(participants)
    assert Project.objects.get(external_id="p-2").year == 2019


def test_reimport_updates_and_sets_exactly_the_listed_participants(write_csv, participants):
    import_projects(write_csv(HEADER, TWINS))
    import_projects(write_csv(HEADER, TWINS.replace("2021", "2022").replace("gb-1;", "")))
    twins = Project.objects.get()
    assert twins.year == 2022
    assert [organisation.external_id for organisation in twins.participants.all()] == ["kr-1"]


def test_bad_rows_write_nothing_and_are_all_listed(write_csv, participants):
    unknown = TWINS.replace("p-1", "p-3").replace("gb-1", "gb-404")
    bad_year = LIDAR.replace("2019", "last year")
    with pytest.raises(CommandError) as error:
        import_projects(write_csv(HEADER, TWINS, unknown, bad_year))
    assert "line 3: unknown participant organisations: gb-404" in str(error.value)
    assert "line 4: year 'last year' is not a whole number" in str(error.value)
    assert Project.objects.count() == 0


def test_utf8_bom_is_accepted(write_csv, participants):
    import_projects(write_csv(HEADER, LIDAR, encoding="utf-8-sig"))
    assert Project.objects.get().external_id == "p-2"


def test_bad_header_names_the_unknown_column(write_csv, db):
    with pytest.raises(CommandError, match="unknown column: status"):
        import_projects(write_csv(f"{HEADER},status", f"{LIDAR},published"))


def test_unknown_participants_and_a_bad_year_are_reported_in_korean(write_csv, participants):
    bad_year = LIDAR.replace("2019", "1066")
    path = write_csv(HEADER, TWINS.replace("gb-1", "gb-404"), bad_year)
    with translation.override("ko"), pytest.raises(ImportFileError) as raised:
        projects_import(path=path)
    assert [error.reasons for error in raised.value.row_errors] == [
        ("알 수 없는 참여 기관: gb-404",),
        ("year 열의 값 1066이(가) 1900~2100 범위를 벗어났습니다",),
    ]
