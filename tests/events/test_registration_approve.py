import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from events.services import registration_approve, registration_reject
from tests.events.factories import RegistrationFactory


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


def test_staff_reject_a_pending_registration(pending, staff_user):
    assert registration_reject(registration=pending, actor=staff_user).status == "rejected"


def test_an_approved_registration_cannot_be_approved_again(registration, staff_user):
    with pytest.raises(ValidationError, match="pending"):
        registration_approve(registration=registration, actor=staff_user)
