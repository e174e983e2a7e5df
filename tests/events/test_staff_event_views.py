"""The staff pages of an event, each write checked against the permission matrix."""

import pytest

from events.models import MeetingRequest, Registration, ScheduledMeeting
from tests.events.factories import RegistrationFactory

ROLES = [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 200)]
WRITE_ROLES = [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 302)]


@pytest.mark.parametrize("role, status", ROLES)
def test_manage_page_matrix(login_as, event, role, status):
    assert login_as(role).get("/staff/events/seoul-5g/").status_code == status


@pytest.mark.parametrize("role, status", ROLES)
def test_grid_matrix(login_as, event, role, status):
    assert login_as(role).get("/staff/events/seoul-5g/grid/").status_code == status


@pytest.mark.parametrize("role, status", WRITE_ROLES)
def test_approve_matrix(login_as, event, role, status):
    pending = RegistrationFactory(event=event, status="pending")
    url = f"/staff/events/seoul-5g/registrations/{pending.pk}/approve/"
    assert login_as(role).post(url).status_code == status
    assert Registration.objects.get().status == ("approved" if role == "staff" else "pending")


@pytest.mark.parametrize("role, status", WRITE_ROLES)
def test_broker_matrix(login_as, registration, other_registration, role, status):
    response = login_as(role).post(
        "/staff/events/seoul-5g/broker/",
        {"from_registration": registration.pk, "to_registration": other_registration.pk},
    )
    assert response.status_code == status
    assert MeetingRequest.objects.exists() == (role == "staff")


@pytest.mark.parametrize("role, status", WRITE_ROLES)
def test_schedule_run_matrix(login_as, accepted_meeting, role, status):
    assert login_as(role).post("/staff/events/seoul-5g/schedule/run/").status_code == status
    assert ScheduledMeeting.objects.exists() == (role == "staff")


@pytest.mark.parametrize("role, status", WRITE_ROLES)
def test_schedule_publish_matrix(login_as, accepted_meeting, event, staff_user, role, status):
    from events.services import schedule_run

    schedule_run(event=event, actor=staff_user, time_limit=5)
    assert login_as(role).post("/staff/events/seoul-5g/schedule/publish/").status_code == status
    assert ScheduledMeeting.objects.get().published == (role == "staff")


def test_the_unplaced_are_listed_with_their_reason(login_as, accepted_meeting, event, staff_user):
    from events.models import Availability
    from events.services import schedule_run

    first, second = event.slots.all()[:2]
    Availability.objects.create(registration=accepted_meeting.from_registration, slot=first)
    Availability.objects.create(registration=accepted_meeting.to_registration, slot=second)
    schedule_run(event=event, actor=staff_user, time_limit=5)
    page = login_as("staff").get("/staff/events/seoul-5g/").content.decode()
    assert "no meeting slot in which both are available" in page


def test_the_grid_shows_a_placed_meeting(login_as, published_meeting):
    page = login_as("staff").get("/staff/events/seoul-5g/grid/").content.decode()
    assert "Bayes Example Ltd – Seoul Example Co" in page


def test_approving_over_capacity_says_the_event_is_full(login_as, event, registration):
    event.capacity = 1
    event.save()
    pending = RegistrationFactory(event=event, status="pending")
    client = login_as("staff")
    response = client.post(
        f"/staff/events/seoul-5g/registrations/{pending.pk}/approve/", follow=True
    )
    assert "The event is full" in response.content.decode()


@pytest.mark.parametrize("role, status", ROLES)
def test_index_matrix(login_as, event, role, status):
    assert login_as(role).get("/staff/events/").status_code == status


def test_the_index_counts_registrations_waiting(login_as, event):
    RegistrationFactory(event=event, status="pending")
    page = login_as("staff").get("/staff/events/").content.decode()
    assert "Seoul 5G brokerage day" in page and "<td>1</td>" in page


@pytest.mark.parametrize("role, status", WRITE_ROLES)
def test_publish_matrix(login_as, db, role, status):
    from tests.events.factories import EventFactory

    event = EventFactory(slug="draft-day", status="draft")
    assert login_as(role).post("/staff/events/draft-day/status/publish/").status_code == status
    event.refresh_from_db()
    assert event.status == ("published" if role == "staff" else "draft")


@pytest.mark.parametrize("role, status", WRITE_ROLES)
def test_archive_matrix(login_as, event, role, status):
    assert login_as(role).post("/staff/events/seoul-5g/status/archive/").status_code == status
    event.refresh_from_db()
    assert event.status == ("archived" if role == "staff" else "published")
