"""Validators shared by models, forms, API serializers and CSV imports."""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


def format_characters_find(value: str) -> list[str]:
    """Invisible formatting characters in the text (Unicode category Cf: zero-width spaces and
    joiners, direction marks and overrides, the byte-order mark...), as U+XXXX codes."""
    return [
        f"U+{ord(character):04X}" for character in value if unicodedata.category(character) == "Cf"
    ]


def validate_no_format_characters(value: str) -> None:
    """Refuse a name with invisible characters: they make one name look like another
    (a right-to-left override can show "Samsung" for a different string, a zero-width space
    hides a copy of a real name)."""
    found = format_characters_find(value)
    if found:
        raise ValidationError(
            _(
                "Remove the invisible formatting characters (%(characters)s): names may not "
                "contain zero-width or text-direction characters."
            ),
            code="format_characters",
            params={"characters": ", ".join(dict.fromkeys(found))},
        )
