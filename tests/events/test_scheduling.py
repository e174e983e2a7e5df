"""The scheduler's guarantees, checked on many small random instances (seeded, so a failure
names the instance that breaks it)."""

import dataclasses

import pytest

from events.scheduling import (
    Meeting,
    Problem,
    Reason,
    placements_check,
    schedule_greedy,
    schedule_optimal,
    upper_bound_counting,
    upper_bound_lp,
)
from events.scheduling_instances import problem_random

SEEDS = range(50)


def small(seed: int) -> Problem:
    return problem_random(
        seed=seed, participants=10, meetings=24, slots=5, tables=3, availability=0.6
    )


def solved(problem: Problem):
    return schedule_optimal(problem, time_limit=5)


def republished(problem: Problem, schedule) -> Problem:
    """The same problem once the schedule is published: every placed meeting fixed."""
    where = schedule.by_meeting()
    fixed = [
        dataclasses.replace(m, fixed=(where[m.id].slot, where[m.id].table)) if m.id in where else m
        for m in problem.meetings
    ]
    return dataclasses.replace(problem, meetings=fixed)


@pytest.mark.parametrize("seed", SEEDS)
def test_no_double_booking_and_availability_respected(seed):
    problem = small(seed)
    assert placements_check(problem, solved(problem).placements) == []


@pytest.mark.parametrize("seed", SEEDS)
def test_solver_is_never_worse_than_greedy_nor_above_the_bounds(seed):
    problem = small(seed)
    objective = solved(problem).objective
    assert schedule_greedy(problem).objective <= objective <= upper_bound_lp(problem) + 1e-6
    assert objective <= upper_bound_counting(problem)


@pytest.mark.parametrize("seed", SEEDS)
def test_every_meeting_is_placed_or_listed_with_a_reason(seed):
    problem = small(seed)
    schedule = solved(problem)
    listed = [p.meeting for p in schedule.placements] + [u.meeting for u in schedule.unplaced]
    assert sorted(listed) == sorted(m.id for m in problem.meetings)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_rerun_keeps_published_meetings_where_they_are(seed):
    problem = small(seed)
    first = solved(problem)
    again = solved(republished(problem, first))
    assert set(first.placements) <= set(again.placements)


@pytest.mark.parametrize("seed", range(10))
def test_a_rerun_with_new_meetings_keeps_the_fixed_ones(seed):
    problem = small(seed)
    half = dataclasses.replace(problem, meetings=problem.meetings[:12])
    first = solved(half)
    grown = dataclasses.replace(
        republished(half, first),
        meetings=list(republished(half, first).meetings) + list(problem.meetings[12:]),
    )
    again = solved(grown)
    assert set(first.placements) <= set(again.placements)
    assert placements_check(grown, again.placements) == []


def test_a_meeting_without_a_common_slot_says_so():
    problem = Problem(
        slots=[1, 2], tables=["T1"], meetings=[Meeting("m", "a", "b")],
        availability={"a": frozenset({1}), "b": frozenset({2})},
    )  # fmt: skip
    assert solved(problem).unplaced[0].reason == Reason.NO_COMMON_SLOT


def test_a_meeting_with_no_table_left_says_so():
    problem = Problem(
        slots=[1], tables=["T1"], meetings=[Meeting(1, "a", "b"), Meeting(2, "c", "d")]
    )
    assert [u.reason for u in solved(problem).unplaced] == [Reason.NO_TABLE_FREE]


def test_a_meeting_whose_side_is_booked_says_so():
    problem = Problem(
        slots=[1], tables=["T1", "T2"], meetings=[Meeting(1, "a", "b"), Meeting(2, "a", "c")]
    )
    assert [u.reason for u in solved(problem).unplaced] == [Reason.PARTICIPANT_FULLY_BOOKED]


def test_the_heavier_meeting_wins_a_contested_place():
    problem = Problem(
        slots=[1], tables=["T1"], meetings=[Meeting(1, "a", "b", 10), Meeting(2, "c", "d", 50)]
    )
    assert [p.meeting for p in solved(problem).placements] == [2]


def test_fixed_meetings_that_clash_are_refused():
    meetings = [Meeting(1, "a", "b", fixed=(1, "T1")), Meeting(2, "c", "d", fixed=(1, "T1"))]
    with pytest.raises(ValueError, match="clashes"):
        solved(Problem(slots=[1], tables=["T1"], meetings=meetings))
