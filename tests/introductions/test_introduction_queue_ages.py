import datetime

import pytest
from django.utils import timezone

from introductions.models import IntroductionRequest
from introductions.selectors.overview import introduction_queue_ages
from tests.factories import IntroductionRequestFactory

NOW = timezone.make_aware(datetime.datetime(2025, 6, 1, 12, 0))


@pytest.fixture
def waiting(db):
    """Makes a request in the given state whose last step was `age` before NOW."""

    def make(state: str, age: datetime.timedelta) -> IntroductionRequest:
        request = IntroductionRequestFactory(state=state)
        IntroductionRequest.objects.filter(pk=request.pk).update(updated_at=NOW - age)
        return request

    return make


def by_queue(ages) -> dict[str, list[int]]:
    return {queue.key: queue.counts for queue in ages.queues}


def test_each_band_includes_its_lower_edge(waiting):
    for days in (0, 1.99, 2, 6.99, 7, 14, 29.99, 30, 400):
        waiting("requested", datetime.timedelta(days=days))
    assert by_queue(introduction_queue_ages(now=NOW))["staff"] == [2, 2, 1, 2, 2]


def test_sorts_requests_by_whom_they_wait_for(waiting):
    waiting("requested", datetime.timedelta(hours=1))
    waiting("forwarded", datetime.timedelta(days=10))
    waiting("more_information_needed", datetime.timedelta(days=40))
    assert by_queue(introduction_queue_ages(now=NOW)) == {
        "staff": [1, 0, 0, 0, 0], "recipient": [0, 0, 1, 0, 0], "requester": [0, 0, 0, 0, 1],
    }  # fmt: skip


def test_closed_requests_wait_for_no_one(waiting):
    for state in ("declined", "introduced", "partnership_formed", "no_fit"):
        waiting(state, datetime.timedelta(days=3))
    assert introduction_queue_ages(now=NOW).total == 0


def test_counts_a_request_made_through_the_service(introduction):
    ages = introduction_queue_ages(now=timezone.now())
    assert by_queue(ages)["staff"] == [1, 0, 0, 0, 0]
