from smtplib import SMTPException

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail.backends.locmem import EmailBackend

from accounts.services import language_preference_set
from events.models import ScheduledMeeting
from events.services import schedule_publish, schedule_run
from tests.factories import MembershipFactory, UserFactory


@pytest.fixture
def drafted(accepted_meeting, event, staff_user):
    schedule_run(event=event, actor=staff_user, time_limit=5)
    return accepted_meeting


def test_publishing_marks_the_placements_published(drafted, event, staff_user):
    assert schedule_publish(event=event, actor=staff_user) == 1
    assert ScheduledMeeting.objects.get().published


def test_both_sides_are_mailed_the_change(
    drafted, event, staff_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        schedule_publish(event=event, actor=staff_user)
    assert len(mailoutbox) == 2
    assert "Seoul 5G brokerage day" in mailoutbox[0].subject
    assert "/events/seoul-5g/agenda/" in mailoutbox[0].body


def test_nothing_new_is_refused_and_mails_no_one(
    published_meeting, event, staff_user, mailoutbox, django_capture_on_commit_callbacks
):
    mailoutbox.clear()
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(ValidationError, match="already published"),
    ):
        schedule_publish(event=event, actor=staff_user)
    assert mailoutbox == []


def test_an_event_with_no_scheduled_meeting_is_refused(event, staff_user, mailoutbox):
    with pytest.raises(ValidationError, match="run the scheduler first"):
        schedule_publish(event=event, actor=staff_user)
    assert mailoutbox == []


def test_members_cannot_publish(event, member):
    with pytest.raises(PermissionDenied):
        schedule_publish(event=event, actor=member)


def test_deactivated_members_are_not_mailed_the_change(
    drafted, event, staff_user, mailoutbox, django_capture_on_commit_callbacks
):
    MembershipFactory(
        organisation=drafted.from_registration.organisation,
        user=UserFactory(email="gone@example.com", is_active=False),
    )
    with django_capture_on_commit_callbacks(execute=True):
        schedule_publish(event=event, actor=staff_user)
    assert all("gone@example.com" not in message.to for message in mailoutbox)


def test_a_korean_member_gets_the_subject_with_the_korean_title(
    drafted,
    event_in_korean,
    staff_user,
    member,
    other_member,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    language_preference_set(user=member, language="ko")
    with django_capture_on_commit_callbacks(execute=True):
        schedule_publish(event=event_in_korean, actor=staff_user)
    subjects = {message.to[0]: message.subject for message in mailoutbox}
    assert "서울 5G 비즈니스 상담회" in subjects[member.email]
    assert "Seoul 5G brokerage day" in subjects[other_member.email]


def test_a_korean_member_is_told_of_the_schedule_by_the_korean_name(
    drafted,
    event,
    staff_user,
    member,
    names_in_korean,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    language_preference_set(user=member, language="ko")
    with django_capture_on_commit_callbacks(execute=True):
        schedule_publish(event=event, actor=staff_user)
    bodies = {message.to[0]: message.body for message in mailoutbox}
    assert "베이즈 예시의 미팅 일정이 변경되었습니다" in bodies[member.email]
    assert (
        "The meeting schedule of Seoul Example Co"
        in bodies[drafted.to_registration.organisation.memberships.get().user.email]
    )


def test_the_schedule_mail_has_the_sites_subject_prefix(
    drafted, event, staff_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        schedule_publish(event=event, actor=staff_user)
    assert all(m.subject.startswith("[Korea–UK Match] ") for m in mailoutbox)


def test_each_member_gets_a_schedule_mail_of_their_own(
    drafted, event, staff_user, member, mailoutbox, django_capture_on_commit_callbacks
):
    colleague = MembershipFactory(organisation=drafted.from_registration.organisation).user
    with django_capture_on_commit_callbacks(execute=True):
        schedule_publish(event=event, actor=staff_user)
    mailed = [message.to for message in mailoutbox]
    assert [member.email] in mailed and [colleague.email] in mailed


def _mail_server_down(self, messages):
    raise SMTPException("Connection refused")


def test_a_mail_server_that_is_down_leaves_the_schedule_published(
    drafted, event, staff_user, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(EmailBackend, "send_messages", _mail_server_down)
    with django_capture_on_commit_callbacks(execute=True):
        assert schedule_publish(event=event, actor=staff_user) == 1
    assert ScheduledMeeting.objects.get().published
