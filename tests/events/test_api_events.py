import datetime

import pytest
from django.utils import timezone

from tests.events.factories import EventFactory, SessionFactory


def test_lists_upcoming_then_past(api_client, event):
    EventFactory(slug="old", starts_at=timezone.now() - datetime.timedelta(days=400))
    body = api_client.get("/api/events/").json()
    assert [e["slug"] for e in body["results"]] == ["seoul-5g", "old"]


def test_filters_past(api_client, event):
    EventFactory(slug="old", starts_at=timezone.now() - datetime.timedelta(days=400))
    body = api_client.get("/api/events/", {"when": "past"}).json()
    assert [e["slug"] for e in body["results"]] == ["old"]


def test_an_unknown_kind_is_a_400_in_the_error_shape(api_client, event):
    response = api_client.get("/api/events/", {"kind": "party"})
    assert response.status_code == 400 and "kind" in response.json()["error"]["fields"]


def test_detail_carries_the_itinerary_and_time_zone(api_client, event):
    SessionFactory(event=event, title="Workshop")
    body = api_client.get("/api/events/seoul-5g/").json()
    assert body["time_zone"] == "Asia/Seoul" and body["sessions"][0]["title"] == "Workshop"


def test_drafts_are_hidden(api_client, db):
    EventFactory(slug="draft", status="draft")
    assert api_client.get("/api/events/draft/").status_code == 404


def test_events_and_sessions_carry_their_korean_text(api_client, event_in_korean):
    SessionFactory(event=event_in_korean, title="Workshop", title_ko="워크숍", description_ko="5G.")
    body = api_client.get("/api/events/seoul-5g/").json()
    assert (body["title_ko"], body["description_ko"]) == (
        "서울 5G 비즈니스 상담회",
        "영국과 한국 기업의 일대일 미팅.",
    )
    assert (body["sessions"][0]["title_ko"], body["sessions"][0]["description_ko"]) == (
        "워크숍",
        "5G.",
    )


def test_the_english_text_is_served_beside_the_korean(api_client, event_in_korean):
    body = api_client.get("/api/events/", HTTP_ACCEPT_LANGUAGE="ko").json()["results"][0]
    assert (body["title"], body["title_ko"]) == (
        "Seoul 5G brokerage day",
        "서울 5G 비즈니스 상담회",
    )


def test_events_and_sessions_carry_their_korean_places(api_client, event_placed_in_korean):
    SessionFactory(event=event_placed_in_korean, place="Main hall", place_ko="메인 홀")
    body = api_client.get("/api/events/seoul-5g/").json()
    assert (body["venue"], body["venue_ko"]) == ("Example conference centre", "예시 컨벤션 센터")
    assert (body["city"], body["city_ko"]) == ("Seoul", "서울")
    session = body["sessions"][0]
    assert (session["place"], session["place_ko"]) == ("Main hall", "메인 홀")


LINK = "https://meet.example.com/seoul-5g"


@pytest.mark.parametrize(
    "who, link",
    [("anonymous", None), ("member", LINK), ("other_member", None), ("staff_user", LINK)],
)
def test_the_online_link_matrix(client_as, event, registration, who, link):
    event.online_url = LINK
    event.save()
    client = client_as(who)
    assert client.get("/api/events/seoul-5g/").json()["online_url"] == link
    assert client.get("/api/events/").json()["results"][0]["online_url"] == link
