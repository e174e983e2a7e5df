"""Trigram indexes for the search (organisations.search), on PostgreSQL only: it matches
regular expressions, which pg_trgm's GIN indexes answer. They replace migration 0003's
full-text index, which no query uses any more. SQLite has neither and scans, which suits the
small data it holds. Not in the model's Meta (which would build them on SQLite too), so they
are invisible to makemigrations."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

# The text fields of organisations.filters.SEARCHED_FIELDS.
FIELDS = ("name", "name_ko", "description", "description_ko")


def _trigram_indexes() -> list[GinIndex]:
    return [
        GinIndex(fields=[field], opclasses=["gin_trgm_ops"], name=f"organisation_{field}_trgm")
        for field in FIELDS
    ]


def _full_text_index() -> GinIndex:
    # As migration 0003 built it.
    return GinIndex(
        SearchVector("name", "name_ko", "description", config="simple"),
        name="organisation_search_gin",
    )


def swap_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # A trusted extension (PostgreSQL 13+): the database's owner may create it. Not Django's
    # TrigramExtension, whose reverse queries pg_extension on SQLite too. Left in place on the
    # way back: dropping it could break anything else that came to use it.
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    model = apps.get_model("organisations", "Organisation")
    schema_editor.remove_index(model, _full_text_index())
    for index in _trigram_indexes():
        schema_editor.add_index(model, index)


def restore_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    model = apps.get_model("organisations", "Organisation")
    for index in _trigram_indexes():
        schema_editor.remove_index(model, index)
    schema_editor.add_index(model, _full_text_index())


class Migration(migrations.Migration):
    dependencies = [("organisations", "0009_korean_text")]

    operations = [migrations.RunPython(swap_indexes, restore_indexes)]
