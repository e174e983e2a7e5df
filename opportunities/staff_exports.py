"""The staff list of opportunities as a CSV download: the same filters as the page, every
matching row, with its hosts and tags as ';'-separated external ids and slugs."""

from collections.abc import Iterator

from django.db.models import Prefetch, QuerySet

from opportunities.models import Opportunity
from organisations.models import Organisation

OPPORTUNITY_EXPORT_HEADER = (
    "id",
    "external_id",
    "title",
    "title_ko",
    "kind",
    "status",
    "hosts",
    "host_names",
    "country",
    "city",
    "city_ko",
    "sectors",
    "required_capabilities",
    "budget_amount",
    "budget_currency",
    "opens_on",
    "deadline",
    "source_url",
    "summary",
    "summary_ko",
    "description",
    "description_ko",
    "interested",
    "looking_for_partners",
    "created_at",
    "updated_at",
)


def opportunity_export_rows(*, queryset: QuerySet[Opportunity]) -> Iterator[list[object]]:
    """One row per opportunity (annotated with its interest counts), in four queries whatever
    their number. Staff see every host, published or not, named by name."""
    # The list's own prefetch of published hosts is dropped: staff see every host here.
    opportunities = queryset.prefetch_related(None).prefetch_related(
        Prefetch("hosts", queryset=Organisation.objects.order_by("name"), to_attr="all_hosts"),
        "sectors",
        "required_capabilities",
    )
    for opportunity in opportunities:
        yield [
            opportunity.pk,
            opportunity.external_id,
            opportunity.title,
            opportunity.title_ko,
            opportunity.kind,
            opportunity.status,
            # External ids, as the import takes them; hosts made on the site have none, so
            # host_names lists every host for reading.
            ";".join(host.external_id for host in opportunity.all_hosts if host.external_id),
            ";".join(host.name for host in opportunity.all_hosts),
            opportunity.country.code or "",
            opportunity.city,
            opportunity.city_ko,
            ";".join(sorted(tag.slug for tag in opportunity.sectors.all())),
            ";".join(sorted(tag.slug for tag in opportunity.required_capabilities.all())),
            opportunity.budget_amount,
            opportunity.budget_currency,
            opportunity.opens_on,
            opportunity.deadline,
            opportunity.source_url,
            opportunity.summary,
            opportunity.summary_ko,
            opportunity.description,
            opportunity.description_ko,
            opportunity.interested_count,
            opportunity.looking_for_partners_count,
            opportunity.created_at,
            opportunity.updated_at,
        ]
