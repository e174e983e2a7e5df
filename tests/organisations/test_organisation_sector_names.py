from django.utils import translation

from organisations import selectors
from tests.factories import OrganisationFactory, SectorFactory


def names_of(*organisations) -> dict[int, list[str]]:
    return selectors.organisation_sector_names(organisation_ids=[row.pk for row in organisations])


def test_sectors_are_named_in_their_order(sector):
    space = SectorFactory(slug="space", name="Aerospace")
    organisation = OrganisationFactory(sectors=[sector, space])
    assert names_of(organisation) == {organisation.pk: ["Aerospace", "Smart cities"]}


def test_korean_readers_get_the_korean_names(sector):
    organisation = OrganisationFactory(sectors=[sector])
    with translation.override("ko"):
        assert names_of(organisation)[organisation.pk] == ["스마트시티"]


def test_an_organisation_without_sectors_has_none(db):
    organisation = OrganisationFactory(sectors=[])
    assert names_of(organisation) == {organisation.pk: []}


def test_a_sector_added_after_the_taxonomy_was_kept_is_named(sector):
    names_of(OrganisationFactory(sectors=[sector]))  # the names are kept from now
    newer = SectorFactory(slug="space", name="Space")
    organisation = OrganisationFactory(sectors=[newer])
    assert names_of(organisation)[organisation.pk] == ["Space"]


def test_the_names_take_one_query(sector, django_assert_num_queries):
    organisation = OrganisationFactory(sectors=[sector])
    names_of(organisation)  # the names are kept from the first call
    with django_assert_num_queries(1):
        names_of(organisation)
