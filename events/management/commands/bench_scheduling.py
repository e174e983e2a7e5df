import os
import time

from django.core.management.base import BaseCommand, CommandError

from events.scheduling import (
    placements_check,
    schedule_greedy,
    schedule_optimal,
    upper_bound_counting,
    upper_bound_lp,
)
from events.scheduling_instances import problem_random


def positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise ValueError(value)
    return number


class Command(BaseCommand):
    help = (
        "Benchmark the meeting scheduler on a seeded random brokerage day (default: 500 "
        "participants, 2,000 accepted meetings, 16 slots, 60 tables, 75% availability): time "
        "CP-SAT and a greedy first-come schedule, compare both objectives with the LP "
        "relaxation's upper bound, check neither double-books anyone, and exit non-zero if the "
        "solver takes longer than --max-seconds or falls more than --max-gap below the bound."
    )

    def add_arguments(self, parser):
        for name, default, what in (
            ("participants", 500, "Participants"),
            ("meetings", 2000, "Accepted meetings"),
            ("slots", 16, "Meeting slots"),
            ("tables", 60, "Tables"),
        ):
            parser.add_argument(
                f"--{name}", type=positive_int, default=default, help=f"{what} (default {default})."
            )
        parser.add_argument("--seed", type=int, default=1, help="Seed of the instance (default 1).")
        parser.add_argument(
            "--time-limit",
            type=float,
            default=8.0,
            help="The solver's time limit in seconds (default 8).",
        )
        parser.add_argument(
            "--max-seconds",
            type=float,
            default=10.0,
            help="Target for the whole solve, model building included (default 10).",
        )
        parser.add_argument(
            "--max-gap",
            type=float,
            default=0.02,
            help="Target: how far below the upper bound the objective may be (default 0.02).",
        )

    def handle(self, *args, **options):
        problem = problem_random(
            seed=options["seed"],
            participants=options["participants"],
            meetings=options["meetings"],
            slots=options["slots"],
            tables=options["tables"],
        )
        # Loaded before the clock starts: a server process pays it once, not per solve.
        from ortools.sat.python import cp_model  # noqa: F401

        started = time.perf_counter()
        greedy = schedule_greedy(problem)
        greedy_seconds = time.perf_counter() - started
        started = time.perf_counter()
        solved = schedule_optimal(problem, time_limit=options["time_limit"])
        solver_seconds = time.perf_counter() - started
        started = time.perf_counter()
        lp_bound = upper_bound_lp(problem)
        lp_seconds = time.perf_counter() - started
        counting_bound = upper_bound_counting(problem)
        bound = min(lp_bound, counting_bound)

        write = self.stdout.write
        load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
        write(
            f"Scheduling: {options['participants']} participants, {len(problem.meetings)} "
            f"accepted meetings, {len(problem.slots)} slots x {len(problem.tables)} tables "
            f"(seed {options['seed']}); load average {load}"
        )
        write(f"{'method':<22}{'seconds':>9}{'placed':>8}{'objective':>11}{'% of bound':>12}")
        for name, schedule, seconds in (
            ("greedy first-come", greedy, greedy_seconds),
            (f"CP-SAT ({solved.method})", solved, solver_seconds),
        ):
            write(
                f"{name:<22}{seconds:>9.2f}{len(schedule.placements):>8}"
                f"{schedule.objective:>11}{100 * schedule.objective / bound:>11.2f}%"
            )
        write(
            f"Upper bound: LP relaxation {lp_bound:.0f} ({lp_seconds:.2f} s), counting bound "
            f"{counting_bound} (slots x tables, per-participant caps, heaviest meetings)."
        )
        unplaced: dict[str, int] = {}
        for item in solved.unplaced:
            unplaced[item.reason.value] = unplaced.get(item.reason.value, 0) + 1
        write(
            "Unplaced by reason: " + (", ".join(f"{k} {v}" for k, v in unplaced.items()) or "none")
        )

        failures = []
        for name, schedule in (("greedy", greedy), ("CP-SAT", solved)):
            broken = placements_check(problem, schedule.placements)
            if broken:
                failures.append(f"{name} schedule breaks the rules: {broken[:3]}")
        if solver_seconds > options["max_seconds"]:
            failures.append(f"solver took {solver_seconds:.1f} s > {options['max_seconds']} s")
        gap = 1 - solved.objective / bound if bound else 0.0
        if gap > options["max_gap"]:
            failures.append(
                f"objective {100 * gap:.2f}% below the bound > {100 * options['max_gap']:.0f}%"
            )
        if failures:
            raise CommandError("; ".join(failures))
        write(f"Targets met: <= {options['max_seconds']:.0f} s, {100 * gap:.2f}% below the bound.")
