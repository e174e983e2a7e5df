"""The hold-out split: each eligible organisation's latest project is hidden from the app, and
the app is asked to find that project's consortium again.

Eligible: an organisation in at least MIN_PROJECTS projects whose latest project (by start
date, then rcn) had at least MIN_CONSORTIUM participants; a consortium of two says too little
about partner choice. Every held-out project is removed from everything the app sees, so an
organisation whose projects were all held out (its own or as another's latest) is not in the
app at all and cannot be asked (counted as cold_start)."""

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from tooling.evaluation.cordis import CordisData, CordisProject

MIN_PROJECTS = 2
MIN_CONSORTIUM = 3
Query = TypeVar("Query")


@dataclass(frozen=True, slots=True)
class PartnerQuery:
    """Partners for `pic`: the truth is the other participants of its held-out project."""

    pic: str
    rcn: str
    truth: frozenset[str]


@dataclass(frozen=True, slots=True)
class OpportunityQuery:
    """The held-out project's call as an opportunity: the truth is its participants."""

    rcn: str
    truth: frozenset[str]


@dataclass(slots=True)
class HoldOutSplit:
    seen: CordisData  # everything the app may see
    held_out: dict[str, CordisProject]  # the hidden projects, by rcn
    partner_queries: list[PartnerQuery]
    opportunity_queries: list[OpportunityQuery]
    cold_start: int  # eligible organisations left with no visible project


PROTOCOLS = ("latest", "random", "projects", "lopo")
# The "projects" protocol holds out this many projects, drawn with the seed: few enough (about
# 3% of them) that every other project stays visible, as leave-one-project-out would have it,
# in one import instead of one per project.
SAMPLED_PROJECTS = 1000


def hold_out_split(*, data: CordisData, protocol: str = "latest", seed: int = 0) -> HoldOutSplit:
    """protocol "latest": each eligible organisation's latest project (today's); "random": one
    of its projects with at least MIN_CONSORTIUM participants, drawn with the seed, so that no
    single split can be fitted; "projects": SAMPLED_PROJECTS projects with a call text and at
    least MIN_CONSORTIUM participants, drawn with the seed, everything else visible (close to
    leave-one-project-out for opportunities; each participant with another project is asked
    for partners too)."""
    if protocol not in PROTOCOLS or protocol == "lopo":  # lopo: see leave_one_out_sample
        raise ValueError(f"Unknown hold-out protocol {protocol!r}: use {', '.join(PROTOCOLS)}")
    rng = random.Random(seed)
    latest_of = {}
    projects_of = data.projects_of()
    if protocol == "projects":
        sampled = set(projects_sample(data=data, seed=seed, size=SAMPLED_PROJECTS))
        # Partner queries: organisations with another project, each for its latest sampled one.
        partners_for = {
            pic: [rcn for rcn in rcns if rcn in sampled][-1]
            for pic, rcns in projects_of.items()
            if len(rcns) >= MIN_PROJECTS and any(rcn in sampled for rcn in rcns)
        }
        return _split(data, set(sampled), partners_for)
    for pic, rcns in sorted(projects_of.items()):
        if len(rcns) < MIN_PROJECTS:
            continue
        if protocol == "latest":
            if len(data.projects[rcns[-1]].participants) >= MIN_CONSORTIUM:
                latest_of[pic] = rcns[-1]
            continue
        large = [rcn for rcn in rcns if len(data.projects[rcn].participants) >= MIN_CONSORTIUM]
        if large:
            latest_of[pic] = rng.choice(large)
    return _split(data, set(latest_of.values()), latest_of)


def projects_sample(*, data: CordisData, seed: int, size: int | None) -> list[str]:
    """A seeded sample of `size` (None: all) projects with a call text and at least MIN_CONSORTIUM
    participants, oldest first."""
    candidates = sorted(
        rcn
        for rcn, project in data.projects.items()
        if project.topic and len(project.participants) >= MIN_CONSORTIUM
    )
    count = len(candidates) if size is None else min(size, len(candidates))
    sampled = random.Random(seed).sample(candidates, count)
    return sorted(sampled, key=lambda rcn: data.projects[rcn].order_key)


def leave_one_out_sample(
    *, data: CordisData, seed: int, size: int | None, validation: bool = False
) -> tuple[CordisData, list[str]]:
    """The "lopo" protocol: what the app sees (everything) and the projects to hide one at a
    time. Validation: the test sample is removed from everything first and another sample is
    drawn from the rest (seed + 1), so tuning never sees a test project."""
    sampled = projects_sample(data=data, seed=seed, size=size)
    if not validation:
        return data, sampled
    seen = _split(data, set(sampled), {}).seen
    return seen, projects_sample(data=seen, seed=seed + 1, size=size)


def _split(data: CordisData, held: set[str], latest_of: dict[str, str]) -> HoldOutSplit:
    """Hide the `held` projects from everything; latest_of: who is asked for partners, for
    which held-out project."""
    held_out = {rcn: data.projects[rcn] for rcn in sorted(held)}
    seen_projects = {rcn: p for rcn, p in data.projects.items() if rcn not in held_out}
    seen_pics = {pic for project in seen_projects.values() for pic in project.participants}
    seen = CordisData(
        organisations={pic: o for pic, o in data.organisations.items() if pic in seen_pics},
        projects=seen_projects,
    )
    partner_queries = [
        PartnerQuery(pic=pic, rcn=rcn, truth=frozenset(data.projects[rcn].participants) - {pic})
        for pic, rcn in sorted(latest_of.items())
        if pic in seen_pics
    ]
    opportunity_queries = [
        OpportunityQuery(rcn=rcn, truth=frozenset(data.projects[rcn].participants))
        for rcn, project in sorted(held_out.items(), key=lambda item: item[1].order_key)
        if project.topic
    ]
    return HoldOutSplit(
        seen=seen,
        held_out=held_out,
        partner_queries=partner_queries,
        opportunity_queries=opportunity_queries,
        cold_start=len(latest_of) - len(partner_queries),
    )


def queries_sample(queries: Sequence[Query], *, size: int | None, seed: int) -> list[Query]:
    """A seeded uniform sample, in the queries' own order; all of them when size is None."""
    if size is None or size >= len(queries):
        return list(queries)
    chosen = set(random.Random(seed).sample(range(len(queries)), size))
    return [query for number, query in enumerate(queries) if number in chosen]
