from collections import Counter
from collections.abc import Sequence

from django.db import transaction

from organisations.models import Capability, Sector
from organisations.seeding.upsert import SeedDataError, SeedReport, records_upsert
from organisations.taxonomy_data import CAPABILITIES, SECTORS, CapabilitySeed, SectorSeed


def _taxonomy_check(
    *, sectors: Sequence[SectorSeed], capabilities: Sequence[CapabilitySeed]
) -> None:
    problems = []
    for noun, slugs in (
        ("sector", [sector.slug for sector in sectors]),
        ("capability", [capability.slug for capability in capabilities]),
    ):
        duplicates = sorted(slug for slug, seen in Counter(slugs).items() if seen > 1)
        if duplicates:
            problems.append(f"{noun} slugs listed twice: {', '.join(duplicates)}")
    known_sectors = {sector.slug for sector in sectors}
    unknown = sorted(
        {capability.sector for capability in capabilities if capability.sector not in known_sectors}
    )
    if unknown:
        problems.append(f"capabilities name unknown sectors: {', '.join(unknown)}")
    if problems:
        raise SeedDataError("The taxonomy data is inconsistent: " + "; ".join(problems) + ".")


@transaction.atomic
def taxonomy_seed(
    *,
    sectors: Sequence[SectorSeed] = SECTORS,
    capabilities: Sequence[CapabilitySeed] = CAPABILITIES,
) -> SeedReport:
    """Creates or updates the sectors and capabilities, keyed by slug. Slugs not in the data
    are left alone: imports may have created them and organisations may use them."""
    _taxonomy_check(sectors=sectors, capabilities=capabilities)
    report = SeedReport()
    sectors = records_upsert(
        model=Sector,
        key_field="slug",
        rows={
            seed.slug: {"name": seed.name, "name_ko": seed.name_ko, "description": seed.description}
            for seed in sectors
        },
    )
    for _, outcome in sectors.values():
        report.add("sectors", outcome)
    capabilities = records_upsert(
        model=Capability,
        key_field="slug",
        rows={
            seed.slug: {
                "name": seed.name,
                "name_ko": seed.name_ko,
                "sector": sectors[seed.sector][0],
            }
            for seed in capabilities
        },
    )
    for _, outcome in capabilities.values():
        report.add("capabilities", outcome)
    return report
