"""Throttling and CORS: the limits around the API."""

import pytest
from django.urls import reverse


@pytest.fixture
def low_rates(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "2/minute", "user": "3/minute"},
    }


def test_anonymous_clients_get_429_with_retry_after(api_client, db, low_rates):
    responses = [api_client.get(reverse("api:sector-list")) for _ in range(3)]
    assert [r.status_code for r in responses] == [200, 200, 429]
    assert responses[-1].json()["error"]["code"] == "throttled"
    assert 0 < int(responses[-1]["Retry-After"]) <= 60


def test_signed_in_clients_have_their_own_rate(token_client, member, low_rates):
    client = token_client(member)
    statuses = [client.get(reverse("api:sector-list")).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]


def test_cors_is_closed_by_default(api_client, db):
    response = api_client.get(reverse("api:sector-list"), HTTP_ORIGIN="https://evil.example")
    assert "access-control-allow-origin" not in response.headers


def test_cors_opens_to_configured_origins(api_client, db, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://crm.example.org"]
    response = api_client.get(reverse("api:sector-list"), HTTP_ORIGIN="https://crm.example.org")
    assert response["Access-Control-Allow-Origin"] == "https://crm.example.org"


def test_cors_never_applies_outside_the_api(client, db, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://crm.example.org"]
    response = client.get("/organisations/", HTTP_ORIGIN="https://crm.example.org")
    assert "access-control-allow-origin" not in response.headers


def test_a_forged_forwarded_address_does_not_escape_the_limit(api_client, db, low_rates):
    statuses = [
        api_client.get(reverse("api:sector-list"), HTTP_X_FORWARDED_FOR=f"10.0.0.{n}").status_code
        for n in range(3)
    ]
    assert statuses == [200, 200, 429]
