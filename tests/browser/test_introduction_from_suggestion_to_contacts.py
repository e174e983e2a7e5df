from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.management import call_command
from playwright.sync_api import expect

from introductions.models import IntroductionRequest
from organisations.models import Membership, Organisation
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

KOREAN_EMAIL = "hana@partner.example.kr"
KOREAN_PASSWORD = "correct-horse-battery"  # the factories' password


@pytest.fixture
def demo(site, demo_password):
    """The demo data with its two logins: "sme" (owns a UK example SME) and "staff"."""
    call_command("load_demo", stdout=StringIO())
    return demo_password


def korean_member_of(organisation: Organisation):
    user = UserFactory(username="hana", email=KOREAN_EMAIL)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    Membership.objects.create(user=user, organisation=organisation)
    return user


def log_out(page):
    page.get_by_role("button", name="Log out").click()


def test_sme_asks_staff_forward_the_korean_partner_accepts_and_both_see_contacts(
    page, url, log_in, demo, screenshot
):
    log_in(page, "sme", demo)
    partner = page.locator("section[aria-labelledby='partners-heading'] li.suggestion").first
    name = partner.locator(".suggestion__title a").inner_text()
    screenshot(page, "1-dashboard")
    partner.get_by_role("link", name=f"Ask for an introduction to {name}").click()
    page.get_by_label("What do you propose?").fill("A joint pilot of port digital twins in Busan.")
    page.get_by_label("What are you looking for?").fill("A partner with a 5G testbed.")
    page.get_by_label("Preferred language").select_option("ko")
    screenshot(page, "2-ask-form")
    page.get_by_role("button", name="Send the request").click()
    expect(page.get_by_role("heading", name=f"Introduction to {name}")).to_be_visible()
    screenshot(page, "3-request-sent")
    log_out(page)
    assert mail.outbox[-1].to == ["staff@example.com"]

    korean = Organisation.objects.get(name=name)
    korean_member = korean_member_of(korean)
    log_in(page, "staff", demo)
    page.goto(url("staff:introduction_queue"))
    screenshot(page, "4-staff-queue")
    page.get_by_role("button", name="Forward").click()
    expect(page.get_by_text("Forwarded to the other organisation.")).to_be_visible()
    log_out(page)

    assert mail.outbox[-1].to == [KOREAN_EMAIL]
    log_in(page, KOREAN_EMAIL, KOREAN_PASSWORD)
    page.get_by_role("link", name="My introductions 1 waiting for you").click()
    screenshot(page, "5-korean-my-introductions")
    page.get_by_role("link", name="Accept or decline").click()
    expect(page.get_by_text("A joint pilot of port digital twins in Busan.")).to_be_visible()
    sme_name = IntroductionRequest.objects.get().requester_organisation.name
    expect(page.locator("main")).not_to_contain_text(sme_name)
    screenshot(page, "6-korean-request-before-accepting")
    page.get_by_label("A note for the other side (optional; if you decline, why)").fill(
        "We would be glad to meet in Busan."
    )
    page.get_by_role("button", name="Accept the introduction").click()
    expect(page.get_by_role("heading", name="Contact details")).to_be_visible()
    expect(page.locator(".contact-details")).to_contain_text(sme_name)
    screenshot(page, "7-korean-accepted")
    page.get_by_label("Your message").fill("Could you come to Busan on 12 May?")
    page.get_by_role("button", name="Send the message").click()
    expect(page.locator("#messages blockquote")).to_have_text("Could you come to Busan on 12 May?")
    log_out(page)
    assert "Could you come to Busan on 12 May?" in mail.outbox[-1].body

    log_in(page, "sme", demo)
    page.get_by_role("link", name="My introductions").click()
    page.get_by_role("link", name=name).click()
    contacts = page.locator(".contact-details")
    expect(contacts).to_contain_text(korean.contact_email or korean_member.email)
    expect(page.get_by_text("We would be glad to meet in Busan.")).to_be_visible()
    expect(page.locator("#messages blockquote")).to_have_text("Could you come to Busan on 12 May?")
    page.get_by_label("Your message").fill("Yes, 12 May suits us.")
    page.get_by_role("button", name="Send the message").click()
    expect(page.locator("#messages blockquote").last).to_have_text("Yes, 12 May suits us.")
    assert mail.outbox[-1].to == [KOREAN_EMAIL]
    screenshot(page, "8-sme-sees-contacts")
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, "9-sme-sees-contacts-on-a-phone")
