from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from common.bulk import RecordPlan, ids_by_external_id, records_upsert
from common.csv_reader import (
    RowCleaner,
    RowErrors,
    csv_rows_read,
    external_ids_check,
)
from common.text_limits import DESCRIPTION_MAX_LENGTH
from opportunities.models import Currency, Opportunity, OpportunityKind, OpportunityStatus
from organisations.imports.bulk import published_at_stamp
from organisations.imports.result import ImportResult
from organisations.imports.taxonomy import TaxonomyIndex
from organisations.models import Organisation, Origin

OPPORTUNITY_COLUMNS = (
    "external_id",
    "title",
    "kind",
    "hosts",
    "country",
    "city",
    "sectors",
    "required_capabilities",
    "budget_amount",
    "budget_currency",
    "opens_on",
    "deadline",
    "source_url",
    "description",
)
# Optional text columns, by their length limit: the Korean versions came later, so older files
# have none and still import (leaving any Korean text already entered as it is).
OPPORTUNITY_OPTIONAL_TEXT_COLUMNS = {
    "summary": 500,
    "title_ko": 300,
    "summary_ko": 500,
    "description_ko": DESCRIPTION_MAX_LENGTH,
    "city_ko": 120,
}
OPPORTUNITY_OPTIONAL_COLUMNS = (*OPPORTUNITY_OPTIONAL_TEXT_COLUMNS, "status")
# The staff export's read-only columns: accepted and ignored, so an export imports back.
OPPORTUNITY_IGNORED_COLUMNS = (
    "id",
    "host_names",
    "interested",
    "looking_for_partners",
    "created_at",
    "updated_at",
)
# An archived call stays public as closed, so a file may say so: the export of every call
# (archived ones included) then imports back unchanged.
IMPORT_STATUSES = (
    OpportunityStatus.DRAFT,
    OpportunityStatus.PUBLISHED,
    OpportunityStatus.ARCHIVED,
)


@dataclass(frozen=True)
class _OpportunityRow:
    line: int
    external_id: str
    values: dict[str, object]
    hosts: list[str]
    sectors: list[str]
    required_capabilities: list[str]


def opportunities_import(
    *,
    path: Path | str,
    create_missing_tags: bool = False,
    create_missing_hint: str | None = None,
    origin: str = Origin.IMPORTED,
    data: bytes | None = None,
    dry_run: bool = False,
) -> ImportResult:
    """Creates or updates (by external_id) one opportunity per row of a CSV file, hosts given
    as organisation external ids. All or nothing: any bad row raises ImportFileError listing
    every bad row, and nothing is written. Eligibility is left as it is, and so are hosts
    without an external_id (made on the site), which a file cannot name.
    With data, the file's content is given and path only names it; create_missing_hint says
    how the caller lets the import create missing tags, in the errors naming unknown ones.
    A dry run does every write, then rolls them back: the result says what the import would
    do."""
    errors = RowErrors()
    rows = csv_rows_read(
        path=path,
        columns=OPPORTUNITY_COLUMNS,
        optional_columns=OPPORTUNITY_OPTIONAL_COLUMNS,
        ignored_columns=OPPORTUNITY_IGNORED_COLUMNS,
        data=data,
        errors=errors,
    )
    taxonomy = TaxonomyIndex(
        create_missing=create_missing_tags, create_missing_hint=create_missing_hint
    )
    cleaned = [_opportunity_row_clean(RowCleaner(row, errors)) for row in rows]
    external_ids_check(rows=[(row.line, row.external_id) for row in cleaned], errors=errors)
    host_ids = ids_by_external_id(
        model=Organisation, external_ids={ext for row in cleaned for ext in row.hosts}
    )
    for row in cleaned:
        unknown_hosts = [ext for ext in row.hosts if ext not in host_ids]
        if unknown_hosts:
            errors.add(
                row.line,
                gettext("unknown host organisations: %(external_ids)s")
                % {"external_ids": ", ".join(unknown_hosts)},
            )
        taxonomy.check_sectors(line=row.line, slugs=row.sectors, errors=errors)
        taxonomy.check_capabilities(
            line=row.line,
            column="required_capabilities",
            slugs=row.required_capabilities,
            errors=errors,
            sectors=row.sectors,
        )
    errors.raise_if_any(path=path)
    unnamed_hosts = _hosts_without_external_id(external_ids=[row.external_id for row in cleaned])

    started = timezone.now()
    with transaction.atomic():
        created_tags = taxonomy.create_missing_tags()
        plans = [
            RecordPlan(
                external_id=row.external_id,
                values=row.values,
                created_values={"origin": origin},
                links={
                    "hosts": frozenset(host_ids[ext] for ext in row.hosts)
                    | unnamed_hosts.get(row.external_id, frozenset()),
                    "sectors": frozenset(taxonomy.sector_ids[slug] for slug in row.sectors),
                    "required_capabilities": frozenset(
                        taxonomy.capability_ids[slug] for slug in row.required_capabilities
                    ),
                },
            )
            for row in cleaned
        ]
        counts = records_upsert(
            model=Opportunity,
            plans=plans,
            m2m_fields=("hosts", "sectors", "required_capabilities"),
        )
        published_at_stamp(model=Opportunity, changed_since=started)
        if dry_run:
            transaction.set_rollback(True)
    return ImportResult.of(
        counts,
        created_tags=created_tags,
        labelled_rows=[(row.line, row.external_id, row.values["title"]) for row in cleaned],
        dry_run=dry_run,
    )


def _hosts_without_external_id(*, external_ids: list[str]) -> dict[str, frozenset[int]]:
    """By opportunity external_id, its hosts that have no external_id."""
    links = Opportunity.hosts.through.objects.filter(
        opportunity__external_id__in=external_ids, organisation__external_id=""
    ).values_list("opportunity__external_id", "organisation_id")
    hosts: dict[str, set[int]] = {}
    for external_id, organisation_id in links:
        hosts.setdefault(external_id, set()).add(organisation_id)
    return {external_id: frozenset(ids) for external_id, ids in hosts.items()}


def _opportunity_row_clean(cleaner: RowCleaner) -> _OpportunityRow:
    budget_amount = cleaner.decimal("budget_amount", max_digits=20, decimal_places=2)
    budget_currency = cleaner.optional_choice("budget_currency", choices=Currency.values)
    if budget_amount is not None and not cleaner.raw("budget_currency"):
        cleaner.error(gettext("budget_amount is given without a budget_currency"))
    opens_on = cleaner.date("opens_on")
    deadline = cleaner.date("deadline")
    if opens_on and deadline and deadline < opens_on:
        cleaner.error(
            gettext("deadline %(deadline)s is before opens_on %(opens_on)s")
            % {"deadline": deadline, "opens_on": opens_on}
        )
    values = {
        "title": cleaner.text("title", max_length=300, required=True),
        "kind": cleaner.choice("kind", choices=OpportunityKind.values),
        # Empty means the opportunity is not tied to one country: open to all.
        "country": cleaner.country("country", required=False),
        "city": cleaner.text("city", max_length=120),
        "budget_amount": budget_amount,
        "budget_currency": budget_currency,
        "opens_on": opens_on,
        "deadline": deadline,
        "source_url": cleaner.url("source_url", max_length=500),
        "description": cleaner.text("description", max_length=DESCRIPTION_MAX_LENGTH),
        **cleaner.optional_texts(OPPORTUNITY_OPTIONAL_TEXT_COLUMNS),
        "status": cleaner.choice(
            "status", choices=IMPORT_STATUSES, default=OpportunityStatus.PUBLISHED
        ),
    }
    return _OpportunityRow(
        line=cleaner.line,
        external_id=cleaner.raw("external_id"),
        values=values,
        hosts=cleaner.items("hosts"),
        sectors=cleaner.items("sectors"),
        required_capabilities=cleaner.items("required_capabilities"),
    )
