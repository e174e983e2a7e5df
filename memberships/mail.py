"""Mail about claims and invitations, each in its recipient's language: the language a member
chose with the switcher, else the one the claim or invitation was made in. Sent once the
transaction that recorded the step commits; a mail server that is down is logged, never turned
into an error page for someone whose action succeeded."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from accounts.selectors import language_preference_get
from memberships.models import Invitation, MembershipClaim
from memberships.selectors import invitation_token
from organisations.models import Membership

logger = logging.getLogger(__name__)


def _language(*, user=None, fallback: str = "") -> str:
    chosen = language_preference_get(user=user) if user is not None else None
    offered = dict(settings.LANGUAGES)
    for language in (chosen, fallback):
        if language in offered:
            return language
    return settings.LANGUAGE_CODE


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL.rstrip('/')}{path}"


def _message(
    *, template: str, context: dict, links: dict, address: str, language: str
) -> EmailMessage:
    """links: {name in the template: (url name, args)}, reversed in the recipient's language
    so a Korean reader's links lead to the /ko/ pages."""
    with translation.override(language):
        context = {
            **context,
            **{key: _absolute(reverse(name, args=args)) for key, (name, args) in links.items()},
        }
        subject = render_to_string(f"memberships/email/{template}_subject.txt", context)
        body = render_to_string(f"memberships/email/{template}.txt", context)
    return EmailMessage(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(subject.split()),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[address],
    )


def _send(messages: list[EmailMessage]) -> None:
    if not messages:
        return
    try:
        get_connection().send_messages(messages)
    except Exception:
        logger.exception("Could not send mail about a membership claim or invitation.")


def _later(build) -> None:
    transaction.on_commit(lambda: _send(build()))


def claim_received_notify(*, claim: MembershipClaim, owners_decide: bool) -> None:
    """Tells whoever decides: the organisation's owners, or staff when it has none."""

    def build() -> list[EmailMessage]:
        users = get_user_model().objects.filter(is_active=True).exclude(email="")
        if owners_decide:
            users = users.filter(
                memberships__organisation=claim.organisation,
                memberships__role=Membership.Role.OWNER,
            )
            link = ("memberships:people", [claim.organisation_id])
        else:
            users = users.filter(is_staff=True)
            link = ("staff:claim_queue", [])
        return [
            _message(
                template="claim_received",
                context={"claim": claim},
                links={"link": link},
                address=user.email,
                language=_language(user=user),
            )
            for user in users.distinct()
        ]

    _later(build)


def claim_decided_notify(*, claim: MembershipClaim) -> None:
    def build() -> list[EmailMessage]:
        if not claim.user.email:
            return []
        approved = claim.status == "approved"
        link = (
            ("organisations:manage", [claim.organisation_id])
            if approved
            else ("organisations:detail", [claim.organisation_id])
        )
        return [
            _message(
                template="claim_approved" if approved else "claim_rejected",
                context={"claim": claim},
                links={"link": link},
                address=claim.user.email,
                language=_language(user=claim.user, fallback=claim.language),
            )
        ]

    _later(build)


def invitation_notify(*, invitation: Invitation) -> None:
    def build() -> list[EmailMessage]:
        invited = (
            get_user_model().objects.filter(email__iexact=invitation.email, is_active=True).first()
        )
        token = invitation_token(invitation=invitation)
        return [
            _message(
                template="invitation",
                context={"invitation": invitation},
                links={"link": ("memberships:invitation", [token])},
                address=invitation.email,
                language=_language(user=invited, fallback=invitation.language),
            )
        ]

    _later(build)
