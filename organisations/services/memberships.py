"""Owners add colleagues to their organisation."""

from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from common.bilingual import localized_field
from organisations.models import Membership, Organisation


def membership_add(
    *, organisation: Organisation, added_by: AbstractBaseUser, email: str
) -> Membership:
    """An owner adds a colleague who already has an account, as an editor."""
    if not Membership.objects.filter(
        organisation=organisation, user=added_by, role=Membership.Role.OWNER
    ).exists():
        raise PermissionDenied(
            _("Only an owner of “%(name)s” can add colleagues.")
            % {"name": localized_field(organisation, "name").text}
        )
    email = email.strip()
    if not email:
        raise ValidationError(_("Give your colleague’s email address."))
    colleague = (
        get_user_model().objects.filter(email__iexact=email, is_active=True).order_by("pk").first()
    )
    if colleague is None:
        raise ValidationError(
            _(
                "Nobody has signed up with %(email)s yet. Ask your colleague to sign up first, "
                "then add them here."
            )
            % {"email": email}
        )
    try:
        with transaction.atomic():
            return Membership.objects.create(
                user=colleague, organisation=organisation, role=Membership.Role.EDITOR
            )
    except IntegrityError:
        raise ValidationError(
            _("%(user)s is already a member of “%(organisation)s”.")
            % {"user": email, "organisation": localized_field(organisation, "name").text}
        ) from None


def membership_grant(*, organisation: Organisation, user: AbstractBaseUser) -> Membership:
    """Makes the user a member once someone entitled agreed (staff or an owner approving a
    claim, or the user accepting an owner's invitation; the caller checks which). The first
    member of an organisation becomes its owner, so a claimed profile is never left ownerless;
    later ones are editors."""
    with transaction.atomic():
        # Lock the organisation so two approvals at once cannot both find it without an owner.
        Organisation.objects.select_for_update().filter(pk=organisation.pk).first()
        has_owner = Membership.objects.filter(
            organisation=organisation, role=Membership.Role.OWNER
        ).exists()
        role = Membership.Role.EDITOR if has_owner else Membership.Role.OWNER
        try:
            with transaction.atomic():
                return Membership.objects.create(user=user, organisation=organisation, role=role)
        except IntegrityError:
            raise ValidationError(
                _("%(user)s is already a member of “%(organisation)s”.")
                % {
                    "user": user.email or user.get_username(),
                    "organisation": localized_field(organisation, "name").text,
                }
            ) from None
