"""The naive scan: score every organisation with the pure formula, pair by pair.

It is the reference the index must agree with, and the baseline `make bench` measures it against.
"""

import datetime
from collections.abc import Callable, Iterable

from matchmaking.engine import formula


def partners_by_naive_scan(
    query: formula.OrganisationFeatures,
    everyone: Iterable[formula.OrganisationFeatures],
    corpus: formula.Corpus,
    *,
    limit: int,
    keep: Callable[[formula.OrganisationFeatures], bool] = lambda features: True,
) -> list[tuple[int, float]]:
    scored = []
    for other in everyone:
        if other.id == query.id or not keep(other):
            continue
        score = formula.partner_score(query, other, corpus)
        if score > 0:
            scored.append((other.id, score))
    scored.sort(key=lambda pair: formula.ranking_key(pair[1], pair[0]))
    return scored[:limit]


def organisations_for_opportunity_by_naive_scan(
    opportunity: formula.OpportunityFeatures,
    everyone: Iterable[formula.OrganisationFeatures],
    corpus: formula.Corpus,
    *,
    today: datetime.date,
    limit: int,
    keep: Callable[[formula.OrganisationFeatures], bool] = lambda features: True,
) -> list[tuple[int, float]]:
    scored = []
    for organisation in everyone:
        if not keep(organisation) or not formula.is_eligible(
            organisation, opportunity, today=today
        ):
            continue
        score = formula.opportunity_score(organisation, opportunity, corpus)
        if score > 0:
            scored.append((organisation.id, score))
    scored.sort(key=lambda pair: formula.ranking_key(pair[1], pair[0]))
    return scored[:limit]
