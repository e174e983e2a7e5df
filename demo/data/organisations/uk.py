"""UK organisations the source documents name, with only what the documents say.

The 2018 mission report lists its UK companies without saying what they do; only where a
company's name makes its field plain (Bayes Server, Ordnance Survey) is an offer recorded."""

from demo.data.organisations.records import MISSION_REPORT, ROK_UK_RELEASE, OrganisationSeed
from organisations.models import OrganisationKind as Kind

MISSION_MEMBER = "Took part in the Innovate UK ICT Expert Mission to South Korea in February 2018."

UK_ORGANISATIONS: tuple[OrganisationSeed, ...] = (
    OrganisationSeed(
        external_id="demo-samsung-ai-centre-cambridge",
        name="Samsung AI Centre Cambridge",
        kind=Kind.RESEARCH_INSTITUTE,
        country="GB",
        city="Cambridge",
        founded_year=2018,
        website="https://research.samsung.com/aicentre_cambridge",
        description=(
            "One of the five research centres Samsung Research is setting up around the world, "
            "each with a particular focus; the Cambridge centre's focus is AI. Launched in May "
            "2018."
        ),
        sources=(MISSION_REPORT,),
        sectors=("ai-data",),
        offers=("machine-learning",),
    ),
    OrganisationSeed(
        external_id="demo-innovate-uk",
        name="Innovate UK",
        kind=Kind.GOVERNMENT_BODY,
        country="GB",
        description=(
            "Runs the Global Expert Missions, led by its Knowledge Transfer Network, to build "
            "strategic partnerships, gain insight into opportunities for UK innovation and shape "
            "future programmes. Sent the ICT Expert Mission to South Korea in February 2018."
        ),
        sources=(MISSION_REPORT,),
    ),
    OrganisationSeed(
        external_id="demo-ktn",
        name="Knowledge Transfer Network (KTN)",
        kind=Kind.OTHER,
        country="GB",
        description=(
            "Innovate UK's Knowledge Transfer Network leads its Global Expert Missions. It drew "
            "up the itinerary of the 2018 ICT Expert Mission to South Korea with the Science and "
            "Innovation Network at the British Embassy in Seoul."
        ),
        sources=(MISSION_REPORT,),
    ),
    OrganisationSeed(
        external_id="demo-digital-catapult",
        name="Digital Catapult",
        kind=Kind.INNOVATION_CENTRE,
        country="GB",
        website="https://www.digicatapult.org.uk",
        description=MISSION_MEMBER,
        sources=(MISSION_REPORT,),
    ),
    OrganisationSeed(
        external_id="demo-kings-college-london",
        name="King's College London",
        kind=Kind.UNIVERSITY,
        country="GB",
        city="London",
        website="https://www.kcl.ac.uk",
        description=MISSION_MEMBER,
        sources=(MISSION_REPORT,),
    ),
    OrganisationSeed(
        external_id="demo-alchera-technologies",
        name="Alchera Technologies",
        kind=Kind.SME,
        country="GB",
        description=MISSION_MEMBER,
        sources=(MISSION_REPORT,),
    ),
    OrganisationSeed(
        external_id="demo-bayes-server",
        name="Bayes Server",
        kind=Kind.SME,
        country="GB",
        website="https://www.bayesserver.com",
        description=MISSION_MEMBER,
        sources=(MISSION_REPORT,),
        sectors=("ai-data",),
        offers=("bayesian-modelling",),
    ),
    OrganisationSeed(
        external_id="demo-cambridge-applied-research",
        name="Cambridge Applied Research",
        kind=Kind.SME,
        country="GB",
        description=MISSION_MEMBER,
        sources=(MISSION_REPORT,),
    ),
    OrganisationSeed(
        external_id="demo-ordnance-survey",
        name="Ordnance Survey",
        kind=Kind.GOVERNMENT_BODY,
        country="GB",
        website="https://www.ordnancesurvey.co.uk",
        description=MISSION_MEMBER,
        sources=(MISSION_REPORT,),
        sectors=("smart-cities",),
        offers=("geospatial-mapping",),
    ),
    OrganisationSeed(
        external_id="demo-valuechain",
        name="Valuechain",
        kind=Kind.SME,
        country="GB",
        description=MISSION_MEMBER,
        sources=(MISSION_REPORT,),
    ),
    OrganisationSeed(
        external_id="demo-5gic",
        name="5G Innovation Centre (5GIC)",
        kind=Kind.RESEARCH_INSTITUTE,
        country="GB",
        description=(
            "Members of 5GIC took part, with a senior DCMS delegation, in the Third Korea-UK ICT "
            "Policy Forum 5G workshop in February 2018. The Korean participants knew 5GIC's work "
            "and expressed interest in collaborating on global 5G mmWave spectrum harmonisation, "
            "high-speed train standardisation in 3GPP and 5G innovation in vertical sectors."
        ),
        sources=(MISSION_REPORT,),
        sectors=("telecoms-5g-6g",),
    ),
    OrganisationSeed(
        external_id="demo-university-of-surrey",
        name="University of Surrey",
        kind=Kind.UNIVERSITY,
        country="GB",
        website="https://www.surrey.ac.uk",
        description=(
            "Korea's KITSAT-1 satellite, which signalled the start of Korea's space endeavours, "
            "was developed in collaboration with the University of Surrey."
        ),
        sources=(ROK_UK_RELEASE,),
        sectors=("space",),
        offers=("small-satellites",),
    ),
    OrganisationSeed(
        external_id="demo-dsit",
        name="Department for Science, Innovation and Technology (DSIT)",
        kind=Kind.GOVERNMENT_BODY,
        country="GB",
        description=(
            "On 22 November 2023, during President Yoon Suk Yeol's state visit, Secretary of "
            "State Michelle Donelan signed with Korea's MSIT the ROK-UK Digital Partnership, an "
            "MoU on space cooperation and an Implementation Arrangement on science and "
            "technology cooperation. Vice Ministers of MSIT and DSIT are to lead their "
            "delegations to an annual ROK-UK Digital Partnership Forum."
        ),
        sources=(ROK_UK_RELEASE,),
        sectors=("telecoms-5g-6g", "semiconductors", "ai-data", "space", "digital-governance"),
    ),
    OrganisationSeed(
        external_id="demo-dcms",
        name="Department for Digital, Culture, Media and Sport (DCMS)",
        kind=Kind.GOVERNMENT_BODY,
        country="GB",
        description=(
            "Sent a senior delegation to the Third Korea-UK ICT Policy Forum 5G workshop in "
            "February 2018. Korean policy-makers were keen to collaborate with DCMS on "
            "standards, ethics and privacy."
        ),
        sources=(MISSION_REPORT,),
        sectors=("telecoms-5g-6g",),
    ),
    OrganisationSeed(
        external_id="demo-british-embassy-seoul-sin",
        name="Science and Innovation Network, British Embassy Seoul",
        kind=Kind.GOVERNMENT_BODY,
        country="GB",
        city="Seoul",
        description="Drew up the itinerary of the 2018 ICT Expert Mission to South Korea with "
        "Innovate UK's Knowledge Transfer Network.",
        sources=(MISSION_REPORT,),
    ),
    OrganisationSeed(
        external_id="demo-google-deepmind",
        name="Google DeepMind",
        kind=Kind.LARGE_COMPANY,
        country="GB",
        city="London",
        description=(
            "Developed AlphaGo, the Go-playing computer, in London in 2015. South Koreans the "
            "2018 mission met said AlphaGo had caught them on the hop, though they regarded it "
            "as a Google (US) project rather than a London success story."
        ),
        sources=(MISSION_REPORT,),
        sectors=("ai-data",),
        offers=("machine-learning",),
    ),
    OrganisationSeed(
        external_id="demo-alan-turing-institute",
        name="The Alan Turing Institute",
        kind=Kind.RESEARCH_INSTITUTE,
        country="GB",
        description="UK institute whose continuing work, the 2018 mission found, South Koreans "
        "did not seem aware of.",
        sources=(MISSION_REPORT,),
        sectors=("ai-data",),
    ),
)
