from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError

from matchmaking.models import Dismissal
from opportunities.models import Opportunity
from organisations.models import Organisation


def dismissal_create(
    *,
    user: AbstractBaseUser,
    organisation: Organisation,
    dismissed_organisation: Organisation | None = None,
    dismissed_opportunity: Opportunity | None = None,
) -> Dismissal:
    """Record "not interested" for good. Dismissing the same suggestion twice is harmless."""
    if (dismissed_organisation is None) == (dismissed_opportunity is None):
        raise ValidationError("Dismiss either an organisation or an opportunity.")
    if dismissed_organisation is not None and dismissed_organisation.pk == organisation.pk:
        raise ValidationError("An organisation is never suggested to itself.")
    dismissal, _ = Dismissal.objects.get_or_create(
        user=user,
        organisation=organisation,
        dismissed_organisation=dismissed_organisation,
        dismissed_opportunity=dismissed_opportunity,
    )
    return dismissal
