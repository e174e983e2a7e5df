import pytest

from events.models import ScheduledMeeting
from tests.events.staff_roles import WRITE_ROLES


@pytest.mark.parametrize("role, status", WRITE_ROLES)
def test_schedule_run_matrix(login_as, accepted_meeting, role, status):
    assert login_as(role).post("/staff/events/seoul-5g/schedule/run/").status_code == status
    assert ScheduledMeeting.objects.exists() == (role == "staff")
