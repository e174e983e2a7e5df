"""Writes: claiming an organisation and deciding claims; inviting colleagues, revoking and
accepting invitations. Memberships themselves are made by organisations' services.

Each step re-reads its claim or invitation under select_for_update, so two people deciding
the same claim, or one invitation used twice at once, cannot both succeed."""

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from common.bilingual import localized_field
from memberships import mail
from memberships.models import ClaimStatus, Invitation, InvitationState, MembershipClaim
from memberships.selectors import (
    invitation_pending_exists,
    invitations_pending_count,
    organisation_has_owner,
    people_manageable_by,
    user_has_email,
)
from organisations.models import Membership, Organisation
from organisations.services import membership_grant


def _refuse_a_member(*, organisation: Organisation, user: AbstractBaseUser) -> None:
    if Membership.objects.filter(organisation=organisation, user=user).exists():
        raise ValidationError(
            _("You are already a member of “%(organisation)s”.")
            % {"organisation": localized_field(organisation, "name").text}
        )


def claim_create(
    *, organisation: Organisation, user: AbstractBaseUser, message: str = "", language: str = ""
) -> MembershipClaim:
    """The user asks to join: its owners decide if it has any, staff otherwise."""
    _refuse_a_member(organisation=organisation, user=user)
    claim = MembershipClaim(
        organisation=organisation, user=user, message=message.strip(), language=language
    )
    claim.full_clean(exclude=["organisation", "user"], validate_constraints=False)
    try:
        with transaction.atomic():
            claim.save()
            mail.claim_received_notify(
                claim=claim, owners_decide=organisation_has_owner(organisation=organisation)
            )
    except IntegrityError:
        raise ValidationError(
            _("You have already asked to join “%(organisation)s”; we will tell you the answer.")
            % {"organisation": localized_field(organisation, "name").text}
        ) from None
    return claim


def _locked_pending_claim(*, claim: MembershipClaim, by: AbstractBaseUser) -> MembershipClaim:
    if not people_manageable_by(organisation=claim.organisation, user=by):
        raise PermissionDenied(_("Only staff and the organisation’s owners decide claims."))
    locked = MembershipClaim.objects.select_for_update().select_related("organisation", "user")
    claim = locked.get(pk=claim.pk)
    if claim.status != ClaimStatus.PENDING:
        raise ValidationError(_("This claim has already been decided."))
    return claim


def claim_approve(*, claim: MembershipClaim, by: AbstractBaseUser) -> Membership:
    """The claimant joins; the first member of an organisation becomes its owner."""
    with transaction.atomic():
        claim = _locked_pending_claim(claim=claim, by=by)
        membership = membership_grant(organisation=claim.organisation, user=claim.user)
        claim.status = ClaimStatus.APPROVED
        claim.decided_at, claim.decided_by = timezone.now(), by
        claim.save(update_fields=["status", "decided_at", "decided_by"])
        mail.claim_decided_notify(claim=claim)
    return membership


def claim_reject(*, claim: MembershipClaim, by: AbstractBaseUser, reason: str) -> MembershipClaim:
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Say why, so the person who asked understands.")})
    with transaction.atomic():
        claim = _locked_pending_claim(claim=claim, by=by)
        claim.status, claim.reason = ClaimStatus.REJECTED, reason
        claim.decided_at, claim.decided_by = timezone.now(), by
        claim.full_clean(exclude=["organisation", "user", "decided_by"])
        claim.save(update_fields=["status", "reason", "decided_at", "decided_by"])
        mail.claim_decided_notify(claim=claim)
    return claim


def invitation_create(
    *, organisation: Organisation, invited_by: AbstractBaseUser, email: str, language: str = ""
) -> Invitation:
    """Invites an address, with or without an account, and mails it the link."""
    if not people_manageable_by(organisation=organisation, user=invited_by):
        raise PermissionDenied(_("Only staff and the organisation’s owners invite colleagues."))
    email = email.strip()
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationError({"email": _("Enter a valid email address.")}) from None
    if Membership.objects.filter(organisation=organisation, user__email__iexact=email).exists():
        raise ValidationError(
            {
                "email": _("%(email)s is already a member of “%(organisation)s”.")
                % {"email": email, "organisation": localized_field(organisation, "name").text}
            }
        )
    with transaction.atomic():
        Organisation.objects.select_for_update().filter(pk=organisation.pk).first()
        if invitation_pending_exists(organisation=organisation, email=email):
            raise ValidationError(
                {"email": _("%(email)s already has an invitation waiting.") % {"email": email}}
            )
        limit = settings.MEMBERSHIP_PENDING_INVITATIONS_LIMIT
        if not invited_by.is_staff and (
            invitations_pending_count(organisation=organisation) >= limit
        ):
            # Each invitation is a mail from our address to someone who never asked for it: an
            # owner's account must not become a way to send them in bulk.
            raise ValidationError(
                {
                    "email": ngettext(
                        "“%(organisation)s” already has %(count)d invitation waiting, the most "
                        "allowed. Revoke one, or wait until one is accepted or expires.",
                        "“%(organisation)s” already has %(count)d invitations waiting, the most "
                        "allowed. Revoke one, or wait until one is accepted or expires.",
                        limit,
                    )
                    % {"organisation": localized_field(organisation, "name").text, "count": limit}
                }
            )
        invitation = Invitation.objects.create(
            organisation=organisation, email=email, invited_by=invited_by, language=language
        )
        mail.invitation_notify(invitation=invitation)
    return invitation


def invitation_revoke(*, invitation: Invitation, by: AbstractBaseUser) -> Invitation:
    if not people_manageable_by(organisation=invitation.organisation, user=by):
        raise PermissionDenied(_("Only staff and the organisation’s owners revoke invitations."))
    with transaction.atomic():
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation.state() != InvitationState.PENDING:
            raise ValidationError(_("This invitation can no longer be revoked."))
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
    return invitation


def invitation_accept(*, invitation: Invitation, user: AbstractBaseUser) -> Membership:
    """The invited address's owner, signed in, joins; the invitation is then used up."""
    with transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update()
            .select_related("organisation")
            .get(pk=invitation.pk)
        )
        if invitation.state() != InvitationState.PENDING:
            raise ValidationError(_("This invitation can no longer be used."))
        if not user_has_email(user=user, email=invitation.email):
            raise PermissionDenied(
                _("This invitation is for %(email)s. Log in with that address to accept it.")
                % {"email": invitation.email}
            )
        membership = membership_grant(organisation=invitation.organisation, user=user)
        invitation.accepted_at, invitation.accepted_by = timezone.now(), user
        invitation.save(update_fields=["accepted_at", "accepted_by"])
    return membership
