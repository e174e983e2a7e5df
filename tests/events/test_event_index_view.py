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


def test_a_korean_reader_sees_the_korean_titles(login_as, event_in_korean):
    page = login_as("staff").get("/ko/staff/events/").text
    assert 'lang="ko">서울 5G 비즈니스 상담회</a>' in page and "Seoul 5G" not in page


def test_an_event_without_a_korean_title_is_labelled_english(login_as, event):
    page = login_as("staff").get("/ko/staff/events/").text
    assert 'lang="en">Seoul 5G brokerage day</a>' in page and "badge--language" in page
