"""Writes that move an organisation through review and build consortia.

Every transition re-reads the row under select_for_update so two staff acting on the same
organisation at once cannot both pass the status check, and saves updated_at so the matching
engine notices the change.
"""

from django.core.exceptions import ValidationError
from django.db import transaction

from organisations.models import (
    ConsortiumMembership,
    Organisation,
    OrganisationKind,
    PublicationStatus,
)

_TRANSITION_FIELDS = ["status", "rejection_reason", "updated_at"]


def _locked(organisation: Organisation) -> Organisation:
    return Organisation.objects.select_for_update().get(pk=organisation.pk)


def _refuse_unless(
    organisation: Organisation, allowed: set[str], *, action: str, hint: str
) -> None:
    if organisation.status not in allowed:
        raise ValidationError(
            f"Cannot {action} “{organisation.name}”: its status is "
            f"{organisation.get_status_display().lower()}. {hint}"
        )


def _sync(target: Organisation, source: Organisation, fields: list[str]) -> None:
    """Keep the caller's instance in step with the row just saved."""
    for field in fields:
        setattr(target, field, getattr(source, field))


def _transition(
    *,
    organisation: Organisation,
    allowed: set[str],
    action: str,
    hint: str,
    status: str,
    rejection_reason: str = "",
) -> Organisation:
    with transaction.atomic():
        locked = _locked(organisation)
        _refuse_unless(locked, allowed, action=action, hint=hint)
        locked.status = status
        locked.rejection_reason = rejection_reason
        locked.save(update_fields=_TRANSITION_FIELDS)
    _sync(organisation, locked, _TRANSITION_FIELDS)
    return organisation


def organisation_submit(*, organisation: Organisation) -> Organisation:
    """A member asks staff to review a draft, or a rejected profile after fixing it."""
    return _transition(
        organisation=organisation,
        allowed={PublicationStatus.DRAFT, PublicationStatus.REJECTED},
        action="submit",
        hint="Only drafts and rejected profiles can be submitted.",
        status=PublicationStatus.SUBMITTED,
    )


def organisation_publish(*, organisation: Organisation) -> Organisation:
    """Staff publish a submitted profile, or a draft they entered themselves."""
    return _transition(
        organisation=organisation,
        allowed={PublicationStatus.SUBMITTED, PublicationStatus.DRAFT},
        action="publish",
        hint="Only drafts and profiles submitted for review can be published.",
        status=PublicationStatus.PUBLISHED,
    )


def organisation_reject(*, organisation: Organisation, reason: str) -> Organisation:
    """Staff turn down a submission, or take a published profile down, telling the members why."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            f"Give a reason for rejecting “{organisation.name}”: its members see it."
        )
    return _transition(
        organisation=organisation,
        allowed={PublicationStatus.SUBMITTED, PublicationStatus.PUBLISHED},
        action="reject",
        hint="Only profiles submitted for review or already published can be rejected.",
        status=PublicationStatus.REJECTED,
        rejection_reason=reason,
    )


def organisation_verify(*, organisation: Organisation, verified: bool) -> Organisation:
    """Staff mark that they have checked the organisation is who it says it is."""
    with transaction.atomic():
        locked = _locked(organisation)
        locked.verified = verified
        locked.save(update_fields=["verified", "updated_at"])
    _sync(organisation, locked, ["verified", "updated_at"])
    return organisation


def consortium_member_validate(*, consortium: Organisation, member: Organisation) -> None:
    """The checks any way of linking a member to a consortium must pass (the admin inline
    uses them too)."""
    if consortium.kind != OrganisationKind.CONSORTIUM:
        raise ValidationError(
            f"“{consortium.name}” is not a consortium, so it cannot have members."
        )
    if member.pk == consortium.pk:
        raise ValidationError(f"“{consortium.name}” cannot be a member of itself.")


def consortium_member_add(
    *, consortium: Organisation, member: Organisation, role: str
) -> ConsortiumMembership:
    consortium_member_validate(consortium=consortium, member=member)
    if role not in ConsortiumMembership.Role.values:
        raise ValidationError(
            f"“{role}” is not a consortium role: use one of "
            f"{', '.join(ConsortiumMembership.Role.values)}."
        )
    with transaction.atomic():
        # Locking the consortium serialises concurrent adds of the same member.
        consortium = _locked(consortium)
        if ConsortiumMembership.objects.filter(consortium=consortium, member=member).exists():
            raise ValidationError(f"“{member.name}” is already a member of “{consortium.name}”.")
        membership = ConsortiumMembership.objects.create(
            consortium=consortium, member=member, role=role
        )
        consortium.save(update_fields=["updated_at"])
    return membership
