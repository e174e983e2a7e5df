"""Writes that create and edit profiles, add colleagues, move an organisation through review,
build consortia, connect organisations put in touch and curate the taxonomy. Import from here:
the modules are an implementation detail.

Every profile write re-reads the row under select_for_update so two people acting on the same
organisation at once cannot both pass a check, and saves updated_at so the matching engine
notices the change.
"""

from organisations.services.connections import organisation_connection_create
from organisations.services.consortia import (
    consortium_member_add,
    consortium_member_remove,
    consortium_member_role_set,
    consortium_member_validate,
)
from organisations.services.lapsing import organisations_lapse
from organisations.services.memberships import membership_add, membership_grant
from organisations.services.profiles import (
    PROFILE_FIELDS,
    PROFILE_RELATIONS,
    organisation_create,
    organisation_delete,
    organisation_external_id_set,
    organisation_profile_confirm,
    organisation_update,
)
from organisations.services.publication import (
    organisation_publish,
    organisation_reject,
    organisation_submit,
    organisation_verify,
)
from organisations.services.taxonomy import (
    capability_create,
    capability_delete,
    capability_update,
    sector_create,
    sector_delete,
    sector_update,
)

__all__ = [
    "PROFILE_FIELDS",
    "PROFILE_RELATIONS",
    "capability_create",
    "capability_delete",
    "capability_update",
    "consortium_member_add",
    "consortium_member_remove",
    "consortium_member_role_set",
    "consortium_member_validate",
    "membership_add",
    "membership_grant",
    "organisation_connection_create",
    "organisation_create",
    "organisation_delete",
    "organisation_external_id_set",
    "organisation_profile_confirm",
    "organisation_publish",
    "organisation_reject",
    "organisation_submit",
    "organisation_update",
    "organisation_verify",
    "organisations_lapse",
    "sector_create",
    "sector_delete",
    "sector_update",
]
