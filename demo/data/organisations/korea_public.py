"""Korean ministries, agencies, research institutes and innovation centres the source
documents name, with only what the documents say."""

from demo.data.organisations.records import (
    MISSION_REPORT,
    ROK_EU_RELEASE,
    ROK_UK_RELEASE,
    ROK_US_RELEASE,
    OrganisationSeed,
)
from organisations.models import OrganisationKind as Kind

# Capabilities the Korean side of the 2018 5G workshop asked the UK to work on with them.
KOREAN_5G_WORKSHOP_INTERESTS = ("spectrum-management", "3gpp-standardisation", "rail-connectivity")

KOREAN_PUBLIC_BODIES: tuple[OrganisationSeed, ...] = (
    OrganisationSeed(
        external_id="demo-etri",
        name="Electronics and Telecommunications Research Institute (ETRI)",
        name_ko="한국전자통신연구원",
        kind=Kind.RESEARCH_INSTITUTE,
        country="KR",
        website="https://www.etri.re.kr",
        description=(
            "Took part, with the Ministry of Science and ICT, the 5G Forum and KT, in the Third "
            "Korea-UK ICT Policy Forum 5G workshop in February 2018. The Korean side there "
            "expressed interest in collaborating with the UK on global 5G mmWave spectrum "
            "harmonisation, high-speed train standardisation in 3GPP and 5G innovation in "
            "vertical sectors."
        ),
        sources=(MISSION_REPORT,),
        sectors=("telecoms-5g-6g",),
        seeks=KOREAN_5G_WORKSHOP_INTERESTS,
    ),
    OrganisationSeed(
        external_id="demo-5g-forum",
        name="5G Forum",
        name_ko="5G포럼",
        kind=Kind.OTHER,
        country="KR",
        description=(
            "A 5G Forum subcommittee took part in the Third Korea-UK ICT Policy Forum 5G "
            "workshop in February 2018, where the Korean side expressed interest in "
            "collaborating with the UK on global 5G mmWave spectrum harmonisation, high-speed "
            "train standardisation in 3GPP and 5G innovation in vertical sectors."
        ),
        sources=(MISSION_REPORT,),
        sectors=("telecoms-5g-6g",),
        seeks=KOREAN_5G_WORKSHOP_INTERESTS,
    ),
    OrganisationSeed(
        external_id="demo-gccei",
        name="Gyeonggi Centre for Creative Economy and Innovation (GCCEI)",
        name_ko="경기창조경제혁신센터",
        kind=Kind.INNOVATION_CENTRE,
        country="KR",
        city="Gyeonggi Province",
        description=(
            "One of a network of eighteen innovation centres set up to incubate and accelerate "
            "start-ups and SMEs from South Korea and around the world. KT Corporation is its "
            "lead sponsor. In 2018 it hosted more than 120 start-ups working in games, 5G, ICT, "
            "AI and fintech, five of them foreign, and wanted to attract more; its focus is on "
            "companies in their first three years, which stay six to eighteen months. It "
            "provides facilities, offices, networking, marketing, translators, mentoring and "
            "introductions to investors. Jonghwi Lee, Director of its Open Innovation Lab, said "
            "it had recently established links with Israel."
        ),
        sources=(MISSION_REPORT,),
        sectors=("immersive-media-games", "telecoms-5g-6g", "ai-data", "fintech-blockchain"),
        seeks=("game-development", "machine-learning", "digital-payments"),
    ),
    OrganisationSeed(
        external_id="demo-ccei-network",
        name="Centres for Creative Economy and Innovation (CCEI) network",
        name_ko="창조경제혁신센터",
        kind=Kind.CONSORTIUM,
        country="KR",
        description=(
            "A network of eighteen innovation centres, GCCEI among them, funded by central "
            "government (through the Ministry of SMEs and Startups), local government and large "
            "corporations such as LG, Hyundai or Samsung, who each assign budgets and provide a "
            "focus for activity. More than 1,000 start-ups across the network in 2018. The "
            "centres work together, so a start-up is treated the same wherever it is registered, "
            "and they provide the space and facilities for multinationals and start-ups to "
            "collaborate on challenges such as the K-Startup Grand Challenge."
        ),
        sources=(MISSION_REPORT,),
    ),
    OrganisationSeed(
        external_id="demo-kisa",
        name="Korea Internet and Security Agency (KISA)",
        name_ko="한국인터넷진흥원",
        kind=Kind.GOVERNMENT_BODY,
        country="KR",
        website="https://www.kisa.or.kr",
        description=(
            "Under the RoK-US 'Strategic Cybersecurity Cooperation Framework', one KISA expert "
            "has been dispatched to the US National Institute of Standards and Technology "
            "(NIST) as part of an exchange of people already in action in September 2023."
        ),
        sources=(ROK_US_RELEASE,),
        sectors=("cyber-security",),
    ),
    OrganisationSeed(
        external_id="demo-msit",
        name="Ministry of Science and ICT (MSIT)",
        name_ko="과학기술정보통신부",
        kind=Kind.GOVERNMENT_BODY,
        country="KR",
        website="https://www.msit.go.kr",
        description=(
            "Korea's ministry for science and ICT. In 2018 it managed spectrum allocation and "
            "auctions (accelerating the 3.3-3.6GHz and 26.5-29.5GHz bands, with a 27.5-28.5GHz "
            "auction planned for June 2018) and planned an AI strategy and roadmap; the "
            "government launched an AI Open Innovation Hub portal and promised to share "
            "government data. Korean policy-makers were keen to collaborate with the UK on AI "
            "and IoT, and on standards, ethics and privacy. On 22 November 2023 Minister Lee "
            "Jong Ho signed the ROK-UK Digital Partnership, an MoU on space cooperation and an "
            "Implementation Arrangement on science and technology cooperation with UK DSIT. "
            "MSIT leads Korea's side of the ROK-EU Digital Partnership Council and co-hosted "
            "the 7th RoK-US ICT Policy Forum in September 2023."
        ),
        sources=(MISSION_REPORT, ROK_UK_RELEASE, ROK_EU_RELEASE, ROK_US_RELEASE),
        sectors=(
            "telecoms-5g-6g",
            "ai-data",
            "semiconductors",
            "quantum",
            "space",
            "cyber-security",
            "digital-governance",
        ),
        # Government data it promised to share; the space MoU's policy and regulatory
        # framework, which it signed for Korea.
        offers=("open-data-platforms", "space-regulation-policy"),
        seeks=(
            *KOREAN_5G_WORKSHOP_INTERESTS,
            "ai-ethics-governance",
            "digital-standards",
            "chip-design-ip",
            "open-ran",
            # Fields of the ROK-UK space MoU, and of the ROK-EU Beyond 5G/6G research.
            "earth-observation",
            "satellite-navigation-timing",
            "network-automation",
        ),
    ),
    OrganisationSeed(
        external_id="demo-nipa",
        name="National IT Industry Promotion Agency (NIPA)",
        name_ko="정보통신산업진흥원",
        kind=Kind.GOVERNMENT_BODY,
        country="KR",
        description="Launched the K-Startup Grand Challenge accelerator programme in 2016, with "
        "funding from the Ministry of SMEs and Startups.",
        sources=(MISSION_REPORT,),
    ),
    OrganisationSeed(
        external_id="demo-mss",
        name="Ministry of SMEs and Startups (MSS)",
        name_ko="중소벤처기업부",
        kind=Kind.GOVERNMENT_BODY,
        country="KR",
        description="Funds the K-Startup Grand Challenge and, with local government and large "
        "corporations, the network of eighteen Centres for Creative Economy and Innovation.",
        sources=(MISSION_REPORT,),
    ),
    OrganisationSeed(
        external_id="demo-motie",
        name="Ministry of Trade, Industry and Energy (MOTIE)",
        name_ko="산업통상자원부",
        kind=Kind.GOVERNMENT_BODY,
        country="KR",
        description=(
            "One of three Korean ministries (with MSIT and the Ministry of Health and Welfare) "
            "that ran separate intergovernmental bodies with UK DSIT on science and technology "
            "cooperation; the 2023 Implementation Arrangement replaces them with one ROK-UK "
            "joint commission."
        ),
        sources=(ROK_UK_RELEASE,),
    ),
    OrganisationSeed(
        external_id="demo-mohw",
        name="Ministry of Health and Welfare (MOHW)",
        name_ko="보건복지부",
        kind=Kind.GOVERNMENT_BODY,
        country="KR",
        description=(
            "One of three Korean ministries (with MSIT and the Ministry of Trade, Industry and "
            "Energy) that ran separate intergovernmental bodies with UK DSIT on science and "
            "technology cooperation; the 2023 Implementation Arrangement replaces them with one "
            "ROK-UK joint commission."
        ),
        sources=(ROK_UK_RELEASE,),
        sectors=("health-social-care",),
    ),
    OrganisationSeed(
        external_id="demo-pipc",
        name="Personal Information Protection Commission (PIPC)",
        name_ko="개인정보보호위원회",
        kind=Kind.GOVERNMENT_BODY,
        country="KR",
        description="Co-hosted, with MSIT, the 7th RoK-US ICT Policy Forum on 12-13 September "
        "2023.",
        sources=(ROK_US_RELEASE,),
        sectors=("digital-governance",),
        # What its name says it does: protect personal information.
        offers=("data-protection-compliance",),
    ),
)
