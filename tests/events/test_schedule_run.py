import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import translation

from events.models import Availability, MeetingRequestStatus, ScheduledMeeting, UnplacedMeeting
from events.services import schedule_run
from tests.events.factories import MeetingRequestFactory, RegistrationFactory


def test_an_accepted_meeting_gets_a_slot_and_a_table(accepted_meeting, event, staff_user):
    schedule_run(event=event, actor=staff_user, time_limit=5)
    placed = ScheduledMeeting.objects.get()
    assert placed.meeting_request == accepted_meeting and not placed.published


def test_a_meeting_without_a_common_slot_is_listed_with_the_reason(
    accepted_meeting, event, staff_user
):
    first, second = event.slots.all()[:2]
    Availability.objects.create(registration=accepted_meeting.from_registration, slot=first)
    Availability.objects.create(registration=accepted_meeting.to_registration, slot=second)
    schedule_run(event=event, actor=staff_user, time_limit=5)
    assert UnplacedMeeting.objects.get().reason == "no_common_slot"


def test_a_rerun_keeps_a_published_meeting_in_place(published_meeting, event, staff_user):
    before = ScheduledMeeting.objects.get()
    schedule_run(event=event, actor=staff_user, time_limit=5)
    after = ScheduledMeeting.objects.get()
    assert (after.pk, after.slot, after.table, after.published) == (
        before.pk, before.slot, before.table, True,
    )  # fmt: skip


def test_a_requested_meeting_is_not_scheduled(meeting_request, event, staff_user):
    schedule_run(event=event, actor=staff_user, time_limit=5)
    assert not ScheduledMeeting.objects.exists()


def test_without_tables_it_says_what_is_missing(accepted_meeting, event, staff_user):
    event.tables.all().delete()
    with pytest.raises(ValidationError, match="tables"):
        schedule_run(event=event, actor=staff_user)


def test_members_cannot_run_it(event, member):
    with pytest.raises(PermissionDenied):
        schedule_run(event=event, actor=member)


def test_clashing_published_meetings_are_named_in_the_readers_language(
    published_meeting, registration, event, staff_user
):
    placed = ScheduledMeeting.objects.get()
    clash = MeetingRequestFactory(
        from_registration=registration, to_registration=RegistrationFactory(event=event),
        status=MeetingRequestStatus.ACCEPTED,
    )  # fmt: skip
    table = event.tables.exclude(pk=placed.table_id).get()
    ScheduledMeeting.objects.create(
        meeting_request=clash, slot=placed.slot, table=table, published=True
    )
    with translation.override("ko"), pytest.raises(ValidationError) as refused:
        schedule_run(event=event, actor=staff_user, time_limit=5)
    assert refused.value.messages == [f"고정된 미팅 {clash.pk}이(가) 다른 미팅과 겹칩니다."]
