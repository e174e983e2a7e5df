"""A GIN index for the organisation list's full-text search, on PostgreSQL only: SQLite has no
GIN indexes and searches with a substring match instead. The index is not in the model's Meta
(which would try to build it on SQLite too), so it is invisible to makemigrations."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

INDEX_NAME = "organisation_search_gin"


def _index() -> GinIndex:
    # Exactly the expression organisations.search.search_vector builds for the same fields, or
    # PostgreSQL cannot use the index for the search.
    return GinIndex(
        SearchVector("name", "name_ko", "description", config="simple"), name=INDEX_NAME
    )


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("organisations", "Organisation"), _index())


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("organisations", "Organisation"), _index())


class Migration(migrations.Migration):
    dependencies = [("organisations", "0002_matching_change_marks")]

    operations = [migrations.RunPython(create_index, drop_index)]
