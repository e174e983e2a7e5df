"""The error pages look like the site, and the ones for outages need no database."""

import json

from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse

from api.views import csrf_failure


def test_the_500_page_renders_without_request_or_database():
    html = render_to_string("500.html")
    assert "Something went wrong on our side" in html and "app.css" in html


def test_the_503_page_renders_without_request_or_database():
    assert "briefly unavailable" in render_to_string("503.html")


def test_an_unknown_page_shows_the_404_page(client, db):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "There is no page at this address" in response.content.decode()


def test_a_refused_page_shows_the_403_page(client, member):
    client.force_login(member)
    response = client.get(reverse("staff:home"))
    assert response.status_code == 403
    assert "You cannot open this page" in response.content.decode()


def test_a_crash_shows_the_500_page(db, monkeypatch):
    monkeypatch.setattr("organisations.views.render", lambda *a, **k: 1 / 0, raising=False)
    client = Client(raise_request_exception=False)
    response = client.get(reverse("organisations:home"))
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


def test_unknown_api_addresses_still_answer_json(client, db):
    response = client.get("/api/no-such-thing/")
    assert response.json()["error"]["code"] == "not_found"


def test_a_form_sent_with_an_expired_token_shows_the_expired_page_in_korean(member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    response = client.post(
        "/ko/accounts/logout/", HTTP_REFERER="http://testserver/ko/organisations/"
    )
    html = response.content.decode()
    assert response.status_code == 403
    assert '<html lang="ko">' in html and "site-header" in html and member.email in html
    assert 'href="http://testserver/ko/organisations/"' in html
    assert "아래 버튼으로 이전 페이지로 돌아가 양식을 다시 보내십시오." in html


def test_the_expired_page_links_back_only_to_this_site(db):
    response = Client(enforce_csrf_checks=True).post(
        "/accounts/login/", HTTP_REFERER="https://evil.example/"
    )
    assert "This page expired" in response.content.decode()
    assert "evil.example" not in response.content.decode()


def test_the_expired_page_says_to_send_the_form_again_from_a_fresh_page_not_to_reload(db):
    client = Client(enforce_csrf_checks=True)
    with_back = client.post("/accounts/login/", HTTP_REFERER="http://testserver/accounts/login/")
    assert "Go back to the page with the button below and send the form again." in with_back.text
    without_back = client.post("/accounts/login/").text
    assert "Open the page with the form again and send it again." in without_back
    assert "Reload" not in with_back.text + without_back


def test_an_api_request_with_an_expired_token_answers_json(rf):
    response = csrf_failure(rf.post("/api/organisations/"), reason="CSRF token missing.")
    assert response.status_code == 403
    assert json.loads(response.content)["error"]["code"] == "csrf_failed"


def test_a_bad_request_shows_the_400_page_in_the_pages_language(client, db, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 2
    response = client.get("/ko/organisations/?a=1&b=2&c=3")
    html = response.content.decode()
    assert response.status_code == 400
    assert '<html lang="ko">' in html and "site-header" in html


def test_a_request_for_another_host_gets_a_plain_400_page(client, db):
    response = client.get("/ko/organisations/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert '<html lang="ko">' in response.content.decode()


def test_a_bad_api_request_still_answers_json(client, db, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 2
    response = client.get("/api/organisations/?a=1&b=2&c=3")
    assert response.status_code == 400 and response.json()["error"]["code"] == "bad_request"
