"""Reads of the events app. The rules of who may see what are here, once, for the pages and
the API alike."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Case, Count, F, IntegerField, Prefetch, Q, QuerySet, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from events.models import (
    Delegate,
    Event,
    EventStatus,
    MeetingMessage,
    MeetingOutcome,
    MeetingRequest,
    MeetingRequestStatus,
    MeetingSlot,
    Registration,
    RegistrationStatus,
    ScheduledMeeting,
    Session,
    Table,
    UnplacedMeeting,
)
from matchmaking.engine import formula
from matchmaking.selectors import partner_matches_among
from organisations.models import Organisation
from organisations.selectors import organisation_of_member


def event_visible_to(*, user) -> QuerySet[Event]:
    """Published and archived events for everyone; drafts for staff too."""
    events = Event.objects.all()
    if user.is_authenticated and user.is_staff:
        return events
    return events.filter(status__in=[EventStatus.PUBLISHED, EventStatus.ARCHIVED])


def event_list(*, user, now: datetime.datetime | None = None) -> QuerySet[Event]:
    """Upcoming events first, soonest at the top; then past ones, latest first."""
    now = now or timezone.now()
    past = Case(When(ends_at__lt=now, then=Value(1)), default=Value(0), output_field=IntegerField())
    return (
        event_visible_to(user=user)
        .annotate(is_past=past)
        .annotate(
            upcoming_start=Case(When(is_past=0, then=F("starts_at"))),
            past_start=Case(When(is_past=1, then=F("starts_at"))),
        )
        .order_by(
            "is_past",
            F("upcoming_start").asc(nulls_last=True),
            F("past_start").desc(nulls_last=True),
            "pk",
        )
        .prefetch_related("organisers")
    )


def event_staff_list() -> QuerySet[Event]:
    """Every event, newest first, with its registrations counted by status."""
    return Event.objects.annotate(
        pending=Count("registrations", filter=Q(registrations__status=RegistrationStatus.PENDING)),
        approved=Count(
            "registrations", filter=Q(registrations__status=RegistrationStatus.APPROVED)
        ),
    ).order_by("-starts_at", "-pk")


def event_detail(*, user) -> QuerySet[Event]:
    """event_visible_to with what the event's page shows."""
    return event_visible_to(user=user).prefetch_related(
        "organisers",
        "opportunities",
        Prefetch("sessions", queryset=Session.objects.prefetch_related("organisations")),
    )


def event_online_url_visible_to(*, user) -> QuerySet[Event]:
    """The events whose online join link the user may see: every one for staff; for a member,
    those their organisation organises or takes part in (an approved registration). Others
    see only that the event is online, so the link cannot be passed round to gatecrashers."""
    if not user.is_authenticated:
        return Event.objects.none()
    if user.is_staff:
        return Event.objects.all()
    organised = Event.organisers.through.objects.filter(
        organisation__memberships__user=user
    ).values("event_id")
    taking_part = Registration.objects.filter(
        status=RegistrationStatus.APPROVED, organisation__memberships__user=user
    ).values("event_id")
    return Event.objects.filter(Q(pk__in=organised) | Q(pk__in=taking_part))


def event_online_url_visible(*, event: Event, user) -> bool:
    return event_online_url_visible_to(user=user).filter(pk=event.pk).exists()


# Who acts for a registration: the members of its organisation.


def itinerary_of(*, event: Event) -> QuerySet[Session]:
    """The event's sessions in time order, with the organisations they visit."""
    return Session.objects.filter(event=event).prefetch_related("organisations")


def slots_of(*, event: Event) -> QuerySet[MeetingSlot]:
    return MeetingSlot.objects.filter(event=event).order_by("starts_at")


def tables_of(*, event: Event) -> QuerySet[Table]:
    return Table.objects.filter(event=event).order_by("pk")


def slots_with_meeting_counts(*, event: Event) -> QuerySet[MeetingSlot]:
    """The setup page's slots, each with how many meetings are scheduled in it."""
    return slots_of(event=event).annotate(meeting_count=Count("meetings"))


def tables_with_meeting_counts(*, event: Event) -> QuerySet[Table]:
    return tables_of(event=event).annotate(meeting_count=Count("meetings"))


def registration_acting_for(*, user, registration: Registration) -> bool:
    """The one rule for a participant's private pages and writes: the user belongs to the
    registered organisation. Staff act through their own pages, not as participants."""
    if not user.is_authenticated:
        return False
    return registration.organisation.memberships.filter(user=user).exists()


def registrations_of(*, user, event: Event) -> QuerySet[Registration]:
    """The registrations of the user's organisations at an event (usually one)."""
    if not user.is_authenticated:
        return Registration.objects.none()
    return (
        Registration.objects.filter(event=event, organisation__memberships__user=user)
        .select_related("organisation", "event")
        .order_by("organisation__name", "pk")
    )


def organisations_registrable_by(*, user) -> QuerySet[Organisation]:
    """The organisations a user may register for an event: those they are a member of (staff
    included only as members; they admit participants on the staff pages)."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return organisation_of_member(user=user).order_by("name")


def registration_visible_to(*, user) -> QuerySet[Registration]:
    """Staff see every registration; members those of their organisations."""
    registrations = Registration.objects.select_related("organisation", "event").prefetch_related(
        "delegates", "seeks_capabilities", "availabilities"
    )
    if user.is_authenticated and user.is_staff:
        return registrations
    if not user.is_authenticated:
        return registrations.none()
    return registrations.filter(organisation__memberships__user=user).distinct()


def registrations_for_staff(*, event: Event) -> QuerySet[Registration]:
    return (
        Registration.objects.filter(event=event)
        .select_related("organisation")
        .prefetch_related("delegates", "seeks_capabilities")
        .order_by("status", "created_at", "pk")
    )


def participants_of(*, event: Event) -> QuerySet[Registration]:
    """The approved registrations: the event's participants."""
    return (
        Registration.objects.filter(event=event, status=RegistrationStatus.APPROVED)
        .select_related("organisation")
        .order_by("organisation__name", "pk")
    )


def registration_approved_count(*, event: Event) -> int:
    return Registration.objects.filter(event=event, status=RegistrationStatus.APPROVED).count()


# Meeting requests.


def meeting_request_visible_to(*, user) -> QuerySet[MeetingRequest]:
    """Staff see all; members the requests their organisations sent or received."""
    requests = MeetingRequest.objects.select_related(
        "event", "from_registration__organisation", "to_registration__organisation"
    )
    if user.is_authenticated and user.is_staff:
        return requests
    if not user.is_authenticated:
        return requests.none()
    return requests.filter(
        Q(from_registration__organisation__memberships__user=user)
        | Q(to_registration__organisation__memberships__user=user)
    ).distinct()


def meeting_requests_of(*, registration: Registration) -> dict[str, list[MeetingRequest]]:
    """A participant's requests, received and sent, newest first."""
    requests = MeetingRequest.objects.filter(
        Q(from_registration=registration) | Q(to_registration=registration)
    ).select_related(
        "from_registration__organisation", "to_registration__organisation", "brokered_by"
    )
    received = [r for r in requests if r.to_registration_id == registration.pk]
    sent = [r for r in requests if r.from_registration_id == registration.pk]
    return {"received": received, "sent": sent}


def meeting_requests_open_sent_count(*, registration: Registration) -> int:
    """What counts towards the limit per participant: its own requests still open (staff
    proposals do not count)."""
    return MeetingRequest.objects.filter(
        from_registration=registration,
        brokered_by__isnull=True,
        status__in=[MeetingRequestStatus.REQUESTED, MeetingRequestStatus.ACCEPTED],
    ).count()


def meeting_request_open_between(*, a: Registration, b: Registration) -> bool:
    return MeetingRequest.objects.filter(
        Q(from_registration=a, to_registration=b) | Q(from_registration=b, to_registration=a),
        status__in=[MeetingRequestStatus.REQUESTED, MeetingRequestStatus.ACCEPTED],
    ).exists()


def counterpart_contacts(
    *, meeting_request: MeetingRequest, registration: Registration
) -> dict[str, str] | None:
    """The other side's contact details, following the introductions' privacy rule: only once
    the meeting is accepted; before that, None (delegates' names and roles are public)."""
    if meeting_request.status != MeetingRequestStatus.ACCEPTED:
        return None
    other = (
        meeting_request.to_registration
        if meeting_request.from_registration_id == registration.pk
        else meeting_request.from_registration
    ).organisation
    return {"name": other.contact_name, "email": other.contact_email, "phone": other.contact_phone}


# Suggested meetings.


@dataclass(frozen=True)
class Suggestion:
    registration: Registration
    score: float  # 0 to 1: the matching engine's points over 100
    reasons: list[str] = field(default_factory=list)
    strength: str = "strong"  # the engine's strong, fair or weak

    @property
    def points(self) -> int:
        """The score as the engine's points out of 100, as partner suggestions show it."""
        return round(self.score * 100)


def _event_seeks(registrations: Iterable[Registration]) -> dict[int, list[int]]:
    """What each participant named as sought at this event, by organisation id: added to its
    profile's needs when the engine scores it here."""
    pairs = Registration.seeks_capabilities.through.objects.filter(
        registration__in=[r.pk for r in registrations]
    ).values_list("registration__organisation_id", "capability_id")
    seeks: dict[int, list[int]] = {}
    for organisation_id, capability_id in pairs:
        seeks.setdefault(organisation_id, []).append(capability_id)
    return seeks


def _scored(
    registration: Registration, others: list[Registration], *, named_only: bool = True
) -> list[Suggestion]:
    """The others as the matching engine scores them for the registration's organisation (the
    formula and reasons of partner suggestions, restricted to these participants), best
    first. Two queries, however many participants."""
    by_organisation = {other.organisation_id: other for other in others}
    matches = partner_matches_among(
        organisation_id=registration.organisation_id,
        candidate_ids=list(by_organisation),
        also_seeks=_event_seeks([registration, *others]),
    )
    own_country = registration.organisation.country.code
    suggestions = []
    for match in matches:
        if named_only and not match.reasons:
            # Nothing in common the engine can name: no reason to suggest meeting.
            continue
        other = by_organisation[match.id]
        reasons = list(match.reasons)
        if {own_country, other.organisation.country.code} == {"GB", "KR"}:
            reasons.append(_("A partner on the other side: one in Korea, one in the UK."))
        score = min(1.0, round(match.score / 100, 4))
        suggestions.append(Suggestion(other, score, reasons, formula.strength(match.score)))
    return suggestions


def participant_score(*, a: Registration, b: Registration) -> tuple[float, list[str]]:
    """How well two participants fit (0 to 1), with the reasons in words from a's side: the
    matching engine's partner score, with what each seeks at this event added to its needs."""
    b = Registration.objects.select_related("organisation").get(pk=b.pk)
    scored = _scored(a, [b], named_only=False)
    return (scored[0].score, scored[0].reasons) if scored else (0.0, [])


def suggested_meetings(*, registration: Registration, limit: int = 10) -> list[Suggestion]:
    """The other approved participants ranked by the matching engine, best first, with its
    reasons; those with nothing in common left out, and those already asked or asking too.
    The number of queries does not grow with the number of participants."""
    registration = Registration.objects.select_related("organisation").get(pk=registration.pk)
    asked = MeetingRequest.objects.filter(
        Q(from_registration=registration) | Q(to_registration=registration),
        status__in=[MeetingRequestStatus.REQUESTED, MeetingRequestStatus.ACCEPTED],
    ).values_list("from_registration", "to_registration")
    taken = {pk for pair in asked for pk in pair}
    others = [
        other
        for other in participants_of(event=registration.event)
        .exclude(pk=registration.pk)
        .select_related("organisation")
        if other.pk not in taken
    ]
    return _scored(registration, others)[:limit]


# Schedules and agendas.


@dataclass
class AgendaItem:
    scheduled: ScheduledMeeting
    other: Registration
    delegates: list[Delegate]
    contacts: dict[str, str] | None


@dataclass
class Agenda:
    registration: Registration
    meetings: list[AgendaItem]
    sessions: list[Session]


def agenda_of(*, registration: Registration) -> Agenda:
    """A participant's published meetings (slot, table, the other side and its delegates,
    contacts since they are accepted) and the event's itinerary."""
    scheduled = (
        ScheduledMeeting.objects.filter(published=True)
        .filter(
            Q(meeting_request__from_registration=registration)
            | Q(meeting_request__to_registration=registration)
        )
        .select_related(
            "slot",
            "table",
            "meeting_request__from_registration__organisation",
            "meeting_request__to_registration__organisation",
        )
        .prefetch_related(
            "meeting_request__from_registration__delegates",
            "meeting_request__to_registration__delegates",
        )
        .order_by("slot__starts_at", "pk")
    )
    items = []
    for meeting in scheduled:
        request = meeting.meeting_request
        other = (
            request.to_registration
            if request.from_registration_id == registration.pk
            else request.from_registration
        )
        items.append(
            AgendaItem(
                scheduled=meeting,
                other=other,
                delegates=list(other.delegates.all()),
                contacts=counterpart_contacts(meeting_request=request, registration=registration),
            )
        )
    sessions = list(
        Session.objects.filter(event=registration.event).prefetch_related("organisations")
    )
    return Agenda(registration=registration, meetings=items, sessions=sessions)


@dataclass
class GridRow:
    slot: MeetingSlot
    cells: list[ScheduledMeeting | None]


def schedule_grid(*, event: Event) -> tuple[list[Table], list[GridRow]]:
    """The printable staff grid: a row per slot, a column per table."""
    tables = list(Table.objects.filter(event=event))
    slots = list(MeetingSlot.objects.filter(event=event))
    placed = {
        (m.slot_id, m.table_id): m
        for m in ScheduledMeeting.objects.filter(slot__event=event).select_related(
            "meeting_request__from_registration__organisation",
            "meeting_request__to_registration__organisation",
        )
    }
    rows = [GridRow(slot, [placed.get((slot.pk, table.pk)) for table in tables]) for slot in slots]
    return tables, rows


def unplaced_of(*, event: Event) -> QuerySet[UnplacedMeeting]:
    return UnplacedMeeting.objects.filter(meeting_request__event=event).select_related(
        "meeting_request__from_registration__organisation",
        "meeting_request__to_registration__organisation",
    )


def schedule_counts(*, event: Event) -> dict[str, int]:
    scheduled = ScheduledMeeting.objects.filter(slot__event=event)
    return {
        "accepted": MeetingRequest.objects.filter(
            event=event, status=MeetingRequestStatus.ACCEPTED
        ).count(),
        "scheduled": scheduled.count(),
        "published": scheduled.filter(published=True).count(),
        "unplaced": unplaced_of(event=event).count(),
    }


# After acceptance: messages, outcomes and the event's funnel.


def meeting_messages_of(*, registration: Registration) -> dict[int, list[MeetingMessage]]:
    """The messages of a participant's meetings, oldest first, by meeting request."""
    by_request: dict[int, list[MeetingMessage]] = {}
    for message in MeetingMessage.objects.filter(
        Q(meeting_request__from_registration=registration)
        | Q(meeting_request__to_registration=registration)
    ).select_related("from_registration__organisation"):
        by_request.setdefault(message.meeting_request_id, []).append(message)
    return by_request


def meeting_message_visible_to(*, user) -> QuerySet[MeetingMessage]:
    """The two sides of the meeting, and staff, who keep the record."""
    messages = MeetingMessage.objects.select_related(
        "meeting_request__event", "from_registration__organisation"
    )
    if user.is_authenticated and user.is_staff:
        return messages
    if not user.is_authenticated:
        return messages.none()
    return messages.filter(
        Q(meeting_request__from_registration__organisation__memberships__user=user)
        | Q(meeting_request__to_registration__organisation__memberships__user=user)
    ).distinct()


def meeting_outcomes_of(*, registration: Registration) -> dict[int, MeetingOutcome]:
    """What the participant recorded after the event, by meeting request."""
    return {
        outcome.meeting_request_id: outcome
        for outcome in MeetingOutcome.objects.filter(registration=registration)
    }


FUNNEL_STAGES = (
    ("registered", gettext_lazy("Registered")),
    ("requested", gettext_lazy("Meetings requested")),
    ("accepted", gettext_lazy("Accepted")),
    ("scheduled", gettext_lazy("Scheduled")),
    ("held", gettext_lazy("Held")),
    ("followed_up", gettext_lazy("Followed up")),
)


def event_funnel(*, event: Event) -> list[tuple[str, str, int]]:
    """How far the event got: organisations registered (withdrawn ones too), meetings asked
    for (staff proposals too), accepted (still), placed in the published schedule, held (one
    side says so and neither denies it) and followed up (both sides chose to)."""
    accepted = MeetingRequest.objects.filter(event=event, status=MeetingRequestStatus.ACCEPTED)
    counts = {
        "registered": Registration.objects.filter(event=event).count(),
        "requested": MeetingRequest.objects.filter(event=event).count(),
        "accepted": accepted.count(),
        "scheduled": accepted.filter(scheduled__published=True).count(),
        "held": accepted.filter(outcomes__held=True)
        .exclude(outcomes__held=False)
        .distinct()
        .count(),
        "followed_up": accepted.annotate(
            follow_ups=Count("outcomes", filter=Q(outcomes__follow_up=True))
        )
        .filter(follow_ups=2)
        .count(),
    }
    return [(key, str(label), counts[key]) for key, label in FUNNEL_STAGES]


def event_data_of_user(*, user) -> dict[str, list[dict]]:
    """What the events app keeps that a user wrote, for "Download my data": the registrations
    they made with the delegates they entered, the meeting requests they sent, their meeting
    messages and their outcomes."""
    registrations = (
        Registration.objects.filter(registered_by=user)
        .select_related("event", "organisation")
        .prefetch_related("delegates")
        .order_by("created_at", "pk")
    )
    return {
        "event_registrations": [
            {
                "event": registration.event.title,
                "organisation": registration.organisation.name,
                "status": registration.status,
                "seeking": registration.seeking,
                "created_at": registration.created_at,
                "delegates": [
                    {"name": d.name, "role": d.role, "languages": d.languages}
                    for d in registration.delegates.all()
                ],
            }
            for registration in registrations
        ],
        "event_meeting_requests": [
            {
                "event": meeting_request.event.title,
                "from_organisation": meeting_request.from_registration.organisation.name,
                "to_organisation": meeting_request.to_registration.organisation.name,
                "message": meeting_request.message,
                "status": meeting_request.status,
                "created_at": meeting_request.created_at,
            }
            for meeting_request in MeetingRequest.objects.filter(requested_by=user)
            .select_related(
                "event", "from_registration__organisation", "to_registration__organisation"
            )
            .order_by("created_at", "pk")
        ],
        "event_meeting_messages": [
            {
                "event": message.meeting_request.event.title,
                "meeting_request_id": message.meeting_request_id,
                "body": message.body,
                "sent_at": message.sent_at,
            }
            for message in MeetingMessage.objects.filter(author=user)
            .select_related("meeting_request__event")
            .order_by("sent_at", "pk")
        ],
        "event_meeting_outcomes": list(
            MeetingOutcome.objects.filter(recorded_by=user)
            .order_by("recorded_at", "pk")
            .values("meeting_request_id", "held", "follow_up", "recorded_at")
        ),
    }
