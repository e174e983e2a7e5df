"""organisation_create: one account may register at most ORGANISATIONS_PER_USER_LIMIT."""

import pytest
from django.core.exceptions import ValidationError

from organisations.models import Organisation
from organisations.services import organisation_create
from tests.factories import MembershipFactory

VALUES = {"name": "Another Co", "country": "GB", "kind": "sme"}


@pytest.fixture
def limit_reached(settings, member):
    """`member` owns `organisation` and one more, with the limit set to 2."""
    settings.ORGANISATIONS_PER_USER_LIMIT = 2
    MembershipFactory(user=member)
    return member


def test_one_more_than_the_limit_is_refused(limit_reached):
    with pytest.raises(ValidationError, match="already own 2 organisations"):
        organisation_create(owner=limit_reached, values=VALUES)
    assert not Organisation.objects.filter(name="Another Co").exists()


def test_being_an_editor_elsewhere_does_not_count(settings, member):
    settings.ORGANISATIONS_PER_USER_LIMIT = 2
    MembershipFactory(user=member, role="editor")
    assert organisation_create(owner=member, values=VALUES).name == "Another Co"


def test_staff_are_exempt(limit_reached):
    limit_reached.is_staff = True
    assert organisation_create(owner=limit_reached, values=VALUES).name == "Another Co"


def test_the_default_is_three(member, settings):
    assert settings.ORGANISATIONS_PER_USER_LIMIT == 3
