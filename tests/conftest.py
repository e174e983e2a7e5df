import pytest

from tests.factories import (
    CapabilityFactory,
    MembershipFactory,
    OrganisationFactory,
    SectorFactory,
    UserFactory,
)


@pytest.fixture
def sector(db):
    return SectorFactory(slug="smart-cities", name="Smart cities", name_ko="스마트시티")


@pytest.fixture
def capability(sector):
    return CapabilityFactory(slug="digital-twins", name="Digital twins", sector=sector)


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Bayes Example Ltd", country="GB")


@pytest.fixture
def other_organisation(db):
    return OrganisationFactory(name="Seoul Example Co", country="KR")


@pytest.fixture
def member(organisation):
    return MembershipFactory(organisation=organisation).user


@pytest.fixture
def other_member(other_organisation):
    return MembershipFactory(organisation=other_organisation).user


@pytest.fixture
def staff_user(db):
    return UserFactory(username="staff", is_staff=True)
