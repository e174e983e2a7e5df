"""Mail about introduction requests: who is told about each step, and what they are told.

The introduction services call introduction_notify inside their transaction; the mail goes
only once it commits, so a refused or rolled-back step tells no one anything. Before the
recipient accepts, their mail names the requester only as introduction_anonymous_name does."""

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import prefetch_related_objects
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.functional import lazy

from common.bilingual import localized_field_lazy
from common.language import addresses_by_language
from introductions.models import IntroductionEvent, IntroductionMessage, IntroductionState
from introductions.selectors.visibility import introduction_anonymous_name
from organisations.models import Organisation
from organisations.selectors import organisation_member_addresses

logger = logging.getLogger(__name__)

State = IntroductionState


@dataclass(frozen=True)
class _Audience:
    """One group of people told about a step, with the mail template written for them; each
    recipient as (address, the language they read mail in)."""

    template: str
    recipients: list[tuple[str, str]]
    context: dict


def introduction_notify(*, event: IntroductionEvent) -> None:
    """Send the mail for this step once the transaction that recorded it commits."""
    transaction.on_commit(lambda: _send(event_id=event.pk))


def _send(*, event_id: int) -> None:
    event = (
        IntroductionEvent.objects.select_related(
            "request__requester_organisation", "request__requested_organisation", "actor"
        )
        .filter(pk=event_id)
        .first()
    )
    if event is None:
        return
    messages = [
        _message(audience=audience, address=address, language=language)
        for audience in _audiences(event=event)
        for address, language in audience.recipients
    ]
    if not messages:
        return
    try:
        get_connection().send_messages(messages)
    except Exception:
        # The step is already saved; a mail server being down must not turn it into an error
        # page for someone whose action succeeded.
        logger.exception("Could not send the mail for introduction event %s.", event_id)


def _audiences(*, event: IntroductionEvent) -> list[_Audience]:
    request = event.request
    detail_link = _link("introductions:detail", request.pk)
    context = {
        "request": request,
        "note": event.note,
        "link": detail_link,
        "site_url": _site_url(),
    }
    # Names are lazy: each mail words them in its recipient's language (_message).
    requester_side = {
        **context,
        "counterpart_name": localized_field_lazy(request.requested_organisation, "name"),
    }
    if event.to_state == State.REQUESTED:
        template = "resubmitted" if event.from_state else "requested"
        staff_context = {**context, "link": _link("staff:introduction_queue")}
        return [_Audience(template, _staff_addresses(), staff_context)]
    if event.to_state == State.FORWARDED:
        recipient_side = {
            **context,
            "counterpart_name": _anonymous_name_lazy(request.requester_organisation),
        }
        return [
            _Audience(
                "forwarded",
                _member_addresses(organisation=request.requested_organisation),
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
                _member_addresses(organisation=request.requester_organisation),
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
                _member_addresses(organisation=request.requester_organisation),
                requester_side,
            ),
            _Audience(
                "introduced",
                _member_addresses(organisation=request.requested_organisation),
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


def organisation_members_mail(*, organisation: Organisation, template: str, context: dict) -> None:
    """Mail the organisation's members, once the transaction commits, what the other side of
    an accepted introduction or meeting wrote ({template}_subject.txt and {template}.txt).
    Each gets their own mail from the site's address, so no one's address is disclosed: they
    answer in the app. Each is written in its reader's language, not the writer's."""
    addresses = _member_addresses(organisation=organisation)
    if not addresses:
        return
    audience = _Audience(template, addresses, {**context, "site_url": _site_url()})
    mails = [
        _message(audience=audience, address=address, language=language, folder="")
        for address, language in addresses
    ]
    transaction.on_commit(lambda: _deliver(mails, what=template))


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
            "link": _link("introductions:detail", request.pk, fragment="#messages"),
        },
    )


def _deliver(mails: list[EmailMessage], *, what: str) -> None:
    try:
        get_connection().send_messages(mails)
    except Exception:
        # The message is already saved and shown on the page; a mail server being down must
        # not turn it into an error page for its writer.
        logger.exception("Could not send the %s mail.", what)


def _message(
    *, audience: _Audience, address: str, language: str, folder: str = "introductions/email/"
) -> EmailMessage:
    # In the recipient's language, whoever took the step (a Korean member forwarding to a UK
    # requester writes nothing in Korean to them).
    with translation.override(language):
        subject = render_to_string(f"{folder}{audience.template}_subject.txt", audience.context)
        body = render_to_string(f"{folder}{audience.template}.txt", audience.context)
    return EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[address],
    )


def _staff_addresses() -> list[tuple[str, str]]:
    users = get_user_model().objects.filter(is_staff=True, is_active=True)
    return _addresses(users.values_list("pk", "email"))


def _member_addresses(*, organisation: Organisation) -> list[tuple[str, str]]:
    return _addresses(organisation_member_addresses(organisation=organisation))


def _addresses(users: Iterable[tuple[int, str]]) -> list[tuple[str, str]]:
    """(address, language) per address, sorted."""
    grouped = addresses_by_language(users=users)
    return sorted((email, language) for language, emails in grouped.items() for email in emails)


def _site_url() -> str:
    return settings.SITE_URL.rstrip("/")


def _link(name: str, *args, fragment: str = ""):
    """An absolute link to a page, reversed when the mail is rendered (_message), so its
    language prefix is the reader's, as the text is, not that of whoever took the step."""
    return lazy(lambda: f"{_site_url()}{reverse(name, args=args)}{fragment}", str)()
