"""Pieces the organisation and opportunity admins share."""

from collections.abc import Callable

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Model, QuerySet
from django.http import HttpRequest
from django.utils.functional import Promise


class HttpsURLFieldsMixin:
    """Staff paste addresses without a scheme; calls and websites are served over https, and
    saying so also silences Django 5's warning about the default scheme changing."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.URLField):
            kwargs.setdefault("assume_scheme", "https")
        return super().formfield_for_dbfield(db_field, request, **kwargs)


def apply_to_each(
    modeladmin: admin.ModelAdmin,
    request: HttpRequest,
    queryset: QuerySet,
    service: Callable[[Model], object],
    *,
    done: Promise,
) -> int:
    """Run a service over each selected object and report the outcome, so a refusal for one
    object neither hides nor undoes the others.

    `done` is a whole sentence in both numbers, from ngettext_lazy with "count" as its number
    (`ngettext_lazy("Published %(count)d opportunity.", "Published %(count)d opportunities.",
    "count")`): Korean orders the words differently and has its own plural. The refusals are
    the services' own sentences, translated when they are read, in the admin's language."""
    done_count = 0
    refusals: list[str] = []
    for obj in queryset.order_by("pk"):
        try:
            service(obj)
        except ValidationError as error:
            refusals.extend(error.messages)
        else:
            done_count += 1
    if done_count:
        modeladmin.message_user(request, done % {"count": done_count}, messages.SUCCESS)
    for refusal in refusals:
        modeladmin.message_user(request, refusal, messages.WARNING)
    return done_count
