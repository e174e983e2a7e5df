"""Random but realistically shaped records for tests and quick in-memory measurements.

Tag popularity follows a Zipf-like law, as on real platforms: a few capabilities are everywhere
and most are rare. Seeded, so the same seed gives the same records.
"""

import datetime

import numpy as np

from matchmaking.engine.records import (
    MatchingRecords,
    OpportunityRecords,
    OrganisationRecords,
    ProjectRecords,
)

WORDS = [
    "radio",
    "network",
    "antenna",
    "mmwave",
    "spectrum",
    "edge",
    "cloud",
    "vision",
    "camera",
    "sensor",
    "robot",
    "factory",
    "twin",
    "model",
    "bayesian",
    "inference",
    "map",
    "geospatial",
    "satellite",
    "orbit",
    "launch",
    "chip",
    "wafer",
    "packaging",
    "design",
    "quantum",
    "photon",
    "qubit",
    "battery",
    "grid",
    "solar",
    "hydrogen",
    "vehicle",
    "drone",
    "rail",
    "traffic",
    "city",
    "citizen",
    "health",
    "patient",
    "clinic",
    "care",
    "learning",
    "school",
    "payment",
    "ledger",
    "token",
    "security",
    "threat",
    "encryption",
    "identity",
    "government",
    "service",
    "platform",
    "data",
    "analytics",
    "game",
    "immersive",
    "reality",
]
KINDS = ["sme", "startup", "large_company", "research_institute", "university", "consortium"]


def random_records(
    *,
    organisations: int,
    opportunities: int = 0,
    capabilities: int = 300,
    sectors: int = 20,
    projects: int | None = None,
    seed: int = 7,
    vocabulary_size: int = 5000,
    today: datetime.date | None = None,
) -> MatchingRecords:
    rng = np.random.default_rng(seed)
    today = today or datetime.date(2026, 1, 1)
    popularity = 1.0 / np.arange(1, capabilities + 1)
    popularity /= popularity.sum()
    sector_of = rng.integers(0, sectors, capabilities)

    def tags(mean: float) -> list[int]:
        count = int(min(max(rng.poisson(mean), 0), 12))
        return sorted({int(c) + 1 for c in rng.choice(capabilities, count, p=popularity)})

    # Each capability has its own few words; everyone shares a long Zipf-shaped vocabulary.
    vocabulary = [f"{WORDS[i % len(WORDS)]}{i // len(WORDS)}" for i in range(vocabulary_size)]
    word_popularity = 1.0 / np.arange(1, vocabulary_size + 1)
    word_popularity /= word_popularity.sum()

    def text(capability_ids: list[int]) -> str:
        picked = [
            vocabulary[(c * 7 + j) % vocabulary_size] for c in capability_ids for j in range(3)
        ]
        count = int(rng.integers(15, 45))
        picked += [vocabulary[i] for i in rng.choice(vocabulary_size, count, p=word_popularity)]
        return " ".join(picked)

    records = OrganisationRecords()
    for number in range(1, organisations + 1):
        offers, seeks = tags(4), tags(2.5)
        own_sectors = sorted({int(sector_of[c - 1]) + 1 for c in offers}) or [
            int(rng.integers(1, sectors + 1))
        ]
        records.append(
            id=number,
            name=f"Organisation {number}",
            country=str(rng.choice(["GB", "KR", "GB", "KR", "DE", "US"])),
            kind=str(rng.choice(KINDS)),
            founded_year=int(rng.integers(1950, 2026)) if rng.random() < 0.9 else None,
            published=bool(rng.random() < 0.95),
            description=text(offers),
            sectors=own_sectors,
            offers=offers,
            seeks=seeks,
        )
    participations = []
    project_count = projects if projects is not None else organisations // 4
    for project in range(1, project_count + 1):
        size = int(rng.integers(3, 9))
        members = rng.choice(organisations, size, replace=False) + 1
        participations += [(project, int(member)) for member in members]

    calls = OpportunityRecords()
    for number in range(1, opportunities + 1):
        required = tags(4) or [1]
        calls.append(
            id=number,
            published=bool(rng.random() < 0.9),
            deadline=None
            if rng.random() < 0.2
            else today + datetime.timedelta(days=int(rng.integers(-60, 300))),
            eligible_countries=frozenset(["GB", "KR"]) if rng.random() < 0.3 else frozenset(),
            eligible_kinds=frozenset(["sme", "startup"]) if rng.random() < 0.2 else frozenset(),
            max_age=7 if rng.random() < 0.1 else None,
            text=text(required),
            sectors=sorted({int(sector_of[c - 1]) + 1 for c in required}),
            required=required,
        )
    # Drawn last, so that the organisations and calls stay those of earlier versions.
    project_records = ProjectRecords()
    for project in range(1, project_count + 1):
        # Most past projects have a description (what the past-projects factor reads).
        project_records.append(
            id=project,
            title=f"Project {project}",
            text=text(tags(4)) if rng.random() < 0.9 else "",
        )
    return MatchingRecords(
        organisations=records,
        opportunities=calls,
        participations=participations,
        projects=project_records,
        consortium_links=[],
        capability_names={c: f"Capability {c}" for c in range(1, capabilities + 1)},
        sector_names={s: f"Sector {s}" for s in range(1, sectors + 1)},
    )
