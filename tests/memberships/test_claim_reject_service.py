import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from memberships.models import ClaimStatus
from memberships.services import claim_create, claim_reject


def test_rejecting_keeps_the_reason_and_tells_the_requester(
    claim, staff_user, claimant, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        claim_reject(claim=claim, by=staff_user, reason="Write from your work address.")
    claim.refresh_from_db()
    assert (claim.status, claim.reason) == (ClaimStatus.REJECTED, "Write from your work address.")
    assert "Write from your work address." in mail.outbox[-1].body
    assert mail.outbox[-1].to == [claimant.email]


def test_without_a_chosen_language_the_answer_is_in_the_one_asked_in(
    unclaimed, claimant, staff_user, django_capture_on_commit_callbacks
):
    claim = claim_create(organisation=unclaimed, user=claimant, language="ko")
    with django_capture_on_commit_callbacks(execute=True):
        claim_reject(claim=claim, by=staff_user, reason="업무용 주소로 다시 요청해 주십시오.")
    assert "승인되지 않았습니다" in mail.outbox[-1].body


def test_a_rejection_needs_a_reason(claim, staff_user):
    with pytest.raises(ValidationError):
        claim_reject(claim=claim, by=staff_user, reason="  ")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PENDING
