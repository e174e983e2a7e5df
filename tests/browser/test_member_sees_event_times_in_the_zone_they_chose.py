import re

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from accounts.services import time_zone_preference_set
from tests.events.factories import EventFactory
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct-horse-battery"  # the factories' password


def test_a_member_who_chose_new_york_sees_your_time_in_new_york_time(browser, site, log_in):
    user = UserFactory(username="ada", email="ada@example.com")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    time_zone_preference_set(user=user, time_zone="America/New_York")
    EventFactory(slug="seoul-day", time_zone="Asia/Seoul")
    context = browser.new_context(locale="en-US", timezone_id="Europe/London")
    page = context.new_page()
    log_in(page, "ada", PASSWORD)
    page.goto(f"{site.url}/events/seoul-day/")
    expect(page.locator("[data-local-text]").first).to_have_text(re.compile(r"\b(EST|EDT)\b"))
    context.close()
