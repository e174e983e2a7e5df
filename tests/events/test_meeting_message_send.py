import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accounts.services import language_preference_set
from events.services import meeting_message_send
from tests.factories import MembershipFactory


def test_a_side_writes_and_the_other_side_is_mailed(
    accepted_meeting, member, other_member, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        message = meeting_message_send(meeting_request=accepted_meeting, user=member, body="Hi!")
    assert message.from_registration == accepted_meeting.from_registration
    assert mailoutbox[0].to == [other_member.email]
    assert "Hi!" in mailoutbox[0].body


def test_each_reader_gets_the_message_mail_in_their_language(
    accepted_meeting, member, other_member, mailoutbox, django_capture_on_commit_callbacks
):
    language_preference_set(user=other_member, language="ko")
    colleague = MembershipFactory(organisation=accepted_meeting.to_registration.organisation).user
    with django_capture_on_commit_callbacks(execute=True):
        meeting_message_send(meeting_request=accepted_meeting, user=member, body="Hi!")
    subjects = {message.to[0]: message.subject for message in mailoutbox}
    writer = accepted_meeting.from_registration.organisation.name
    assert subjects[other_member.email].startswith(f"[Korea–UK Match] {writer}의 메시지")
    assert subjects[colleague.email].startswith(f"[Korea–UK Match] A message from {writer}")


def test_the_mail_does_not_disclose_the_writers_address(
    accepted_meeting, member, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        meeting_message_send(meeting_request=accepted_meeting, user=member, body="Hello")
    assert member.email not in mailoutbox[0].body + str(mailoutbox[0].reply_to)


def test_no_message_before_acceptance(meeting_request, member):
    with pytest.raises(ValidationError, match="accepted"):
        meeting_message_send(meeting_request=meeting_request, user=member, body="Hi")
    assert not meeting_request.messages.exists()


def test_a_message_over_2000_characters_is_refused(accepted_meeting, member):
    with pytest.raises(ValidationError, match="2000"):
        meeting_message_send(meeting_request=accepted_meeting, user=member, body="x" * 2001)


def test_an_empty_message_is_refused(accepted_meeting, member):
    with pytest.raises(ValidationError, match="Write"):
        meeting_message_send(meeting_request=accepted_meeting, user=member, body="   ")


@pytest.mark.parametrize("who", ["staff", "outsider"])
def test_only_the_two_sides_write(accepted_meeting, staff_user, who):
    user = staff_user if who == "staff" else MembershipFactory().user
    with pytest.raises(PermissionDenied):
        meeting_message_send(meeting_request=accepted_meeting, user=user, body="Hi")


def test_a_korean_reader_gets_the_event_title_in_korean(
    accepted_meeting, event_in_korean, member, other_member, mailoutbox,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    language_preference_set(user=other_member, language="ko")
    with django_capture_on_commit_callbacks(execute=True):
        meeting_message_send(meeting_request=accepted_meeting, user=member, body="Hi!")
    assert "(서울 5G 비즈니스 상담회)" in mailoutbox[0].subject
    assert "서울 5G 비즈니스 상담회" in mailoutbox[0].body


def test_each_reader_gets_the_writers_name_in_their_language(
    accepted_meeting,
    member,
    other_member,
    names_in_korean,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    language_preference_set(user=other_member, language="ko")
    colleague = MembershipFactory(organisation=accepted_meeting.to_registration.organisation).user
    with django_capture_on_commit_callbacks(execute=True):
        meeting_message_send(meeting_request=accepted_meeting, user=member, body="Hi!")
    mail = {message.to[0]: message for message in mailoutbox}
    assert mail[other_member.email].subject.startswith("[Korea–UK Match] 베이즈 예시의 메시지")
    assert "베이즈 예시에서" in mail[other_member.email].body
    assert mail[colleague.email].subject.startswith(
        "[Korea–UK Match] A message from Bayes Example Ltd"
    )


def test_the_mail_links_to_the_readers_event_page_in_their_language(
    accepted_meeting, member, other_member, mailoutbox, django_capture_on_commit_callbacks,
    settings,
):  # fmt: skip
    settings.SITE_URL = "https://example.org"
    language_preference_set(user=other_member, language="ko")
    with django_capture_on_commit_callbacks(execute=True):
        meeting_message_send(meeting_request=accepted_meeting, user=member, body="Hi!")
    link = f"https://example.org/ko/events/seoul-5g/me/?as={accepted_meeting.to_registration.pk}"
    assert f"{link}#meeting-{accepted_meeting.pk}" in mailoutbox[0].body
