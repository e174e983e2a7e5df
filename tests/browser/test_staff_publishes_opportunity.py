import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from opportunities.models import Opportunity, OpportunityStatus
from tests.factories import OrganisationFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def staff_login(site):
    staff = UserFactory(username="curator", email="curator@example.com", is_staff=True)
    EmailAddress.objects.create(user=staff, email=staff.email, verified=True, primary=True)
    OrganisationFactory(name="Sejong City Office", country="KR", kind="government_body")
    return staff


def test_staff_creates_and_publishes_an_opportunity(page, url, log_in, staff_login, screenshot):
    log_in(page, "curator", "correct-horse-battery")
    page.goto(url("staff:opportunity_create"))
    page.get_by_label("Title in English", exact=True).fill("Sejong digital twin pilot")
    page.get_by_label("Type", exact=True).select_option("testbed")
    page.get_by_label("Search organisations").fill("sejong")
    page.get_by_label("Sejong City Office").check()
    page.get_by_label("Deadline").fill("2099-03-31")
    page.get_by_label("Search capabilities, in English or Korean").fill("디지털")
    page.get_by_label("Digital twins").check()
    page.get_by_label("SME", exact=True).check()
    screenshot(page, "1-opportunity-form")
    page.get_by_role("button", name="Save as draft").click()
    expect(page.get_by_text("“Sejong digital twin pilot” is saved as a draft.")).to_be_visible()
    screenshot(page, "2-staff-opportunity-list")

    page.get_by_role("button", name="Publish Sejong digital twin pilot").click()
    expect(page.get_by_text("“Sejong digital twin pilot” is published.")).to_be_visible()
    opportunity = Opportunity.objects.get(title="Sejong digital twin pilot")
    assert opportunity.status == OpportunityStatus.PUBLISHED
    assert opportunity.eligible_kinds == ["sme"]
    assert list(opportunity.hosts.values_list("name", flat=True)) == ["Sejong City Office"]

    page.goto(url("opportunities:list"))
    expect(page.get_by_role("link", name="Sejong digital twin pilot")).to_be_visible()
