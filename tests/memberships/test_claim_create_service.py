import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from memberships.models import ClaimStatus
from memberships.services import claim_create


def test_claim_waits_for_a_decision(claim):
    assert claim.status == ClaimStatus.PENDING


def test_staff_are_told_when_nobody_owns_the_organisation(
    unclaimed, claimant, staff_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        claim_create(organisation=unclaimed, user=claimant)
    assert [message.to for message in mail.outbox] == [[staff_user.email]]


def test_the_owner_is_told_when_there_is_one(
    organisation, member, claimant, staff_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        claim_create(organisation=organisation, user=claimant)
    assert [message.to for message in mail.outbox] == [[member.email]]
    assert f"/organisations/{organisation.pk}/people/" in mail.outbox[0].body


def test_a_second_pending_claim_is_refused(claim, unclaimed, claimant):
    with pytest.raises(ValidationError, match="already asked"):
        claim_create(organisation=unclaimed, user=claimant)


def test_a_member_cannot_claim_their_own_organisation(organisation, member):
    with pytest.raises(ValidationError, match="already a member"):
        claim_create(organisation=organisation, user=member)


def test_an_overlong_message_is_refused_and_nothing_saved(unclaimed, claimant):
    with pytest.raises(ValidationError):
        claim_create(organisation=unclaimed, user=claimant, message="x" * 2001)
    assert not unclaimed.membership_claims.exists()
