from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import Q, QuerySet

from api.models import ApiToken


def api_token_list(*, user: AbstractBaseUser) -> QuerySet[ApiToken]:
    """A user's own tokens, newest first. Nobody, staff included, lists another's tokens here."""
    return ApiToken.objects.filter(user=user)


def users_active_by_login(*, login: str) -> list[AbstractBaseUser]:
    """The active users a sign-in name names: the username, or any of their addresses (the
    site signs in by address). Two at most in practice: one user's username may be
    another's address."""
    if "@" not in login:
        return list(get_user_model().objects.filter(username=login, is_active=True))
    users = get_user_model().objects.filter(
        Q(email__iexact=login) | Q(emailaddress__email__iexact=login), is_active=True
    )
    return list(users.distinct().order_by("pk"))
