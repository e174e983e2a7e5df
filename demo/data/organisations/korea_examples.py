"""Fictional Korean companies, so that a UK SME in the demo finds more than the handful of
Korean organisations the documents describe. Each is set in a place and a programme the
documents name (the Busan national smart city's green energy, water and robotics; the
start-ups at Pangyo Techno Valley and GCCEI; Korea's chip manufacturing and packaging in the
ROK-UK Digital Partnership; the ROK-UK space MoU; the smart factory drive; the care needs of
the most rapidly ageing society), but the companies themselves are invented. Their names end
in "(example)" and their descriptions start "Example profile:", like the example UK SMEs."""

from demo.data.organisations.records import (
    EXAMPLE,
    MISSION_REPORT,
    ROK_UK_RELEASE,
    SMART_CITY_NOTE,
    OrganisationSeed,
)
from organisations.models import OrganisationKind as Kind
from organisations.models import Origin, SizeBand

KOREAN_EXAMPLE_PREFIX = "Example profile: a fictional Korean company, not a real one. "

# The Korean demo login owns this one.
KOREA_LOGIN_ORGANISATION = "demo-example-haeundae-blue-water"

KOREAN_EXAMPLE_ORGANISATIONS: tuple[OrganisationSeed, ...] = (
    OrganisationSeed(
        external_id="demo-example-haeundae-blue-water",
        name="Haeundae Blue Water (example)",
        name_ko="해운대 블루워터 (예시)",
        kind=Kind.SME,
        country="KR",
        city="Busan",
        size_band=SizeBand.SMALL,
        description=KOREAN_EXAMPLE_PREFIX
        + "Water and energy technology for the Busan national smart city, whose focus is "
        "renewable green energy, water technologies and robotics: sensor networks on water "
        "pipes and smart grids for districts running on renewable power. Looking for "
        "machine-learning, earth-observation and predictive-maintenance partners to forecast "
        "leaks, floods and demand.",
        sources=(EXAMPLE, SMART_CITY_NOTE),
        sectors=("energy-clean-growth", "smart-cities", "iot"),
        offers=(
            "water-technologies",
            "smart-grids",
            "renewable-energy",
            "iot-sensors",
            "industrial-iot",
        ),
        seeks=("machine-learning", "earth-observation", "predictive-maintenance", "digital-twins"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-yeongdo-harbour-robotics",
        name="Yeongdo Harbour Robotics (example)",
        name_ko="영도 하버 로보틱스 (예시)",
        kind=Kind.SME,
        country="KR",
        city="Busan",
        size_band=SizeBand.MEDIUM,
        description=KOREAN_EXAMPLE_PREFIX
        + "Builds industrial and service robots for Busan's port and its smart city's robotics "
        "focus, and the smart-factory lines they work on. Looking for machine-vision "
        "inspection and AI for production processes.",
        sources=(EXAMPLE, SMART_CITY_NOTE, MISSION_REPORT),
        sectors=("smart-manufacturing-robotics", "smart-cities"),
        offers=("industrial-robotics", "service-robots", "smart-factory-systems", "industrial-iot"),
        seeks=("machine-vision-inspection", "manufacturing-process-ai", "computer-vision"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-pangyo-openwave",
        name="Pangyo OpenWave (example)",
        name_ko="판교 오픈웨이브 (예시)",
        kind=Kind.STARTUP,
        country="KR",
        city="Seongnam (Pangyo Techno Valley)",
        founded_year=2024,
        size_band=SizeBand.MICRO,
        description=KOREAN_EXAMPLE_PREFIX
        + "A 5G start-up incubated at the Gyeonggi Centre for Creative Economy and Innovation, "
        "making Open RAN mmWave radio units with beamforming. Looking for partners in network "
        "automation, 3GPP standardisation and spectrum to take its radios abroad.",
        sources=(EXAMPLE, MISSION_REPORT, ROK_UK_RELEASE),
        sectors=("telecoms-5g-6g",),
        offers=("open-ran", "mmwave-radio", "beamforming"),
        seeks=("network-automation", "3gpp-standardisation", "spectrum-management"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-icheon-chip-packaging",
        name="Icheon Chip Packaging (example)",
        name_ko="이천 칩 패키징 (예시)",
        kind=Kind.SME,
        country="KR",
        city="Icheon",
        size_band=SizeBand.MEDIUM,
        description=KOREAN_EXAMPLE_PREFIX
        + "Advanced packaging and heterogeneous integration, with a small fabrication line: "
        "the manufacturing and processing strengths the ROK-UK Digital Partnership credits to "
        "Korea. Looking for chip designers with their own IP and verification tools.",
        sources=(EXAMPLE, ROK_UK_RELEASE),
        sectors=("semiconductors",),
        offers=("advanced-packaging", "heterogeneous-integration", "semiconductor-manufacturing"),
        seeks=("chip-design-ip", "eda-verification"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-ochang-semiconductor-materials",
        name="Ochang Semiconductor Materials (example)",
        name_ko="오창 반도체소재 (예시)",
        kind=Kind.SME,
        country="KR",
        city="Cheongju",
        size_band=SizeBand.SMALL,
        description=KOREAN_EXAMPLE_PREFIX
        + "Materials and compounds for semiconductors, one of the R&D fields of the ROK-UK "
        "Digital Partnership, supplied to Korean fabs. Looking for designers of neuromorphic "
        "and low-power chips to co-develop materials with.",
        sources=(EXAMPLE, ROK_UK_RELEASE),
        sectors=("semiconductors",),
        offers=("semiconductor-materials", "semiconductor-manufacturing"),
        seeks=("neuromorphic-computing", "chip-design-ip"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-daedeok-smallsat",
        name="Daedeok SmallSat (example)",
        name_ko="대덕 스몰샛 (예시)",
        kind=Kind.SME,
        country="KR",
        city="Daejeon",
        size_band=SizeBand.SMALL,
        description=KOREAN_EXAMPLE_PREFIX
        + "Designs and builds small satellites and their communication payloads, in the line "
        "of KITSAT-1, which Korea developed with the University of Surrey. Looking for "
        "earth-observation and timing partners under the ROK-UK space cooperation MoU.",
        sources=(EXAMPLE, ROK_UK_RELEASE),
        sectors=("space",),
        offers=("small-satellites", "satellite-communications"),
        seeks=("earth-observation", "satellite-navigation-timing", "space-regulation-policy"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-suwon-silver-care",
        name="Suwon Silver Care AI (example)",
        name_ko="수원 실버케어 AI (예시)",
        kind=Kind.STARTUP,
        country="KR",
        city="Suwon",
        founded_year=2023,
        size_band=SizeBand.MICRO,
        description=KOREAN_EXAMPLE_PREFIX
        + "Medical AI and wearables for older people, for the most rapidly ageing society in "
        "the developed world. Looking for telemedicine, remote monitoring and health data "
        "exchange partners.",
        sources=(EXAMPLE, MISSION_REPORT),
        sectors=("health-social-care", "ai-data"),
        offers=("medical-ai", "wearables"),
        seeks=(
            "telemedicine",
            "remote-patient-monitoring",
            "health-data-interoperability",
            "ai-ethics-governance",
        ),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-pangyo-mobility-lab",
        name="Pangyo Mobility Lab (example)",
        name_ko="판교 모빌리티랩 (예시)",
        kind=Kind.SME,
        country="KR",
        city="Seongnam (Pangyo Techno Valley)",
        size_band=SizeBand.SMALL,
        description=KOREAN_EXAMPLE_PREFIX
        + "Runs autonomous shuttles on the Pangyo Techno Valley roads, the testbed for "
        "autonomous vehicles the 2018 expert mission describes, with its own sensor fusion. "
        "Looking for HD maps, V2X and precise positioning partners.",
        sources=(EXAMPLE, MISSION_REPORT),
        sectors=("mobility", "smart-cities"),
        offers=("autonomous-driving", "automotive-sensing", "intelligent-transport-systems"),
        seeks=("hd-maps", "connected-vehicles-v2x", "satellite-navigation-timing"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-gyeonggi-playcast",
        name="Gyeonggi PlayCast (example)",
        name_ko="경기 플레이캐스트 (예시)",
        kind=Kind.STARTUP,
        country="KR",
        city="Seongnam (Pangyo Techno Valley)",
        founded_year=2024,
        size_band=SizeBand.MICRO,
        description=KOREAN_EXAMPLE_PREFIX
        + "A GCCEI start-up filming sport with many small cameras over 5G, for time-slice "
        "replays and live UHD streams, in the line of the PyeongChang 2018 demonstrations. "
        "Looking for game and VR studios to turn its streams into spectator experiences.",
        sources=(EXAMPLE, MISSION_REPORT),
        sectors=("immersive-media-games",),
        offers=("multi-camera-capture", "live-video-streaming", "uhd-broadcasting"),
        seeks=("game-development", "virtual-reality", "augmented-reality"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-centum-civic-pay",
        name="Centum Civic Pay (example)",
        name_ko="센텀 시빅페이 (예시)",
        kind=Kind.SME,
        country="KR",
        city="Busan",
        size_band=SizeBand.SMALL,
        description=KOREAN_EXAMPLE_PREFIX
        + "Runs the open data platform and resident services of a smart-city district. "
        "Looking for payments, blockchain and fraud-detection partners for city services, and "
        "for someone to audit the AI in them.",
        sources=(EXAMPLE, SMART_CITY_NOTE),
        sectors=("smart-cities", "fintech-blockchain"),
        offers=("urban-data-platforms", "open-data-platforms", "digital-public-services"),
        seeks=("digital-payments", "blockchain", "fraud-detection", "ai-ethics-governance"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-seoul-trust-cloud",
        name="Seoul Trust Cloud (example)",
        name_ko="서울 트러스트 클라우드 (예시)",
        kind=Kind.SME,
        country="KR",
        city="Seoul",
        size_band=SizeBand.MEDIUM,
        description=KOREAN_EXAMPLE_PREFIX
        + "Cloud and open-data hosting for public bodies sharing government data, as Korea "
        "promised to do for AI. Looking for partners to audit the AI its customers run for "
        "safety and fairness.",
        sources=(EXAMPLE, MISSION_REPORT),
        sectors=("ai-data", "digital-governance"),
        offers=("cloud-computing", "open-data-platforms", "data-analytics"),
        seeks=("ai-ethics-governance", "machine-learning", "privacy-enhancing-technologies"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-jeju-ocean-watch",
        name="Jeju Ocean Watch (example)",
        name_ko="제주 오션워치 (예시)",
        kind=Kind.SME,
        country="KR",
        city="Jeju",
        size_band=SizeBand.SMALL,
        description=KOREAN_EXAMPLE_PREFIX
        + "Satellite-linked ocean buoys and sensors watching the sea around offshore wind and "
        "fish farms. Looking for earth-observation and satellite timing partners to combine "
        "its measurements with imagery from space, and for maintenance forecasts for the "
        "turbines it watches.",
        sources=(EXAMPLE, ROK_UK_RELEASE),
        sectors=("space", "iot", "energy-clean-growth"),
        offers=("iot-sensors", "satellite-communications", "data-analytics"),
        seeks=("earth-observation", "satellite-navigation-timing", "predictive-maintenance"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-yongin-foundry-services",
        name="Yongin Foundry Services (example)",
        name_ko="용인 파운드리 서비스 (예시)",
        kind=Kind.SME,
        country="KR",
        city="Yongin",
        size_band=SizeBand.MEDIUM,
        description=KOREAN_EXAMPLE_PREFIX
        + "Runs multi-project wafer runs and test for small chip designers, Korea's "
        "manufacturing and processing strength offered to design houses abroad. Looking for "
        "chip designers with their own IP to fill its runs.",
        sources=(EXAMPLE, ROK_UK_RELEASE),
        sectors=("semiconductors",),
        offers=("semiconductor-manufacturing", "advanced-packaging"),
        seeks=("chip-design-ip", "eda-verification"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-songdo-care-robotics",
        name="Songdo Care Robotics (example)",
        name_ko="송도 케어로보틱스 (예시)",
        kind=Kind.SME,
        country="KR",
        city="Incheon",
        size_band=SizeBand.SMALL,
        description=KOREAN_EXAMPLE_PREFIX
        + "Home robots that watch over older people living alone and call for help, with AI "
        "that spots falls: care for the most rapidly ageing society in the developed world. "
        "Looking for telemedicine, ageing-care and health-data partners to connect its robots"
        " to doctors.",
        sources=(EXAMPLE, MISSION_REPORT),
        sectors=("health-social-care", "smart-manufacturing-robotics"),
        offers=("service-robots", "medical-ai"),
        seeks=("telemedicine", "ageing-care-technology", "health-data-interoperability"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-changwon-smart-factory",
        name="Changwon Smart Factory Works (example)",
        name_ko="창원 스마트팩토리웍스 (예시)",
        kind=Kind.SME,
        country="KR",
        city="Changwon",
        size_band=SizeBand.MEDIUM,
        description=KOREAN_EXAMPLE_PREFIX
        + "Fits out machinery plants with smart-factory systems and industrial IoT, part of the"
        " national drive for smart factories since Manufacturing Industry Innovation 3.0. "
        "Looking for predictive-maintenance, machine-vision and process-AI partners for its "
        "customers' lines.",
        sources=(EXAMPLE, MISSION_REPORT),
        sectors=("smart-manufacturing-robotics", "iot"),
        offers=("smart-factory-systems", "industrial-iot", "industrial-robotics"),
        seeks=("predictive-maintenance", "machine-vision-inspection", "manufacturing-process-ai"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-sajik-sports-media",
        name="Sajik Sports Media (example)",
        name_ko="사직 스포츠미디어 (예시)",
        kind=Kind.SME,
        country="KR",
        city="Busan",
        size_band=SizeBand.SMALL,
        description=KOREAN_EXAMPLE_PREFIX
        + "Films baseball and football in UHD for broadcasters and clubs, in the line of the "
        "PyeongChang 2018 UHD and immersive coverage. Looking for VR, AR and game studios to "
        "turn matches into experiences for fans at home.",
        sources=(EXAMPLE, MISSION_REPORT),
        sectors=("immersive-media-games",),
        offers=("uhd-broadcasting", "live-video-streaming"),
        seeks=("virtual-reality", "augmented-reality", "game-development"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-k-stage-holo",
        name="K-Stage Holo (example)",
        name_ko="케이스테이지 홀로 (예시)",
        kind=Kind.STARTUP,
        country="KR",
        city="Seoul",
        founded_year=2023,
        size_band=SizeBand.MICRO,
        description=KOREAN_EXAMPLE_PREFIX
        + "Streams K-pop concerts as holograms and multi-camera replays over 5G. Looking for AR"
        " and VR studios and game makers to build fan experiences around them.",
        sources=(EXAMPLE, MISSION_REPORT),
        sectors=("immersive-media-games",),
        offers=("holography", "multi-camera-capture", "live-video-streaming"),
        seeks=("augmented-reality", "virtual-reality", "game-development"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-pangyo-edge-npu",
        name="Pangyo Edge NPU (example)",
        name_ko="판교 엣지NPU (예시)",
        kind=Kind.STARTUP,
        country="KR",
        city="Seongnam (Pangyo Techno Valley)",
        founded_year=2024,
        size_band=SizeBand.MICRO,
        description=KOREAN_EXAMPLE_PREFIX
        + "A fabless start-up making low-power AI accelerators for edge devices. Looking for "
        "processor and neuromorphic IP to license and for verification tools.",
        sources=(EXAMPLE, ROK_UK_RELEASE),
        sectors=("semiconductors", "ai-data"),
        offers=("edge-computing",),
        seeks=("chip-design-ip", "neuromorphic-computing", "eda-verification"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-gumi-sensor-fab",
        name="Gumi Sensor Fab (example)",
        name_ko="구미 센서팹 (예시)",
        kind=Kind.SME,
        country="KR",
        city="Gumi",
        size_band=SizeBand.MEDIUM,
        description=KOREAN_EXAMPLE_PREFIX
        + "Makes sensor chips and modules on its own line in the Gumi electronics cluster, "
        "Korea's manufacturing and processing strength. Looking for chip designers with low-"
        "power and neuromorphic IP.",
        sources=(EXAMPLE, ROK_UK_RELEASE),
        sectors=("semiconductors", "iot"),
        offers=("semiconductor-manufacturing", "iot-sensors"),
        seeks=("chip-design-ip", "neuromorphic-computing"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-osong-rail-connect",
        name="Osong Rail Connect (example)",
        name_ko="오송 레일커넥트 (예시)",
        kind=Kind.SME,
        country="KR",
        city="Cheongju (Osong)",
        size_band=SizeBand.SMALL,
        description=KOREAN_EXAMPLE_PREFIX
        + "Signalling and train-control systems for high-speed and regional lines, a high "
        "priority in Korea as in the UK. Looking for partners in 5G for trains, 3GPP "
        "standardisation and spectrum.",
        sources=(EXAMPLE, MISSION_REPORT),
        sectors=("mobility", "telecoms-5g-6g"),
        offers=("rail-control-systems", "intelligent-transport-systems"),
        seeks=("rail-connectivity", "3gpp-standardisation", "spectrum-management"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-sejong-last-mile",
        name="Sejong Last Mile (example)",
        name_ko="세종 라스트마일 (예시)",
        kind=Kind.STARTUP,
        country="KR",
        city="Sejong",
        founded_year=2023,
        size_band=SizeBand.MICRO,
        description=KOREAN_EXAMPLE_PREFIX
        + "Autonomous delivery robots for non-contact delivery, one of the fields of the Sejong"
        " national smart city. Looking for drone, HD-map and V2X partners to extend its "
        "routes.",
        sources=(EXAMPLE, SMART_CITY_NOTE),
        sectors=("mobility", "smart-cities"),
        offers=("autonomous-driving", "service-robots", "non-contact-delivery"),
        seeks=("drones", "hd-maps", "connected-vehicles-v2x"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-sejong-open-data-lab",
        name="Sejong Open Data Lab (example)",
        name_ko="세종 오픈데이터랩 (예시)",
        kind=Kind.SME,
        country="KR",
        city="Sejong",
        size_band=SizeBand.SMALL,
        description=KOREAN_EXAMPLE_PREFIX
        + "Runs open data portals and digital public services for cities, in Sejong's digital "
        "governance field, as Korea promised to share government data for AI. Looking for "
        "machine-learning, AI-audit and standards partners.",
        sources=(EXAMPLE, SMART_CITY_NOTE, MISSION_REPORT),
        sectors=("digital-governance", "ai-data", "smart-cities"),
        offers=("open-data-platforms", "urban-data-platforms", "digital-public-services"),
        seeks=("machine-learning", "ai-ethics-governance", "digital-standards"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-bundang-digital-hospital",
        name="Bundang Digital Hospital (example)",
        name_ko="분당 디지털병원 (예시)",
        kind=Kind.OTHER,
        country="KR",
        city="Seongnam",
        description=KOREAN_EXAMPLE_PREFIX
        + "A hospital with its own medical AI lab, next to Pangyo Techno Valley. Looking for "
        "telemedicine, remote monitoring and privacy-preserving health-data exchange "
        "partners, the data the 2018 mission heard Korean SMEs cannot reach.",
        sources=(EXAMPLE, MISSION_REPORT),
        sectors=("health-social-care", "ai-data"),
        offers=("medical-ai", "health-big-data"),
        seeks=(
            "telemedicine",
            "remote-patient-monitoring",
            "health-data-interoperability",
            "privacy-enhancing-technologies",
        ),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-goheung-ground-station",
        name="Goheung Ground Station (example)",
        name_ko="고흥 그라운드스테이션 (예시)",
        kind=Kind.SME,
        country="KR",
        city="Goheung",
        size_band=SizeBand.SMALL,
        description=KOREAN_EXAMPLE_PREFIX
        + "Runs ground stations and satellite links for small satellites. Looking for earth-"
        "observation and timing partners to offer data services on top of its links, under "
        "the ROK-UK space cooperation MoU.",
        sources=(EXAMPLE, ROK_UK_RELEASE),
        sectors=("space",),
        offers=("satellite-communications",),
        seeks=("earth-observation", "satellite-navigation-timing"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-gwangan-cloud-games",
        name="Gwangan Cloud Games (example)",
        name_ko="광안 클라우드게임즈 (예시)",
        kind=Kind.STARTUP,
        country="KR",
        city="Busan",
        founded_year=2024,
        size_band=SizeBand.MICRO,
        description=KOREAN_EXAMPLE_PREFIX
        + "Streams games from the cloud over 5G, for consumers the 2018 mission found focused "
        "on video and games. Looking for VR and AR studios to co-develop with.",
        sources=(EXAMPLE, MISSION_REPORT),
        sectors=("immersive-media-games",),
        offers=("live-video-streaming", "game-development"),
        seeks=("virtual-reality", "augmented-reality"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-daegu-smart-roads",
        name="Daegu Smart Roads (example)",
        name_ko="대구 스마트로드 (예시)",
        kind=Kind.SME,
        country="KR",
        city="Daegu",
        size_band=SizeBand.SMALL,
        description=KOREAN_EXAMPLE_PREFIX
        + "Intelligent road signs and traffic systems, which Korea planned to install across "
        "the country by 2022. Looking for V2X and HD-map partners so that connected vehicles "
        "can read them.",
        sources=(EXAMPLE, MISSION_REPORT),
        sectors=("mobility", "smart-cities"),
        offers=("intelligent-transport-systems", "iot-sensors"),
        seeks=("connected-vehicles-v2x", "hd-maps"),
        origin=Origin.EXAMPLE,
    ),
)
