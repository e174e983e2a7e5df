"""How long free text may be. Forms, the API and the CSV imports all meet at the model field,
so the limits are set there: a TextField's max_length alone is not checked by Django (only
its form field's is), hence the validator, which model forms, DRF's model serializers and
full_clean all apply."""

from django.core.validators import MaxLengthValidator

DESCRIPTION_MAX_LENGTH = 5_000
MESSAGE_MAX_LENGTH = 2_000


def text_limit(max_length: int) -> dict:
    """Keyword arguments for a models.TextField holding at most max_length characters."""
    return {"max_length": max_length, "validators": [MaxLengthValidator(max_length)]}
