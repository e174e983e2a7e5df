"""Example open opportunities, so that the demo shows what an open call looks like: the
documents' own calls have closed or give no dates. Each is built on a programme or field a
document names (the smart-city projects to follow in 70 cities and counties, Busan's focus on
green energy, water and robotics, the ROK-UK and ROK-EU joint R&D fields, the K-Startup Grand
Challenge), but the call itself, its dates and its list of capabilities are invented. Their
titles end in "(example)" and their descriptions start "Example call:", their origin is
"example", they name no host and state no budget.

The dates written here (deadlines from May to December 2027) are the ones loaded while each call
still has at least three months to run. When the demo is loaded later than that, the loader moves
a call's deadline on by whole years, on the same month and day, until it has three months left
again, and its opening by as many years as keep it on or before that day
(demo.services.example_calls), so that the demo shows open calls whatever day it is loaded. The
dates depend only on that day, not on the time or on what was loaded before, so loading twice on
one day changes nothing."""

import datetime

from demo.data.opportunities.records import OpportunitySeed
from demo.data.organisations.records import (
    EXAMPLE,
    MISSION_REPORT,
    ROK_EU_RELEASE,
    ROK_UK_RELEASE,
    SMART_CITY_NOTE,
)
from opportunities.models import OpportunityKind, OpportunityStatus
from organisations.models import OrganisationKind, Origin

EXAMPLE_CALL = "Example call: fictional, written for this demo, not a real call. "
UK_AND_KOREA = ("GB", "KR")


def _example(**values) -> OpportunitySeed:
    return OpportunitySeed(
        status=OpportunityStatus.PUBLISHED,
        origin=Origin.EXAMPLE,
        **{**values, "description": EXAMPLE_CALL + values["description"]},
    )


EXAMPLE_OPPORTUNITIES: tuple[OpportunitySeed, ...] = (
    _example(
        external_id="demo-example-opp-local-smart-city-mobility",
        title="Local smart city projects: drones, delivery and autonomous mobility (example)",
        kind=OpportunityKind.TENDER,
        country="KR",
        summary="A call for consortia, foreign companies welcome, to pilot drones, non-contact "
        "delivery and autonomous shuttles in one of the 70 cities and counties due to follow "
        "Sejong and Busan.",
        description="The 2020 note on the national smart city pilots says more local smart "
        "city projects will follow in 70 cities and counties, and sees them as the place for "
        "foreign companies and start-ups to test drones, 5G, blockchain, robots, AI, "
        "autonomous vehicles and IoT devices, best in a consortium with Korean companies. This "
        "example call asks for a consortium to pilot them on a city's streets.",
        sectors=("smart-cities", "mobility", "iot"),
        required_capabilities=(
            "drones",
            "non-contact-delivery",
            "autonomous-driving",
            "hd-maps",
            "iot-sensors",
        ),
        opens_on=datetime.date(2026, 11, 2),
        deadline=datetime.date(2027, 6, 30),
        sources=(EXAMPLE, SMART_CITY_NOTE),
    ),
    _example(
        external_id="demo-example-opp-local-smart-city-services",
        title="Local smart city projects: care at home and digital public services (example)",
        kind=OpportunityKind.TENDER,
        country="KR",
        summary="A call for remote medical services, city payments and public services for a "
        "local smart city, on the model of Sejong's fields.",
        description="Sejong's smart city was to support healthcare and remote medical "
        "services, energy saving, digital governance and non-contact services, and the note "
        "says 70 more cities and counties will follow. This example call asks for remote care, "
        "city payments and digital public services for one of them.",
        sectors=("smart-cities", "health-social-care", "digital-governance", "fintech-blockchain"),
        required_capabilities=(
            "telemedicine",
            "remote-patient-monitoring",
            "digital-public-services",
            "digital-payments",
            "urban-data-platforms",
        ),
        opens_on=datetime.date(2026, 12, 1),
        deadline=datetime.date(2027, 9, 30),
        sources=(EXAMPLE, SMART_CITY_NOTE),
    ),
    _example(
        external_id="demo-example-opp-busan-green-energy-water",
        title="Busan smart city: green energy and water technologies (example)",
        kind=OpportunityKind.TENDER,
        country="KR",
        city="Busan",
        summary="Renewable energy, smart grids and water technologies for Busan's national "
        "smart city.",
        description="Busan's national smart city project focuses mainly on renewable, green "
        "energy technologies, water technologies and robotics. This example call asks for "
        "partners to run a district on renewable power and monitor its water, with forecasts "
        "from data.",
        sectors=("smart-cities", "energy-clean-growth"),
        required_capabilities=(
            "renewable-energy",
            "smart-grids",
            "water-technologies",
            "earth-observation",
            "machine-learning",
        ),
        opens_on=datetime.date(2026, 10, 1),
        deadline=datetime.date(2027, 7, 31),
        sources=(EXAMPLE, SMART_CITY_NOTE),
    ),
    _example(
        external_id="demo-example-opp-busan-robotics-testbed",
        title="Busan smart city: robotics and smart factory testbed (example)",
        kind=OpportunityKind.TESTBED,
        country="KR",
        city="Busan",
        summary="Robots, smart-factory lines and the AI that inspects and maintains them, on "
        "a testbed in Busan.",
        description="Robotics is one of Busan's three smart-city focuses, and Korea has been "
        "building smart factories since Manufacturing Industry Innovation 3.0 in 2014. This "
        "example testbed invites robot makers and the AI companies that keep production lines "
        "running.",
        sectors=("smart-manufacturing-robotics", "smart-cities"),
        required_capabilities=(
            "service-robots",
            "industrial-robotics",
            "machine-vision-inspection",
            "predictive-maintenance",
            "manufacturing-process-ai",
        ),
        opens_on=datetime.date(2026, 11, 16),
        deadline=datetime.date(2027, 10, 29),
        sources=(EXAMPLE, SMART_CITY_NOTE, MISSION_REPORT),
    ),
    _example(
        external_id="demo-example-opp-rok-uk-semiconductors",
        title="ROK-UK joint R&D: chip design, materials and packaging (example)",
        kind=OpportunityKind.RD_CALL,
        eligible_countries=UK_AND_KOREA,
        summary="Joint UK-Korean projects pairing UK chip design and IP with Korean "
        "manufacturing, materials and packaging.",
        description="The 2023 ROK-UK Digital Partnership promotes R&D collaboration in "
        "cutting-edge chip design, materials and compounds for semiconductors, and packaging, "
        "joining Korea's manufacturing and processing with the UK's design and IP. This example "
        "call funds joint projects with at least one partner from each country.",
        sectors=("semiconductors",),
        required_capabilities=(
            "chip-design-ip",
            "eda-verification",
            "semiconductor-materials",
            "advanced-packaging",
        ),
        opens_on=datetime.date(2026, 9, 1),
        deadline=datetime.date(2027, 6, 15),
        sources=(EXAMPLE, ROK_UK_RELEASE),
    ),
    _example(
        external_id="demo-example-opp-rok-uk-open-ran",
        title="ROK-UK joint R&D: Open RAN and wireless communication (example)",
        kind=OpportunityKind.RD_CALL,
        eligible_countries=UK_AND_KOREA,
        summary="Joint UK-Korean projects on Open RAN, mmWave and interoperable, secure networks.",
        description="Under the 2023 ROK-UK Digital Partnership both countries agreed to "
        "promote wireless communication and Open RAN R&D and to improve the security, "
        "resilience and interoperability of networks. This example call funds joint projects "
        "with at least one partner from each country.",
        sectors=("telecoms-5g-6g",),
        required_capabilities=(
            "open-ran",
            "mmwave-radio",
            "network-automation",
            "network-interoperability",
            "3gpp-standardisation",
        ),
        opens_on=datetime.date(2026, 10, 15),
        deadline=datetime.date(2027, 7, 15),
        sources=(EXAMPLE, ROK_UK_RELEASE),
    ),
    _example(
        external_id="demo-example-opp-rok-uk-trustworthy-ai",
        title="ROK-UK joint R&D: safe and trustworthy AI on shared data (example)",
        kind=OpportunityKind.RD_CALL,
        eligible_countries=UK_AND_KOREA,
        summary="Joint UK-Korean projects making AI safe and trustworthy, on data shared "
        "safely, health data included.",
        description="The 2023 ROK-UK Digital Partnership pledges cooperation for safe, "
        "responsible, human-centric and trustworthy AI, and names data among its fields; the "
        "2018 mission heard that Korean SMEs cannot reach health data. This example call funds "
        "joint projects with at least one partner from each country.",
        sectors=("ai-data", "health-social-care", "digital-governance"),
        required_capabilities=(
            "ai-ethics-governance",
            "machine-learning",
            "privacy-enhancing-technologies",
            "health-data-interoperability",
            "medical-ai",
        ),
        opens_on=datetime.date(2026, 11, 1),
        deadline=datetime.date(2027, 9, 1),
        sources=(EXAMPLE, ROK_UK_RELEASE, MISSION_REPORT),
    ),
    _example(
        external_id="demo-example-opp-rok-uk-space",
        title="ROK-UK space cooperation: satellites, earth observation and timing (example)",
        kind=OpportunityKind.RD_CALL,
        eligible_countries=UK_AND_KOREA,
        summary="Joint UK-Korean projects on small satellites, earth observation and "
        "navigation and timing.",
        description="The 2023 ROK-UK MoU on space cooperation covers satellites, navigation "
        "and timing, communications, earth observation and the regulatory framework, and "
        "plans joint research projects. This example call funds them, with at least one "
        "partner from each country.",
        sectors=("space",),
        required_capabilities=(
            "small-satellites",
            "earth-observation",
            "satellite-navigation-timing",
            "satellite-communications",
        ),
        opens_on=datetime.date(2026, 9, 15),
        deadline=datetime.date(2027, 8, 31),
        sources=(EXAMPLE, ROK_UK_RELEASE),
    ),
    _example(
        external_id="demo-example-opp-rok-uk-digital-health",
        title="ROK-UK joint R&D: digital health and care for ageing societies (example)",
        kind=OpportunityKind.RD_CALL,
        eligible_countries=UK_AND_KOREA,
        summary="Joint UK-Korean projects on remote care, medical AI and health data "
        "exchange for older people.",
        description="The 2018 mission saw a natural synergy between the two countries in "
        "health and social care, healthy ageing among the UK's Grand Challenges and Korea the "
        "most rapidly ageing society in the developed world; Korea's Ministry of Health and "
        "Welfare is one of the three ministries working with UK DSIT. This example call funds "
        "joint projects with at least one partner from each country.",
        sectors=("health-social-care", "ai-data"),
        required_capabilities=(
            "telemedicine",
            "remote-patient-monitoring",
            "ageing-care-technology",
            "medical-ai",
            "health-data-interoperability",
        ),
        opens_on=datetime.date(2026, 12, 1),
        deadline=datetime.date(2027, 11, 30),
        sources=(EXAMPLE, MISSION_REPORT, ROK_UK_RELEASE),
    ),
    _example(
        external_id="demo-example-opp-rok-eu-6g",
        title="Korea-Europe joint research: AI for wireless networks (example)",
        kind=OpportunityKind.RD_CALL,
        summary="Collaborative research on AI for wireless transmission and the automation "
        "of wireless networks, in the Beyond 5G/6G field of the ROK-EU Digital Partnership.",
        description="In March 2024 Korea and the EU agreed on three years of Beyond 5G/6G "
        "research to enhance wireless transmission with AI and to automate and optimise "
        "wireless networks. This example call, a second round in the same field, is open to "
        "research partners from any country.",
        sectors=("telecoms-5g-6g", "ai-data"),
        required_capabilities=(
            "ai-wireless-transmission",
            "network-automation",
            "6g-research",
            "machine-learning",
        ),
        opens_on=datetime.date(2026, 10, 1),
        deadline=datetime.date(2027, 12, 15),
        sources=(EXAMPLE, ROK_EU_RELEASE),
    ),
    _example(
        external_id="demo-example-opp-k-startup-grand-challenge-2027",
        title="K-Startup Grand Challenge round (example)",
        kind=OpportunityKind.PROGRAMME,
        country="KR",
        summary="An accelerator round for foreign start-ups in Korea, in games, 5G, AI, "
        "fintech and immersive media.",
        description="The K-Startup Grand Challenge is an accelerator launched in 2016 by NIPA "
        "and funded by the Ministry of SMEs and Startups, recruiting start-ups worldwide "
        "through Korean embassies; the innovation centres give them space to work with large "
        "companies. This example round is for start-ups, in the fields of the GCCEI "
        "start-ups: games, 5G, ICT, AI and fintech.",
        sectors=("immersive-media-games", "telecoms-5g-6g", "ai-data", "fintech-blockchain"),
        required_capabilities=("game-development", "virtual-reality", "machine-learning"),
        eligible_kinds=(OrganisationKind.STARTUP,),
        opens_on=datetime.date(2026, 11, 1),
        deadline=datetime.date(2027, 5, 31),
        sources=(EXAMPLE, MISSION_REPORT),
    ),
    _example(
        external_id="demo-example-opp-connected-vehicles-trains",
        title="UK-Korea connected vehicles, trains and control systems (example)",
        kind=OpportunityKind.RD_CALL,
        eligible_countries=UK_AND_KOREA,
        summary="Joint UK-Korean projects on 5G for trains, connected vehicles and the "
        "intelligent road signs they read.",
        description="The 2018 mission lists connected vehicles, trains and control systems "
        "among the ICT opportunities for UK-Korea collaboration: Koreans were keen to work on "
        "5G for high-speed trains and rail networks, and planned intelligent road signs across "
        "the country. This example call funds joint projects with at least one partner from "
        "each country.",
        sectors=("mobility", "telecoms-5g-6g"),
        required_capabilities=(
            "connected-vehicles-v2x",
            "rail-connectivity",
            "rail-control-systems",
            "intelligent-transport-systems",
            "hd-maps",
        ),
        opens_on=datetime.date(2026, 11, 2),
        deadline=datetime.date(2027, 10, 15),
        sources=(EXAMPLE, MISSION_REPORT),
    ),
)
