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
from organisations.models.taxonomy import Capability, Sector

__all__ = [
    "Capability",
    "ConsortiumMembership",
    "Membership",
    "Organisation",
    "OrganisationKind",
    "OrganisationQuerySet",
    "Origin",
    "Project",
    "ProjectParticipation",
    "PublicationStatus",
    "Sector",
    "SizeBand",
]
