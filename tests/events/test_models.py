import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from events.models import MeetingRequest
from events.models.event import time_zone_validate
from tests.events.factories import EventFactory, MeetingRequestFactory, RegistrationFactory


def test_an_event_cannot_end_before_it_starts(db):
    with pytest.raises(IntegrityError):
        EventFactory(ends_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC))


def test_an_organisation_registers_once_per_event(registration):
    with pytest.raises(IntegrityError):
        RegistrationFactory(event=registration.event, organisation=registration.organisation)


def test_a_participant_cannot_ask_itself(registration):
    with pytest.raises(IntegrityError):
        MeetingRequestFactory(from_registration=registration, to_registration=registration)


def test_only_one_open_request_per_pair_whichever_way(meeting_request):
    with pytest.raises(IntegrityError):
        MeetingRequestFactory(
            from_registration=meeting_request.to_registration,
            to_registration=meeting_request.from_registration,
        )


def test_a_closed_request_does_not_block_a_new_one(meeting_request):
    MeetingRequest.objects.filter(pk=meeting_request.pk).update(status="declined")
    MeetingRequestFactory(
        from_registration=meeting_request.to_registration,
        to_registration=meeting_request.from_registration,
    )
    assert MeetingRequest.objects.count() == 2


def test_an_unknown_time_zone_is_refused():
    with pytest.raises(ValidationError, match="IANA"):
        time_zone_validate("Mars/Olympus")


def test_an_event_with_only_a_korean_city_is_not_online_only(db):
    event = EventFactory(city="", city_ko="서울", online_url="https://meet.example/x")
    assert not event.is_online
    event.city_ko = ""
    assert event.is_online


def test_an_end_before_the_start_breaks_a_constraint_that_says_why(db):
    event = EventFactory.build()
    event.ends_at = event.starts_at
    with pytest.raises(ValidationError, match="The event must end after it starts."):
        event.validate_constraints()


def test_a_negative_capacity_breaks_a_constraint_that_says_why(db):
    with pytest.raises(ValidationError, match="The capacity cannot be negative."):
        EventFactory.build(capacity=-1).validate_constraints()
