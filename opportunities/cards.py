"""The opportunity list's cards, written out in Python once per row.

A card used to cost a few dozen template look-ups, a choices look-up per kind and a
country-name translation each; then, once worked out in Python, the template loop printing
the 25 cards was still a quarter of the list page's time. Here each label is looked up once
per value and language (common.labels) and each card's HTML is an f-string of escaped values.
The markup is the template's (tests/opportunities/test_opportunity_cards.py compares them)."""

import datetime
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext, ngettext

from common.bilingual import LocalizedText, localized_field, reader_language
from common.labels import choice_label, country_name
from common.places import where_text
from common.urls import url_around_pk
from opportunities.models import Opportunity
from organisations.templatetags.bilingual_tags import fallback_badge

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


@dataclass(frozen=True, slots=True)
class OpportunityCard:
    """What a list card shows, as plain values."""

    opportunity: Opportunity
    url: str
    title: LocalizedText
    summary: LocalizedText
    deadline_label: str
    deadline_state: str
    kind: str
    place: str  # city and country in the reader's order (common.places), or empty
    deadline: str  # in the reader's short date format; empty for a rolling one
    deadline_iso: str
    hosts: list[str]
    sectors: list[str]


@functools.lru_cache(maxsize=1024)
def _short_date(day: datetime.date, language: str) -> str:
    return date_format(day, "SHORT_DATE_FORMAT")


def opportunity_cards(opportunities: Iterable[Opportunity]) -> list[OpportunityCard]:
    """The cards of a list page's rows, with their sectors and public_hosts (prefetched, or
    set by selectors.opportunity_card_relations_set)."""
    today = timezone.localdate()
    language = get_language() or ""
    reader = reader_language(language)
    url_head, url_tail = url_around_pk("opportunities:detail")
    cards = []
    for opportunity in opportunities:
        label, state = deadline_state(opportunity, today=today)
        place = where_text(
            city=localized_field(opportunity, "city", language=reader).text,
            country=country_name(opportunity.country),
        )
        deadline = opportunity.deadline
        cards.append(
            OpportunityCard(
                opportunity=opportunity,
                url=f"{url_head}{opportunity.pk}{url_tail}",
                title=localized_field(opportunity, "title", language=reader),
                summary=localized_field(opportunity, "summary", language=reader),
                deadline_label=label,
                deadline_state=state,
                kind=choice_label(opportunity, "kind"),
                place=place,
                deadline=_short_date(deadline, language) if deadline else "",
                deadline_iso=deadline.isoformat() if deadline else "",
                hosts=[
                    localized_field(host, "name", language=reader).text
                    for host in getattr(opportunity, "public_hosts", [])
                ],
                sectors=[
                    localized_field(sector, "name", language=reader).text
                    for sector in _sectors(opportunity)
                ],
            )
        )
    return cards


def _sectors(opportunity: Opportunity) -> list:
    """Set with the hosts by selectors.opportunity_card_relations_set, else prefetched."""
    sectors = getattr(opportunity, "card_sectors", None)
    return opportunity.sectors.all() if sectors is None else sectors


def opportunity_cards_html(opportunities: Iterable[Opportunity]) -> SafeString:
    """The list items of the cards, as the list template wrote them (whitespace aside)."""
    words = {
        "deadline": escape(gettext("Deadline")),
        "no_deadline": escape(gettext("No fixed deadline")),
        "run_by": escape(gettext("Run by")),
        "sectors": escape(gettext("Sectors")),
    }
    return mark_safe(  # noqa: S308 - every value is escaped in _card_html
        "".join(_card_html(card, words) for card in opportunity_cards(opportunities))
    )


def _card_html(card: OpportunityCard, words: dict[str, str]) -> str:
    closed = " card--closed" if card.deadline_state == "closed" else ""
    meta = escape(card.kind)
    if card.place:
        meta += f" · {escape(card.place)}"
    if card.deadline:
        when = (
            f'{words["deadline"]} <time datetime="{card.deadline_iso}">'
            f"{escape(card.deadline)}</time>"
        )
    else:
        when = words["no_deadline"]
    lines = [
        f'<li class="card{closed}">',
        '<div class="card__head">',
        f'<h3 class="card__title"><a href="{escape(card.url)}" lang="{card.title.language}">'
        f"{escape(card.title.text)}</a> {fallback_badge(card.title)}</h3>",
        f'<span class="badge badge--{card.deadline_state}">{escape(card.deadline_label)}</span>',
        "</div>",
        '<p class="card__meta">',
        meta,
        f"· {when}",
        "</p>",
    ]
    if card.summary:
        lines.append(
            f'<p class="card__text"><span lang="{card.summary.language}">'
            f"{escape(card.summary.text)}</span> {fallback_badge(card.summary)}</p>"
        )
    if card.hosts:
        hosts = ", ".join(escape(host) for host in card.hosts)
        lines.append(f'<p class="card__meta">{words["run_by"]} {hosts}</p>')
    if card.sectors:
        lines.append(f'<ul class="tags" aria-label="{words["sectors"]}">')
        lines.append("".join(f'<li class="tag">{escape(sector)}</li>' for sector in card.sectors))
        lines.append("</ul>")
    lines.append("</li>")
    return "".join(line + "\n" for line in lines)
