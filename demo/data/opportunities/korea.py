"""Korean programmes, tenders and testbeds from the 2018 expert mission report and the note
on the national smart city pilots."""

from decimal import Decimal

from demo.data.opportunities.records import OpportunitySeed
from demo.data.organisations.records import MISSION_REPORT, SMART_CITY_NOTE
from opportunities.models import Currency, OpportunityKind, OpportunityStatus
from organisations.models import OrganisationKind

SMART_CITY_ADVICE = (
    "The note sees the smart city projects as great opportunities for foreign companies and "
    "start-ups to test and commercialise technologies in drones, 5G networks, blockchain, "
    "robots, AI, autonomous vehicles, IoT devices and more. It recommends identifying the "
    "Korean partners involved in these projects and building good communication with them, "
    "or joining or forming new consortia with local companies."
)

KOREAN_OPPORTUNITIES: tuple[OpportunitySeed, ...] = (
    OpportunitySeed(
        external_id="demo-opp-sejong-smart-city-pilot",
        title="Sejong national smart city pilot",
        kind=OpportunityKind.TENDER,
        # The note, written before Busan's bidding opened in October 2020, says bidding for
        # Sejong had already begun; it gives no closing date.
        status=OpportunityStatus.ARCHIVED,
        country="KR",
        city="Sejong",
        summary=(
            "Korea's first national smart city pilot: a 2.5 trillion won project on 2,743,000 "
            "square metres of Sejong City, bid for by consortia led by LG CNS and by KT and "
            "Hyundai Motor."
        ),
        description=(
            "The first national smart city pilot project in Korea covers 2,743,000 square "
            "metres of Sejong City (세종). According to the Korea Herald, the successful bidder "
            "will work on this 2.5 trillion won ($2.1 billion) project; bidders included a "
            "group led by LG CNS and the KT-Hyundai Motor consortium.\n\n"
            "The city is divided into three areas, for start-ups, for established companies and "
            "for residences, connected by high-speed internet and 5G to support smart mobility, "
            "healthcare and remote medical services, edtech and remote learning, energy saving, "
            "digital governance, start-ups and R&D labs, and non-contact delivery services.\n\n"
            f"{SMART_CITY_ADVICE}\n\n"
            "Archived: the note, written before October 2020, describes bidding already under "
            "way and gives no deadline."
        ),
        sectors=(
            "smart-cities",
            "mobility",
            "health-social-care",
            "edtech",
            "energy-clean-growth",
            "digital-governance",
            "telecoms-5g-6g",
        ),
        required_capabilities=(
            "autonomous-driving",
            "telemedicine",
            "remote-learning",
            "energy-saving",
            "digital-public-services",
            "non-contact-delivery",
        ),
        budget_amount=Decimal("2500000000000"),
        budget_currency=Currency.KRW,
        sources=(SMART_CITY_NOTE,),
    ),
    OpportunitySeed(
        external_id="demo-opp-busan-smart-city-project",
        title="Busan national smart city project",
        kind=OpportunityKind.TENDER,
        # The note says bidding would open in October 2020 (no day, no closing date).
        status=OpportunityStatus.ARCHIVED,
        country="KR",
        city="Busan",
        summary=(
            "Korea's next national smart city project after Sejong, in the southern port city "
            "of Busan, focused on renewable green energy, water technologies and robotics."
        ),
        description=(
            "The next national smart city project after Sejong is in Busan, the southern port "
            "city of South Korea. It focuses mainly on renewable, green energy technologies, "
            "water technologies and robotics.\n\n"
            f"{SMART_CITY_ADVICE}\n\n"
            "Archived: the note said bidding would open in October 2020 and gives no closing "
            "date."
        ),
        sectors=("smart-cities", "energy-clean-growth", "smart-manufacturing-robotics"),
        required_capabilities=(
            "renewable-energy",
            "water-technologies",
            "service-robots",
            "industrial-robotics",
        ),
        sources=(SMART_CITY_NOTE,),
    ),
    OpportunitySeed(
        external_id="demo-opp-local-smart-city-projects",
        title="Local smart city projects in 70 Korean cities and counties",
        kind=OpportunityKind.PROGRAMME,
        # Announced as following Sejong and Busan in a 2020 note that names no place or date.
        status=OpportunityStatus.ARCHIVED,
        country="KR",
        summary=(
            "After Sejong and Busan, more local smart city projects were to follow in 70 cities "
            "and counties in South Korea."
        ),
        description=(
            "The note on the national smart city pilots says more local smart city projects "
            "will follow, in 70 cities and counties in South Korea.\n\n"
            f"{SMART_CITY_ADVICE}\n\n"
            "Archived: the note dates from 2020 and names no places, hosts or dates."
        ),
        sectors=("smart-cities", "mobility", "iot", "fintech-blockchain"),
        required_capabilities=(
            "drones",
            "blockchain",
            "service-robots",
            "autonomous-driving",
            "iot-sensors",
        ),
        sources=(SMART_CITY_NOTE,),
    ),
    OpportunitySeed(
        external_id="demo-opp-k-startup-grand-challenge",
        title="K-Startup Grand Challenge",
        kind=OpportunityKind.PROGRAMME,
        status=OpportunityStatus.PUBLISHED,
        country="KR",
        hosts=("demo-nipa", "demo-mss"),
        summary=(
            "Accelerator programme launched in 2016 by the National IT Industry Promotion "
            "Agency and funded by the Ministry of SMEs and Startups, recruiting start-ups "
            "worldwide through Korean embassies."
        ),
        description=(
            "An accelerator programme launched in 2016 by the National IT Industry Promotion "
            "Agency and funded by the Ministry of SMEs and Startups. The Centres for Creative "
            "Economy and Innovation provide the space, infrastructure and facilities for "
            "multinationals and start-ups to collaborate on challenges such as this one. "
            "Companies are recruited through local points of access and, globally, through "
            "Korean embassies abroad. In the year before the 2018 expert mission report there "
            "were 2,200 applications for just 50 places.\n\n"
            "The documents give no dates for a round: check the programme's website."
        ),
        eligible_kinds=(OrganisationKind.STARTUP,),
        source_url="https://www.k-start-upgc.org",
        sources=(MISSION_REPORT,),
    ),
    OpportunitySeed(
        external_id="demo-opp-gccei-incubation",
        title="Start-up incubation at the Gyeonggi Centre for Creative Economy and Innovation",
        kind=OpportunityKind.PROGRAMME,
        status=OpportunityStatus.PUBLISHED,
        country="KR",
        city="Gyeonggi Province",
        hosts=("demo-gccei", "demo-kt"),
        summary=(
            "Facilities, offices, mentoring, translators and introductions to investors for "
            "start-ups and SMEs from Korea and abroad, at a centre sponsored by KT."
        ),
        description=(
            "GCCEI is one of eighteen innovation centres set up to incubate and accelerate "
            "start-ups and SMEs from South Korea and around the world; KT Corporation is its "
            "lead sponsor. In 2018 more than 120 start-ups worked there in games, 5G, ICT, AI "
            "and fintech, five of them foreign, and the centre wanted to attract more. Its "
            "focus is on companies in their first three years of business, which stay from six "
            "to eighteen months. The centres provide facilities, offices, networking, "
            "marketing, translators, mentoring, a chance to meet investors and a deep "
            "connection to the centre's sponsor; all centres work together, so a start-up is "
            "treated the same wherever it is registered in the network."
        ),
        sectors=("immersive-media-games", "telecoms-5g-6g", "ai-data", "fintech-blockchain"),
        required_capabilities=("game-development", "machine-learning", "digital-payments"),
        eligible_kinds=(OrganisationKind.STARTUP, OrganisationKind.SME),
        sources=(MISSION_REPORT,),
    ),
    OpportunitySeed(
        external_id="demo-opp-pangyo-techno-valley-testbed",
        title="Pangyo Techno Valley testbed",
        kind=OpportunityKind.TESTBED,
        status=OpportunityStatus.PUBLISHED,
        country="KR",
        city="Pangyo Techno Valley, Gyeonggi Province",
        summary=(
            "South Korea's biggest ICT-based R&D innovation cluster: an innovation park and "
            "global testbed where SMEs and start-ups work alongside research institutes and "
            "global companies."
        ),
        description=(
            "Seoul's answer to Silicon Valley, an innovation park focused on information, "
            "biotech, fintech, cultural and fusion technology, powered by more than $4.2 "
            "billion of government investment. More than 70,000 people work there, half of "
            "them researchers. It clusters companies in a corridor connecting the financial "
            "district, hardware manufacturing zones and Samsung City, a global testbed for "
            "advanced technology within easy reach of the airport. In 2018 a fleet of "
            "autonomous vehicles was planned for its roads the following year, as a testbed and "
            "showcase. The 2018 mission report sees its infrastructure as a rich opportunity for "
            "AI builders who need testbeds to develop services and gather data."
        ),
        sectors=("ai-data", "mobility", "fintech-blockchain"),
        required_capabilities=("machine-learning", "data-analytics", "autonomous-driving"),
        sources=(MISSION_REPORT,),
    ),
    OpportunitySeed(
        external_id="demo-opp-ai-open-innovation-hub",
        title="AI Open Innovation Hub",
        kind=OpportunityKind.PROGRAMME,
        status=OpportunityStatus.PUBLISHED,
        country="KR",
        hosts=("demo-msit",),
        summary=(
            "An online portal the Korean government launched to help AI development, "
            "together with a promise to share government data."
        ),
        description=(
            "The 2018 mission report says AI development in Korea had been held back by rigid "
            "regulation, lack of available data and too little innovation in products and "
            "services. To address this the government launched an AI Open Innovation Hub (an "
            "online portal) and announced that it would share government data."
        ),
        sectors=("ai-data",),
        required_capabilities=("machine-learning",),
        sources=(MISSION_REPORT,),
    ),
    OpportunitySeed(
        external_id="demo-opp-smart-factory-programme",
        title="Smart factory programme (Manufacturing Industry Innovation 3.0)",
        kind=OpportunityKind.PROGRAMME,
        # Its stated goal year, 2025, has passed, and the report gives no host or route in.
        status=OpportunityStatus.ARCHIVED,
        country="KR",
        summary=(
            "The Korean government's drive, since the Manufacturing Industry Innovation 3.0 "
            "initiative of 2014, to invest in R&D and work with private companies towards more "
            "than 30,000 smart factories by 2025."
        ),
        description=(
            "South Korea has been cultivating smart factories since launching the "
            "Manufacturing Industry Innovation 3.0 initiative in 2014. As with 5G, the "
            "government invests in R&D and collaborates with private companies to increase the "
            "number of domestic smart factories, with a shared goal of more than 30,000 "
            "factories by 2025. As automation evolves the government plans to support "
            "educational training for skilled workers.\n\n"
            "Archived: the goal was for 2025, and the 2018 report names no host or way to "
            "apply."
        ),
        sectors=("smart-manufacturing-robotics",),
        required_capabilities=("smart-factory-systems", "industrial-iot"),
        sources=(MISSION_REPORT,),
    ),
    OpportunitySeed(
        external_id="demo-opp-5g-high-speed-rail",
        title="5G for high-speed trains and rail networks: Korean offer to collaborate in 3GPP",
        kind=OpportunityKind.RD_CALL,
        # An offer made in February 2018, tied to 3GPP work and WRC-19 that have since passed.
        status=OpportunityStatus.ARCHIVED,
        country="KR",
        hosts=("demo-msit", "demo-5g-forum", "demo-kt", "demo-etri"),
        summary=(
            "At the 2018 Korea-UK ICT Policy Forum the Korean side offered to collaborate on "
            "5G for high-speed trains in 3GPP standards, and asked for UK support on mmWave "
            "spectrum ahead of WRC-19."
        ),
        description=(
            "A new high-speed train service is a high priority in Korea, as in the UK, and "
            "there was a direct offer to collaborate in 3GPP standards. The Koreans also asked "
            "for collaboration or support from the UK on the 26 vs. 28GHz spectrum allocation "
            "discussion and voting at WRC-19, and were keen to collaborate on 5G on high-speed "
            "trains and rail networks. A plan to implement intelligent road signs across South "
            "Korea by 2022 was also reported.\n\n"
            "Archived: the offer dates from February 2018 and the milestones it refers to have "
            "passed."
        ),
        sectors=("telecoms-5g-6g", "mobility"),
        required_capabilities=(
            "rail-connectivity",
            "3gpp-standardisation",
            "spectrum-management",
            "rail-control-systems",
        ),
        sources=(MISSION_REPORT,),
    ),
    OpportunitySeed(
        external_id="demo-opp-health-social-care-collaboration",
        title="UK-Korea collaboration in digital health and social care",
        kind=OpportunityKind.PROGRAMME,
        # The government pledge it rests on was for 2022.
        status=OpportunityStatus.ARCHIVED,
        country="KR",
        summary=(
            "A collaboration opportunity the 2018 mission identified: both countries share aims "
            "in health and social care, and SMEs on both sides struggle to reach healthcare "
            "data."
        ),
        description=(
            "The 2018 expert mission found a natural synergy between the two countries' aims in "
            "health and social care, and common issues for SMEs entering the field. Jack H. Lee "
            "of Selvas AI said that, as an SME, there is healthcare data the company cannot "
            "reach, and that more discussion between the private sector and government is "
            "needed, a sentiment echoed by UK AI start-ups. The South Korean government pledged "
            "to provide medical information exchange by 2022.\n\n"
            "Archived: the pledge was for 2022 and the report names no programme to apply to."
        ),
        sectors=("health-social-care", "ai-data"),
        required_capabilities=("health-data-interoperability", "medical-ai"),
        sources=(MISSION_REPORT,),
    ),
)
