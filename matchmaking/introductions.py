"""Facilitated introductions: a member asks, staff broker, the other organisation accepts.

Every change of state goes through introduction_transition, which follows INTRODUCTION_STEPS
and writes one IntroductionEvent, so the audit trail is complete by construction."""

import enum
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from matchmaking import notifications
from matchmaking.models import (
    INTRODUCED_STATES,
    OPEN_INTRODUCTION_STATES,
    IntroductionEvent,
    IntroductionLanguage,
    IntroductionRequest,
    IntroductionState,
)
from organisations.models import Membership, Organisation, PublicationStatus

State = IntroductionState


class Side(enum.StrEnum):
    STAFF = "staff"
    REQUESTER = "requester"  # a member of the organisation that asked
    RECIPIENT = "recipient"  # a member of the organisation asked for


@dataclass(frozen=True)
class Step:
    who: frozenset[Side]
    needs_note: bool = False


_EITHER_SIDE = frozenset({Side.REQUESTER, Side.RECIPIENT})

# The whole state machine: (from, to) -> who may take that step. Anything absent is refused.
INTRODUCTION_STEPS: dict[tuple[State, State], Step] = {
    (State.REQUESTED, State.FORWARDED): Step(frozenset({Side.STAFF})),
    (State.REQUESTED, State.MORE_INFORMATION_NEEDED): Step(
        frozenset({Side.STAFF}), needs_note=True
    ),
    (State.REQUESTED, State.DECLINED): Step(frozenset({Side.STAFF}), needs_note=True),
    (State.MORE_INFORMATION_NEEDED, State.REQUESTED): Step(frozenset({Side.REQUESTER})),
    (State.FORWARDED, State.INTRODUCED): Step(frozenset({Side.RECIPIENT})),
    (State.FORWARDED, State.DECLINED_BY_RECIPIENT): Step(frozenset({Side.RECIPIENT})),
    (State.INTRODUCED, State.MEETING_HELD): Step(_EITHER_SIDE),
    (State.INTRODUCED, State.PARTNERSHIP_FORMED): Step(_EITHER_SIDE),
    (State.INTRODUCED, State.NO_FIT): Step(_EITHER_SIDE),
    # A meeting is often what leads to a partnership, or shows there is none.
    (State.MEETING_HELD, State.PARTNERSHIP_FORMED): Step(_EITHER_SIDE),
    (State.MEETING_HELD, State.NO_FIT): Step(_EITHER_SIDE),
}


def introduction_steps_from(*, state: str, sides: set[Side]) -> dict[State, Step]:
    """The steps those sides may take from a state, by the state each leads to."""
    return {
        to_state: step
        for (from_state, to_state), step in INTRODUCTION_STEPS.items()
        if from_state == state and step.who & sides
    }


def introduction_states_awaiting(*, side: Side) -> list[State]:
    """The open states in which a request waits for that side to act."""
    return [
        state
        for state in OPEN_INTRODUCTION_STATES
        if introduction_steps_from(state=state, sides={side})
    ]


def _is_member(*, user: AbstractBaseUser, organisation_id: int) -> bool:
    return Membership.objects.filter(user=user, organisation_id=organisation_id).exists()


def introduction_sides(*, request: IntroductionRequest, user: AbstractBaseUser) -> set[Side]:
    """Which sides of the request the user acts for (a user may be staff and a member)."""
    sides = set()
    if not user.is_authenticated:
        return sides
    if user.is_staff:
        sides.add(Side.STAFF)
    if _is_member(user=user, organisation_id=request.requester_organisation_id):
        sides.add(Side.REQUESTER)
    if _is_member(user=user, organisation_id=request.requested_organisation_id):
        sides.add(Side.RECIPIENT)
    return sides


def introduction_request(
    *,
    requester_organisation: Organisation,
    requested_organisation: Organisation,
    requested_by: AbstractBaseUser,
    message: str,
    seeking: str,
    preferred_language: str = IntroductionLanguage.ENGLISH,
) -> IntroductionRequest:
    """A member asks staff to introduce their organisation to another one."""
    message, seeking = message.strip(), seeking.strip()
    if not _is_member(user=requested_by, organisation_id=requester_organisation.pk):
        raise PermissionDenied("Only members of an organisation may ask on its behalf.")
    if requester_organisation.pk == requested_organisation.pk:
        raise ValidationError("An organisation cannot ask to be introduced to itself.")
    if requested_organisation.status != PublicationStatus.PUBLISHED:
        raise ValidationError("Introductions are only to published organisations.")
    if requester_organisation.status != PublicationStatus.PUBLISHED:
        raise ValidationError("Your organisation's profile must be published before you ask.")
    if not message or not seeking:
        raise ValidationError("Say what you propose and what you are looking for.")
    if preferred_language not in IntroductionLanguage.values:
        raise ValidationError("The preferred language must be English or Korean.")

    limit = settings.INTRODUCTION_OPEN_REQUESTS_LIMIT
    with transaction.atomic():
        # Locking the requester serialises its requests, so two at once cannot both slip
        # under the limit.
        Organisation.objects.select_for_update().filter(pk=requester_organisation.pk).exists()
        between = Q(
            requester_organisation=requester_organisation,
            requested_organisation=requested_organisation,
        ) | Q(
            requester_organisation=requested_organisation,
            requested_organisation=requester_organisation,
        )
        open_requests = IntroductionRequest.objects.filter(state__in=OPEN_INTRODUCTION_STATES)
        if open_requests.filter(between).exists():
            raise ValidationError(
                "There is already an open introduction request between these organisations."
            )
        if open_requests.filter(requester_organisation=requester_organisation).count() >= limit:
            raise ValidationError(
                "%(organisation)s already has %(limit)d introduction requests waiting. "
                "Wait for one to be answered before asking for another.",
                params={"organisation": requester_organisation.name, "limit": limit},
            )
        request = IntroductionRequest.objects.create(
            requester_organisation=requester_organisation,
            requested_organisation=requested_organisation,
            requested_by=requested_by,
            message=message,
            seeking=seeking,
            preferred_language=preferred_language,
        )
        event = IntroductionEvent.objects.create(
            request=request, from_state="", to_state=request.state, actor=requested_by
        )
        notifications.introduction_notify(event=event)
    return request


def introduction_transition(
    *,
    request: IntroductionRequest,
    to_state: str,
    actor: AbstractBaseUser,
    note: str = "",
) -> IntroductionRequest:
    """Move the request one allowed step on from the state the actor saw (request.state).
    If someone else moved it meanwhile, the step is refused rather than applied twice."""
    seen_state, note = request.state, note.strip()
    step = INTRODUCTION_STEPS.get((seen_state, to_state))
    if step is None:
        raise ValidationError(
            "An introduction request cannot go from %(from)s to %(to)s.",
            params={"from": seen_state, "to": to_state},
        )
    if not step.who & introduction_sides(request=request, user=actor):
        raise PermissionDenied("You may not take this step on this introduction request.")
    if step.needs_note and not note:
        raise ValidationError("Give a reason: the requester is told it.")

    with transaction.atomic():
        current = (
            IntroductionRequest.objects.select_for_update()
            .filter(pk=request.pk)
            .values_list("state", flat=True)
            .first()
        )
        # The lock makes a second actor wait; the conditional UPDATE still refuses them on a
        # database that cannot lock rows (SQLite).
        moved = IntroductionRequest.objects.filter(pk=request.pk, state=seen_state).update(
            state=to_state, updated_at=timezone.now()
        )
        if current != seen_state or moved != 1:
            raise ValidationError(
                "Someone else has already acted on this request; reload it and try again."
            )
        event = IntroductionEvent.objects.create(
            request=request, from_state=seen_state, to_state=to_state, actor=actor, note=note
        )
        notifications.introduction_notify(event=event)
    request.refresh_from_db(fields=["state", "updated_at"])
    return request


def introduction_resubmit(
    *, request: IntroductionRequest, actor: AbstractBaseUser, message: str, seeking: str
) -> IntroductionRequest:
    """The requester answers staff's request for more information: the new text and the step
    back to the staff queue are saved together, or neither is."""
    message, seeking = message.strip(), seeking.strip()
    if not message or not seeking:
        raise ValidationError("Say what you propose and what you are looking for.")
    with transaction.atomic():
        introduction_transition(request=request, to_state=State.REQUESTED, actor=actor)
        IntroductionRequest.objects.filter(pk=request.pk).update(message=message, seeking=seeking)
    request.message, request.seeking = message, seeking
    return request


# Selectors: what each side may see.


def introduction_requests_visible_to(*, user: AbstractBaseUser) -> QuerySet[IntroductionRequest]:
    """Staff see every request; the requester's members see theirs; the requested
    organisation's members see a request only once staff have forwarded it."""
    requests = IntroductionRequest.objects.select_related(
        "requester_organisation", "requested_organisation"
    )
    if not user.is_authenticated:
        return requests.none()
    if user.is_staff:
        return requests
    organisations = Membership.objects.filter(user=user).values("organisation_id")
    reached_recipient = [State.FORWARDED, State.DECLINED_BY_RECIPIENT, *INTRODUCED_STATES]
    return requests.filter(
        Q(requester_organisation__in=organisations)
        | Q(requested_organisation__in=organisations, state__in=reached_recipient)
    )


def introductions_awaiting_staff() -> QuerySet[IntroductionRequest]:
    """The staff queue: requests waiting for a staff decision, the longest waiting first."""
    return (
        IntroductionRequest.objects.filter(state=State.REQUESTED)
        .select_related("requester_organisation", "requested_organisation", "requested_by")
        .order_by("updated_at", "id")
    )


def introduction_anonymous_name(*, organisation: Organisation) -> str:
    """How the requester is shown to the recipient before they accept: enough to judge the
    request (kind, country, a sector), not enough to tell who it is."""
    name = f"{organisation.get_kind_display()} in {organisation.country.name}"
    # One sector: a list of them reads as a list of names, and narrows down who it is.
    sector = next(iter(organisation.sectors.all()), None)
    return f"{name}, working in {sector.name}" if sector else name


@dataclass(frozen=True)
class Counterpart:
    """The other side of a request as one side may see it."""

    name: str
    country: str
    kind: str
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    website: str = ""

    @property
    def has_contacts(self) -> bool:
        return bool(self.contact_name or self.contact_email or self.contact_phone)


def introduction_counterpart(
    *, request: IntroductionRequest, user: AbstractBaseUser
) -> Counterpart:
    """The other organisation as the user may see it. Until the recipient accepts, the recipient
    sees the requester only by kind, country and sector, and neither side sees contact
    details."""
    if not introduction_requests_visible_to(user=user).filter(pk=request.pk).exists():
        raise PermissionDenied("You may not see this introduction request.")
    sides = introduction_sides(request=request, user=user)
    if Side.REQUESTER in sides:
        other, requester_side = request.requested_organisation, False
    elif Side.RECIPIENT in sides:
        other, requester_side = request.requester_organisation, True
    else:
        raise PermissionDenied("Only the two organisations have a counterpart; staff see both.")
    if not request.is_introduced:
        name = introduction_anonymous_name(organisation=other) if requester_side else other.name
        return Counterpart(name=name, country=other.country.code, kind=other.kind)
    contact_email = other.contact_email
    if not contact_email:
        # Without an organisation address, the person who asked, or who accepted, is the
        # contact: they are the ones expecting the other side's mail.
        if requester_side:
            contact_person = request.requested_by
        else:
            acceptance = (
                request.events.filter(to_state=State.INTRODUCED).select_related("actor").first()
            )
            contact_person = acceptance.actor if acceptance else None
        contact_email = contact_person.email if contact_person is not None else ""
    return Counterpart(
        name=other.name,
        country=other.country.code,
        kind=other.kind,
        contact_name=other.contact_name,
        contact_email=contact_email,
        contact_phone=other.contact_phone,
        website=other.website,
    )
