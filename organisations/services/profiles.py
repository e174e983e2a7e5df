"""Members create, edit, confirm and delete their organisation's profile; staff set its
external id."""

from collections.abc import Mapping
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction

from organisations.models import Membership, Organisation, Origin, PublicationStatus
from organisations.services._rows import (
    CONFIRMATION_FIELDS,
    confirmation_stamp,
    row_locked,
    sync,
)

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
        locked = row_locked(organisation)
        relations = _profile_values_apply(locked, values)
        confirmation_stamp(locked)
        locked.full_clean()
        locked.save()
        for name, items in relations.items():
            getattr(locked, name).set(items)
    sync(organisation, locked, [*PROFILE_FIELDS, "status", "updated_at", *CONFIRMATION_FIELDS])
    return organisation


def organisation_profile_confirm(*, organisation: Organisation) -> Organisation:
    """A member says the profile is still up to date. Bringing back one that had lapsed saves
    updated_at too, so every process's matching index suggests it again."""
    with transaction.atomic():
        locked = row_locked(organisation)
        fields = list(CONFIRMATION_FIELDS)
        if locked.lapsed_at is not None:
            fields.append("updated_at")
        confirmation_stamp(locked)
        locked.save(update_fields=fields)
    sync(organisation, locked, fields)
    return organisation


def organisation_external_id_set(*, organisation: Organisation, external_id: str) -> Organisation:
    """Staff record the id an organisation has in their own lists (a CRM, an import file), so
    scripts can find it again. The code "conflict" marks an id another organisation holds."""
    external_id = external_id.strip()
    with transaction.atomic():
        locked = row_locked(organisation)
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
    sync(organisation, locked, ["external_id", "updated_at"])
    return organisation


def organisation_delete(*, organisation: Organisation) -> None:
    """An owner or staff remove a profile for good, with its memberships and links."""
    organisation.delete()
