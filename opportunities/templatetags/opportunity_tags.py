"""Opportunity pieces for any page, including pages the organisations app renders: that app
must not import this one, so its templates ask for opportunities through these tags."""

from collections.abc import Iterable

from django import template
from django.template.defaultfilters import floatformat
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from common.money import korean_amount
from opportunities import selectors
from opportunities.cards import deadline_state, opportunity_cards_html
from opportunities.models import Opportunity
from organisations.models import Organisation, OrganisationKind

register = template.Library()


@register.inclusion_tag("opportunities/_deadline_badge.html")
def deadline_badge(opportunity: Opportunity) -> dict:
    label, state = deadline_state(opportunity)
    return {"label": label, "state": state}


@register.filter
def deadline_label(opportunity: Opportunity) -> str:
    return deadline_state(opportunity)[0]


@register.simple_tag
def opportunity_cards(opportunities: Iterable[Opportunity]) -> SafeString:
    """The list items of a list page's cards (rows with sectors and public_hosts prefetched)."""
    return opportunity_cards_html(opportunities)


@register.simple_tag
def next_deadlines(limit: int = 5) -> selectors.NextDeadlines:
    return selectors.opportunity_list_next_deadlines(limit=limit)


@register.simple_tag
def closing_soon_days() -> int:
    return selectors.CLOSING_SOON_DAYS


@register.simple_tag
def open_opportunity_count() -> int:
    return selectors.opportunity_open_count()


@register.simple_tag
def hosted_opportunities(organisation: Organisation) -> list[Opportunity]:
    return list(selectors.opportunity_list_hosted_by(organisation=organisation))


@register.filter
def organisation_kind_labels(kinds: list[str]) -> list[str]:
    return [str(OrganisationKind(kind).label) for kind in kinds if kind in OrganisationKind.values]


@register.inclusion_tag("opportunities/_your_opportunities.html", takes_context=True)
def your_opportunities(context) -> dict:
    """The open opportunities the user's organisations are interested in, for the dashboard."""
    user = context["request"].user
    return {"interests": selectors.opportunity_interests_open_shown(user=user)}


@register.filter
def money(amount, currency: str = "") -> str:
    """A budget as a reader of the page's language writes it: "2조 5천억 원" in Korean,
    "2,500,000,000,000 KRW" in English."""
    if amount is None:
        return ""
    if get_language() == "ko":
        return korean_amount(amount, currency)
    return f"{floatformat(amount, '-2g')} {currency}".strip()
