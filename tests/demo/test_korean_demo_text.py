"""The demo speaks Korean too: the Korean organisations, every opportunity and every event have
Korean text."""

import re

from demo.data.events import (
    EVENTS,
    KOREAN_EVENT_PLACES,
    KOREAN_EVENTS,
    KOREAN_SESSION_PLACES,
    KOREAN_SESSIONS,
    KOREAN_TABLES,
)
from demo.data.opportunities import KOREAN_CITIES, KOREAN_TITLES_AND_SUMMARIES, OPPORTUNITIES
from demo.data.organisations import KOREAN_CITIES as ORGANISATION_CITIES
from demo.data.organisations import KOREAN_DESCRIPTIONS, ORGANISATIONS

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def test_every_korean_organisation_has_a_korean_name_and_description():
    korean = [seed for seed in ORGANISATIONS if seed.country == "KR"]
    assert korean and all(seed.name_ko for seed in korean)
    assert all(HANGUL.search(seed.description_ko) for seed in korean)


def test_every_opportunity_has_a_korean_title_and_summary():
    assert all(HANGUL.search(seed.title_ko) for seed in OPPORTUNITIES)
    assert all(HANGUL.search(seed.summary_ko) for seed in OPPORTUNITIES)


def test_korean_examples_say_they_are_examples_in_korean_too():
    examples = [seed for seed in OPPORTUNITIES if seed.external_id.startswith("demo-example-")]
    assert all(seed.title_ko.endswith("(예시)") for seed in examples)
    korean = [seed for seed in ORGANISATIONS if seed.country == "KR" and seed.origin == "example"]
    assert all(seed.description_ko.startswith("예시 프로필") for seed in korean)


def test_the_korean_text_names_only_records_that_exist():
    assert set(KOREAN_DESCRIPTIONS) <= {seed.external_id for seed in ORGANISATIONS}
    assert set(KOREAN_TITLES_AND_SUMMARIES) <= {seed.external_id for seed in OPPORTUNITIES}


def test_every_event_has_a_korean_title_and_description():
    assert all(HANGUL.search(seed.title_ko) for seed in EVENTS)
    assert all(HANGUL.search(seed.description_ko) for seed in EVENTS)


def test_every_session_has_a_korean_title():
    sessions = [session for seed in EVENTS for session in seed.sessions]
    assert sessions and all(HANGUL.search(session.title_ko) for session in sessions)


def test_the_example_event_says_it_is_an_example_in_korean_too():
    examples = [seed for seed in EVENTS if seed.title.endswith("(example)")]
    assert examples and all(seed.title_ko.endswith("(예시)") for seed in examples)
    sessions = [s for seed in examples for s in seed.sessions if s.title.endswith("(example)")]
    assert all(session.title_ko.endswith("(예시)") for session in sessions)


def test_the_korean_event_text_names_only_events_and_sessions_that_exist():
    assert set(KOREAN_EVENTS) == {seed.slug for seed in EVENTS}
    assert set(KOREAN_SESSIONS) == {(e.slug, s.title) for e in EVENTS for s in e.sessions}


def test_every_event_venue_and_city_is_in_korean_too():
    assert all(HANGUL.search(seed.city_ko) for seed in EVENTS if seed.city)
    assert all(HANGUL.search(seed.venue_ko) for seed in EVENTS if seed.venue)
    sessions = [session for seed in EVENTS for session in seed.sessions if session.place]
    assert sessions and all(HANGUL.search(session.place_ko) for session in sessions)


def test_the_demo_cities_have_their_usual_korean_names():
    cities = {(seed.city, seed.city_ko) for seed in EVENTS}
    assert cities == {("Seoul", "서울"), ("Brussels", "브뤼셀")}


def test_the_korean_places_name_only_events_and_sessions_that_exist():
    assert set(KOREAN_EVENT_PLACES) <= {seed.slug for seed in EVENTS}
    assert set(KOREAN_SESSION_PLACES) <= {(e.slug, s.title) for e in EVENTS for s in e.sessions}


def test_every_table_has_a_korean_name_and_names_only_tables_that_exist():
    assert set(KOREAN_TABLES) == {(seed.slug, name) for seed in EVENTS for name in seed.tables}
    assert all(HANGUL.search(name) for seed in EVENTS for name in seed.tables_ko)


def test_every_demo_opportunity_with_a_city_has_its_korean_name():
    cities = {(seed.city, seed.city_ko) for seed in OPPORTUNITIES if seed.city}
    assert cities == {
        ("Sejong", "세종"), ("Busan", "부산"), ("Brussels", "브뤼셀"),
        ("Gyeonggi Province", "경기도"),
        ("Pangyo Techno Valley, Gyeonggi Province", "경기도 판교테크노밸리"),
    }  # fmt: skip
    assert set(KOREAN_CITIES) == {seed.external_id for seed in OPPORTUNITIES if seed.city}


def test_every_korean_demo_organisation_with_a_city_has_its_korean_name():
    korean = [seed for seed in ORGANISATIONS if seed.country == "KR" and seed.city]
    assert korean and all(HANGUL.search(seed.city_ko) for seed in korean)
    assert {seed.city: seed.city_ko for seed in korean if "(" not in seed.city} == {
        "Sejong": "세종", "Gyeonggi Province": "경기도", "Busan": "부산", "Icheon": "이천",
        "Cheongju": "청주", "Daejeon": "대전", "Suwon": "수원", "Seoul": "서울", "Jeju": "제주",
        "Yongin": "용인", "Incheon": "인천", "Changwon": "창원", "Gumi": "구미",
        "Seongnam": "성남", "Goheung": "고흥", "Daegu": "대구",
    }  # fmt: skip


def test_the_korean_cities_name_only_organisations_with_a_city():
    cities = {seed.external_id: seed.city for seed in ORGANISATIONS}
    assert all(cities.get(external_id) for external_id in ORGANISATION_CITIES)


def test_every_organisation_with_a_city_has_it_in_korean_too():
    with_a_city = {seed.external_id for seed in ORGANISATIONS if seed.city}
    assert with_a_city == set(ORGANISATION_CITIES)
