"""What members and staff see of introduction requests as they progress: a member's list, one
request's history and the steps open to them, and the staff queue. Which steps exist and who
may take them is read from introductions.steps; what a side may see of the other comes from
the privacy rules in introductions.selectors.visibility."""

import datetime
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.db.models import BooleanField, ExpressionWrapper, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from common.bilingual import localized_field
from common.compiled import CompiledQuery
from introductions.models import (
    OPEN_INTRODUCTION_STATES,
    IntroductionEvent,
    IntroductionMessage,
    IntroductionRequest,
    IntroductionState,
)
from introductions.selectors.visibility import (
    introduction_anonymous_name,
    introduction_counterpart,
    introduction_requests_visible_to,
    introduction_sides,
)
from introductions.steps import Side, introduction_states_awaiting, introduction_steps_from
from organisations.models import Membership, Organisation

State = IntroductionState

# What the timeline says each step did.
EVENT_LABELS: dict[State, str] = {
    State.REQUESTED: _("Sent the information asked for"),
    State.FORWARDED: _("Forwarded the request to the other organisation"),
    State.MORE_INFORMATION_NEEDED: _("Asked for more information"),
    State.DECLINED: _("Declined the request"),
    State.DECLINED_BY_RECIPIENT: _("Declined the introduction"),
    State.INTRODUCED: _("Accepted the introduction"),
    State.MEETING_HELD: _("Recorded that a meeting was held"),
    State.PARTNERSHIP_FORMED: _("Recorded that a partnership was formed"),
    State.NO_FIT: _("Recorded that it was no fit"),
}

# The list's "next" column: when the member can act, and when they wait on someone else.
YOUR_NEXT_STEP: dict[State, str] = {
    State.MORE_INFORMATION_NEEDED: _("Add the information our staff asked for"),
    State.FORWARDED: _("Accept or decline"),
    State.INTRODUCED: _("Get in touch, then record how it went"),
    State.MEETING_HELD: _("Record how it went"),
}
WAITING_ON_OTHERS: dict[State, str] = {
    State.REQUESTED: _("With our staff"),
    State.MORE_INFORMATION_NEEDED: _("With the requester"),
    State.FORWARDED: _("Waiting for their answer"),
}
CLOSED = _("Closed")

STAFF_NAME = _("Korea–UK Match staff")


@dataclass(frozen=True)
class IntroductionAction:
    """A step the user may take now; its button's label and style are the template's."""

    to_state: str
    needs_note: bool


@dataclass(frozen=True)
class MemberIntroduction:
    """One row of "My introductions"."""

    request: IntroductionRequest
    sent: bool
    counterpart_name: str
    next_step: str
    can_act: bool
    waiting_for_you: bool


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime.datetime
    what: str
    who: str
    note: str


def introduction_actions(
    *, request: IntroductionRequest, user: AbstractBaseUser
) -> list[IntroductionAction]:
    """The steps this user may take on the request now, in the table's order."""
    steps = introduction_steps_from(
        state=request.state, sides=introduction_sides(request=request, user=user)
    )
    return [
        IntroductionAction(to_state=to_state, needs_note=step.needs_note)
        for to_state, step in steps.items()
    ]


def introductions_of_member(*, user: AbstractBaseUser) -> list[MemberIntroduction]:
    """The requests the user's organisations sent and received, newest activity first.
    A constant number of queries, however many requests."""
    organisation_ids = set(
        Membership.objects.filter(user=user).values_list("organisation_id", flat=True)
    )
    requests = (
        introduction_requests_visible_to(user=user)
        .filter(
            Q(requester_organisation__in=organisation_ids)
            | Q(requested_organisation__in=organisation_ids)
        )
        .prefetch_related("requester_organisation__sectors")
        .order_by("-updated_at", "-id")
    )
    rows = []
    for request in requests:
        sent = request.requester_organisation_id in organisation_ids
        side = Side.REQUESTER if sent else Side.RECIPIENT
        can_act = bool(introduction_steps_from(state=request.state, sides={side}))
        next_step = _next_step(state=request.state, can_act=can_act)
        if sent or request.is_introduced:
            other = request.requested_organisation if sent else request.requester_organisation
            counterpart_name = localized_field(other, "name").text
        else:
            counterpart_name = introduction_anonymous_name(
                organisation=request.requester_organisation
            )
        rows.append(
            MemberIntroduction(
                request=request,
                sent=sent,
                counterpart_name=counterpart_name,
                next_step=next_step,
                can_act=can_act,
                waiting_for_you=can_act and request.state in OPEN_INTRODUCTION_STATES,
            )
        )
    return rows


def introduction_next_step(*, request: IntroductionRequest, user: AbstractBaseUser) -> str:
    """What happens next on the request, from this user's side."""
    sides = introduction_sides(request=request, user=user) - {Side.STAFF}
    can_act = bool(introduction_steps_from(state=request.state, sides=sides))
    return _next_step(state=request.state, can_act=can_act)


def _next_step(*, state: str, can_act: bool) -> str:
    return YOUR_NEXT_STEP[state] if can_act else WAITING_ON_OTHERS.get(state, CLOSED)


def _waiting_for_member(user: AbstractBaseUser | int) -> Q:
    """Requests waiting for one of the user's organisations to act (the user or its id)."""
    organisations = Membership.objects.filter(user=user).values("organisation_id")
    return Q(
        requester_organisation__in=organisations,
        state__in=introduction_states_awaiting(side=Side.REQUESTER),
    ) | Q(
        requested_organisation__in=organisations,
        state__in=introduction_states_awaiting(side=Side.RECIPIENT),
    )


def _open_sent_by(organisation: Organisation | int) -> Q:
    """Open requests the organisation sent. Only requests it sent: one it received would name
    the requester before acceptance."""
    return Q(requester_organisation=organisation, state__in=OPEN_INTRODUCTION_STATES)


def introductions_waiting_for_member_count(*, user: AbstractBaseUser) -> int:
    """How many requests wait for the user's organisations to act (the count in the menu)."""
    if not user.is_authenticated:
        return 0
    return IntroductionRequest.objects.filter(_waiting_for_member(user)).count()


@dataclass(frozen=True)
class WaitingAndOpenSent:
    """The menu's count (introductions_waiting_for_member_count) and, for one of the member's
    organisations, the open requests it sent (introductions_open_sent_by)."""

    waiting_count: int
    open_sent_by: dict[int, int]


def _waiting_and_open_sent(*, user_id: int, organisation_id: int) -> QuerySet:
    waiting = _waiting_for_member(user_id)
    open_sent = _open_sent_by(organisation_id)
    return (
        IntroductionRequest.objects.filter(waiting | open_sent)
        .annotate(
            is_waiting=ExpressionWrapper(waiting, output_field=BooleanField()),
            is_open_sent=ExpressionWrapper(open_sent, output_field=BooleanField()),
        )
        .values_list("pk", "requested_organisation_id", "is_waiting", "is_open_sent")
    )


# The dashboard asks on every request; compiling the two rules' query cost it about 2 ms of
# CPU, several times what the database takes to answer.
_WAITING_AND_OPEN_SENT = CompiledQuery(_waiting_and_open_sent, "user_id", "organisation_id")


def introductions_waiting_and_open_sent(
    *, user: AbstractBaseUser, organisation: Organisation | None = None
) -> WaitingAndOpenSent:
    """Both in one query, for the dashboard, which shows the two (each was a query)."""
    if not user.is_authenticated:
        return WaitingAndOpenSent(waiting_count=0, open_sent_by={})
    if organisation is None:
        count = IntroductionRequest.objects.filter(_waiting_for_member(user)).count()
        return WaitingAndOpenSent(waiting_count=count, open_sent_by={})
    rows = _WAITING_AND_OPEN_SENT.rows(user_id=user.pk, organisation_id=organisation.pk)
    count, sent = 0, {}
    for pk, requested_id, is_waiting, is_open_sent in rows:
        count += is_waiting
        if is_open_sent:
            sent[requested_id] = pk
    return WaitingAndOpenSent(waiting_count=count, open_sent_by=sent)


def introduction_timeline(
    *, request: IntroductionRequest, user: AbstractBaseUser
) -> list[TimelineEntry]:
    """The request's audit trail as the user may see it. Members see who acted by side, the
    other side through introduction_counterpart (so anonymous until acceptance); the
    recipient's history starts when staff forwarded the request to them."""
    sides = introduction_sides(request=request, user=user)
    events = list(request.events.select_related("actor"))
    if not sides & {Side.STAFF, Side.REQUESTER}:
        forwarded_at = next(
            (i for i, event in enumerate(events) if event.to_state == State.FORWARDED), None
        )
        events = events[forwarded_at:] if forwarded_at is not None else []
    actor_organisations = dict(
        Membership.objects.filter(
            user_id__in={event.actor_id for event in events if event.actor_id},
            organisation_id__in=[
                request.requester_organisation_id,
                request.requested_organisation_id,
            ],
        ).values_list("user_id", "organisation_id")
    )
    other_name = (
        "" if Side.STAFF in sides else introduction_counterpart(request=request, user=user).name
    )
    return [
        TimelineEntry(
            at=event.at,
            what=_event_label(event),
            who=_actor_label(
                event=event,
                request=request,
                user=user,
                sides=sides,
                actor_organisation_id=actor_organisations.get(event.actor_id),
                other_name=other_name,
            ),
            note=event.note,
        )
        for event in events
    ]


def _event_label(event: IntroductionEvent) -> str:
    if not event.from_state:
        return _("Asked for the introduction")
    return EVENT_LABELS[event.to_state]


def _actor_label(
    *,
    event: IntroductionEvent,
    request: IntroductionRequest,
    user: AbstractBaseUser,
    sides: set[Side],
    actor_organisation_id: int | None,
    other_name: str,
) -> str:
    actor = event.actor
    if actor is None:
        return _("A former user")
    names = {
        request.requester_organisation_id: localized_field(
            request.requester_organisation, "name"
        ).text,
        request.requested_organisation_id: localized_field(
            request.requested_organisation, "name"
        ).text,
    }
    if Side.STAFF in sides:
        return (
            f"{actor.email or actor.get_username()} ({names.get(actor_organisation_id, 'staff')})"
        )
    if actor.pk == user.pk:
        return _("You")
    if actor_organisation_id is None:
        return STAFF_NAME
    own_organisation_id = (
        request.requester_organisation_id
        if Side.REQUESTER in sides
        else request.requested_organisation_id
    )
    # A colleague is named by the organisation; the other side only as the privacy rules allow.
    return (
        names[own_organisation_id] if actor_organisation_id == own_organisation_id else other_name
    )


def introductions_open_sent_by(*, organisation: Organisation) -> dict[int, int]:
    """Organisation id -> the open request this organisation sent it, so suggestion lists link
    to the request instead of offering to ask again. Only requests it sent: one it received
    would name the requester before acceptance."""
    return dict(
        IntroductionRequest.objects.filter(_open_sent_by(organisation)).values_list(
            "requested_organisation_id", "pk"
        )
    )


def introductions_awaiting_staff() -> QuerySet[IntroductionRequest]:
    """The staff queue: requests waiting for a staff decision, the longest waiting first."""
    return (
        IntroductionRequest.objects.filter(state=State.REQUESTED)
        .select_related("requester_organisation", "requested_organisation", "requested_by")
        .order_by("updated_at", "id")
    )


def introduction_staff_list() -> QuerySet[IntroductionRequest]:
    """Every request in any state, oldest first, for the staff export."""
    return IntroductionRequest.objects.select_related(
        "requester_organisation", "requested_organisation"
    ).order_by("created_at", "id")


def introduction_messages(
    *, request: IntroductionRequest, user: AbstractBaseUser
) -> list[IntroductionMessage]:
    """The messages of the request, oldest first, for whoever may see the request: its two
    sides and staff, who keep them with its record."""
    if not introduction_requests_visible_to(user=user).filter(pk=request.pk).exists():
        raise PermissionDenied(_("You may not see this introduction request."))
    return list(request.messages.select_related("from_organisation", "author"))


def introduction_messages_written_by(*, user: AbstractBaseUser) -> QuerySet[IntroductionMessage]:
    """What the user wrote, for "Download my data"."""
    return IntroductionMessage.objects.filter(author=user).order_by("sent_at", "pk")
