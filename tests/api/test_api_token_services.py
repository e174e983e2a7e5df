import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from api.models import ApiToken
from api.services import (
    MAX_TOKENS_PER_USER,
    api_token_authenticate,
    api_token_create,
    api_token_revoke,
)


def test_only_a_digest_and_a_prefix_are_stored(member):
    token, secret = api_token_create(user=member, name="  CRM sync ")
    stored = ApiToken.objects.get()
    assert (stored.name, stored.prefix) == ("CRM sync", secret[:12])
    assert secret not in (stored.digest, stored.prefix)


def test_the_secret_finds_its_token_and_notes_the_use(member):
    token, secret = api_token_create(user=member, name="script")
    found = api_token_authenticate(raw=secret)
    assert (found, found.user) == (token, member)
    assert ApiToken.objects.get().last_used_at is not None


def test_uses_within_a_minute_are_not_written_again(member, django_assert_num_queries):
    token, secret = api_token_create(user=member, name="script")
    api_token_authenticate(raw=secret)
    with django_assert_num_queries(1):
        api_token_authenticate(raw=secret)


@pytest.mark.parametrize("raw", ["", "kum_wrong", "not-even-ours", "kum_" + "x" * 500])
def test_unknown_secrets_find_nothing(member, raw):
    api_token_create(user=member, name="script")
    assert api_token_authenticate(raw=raw) is None


def test_a_revoked_token_finds_nothing(member):
    token, secret = api_token_create(user=member, name="script")
    api_token_revoke(token=token)
    assert api_token_authenticate(raw=secret) is None


def test_a_name_is_required(member):
    with pytest.raises(ValidationError, match="Give the token a name"):
        api_token_create(user=member, name="   ")


def test_the_number_of_tokens_is_capped(member):
    for n in range(MAX_TOKENS_PER_USER):
        api_token_create(user=member, name=f"token {n}")
    with pytest.raises(ValidationError, match="revoke one") as raised:
        api_token_create(user=member, name="one more")
    assert raised.value.code == "conflict"


def test_last_use_is_refreshed_after_a_minute(member):
    token, secret = api_token_create(user=member, name="script")
    long_ago = timezone.now() - datetime.timedelta(hours=1)
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=long_ago)
    assert api_token_authenticate(raw=secret).last_used_at > long_ago
