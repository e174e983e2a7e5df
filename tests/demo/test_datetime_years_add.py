import datetime
from zoneinfo import ZoneInfo

from demo.services.example_dates import datetime_years_add

SEOUL = ZoneInfo("Asia/Seoul")
LONDON = ZoneInfo("Europe/London")


def test_a_seoul_morning_stays_at_nine_on_the_same_month_and_day():
    moved = datetime_years_add(
        moment=datetime.datetime(2027, 3, 16, 9, tzinfo=SEOUL), years=3, zone=SEOUL
    )
    assert moved == datetime.datetime(2030, 3, 16, 9, tzinfo=SEOUL)
    assert moved.astimezone(datetime.UTC).hour == 0


def test_a_time_stored_in_utc_is_moved_on_the_wall_clock_of_the_zone():
    # 09:00 in Seoul is midnight in UTC: the move is counted on the Seoul date.
    stored = datetime.datetime(2027, 3, 16, 0, tzinfo=datetime.UTC)
    moved = datetime_years_add(moment=stored, years=1, zone=SEOUL)
    assert moved.astimezone(SEOUL) == datetime.datetime(2028, 3, 16, 9, tzinfo=SEOUL)


def test_a_move_across_a_change_to_summer_time_keeps_the_local_hour():
    # 27 March 2027 is still GMT in London; 27 March 2028 is already BST.
    winter = datetime.datetime(2027, 3, 27, 9, tzinfo=LONDON)
    moved = datetime_years_add(moment=winter, years=1, zone=LONDON)
    assert (moved.astimezone(LONDON).hour, moved.astimezone(datetime.UTC).hour) == (9, 8)
    elapsed = moved.astimezone(datetime.UTC) - winter.astimezone(datetime.UTC)
    assert elapsed == datetime.timedelta(days=366, hours=-1)


def test_29_february_in_the_zone_becomes_the_28th_there_not_in_utc():
    # 08:00 on 29 February in Seoul is still the 28th in UTC.
    leap_morning = datetime.datetime(2028, 2, 29, 8, tzinfo=SEOUL)
    moved = datetime_years_add(moment=leap_morning, years=1, zone=SEOUL)
    assert moved == datetime.datetime(2029, 2, 28, 8, tzinfo=SEOUL)


def test_no_years_gives_the_same_moment():
    moment = datetime.datetime(2027, 3, 16, 10, 20, tzinfo=SEOUL)
    assert datetime_years_add(moment=moment, years=0, zone=SEOUL) == moment
