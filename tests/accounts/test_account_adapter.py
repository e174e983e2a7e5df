from allauth.account.models import EmailAddress
from django.core import mail

from accounts.models import LanguagePreference, TimeZonePreference
from accounts.services import language_preference_set
from tests.factories import UserFactory

SIGNUP = {
    "email": "new@example.co.kr",
    "password1": "a-long-passphrase-1",
    "password2": "a-long-passphrase-1",
    "privacy_consent": "on",
}


def _confirmed_user(**kwargs):
    user = UserFactory(email="ana@example.com", **kwargs)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def _log_in(client, prefix: str, user) -> None:
    client.post(
        f"{prefix}/accounts/login/", {"login": user.email, "password": "correct-horse-battery"}
    )


def test_signing_up_on_a_korean_page_keeps_korean_for_the_new_member(client, db):
    client.post("/ko/accounts/signup/", SIGNUP)
    assert LanguagePreference.objects.get(user__email=SIGNUP["email"]).language == "ko"


def test_signing_up_on_a_korean_page_gives_the_new_member_korea_time(client, db):
    client.post("/ko/accounts/signup/", SIGNUP)
    assert TimeZonePreference.objects.get(user__email=SIGNUP["email"]).time_zone == "Asia/Seoul"


def test_signing_up_on_an_english_page_leaves_the_zone_to_follow_the_language(client, db):
    client.post("/accounts/signup/", SIGNUP)
    assert not TimeZonePreference.objects.filter(user__email=SIGNUP["email"]).exists()


def test_logging_in_on_a_korean_page_keeps_korean_when_none_was_chosen(client, db):
    user = _confirmed_user()
    _log_in(client, "/ko", user)
    assert LanguagePreference.objects.get(user=user).language == "ko"


def test_password_reset_mail_follows_the_saved_language_not_the_page(client, db):
    user = _confirmed_user()
    language_preference_set(user=user, language="ko")
    client.post("/accounts/password/reset/", {"email": user.email})
    assert "비밀번호" in mail.outbox[0].subject
    assert "/ko/accounts/password/reset/key/" in mail.outbox[0].body


def test_confirmation_mail_resent_from_an_english_page_follows_the_saved_language(client, db):
    user = UserFactory(email="ana@example.com")
    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    language_preference_set(user=user, language="ko")
    _log_in(client, "", user)
    assert "/ko/accounts/confirm-email/" in mail.outbox[0].body


def test_the_confirmation_mail_links_to_and_names_the_sites_address(client, db, settings):
    settings.SITE_URL = "https://match.example.org"
    client.post("/accounts/signup/", SIGNUP)
    body = mail.outbox[0].body
    assert "https://match.example.org/accounts/confirm-email/" in body
    assert body.endswith("\nmatch.example.org")


def test_the_password_reset_mail_links_to_and_names_the_sites_address(client, db, settings):
    settings.SITE_URL = "https://match.example.org"
    client.post("/accounts/password/reset/", {"email": _confirmed_user().email})
    body = mail.outbox[0].body
    assert "https://match.example.org/accounts/password/reset/key/" in body
    assert body.endswith("\nmatch.example.org")
