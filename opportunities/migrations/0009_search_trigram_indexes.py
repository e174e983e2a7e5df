"""Trigram indexes for the search (organisations.search), on PostgreSQL only, replacing
migration 0003's full-text index, which no query uses any more. The pg_trgm extension comes
with organisations migration 0010. Not in the model's Meta (which would build them on SQLite
too), so they are invisible to makemigrations."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

# The text fields of opportunities.filters.SEARCHED_FIELDS.
FIELDS = ("title", "title_ko", "summary", "summary_ko", "description", "description_ko")


def _trigram_indexes() -> list[GinIndex]:
    return [
        GinIndex(fields=[field], opclasses=["gin_trgm_ops"], name=f"opportunity_{field}_trgm")
        for field in FIELDS
    ]


def _full_text_index() -> GinIndex:
    # As migration 0003 built it.
    return GinIndex(
        SearchVector("title", "summary", "description", config="simple"),
        name="opportunity_search_gin",
    )


def swap_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    model = apps.get_model("opportunities", "Opportunity")
    schema_editor.remove_index(model, _full_text_index())
    for index in _trigram_indexes():
        schema_editor.add_index(model, index)


def restore_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    model = apps.get_model("opportunities", "Opportunity")
    for index in _trigram_indexes():
        schema_editor.remove_index(model, index)
    schema_editor.add_index(model, _full_text_index())


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0008_korean_text"),
        ("organisations", "0010_search_trigram_indexes"),
    ]

    operations = [migrations.RunPython(swap_indexes, restore_indexes)]
