from accounts.selectors import time_zone_of_user, time_zones_by_user
from accounts.services import language_preference_set, time_zone_preference_set


def test_a_member_reads_times_in_the_zone_they_chose(member):
    language_preference_set(user=member, language="ko")
    time_zone_preference_set(user=member, time_zone="Europe/London")
    assert time_zone_of_user(user=member) == "Europe/London"


def test_a_member_who_chose_no_zone_follows_their_saved_korean(member):
    language_preference_set(user=member, language="ko")
    assert time_zone_of_user(user=member) == "Asia/Seoul"


def test_a_member_who_chose_nothing_gets_the_sites_zone(member, settings):
    settings.TIME_ZONE = "UTC"
    assert time_zone_of_user(user=member) == "UTC"


def test_the_zones_of_many_members_take_one_query(member, other_member, django_assert_num_queries):
    language_preference_set(user=member, language="ko")
    time_zone_preference_set(user=other_member, time_zone="America/New_York")
    with django_assert_num_queries(1):
        zones = time_zones_by_user(user_ids=[member.pk, other_member.pk])
    assert zones == {member.pk: "Asia/Seoul", other_member.pk: "America/New_York"}
