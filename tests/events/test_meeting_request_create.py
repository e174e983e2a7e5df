import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accounts.services import language_preference_set
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


def test_the_participant_asked_is_mailed_with_a_link_to_answer(
    registration, other_registration, member, other_member, mailoutbox,
    django_capture_on_commit_callbacks, settings,
):  # fmt: skip
    settings.SITE_URL = "https://example.org"
    with django_capture_on_commit_callbacks(execute=True):
        meeting_request_create(
            from_registration=registration, to_registration=other_registration, user=member
        )
    (mail,) = mailoutbox
    assert mail.to == [other_member.email]
    assert f"{registration.organisation.name} asks to meet you at Seoul 5G" in mail.body
    assert f"https://example.org/events/seoul-5g/me/?as={other_registration.pk}#" in mail.body


def test_a_korean_reader_is_told_of_the_request_in_korean(
    registration, other_registration, member, other_member, mailoutbox,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    language_preference_set(user=other_member, language="ko")
    with django_capture_on_commit_callbacks(execute=True):
        meeting_request_create(
            from_registration=registration, to_registration=other_registration, user=member
        )
    assert "미팅 요청" in mailoutbox[0].subject
    assert "/ko/events/seoul-5g/me/" in mailoutbox[0].body


def test_a_refused_request_mails_no_one(
    meeting_request, registration, other_registration, member, mailoutbox,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError):
        meeting_request_create(
            from_registration=registration, to_registration=other_registration, user=member
        )
    assert mailoutbox == []
