from django.db import migrations, models

FUNCTION = "matchmaking_record_deleted"
# The models whose deletions the matching index must see: (app label, model name).
WATCHED = (
    ("organisations", "Project"),
    ("organisations", "ProjectParticipation"),
    ("opportunities", "Opportunity"),
    ("organisations", "Capability"),
    ("organisations", "Sector"),
)


def _tables(apps) -> tuple[list[str], str]:
    watched = [apps.get_model(app, model)._meta.db_table for app, model in WATCHED]
    return watched, apps.get_model("matchmaking", "RecordDeletion")._meta.db_table


def _trigger(table: str) -> str:
    return f"{FUNCTION}_{table}"[:63]


def triggers_create(apps, schema_editor):
    """Logs the table of each deleted row, however it is deleted (see RecordDeletion). One
    row per deleted row: a bulk delete of many projects logs many, which the index reads as
    one set of tables."""
    watched, log = _tables(apps)
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN INSERT INTO {log} (\"table\") VALUES (TG_TABLE_NAME); RETURN OLD; END $$"
        )
    for table in watched:
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(
                f"CREATE TRIGGER {_trigger(table)} AFTER DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {FUNCTION}()"
            )
        else:
            schema_editor.execute(
                f"CREATE TRIGGER {_trigger(table)} AFTER DELETE ON {table} "
                f"FOR EACH ROW BEGIN INSERT INTO {log} (\"table\") VALUES ('{table}'); END"
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


class Migration(migrations.Migration):
    dependencies = [
        ("matchmaking", "0009_organisation_deletions"),
        ("opportunities", "0011_field_labels"),
    ]

    operations = [
        migrations.CreateModel(
            name="RecordDeletion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("table", models.CharField(max_length=63, verbose_name="table")),
            ],
            options={
                "verbose_name": "deleted record",
                "verbose_name_plural": "deleted records",
            },
        ),
        migrations.RunPython(triggers_create, triggers_drop),
    ]
