"""Writes of setting an event up, for staff: the event itself with its organisers and the
opportunities it prepares, its itinerary, and its meeting slots and tables."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from common.bilingual import ENGLISH, KOREAN, localized_field
from events.models import Availability, Event, MeetingSlot, Session, Table
from events.services.participation import staff_only
from opportunities.models import Opportunity
from organisations.models import Organisation

# Paths of the staff pages that an event's slug must not take.
RESERVED_SLUGS = frozenset({"new"})
SLOT_MINUTES_RANGE = (5, 240)
MOST_SLOTS = 200
MOST_TABLES = 200
# How generated tables are named: each in English and in Korean, whoever generates them.
TABLE_NAME = gettext_noop("Table %(number)s")
VIDEO_LINK_NAME = gettext_noop("Video link %(number)s")
EVENT_FIELDS = (
    "slug",
    "title",
    "title_ko",
    "kind",
    "description",
    "description_ko",
    "starts_at",
    "ends_at",
    "time_zone",
    "venue",
    "venue_ko",
    "city",
    "city_ko",
    "country",
    "online_url",
    "registration_opens_at",
    "registration_closes_at",
    "capacity",
)


def event_save(
    *,
    actor,
    event: Event | None = None,
    fields: dict,
    organisers: Iterable[Organisation] = (),
    opportunities: Iterable[Opportunity] = (),
) -> Event:
    """Create an event (a draft: staff publish it from its page) or change one, with its
    organisers and the opportunities it prepares. Every field is checked before anything is
    written."""
    staff_only(actor)
    unknown = set(fields) - set(EVENT_FIELDS)
    if unknown:
        raise ValueError(f"Not event fields: {', '.join(sorted(unknown))}")
    if fields.get("slug") in RESERVED_SLUGS:
        raise ValidationError({"slug": _("This address is taken by a staff page; choose another.")})
    event = event if event is not None else Event()
    for name, value in fields.items():
        setattr(event, name, value)
    event.full_clean()
    with transaction.atomic():
        event.save()
        event.organisers.set(organisers)
        event.opportunities.set(opportunities)
    return event


def session_add(
    *,
    event: Event,
    actor,
    title: str,
    starts_at: datetime.datetime,
    ends_at: datetime.datetime,
    kind: str = "other",
    place: str = "",
    description: str = "",
    organisations: Iterable[Organisation] = (),
    title_ko: str = "",
    description_ko: str = "",
    place_ko: str = "",
) -> Session:
    """Add an item to the itinerary: a site visit, a workshop or a talk (its title, place and
    description in Korean too, if given)."""
    staff_only(actor)
    session = Session(
        event=event,
        title=title.strip(),
        title_ko=title_ko.strip(),
        kind=kind,
        starts_at=starts_at,
        ends_at=ends_at,
        place=place.strip(),
        place_ko=place_ko.strip(),
        description=description.strip(),
        description_ko=description_ko.strip(),
    )
    session.full_clean()
    with transaction.atomic():
        session.save()
        session.organisations.set(organisations)
    return session


def session_delete(*, session: Session, actor) -> None:
    staff_only(actor)
    session.delete()


def meeting_slots_generate(
    *,
    event: Event,
    actor,
    starts_at: datetime.datetime,
    ends_at: datetime.datetime,
    slot_minutes: int,
    tables: int = 0,
    video_links: Sequence[str] = (),
) -> tuple[list[MeetingSlot], list[Table]]:
    """Cut the time from starts_at to ends_at into back-to-back meeting slots of slot_minutes
    (a last piece too short for a meeting is left out), and add tables: `tables` in the hall,
    named on from those there are, and one per video link. Slots may not overlap those there
    are, so a second run adds an afternoon rather than doubling the morning."""
    staff_only(actor)
    low, high = SLOT_MINUTES_RANGE
    if not low <= slot_minutes <= high:
        raise ValidationError(
            {
                "slot_minutes": _("A slot lasts from %(low)s to %(high)s minutes.")
                % {"low": low, "high": high}
            }
        )
    if ends_at <= starts_at:
        raise ValidationError({"ends_at": _("The end must come after the start.")})
    if starts_at < event.starts_at or ends_at > event.ends_at:
        raise ValidationError(_("The meeting slots must fall within the event's dates."))
    length = datetime.timedelta(minutes=slot_minutes)
    count = int((ends_at - starts_at) / length)
    if count == 0:
        raise ValidationError({"ends_at": _("That is too short for one slot.")})
    if count > MOST_SLOTS:
        raise ValidationError(
            _("That makes %(count)s slots; at most %(most)s are made at once.")
            % {"count": count, "most": MOST_SLOTS}
        )
    links = [link.strip() for link in video_links if link.strip()]
    if tables < 0 or tables + len(links) > MOST_TABLES:
        raise ValidationError(
            {"tables": _("Between 0 and %(most)s tables at once.") % {"most": MOST_TABLES}}
        )
    for link in links:
        try:
            URLValidator(schemes=["https", "http"])(link)
        except ValidationError:
            raise ValidationError(
                {"video_links": _("“%(link)s” is not a web address.") % {"link": link}}
            ) from None
    if MeetingSlot.objects.filter(
        event=event, starts_at__lt=ends_at, ends_at__gt=starts_at
    ).exists():
        raise ValidationError(
            _("These times overlap meeting slots the event already has; choose other times.")
        )
    slots = [
        MeetingSlot(
            event=event, starts_at=starts_at + i * length, ends_at=starts_at + (i + 1) * length
        )
        for i in range(count)
    ]
    with transaction.atomic():
        # Locked so two staff generating at once cannot both pick the same table names.
        Event.objects.select_for_update().filter(pk=event.pk).first()
        taken = set()
        for name, name_ko in Table.objects.filter(event=event).values_list("name", "name_ko"):
            taken |= {name, name_ko} - {""}
        new_tables = [
            Table(event=event, name=name, name_ko=name_ko)
            for name, name_ko in _free_names(TABLE_NAME, taken, tables)
        ]
        names = _free_names(VIDEO_LINK_NAME, taken, len(links))
        new_tables += [
            Table(event=event, name=name, name_ko=name_ko, video_url=link)
            for (name, name_ko), link in zip(names, links, strict=True)
        ]
        MeetingSlot.objects.bulk_create(slots)
        Table.objects.bulk_create(new_tables)
    return slots, new_tables


def meeting_slot_delete(*, slot: MeetingSlot, actor) -> None:
    """Removes a slot no meeting is scheduled in. A participant free only in this slot would be
    left with no availability, which means free at every time: refused too, so that nobody's
    answer is turned into its opposite."""
    staff_only(actor)
    with transaction.atomic():
        Event.objects.select_for_update().filter(pk=slot.event_id).first()
        meetings = slot.meetings.count()
        if meetings:
            raise ValidationError(
                ngettext(
                    "%(count)s meeting is scheduled in this slot; a slot can be removed only "
                    "while none is.",
                    "%(count)s meetings are scheduled in this slot; a slot can be removed only "
                    "while none is.",
                    meetings,
                )
                % {"count": meetings}
            )
        elsewhere = Availability.objects.filter(registration__event_id=slot.event_id).exclude(
            slot=slot
        )
        only_then = (
            Availability.objects.filter(slot=slot)
            .exclude(registration__in=elsewhere.values("registration"))
            .count()
        )
        if only_then:
            raise ValidationError(
                ngettext(
                    "%(count)s participant is free only in this slot; removing it would make "
                    "them free at every time.",
                    "%(count)s participants are free only in this slot; removing it would make "
                    "them free at every time.",
                    only_then,
                )
                % {"count": only_then}
            )
        slot.delete()


def table_delete(*, table: Table, actor) -> None:
    """Removes a table or video link no meeting is scheduled at."""
    staff_only(actor)
    with transaction.atomic():
        Event.objects.select_for_update().filter(pk=table.event_id).first()
        meetings = table.meetings.count()
        if meetings:
            raise ValidationError(
                ngettext(
                    "%(count)s meeting is scheduled at “%(table)s”; a table can be removed only "
                    "while none is.",
                    "%(count)s meetings are scheduled at “%(table)s”; a table can be removed "
                    "only while none is.",
                    meetings,
                )
                % {"count": meetings, "table": localized_field(table, "name").text}
            )
        table.delete()


def _free_names(pattern: str, taken: set[str], count: int) -> list[tuple[str, str]]:
    """count (English, Korean) names ("Table 1", "테이블 1"), ("Table 2", "테이블 2")... of the
    same number, neither of which the event uses yet in either language (so no two tables read
    alike in either); the names picked are added to taken. The pattern is worded in each
    language, not in the active one: a Korean staff member's tables are "Table 1" to English
    readers too."""
    with translation.override(ENGLISH):
        english = _(pattern)
    with translation.override(KOREAN):
        korean = _(pattern)
    names, number = [], 1
    while len(names) < count:
        pair = (english % {"number": number}, korean % {"number": number})
        if not taken & set(pair):
            names.append(pair)
            taken |= set(pair)
        number += 1
    return names
