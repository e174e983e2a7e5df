import pytest

from organisations import facets
from organisations.filters import SEARCHED_FIELDS
from tests.factories import CapabilityFactory, OrganisationFactory, SectorFactory


@pytest.fixture
def space(db):
    return SectorFactory(slug="space", name="Space")


@pytest.fixture
def catalogue(sector, space, capability):
    """Two sectors and a capability over four published organisations and a draft."""
    OrganisationFactory(country="GB", kind="sme", sectors=[sector], offers=[capability])
    OrganisationFactory(country="GB", kind="university", sectors=[sector, space])
    OrganisationFactory(country="KR", kind="sme", sectors=[space], name="Orbit Twin Co")
    OrganisationFactory(country="KR", kind="university", sectors=[sector], offers=[capability])
    OrganisationFactory(country="KR", kind="sme", sectors=[space], status="draft")


def counts(**chosen):
    return facets.organisation_facet_counts(chosen=chosen)


def test_without_filters_every_listed_organisation_counts(catalogue):
    result = counts()
    assert result["sector"] == {"smart-cities": 3, "space": 2}
    assert result["kind"]["sme"] == 2 and result["country"] == {"GB": 2, "KR": 2}


def test_a_country_narrows_the_sectors_kinds_and_capabilities(catalogue):
    result = counts(country="KR")
    assert result["sector"] == {"smart-cities": 1, "space": 1}
    assert result["kind"]["university"] == 1 and result["capability"] == {"digital-twins": 1}


def test_a_chosen_sector_does_not_narrow_its_own_counts(catalogue):
    assert counts(sector="space")["sector"] == counts()["sector"]


def test_a_chosen_sector_narrows_the_countries_and_kinds(catalogue):
    result = counts(sector="space")
    assert result["country"] == {"GB": 1, "KR": 1} and result["kind"]["university"] == 1


def test_a_capability_narrows_the_sectors(catalogue):
    assert counts(capability="digital-twins")["sector"] == {"smart-cities": 2, "space": 0}


def test_combined_filters_narrow_each_other_facet(catalogue):
    result = counts(country="GB", kind="university", sector="smart-cities")
    assert result["sector"] == {"smart-cities": 1, "space": 1}
    assert result["country"] == {"GB": 1, "KR": 1}
    assert result["kind"]["sme"] == 1 and result["kind"]["university"] == 1


def test_a_value_with_nothing_left_counts_zero(catalogue):
    assert counts(country="KR", kind="university")["sector"]["space"] == 0


def test_an_unknown_value_narrows_to_nothing(catalogue):
    assert counts(sector="no-such-sector")["country"] == {"GB": 0, "KR": 0}


def test_a_search_counts_its_own_matches(catalogue):
    result = facets.organisation_facet_counts(chosen={}, text="orbit", fields=SEARCHED_FIELDS)
    assert result["country"] == {"GB": 0, "KR": 1} and result["sector"]["space"] == 1


def test_a_search_with_a_facet_chosen_still_counts_that_facets_other_values(catalogue):
    result = facets.organisation_facet_counts(
        chosen={"country": "GB"}, text="orbit", fields=SEARCHED_FIELDS
    )
    assert result["country"] == {"GB": 0, "KR": 1} and result["sector"]["space"] == 0


def test_a_city_narrows_every_facet(catalogue):
    OrganisationFactory(country="KR", city="Busan", sectors=[CapabilityFactory().sector])
    result = facets.organisation_facet_counts(chosen={}, city="busan")
    assert result["country"] == {"GB": 0, "KR": 1} and result["sector"]["space"] == 0


def test_drafts_are_never_counted(space):
    OrganisationFactory(sectors=[space], status="draft")
    assert counts()["sector"] == {"space": 0}


def test_a_large_table_is_kept_and_counts_are_the_same_object(catalogue, monkeypatch):
    monkeypatch.setattr(facets, "FACETS_KEPT_FROM", 1)
    assert facets.facet_table() is facets.facet_table()
    assert counts(country="GB")["sector"] is counts(country="GB")["sector"]


def test_the_table_is_small(catalogue):
    table = facets.facet_table()
    # Per organisation its id (4 bytes), kind (1), country (2) and two tag counts (1 each);
    # 2 bytes per tag: 4 organisations, 5 sector and 2 capability tags.
    assert table.nbytes == 4 * 9 + 7 * 2


def test_the_masks_kept_take_a_bit_per_organisation(catalogue):
    counts(country="KR", sector="space")
    table = facets.facet_table()
    assert table.ids_of and all(
        len(kept) == (len(table.ids) + 7) // 8 for kept in table.ids_of.values()
    )


def test_a_korean_city_narrows_every_facet(catalogue):
    OrganisationFactory(country="KR", city="Busan", city_ko="부산", sectors=[SectorFactory()])
    result = facets.organisation_facet_counts(chosen={}, city="부산")
    assert result["country"] == {"GB": 0, "KR": 1} and result["sector"]["space"] == 0
