"""Upgrading a database from before the introductions app keeps every request and event: the
models moved in Django's state only, their tables stayed."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from introductions.models import IntroductionRequest
from tests.factories import OrganisationFactory, UserFactory

# The leaf nodes before the move: matchmaking still holds the models, introductions is absent.
BEFORE = [("introductions", None), ("matchmaking", "0003_alerts")]

pytestmark = pytest.mark.django_db(transaction=True)


def migrate(targets) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor


@pytest.fixture
def old_models():
    """The historical matchmaking models on a database rolled back to before the move; put
    forward again afterwards, whatever the test did."""
    executor = migrate(BEFORE)
    apps = executor.loader.project_state([("matchmaking", "0003_alerts")]).apps
    yield apps.get_model("matchmaking", "IntroductionRequest")
    executor = MigrationExecutor(connection)
    migrate(executor.loader.graph.leaf_nodes())


@pytest.fixture
def old_request(old_models):
    """A request with two events, written through the historical models."""
    requester, requested = OrganisationFactory(), OrganisationFactory()
    request = old_models.objects.create(
        requester_organisation_id=requester.pk,
        requested_organisation_id=requested.pk,
        requested_by_id=UserFactory().pk,
        message="A pilot in Busan port.",
        seeking="A 5G testbed.",
        state="forwarded",
    )
    request.events.create(from_state="", to_state="requested")
    request.events.create(from_state="requested", to_state="forwarded", note="Looks good.")
    return request


def test_requests_and_their_events_survive_the_upgrade(old_request):
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    moved = IntroductionRequest.objects.get(pk=old_request.pk)
    assert (moved.state, moved.message) == ("forwarded", "A pilot in Busan port.")
    assert list(moved.events.values_list("to_state", "note")) == [
        ("requested", ""),
        ("forwarded", "Looks good."),
    ]
