"""Writes for the taxonomy staff curate: sectors and the capabilities within them.

Slugs are what the API, the filters and the CSV imports use to name a sector or capability,
so a taken slug is a conflict (Django's "unique" code), and anything still in use cannot be
deleted: removing it would silently strip it from profiles and opportunities.
"""

from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _

from organisations.models import Capability, Sector

SECTOR_FIELDS = ("slug", "name", "name_ko", "description")
CAPABILITY_FIELDS = ("slug", "name", "name_ko", "sector")


def _apply(instance: models.Model, values: Mapping[str, Any], allowed: tuple[str, ...]) -> None:
    unknown = sorted(set(values) - set(allowed))
    if unknown:
        raise ValidationError(
            f"A {instance._meta.verbose_name} has no editable field {', '.join(unknown)}."
        )
    for name, value in values.items():
        setattr(instance, name, value)


def _save(instance: models.Model) -> None:
    instance.full_clean()
    instance.save()


def _uses(instance: models.Model) -> list[str]:
    """What still points at the instance, e.g. ["2 organisations (offers)"]. Read from the
    model's relations so this app need not know which other apps use its taxonomy."""
    uses = []
    for relation in instance._meta.related_objects:
        count = getattr(instance, relation.get_accessor_name()).count()
        if count:
            meta = relation.related_model._meta
            noun = meta.verbose_name if count == 1 else meta.verbose_name_plural
            uses.append(
                _("%(count)s %(noun)s (%(field)s)")
                % {"count": count, "noun": noun, "field": relation.field.verbose_name}
            )
    return uses


def _delete(instance: models.Model) -> None:
    with transaction.atomic():
        uses = _uses(instance)
        if uses:
            raise ValidationError(
                _("“%(name)s” is still used by %(uses)s: take it off them first.")
                % {"name": instance, "uses": ", ".join(uses)},
                code="conflict",
            )
        instance.delete()


def sector_create(*, values: Mapping[str, Any]) -> Sector:
    sector = Sector()
    _apply(sector, values, SECTOR_FIELDS)
    _save(sector)
    return sector


def sector_update(*, sector: Sector, values: Mapping[str, Any]) -> Sector:
    _apply(sector, values, SECTOR_FIELDS)
    _save(sector)
    return sector


def sector_delete(*, sector: Sector) -> None:
    _delete(sector)


def capability_create(*, values: Mapping[str, Any]) -> Capability:
    capability = Capability()
    _apply(capability, values, CAPABILITY_FIELDS)
    _save(capability)
    return capability


def capability_update(*, capability: Capability, values: Mapping[str, Any]) -> Capability:
    _apply(capability, values, CAPABILITY_FIELDS)
    _save(capability)
    return capability


def capability_delete(*, capability: Capability) -> None:
    _delete(capability)
