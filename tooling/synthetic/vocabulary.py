"""Word lists the synthetic data is built from. Every capability gets its own small set of
words, and descriptions draw on them, so text similarity between profiles carries the same
signal as their capability overlap, as it does in real profiles."""

# (key, sector name, topics, sector words). Capabilities are "<topic> <facet>" pairs.
SECTORS = [
    ("energy", "Clean energy", ["hydrogen", "battery", "solar", "wind", "grid"],
     ["decarbonisation", "renewable", "electrolyser", "kilowatt", "emissions", "turbine",
      "inverter", "microgrid", "net-zero", "power"]),
    ("mobility", "Future mobility", ["autonomous vehicle", "electric vehicle", "rail", "drone",
     "charging"], ["traffic", "fleet", "lidar", "navigation", "vehicle", "passenger",
     "micromobility", "powertrain", "routing", "infrastructure"]),
    ("health", "Digital health", ["diagnostics", "telemedicine", "wearable", "medical imaging",
     "clinical data"], ["patient", "hospital", "clinician", "biomarker", "screening", "ageing",
     "care", "trial", "radiology", "monitoring"]),
    ("biotech", "Biotechnology", ["genomics", "cell therapy", "vaccine", "bioprocess", "protein"],
     ["antibody", "sequencing", "enzyme", "fermentation", "biologics", "assay", "molecule",
      "pipeline", "therapeutic", "laboratory"]),
    ("semiconductors", "Semiconductors", ["chip", "wafer", "photonics", "power electronics",
     "packaging"], ["silicon", "lithography", "foundry", "transistor", "gallium", "fab",
     "yield", "circuit", "nanometre", "substrate"]),
    ("ai", "Artificial intelligence", ["machine learning", "computer vision", "language model",
     "recommender", "edge inference"], ["neural", "training", "dataset", "model", "algorithm",
     "inference", "annotation", "prediction", "classifier", "embedding"]),
    ("cyber", "Cybersecurity", ["encryption", "identity", "threat detection", "network security",
     "privacy"], ["attack", "vulnerability", "authentication", "zero-trust", "malware",
      "incident", "firewall", "compliance", "cryptography", "audit"]),
    ("smart-cities", "Smart cities", ["urban mobility", "smart building", "street lighting",
     "water network", "waste"], ["citizen", "municipal", "occupancy", "parking", "leakage",
     "district", "resilience", "liveability", "utility", "council"]),
    ("manufacturing", "Advanced manufacturing", ["additive manufacturing", "composite",
     "machining", "factory automation", "quality"], ["production", "tooling", "assembly",
     "throughput", "casting", "welding", "tolerance", "metrology", "plant", "line"]),
    ("robotics", "Robotics", ["industrial robot", "cobot", "exoskeleton", "gripper",
     "service robot"], ["actuator", "manipulator", "motion", "kinematics", "autonomy",
     "teleoperation", "payload", "servo", "grasping", "locomotion"]),
    ("space", "Space", ["satellite", "earth observation", "launch", "ground station",
     "space debris"], ["orbit", "payload", "constellation", "imagery", "propulsion",
      "telemetry", "spacecraft", "downlink", "smallsat", "mission"]),
    ("maritime", "Maritime", ["shipbuilding", "port", "offshore", "vessel", "marine sensor"],
     ["hull", "shipping", "harbour", "subsea", "mooring", "ballast", "navigation", "cargo",
      "dock", "emissions"]),
    ("agritech", "Agritech and food", ["vertical farming", "crop", "aquaculture", "food safety",
     "alternative protein"], ["harvest", "soil", "yield", "greenhouse", "livestock",
     "nutrition", "irrigation", "seed", "fertiliser", "farm"]),
    ("fintech", "Fintech", ["payments", "blockchain", "lending", "insurtech", "regtech"],
     ["bank", "transaction", "ledger", "credit", "fraud", "wallet", "settlement", "risk",
      "customer", "open-banking"]),
    ("creative", "Creative industries", ["gaming", "virtual reality", "animation", "music",
     "broadcast"], ["content", "audience", "studio", "immersive", "rendering", "streaming",
     "storytelling", "creator", "visual", "audio"]),
    ("telecoms", "Telecoms", ["5G", "6G", "satellite communications", "fibre", "network slicing"],
     ["spectrum", "antenna", "latency", "bandwidth", "backhaul", "radio", "operator",
      "connectivity", "base-station", "protocol"]),
    ("materials", "Advanced materials", ["graphene", "polymer", "ceramic", "coating",
     "metamaterial"], ["nanomaterial", "alloy", "membrane", "thin-film", "conductivity",
     "durability", "corrosion", "synthesis", "fibre", "composite"]),
    ("nuclear", "Nuclear", ["small modular reactor", "fusion", "decommissioning", "radiation",
     "fuel cycle"], ["reactor", "plasma", "isotope", "shielding", "tritium", "waste",
     "licensing", "neutron", "containment", "remote-handling"]),
    ("construction", "Construction", ["modular building", "BIM", "timber", "concrete",
     "retrofit"], ["site", "structure", "housing", "insulation", "prefabrication", "facade",
     "embodied-carbon", "contractor", "planning", "survey"]),
    ("edtech", "Education technology", ["learning platform", "assessment", "tutoring", "skills",
     "language learning"], ["student", "teacher", "curriculum", "classroom", "learner",
     "course", "literacy", "school", "qualification", "engagement"]),
]  # fmt: skip

# (facet, words it brings to a description)
FACETS = [
    ("sensing", ["sensor", "measurement", "signal"]),
    ("analytics", ["data", "dashboard", "insight"]),
    ("materials", ["material", "formulation", "properties"]),
    ("manufacturing", ["production", "scale-up", "process"]),
    ("testing", ["test", "validation", "laboratory"]),
    ("design", ["design", "engineering", "specification"]),
    ("software", ["software", "platform", "cloud"]),
    ("certification", ["standards", "certification", "regulatory"]),
    ("simulation", ["simulation", "modelling", "physics"]),
    ("recycling", ["recycling", "circular", "recovery"]),
    ("inspection", ["inspection", "defect", "imaging"]),
    ("optimisation", ["optimisation", "efficiency", "scheduling"]),
    ("integration", ["integration", "interoperability", "systems"]),
    ("control systems", ["control", "automation", "feedback"]),
    ("safety", ["safety", "hazard", "assurance"]),
    ("supply chain", ["supply", "sourcing", "procurement"]),
    ("prototyping", ["prototype", "proof-of-concept", "pilot"]),
    ("digital twins", ["twin", "virtual", "real-time"]),
    ("maintenance", ["maintenance", "predictive", "lifecycle"]),
    ("logistics", ["logistics", "tracking", "delivery"]),
    ("training", ["training", "workforce", "skills"]),
    ("consulting", ["advisory", "strategy", "consultancy"]),
    ("machine learning", ["learning", "model", "prediction"]),
    ("cybersecurity", ["security", "secure", "resilience"]),
    ("field trials", ["trial", "deployment", "demonstration"]),
]

_GENERIC_TEXT = (
    "we develop deliver provide build support offer specialise work with partners clients "
    "customers industry research team experienced innovative solutions services products "
    "technology technologies international global market markets projects collaboration "
    "expertise leading specialist commercial applications new advanced high-performance "
    "low-cost scalable reliable sustainable our company organisation years across sectors "
    "including focus help enable growth export opportunities joint development programme "
    "quality world-class award-winning founded based network experience"
)
GENERIC_WORDS = _GENERIC_TEXT.split()

COUNTRIES = ["GB", "KR", "DE", "FR", "US", "JP", "NL", "SG", "SE", "FI", "IE", "CA"]
COUNTRY_WEIGHTS = [0.44, 0.40, 0.03, 0.02, 0.03, 0.02, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01]

CITIES = {
    "GB": ["London", "Manchester", "Leeds", "Bristol", "Cambridge", "Oxford", "Edinburgh",
           "Glasgow", "Cardiff", "Belfast", "Sheffield", "Newcastle", "Birmingham",
           "Nottingham", "Southampton"],
    "KR": ["Seoul", "Busan", "Incheon", "Daejeon", "Daegu", "Gwangju", "Ulsan", "Suwon",
           "Seongnam", "Changwon", "Pohang", "Sejong"],
    "DE": ["Berlin", "Munich", "Stuttgart"],
    "FR": ["Paris", "Lyon", "Toulouse"],
    "US": ["Boston", "San Jose", "Austin"],
    "JP": ["Tokyo", "Osaka"],
    "NL": ["Eindhoven", "Amsterdam"],
    "SG": ["Singapore"],
    "SE": ["Stockholm", "Gothenburg"],
    "FI": ["Helsinki", "Oulu"],
    "IE": ["Dublin", "Cork"],
    "CA": ["Toronto", "Montreal"],
}  # fmt: skip

# (kind, share, founded-year range, size bands with weights)
KINDS = [
    ("sme", 0.45, (1975, 2022), {"micro": 0.3, "small": 0.45, "medium": 0.25}),
    ("startup", 0.20, (2015, 2025), {"micro": 0.7, "small": 0.3}),
    ("large_company", 0.06, (1900, 2005), {"large": 1.0}),
    ("university", 0.08, (1830, 1995), {"large": 1.0}),
    ("research_institute", 0.07, (1950, 2015), {"medium": 0.5, "large": 0.5}),
    ("innovation_centre", 0.04, (1990, 2022), {"small": 0.5, "medium": 0.5}),
    ("government_body", 0.03, (1950, 2020), {"medium": 0.4, "large": 0.6}),
    ("consortium", 0.02, (2000, 2024), {"": 1.0}),
    ("other", 0.05, (1950, 2024), {"micro": 0.4, "small": 0.4, "medium": 0.2}),
]

NAME_STEMS = {
    "GB": ["Northgate", "Albion", "Thames", "Pennine", "Clyde", "Severn", "Cotswold", "Mercia",
           "Highland", "Avon", "Kestrel", "Harbour", "Redbrick", "Lattice", "Meridian",
           "Foundry", "Beacon", "Heron", "Granite", "Willow"],
    "KR": ["Hanbit", "Daehan", "Mirae", "Hanul", "Boram", "Nuri", "Gaon", "Haneul", "Dasol",
           "Saebyeol", "Arum", "Bitna", "Chorok", "Dongbang", "Eunha", "Garam", "Hana",
           "Jinri", "Maru", "Sori"],
    "other": ["Nordic", "Alpine", "Atlas", "Vertex", "Helix", "Orbit", "Quanta", "Solace",
              "Tessera", "Vela"],
}  # fmt: skip
NAME_STEMS_KO = [
    "한빛", "대한", "미래", "한울", "보람", "누리", "가온", "하늘", "다솔", "새별",
    "아름", "빛나", "초록", "동방", "은하", "가람", "하나", "진리", "마루", "소리",
]  # fmt: skip
NAME_SUFFIXES = {
    "sme": ["Ltd", "Technologies Ltd", "Systems Ltd", "Engineering Ltd"],
    "startup": ["Labs", "AI", "Robotics", "Tech"],
    "large_company": ["Group", "Holdings", "Industries", "Corporation"],
    "university": ["University", "Institute of Technology"],
    "research_institute": ["Research Institute", "Technology Institute"],
    "innovation_centre": ["Innovation Centre", "Catapult", "Technopark"],
    "government_body": ["Agency", "Authority"],
    "consortium": ["Consortium", "Alliance"],
    "other": ["Partners", "Association"],
}
KO_SUFFIXES = {
    "university": "대학교",
    "research_institute": "연구원",
    "government_body": "진흥원",
    "innovation_centre": "혁신센터",
    "consortium": "컨소시엄",
}
KO_DEFAULT_SUFFIX = "주식회사"

OPPORTUNITY_KINDS = [
    ("rd_call", 0.35, "R&D call"),
    ("programme", 0.20, "accelerator programme"),
    ("tender", 0.15, "tender"),
    ("challenge", 0.15, "open-innovation challenge"),
    ("testbed", 0.05, "testbed"),
    ("event", 0.10, "trade mission"),
]
HOST_KINDS = [
    "large_company",
    "government_body",
    "innovation_centre",
    "university",
    "research_institute",
]
ELIGIBLE_KIND_SETS = [
    ["sme", "startup"],
    ["sme"],
    ["startup"],
    ["university", "research_institute"],
    ["sme", "startup", "large_company"],
]

PROGRAMMES = [
    "Bilateral R&D programme",
    "Collaborative research grant",
    "Joint innovation call",
    "Industrial strategy fund",
    "International partnering fund",
    "Regional growth programme",
]
PROJECT_NOUNS = [
    "demonstrator",
    "feasibility study",
    "pilot",
    "joint R&D",
    "testbed",
    "scale-up",
    "proof of concept",
]
