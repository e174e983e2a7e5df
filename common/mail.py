"""How every app writes and sends mail: one way, so no mail differs from the others by accident.

Each message is written for one reader, in their language (common.language): the subject and
body templates, and the links in them, which lead to that language's pages (/ko/...). Every
subject is one line behind the site's prefix. Mail about a step goes once the transaction that
recorded it commits, so a rolled-back step tells no one anything, and a mail server that is
down is logged: the step stands, and whoever took it gets no error page for it.

Templates come in pairs, `<template>_subject.txt` and `<template>.txt`. Write the context's
links with mail_link, which is reversed when the mail is written, in its reader's language."""

import logging
import zoneinfo
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import lazy

from common.language import addresses_by_language
from common.time_zone import recipient_time_zones, time_zone_for_reader

logger = logging.getLogger(__name__)


@contextmanager
def mail_reader(*, language: str, time_zone: str | None = None) -> Iterator[None]:
    """Everything worded for one reader is worded inside this: the one place that sets up
    the reader's rendering context, their language and the zone their times are given in
    (the one they chose, given as time_zone, else the one that goes with the language)."""
    zone = time_zone_for_reader(chosen=time_zone, language=language)
    with translation.override(language), timezone.override(zoneinfo.ZoneInfo(zone)):
        yield


def mail_absolute_url(path: str) -> str:
    """The site's public address (settings.SITE_URL) in front of a path ("" for the site)."""
    return f"{settings.SITE_URL.rstrip('/')}{path}"


def _link(name: str, args: Sequence, suffix: str) -> str:
    return mail_absolute_url(reverse(name, args=args)) + suffix


_link_lazy = lazy(_link, str)


def mail_link(name: str, *, args: Sequence = (), suffix: str = "") -> str:
    """An absolute link to the page called name, reversed when the mail is written (in its
    reader's language, not in that of whoever took the step); suffix (a query string, a
    #fragment) is added as given."""
    return _link_lazy(name, tuple(args), suffix)


def mail_render(
    *,
    template: str,
    context: Mapping,
    to: Sequence[str],
    language: str,
    subject: str | None = None,
    headers: Mapping[str, str] | None = None,
    time_zone: str | None = None,
) -> EmailMessage:
    """The message <template>_subject.txt and <template>.txt make for readers of language.
    subject, given, stands for the subject template: a lazy text, or one worded inside
    mail_reader. The context has site_url (the site's address, without the last slash)."""
    with mail_reader(language=language, time_zone=time_zone):
        context = {"site_url": mail_absolute_url(""), **context}
        if subject is None:
            subject = render_to_string(f"{template}_subject.txt", context)
        subject = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(str(subject).split())
        body = render_to_string(f"{template}.txt", context)
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=list(to),
        headers=dict(headers) if headers else None,
    )


def mail_to_each(
    *, users: Iterable[tuple[int, str]], template: str, context: Mapping
) -> list[EmailMessage]:
    """One message per (user id, address), sorted by address and each address once, in each
    reader's language. Each has a mail of their own, so no reader learns another's address."""
    users = list(users)
    grouped = addresses_by_language(users=users)
    language_of = {email: language for language, emails in grouped.items() for email in emails}
    zones = recipient_time_zones(user_ids=[user_id for user_id, _email in users])
    zone_of: dict[str, str] = {}
    for user_id, email in sorted(users):
        # The same account as common.language chose the address's language from.
        zone_of.setdefault(email, zones[user_id])
    return [
        mail_render(
            template=template,
            context=context,
            to=[email],
            language=language_of[email],
            time_zone=zone_of[email],
        )
        for email in sorted(language_of)
    ]


def mail_send(messages: Sequence[EmailMessage], *, what: str) -> None:
    """Sends now over one connection; a failure is logged, not raised."""
    if not messages:
        return
    try:
        get_connection().send_messages(list(messages))
    except Exception:
        logger.exception("Could not send %s.", what)


def mail_send_after_commit(build: Callable[[], Sequence[EmailMessage]], *, what: str) -> None:
    """Builds the messages and sends them once the current transaction commits (at once
    outside one); nothing if it rolls back. what names the mail in the log."""
    transaction.on_commit(lambda: _build_and_send(build, what=what))


def _build_and_send(build: Callable[[], Sequence[EmailMessage]], *, what: str) -> None:
    # Built after the commit, so a failure here too comes after the step has stood.
    try:
        messages = build()
    except Exception:
        logger.exception("Could not write %s.", what)
        return
    mail_send(messages, what=what)
