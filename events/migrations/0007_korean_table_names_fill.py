"""Tables named before they had a Korean name get one when their name is exactly one the staff
page generates: "Table 3" gets "테이블 3", "Video link 2" gets "화상회의 링크 2" (the Korean
catalogue's words for these patterns). A table that a Korean-speaking staff member generated
("테이블 3") gets the English name back in `name` and the Korean in `name_ko`, unless its event
already has a table of that English name (the unique constraint): then it is left as it is, and
that event's "Table 3" gets no Korean name either, so that Korean readers do not see two tables
called "테이블 3". Any other name ("VIP table") is left alone. Backwards it changes nothing: the
names put back in English stay valid, and name_ko goes with its column."""

import re
from collections import defaultdict

from django.db import migrations

# The English and Korean patterns when this was written: a migration must not follow later
# edits of the catalogue.
PATTERNS = (("Table {}", "테이블 {}"), ("Video link {}", "화상회의 링크 {}"))
NUMBER = "([0-9]+)"


def _twins(name: str) -> tuple[str, str] | None:
    """(English, Korean) of a generated name in either language, else None."""
    for english, korean in PATTERNS:
        for pattern in (english, korean):
            found = re.fullmatch(re.escape(pattern).replace(re.escape("{}"), NUMBER), name)
            if found:
                return english.format(found[1]), korean.format(found[1])
    return None


def korean_names_fill(apps, schema_editor):
    Table = apps.get_model("events", "Table")
    by_event = defaultdict(list)
    for table in Table.objects.order_by("pk").only("pk", "event_id", "name", "name_ko"):
        by_event[table.event_id].append(table)
    changed = []
    for tables in by_event.values():
        names = {table.name for table in tables}
        for table in tables:
            twins = _twins(table.name)
            if twins is None or table.name_ko:
                continue
            english, korean = twins
            if table.name == english and korean not in names:
                table.name_ko = korean
            elif table.name == korean and english not in names:
                table.name, table.name_ko = english, korean
            else:
                continue
            changed.append(table)
    Table.objects.bulk_update(changed, ["name", "name_ko"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0006_korean_table_name"),
    ]

    operations = [migrations.RunPython(korean_names_fill, migrations.RunPython.noop)]
