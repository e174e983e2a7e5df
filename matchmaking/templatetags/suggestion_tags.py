"""Suggestion pieces for templates: a suggestion's points as bars, and the matches shown on
pages other apps render. The opportunities app must not import this one, so its opportunity
page asks for suggested organisations and a team through opportunity_matches."""

from dataclasses import dataclass

from django import template
from django.utils.translation import gettext_lazy as _

from matchmaking import selectors
from matchmaking.engine.formula import OPPORTUNITY_WEIGHTS, PARTNER_WEIGHTS
from opportunities.models import Opportunity
from organisations.models import Organisation

register = template.Library()

OPPORTUNITY_PAGE_LIMIT = 10

FACTOR_LABELS = {
    "complementarity": _("Complementary capabilities"),
    "network": _("Collaboration track record"),
    "sectors": _("Shared sectors"),
    "text": _("Similar description"),
    "shared_capabilities": _("Capabilities in common"),
    "coverage": _("Required capabilities covered"),
    "track_record": _("Track record in past projects"),
    "past_projects": _("Similar past projects"),
}
# The kinds of suggestion list: partners (organisations for an organisation), opportunities
# (for an organisation) and candidates (organisations for an opportunity). Candidates are
# organisations scored the opportunity way.
SCORED_AS_OPPORTUNITY = {"opportunity", "candidate"}


@dataclass(frozen=True)
class FactorBar:
    name: str
    label: str
    points: float
    maximum: float

    @property
    def percent(self) -> float:
        return 0.0 if self.maximum <= 0 else max(0.0, min(100.0, 100 * self.points / self.maximum))


@register.filter
def factor_bars(suggestion, kind: str) -> list[FactorBar]:
    """kind is "partner", "opportunity" or "candidate": the same factor name weighs
    differently in each."""
    weights = OPPORTUNITY_WEIGHTS if kind in SCORED_AS_OPPORTUNITY else PARTNER_WEIGHTS
    # Out of the factor's most points for this pair; 0 when the pair gives it no evidence, and
    # the bar then says it was not counted.
    maxima = getattr(suggestion, "maxima", None) or weights
    return [
        FactorBar(
            name=name,
            label=FACTOR_LABELS.get(name, name.replace("_", " ").capitalize()),
            points=float(suggestion.points.get(name, 0.0)),
            maximum=maxima.get(name, 0.0),
        )
        for name in weights
    ]


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


@register.filter
def request_sent_to(open_introductions, organisation_id):
    """The open introduction request already sent to this organisation, if the page knows of
    one (only the dashboard passes them)."""
    return open_introductions.get(organisation_id) if open_introductions else None
