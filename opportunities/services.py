"""Writes that create, edit, publish and archive opportunities, and members' interest in them.

The row is re-read under select_for_update so two staff acting at once cannot both pass the
status check; updated_at is saved so the matching engine notices the change.
"""

from collections.abc import Mapping
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from common.bilingual import localized_field, localized_field_lazy
from common.labels import choice_label_lazy
from opportunities.models import Opportunity, OpportunityInterest, OpportunityStatus
from organisations.models import Membership, Organisation, Origin

_FIELDS = ["status", "published_at", "updated_at"]

# What staff write through the opportunity form; status moves only by publish and archive.
EDITABLE_FIELDS = (
    "title",
    "title_ko",
    "kind",
    "country",
    "city",
    "city_ko",
    "summary",
    "summary_ko",
    "description",
    "description_ko",
    "budget_amount",
    "budget_currency",
    "opens_on",
    "deadline",
    "eligible_countries",
    "eligible_kinds",
    "max_organisation_age_years",
    "source_url",
)
EDITABLE_RELATIONS = ("hosts", "sectors", "required_capabilities")


def _transition(
    *, opportunity: Opportunity, allowed: set[str], status: str, refusal: Promise
) -> Opportunity:
    """`refusal` is one whole sentence per step, with %(title)s and %(status)s: it is
    translated when it is read, so the page, the admin or the API shows it in its language."""
    with transaction.atomic():
        locked = Opportunity.objects.select_for_update().get(pk=opportunity.pk)
        if locked.status not in allowed:
            raise ValidationError(
                refusal,
                params={
                    "title": localized_field_lazy(locked, "title"),
                    "status": choice_label_lazy(locked, "status"),
                },
            )
        locked.status = status
        if status == OpportunityStatus.PUBLISHED and locked.published_at is None:
            locked.published_at = timezone.now()
        locked.save(update_fields=_FIELDS)
    for field in _FIELDS:
        setattr(opportunity, field, getattr(locked, field))
    return opportunity


def opportunity_publish(*, opportunity: Opportunity) -> Opportunity:
    """Make a draft public, or bring an archived opportunity back."""
    return _transition(
        opportunity=opportunity,
        allowed={OpportunityStatus.DRAFT, OpportunityStatus.ARCHIVED},
        status=OpportunityStatus.PUBLISHED,
        refusal=_(
            "Cannot publish “%(title)s”: its status is %(status)s. "
            "Only drafts and archived opportunities can be published."
        ),
    )


def opportunity_archive(*, opportunity: Opportunity) -> Opportunity:
    """Retire a published opportunity; it stays visible as closed."""
    return _transition(
        opportunity=opportunity,
        allowed={OpportunityStatus.PUBLISHED},
        status=OpportunityStatus.ARCHIVED,
        refusal=_(
            "Cannot archive “%(title)s”: its status is %(status)s. "
            "Only published opportunities can be archived; archived ones stay public, "
            "so delete an unwanted draft instead."
        ),
    )


def _values_apply(opportunity: Opportunity, values: Mapping[str, Any]) -> dict:
    unknown = sorted(set(values) - set(EDITABLE_FIELDS) - set(EDITABLE_RELATIONS))
    if unknown:
        raise ValidationError(f"An opportunity has no editable field {', '.join(unknown)}.")
    for name in EDITABLE_FIELDS:
        if name in values:
            setattr(opportunity, name, values[name])
    return {name: list(values[name]) for name in EDITABLE_RELATIONS if name in values}


def opportunity_create(*, values: Mapping[str, Any]) -> Opportunity:
    """Staff enter an opportunity; it stays a draft until opportunity_publish."""
    opportunity = Opportunity(status=OpportunityStatus.DRAFT, origin=Origin.STAFF)
    relations = _values_apply(opportunity, values)
    opportunity.full_clean()
    with transaction.atomic():
        opportunity.save()
        for name, items in relations.items():
            getattr(opportunity, name).set(items)
    return opportunity


def opportunity_update(*, opportunity: Opportunity, values: Mapping[str, Any]) -> Opportunity:
    """Staff correct an opportunity in any status; the save bumps updated_at so the matching
    engine re-reads it."""
    with transaction.atomic():
        locked = Opportunity.objects.select_for_update().get(pk=opportunity.pk)
        relations = _values_apply(locked, values)
        locked.full_clean()
        locked.save()
        for name, items in relations.items():
            getattr(locked, name).set(items)
    for name in (*EDITABLE_FIELDS, "status", "updated_at"):
        setattr(opportunity, name, getattr(locked, name))
    return opportunity


def opportunity_external_id_set(*, opportunity: Opportunity, external_id: str) -> Opportunity:
    """Staff record the opportunity's id in the list it came from, so scripts can find it
    again. The code "conflict" marks an id another opportunity holds."""
    external_id = external_id.strip()
    with transaction.atomic():
        locked = Opportunity.objects.select_for_update().get(pk=opportunity.pk)
        taken = Opportunity.objects.filter(external_id=external_id).exclude(pk=locked.pk)
        if external_id and taken.exists():
            raise ValidationError(
                {
                    "external_id": ValidationError(
                        _("Another opportunity already has the external id “%(id)s”.")
                        % {"id": external_id},
                        code="conflict",
                    )
                }
            )
        locked.external_id = external_id
        locked.full_clean(validate_constraints=False)
        locked.save(update_fields=["external_id", "updated_at"])
    opportunity.external_id, opportunity.updated_at = locked.external_id, locked.updated_at
    return opportunity


def opportunity_delete(*, opportunity: Opportunity) -> None:
    """Staff remove an opportunity for good (an unwanted draft, a duplicate)."""
    opportunity.delete()


# Interest: a member says one of their organisations means to take part in an opportunity, and
# whether it is looking for partners for it. An organisation may do so whatever the status of
# its profile: a member whose profile is still a draft or under review can already track an
# opportunity (and get its deadline reminders), and nothing leaks, because other members only
# ever see published organisations in the "Looking for partners" list.


def _member_check(*, user: AbstractBaseUser, organisation: Organisation) -> None:
    if not Membership.objects.filter(user=user, organisation=organisation).exists():
        raise PermissionDenied(
            _("You are not a member of %(name)s, so you cannot speak for it.")
            % {"name": localized_field(organisation, "name").text}
        )


def opportunity_interest_express(
    *,
    user: AbstractBaseUser,
    organisation: Organisation,
    opportunity: Opportunity,
    looking_for_partners: bool,
) -> OpportunityInterest:
    """Record the organisation's interest, or change whether it is looking for partners.
    Only while the opportunity is open: after its deadline there is nothing left to join."""
    _member_check(user=user, organisation=organisation)
    if not opportunity.is_open():
        raise ValidationError(
            _("“%(title)s” is closed: interest can only be expressed while an opportunity is open.")
            % {"title": localized_field(opportunity, "title").text}
        )
    # update_or_create locks the row, and retries a get when another request created it first.
    interest, _created = OpportunityInterest.objects.update_or_create(
        opportunity=opportunity,
        organisation=organisation,
        defaults={"looking_for_partners": looking_for_partners, "expressed_by": user},
    )
    return interest


def opportunity_interest_withdraw(
    *, user: AbstractBaseUser, organisation: Organisation, opportunity: Opportunity
) -> None:
    """Remove the organisation's interest; allowed after the deadline too."""
    _member_check(user=user, organisation=organisation)
    deleted, _counts = OpportunityInterest.objects.filter(
        opportunity=opportunity, organisation=organisation
    ).delete()
    if not deleted:
        raise ValidationError(
            _("%(name)s has not said it is interested in “%(title)s”.")
            % {
                "name": localized_field(organisation, "name").text,
                "title": localized_field(opportunity, "title").text,
            }
        )
