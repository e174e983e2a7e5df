from accounts.services import language_preference_set, time_zone_preference_set
from common.time_zone import recipient_time_zones, time_zone_for_reader


def test_a_visitor_on_a_korean_page_reads_korea_time():
    assert time_zone_for_reader(chosen=None, language="ko") == "Asia/Seoul"


def test_a_visitor_on_an_english_page_reads_the_sites_zone(settings):
    settings.TIME_ZONE = "UTC"
    assert time_zone_for_reader(chosen=None, language="en") == "UTC"


def test_a_chosen_name_that_is_no_zone_falls_back_to_the_language():
    assert time_zone_for_reader(chosen="Mars/Olympus", language="ko") == "Asia/Seoul"


def test_mail_to_a_member_is_in_their_zone(member, other_member):
    language_preference_set(user=member, language="ko")
    time_zone_preference_set(user=other_member, time_zone="Europe/Paris")
    zones = recipient_time_zones(user_ids=[member.pk, other_member.pk])
    assert zones[member.pk] == "Asia/Seoul" and zones[other_member.pk] == "Europe/Paris"


def test_an_address_without_an_account_gets_the_sites_zone(db, settings):
    settings.TIME_ZONE = "UTC"
    assert recipient_time_zones(user_ids=[None])[None] == "UTC"
