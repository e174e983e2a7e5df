from django.db import migrations, models

TRIGGER = "matchmaking_organisation_deleted"


def _tables(apps) -> tuple[str, str]:
    return (
        apps.get_model("organisations", "Organisation")._meta.db_table,
        apps.get_model("matchmaking", "OrganisationDeletion")._meta.db_table,
    )


def trigger_create(apps, schema_editor):
    """Logs each deleted organisation's id, however it is deleted (see OrganisationDeletion)."""
    organisations, deletions = _tables(apps)
    insert = f"INSERT INTO {deletions} (organisation_id) VALUES (OLD.id);"
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE FUNCTION {TRIGGER}() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN {insert} RETURN OLD; END $$"
        )
        schema_editor.execute(
            f"CREATE TRIGGER {TRIGGER} AFTER DELETE ON {organisations} "
            f"FOR EACH ROW EXECUTE FUNCTION {TRIGGER}()"
        )
    else:
        schema_editor.execute(
            f"CREATE TRIGGER {TRIGGER} AFTER DELETE ON {organisations} "
            f"FOR EACH ROW BEGIN {insert} END"
        )


def trigger_drop(apps, schema_editor):
    organisations, _ = _tables(apps)
    schema_editor.execute(
        f"DROP TRIGGER IF EXISTS {TRIGGER} ON {organisations}"
        if schema_editor.connection.vendor == "postgresql"
        else f"DROP TRIGGER IF EXISTS {TRIGGER}"
    )
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP FUNCTION IF EXISTS {TRIGGER}()")


class Migration(migrations.Migration):
    dependencies = [
        ("matchmaking", "0008_field_labels"),
        ("organisations", "0013_field_labels"),
    ]

    operations = [
        migrations.CreateModel(
            name="OrganisationDeletion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("organisation_id", models.BigIntegerField(verbose_name="organisation id")),
            ],
            options={
                "verbose_name": "organisation deletion",
                "verbose_name_plural": "organisation deletions",
            },
        ),
        migrations.RunPython(trigger_create, trigger_drop),
    ]
