"""organisation_create: one account may register at most ORGANISATIONS_PER_USER_LIMIT."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

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


def create_at_once(*, owner, name: str, barrier, outcomes: list) -> None:
    """One request of two racing to register the account's last allowed organisation."""
    try:
        barrier.wait()
        organisation_create(owner=owner, values={**VALUES, "name": name})
        outcomes.append("created")
    except ValidationError:
        outcomes.append("refused")
    finally:
        connection.close()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs row locks across connections")
@pytest.mark.django_db(transaction=True)
def test_two_requests_at_once_cannot_both_pass_the_limit(settings, member):
    settings.ORGANISATIONS_PER_USER_LIMIT = 2
    barrier, outcomes = threading.Barrier(2), []
    threads = [
        threading.Thread(target=create_at_once, kwargs={
            "owner": member, "name": name, "barrier": barrier, "outcomes": outcomes,
        })
        for name in ("First Co", "Second Co")
    ]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["created", "refused"]
    assert member.memberships.count() == 2
