"""Korean companies and consortia the source documents name, with only what they say."""

from demo.data.organisations.korea_public import KOREAN_5G_WORKSHOP_INTERESTS
from demo.data.organisations.records import (
    MISSION_REPORT,
    SMART_CITY_NOTE,
    OrganisationSeed,
)
from organisations.models import OrganisationKind as Kind

KOREAN_COMPANIES: tuple[OrganisationSeed, ...] = (
    OrganisationSeed(
        external_id="demo-samsung",
        name="Samsung",
        name_ko="삼성",
        kind=Kind.LARGE_COMPANY,
        country="KR",
        website="https://www.samsung.com",
        description=(
            "Described by the 2018 Innovate UK ICT expert mission as perhaps South Korea's "
            "best-known and biggest conglomerate (chaebol), accounting for nearly 20% of South "
            "Korean exports and spending $19 billion a year on R&D worldwide at the time. At the "
            "PyeongChang 2018 Winter Olympics it provided the 21 5G mmWave base stations along "
            "KT's self-driving bus route (the radios used beam-forming and beam-tracking) and "
            "the 5G-ready tablets the mission team tested. Named with LG and Hyundai among the "
            "large corporations that fund the Centres for Creative Economy and Innovation."
        ),
        sources=(MISSION_REPORT,),
        sectors=("telecoms-5g-6g", "ai-data", "iot"),
        offers=("mmwave-radio", "beamforming"),
    ),
    OrganisationSeed(
        external_id="demo-samsung-research",
        name="Samsung Research",
        name_ko="삼성리서치",
        kind=Kind.RESEARCH_INSTITUTE,
        country="KR",
        founded_year=2017,
        website="https://research.samsung.com",
        description=(
            "Samsung's integrated R&D division for consumer electronics, IT and mobile, created "
            "at the end of 2017 by reorganising the Software R&D divisions and the Digital Media "
            "and Communications R&D centre. Its priorities are research into AI, IoT, data and "
            "cloud. Having started late on AI, it is building five research centres, each with "
            "its own focus and close to universities and start-up zones: in South Korea, "
            "Canada, the US, Russia and Cambridge (UK), where the focus is AI. The aim is a "
            "leading edge where AI can be used, such as management processes for manufacturing, "
            "governance, incubating new businesses and other business operations."
        ),
        sources=(MISSION_REPORT,),
        # Its priorities: AI, IoT, data and cloud; AI for manufacturing management processes.
        sectors=("ai-data", "iot", "smart-manufacturing-robotics"),
        offers=("cloud-computing", "iot-platforms", "data-analytics"),
        seeks=("machine-learning", "manufacturing-process-ai"),
    ),
    OrganisationSeed(
        external_id="demo-lg",
        name="LG",
        name_ko="LG",
        kind=Kind.LARGE_COMPANY,
        country="KR",
        description=(
            "One of the chaebols that, the 2018 expert mission report says, invest heavily in "
            "R&D locally and use global acquisitions and mergers to boost internal innovation. "
            "Named among the large corporations that fund the Centres for Creative Economy and "
            "Innovation. The report notes that powerful vertical players such as Samsung or LG "
            "prefer to negotiate and run their own mobile networks."
        ),
        sources=(MISSION_REPORT,),
    ),
    OrganisationSeed(
        external_id="demo-lg-cns",
        name="LG CNS",
        name_ko="LG CNS",
        kind=Kind.LARGE_COMPANY,
        country="KR",
        description=(
            "Led one of the consortia bidding for the Sejong national smart city pilot, with "
            "LG U+, LG Electronics, KB Financial Group, Shinhan Financial Group, CJ "
            "OliveNetworks and Naver Business Platform (as reported by the Korea Herald)."
        ),
        sources=(SMART_CITY_NOTE,),
        sectors=("smart-cities",),
        # It led a bid to build a whole smart city.
        offers=("smart-city-integration",),
    ),
    OrganisationSeed(
        external_id="demo-lg-uplus",
        name="LG U+",
        name_ko="LG유플러스",
        kind=Kind.LARGE_COMPANY,
        country="KR",
        description="Member of the LG CNS-led consortium bidding for the Sejong national smart "
        "city pilot.",
        sources=(SMART_CITY_NOTE,),
        sectors=("smart-cities",),
    ),
    OrganisationSeed(
        external_id="demo-lg-electronics",
        name="LG Electronics",
        name_ko="LG전자",
        kind=Kind.LARGE_COMPANY,
        country="KR",
        description="Member of the LG CNS-led consortium bidding for the Sejong national smart "
        "city pilot.",
        sources=(SMART_CITY_NOTE,),
        sectors=("smart-cities",),
    ),
    OrganisationSeed(
        external_id="demo-kb-financial-group",
        name="KB Financial Group",
        name_ko="KB금융그룹",
        kind=Kind.LARGE_COMPANY,
        country="KR",
        description="Financial group, member of the LG CNS-led consortium bidding for the "
        "Sejong national smart city pilot.",
        sources=(SMART_CITY_NOTE,),
        sectors=("smart-cities", "fintech-blockchain"),
    ),
    OrganisationSeed(
        external_id="demo-shinhan-financial-group",
        name="Shinhan Financial Group",
        name_ko="신한금융그룹",
        kind=Kind.LARGE_COMPANY,
        country="KR",
        description="Financial group, member of the LG CNS-led consortium bidding for the "
        "Sejong national smart city pilot.",
        sources=(SMART_CITY_NOTE,),
        sectors=("smart-cities", "fintech-blockchain"),
    ),
    OrganisationSeed(
        external_id="demo-cj-olivenetworks",
        name="CJ OliveNetworks",
        name_ko="CJ올리브네트웍스",
        kind=Kind.LARGE_COMPANY,
        country="KR",
        description="IT firm in the LG CNS-led consortium bidding for the Sejong national smart "
        "city pilot.",
        sources=(SMART_CITY_NOTE,),
        sectors=("smart-cities",),
    ),
    OrganisationSeed(
        external_id="demo-naver-business-platform",
        name="Naver Business Platform",
        name_ko="네이버비즈니스플랫폼",
        kind=Kind.LARGE_COMPANY,
        country="KR",
        description="IT firm in the LG CNS-led consortium bidding for the Sejong national smart "
        "city pilot.",
        sources=(SMART_CITY_NOTE,),
        sectors=("smart-cities",),
    ),
    OrganisationSeed(
        external_id="demo-kt",
        name="KT Corporation",
        name_ko="KT",
        kind=Kind.LARGE_COMPANY,
        country="KR",
        description=(
            "Formerly Korea Telecom; the 2018 expert mission report calls it South Korea's "
            "equivalent of BT. As an Olympic partner at PyeongChang 2018 it ran the 5G pavilion "
            "and a prototype 5G-connected driverless bus on a public road lined with 21 mmWave "
            "base stations, using URLLC for self-driving and eMBB for video, and showed VR "
            "experiences and new sports coverage (Sync View, Point View and Time Slice, over a "
            "26GHz mmWave installation). Its roadmap then: eMBB 5G service in 2019 in the "
            "3.5GHz band, with mmWave (28GHz) hotspot service. Lead sponsor of the Gyeonggi "
            "Centre for Creative Economy and Innovation, which gives it early sight of start-up "
            "ideas. Bid with Hyundai Motor for the Sejong national smart city pilot."
        ),
        sources=(MISSION_REPORT, SMART_CITY_NOTE),
        sectors=("telecoms-5g-6g", "immersive-media-games", "mobility", "smart-cities"),
        offers=(
            "embb",
            "urllc",
            "mmwave-radio",
            "virtual-reality",
            "multi-camera-capture",
            "live-video-streaming",
            # Its driverless 5G bus at PyeongChang, which read the traffic ahead over 5G.
            "autonomous-driving",
            "connected-vehicles-v2x",
        ),
        seeks=(*KOREAN_5G_WORKSHOP_INTERESTS, "game-development", "machine-learning"),
    ),
    OrganisationSeed(
        external_id="demo-hyundai-motor",
        name="Hyundai Motor Company",
        name_ko="현대자동차",
        kind=Kind.LARGE_COMPANY,
        country="KR",
        description=(
            "Olympic partner at PyeongChang 2018, where it showcased a fleet of hydrogen-fuelled "
            "self-driving cars on public roads. Each car carried radars and cameras connected to "
            "KT's mmWave 5G cells along a 7km track, and needed a driver on certain roads. At "
            "the time it hoped to have some autonomous cars available in 'smart city' areas of "
            "South Korea by 2021. Bid with KT for the Sejong national smart city pilot. The "
            "mission report also names Hyundai, with Samsung and LG, among the chaebols and the "
            "corporations that fund the Centres for Creative Economy and Innovation."
        ),
        sources=(MISSION_REPORT, SMART_CITY_NOTE),
        sectors=("mobility", "energy-clean-growth", "smart-cities"),
        offers=("autonomous-driving", "hydrogen-fuel-cell-vehicles", "automotive-sensing"),
        # The report: unclear where the cars' hydrogen would come from beyond solar power; the
        # cars ran on KT's 5G cells, and URLLC is what enables smart cars.
        seeks=("hydrogen-supply", "urllc"),
    ),
    OrganisationSeed(
        external_id="demo-hyundai-engineering-construction",
        name="Hyundai Engineering & Construction",
        name_ko="현대건설",
        kind=Kind.LARGE_COMPANY,
        country="KR",
        description="Hyundai affiliate in the KT-Hyundai Motor consortium bidding for the "
        "Sejong national smart city pilot.",
        sources=(SMART_CITY_NOTE,),
        sectors=("smart-cities",),
    ),
    OrganisationSeed(
        external_id="demo-selvas-ai",
        name="Selvas AI",
        name_ko="셀바스AI",
        kind=Kind.SME,
        country="KR",
        description=(
            "South Korean AI SME met by the 2018 expert mission. Jack H. Lee of Selvas AI said "
            "that, as an SME, there is data in the healthcare sector the company cannot reach, "
            "and that more discussion between the private sector and government is needed to "
            "foster innovation, a sentiment the report says UK AI start-ups echo."
        ),
        sources=(MISSION_REPORT,),
        sectors=("ai-data", "health-social-care"),
        offers=("medical-ai",),
        seeks=("health-data-interoperability", "health-big-data"),
    ),
    OrganisationSeed(
        external_id="demo-consortium-sejong-lg-cns",
        name="LG CNS consortium (Sejong smart city bid)",
        name_ko="LG CNS 컨소시엄",
        kind=Kind.CONSORTIUM,
        country="KR",
        city="Sejong",
        description=(
            "Consortium led by LG CNS that bid for the Sejong national smart city pilot, with "
            "LG U+, LG Electronics, KB Financial Group, Shinhan Financial Group and the IT firms "
            "CJ OliveNetworks and Naver Business Platform. The note on the bids advises foreign "
            "companies to find Korean partners involved in these projects, or to join or form "
            "consortia with local companies, in the city's fields: smart mobility, healthcare "
            "and remote medical services, edtech and remote learning, energy saving, digital "
            "governance and non-contact delivery, with drones, blockchain and other technologies."
        ),
        sources=(SMART_CITY_NOTE,),
        sectors=(
            "smart-cities",
            "mobility",
            "health-social-care",
            "edtech",
            "energy-clean-growth",
            "digital-governance",
        ),
        offers=("smart-city-integration",),
        seeks=(
            "telemedicine",
            "remote-learning",
            "energy-saving",
            "digital-public-services",
            "non-contact-delivery",
            "drones",
            "blockchain",
        ),
    ),
    OrganisationSeed(
        external_id="demo-consortium-sejong-kt-hyundai",
        name="KT-Hyundai Motor consortium (Sejong smart city bid)",
        name_ko="KT-현대자동차 컨소시엄",
        kind=Kind.CONSORTIUM,
        country="KR",
        city="Sejong",
        description=(
            "Consortium of KT and Hyundai Motor, with their affiliates such as Hyundai "
            "Engineering & Construction, that bid for the Sejong national smart city pilot. The "
            "note on the bids advises foreign companies to find Korean partners involved in "
            "these projects, or to join or form consortia with local companies, in the city's "
            "fields: smart mobility, healthcare and remote medical services, edtech and remote "
            "learning, energy saving, digital governance and non-contact delivery, with drones, "
            "blockchain and other technologies."
        ),
        sources=(SMART_CITY_NOTE,),
        sectors=(
            "smart-cities",
            "mobility",
            "health-social-care",
            "edtech",
            "energy-clean-growth",
            "digital-governance",
        ),
        offers=("smart-city-integration",),
        seeks=(
            "telemedicine",
            "remote-learning",
            "energy-saving",
            "digital-public-services",
            "non-contact-delivery",
            "drones",
            "blockchain",
        ),
    ),
)
