"""The state machine of an introduction request: which steps exist and which side may take
each. The services refuse anything absent from INTRODUCTION_STEPS; the pages read the same
table to offer only the steps a user may take."""

import enum
from dataclasses import dataclass

from introductions.models import OPEN_INTRODUCTION_STATES, IntroductionState

State = IntroductionState


class Side(enum.StrEnum):
    STAFF = "staff"
    REQUESTER = "requester"  # a member of the organisation that asked
    RECIPIENT = "recipient"  # a member of the organisation asked for


@dataclass(frozen=True)
class Step:
    who: frozenset[Side]
    needs_note: bool = False


_EITHER_SIDE = frozenset({Side.REQUESTER, Side.RECIPIENT})

# The whole state machine: (from, to) -> who may take that step. Anything absent is refused.
INTRODUCTION_STEPS: dict[tuple[State, State], Step] = {
    (State.REQUESTED, State.FORWARDED): Step(frozenset({Side.STAFF})),
    (State.REQUESTED, State.MORE_INFORMATION_NEEDED): Step(
        frozenset({Side.STAFF}), needs_note=True
    ),
    (State.REQUESTED, State.DECLINED): Step(frozenset({Side.STAFF}), needs_note=True),
    (State.MORE_INFORMATION_NEEDED, State.REQUESTED): Step(frozenset({Side.REQUESTER})),
    (State.FORWARDED, State.INTRODUCED): Step(frozenset({Side.RECIPIENT})),
    (State.FORWARDED, State.DECLINED_BY_RECIPIENT): Step(frozenset({Side.RECIPIENT})),
    (State.INTRODUCED, State.MEETING_HELD): Step(_EITHER_SIDE),
    (State.INTRODUCED, State.PARTNERSHIP_FORMED): Step(_EITHER_SIDE),
    (State.INTRODUCED, State.NO_FIT): Step(_EITHER_SIDE),
    # A meeting is often what leads to a partnership, or shows there is none.
    (State.MEETING_HELD, State.PARTNERSHIP_FORMED): Step(_EITHER_SIDE),
    (State.MEETING_HELD, State.NO_FIT): Step(_EITHER_SIDE),
}


def introduction_steps_from(*, state: str, sides: set[Side]) -> dict[State, Step]:
    """The steps those sides may take from a state, by the state each leads to."""
    return {
        to_state: step
        for (from_state, to_state), step in INTRODUCTION_STEPS.items()
        if from_state == state and step.who & sides
    }


def introduction_states_awaiting(*, side: Side) -> list[State]:
    """The open states in which a request waits for that side to act."""
    return [
        state
        for state in OPEN_INTRODUCTION_STATES
        if introduction_steps_from(state=state, sides={side})
    ]
