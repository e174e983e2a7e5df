from organisations.selectors import organisation_member_addresses
from tests.factories import MembershipFactory, UserFactory


def test_active_members_with_an_address_are_listed(organisation, member):
    assert list(organisation_member_addresses(organisation=organisation)) == [
        (member.pk, member.email)
    ]


def test_deactivated_members_are_not_mailed(organisation):
    gone = MembershipFactory(organisation=organisation, user=UserFactory(is_active=False)).user
    assert (gone.pk, gone.email) not in organisation_member_addresses(organisation=organisation)


def test_members_without_an_address_are_left_out(organisation):
    MembershipFactory(organisation=organisation, user=UserFactory(email=""))
    assert list(organisation_member_addresses(organisation=organisation)) == []


def test_other_organisations_members_are_not_listed(organisation, other_member):
    assert list(organisation_member_addresses(organisation=organisation)) == []
