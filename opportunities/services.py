"""Writes that publish and archive opportunities.

The row is re-read under select_for_update so two staff acting at once cannot both pass the
status check; updated_at is saved so the matching engine notices the change.
"""

from django.core.exceptions import ValidationError
from django.db import transaction

from opportunities.models import Opportunity, OpportunityStatus

_FIELDS = ["status", "updated_at"]


def _transition(
    *, opportunity: Opportunity, allowed: set[str], action: str, status: str, hint: str
) -> Opportunity:
    with transaction.atomic():
        locked = Opportunity.objects.select_for_update().get(pk=opportunity.pk)
        if locked.status not in allowed:
            raise ValidationError(
                f"Cannot {action} “{locked.title}”: its status is "
                f"{locked.get_status_display().lower()}. {hint}"
            )
        locked.status = status
        locked.save(update_fields=_FIELDS)
    for field in _FIELDS:
        setattr(opportunity, field, getattr(locked, field))
    return opportunity


def opportunity_publish(*, opportunity: Opportunity) -> Opportunity:
    """Make a draft public, or bring an archived opportunity back."""
    return _transition(
        opportunity=opportunity,
        allowed={OpportunityStatus.DRAFT, OpportunityStatus.ARCHIVED},
        action="publish",
        status=OpportunityStatus.PUBLISHED,
        hint="Only drafts and archived opportunities can be published.",
    )


def opportunity_archive(*, opportunity: Opportunity) -> Opportunity:
    """Retire a published opportunity; it stays visible as closed."""
    return _transition(
        opportunity=opportunity,
        allowed={OpportunityStatus.PUBLISHED},
        action="archive",
        status=OpportunityStatus.ARCHIVED,
        hint=(
            "Only published opportunities can be archived; archived ones stay public, "
            "so delete an unwanted draft instead."
        ),
    )
