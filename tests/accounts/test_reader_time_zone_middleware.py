import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import timezone, translation

from accounts import time_zone
from accounts.middleware import ReaderTimeZoneMiddleware
from accounts.services import language_preference_set, time_zone_preference_set


def _zone_seen(request) -> str:
    """The zone a view behind the middleware runs in."""
    seen = []
    middleware = ReaderTimeZoneMiddleware(
        lambda request: seen.append(timezone.get_current_timezone_name()) or HttpResponse()
    )
    middleware(request)
    return seen[0]


def test_a_member_who_reads_korean_sees_times_in_korea_time(client, member, message_page):
    language_preference_set(user=member, language="ko")
    client.force_login(member)
    assert "15:45 KST" in client.get(f"/ko{message_page}").text


def test_a_member_who_chose_seoul_sees_korea_time_on_english_pages(client, member, message_page):
    time_zone_preference_set(user=member, time_zone="Asia/Seoul")
    client.force_login(member)
    assert "15:45 KST" in client.get(message_page).text


@pytest.mark.parametrize(("language", "zone"), [("en", "Europe/London"), ("ko", "Asia/Seoul")])
def test_a_visitor_reads_times_in_the_zone_of_the_pages_language(db, language, zone):
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    with translation.override(language):
        assert _zone_seen(request) == zone


def test_the_api_keeps_the_sites_zone(member):
    request = RequestFactory().get("/api/sectors/")
    request.user, request.session = member, {time_zone.SESSION_KEY: "Asia/Seoul"}
    assert _zone_seen(request) == "Europe/London"


def test_the_zone_does_not_outlive_the_request(client, member, message_page):
    time_zone_preference_set(user=member, time_zone="Asia/Seoul")
    client.force_login(member)
    client.get(message_page)
    assert timezone.get_current_timezone_name() == "Europe/London"


def test_a_member_who_chose_nothing_reads_the_zone_of_the_pages_language(
    client, member, message_page
):
    client.force_login(member)
    assert "15:45 KST" in client.get(f"/ko{message_page}").text
    assert "06:45 GMT" in client.get(message_page).text


def test_pages_name_a_zone_the_member_chose_for_the_browser(client, member):
    time_zone_preference_set(user=member, time_zone="America/New_York")
    client.force_login(member)
    assert 'data-reader-zone="America/New_York"' in client.get("/events/").text


def test_pages_name_no_zone_for_a_member_who_chose_none(client, member):
    client.force_login(member)
    assert "data-reader-zone" not in client.get("/ko/events/").text
