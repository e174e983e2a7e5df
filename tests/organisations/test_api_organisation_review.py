import pytest
from django.urls import reverse

from organisations.models import Organisation


def step(name: str, organisation) -> str:
    return reverse(f"api:organisation-{name}", args=[organisation.pk])


def with_status(organisation, status: str):
    Organisation.objects.filter(pk=organisation.pk).update(status=status)
    return organisation


def test_a_member_submits_a_draft(token_client, member, organisation):
    response = token_client(member).post(step("submit", with_status(organisation, "draft")))
    assert (response.status_code, response.json()["status"]) == (200, "submitted")


def test_staff_approve_a_submission(token_client, staff_user, organisation):
    response = token_client(staff_user).post(
        step("approve", with_status(organisation, "submitted"))
    )
    assert response.json()["status"] == "published"


def test_staff_reject_with_a_reason_members_then_see(
    token_client, staff_user, member, organisation
):
    with_status(organisation, "submitted")
    token_client(staff_user).post(step("reject", organisation), {"reason": "Add a website."})
    body = token_client(member).get(reverse("api:organisation-detail", args=[organisation.pk]))
    assert (body.json()["status"], body.json()["rejection_reason"]) == (
        "rejected",
        "Add a website.",
    )


def test_rejecting_needs_a_reason(token_client, staff_user, organisation):
    response = token_client(staff_user).post(step("reject", organisation), {"reason": "  "})
    assert list(response.json()["error"]["fields"]) == ["reason"]


@pytest.mark.parametrize(
    "name, status", [("submit", "published"), ("approve", "published"), ("reject", "draft")]
)
def test_a_step_the_status_does_not_allow_is_a_conflict(
    token_client, staff_user, organisation, name, status
):
    response = token_client(staff_user).post(
        step(name, with_status(organisation, status)), {"reason": "Because."}
    )
    assert (response.status_code, response.json()["error"]["code"]) == (409, "conflict")


@pytest.mark.parametrize(
    "who, status",
    [("anonymous", 401), ("member", 200), ("other_member", 404), ("staff_user", 200)],
)
def test_who_may_submit(client_as, organisation, member, other_member, who, status):
    with_status(organisation, "draft")
    assert client_as(who).post(step("submit", organisation)).status_code == status


@pytest.mark.parametrize(
    "who, status",
    [("anonymous", 401), ("member", 403), ("other_member", 404), ("staff_user", 200)],
)
def test_who_may_approve(client_as, organisation, member, other_member, who, status):
    with_status(organisation, "submitted")
    assert client_as(who).post(step("approve", organisation)).status_code == status


@pytest.mark.parametrize(
    "who, status",
    [("anonymous", 401), ("member", 403), ("other_member", 403), ("staff_user", 200)],
)
def test_who_may_reject(client_as, organisation, member, other_member, who, status):
    response = client_as(who).post(step("reject", organisation), {"reason": "Out of date."})
    assert response.status_code == status
