import re

import pytest
from playwright.sync_api import expect

from organisations.models import Membership, PublicationStatus

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EMAIL = "min-jun@bayes-example.co.uk"
PASSWORD = "a-long-and-unusual-passphrase"


def test_new_sme_signs_up_confirms_builds_its_profile_and_submits_it(
    page, url, outbox_link, screenshot
):
    page.goto(url("organisations:home"))
    page.get_by_role("link", name="Sign up").click()
    page.get_by_label("Email address").fill(EMAIL)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_label("I have read the privacy notice").check()
    screenshot(page, "1-signup")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    screenshot(page, "1b-check-your-email")

    page.goto(outbox_link())
    screenshot(page, "1c-confirm-email")
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()
    screenshot(page, "2-dashboard-new-member")
    page.get_by_role("link", name="Create your profile").click()

    page.get_by_label("Organisation name").fill("Bayes Twin Ltd")
    page.get_by_label("Type of organisation").select_option("sme")
    page.get_by_label("Country").select_option("GB")
    page.get_by_role("textbox", name="City or region in English (optional)", exact=True).fill(
        "Cambridge"
    )
    screenshot(page, "3-step-basics")
    page.get_by_role("button", name="Save and continue").click()

    page.get_by_label("Smart cities").check()
    screenshot(page, "4-step-sectors")
    page.get_by_role("button", name="Save and continue").click()

    page.get_by_label("Search capabilities, in English or Korean").fill("digital twin")
    expect(page.get_by_text("of 130 shown")).to_be_visible()
    page.get_by_label("Digital twins").check()
    screenshot(page, "5-step-offers-searched")
    page.get_by_role("button", name="Save and continue").click()

    page.get_by_label("Search capabilities, in English or Korean").fill("5G")
    page.get_by_role("group", name=re.compile("5G")).get_by_role("checkbox").first.check()
    page.get_by_role("button", name="Save and continue").click()

    page.get_by_label("About your organisation").fill("Digital twins of ports and cities.")
    page.get_by_role("button", name="Save and finish").click()
    expect(page.get_by_role("heading", name="Status: draft")).to_be_visible()
    screenshot(page, "6-my-organisation-draft")

    page.get_by_role("button", name="Submit for review").click()
    expect(page.get_by_role("heading", name="Status: submitted for review")).to_be_visible()
    screenshot(page, "7-my-organisation-submitted")
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, "8-my-organisation-on-a-phone")
    membership = Membership.objects.select_related("organisation").get(user__email=EMAIL)
    assert membership.organisation.status == PublicationStatus.SUBMITTED
    assert membership.organisation.offers.filter(slug="digital-twins").exists()
