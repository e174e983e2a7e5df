import pytest
from django.core.exceptions import ValidationError

from common.validators import validate_no_format_characters

REFUSED = [
    *range(0x200B, 0x2010),
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
    0xFEFF,
    0x00AD,  # soft hyphen: another Cf character
]


@pytest.mark.parametrize("code", REFUSED, ids=lambda code: f"U+{code:04X}")
def test_format_characters_are_refused_and_named(code):
    with pytest.raises(ValidationError) as error:
        validate_no_format_characters(f"Sam{chr(code)}sung")
    assert f"U+{code:04X}" in error.value.messages[0]


@pytest.mark.parametrize(
    "name", ["삼성리서치", "Ørsted A/S", "O’Neill & Sons (UK) Ltd.", "株式会社"]
)
def test_real_names_in_any_script_pass(name):
    assert validate_no_format_characters(name) is None
