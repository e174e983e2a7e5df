"""The Content-Security-Policy blocks nothing the site itself uses: no page logs a violation."""

from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from organisations.models import Organisation, PublicationStatus

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(site, demo_password):
    call_command("load_demo", stdout=StringIO())
    return demo_password


@pytest.fixture
def violations(page):
    """Console messages about the policy, collected as the pages load."""
    found: list[str] = []
    page.on(
        "console",
        lambda message: (
            found.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    return found


def test_no_page_breaks_the_policy(page, url, log_in, demo, violations):
    organisation = Organisation.objects.filter(status=PublicationStatus.PUBLISHED).first()
    page.goto(url("organisations:home"))
    page.goto(url("organisations:detail", organisation.pk))
    log_in(page, "sme", demo)
    expect(page.locator(".factor-bar").first).to_be_visible()
    page.goto(url("api:docs"))
    expect(page.locator(".swagger-ui .info").first).to_be_visible()
    assert violations == []
