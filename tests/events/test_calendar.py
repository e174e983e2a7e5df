import icalendar

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
