"""Loads the demo events (demo/data/events/): each event with its itinerary, participants
and delegates; for the example brokerage day also its slots, tables and accepted meetings,
placed and published. The example brokerage day is moved on by whole years when its
registration would be closed, or close soon, on the day the demo is loaded
(demo.services.example_events). Keyed by natural keys, so a second run on one day changes
nothing; an event loaded before under a slug its seed has since dropped (former_slugs) is
renamed first, so it stays one event with everything done in it."""

import datetime
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from demo.data.events import EVENTS, EventSeed
from demo.services.example_dates import datetime_years_add
from demo.services.example_events import EXAMPLE_EVENT_MARGIN_DAYS, example_event_dates_roll
from events.models import (
    Delegate,
    Event,
    MeetingRequest,
    MeetingRequestStatus,
    MeetingSlot,
    Registration,
    RegistrationStatus,
    ScheduledMeeting,
    Session,
    Table,
)
from opportunities.models import Opportunity
from organisations.models import ConnectionSource, Organisation, OrganisationConnection
from organisations.seeding.upsert import (
    Outcome,
    SeedDataError,
    SeedReport,
    links_sync,
    record_upsert,
)
from organisations.services import organisation_connection_create


def _references_check(
    *, events: Sequence[EventSeed], organisations: set[str], opportunities: set[str]
) -> None:
    problems = []
    for seed in events:
        named = set(seed.organisers) | {p.organisation for p in seed.participants}
        for session in seed.sessions:
            named |= set(session.organisations)
        for meeting in seed.meetings:
            named |= {meeting.requester, meeting.recipient}
            if meeting.table and meeting.table not in seed.tables:
                problems.append(f"{seed.slug}: unknown table {meeting.table}")
            if meeting.slot is not None and meeting.slot >= len(seed.slots):
                problems.append(f"{seed.slug}: no slot {meeting.slot}")
        unknown = sorted(named - organisations)
        if unknown:
            problems.append(f"{seed.slug}: unknown organisations {', '.join(unknown)}")
        unknown = sorted(set(seed.opportunities) - opportunities)
        if unknown:
            problems.append(f"{seed.slug}: unknown opportunities {', '.join(unknown)}")
    if problems:
        raise SeedDataError("The demo event data is inconsistent: " + "; ".join(problems))


def _changed(outcome: Outcome, relinked: bool) -> Outcome:
    if outcome is Outcome.UNCHANGED and relinked:
        return Outcome.UPDATED
    return outcome


def _seed_dated(*, seed: EventSeed, today: datetime.date) -> EventSeed:
    # Only the invented example events move, so that the demo always has one to register for;
    # the real ones keep the dates their sources give.
    if not seed.moves_with_the_calendar:
        return seed
    return example_event_dates_roll(event=seed, today=today, margin_days=EXAMPLE_EVENT_MARGIN_DAYS)


@transaction.atomic
def events_demo_load(*, events: Sequence[EventSeed] = EVENTS) -> SeedReport:
    """Needs the demo organisations and opportunities loaded first. The example events are
    loaded at their times for today (demo.services.example_events)."""
    organisations = {
        o.external_id: o for o in Organisation.objects.exclude(external_id="").order_by("pk")
    }
    opportunities = {
        o.external_id: o for o in Opportunity.objects.exclude(external_id="").order_by("pk")
    }
    _references_check(
        events=events, organisations=set(organisations), opportunities=set(opportunities)
    )
    today = timezone.localdate()
    report = SeedReport()
    for seed in events:
        _event_load(seed=_seed_dated(seed=seed, today=today), organisations=organisations,
                    opportunities=opportunities, report=report)  # fmt: skip
    return report


def _slots_move_with_event(*, seed: EventSeed, report: SeedReport) -> set[datetime.datetime]:
    """Slots are keyed by their start, so when an example event has moved on since it was last
    loaded, its slots move first, by the same whole years on the same wall-clock time, with the
    meetings placed in them and the availabilities given for them: what someone did while
    trying the demo (a slot staff added, a meeting placed, a time said to be free) moves with
    the event rather than being lost or left behind a year early. Returns the slots' new
    starts."""
    previous = Event.objects.filter(slug=seed.slug).values_list("starts_at", flat=True).first()
    if previous is None or previous == seed.starts_at:
        return set()
    zone = ZoneInfo(seed.time_zone)
    years = seed.starts_at.astimezone(zone).year - previous.astimezone(zone).year
    if not years:
        return set()
    # Latest first when moving on (earliest first when moving back), so that no slot is
    # moved onto the start of one not yet moved.
    slots = MeetingSlot.objects.filter(event__slug=seed.slug).order_by(
        "-starts_at" if years > 0 else "starts_at"
    )
    moved = set()
    for slot in slots:
        slot.starts_at = datetime_years_add(moment=slot.starts_at, years=years, zone=zone)
        slot.ends_at = datetime_years_add(moment=slot.ends_at, years=years, zone=zone)
        slot.save(update_fields=["starts_at", "ends_at"])
        moved.add(slot.starts_at)
    # The seed's own slots are counted below, as the loader meets them.
    report.add("event meeting slots", Outcome.UPDATED, len(moved - set(seed.slots)))
    return moved


def _event_rename(*, seed: EventSeed) -> bool:
    """An event loaded under one of the seed's former slugs takes the seed's slug, keeping its
    registrations, meetings, slots and everything else that hangs on it by its key (only the
    address changes). Nothing is renamed when the seed's slug is already taken. Says whether
    one was renamed."""
    if not seed.former_slugs or Event.objects.filter(slug=seed.slug).exists():
        return False
    former = Event.objects.filter(slug__in=seed.former_slugs).order_by("pk").first()
    if former is None:
        return False
    Event.objects.filter(pk=former.pk).update(slug=seed.slug, updated_at=timezone.now())
    return True


def _event_load(*, seed: EventSeed, organisations, opportunities, report: SeedReport) -> None:
    renamed = _event_rename(seed=seed)
    moved_slots = (
        _slots_move_with_event(seed=seed, report=report) if seed.moves_with_the_calendar else set()
    )
    event, outcome = record_upsert(
        model=Event,
        lookup={"slug": seed.slug},
        values={
            "title": seed.title,
            "title_ko": seed.title_ko,
            "kind": seed.kind,
            "status": seed.status,
            "description": seed.description,
            "description_ko": seed.description_ko,
            "time_zone": seed.time_zone,
            "venue": seed.venue,
            "venue_ko": seed.venue_ko,
            "city": seed.city,
            "city_ko": seed.city_ko,
            "country": seed.country,
            "starts_at": seed.starts_at,
            "ends_at": seed.ends_at,
            "registration_opens_at": seed.registration_opens_at,
            "registration_closes_at": seed.registration_closes_at,
            "capacity": seed.capacity,
        },
    )
    relinked = links_sync(
        model=Event,
        field_name="organisers",
        wanted={event.pk: [organisations[name].pk for name in seed.organisers]},
    ) | links_sync(
        model=Event,
        field_name="opportunities",
        wanted={event.pk: [opportunities[name].pk for name in seed.opportunities]},
    )
    report.add("events", _changed(outcome, bool(relinked) or renamed))

    for item in seed.sessions:
        session, outcome = record_upsert(
            model=Session,
            lookup={"event": event, "title": item.title},
            values={
                "title_ko": item.title_ko,
                "kind": item.kind,
                "starts_at": item.starts_at,
                "ends_at": item.ends_at,
                "place": item.place,
                "place_ko": item.place_ko,
                "description": item.description,
                "description_ko": item.description_ko,
            },
        )
        relinked = links_sync(
            model=Session,
            field_name="organisations",
            wanted={session.pk: [organisations[name].pk for name in item.organisations]},
        )
        report.add("event sessions", _changed(outcome, bool(relinked)))

    registrations = {}
    for participant in seed.participants:
        registration, outcome = record_upsert(
            model=Registration,
            lookup={"event": event, "organisation": organisations[participant.organisation]},
            values={"status": RegistrationStatus.APPROVED, "seeking": participant.seeking},
        )
        registrations[participant.organisation] = registration
        report.add("event registrations", outcome)
        for name, role, *languages in participant.delegates:
            _, outcome = record_upsert(
                model=Delegate,
                lookup={"registration": registration, "name": name},
                values={"role": role, "languages": "".join(languages)},
            )
            report.add("event delegates", outcome)

    slots = []
    for starts_at in seed.slots:
        slot, outcome = record_upsert(
            model=MeetingSlot,
            lookup={"event": event, "starts_at": starts_at},
            values={"ends_at": starts_at + datetime.timedelta(minutes=seed.slot_minutes)},
        )
        slots.append(slot)
        if outcome is Outcome.UNCHANGED and starts_at in moved_slots:
            outcome = Outcome.UPDATED
        report.add("event meeting slots", outcome)
    tables = {}
    names_ko = seed.tables_ko or ("",) * len(seed.tables)
    for name, name_ko in zip(seed.tables, names_ko, strict=True):
        tables[name], outcome = record_upsert(
            model=Table, lookup={"event": event, "name": name}, values={"name_ko": name_ko}
        )
        report.add("event tables", outcome)

    for meeting in seed.meetings:
        requester = registrations[meeting.requester]
        recipient = registrations[meeting.recipient]
        request, outcome = record_upsert(
            model=MeetingRequest,
            lookup={"event": event, "from_registration": requester, "to_registration": recipient},
            values={
                "message": meeting.message,
                "status": MeetingRequestStatus.ACCEPTED,
                "decided_at": seed.registration_closes_at,
            },
        )
        report.add("event meetings", outcome)
        # Accepted, so the two see each other's contact details, as after the service.
        pair = sorted((requester.organisation_id, recipient.organisation_id))
        connected = OrganisationConnection.objects.filter(
            organisation_a_id=pair[0], organisation_b_id=pair[1]
        ).exists()
        if not connected:
            organisation_connection_create(
                between=requester.organisation,
                and_=recipient.organisation,
                source=ConnectionSource.EVENT_MEETING,
            )
            report.add("organisation connections", Outcome.CREATED)
        if meeting.slot is None:
            continue
        _, outcome = record_upsert(
            model=ScheduledMeeting,
            lookup={"meeting_request": request},
            values={
                "slot": slots[meeting.slot],
                "table": tables[meeting.table],
                "published": True,
                "published_at": seed.registration_closes_at,
            },
        )
        report.add("event scheduled meetings", outcome)
