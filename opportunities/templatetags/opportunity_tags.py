"""Opportunity pieces for any page, including pages the organisations app renders: that app
must not import this one, so its templates ask for opportunities through these tags."""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django import template
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language, gettext, ngettext

from common.bilingual import LocalizedText, localized_field
from common.labels import choice_label, country_name
from common.money import korean_amount
from opportunities import selectors
from opportunities.models import Opportunity
from organisations.models import Organisation, OrganisationKind

register = template.Library()

SOON_DAYS = 14


def deadline_state(
    opportunity: Opportunity, *, today: datetime.date | None = None
) -> tuple[str, str]:
    """A short label and a state name (open, soon, rolling, closed) for styling."""
    today = today or timezone.localdate()
    if not opportunity.is_open(today=today):
        return gettext("Closed"), "closed"
    days = opportunity.days_left(today=today)
    if days is None:
        return gettext("Rolling"), "rolling"
    if days == 0:
        return gettext("Closes today"), "soon"
    label = ngettext("%(days)d day left", "%(days)d days left", days) % {"days": days}
    return label, "soon" if days <= SOON_DAYS else "open"


@register.inclusion_tag("opportunities/_deadline_badge.html")
def deadline_badge(opportunity: Opportunity) -> dict:
    label, state = deadline_state(opportunity)
    return {"label": label, "state": state}


@register.filter
def deadline_label(opportunity: Opportunity) -> str:
    return deadline_state(opportunity)[0]


@dataclass(frozen=True, slots=True)
class OpportunityCard:
    """What a list card shows, worked out in Python: a card used to cost a few dozen template
    lookups, a choices look-up per kind and a country-name translation each, most of the
    list page's time."""

    opportunity: Opportunity
    url: str
    title: LocalizedText
    summary: LocalizedText
    deadline_label: str
    deadline_state: str
    kind: str
    place: str  # "Country, City", or empty when no country is given
    deadline: str  # in the reader's short date format; empty for a rolling one
    deadline_iso: str
    hosts: list[str]
    sectors: list[str]


@register.simple_tag
def opportunity_cards(opportunities: Iterable[Opportunity]) -> list[OpportunityCard]:
    """The cards of a list page's rows (with sectors and public_hosts prefetched)."""
    today = timezone.localdate()
    cards = []
    for opportunity in opportunities:
        label, state = deadline_state(opportunity, today=today)
        place = country_name(opportunity.country)
        if place and opportunity.city:
            place = f"{place}, {opportunity.city}"
        deadline = opportunity.deadline
        cards.append(
            OpportunityCard(
                opportunity=opportunity,
                url=reverse("opportunities:detail", args=[opportunity.pk]),
                title=localized_field(opportunity, "title"),
                summary=localized_field(opportunity, "summary"),
                deadline_label=label,
                deadline_state=state,
                kind=choice_label(opportunity, "kind"),
                place=place,
                deadline=date_format(deadline, "SHORT_DATE_FORMAT") if deadline else "",
                deadline_iso=deadline.isoformat() if deadline else "",
                hosts=[
                    localized_field(host, "name").text
                    for host in getattr(opportunity, "public_hosts", [])
                ],
                sectors=[
                    localized_field(sector, "name").text for sector in opportunity.sectors.all()
                ],
            )
        )
    return cards


@register.simple_tag
def open_opportunities_soonest(limit: int = 5) -> list[Opportunity]:
    return selectors.opportunity_list_open_soonest(limit=limit)


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
    return {"interests": list(selectors.opportunity_interests_of(user=user, only_open=True))}


@register.filter
def money(amount, currency: str = "") -> str:
    """A budget as a reader of the page's language writes it: "2조 5천억 원" in Korean,
    "2,500,000,000,000 KRW" in English."""
    if amount is None:
        return ""
    if get_language() == "ko":
        return korean_amount(amount, currency)
    return f"{floatformat(amount, '-2g')} {currency}".strip()
