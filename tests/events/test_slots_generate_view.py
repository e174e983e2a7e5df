import pytest

from events.models import MeetingSlot, Table
from tests.events.staff_roles import WRITE_ROLES

URL = "/staff/events/seoul-5g/slots/"


@pytest.fixture
def bare_event(event):
    event.slots.all().delete()
    event.tables.all().delete()
    event.starts_at = event.starts_at.replace(minute=0, second=0, microsecond=0)
    event.save()
    return event


def form_of(event, **changes):
    return {
        "starts_at": f"{event.starts_at.astimezone(event.zone):%Y-%m-%dT%H:%M}",
        "ends_at": f"{event.ends_at.astimezone(event.zone):%Y-%m-%dT%H}:00",
        "slot_minutes": 30, "tables": 3, "video_links": "https://meet.example.com/a\n",
        **changes,
    }  # fmt: skip


@pytest.mark.parametrize("role, status", WRITE_ROLES)
def test_generate_matrix(login_as, bare_event, role, status):
    response = login_as(role).post(URL, form_of(bare_event))
    assert response.status_code == status
    assert Table.objects.count() == (4 if role == "staff" else 0)
    assert MeetingSlot.objects.exists() == (role == "staff")


def test_bad_input_is_shown_by_the_field_and_changes_nothing(login_as, bare_event):
    response = login_as("staff").post(URL, form_of(bare_event, video_links="not a link"))
    assert response.status_code == 400 and "not a web address" in response.text
    assert not MeetingSlot.objects.exists() and not Table.objects.exists()
