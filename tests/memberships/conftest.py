import pytest
from django.conf import settings
from django.core import mail
from django.utils import translation

from memberships.selectors import invitation_token
from memberships.services import claim_create, invitation_create
from tests.factories import OrganisationFactory, UserFactory


@pytest.fixture(autouse=True)
def _english_outside_requests():
    """A request to a /ko/ page leaves Korean active in the test's thread; the next test's
    reverse() and messages must not inherit it."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def unclaimed(db):
    """A published Korean organisation nobody manages yet."""
    return OrganisationFactory(
        name="Hanbit Robotics", country="KR", website="https://www.hanbit.example.kr"
    )


@pytest.fixture
def claimant(db):
    """A signed-up user writing from the organisation's own domain."""
    return UserFactory(username="jin", email="jin@hanbit.example.kr")


@pytest.fixture
def claim(unclaimed, claimant, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        made = claim_create(organisation=unclaimed, user=claimant, message="Head of R&D.")
    mail.outbox = []
    return made


@pytest.fixture
def owner_claim(organisation, claimant, member):
    """A claim on `organisation`, which `member` owns: the owner decides it."""
    return claim_create(organisation=organisation, user=claimant)


@pytest.fixture
def invitation(organisation, member, django_capture_on_commit_callbacks):
    """`member`, owner of `organisation`, invited an address that has no account."""
    with django_capture_on_commit_callbacks(execute=True):
        made = invitation_create(
            organisation=organisation, invited_by=member, email="mina@newcomer.example.kr"
        )
    return made


@pytest.fixture
def token(invitation):
    return invitation_token(invitation=invitation)
