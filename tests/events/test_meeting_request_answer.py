import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from events.models import ScheduledMeeting
from events.services import (
    meeting_request_accept,
    meeting_request_cancel,
    meeting_request_decline,
)


def test_the_recipient_accepts_with_a_priority(meeting_request, other_member):
    accepted = meeting_request_accept(
        meeting_request=meeting_request, user=other_member, priority=3
    )
    assert (accepted.status, accepted.recipient_priority) == ("accepted", 3)


def test_the_recipient_declines(meeting_request, other_member):
    assert meeting_request_decline(meeting_request=meeting_request, user=other_member).status == (
        "declined"
    )


def test_the_requester_cannot_accept_its_own_request(meeting_request, member):
    with pytest.raises(PermissionDenied):
        meeting_request_accept(meeting_request=meeting_request, user=member)


def test_an_answered_request_cannot_be_answered_again(accepted_meeting, other_member):
    with pytest.raises(ValidationError, match="already been answered"):
        meeting_request_decline(meeting_request=accepted_meeting, user=other_member)


def test_either_side_cancels(accepted_meeting, member):
    assert meeting_request_cancel(meeting_request=accepted_meeting, user=member).status == (
        "cancelled"
    )


def test_an_outsider_cannot_cancel(accepted_meeting, staff_user):
    with pytest.raises(PermissionDenied):
        meeting_request_cancel(meeting_request=accepted_meeting, user=staff_user)


def test_cancelling_a_published_meeting_frees_its_place_and_mails_both_sides(
    published_meeting, member, mailoutbox, django_capture_on_commit_callbacks
):
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        meeting_request_cancel(meeting_request=published_meeting, user=member)
    assert not ScheduledMeeting.objects.exists()
    assert len(mailoutbox) == 2
