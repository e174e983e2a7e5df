"""Reads behind the claim and invitation pages, and the one rule for who decides what."""

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.core import signing
from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone

from memberships.domains import DomainCheck, email_domain_check
from memberships.models import ClaimStatus, Invitation, MembershipClaim
from organisations.models import Membership, Organisation

Viewer = AbstractBaseUser | AnonymousUser

INVITATION_SALT = "memberships.invitation"


def invitation_token(*, invitation: Invitation) -> str:
    """The signed token of the invitation's link: it names the invitation and cannot be
    guessed or altered; whether the invitation still holds is read from the database."""
    return signing.dumps(invitation.pk, salt=INVITATION_SALT)


def invitation_from_token(*, token: str) -> Invitation | None:
    try:
        pk = signing.loads(token, salt=INVITATION_SALT)
    except signing.BadSignature:
        return None
    return (
        Invitation.objects.select_related("organisation", "invited_by").filter(pk=pk).first()
        if isinstance(pk, int)
        else None
    )


def organisation_is_owned_by(*, organisation: Organisation, user: Viewer) -> bool:
    if not user.is_authenticated:
        return False
    return Membership.objects.filter(
        organisation=organisation, user=user, role=Membership.Role.OWNER
    ).exists()


def organisation_has_owner(*, organisation: Organisation) -> bool:
    return Membership.objects.filter(organisation=organisation, role=Membership.Role.OWNER).exists()


def people_manageable_by(*, organisation: Organisation, user: Viewer) -> bool:
    """Who may invite colleagues, revoke invitations and decide claims for an organisation:
    its owners, and staff. The pages and the services ask this one rule."""
    return user.is_authenticated and (
        user.is_staff or organisation_is_owned_by(organisation=organisation, user=user)
    )


def claim_pending_of(*, organisation: Organisation, user: Viewer) -> MembershipClaim | None:
    if not user.is_authenticated:
        return None
    return MembershipClaim.objects.filter(
        organisation=organisation, user=user, status=ClaimStatus.PENDING
    ).first()


def claims_pending_for(*, organisation: Organisation) -> QuerySet[MembershipClaim]:
    return MembershipClaim.objects.filter(
        organisation=organisation, status=ClaimStatus.PENDING
    ).select_related("user")


def claims_awaiting_staff() -> QuerySet[MembershipClaim]:
    """Every pending claim, oldest first, each marked with whether its organisation has an
    owner (who is asked first; staff may still decide)."""
    owners = Membership.objects.filter(
        organisation=OuterRef("organisation"), role=Membership.Role.OWNER
    )
    return (
        MembershipClaim.objects.filter(status=ClaimStatus.PENDING)
        .select_related("organisation", "user")
        .annotate(organisation_has_owner=Exists(owners))
        .order_by("created_at", "id")
    )


def claim_domain_check(*, claim: MembershipClaim) -> DomainCheck:
    return email_domain_check(email=claim.user.email, website=claim.organisation.website)


def invitations_of(*, organisation: Organisation) -> QuerySet[Invitation]:
    return Invitation.objects.filter(organisation=organisation).select_related("invited_by")


def _invitations_pending(*, organisation: Organisation) -> QuerySet[Invitation]:
    return Invitation.objects.filter(
        organisation=organisation,
        accepted_at__isnull=True,
        revoked_at__isnull=True,
        expires_at__gt=timezone.now(),
    )


def invitation_pending_exists(*, organisation: Organisation, email: str) -> bool:
    return _invitations_pending(organisation=organisation).filter(email__iexact=email).exists()


def invitations_pending_count(*, organisation: Organisation) -> int:
    return _invitations_pending(organisation=organisation).count()


def user_has_email(*, user: Viewer, email: str) -> bool:
    """The account's address, or any other address it has added (allauth's EmailAddress)."""
    if not user.is_authenticated:
        return False
    if (user.email or "").lower() == email.lower():
        return True
    return user.emailaddress_set.filter(email__iexact=email, verified=True).exists()
