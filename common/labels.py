"""Display labels of fixed choices (a model field's choices, a country's name) in the active
language, looked up once per value and language. Lists show one per row, and Django's
get_FOO_display rebuilds the field's whole choices mapping on every call (some 60 µs, as long
as the rest of a card)."""

import functools

from django.db.models import Model
from django.utils.functional import Promise, lazy
from django.utils.translation import get_language
from django_countries import countries


@functools.lru_cache(maxsize=4096)
def _choice_label(model: type[Model], field_name: str, value: object, language: str) -> str:
    choices = dict(model._meta.get_field(field_name).flatchoices)
    return str(choices.get(value, value))


def choice_label(instance: Model, field_name: str) -> str:
    """instance.get_<field_name>_display(), as a plain string."""
    value = getattr(instance, field_name)
    return _choice_label(type(instance), field_name, value, get_language() or "")


def choice_label_lazy(instance: Model, field_name: str) -> Promise:
    """choice_label in lower case, worded when it is read: for a message raised in one
    language and shown in another ("its status is archived")."""
    value = getattr(instance, field_name)
    return lazy(
        lambda: _choice_label(type(instance), field_name, value, get_language() or "").lower(), str
    )()


@functools.lru_cache(maxsize=4096)
def _country_name(code: str, language: str) -> str:
    return str(countries.name(code))


def country_name(code: object) -> str:
    """The name of a country (a code or a django-countries Country); empty for none."""
    code = str(getattr(code, "code", code) or "")
    return _country_name(code, get_language() or "") if code else ""
