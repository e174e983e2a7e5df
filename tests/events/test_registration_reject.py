import pytest
from django.core.exceptions import PermissionDenied, ValidationError

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
