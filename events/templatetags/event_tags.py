"""Where an event happens, in the reader's language: its venue and city through common.bilingual's
rule (each in the reader's language, else the other's, with its lang attribute), its country
named in the reader's language, put together in the order that language writes them ("Example
conference centre, Seoul, South Korea"; "대한민국 서울, 예시 컨벤션 센터").

    {% load event_tags %}
    {% event_where event as where %}{{ where }}
    {% event_where event venue=False as where %}   (the city and country only)

A venue shown in the other language carries the fallback label, as a title does; a city does
not (it is a name, and names are shown without one, as organisations' are)."""

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import pgettext

from common.bilingual import LocalizedText, localized_field
from common.labels import country_name
from events.models import Event
from organisations.templatetags.bilingual_tags import fallback_badge

register = template.Library()


def _shown(text: LocalizedText, *, badge: bool) -> SafeString:
    span = format_html('<span lang="{}">{}</span>', text.language, text.text)
    return format_html("{} {}", span, fallback_badge(text)) if badge and text.fallback else span


def _pattern(*, venue: bool, city: bool, country: bool) -> str:
    # Whole patterns, so a language can put the parts in its own order (Korean goes from the
    # country down to the venue).
    if venue and city and country:
        return pgettext("event location", "%(venue)s, %(city)s, %(country)s")
    if venue and city:
        return pgettext("event location", "%(venue)s, %(city)s")
    if venue and country:
        return pgettext("event location", "%(venue)s, %(country)s")
    if city and country:
        return pgettext("event location", "%(city)s, %(country)s")
    return "%(venue)s" if venue else "%(city)s"


@register.simple_tag
def event_where(event: Event, venue: bool = True) -> SafeString:
    """The event's venue (unless venue is False), city and country as HTML; empty when it has
    neither a venue nor a city (an online event: the country alone says little)."""
    place = localized_field(event, "venue") if venue else LocalizedText("", "")
    city = localized_field(event, "city")
    if not place and not city:
        return mark_safe("")
    parts = {
        "venue": _shown(place, badge=True) if place else "",
        "city": _shown(city, badge=False) if city else "",
        "country": escape(country_name(event.country)),
    }
    pattern = _pattern(venue=bool(place), city=bool(city), country=bool(parts["country"]))
    return mark_safe(escape(pattern) % parts)
