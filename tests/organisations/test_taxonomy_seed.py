import re

import pytest

from organisations.models import Capability, Sector
from organisations.seeding.taxonomy import taxonomy_seed
from organisations.seeding.upsert import Outcome, SeedDataError
from organisations.taxonomy_data import CAPABILITIES, SECTORS, CapabilitySeed
from tests.factories import CapabilityFactory, SectorFactory

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def test_seeds_80_to_150_capabilities_each_in_a_sector_with_a_korean_name(db):
    taxonomy_seed()
    assert 80 <= Capability.objects.count() <= 150
    assert not Capability.objects.filter(sector__isnull=True).exists()
    assert all(HANGUL.search(name) for name in Capability.objects.values_list("name_ko", flat=True))


def test_seeds_the_sectors_the_partnerships_cover(db):
    taxonomy_seed()
    slugs = set(Sector.objects.values_list("slug", flat=True))
    assert {"telecoms-5g-6g", "semiconductors", "quantum", "space", "smart-cities"} <= slugs
    assert all(HANGUL.search(name) for name in Sector.objects.values_list("name_ko", flat=True))


def test_seeding_twice_changes_nothing(db):
    taxonomy_seed()
    report = taxonomy_seed()
    assert report.total(Outcome.CREATED) == report.total(Outcome.UPDATED) == 0
    assert report.count("capabilities", Outcome.UNCHANGED) == len(CAPABILITIES)


def test_moves_an_imported_capability_into_its_sector(db):
    uncategorised = SectorFactory(slug="uncategorised")
    CapabilityFactory(slug="mmwave-radio", name="Mmwave radio", sector=uncategorised)
    taxonomy_seed()
    capability = Capability.objects.get(slug="mmwave-radio")
    assert (capability.name, capability.sector.slug) == ("mmWave radio", "telecoms-5g-6g")


def test_refuses_a_capability_in_an_unknown_sector_and_writes_nothing(db):
    stray = CapabilitySeed("stray", "Stray", "떠돌이", "no-such-sector")
    with pytest.raises(SeedDataError, match="no-such-sector"):
        taxonomy_seed(sectors=SECTORS, capabilities=(*CAPABILITIES, stray))
    assert not Sector.objects.exists()
