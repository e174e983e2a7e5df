import pytest
from django.core.exceptions import PermissionDenied

from events.models import ScheduledMeeting
from events.services import meeting_request_cancel


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
