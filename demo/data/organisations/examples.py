"""Fictional UK SMEs, so the demo has someone to match: each offers what the Korean
organisations in the documents seek and seeks what they offer. Their names end in
"(example)" and their descriptions start "Example profile:" so nobody mistakes them for real."""

from demo.data.organisations.records import EXAMPLE, OrganisationSeed
from organisations.models import OrganisationKind as Kind
from organisations.models import Origin, SizeBand

EXAMPLE_PREFIX = "Example profile: a fictional UK company, not a real one. "

# The demo SME login owns this one.
SME_LOGIN_ORGANISATION = "demo-example-hartwell-spectrum"

EXAMPLE_ORGANISATIONS: tuple[OrganisationSeed, ...] = (
    OrganisationSeed(
        external_id="demo-example-hartwell-spectrum",
        name="Hartwell Spectrum (example)",
        kind=Kind.SME,
        country="GB",
        city="Guildford",
        size_band=SizeBand.SMALL,
        description=EXAMPLE_PREFIX
        + "Radio engineers who advise on mmWave spectrum harmonisation, take part in 3GPP "
        "standardisation and design 5G connectivity for high-speed trains. Looking for partners "
        "with mmWave base stations and live 5G networks to trial on, and train-control makers.",
        sources=(EXAMPLE,),
        sectors=("telecoms-5g-6g", "mobility"),
        offers=(
            "spectrum-management",
            "3gpp-standardisation",
            "rail-connectivity",
            "network-automation",
        ),
        seeks=("mmwave-radio", "beamforming", "embb", "urllc", "rail-control-systems"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-quillon-games",
        name="Quillon Games (example)",
        kind=Kind.STARTUP,
        country="GB",
        city="Dundee",
        size_band=SizeBand.MICRO,
        description=EXAMPLE_PREFIX
        + "A two-year-old studio making VR and AR sports games. Looking for 5G networks, "
        "multi-camera capture and live streaming partners to build spectator experiences.",
        sources=(EXAMPLE,),
        sectors=("immersive-media-games",),
        offers=("game-development", "virtual-reality", "augmented-reality"),
        seeks=("multi-camera-capture", "live-video-streaming", "embb"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-fenmore-silicon",
        name="Fenmore Silicon (example)",
        kind=Kind.SME,
        country="GB",
        city="Bristol",
        size_band=SizeBand.SMALL,
        description=EXAMPLE_PREFIX
        + "Chip designers licensing low-power processor IP, with work on neuromorphic "
        "architectures. Looking for manufacturing and advanced packaging partners, and for "
        "edge-AI device makers to license to.",
        sources=(EXAMPLE,),
        sectors=("semiconductors",),
        offers=("chip-design-ip", "eda-verification", "neuromorphic-computing"),
        seeks=(
            "semiconductor-manufacturing",
            "advanced-packaging",
            "heterogeneous-integration",
            "edge-computing",
        ),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-larchfield-health-data",
        name="Larchfield Health Data (example)",
        kind=Kind.SME,
        country="GB",
        city="Leeds",
        size_band=SizeBand.SMALL,
        description=EXAMPLE_PREFIX
        + "Builds privacy-preserving platforms for exchanging medical records between "
        "hospitals and care providers. Looking for AI partners who need safe access to health "
        "data, and for secure cloud hosting.",
        sources=(EXAMPLE,),
        sectors=("health-social-care", "ai-data"),
        offers=(
            "health-data-interoperability",
            "health-big-data",
            "privacy-enhancing-technologies",
        ),
        seeks=("medical-ai", "cloud-computing"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-kestrel-responsible-ai",
        name="Kestrel Responsible AI (example)",
        kind=Kind.SME,
        country="GB",
        city="Edinburgh",
        size_band=SizeBand.MICRO,
        description=EXAMPLE_PREFIX
        + "Machine-learning engineers and policy specialists who audit AI systems for safety "
        "and fairness and help write technical standards. Looking for open government data and "
        "cloud partners.",
        sources=(EXAMPLE,),
        sectors=("ai-data", "digital-governance"),
        offers=("ai-ethics-governance", "machine-learning", "digital-standards"),
        seeks=("open-data-platforms", "cloud-computing"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-brackenridge-payments",
        name="Brackenridge Payments (example)",
        kind=Kind.SME,
        country="GB",
        city="Cardiff",
        size_band=SizeBand.SMALL,
        description=EXAMPLE_PREFIX
        + "Mobile payments and blockchain ledgers for city services, with fraud detection. "
        "Looking for open data and smart-city partners.",
        sources=(EXAMPLE,),
        sectors=("fintech-blockchain", "smart-cities"),
        offers=("digital-payments", "blockchain", "fraud-detection"),
        seeks=("open-data-platforms", "smart-city-integration"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-wrenfield-autonomy",
        name="Wrenfield Autonomy (example)",
        kind=Kind.SME,
        country="GB",
        city="Coventry",
        size_band=SizeBand.SMALL,
        description=EXAMPLE_PREFIX
        + "Delivery drones, HD maps and V2X software for connected vehicles. Looking for "
        "autonomous-driving and low-latency 5G partners to test with, and traffic systems to "
        "connect to.",
        sources=(EXAMPLE,),
        sectors=("mobility", "smart-cities"),
        offers=("drones", "hd-maps", "connected-vehicles-v2x", "non-contact-delivery"),
        seeks=(
            "autonomous-driving",
            "urllc",
            "automotive-sensing",
            "intelligent-transport-systems",
        ),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-ashcombe-care",
        name="Ashcombe Care Technology (example)",
        kind=Kind.SME,
        country="GB",
        city="Manchester",
        size_band=SizeBand.SMALL,
        description=EXAMPLE_PREFIX
        + "Telemedicine and remote monitoring for older people living at home, sharing records "
        "with their doctors. Looking for health AI, care robots and 5G partners.",
        sources=(EXAMPLE,),
        sectors=("health-social-care",),
        offers=(
            "telemedicine",
            "remote-patient-monitoring",
            "ageing-care-technology",
            "health-data-interoperability",
        ),
        seeks=("medical-ai", "service-robots", "embb"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-mersey-factory-analytics",
        name="Mersey Factory Analytics (example)",
        kind=Kind.SME,
        country="GB",
        city="Liverpool",
        size_band=SizeBand.MEDIUM,
        description=EXAMPLE_PREFIX
        + "AI for production lines: predictive maintenance and machine-vision inspection. "
        "Looking for smart-factory, industrial IoT and sensor partners.",
        sources=(EXAMPLE,),
        sectors=("smart-manufacturing-robotics", "ai-data"),
        offers=("manufacturing-process-ai", "predictive-maintenance", "machine-vision-inspection"),
        seeks=("smart-factory-systems", "industrial-iot", "iot-sensors", "cloud-computing"),
        origin=Origin.EXAMPLE,
    ),
    OrganisationSeed(
        external_id="demo-example-penhallow-space",
        name="Penhallow Space Systems (example)",
        kind=Kind.SME,
        country="GB",
        city="Glasgow",
        size_band=SizeBand.SMALL,
        description=EXAMPLE_PREFIX
        + "Earth-observation analytics and satellite timing services. Looking for small "
        "satellite builders, satellite links, ground sensors to check its imagery against, and "
        "space-policy partners.",
        sources=(EXAMPLE,),
        sectors=("space",),
        offers=("earth-observation", "satellite-navigation-timing"),
        seeks=(
            "small-satellites",
            "satellite-communications",
            "iot-sensors",
            "space-regulation-policy",
        ),
        origin=Origin.EXAMPLE,
    ),
)
