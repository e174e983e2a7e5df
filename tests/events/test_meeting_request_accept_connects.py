from events.services import meeting_request_accept
from organisations.models import OrganisationConnection


def test_accepting_connects_the_two_organisations(meeting_request, other_member):
    meeting_request_accept(meeting_request=meeting_request, user=other_member)
    connection = OrganisationConnection.objects.get()
    assert connection.source == "event_meeting"


def test_a_request_not_yet_accepted_connects_nobody(meeting_request):
    assert not OrganisationConnection.objects.exists()
