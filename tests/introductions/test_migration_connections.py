"""Upgrading a database with introductions accepted before connections existed connects their
organisations, so they keep seeing each other's contact details."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from organisations.models import OrganisationConnection
from tests.factories import OrganisationFactory

BEFORE = [
    ("introductions", "0003_text_limits"),
    ("organisations", "0005_text_limits"),
]

pytestmark = pytest.mark.django_db(transaction=True)


def migrate(targets) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor


@pytest.fixture
def old_requests():
    """On a database rolled back to before connections, one accepted request and one merely
    forwarded, written through the historical model; put forward again afterwards."""
    # Made with today's model first: the historical one is only needed for the requests.
    a, b, c = OrganisationFactory(), OrganisationFactory(), OrganisationFactory()
    executor = migrate(BEFORE)
    model = executor.loader.project_state(BEFORE).apps.get_model(
        "introductions", "IntroductionRequest"
    )
    for requested, state in [(a, "meeting_held"), (c, "forwarded")]:
        model.objects.create(
            requester_organisation_id=b.pk, requested_organisation_id=requested.pk,
            message="A pilot.", seeking="A partner.", state=state,
        )  # fmt: skip
    yield a, b
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


def test_accepted_introductions_become_connections(old_requests):
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    a, b = sorted(organisation.pk for organisation in old_requests)
    assert list(OrganisationConnection.objects.values_list("organisation_a", "organisation_b")) == [
        (a, b)
    ]


def test_it_can_be_undone_and_done_again(old_requests):
    leaves = MigrationExecutor(connection).loader.graph.leaf_nodes()
    migrate(leaves)
    migrate(BEFORE)
    migrate(leaves)
    assert OrganisationConnection.objects.count() == 1
