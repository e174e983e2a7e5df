"""Moving the alert models from matchmaking to the alerts app changed no table: rows saved
before the move are read after it through the new models, with their unique keys intact."""

import pytest
from django.db import IntegrityError, connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from alerts.models import AlertDelivery, DeadlineReminderStop, SavedSearch
from tests.factories import OpportunityFactory, OrganisationFactory, UserFactory

# Where the alert tables were made, before the alerts app existed.
BEFORE_THE_MOVE = ("matchmaking", "0003_alerts")


def migrate(targets: list[tuple[str, str | None]] | None = None) -> MigrationExecutor:
    """Migrates to `targets`, or to the latest migrations; a new executor reads what is
    applied afresh."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    return executor


@pytest.fixture
def old_model(transactional_db):
    """The database as it was before the move, and its models by name (matchmaking's); the
    latest migrations again afterwards, whatever the test did."""
    executor = migrate([BEFORE_THE_MOVE, ("alerts", None)])
    apps = executor.loader.project_state(BEFORE_THE_MOVE).apps
    yield lambda name: apps.get_model("matchmaking", name)
    migrate()


@pytest.fixture
def saved_before(old_model):
    """A saved search, a delivery of it and a stopped reminder, saved before the move."""
    user, organisation, opportunity = UserFactory(), OrganisationFactory(), OpportunityFactory()
    search = old_model("SavedSearch").objects.create(
        user_id=user.pk, scope="organisations", query="country=KR", name="Korea", frequency="weekly"
    )
    old_model("AlertDelivery").objects.create(
        kind="saved_search", recipient_id=user.pk, saved_search_id=search.pk,
        organisation_id=organisation.pk, sent_at=timezone.now(),
    )  # fmt: skip
    old_model("DeadlineReminderStop").objects.create(user_id=user.pk, opportunity_id=opportunity.pk)
    return {"user": user, "organisation": organisation, "opportunity": opportunity}


def test_a_saved_search_is_kept(saved_before):
    migrate()
    saved = SavedSearch.objects.get()
    assert (saved.user, saved.query, saved.frequency) == (
        saved_before["user"],
        "country=KR",
        "weekly",
    )


def test_a_delivery_is_kept_with_its_saved_search(saved_before):
    migrate()
    delivery = AlertDelivery.objects.get()
    assert delivery.saved_search == SavedSearch.objects.get()
    assert delivery.organisation == saved_before["organisation"]


def test_a_stopped_deadline_reminder_is_kept(saved_before):
    migrate()
    stop = DeadlineReminderStop.objects.get()
    assert (stop.user, stop.opportunity) == (saved_before["user"], saved_before["opportunity"])


def test_the_unique_keys_still_refuse_a_second_delivery(saved_before):
    migrate()
    delivery = AlertDelivery.objects.get()
    delivery.pk = None
    with pytest.raises(IntegrityError):
        delivery.save()


def test_new_rows_follow_the_old_ones(saved_before):
    migrate()
    new = SavedSearch.objects.create(user=saved_before["user"], scope="opportunities", name="All")
    assert SavedSearch.objects.count() == 2 and new.pk > SavedSearch.objects.earliest("pk").pk
