"""Synthetic past projects: the collaboration network. Each project has a theme capability;
its participants are mostly organisations offering that capability or others of its sector,
and often previous partners of those already in, so that, as in real networks, capability
overlap and past co-participation predict who works with whom."""

import numpy as np

from common.bulk import link_rows_insert, records_insert
from organisations.models import Project, ProjectParticipation
from tooling.synthetic.organisations import SyntheticOrganisations
from tooling.synthetic.taxonomy import SyntheticTaxonomy
from tooling.synthetic.text import synthetic_texts
from tooling.synthetic.vocabulary import PROGRAMMES, PROJECT_NOUNS

PROJECT_PREFIX = "syn-proj-"
PARTICIPANT_COUNTS = ([3, 4, 5, 6, 7, 8], [0.2, 0.25, 0.2, 0.15, 0.12, 0.08])
PREVIOUS_PARTNER_SHARE = 0.35
THEME_CAPABILITY_SHARE = 0.5
SAME_SECTOR_SHARE = 0.85  # the rest are drawn from anywhere
YEARS = (2010, 2024)
ATTEMPTS_PER_PARTICIPANT = 4


def synthetic_projects_create(
    *,
    rng: np.random.Generator,
    taxonomy: SyntheticTaxonomy,
    organisations: SyntheticOrganisations,
    count: int,
) -> tuple[int, int]:
    """Creates the projects; returns how many projects and participations."""
    offered_by: list[list[int]] = [[] for _ in range(taxonomy.capability_count)]
    for index, offers in enumerate(organisations.offers):
        for capability in offers:
            offered_by[capability].append(index)
    organisation_count = len(organisations.ids)
    if organisation_count < PARTICIPANT_COUNTS[0][0] or count == 0:
        return 0, 0

    themes = rng.choice(taxonomy.capability_count, size=count, p=taxonomy.capability_popularity)
    sizes = np.asarray(PARTICIPANT_COUNTS[0])[
        rng.choice(len(PARTICIPANT_COUNTS[0]), size=count, p=PARTICIPANT_COUNTS[1])
    ].tolist()
    years = rng.integers(YEARS[0], YEARS[1] + 1, size=count).tolist()
    slots = max(PARTICIPANT_COUNTS[0]) * ATTEMPTS_PER_PARTICIPANT
    draws = rng.random((count, slots, 4)).tolist()
    labels = rng.random((count, 2)).tolist()
    partners: dict[int, list[int]] = {}

    projects = []
    memberships = []
    for index in range(count):
        theme = int(themes[index])
        same_sector = taxonomy.sector_capabilities[taxonomy.capability_sector[theme]].tolist()
        members: list[int] = []
        for u in draws[index]:
            if len(members) == sizes[index]:
                break
            candidate = _candidate(
                u=u,
                theme=theme,
                same_sector=same_sector,
                members=members,
                partners=partners,
                offered_by=offered_by,
                organisation_count=organisation_count,
            )
            if candidate not in members:
                members.append(candidate)
        for member in members:
            partners.setdefault(member, []).extend(m for m in members if m != member)
        number = index + 1
        name = taxonomy.capability_names[theme]
        projects.append(
            {
                "title": f"{name} {PROJECT_NOUNS[int(labels[index][0] * len(PROJECT_NOUNS))]}",
                "year": years[index],
                "programme": PROGRAMMES[int(labels[index][1] * len(PROGRAMMES))],
                "external_id": f"{PROJECT_PREFIX}{number}",
            }
        )
        memberships.append(members)

    descriptions = synthetic_texts(
        rng=rng,
        vocabulary=taxonomy.text_vocabulary,
        capabilities=[[int(theme)] for theme in themes],
        lengths=rng.integers(15, 30, size=count),
        specific_share=0.6,
    )
    for project, description in zip(projects, descriptions, strict=True):
        project["description"] = description
    ids = records_insert(model=Project, rows=projects)
    participations = link_rows_insert(
        through=ProjectParticipation,
        source="project_id",
        target="organisation_id",
        pairs=[
            (project_id, organisations.ids[member])
            for project_id, members in zip(ids, memberships, strict=True)
            for member in members
        ],
    )
    return len(projects), participations


def _candidate(*, u, theme, same_sector, members, partners, offered_by, organisation_count) -> int:
    """One draw of a participant. The first is someone offering the theme; later ones are a
    previous partner of someone already in, or someone offering the theme or a capability of
    its sector, or now and then anyone."""
    if members and u[0] < PREVIOUS_PARTNER_SHARE:
        known = partners.get(members[int(u[1] * len(members))])
        if known:
            return known[int(u[2] * len(known))]
    if not members or u[0] < SAME_SECTOR_SHARE:
        capability = theme if u[1] < THEME_CAPABILITY_SHARE or not members else None
        if capability is None:
            capability = same_sector[int(u[2] * len(same_sector))]
        offering = offered_by[capability]
        if offering:
            return offering[int(u[3] * len(offering))]
    return int(u[3] * organisation_count)
