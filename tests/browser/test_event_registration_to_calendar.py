import icalendar
import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from events.models import ScheduledMeeting
from tests.events.factories import (
    DelegateFactory,
    EventFactory,
    MeetingSlotFactory,
    RegistrationFactory,
    SessionFactory,
    TableFactory,
)
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct-horse-battery"  # the factories' password


def verified_member_of(organisation, username: str):
    user = UserFactory(username=username, email=f"{username}@example.com")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    MembershipFactory(user=user, organisation=organisation)
    return user


@pytest.fixture
def brokerage_day(site):
    event = EventFactory(title="Seoul 5G brokerage day", slug="seoul-5g", venue="COEX")
    for _ in range(3):
        MeetingSlotFactory(event=event)
    TableFactory(event=event, name="Table A")
    SessionFactory(event=event, title="PyeongChang 5G demonstrations")
    korea = OrganisationFactory(name="Busan Radio Co", country="KR")
    DelegateFactory(registration=RegistrationFactory(event=event, organisation=korea), name="Kim")
    verified_member_of(korea, "hana")
    verified_member_of(OrganisationFactory(name="Glasgow Vision Ltd"), "ada")
    staff = UserFactory(username="staff", email="staff@example.com", is_staff=True)
    EmailAddress.objects.create(user=staff, email=staff.email, verified=True, primary=True)
    return event


def log_out(page):
    page.get_by_role("button", name="Log out").click()


def test_register_request_accept_schedule_and_download_the_ics(
    page, url, log_in, brokerage_day, screenshot
):
    log_in(page, "ada", PASSWORD)
    page.goto(url("events:list"))
    screenshot(page, "1-list")
    page.get_by_role("link", name="Seoul 5G brokerage day").click()
    expect(page.get_by_role("heading", name="Itinerary")).to_be_visible()
    screenshot(page, "2-detail")
    page.get_by_role("link", name="Register your organisation").click()
    page.locator("#id_delegates-0-name").fill("Ada Lovelace")
    screenshot(page, "4-registration-form")
    page.get_by_role("button", name="Register").click()
    expect(page.get_by_text("Registered. Staff will confirm your place.")).to_be_visible()
    log_out(page)

    log_in(page, "staff", PASSWORD)
    page.goto(url("staff:event_manage", "seoul-5g"))
    page.get_by_role("button", name="Approve").click()
    log_out(page)

    log_in(page, "ada", PASSWORD)
    page.goto(url("events:my_event", "seoul-5g"))
    page.get_by_label("Meet", exact=True).select_option(label="Busan Radio Co")
    page.get_by_label("Message (optional)").fill("A joint 5G pilot in Busan?")
    page.get_by_role("button", name="Send the request").click()
    expect(page.get_by_text("Your meeting request was sent.")).to_be_visible()
    screenshot(page, "5-my-event")
    log_out(page)

    log_in(page, "hana", PASSWORD)
    page.goto(url("events:my_event", "seoul-5g"))
    expect(page.get_by_text("A joint 5G pilot in Busan?")).to_be_visible()
    page.get_by_role("button", name="Accept").click()
    log_out(page)

    log_in(page, "staff", PASSWORD)
    page.goto(url("staff:event_manage", "seoul-5g"))
    page.get_by_role("button", name="Run the scheduler").click()
    expect(page.get_by_text("Scheduled 1 meeting; 0 could not be placed.")).to_be_visible()
    page.get_by_role("button", name="Publish the schedule").click()
    expect(page.get_by_text("Published 1 meeting; the participants were told.")).to_be_visible()
    assert ScheduledMeeting.objects.get().published
    screenshot(page, "6-staff-manage")
    page.get_by_role("link", name="Printable grid").click()
    screenshot(page, "7-staff-grid")
    log_out(page)

    log_in(page, "ada", PASSWORD)
    page.goto(url("events:agenda", "seoul-5g"))
    expect(page.get_by_role("heading", name="Busan Radio Co")).to_be_visible()
    expect(page.locator("[data-local-text]").first).not_to_be_empty()
    screenshot(page, "3-agenda")
    with page.expect_download() as download:
        page.get_by_role("link", name="Add to your calendar (.ics)").click()
    calendar = icalendar.Calendar.from_ical(download.value.path().read_bytes())
    assert [str(e["summary"]) for e in calendar.walk("VEVENT")][0] == "Meeting with Busan Radio Co"

    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(page, "3-agenda-390")
    page.goto(url("events:detail", "seoul-5g"))
    screenshot(page, "2-detail-390")
    page.goto(url("events:list"))
    screenshot(page, "1-list-390")
