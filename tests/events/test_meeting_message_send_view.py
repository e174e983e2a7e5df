import pytest

from tests.factories import MembershipFactory


@pytest.mark.parametrize(
    "role, status, sent",
    [
        ("anonymous", 302, 0),
        ("member", 302, 1),
        ("other_member", 302, 1),
        ("staff", 403, 0),  # staff keep the record but do not write as a side
    ],
)
def test_message_permission_matrix(login_as, accepted_meeting, role, status, sent):
    url = f"/events/seoul-5g/meetings/{accepted_meeting.pk}/messages/"
    assert login_as(role).post(url, {"body": "Shall we meet at 10?"}).status_code == status
    assert accepted_meeting.messages.count() == sent


def test_a_member_of_another_organisation_does_not_find_the_meeting(client, accepted_meeting):
    client.force_login(MembershipFactory().user)
    url = f"/events/seoul-5g/meetings/{accepted_meeting.pk}/messages/"
    assert client.post(url, {"body": "Hi"}).status_code == 404
    assert not accepted_meeting.messages.exists()


def test_a_too_long_message_is_refused_with_a_clear_error(login_as, accepted_meeting):
    url = f"/events/seoul-5g/meetings/{accepted_meeting.pk}/messages/"
    page = login_as("member").post(url, {"body": "x" * 2001}, follow=True).content.decode()
    assert "2000" in page
    assert not accepted_meeting.messages.exists()


def test_the_thread_shows_on_both_sides_event_pages(login_as, accepted_meeting):
    url = f"/events/seoul-5g/meetings/{accepted_meeting.pk}/messages/"
    login_as("member").post(url, {"body": "Shall we meet at 10?"})
    page = login_as("other_member").get("/events/seoul-5g/me/").content.decode()
    assert "Shall we meet at 10?" in page
