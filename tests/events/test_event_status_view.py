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


def test_publishing_says_so_in_a_sentence_in_korean(login_as, db):
    from django.contrib.messages import get_messages

    from tests.events.factories import EventFactory

    EventFactory(slug="draft-day", status="draft")
    response = login_as("staff").post("/ko/staff/events/draft-day/status/publish/")
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["행사를 게시했습니다."]
