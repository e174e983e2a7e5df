import datetime

import pytest
from django.utils import timezone

from accounts.services import privacy_consent_record
from alerts.models import AlertDelivery
from api.services import api_token_create
from introductions.models import IntroductionMessage
from introductions.services import introduction_message_send
from matchmaking.services import dismissal_create
from tests.factories import (
    DeadlineReminderStopFactory,
    OpportunityInterestFactory,
    SavedSearchFactory,
)


def _give_data(*, user, organisation, other_organisation, label: str) -> None:
    """One of every kind of personal data, each named after `label`."""
    privacy_consent_record(user=user)
    search = SavedSearchFactory(user=user, name=f"{label} search", query=f"q={label}")
    AlertDelivery.objects.create(
        kind="saved_search", recipient=user, saved_search=search,
        organisation=other_organisation, sent_at=timezone.now(),
    )  # fmt: skip
    DeadlineReminderStopFactory(user=user, opportunity__title=f"{label} stopped call")
    dismissal_create(
        user=user, organisation=organisation, dismissed_organisation=other_organisation
    )
    api_token_create(user=user, name=f"{label} token")
    OpportunityInterestFactory(
        organisation=organisation, expressed_by=user, opportunity__title=f"{label} call"
    )


@pytest.fixture
def member_data(member, organisation, other_organisation, introduction):
    """`member` with one of every kind of personal data, `introduction` included."""
    _give_data(user=member, organisation=organisation, other_organisation=other_organisation,
               label="Mine")  # fmt: skip
    return member


@pytest.fixture
def other_member_data(other_member, organisation, other_organisation):
    """`other_member` with data of their own, some about the same organisations."""
    _give_data(user=other_member, organisation=other_organisation,
               other_organisation=organisation, label="Theirs")  # fmt: skip
    return other_member


@pytest.fixture
def message_page(accepted_introduction, member):
    """The address of `accepted_introduction`'s page, which shows a message `member` sent at
    06:45 in London in January: 15:45 in Seoul."""
    introduction_message_send(request=accepted_introduction, user=member, body="Hello")
    IntroductionMessage.objects.update(
        sent_at=datetime.datetime(2026, 1, 15, 6, 45, tzinfo=datetime.UTC)
    )
    return f"/introductions/{accepted_introduction.pk}/"
