"""PostgreSQL only: the matching index's freshness marks (matchmaking.index_store) as a
PL/pgSQL function. Every request that reads the index reads the marks; as a plain statement
PostgreSQL planned its nine subqueries on every request (0.3-0.4 ms, more than running them),
while a function's statement is planned once per connection and its plan kept. The function
must name the same marks, in the same order, as index_store._marks_sql (a test compares them)."""

from django.db import migrations

FUNCTION = "matchmaking_marks"

# (model, column, aggregate's type) in index_store's order.
MARKS = (
    ("organisations", "Organisation", "updated_at", "timestamptz"),
    ("opportunities", "Opportunity", "updated_at", "timestamptz"),
    ("organisations", "Project", "updated_at", "timestamptz"),
    ("organisations", "ProjectParticipation", "id", "bigint"),
    ("organisations", "Capability", "id", "bigint"),
    ("organisations", "Sector", "id", "bigint"),
    ("matchmaking", "MatchingModel", "id", "bigint"),
    ("matchmaking", "Deletion", "id", "bigint"),
)


def function_create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    columns, selects = [], []
    for number, (app, model, column, kind) in enumerate(MARKS):
        table = apps.get_model(app, model)._meta.db_table
        columns.append(f"mark_{number} {kind}")
        selects.append(f"(SELECT MAX({column}) FROM {table})::{kind}")
    schema_editor.execute(
        f"CREATE FUNCTION {FUNCTION}() RETURNS TABLE ({', '.join(columns)}) "
        f"LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN QUERY SELECT {', '.join(selects)}; END $$"
    )


def function_drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")


class Migration(migrations.Migration):
    dependencies = [
        ("matchmaking", "0011_one_deletion_log"),
    ]

    operations = [migrations.RunPython(function_create, function_drop)]
