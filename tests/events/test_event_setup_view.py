import pytest

from tests.events.factories import SessionFactory
from tests.events.staff_roles import ROLES, WRITE_ROLES
from tests.factories import OrganisationFactory

URL = "/staff/events/seoul-5g/setup/"


def form_of(event, **changes):
    return {
        "slug": event.slug, "title": event.title, "kind": event.kind,
        "starts_at": "2027-05-10T09:00", "ends_at": "2027-05-10T18:00", "time_zone": "Asia/Seoul",
        "registration_opens_at": "2027-03-01T09:00", "registration_closes_at": "2027-05-01T18:00",
        **changes,
    }  # fmt: skip


@pytest.mark.parametrize("role, status", ROLES)
def test_page_matrix(login_as, event, role, status):
    assert login_as(role).get(URL).status_code == status


@pytest.mark.parametrize("role, status", WRITE_ROLES)
def test_save_matrix(login_as, event, role, status):
    response = login_as(role).post(URL, form_of(event, title="Seoul 6G day"))
    event.refresh_from_db()
    assert response.status_code == status and (event.title == "Seoul 6G day") == (role == "staff")


def test_the_form_shows_the_times_in_the_events_zone(login_as, event):
    event.starts_at = event.starts_at.replace(hour=0, minute=0, second=0, microsecond=0)
    event.save()
    assert (
        'value="' + event.starts_at.strftime("%Y-%m-%d") + "T09:00"
        in login_as("staff").get(URL).text
    )


def test_organisers_are_set(login_as, event):
    organiser = OrganisationFactory(name="KOTRA Example")
    login_as("staff").post(URL, form_of(event, organisers=[organiser.pk]))
    assert list(event.organisers.all()) == [organiser]


def test_bad_input_changes_nothing(login_as, event):
    response = login_as("staff").post(URL, form_of(event, title="", ends_at="2027-05-09T09:00"))
    event.refresh_from_db()
    assert response.status_code == 400 and event.title == "Seoul 5G brokerage day"


def test_the_page_names_the_chosen_organisers(login_as, event):
    event.organisers.add(OrganisationFactory(name="KOTRA Example"))
    assert "Chosen now: KOTRA Example" in login_as("staff").get(URL).text


KOREAN = {"title_ko": "서울 6G 상담회", "description_ko": "일대일 미팅."}


def test_the_korean_title_and_description_are_saved(login_as, event):
    login_as("staff").post(URL, form_of(event, **KOREAN))
    event.refresh_from_db()
    assert (event.title_ko, event.description_ko) == ("서울 6G 상담회", "일대일 미팅.")


def test_the_korean_text_is_kept_on_a_form_error(login_as, event):
    response = login_as("staff").post(URL, form_of(event, ends_at="2027-05-09T09:00", **KOREAN))
    assert response.status_code == 400
    assert (
        'value="서울 6G 상담회"' in response.text and ">\n일대일 미팅.</textarea>" in response.text
    )
    event.refresh_from_db()
    assert event.title_ko == ""


def test_the_korean_fields_are_marked_korean(login_as, event):
    page = login_as("staff").get(URL).text
    assert 'name="title_ko"' in page and 'lang="ko"' in page and "Title in Korean" in page


def test_a_korean_reader_sees_the_korean_title_on_the_page(login_as, event_in_korean):
    page = login_as("staff").get("/ko" + URL).text
    assert 'lang="ko">서울 5G 비즈니스 상담회</a>' in page


PLACE_KO = {"venue": "Example conference centre", "venue_ko": "예시 컨벤션 센터", "city_ko": "서울"}


def test_the_korean_venue_and_city_are_saved(login_as, event):
    login_as("staff").post(URL, form_of(event, **PLACE_KO))
    event.refresh_from_db()
    assert (event.venue_ko, event.city_ko) == ("예시 컨벤션 센터", "서울")


def test_the_korean_venue_and_city_are_kept_on_a_form_error(login_as, event):
    response = login_as("staff").post(URL, form_of(event, ends_at="2027-05-09T09:00", **PLACE_KO))
    assert response.status_code == 400
    assert 'value="예시 컨벤션 센터"' in response.text and 'value="서울"' in response.text
    event.refresh_from_db()
    assert (event.venue_ko, event.city_ko) == ("", "")


def test_the_korean_venue_and_city_fields_are_labelled_and_marked_korean(login_as, event):
    page = login_as("staff").get(URL).text
    assert '<label for="id_venue_ko">Venue in Korean' in page
    assert '<label for="id_city_ko">City in Korean' in page
    assert '<input type="text" name="venue_ko" lang="ko"' in page


def test_a_korean_reader_sees_the_fields_labelled_in_korean(login_as, event):
    page = login_as("staff").get("/ko" + URL).text
    assert '<label for="id_venue_ko">한국어 장소' in page
    assert '<label for="id_city_ko">한국어 도시명' in page


def test_the_english_fields_say_they_hold_english_beside_their_korean_twins(login_as, event):
    page = login_as("staff").get("/ko" + URL).text
    assert '<label for="id_title">영문 제목' in page
    assert '<label for="id_description">영문 설명' in page
    assert "(한국어) <span" not in page


def test_an_end_before_the_start_is_shown_by_the_end_field(login_as, event):
    response = login_as("staff").post(URL, form_of(event, ends_at="2027-05-09T09:00"))
    assert response.context["event_form"].errors == {
        "ends_at": ["The event must end after it starts."]
    }
    assert "Constraint" not in response.text and 'value="2027-05-09T09:00"' in response.text


def test_a_korean_reader_sees_the_sessions_when_as_the_date_and_time(login_as, event):
    SessionFactory(event=event)
    assert '<th scope="col">일시</th>' in login_as("staff").get("/ko" + URL).text
