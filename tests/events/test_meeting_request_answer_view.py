import pytest

from tests.factories import MembershipFactory


@pytest.mark.parametrize(
    "role, status, result",
    [
        ("anonymous", 302, "requested"),
        ("member", 403, "requested"),  # the requester cannot accept its own request
        ("other_member", 302, "accepted"),
        ("staff", 403, "requested"),
    ],
)
def test_accept_permission_matrix(login_as, meeting_request, role, status, result):
    url = f"/events/seoul-5g/requests/{meeting_request.pk}/accept/"
    assert login_as(role).post(url, {"priority": "3"}).status_code == status
    meeting_request.refresh_from_db()
    assert meeting_request.status == result


def test_an_outsider_does_not_find_the_request(client, meeting_request):
    client.force_login(MembershipFactory().user)
    url = f"/events/seoul-5g/requests/{meeting_request.pk}/decline/"
    assert client.post(url).status_code == 404


def test_the_recipient_declines(login_as, meeting_request):
    login_as("other_member").post(f"/events/seoul-5g/requests/{meeting_request.pk}/decline/")
    meeting_request.refresh_from_db()
    assert meeting_request.status == "declined"


def test_an_unknown_answer_is_not_found(login_as, meeting_request):
    url = f"/events/seoul-5g/requests/{meeting_request.pk}/shout/"
    assert login_as("other_member").post(url).status_code == 404
