import pytest

from events.models import ScheduledMeeting
from tests.events.staff_roles import WRITE_ROLES


@pytest.mark.parametrize("role, status", WRITE_ROLES)
def test_schedule_publish_matrix(login_as, accepted_meeting, event, staff_user, role, status):
    from events.services import schedule_run

    schedule_run(event=event, actor=staff_user, time_limit=5)
    assert login_as(role).post("/staff/events/seoul-5g/schedule/publish/").status_code == status
    assert ScheduledMeeting.objects.get().published == (role == "staff")


def test_publishing_nothing_is_refused_in_words(login_as, event):
    response = login_as("staff").post("/ko/staff/events/seoul-5g/schedule/publish/", follow=True)
    page = response.text
    assert "게시할 배정된 미팅이 없습니다" in page and "게시하고" not in page
    assert not ScheduledMeeting.objects.exists()
