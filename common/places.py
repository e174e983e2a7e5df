"""Where something is: a place (a venue, a room), a city and a country, put together in the
order the reader's language writes them ("Example conference centre, Seoul, South Korea";
"대한민국 서울, 예시 컨벤션 센터").

The one set of patterns for every page: events (events.templatetags.event_tags.event_where),
opportunities and organisations (the `where` tag of organisations' bilingual_tags, the list
cards). Each pattern is a whole translated sentence, so a language can put the parts in its own
order and with its own joiners (Korean goes from the country down to the place). Which version
of each part to show (the reader's language or the other) is the caller's: common.bilingual."""

from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import pgettext


def where_pattern(*, place: bool, city: bool, country: bool) -> str:
    """The pattern for the parts given, with %(place)s, %(city)s and %(country)s; empty for
    none."""
    if place and city and country:
        return pgettext("location", "%(place)s, %(city)s, %(country)s")
    if place and city:
        return pgettext("location", "%(place)s, %(city)s")
    if place and country:
        return pgettext("location", "%(place)s, %(country)s")
    if city and country:
        return pgettext("location", "%(city)s, %(country)s")
    if place:
        return "%(place)s"
    return "%(city)s" if city else "%(country)s" if country else ""


def where_text(*, place: str = "", city: str = "", country: str = "") -> str:
    """The parts in the reader's order, as plain text (to be escaped where it is shown)."""
    parts = {"place": str(place), "city": str(city), "country": str(country)}
    return where_pattern(**{name: bool(value) for name, value in parts.items()}) % parts


def where_html(*, place: str = "", city: str = "", country: str = "") -> SafeString:
    """where_text as HTML: each part is escaped unless it is already safe (a <span lang>)."""
    parts = {"place": place, "city": city, "country": country}
    pattern = where_pattern(**{name: bool(value) for name, value in parts.items()})
    escaped = {name: conditional_escape(value) for name, value in parts.items()}
    return mark_safe(escape(pattern) % escaped)
