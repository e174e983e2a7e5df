import pytest
from django.core.exceptions import ValidationError

from organisations.models import Membership
from organisations.services import membership_grant
from tests.factories import UserFactory


def test_the_first_member_becomes_the_owner(other_organisation):
    membership = membership_grant(organisation=other_organisation, user=UserFactory())
    assert membership.role == Membership.Role.OWNER


def test_later_members_are_editors(organisation, member):
    assert membership_grant(organisation=organisation, user=UserFactory()).role == "editor"


def test_a_member_is_not_added_twice(organisation, member):
    with pytest.raises(ValidationError, match="already a member"):
        membership_grant(organisation=organisation, user=member)
