from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from common.bulk import RecordPlan, records_upsert
from common.csv_reader import (
    RowCleaner,
    RowErrors,
    csv_rows_read,
    external_ids_check,
)
from common.text_limits import DESCRIPTION_MAX_LENGTH
from common.validators import validate_no_format_characters
from organisations.imports.bulk import published_at_stamp
from organisations.imports.result import ImportResult
from organisations.imports.taxonomy import TaxonomyIndex
from organisations.models import Organisation, OrganisationKind, Origin, PublicationStatus

ORGANISATION_COLUMNS = (
    "external_id",
    "name",
    "name_ko",
    "country",
    "kind",
    "city",
    "website",
    "sectors",
    "offers",
    "seeks",
    "description",
)
# Optional text columns, by their length limit: the Korean description and city came later,
# so older files have none and still import.
ORGANISATION_OPTIONAL_TEXT_COLUMNS = {"description_ko": DESCRIPTION_MAX_LENGTH, "city_ko": 120}
ORGANISATION_OPTIONAL_COLUMNS = (*ORGANISATION_OPTIONAL_TEXT_COLUMNS, "status")
# The staff export's read-only columns: accepted and ignored, so an export imports back.
ORGANISATION_IGNORED_COLUMNS = ("id", "verified", "created_at", "updated_at")
# Staff import vetted lists, so a row is published unless the file says draft.
IMPORT_STATUSES = (PublicationStatus.DRAFT, PublicationStatus.PUBLISHED)


@dataclass(frozen=True)
class _OrganisationRow:
    line: int
    external_id: str
    values: dict[str, object]
    sectors: list[str]
    offers: list[str]
    seeks: list[str]


def organisations_import(
    *,
    path: Path | str,
    create_missing_tags: bool = False,
    create_missing_hint: str | None = None,
    origin: str = Origin.IMPORTED,
    data: bytes | None = None,
    dry_run: bool = False,
) -> ImportResult:
    """Creates or updates (by external_id) one organisation per row of a CSV file, all or
    nothing: any bad row raises ImportFileError listing every bad row, and nothing is written.
    With data, the file's content is given and path only names it; create_missing_hint says
    how the caller lets the import create missing tags, in the errors naming unknown ones.
    A dry run does every write, then rolls them back: the result says what the import would
    do."""
    errors = RowErrors()
    rows = csv_rows_read(
        path=path,
        columns=ORGANISATION_COLUMNS,
        optional_columns=ORGANISATION_OPTIONAL_COLUMNS,
        ignored_columns=ORGANISATION_IGNORED_COLUMNS,
        data=data,
        errors=errors,
    )
    taxonomy = TaxonomyIndex(
        create_missing=create_missing_tags, create_missing_hint=create_missing_hint
    )
    cleaned = [_organisation_row_clean(RowCleaner(row, errors)) for row in rows]
    external_ids_check(rows=[(row.line, row.external_id) for row in cleaned], errors=errors)
    for row in cleaned:
        taxonomy.check_sectors(line=row.line, slugs=row.sectors, errors=errors)
        for column in ("offers", "seeks"):
            slugs = getattr(row, column)
            # What an organisation offers is in its sectors; what it seeks need not be.
            taxonomy.check_capabilities(
                line=row.line,
                column=column,
                slugs=slugs,
                errors=errors,
                sectors=row.sectors if column == "offers" else (),
            )
    errors.raise_if_any(path=path)

    started = timezone.now()
    with transaction.atomic():
        created_tags = taxonomy.create_missing_tags()
        plans = [
            RecordPlan(
                external_id=row.external_id,
                values=row.values,
                created_values={"origin": origin},
                links={
                    "sectors": frozenset(taxonomy.sector_ids[slug] for slug in row.sectors),
                    "offers": frozenset(taxonomy.capability_ids[slug] for slug in row.offers),
                    "seeks": frozenset(taxonomy.capability_ids[slug] for slug in row.seeks),
                },
            )
            for row in cleaned
        ]
        counts = records_upsert(
            model=Organisation, plans=plans, m2m_fields=("sectors", "offers", "seeks")
        )
        published_at_stamp(model=Organisation, changed_since=started)
        if dry_run:
            transaction.set_rollback(True)
    return ImportResult.of(
        counts,
        created_tags=created_tags,
        labelled_rows=[(row.line, row.external_id, row.values["name"]) for row in cleaned],
        dry_run=dry_run,
    )


def _organisation_row_clean(cleaner: RowCleaner) -> _OrganisationRow:
    for column in ("name", "name_ko"):
        try:
            validate_no_format_characters(cleaner.raw(column))
        except ValidationError as error:
            cleaner.error(f"{column}: {' '.join(error.messages)}")
    values = {
        "name": cleaner.text("name", max_length=200, required=True),
        "name_ko": cleaner.text("name_ko", max_length=200),
        "country": cleaner.country("country", required=True),
        "kind": cleaner.choice("kind", choices=OrganisationKind.values),
        "city": cleaner.text("city", max_length=120),
        "website": cleaner.url("website", max_length=300),
        "description": cleaner.text("description", max_length=DESCRIPTION_MAX_LENGTH),
        **cleaner.optional_texts(ORGANISATION_OPTIONAL_TEXT_COLUMNS),
        "status": cleaner.choice(
            "status", choices=IMPORT_STATUSES, default=PublicationStatus.PUBLISHED
        ),
        # Re-publishing a once-rejected record must not keep its old rejection reason.
        "rejection_reason": "",
    }
    return _OrganisationRow(
        line=cleaner.line,
        external_id=cleaner.raw("external_id"),
        values=values,
        sectors=cleaner.items("sectors"),
        offers=cleaner.items("offers"),
        seeks=cleaner.items("seeks"),
    )
