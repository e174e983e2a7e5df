"""Organisations put in touch with each other: from then on each may see the other's contact
details (organisations.selectors.organisation_contacts_visible_to reads these rows)."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from organisations.models import ConnectionSource, Organisation, OrganisationConnection


def organisation_connection_create(
    *, between: Organisation, and_: Organisation, source: str
) -> OrganisationConnection:
    """Record that two organisations were put in touch. A pair already connected keeps its
    first record (and its source), so calling it again is harmless."""
    if between.pk == and_.pk:
        raise ValidationError(_("An organisation cannot be connected to itself."))
    if source not in ConnectionSource.values:
        raise ValidationError(_("Unknown connection source “%(source)s”.") % {"source": source})
    low, high = sorted((between.pk, and_.pk))
    pair = {"organisation_a_id": low, "organisation_b_id": high}
    existing = OrganisationConnection.objects.filter(**pair).first()
    if existing is not None:
        return existing
    try:
        # A savepoint, so a concurrent insert of the same pair leaves the caller's
        # transaction usable.
        with transaction.atomic():
            return OrganisationConnection.objects.create(**pair, source=source)
    except IntegrityError:
        return OrganisationConnection.objects.get(**pair)
