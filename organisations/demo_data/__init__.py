"""Demo organisations, consortia and projects drawn from the Korea-UK source documents, and
fictional example UK SMEs. Loaded by organisations.seeding.demo.organisations_demo_load."""

from organisations.demo_data.examples import EXAMPLE_ORGANISATIONS, SME_LOGIN_ORGANISATION
from organisations.demo_data.international import INTERNATIONAL_ORGANISATIONS
from organisations.demo_data.korea_companies import KOREAN_COMPANIES
from organisations.demo_data.korea_public import KOREAN_PUBLIC_BODIES
from organisations.demo_data.projects import CONSORTIA, PROJECTS
from organisations.demo_data.records import ConsortiumSeed, OrganisationSeed, ProjectSeed
from organisations.demo_data.uk import UK_ORGANISATIONS

ORGANISATIONS: tuple[OrganisationSeed, ...] = (
    *KOREAN_COMPANIES,
    *KOREAN_PUBLIC_BODIES,
    *UK_ORGANISATIONS,
    *INTERNATIONAL_ORGANISATIONS,
    *EXAMPLE_ORGANISATIONS,
)

__all__ = [
    "CONSORTIA",
    "ORGANISATIONS",
    "PROJECTS",
    "SME_LOGIN_ORGANISATION",
    "ConsortiumSeed",
    "OrganisationSeed",
    "ProjectSeed",
]
