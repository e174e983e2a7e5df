"""The meeting scheduler of a brokerage day: plain Python, no Django, dataclasses in and out.

Every accepted meeting is given a slot and a table, or is listed as unplaced with the reason.
No participant or table is booked twice in a slot, each meeting falls in a slot both sides said
they are free, and meetings already published stay where they are (fixed). Among the schedules
that keep these rules, the one with the highest total weight is sought with OR-Tools CP-SAT
within a time limit; a greedy first-come schedule (what simple tools do) is both its starting
hint and its floor, so the answer is never worse than greedy.

Tables are interchangeable (a table or a video link is a place for one meeting), so the model
only chooses slots: a slot holds at most as many meetings as it has tables, and tables are
handed out afterwards. That keeps the model at one boolean per meeting and possible slot.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

Participant = Hashable


class Reason(enum.StrEnum):
    """Why a meeting could not be placed, from the most to the least fundamental."""

    NO_COMMON_SLOT = "no_common_slot"
    BOTH_FULLY_BOOKED = "both_fully_booked"
    PARTICIPANT_FULLY_BOOKED = "participant_fully_booked"
    NO_TABLE_FREE = "no_table_free"
    OUTWEIGHED = "outweighed"


@dataclass(frozen=True)
class Meeting:
    id: Hashable
    a: Participant
    b: Participant
    weight: int = 1
    # (slot, table) of a published meeting, which must not move.
    fixed: tuple[Hashable, Hashable] | None = None


@dataclass(frozen=True)
class Problem:
    slots: Sequence[Hashable]  # in time order
    tables: Sequence[Hashable]
    meetings: Sequence[Meeting]  # in first-come order
    # The slots in which each participant is free; a participant left out is free in all.
    availability: dict[Participant, frozenset] = field(default_factory=dict)

    def free_slots(self, participant: Participant) -> frozenset:
        return self.availability.get(participant, frozenset(self.slots))

    def common_slots(self, meeting: Meeting) -> list:
        a, b = self.free_slots(meeting.a), self.free_slots(meeting.b)
        return [slot for slot in self.slots if slot in a and slot in b]


@dataclass(frozen=True)
class Placement:
    meeting: Hashable
    slot: Hashable
    table: Hashable


@dataclass(frozen=True)
class Unplaced:
    meeting: Hashable
    reason: Reason


@dataclass
class Schedule:
    placements: list[Placement]
    unplaced: list[Unplaced]
    objective: int
    method: str  # "cp-sat", "greedy" or "cp-sat (greedy kept)"
    optimal: bool = False
    bound: float | None = None  # the solver's proven upper bound, when it has one

    def by_meeting(self) -> dict[Hashable, Placement]:
        return {placement.meeting: placement for placement in self.placements}


class ScheduleError(ValueError):
    """The fixed meetings contradict each other (a table or a participant twice in a slot).
    `code` says how ("self_meeting", "unknown_place", "clash") and `meeting` names the meeting,
    so a caller can say it in the reader's language."""

    def __init__(self, message: str, *, code: str, meeting):
        super().__init__(message)
        self.code = code
        self.meeting = meeting


class _Board:
    """Who and which tables are taken in each slot, filled in as meetings are placed."""

    def __init__(self, problem: Problem):
        self.problem = problem
        self.busy: dict[Hashable, set] = defaultdict(set)
        self.tables_taken: dict[Hashable, set] = defaultdict(set)
        self.placements: list[Placement] = []

    def fits(self, meeting: Meeting, slot) -> bool:
        busy = self.busy[slot]
        return (
            meeting.a not in busy
            and meeting.b not in busy
            and len(self.tables_taken[slot]) < len(self.problem.tables)
        )

    def place(self, meeting: Meeting, slot, table=None) -> None:
        if table is None:
            table = next(t for t in self.problem.tables if t not in self.tables_taken[slot])
        self.busy[slot].update((meeting.a, meeting.b))
        self.tables_taken[slot].add(table)
        self.placements.append(Placement(meeting.id, slot, table))


def _board_with_fixed(problem: Problem) -> tuple[_Board, list[Meeting]]:
    """The fixed meetings placed where they are; the others returned in first-come order."""
    board = _Board(problem)
    tables = set(problem.tables)
    slots = set(problem.slots)
    movable = []
    for meeting in problem.meetings:
        if meeting.a == meeting.b:
            raise ScheduleError(
                f"Meeting {meeting.id!r} is between a participant and itself.",
                code="self_meeting",
                meeting=meeting.id,
            )
        if meeting.fixed is None:
            movable.append(meeting)
            continue
        slot, table = meeting.fixed
        if slot not in slots or table not in tables:
            raise ScheduleError(
                f"Fixed meeting {meeting.id!r} is in an unknown slot or table.",
                code="unknown_place",
                meeting=meeting.id,
            )
        if table in board.tables_taken[slot] or {meeting.a, meeting.b} & board.busy[slot]:
            raise ScheduleError(
                f"Fixed meeting {meeting.id!r} clashes with another one.",
                code="clash",
                meeting=meeting.id,
            )
        board.place(meeting, slot, table)
    return board, movable


def _reason(problem: Problem, board: _Board, meeting: Meeting) -> Reason:
    """Why an unplaced meeting is not in the final schedule, judged against it."""
    common = problem.common_slots(meeting)
    if not common:
        return Reason.NO_COMMON_SLOT
    a_free = [slot for slot in common if meeting.a not in board.busy[slot]]
    b_free = [slot for slot in common if meeting.b not in board.busy[slot]]
    if not a_free and not b_free:
        return Reason.BOTH_FULLY_BOOKED
    both_free = set(a_free) & set(b_free)
    if not both_free:
        return Reason.PARTICIPANT_FULLY_BOOKED
    if all(len(board.tables_taken[slot]) >= len(problem.tables) for slot in both_free):
        return Reason.NO_TABLE_FREE
    return Reason.OUTWEIGHED


def _finish(problem: Problem, board: _Board, method: str, **extra) -> Schedule:
    placed = {placement.meeting for placement in board.placements}
    weights = {meeting.id: meeting.weight for meeting in problem.meetings}
    unplaced = [
        Unplaced(meeting.id, _reason(problem, board, meeting))
        for meeting in problem.meetings
        if meeting.id not in placed
    ]
    objective = sum(weights[meeting_id] for meeting_id in placed)
    return Schedule(board.placements, unplaced, objective, method, **extra)


def schedule_greedy(problem: Problem, *, heaviest_first: bool = False) -> Schedule:
    """First come, first served: each meeting in turn goes to the earliest slot in which both
    sides are free and a table is left. Heaviest first (ties first come) is the solver's
    starting point rather than a baseline."""
    board, movable = _board_with_fixed(problem)
    if heaviest_first:
        movable = sorted(movable, key=lambda meeting: -meeting.weight)
    for meeting in movable:
        for slot in problem.common_slots(meeting):
            if board.fits(meeting, slot):
                board.place(meeting, slot)
                break
    return _finish(problem, board, "greedy")


def schedule_optimal(
    problem: Problem,
    *,
    time_limit: float = 10.0,
    gap: float = 0.005,
    workers: int = 1,
    seed: int = 0,
) -> Schedule:
    """The highest total weight CP-SAT finds within the time limit, never below greedy's. It
    stops early once proven within `gap` (a share) of the best possible."""
    from ortools.sat.python import cp_model  # heavy; loaded only when a schedule is solved

    greedy = max(
        schedule_greedy(problem),
        schedule_greedy(problem, heaviest_first=True),
        key=lambda schedule: schedule.objective,
    )
    board, movable = _board_with_fixed(problem)
    greedy_slot = {placement.meeting: placement.slot for placement in greedy.placements}

    model = cp_model.CpModel()
    chosen: dict[tuple, object] = {}
    by_participant_slot: dict[tuple, list] = defaultdict(list)
    by_slot: dict[Hashable, list] = defaultdict(list)
    by_meeting: dict[Hashable, list] = defaultdict(list)
    for index, meeting in enumerate(movable):
        for slot in problem.common_slots(meeting):
            # A slot already full of fixed meetings, or where a side is fixed, is no option.
            if not board.fits(meeting, slot):
                continue
            var = model.new_bool_var(f"m{index}s{slot}")
            chosen[meeting.id, slot] = var
            by_meeting[meeting.id].append(var)
            by_slot[slot].append(var)
            by_participant_slot[meeting.a, slot].append(var)
            by_participant_slot[meeting.b, slot].append(var)
            model.add_hint(var, greedy_slot.get(meeting.id) == slot)
    for variables in by_meeting.values():
        model.add_at_most_one(variables)
    for variables in by_participant_slot.values():
        if len(variables) > 1:
            model.add_at_most_one(variables)
    for slot, variables in by_slot.items():
        room = len(problem.tables) - len(board.tables_taken[slot])
        if len(variables) > room:
            model.add(sum(variables) <= room)
    weights = {meeting.id: meeting.weight for meeting in movable}
    objective = sum(weights[meeting_id] * var for (meeting_id, _), var in chosen.items())
    model.maximize(objective)
    # A true bound stated outright lets the solver prove "close enough" and stop early; its
    # own bound from the model alone is much looser on problems of this shape.
    fixed_weight = sum(m.weight for m in problem.meetings if m.fixed is not None)
    model.add(objective <= upper_bound_counting(problem) - fixed_weight)

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.relative_gap_limit = gap
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = seed
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        greedy.method = "cp-sat (greedy kept)"
        return greedy

    for meeting in movable:
        for slot in problem.common_slots(meeting):
            var = chosen.get((meeting.id, slot))
            if var is not None and solver.boolean_value(var):
                board.place(meeting, slot)
                break
    schedule = _finish(
        problem,
        board,
        "cp-sat",
        optimal=status == cp_model.OPTIMAL,
        bound=solver.best_objective_bound + fixed_weight,
    )
    if schedule.objective < greedy.objective:
        greedy.method = "cp-sat (greedy kept)"
        return greedy
    return schedule


def upper_bound_lp(problem: Problem) -> float:
    """The LP relaxation's optimum: the same model with each choice a fraction in [0, 1]. Any
    schedule is a solution of it, so no schedule weighs more. Solved with HiGHS via scipy."""
    import numpy as np
    from scipy.optimize import linprog
    from scipy.sparse import coo_matrix

    board, movable = _board_with_fixed(problem)
    columns: list[tuple[int, Hashable]] = []
    for index, meeting in enumerate(movable):
        for slot in problem.common_slots(meeting):
            if board.fits(meeting, slot):
                columns.append((index, slot))
    fixed_weight = sum(m.weight for m in problem.meetings if m.fixed is not None)
    if not columns:
        return float(fixed_weight)
    rows: dict[tuple, int] = {}
    data_rows, data_cols, limits = [], [], []

    def row(key, limit) -> int:
        if key not in rows:
            rows[key] = len(limits)
            limits.append(limit)
        return rows[key]

    for column, (index, slot) in enumerate(columns):
        meeting = movable[index]
        room = len(problem.tables) - len(board.tables_taken[slot])
        for key, limit in (
            (("meeting", index), 1),
            (("participant", meeting.a, slot), 1),
            (("participant", meeting.b, slot), 1),
            (("slot", slot), room),
        ):
            data_rows.append(row(key, limit))
            data_cols.append(column)
    matrix = coo_matrix(
        (np.ones(len(data_rows)), (data_rows, data_cols)), shape=(len(limits), len(columns))
    ).tocsr()
    costs = -np.array([movable[index].weight for index, _ in columns], dtype=float)
    result = linprog(costs, A_ub=matrix, b_ub=np.array(limits), bounds=(0, 1), method="highs")
    if result.status != 0:
        raise RuntimeError(f"LP relaxation failed: {result.message}")
    return -result.fun + fixed_weight


def upper_bound_counting(problem: Problem) -> int:
    """A cruder bound anyone can check by hand: no more meetings than free table places in the
    slots, nor than each participant can attend (half the sum of min(meetings, free slots)),
    and each meeting counted at most once: the heaviest that many meetings."""
    places = len(problem.slots) * len(problem.tables)
    meetings_of: dict[Participant, int] = defaultdict(int)
    possible = [m for m in problem.meetings if m.fixed is not None or problem.common_slots(m)]
    for meeting in possible:
        meetings_of[meeting.a] += 1
        meetings_of[meeting.b] += 1
    attendable = sum(
        min(count, len(problem.free_slots(participant)))
        for participant, count in meetings_of.items()
    )
    limit = min(places, attendable // 2)
    weights = sorted((meeting.weight for meeting in possible), reverse=True)
    return sum(weights[:limit])


def placements_check(problem: Problem, placements: Iterable[Placement]) -> list[str]:
    """The rules a schedule must keep, as a list of what it breaks (empty when it keeps them).
    Used by the tests and the benchmark, and cheap enough to run after every solve."""
    meetings = {meeting.id: meeting for meeting in problem.meetings}
    problems = []
    seen_meetings, tables, people = set(), set(), set()
    for placement in placements:
        meeting = meetings.get(placement.meeting)
        if meeting is None:
            problems.append(f"unknown meeting {placement.meeting!r}")
            continue
        if placement.meeting in seen_meetings:
            problems.append(f"meeting {placement.meeting!r} placed twice")
        seen_meetings.add(placement.meeting)
        if (placement.slot, placement.table) in tables:
            problems.append(f"table {placement.table!r} double-booked in {placement.slot!r}")
        tables.add((placement.slot, placement.table))
        if placement.table not in problem.tables:
            problems.append(f"unknown table {placement.table!r}")
        for person in (meeting.a, meeting.b):
            if (person, placement.slot) in people:
                problems.append(f"{person!r} double-booked in {placement.slot!r}")
            people.add((person, placement.slot))
            if meeting.fixed is None and placement.slot not in problem.free_slots(person):
                problems.append(f"{person!r} not available in {placement.slot!r}")
        if meeting.fixed is not None and meeting.fixed != (placement.slot, placement.table):
            problems.append(f"fixed meeting {placement.meeting!r} moved")
    return problems


def meeting_weight(*, priority_a: int, priority_b: int, score: float) -> int:
    """A meeting's weight: what both sides put on it (priority 1-3 each) counts most, the match
    score (0-1) breaks ties. CP-SAT wants whole numbers, hence the scale."""
    return 10 * (priority_a + priority_b) + round(10 * max(0.0, min(score, 1.0)))
