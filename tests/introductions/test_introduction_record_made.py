import pytest
from django.core.exceptions import ValidationError

from introductions.services import introduction_record_made
from organisations.models import OrganisationConnection


@pytest.fixture
def made(organisation, other_organisation, member):
    return introduction_record_made(
        requester_organisation=organisation, requested_organisation=other_organisation,
        actor=member, message="A joint 5G pilot", note="Met at the Seoul brokerage day.",
    )  # fmt: skip


def test_it_starts_introduced_with_its_audit_trail(made):
    event = made.events.get()
    assert (made.state, event.from_state, event.to_state) == ("introduced", "", "introduced")


def test_it_connects_the_two_organisations(made):
    assert OrganisationConnection.objects.get().source == "introduction"


def test_a_pair_already_introduced_keeps_its_request(made, organisation, other_organisation):
    again = introduction_record_made(
        requester_organisation=other_organisation, requested_organisation=organisation,
        actor=None, message="Again", note="Met again.",
    )  # fmt: skip
    assert again == made


def test_an_organisation_is_not_introduced_to_itself(organisation):
    with pytest.raises(ValidationError):
        introduction_record_made(
            requester_organisation=organisation, requested_organisation=organisation,
            actor=None, message="x", note="y",
        )  # fmt: skip
