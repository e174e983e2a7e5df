from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import QuerySet

from api.models import ApiToken


def api_token_list(*, user: AbstractBaseUser) -> QuerySet[ApiToken]:
    """A user's own tokens, newest first. Nobody, staff included, lists another's tokens here."""
    return ApiToken.objects.filter(user=user)
