import pytest
from django.contrib.auth.models import AnonymousUser
from rest_framework import serializers

from organisations import selectors
from organisations.api.serializers import CONTACT_FIELDS, OrganisationSerializer
from tests.factories import (
    CapabilityFactory,
    ConsortiumMembershipFactory,
    OrganisationFactory,
)


@pytest.fixture
def consortium(db, sector):
    consortium = OrganisationFactory(
        kind="consortium", sectors=[sector], founded_year=None, size_band="", contact_phone=""
    )
    member = OrganisationFactory(offers=[CapabilityFactory()], seeks=[CapabilityFactory()])
    ConsortiumMembershipFactory(consortium=consortium, member=member)
    return consortium


def drfs_own(serializer, instance) -> dict:
    data = serializers.ModelSerializer.to_representation(serializer, instance)
    return {**data, **dict.fromkeys(CONTACT_FIELDS)}  # hidden from an anonymous reader


@pytest.mark.parametrize("which", ["consortium", "member"])
def test_the_written_out_representation_is_drfs_own(consortium, which):
    rows = selectors.organisation_api_list(user=AnonymousUser())
    link = consortium.member_links.get()
    instance = rows.get(pk=consortium.pk if which == "consortium" else link.member_id)
    serializer = OrganisationSerializer(context={})
    expected = drfs_own(serializer, instance)
    assert list(serializer.to_representation(instance).items()) == list(expected.items())
