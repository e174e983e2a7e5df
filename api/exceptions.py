"""One JSON shape for every API error:

    {"error": {"status": 400, "code": "invalid", "message": "…", "fields": {"name": ["…"]}}}

`fields` maps each offending input (dotted for nested ones, e.g. `offers.2`) to its messages
and is empty when the error is not about particular fields.
"""

import re

from django.conf import settings
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.http import Http404
from django.utils.translation import gettext, gettext_lazy
from rest_framework import exceptions, status
from rest_framework.views import exception_handler as drf_exception_handler

# Services raise django ValidationError with the code "conflict" when the input is fine in
# itself but clashes with what is stored (a taken external id, a record still in use); Django's
# own uniqueness checks use "unique". Such errors, and only those, answer 409.
CONFLICT_CODES = {"conflict", "unique", "unique_together"}
NON_FIELD_KEY = "non_field_errors"
# get_object_or_404's message: English, with the model's class name, for every reader.
_LOOKUP_NOT_FOUND = re.compile(r"No \w+ matches the given query\.")


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = gettext_lazy("The request conflicts with the current state of the resource.")
    default_code = "conflict"


class RequestTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = gettext_lazy("The request body is too large.")
    default_code = "too_large"


def _codes(error: DjangoValidationError) -> set[str]:
    if hasattr(error, "error_dict"):
        return {e.code for errors in error.error_dict.values() for e in errors}
    return {e.code for e in error.error_list}


def from_django_validation_error(error: DjangoValidationError) -> exceptions.APIException:
    """A service's refusal as an API error: 409 if it conflicts with stored data, else 400."""
    if hasattr(error, "error_dict"):
        detail = {
            (NON_FIELD_KEY if field == "__all__" else field): messages
            for field, messages in error.message_dict.items()
        }
    else:
        detail = {NON_FIELD_KEY: error.messages}
    codes = _codes(error)
    if codes and codes <= CONFLICT_CODES:
        conflict = Conflict(" ".join(m for messages in detail.values() for m in messages))
        conflict.fields = {k: v for k, v in detail.items() if k != NON_FIELD_KEY}
        return conflict
    return exceptions.ValidationError(detail)


def _flatten(detail, prefix: str = "") -> dict[str, list[str]]:
    """DRF nests errors for lists and nested objects; clients get one level, dotted."""
    if isinstance(detail, dict):
        flat: dict[str, list[str]] = {}
        for key, value in detail.items():
            flat.update(_flatten(value, f"{prefix}.{key}" if prefix else str(key)))
        return flat
    if isinstance(detail, list) and any(isinstance(item, dict | list) for item in detail):
        flat = {}
        for index, item in enumerate(detail):
            if item:
                flat.update(_flatten(item, f"{prefix}.{index}" if prefix else str(index)))
        return flat
    messages = detail if isinstance(detail, list) else [detail]
    return {prefix or NON_FIELD_KEY: [str(message) for message in messages]}


def _body(exc: exceptions.APIException, status_code: int) -> dict:
    if isinstance(exc, exceptions.ValidationError):
        fields = _flatten(exc.detail)
        general = fields.get(NON_FIELD_KEY, [])
        named = sorted(key for key in fields if key != NON_FIELD_KEY)
        message = " ".join(general)
        if named:
            check = gettext("Check %(fields)s.") % {"fields": ", ".join(named)}
            message = (message + " " if message else "") + check
        return {"status": status_code, "code": "invalid", "message": message, "fields": fields}
    detail = exc.detail
    if isinstance(detail, dict | list):
        fields = _flatten(detail)
        message = " ".join(m for messages in fields.values() for m in messages)
        code = exc.default_code
    else:
        message, code = str(detail), getattr(detail, "code", exc.default_code)
    return {
        "status": status_code,
        "code": code,
        "message": message,
        "fields": getattr(exc, "fields", {}),
    }


def exception_handler(exc, context):
    if isinstance(exc, DjangoValidationError):
        exc = from_django_validation_error(exc)
    elif isinstance(exc, IntegrityError):
        # A check the services make first lost a race with another request.
        exc = Conflict(gettext("The change conflicts with data saved at the same time; try again."))
    elif isinstance(exc, RequestDataTooBig):
        exc = RequestTooLarge(
            gettext("The request body is larger than %(limit)s bytes.")
            % {"limit": settings.DATA_UPLOAD_MAX_MEMORY_SIZE}
        )
    elif isinstance(exc, Http404):
        message = str(exc.args[0]) if exc.args else ""
        # A lookup's English sentence gives way to DRF's translated "Not found.".
        exc = exceptions.NotFound(None if _LOOKUP_NOT_FOUND.fullmatch(message) else message or None)
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(*exc.args)
    elif isinstance(exc, exceptions.ParseError) and str(exc.detail).startswith("JSON parse error"):
        # DRF's parser writes this one in English for every reader, with the decoder's words.
        exc = exceptions.ParseError(
            gettext("The request body is not valid JSON: %(problem)s")
            % {"problem": str(exc.detail).removeprefix("JSON parse error - ")}
        )
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    response.data = {"error": _body(exc, response.status_code)}
    return response
