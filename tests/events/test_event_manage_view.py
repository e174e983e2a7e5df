import pytest

from tests.events.staff_roles import ROLES


@pytest.mark.parametrize("role, status", ROLES)
def test_manage_page_matrix(login_as, event, role, status):
    assert login_as(role).get("/staff/events/seoul-5g/").status_code == status


def test_the_unplaced_are_listed_with_their_reason(login_as, accepted_meeting, event, staff_user):
    from events.models import Availability
    from events.services import schedule_run

    first, second = event.slots.all()[:2]
    Availability.objects.create(registration=accepted_meeting.from_registration, slot=first)
    Availability.objects.create(registration=accepted_meeting.to_registration, slot=second)
    schedule_run(event=event, actor=staff_user, time_limit=5)
    page = login_as("staff").get("/staff/events/seoul-5g/").content.decode()
    assert "no meeting slot in which both are available" in page


def test_a_korean_reader_sees_the_korean_event_title(login_as, event_in_korean):
    page = login_as("staff").get("/ko/staff/events/seoul-5g/").text
    assert 'lang="ko">서울 5G 비즈니스 상담회</a>' in page and "Seoul 5G" not in page


def test_a_korean_reader_sees_the_participants_korean_names(
    login_as, registration, other_registration, names_in_korean
):
    english = login_as("staff").get("/staff/events/seoul-5g/").text
    assert "<td>Bayes Example Ltd</td>" in english
    korean = login_as("staff").get("/ko/staff/events/seoul-5g/").text
    assert "<td>베이즈 예시</td>" in korean and "<td>서울 예시</td>" in korean


def test_the_broker_choices_are_labelled_not_dashed(login_as, registration, other_registration):
    page = login_as("staff").get("/staff/events/seoul-5g/").text
    assert page.count('<option value="" selected>Choose a participant</option>') == 2
    assert "---------" not in page
