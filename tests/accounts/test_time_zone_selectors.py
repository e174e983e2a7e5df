from accounts.selectors import time_zones_by_user
from accounts.services import language_preference_set, time_zone_preference_set


def test_the_zones_of_many_members_take_one_query(member, other_member, django_assert_num_queries):
    language_preference_set(user=member, language="ko")
    time_zone_preference_set(user=other_member, time_zone="America/New_York")
    with django_assert_num_queries(1):
        zones = time_zones_by_user(user_ids=[member.pk, other_member.pk])
    assert zones == {member.pk: "Asia/Seoul", other_member.pk: "America/New_York"}
