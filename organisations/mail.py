"""Mail to an organisation's members about staff's review of its profile: published, or sent
back with staff's reason. Each member reads it in their own language (common.language), links
included, whoever took the decision; it goes once the decision commits, and a mail server that
is down is logged, never turned into an error for the staff member whose decision stands."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from common.language import addresses_by_language
from organisations.models import Organisation
from organisations.selectors import organisation_member_addresses

logger = logging.getLogger(__name__)


def organisation_review_notify(*, organisation: Organisation, published: bool) -> None:
    """Tell the members that staff published the profile, or what staff want changed."""
    template, link = (
        ("profile_published", "organisations:detail")
        if published
        else ("profile_rejected", "organisations:manage")
    )
    grouped = addresses_by_language(users=organisation_member_addresses(organisation=organisation))
    mails = [
        _message(
            template=template,
            context={"organisation": organisation},
            link=(link, organisation.pk),
            address=address,
            language=language,
        )
        for language, addresses in grouped.items()
        for address in addresses
    ]
    if mails:
        transaction.on_commit(lambda: _deliver(mails))


def _message(
    *, template: str, context: dict, link: tuple[str, int], address: str, language: str
) -> EmailMessage:
    with translation.override(language):
        name, pk = link
        url = f"{settings.SITE_URL.rstrip('/')}{reverse(name, args=[pk])}"
        context = {**context, "link": url}
        subject = render_to_string(f"organisations/email/{template}_subject.txt", context)
        body = render_to_string(f"organisations/email/{template}.txt", context)
    return EmailMessage(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(subject.split()),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[address],
    )


def _deliver(mails: list[EmailMessage]) -> None:
    try:
        get_connection().send_messages(mails)
    except Exception:
        logger.exception("Could not send the mail about a profile review.")
