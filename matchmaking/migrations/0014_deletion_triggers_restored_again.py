"""The deletion log's triggers again, on SQLite, after organisations 0015.

Adding Organisation.city_ko rebuilt the organisations table on SQLite (see 0013: SQLite cannot
add a NOT NULL column in place), and its deletion trigger went with it, so a deleted
organisation would no longer reach the deletion log and the matching index would keep
suggesting it. This puts 0011's triggers back, as 0013 did. The organisations table has no
other trigger on SQLite (organisations 0014's name-word triggers are PostgreSQL's only), and
PostgreSQL adds columns in place and keeps its triggers: nothing to do there."""

import importlib

from django.db import migrations

RESTORED = importlib.import_module("matchmaking.migrations.0013_deletion_triggers_restored")


class Migration(migrations.Migration):
    dependencies = [
        ("matchmaking", "0013_deletion_triggers_restored"),
        ("organisations", "0015_korean_city"),
    ]

    operations = [migrations.RunPython(RESTORED.triggers_restore, migrations.RunPython.noop)]
