import threading

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection

from accounts.services import language_preference_set
from events.models import Registration
from events.services import registration_approve
from tests.events.factories import RegistrationFactory
from tests.factories import UserFactory


@pytest.fixture
def pending(event):
    return RegistrationFactory(event=event, status="pending")


def test_staff_approve_a_pending_registration(pending, staff_user):
    assert registration_approve(registration=pending, actor=staff_user).status == "approved"


def test_approval_stops_at_capacity(event, pending, staff_user):
    event.capacity = 1
    event.save()
    RegistrationFactory(event=event, status="approved")
    with pytest.raises(ValidationError, match="full"):
        registration_approve(registration=pending, actor=staff_user)
    pending.refresh_from_db()
    assert pending.status == "pending"


def test_members_cannot_approve(pending, member):
    with pytest.raises(PermissionDenied):
        registration_approve(registration=pending, actor=member)


def test_an_approved_registration_cannot_be_approved_again(registration, staff_user):
    with pytest.raises(ValidationError, match="pending"):
        registration_approve(registration=registration, actor=staff_user)


def approve(*, registration_id: int, actor, barrier: threading.Barrier, outcomes: list):
    """One staff member's browser: loads the registration, waits for the other, approves."""
    try:
        seen = Registration.objects.get(pk=registration_id)
        barrier.wait(timeout=30)
        registration_approve(registration=seen, actor=actor)
        outcomes.append("approved")
    except ValidationError:
        outcomes.append("refused")
    except Exception as error:  # noqa: BLE001 - the test reports anything else as a failure
        outcomes.append(repr(error))
    finally:
        connection.close()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs row locks across connections")
@pytest.mark.django_db(transaction=True)
def test_two_staff_approving_the_last_place_at_once_cannot_overfill(event, staff_user):
    event.capacity = 1
    event.save()
    first, second = (RegistrationFactory(event=event, status="pending") for _ in range(2))
    barrier, outcomes = threading.Barrier(2), []
    threads = [
        threading.Thread(target=approve, kwargs={
            "registration_id": registration.pk, "actor": actor, "barrier": barrier,
            "outcomes": outcomes,
        })
        for registration, actor in [(first, staff_user), (second, UserFactory(is_staff=True))]
    ]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["approved", "refused"]
    assert Registration.objects.filter(status="approved").count() == 1


def test_the_members_are_told_of_the_approval_with_a_link(
    event, organisation, member, staff_user, mailoutbox, django_capture_on_commit_callbacks,
    settings,
):  # fmt: skip
    settings.SITE_URL = "https://example.org"
    pending = RegistrationFactory(event=event, organisation=organisation, status="pending")
    with django_capture_on_commit_callbacks(execute=True):
        registration_approve(registration=pending, actor=staff_user)
    (mail,) = mailoutbox
    assert mail.to == [member.email]
    assert (
        mail.subject == "[Korea–UK Match] Your registration for Seoul 5G brokerage day is approved"
    )
    assert f"https://example.org/events/seoul-5g/me/?as={pending.pk}" in mail.body


def test_a_korean_member_is_told_in_korean(
    event, organisation, member, staff_user, mailoutbox, django_capture_on_commit_callbacks
):
    language_preference_set(user=member, language="ko")
    pending = RegistrationFactory(event=event, organisation=organisation, status="pending")
    with django_capture_on_commit_callbacks(execute=True):
        registration_approve(registration=pending, actor=staff_user)
    assert (
        mailoutbox[0].subject
        == "[Korea–UK Match] Seoul 5G brokerage day 참가 등록이 승인되었습니다"
    )
    assert "/ko/events/seoul-5g/me/" in mailoutbox[0].body


def test_a_refused_approval_mails_no_one(
    registration, staff_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError):
        registration_approve(registration=registration, actor=staff_user)
    assert mailoutbox == []
