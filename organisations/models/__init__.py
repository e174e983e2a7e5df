from organisations.models.connections import ConnectionSource, OrganisationConnection
from organisations.models.organisation import (
    ConsortiumMembership,
    Membership,
    Organisation,
    OrganisationKind,
    OrganisationQuerySet,
    Origin,
    PublicationStatus,
    SizeBand,
)
from organisations.models.projects import Project, ProjectParticipation
from organisations.models.search import OrganisationNameWord
from organisations.models.taxonomy import Capability, Sector

__all__ = [
    "Capability",
    "ConnectionSource",
    "ConsortiumMembership",
    "Membership",
    "Organisation",
    "OrganisationConnection",
    "OrganisationKind",
    "OrganisationNameWord",
    "OrganisationQuerySet",
    "Origin",
    "Project",
    "ProjectParticipation",
    "PublicationStatus",
    "Sector",
    "SizeBand",
]
