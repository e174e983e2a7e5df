"""Writes that create and edit profiles, add colleagues, move an organisation through review
and build consortia.

Every transition re-reads the row under select_for_update so two staff acting on the same
organisation at once cannot both pass the status check, and saves updated_at so the matching
engine notices the change.
"""

from collections.abc import Mapping
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from organisations.models import (
    ConsortiumMembership,
    Membership,
    Organisation,
    OrganisationKind,
    Origin,
    PublicationStatus,
)

_TRANSITION_FIELDS = ["status", "rejection_reason", "published_at", "updated_at"]
# A member's edit, submission or confirmation says the profile is current: it is asked again
# a year later, and a profile that had dropped out of suggestions comes back.
_CONFIRMATION_FIELDS = ["profile_confirmed_at", "lapsed_at"]


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
    confirms_profile: bool = False,
) -> Organisation:
    fields = [*_TRANSITION_FIELDS, *(_CONFIRMATION_FIELDS if confirms_profile else [])]
    with transaction.atomic():
        locked = _locked(organisation)
        _refuse_unless(locked, allowed, action=action, hint=hint)
        locked.status = status
        locked.rejection_reason = rejection_reason
        if status == PublicationStatus.PUBLISHED and locked.published_at is None:
            locked.published_at = timezone.now()
        if confirms_profile:
            _confirmation_stamp(locked)
        locked.save(update_fields=fields)
    _sync(organisation, locked, fields)
    return organisation


def _confirmation_stamp(organisation: Organisation) -> None:
    organisation.profile_confirmed_at = timezone.now()
    organisation.lapsed_at = None


def organisation_submit(*, organisation: Organisation) -> Organisation:
    """A member asks staff to review a draft, or a rejected profile after fixing it."""
    return _transition(
        organisation=organisation,
        allowed={PublicationStatus.DRAFT, PublicationStatus.REJECTED},
        action="submit",
        hint="Only drafts and rejected profiles can be submitted.",
        status=PublicationStatus.SUBMITTED,
        confirms_profile=True,
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
            raise ValidationError(
                f"“{member.name}” is already a member of “{consortium.name}”.", code="conflict"
            )
        membership = ConsortiumMembership.objects.create(
            consortium=consortium, member=member, role=role
        )
        consortium.save(update_fields=["updated_at"])
    return membership


# What members may write on their own profile; status, verification and origin are staff's.
PROFILE_FIELDS = (
    "name",
    "name_ko",
    "country",
    "kind",
    "city",
    "website",
    "description",
    "founded_year",
    "size_band",
    "contact_name",
    "contact_email",
    "contact_phone",
)
PROFILE_RELATIONS = ("sectors", "offers", "seeks")


def _profile_values_apply(organisation: Organisation, values: Mapping[str, Any]) -> dict:
    """Sets the plain fields on the instance and returns the many-to-many values to set
    once it is saved."""
    unknown = sorted(set(values) - set(PROFILE_FIELDS) - set(PROFILE_RELATIONS))
    if unknown:
        raise ValidationError(f"A profile has no editable field {', '.join(unknown)}.")
    for name in PROFILE_FIELDS:
        if name in values:
            setattr(organisation, name, values[name])
    return {name: list(values[name]) for name in PROFILE_RELATIONS if name in values}


def organisation_create(*, owner: AbstractBaseUser, values: Mapping[str, Any]) -> Organisation:
    """A member starts a profile: it is a draft that only they and staff can see, with them
    as its owner."""
    organisation = Organisation(status=PublicationStatus.DRAFT, origin=Origin.REGISTERED)
    relations = _profile_values_apply(organisation, values)
    organisation.full_clean()
    with transaction.atomic():
        organisation.save()
        for name, items in relations.items():
            getattr(organisation, name).set(items)
        Membership.objects.create(user=owner, organisation=organisation, role=Membership.Role.OWNER)
    return organisation


def organisation_update(*, organisation: Organisation, values: Mapping[str, Any]) -> Organisation:
    """A member edits their profile. The status stays as it is: a published profile stays
    published (staff approved the organisation, not each sentence, and can still take it down
    with organisation_reject), and the save bumps updated_at so its matches are recomputed."""
    with transaction.atomic():
        locked = _locked(organisation)
        relations = _profile_values_apply(locked, values)
        _confirmation_stamp(locked)
        locked.full_clean()
        locked.save()
        for name, items in relations.items():
            getattr(locked, name).set(items)
    _sync(organisation, locked, [*PROFILE_FIELDS, "status", "updated_at", *_CONFIRMATION_FIELDS])
    return organisation


def organisation_profile_confirm(*, organisation: Organisation) -> Organisation:
    """A member says the profile is still up to date. Bringing back one that had lapsed saves
    updated_at too, so every process's matching index suggests it again."""
    with transaction.atomic():
        locked = _locked(organisation)
        fields = list(_CONFIRMATION_FIELDS)
        if locked.lapsed_at is not None:
            fields.append("updated_at")
        _confirmation_stamp(locked)
        locked.save(update_fields=fields)
    _sync(organisation, locked, fields)
    return organisation


def membership_add(
    *, organisation: Organisation, added_by: AbstractBaseUser, email: str
) -> Membership:
    """An owner adds a colleague who already has an account, as an editor."""
    if not Membership.objects.filter(
        organisation=organisation, user=added_by, role=Membership.Role.OWNER
    ).exists():
        raise PermissionDenied(f"Only an owner of “{organisation.name}” can add colleagues.")
    email = email.strip()
    if not email:
        raise ValidationError("Give your colleague’s email address.")
    colleague = (
        get_user_model().objects.filter(email__iexact=email, is_active=True).order_by("pk").first()
    )
    if colleague is None:
        raise ValidationError(
            f"Nobody has signed up with {email} yet. Ask your colleague to sign up first, "
            "then add them here."
        )
    try:
        with transaction.atomic():
            return Membership.objects.create(
                user=colleague, organisation=organisation, role=Membership.Role.EDITOR
            )
    except IntegrityError:
        raise ValidationError(f"{email} is already a member of “{organisation.name}”.") from None


def organisation_external_id_set(*, organisation: Organisation, external_id: str) -> Organisation:
    """Staff record the id an organisation has in their own lists (a CRM, an import file), so
    scripts can find it again. The code "conflict" marks an id another organisation holds."""
    external_id = external_id.strip()
    with transaction.atomic():
        locked = _locked(organisation)
        taken = Organisation.objects.filter(external_id=external_id).exclude(pk=locked.pk)
        if external_id and taken.exists():
            raise ValidationError(
                {
                    "external_id": ValidationError(
                        f"Another organisation already has the external id “{external_id}”.",
                        code="conflict",
                    )
                }
            )
        locked.external_id = external_id
        locked.full_clean(validate_constraints=False)
        locked.save(update_fields=["external_id", "updated_at"])
    _sync(organisation, locked, ["external_id", "updated_at"])
    return organisation


def organisation_delete(*, organisation: Organisation) -> None:
    """An owner or staff remove a profile for good, with its memberships and links."""
    organisation.delete()


def consortium_member_remove(*, membership: ConsortiumMembership) -> None:
    with transaction.atomic():
        consortium = _locked(membership.consortium)
        membership.delete()
        consortium.save(update_fields=["updated_at"])


def consortium_member_role_set(
    *, membership: ConsortiumMembership, role: str
) -> ConsortiumMembership:
    if role not in ConsortiumMembership.Role.values:
        raise ValidationError(
            {
                "role": f"“{role}” is not a consortium role: use one of "
                f"{', '.join(ConsortiumMembership.Role.values)}."
            }
        )
    with transaction.atomic():
        consortium = _locked(membership.consortium)
        membership.role = role
        membership.save(update_fields=["role"])
        consortium.save(update_fields=["updated_at"])
    return membership
