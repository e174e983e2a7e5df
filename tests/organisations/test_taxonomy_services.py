import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from organisations.models import Capability, Sector
from organisations.services import (
    capability_create,
    capability_delete,
    capability_update,
    sector_create,
    sector_delete,
    sector_update,
)
from tests.factories import OpportunityFactory, OrganisationFactory, SectorFactory


def test_sector_create_and_update(db):
    sector = sector_create(values={"slug": "space", "name": "Space"})
    sector_update(sector=sector, values={"name_ko": "우주"})
    assert Sector.objects.get(slug="space").name_ko == "우주"


def test_a_taken_slug_is_refused_with_the_unique_code(sector):
    with pytest.raises(ValidationError) as raised:
        sector_create(values={"slug": "smart-cities", "name": "Again"})
    assert raised.value.error_dict["slug"][0].code == "unique"


def test_a_bad_slug_is_refused(db):
    with pytest.raises(ValidationError) as raised:
        sector_create(values={"slug": "Not a slug", "name": "X"})
    assert list(raised.value.error_dict) == ["slug"]


def test_unknown_fields_are_refused(sector):
    with pytest.raises(ValidationError, match="no editable field colour"):
        sector_update(sector=sector, values={"colour": "red"})


def test_capability_create_and_move_to_another_sector(sector):
    capability = capability_create(values={"slug": "lidar", "name": "Lidar", "sector": sector})
    other = SectorFactory(slug="mobility")
    capability_update(capability=capability, values={"sector": other})
    assert Capability.objects.get(slug="lidar").sector == other


def test_a_sector_with_capabilities_is_kept(capability):
    with pytest.raises(ValidationError, match="1 capability") as raised:
        sector_delete(sector=capability.sector)
    assert raised.value.code == "conflict"


def test_a_capability_in_use_is_kept_and_its_uses_named(capability):
    OrganisationFactory(offers=[capability])
    OpportunityFactory(required_capabilities=[capability])
    with pytest.raises(ValidationError, match="1 organisation .offers., 1 opportunity"):
        capability_delete(capability=capability)


def test_unused_taxonomy_is_deleted(capability):
    sector = capability.sector
    capability_delete(capability=capability)
    sector_delete(sector=sector)
    assert not Sector.objects.exists()


def test_a_capability_in_use_is_refused_in_the_readers_language(capability, organisation):
    organisation.offers.add(capability)
    with translation.override("ko"), pytest.raises(ValidationError, match="아직 사용하는 곳"):
        capability_delete(capability=capability)
