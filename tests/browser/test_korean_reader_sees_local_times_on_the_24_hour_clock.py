import re

import pytest
from playwright.sync_api import expect

from tests.events.factories import EventFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_korean_reader_in_london_sees_the_times_in_both_zones_on_the_24_hour_clock(browser, site):
    EventFactory(slug="seoul-day", time_zone="Asia/Seoul")
    context = browser.new_context(locale="ko-KR", timezone_id="Europe/London")
    page = context.new_page()
    page.goto(f"{site.url}/ko/events/seoul-day/")
    local = page.locator("[data-local-text]").first
    expect(local).not_to_be_empty()
    expect(local).not_to_have_text(re.compile("오전|오후"))
    context.close()
