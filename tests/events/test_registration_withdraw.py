import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from events.models import ScheduledMeeting
from events.services import registration_withdraw


def test_a_member_withdraws_the_organisation(registration, member):
    assert registration_withdraw(registration=registration, user=member).status == "withdrawn"


def test_its_open_requests_are_called_off(meeting_request, registration, member):
    registration_withdraw(registration=registration, user=member)
    meeting_request.refresh_from_db()
    assert meeting_request.status == "cancelled"


def test_its_published_meetings_leave_the_schedule(published_meeting, registration, member):
    registration_withdraw(registration=registration, user=member)
    assert not ScheduledMeeting.objects.exists()


def test_others_cannot_withdraw_it(registration, other_member):
    with pytest.raises(PermissionDenied):
        registration_withdraw(registration=registration, user=other_member)


def test_twice_is_refused(registration, member):
    registration_withdraw(registration=registration, user=member)
    with pytest.raises(ValidationError, match="no longer active"):
        registration_withdraw(registration=registration, user=member)
