"""European and US organisations the source documents name, with only what they say."""

from demo.data.organisations.records import ROK_EU_RELEASE, ROK_US_RELEASE, OrganisationSeed
from organisations.models import OrganisationKind as Kind

INTERNATIONAL_ORGANISATIONS: tuple[OrganisationSeed, ...] = (
    OrganisationSeed(
        external_id="demo-european-commission",
        name="European Commission",
        kind=Kind.GOVERNMENT_BODY,
        country="BE",
        city="Brussels",
        website="https://commission.europa.eu",
        description=(
            "Hosted the second ROK-EU Digital Partnership Council at Le Berlaymont, its "
            "headquarters in Brussels, on 26 March 2024; the EU Commissioner for Internal Market "
            "and Korea's Minister of Science and ICT are the Council's chief delegates. There "
            "the EU and Korea agreed a 12 million euro collaborative research project in "
            "semiconductors and a 5 million euro Beyond 5G/6G project."
        ),
        sources=(ROK_EU_RELEASE,),
        sectors=("semiconductors", "telecoms-5g-6g", "quantum", "ai-data", "cyber-security"),
    ),
    OrganisationSeed(
        external_id="demo-kerc",
        name="KERC (Korea-EU Research Centre)",
        kind=Kind.OTHER,
        # The release does not say where KERC is; it is the Korea-EU Research Centre in Brussels.
        country="BE",
        description="First published, on 27 March 2024, the report of the second ROK-EU Digital "
        "Partnership Council.",
        sources=(ROK_EU_RELEASE,),
    ),
    OrganisationSeed(
        external_id="demo-korea-europe-quantum-centre",
        name="Korea-Europe Quantum Science Technology Cooperation Center",
        kind=Kind.OTHER,
        country="BE",
        city="Brussels",
        description=(
            "Newly established in Brussels (March 2024). It has contributed to Korea-EU "
            "cooperation in quantum technologies by co-hosting expert workshops and establishing "
            "networks between institutions."
        ),
        sources=(ROK_EU_RELEASE,),
        sectors=("quantum",),
    ),
    OrganisationSeed(
        external_id="demo-us-department-of-state",
        name="US Department of State",
        kind=Kind.GOVERNMENT_BODY,
        country="US",
        description=(
            "Proposed the RoK-US ICT Policy Forum, which began in 2013, and co-hosted its 7th "
            "edition with MSIT in September 2023, when the two countries released their first "
            "Joint Statement, covering OpenRAN, 6G, AI and quantum technology among others."
        ),
        sources=(ROK_US_RELEASE,),
        sectors=("telecoms-5g-6g", "ai-data", "cyber-security", "digital-governance"),
    ),
    OrganisationSeed(
        external_id="demo-ntia",
        name="National Telecommunications and Information Administration (NTIA)",
        kind=Kind.GOVERNMENT_BODY,
        country="US",
        description=(
            "In September 2023 agreed with MSIT to exchange policy on the responsibility and "
            "trustworthiness of AI, and to collaborate with telecoms operators and equipment "
            "manufacturers on both sides in OpenRAN and 6G, to make the telecoms supply chain "
            "more diverse."
        ),
        sources=(ROK_US_RELEASE,),
        sectors=("telecoms-5g-6g", "ai-data"),
    ),
    OrganisationSeed(
        external_id="demo-cisa",
        name="Cybersecurity and Infrastructure Security Agency (CISA)",
        kind=Kind.GOVERNMENT_BODY,
        country="US",
        description=(
            "In September 2023 MSIT proposed to CISA, under the 'Strategic Cybersecurity "
            "Cooperation Framework', regular seminars for sharing threat information, mutual "
            "participation in incident response training and joint cybersecurity research "
            "projects, on top of the information sharing and exchange of experts already in "
            "action."
        ),
        sources=(ROK_US_RELEASE,),
        sectors=("cyber-security",),
    ),
    OrganisationSeed(
        external_id="demo-nist",
        name="National Institute of Standards and Technology (NIST)",
        kind=Kind.GOVERNMENT_BODY,
        country="US",
        website="https://www.nist.gov",
        description="Hosts an expert from the Korea Internet and Security Agency under the RoK-US "
        "cybersecurity exchange of experts (September 2023).",
        sources=(ROK_US_RELEASE,),
        sectors=("cyber-security",),
    ),
    OrganisationSeed(
        external_id="demo-world-bank",
        name="World Bank",
        kind=Kind.OTHER,
        country="US",
        description=(
            "In September 2023 Korea's MSIT asked the World Bank to help spread Korea's vision "
            "of digital norms, and offered to share policy case studies and expertise in AI, "
            "data, networks and cybersecurity for digital development."
        ),
        sources=(ROK_US_RELEASE,),
        sectors=("digital-governance",),
    ),
    OrganisationSeed(
        external_id="demo-idb",
        name="Inter-American Development Bank (IDB)",
        kind=Kind.OTHER,
        country="US",
        description=(
            "Runs a joint project with Korea's MSIT to foster collaboration between digital "
            "enterprises of Korea and Central and South America and the region's innovation "
            "ecosystem. In September 2023 MSIT proposed extending their MoU (ICT and science "
            "policy training for Central and South American public workers, and joint ICT "
            "projects), which ran until November 2022."
        ),
        sources=(ROK_US_RELEASE,),
        sectors=("digital-governance",),
    ),
)
