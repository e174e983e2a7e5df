"""The error pages look like the site, and the ones for outages need no database."""

from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse


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
