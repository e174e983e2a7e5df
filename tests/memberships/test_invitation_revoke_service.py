import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from memberships.models import InvitationState
from memberships.services import invitation_revoke


def test_staff_may_revoke(invitation, staff_user):
    assert invitation_revoke(invitation=invitation, by=staff_user).state() == "revoked"


def test_a_member_of_another_organisation_may_not_revoke(invitation, other_member):
    with pytest.raises(PermissionDenied):
        invitation_revoke(invitation=invitation, by=other_member)
    invitation.refresh_from_db()
    assert invitation.state() == InvitationState.PENDING


def test_a_revoked_invitation_cannot_be_revoked_again(invitation, member):
    invitation_revoke(invitation=invitation, by=member)
    with pytest.raises(ValidationError):
        invitation_revoke(invitation=invitation, by=member)
