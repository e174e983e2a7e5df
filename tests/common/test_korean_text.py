"""What the index compares of a text written in Korean (common.korean_text)."""

import pytest

from common import korean_text as text
from common.korean_text import (
    Term,
    english_key_terms,
    glossary_read,
    glossary_terms_in,
    korean_key_terms,
    matching_text,
)


@pytest.fixture
def small_glossary(tmp_path, monkeypatch):
    path = tmp_path / "glossary.tsv"
    path.write_text(
        "# test\n전기\telectricity\n전기차\telectric vehicle|ev\n컴퓨터 비전\tcomputer vision\n"
        "수소\thydrogen\n소프트웨어\tsoftware\n스마트\tsmart\tgeneral\n스마트시티\tsmart city\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(text, "GLOSSARY_PATH", path)
    caches = (text.glossary_entries, text._glossary, text._english_phrases)
    for cached in caches:
        cached.cache_clear()
    yield
    for cached in caches:
        cached.cache_clear()


def test_a_text_without_hangul_is_matched_as_it_is():
    assert matching_text("Café-grade  computer vision, 5G.") == "Café-grade  computer vision, 5G."


def test_the_first_text_that_is_not_blank_is_matched():
    assert matching_text("Open RAN radios", "오픈랜 무선") == "Open RAN radios"
    assert matching_text("  ", "") == ""


def test_korean_words_give_their_two_syllable_pieces_whatever_their_particles(small_glossary):
    words = matching_text("", "영상분석을 AI로").split()
    assert {"영상", "상분", "분석", "석을", "AI"} <= set(words)
    assert "로" not in words


def test_glossary_terms_are_found_across_spaces_and_the_longest_wins(small_glossary):
    assert glossary_terms_in("컴퓨터 비전과 전기차, 전기") == [
        "computer vision", "electric vehicle ev", "electricity",
    ]  # fmt: skip
    assert "computer vision" in matching_text("", "컴퓨터 비전 기술")


def test_a_term_starting_inside_a_word_must_end_in_it(small_glossary):
    assert glossary_terms_in("우수 소프트웨어") == ["software"]
    assert glossary_terms_in("친환경수소") == ["hydrogen"]


def test_a_malformed_or_repeated_glossary_line_is_an_error_naming_it():
    with pytest.raises(ValueError, match="line 2"):
        glossary_read("전기\telectricity\nelectric vehicle")
    with pytest.raises(ValueError, match="line 3: 전기 is listed twice"):
        glossary_read("전기\telectricity\n\n전기\tpower")


def test_the_shipped_glossary_reads_and_bridges_the_taxonomy():
    entries = glossary_read(text.GLOSSARY_PATH.read_text(encoding="utf-8"))
    assert len(entries) >= 300
    assert glossary_terms_in("스마트 시티의 컴퓨터 비전") == ["smart city", "computer vision"]


def test_a_glossary_line_holds_what_readers_see_and_what_matching_compares():
    assert glossary_read("컴퓨터 비전\tComputer vision|cv\n스마트\tsmart\tgeneral") == {
        "컴퓨터비전": Term("컴퓨터 비전", "Computer vision", "computer vision cv"),
        "스마트": Term("스마트", "smart", "smart", general=True),
    }


def test_an_english_reader_gets_the_key_terms_once_in_order_without_general_words(
    small_glossary,
):
    terms = english_key_terms("스마트 전기차와 컴퓨터 비전, 다시 전기차")
    assert terms == ["electric vehicle", "computer vision"]


def test_a_korean_reader_gets_the_longest_phrases_found_plural_or_not(small_glossary):
    terms = korean_key_terms("Smart cities need computer vision; a smart city, and hydrogen.")
    assert terms == ["스마트시티", "컴퓨터 비전", "수소"]
