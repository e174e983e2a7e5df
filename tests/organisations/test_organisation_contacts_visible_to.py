import pytest

from organisations.models import Organisation
from organisations.selectors import (
    organisation_contacts_visible_annotate,
    organisation_contacts_visible_to,
)
from tests.conftest import CONTACTS_SHOWN_TO


@pytest.mark.parametrize("role, shown", CONTACTS_SHOWN_TO.items())
def test_the_permission_matrix(contacts_viewer, organisation, role, shown):
    user = contacts_viewer(role)
    assert organisation_contacts_visible_to(organisation=organisation, user=user) is shown


@pytest.mark.parametrize("role, shown", CONTACTS_SHOWN_TO.items())
def test_a_list_annotated_follows_the_same_rule(contacts_viewer, organisation, role, shown):
    user = contacts_viewer(role)
    rows = organisation_contacts_visible_annotate(queryset=Organisation.objects.all(), user=user)
    assert rows.get(pk=organisation.pk).contacts_visible is shown


def test_the_accepting_side_sees_the_asking_side_too(contacts_viewer, organisation, member):
    asker = contacts_viewer("introduced").memberships.get().organisation
    assert organisation_contacts_visible_to(organisation=asker, user=member)
