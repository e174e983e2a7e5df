import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from events.models import Availability, MeetingSlot
from events.services import meeting_slot_delete


@pytest.fixture
def slot(event):
    return event.slots.first()


def test_a_free_slot_is_removed(slot, staff_user):
    meeting_slot_delete(slot=slot, actor=staff_user)
    assert not MeetingSlot.objects.filter(pk=slot.pk).exists()


def test_members_cannot_remove_slots(slot, member):
    with pytest.raises(PermissionDenied):
        meeting_slot_delete(slot=slot, actor=member)
    assert MeetingSlot.objects.filter(pk=slot.pk).exists()


def test_a_slot_holding_a_meeting_is_kept(published_meeting, staff_user):
    slot = published_meeting.scheduled.slot
    with pytest.raises(ValidationError, match="1 meeting is scheduled in this slot"):
        meeting_slot_delete(slot=slot, actor=staff_user)
    assert MeetingSlot.objects.filter(pk=slot.pk).exists()


def test_a_participants_only_free_slot_is_kept(slot, registration, staff_user):
    Availability.objects.create(registration=registration, slot=slot)
    with pytest.raises(ValidationError, match="1 participant is free only in this slot"):
        meeting_slot_delete(slot=slot, actor=staff_user)
    assert Availability.objects.filter(slot=slot).exists()


def test_a_slot_among_others_a_participant_is_free_in_is_removed(
    slot, event, registration, staff_user
):
    for free in event.slots.all()[:2]:
        Availability.objects.create(registration=registration, slot=free)
    meeting_slot_delete(slot=slot, actor=staff_user)
    assert registration.availabilities.count() == 1
