"""Staff-only writes the API adds to the profile and opportunity services: external ids and
deletion."""

import pytest
from django.core.exceptions import ValidationError

from opportunities.models import Opportunity
from opportunities.services import opportunity_delete, opportunity_external_id_set
from organisations.models import Organisation
from organisations.services import organisation_delete, organisation_external_id_set
from tests.factories import OpportunityFactory, OrganisationFactory


def test_an_organisation_external_id_is_set_trimmed(organisation):
    organisation_external_id_set(organisation=organisation, external_id=" crm-1 ")
    assert Organisation.objects.get(pk=organisation.pk).external_id == "crm-1"


def test_a_taken_organisation_external_id_is_a_conflict(organisation):
    OrganisationFactory(external_id="crm-1")
    with pytest.raises(ValidationError) as raised:
        organisation_external_id_set(organisation=organisation, external_id="crm-1")
    assert raised.value.error_dict["external_id"][0].code == "conflict"


def test_many_organisations_may_have_no_external_id(organisation, other_organisation):
    organisation_external_id_set(organisation=organisation, external_id="")
    organisation_external_id_set(organisation=other_organisation, external_id="")
    assert Organisation.objects.filter(external_id="").count() == 2


def test_an_opportunity_external_id_is_set(db):
    opportunity = OpportunityFactory()
    opportunity_external_id_set(opportunity=opportunity, external_id="call-1")
    assert Opportunity.objects.get().external_id == "call-1"


def test_a_taken_opportunity_external_id_is_a_conflict(db):
    OpportunityFactory(external_id="call-1")
    with pytest.raises(ValidationError, match="already has the external id"):
        opportunity_external_id_set(opportunity=OpportunityFactory(), external_id="call-1")


def test_deleting(organisation):
    organisation_delete(organisation=organisation)
    opportunity_delete(opportunity=OpportunityFactory())
    assert (Organisation.objects.count(), Opportunity.objects.count()) == (0, 0)
