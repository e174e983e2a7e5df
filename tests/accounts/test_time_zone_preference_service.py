import pytest
from django.core.exceptions import ValidationError

from accounts.models import TimeZonePreference
from accounts.services import time_zone_preference_keep_first, time_zone_preference_set


def test_time_zone_preference_is_replaced_not_duplicated(member):
    time_zone_preference_set(user=member, time_zone="Asia/Seoul")
    time_zone_preference_set(user=member, time_zone="Europe/London")
    assert TimeZonePreference.objects.get(user=member).time_zone == "Europe/London"


def test_a_name_that_is_no_time_zone_is_refused_by_its_field_and_nothing_stored(member):
    with pytest.raises(ValidationError) as error:
        time_zone_preference_set(user=member, time_zone="Seoul")
    assert "“Seoul” is not a time zone we know" in error.value.message_dict["time_zone"][0]
    assert not TimeZonePreference.objects.exists()


def test_the_zone_of_a_first_page_never_replaces_a_chosen_one(member):
    time_zone_preference_set(user=member, time_zone="Europe/London")
    time_zone_preference_keep_first(user=member, language="ko")
    assert TimeZonePreference.objects.get(user=member).time_zone == "Europe/London"
