"""Random scheduling problems of a given size, for the scheduler's tests and benchmark. Plain
Python, seeded, so a failing instance can be rebuilt from its seed."""

import random

from events.scheduling import Meeting, Problem, meeting_weight


def problem_random(
    *,
    seed: int,
    participants: int,
    meetings: int,
    slots: int,
    tables: int,
    availability: float = 0.75,
) -> Problem:
    """`meetings` distinct pairs among `participants`, each participant free in a random
    `availability` share of the slots (at least one), and weights as the services make them:
    both sides' priorities (1-3) and a match score (0-10)."""
    rng = random.Random(seed)
    slot_ids = list(range(slots))
    pairs: set[tuple[int, int]] = set()
    most = participants * (participants - 1) // 2
    while len(pairs) < min(meetings, most):
        a, b = rng.sample(range(participants), 2)
        pairs.add((min(a, b), max(a, b)))
    free = {
        person: frozenset(rng.sample(slot_ids, max(1, round(slots * availability))))
        for person in range(participants)
    }
    order = sorted(pairs, key=lambda _: rng.random())
    return Problem(
        slots=slot_ids,
        tables=[f"T{n + 1}" for n in range(tables)],
        meetings=[
            Meeting(
                id=index,
                a=a,
                b=b,
                weight=meeting_weight(
                    priority_a=rng.randint(1, 3), priority_b=rng.randint(1, 3), score=rng.random()
                ),
            )
            for index, (a, b) in enumerate(order)
        ],
        availability=free,
    )
