"""Seeded synthetic data for benchmarking the matching at scale (e.g. 100,000 organisations and
5,000 opportunities). Everything it makes is marked: organisations and opportunities have
origin=synthetic, external ids start "syn-", and the taxonomy's slugs start "syn-", so it
never mixes with the real taxonomy and can be removed without touching anything else."""

import datetime
from dataclasses import dataclass

import numpy as np
from django.db import transaction
from django.utils import timezone

from opportunities.models import Opportunity
from organisations.models import Capability, Organisation, Origin, Project, Sector
from tooling.synthetic.opportunities import synthetic_opportunities_create
from tooling.synthetic.organisations import synthetic_organisations_create
from tooling.synthetic.projects import PROJECT_PREFIX, synthetic_projects_create
from tooling.synthetic.taxonomy import SYNTHETIC_PREFIX, synthetic_taxonomy_create


class SyntheticDataExists(Exception):
    pass


@dataclass(frozen=True)
class SyntheticDataCounts:
    sectors: int
    capabilities: int
    organisations: int
    organisation_tags: int
    opportunities: int
    opportunity_links: int
    projects: int
    participations: int

    def __str__(self) -> str:
        return (
            f"{self.sectors} sectors, {self.capabilities} capabilities, "
            f"{self.organisations} organisations ({self.organisation_tags} sector and "
            f"capability tags), {self.opportunities} opportunities "
            f"({self.opportunity_links} hosts and tags), {self.projects} projects "
            f"({self.participations} participations)"
        )


def synthetic_data_exists() -> bool:
    return (
        Organisation.objects.filter(origin=Origin.SYNTHETIC).exists()
        or Opportunity.objects.filter(origin=Origin.SYNTHETIC).exists()
        or Project.objects.filter(external_id__startswith=PROJECT_PREFIX).exists()
        or Sector.objects.filter(slug__startswith=SYNTHETIC_PREFIX).exists()
        or Capability.objects.filter(slug__startswith=SYNTHETIC_PREFIX).exists()
    )


@transaction.atomic
def synthetic_data_clear() -> None:
    """Removes synthetic records only: origin=synthetic organisations and opportunities,
    syn- projects and the syn- taxonomy (with any tags pointing at it)."""
    # Only the ids are loaded: the deletion cascade needs no more, and loading whole rows of
    # 100,000 organisations was most of the time taken.
    Opportunity.objects.filter(origin=Origin.SYNTHETIC).only("pk").delete()
    Project.objects.filter(external_id__startswith=PROJECT_PREFIX).only("pk").delete()
    Organisation.objects.filter(origin=Origin.SYNTHETIC).only("pk").delete()
    Capability.objects.filter(slug__startswith=SYNTHETIC_PREFIX).delete()
    Sector.objects.filter(slug__startswith=SYNTHETIC_PREFIX).delete()


def synthetic_data_generate(
    *,
    organisations: int,
    opportunities: int,
    seed: int,
    projects: int | None = None,
    clear: bool = False,
    today: datetime.date | None = None,
) -> SyntheticDataCounts:
    """Creates the synthetic taxonomy, organisations, opportunities and projects (by default a
    quarter as many as organisations). The same seed on the same day gives the same data.
    Raises SyntheticDataExists if there is synthetic data already, unless clear is set."""
    if organisations < 0 or opportunities < 0 or (projects is not None and projects < 0):
        raise ValueError("Counts cannot be negative.")
    today = today or timezone.localdate()
    project_count = organisations // 4 if projects is None else projects
    with transaction.atomic():
        if clear:
            synthetic_data_clear()
        elif synthetic_data_exists():
            raise SyntheticDataExists("Synthetic data already exists.")
        rng = np.random.default_rng(seed)
        taxonomy = synthetic_taxonomy_create(rng=rng)
        created = synthetic_organisations_create(
            rng=rng, taxonomy=taxonomy, count=organisations, today=today
        )
        opportunity_links = synthetic_opportunities_create(
            rng=rng, taxonomy=taxonomy, organisations=created, count=opportunities, today=today
        )
        project_total, participations = synthetic_projects_create(
            rng=rng, taxonomy=taxonomy, organisations=created, count=project_count
        )
    return SyntheticDataCounts(
        sectors=taxonomy.sector_count,
        capabilities=taxonomy.capability_count,
        organisations=len(created.ids),
        organisation_tags=created.link_count,
        opportunities=opportunities,
        opportunity_links=opportunity_links,
        projects=project_total,
        participations=participations,
    )
