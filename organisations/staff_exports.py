"""The staff list of organisations as a CSV download: the same filters as the page, every
matching row (not one page), tags as ';'-separated slugs as in the import files."""

from collections.abc import Iterator

from django.db.models import QuerySet

from organisations.models import Organisation

ORGANISATION_EXPORT_HEADER = (
    "id",
    "external_id",
    "name",
    "name_ko",
    "country",
    "kind",
    "city",
    "city_ko",
    "website",
    "description",
    "description_ko",
    "status",
    "verified",
    "sectors",
    "offers",
    "seeks",
    "created_at",
    "updated_at",
)


def organisation_export_rows(*, queryset: QuerySet[Organisation]) -> Iterator[list[object]]:
    """One row per organisation, in four queries whatever their number."""
    organisations = queryset.prefetch_related("sectors", "offers", "seeks")
    for organisation in organisations:
        yield [
            organisation.pk,
            organisation.external_id,
            organisation.name,
            organisation.name_ko,
            organisation.country.code,
            organisation.kind,
            organisation.city,
            organisation.city_ko,
            organisation.website,
            organisation.description,
            organisation.description_ko,
            organisation.status,
            organisation.verified,
            _slugs(organisation.sectors.all()),
            _slugs(organisation.offers.all()),
            _slugs(organisation.seeks.all()),
            organisation.created_at,
            organisation.updated_at,
        ]


def _slugs(tags) -> str:
    return ";".join(sorted(tag.slug for tag in tags))
