import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from events.services import meeting_request_accept


def test_the_recipient_accepts_with_a_priority(meeting_request, other_member):
    accepted = meeting_request_accept(
        meeting_request=meeting_request, user=other_member, priority=3
    )
    assert (accepted.status, accepted.recipient_priority) == ("accepted", 3)


def test_the_requester_cannot_accept_its_own_request(meeting_request, member):
    with pytest.raises(PermissionDenied):
        meeting_request_accept(meeting_request=meeting_request, user=member)


def test_an_out_of_range_priority_is_refused(meeting_request, other_member):
    with pytest.raises(ValidationError, match="Priority"):
        meeting_request_accept(meeting_request=meeting_request, user=other_member, priority=7)
