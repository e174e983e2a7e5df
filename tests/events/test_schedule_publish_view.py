import pytest

from events.models import ScheduledMeeting
from tests.events.staff_roles import WRITE_ROLES


@pytest.mark.parametrize("role, status", WRITE_ROLES)
def test_schedule_publish_matrix(login_as, accepted_meeting, event, staff_user, role, status):
    from events.services import schedule_run

    schedule_run(event=event, actor=staff_user, time_limit=5)
    assert login_as(role).post("/staff/events/seoul-5g/schedule/publish/").status_code == status
    assert ScheduledMeeting.objects.get().published == (role == "staff")
