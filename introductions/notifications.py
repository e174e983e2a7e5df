"""Mail about introduction requests: who is told about each step, and what they are told.

The introduction services call introduction_notify inside their transaction; the mail goes
only once it commits, so a refused or rolled-back step tells no one anything. Before the
recipient accepts, their mail names the requester only as introduction_anonymous_name does."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db.models import prefetch_related_objects
from django.utils.functional import lazy

from common.bilingual import localized_field_lazy
from common.mail import mail_link, mail_send_after_commit, mail_to_each
from introductions.models import IntroductionEvent, IntroductionMessage, IntroductionState
from introductions.selectors.visibility import introduction_anonymous_name
from organisations.mail import organisation_members_mail
from organisations.models import Organisation
from organisations.selectors import organisation_member_addresses

State = IntroductionState


@dataclass(frozen=True)
class _Audience:
    """One group of people told about a step, as (user id, address), with the mail template
    written for them."""

    template: str
    users: Iterable[tuple[int, str]]
    context: dict


def introduction_notify(*, event: IntroductionEvent) -> None:
    """Send the mail for this step once the transaction that recorded it commits."""
    mail_send_after_commit(
        lambda: _messages(event_id=event.pk), what=f"the mail for introduction event {event.pk}"
    )


def _messages(*, event_id: int) -> list[EmailMessage]:
    event = (
        IntroductionEvent.objects.select_related(
            "request__requester_organisation", "request__requested_organisation", "actor"
        )
        .filter(pk=event_id)
        .first()
    )
    if event is None:
        return []
    return [
        message
        for audience in _audiences(event=event)
        for message in mail_to_each(
            users=audience.users,
            template=f"introductions/email/{audience.template}",
            context=audience.context,
        )
    ]


def _audiences(*, event: IntroductionEvent) -> list[_Audience]:
    request = event.request
    context = {
        "request": request,
        "note": event.note,
        "link": mail_link("introductions:detail", args=[request.pk]),
    }
    # Names are lazy: each mail words them in its recipient's language.
    requester_side = {
        **context,
        "counterpart_name": localized_field_lazy(request.requested_organisation, "name"),
    }
    if event.to_state == State.REQUESTED:
        template = "resubmitted" if event.from_state else "requested"
        staff_context = {**context, "link": mail_link("staff:introduction_queue")}
        staff = get_user_model().objects.filter(is_staff=True, is_active=True)
        return [_Audience(template, staff.values_list("pk", "email"), staff_context)]
    if event.to_state == State.FORWARDED:
        recipient_side = {
            **context,
            "counterpart_name": _anonymous_name_lazy(request.requester_organisation),
        }
        return [
            _Audience(
                "forwarded",
                organisation_member_addresses(organisation=request.requested_organisation),
                recipient_side,
            )
        ]
    if event.to_state in (
        State.MORE_INFORMATION_NEEDED,
        State.DECLINED,
        State.DECLINED_BY_RECIPIENT,
    ):
        return [
            _Audience(
                event.to_state,
                organisation_member_addresses(organisation=request.requester_organisation),
                requester_side,
            )
        ]
    if event.to_state == State.INTRODUCED:
        # The note is the recipient's word to the requester; they need not be sent it back.
        recipient_side = {
            **context,
            "counterpart_name": localized_field_lazy(request.requester_organisation, "name"),
            "note": "",
        }
        return [
            _Audience(
                "introduced",
                organisation_member_addresses(organisation=request.requester_organisation),
                requester_side,
            ),
            _Audience(
                "introduced",
                organisation_member_addresses(organisation=request.requested_organisation),
                recipient_side,
            ),
        ]
    # Outcomes are recorded for the record and the staff overview; nobody waits on them.
    return []


def _anonymous_name_lazy(organisation: Organisation):
    """introduction_anonymous_name, worded when a mail is rendered, in its reader's language
    (the sector it names is read once, here)."""
    prefetch_related_objects([organisation], "sectors")
    return lazy(lambda: introduction_anonymous_name(organisation=organisation), str)()


def introduction_message_notify(*, message: IntroductionMessage) -> None:
    """Tell the other side's members what was written, with a link to answer on the page."""
    request = message.request
    to_requester = message.from_organisation_id == request.requested_organisation_id
    to = request.requester_organisation if to_requester else request.requested_organisation
    organisation_members_mail(
        organisation=to,
        template="introductions/email/message",
        context={
            "message": message,
            "writer_name": localized_field_lazy(message.from_organisation, "name"),
            "link": mail_link("introductions:detail", args=[request.pk], suffix="#messages"),
        },
    )
