"""The staff queue of claims, and its approve and reject actions."""

import pytest
from django.urls import reverse
from django.utils import translation

from memberships.models import ClaimStatus
from organisations.models import Membership

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "status"),
    [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 200)],
)
def test_who_sees_the_queue(login_as, claim, role, status):
    assert login_as(role).get(reverse("staff:claim_queue")).status_code == status


def test_the_queue_shows_whether_the_domain_matches(login_as, claim):
    response = login_as("staff").get(reverse("staff:claim_queue"))
    assert b"Email domain matches the website" in response.content
    assert b"jin@hanbit.example.kr" in response.content


@pytest.mark.parametrize(
    ("role", "status", "outcome"),
    [
        ("anonymous", 302, ClaimStatus.PENDING),
        ("member", 403, ClaimStatus.PENDING),
        ("other_member", 403, ClaimStatus.PENDING),
        ("staff", 302, ClaimStatus.APPROVED),
    ],
)
def test_who_may_approve(login_as, claim, role, status, outcome):
    response = login_as(role).post(reverse("staff:claim_approve", args=[claim.pk]))
    assert response.status_code == status
    claim.refresh_from_db()
    assert claim.status == outcome


def test_approval_makes_the_claimant_owner(login_as, claim, claimant):
    login_as("staff").post(reverse("staff:claim_approve", args=[claim.pk]))
    assert Membership.objects.get(user=claimant).role == Membership.Role.OWNER


@pytest.mark.parametrize(
    ("role", "status"),
    [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 200)],
)
def test_who_sees_the_reject_form(login_as, claim, role, status):
    assert login_as(role).get(reverse("staff:claim_reject", args=[claim.pk])).status_code == status


def test_staff_reject_with_a_reason(login_as, claim):
    url = reverse("staff:claim_reject", args=[claim.pk])
    response = login_as("staff").post(url, {"reason": "Use your work address."})
    assert response["Location"] == reverse("staff:claim_queue")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.REJECTED


def test_a_decided_claim_is_not_found_again(login_as, claim):
    login_as("staff").post(reverse("staff:claim_approve", args=[claim.pk]))
    assert login_as("staff").get(reverse("staff:claim_reject", args=[claim.pk])).status_code == 404


def test_a_korean_reader_sees_the_korean_name_first_and_is_told_in_it(login_as, claim):
    claim.organisation.name_ko = "한빛로보틱스"
    claim.organisation.save()
    client = login_as("staff")
    with translation.override("ko"):
        queue = client.get(reverse("staff:claim_queue")).text
        approved = client.post(reverse("staff:claim_approve", args=[claim.pk]), follow=True).text
    assert 'lang="ko">한빛로보틱스</a>' in queue
    assert '<span class="card__subtitle" lang="en">Hanbit Robotics</span>' in queue
    assert "‘한빛로보틱스’의 구성원이 되었습니다." in approved
