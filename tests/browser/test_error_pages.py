"""The error pages as a visitor sees them with DEBUG off, wide and narrow (screenshots)."""

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.test import Client
from playwright.sync_api import expect

from tests.factories import MembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = {"wide": 1280, "narrow": 390}


def _answer(status: int):
    body = render_to_string(f"{status}.html")
    return lambda route: route.fulfill(status=status, body=body, content_type="text/html")


@pytest.fixture
def outage_pages(page, url):
    """/outage/500/ and /outage/503/ answer with those pages, as a crash or an outage would."""
    for status in (500, 503):
        page.route(url(f"/outage/{status}/"), _answer(status))


@pytest.fixture
def signed_in(page, site):
    """The browser holds the session of a member who is not staff."""
    client = Client()
    client.force_login(MembershipFactory().user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": site.url}]
    )


@pytest.mark.parametrize("width", WIDTHS)
def test_error_pages_look_like_the_site(page, url, signed_in, outage_pages, screenshot, width):
    page.set_viewport_size({"width": WIDTHS[width], "height": 800})
    pages = {
        "404": ("/no-such-page/", "There is no page at this address"),
        # More fields than DATA_UPLOAD_MAX_NUMBER_FIELDS (1,000): Django refuses the request.
        "400": (
            "/organisations/?" + "&".join(["q=x"] * 1001),
            "This request could not be understood",
        ),
        "403": ("/staff/", "You cannot open this page"),
        "500": ("/outage/500/", "Something went wrong on our side"),
        "503": ("/outage/503/", "The site is briefly unavailable"),
    }
    for status, (path, heading) in pages.items():
        page.goto(url(path))
        expect(page.get_by_role("heading", level=1)).to_have_text(heading)
        expect(page.locator(".site-header")).to_be_visible()
        screenshot(page, f"{status}-{width}")
