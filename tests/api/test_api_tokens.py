import pytest
from django.urls import reverse

from api.models import ApiToken
from api.services import api_token_create

LIST = "api:token-list"


def test_creating_shows_the_secret_once(token_client, member):
    client = token_client(member)
    created = client.post(reverse(LIST), {"name": "CRM sync"}).json()
    assert created["token"].startswith("kum_")
    listed = client.get(reverse(LIST)).json()["results"]
    assert [row["name"] for row in listed] == ["CRM sync", "tests"]
    assert all("token" not in row for row in listed)


def test_a_new_token_works_and_its_secret_is_not_stored(api_client, member):
    _, secret = api_token_create(user=member, name="script")
    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert api_client.get(reverse(LIST)).status_code == 200
    assert not ApiToken.objects.filter(digest=secret).exists()


def test_a_revoked_token_is_refused(api_client, member):
    token, secret = api_token_create(user=member, name="script")
    token.delete()
    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {secret}")
    response = api_client.get(reverse("api:organisation-list"))
    assert (response.status_code, response.json()["error"]["code"]) == (
        401,
        "authentication_failed",
    )


def test_a_disabled_account_cannot_use_its_tokens(token_client, member):
    client = token_client(member)
    member.is_active = False
    member.save()
    assert client.get(reverse(LIST)).status_code == 401


def test_session_sign_in_also_works(client, member):
    client.force_login(member)
    assert client.get(reverse(LIST)).status_code == 200


def test_nobody_sees_or_revokes_another_users_tokens(token_client, member, other_member):
    token, _ = api_token_create(user=member, name="private")
    client = token_client(other_member)
    assert client.delete(reverse("api:token-detail", args=[token.pk])).status_code == 404
    assert [row["name"] for row in client.get(reverse(LIST)).json()["results"]] == ["tests"]


def test_a_name_is_required(token_client, member):
    response = token_client(member).post(reverse(LIST), {"name": ""})
    assert list(response.json()["error"]["fields"]) == ["name"]


@pytest.mark.parametrize(
    "who, status",
    [("anonymous", 401), ("member", 201), ("other_member", 201), ("staff_user", 201)],
)
def test_who_may_create_tokens(client_as, member, other_member, who, status):
    assert client_as(who).post(reverse(LIST), {"name": "CI"}).status_code == status


@pytest.mark.parametrize(
    "who, status",
    [("anonymous", 401), ("member", 204), ("other_member", 404), ("staff_user", 404)],
)
def test_who_may_revoke_a_members_token(client_as, member, other_member, who, status):
    token, _ = api_token_create(user=member, name="to revoke")
    assert client_as(who).delete(reverse("api:token-detail", args=[token.pk])).status_code == status


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({}, "Unknown or revoked API token."),
        ({"HTTP_ACCEPT_LANGUAGE": "ko"}, "알 수 없거나 폐기된 API 토큰입니다."),
    ],
)
def test_a_revoked_token_is_refused_in_the_requests_language(api_client, member, headers, message):
    token, secret = api_token_create(user=member, name="script")
    token.delete()
    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {secret}")
    response = api_client.get(reverse("api:organisation-list"), **headers)
    assert response.json()["error"]["message"] == message
