import pytest
from django.utils import translation

from common.bilingual import (
    localized_field,
    localized_field_lazy,
    localized_text,
    reader_language,
)


@pytest.mark.parametrize(
    "language, english, korean, expected",
    [
        ("en", "Smart port", "스마트 항만", ("Smart port", "en", False)),
        ("ko", "Smart port", "스마트 항만", ("스마트 항만", "ko", False)),
        ("en", "Smart port", "", ("Smart port", "en", False)),
        ("ko", "Smart port", "", ("Smart port", "en", True)),
        ("en", "", "스마트 항만", ("스마트 항만", "ko", True)),
        ("ko", "", "스마트 항만", ("스마트 항만", "ko", False)),
    ],
)
def test_the_readers_language_comes_first_and_the_other_is_a_marked_fallback(
    language, english, korean, expected
):
    text = localized_text(english=english, korean=korean, language=language)
    assert (text.text, text.language, text.fallback) == expected


def test_with_both_the_other_language_is_offered_beside_it():
    text = localized_text(english="ETRI", korean="한국전자통신연구원", language="ko")
    assert (text.other, text.other_language) == ("ETRI", "en")


def test_a_fallback_offers_nothing_beside_it():
    text = localized_text(english="ETRI", korean="", language="ko")
    assert (text.other, text.other_language) == ("", "")


def test_neither_version_is_empty_and_not_a_fallback():
    text = localized_text(english=" ", korean="", language="ko")
    assert (text.text, bool(text), text.fallback) == ("", False, False)


@pytest.mark.parametrize("code, expected", [("ko-kr", "ko"), ("ko", "ko"), ("en-gb", "en")])
def test_regional_codes_count_as_their_language(code, expected):
    assert reader_language(code) == expected


def test_the_active_language_is_the_default(korean_university):
    korean_university.description_ko = "항만 도시를 위한 디지털 트윈 연구."
    with translation.override("ko"):
        assert str(localized_field(korean_university, "description")).startswith("항만")
    with translation.override("en"):
        assert str(localized_field(korean_university, "description")).startswith("Digital")


def test_a_lazy_name_is_chosen_in_the_language_it_is_read_in(korean_university):
    with translation.override("en"):
        name = localized_field_lazy(korean_university, "name")
    with translation.override("ko"):
        assert str(name) == "한빛대학교"
    assert f"{name}" == "Hanbit University"
