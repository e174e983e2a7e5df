"""How people who are not yet members get into an organisation: they claim it ("this is my
organisation"), or one of its owners invites them by email. Either way the membership itself
is made by organisations' services once someone entitled agreed."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common.text_limits import MESSAGE_MAX_LENGTH, text_limit
from organisations.models import Organisation


class ClaimStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for a decision")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class MembershipClaim(models.Model):
    """A signed-in user says they work for an organisation and asks to join it."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="membership_claims",
        verbose_name=_("organisation"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="membership_claims",
        verbose_name=_("user"),
    )
    message = models.TextField(_("message"), blank=True, **text_limit(MESSAGE_MAX_LENGTH))
    status = models.CharField(
        _("status"), max_length=16, choices=ClaimStatus.choices, default=ClaimStatus.PENDING
    )
    reason = models.TextField(_("reason"), blank=True, **text_limit(MESSAGE_MAX_LENGTH))
    # The language the claim was made in: the answer goes out in it when the user never chose
    # one with the switcher.
    language = models.CharField(_("language"), max_length=10, blank=True)
    created_at = models.DateTimeField(_("asked at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("membership claim")
        verbose_name_plural = _("membership claims")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"],
                condition=Q(status="pending"),
                name="membership_claim_one_pending_per_user",
            ),
            models.CheckConstraint(
                condition=~Q(status="rejected") | ~Q(reason=""),
                name="membership_claim_rejection_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} claims {self.organisation} ({self.status})"


class InvitationState(models.TextChoices):
    PENDING = "pending", _("Waiting for an answer")
    ACCEPTED = "accepted", _("Accepted")
    REVOKED = "revoked", _("Revoked")
    EXPIRED = "expired", _("Expired")


def invitation_expiry() -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=settings.MEMBERSHIP_INVITATION_DAYS)


class Invitation(models.Model):
    """An owner invites a colleague by email address, whether or not it has an account yet.
    Single use: accepting, revoking or expiring ends it."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="invitations",
        verbose_name=_("organisation"),
    )
    email = models.EmailField(_("email address"))
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    # The inviter's language when they sent it: the invitation mail's, as the address may
    # belong to nobody we know yet.
    language = models.CharField(_("language"), max_length=10, blank=True)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"), default=invitation_expiry)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("accepted by"),
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        indexes = [models.Index(fields=["organisation", "email"])]

    def __str__(self) -> str:
        return f"{self.email} invited to {self.organisation}"

    def state(self, *, now: datetime.datetime | None = None) -> str:
        if self.accepted_at:
            return InvitationState.ACCEPTED
        if self.revoked_at:
            return InvitationState.REVOKED
        if self.expires_at <= (now or timezone.now()):
            return InvitationState.EXPIRED
        return InvitationState.PENDING

    def get_state_display(self) -> str:
        return InvitationState(self.state()).label
