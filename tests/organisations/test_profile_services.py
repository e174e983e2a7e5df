import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from organisations.models import Membership, Organisation, Origin, PublicationStatus
from organisations.services import membership_add, organisation_create, organisation_update
from tests.factories import UserFactory

BASICS = {"name": "Bayes Twin Ltd", "country": "GB", "kind": "sme"}


def test_create_makes_a_registered_draft_owned_by_its_creator(member, capability):
    organisation = organisation_create(owner=member, values={**BASICS, "offers": [capability]})
    assert (organisation.status, organisation.origin) == (
        PublicationStatus.DRAFT,
        Origin.REGISTERED,
    )
    assert organisation.memberships.get().user == member
    assert organisation.memberships.get().role == Membership.Role.OWNER
    assert list(organisation.offers.all()) == [capability]


@pytest.mark.parametrize(
    "values, message",
    [
        ({**BASICS, "country": "ZZ"}, "country"),
        ({**BASICS, "name": ""}, "name"),
        ({**BASICS, "status": "published"}, "no editable field status"),
    ],
)
def test_create_refuses_bad_values_and_writes_nothing(member, values, message):
    before = Organisation.objects.count()
    with pytest.raises(ValidationError, match=message):
        organisation_create(owner=member, values=values)
    assert Organisation.objects.count() == before


def test_update_keeps_a_published_profile_published_and_bumps_updated_at(organisation, sector):
    before = organisation.updated_at
    organisation_update(organisation=organisation, values={"city": "Leeds", "sectors": [sector]})
    organisation.refresh_from_db()
    assert (organisation.city, organisation.status) == ("Leeds", PublicationStatus.PUBLISHED)
    assert organisation.updated_at > before
    assert list(organisation.sectors.all()) == [sector]


def test_update_refuses_a_bad_website_and_changes_nothing(organisation):
    with pytest.raises(ValidationError, match="website"):
        organisation_update(organisation=organisation, values={"website": "not a url", "city": "X"})
    assert Organisation.objects.get(pk=organisation.pk).city == "London"


def test_owner_adds_a_colleague_as_editor_by_email(organisation, member):
    colleague = UserFactory(email="Jin@Example.kr")
    membership = membership_add(organisation=organisation, added_by=member, email="jin@example.KR ")
    assert (membership.user, membership.role) == (colleague, Membership.Role.EDITOR)


def test_adding_an_unknown_email_explains_what_to_do(organisation, member):
    with pytest.raises(ValidationError, match="Nobody has signed up with nobody@example.com"):
        membership_add(organisation=organisation, added_by=member, email="nobody@example.com")


def test_adding_an_existing_member_is_refused(organisation, member, editor):
    with pytest.raises(ValidationError, match="already a member"):
        membership_add(organisation=organisation, added_by=member, email=editor.email)
    assert organisation.memberships.count() == 2


@pytest.mark.parametrize("adder", ["editor", "other_member", "staff_user"])
def test_only_an_owner_adds_colleagues(request, organisation, adder):
    colleague = UserFactory()
    with pytest.raises(PermissionDenied):
        membership_add(
            organisation=organisation,
            added_by=request.getfixturevalue(adder),
            email=colleague.email,
        )
    assert not organisation.memberships.filter(user=colleague).exists()
