from io import StringIO

import pytest
from django.core.management import call_command

from tests.factories import (
    CapabilityFactory,
    MembershipFactory,
    OpportunityFactory,
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


@pytest.fixture
def write_csv(tmp_path):
    """Writes the given lines as a CSV file for the import commands and returns its path."""

    def write(*lines: str, encoding: str = "utf-8", name: str = "import.csv"):
        path = tmp_path / name
        path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
        return path

    return write


@pytest.fixture
def korean_university(capability):
    """A fully filled-in Korean profile, for pages and filters that show or match every field."""
    return OrganisationFactory(
        name="Hanbit University",
        name_ko="한빛대학교",
        country="KR",
        kind="university",
        city="Daejeon",
        website="https://hanbit.example.kr",
        description="Digital twin research for port cities.",
        sectors=[capability.sector],
        offers=[capability],
    )


@pytest.fixture
def digital_twin_challenge(capability):
    """An open UK challenge with every filterable field set."""
    return OpportunityFactory(
        title="Digital twin challenge",
        kind="challenge",
        country="GB",
        sectors=[capability.sector],
        required_capabilities=[capability],
        source_url="https://example.org/call",
        budget_amount=25000,
        budget_currency="GBP",
    )


@pytest.fixture
def demo_password(settings, monkeypatch):
    """The password load_demo gives its logins; a fast hasher keeps the tests quick."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    monkeypatch.setenv("DEMO_PASSWORD", "demo-test-password")
    return "demo-test-password"


@pytest.fixture
def demo_loaded(db, demo_password):
    """Runs load_demo once and returns what it printed."""
    output = StringIO()
    call_command("load_demo", stdout=output)
    return output.getvalue()
