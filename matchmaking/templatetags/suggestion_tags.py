"""Suggestion pieces for templates: the cards of a suggestion list, and the matches shown on
pages other apps render. The opportunities app must not import this one, so its opportunity
page asks for suggested organisations and a team through opportunity_matches."""

from dataclasses import dataclass

from django import template

from matchmaking import selectors
from matchmaking.suggestion_cards import suggestion_cards_html
from opportunities.models import Opportunity
from organisations.models import Organisation

register = template.Library()

OPPORTUNITY_PAGE_LIMIT = 10


@register.simple_tag(takes_context=True)
def suggestion_cards(
    context, suggestions, kind: str, for_organisation=None, empty_message="", id_prefix=""
):
    """A suggestion list's cards (matchmaking.suggestion_cards): kind is "partner",
    "opportunity" or "candidate"; for_organisation, the member's organisation they were
    suggested for, adds the buttons; id_prefix tells the cards' ids apart from another list's of
    the same kind on the page. The dashboard's open introductions come from the page."""
    request = context.get("request")
    return suggestion_cards_html(
        suggestions=suggestions,
        kind=kind,
        for_organisation=for_organisation,
        open_introductions=context.get("open_introductions"),
        next_path=request.get_full_path() if request is not None else "",
        csrf_token=str(context.get("csrf_token") or ""),
        empty_message=empty_message,
        id_prefix=id_prefix,
    )


@dataclass(frozen=True)
class OpportunityMatches:
    organisations: list[selectors.Suggestion]
    team: selectors.Team
    team_max_size: int = selectors.TEAM_MAX_SIZE


@register.simple_tag(takes_context=True)
def opportunity_matches(
    context, opportunity: Opportunity, starting_with: Organisation | None = None
) -> OpportunityMatches | None:
    """Suggested organisations and a suggested team, for signed-in users and open
    opportunities only (None otherwise). starting_with: an organisation the team is built
    around, such as one looking for partners for the opportunity."""
    user = context["request"].user
    if not user.is_authenticated or not opportunity.is_open():
        return None
    return OpportunityMatches(
        organisations=selectors.organisations_for_opportunity(
            opportunity=opportunity, user=user, limit=OPPORTUNITY_PAGE_LIMIT
        ),
        team=selectors.team_for_opportunity(
            opportunity=opportunity,
            user=user,
            starting_with=[starting_with] if starting_with is not None else [],
        ),
    )
