"""Mail about claims and invitations, each in its recipient's language: the language a member
chose with the switcher, else the one the claim or invitation was made in. Sent once the
transaction that recorded the step commits; a mail server that is down is logged, never turned
into an error page for someone whose action succeeded."""

from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage

from common.language import recipient_language
from common.mail import mail_link, mail_render, mail_send_after_commit, mail_to_each
from memberships.models import Invitation, MembershipClaim
from memberships.selectors import invitation_token
from organisations.models import Membership

_WHAT = "mail about a membership claim or invitation"


def claim_received_notify(*, claim: MembershipClaim, owners_decide: bool) -> None:
    """Tells whoever decides: the organisation's owners, or staff when it has none."""

    def build() -> list[EmailMessage]:
        users = get_user_model().objects.filter(is_active=True).exclude(email="")
        if owners_decide:
            users = users.filter(
                memberships__organisation=claim.organisation,
                memberships__role=Membership.Role.OWNER,
            )
            link = mail_link("memberships:people", args=[claim.organisation_id])
        else:
            users = users.filter(is_staff=True)
            link = mail_link("staff:claim_queue")
        return mail_to_each(
            users=users.distinct().values_list("pk", "email"),
            template="memberships/email/claim_received",
            context={"claim": claim, "link": link},
        )

    mail_send_after_commit(build, what=_WHAT)


def claim_decided_notify(*, claim: MembershipClaim) -> None:
    def build() -> list[EmailMessage]:
        if not claim.user.email:
            return []
        approved = claim.status == "approved"
        page = "organisations:manage" if approved else "organisations:detail"
        return [
            mail_render(
                template=f"memberships/email/claim_{'approved' if approved else 'rejected'}",
                context={"claim": claim, "link": mail_link(page, args=[claim.organisation_id])},
                to=[claim.user.email],
                language=recipient_language(user=claim.user, fallback=claim.language),
            )
        ]

    mail_send_after_commit(build, what=_WHAT)


def invitation_notify(*, invitation: Invitation) -> None:
    def build() -> list[EmailMessage]:
        invited = (
            get_user_model().objects.filter(email__iexact=invitation.email, is_active=True).first()
        )
        link = mail_link("memberships:invitation", args=[invitation_token(invitation=invitation)])
        return [
            mail_render(
                template="memberships/email/invitation",
                context={"invitation": invitation, "link": link},
                to=[invitation.email],
                language=recipient_language(user=invited, fallback=invitation.language),
            )
        ]

    mail_send_after_commit(build, what=_WHAT)
