"""How long free text may be. Forms, the API and the CSV imports all meet at the model field,
so the limits are set there: a TextField's max_length alone is not checked by Django (only
its form field's is), hence the validator, which model forms, DRF's model serializers and
full_clean all apply."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext as _

DESCRIPTION_MAX_LENGTH = 5_000
MESSAGE_MAX_LENGTH = 2_000


def text_limit(max_length: int) -> dict:
    """Keyword arguments for a models.TextField holding at most max_length characters."""
    return {"max_length": max_length, "validators": [MaxLengthValidator(max_length)]}


def message_body_clean(body: str) -> str:
    """A message one side writes to the other (of a meeting or an introduction), trimmed, or
    a ValidationError on "body" saying what is wrong with it."""
    body = body.strip()
    if not body:
        raise ValidationError({"body": _("Write a message.")}, code="required")
    if len(body) > MESSAGE_MAX_LENGTH:
        raise ValidationError(
            {
                "body": _("Keep the message to %(limit)s characters.")
                % {"limit": MESSAGE_MAX_LENGTH}
            },
            code="max_length",
        )
    return body
