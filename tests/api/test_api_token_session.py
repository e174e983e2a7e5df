"""Creating an API token from a signed-in session, as the token page's script would."""

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient


@pytest.fixture
def session(member):
    """A browser session signed in as the member, holding the CSRF cookie a page gave it."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    client.get(reverse("matchmaking:dashboard"))
    return client


def _create(session, name="CRM sync"):
    return session.post(
        reverse("api:token-list"),
        {"name": name},
        content_type="application/json",
        HTTP_X_CSRFTOKEN=session.cookies["csrftoken"].value,
    )


def test_a_signed_in_browser_creates_a_token(session):
    assert _create(session).status_code == 201


def test_the_token_made_in_the_browser_works(session):
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {_create(session).json()['token']}")
    assert api.get(reverse("api:token-list")).status_code == 200


def test_without_the_csrf_token_the_browser_is_refused(session):
    response = session.post(reverse("api:token-list"), {"name": "x"}, "application/json")
    assert response.status_code == 403
