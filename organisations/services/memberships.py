"""Owners add colleagues to their organisation."""

from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from organisations.models import Membership, Organisation


def membership_add(
    *, organisation: Organisation, added_by: AbstractBaseUser, email: str
) -> Membership:
    """An owner adds a colleague who already has an account, as an editor."""
    if not Membership.objects.filter(
        organisation=organisation, user=added_by, role=Membership.Role.OWNER
    ).exists():
        raise PermissionDenied(f"Only an owner of “{organisation.name}” can add colleagues.")
    email = email.strip()
    if not email:
        raise ValidationError("Give your colleague’s email address.")
    colleague = (
        get_user_model().objects.filter(email__iexact=email, is_active=True).order_by("pk").first()
    )
    if colleague is None:
        raise ValidationError(
            f"Nobody has signed up with {email} yet. Ask your colleague to sign up first, "
            "then add them here."
        )
    try:
        with transaction.atomic():
            return Membership.objects.create(
                user=colleague, organisation=organisation, role=Membership.Role.EDITOR
            )
    except IntegrityError:
        raise ValidationError(f"{email} is already a member of “{organisation.name}”.") from None
