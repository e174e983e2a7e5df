import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accounts.services import language_preference_set
from introductions.services import introduction_message_send
from tests.factories import MembershipFactory


def test_the_requester_writes_and_the_other_side_is_mailed(
    accepted_introduction, member, other_member, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        message = introduction_message_send(request=accepted_introduction, user=member, body="Hi!")
    assert message.from_organisation == accepted_introduction.requester_organisation
    assert [mail.to for mail in mailoutbox] == [[other_member.email]]
    assert "Hi!" in mailoutbox[0].body


def test_the_recipient_writes_for_its_own_side(accepted_introduction, other_member):
    message = introduction_message_send(
        request=accepted_introduction, user=other_member, body="Hello"
    )
    assert message.from_organisation == accepted_introduction.requested_organisation


def test_the_mail_does_not_disclose_the_writers_address(
    accepted_introduction, member, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        introduction_message_send(request=accepted_introduction, user=member, body="Hello")
    assert member.email not in mailoutbox[0].body + str(mailoutbox[0].reply_to)
    assert mailoutbox[0].from_email != member.email


def test_the_message_is_kept_with_the_request(accepted_introduction, member):
    introduction_message_send(request=accepted_introduction, user=member, body="Kept")
    assert [m.body for m in accepted_introduction.messages.all()] == ["Kept"]


def test_no_message_before_acceptance(forwarded_introduction, member, mailoutbox):
    with pytest.raises(ValidationError, match="accepted"):
        introduction_message_send(request=forwarded_introduction, user=member, body="Hi")
    assert not forwarded_introduction.messages.exists() and not mailoutbox


@pytest.mark.parametrize("body, error", [("   ", "Write"), ("x" * 2001, "2000")])
def test_an_empty_or_too_long_message_is_refused(accepted_introduction, member, body, error):
    with pytest.raises(ValidationError, match=error):
        introduction_message_send(request=accepted_introduction, user=member, body=body)
    assert not accepted_introduction.messages.exists()


@pytest.mark.parametrize("who", ["staff", "outsider"])
def test_only_the_two_sides_write(accepted_introduction, staff_user, who):
    user = staff_user if who == "staff" else MembershipFactory().user
    with pytest.raises(PermissionDenied):
        introduction_message_send(request=accepted_introduction, user=user, body="Hi")
    assert not accepted_introduction.messages.exists()


def test_the_mail_names_the_writer_in_the_readers_language(
    accepted_introduction, member, other_member, mailoutbox, django_capture_on_commit_callbacks
):
    accepted_introduction.requester_organisation.name_ko = "베이즈 예시"
    accepted_introduction.requester_organisation.save()
    language_preference_set(user=other_member, language="ko")
    with django_capture_on_commit_callbacks(execute=True):
        introduction_message_send(request=accepted_introduction, user=member, body="Hi!")
    assert "베이즈 예시의 메시지" in mailoutbox[0].subject
    assert "Bayes" not in mailoutbox[0].subject + mailoutbox[0].body
