"""Every page tells the browser to run only the site's own scripts and styles, and to refuse
features the site never uses."""

import pytest
from django.urls import reverse


@pytest.fixture
def home(client, db):
    return client.get(reverse("organisations:home"))


def test_scripts_and_styles_come_from_the_site_only(home):
    policy = dict(
        directive.strip().split(" ", 1) for directive in home["Content-Security-Policy"].split(";")
    )
    assert (policy["default-src"], policy["script-src"], policy["style-src"]) == (
        "'self'",
        "'self'",
        "'self'",
    )


def test_no_inline_script_or_style_is_allowed(home):
    assert "unsafe-inline" not in home["Content-Security-Policy"]


def test_camera_microphone_and_location_are_off(home):
    policy = home["Permissions-Policy"]
    assert {"camera=()", "microphone=()", "geolocation=()"} <= set(policy.split(", "))


def test_the_api_docs_have_no_inline_script_or_style(client, db):
    html = client.get(reverse("api:docs")).content.decode()
    assert "<script>" not in html and "<style>" not in html
