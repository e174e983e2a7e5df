import datetime

import pytest
from django.utils import timezone

from events import services
from tests.events.factories import (
    DelegateFactory,
    EventFactory,
    MeetingSlotFactory,
    RegistrationFactory,
    TableFactory,
)


@pytest.fixture
def event(db):
    """A published brokerage day in Seoul, open for registration, with three 20-minute slots
    and two tables."""
    event = EventFactory(title="Seoul 5G brokerage day", slug="seoul-5g")
    for _ in range(3):
        MeetingSlotFactory(event=event)
    TableFactory(event=event, name="Table 1")
    TableFactory(event=event, name="Table 2")
    return event


@pytest.fixture
def registration(event, organisation, member):
    """`organisation` (of `member`) takes part, approved, with one delegate."""
    registration = RegistrationFactory(event=event, organisation=organisation)
    DelegateFactory(registration=registration, name="Ada Lovelace", role="CEO")
    return registration


@pytest.fixture
def other_registration(event, other_organisation, other_member):
    """`other_organisation` (of `other_member`) takes part, approved, with one delegate."""
    registration = RegistrationFactory(event=event, organisation=other_organisation)
    DelegateFactory(registration=registration, name="Kim Min-jun", role="Head of R&D")
    return registration


@pytest.fixture
def meeting_request(registration, other_registration, member):
    """`registration` asks `other_registration` for a meeting."""
    return services.meeting_request_create(
        from_registration=registration, to_registration=other_registration, user=member,
        message="A joint 5G pilot?",
    )  # fmt: skip


@pytest.fixture
def accepted_meeting(meeting_request, other_member):
    return services.meeting_request_accept(meeting_request=meeting_request, user=other_member)


@pytest.fixture
def published_meeting(accepted_meeting, event, staff_user):
    """`accepted_meeting`, scheduled and published."""
    services.schedule_run(event=event, actor=staff_user, time_limit=5)
    services.schedule_publish(event=event, actor=staff_user)
    accepted_meeting.refresh_from_db()
    return accepted_meeting


@pytest.fixture
def met_meeting(accepted_meeting, event):
    """`accepted_meeting`, at an event that has started."""
    event.starts_at = timezone.now() - datetime.timedelta(hours=2)
    event.save(update_fields=["starts_at"])
    return accepted_meeting


@pytest.fixture
def event_in_korean(event):
    """`event` with its Korean title and description."""
    event.title_ko = "서울 5G 비즈니스 상담회"
    event.description_ko = "영국과 한국 기업의 일대일 미팅."
    event.save()
    return event


@pytest.fixture
def event_placed_in_korean(event):
    """`event`, at a venue, with its venue and city in Korean too."""
    event.venue, event.venue_ko = "Example conference centre", "예시 컨벤션 센터"
    event.city_ko = "서울"
    event.save()
    return event


@pytest.fixture
def tables_in_korean(event):
    """`event`'s two tables with their Korean names ("테이블 1", "테이블 2")."""
    for table in event.tables.all():
        table.name_ko = table.name.replace("Table", "테이블")
        table.save()
    return event


@pytest.fixture
def names_in_korean(organisation, other_organisation):
    """`organisation` and `other_organisation` with their Korean names."""
    organisation.name_ko, other_organisation.name_ko = "베이즈 예시", "서울 예시"
    organisation.save()
    other_organisation.save()
