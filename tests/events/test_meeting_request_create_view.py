import pytest

from events.models import MeetingRequest


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 302), ("other_member", 403), ("staff", 403)]
)
def test_permission_matrix(login_as, registration, role, status, event, organisation):
    # other_member's organisation is not registered: it has no one to ask for.
    from tests.events.factories import RegistrationFactory

    target = RegistrationFactory(event=event)
    response = login_as(role).post(
        "/events/seoul-5g/requests/", {"to_registration": target.pk, "priority": "2"}
    )
    assert response.status_code == status
    assert MeetingRequest.objects.exists() == (role == "member")


def test_an_over_long_message_is_an_error_by_the_field(login_as, registration, other_registration):
    response = login_as("member").post(
        "/events/seoul-5g/requests/",
        {"to_registration": other_registration.pk, "priority": "2", "message": "x" * 501},
    )
    assert response.status_code == 400 and not MeetingRequest.objects.exists()


def test_a_duplicate_is_refused_with_a_reason(login_as, meeting_request, other_registration):
    response = login_as("member").post(
        "/events/seoul-5g/requests/", {"to_registration": other_registration.pk, "priority": "2"}
    )
    assert response.status_code == 400 and "already" in response.content.decode()
