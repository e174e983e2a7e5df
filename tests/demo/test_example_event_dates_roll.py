import dataclasses
import datetime
from zoneinfo import ZoneInfo

from demo.data.events import EXAMPLE_BROKERAGE_DAY, SEOUL, at
from demo.services.example_events import example_event_dates_roll

# Written: registration 2026-09-01 to 2027-03-09, the day itself 2027-03-16, all in Seoul.
WRITTEN = EXAMPLE_BROKERAGE_DAY
LONDON = ZoneInfo("Europe/London")


def rolled(*, today, event=WRITTEN, margin_days=30):
    return example_event_dates_roll(event=event, today=today, margin_days=margin_days)


def local(moment):
    return moment.astimezone(SEOUL).replace(tzinfo=None)


def test_an_event_with_more_than_the_margin_of_registration_left_keeps_its_written_times():
    assert rolled(today=datetime.date(2027, 2, 7)) is WRITTEN


def test_registration_closing_within_the_margin_moves_the_event_one_year():
    event = rolled(today=datetime.date(2027, 2, 8))
    assert event.starts_at == at(SEOUL, 2028, 3, 16, 9)
    assert event.registration_closes_at == at(SEOUL, 2028, 3, 9)
    # A year on would open it next September: it keeps the opening already past.
    assert event.registration_opens_at == WRITTEN.registration_opens_at


def test_every_time_moves_together_on_its_written_wall_clock_time():
    event = rolled(today=datetime.date(2029, 7, 1))
    three_years = {"year": 2030}
    assert local(event.starts_at) == local(WRITTEN.starts_at).replace(**three_years)
    assert local(event.ends_at) == local(WRITTEN.ends_at).replace(**three_years)
    assert [(local(s.starts_at), local(s.ends_at)) for s in event.sessions] == [
        (local(s.starts_at).replace(**three_years), local(s.ends_at).replace(**three_years))
        for s in WRITTEN.sessions
    ]
    assert [local(s) for s in event.slots] == [
        local(s).replace(**three_years) for s in WRITTEN.slots
    ]
    assert (event.slug, event.participants, event.meetings) == (
        WRITTEN.slug,
        WRITTEN.participants,
        WRITTEN.meetings,
    )


def test_a_moved_registration_opens_on_the_latest_written_month_and_day_not_after_today():
    assert rolled(today=datetime.date(2029, 7, 1)).registration_opens_at == at(SEOUL, 2028, 9, 1)
    assert rolled(today=datetime.date(2029, 10, 1)).registration_opens_at == at(SEOUL, 2029, 9, 1)


def test_an_event_in_a_zone_with_summer_time_keeps_its_local_hours():
    # Written in London winter time (GMT); moved a year on, 27 March 2028 is summer time.
    london_day = dataclasses.replace(
        WRITTEN,
        time_zone="Europe/London",
        starts_at=at(LONDON, 2027, 3, 27, 9),
        ends_at=at(LONDON, 2027, 3, 27, 17),
        registration_opens_at=at(LONDON, 2026, 9, 1),
        registration_closes_at=at(LONDON, 2027, 3, 20),
        sessions=(),
        slots=(at(LONDON, 2027, 3, 27, 10),),
    )
    event = rolled(today=datetime.date(2027, 3, 1), event=london_day)
    assert event.starts_at.astimezone(LONDON).replace(tzinfo=None) == datetime.datetime(
        2028, 3, 27, 9
    )
    assert event.slots[0].astimezone(datetime.UTC).hour == 9  # 10:00 BST


def test_every_day_for_years_leaves_registration_open_for_at_least_the_margin():
    today = datetime.date(2026, 9, 1)
    written_lead = WRITTEN.starts_at - WRITTEN.registration_closes_at
    while today < datetime.date(2034, 1, 1):
        event = rolled(today=today)
        closes_on = event.registration_closes_at.astimezone(SEOUL).date()
        assert closes_on >= today + datetime.timedelta(days=30), today
        assert event is WRITTEN or event.registration_opens_at.astimezone(SEOUL).date() <= today
        assert event.starts_at - event.registration_closes_at == written_lead, today
        assert event == rolled(today=today), today
        today += datetime.timedelta(days=1)
