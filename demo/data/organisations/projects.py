"""Consortia and past joint work the source documents describe: the collaboration network
the matching engine learns who-works-with-whom from."""

from demo.data.organisations.records import (
    MISSION_REPORT,
    ROK_EU_RELEASE,
    ROK_UK_RELEASE,
    ROK_US_RELEASE,
    SMART_CITY_NOTE,
    ConsortiumSeed,
    ProjectSeed,
)

CONSORTIA: tuple[ConsortiumSeed, ...] = (
    ConsortiumSeed(
        consortium="demo-consortium-sejong-lg-cns",
        leads=("demo-lg-cns",),
        members=(
            "demo-lg-uplus",
            "demo-lg-electronics",
            "demo-kb-financial-group",
            "demo-shinhan-financial-group",
            "demo-cj-olivenetworks",
            "demo-naver-business-platform",
        ),
    ),
    # The note names it after both companies, so both lead.
    ConsortiumSeed(
        consortium="demo-consortium-sejong-kt-hyundai",
        leads=("demo-kt", "demo-hyundai-motor"),
        members=("demo-hyundai-engineering-construction",),
    ),
    # The documents name no lead for the network of eighteen centres.
    ConsortiumSeed(consortium="demo-ccei-network", leads=(), members=("demo-gccei",)),
)

SEJONG_PILOT = "Sejong national smart city pilot"
PYEONGCHANG = "PyeongChang 2018 Winter Olympics"

PROJECTS: tuple[ProjectSeed, ...] = (
    ProjectSeed(
        external_id="demo-project-ict-expert-mission-2018",
        title="Innovate UK ICT Expert Mission to South Korea",
        year=2018,
        programme="Innovate UK Global Expert Missions",
        description=(
            "Four days of site visits and workshops in February 2018 to understand South "
            "Korea's '4th Industrial Revolution' (AI, VR, 5G, IoT and data analytics), explore "
            "bilateral collaboration in ICT and engage Korean public, business and innovation "
            "stakeholders. The delegation saw the 5G demonstrations at the PyeongChang Winter "
            "Olympics and joined the third UK-South Korea ICT Policy Forum."
        ),
        participants=(
            "demo-innovate-uk",
            "demo-ktn",
            "demo-british-embassy-seoul-sin",
            "demo-digital-catapult",
            "demo-kings-college-london",
            "demo-alchera-technologies",
            "demo-bayes-server",
            "demo-cambridge-applied-research",
            "demo-ordnance-survey",
            "demo-valuechain",
        ),
        sources=(MISSION_REPORT,),
    ),
    ProjectSeed(
        external_id="demo-project-ict-policy-forum-5g-2018",
        title="Third Korea-UK ICT Policy Forum 5G workshop",
        year=2018,
        programme="Korea-UK ICT Policy Forum",
        description=(
            "Discussion of 5G use cases, security, government intervention, R&D, spectrum, "
            "roll-out plans and devices. The Korean side offered to collaborate on 5G for "
            "high-speed trains in 3GPP, and asked for UK collaboration on mmWave spectrum "
            "harmonisation ahead of WRC-19 and an exchange on 5G in vertical sectors."
        ),
        participants=(
            "demo-dcms",
            "demo-5gic",
            "demo-innovate-uk",
            "demo-ktn",
            "demo-msit",
            "demo-5g-forum",
            "demo-kt",
            "demo-etri",
        ),
        sources=(MISSION_REPORT,),
    ),
    ProjectSeed(
        external_id="demo-project-pyeongchang-5g-olympics",
        title="5G demonstrations at the PyeongChang 2018 Winter Olympics",
        year=2018,
        programme=PYEONGCHANG,
        description=(
            "The 'first ever 5G Olympics': a large-scale demonstration of connected "
            "technologies, mainly by the Olympic partners KT, Samsung and Hyundai Motor, "
            "including live 4K video on 5G-ready tablets, AI translation and call centres, AR "
            "way-finding, IoT kiosks and smart bands, VR sports experiences and multi-camera "
            "sports coverage."
        ),
        participants=("demo-kt", "demo-samsung", "demo-hyundai-motor"),
        sources=(MISSION_REPORT,),
    ),
    ProjectSeed(
        external_id="demo-project-kt-5g-self-driving-bus",
        title="5G-connected self-driving bus",
        year=2018,
        programme=PYEONGCHANG,
        description=(
            "KT's prototype driverless bus on a two-to-three-kilometre public road lined with 21 "
            "5G mmWave base stations provided by Samsung, using URLLC for self-driving and eMBB "
            "for video; the radios used beam-forming and beam-tracking."
        ),
        participants=("demo-kt", "demo-samsung"),
        sources=(MISSION_REPORT,),
    ),
    ProjectSeed(
        external_id="demo-project-hyundai-5g-autonomous-cars",
        title="Hydrogen-fuelled self-driving cars on a 5G track",
        year=2018,
        programme=PYEONGCHANG,
        description=(
            "Hyundai's fleet of hydrogen-fuelled self-driving cars on public roads around "
            "PyeongChang, with radars and cameras connected to KT's mmWave 5G cells along a 7km "
            "track."
        ),
        participants=("demo-hyundai-motor", "demo-kt"),
        sources=(MISSION_REPORT,),
    ),
    ProjectSeed(
        external_id="demo-project-sejong-bid-lg-cns",
        title="Sejong national smart city pilot bid (LG CNS consortium)",
        year=None,
        programme=SEJONG_PILOT,
        description="Bid by the LG CNS-led consortium for the 2.5 trillion won Sejong national "
        "smart city pilot.",
        participants=(
            "demo-lg-cns",
            "demo-lg-uplus",
            "demo-lg-electronics",
            "demo-kb-financial-group",
            "demo-shinhan-financial-group",
            "demo-cj-olivenetworks",
            "demo-naver-business-platform",
        ),
        sources=(SMART_CITY_NOTE,),
    ),
    ProjectSeed(
        external_id="demo-project-sejong-bid-kt-hyundai",
        title="Sejong national smart city pilot bid (KT-Hyundai Motor consortium)",
        year=None,
        programme=SEJONG_PILOT,
        description="Bid by the KT-Hyundai Motor consortium, with affiliates such as Hyundai "
        "Engineering & Construction, for the 2.5 trillion won Sejong national smart city pilot.",
        participants=("demo-kt", "demo-hyundai-motor", "demo-hyundai-engineering-construction"),
        sources=(SMART_CITY_NOTE,),
    ),
    ProjectSeed(
        external_id="demo-project-kitsat-1",
        title="KITSAT-1 satellite",
        year=None,
        programme="",
        description=(
            "Korea's KITSAT-1, developed in collaboration with the University of Surrey, "
            "signalled the start of Korea's space endeavours. The source names no Korean "
            "partner and no year."
        ),
        participants=("demo-university-of-surrey",),
        sources=(ROK_UK_RELEASE,),
    ),
    ProjectSeed(
        external_id="demo-project-rok-uk-digital-partnership-2023",
        title="ROK-UK Digital Partnership, space MoU and science and technology arrangement",
        year=2023,
        programme="ROK-UK Digital Partnership",
        description=(
            "Signed on 22 November 2023: cooperation in 11 digital fields including telecoms "
            "supply chain diversification, semiconductors, AI and global digital norms; an MoU "
            "on peaceful space cooperation; and an Implementation Arrangement creating an "
            "ROK-UK joint commission on science and technology."
        ),
        participants=("demo-msit", "demo-dsit"),
        sources=(ROK_UK_RELEASE,),
    ),
    ProjectSeed(
        external_id="demo-project-rok-eu-digital-partnership-council-2024",
        title="Second ROK-EU Digital Partnership Council",
        year=2024,
        programme="ROK-EU Digital Partnership",
        description=(
            "Held on 26 March 2024 in Brussels. Reviewed cooperation in semiconductors, 5G/6G, "
            "quantum technologies, AI, cybersecurity and online platforms, and agreed joint "
            "research in semiconductors and Beyond 5G/6G."
        ),
        participants=("demo-msit", "demo-european-commission"),
        sources=(ROK_EU_RELEASE,),
    ),
    ProjectSeed(
        external_id="demo-project-rok-us-ict-policy-forum-2023",
        title="7th RoK-US ICT Policy Forum",
        year=2023,
        programme="RoK-US ICT Policy Forum",
        description=(
            "Held on 12-13 September 2023; the first Joint Statement in the forum's history, "
            "agreeing collaboration in OpenRAN, 6G and emerging technologies such as AI and "
            "quantum. The Korean delegation combined government officials and private-sector "
            "representatives."
        ),
        participants=("demo-msit", "demo-pipc", "demo-us-department-of-state"),
        sources=(ROK_US_RELEASE,),
    ),
    ProjectSeed(
        external_id="demo-project-kisa-nist-expert-exchange",
        title="Cybersecurity expert exchange: KISA expert at NIST",
        year=None,
        programme="RoK-US Strategic Cybersecurity Cooperation Framework",
        description="One expert from the Korea Internet and Security Agency dispatched to the "
        "US National Institute of Standards and Technology, in action by September 2023.",
        participants=("demo-kisa", "demo-nist"),
        sources=(ROK_US_RELEASE,),
    ),
    ProjectSeed(
        external_id="demo-project-msit-idb-digital-enterprises",
        title="Korea and Central and South America digital enterprise collaboration",
        year=None,
        programme="",
        description="Joint project of MSIT and the Inter-American Development Bank to foster "
        "collaboration between digital enterprises of Korea and Central and South America and "
        "the region's innovation ecosystem.",
        participants=("demo-msit", "demo-idb"),
        sources=(ROK_US_RELEASE,),
    ),
)
