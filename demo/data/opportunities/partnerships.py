"""Calls, programmes and events of the ROK-UK, ROK-EU and RoK-US digital partnerships."""

import datetime
from decimal import Decimal

from demo.data.opportunities.records import OpportunitySeed
from demo.data.organisations.records import ROK_EU_RELEASE, ROK_UK_RELEASE, ROK_US_RELEASE
from opportunities.models import Currency, OpportunityKind, OpportunityStatus

ROK_UK_HOSTS = ("demo-msit", "demo-dsit")
ROK_EU_HOSTS = ("demo-msit", "demo-european-commission")

PARTNERSHIP_OPPORTUNITIES: tuple[OpportunitySeed, ...] = (
    OpportunitySeed(
        external_id="demo-opp-rok-uk-ecosystem-workshop",
        title="ROK-UK Digital Partnership workshop on technology ecosystems",
        kind=OpportunityKind.EVENT,
        status=OpportunityStatus.PUBLISHED,
        hosts=ROK_UK_HOSTS,
        summary=(
            "A workshop for government bodies, businesses and other organisations from Korea "
            "and the UK to understand each other's technology ecosystems, share best practice "
            "and explore specific collaboration opportunities."
        ),
        description=(
            "Announced in the ROK-UK Digital Partnership signed on 22 November 2023, to enhance "
            "partnerships between start-ups and other businesses in digital technology. The two "
            "governments will also support analysis and sharing of what businesses in each "
            "country need, and the identification of potential partners. The press release "
            "gives no date or place."
        ),
        sectors=(
            "telecoms-5g-6g",
            "semiconductors",
            "ai-data",
            "cyber-security",
            "digital-governance",
        ),
        eligible_countries=("KR", "GB"),
        sources=(ROK_UK_RELEASE,),
    ),
    OpportunitySeed(
        external_id="demo-opp-rok-uk-space-cooperation",
        title="ROK-UK space cooperation",
        kind=OpportunityKind.PROGRAMME,
        status=OpportunityStatus.PUBLISHED,
        hosts=ROK_UK_HOSTS,
        summary=(
            "Joint working groups, joint research projects, expert exchanges, education "
            "programmes and exchanges between industry bodies under the ROK-UK MoU on space "
            "cooperation of November 2023."
        ),
        description=(
            "The MoU on space cooperation for peaceful purposes, signed on 22 November 2023, "
            "covers space exploration, commercial industry, infrastructure, satellites, the "
            "regulatory framework, navigation and timing, communications, earth observation, "
            "sustainability in the space sector, and mutual assistance in bilateral and "
            "multilateral talks. To implement it both countries will organise joint working "
            "groups, joint research projects, expert exchange, education programmes and "
            "exchange between industrial bodies. Both are signatories of the Artemis Accords. "
            "Korea's space endeavours began with KITSAT-1, developed with the University of "
            "Surrey. The press release names no call, budget or dates."
        ),
        sectors=("space",),
        required_capabilities=(
            "space-exploration",
            "small-satellites",
            "satellite-communications",
            "satellite-navigation-timing",
            "earth-observation",
            "space-sustainability",
            "space-regulation-policy",
        ),
        eligible_countries=("KR", "GB"),
        sources=(ROK_UK_RELEASE,),
    ),
    OpportunitySeed(
        external_id="demo-opp-rok-uk-semiconductor-rd",
        title="ROK-UK semiconductor R&D collaboration",
        kind=OpportunityKind.PROGRAMME,
        status=OpportunityStatus.PUBLISHED,
        hosts=ROK_UK_HOSTS,
        summary=(
            "R&D collaboration in cutting-edge chip design, semiconductor materials and "
            "compounds, and packaging, pairing Korea's manufacturing and processing with the "
            "UK's design and IP."
        ),
        description=(
            "Under the ROK-UK Digital Partnership (22 November 2023) both countries agreed to "
            "integrate their strengths in semiconductors, manufacture and processing for Korea, "
            "design and intellectual property for the UK, and to promote R&D collaboration in "
            "cutting-edge chip design, materials and compounds for semiconductors, and "
            "packaging technology. Exchanges between engineering experts from industry and "
            "academia of both countries will be further stimulated. The press release names no "
            "call, budget or dates."
        ),
        sectors=("semiconductors",),
        required_capabilities=("chip-design-ip", "semiconductor-materials", "advanced-packaging"),
        eligible_countries=("KR", "GB"),
        sources=(ROK_UK_RELEASE,),
    ),
    OpportunitySeed(
        external_id="demo-opp-rok-uk-open-ran-rd",
        title="ROK-UK wireless communication and Open RAN R&D collaboration",
        kind=OpportunityKind.PROGRAMME,
        status=OpportunityStatus.PUBLISHED,
        hosts=ROK_UK_HOSTS,
        summary=(
            "Collaboration in wireless communication and Open RAN R&D, and work on the "
            "security, resilience and interoperability of networks, under the ROK-UK Digital "
            "Partnership."
        ),
        description=(
            "The UK seeks to diversify its pool of network providers (5G Supply Chain "
            "Diversification Strategy, November 2020; Open RAN Principles, April 2022) and "
            "Korea announced its K-Network 2030 Strategy in February 2023. In the Digital "
            "Partnership (22 November 2023) the two countries agreed to improve the security, "
            "resilience and interoperability of communication networks, to promote "
            "collaboration in wireless communication and Open RAN R&D, and to strengthen "
            "partnerships between industry and academia of both countries. The press release "
            "names no call, budget or dates."
        ),
        sectors=("telecoms-5g-6g",),
        required_capabilities=("open-ran", "network-security", "network-interoperability"),
        eligible_countries=("KR", "GB"),
        sources=(ROK_UK_RELEASE,),
    ),
    OpportunitySeed(
        external_id="demo-opp-rok-us-openran-6g",
        title="RoK-US OpenRAN and 6G collaboration",
        kind=OpportunityKind.PROGRAMME,
        status=OpportunityStatus.PUBLISHED,
        hosts=("demo-msit", "demo-ntia"),
        summary=(
            "Korea's MSIT and the US NTIA agreed to collaborate with telecoms operators and "
            "equipment manufacturers on both sides in OpenRAN and 6G, to make the telecoms "
            "supply chain more diverse."
        ),
        description=(
            "Agreed on 12 September 2023, during the 7th RoK-US ICT Policy Forum, whose first "
            "Joint Statement covers collaboration in OpenRAN, 6G and emerging technologies such "
            "as AI and quantum. The press release names no call, budget or dates."
        ),
        sectors=("telecoms-5g-6g",),
        required_capabilities=("open-ran", "6g-research"),
        eligible_countries=("KR", "US"),
        sources=(ROK_US_RELEASE,),
    ),
    OpportunitySeed(
        external_id="demo-opp-rok-eu-semiconductor-research",
        title="ROK-EU collaborative research in semiconductors: neuromorphic computing and "
        "heterogeneous integration",
        kind=OpportunityKind.RD_CALL,
        # Due to start in the second half of 2024; the release gives no application deadline.
        status=OpportunityStatus.ARCHIVED,
        hosts=ROK_EU_HOSTS,
        summary=(
            "A 12 million euro, three-year Korea-EU collaborative research project on "
            "neuromorphic computing and heterogeneous integration, chosen by a joint selection "
            "process and due to begin in the second half of 2024."
        ),
        description=(
            "Agreed at the second ROK-EU Digital Partnership Council in Brussels on 26 March "
            "2024: 12 million euros (about 16.8 billion won, each side contributing 8.4 billion "
            "won) over three years, focusing on neuromorphic computing and heterogeneous "
            "integration technologies, to begin in the second half of 2024 after a joint "
            "selection process. The 1st Korea-EU Joint Researcher Forum on Semiconductors "
            "(Brussels, 25-26 March 2024) matched researchers for it.\n\n"
            "Archived: its start date has passed and the release gives no application deadline."
        ),
        sectors=("semiconductors",),
        required_capabilities=("neuromorphic-computing", "heterogeneous-integration"),
        budget_amount=Decimal("12000000"),
        budget_currency=Currency.EUR,
        sources=(ROK_EU_RELEASE,),
    ),
    OpportunitySeed(
        external_id="demo-opp-rok-eu-beyond-5g-6g-research",
        title="ROK-EU Beyond 5G/6G collaborative research: AI for wireless transmission and "
        "network automation",
        kind=OpportunityKind.RD_CALL,
        # Due to begin by the end of 2024; the release gives no application deadline.
        status=OpportunityStatus.ARCHIVED,
        hosts=ROK_EU_HOSTS,
        summary=(
            "A 5 million euro, three-year Korea-EU project to enhance wireless transmission "
            "using AI and to automate and optimise wireless networks, due to begin by the end "
            "of 2024."
        ),
        description=(
            "Agreed at the second ROK-EU Digital Partnership Council on 26 March 2024: "
            "collaborative research over three years with a total budget of 5 million euros "
            "(about 7.3 billion won; Korea contributing 3 billion won and the EU 3 million "
            "euros, about 4.3 billion won). Both sides also agreed to strengthen cooperation in "
            "standardisation forums based on a shared vision for 6G.\n\n"
            "Archived: its start date has passed and the release gives no application deadline."
        ),
        sectors=("telecoms-5g-6g", "ai-data"),
        required_capabilities=("ai-wireless-transmission", "network-automation", "6g-research"),
        budget_amount=Decimal("5000000"),
        budget_currency=Currency.EUR,
        sources=(ROK_EU_RELEASE,),
    ),
    OpportunitySeed(
        external_id="demo-opp-korea-eu-semiconductor-researcher-forum",
        title="1st Korea-EU Joint Researcher Forum on Semiconductors",
        kind=OpportunityKind.EVENT,
        status=OpportunityStatus.PUBLISHED,
        country="BE",
        city="Brussels",
        summary=(
            "Researcher matchmaking for the Korea-EU semiconductor research project, and "
            "networking between Korean and EU researchers."
        ),
        description=(
            "Held in Brussels on 25-26 March 2024, alongside the second ROK-EU Digital "
            "Partnership Council, to match researchers for the collaborative research project "
            "on neuromorphic computing and heterogeneous integration and to strengthen "
            "networking between Korean and EU researchers."
        ),
        sectors=("semiconductors",),
        required_capabilities=("neuromorphic-computing", "heterogeneous-integration"),
        opens_on=datetime.date(2024, 3, 25),
        deadline=datetime.date(2024, 3, 26),
        sources=(ROK_EU_RELEASE,),
    ),
    OpportunitySeed(
        external_id="demo-opp-quantum-korea-2024",
        title="Quantum Korea 2024",
        kind=OpportunityKind.EVENT,
        # Scheduled for June 2024; the release gives the month only.
        status=OpportunityStatus.ARCHIVED,
        country="KR",
        summary=(
            "Quantum networking event in Korea, scheduled for June 2024, in which Korea and "
            "the EU agreed to take part to strengthen quantum cooperation."
        ),
        description=(
            "Since the ROK-EU Quantum Technology Expert Working Group began in June 2023, "
            "collaborative research topics such as quantum simulators and quantum "
            "communication have been identified. Korea and the EU agreed to explore quantum R&D "
            "cooperation and to take part in quantum networking events hosted by both sides, "
            "such as Quantum Korea 2024.\n\n"
            "Archived: it was scheduled for June 2024; the release gives no exact dates."
        ),
        sectors=("quantum",),
        required_capabilities=("quantum-simulation", "quantum-communication"),
        sources=(ROK_EU_RELEASE,),
    ),
)
