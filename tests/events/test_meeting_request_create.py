import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from events.models import MeetingRequest
from events.selectors import participant_score
from events.services import meeting_request_create
from tests.events.factories import RegistrationFactory


def test_a_participant_asks_another(meeting_request, registration, other_registration):
    assert meeting_request.status == "requested"
    assert meeting_request.from_registration == registration
    assert meeting_request.to_registration == other_registration


def test_the_pair_is_scored_when_asked(registration, other_registration, member, capability):
    registration.seeks_capabilities.add(capability)
    other_registration.organisation.offers.add(capability)
    request = meeting_request_create(
        from_registration=registration, to_registration=other_registration, user=member
    )
    assert request.score == participant_score(a=registration, b=other_registration)[0] > 0


def test_only_members_of_the_participant_ask(registration, other_registration, other_member):
    with pytest.raises(PermissionDenied):
        meeting_request_create(
            from_registration=registration, to_registration=other_registration, user=other_member
        )


def test_a_pending_participant_cannot_be_asked(registration, member, event):
    pending = RegistrationFactory(event=event, status="pending")
    with pytest.raises(ValidationError, match="approved"):
        meeting_request_create(from_registration=registration, to_registration=pending, user=member)


def test_a_second_open_request_for_the_pair_is_refused(meeting_request, other_member):
    with pytest.raises(ValidationError, match="already"):
        meeting_request_create(
            from_registration=meeting_request.to_registration,
            to_registration=meeting_request.from_registration,
            user=other_member,
        )


def test_the_limit_per_participant_holds(registration, member, event, settings):
    settings.EVENT_MEETING_REQUESTS_LIMIT = 1
    first, second = RegistrationFactory(event=event), RegistrationFactory(event=event)
    meeting_request_create(from_registration=registration, to_registration=first, user=member)
    with pytest.raises(ValidationError, match="limit of 1"):
        meeting_request_create(from_registration=registration, to_registration=second, user=member)
    assert MeetingRequest.objects.count() == 1


def test_a_message_over_500_characters_is_refused(registration, other_registration, member):
    with pytest.raises(ValidationError, match="500"):
        meeting_request_create(
            from_registration=registration, to_registration=other_registration, user=member,
            message="x" * 501,
        )  # fmt: skip
