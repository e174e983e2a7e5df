import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accounts.services import language_preference_set
from events.services import registration_reject
from tests.events.factories import RegistrationFactory


def test_staff_reject_a_pending_registration(event, staff_user):
    pending = RegistrationFactory(event=event, status="pending")
    assert registration_reject(registration=pending, actor=staff_user).status == "rejected"


def test_an_approved_registration_cannot_be_rejected(registration, staff_user):
    with pytest.raises(ValidationError, match="pending"):
        registration_reject(registration=registration, actor=staff_user)


def test_members_cannot_reject(event, member):
    with pytest.raises(PermissionDenied):
        registration_reject(registration=RegistrationFactory(event=event, status="pending"),
                            actor=member)  # fmt: skip


def test_the_members_are_told_of_the_rejection(
    event, organisation, member, staff_user, mailoutbox, django_capture_on_commit_callbacks
):
    language_preference_set(user=member, language="ko")
    pending = RegistrationFactory(event=event, organisation=organisation, status="pending")
    with django_capture_on_commit_callbacks(execute=True):
        registration_reject(registration=pending, actor=staff_user)
    assert mailoutbox[0].to == [member.email]
    assert (
        mailoutbox[0].subject
        == "[Korea–UK Match] Seoul 5G brokerage day 참가 등록이 승인되지 않았습니다"
    )
    assert f"/ko/events/seoul-5g/me/?as={pending.pk}" in mailoutbox[0].body


def test_a_refused_rejection_mails_no_one(
    registration, staff_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError):
        registration_reject(registration=registration, actor=staff_user)
    assert mailoutbox == []
