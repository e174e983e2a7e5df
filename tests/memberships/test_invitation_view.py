import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from memberships.services import invitation_revoke
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def invitation_url(token):
    return reverse("memberships:invitation", args=[token])


@pytest.mark.parametrize(
    ("role", "text"),
    [
        ("anonymous", b"Create an account"),
        ("member", b"You are logged in as"),
        ("other_member", b"You are logged in as"),
        ("staff", b"You are logged in as"),
    ],
)
def test_what_each_visitor_is_offered(login_as, invitation_url, role, text):
    response = login_as(role).get(invitation_url)
    assert response.status_code == 200
    assert text in response.content


def test_the_invited_address_gets_the_accept_button(client, invitation_url):
    client.force_login(UserFactory(email="mina@newcomer.example.kr"))
    assert b"Accept the invitation" in client.get(invitation_url).content


def test_a_changed_token_is_not_found(client, token):
    url = reverse("memberships:invitation", args=[token[:-2] + "xx"])
    response = client.get(url)
    assert response.status_code == 404
    assert b"The link is incomplete or was changed" in response.content


def test_an_expired_link_says_so(client, invitation, invitation_url):
    invitation.expires_at = timezone.now() - datetime.timedelta(minutes=1)
    invitation.save()
    response = client.get(invitation_url)
    assert response.status_code == 410
    assert b"expired on" in response.content


def test_a_revoked_link_says_so(client, invitation, invitation_url, member):
    invitation_revoke(invitation=invitation, by=member)
    assert b"was withdrawn" in client.get(invitation_url).content


def test_a_korean_reader_is_invited_to_the_korean_name(client, organisation, token):
    organisation.name_ko = "베이즈 예시"
    organisation.save()
    english = client.get(reverse("memberships:invitation", args=[token])).text
    with translation.override("ko"):
        korean = client.get(reverse("memberships:invitation", args=[token])).text
    assert "Join “Bayes Example Ltd”" in english and "베이즈" not in english
    assert "<title>베이즈 예시 " in korean and "Bayes Example Ltd" not in korean
