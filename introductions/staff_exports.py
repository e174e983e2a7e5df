"""Every introduction request, in any state, as a CSV download for staff reporting. The
messages stay out: they are the members' words to staff, not figures to pass around."""

from collections.abc import Iterator

from django.db.models import QuerySet

from introductions.models import IntroductionRequest

INTRODUCTION_EXPORT_HEADER = (
    "id",
    "requester_organisation",
    "requester_external_id",
    "requested_organisation",
    "requested_external_id",
    "state",
    "preferred_language",
    "created_at",
    "updated_at",
)


def introduction_export_rows(*, queryset: QuerySet[IntroductionRequest]) -> Iterator[list[object]]:
    """One row per request, in one query (the organisations are joined)."""
    for introduction in queryset:
        yield [
            introduction.pk,
            introduction.requester_organisation.name,
            introduction.requester_organisation.external_id,
            introduction.requested_organisation.name,
            introduction.requested_organisation.external_id,
            introduction.state,
            introduction.preferred_language,
            introduction.created_at,
            introduction.updated_at,
        ]
