import importlib

import pytest
from django.apps import apps
from django.db import connection

# A migration that rebuilds a watched table on SQLite (any new NOT NULL column) drops its
# trigger with it; the deletion log then misses that table's deletions.
ONE_LOG = importlib.import_module("matchmaking.migrations.0011_one_deletion_log")


def triggers_on(table: str) -> set[str]:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s", [table]
            )
        else:
            cursor.execute("SELECT tgname FROM pg_trigger WHERE tgrelid = %s::regclass", [table])
        return {name for (name,) in cursor.fetchall()}


@pytest.mark.parametrize(("app", "model"), ONE_LOG.WATCHED)
def test_every_watched_table_still_has_its_deletion_trigger(db, app, model):
    table = apps.get_model(app, model)._meta.db_table
    assert ONE_LOG._trigger(table) in triggers_on(table)
