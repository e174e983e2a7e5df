"""The shapes of the demo data, and the documents its facts come from.

Every demo record names its source so that anyone can check it; nothing here is read from
those documents at run time."""

from dataclasses import dataclass

from organisations.models import Origin

# The seed documents (kept outside the repository; the file names are for checking).
MISSION_REPORT = (
    "Innovate UK Global Expert Mission report 'South Korea ICT 2018' "
    "(seeds/000_bc042de5862b3259.txt)"
)
ROK_UK_RELEASE = (
    "MSIT press release, 'ROK-UK Digital Partnership and MoU on space cooperation signed', "
    "23 November 2023 (seeds/001_27fea56bcbbbd058.txt)"
)
SMART_CITY_NOTE = (
    "Note on the Sejong and Busan national smart city projects, citing the Korea Herald "
    "(seeds/002_a0d07aaa35efd562.txt)"
)
ROK_EU_RELEASE = (
    "MSIT release on the second ROK-EU Digital Partnership Council, first published by KERC "
    "on 27 March 2024 (seeds/003_11544b37142f24be.txt)"
)
ROK_US_RELEASE = (
    "MSIT press release on the 7th RoK-US ICT Policy Forum, September 2023 "
    "(seeds/004_e35aa5eaf1ef302a.txt)"
)
EXAMPLE = "Fictional example profile, written for this project"


@dataclass(frozen=True)
class OrganisationSeed:
    external_id: str
    name: str
    kind: str
    country: str
    description: str
    sources: tuple[str, ...]
    name_ko: str = ""
    description_ko: str = ""
    city: str = ""
    city_ko: str = ""
    website: str = ""
    founded_year: int | None = None
    size_band: str = ""
    sectors: tuple[str, ...] = ()
    offers: tuple[str, ...] = ()
    seeks: tuple[str, ...] = ()
    origin: str = Origin.DEMO


@dataclass(frozen=True)
class ConsortiumSeed:
    consortium: str
    leads: tuple[str, ...]
    members: tuple[str, ...]


@dataclass(frozen=True)
class ProjectSeed:
    external_id: str
    title: str
    year: int | None
    programme: str
    description: str
    participants: tuple[str, ...]
    sources: tuple[str, ...]
