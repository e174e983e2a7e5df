import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from accounts.services import language_preference_set
from memberships.models import ClaimStatus
from memberships.services import claim_approve
from organisations.models import Membership


def test_first_claimant_becomes_the_owner(claim, staff_user):
    membership = claim_approve(claim=claim, by=staff_user)
    assert membership.role == Membership.Role.OWNER
    claim.refresh_from_db()
    assert (claim.status, claim.decided_by) == (ClaimStatus.APPROVED, staff_user)


def test_the_owner_approves_a_colleague_as_editor(owner_claim, member):
    assert claim_approve(claim=owner_claim, by=member).role == Membership.Role.EDITOR


def test_the_requester_is_told_in_their_own_language(
    claim, staff_user, claimant, django_capture_on_commit_callbacks
):
    language_preference_set(user=claimant, language="ko")
    with django_capture_on_commit_callbacks(execute=True):
        claim_approve(claim=claim, by=staff_user)
    assert mail.outbox[-1].to == [claimant.email]
    assert "구성원이 되셨습니다" in mail.outbox[-1].subject
    assert "/ko/organisations/" in mail.outbox[-1].body


def test_a_member_of_another_organisation_may_not_decide(claim, other_member):
    with pytest.raises(PermissionDenied):
        claim_approve(claim=claim, by=other_member)
    assert not Membership.objects.filter(organisation=claim.organisation).exists()


def test_a_decided_claim_cannot_be_approved_again(claim, staff_user):
    claim_approve(claim=claim, by=staff_user)
    with pytest.raises(ValidationError, match="already been decided"):
        claim_approve(claim=claim, by=staff_user)


def test_the_mail_names_the_organisation_in_the_requesters_language(
    claim, staff_user, claimant, django_capture_on_commit_callbacks
):
    claim.organisation.name_ko = "한빛로보틱스"
    claim.organisation.save()
    language_preference_set(user=claimant, language="ko")
    with django_capture_on_commit_callbacks(execute=True):
        claim_approve(claim=claim, by=staff_user)
    assert "한빛로보틱스의 구성원이 되셨습니다" in mail.outbox[-1].subject
    assert "Hanbit Robotics" not in mail.outbox[-1].subject + mail.outbox[-1].body


def test_an_english_requester_reads_the_english_name(
    claim, staff_user, django_capture_on_commit_callbacks
):
    claim.organisation.name_ko = "한빛로보틱스"
    claim.organisation.save()
    with django_capture_on_commit_callbacks(execute=True):
        claim_approve(claim=claim, by=staff_user)
    assert mail.outbox[-1].subject.endswith("You are now a member of Hanbit Robotics")
