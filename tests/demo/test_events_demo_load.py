import datetime
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from demo.data.events import (
    AGENDA_EVENT,
    EVENTS,
    EXAMPLE_BROKERAGE_DAY,
    ICT_EXPERT_MISSION_2018,
    SEMICONDUCTOR_RESEARCHER_FORUM_2024,
    SEOUL,
    at,
)
from events.models import (
    Availability,
    Delegate,
    Event,
    MeetingRequest,
    MeetingSlot,
    Registration,
    ScheduledMeeting,
    Session,
    Table,
)
from organisations.models import OrganisationConnection

EVENT_MODELS = [
    Event, Event.organisers.through, Event.opportunities.through, Session,
    Session.organisations.through, Registration, Delegate, MeetingSlot, Table, MeetingRequest,
    ScheduledMeeting, OrganisationConnection,
]  # fmt: skip


# Two years and more after the example day's written date (16 March 2027): its times move on
# three years, to 2030, and its registration opens on 1 September 2028.
LATER_DAY = datetime.date(2029, 7, 1)
LATER_NOW = datetime.datetime(2029, 7, 1, 12, tzinfo=datetime.UTC)


def _dump() -> dict:
    return {model: list(model.objects.order_by("pk").values()) for model in EVENT_MODELS}


def _load_demo() -> str:
    output = StringIO()
    call_command("load_demo", stdout=output)
    return output.getvalue()


def _clock_set(monkeypatch, *, now: datetime.datetime) -> None:
    monkeypatch.setattr(timezone, "now", lambda: now)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: now.date())


def _three_years_on(moments) -> list[datetime.datetime]:
    # Seoul has no summer time, so the same wall-clock time is the same instant's year + 3.
    return [moment.replace(year=moment.year + 3) for moment in moments]


@pytest.fixture
def loaded_later(db, demo_password, monkeypatch):
    _clock_set(monkeypatch, now=LATER_NOW)
    return _load_demo()


def test_the_mission_has_the_delegation_the_report_names(demo_loaded):
    mission = Event.objects.get(slug="ict-expert-mission-south-korea-2018")
    names = set(mission.registrations.values_list("organisation__name", flat=True))
    assert {"Bayes Server", "Ordnance Survey", "Digital Catapult"} <= names
    assert mission.sessions.filter(title__contains="PyeongChang").exists()


def test_the_researcher_forum_prepares_the_joint_call(demo_loaded):
    forum = Event.objects.get(slug="korea-eu-researcher-forum-semiconductors-2024")
    assert (forum.city, forum.starts_at.year, forum.starts_at.month) == ("Brussels", 2024, 3)
    assert forum.opportunities.filter(external_id="demo-opp-rok-eu-semiconductor-research")


def test_the_sme_login_opens_its_agenda_with_published_meetings(demo_loaded, client):
    client.force_login(get_user_model().objects.get(username="sme"))
    page = client.get(f"/events/{AGENDA_EVENT}/agenda/").content.decode()
    assert "Fenmore Silicon (example)" in page and "Table 1" in page


def test_the_korea_login_opens_its_agenda_with_uk_delegates(demo_loaded, client):
    client.force_login(get_user_model().objects.get(username="korea"))
    page = client.get(f"/events/{AGENDA_EVENT}/agenda/").content.decode()
    assert "Mersey Factory Analytics (example)" in page and "Penhallow" in page
    assert "Table 2" in page


def test_the_example_day_has_korean_participants_with_delegates(demo_loaded):
    event = Event.objects.get(slug=AGENDA_EVENT)
    korean = event.registrations.filter(organisation__country="KR")
    assert korean.count() == 3
    assert Delegate.objects.filter(registration__in=korean, languages__contains="Korean").exists()
    accepted = MeetingRequest.objects.filter(event=event, status="accepted")
    assert accepted.filter(from_registration__in=korean).count() >= 2


def test_the_command_says_where_the_agenda_is(db, demo_password):
    output = StringIO()
    call_command("load_demo", stdout=output)
    assert f"/events/{AGENDA_EVENT}/agenda/" in output.getvalue()


def test_a_second_run_changes_no_event_data(demo_loaded):
    before = _dump()
    output = StringIO()
    call_command("load_demo", stdout=output)
    assert _dump() == before
    assert "0 created, 0 updated, 0 removed" in output.getvalue()


def test_the_events_and_their_sessions_are_loaded_with_their_korean_text(demo_loaded):
    mission = Event.objects.get(slug=ICT_EXPERT_MISSION_2018.slug)
    assert (mission.title_ko, mission.description_ko) == (
        ICT_EXPERT_MISSION_2018.title_ko, ICT_EXPERT_MISSION_2018.description_ko
    )  # fmt: skip
    titles = set(Session.objects.values_list("title_ko", flat=True))
    assert titles == {s.title_ko for seed in EVENTS for s in seed.sessions}


def test_an_existing_database_gets_the_korean_text_on_the_next_load(demo_loaded):
    Event.objects.update(title_ko="", description_ko="")
    Session.objects.update(title_ko="", description_ko="")
    _load_demo()
    assert not Event.objects.filter(title_ko="").exists()
    assert not Session.objects.filter(title_ko="").exists()


def test_the_events_and_sessions_are_loaded_with_their_korean_places(demo_loaded):
    example = Event.objects.get(slug=EXAMPLE_BROKERAGE_DAY.slug)
    assert (example.venue_ko, example.city_ko) == ("예시 컨벤션 센터", "서울")
    assert Event.objects.get(slug=SEMICONDUCTOR_RESEARCHER_FORUM_2024.slug).city_ko == "브뤼셀"
    places = set(Session.objects.exclude(place="").values_list("place", "place_ko"))
    assert places == {("PyeongChang", "평창"), ("Main hall", "메인 홀")}


def test_an_existing_database_gets_the_korean_places_on_the_next_load(demo_loaded):
    Event.objects.update(venue_ko="", city_ko="")
    Session.objects.update(place_ko="")
    _load_demo()
    assert not Event.objects.filter(city_ko="").exists()
    assert not Session.objects.exclude(place="").filter(place_ko="").exists()


def test_the_example_day_tables_have_both_names(demo_loaded):
    tables = Table.objects.filter(event__slug=EXAMPLE_BROKERAGE_DAY.slug).order_by("pk")
    assert list(tables.values_list("name", "name_ko")) == [
        ("Table 1", "테이블 1"), ("Table 2", "테이블 2"),
    ]  # fmt: skip


def test_an_existing_database_gets_the_korean_table_names_on_the_next_load(demo_loaded):
    Table.objects.update(name_ko="")
    assert "event tables: 2 (0 created, 2 updated)" in _load_demo()
    assert not Table.objects.filter(name_ko="").exists()


def test_a_korean_reader_sees_the_example_day_tables_in_korean(demo_loaded, client):
    client.force_login(get_user_model().objects.get(username="korea"))
    page = client.get(f"/ko/events/{AGENDA_EVENT}/agenda/").text
    assert '<span lang="ko">테이블 2</span>' in page and ">Table 2<" not in page


def test_a_korean_reader_sees_where_the_example_day_is_in_korean(demo_loaded, client):
    page = client.get(f"/ko/events/{AGENDA_EVENT}/").text
    assert '대한민국 <span lang="ko">서울</span>, <span lang="ko">예시 컨벤션 센터</span>' in page


def test_a_korean_reader_sees_the_example_day_in_korean(demo_loaded, client):
    page = client.get(f"/ko/events/{AGENDA_EVENT}/").text
    assert '<span lang="ko">한영 비즈니스 상담회 (예시)</span>' in page


def test_loaded_years_later_the_example_day_is_upcoming_with_registration_open(loaded_later):
    event = Event.objects.get(slug=AGENDA_EVENT)
    assert event.starts_at > LATER_NOW and event.registration_open(now=LATER_NOW)
    assert (event.starts_at, event.ends_at) == (
        at(SEOUL, 2030, 3, 16, 9),
        at(SEOUL, 2030, 3, 16, 17),
    )
    assert (event.registration_opens_at, event.registration_closes_at) == (
        at(SEOUL, 2028, 9, 1),
        at(SEOUL, 2030, 3, 9),
    )


def test_loaded_years_later_its_sessions_slots_and_meetings_move_with_it(loaded_later):
    event = Event.objects.get(slug=AGENDA_EVENT)
    sessions = event.sessions.order_by("starts_at")
    assert [(s.starts_at, s.ends_at) for s in sessions] == list(
        zip(
            _three_years_on(s.starts_at for s in EXAMPLE_BROKERAGE_DAY.sessions),
            _three_years_on(s.ends_at for s in EXAMPLE_BROKERAGE_DAY.sessions),
            strict=True,
        )
    )
    moved_slots = _three_years_on(EXAMPLE_BROKERAGE_DAY.slots)
    assert list(MeetingSlot.objects.filter(event=event).values_list("starts_at", flat=True)) == (
        moved_slots
    )
    for meeting in EXAMPLE_BROKERAGE_DAY.meetings:
        request = MeetingRequest.objects.get(
            event=event,
            from_registration__organisation__external_id=meeting.requester,
            to_registration__organisation__external_id=meeting.recipient,
        )
        assert request.decided_at == event.registration_closes_at
        assert request.scheduled.slot.starts_at == moved_slots[meeting.slot]
        assert request.scheduled.published_at == event.registration_closes_at


@pytest.fixture
def tried_then_loaded_later(db, demo_password, monkeypatch):
    """The demo loaded in December 2026 and tried (a participant said when it is free, staff
    placed one more meeting), then loaded again in 2029."""
    _clock_set(monkeypatch, now=datetime.datetime(2026, 12, 3, 12, tzinfo=datetime.UTC))
    _load_demo()
    event = Event.objects.get(slug=AGENDA_EVENT)
    first_slot, last_slot = (
        event.slots.order_by("starts_at")[0],
        event.slots.order_by("starts_at")[3],
    )
    kestrel, openwave = (
        event.registrations.get(organisation__external_id=f"demo-example-{name}")
        for name in ("kestrel-responsible-ai", "pangyo-openwave")
    )
    Availability.objects.create(registration=kestrel, slot=first_slot)
    ScheduledMeeting.objects.create(
        meeting_request=MeetingRequest.objects.create(
            event=event, from_registration=kestrel, to_registration=openwave, status="accepted"
        ),
        slot=last_slot,
        table=Table.objects.get(event=event, name="Table 2"),
    )
    _clock_set(monkeypatch, now=LATER_NOW)
    return _load_demo()


def test_a_later_load_moves_the_slots_instead_of_adding_new_ones(tried_then_loaded_later):
    starts = MeetingSlot.objects.filter(event__slug=AGENDA_EVENT).order_by("starts_at")
    assert list(starts.values_list("starts_at", flat=True)) == (
        _three_years_on(EXAMPLE_BROKERAGE_DAY.slots)
    )
    assert "event meeting slots: 4 (0 created, 4 updated)" in tried_then_loaded_later


def test_what_was_done_in_the_demo_moves_with_the_event(tried_then_loaded_later):
    moved_slots = _three_years_on(EXAMPLE_BROKERAGE_DAY.slots)
    scheduled = ScheduledMeeting.objects.filter(meeting_request__event__slug=AGENDA_EVENT)
    assert scheduled.count() == len(EXAMPLE_BROKERAGE_DAY.meetings) + 1
    placed = scheduled.get(meeting_request__message="")
    assert placed.slot.starts_at == moved_slots[3]
    free = Availability.objects.get(registration__event__slug=AGENDA_EVENT)
    assert free.slot.starts_at == moved_slots[0]


def test_the_real_events_keep_their_written_dates_when_loaded_years_later(loaded_later):
    for seed in (ICT_EXPERT_MISSION_2018, SEMICONDUCTOR_RESEARCHER_FORUM_2024):
        event = Event.objects.get(slug=seed.slug)
        assert (
            event.starts_at,
            event.ends_at,
            event.registration_opens_at,
            event.registration_closes_at,
        ) == (seed.starts_at, seed.ends_at, seed.registration_opens_at, seed.registration_closes_at)
        assert sorted(event.sessions.values_list("starts_at", "ends_at")) == sorted(
            (session.starts_at, session.ends_at) for session in seed.sessions
        )


def test_a_second_run_on_the_same_later_day_changes_no_event_data(loaded_later):
    before = _dump()
    output = _load_demo()
    assert _dump() == before
    assert "0 created, 0 updated, 0 removed" in output


OLD_SLUG = "uk-korea-brokerage-day-example-2027"


@pytest.fixture
def loaded_under_the_old_slug(demo_loaded):
    """A database loaded when the example day's address named its year."""
    Event.objects.filter(slug=AGENDA_EVENT).update(slug=OLD_SLUG)
    return Event.objects.get(slug=OLD_SLUG)


def test_the_example_day_under_its_old_slug_is_renamed_not_doubled(loaded_under_the_old_slug):
    _load_demo()
    event = Event.objects.get(title=EXAMPLE_BROKERAGE_DAY.title)
    assert (event.pk, event.slug) == (loaded_under_the_old_slug.pk, AGENDA_EVENT)
    assert event.registrations.count() == len(EXAMPLE_BROKERAGE_DAY.participants)
    assert MeetingRequest.objects.filter(event=event).count() == len(EXAMPLE_BROKERAGE_DAY.meetings)


def test_the_rename_is_reported_and_a_load_after_it_changes_nothing(loaded_under_the_old_slug):
    assert "events: 3 (0 created, 1 updated)" in _load_demo()
    before = _dump()
    assert "0 created, 0 updated, 0 removed" in _load_demo()
    assert _dump() == before
