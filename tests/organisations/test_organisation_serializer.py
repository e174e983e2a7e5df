import json

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
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


@pytest.fixture
def consortia(consortium, sector):
    other = OrganisationFactory(kind="consortium", name="Aardvark Consortium")
    for name, role in [("Zeta Ltd", "lead"), ("Alpha Ltd", "member"), ("Mid Ltd", "lead")]:
        member = OrganisationFactory(name=name, sectors=[sector], offers=[CapabilityFactory()])
        ConsortiumMembershipFactory(consortium=consortium, member=member, role=role)
        ConsortiumMembershipFactory(consortium=other, member=member)
    ConsortiumMembershipFactory(consortium=other, member=OrganisationFactory(status="draft"))
    return consortium


def test_the_api_list_reads_relations_as_drfs_own_representation_does(api_client, consortia):
    rows = selectors.organisation_api_list(user=AnonymousUser())
    serializer = OrganisationSerializer(context={})
    listed = api_client.get(reverse("api:organisation-list")).json()["results"]
    expected = [drfs_own(serializer, rows.get(pk=row["id"])) for row in listed]
    assert len(listed) == 6 and listed == json.loads(json.dumps(expected))
