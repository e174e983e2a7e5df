import pytest

from events.models import Registration

BODY = {"event": "seoul-5g", "delegates": [{"name": "Ada", "role": "CEO", "languages": "en"}]}


@pytest.mark.parametrize(
    "who, status", [("anonymous", 401), ("member", 201), ("other_member", 403), ("staff_user", 403)]
)
def test_create_permission_matrix(client_as, event, organisation, who, status):
    response = client_as(who).post(
        "/api/event-registrations/", BODY | {"organisation": organisation.pk}, format="json"
    )
    assert response.status_code == status
    assert Registration.objects.exists() == (status == 201)


def test_created_pending_with_its_delegates(client_as, event, organisation):
    body = (
        client_as("member")
        .post("/api/event-registrations/", BODY | {"organisation": organisation.pk}, format="json")
        .json()
    )
    assert body["status"] == "pending" and body["delegates"][0]["name"] == "Ada"


def test_twice_is_a_conflict(client_as, registration, organisation):
    response = client_as("member").post(
        "/api/event-registrations/", BODY | {"organisation": organisation.pk}, format="json"
    )
    assert response.status_code == 409


def test_no_delegates_is_a_400_by_the_field(client_as, event, organisation):
    response = client_as("member").post(
        "/api/event-registrations/",
        BODY | {"organisation": organisation.pk, "delegates": []},
        format="json",
    )
    fields = response.json()["error"]["fields"]
    assert response.status_code == 400 and any(key.startswith("delegates") for key in fields)


@pytest.mark.parametrize("who, count", [("member", 1), ("other_member", 1), ("staff_user", 2)])
def test_list_shows_own_and_staff_all(client_as, registration, other_registration, who, count):
    assert client_as(who).get("/api/event-registrations/").json()["count"] == count


def test_list_is_private(client_as, registration):
    assert client_as("anonymous").get("/api/event-registrations/").status_code == 401
