import threading

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection

from introductions.models import IntroductionRequest, IntroductionState
from introductions.services import introduction_transition
from introductions.steps import INTRODUCTION_STEPS, Side
from tests.factories import IntroductionRequestFactory, UserFactory

ALLOWED = [
    (start, end, side)
    for (start, end), step in INTRODUCTION_STEPS.items()
    for side in sorted(step.who)
]
WRONG_SIDE = [
    (start, end, side)
    for (start, end), step in INTRODUCTION_STEPS.items()
    for side in sorted(set(Side) - step.who)
]
REFUSED = [
    (start, end)
    for start in IntroductionState
    for end in IntroductionState
    if (start, end) not in INTRODUCTION_STEPS
]


@pytest.fixture
def request_in(organisation, other_organisation):
    """Makes a request from `organisation` to `other_organisation` already in a given state."""

    def make(state) -> IntroductionRequest:
        return IntroductionRequestFactory(
            requester_organisation=organisation,
            requested_organisation=other_organisation,
            state=state,
        )

    return make


@pytest.mark.parametrize(("start", "end", "side"), ALLOWED)
def test_allowed_steps_move_the_request_and_are_audited(
    request_in, introduction_actors, start, end, side
):
    request = request_in(start)
    introduction_transition(
        request=request, to_state=end, actor=introduction_actors[side], note="Why."
    )
    request.refresh_from_db()
    event = request.events.get()
    assert request.state == end
    assert (event.from_state, event.to_state, event.actor, event.note) == (
        start,
        end,
        introduction_actors[side],
        "Why.",
    )


@pytest.mark.parametrize(("start", "end", "side"), WRONG_SIDE)
def test_steps_taken_by_the_wrong_side_are_refused(
    request_in, introduction_actors, start, end, side
):
    request = request_in(start)
    with pytest.raises(PermissionDenied):
        introduction_transition(
            request=request, to_state=end, actor=introduction_actors[side], note="Why."
        )
    request.refresh_from_db()
    assert request.state == start and not request.events.exists()


@pytest.mark.parametrize(("start", "end"), REFUSED)
def test_steps_not_in_the_table_are_refused(request_in, staff_user, start, end):
    request = request_in(start)
    with pytest.raises(ValidationError, match="cannot go from"):
        introduction_transition(request=request, to_state=end, actor=staff_user, note="Why.")
    request.refresh_from_db()
    assert request.state == start and not request.events.exists()


def test_a_user_on_neither_side_may_not_act(introduction):
    with pytest.raises(PermissionDenied):
        introduction_transition(request=introduction, to_state="forwarded", actor=UserFactory())


@pytest.mark.parametrize("end", ["declined", "more_information_needed"])
def test_declining_or_asking_for_more_needs_a_reason(introduction, staff_user, end):
    with pytest.raises(ValidationError, match="reason"):
        introduction_transition(request=introduction, to_state=end, actor=staff_user, note="  ")
    assert IntroductionRequest.objects.get().state == "requested"


def test_a_second_staff_acting_on_a_stale_copy_is_refused(introduction, staff_user):
    stale = IntroductionRequest.objects.get(pk=introduction.pk)
    introduction_transition(request=introduction, to_state="forwarded", actor=staff_user)
    with pytest.raises(ValidationError, match="already acted"):
        introduction_transition(
            request=stale, to_state="declined", actor=UserFactory(is_staff=True), note="No."
        )
    assert IntroductionRequest.objects.get().state == "forwarded"
    assert list(introduction.events.values_list("to_state", flat=True)) == [
        "requested",
        "forwarded",
    ]


JOURNEY = [
    ("more_information_needed", Side.STAFF), ("requested", Side.REQUESTER),
    ("forwarded", Side.STAFF), ("introduced", Side.RECIPIENT),
    ("meeting_held", Side.REQUESTER), ("partnership_formed", Side.RECIPIENT),
]  # fmt: skip


def test_the_whole_journey_leaves_a_complete_audit_trail(introduction, introduction_actors):
    for state, side in JOURNEY:
        introduction_transition(
            request=introduction, to_state=state, actor=introduction_actors[side], note="Step."
        )
    states = ["requested", *[state for state, _ in JOURNEY]]
    trail = list(introduction.events.values_list("from_state", "to_state"))
    assert trail == list(zip(["", *states[:-1]], states, strict=True))


def forward_or_decline(
    *, request_id: int, actor, to_state: str, barrier: threading.Barrier, outcomes: list
):
    """One staff member's browser: loads the request, waits for the other, then acts."""
    try:
        seen = IntroductionRequest.objects.get(pk=request_id)
        barrier.wait(timeout=30)
        introduction_transition(request=seen, to_state=to_state, actor=actor, note="Not a fit.")
        outcomes.append("won")
    except ValidationError:
        outcomes.append("refused")
    except Exception as error:  # noqa: BLE001 - the test reports anything else as a failure
        outcomes.append(repr(error))
    finally:
        connection.close()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs row locks across connections")
@pytest.mark.django_db(transaction=True)
def test_two_staff_acting_at_once_cannot_both_win(introduction, staff_user):
    barrier, outcomes = threading.Barrier(2), []
    second_staff = UserFactory(is_staff=True)
    threads = [
        threading.Thread(target=forward_or_decline, kwargs={
            "request_id": introduction.pk, "actor": actor, "to_state": state,
            "barrier": barrier, "outcomes": outcomes,
        })
        for actor, state in [(staff_user, "forwarded"), (second_staff, "declined")]
    ]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["refused", "won"]
    assert introduction.events.count() == 2


def test_a_step_from_the_state_a_stale_page_showed_is_refused(forwarded_introduction):
    # The object is fresh (forwarded); the page the user acted on still showed "requested".
    with pytest.raises(ValidationError, match="already acted"):
        introduction_transition(
            request=forwarded_introduction,
            to_state="declined",
            actor=UserFactory(is_staff=True),
            note="No.",
            expected_state="requested",
        )
    assert IntroductionRequest.objects.get().state == "forwarded"
