"""Factories of the events app (kept beside its tests while the other apps are restructured;
they can join tests/factories.py afterwards)."""

import datetime

import factory
from django.utils import timezone

from events.models import (
    Delegate,
    Event,
    EventKind,
    EventStatus,
    MeetingRequest,
    MeetingSlot,
    Registration,
    RegistrationStatus,
    Session,
    Table,
)
from tests.factories import OrganisationFactory


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"event-{n}")
    title = factory.Sequence(lambda n: f"Brokerage day {n}")
    kind = EventKind.BROKERAGE_DAY
    time_zone = "Asia/Seoul"
    city = "Seoul"
    country = "KR"
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    ends_at = factory.LazyAttribute(lambda e: e.starts_at + datetime.timedelta(hours=8))
    registration_opens_at = factory.LazyAttribute(
        lambda e: min(timezone.now(), e.starts_at) - datetime.timedelta(days=60)
    )
    registration_closes_at = factory.LazyAttribute(
        lambda e: e.starts_at - datetime.timedelta(days=1)
    )
    status = EventStatus.PUBLISHED


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session

    event = factory.SubFactory(EventFactory)
    title = factory.Sequence(lambda n: f"Site visit {n}")
    kind = "site_visit"
    starts_at = factory.LazyAttribute(lambda s: s.event.starts_at)
    ends_at = factory.LazyAttribute(lambda s: s.starts_at + datetime.timedelta(hours=1))
    place = "Pangyo Techno Valley"


class MeetingSlotFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MeetingSlot

    event = factory.SubFactory(EventFactory)
    starts_at = factory.Sequence(
        lambda n: (
            timezone.now().replace(microsecond=0) + datetime.timedelta(days=30, minutes=20 * n)
        )
    )
    ends_at = factory.LazyAttribute(lambda s: s.starts_at + datetime.timedelta(minutes=20))


class TableFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Table

    event = factory.SubFactory(EventFactory)
    name = factory.Sequence(lambda n: f"Table {n}")


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    event = factory.SubFactory(EventFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    status = RegistrationStatus.APPROVED
    seeking = "Partners for a 5G pilot."


class DelegateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Delegate

    registration = factory.SubFactory(RegistrationFactory)
    name = factory.Sequence(lambda n: f"Delegate {n}")
    role = "CTO"
    languages = "English, Korean"


class MeetingRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MeetingRequest

    from_registration = factory.SubFactory(RegistrationFactory)
    to_registration = factory.SubFactory(
        RegistrationFactory, event=factory.SelfAttribute("..from_registration.event")
    )
    event = factory.SelfAttribute("from_registration.event")
    message = "Shall we talk about a pilot?"
