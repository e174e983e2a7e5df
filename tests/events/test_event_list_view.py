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
