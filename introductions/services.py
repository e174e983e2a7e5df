"""Facilitated introductions: a member asks, staff broker, the other organisation accepts.

Every change of state goes through introduction_transition, which follows INTRODUCTION_STEPS
and writes one IntroductionEvent, so the audit trail is complete by construction."""

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from common.bilingual import localized_field
from common.text_limits import message_body_clean
from introductions import notifications
from introductions.models import (
    INTRODUCED_STATES,
    OPEN_INTRODUCTION_STATES,
    IntroductionEvent,
    IntroductionLanguage,
    IntroductionMessage,
    IntroductionRequest,
    IntroductionState,
)
from introductions.selectors.visibility import introduction_sides
from introductions.steps import INTRODUCTION_STEPS, Side
from organisations.models import ConnectionSource, Organisation, PublicationStatus
from organisations.selectors import membership_role
from organisations.services import organisation_connection_create

State = IntroductionState


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
    if membership_role(organisation=requester_organisation, user=requested_by) is None:
        raise PermissionDenied(_("Only members of an organisation may ask on its behalf."))
    if requester_organisation.pk == requested_organisation.pk:
        raise ValidationError(_("An organisation cannot ask to be introduced to itself."))
    if requested_organisation.status != PublicationStatus.PUBLISHED:
        raise ValidationError(_("Introductions are only to published organisations."))
    if requester_organisation.status != PublicationStatus.PUBLISHED:
        raise ValidationError(_("Your organisation's profile must be published before you ask."))
    if not message or not seeking:
        raise ValidationError(_("Say what you propose and what you are looking for."))
    if preferred_language not in IntroductionLanguage.values:
        raise ValidationError(_("The preferred language must be English or Korean."))

    limit = settings.INTRODUCTION_OPEN_REQUESTS_LIMIT
    with transaction.atomic():
        _organisations_lock(requester_organisation, requested_organisation)
        _refuse_a_second_open_request(
            requester_organisation=requester_organisation,
            requested_organisation=requested_organisation,
        )
        open_requests = IntroductionRequest.objects.filter(state__in=OPEN_INTRODUCTION_STATES)
        if open_requests.filter(requester_organisation=requester_organisation).count() >= limit:
            raise ValidationError(
                _(
                    "%(organisation)s already has %(limit)d introduction requests waiting. "
                    "Wait for one to be answered before asking for another."
                ),
                params={
                    "organisation": localized_field(requester_organisation, "name").text,
                    "limit": limit,
                },
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


def _organisations_lock(*organisations: Organisation) -> None:
    """Locks both sides of a request, always in the order of their keys. Every request locks
    both, so two requests that share an organisation (crossed ones, A for B while B asks for A;
    or two by one requester, which the limit counts) run one after the other, and the second
    sees what the first wrote. Locking only the requester deadlocked crossed requests: each
    held its own organisation and the new row's foreign key waited on the other's. no_key
    leaves the organisations free to be referenced meanwhile (a new member, say)."""
    keys = [organisation.pk for organisation in organisations]
    list(Organisation.objects.select_for_update(no_key=True).filter(pk__in=keys).order_by("pk"))


def _refuse_a_second_open_request(
    *, requester_organisation: Organisation, requested_organisation: Organisation
) -> None:
    """One open request per pair of organisations, whichever asked. When the other side has
    already asked, a request the other way is refused rather than taken as consent: accepting
    is a step of their request (once staff pass it on), and staff may still decline it."""
    open_requests = IntroductionRequest.objects.filter(state__in=OPEN_INTRODUCTION_STATES)
    if open_requests.filter(
        requester_organisation=requester_organisation,
        requested_organisation=requested_organisation,
    ).exists():
        raise ValidationError(
            _(
                "Your organisation has already asked to be introduced to them: see your "
                "introductions."
            )
        )
    if open_requests.filter(
        requester_organisation=requested_organisation,
        requested_organisation=requester_organisation,
    ).exists():
        # Any refusal here tells the asker the other side asked, so it may as well say where
        # to answer. Their request shows in "My introductions" once staff have passed it on.
        raise ValidationError(
            _(
                "They have already asked to be introduced to you: see your introductions, "
                "where their request appears for you to accept once our staff pass it on."
            )
        )


def introduction_transition(
    *,
    request: IntroductionRequest,
    to_state: str,
    actor: AbstractBaseUser,
    note: str = "",
    expected_state: str | None = None,
) -> IntroductionRequest:
    """Move the request one allowed step on from the state the actor saw: expected_state, the
    state their page showed (request.state when not given). If someone else moved it
    meanwhile, the step is refused rather than applied twice."""
    seen_state = request.state if expected_state is None else expected_state
    note = note.strip()
    step = INTRODUCTION_STEPS.get((seen_state, to_state))
    if step is None:
        raise ValidationError(
            _("An introduction request cannot go from %(from)s to %(to)s."),
            params={"from": seen_state, "to": to_state},
        )
    if not step.who & introduction_sides(request=request, user=actor):
        raise PermissionDenied(_("You may not take this step on this introduction request."))
    if step.needs_note and not note:
        # Keyed by the field, so the pages show it by the note box.
        raise ValidationError({"note": _("Give a reason: the requester is told it.")})

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
                _("Someone else has already acted on this request; reload it and try again.")
            )
        event = IntroductionEvent.objects.create(
            request=request, from_state=seen_state, to_state=to_state, actor=actor, note=note
        )
        if to_state in INTRODUCED_STATES:
            # Accepted: from now on each side sees the other's contact details, on its
            # organisation page and in the API as well as on this request.
            organisation_connection_create(
                between=request.requester_organisation,
                and_=request.requested_organisation,
                source=ConnectionSource.INTRODUCTION,
            )
        notifications.introduction_notify(event=event)
    request.refresh_from_db(fields=["state", "updated_at"])
    return request


def introduction_resubmit(
    *,
    request: IntroductionRequest,
    actor: AbstractBaseUser,
    message: str,
    seeking: str,
    expected_state: str | None = None,
) -> IntroductionRequest:
    """The requester answers staff's request for more information: the new text and the step
    back to the staff queue are saved together, or neither is."""
    message, seeking = message.strip(), seeking.strip()
    if not message or not seeking:
        raise ValidationError(_("Say what you propose and what you are looking for."))
    with transaction.atomic():
        introduction_transition(
            request=request, to_state=State.REQUESTED, actor=actor, expected_state=expected_state
        )
        IntroductionRequest.objects.filter(pk=request.pk).update(message=message, seeking=seeking)
    request.message, request.seeking = message, seeking
    return request


def introduction_record_made(
    *,
    requester_organisation: Organisation,
    requested_organisation: Organisation,
    actor: AbstractBaseUser | None,
    message: str,
    note: str,
) -> IntroductionRequest:
    """Record an introduction already made elsewhere (both sides agreed to follow up a
    meeting at an event, say): it starts in the introduced state, so its outcome feeds the
    matching's history like any other. A pair already introduced keeps its request."""
    message, note = message.strip(), note.strip()
    if requester_organisation.pk == requested_organisation.pk:
        raise ValidationError(_("An organisation cannot be introduced to itself."))
    if not message or not note:
        raise ValidationError(_("Say how the introduction came about."))
    with transaction.atomic():
        _organisations_lock(requester_organisation, requested_organisation)
        pair = IntroductionRequest.objects.filter(
            state__in=INTRODUCED_STATES,
            requester_organisation__in=[requester_organisation, requested_organisation],
            requested_organisation__in=[requester_organisation, requested_organisation],
        )
        existing = pair.first()
        if existing is not None:
            return existing
        request = IntroductionRequest.objects.create(
            requester_organisation=requester_organisation,
            requested_organisation=requested_organisation,
            requested_by=actor,
            message=message,
            seeking=message,
            state=State.INTRODUCED,
        )
        IntroductionEvent.objects.create(
            request=request, from_state="", to_state=State.INTRODUCED, actor=actor, note=note
        )
        organisation_connection_create(
            between=requester_organisation,
            and_=requested_organisation,
            source=ConnectionSource.INTRODUCTION,
        )
    return request


def introduction_message_send(
    *, request: IntroductionRequest, user: AbstractBaseUser, body: str
) -> IntroductionMessage:
    """One side of an accepted introduction writes to the other. The message is kept with the
    request and mailed to the other side's members, from the site's address: before
    acceptance there is nothing to write to, so no address can leak through a message. Staff
    read the messages as part of the record but do not write them (they broker with notes)."""
    sides = introduction_sides(request=request, user=user)
    if Side.REQUESTER in sides:
        organisation = request.requester_organisation
    elif Side.RECIPIENT in sides:
        organisation = request.requested_organisation
    else:
        raise PermissionDenied(
            _("Only the two organisations of an introduction write to each other.")
        )
    if not request.is_introduced:
        raise ValidationError(
            _("Messages can be written once the introduction is accepted."), code="conflict"
        )
    body = message_body_clean(body)
    with transaction.atomic():
        message = IntroductionMessage.objects.create(
            request=request, from_organisation=organisation, author=user, body=body
        )
        notifications.introduction_message_notify(message=message)
    return message
