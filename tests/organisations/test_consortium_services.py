"""Consortium writes the API adds: removing a member and changing a role. (Adding one is
covered with the other organisation services.)"""

import pytest
from django.core.exceptions import ValidationError

from organisations.models import ConsortiumMembership
from organisations.services import consortium_member_remove, consortium_member_role_set
from tests.factories import ConsortiumMembershipFactory


def test_removing_a_member_touches_the_consortium(db):
    link = ConsortiumMembershipFactory()
    before = link.consortium.updated_at
    consortium_member_remove(membership=link)
    link.consortium.refresh_from_db()
    assert not ConsortiumMembership.objects.exists()
    assert link.consortium.updated_at > before


def test_a_role_is_changed(db):
    link = ConsortiumMembershipFactory()
    consortium_member_role_set(membership=link, role="lead")
    assert ConsortiumMembership.objects.get().role == "lead"


def test_an_unknown_role_is_refused(db):
    link = ConsortiumMembershipFactory()
    with pytest.raises(ValidationError, match="not a consortium role"):
        consortium_member_role_set(membership=link, role="boss")
