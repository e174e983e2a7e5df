import pytest
from django.core.exceptions import ValidationError

from organisations.models import OrganisationConnection
from organisations.services import organisation_connection_create


def test_one_row_per_pair_whichever_side_it_comes_from(organisation, other_organisation):
    first = organisation_connection_create(
        between=other_organisation, and_=organisation, source="introduction"
    )
    again = organisation_connection_create(
        between=organisation, and_=other_organisation, source="introduction"
    )
    assert again == first and OrganisationConnection.objects.count() == 1


def test_the_pair_is_stored_lower_id_first(organisation, other_organisation):
    connection = organisation_connection_create(
        between=other_organisation, and_=organisation, source="introduction"
    )
    assert connection.organisation_a_id < connection.organisation_b_id


@pytest.mark.parametrize("source", ["introduction", "gossip"])
def test_refuses_itself_and_unknown_sources(organisation, other_organisation, source):
    other = organisation if source == "introduction" else other_organisation
    with pytest.raises(ValidationError):
        organisation_connection_create(between=organisation, and_=other, source=source)
    assert not OrganisationConnection.objects.exists()
