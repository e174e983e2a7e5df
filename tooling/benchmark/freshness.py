"""Freshness: an edited profile shows in the very next suggestion request, here and in another
server process that built its index before the edit.

The edit mirrors the query organisation (the partner now offers what it seeks, seeks what it
offers, and shares its sectors and description), so the partner must enter its top 20; the
partner's profile is then put back and must leave it again.
"""

from dataclasses import dataclass, field

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from matchmaking.index_store import matching_index
from matchmaking.selectors import (
    default_partner_countries,
    organisation_circle,
    partners_for_organisation,
)
from organisations.models import Organisation
from organisations.services import organisation_update
from tooling.benchmark.server import BenchmarkServer

MIRRORED = ("offers", "seeks", "sectors", "description")


@dataclass
class FreshnessResult:
    organisation_id: int
    partner_id: int
    # Ranks (1-based) of the edited partner in the organisation's top 20; None when absent.
    here_after_edit: int | None = None
    here_after_restore: int | None = None
    queries_after_edit: int = 0
    # Same, from the other server process; not measured when it shares this process.
    other_process: bool = False
    there_before: int | None = None
    there_after_edit: int | None = None
    there_after_restore: int | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _rank(ids: list[int], wanted: int) -> int | None:
    return ids.index(wanted) + 1 if wanted in ids else None


def _profile(organisation: Organisation) -> dict:
    return {
        "offers": list(organisation.offers.values_list("id", flat=True)),
        "seeks": list(organisation.seeks.values_list("id", flat=True)),
        "sectors": list(organisation.sectors.values_list("id", flat=True)),
        "description": organisation.description,
    }


def _ids_here(organisation: Organisation, user=None) -> list[int]:
    return [s.target.id for s in partners_for_organisation(organisation=organisation, user=user)]


def _ids_there(server: BenchmarkServer, organisation: Organisation) -> list[int]:
    path = reverse("api:organisation-partners", kwargs={"pk": organisation.pk})
    status, body = server.get(path)
    if status != 200:
        raise RuntimeError(f"GET {path} answered {status}: {body}")
    return [suggestion["organisation"]["id"] for suggestion in body]


def _partner_to_edit(organisation: Organisation, shown: list[int]) -> Organisation | None:
    """A published organisation of the other side that is not suggested yet and could be."""
    countries = default_partner_countries(organisation=organisation)
    candidates = Organisation.objects.published().exclude(
        id__in=set(shown) | organisation_circle(matching_index(), organisation.id)
    )
    if countries:
        candidates = candidates.filter(country__in=countries)
    return candidates.order_by("id").first()


def freshness_check(
    *, organisation: Organisation, server: BenchmarkServer, user
) -> FreshnessResult:
    """Call with the server's index already built (a request answered) before the edit. The
    request right after the edit is made as `user`, so its query count is the worst case."""
    shown = _ids_here(organisation)
    partner = _partner_to_edit(organisation, shown)
    if partner is None:
        raise RuntimeError(f"No organisation could be edited to match #{organisation.pk}.")
    result = FreshnessResult(organisation_id=organisation.pk, partner_id=partner.pk)
    result.other_process = server.separate_process
    if result.other_process:
        result.there_before = _rank(_ids_there(server, organisation), partner.pk)
    mirror = _profile(organisation)
    original = _profile(partner)
    organisation_update(
        organisation=partner,
        values={"offers": mirror["seeks"], "seeks": mirror["offers"],
                "sectors": mirror["sectors"], "description": mirror["description"]},
    )  # fmt: skip
    try:
        with CaptureQueriesContext(connection) as queries:
            result.here_after_edit = _rank(_ids_here(organisation, user), partner.pk)
        result.queries_after_edit = len(queries)
        if result.other_process:
            result.there_after_edit = _rank(_ids_there(server, organisation), partner.pk)
    finally:
        organisation_update(organisation=partner, values=original)
    result.here_after_restore = _rank(_ids_here(organisation), partner.pk)
    if result.other_process:
        result.there_after_restore = _rank(_ids_there(server, organisation), partner.pk)
    _note_problems(result)
    return result


def _note_problems(result: FreshnessResult) -> None:
    if result.here_after_edit is None:
        result.problems.append("the edit did not show in this process's next request")
    if result.here_after_restore is not None:
        result.problems.append("undoing the edit did not show in this process's next request")
    if result.other_process:
        if result.there_before is not None:
            result.problems.append("the other process suggested the partner before the edit")
        if result.there_after_edit is None:
            result.problems.append("the edit did not show in the other process's next request")
        if result.there_after_restore is not None:
            result.problems.append("undoing the edit did not show in the other process")
