"""Loads the demo events (demo/data/events.py): each event with its itinerary, participants
and delegates; for the example brokerage day also its slots, tables and accepted meetings,
placed and published. The example brokerage day is moved on by whole years when its
registration would be closed, or close soon, on the day the demo is loaded
(demo.services.example_events). Keyed by natural keys, so a second run on one day changes
nothing."""

import datetime
from collections.abc import Sequence

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from demo.data.events import EVENTS, EventSeed
from demo.services.example_events import EXAMPLE_EVENT_MARGIN_DAYS, example_event_dates_roll
from events.models import (
    Availability,
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


def _stale_slots_remove(*, event: Event, report: SeedReport) -> None:
    """Slots are keyed by their start, so a moved example event would keep last year's slots
    beside the new ones. Those are the event's slots outside its own times (staff cannot make
    such slots: meeting_slots_generate keeps them within the event), so removing them leaves
    any slot staff added on the day itself. Called once the seed's meetings are on their new
    slots; a meeting someone else scheduled in a stale slot goes with it (slot is PROTECT), and
    the availabilities recorded for it too (CASCADE)."""
    stale = MeetingSlot.objects.filter(event=event).filter(
        Q(starts_at__lt=event.starts_at) | Q(ends_at__gt=event.ends_at)
    )
    _, scheduled = ScheduledMeeting.objects.filter(slot__in=stale).delete()
    _, slots = stale.delete()
    for label, model, removed in (
        ("event scheduled meetings", ScheduledMeeting, scheduled),
        ("event meeting slots", MeetingSlot, slots),
        ("event availabilities", Availability, slots),
    ):
        if removed.get(model._meta.label):
            report.add(label, Outcome.REMOVED, removed[model._meta.label])


def _event_load(*, seed: EventSeed, organisations, opportunities, report: SeedReport) -> None:
    event, outcome = record_upsert(
        model=Event,
        lookup={"slug": seed.slug},
        values={
            "title": seed.title,
            "kind": seed.kind,
            "status": seed.status,
            "description": seed.description,
            "time_zone": seed.time_zone,
            "venue": seed.venue,
            "city": seed.city,
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
    report.add("events", _changed(outcome, bool(relinked)))

    for item in seed.sessions:
        session, outcome = record_upsert(
            model=Session,
            lookup={"event": event, "title": item.title},
            values={
                "kind": item.kind,
                "starts_at": item.starts_at,
                "ends_at": item.ends_at,
                "place": item.place,
                "description": item.description,
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
        report.add("event meeting slots", outcome)
    tables = {}
    for name in seed.tables:
        tables[name], outcome = record_upsert(
            model=Table, lookup={"event": event, "name": name}, values={}
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
    if seed.moves_with_the_calendar:
        _stale_slots_remove(event=event, report=report)
