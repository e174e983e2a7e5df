"""Failed logins are limited per account and address together: a stranger cannot lock a member
out, but one address guessing one account's password is stopped, on the site and the admin."""

import pytest
from allauth.account.models import EmailAddress
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory

PASSWORD = "correct-horse-battery"
STRANGER, MEMBER = "203.0.113.9", "198.51.100.7"


@pytest.fixture
def verified_user(db):
    user = UserFactory(username="ana", email="ana@example.com")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def log_in(address: str, password: str, url: str = "account_login", field: str = "login"):
    return Client(REMOTE_ADDR=address).post(
        reverse(url),
        {field: "ana@example.com" if field == "login" else "ana", "password": password},
    )


def fail(times: int, address: str, **kwargs) -> None:
    for _ in range(times):
        log_in(address, "wrong-guess", **kwargs)


def test_a_stranger_failing_does_not_lock_the_member_out(settings, verified_user):
    fail(settings.AXES_FAILURE_LIMIT + 2, STRANGER)
    assert log_in(MEMBER, PASSWORD).status_code == 302


def test_the_same_address_and_account_get_locked_with_a_clear_message(settings, verified_user):
    fail(settings.AXES_FAILURE_LIMIT, STRANGER)
    response = log_in(STRANGER, PASSWORD)
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()


def test_the_admin_login_is_limited(settings, verified_user):
    verified_user.is_staff = True
    verified_user.save()
    fail(settings.AXES_FAILURE_LIMIT, STRANGER, url="admin:login", field="username")
    assert log_in(STRANGER, PASSWORD, url="admin:login", field="username").status_code == 429
