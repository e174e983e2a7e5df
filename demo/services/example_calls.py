"""The dates an example call is loaded with. The example calls are written with fixed dates, but
a demo loaded after them would show its flagship journeys with nothing open; so when the demo is
loaded, an example call that has closed, or would close within a margin, is moved on by whole
years until it is open again for at least that margin. Pure: no database, no clock."""

import datetime

# About three months, so that a demo loaded today keeps every example call open for as long as it
# is likely to be tried out, rather than one that closes the next morning.
EXAMPLE_CALL_MARGIN_DAYS = 90


def _years_later(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        # 29 February in a year without one: the day before, so the call still closes in
        # February, and back on the 29th in the next leap year (always counted from the written
        # date, never from a date already moved).
        return day.replace(year=day.year + years, day=28)


def example_call_dates_roll(
    *,
    opens_on: datetime.date | None,
    deadline: datetime.date,
    today: datetime.date,
    margin_days: int,
) -> tuple[datetime.date | None, datetime.date]:
    """The written dates while the deadline is at least margin_days after today; otherwise both
    moved on by the fewest whole years that make it so, together and on the same month and day.
    Depends only on its arguments, so loading twice on one day writes the same dates. A moved
    call never opens after today: its opening moves on by fewer years when the full number would
    put it in the future (the call then runs longer than written), since a call listed as open
    that says it opens next autumn reads as a mistake."""
    earliest_deadline = today + datetime.timedelta(days=margin_days)
    years = 0
    while _years_later(deadline, years) < earliest_deadline:
        years += 1
    if not years:
        return opens_on, deadline
    if opens_on is None:
        return None, _years_later(deadline, years)
    opening_years = years
    while opening_years and _years_later(opens_on, opening_years) > today:
        opening_years -= 1
    return _years_later(opens_on, opening_years), _years_later(deadline, years)
