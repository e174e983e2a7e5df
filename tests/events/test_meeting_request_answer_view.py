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


def _said(client, meeting_request, answer: str) -> str:
    url = f"/events/seoul-5g/requests/{meeting_request.pk}/{answer}/"
    return client.post(url, follow=True).text


def test_accepting_names_the_meeting_accepted(login_as, meeting_request, organisation):
    page = _said(login_as("other_member"), meeting_request, "accept")
    assert f"Meeting with {organisation.name} accepted." in page


def test_declining_names_the_request_declined(login_as, meeting_request, organisation):
    page = _said(login_as("other_member"), meeting_request, "decline")
    assert f"Meeting request from {organisation.name} declined." in page


def test_the_requester_withdrawing_is_told_so(login_as, meeting_request, other_organisation):
    page = _said(login_as("member"), meeting_request, "cancel")
    assert f"Meeting request to {other_organisation.name} withdrawn." in page


def test_cancelling_an_accepted_meeting_names_the_other_side(
    login_as, accepted_meeting, organisation
):
    page = _said(login_as("other_member"), accepted_meeting, "cancel")
    assert f"Meeting with {organisation.name} cancelled." in page


def test_a_korean_reader_is_told_in_korean(login_as, meeting_request, names_in_korean):
    url = f"/ko/events/seoul-5g/requests/{meeting_request.pk}/accept/"
    page = login_as("other_member").post(url, follow=True).text
    assert "베이즈 예시과(와)의 미팅을 수락했습니다." in page
