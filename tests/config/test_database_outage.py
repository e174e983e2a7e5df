"""While the database is unreachable, pages and the API answer 503 with Retry-After."""

from unittest import mock

import pytest
from django.db import OperationalError, connections
from django.urls import reverse


@pytest.fixture
def database_down(db):
    refused = OperationalError("connection to server at 127.0.0.1 failed: Connection refused")
    with mock.patch.object(connections["default"], "cursor", side_effect=refused):
        yield


def test_a_page_answers_503_with_retry_after(client, database_down):
    response = client.get(reverse("organisations:list"))
    assert (response.status_code, response["Retry-After"]) == (503, "30")


def test_the_page_says_to_try_again(client, database_down):
    response = client.get(reverse("organisations:list"))
    assert "briefly unavailable" in response.content.decode()


def test_the_api_answers_503_in_its_error_shape(api_client, database_down):
    response = api_client.get(reverse("api:organisation-list"))
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "service_unavailable"
    assert response["Retry-After"] == "30"


def test_other_errors_still_answer_500(client, db):
    client.raise_request_exception = False
    with mock.patch.object(connections["default"], "cursor", side_effect=ZeroDivisionError):
        assert client.get(reverse("organisations:list")).status_code == 500
