from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command

from demo.data.events import AGENDA_EVENT
from events.models import (
    Delegate,
    Event,
    MeetingRequest,
    MeetingSlot,
    Registration,
    ScheduledMeeting,
    Session,
    Table,
)
from organisations.models import OrganisationConnection

EVENT_MODELS = [
    Event, Event.organisers.through, Event.opportunities.through, Session,
    Session.organisations.through, Registration, Delegate, MeetingSlot, Table, MeetingRequest,
    ScheduledMeeting, OrganisationConnection,
]  # fmt: skip


def _dump() -> dict:
    return {model: list(model.objects.order_by("pk").values()) for model in EVENT_MODELS}


def test_the_mission_has_the_delegation_the_report_names(demo_loaded):
    mission = Event.objects.get(slug="ict-expert-mission-south-korea-2018")
    names = set(mission.registrations.values_list("organisation__name", flat=True))
    assert {"Bayes Server", "Ordnance Survey", "Digital Catapult"} <= names
    assert mission.sessions.filter(title__contains="PyeongChang").exists()


def test_the_researcher_forum_prepares_the_joint_call(demo_loaded):
    forum = Event.objects.get(slug="korea-eu-researcher-forum-semiconductors-2024")
    assert (forum.city, forum.starts_at.year, forum.starts_at.month) == ("Brussels", 2024, 3)
    assert forum.opportunities.filter(external_id="demo-opp-rok-eu-semiconductor-research")


def test_the_sme_login_opens_its_agenda_with_published_meetings(demo_loaded, client):
    client.force_login(get_user_model().objects.get(username="sme"))
    page = client.get(f"/events/{AGENDA_EVENT}/agenda/").content.decode()
    assert "Fenmore Silicon (example)" in page and "Table 1" in page


def test_the_korea_login_opens_its_agenda_with_uk_delegates(demo_loaded, client):
    client.force_login(get_user_model().objects.get(username="korea"))
    page = client.get(f"/events/{AGENDA_EVENT}/agenda/").content.decode()
    assert "Mersey Factory Analytics (example)" in page and "Penhallow" in page
    assert "Table 2" in page


def test_the_example_day_has_korean_participants_with_delegates(demo_loaded):
    event = Event.objects.get(slug=AGENDA_EVENT)
    korean = event.registrations.filter(organisation__country="KR")
    assert korean.count() == 3
    assert Delegate.objects.filter(registration__in=korean, languages__contains="Korean").exists()
    accepted = MeetingRequest.objects.filter(event=event, status="accepted")
    assert accepted.filter(from_registration__in=korean).count() >= 2


def test_the_command_says_where_the_agenda_is(db, demo_password):
    output = StringIO()
    call_command("load_demo", stdout=output)
    assert f"/events/{AGENDA_EVENT}/agenda/" in output.getvalue()


def test_a_second_run_changes_no_event_data(demo_loaded):
    before = _dump()
    output = StringIO()
    call_command("load_demo", stdout=output)
    assert _dump() == before
    assert "0 created, 0 updated, 0 removed" in output.getvalue()
