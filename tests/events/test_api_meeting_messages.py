import pytest

from tests.factories import MembershipFactory


@pytest.mark.parametrize(
    "who, status",
    [("anonymous", 401), ("member", 201), ("other_member", 201), ("staff_user", 403)],
)
def test_send_permission_matrix(client_as, accepted_meeting, who, status):
    url = f"/api/meeting-requests/{accepted_meeting.pk}/messages/"
    response = client_as(who).post(url, {"body": "Hello"}, format="json")
    assert response.status_code == status
    assert accepted_meeting.messages.count() == (1 if status == 201 else 0)


def test_a_member_of_another_organisation_gets_a_404(token_client, accepted_meeting):
    client = token_client(MembershipFactory().user)
    url = f"/api/meeting-requests/{accepted_meeting.pk}/messages/"
    assert client.post(url, {"body": "Hello"}, format="json").status_code == 404


def test_before_acceptance_a_message_is_a_conflict(client_as, meeting_request):
    url = f"/api/meeting-requests/{meeting_request.pk}/messages/"
    assert client_as("member").post(url, {"body": "Hi"}, format="json").status_code == 409


def test_a_too_long_message_is_a_400_with_the_field(client_as, accepted_meeting):
    url = f"/api/meeting-requests/{accepted_meeting.pk}/messages/"
    response = client_as("member").post(url, {"body": "x" * 2001}, format="json")
    assert response.status_code == 400 and "body" in response.json()["error"]["fields"]


def test_both_sides_and_staff_read_the_thread(client_as, accepted_meeting):
    url = f"/api/meeting-requests/{accepted_meeting.pk}/messages/"
    client_as("member").post(url, {"body": "Hello"}, format="json")
    for who in ("other_member", "staff_user"):
        assert [m["body"] for m in client_as(who).get(url).json()] == ["Hello"]
