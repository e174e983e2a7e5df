import datetime

import pytest
from django.contrib.humanize.templatetags.humanize import naturaltime
from django.utils import timezone, translation


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (datetime.timedelta(seconds=-30), "30초 전"),
        (datetime.timedelta(minutes=-2, seconds=-5), "2분 전"),
        (datetime.timedelta(hours=-3, seconds=-5), "3시간 전"),
        (datetime.timedelta(hours=2, minutes=1), "2시간 후"),
    ],
)
def test_korean_relative_times_put_no_space_before_the_unit(delta, text):
    with translation.override("ko"):
        assert naturaltime(timezone.now() + delta) == text
