import pytest

from tests.factories import MembershipFactory


@pytest.mark.parametrize(
    "role, status, recorded",
    [("anonymous", 302, 0), ("member", 302, 1), ("other_member", 302, 1), ("staff", 403, 0)],
)
def test_outcome_permission_matrix(login_as, met_meeting, role, status, recorded):
    url = f"/events/seoul-5g/meetings/{met_meeting.pk}/outcome/"
    assert login_as(role).post(url, {"held": "on"}).status_code == status
    assert met_meeting.outcomes.count() == recorded


def test_a_member_of_another_organisation_does_not_find_the_meeting(client, met_meeting):
    client.force_login(MembershipFactory().user)
    url = f"/events/seoul-5g/meetings/{met_meeting.pk}/outcome/"
    assert client.post(url, {"held": "on"}).status_code == 404


def test_the_form_shows_once_the_event_has_started(login_as, met_meeting):
    page = login_as("member").get("/events/seoul-5g/me/").content.decode()
    assert "The meeting took place" in page


def test_a_refusal_comes_back_as_a_message(login_as, met_meeting):
    url = f"/events/seoul-5g/meetings/{met_meeting.pk}/outcome/"
    page = login_as("member").post(url, {"follow_up": "on"}, follow=True).content.decode()
    assert "Only a meeting that took place is followed up." in page
