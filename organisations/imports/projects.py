from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext

from common.bulk import RecordPlan, ids_by_external_id, records_upsert
from common.csv_reader import (
    RowCleaner,
    RowErrors,
    csv_rows_read,
    external_ids_check,
)
from common.text_limits import DESCRIPTION_MAX_LENGTH
from organisations.imports.result import ImportResult
from organisations.models import Organisation, Project

PROJECT_COLUMNS = ("external_id", "title", "year", "programme", "participants", "description")


@dataclass(frozen=True)
class _ProjectRow:
    line: int
    external_id: str
    values: dict[str, object]
    participants: list[str]


def projects_import(
    *, path: Path | str, data: bytes | None = None, dry_run: bool = False
) -> ImportResult:
    """Creates or updates (by external_id) one past project per row, with its participants
    given as organisation external ids. All or nothing, like every import; data and dry_run
    as for organisations_import."""
    errors = RowErrors()
    rows = csv_rows_read(path=path, columns=PROJECT_COLUMNS, data=data, errors=errors)
    cleaned = [_project_row_clean(RowCleaner(row, errors)) for row in rows]
    external_ids_check(rows=[(row.line, row.external_id) for row in cleaned], errors=errors)
    organisation_ids = ids_by_external_id(
        model=Organisation, external_ids={ext for row in cleaned for ext in row.participants}
    )
    for row in cleaned:
        unknown = [ext for ext in row.participants if ext not in organisation_ids]
        if unknown:
            errors.add(
                row.line,
                gettext("unknown participant organisations: %(external_ids)s")
                % {"external_ids": ", ".join(unknown)},
            )
    errors.raise_if_any(path=path)

    plans = [
        RecordPlan(
            external_id=row.external_id,
            values=row.values,
            links={"participants": frozenset(organisation_ids[ext] for ext in row.participants)},
        )
        for row in cleaned
    ]
    with transaction.atomic():
        counts = records_upsert(model=Project, plans=plans, m2m_fields=("participants",))
        if dry_run:
            transaction.set_rollback(True)
    return ImportResult.of(
        counts,
        labelled_rows=[(row.line, row.external_id, row.values["title"]) for row in cleaned],
        dry_run=dry_run,
    )


def _project_row_clean(cleaner: RowCleaner) -> _ProjectRow:
    values = {
        "title": cleaner.text("title", max_length=300, required=True),
        "year": cleaner.integer("year", minimum=1900, maximum=2100),
        "programme": cleaner.text("programme", max_length=200),
        "description": cleaner.text("description", max_length=DESCRIPTION_MAX_LENGTH),
    }
    return _ProjectRow(
        line=cleaner.line,
        external_id=cleaner.raw("external_id"),
        values=values,
        participants=cleaner.items("participants"),
    )
