import pytest

from events.models import MeetingRequest
from tests.events.staff_roles import WRITE_ROLES


@pytest.mark.parametrize("role, status", WRITE_ROLES)
def test_broker_matrix(login_as, registration, other_registration, role, status):
    response = login_as(role).post(
        "/staff/events/seoul-5g/broker/",
        {"from_registration": registration.pk, "to_registration": other_registration.pk},
    )
    assert response.status_code == status
    assert MeetingRequest.objects.exists() == (role == "staff")
