"""The times an example event is loaded with. Like the example calls
(demo.services.example_calls), the example brokerage day is written with fixed dates, and a demo
loaded after its registration closed would show the brokerage-day journey with an event nobody
can register for or ask meetings at; so when the demo is loaded, an example event whose
registration has closed, or would close within a margin, is moved on by whole years, all its
times together, on the same month, day and wall-clock time in its own time zone. Pure: no
database, no clock."""

import dataclasses
import datetime
from zoneinfo import ZoneInfo

from demo.data.events import EventSeed
from demo.services.example_dates import datetime_years_add, example_years_count

# About a month: enough for someone trying the demo to register and ask for meetings before
# registration closes, and shorter than the calls' margin because an event is a single day that
# should not drift further from its written season than needed.
EXAMPLE_EVENT_MARGIN_DAYS = 30


def example_event_dates_roll(
    *, event: EventSeed, today: datetime.date, margin_days: int
) -> EventSeed:
    """The event as written while its registration closes at least margin_days after today
    (days counted in the event's time zone); otherwise a copy with every time moved on by the
    fewest whole years that make it so: its start and end, the closing of registration, the
    sessions and the meeting slots (the loader dates the meetings' decisions and the schedule's
    publication from the closing, so they follow). The opening of registration moves by as many
    of those years as keep it on or before today, as a call's opening does. Depends only on its
    arguments, so loading twice on one day writes the same times."""
    zone = ZoneInfo(event.time_zone)
    opening_years, years = example_years_count(
        opens_on=event.registration_opens_at.astimezone(zone).date(),
        deadline=event.registration_closes_at.astimezone(zone).date(),
        today=today,
        margin_days=margin_days,
    )
    if not years:
        return event

    def moved(moment: datetime.datetime) -> datetime.datetime:
        return datetime_years_add(moment=moment, years=years, zone=zone)

    return dataclasses.replace(
        event,
        starts_at=moved(event.starts_at),
        ends_at=moved(event.ends_at),
        registration_opens_at=datetime_years_add(
            moment=event.registration_opens_at, years=opening_years, zone=zone
        ),
        registration_closes_at=moved(event.registration_closes_at),
        sessions=tuple(
            dataclasses.replace(
                session, starts_at=moved(session.starts_at), ends_at=moved(session.ends_at)
            )
            for session in event.sessions
        ),
        slots=tuple(moved(starts_at) for starts_at in event.slots),
    )
