import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from events.models import Registration
from events.services import DelegateData, registration_create

DELEGATES = [DelegateData(name="Ada Lovelace", role="CEO", languages="English")]


@pytest.fixture
def register(event, organisation, member):
    def call(**overrides):
        values = {"event": event, "organisation": organisation, "user": member}
        return registration_create(**(values | {"delegates": DELEGATES} | overrides))

    return call


def test_a_member_registers_the_organisation_as_pending(register, capability):
    registration = register(seeking="A 5G testbed", capabilities=[capability])
    assert registration.status == "pending"
    assert [d.name for d in registration.delegates.all()] == ["Ada Lovelace"]
    assert list(registration.seeks_capabilities.all()) == [capability]


def test_availability_is_recorded_per_slot(register, event):
    slot = event.slots.first()
    registration = register(available_slots=[slot])
    assert [a.slot for a in registration.availabilities.all()] == [slot]


def test_outside_the_registration_window_it_is_refused(register, event):
    later = event.registration_closes_at + datetime.timedelta(minutes=1)
    with pytest.raises(ValidationError, match="not open"):
        register(now=later)
    assert not Registration.objects.exists()


def test_a_draft_event_takes_no_registration(register, event):
    event.status = "draft"
    with pytest.raises(ValidationError, match="not open"):
        register(now=timezone.now())


def test_a_non_member_cannot_register_the_organisation(register, other_member):
    with pytest.raises(PermissionDenied):
        register(user=other_member)


def test_twice_is_refused(register):
    register()
    with pytest.raises(ValidationError, match="already registered"):
        register()


def test_at_least_one_delegate_is_needed(register):
    with pytest.raises(ValidationError, match="delegate"):
        register(delegates=[])
