import pytest
from django.core import mail
from django.urls import reverse

from organisations.models import Membership
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-unusual-passphrase"


@pytest.fixture
def accept_url(token):
    return reverse("memberships:invitation_accept", args=[token])


@pytest.mark.parametrize(
    ("role", "status"),
    [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 403)],
)
def test_only_the_invited_address_may_accept(login_as, accept_url, role, status):
    assert login_as(role).post(accept_url).status_code == status
    assert Membership.objects.count() == 2  # member's and other_member's only


def test_the_invited_colleague_joins_and_lands_on_the_organisation(
    client, accept_url, organisation
):
    client.force_login(UserFactory(email="mina@newcomer.example.kr"))
    response = client.post(accept_url)
    assert response["Location"] == reverse("organisations:manage", args=[organisation.pk])


def test_a_used_link_shows_the_closed_page(client, accept_url, token):
    client.force_login(UserFactory(email="mina@newcomer.example.kr"))
    client.post(accept_url)
    response = client.get(reverse("memberships:invitation", args=[token]))
    assert response.status_code == 410
    assert b"already been used" in response.content


def test_signing_up_from_the_link_needs_no_confirmation_mail_and_comes_back(
    client, token, invitation, accept_url
):
    page = reverse("memberships:invitation", args=[token])
    client.get(page)
    mail.outbox = []
    response = client.post(
        f"{reverse('account_signup')}?next={page}",
        {"email": invitation.email, "password1": PASSWORD, "password2": PASSWORD,
         "privacy_consent": "on", "next": page},
    )  # fmt: skip
    assert response["Location"] == page
    assert mail.outbox == []
    assert client.post(accept_url).status_code == 302
    assert Membership.objects.filter(user__email=invitation.email, role="editor").exists()
