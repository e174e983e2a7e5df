"""The deletion log's triggers again, on SQLite, after opportunities 0013.

SQLite cannot add a NOT NULL column in place: Django rebuilds the table (a new table, the rows
copied, the old one dropped), and a trigger goes with the table it was on. Adding
Opportunity.city_ko did that, so deleting an opportunity stopped reaching the deletion log and
the matching index kept suggesting a deleted call. This puts 0011's triggers back (dropped
first where they survived). PostgreSQL adds columns in place and keeps its triggers: nothing
to do there. A later column on a watched table (0011's WATCHED) needs the same step;
tests/matchmaking/test_deletion_triggers.py fails until it has it."""

import importlib

from django.db import migrations

ONE_LOG = importlib.import_module("matchmaking.migrations.0011_one_deletion_log")


def triggers_restore(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        ONE_LOG.triggers_drop(apps, schema_editor)
        ONE_LOG.triggers_create(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("matchmaking", "0012_marks_function"),
        ("opportunities", "0013_korean_city"),
    ]

    operations = [migrations.RunPython(triggers_restore, migrations.RunPython.noop)]
