"""Writes for API tokens: create one (the only time its secret is seen), revoke one, and
recognise one on a request."""

import datetime
import hashlib
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from api.models import ApiToken

# A fixed start makes a leaked token easy to spot in logs and for secret scanners.
TOKEN_START = "kum_"
MAX_TOKENS_PER_USER = 20
# Recording every use would write to the database on every request; a minute is precise enough
# to tell a member which tokens are still in use.
LAST_USED_PRECISION = datetime.timedelta(minutes=1)
_NAME_MAX_LENGTH = ApiToken._meta.get_field("name").max_length


def _digest(raw: str) -> str:
    # The secret has 256 bits of entropy, so a fast hash is safe; a slow password hash would
    # only slow down every API request.
    return hashlib.sha256(raw.encode()).hexdigest()


def api_token_create(*, user: AbstractBaseUser, name: str) -> tuple[ApiToken, str]:
    """Returns the stored token and its secret, which is not kept and must be shown now."""
    name = name.strip()
    if not name:
        raise ValidationError({"name": gettext("Give the token a name, e.g. what will use it.")})
    if len(name) > _NAME_MAX_LENGTH:
        raise ValidationError(
            {
                "name": gettext("Keep the name to %(limit)d characters.")
                % {"limit": _NAME_MAX_LENGTH}
            }
        )
    with transaction.atomic():
        # Locking the user serialises two creations racing past the limit. Not type(user):
        # a session's user is a lazy proxy whose type has no manager.
        get_user_model().objects.select_for_update().filter(pk=user.pk).first()
        if ApiToken.objects.filter(user=user).count() >= MAX_TOKENS_PER_USER:
            raise ValidationError(
                gettext(
                    "You already have %(count)d API tokens: revoke one you no longer use first."
                )
                % {"count": MAX_TOKENS_PER_USER},
                code="conflict",
            )
        raw = TOKEN_START + secrets.token_urlsafe(32)
        token = ApiToken.objects.create(
            user=user,
            name=name,
            prefix=raw[: ApiToken._meta.get_field("prefix").max_length],
            digest=_digest(raw),
        )
    return token, raw


def api_token_revoke(*, token: ApiToken) -> None:
    token.delete()


def api_token_authenticate(*, raw: str) -> ApiToken | None:
    """The token with this secret, with its user loaded, or None; notes when it was used."""
    if not raw.startswith(TOKEN_START) or len(raw) > 200:
        return None
    token = ApiToken.objects.select_related("user").filter(digest=_digest(raw)).first()
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token
