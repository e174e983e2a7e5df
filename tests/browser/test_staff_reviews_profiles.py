import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from organisations.models import PublicationStatus
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct-horse-battery"


@pytest.fixture
def staff_login(site):
    staff = UserFactory(username="curator", email="curator@example.com", is_staff=True)
    EmailAddress.objects.create(user=staff, email=staff.email, verified=True, primary=True)
    return staff


@pytest.fixture
def submitted(site):
    organisation = OrganisationFactory(
        name="Bayes Twin Ltd", status=PublicationStatus.SUBMITTED, description="Twins."
    )
    owner = MembershipFactory(organisation=organisation, user__email="owner@example.com").user
    EmailAddress.objects.create(user=owner, email=owner.email, verified=True, primary=True)
    return organisation


def test_staff_approves_a_submitted_profile(page, url, log_in, staff_login, submitted, screenshot):
    log_in(page, "curator@example.com", PASSWORD)
    page.get_by_role("link", name="Staff").click()
    expect(page.get_by_text("Profiles submitted for review")).to_be_visible()
    screenshot(page, "1-staff-home")
    page.get_by_role("link", name="Review profiles").click()
    screenshot(page, "2-review-queue")
    page.get_by_role("button", name="Publish Bayes Twin Ltd").click()
    expect(page.get_by_text("“Bayes Twin Ltd” is published.")).to_be_visible()
    page.get_by_role("link", name="Organisations", exact=True).last.click()
    screenshot(page, "3-staff-organisations")
    submitted.refresh_from_db()
    assert submitted.status == PublicationStatus.PUBLISHED


def test_owner_sees_why_staff_rejected_the_profile(
    page, url, log_in, staff_login, submitted, screenshot
):
    page.goto(url("account_login"))
    screenshot(page, "0-login")
    log_in(page, "curator", PASSWORD)
    page.goto(url("staff:review_queue"))
    page.get_by_role("link", name="Reject Bayes Twin Ltd with a reason").click()
    page.get_by_role("button", name="Reject with this reason").click()
    expect(page.get_by_text("This field is required.").first).to_be_visible()
    screenshot(page, "1-reject-without-reason")
    page.get_by_label("Reason").fill("Please add your website.")
    page.get_by_role("button", name="Reject with this reason").click()
    page.get_by_role("button", name="Log out").click()

    log_in(page, "owner@example.com", PASSWORD)
    page.get_by_role("link", name="My organisation").click()
    expect(page.get_by_text("Please add your website.")).to_be_visible()
    screenshot(page, "2-owner-sees-reason")
