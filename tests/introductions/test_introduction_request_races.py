import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import Q

from introductions.models import OPEN_INTRODUCTION_STATES, IntroductionRequest
from introductions.services import introduction_request
from tests.factories import MembershipFactory, OrganisationFactory

ATTEMPTS = 20

needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs row locks across connections"
)


def ask_at_once(*, asks: list[tuple], barrier: threading.Barrier, outcomes: list):
    """One member's browser: waits for the others, then asks. `asks` is (requester, requested,
    member); each runs in its own thread with its own database connection."""

    def ask(requester, requested, user):
        try:
            barrier.wait(timeout=30)
            introduction_request(
                requester_organisation=requester, requested_organisation=requested,
                requested_by=user, message="A joint pilot.", seeking="A partner.",
            )  # fmt: skip
            outcomes.append("won")
        except ValidationError:
            outcomes.append("refused")
        except Exception as error:  # noqa: BLE001 - the test reports anything else as a failure
            outcomes.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=ask, args=one) for one in asks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def open_between(first, second) -> int:
    return IntroductionRequest.objects.filter(
        Q(requester_organisation=first, requested_organisation=second)
        | Q(requester_organisation=second, requested_organisation=first),
        state__in=OPEN_INTRODUCTION_STATES,
    ).count()


@pytest.fixture
def member_of():
    """Makes a published organisation and returns it with one of its members."""

    def make():
        membership = MembershipFactory(organisation=OrganisationFactory())
        return membership.organisation, membership.user

    return make


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_crossed_requests_at_once_make_one_request_and_one_clear_refusal(member_of):
    outcomes, pairs = [], []
    for _ in range(ATTEMPTS):
        (first, first_member), (second, second_member) = member_of(), member_of()
        pairs.append((first, second))
        asks = [(first, second, first_member), (second, first, second_member)]
        ask_at_once(asks=asks, barrier=threading.Barrier(2), outcomes=outcomes)
    assert sorted(outcomes) == ["refused"] * ATTEMPTS + ["won"] * ATTEMPTS
    assert [open_between(first, second) for first, second in pairs] == [1] * ATTEMPTS


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_requests_at_once_cannot_pass_the_open_request_limit_together(settings, member_of):
    settings.INTRODUCTION_OPEN_REQUESTS_LIMIT = 2
    (asker, member), others = member_of(), [member_of()[0] for _ in range(4)]
    # Two of the others ask the asker at the same moment, crossing the asker's own requests.
    asks = [(asker, other, member) for other in others[:2]]
    asks += [(other, asker, MembershipFactory(organisation=other).user) for other in others[2:]]
    asks += [(asker, others[2], member), (asker, others[3], member)]
    outcomes = []
    ask_at_once(asks=asks, barrier=threading.Barrier(len(asks)), outcomes=outcomes)
    assert all(outcome in {"won", "refused"} for outcome in outcomes), outcomes
    open_requests = IntroductionRequest.objects.filter(state__in=OPEN_INTRODUCTION_STATES)
    assert open_requests.filter(requester_organisation=asker).count() <= 2
    assert all(open_between(asker, other) <= 1 for other in others)
