import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from events.services import meeting_request_decline


def test_the_recipient_declines(meeting_request, other_member):
    declined = meeting_request_decline(meeting_request=meeting_request, user=other_member)
    assert declined.status == "declined"


def test_an_answered_request_cannot_be_answered_again(accepted_meeting, other_member):
    with pytest.raises(ValidationError, match="already been answered"):
        meeting_request_decline(meeting_request=accepted_meeting, user=other_member)


def test_an_outsider_cannot_decline(meeting_request, staff_user):
    with pytest.raises(PermissionDenied):
        meeting_request_decline(meeting_request=meeting_request, user=staff_user)
