import pytest

from tests.events.staff_roles import WRITE_ROLES


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
