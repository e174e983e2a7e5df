import pytest

from tests.events.staff_roles import ROLES


@pytest.mark.parametrize("role, status", ROLES)
def test_grid_matrix(login_as, event, role, status):
    assert login_as(role).get("/staff/events/seoul-5g/grid/").status_code == status


def test_the_grid_shows_a_placed_meeting(login_as, published_meeting):
    page = login_as("staff").get("/staff/events/seoul-5g/grid/").content.decode()
    assert "Bayes Example Ltd – Seoul Example Co" in page


def test_a_korean_reader_sees_the_korean_event_title(login_as, event_in_korean):
    page = login_as("staff").get("/ko/staff/events/seoul-5g/grid/").text
    assert 'lang="ko">서울 5G 비즈니스 상담회</a>' in page and "Seoul 5G" not in page
