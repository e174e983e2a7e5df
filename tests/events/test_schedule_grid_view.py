import pytest

from tests.events.staff_roles import ROLES


@pytest.mark.parametrize("role, status", ROLES)
def test_grid_matrix(login_as, event, role, status):
    assert login_as(role).get("/staff/events/seoul-5g/grid/").status_code == status


def test_the_grid_shows_a_placed_meeting(login_as, published_meeting):
    page = login_as("staff").get("/staff/events/seoul-5g/grid/").content.decode()
    assert "Bayes Example Ltd – Seoul Example Co" in page
