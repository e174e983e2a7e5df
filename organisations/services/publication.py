"""Moving an organisation through review: submit, publish, reject, verify.

Every transition saves updated_at so the matching engine notices the change. Staff's decisions
(publish, reject) are mailed to the organisation's members once they commit."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from common.bilingual import localized_field_lazy
from common.labels import choice_label_lazy
from organisations.mail import organisation_review_notify
from organisations.models import Organisation, PublicationStatus
from organisations.services._rows import (
    CONFIRMATION_FIELDS,
    confirmation_stamp,
    row_locked,
    sync,
)

# Staff's decision answers whatever sent the profile back to review, so the reason goes.
_TRANSITION_FIELDS = ["status", "rejection_reason", "review_reason", "published_at", "updated_at"]


def _refuse_unless(organisation: Organisation, allowed: set[str], *, refusal: Promise) -> None:
    """`refusal` is one whole sentence per step, with %(name)s and %(status)s: it is
    translated when it is read, so the page, the admin or the API shows it in its language."""
    if organisation.status not in allowed:
        raise ValidationError(
            refusal,
            params={
                "name": localized_field_lazy(organisation, "name"),
                "status": choice_label_lazy(organisation, "status"),
            },
        )


def _transition(
    *,
    organisation: Organisation,
    allowed: set[str],
    refusal: Promise,
    status: str,
    rejection_reason: str = "",
    confirms_profile: bool = False,
) -> Organisation:
    fields = [*_TRANSITION_FIELDS, *(CONFIRMATION_FIELDS if confirms_profile else [])]
    with transaction.atomic():
        locked = row_locked(organisation)
        _refuse_unless(locked, allowed, refusal=refusal)
        locked.status = status
        locked.rejection_reason = rejection_reason
        locked.review_reason = ""
        if status == PublicationStatus.PUBLISHED and locked.published_at is None:
            locked.published_at = timezone.now()
        if confirms_profile:
            confirmation_stamp(locked)
        locked.save(update_fields=fields)
    sync(organisation, locked, fields)
    return organisation


def organisation_submit(*, organisation: Organisation) -> Organisation:
    """A member asks staff to review a draft, or a rejected profile after fixing it."""
    return _transition(
        organisation=organisation,
        allowed={PublicationStatus.DRAFT, PublicationStatus.REJECTED},
        refusal=_(
            "Cannot submit “%(name)s”: its status is %(status)s. "
            "Only drafts and rejected profiles can be submitted."
        ),
        status=PublicationStatus.SUBMITTED,
        confirms_profile=True,
    )


def organisation_publish(*, organisation: Organisation) -> Organisation:
    """Staff publish a submitted profile, or a draft they entered themselves."""
    organisation = _transition(
        organisation=organisation,
        allowed={PublicationStatus.SUBMITTED, PublicationStatus.DRAFT},
        refusal=_(
            "Cannot publish “%(name)s”: its status is %(status)s. "
            "Only drafts and profiles submitted for review can be published."
        ),
        status=PublicationStatus.PUBLISHED,
    )
    organisation_review_notify(organisation=organisation, published=True)
    return organisation


def organisation_reject(*, organisation: Organisation, reason: str) -> Organisation:
    """Staff turn down a submission, or take a published profile down, telling the members why."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            _("Give a reason for rejecting “%(name)s”: its members see it."),
            params={"name": localized_field_lazy(organisation, "name")},
        )
    organisation = _transition(
        organisation=organisation,
        allowed={PublicationStatus.SUBMITTED, PublicationStatus.PUBLISHED},
        refusal=_(
            "Cannot reject “%(name)s”: its status is %(status)s. "
            "Only profiles submitted for review or already published can be rejected."
        ),
        status=PublicationStatus.REJECTED,
        rejection_reason=reason,
    )
    organisation_review_notify(organisation=organisation, published=False)
    return organisation


def organisation_verify(*, organisation: Organisation, verified: bool) -> Organisation:
    """Staff mark that they have checked the organisation is who it says it is."""
    with transaction.atomic():
        locked = row_locked(organisation)
        locked.verified = verified
        locked.save(update_fields=["verified", "updated_at"])
    sync(organisation, locked, ["verified", "updated_at"])
    return organisation
