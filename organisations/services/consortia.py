"""Building consortia: which organisations take part in one, and in what role.

Each change locks the consortium and saves its updated_at, so concurrent edits serialise and
the matching engine sees the new circle."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from organisations.models import ConsortiumMembership, Organisation, OrganisationKind
from organisations.services._rows import row_locked


def _role_refusal(role: str) -> str:
    return _("“%(role)s” is not a consortium role: use one of %(roles)s.") % {
        "role": role,
        "roles": ", ".join(ConsortiumMembership.Role.values),
    }


def consortium_member_validate(*, consortium: Organisation, member: Organisation) -> None:
    """The checks any way of linking a member to a consortium must pass (the admin inline
    uses them too)."""
    if consortium.kind != OrganisationKind.CONSORTIUM:
        raise ValidationError(
            _("“%(name)s” is not a consortium, so it cannot have members."),
            params={"name": consortium.name},
        )
    if member.pk == consortium.pk:
        raise ValidationError(
            _("“%(name)s” cannot be a member of itself."), params={"name": consortium.name}
        )


def consortium_member_add(
    *, consortium: Organisation, member: Organisation, role: str
) -> ConsortiumMembership:
    consortium_member_validate(consortium=consortium, member=member)
    if role not in ConsortiumMembership.Role.values:
        raise ValidationError(_role_refusal(role))
    with transaction.atomic():
        # Locking the consortium serialises concurrent adds of the same member.
        consortium = row_locked(consortium)
        if ConsortiumMembership.objects.filter(consortium=consortium, member=member).exists():
            raise ValidationError(
                _("“%(member)s” is already a member of “%(consortium)s”.")
                % {"member": member.name, "consortium": consortium.name},
                code="conflict",
            )
        membership = ConsortiumMembership.objects.create(
            consortium=consortium, member=member, role=role
        )
        consortium.save(update_fields=["updated_at"])
    return membership


def consortium_member_remove(*, membership: ConsortiumMembership) -> None:
    with transaction.atomic():
        consortium = row_locked(membership.consortium)
        membership.delete()
        consortium.save(update_fields=["updated_at"])


def consortium_member_role_set(
    *, membership: ConsortiumMembership, role: str
) -> ConsortiumMembership:
    if role not in ConsortiumMembership.Role.values:
        raise ValidationError({"role": _role_refusal(role)})
    with transaction.atomic():
        consortium = row_locked(membership.consortium)
        membership.role = role
        membership.save(update_fields=["role"])
        consortium.save(update_fields=["updated_at"])
    return membership
