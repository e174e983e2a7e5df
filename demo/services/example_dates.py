"""Whole-year moves of the demo's invented dates, shared by the example calls
(demo.services.example_calls) and the example events (demo.services.example_events). Both are
written with fixed dates, and a demo loaded after them would show its flagship journeys with
nothing open; moving them on by whole years keeps the written month and day (and an event's
wall-clock times), so they read the same in any year. Pure: no database, no clock."""

import datetime
from zoneinfo import ZoneInfo


def date_years_add(*, day: datetime.date, years: int) -> datetime.date:
    """The same month and day, `years` later."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        # 29 February in a year without one: the day before, so the date stays in February,
        # and back on the 29th in the next leap year (always counted from the written date,
        # never from a date already moved).
        return day.replace(year=day.year + years, day=28)


def datetime_years_add(
    *, moment: datetime.datetime, years: int, zone: ZoneInfo
) -> datetime.datetime:
    """The same wall-clock time on the same month and day in `zone`, `years` later. Counted in
    the zone, not in UTC: a move across a change to or from summer time would otherwise shift
    the hour people meet at, and near midnight even the local day."""
    local = moment.astimezone(zone)
    day = date_years_add(day=local.date(), years=years)
    return datetime.datetime.combine(day, local.time(), tzinfo=zone)


def example_years_count(
    *,
    opens_on: datetime.date | None,
    deadline: datetime.date,
    today: datetime.date,
    margin_days: int,
) -> tuple[int, int]:
    """(the opening's years, the deadline's years): the deadline's are the fewest whole years
    that put it at least margin_days after today (0 while it already is); the opening's are as
    many of those as keep it on or before today, since something listed as open that says it
    opens next autumn reads as a mistake (it then runs longer than written). Depends only on
    its arguments, so loading twice on one day moves things the same way."""
    earliest_deadline = today + datetime.timedelta(days=margin_days)
    years = 0
    while date_years_add(day=deadline, years=years) < earliest_deadline:
        years += 1
    opening_years = years
    while (
        opening_years
        and opens_on is not None
        and date_years_add(day=opens_on, years=opening_years) > today
    ):
        opening_years -= 1
    return opening_years, years
