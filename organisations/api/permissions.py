from django.utils.translation import gettext, gettext_lazy
from rest_framework import permissions

from organisations import selectors
from organisations.models import ConsortiumMembership, Membership, Organisation

STAFF_ACTIONS = {"approve", "reject"}


def can_edit(*, user, organisation: Organisation) -> bool:
    """Members (owners and editors) write their own organisation; staff write any."""
    if user.is_staff:
        return True
    return selectors.membership_role(organisation=organisation, user=user) is not None


class OrganisationPermission(permissions.BasePermission):
    """Anyone reads what they can see; a signed-in user registers a new organisation; its
    members edit and submit it, its owners delete it; staff do all that and review it."""

    anonymous_reads = True  # read by the schema: GET needs no credentials

    message = gettext_lazy("Only members of this organisation, or staff, can change it.")

    def has_permission(self, request, view) -> bool:
        return request.method in permissions.SAFE_METHODS or request.user.is_authenticated

    def has_object_permission(self, request, view, obj: Organisation) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return True
        user = request.user
        if view.action in STAFF_ACTIONS:
            self.message = gettext("Only staff review profiles.")
            return user.is_staff
        if view.action == "destroy" and not user.is_staff:
            self.message = gettext("Only an owner of this organisation, or staff, can delete it.")
            role = selectors.membership_role(organisation=obj, user=user)
            return role == Membership.Role.OWNER
        return can_edit(user=user, organisation=obj)


class ConsortiumMembershipPermission(permissions.BasePermission):
    """A consortium's members (and staff) manage who is in it; a member organisation's own
    members may also take it out (leave)."""

    anonymous_reads = True  # read by the schema: GET needs no credentials

    message = gettext_lazy("Only members of the consortium, or staff, can change its membership.")

    def has_permission(self, request, view) -> bool:
        return request.method in permissions.SAFE_METHODS or request.user.is_authenticated

    def has_object_permission(self, request, view, obj: ConsortiumMembership) -> bool:
        if request.method in permissions.SAFE_METHODS:
            return True
        if can_edit(user=request.user, organisation=obj.consortium):
            return True
        return view.action == "destroy" and can_edit(user=request.user, organisation=obj.member)
