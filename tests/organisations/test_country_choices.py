from django.utils import translation

from organisations.filters import country_choices


def other_countries(language: str) -> list[str]:
    with translation.override(language):
        return [name for _, name in country_choices()[1][1]]


def test_korean_names_are_in_korean_dictionary_order():
    names = other_countries("ko")
    assert names[:2] == ["가나", "가봉"] and names == sorted(names)


def test_english_names_sort_accented_letters_with_their_base_letter():
    assert other_countries("en")[:3] == ["Afghanistan", "Åland Islands", "Albania"]


def test_kosovo_and_the_cayman_islands_have_correct_korean_names():
    assert {"코소보", "케이맨 제도"} <= set(other_countries("ko"))


def test_countries_django_countries_misnames_in_korean_have_their_usual_names():
    assert {"세이셸", "루마니아", "몽골", "태국"} <= set(other_countries("ko"))
