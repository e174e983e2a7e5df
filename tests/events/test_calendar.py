import icalendar
from django.utils import translation

from events.calendar import agenda_ics
from events.selectors import agenda_of
from tests.events.factories import SessionFactory


def test_the_ics_parses_back_with_the_event_time_zone(published_meeting, registration, event):
    SessionFactory(event=event, title="PyeongChang 5G demonstration")
    calendar = icalendar.Calendar.from_ical(agenda_ics(agenda=agenda_of(registration=registration)))
    meeting, session = calendar.walk("VEVENT")
    assert str(meeting["summary"]) == "Meeting with Seoul Example Co"
    assert str(meeting.decoded("dtstart").tzinfo) == "Asia/Seoul"
    assert meeting.decoded("dtstart") == published_meeting.scheduled.slot.starts_at
    assert str(session["summary"]) == "PyeongChang 5G demonstration"


def test_the_ics_carries_its_time_zone_definition(published_meeting, registration):
    calendar = icalendar.Calendar.from_ical(agenda_ics(agenda=agenda_of(registration=registration)))
    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["Asia/Seoul"]


def test_a_korean_reader_gets_the_korean_calendar_name_and_session_titles(
    published_meeting, registration, event_in_korean
):
    SessionFactory(event=event_in_korean, title="5G demo", title_ko="5G 시연")
    with translation.override("ko"):
        ics = agenda_ics(agenda=agenda_of(registration=registration))
    calendar = icalendar.Calendar.from_ical(ics)
    assert str(calendar["x-wr-calname"]) == "서울 5G 비즈니스 상담회 – Bayes Example Ltd"
    assert str(calendar.walk("VEVENT")[1]["summary"]) == "5G 시연"


def test_an_english_reader_gets_the_english_titles(
    published_meeting, registration, event_in_korean
):
    SessionFactory(event=event_in_korean, title="5G demo", title_ko="5G 시연")
    calendar = icalendar.Calendar.from_ical(agenda_ics(agenda=agenda_of(registration=registration)))
    assert str(calendar["x-wr-calname"]).startswith("Seoul 5G brokerage day – ")
    assert str(calendar.walk("VEVENT")[1]["summary"]) == "5G demo"


def test_without_a_korean_title_a_korean_reader_gets_the_english_one(
    published_meeting, registration, event
):
    with translation.override("ko"):
        ics = agenda_ics(agenda=agenda_of(registration=registration))
    assert str(icalendar.Calendar.from_ical(ics)["x-wr-calname"]).startswith("Seoul 5G")


def test_a_korean_reader_gets_the_korean_session_place(published_meeting, registration, event):
    SessionFactory(event=event, place="Main hall", place_ko="메인 홀")
    with translation.override("ko"):
        ics = agenda_ics(agenda=agenda_of(registration=registration))
    assert str(icalendar.Calendar.from_ical(ics).walk("VEVENT")[1]["location"]) == "메인 홀"


def test_an_english_reader_gets_the_english_session_place(published_meeting, registration, event):
    SessionFactory(event=event, place="Main hall", place_ko="메인 홀")
    ics = agenda_ics(agenda=agenda_of(registration=registration))
    assert str(icalendar.Calendar.from_ical(ics).walk("VEVENT")[1]["location"]) == "Main hall"


def test_without_a_korean_place_a_korean_reader_gets_the_english_one(
    published_meeting, registration, event
):
    SessionFactory(event=event, place="Main hall")
    with translation.override("ko"):
        ics = agenda_ics(agenda=agenda_of(registration=registration))
    assert str(icalendar.Calendar.from_ical(ics).walk("VEVENT")[1]["location"]) == "Main hall"


def test_a_korean_only_place_is_the_location_for_an_english_reader(
    published_meeting, registration, event
):
    SessionFactory(event=event, place="", place_ko="메인 홀")
    ics = agenda_ics(agenda=agenda_of(registration=registration))
    assert str(icalendar.Calendar.from_ical(ics).walk("VEVENT")[1]["location"]) == "메인 홀"


def test_a_korean_reader_gets_the_korean_table_name(
    published_meeting, registration, tables_in_korean
):
    table = published_meeting.scheduled.table
    with translation.override("ko"):
        ics = agenda_ics(agenda=agenda_of(registration=registration))
    meeting = icalendar.Calendar.from_ical(ics).walk("VEVENT")[0]
    assert str(meeting["description"]).startswith(f"테이블: {table.name_ko}. 참가자: ")
    assert str(meeting["location"]) == table.name_ko


def test_an_english_reader_gets_the_english_table_name(
    published_meeting, registration, tables_in_korean
):
    table = published_meeting.scheduled.table
    ics = agenda_ics(agenda=agenda_of(registration=registration))
    meeting = icalendar.Calendar.from_ical(ics).walk("VEVENT")[0]
    assert str(meeting["description"]).startswith(f"Table: {table.name}. Delegates: ")


def test_without_a_korean_table_name_a_korean_reader_gets_the_english_one(
    published_meeting, registration
):
    table = published_meeting.scheduled.table
    with translation.override("ko"):
        ics = agenda_ics(agenda=agenda_of(registration=registration))
    assert str(icalendar.Calendar.from_ical(ics).walk("VEVENT")[0]["location"]) == table.name


def test_a_korean_reader_meets_the_other_side_by_its_korean_name(
    published_meeting, registration, names_in_korean
):
    with translation.override("ko"):
        ics = agenda_ics(agenda=agenda_of(registration=registration))
    calendar = icalendar.Calendar.from_ical(ics)
    assert str(calendar["x-wr-calname"]).endswith(" – 베이즈 예시")
    assert str(calendar.walk("VEVENT")[0]["summary"]) == "서울 예시와(과)의 미팅"


def test_an_english_reader_meets_the_other_side_by_its_english_name(
    published_meeting, registration, names_in_korean
):
    calendar = icalendar.Calendar.from_ical(agenda_ics(agenda=agenda_of(registration=registration)))
    assert str(calendar["x-wr-calname"]).endswith(" – Bayes Example Ltd")
    assert str(calendar.walk("VEVENT")[0]["summary"]) == "Meeting with Seoul Example Co"
