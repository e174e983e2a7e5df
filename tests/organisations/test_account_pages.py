"""Sign-up, email confirmation, log in and out, password reset: django-allauth configured
for this site, in its own templates."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from tests.factories import UserFactory

PASSWORD = "correct-horse-battery"


@pytest.fixture
def verified_user(db):
    user = UserFactory(username="minjun", email="minjun@example.co.uk")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def sign_up(client, email="new@example.co.uk", password="a-long-passphrase-1"):
    return client.post(
        reverse("account_signup"),
        {"email": email, "password1": password, "password2": password, "privacy_consent": "on"},
    )


@pytest.mark.parametrize("name", ["account_login", "account_signup", "account_reset_password"])
def test_pages_use_the_sites_layout_with_labelled_fields(client, db, name):
    text = client.get(reverse(name)).text
    assert "Korea–UK Match" in text and 'class="site-header"' in text
    assert '<label for="id_email"' in text or '<label for="id_login"' in text


def test_sign_up_sends_a_confirmation_link_and_does_not_log_in(client, db):
    response = sign_up(client)
    assert response.url == reverse("account_email_verification_sent")
    assert mail.outbox[0].to == ["new@example.co.uk"]
    assert "/accounts/confirm-email/" in mail.outbox[0].body
    assert "_auth_user_id" not in client.session


def test_following_the_link_confirms_and_logs_in(client, db):
    sign_up(client)
    # The mail links to settings.SITE_URL; the test client follows the path.
    link = re.search(r"https?://[^/\s]+(/\S+)", mail.outbox[0].body).group(1)
    response = client.post(link)
    assert response.url == reverse("matchmaking:dashboard")
    assert EmailAddress.objects.get(email="new@example.co.uk").verified


def test_an_unconfirmed_address_cannot_log_in(client, db):
    sign_up(client)
    client.logout()
    response = client.post(
        reverse("account_login"), {"login": "new@example.co.uk", "password": "a-long-passphrase-1"}
    )
    assert response.url == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("login", ["minjun", "minjun@example.co.uk"])
def test_a_confirmed_user_logs_in_by_email_or_username(client, verified_user, login):
    response = client.post(reverse("account_login"), {"login": login, "password": PASSWORD})
    assert response.url == reverse("matchmaking:dashboard")
    assert int(client.session["_auth_user_id"]) == verified_user.pk


def test_a_wrong_password_is_explained_and_the_login_kept(client, verified_user):
    response = client.post(reverse("account_login"), {"login": "minjun", "password": "nope"})
    assert "not correct" in response.text
    assert 'value="minjun"' in response.text


def test_sign_up_errors_show_by_the_field_and_keep_the_email(client, db):
    response = sign_up(client, email="new@example.co.uk", password="123")
    assert 'id="id_password1_error"' in response.text
    assert 'value="new@example.co.uk"' in response.text
    assert not get_user_model().objects.exists()


def test_log_out_is_a_post_from_every_page(client, verified_user):
    client.force_login(verified_user)
    assert f'action="{reverse("account_logout")}"' in client.get(reverse("organisations:home")).text
    client.post(reverse("account_logout"))
    assert "_auth_user_id" not in client.session


def test_password_reset_mails_a_link(client, verified_user):
    client.post(reverse("account_reset_password"), {"email": "minjun@example.co.uk"})
    assert mail.outbox[0].to == ["minjun@example.co.uk"]
    assert "/accounts/password/reset/key/" in mail.outbox[0].body


def test_the_password_reset_mail_is_in_the_sites_words_without_the_username(client, verified_user):
    client.post(reverse("account_reset_password"), {"email": "minjun@example.co.uk"})
    [message] = mail.outbox
    assert message.subject == "[Korea–UK Match] Reset your password"
    assert "asked to reset the password of the Korea–UK Match account" in message.body
    assert "minjun\n" not in message.body and "username" not in message.body


def test_the_korean_password_reset_mail_is_in_korean(client, verified_user):
    client.post("/ko" + reverse("account_reset_password"), {"email": "minjun@example.co.uk"})
    [message] = mail.outbox
    assert message.subject == "[Korea–UK Match] 비밀번호 재설정"
    assert "비밀번호 재설정을 요청했습니다." in message.body and "패스워드" not in message.body
    assert "/ko/accounts/password/reset/key/" in message.body


def test_logging_in_says_so_without_the_username(client, verified_user):
    response = client.post(
        "/ko" + reverse("account_login"), {"login": "minjun", "password": PASSWORD}, follow=True
    )
    assert [str(message) for message in response.context["messages"]] == ["로그인되었습니다."]


def test_the_reset_links_new_password_form_has_the_sites_labels(client, verified_user):
    client.post("/ko" + reverse("account_reset_password"), {"email": "minjun@example.co.uk"})
    link = re.search(r"https?://\S+/password/reset/key/\S+", mail.outbox[0].body).group(0)
    page = client.get(link, follow=True).text
    assert ">새 비밀번호</label>" in page and ">새 비밀번호 확인</label>" in page
