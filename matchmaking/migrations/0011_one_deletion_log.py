"""One deletion log, (table, row id), in place of 0009's organisation deletions and 0010's
record deletions: the rows move over (the organisations' with their ids, the others' without,
as 0010 kept none), one trigger function per database replaces both, and the old tables go.
Reversible: the rows move back and the old triggers return."""

import importlib

from django.db import migrations, models

FUNCTION = "matchmaking_row_deleted"
# The models whose deletions the matching index must see: (app label, model name).
WATCHED = (
    ("organisations", "Organisation"),
    ("organisations", "Project"),
    ("organisations", "ProjectParticipation"),
    ("opportunities", "Opportunity"),
    ("organisations", "Capability"),
    ("organisations", "Sector"),
)
# The migrations whose triggers this one replaces (and restores when reversed).
OLD = (
    importlib.import_module("matchmaking.migrations.0009_organisation_deletions"),
    importlib.import_module("matchmaking.migrations.0010_record_deletions"),
)


def _tables(apps) -> tuple[list[str], str]:
    watched = [apps.get_model(app, model)._meta.db_table for app, model in WATCHED]
    return watched, apps.get_model("matchmaking", "Deletion")._meta.db_table


def _trigger(table: str) -> str:
    return f"{FUNCTION}_{table}"[:63]


def triggers_create(apps, schema_editor):
    """Logs the table and id of each deleted row, however it is deleted (see Deletion)."""
    watched, log = _tables(apps)
    postgresql = schema_editor.connection.vendor == "postgresql"
    if postgresql:
        schema_editor.execute(
            f"CREATE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f'INSERT INTO {log} ("table", row_id) VALUES (TG_TABLE_NAME, OLD.id); '
            "RETURN OLD; END $$"
        )
    for table in watched:
        if postgresql:
            schema_editor.execute(
                f"CREATE TRIGGER {_trigger(table)} AFTER DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {FUNCTION}()"
            )
        else:
            schema_editor.execute(
                f"CREATE TRIGGER {_trigger(table)} AFTER DELETE ON {table} FOR EACH ROW BEGIN "
                f"INSERT INTO {log} (\"table\", row_id) VALUES ('{table}', OLD.id); END"
            )


def triggers_drop(apps, schema_editor):
    watched, _log = _tables(apps)
    postgresql = schema_editor.connection.vendor == "postgresql"
    for table in watched:
        schema_editor.execute(
            f"DROP TRIGGER IF EXISTS {_trigger(table)}" + (f" ON {table}" if postgresql else "")
        )
    if postgresql:
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")


def forwards(apps, schema_editor):
    for old in OLD:
        old.Migration.operations[-1].reverse_code(apps, schema_editor)
    triggers_create(apps, schema_editor)


def backwards(apps, schema_editor):
    triggers_drop(apps, schema_editor)
    for old in OLD:
        old.Migration.operations[-1].code(apps, schema_editor)


def rows_move(apps, schema_editor):
    """In the order they were logged within each old log; the organisations' first."""
    organisations = apps.get_model("organisations", "Organisation")._meta.db_table
    Deletion = apps.get_model("matchmaking", "Deletion")
    old_organisations = apps.get_model("matchmaking", "OrganisationDeletion").objects
    old_records = apps.get_model("matchmaking", "RecordDeletion").objects
    Deletion.objects.bulk_create(
        [
            Deletion(table=organisations, row_id=row_id)
            for row_id in old_organisations.order_by("id").values_list("organisation_id", flat=True)
        ]
        + [
            Deletion(table=table)
            for table in old_records.order_by("id").values_list("table", flat=True)
        ]
    )


def rows_move_back(apps, schema_editor):
    organisations = apps.get_model("organisations", "Organisation")._meta.db_table
    Deletion = apps.get_model("matchmaking", "Deletion")
    OrganisationDeletion = apps.get_model("matchmaking", "OrganisationDeletion")
    RecordDeletion = apps.get_model("matchmaking", "RecordDeletion")
    logged = Deletion.objects.order_by("id").values_list("table", "row_id")
    OrganisationDeletion.objects.bulk_create(
        [OrganisationDeletion(organisation_id=row_id) for table, row_id in logged
         if table == organisations]
    )  # fmt: skip
    RecordDeletion.objects.bulk_create(
        [RecordDeletion(table=table) for table, _row_id in logged if table != organisations]
    )


class Migration(migrations.Migration):
    dependencies = [
        ("matchmaking", "0010_record_deletions"),
    ]

    operations = [
        migrations.CreateModel(
            name="Deletion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("table", models.CharField(max_length=63, verbose_name="table")),
                ("row_id", models.BigIntegerField(null=True, verbose_name="row id")),
            ],
            options={
                "verbose_name": "deleted record",
                "verbose_name_plural": "deleted records",
            },
        ),
        migrations.RunPython(rows_move, rows_move_back),
        migrations.RunPython(forwards, backwards),
        migrations.DeleteModel(name="OrganisationDeletion"),
        migrations.DeleteModel(name="RecordDeletion"),
    ]
