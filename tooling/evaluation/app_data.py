"""Reads back what the app holds after the imports, for the baselines, and asks the app's own
suggestion code (matchmaking.selectors) for the engine's lists."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from common.bulk import chunked
from matchmaking.selectors import organisations_for_opportunity, partners_for_organisation
from opportunities.models import Opportunity
from organisations.models import Organisation, ProjectParticipation


@dataclass(slots=True)
class AppOrganisations:
    """Every organisation in the app, in id order: row i is external_ids[i]."""

    external_ids: list[str]
    descriptions: list[str]
    participations: list[tuple[int, int]]  # (project id, row)

    def rows_of(self, external_ids: Iterable[str]) -> list[int]:
        row_of = {external_id: row for row, external_id in enumerate(self.external_ids)}
        return [row_of[external_id] for external_id in external_ids]


def app_organisations_read() -> AppOrganisations:
    rows = list(Organisation.objects.order_by("id").values_list("id", "external_id", "description"))
    row_of = {pk: row for row, (pk, _, _) in enumerate(rows)}
    participations = [
        (project_id, row_of[organisation_id])
        for project_id, organisation_id in ProjectParticipation.objects.values_list(
            "project_id", "organisation_id"
        )
    ]
    return AppOrganisations(
        external_ids=[external_id for _, external_id, _ in rows],
        descriptions=[description for _, _, description in rows],
        participations=participations,
    )


def _by_external_id(model, external_ids: Sequence[str]) -> dict:
    found = {}
    for chunk in chunked(external_ids, 500):
        found.update({obj.external_id: obj for obj in model.objects.filter(external_id__in=chunk)})
    return found


def opportunity_texts_read(*, external_ids: Sequence[str]) -> list[str]:
    """Each opportunity's text as the engine reads it (title, summary and description)."""
    found = _by_external_id(Opportunity, external_ids)
    return [
        " ".join((found[e].title, found[e].summary, found[e].description)) for e in external_ids
    ]


def engine_partner_rankings(*, external_ids: Sequence[str], k: int) -> list[list[str]]:
    """The app's partner suggestions for each organisation, from any country."""
    organisations = _by_external_id(Organisation, external_ids)
    return [
        [
            suggestion.target.external_id
            for suggestion in partners_for_organisation(
                organisation=organisations[external_id], countries=[], limit=k
            )
        ]
        for external_id in external_ids
    ]


def engine_opportunity_rankings(*, external_ids: Sequence[str], k: int) -> list[list[str]]:
    """The app's organisation suggestions for each opportunity."""
    opportunities = _by_external_id(Opportunity, external_ids)
    return [
        [
            suggestion.target.external_id
            for suggestion in organisations_for_opportunity(
                opportunity=opportunities[external_id], limit=k
            )
        ]
        for external_id in external_ids
    ]
