"""The time zone a reader reads times in: the one they chose, else the one that goes with their
language (Korean readers are in Korea; everyone else gets settings.TIME_ZONE, the UK's).

This is the one place the rule lives. accounts applies it to a member's stored choice and
saved language (its selectors and the middleware that activates the zone for each page), and
to the page's language for a visitor. The apps that send mail sit below accounts in the layers
and must not import it, so, as for the language (common.language), accounts plugs its lookup in
at startup (AccountsConfig.ready calls recipient_time_zone_source_set). Without a source, or
for an address with no account, mail is in settings.TIME_ZONE.

common.mail.mail_reader writes a message's times in its reader's zone; name the zone where a
time is shown (the "T" date format: "15:45 KST").
"""

import functools
import zoneinfo
from collections.abc import Callable, Iterable, Mapping

from django.conf import settings
from django.utils.translation import gettext_lazy as _

# The zone that goes with a language, for a reader who never chose one.
LANGUAGE_ZONES = {"ko": "Asia/Seoul"}

# The zones most readers are in, named as they say them; any other keeps its IANA name.
ZONE_LABELS = {
    "Europe/London": _("UK time (GMT/BST)"),
    "Asia/Seoul": _("Korea time (KST)"),
}

# Called with user_ids=[...]: user id -> the zone to show each of them times in (missing: the
# default).
TimeZoneSource = Callable[..., Mapping[int, str]]

_source: TimeZoneSource | None = None


@functools.cache
def time_zones_known() -> frozenset[str]:
    """Every IANA zone name this machine knows (read from disk once: the list is long)."""
    return frozenset(zoneinfo.available_timezones())


def time_zone_for_reader(*, chosen: str | None, language: str | None) -> str:
    """The zone a reader reads times in: the one they chose if it is a zone, else the one that
    goes with their language (a member's saved one, a visitor's page's)."""
    if chosen and chosen in time_zones_known():
        return chosen
    return LANGUAGE_ZONES.get(language or "", settings.TIME_ZONE)


def recipient_time_zone_source_set(source: TimeZoneSource | None) -> None:
    global _source
    _source = source


def recipient_time_zones(*, user_ids: Iterable[int | None]) -> dict[int | None, str]:
    """Every given user id -> the zone to show them times in (one lookup for them all); None
    (an address with no account) gets the default."""
    ids = sorted({user_id for user_id in user_ids if user_id is not None})
    zones = _source(user_ids=ids) if _source is not None and ids else {}
    result: dict[int | None, str] = {None: settings.TIME_ZONE}
    for user_id in ids:
        result[user_id] = time_zone_for_reader(chosen=zones.get(user_id), language=None)
    return result
