"""introduction_transition: acceptance connects the two organisations (their contact details
then follow organisations' one rule)."""

import pytest

from introductions.services import introduction_request, introduction_transition
from organisations.models import OrganisationConnection


def test_acceptance_connects_the_two_organisations(accepted_introduction):
    connection = OrganisationConnection.objects.get()
    pair = {connection.organisation_a, connection.organisation_b}
    assert pair == {
        accepted_introduction.requester_organisation,
        accepted_introduction.requested_organisation,
    }
    assert connection.source == "introduction"


@pytest.mark.parametrize("states", [(), ("forwarded",), ("forwarded", "declined_by_recipient")])
def test_no_connection_without_acceptance(introduction_through, states):
    introduction_through(*states)
    assert not OrganisationConnection.objects.exists()


def test_a_second_introduction_of_the_pair_keeps_one_connection(
    accepted_introduction, other_member, member, staff_user
):
    again = introduction_request(
        requester_organisation=accepted_introduction.requested_organisation,
        requested_organisation=accepted_introduction.requester_organisation,
        requested_by=other_member, message="Round two.", seeking="The same partner.",
    )  # fmt: skip
    introduction_transition(request=again, to_state="forwarded", actor=staff_user)
    introduction_transition(request=again, to_state="introduced", actor=member)
    assert OrganisationConnection.objects.count() == 1
