"""A participant's agenda as iCalendar (.ics), with the event's time zone, via icalendar; its
words, the event's and sessions' titles, the sessions' places, the meetings' table names and
the organisations' names included, in the active (the reader's) language."""

import datetime

import icalendar
from django.utils.translation import gettext as _

from common.bilingual import localized_field
from events.selectors import Agenda

PRODID = "-//Korea-UK Match//Events//EN"


def agenda_ics(*, agenda: Agenda, site: str = "korea-uk-match") -> bytes:
    event = agenda.registration.event
    zone = event.zone
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    title = localized_field(event, "title").text
    organisation = localized_field(agenda.registration.organisation, "name").text
    calendar.add("x-wr-calname", f"{title} – {organisation}")
    stamp = datetime.datetime.now(datetime.UTC)
    for item in agenda.meetings:
        slot, table = item.scheduled.slot, item.scheduled.table
        entry = icalendar.Event()
        entry.add("uid", f"meeting-{item.scheduled.meeting_request_id}@{site}")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", slot.starts_at.astimezone(zone))
        entry.add("dtend", slot.ends_at.astimezone(zone))
        other = localized_field(item.other.organisation, "name").text
        entry.add("summary", _("Meeting with %(name)s") % {"name": other})
        table_name = localized_field(table, "name").text
        entry.add("location", table.video_url or table_name)
        people = ", ".join(f"{d.name} ({d.role})" if d.role else d.name for d in item.delegates)
        entry.add("description", _("Table: %(table)s. Delegates: %(people)s.")
                  % {"table": table_name, "people": people or "-"})  # fmt: skip
        calendar.add_component(entry)
    for session in agenda.sessions:
        entry = icalendar.Event()
        entry.add("uid", f"session-{session.pk}@{site}")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", session.starts_at.astimezone(zone))
        entry.add("dtend", session.ends_at.astimezone(zone))
        entry.add("summary", localized_field(session, "title").text)
        place = localized_field(session, "place").text
        if place:
            entry.add("location", place)
        calendar.add_component(entry)
    # VTIMEZONE blocks for the zones used, so calendars show the right local times.
    calendar.add_missing_timezones()
    return calendar.to_ical()
