"""The demo events: two past ones the source documents describe, as far as they describe them,
and one upcoming brokerage day that is a labelled example, with example UK and Korean
participants, so that the `sme` and `korea` logins have an agenda to open. The example is written
for March 2027 and moved on by whole years when the demo is loaded too close to or after its
registration's closing (demo.services.example_events), so it stays upcoming.

Organisations are named by their demo external_id (demo/data/organisations). Times are in the
event's own time zone. The text here is English; the Korean is in korean.py beside it, merged
into the seeds by this package's __init__."""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from demo.data.organisations.records import EXAMPLE, MISSION_REPORT, ROK_EU_RELEASE

SEOUL = ZoneInfo("Asia/Seoul")
BRUSSELS = ZoneInfo("Europe/Brussels")


def at(zone: ZoneInfo, *args: int) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=zone)


@dataclass(frozen=True)
class SessionSeed:
    title: str
    kind: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    place: str = ""
    description: str = ""
    organisations: tuple[str, ...] = ()
    title_ko: str = ""
    description_ko: str = ""
    place_ko: str = ""


@dataclass(frozen=True)
class ParticipantSeed:
    organisation: str
    # (name, role) of each delegate, or (name, role, languages spoken).
    delegates: tuple[tuple[str, ...], ...]
    seeking: str = ""


@dataclass(frozen=True)
class MeetingSeed:
    """An accepted meeting, published at (slot index, table name) when placed."""

    requester: str
    recipient: str
    message: str
    slot: int | None = None
    table: str = ""


@dataclass(frozen=True)
class EventSeed:
    slug: str
    title: str
    kind: str
    status: str
    description: str
    time_zone: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    registration_opens_at: datetime.datetime
    registration_closes_at: datetime.datetime
    sources: tuple[str, ...]
    venue: str = ""
    city: str = ""
    country: str = ""
    capacity: int | None = None
    organisers: tuple[str, ...] = ()
    opportunities: tuple[str, ...] = ()
    sessions: tuple[SessionSeed, ...] = ()
    participants: tuple[ParticipantSeed, ...] = ()
    slots: tuple[datetime.datetime, ...] = ()
    slot_minutes: int = 20
    tables: tuple[str, ...] = ()
    meetings: tuple[MeetingSeed, ...] = ()
    # An invented event the loader moves on by whole years when its registration has closed, or
    # would close soon, on the day the demo is loaded (demo.services.example_events), so that
    # the demo always has one to register for; real events keep the dates their sources give.
    moves_with_the_calendar: bool = False
    title_ko: str = ""
    description_ko: str = ""
    venue_ko: str = ""
    city_ko: str = ""
    # The Korean name of each of `tables`, in the same order ("" for none).
    tables_ko: tuple[str, ...] = ()
    # Slugs the event was loaded under before: a database loaded then has its event renamed to
    # `slug` on the next load (with its registrations and meetings) rather than a second one.
    former_slugs: tuple[str, ...] = ()


# The mission report names the delegation's organisations, not its people.
UNNAMED = (("Delegate (not named in the mission report)", "Delegation member"),)

# The report says "four days in February 2018", during the PyeongChang Winter Games (9-25
# February), without the days or the hours: the dates and times below are placeholders
# within the Games, and the description says so.
ICT_EXPERT_MISSION_2018 = EventSeed(
    slug="ict-expert-mission-south-korea-2018",
    title="ICT Expert Mission to South Korea",
    kind="expert_mission",
    status="archived",
    description=(
        "An Innovate UK Global Expert Mission, led by KTN, to understand South Korea's "
        "development in the Fourth Industrial Revolution (AI, VR, 5G, IoT and data analytics), "
        "explore bilateral collaboration in ICT research and innovation, and engage the "
        "public sector, business and innovation stakeholders key to a future UK-South Korea "
        "innovation partnership. The itinerary, formulated by KTN with the Science and "
        "Innovation Network at the British Embassy in Seoul, held site visits and workshops "
        "over four days in February 2018. The report gives no exact dates or times: those "
        "shown here are placeholders."
    ),
    time_zone="Asia/Seoul",
    city="Seoul",
    country="KR",
    starts_at=at(SEOUL, 2018, 2, 19, 9),
    ends_at=at(SEOUL, 2018, 2, 22, 18),
    registration_opens_at=at(SEOUL, 2017, 12, 1),
    registration_closes_at=at(SEOUL, 2018, 1, 31),
    organisers=("demo-innovate-uk", "demo-ktn"),
    sessions=(
        SessionSeed(
            title="Live 5G demonstrations at the PyeongChang Winter Olympic Games",
            kind="site_visit",
            starts_at=at(SEOUL, 2018, 2, 20, 10),
            ends_at=at(SEOUL, 2018, 2, 20, 17),
            place="PyeongChang",
            description="5G-enabled experiences at the Games, including KT's 5G pavilion.",
            organisations=("demo-kt",),
        ),
        SessionSeed(
            title="Third Korea-UK ICT Policy Forum: 5G workshop",
            kind="workshop",
            starts_at=at(SEOUL, 2018, 2, 21, 10),
            ends_at=at(SEOUL, 2018, 2, 21, 16),
            description=(
                "With a senior delegation from DCMS, members of 5GIC, the Expert Mission team "
                "and their Korean counterparts: 5G use cases, security, R&D, spectrum, "
                "roll-out plans and devices."
            ),
            organisations=(
                "demo-dcms", "demo-5gic", "demo-msit", "demo-5g-forum", "demo-kt", "demo-etri",
            ),
        ),
    ),
    # "representatives from Innovate UK, KTN, Digital Catapult, King's College and companies
    # including Alchera Technologies, Bayes Server, Cambridge Applied Research, Ordnance
    # Survey and Valuechain" (section 2 of the report).
    participants=tuple(
        ParticipantSeed(organisation=external_id, delegates=UNNAMED)
        for external_id in (
            "demo-innovate-uk", "demo-ktn", "demo-digital-catapult", "demo-kings-college-london",
            "demo-alchera-technologies", "demo-bayes-server", "demo-cambridge-applied-research",
            "demo-ordnance-survey", "demo-valuechain",
        )
    ),
    sources=(MISSION_REPORT,),
)  # fmt: skip

# "the '1st Korea-EU Joint Researcher Forum on Semiconductors' took place in Brussels from
# March 25 to 26. The forum aimed to facilitate researcher matchmaking for the collaborative
# research project" (the ROK-EU release). It names neither organisers nor participants.
SEMICONDUCTOR_RESEARCHER_FORUM_2024 = EventSeed(
    slug="korea-eu-researcher-forum-semiconductors-2024",
    title="1st Korea-EU Joint Researcher Forum on Semiconductors",
    kind="researcher_forum",
    status="archived",
    description=(
        "Held to facilitate researcher matchmaking for the Korea-EU collaborative research "
        "project on semiconductors (12 million euros over three years, on neuromorphic "
        "computing and heterogeneous integration), and to bolster networking between Korean "
        "and EU researchers. The release gives the days, not the hours."
    ),
    time_zone="Europe/Brussels",
    city="Brussels",
    country="BE",
    starts_at=at(BRUSSELS, 2024, 3, 25, 9),
    ends_at=at(BRUSSELS, 2024, 3, 26, 18),
    registration_opens_at=at(BRUSSELS, 2024, 2, 1),
    registration_closes_at=at(BRUSSELS, 2024, 3, 18),
    opportunities=("demo-opp-rok-eu-semiconductor-research",),
    sources=(ROK_EU_RELEASE,),
)

# A fictional brokerage day with the fictional example SMEs, labelled as an example in its
# title, so that the demo shows an agenda, a published schedule and its .ics. The times below
# are loaded while registration has at least a month to run; later, the loader moves them all
# on by whole years (moves_with_the_calendar). The slug names no year, since the year moves: it
# is the event's key and the agenda's address, which a moved event keeps. It was
# "uk-korea-brokerage-day-example-2027" (the written year) until the loader began moving the
# event, so an event loaded under that slug is renamed (former_slugs).
EXAMPLE_BROKERAGE_DAY = EventSeed(
    slug="uk-korea-brokerage-day-example",
    former_slugs=("uk-korea-brokerage-day-example-2027",),
    title="UK-Korea brokerage day (example)",
    kind="brokerage_day",
    status="published",
    description=(
        "A fictional example event for trying the platform: register, ask for meetings, "
        "accept them and receive a schedule of 20-minute one-to-one meetings."
    ),
    time_zone="Asia/Seoul",
    venue="Example conference centre",
    city="Seoul",
    country="KR",
    starts_at=at(SEOUL, 2027, 3, 16, 9),
    ends_at=at(SEOUL, 2027, 3, 16, 17),
    registration_opens_at=at(SEOUL, 2026, 9, 1),
    registration_closes_at=at(SEOUL, 2027, 3, 9),
    capacity=40,
    organisers=("demo-ktn",),
    sessions=(
        SessionSeed(
            title="Welcome and introductions to the Korean ICT market (example)",
            kind="talk",
            starts_at=at(SEOUL, 2027, 3, 16, 9),
            ends_at=at(SEOUL, 2027, 3, 16, 9, 45),
            place="Main hall",
        ),
    ),
    participants=(
        ParticipantSeed(
            organisation="demo-example-hartwell-spectrum",
            delegates=(("Alex Example", "Founder"),),
            seeking="Partners for 5G spectrum monitoring pilots.",
        ),
        ParticipantSeed(
            organisation="demo-example-fenmore-silicon",
            delegates=(("Sam Example", "Head of partnerships"),),
        ),
        ParticipantSeed(
            organisation="demo-example-wrenfield-autonomy",
            delegates=(("Jo Example", "CTO"),),
        ),
        ParticipantSeed(
            organisation="demo-example-kestrel-responsible-ai",
            delegates=(("Robin Example", "Director"),),
        ),
        ParticipantSeed(
            organisation="demo-example-mersey-factory-analytics",
            delegates=(("Chris Example", "Managing director", "English"),),
            seeking="Korean sensor and smart-factory partners for predictive maintenance.",
        ),
        ParticipantSeed(
            organisation="demo-example-penhallow-space",
            delegates=(("Morgan Example", "Business development", "English"),),
        ),
        # The fictional Korean example companies; the `korea` login owns Haeundae Blue Water.
        ParticipantSeed(
            organisation="demo-example-haeundae-blue-water",
            delegates=(
                ("Kim Example", "CEO", "Korean, English"),
                ("Park Example", "Head of R&D", "Korean"),
            ),
            seeking="Machine-learning and earth-observation partners to forecast leaks and floods.",
        ),
        ParticipantSeed(
            organisation="demo-example-pangyo-openwave",
            delegates=(("Lee Example", "Founder", "Korean, English"),),
            seeking="Spectrum and 3GPP standardisation partners to take our radios abroad.",
        ),
        ParticipantSeed(
            organisation="demo-example-icheon-chip-packaging",
            delegates=(("Choi Example", "Head of partnerships", "Korean, English"),),
            seeking="Chip designers with their own IP.",
        ),
    ),
    slots=tuple(at(SEOUL, 2027, 3, 16, 10, minute) for minute in (0, 20, 40))
    + (at(SEOUL, 2027, 3, 16, 11),),
    tables=("Table 1", "Table 2"),
    meetings=(
        MeetingSeed(
            requester="demo-example-hartwell-spectrum",
            recipient="demo-example-fenmore-silicon",
            message="Chips for our spectrum sensors? (example)",
            slot=0,
            table="Table 1",
        ),
        MeetingSeed(
            requester="demo-example-wrenfield-autonomy",
            recipient="demo-example-hartwell-spectrum",
            message="5G links for autonomous shuttles? (example)",
            slot=1,
            table="Table 2",
        ),
        MeetingSeed(
            requester="demo-example-kestrel-responsible-ai",
            recipient="demo-example-fenmore-silicon",
            message="Responsible AI on edge chips? (example)",
            slot=1,
            table="Table 1",
        ),
        MeetingSeed(
            requester="demo-example-haeundae-blue-water",
            recipient="demo-example-mersey-factory-analytics",
            message="Predictive maintenance for our water-pipe sensors? (example)",
            slot=0,
            table="Table 2",
        ),
        MeetingSeed(
            requester="demo-example-penhallow-space",
            recipient="demo-example-haeundae-blue-water",
            message="Earth observation for flood forecasting in Busan? (example)",
            slot=2,
            table="Table 2",
        ),
        MeetingSeed(
            requester="demo-example-pangyo-openwave",
            recipient="demo-example-hartwell-spectrum",
            message="Spectrum and 3GPP advice for our mmWave radios? (example)",
            slot=2,
            table="Table 1",
        ),
        MeetingSeed(
            requester="demo-example-fenmore-silicon",
            recipient="demo-example-icheon-chip-packaging",
            message="Advanced packaging for our low-power chips? (example)",
            slot=3,
            table="Table 1",
        ),
    ),
    sources=(EXAMPLE,),
    moves_with_the_calendar=True,
)
