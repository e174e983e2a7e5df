import pytest
from django.utils import translation

from introductions.selectors.overview import sector_supply_gaps
from tests.factories import CapabilityFactory, OrganisationFactory, SectorFactory


@pytest.fixture
def satellites(db):
    """A capability in a sector no one in the UK offers anything in."""
    return CapabilityFactory(slug="satellites", sector=SectorFactory(slug="space", name="Space"))


def gaps_of(demand_country: str) -> dict:
    direction = next(d for d in sector_supply_gaps() if d.demand_country == demand_country)
    return {gap.sector_slug: gap for gap in direction.sectors}


def test_a_sector_whose_demand_no_one_offers_has_no_supply(uk_sme, korean_partner, satellites):
    OrganisationFactory(country="KR", seeks=[satellites])
    space = gaps_of("KR")["space"]
    assert (space.seekers, space.suppliers, space.capabilities_unmet) == (1, 0, 1)
    assert space.has_no_supply


def test_demand_met_on_the_other_side_is_no_gap(uk_sme, korean_partner):
    smart_cities = gaps_of("KR")["smart-cities"]
    assert (smart_cities.capabilities_sought, smart_cities.capabilities_unmet) == (1, 0)
    assert (smart_cities.suppliers, smart_cities.has_no_supply) == (1, False)


def test_supply_of_another_capability_in_the_sector_does_not_meet_demand(uk_sme, capability):
    OrganisationFactory(country="KR", seeks=[capability])
    smart_cities = gaps_of("KR")["smart-cities"]
    assert (smart_cities.capabilities_sought, smart_cities.capabilities_unmet) == (1, 1)
    assert smart_cities.has_no_supply


def test_counts_both_directions(uk_sme, satellites):
    OrganisationFactory(country="GB", seeks=[satellites])
    assert gaps_of("GB")["smart-cities"].capabilities_unmet == 1
    assert gaps_of("GB")["space"].has_no_supply
    assert gaps_of("KR") == {}


def test_unpublished_organisations_are_neither_demand_nor_supply(open_ran, satellites):
    OrganisationFactory(country="KR", seeks=[open_ran])
    OrganisationFactory(country="GB", offers=[open_ran], status="draft")
    OrganisationFactory(country="KR", seeks=[satellites], status="submitted")
    assert list(gaps_of("KR")) == ["smart-cities"]
    assert gaps_of("KR")["smart-cities"].has_no_supply


def test_sectors_with_most_unmet_demand_come_first(uk_sme, open_ran, satellites):
    second = CapabilityFactory(slug="ground-stations", sector=satellites.sector)
    OrganisationFactory(country="KR", seeks=[open_ran, satellites, second])
    OrganisationFactory(country="GB", offers=[open_ran])
    assert list(gaps_of("KR")) == ["space", "smart-cities"]


@pytest.mark.parametrize(("language", "label"), [("en", "Smart cities"), ("ko", "스마트시티")])
def test_a_sector_is_named_in_the_readers_language(uk_sme, korean_partner, language, label):
    with translation.override(language):
        assert gaps_of("KR")["smart-cities"].label == label
