"""API request counts live in the shared cache (the database by default), so every server
process counts the same requests and a restart does not reset them."""

import pytest
from django.db import connection
from django.urls import reverse

DATABASE_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "django_cache",
    }
}


@pytest.fixture
def database_cache(settings, db):
    settings.CACHES = DATABASE_CACHE
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "2/minute", "user": "600/minute"},
    }


def test_the_limit_holds_with_the_database_cache(api_client, database_cache):
    statuses = [api_client.get(reverse("api:organisation-list")).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


def test_the_count_is_a_row_in_the_database(api_client, database_cache):
    api_client.get(reverse("api:organisation-list"))
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM django_cache")
        keys = [key for (key,) in cursor.fetchall()]
    assert any("throttle_anon" in key for key in keys), keys
