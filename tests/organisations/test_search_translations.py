"""A search finds a text written only in the other language through the glossary's terms."""

import pytest

from organisations.filters import SEARCHED_FIELDS
from organisations.models import Organisation
from organisations.search import relevance_search, term_translations
from tests.factories import OrganisationFactory


def search(text: str) -> list[str]:
    found = relevance_search(queryset=Organisation.objects.all(), fields=SEARCHED_FIELDS, text=text)
    return [organisation.name for organisation in found]


@pytest.fixture
def profiles(db):
    OrganisationFactory(name="Fuel Co", description="Hydrogen fuel cells for buses.")
    OrganisationFactory(name="Suso Co", description="", description_ko="수소 연료전지 버스")
    OrganisationFactory(name="Rail Co", description="Train control.", description_ko="열차 제어")


def test_a_korean_word_finds_an_english_text(profiles):
    assert search("수소를") == ["Fuel Co", "Suso Co"]


def test_a_korean_compound_finds_its_english_phrase(db):
    OrganisationFactory(name="Sensing Ltd", description="Sensors for smart cities.")
    assert search("스마트시티") == ["Sensing Ltd"]


def test_an_english_word_finds_a_korean_text(profiles):
    assert search("hydrogen") == ["Fuel Co", "Suso Co"]


def test_a_name_still_ranks_above_a_translated_text(profiles):
    OrganisationFactory(name="Hydrogen Works", description="Electrolysers.")
    assert search("hydrogen")[0] == "Hydrogen Works"


@pytest.mark.parametrize(
    ("term", "forms"),
    [
        ("수소", ["hydrogen"]),
        ("semiconductor", ["반도체"]),
        ("smart", ["스마트"]),
        ("ai", ["인공지능"]),
        ("discovery", []),
    ],
)
def test_translations_come_from_the_glossary_one_korean_term_for_those_holding_it(term, forms):
    assert term_translations(term=term) == forms
