from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from opportunities.models import Opportunity, OpportunityStatus

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OPPORTUNITY = "Spectrum sharing trial for 5G rail"


@pytest.fixture
def demo(site, demo_password):
    """The demo data with its two logins: "sme" (owns a UK example SME) and "staff"."""
    call_command("load_demo", stdout=StringIO())
    return demo_password


def partners(page):
    return page.locator("section[aria-labelledby='partners-heading'] li.suggestion")


def test_sme_sees_reasoned_korean_partners_and_dismisses_one(page, url, log_in, demo, screenshot):
    log_in(page, "sme", demo)
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()
    expect(partners(page).first).to_be_visible()
    for card in partners(page).all()[:3]:
        expect(card.locator(".card__meta")).to_contain_text("South Korea")
        expect(card.locator(".suggestion__reasons li").first).to_be_visible()
        expect(card.locator(".factor-bar")).to_have_count(5)
    screenshot(page, "1-dashboard-suggestions")

    first = partners(page).first
    name = first.locator(".suggestion__title a").inner_text()
    next_card = partners(page).nth(1).get_attribute("id")
    first.get_by_role("button", name=f"Not interested in {name}").click()
    expect(page.get_by_text(f"Removed from your suggestions: {name}.")).to_be_visible()
    # The reader is brought back to where they were: the card after the one removed.
    expect(page.locator(f"#{next_card}")).to_be_focused()
    screenshot(page, "2-dashboard-after-dismissing")
    for _ in range(2):
        page.reload()
        expect(partners(page).first).to_be_visible()
        expect(partners(page).get_by_role("link", name=name, exact=True)).to_have_count(0)
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, "3-dashboard-on-a-phone")


def test_an_opportunity_staff_publish_reaches_the_smes_suggestions(
    page, url, log_in, demo, screenshot
):
    log_in(page, "staff", demo)
    page.goto(url("staff:opportunity_create"))
    page.get_by_label("Title in English", exact=True).fill(OPPORTUNITY)
    page.get_by_label("Type", exact=True).select_option("testbed")
    page.get_by_label("Deadline").fill("2099-03-31")
    page.get_by_label("Search capabilities, in English or Korean").fill("주파수")
    page.get_by_label("Spectrum management and harmonisation").check()
    page.get_by_label("Search capabilities, in English or Korean").fill("rail")
    page.get_by_label("Connectivity for high-speed rail").check()
    page.get_by_role("button", name="Save as draft").click()
    page.get_by_role("button", name=f"Publish {OPPORTUNITY}").click()
    expect(page.get_by_text(f"“{OPPORTUNITY}” is published.")).to_be_visible()
    assert Opportunity.objects.get(title=OPPORTUNITY).status == OpportunityStatus.PUBLISHED
    page.get_by_role("button", name="Log out").click()

    log_in(page, "sme", demo)
    suggested = page.locator("section[aria-labelledby='opportunity-suggestions-heading']")
    expect(suggested.get_by_role("link", name=OPPORTUNITY)).to_be_visible()
    expect(suggested).to_contain_text("Covers 2 of the 2 required capabilities")
    screenshot(page, "1-dashboard-with-the-new-opportunity")

    suggested.get_by_role("link", name=OPPORTUNITY).click()
    expect(page.get_by_role("heading", name="Suggested team")).to_be_visible()
    expect(page.get_by_role("heading", name="Suggested organisations")).to_be_visible()
    expect(page.get_by_role("link", name="Hartwell Spectrum (example)").first).to_be_visible()
    screenshot(page, "2-opportunity-suggestions")
