"""Migration 0011 folds the two deletion logs into one: what the old logs held moves over,
the new triggers log (table, row id), and rolling back restores the old logs and triggers."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from matchmaking.models import Deletion
from organisations.models import Organisation, Project
from tests.factories import OrganisationFactory, ProjectFactory

BEFORE = [("matchmaking", "0010_record_deletions")]
ORGANISATIONS, PROJECTS = Organisation._meta.db_table, Project._meta.db_table

pytestmark = pytest.mark.django_db(transaction=True)


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return MigrationExecutor(connection).loader.project_state(targets).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.fixture
def old_apps():
    """The models as of 0010, on a database rolled back to it, its logs empty; forward again
    afterwards. (An earlier transactional test's flush deletes its rows; on SQLite the
    triggers log those deletions unless the log's table happened to be flushed after them.)"""
    apps = migrate(BEFORE)
    for name in ("OrganisationDeletion", "RecordDeletion"):
        apps.get_model("matchmaking", name).objects.all().delete()
    yield apps
    migrate(latest())


def test_the_old_logs_rows_move_into_the_one_log(old_apps):
    old_apps.get_model("matchmaking", "OrganisationDeletion").objects.create(organisation_id=7)
    old_apps.get_model("matchmaking", "RecordDeletion").objects.create(table=PROJECTS)
    migrate(latest())
    assert list(Deletion.objects.order_by("id").values_list("table", "row_id")) == [
        (ORGANISATIONS, 7),
        (PROJECTS, None),
    ]


def test_after_the_upgrade_a_deletion_logs_its_table_and_row(old_apps):
    migrate(latest())
    organisation, project = OrganisationFactory(), ProjectFactory()
    expected = [(ORGANISATIONS, organisation.pk), (PROJECTS, project.pk)]
    Organisation.objects.filter(pk=organisation.pk).delete()
    Project.objects.filter(pk=project.pk).delete()
    assert list(Deletion.objects.order_by("id").values_list("table", "row_id")) == expected


def test_rolling_back_restores_the_old_logs_and_their_triggers(db):
    Deletion.objects.all().delete()  # what an earlier test's flush logged (see old_apps)
    Deletion.objects.create(table=ORGANISATIONS, row_id=7)
    old_apps = migrate(BEFORE)
    try:
        old_organisations = old_apps.get_model("matchmaking", "OrganisationDeletion").objects
        assert list(old_organisations.values_list("organisation_id", flat=True)) == [7]
        organisation = OrganisationFactory()
        Organisation.objects.filter(pk=organisation.pk).delete()
        assert old_organisations.filter(organisation_id=organisation.pk).exists()
    finally:
        migrate(latest())
