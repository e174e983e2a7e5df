import pytest

from events.models import MeetingRequest
from tests.factories import MembershipFactory


@pytest.mark.parametrize(
    "who, status", [("anonymous", 401), ("member", 201), ("other_member", 403), ("staff_user", 403)]
)
def test_create_permission_matrix(client_as, registration, other_registration, who, status):
    response = client_as(who).post(
        "/api/meeting-requests/",
        {"from_registration": registration.pk, "to_registration": other_registration.pk},
        format="json",
    )
    assert response.status_code == status
    assert MeetingRequest.objects.exists() == (status == 201)


def test_a_duplicate_is_a_conflict(client_as, meeting_request, registration, other_registration):
    response = client_as("member").post(
        "/api/meeting-requests/",
        {"from_registration": registration.pk, "to_registration": other_registration.pk},
        format="json",
    )
    assert response.status_code == 409


def test_an_unknown_registration_is_a_400(client_as, registration):
    response = client_as("member").post(
        "/api/meeting-requests/",
        {"from_registration": registration.pk, "to_registration": 999999},
        format="json",
    )
    assert response.status_code == 400


@pytest.mark.parametrize(
    "who, status, result",
    [
        ("anonymous", 401, "requested"),
        ("member", 403, "requested"),
        ("other_member", 200, "accepted"),
        ("staff_user", 403, "requested"),
    ],
)
def test_accept_permission_matrix(client_as, meeting_request, who, status, result):
    url = f"/api/meeting-requests/{meeting_request.pk}/accept/"
    assert client_as(who).post(url, {"priority": 3}, format="json").status_code == status
    meeting_request.refresh_from_db()
    assert meeting_request.status == result


@pytest.mark.parametrize(
    "who, status", [("anonymous", 401), ("member", 403), ("other_member", 200), ("staff_user", 403)]
)
def test_decline_permission_matrix(client_as, meeting_request, who, status):
    url = f"/api/meeting-requests/{meeting_request.pk}/decline/"
    assert client_as(who).post(url).status_code == status


def test_an_outsider_does_not_see_it(token_client, meeting_request):
    client = token_client(MembershipFactory().user)
    assert client.post(f"/api/meeting-requests/{meeting_request.pk}/accept/").status_code == 404


def test_answering_twice_is_a_conflict(client_as, accepted_meeting):
    url = f"/api/meeting-requests/{accepted_meeting.pk}/decline/"
    assert client_as("other_member").post(url).status_code == 409
