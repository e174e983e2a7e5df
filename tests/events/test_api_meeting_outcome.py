import pytest


@pytest.mark.parametrize(
    "who, status",
    [("anonymous", 401), ("member", 200), ("other_member", 200), ("staff_user", 403)],
)
def test_outcome_permission_matrix(client_as, met_meeting, who, status):
    url = f"/api/meeting-requests/{met_meeting.pk}/outcome/"
    response = client_as(who).post(url, {"held": True, "follow_up": False}, format="json")
    assert response.status_code == status
    assert met_meeting.outcomes.count() == (1 if status == 200 else 0)


def test_before_the_event_an_outcome_is_refused(client_as, accepted_meeting):
    url = f"/api/meeting-requests/{accepted_meeting.pk}/outcome/"
    response = client_as("member").post(url, {"held": True, "follow_up": False}, format="json")
    assert response.status_code in (400, 409)
    assert not accepted_meeting.outcomes.exists()


def test_a_missing_answer_is_a_400(client_as, met_meeting):
    url = f"/api/meeting-requests/{met_meeting.pk}/outcome/"
    assert client_as("member").post(url, {}, format="json").status_code == 400
