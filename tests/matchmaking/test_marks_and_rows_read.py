from matchmaking.index_store import marks_and_rows_read, marks_read
from organisations.models import Organisation, Project
from tests.factories import OpportunityFactory, OrganisationFactory, ProjectFactory

TABLE = Organisation._meta.db_table


def test_reads_the_marks_and_the_other_querys_rows_in_one_query(db, django_assert_num_queries):
    first, second = OrganisationFactory(), OrganisationFactory()
    with django_assert_num_queries(1):
        marks, rows = marks_and_rows_read(f"SELECT id, name FROM {TABLE} WHERE id >= %s", [0])
    assert marks == marks_read()
    assert sorted(rows) == sorted([(first.pk, first.name), (second.pk, second.name)])


def test_no_rows_still_gives_the_marks(db):
    OrganisationFactory()
    marks, rows = marks_and_rows_read(f"SELECT id FROM {TABLE} WHERE id < %s", [0])
    assert rows == []
    assert marks == marks_read()
    assert marks.organisations is not None


def test_a_deletion_moves_the_marks(db):
    first, _second = OrganisationFactory(), OrganisationFactory()
    before = marks_read()
    first.delete()
    after = marks_read()
    assert after.deletions != before.deletions
    assert after.organisations == before.organisations


def test_deleting_an_older_project_moves_the_deletion_mark(db):
    older, _newer = ProjectFactory(), ProjectFactory()
    before = marks_read()
    Project.objects.filter(pk=older.pk).delete()
    after = marks_read()
    assert after.deletions != before.deletions
    assert (after.projects, after.participation) == (before.projects, before.participation)


def test_deleting_an_older_opportunity_moves_the_deletion_mark(db):
    older, _newer = OpportunityFactory(), OpportunityFactory()
    before = marks_read()
    older.delete()
    assert marks_read().deletions != before.deletions
