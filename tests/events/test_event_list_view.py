import datetime

import pytest
from django.utils import timezone

from tests.events.factories import EventFactory
from tests.factories import OrganisationFactory


@pytest.fixture
def events(db):
    past = EventFactory(
        title="ICT Expert Mission 2018", kind="expert_mission",
        starts_at=timezone.now() - datetime.timedelta(days=3000),
    )  # fmt: skip
    return past, EventFactory(title="Seoul brokerage day", kind="brokerage_day")


def test_upcoming_and_past_are_listed_upcoming_first(client, events):
    page = client.get("/events/").content.decode()
    assert page.index("Seoul brokerage day") < page.index("ICT Expert Mission 2018")


def test_past_filter(client, events):
    page = client.get("/events/", {"when": "past"}).content.decode()
    assert "ICT Expert Mission 2018" in page and "Seoul brokerage day" not in page


def test_kind_filter(client, events):
    page = client.get("/events/", {"kind": "brokerage_day"}).content.decode()
    assert "Seoul brokerage day" in page and "ICT Expert Mission" not in page


def test_times_show_in_the_event_zone(client, events):
    assert "KST" in client.get("/events/").content.decode()


def test_queries_do_not_grow_with_the_events(client, db, django_assert_max_num_queries):
    for _ in range(15):
        EventFactory().organisers.add(OrganisationFactory())
    with django_assert_max_num_queries(6):
        client.get("/events/")


def test_a_korean_reader_sees_the_korean_title(client, event_in_korean):
    page = client.get("/ko/events/").text
    assert 'lang="ko">서울 5G 비즈니스 상담회</a>' in page
    assert "Seoul 5G brokerage day" not in page and "badge--language" not in page


def test_an_english_reader_sees_the_english_title(client, event_in_korean):
    page = client.get("/events/").text
    assert 'lang="en">Seoul 5G brokerage day</a>' in page and "서울" not in page


def test_without_a_korean_title_a_korean_reader_sees_the_english_one_labelled(client, event):
    page = client.get("/ko/events/").text
    assert 'lang="en">Seoul 5G brokerage day</a>' in page and "badge--language" in page


def test_korean_titles_add_no_queries(client, db, django_assert_max_num_queries):
    for _ in range(15):
        EventFactory(title_ko="비즈니스 상담회").organisers.add(OrganisationFactory())
    with django_assert_max_num_queries(6):
        client.get("/ko/events/")


def test_a_korean_reader_sees_the_korean_city_after_the_country(client, event_placed_in_korean):
    page = client.get("/ko/events/").text
    assert '· 대한민국 <span lang="ko">서울</span>' in page and "예시 컨벤션 센터" not in page


def test_an_english_reader_sees_the_english_city_and_country(client, event_placed_in_korean):
    page = client.get("/events/").text
    assert '· <span lang="en">Seoul</span>, South Korea' in page and "서울" not in page


def test_a_city_without_korean_is_shown_in_english_unlabelled(client, event_in_korean):
    page = client.get("/ko/events/").text
    assert '대한민국 <span lang="en">Seoul</span>' in page and "badge--language" not in page
