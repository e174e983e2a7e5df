import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from memberships.models import InvitationState
from memberships.services import invitation_accept, invitation_revoke
from organisations.models import Membership
from tests.factories import UserFactory


@pytest.fixture
def invitee(db):
    return UserFactory(email="mina@newcomer.example.kr")


def test_accepting_makes_an_editor_and_uses_the_invitation(invitation, invitee):
    assert invitation_accept(invitation=invitation, user=invitee).role == Membership.Role.EDITOR
    invitation.refresh_from_db()
    assert (invitation.state(), invitation.accepted_by) == (InvitationState.ACCEPTED, invitee)


def test_it_works_only_once(invitation, invitee):
    invitation_accept(invitation=invitation, user=invitee)
    with pytest.raises(ValidationError):
        invitation_accept(invitation=invitation, user=UserFactory(email=invitee.email.upper()))


def test_someone_with_another_address_cannot_use_it(invitation, other_member):
    with pytest.raises(PermissionDenied):
        invitation_accept(invitation=invitation, user=other_member)
    assert not Membership.objects.filter(
        user=other_member, organisation=invitation.organisation
    ).exists()


def test_an_expired_invitation_is_refused(invitation, invitee):
    invitation.expires_at = timezone.now() - datetime.timedelta(seconds=1)
    invitation.save()
    with pytest.raises(ValidationError):
        invitation_accept(invitation=invitation, user=invitee)


def test_a_revoked_invitation_is_refused(invitation, invitee, member):
    invitation_revoke(invitation=invitation, by=member)
    with pytest.raises(ValidationError):
        invitation_accept(invitation=invitation, user=invitee)


def test_invitations_expire_after_the_configured_days(settings, invitation):
    assert invitation.expires_at - invitation.created_at > datetime.timedelta(days=13, hours=23)
