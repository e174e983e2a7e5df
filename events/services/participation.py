"""Writes of taking part in an event: registration, meeting requests, the schedule, and
what the two sides of a meeting do after acceptance."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from common.bilingual import localized_field
from common.mail import mail_link
from common.text_limits import message_body_clean
from events import scheduling, selectors
from events.models import (
    Availability,
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
    Table,
    UnplacedMeeting,
)
from introductions.services import introduction_record_made
from organisations.mail import organisation_members_mail
from organisations.models import Capability, ConnectionSource, Organisation
from organisations.services import organisation_connection_create


def meeting_requests_limit() -> int:
    """How many open requests a participant may have sent at one event."""
    return settings.EVENT_MEETING_REQUESTS_LIMIT


def staff_only(actor) -> None:
    if not (actor.is_authenticated and actor.is_staff):
        raise PermissionDenied(_("Only staff can do this."))


# Events.


def event_publish(*, event: Event) -> Event:
    if event.status == EventStatus.PUBLISHED:
        raise ValidationError(_("This event is already published."), code="conflict")
    event.status = EventStatus.PUBLISHED
    event.save(update_fields=["status", "updated_at"])
    return event


def event_archive(*, event: Event) -> Event:
    if event.status != EventStatus.PUBLISHED:
        raise ValidationError(_("Only a published event can be archived."), code="conflict")
    event.status = EventStatus.ARCHIVED
    event.save(update_fields=["status", "updated_at"])
    return event


# Registrations.


@dataclass(frozen=True)
class DelegateData:
    name: str
    role: str = ""
    languages: str = ""


def registration_create(
    *,
    event: Event,
    organisation: Organisation,
    user,
    delegates: Sequence[DelegateData],
    seeking: str = "",
    capabilities: Iterable[Capability] = (),
    available_slots: Iterable[MeetingSlot] | None = None,
    now: datetime.datetime | None = None,
) -> Registration:
    """An organisation's member registers it, with its delegates, what it seeks and the slots
    in which it is free (None: all of them). It waits for staff approval."""
    if not organisation.memberships.filter(user=user).exists():
        raise PermissionDenied(_("Only members of an organisation can register it."))
    if not event.registration_open(now=now):
        raise ValidationError(_("Registration for this event is not open."), code="closed")
    if Registration.objects.filter(event=event, organisation=organisation).exists():
        raise ValidationError(
            _("%(organisation)s is already registered for this event.")
            % {"organisation": localized_field(organisation, "name").text},
            code="conflict",
        )
    if not delegates:
        raise ValidationError({"delegates": _("Name at least one delegate.")}, code="required")
    slots = list(available_slots) if available_slots is not None else []
    if any(slot.event_id != event.pk for slot in slots):
        raise ValidationError({"available_slots": _("A slot of another event was given.")})
    with transaction.atomic():
        registration = Registration.objects.create(
            event=event, organisation=organisation, seeking=seeking, registered_by=user
        )
        registration.seeks_capabilities.set(capabilities)
        Delegate.objects.bulk_create(
            Delegate(registration=registration, name=d.name, role=d.role, languages=d.languages)
            for d in delegates
        )
        Availability.objects.bulk_create(
            Availability(registration=registration, slot=slot) for slot in slots
        )
    return registration


_REGISTRATION_DECISION_MAILS = {
    RegistrationStatus.APPROVED: "events/email/registration_approved",
    RegistrationStatus.REJECTED: "events/email/registration_rejected",
}


def _decide(registration: Registration, status: str, actor) -> Registration:
    """Records staff's decision and tells the organisation's members (once it commits)."""
    registration.status = status
    registration.decided_by = actor
    registration.decided_at = timezone.now()
    registration.save(update_fields=["status", "decided_by", "decided_at"])
    event = registration.event
    organisation_members_mail(
        organisation=registration.organisation,
        template=_REGISTRATION_DECISION_MAILS[status],
        context={
            "event": event,
            "registration": registration,
            "link": _my_event_link(event=event, registration=registration),
        },
    )
    return registration


def registration_approve(*, registration: Registration, actor) -> Registration:
    """Staff admit a participant, within the event's capacity. The event row is locked so two
    staff approving at once cannot overfill it."""
    staff_only(actor)
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status not in (RegistrationStatus.PENDING, RegistrationStatus.REJECTED):
            raise ValidationError(
                _("Only a pending or rejected registration can be approved."), code="conflict"
            )
        approved = selectors.registration_approved_count(event=event)
        if event.capacity is not None and approved >= event.capacity:
            raise ValidationError(
                _("The event is full: %(capacity)s participants are already approved.")
                % {"capacity": event.capacity},
                code="conflict",
            )
        return _decide(registration, RegistrationStatus.APPROVED, actor)


def registration_reject(*, registration: Registration, actor) -> Registration:
    staff_only(actor)
    if registration.status != RegistrationStatus.PENDING:
        raise ValidationError(_("Only a pending registration can be rejected."), code="conflict")
    with transaction.atomic():
        return _decide(registration, RegistrationStatus.REJECTED, actor)


def registration_withdraw(*, registration: Registration, user) -> Registration:
    """A member takes the organisation out of the event: its open meeting requests are
    called off (both sides of a published meeting are told) and its place is freed."""
    if not selectors.registration_acting_for(user=user, registration=registration):
        raise PermissionDenied(_("Only members of the organisation can withdraw it."))
    if registration.status not in (RegistrationStatus.PENDING, RegistrationStatus.APPROVED):
        raise ValidationError(_("This registration is no longer active."), code="conflict")
    with transaction.atomic():
        for meeting_request in MeetingRequest.objects.filter(
            Q(from_registration=registration) | Q(to_registration=registration),
            status__in=[MeetingRequestStatus.REQUESTED, MeetingRequestStatus.ACCEPTED],
        ).select_related(
            "event", "from_registration__organisation", "to_registration__organisation"
        ):
            _meeting_request_call_off(meeting_request)
        registration.status = RegistrationStatus.WITHDRAWN
        registration.save(update_fields=["status"])
    return registration


# Meeting requests.


def _check_participants(a: Registration, b: Registration) -> None:
    if a.pk == b.pk:
        raise ValidationError({"to_registration": _("A participant cannot meet itself.")})
    if a.event_id != b.event_id:
        raise ValidationError({"to_registration": _("Both must take part in the same event.")})
    if a.status != RegistrationStatus.APPROVED or b.status != RegistrationStatus.APPROVED:
        raise ValidationError(
            {"to_registration": _("Both sides must be approved participants of the event.")}
        )
    if selectors.meeting_request_open_between(a=a, b=b):
        raise ValidationError(
            _("A meeting between these two is already requested or accepted."), code="conflict"
        )


def _priority(value: int) -> int:
    if value not in (1, 2, 3):
        raise ValidationError({"priority": _("Priority is 1 (low), 2 or 3 (high).")})
    return value


def meeting_request_create(
    *,
    from_registration: Registration,
    to_registration: Registration,
    user,
    message: str = "",
    priority: int = 2,
) -> MeetingRequest:
    """A participant asks another for a meeting, within the limit of open requests."""
    if not selectors.registration_acting_for(user=user, registration=from_registration):
        raise PermissionDenied(_("Only members of the participant can ask on its behalf."))
    if len(message) > 500:
        raise ValidationError({"message": _("Keep the message to 500 characters.")})
    _priority(priority)
    # Scored before the lock: the matching index may have to catch up with the database first.
    score, _reasons = selectors.participant_score(a=from_registration, b=to_registration)
    with transaction.atomic():
        # Locked so two requests sent at once cannot both slip under the limit.
        Registration.objects.select_for_update().get(pk=from_registration.pk)
        _check_participants(from_registration, to_registration)
        limit = meeting_requests_limit()
        if selectors.meeting_requests_open_sent_count(registration=from_registration) >= limit:
            raise ValidationError(
                _("You have reached the limit of %(limit)s open meeting requests at this event.")
                % {"limit": limit},
                code="limit",
            )
        meeting_request = MeetingRequest.objects.create(
            event_id=from_registration.event_id,
            from_registration=from_registration,
            to_registration=to_registration,
            message=message,
            requester_priority=priority,
            score=score,
            requested_by=user,
        )
        _meeting_request_received_mail(meeting_request)
    return meeting_request


def meeting_broker(
    *, from_registration: Registration, to_registration: Registration, actor, message: str = ""
) -> MeetingRequest:
    """Staff propose a meeting between two participants; the second one accepts or declines.
    It does not count towards the first one's limit."""
    staff_only(actor)
    if len(message) > 500:
        raise ValidationError({"message": _("Keep the message to 500 characters.")})
    score, _reasons = selectors.participant_score(a=from_registration, b=to_registration)
    with transaction.atomic():
        _check_participants(from_registration, to_registration)
        meeting_request = MeetingRequest.objects.create(
            event_id=from_registration.event_id,
            from_registration=from_registration,
            to_registration=to_registration,
            message=message,
            brokered_by=actor,
            score=score,
        )
        _meeting_request_received_mail(meeting_request)
    return meeting_request


def _meeting_request_received_mail(meeting_request: MeetingRequest) -> None:
    """Tells the participant asked (or proposed a meeting by staff) that an answer waits."""
    to_registration = meeting_request.to_registration
    event = to_registration.event
    organisation_members_mail(
        organisation=to_registration.organisation,
        template="events/email/meeting_request_received",
        context={
            "event": event,
            "meeting_request": meeting_request,
            "link": _my_event_link(
                event=event, registration=to_registration, fragment="#requests-heading"
            ),
        },
    )


def _answer(meeting_request: MeetingRequest, user, status: str, priority: int) -> MeetingRequest:
    if not selectors.registration_acting_for(
        user=user, registration=meeting_request.to_registration
    ):
        raise PermissionDenied(_("Only the participant asked can answer this request."))
    _priority(priority)
    if meeting_request.status != MeetingRequestStatus.REQUESTED:
        raise ValidationError(_("This request has already been answered."), code="conflict")
    meeting_request.status = status
    meeting_request.recipient_priority = priority
    meeting_request.decided_at = timezone.now()
    meeting_request.save(update_fields=["status", "recipient_priority", "decided_at"])
    return meeting_request


def meeting_request_accept(
    *, meeting_request: MeetingRequest, user, priority: int = 2
) -> MeetingRequest:
    """The participant asked says yes: from now on the two organisations see each other's
    contact details, here and on their pages, as after an accepted introduction."""
    with transaction.atomic():
        _answer(meeting_request, user, MeetingRequestStatus.ACCEPTED, priority)
        organisation_connection_create(
            between=meeting_request.from_registration.organisation,
            and_=meeting_request.to_registration.organisation,
            source=ConnectionSource.EVENT_MEETING,
        )
    return meeting_request


def meeting_request_decline(*, meeting_request: MeetingRequest, user) -> MeetingRequest:
    return _answer(meeting_request, user, MeetingRequestStatus.DECLINED, 2)


def meeting_request_cancel(*, meeting_request: MeetingRequest, user) -> MeetingRequest:
    """Either side calls an open meeting off. If it was in the published schedule, both
    sides are told."""
    sides = (meeting_request.from_registration, meeting_request.to_registration)
    if not any(selectors.registration_acting_for(user=user, registration=r) for r in sides):
        raise PermissionDenied(_("Only the two sides can cancel this meeting."))
    if meeting_request.status not in (
        MeetingRequestStatus.REQUESTED,
        MeetingRequestStatus.ACCEPTED,
    ):
        raise ValidationError(_("This meeting is no longer open."), code="conflict")
    with transaction.atomic():
        _meeting_request_call_off(meeting_request)
    return meeting_request


def _meeting_request_call_off(meeting_request: MeetingRequest) -> None:
    scheduled = ScheduledMeeting.objects.filter(meeting_request=meeting_request).first()
    meeting_request.status = MeetingRequestStatus.CANCELLED
    meeting_request.decided_at = timezone.now()
    meeting_request.save(update_fields=["status", "decided_at"])
    UnplacedMeeting.objects.filter(meeting_request=meeting_request).delete()
    if scheduled is not None:
        was_published = scheduled.published
        scheduled.delete()
        if was_published:
            sides = (meeting_request.from_registration, meeting_request.to_registration)
            _schedule_change_mail(event=meeting_request.event, registrations=sides)


# Scheduling.


def _problem(event: Event) -> tuple[scheduling.Problem, dict[int, MeetingRequest]]:
    accepted = {
        request.pk: request
        for request in MeetingRequest.objects.filter(
            event=event, status=MeetingRequestStatus.ACCEPTED
        ).select_related("scheduled")
    }
    fixed = {
        m.meeting_request_id: (m.slot_id, m.table_id)
        for m in ScheduledMeeting.objects.filter(slot__event=event, published=True)
    }
    availability: dict[int, set] = {}
    for registration_id, slot_id in Availability.objects.filter(
        registration__event=event
    ).values_list("registration_id", "slot_id"):
        availability.setdefault(registration_id, set()).add(slot_id)
    problem = scheduling.Problem(
        slots=list(MeetingSlot.objects.filter(event=event).values_list("pk", flat=True)),
        tables=list(Table.objects.filter(event=event).values_list("pk", flat=True)),
        meetings=[
            scheduling.Meeting(
                id=request.pk,
                a=request.from_registration_id,
                b=request.to_registration_id,
                weight=scheduling.meeting_weight(
                    priority_a=request.requester_priority,
                    priority_b=request.recipient_priority,
                    score=request.score,
                ),
                fixed=fixed.get(request.pk),
            )
            # First come: in the order the meetings were accepted.
            for request in sorted(accepted.values(), key=lambda r: r.decided_at or r.created_at)
        ],
        availability={k: frozenset(v) for k, v in availability.items()},
    )
    return problem, accepted


def _schedule_error_message(error: scheduling.ScheduleError) -> str:
    """The scheduler's refusal (plain Python, in English) in the reader's language."""
    messages = {
        "self_meeting": _("Meeting %(meeting)s is between a participant and itself."),
        "unknown_place": _("Fixed meeting %(meeting)s is in an unknown slot or table."),
        "clash": _("Fixed meeting %(meeting)s clashes with another one."),
    }
    message = messages.get(error.code)
    return message % {"meeting": error.meeting} if message else str(error)


def schedule_run(*, event: Event, actor, time_limit: float | None = None) -> scheduling.Schedule:
    """Staff place every accepted meeting they can. Published meetings stay where they are;
    the draft placements of the last run are replaced; what cannot be placed is recorded with
    its reason."""
    staff_only(actor)
    if time_limit is None:
        time_limit = float(settings.EVENT_SCHEDULER_TIME_LIMIT)
    with transaction.atomic():
        # One run at a time per event.
        Event.objects.select_for_update().get(pk=event.pk)
        problem, _accepted = _problem(event)
        if not problem.slots or not problem.tables:
            raise ValidationError(_("Add meeting slots and tables before scheduling."))
        try:
            schedule = scheduling.schedule_optimal(problem, time_limit=time_limit)
        except scheduling.ScheduleError as error:
            raise ValidationError(_schedule_error_message(error)) from None
        ScheduledMeeting.objects.filter(slot__event=event, published=False).delete()
        UnplacedMeeting.objects.filter(meeting_request__event=event).delete()
        fixed = {m.id for m in problem.meetings if m.fixed is not None}
        ScheduledMeeting.objects.bulk_create(
            ScheduledMeeting(meeting_request_id=p.meeting, slot_id=p.slot, table_id=p.table)
            for p in schedule.placements
            if p.meeting not in fixed
        )
        UnplacedMeeting.objects.bulk_create(
            UnplacedMeeting(meeting_request_id=u.meeting, reason=u.reason.value)
            for u in schedule.unplaced
        )
    return schedule


def schedule_publish(*, event: Event, actor) -> int:
    """Staff publish the draft placements: they appear in the agendas, stay put on later
    runs, and each participant whose agenda changed is mailed. Returns how many. Refused when
    there is no draft: "published 0 meetings and told the participants" would tell nobody
    anything, and suggests a schedule that is not there."""
    staff_only(actor)
    with transaction.atomic():
        drafts = list(
            ScheduledMeeting.objects.filter(slot__event=event, published=False).select_related(
                "meeting_request__from_registration__organisation",
                "meeting_request__to_registration__organisation",
            )
        )
        if not drafts:
            if ScheduledMeeting.objects.filter(slot__event=event).exists():
                raise ValidationError(
                    _("Every scheduled meeting is already published; there is nothing new.")
                )
            raise ValidationError(
                _("There are no scheduled meetings to publish: run the scheduler first.")
            )
        now = timezone.now()
        for meeting in drafts:
            meeting.published = True
            meeting.published_at = now
        ScheduledMeeting.objects.bulk_update(drafts, ["published", "published_at"])
        affected = {}
        for meeting in drafts:
            for side in (
                meeting.meeting_request.from_registration,
                meeting.meeting_request.to_registration,
            ):
                affected[side.pk] = side
        _schedule_change_mail(event=event, registrations=affected.values())
    return len(drafts)


def _schedule_change_mail(*, event: Event, registrations: Iterable[Registration]) -> None:
    """Tells each participant whose agenda changed to look at it again (after the commit, so
    nothing is sent for a change that is rolled back)."""
    for registration in registrations:
        organisation_members_mail(
            organisation=registration.organisation,
            template="events/email/schedule_changed",
            context={"event": event, "registration": registration},
        )


def _my_event_link(*, event: Event, registration: Registration, fragment: str = ""):
    """An absolute link to the participant's event page. ?as= opens it as this participant
    for a member of several registered organisations."""
    return mail_link(
        "events:my_event", args=[event.slug], suffix=f"?as={registration.pk}{fragment}"
    )


# Messages and outcomes of accepted meetings.


def _side_of(meeting_request: MeetingRequest, user) -> Registration:
    """The side of the meeting the user acts for, or PermissionDenied (staff included: the
    messages are between the two sides)."""
    for side in (meeting_request.from_registration, meeting_request.to_registration):
        if selectors.registration_acting_for(user=user, registration=side):
            return side
    raise PermissionDenied(_("Only the two sides of this meeting can do this."))


def meeting_message_send(*, meeting_request: MeetingRequest, user, body: str) -> MeetingMessage:
    """One side writes to the other, once the meeting is accepted. The other side's members
    are mailed the text, not the writer's address: contact details are on the meeting page.
    The checks of the text and the mail are those of introduction messages."""
    side = _side_of(meeting_request, user)
    if meeting_request.status != MeetingRequestStatus.ACCEPTED:
        raise ValidationError(
            _("Messages can be written once the meeting is accepted."), code="conflict"
        )
    body = message_body_clean(body)
    other = (
        meeting_request.to_registration
        if side.pk == meeting_request.from_registration_id
        else meeting_request.from_registration
    )
    with transaction.atomic():
        message = MeetingMessage.objects.create(
            meeting_request=meeting_request, from_registration=side, author=user, body=body
        )
        organisation_members_mail(
            organisation=other.organisation,
            template="events/email/meeting_message",
            context={
                "message": message,
                "event": meeting_request.event,
                "registration": other,
                "link": _my_event_link(
                    event=meeting_request.event,
                    registration=other,
                    fragment=f"#meeting-{meeting_request.pk}",
                ),
            },
        )
    return message


def meeting_outcome_record(
    *, meeting_request: MeetingRequest, user, held: bool, follow_up: bool
) -> MeetingOutcome:
    """One side says, after the event, whether the meeting took place and whether to follow
    it up (it may change its answer). Once both sides want to follow it up, the meeting
    continues as an accepted introduction, recorded in the introductions' audit trail."""
    side = _side_of(meeting_request, user)
    if meeting_request.status != MeetingRequestStatus.ACCEPTED:
        raise ValidationError(_("Only an accepted meeting has an outcome."), code="conflict")
    if meeting_request.event.starts_at > timezone.now():
        raise ValidationError(_("The event has not started yet."), code="too_early")
    if follow_up and not held:
        raise ValidationError({"follow_up": _("Only a meeting that took place is followed up.")})
    with transaction.atomic():
        outcome, _created = MeetingOutcome.objects.update_or_create(
            meeting_request=meeting_request,
            registration=side,
            defaults={"held": held, "follow_up": follow_up, "recorded_by": user},
        )
        both = MeetingOutcome.objects.filter(meeting_request=meeting_request, follow_up=True)
        if both.count() == 2:
            event = meeting_request.event
            introduction_record_made(
                requester_organisation=meeting_request.from_registration.organisation,
                requested_organisation=meeting_request.to_registration.organisation,
                actor=user,
                message=meeting_request.message or event.title,
                # The title in the language the note is written in (the actor's).
                note=_("Met at %(event)s; both sides chose to follow up.")
                % {"event": localized_field(event, "title").text},
            )
    return outcome
