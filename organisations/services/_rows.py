"""Row helpers every organisation write shares."""

from django.utils import timezone

from organisations.models import Organisation

# A member's edit, submission or confirmation says the profile is current: it is asked again
# a year later, and a profile that had dropped out of suggestions comes back.
CONFIRMATION_FIELDS = ["profile_confirmed_at", "lapsed_at"]


def row_locked(organisation: Organisation) -> Organisation:
    """Re-read under select_for_update, so two people acting at once cannot both pass a check."""
    return Organisation.objects.select_for_update().get(pk=organisation.pk)


def sync(target: Organisation, source: Organisation, fields: list[str]) -> None:
    """Keep the caller's instance in step with the row just saved."""
    for field in fields:
        setattr(target, field, getattr(source, field))


def confirmation_stamp(organisation: Organisation) -> None:
    organisation.profile_confirmed_at = timezone.now()
    organisation.lapsed_at = None
