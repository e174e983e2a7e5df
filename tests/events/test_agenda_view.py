import icalendar
import pytest

from tests.events.factories import MeetingRequestFactory, RegistrationFactory, SessionFactory


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 200), ("other_member", 200), ("staff", 403)]
)
def test_permission_matrix(login_as, published_meeting, role, status):
    assert login_as(role).get("/events/seoul-5g/agenda/").status_code == status


def test_an_outsider_is_refused(client, published_meeting):
    from tests.factories import MembershipFactory

    client.force_login(MembershipFactory().user)
    assert client.get("/events/seoul-5g/agenda/").status_code == 403


def test_shows_the_meeting_table_and_the_other_delegates(login_as, published_meeting):
    page = login_as("member").get("/events/seoul-5g/agenda/").content.decode()
    assert "Seoul Example Co" in page and "Kim Min-jun" in page and "Table" in page


def test_the_ics_download_is_a_calendar(login_as, published_meeting):
    response = login_as("member").get("/events/seoul-5g/agenda.ics")
    assert response["Content-Type"].startswith("text/calendar")
    assert len(icalendar.Calendar.from_ical(response.content).walk("VEVENT")) == 1


def test_the_ics_is_private(login_as, published_meeting):
    assert login_as("anonymous").get("/events/seoul-5g/agenda.ics").status_code == 302


def test_queries_do_not_grow_with_the_meetings(
    login_as, published_meeting, event, registration, staff_user, django_assert_max_num_queries
):
    from events import services

    for _ in range(2):
        other = RegistrationFactory(event=event)
        MeetingRequestFactory(from_registration=registration, to_registration=other, event=event,
                              status="accepted")  # fmt: skip
    services.schedule_run(event=event, actor=staff_user, time_limit=5)
    services.schedule_publish(event=event, actor=staff_user)
    client = login_as("member")
    with django_assert_max_num_queries(14):
        response = client.get("/events/seoul-5g/agenda/")
    assert response.content.decode().count('<li class="item">') == 3


def test_a_korean_reader_sees_the_korean_event_and_session_titles(
    login_as, published_meeting, event_in_korean
):
    SessionFactory(event=event_in_korean, title="5G demo", title_ko="5G 시연")
    page = login_as("member").get("/ko/events/seoul-5g/agenda/").text
    assert 'lang="ko">서울 5G 비즈니스 상담회</a>' in page
    assert '<span lang="ko">5G 시연</span>' in page and "5G demo" not in page


def test_the_korean_ics_has_the_korean_titles(login_as, published_meeting, event_in_korean):
    SessionFactory(event=event_in_korean, title="5G demo", title_ko="5G 시연")
    response = login_as("member").get("/ko/events/seoul-5g/agenda.ics")
    calendar = icalendar.Calendar.from_ical(response.content)
    assert str(calendar["x-wr-calname"]).startswith("서울 5G 비즈니스 상담회 – ")
    assert "5G 시연" in [str(entry["summary"]) for entry in calendar.walk("VEVENT")]


def test_a_korean_reader_sees_the_korean_session_place(login_as, published_meeting, event):
    SessionFactory(event=event, title="5G demo", place="Main hall", place_ko="메인 홀")
    page = login_as("member").get("/ko/events/seoul-5g/agenda/").text
    assert ' · <span lang="ko">메인 홀</span>' in page and "Main hall" not in page


def test_an_english_reader_sees_the_english_session_place(login_as, published_meeting, event):
    SessionFactory(event=event, title="5G demo", place="Main hall", place_ko="메인 홀")
    page = login_as("member").get("/events/seoul-5g/agenda/").text
    assert ' · <span lang="en">Main hall</span>' in page and "메인 홀" not in page


def test_the_korean_ics_has_the_korean_session_place(login_as, published_meeting, event):
    SessionFactory(event=event, title="5G demo", place="Main hall", place_ko="메인 홀")
    response = login_as("member").get("/ko/events/seoul-5g/agenda.ics")
    entries = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert str(entries[1]["location"]) == "메인 홀"


def test_a_korean_reader_sees_the_korean_table_name(login_as, published_meeting, tables_in_korean):
    table = published_meeting.scheduled.table
    page = login_as("member").get("/ko/events/seoul-5g/agenda/").text
    assert f'<span lang="ko">{table.name_ko}</span>' in page and f">{table.name}<" not in page


def test_an_english_reader_sees_the_english_table_name(
    login_as, published_meeting, tables_in_korean
):
    table = published_meeting.scheduled.table
    page = login_as("member").get("/events/seoul-5g/agenda/").text
    assert f'<span lang="en">{table.name}</span>' in page and table.name_ko not in page


def test_without_a_korean_table_name_a_korean_reader_sees_the_english_one(
    login_as, published_meeting
):
    table = published_meeting.scheduled.table
    page = login_as("member").get("/ko/events/seoul-5g/agenda/").text
    assert f'<span lang="en">{table.name}</span>' in page


def test_a_video_link_is_named_in_the_readers_language(login_as, published_meeting):
    table = published_meeting.scheduled.table
    table.name_ko, table.video_url = "화상회의 링크 1", "https://meet.example.com/a"
    table.save()
    page = login_as("member").get("/ko/events/seoul-5g/agenda/").text
    assert 'rel="noopener nofollow" lang="ko">화상회의 링크 1</a>' in page


def test_a_korean_reader_sees_both_organisations_korean_names(
    login_as, published_meeting, names_in_korean
):
    page = login_as("member").get("/ko/events/seoul-5g/agenda/").text
    assert "<h1>베이즈 예시 일정표</h1>" in page
    assert (
        '<h3 class="item__title" lang="ko">서울 예시</h3>' in page and "Seoul Example" not in page
    )


def test_a_korean_reader_sees_the_event_zone_by_its_korean_name(login_as, published_meeting):
    page = login_as("member").get("/ko/events/seoul-5g/agenda/").text
    assert "행사 현지 시간인 한국 시간(KST) 기준" in page and "(Asia/Seoul)" not in page


def test_a_korean_reader_sees_when_as_the_date_and_time(login_as, published_meeting):
    page = login_as("member").get("/ko/events/seoul-5g/agenda/").text
    assert "<dt>일시</dt>" in page and "시기" not in page


def test_the_event_list_filter_keeps_its_own_word_for_when(client, event):
    assert '<label for="id_when">시기' in client.get("/ko/events/").text
