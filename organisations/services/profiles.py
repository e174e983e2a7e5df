"""Members create, edit, confirm and delete their organisation's profile; staff set its
external id."""

from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

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
    "city_ko",
    "website",
    "description",
    "description_ko",
    "founded_year",
    "size_band",
    "contact_name",
    "contact_email",
    "contact_phone",
)
PROFILE_RELATIONS = ("sectors", "offers", "seeks")
# Who the organisation is: a member changing any of these sends a published profile back to
# review and clears "verified", since staff approved and verified this identity, not another.
IDENTITY_FIELDS = {
    "name": gettext_lazy("name"),
    "name_ko": gettext_lazy("Korean name"),
    "website": gettext_lazy("website"),
    "country": gettext_lazy("country"),
    "kind": gettext_lazy("type"),
}


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


def _owner_limit_check(owner: AbstractBaseUser) -> None:
    """At most ORGANISATIONS_PER_USER_LIMIT profiles started per account, so one account cannot
    fill the lists; staff are exempt. Call inside a transaction: the account's row is locked
    so two requests at once cannot both pass."""
    if owner.is_staff:
        return
    get_user_model().objects.select_for_update().filter(pk=owner.pk).exists()
    limit = settings.ORGANISATIONS_PER_USER_LIMIT
    owned = Membership.objects.filter(user=owner, role=Membership.Role.OWNER).count()
    if owned >= limit:
        raise ValidationError(
            ngettext(
                "You already own %(limit)d organisation, the most one account may register. "
                "Ask our staff if you need another.",
                "You already own %(limit)d organisations, the most one account may register. "
                "Ask our staff if you need another.",
                limit,
            ),
            code="limit",
            params={"limit": limit},
        )


def organisation_create(*, owner: AbstractBaseUser, values: Mapping[str, Any]) -> Organisation:
    """A member starts a profile: it is a draft that only they and staff can see, with them
    as its owner."""
    organisation = Organisation(status=PublicationStatus.DRAFT, origin=Origin.REGISTERED)
    relations = _profile_values_apply(organisation, values)
    organisation.full_clean()
    with transaction.atomic():
        _owner_limit_check(owner)
        organisation.save()
        for name, items in relations.items():
            getattr(organisation, name).set(items)
        Membership.objects.create(user=owner, organisation=organisation, role=Membership.Role.OWNER)
    return organisation


def _identity(organisation: Organisation) -> dict[str, str]:
    return {name: str(getattr(organisation, name)) for name in IDENTITY_FIELDS}


def _identity_changes(before: dict[str, str], after: Organisation) -> list[str]:
    """The identity fields whose value differs, by their label."""
    return [
        str(IDENTITY_FIELDS[name])
        for name, value in _identity(after).items()
        if value != before[name]
    ]


def _back_to_review(organisation: Organisation, changed: list[str]) -> None:
    """A member changed who the organisation is: staff check it again before it is public, and
    its verification no longer holds. A profile not yet published is reviewed anyway."""
    organisation.verified = False
    if organisation.status == PublicationStatus.PUBLISHED:
        organisation.status = PublicationStatus.SUBMITTED
        organisation.review_reason = _(
            "Back in review: its %(fields)s changed. Our staff check a change of identity "
            "before the profile is public again."
        ) % {"fields": ", ".join(changed)}


def organisation_update(
    *, organisation: Organisation, values: Mapping[str, Any], by_staff: bool = False
) -> Organisation:
    """A member (or, by_staff, a member of staff) edits a profile. Most edits leave the status
    as it is: staff approved the organisation, not each sentence, and can still take it down
    with organisation_reject. A member's change of identity (IDENTITY_FIELDS) sends a published
    profile back to review and clears "verified"; staff's does not. The save bumps updated_at
    so its matches are recomputed, and one back in review drops out of suggestions."""
    with transaction.atomic():
        locked = row_locked(organisation)
        before = _identity(locked)
        relations = _profile_values_apply(locked, values)
        changed = _identity_changes(before, locked)
        if changed and not by_staff:
            _back_to_review(locked, changed)
        confirmation_stamp(locked)
        locked.full_clean()
        locked.save()
        for name, items in relations.items():
            getattr(locked, name).set(items)
    fields = [*PROFILE_FIELDS, "status", "verified", "review_reason", "updated_at"]
    sync(organisation, locked, [*fields, *CONFIRMATION_FIELDS])
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
                        _("Another organisation already has the external id “%(id)s”.")
                        % {"id": external_id},
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
