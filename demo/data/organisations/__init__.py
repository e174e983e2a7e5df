"""Demo organisations, consortia and projects drawn from the Korea-UK source documents, and
fictional example UK SMEs and Korean companies. Loaded by
demo.services.organisations.organisations_demo_load."""

from dataclasses import replace

from demo.data.organisations.examples import EXAMPLE_ORGANISATIONS, SME_LOGIN_ORGANISATION
from demo.data.organisations.international import INTERNATIONAL_ORGANISATIONS
from demo.data.organisations.korea_companies import KOREAN_COMPANIES
from demo.data.organisations.korea_examples import (
    KOREA_LOGIN_ORGANISATION,
    KOREAN_EXAMPLE_ORGANISATIONS,
)
from demo.data.organisations.korea_public import KOREAN_PUBLIC_BODIES
from demo.data.organisations.korean import KOREAN_CITIES, KOREAN_DESCRIPTIONS
from demo.data.organisations.projects import CONSORTIA, PROJECTS
from demo.data.organisations.records import ConsortiumSeed, OrganisationSeed, ProjectSeed
from demo.data.organisations.uk import UK_ORGANISATIONS

ORGANISATIONS: tuple[OrganisationSeed, ...] = tuple(
    replace(
        seed,
        description_ko=KOREAN_DESCRIPTIONS.get(seed.external_id, ""),
        city_ko=KOREAN_CITIES.get(seed.external_id, ""),
    )
    for seed in (
        *KOREAN_COMPANIES,
        *KOREAN_PUBLIC_BODIES,
        *UK_ORGANISATIONS,
        *INTERNATIONAL_ORGANISATIONS,
        *EXAMPLE_ORGANISATIONS,
        *KOREAN_EXAMPLE_ORGANISATIONS,
    )
)

__all__ = [
    "CONSORTIA",
    "KOREAN_CITIES",
    "KOREAN_DESCRIPTIONS",
    "KOREA_LOGIN_ORGANISATION",
    "ORGANISATIONS",
    "PROJECTS",
    "SME_LOGIN_ORGANISATION",
    "ConsortiumSeed",
    "OrganisationSeed",
    "ProjectSeed",
]
