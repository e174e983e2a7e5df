"""Demo events: two past ones the source documents describe and one labelled example brokerage
day (seeds.py, in English), with their Korean titles, descriptions, places and table names
(korean.py).
Loaded by demo.services.events.events_demo_load."""

from dataclasses import replace

from demo.data.events import seeds
from demo.data.events.korean import (
    KOREAN_EVENT_PLACES,
    KOREAN_EVENTS,
    KOREAN_SESSION_PLACES,
    KOREAN_SESSIONS,
    KOREAN_TABLES,
)
from demo.data.events.seeds import (
    BRUSSELS,
    SEOUL,
    EventSeed,
    MeetingSeed,
    ParticipantSeed,
    SessionSeed,
    at,
)


def _session_with_korean(slug: str, session: SessionSeed) -> SessionSeed:
    key = (slug, session.title)
    title_ko, description_ko = KOREAN_SESSIONS.get(key, ("", ""))
    return replace(
        session,
        title_ko=title_ko,
        description_ko=description_ko,
        place_ko=KOREAN_SESSION_PLACES.get(key, ""),
    )


def _with_korean(seed: EventSeed) -> EventSeed:
    title_ko, description_ko = KOREAN_EVENTS.get(seed.slug, ("", ""))
    venue_ko, city_ko = KOREAN_EVENT_PLACES.get(seed.slug, ("", ""))
    return replace(
        seed,
        title_ko=title_ko,
        description_ko=description_ko,
        venue_ko=venue_ko,
        city_ko=city_ko,
        sessions=tuple(_session_with_korean(seed.slug, session) for session in seed.sessions),
        tables_ko=tuple(KOREAN_TABLES.get((seed.slug, name), "") for name in seed.tables),
    )


ICT_EXPERT_MISSION_2018 = _with_korean(seeds.ICT_EXPERT_MISSION_2018)
SEMICONDUCTOR_RESEARCHER_FORUM_2024 = _with_korean(seeds.SEMICONDUCTOR_RESEARCHER_FORUM_2024)
EXAMPLE_BROKERAGE_DAY = _with_korean(seeds.EXAMPLE_BROKERAGE_DAY)

EVENTS = (ICT_EXPERT_MISSION_2018, SEMICONDUCTOR_RESEARCHER_FORUM_2024, EXAMPLE_BROKERAGE_DAY)
# The event whose agenda the `sme` and `korea` logins open (their organisations take part).
AGENDA_EVENT = EXAMPLE_BROKERAGE_DAY.slug

__all__ = [
    "AGENDA_EVENT",
    "BRUSSELS",
    "EVENTS",
    "EXAMPLE_BROKERAGE_DAY",
    "ICT_EXPERT_MISSION_2018",
    "KOREAN_EVENTS",
    "KOREAN_EVENT_PLACES",
    "KOREAN_SESSIONS",
    "KOREAN_SESSION_PLACES",
    "KOREAN_TABLES",
    "SEMICONDUCTOR_RESEARCHER_FORUM_2024",
    "SEOUL",
    "EventSeed",
    "MeetingSeed",
    "ParticipantSeed",
    "SessionSeed",
    "at",
]
