import pytest

from tests.events.factories import RegistrationFactory
from tests.events.staff_roles import ROLES


@pytest.mark.parametrize("role, status", ROLES)
def test_index_matrix(login_as, event, role, status):
    assert login_as(role).get("/staff/events/").status_code == status


def test_the_index_counts_registrations_waiting(login_as, event):
    RegistrationFactory(event=event, status="pending")
    page = login_as("staff").get("/staff/events/").content.decode()
    assert "Seoul 5G brokerage day" in page and "<td>1</td>" in page
