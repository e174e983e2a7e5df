import pytest
from django.urls import reverse

from organisations.models import Capability, Sector
from tests.factories import CapabilityFactory, OrganisationFactory, SectorFactory


def sector_url(slug: str) -> str:
    return reverse("api:sector-detail", args=[slug])


def capability_url(slug: str) -> str:
    return reverse("api:capability-detail", args=[slug])


def test_anyone_reads_sectors_by_slug(api_client, sector):
    body = api_client.get(sector_url("smart-cities")).json()
    assert (body["name"], body["name_ko"]) == ("Smart cities", "스마트시티")


def test_capabilities_filter_by_sector(api_client, capability):
    CapabilityFactory(slug="batteries")
    response = api_client.get(reverse("api:capability-list"), {"sector": "smart-cities"})
    assert [row["slug"] for row in response.json()["results"]] == ["digital-twins"]


def test_staff_create_a_capability_in_a_sector(token_client, staff_user, sector):
    body = {"slug": "lidar", "name": "Lidar", "sector": "smart-cities"}
    response = token_client(staff_user).post(reverse("api:capability-list"), body)
    assert response.status_code == 201
    assert Capability.objects.get(slug="lidar").sector == sector


def test_a_taken_slug_is_a_conflict(token_client, staff_user, sector):
    body = {"slug": "smart-cities", "name": "Again"}
    response = token_client(staff_user).post(reverse("api:sector-list"), body)
    assert response.status_code == 409


def test_renaming_a_slug_keeps_its_uses(token_client, staff_user, korean_university, capability):
    token_client(staff_user).patch(capability_url("digital-twins"), {"slug": "twins"})
    assert list(korean_university.offers.values_list("slug", flat=True)) == ["twins"]


@pytest.mark.parametrize("url", [sector_url("smart-cities"), capability_url("digital-twins")])
def test_what_is_in_use_cannot_be_deleted(token_client, staff_user, korean_university, url):
    response = token_client(staff_user).delete(url)
    assert response.status_code == 409
    assert "still used by" in response.json()["error"]["message"]


def test_an_unused_sector_is_deleted(token_client, staff_user):
    SectorFactory(slug="unused")
    assert token_client(staff_user).delete(sector_url("unused")).status_code == 204
    assert not Sector.objects.filter(slug="unused").exists()


STAFF_ONLY = [("anonymous", 401), ("member", 403), ("other_member", 403)]


@pytest.mark.parametrize("who, status", [*STAFF_ONLY, ("staff_user", 201)])
def test_who_may_create_sectors(client_as, member, other_member, who, status):
    body = {"slug": "space", "name": "Space"}
    assert client_as(who).post(reverse("api:sector-list"), body).status_code == status


@pytest.mark.parametrize("who, status", [*STAFF_ONLY, ("staff_user", 200)])
def test_who_may_put_sectors(client_as, sector, member, other_member, who, status):
    body = {"slug": "smart-cities", "name": "Cities"}
    assert client_as(who).put(sector_url("smart-cities"), body).status_code == status


@pytest.mark.parametrize("who, status", [*STAFF_ONLY, ("staff_user", 200)])
def test_who_may_patch_capabilities(client_as, capability, member, other_member, who, status):
    response = client_as(who).patch(capability_url("digital-twins"), {"name": "Twins"})
    assert response.status_code == status


@pytest.mark.parametrize("who, status", [*STAFF_ONLY, ("staff_user", 204)])
def test_who_may_delete_capabilities(client_as, member, other_member, who, status):
    CapabilityFactory(slug="unused")
    assert client_as(who).delete(capability_url("unused")).status_code == status


def test_deleting_a_used_capability_keeps_the_organisation(token_client, staff_user, capability):
    organisation = OrganisationFactory(seeks=[capability])
    token_client(staff_user).delete(capability_url("digital-twins"))
    assert list(organisation.seeks.all()) == [capability]
