import datetime

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
