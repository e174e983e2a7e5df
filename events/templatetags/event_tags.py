"""Where an event happens, in the reader's language: its venue and city through common.bilingual's
rule (each in the reader's language, else the other's, with its lang attribute), its country
named in the reader's language, put together in the order that language writes them ("Example
conference centre, Seoul, South Korea"; "대한민국 서울, 예시 컨벤션 센터") by the patterns every
page shares (common.places, through bilingual_tags' `where`).

    {% load event_tags %}
    {% event_where event as where %}{{ where }}
    {% event_where event venue=False as where %}   (the city and country only)
    {{ event.time_zone|zone_label }}                 (Korea time (KST) rather than Asia/Seoul)

A venue shown in the other language carries the fallback label, as a title does; a city does
not (it is a name, and names are shown without one, as organisations' are)."""

from django import template
from django.utils.safestring import SafeString, mark_safe

from common.bilingual import localized_field
from common.time_zone import ZONE_LABELS
from events.models import Event
from organisations.templatetags.bilingual_tags import where

register = template.Library()


@register.filter
def zone_label(name: str) -> str:
    """An IANA time zone as a reader would name it, in the reader's language."""
    return str(ZONE_LABELS.get(name, name))


@register.simple_tag
def event_where(event: Event, venue: bool = True) -> SafeString:
    """The event's venue (unless venue is False), city and country as HTML; empty when it has
    neither a venue nor a city (an online event: the country alone says little)."""
    place = localized_field(event, "venue") if venue else ""
    city = localized_field(event, "city")
    if not place and not city:
        return mark_safe("")
    return where(place=place, city=city, country=event.country)
