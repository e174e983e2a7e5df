"""A search finds a text written only in the other language through the glossary's terms."""

import pytest

from organisations.filters import SEARCHED_FIELDS
from organisations.models import Organisation
from organisations.search import (
    phrase_translations,
    relevance_search,
    search_terms,
    term_translations,
)
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


@pytest.fixture
def korean_smart_city(db):
    return OrganisationFactory(
        name="Busan Co", description="", description_ko="부산 스마트시티 실증"
    )


def test_an_english_phrase_finds_a_korean_text_holding_its_term(korean_smart_city):
    assert search("smart cities") == ["Busan Co"]


def test_the_phrase_counts_only_in_its_order(korean_smart_city):
    assert search("cities smart") == []


def test_a_sentence_finds_a_korean_text_holding_its_phrases(db):
    OrganisationFactory(name="Vision Co", description="", description_ko="컴퓨터비전 스마트시티")
    assert search("computer vision for smart cities") == ["Vision Co"]


def test_an_english_phrase_still_finds_english_texts_word_by_word(db):
    OrganisationFactory(name="Cell Co", description="Cells for fuel pumps.")
    assert search("fuel cells") == ["Cell Co"]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("smart cities in Busan", [(0, 2, ["스마트도시", "스마트시티"])]),
        ("edge computer vision", [(1, 3, ["컴퓨터비전"])]),
        ("vision computer", []),
        ("in vitro diagnostics", [(0, 2, ["체외진단"])]),
    ],
)
def test_phrases_are_found_among_consecutive_terms(text, spans):
    assert phrase_translations(terms=search_terms(text=text)) == spans
