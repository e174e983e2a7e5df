"""The dates an example call is loaded with. The example calls are written with fixed dates, but
a demo loaded after them would show its flagship journeys with nothing open; so when the demo is
loaded, an example call that has closed, or would close within a margin, is moved on by whole
years until it is open again for at least that margin (the year arithmetic, shared with the
example events, is demo.services.example_dates). Pure: no database, no clock."""

import datetime

from demo.services.example_dates import date_years_add, example_years_count

# About three months, so that a demo loaded today keeps every example call open for as long as it
# is likely to be tried out, rather than one that closes the next morning.
EXAMPLE_CALL_MARGIN_DAYS = 90


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
    opening_years, years = example_years_count(
        opens_on=opens_on, deadline=deadline, today=today, margin_days=margin_days
    )
    if opens_on is not None:
        opens_on = date_years_add(day=opens_on, years=opening_years)
    return opens_on, date_years_add(day=deadline, years=years)
