import datetime

from demo.services.example_calls import example_call_dates_roll

OPENS_ON = datetime.date(2026, 11, 2)
DEADLINE = datetime.date(2027, 6, 30)


def rolled(*, today, opens_on=OPENS_ON, deadline=DEADLINE, margin_days=90):
    return example_call_dates_roll(
        opens_on=opens_on, deadline=deadline, today=today, margin_days=margin_days
    )


def test_a_call_still_comfortably_open_keeps_its_written_dates():
    assert rolled(today=datetime.date(2026, 12, 3)) == (OPENS_ON, DEADLINE)


def test_a_closed_call_moves_on_one_year_and_keeps_an_opening_already_past():
    assert rolled(today=datetime.date(2027, 7, 1)) == (OPENS_ON, datetime.date(2028, 6, 30))


def test_a_call_closing_within_the_margin_moves_on_one_year():
    assert rolled(today=datetime.date(2027, 5, 1)) == (OPENS_ON, datetime.date(2028, 6, 30))


def test_a_moved_call_opens_on_the_latest_written_month_and_day_not_after_today():
    assert rolled(today=datetime.date(2029, 12, 1)) == (
        datetime.date(2029, 11, 2),
        datetime.date(2030, 6, 30),
    )


def test_a_call_closed_long_ago_moves_on_as_many_years_as_it_takes():
    assert rolled(today=datetime.date(2031, 1, 10)) == (
        datetime.date(2030, 11, 2),
        datetime.date(2031, 6, 30),
    )


def test_a_deadline_exactly_the_margin_away_stands():
    assert rolled(today=DEADLINE - datetime.timedelta(days=90)) == (OPENS_ON, DEADLINE)


def test_a_deadline_a_day_inside_the_margin_moves():
    _, deadline = rolled(today=DEADLINE - datetime.timedelta(days=89))
    assert deadline == datetime.date(2028, 6, 30)


def test_29_february_becomes_the_28th_without_a_leap_year_and_comes_back_with_one():
    leap_day = datetime.date(2028, 2, 29)
    assert rolled(today=datetime.date(2028, 11, 1), opens_on=leap_day, deadline=leap_day) == (
        leap_day,
        datetime.date(2029, 2, 28),
    )
    _, deadline = rolled(today=datetime.date(2031, 10, 1), deadline=leap_day)
    assert deadline == datetime.date(2032, 2, 29)


def test_a_call_without_an_opening_date_moves_only_its_deadline():
    assert rolled(today=datetime.date(2027, 7, 1), opens_on=None) == (
        None,
        datetime.date(2028, 6, 30),
    )


def test_every_day_for_years_gives_the_nearest_deadline_at_least_the_margin_away():
    today = datetime.date(2026, 1, 1)
    while today < datetime.date(2033, 1, 1):
        earliest = today + datetime.timedelta(days=90)
        opens_on, deadline = rolled(today=today)
        assert deadline >= earliest, today
        assert deadline == DEADLINE or deadline.replace(year=deadline.year - 1) < earliest, today
        assert (opens_on, deadline) == (OPENS_ON, DEADLINE) or opens_on <= today, today
        assert (opens_on.month, opens_on.day) == (11, 2), today
        assert deadline.year - opens_on.year in (1, 2), today
        today += datetime.timedelta(days=1)
