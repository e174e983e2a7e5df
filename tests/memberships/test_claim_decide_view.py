"""The owners' approve and reject buttons on the People page."""

import pytest
from django.urls import reverse

from memberships.models import ClaimStatus

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "status", "outcome"),
    [
        ("anonymous", 302, ClaimStatus.PENDING),
        ("member", 302, ClaimStatus.APPROVED),
        ("other_member", 404, ClaimStatus.PENDING),
        ("staff", 302, ClaimStatus.APPROVED),
    ],
)
def test_who_may_approve(login_as, organisation, owner_claim, role, status, outcome):
    url = reverse("memberships:claim_approve", args=[organisation.pk, owner_claim.pk])
    assert login_as(role).post(url).status_code == status
    owner_claim.refresh_from_db()
    assert owner_claim.status == outcome


@pytest.mark.parametrize(
    ("role", "status"),
    [("anonymous", 302), ("member", 200), ("other_member", 404), ("staff", 200)],
)
def test_who_sees_the_reject_form(login_as, organisation, owner_claim, role, status):
    url = reverse("memberships:claim_reject", args=[organisation.pk, owner_claim.pk])
    assert login_as(role).get(url).status_code == status


def test_the_owner_rejects_with_a_reason(login_as, organisation, owner_claim):
    url = reverse("memberships:claim_reject", args=[organisation.pk, owner_claim.pk])
    login_as("member").post(url, {"reason": "Not one of ours."})
    owner_claim.refresh_from_db()
    assert (owner_claim.status, owner_claim.reason) == (ClaimStatus.REJECTED, "Not one of ours.")


def test_a_rejection_without_a_reason_changes_nothing(login_as, organisation, owner_claim):
    url = reverse("memberships:claim_reject", args=[organisation.pk, owner_claim.pk])
    assert login_as("member").post(url, {"reason": ""}).status_code == 200
    owner_claim.refresh_from_db()
    assert owner_claim.status == ClaimStatus.PENDING
