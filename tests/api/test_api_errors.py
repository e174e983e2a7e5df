"""Every error has one JSON shape, and no input, however malformed, gives a 500."""

import json

import pytest

LIST = "/api/organisations/"


def error(response) -> dict:
    return response.json()["error"]


def test_validation_errors_name_each_field(token_client, member):
    response = token_client(member).post(LIST, {"name": "x" * 201, "country": "XX", "kind": "sme"})
    body = error(response)
    assert (response.status_code, body["status"], body["code"]) == (400, 400, "invalid")
    assert sorted(body["fields"]) == ["country", "name"]


def test_errors_inside_lists_are_dotted(token_client, member):
    body = {"name": "New", "country": "GB", "kind": "sme", "offers": ["ok", "Not A Slug!"]}
    response = token_client(member).post(LIST, body)
    assert list(error(response)["fields"]) == ["offers.1"]


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"\xff\xfe\x00",
        b'{"name": "\\ud800"}',
        b"[" * 50_000,
        b'{"name": NaN}',
    ],
)
def test_malformed_bodies_are_a_400(token_client, member, body):
    response = token_client(member).post(LIST, body, content_type="application/json")
    assert (response.status_code, error(response)["code"]) == (400, "parse_error")


def test_a_malformed_body_is_refused_in_korean(token_client, member):
    response = token_client(member).post(
        LIST, b"{not json", content_type="application/json", HTTP_ACCEPT_LANGUAGE="ko"
    )
    assert error(response)["message"].startswith("요청 본문이 올바른 JSON이 아닙니다: ")


@pytest.mark.parametrize(
    "body",
    [
        {"name": 7, "country": ["GB"], "kind": None},
        {"name": "A", "country": "GB", "kind": "spaceship"},
        {"name": "A", "country": "GB", "kind": "sme", "founded_year": 10**40},
        {"name": "A", "country": "GB", "kind": "sme", "sectors": "smart-cities"},
        {"name": "A\x00", "country": "GB", "kind": "sme"},
        [1, 2, 3],
    ],
)
def test_wrong_types_and_values_are_a_400(token_client, member, body):
    assert token_client(member).post(LIST, body).status_code == 400


def test_a_body_over_the_limit_is_a_413(token_client, member, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = token_client(member).post(LIST, {"description": "x" * 2000})
    assert (response.status_code, error(response)["code"]) == (413, "too_large")


def test_a_body_over_the_limit_is_refused_in_korean(token_client, member, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    client = token_client(member)
    response = client.post(LIST, {"description": "x" * 2000}, HTTP_ACCEPT_LANGUAGE="ko")
    assert error(response)["message"] == "요청 본문이 1000바이트보다 큽니다."


def test_form_bodies_are_a_415(token_client, member):
    response = token_client(member).post(
        LIST, "name=x", content_type="application/x-www-form-urlencoded"
    )
    assert (response.status_code, error(response)["code"]) == (415, "unsupported_media_type")


@pytest.mark.parametrize("number", ["0", "-1", "abc", "1.5", ""])
def test_bad_page_numbers_are_a_400(api_client, organisation, number):
    response = api_client.get(LIST, {"page": number})
    assert (response.status_code, list(error(response)["fields"])) == (400, ["page"])


@pytest.mark.parametrize("number", ["2", "9" * 40])
def test_a_page_past_the_end_is_a_404(api_client, organisation, number):
    assert api_client.get(LIST, {"page": number}).status_code == 404


@pytest.mark.parametrize(
    "query", [{"page_size": "0"}, {"page_size": "101"}, {"ordering": "secret"}]
)
def test_bad_paging_and_ordering_are_a_400(api_client, organisation, query):
    assert api_client.get(LIST, query).status_code == 400


@pytest.mark.parametrize("query", [{"q": "a\x00b"}, {"country": "ZZ"}, {"sector": "x" * 5000}])
def test_bad_filters_are_a_400(api_client, organisation, query):
    assert api_client.get(LIST, query).status_code == 400


@pytest.mark.parametrize(
    "path", ["/api/nothing/", "/api/organisations/abc/", f"/api/organisations/{10**30}/"]
)
def test_unknown_addresses_are_a_json_404(api_client, db, path):
    response = api_client.get(path)
    assert (response.status_code, error(response)["code"]) == (404, "not_found")


def test_an_unknown_address_is_named_in_korean_when_asked(api_client, db):
    response = api_client.get("/api/nothing/", HTTP_ACCEPT_LANGUAGE="ko")
    assert (response.status_code, error(response)["message"]) == (
        404,
        "이 주소에는 아무것도 없습니다.",
    )


def test_an_unknown_record_is_not_found_in_the_readers_language(api_client, db):
    response = api_client.get("/api/organisations/999999/", HTTP_ACCEPT_LANGUAGE="ko")
    assert error(response)["message"] == "찾을 수 없습니다."
    assert error(api_client.get("/api/organisations/999999/"))["message"] == "Not found."


def test_pages_outside_the_api_keep_html_404s(client, db):
    response = client.get("/no-such-page/")
    assert (response.status_code, response["Content-Type"].startswith("text/html")) == (404, True)


def test_a_wrong_method_is_a_405_with_allow(token_client, member):
    response = token_client(member).delete(LIST)
    assert (response.status_code, response["Allow"]) == (405, "GET, POST, HEAD, OPTIONS")


def test_session_writes_need_the_csrf_token(member):
    from rest_framework.test import APIClient

    client = APIClient(enforce_csrf_checks=True)
    client.force_login(member)
    response = client.post(LIST, {"name": "A", "country": "GB", "kind": "sme"})
    assert (response.status_code, error(response)["code"]) == (403, "permission_denied")


def test_a_malformed_authorization_header_is_a_401(api_client, db):
    api_client.credentials(HTTP_AUTHORIZATION="Bearer two parts")
    assert api_client.get(LIST).status_code == 401


def test_a_crash_under_the_api_is_a_json_500(rf):
    from api.views import server_error

    response = server_error(rf.get("/api/organisations/"))
    assert (response.status_code, json.loads(response.content)["error"]["code"]) == (
        500,
        "server_error",
    )


def test_drf_field_messages_read_as_korean(token_client, member):
    body = {"name": "", "country": "GB", "kind": "sme"}
    response = token_client(member).post(LIST, body, HTTP_ACCEPT_LANGUAGE="ko")
    assert error(response)["fields"]["name"] == ["이 항목은 비워 둘 수 없습니다."]
