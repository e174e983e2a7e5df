import pytest

from events.models import Session
from tests.events.factories import SessionFactory
from tests.events.staff_roles import WRITE_ROLES


def form_of(event):
    day = event.starts_at.astimezone(event.zone).strftime("%Y-%m-%d")
    return {
        "title": "Visit to the 5G testbed", "kind": "site_visit",
        "starts_at": f"{day}T14:00", "ends_at": f"{day}T16:00", "place": "Pangyo",
    }  # fmt: skip


@pytest.mark.parametrize("role, status", WRITE_ROLES)
def test_add_matrix(login_as, event, role, status):
    response = login_as(role).post("/staff/events/seoul-5g/sessions/", form_of(event))
    assert response.status_code == status and Session.objects.exists() == (role == "staff")


def test_times_are_read_in_the_events_zone(login_as, event):
    login_as("staff").post("/staff/events/seoul-5g/sessions/", form_of(event))
    assert Session.objects.get().starts_at.astimezone(event.zone).hour == 14


def test_bad_input_is_shown_and_changes_nothing(login_as, event):
    response = login_as("staff").post("/staff/events/seoul-5g/sessions/", {"title": ""})
    assert response.status_code == 400 and not Session.objects.exists()


@pytest.mark.parametrize("role, status", WRITE_ROLES)
def test_delete_matrix(login_as, event, role, status):
    session = SessionFactory(event=event)
    url = f"/staff/events/seoul-5g/sessions/{session.pk}/delete/"
    assert login_as(role).post(url).status_code == status
    assert Session.objects.exists() == (role != "staff")


def test_the_korean_title_and_description_are_saved(login_as, event):
    korean = {"title_ko": "5G 테스트베드 방문", "description_ko": "판교 현장 방문."}
    login_as("staff").post("/staff/events/seoul-5g/sessions/", form_of(event) | korean)
    session = Session.objects.get()
    assert (session.title_ko, session.description_ko) == ("5G 테스트베드 방문", "판교 현장 방문.")


def test_the_korean_title_is_kept_on_a_form_error(login_as, event):
    form = form_of(event) | {"title_ko": "5G 테스트베드 방문", "ends_at": ""}
    response = login_as("staff").post("/staff/events/seoul-5g/sessions/", form)
    assert response.status_code == 400 and 'value="5G 테스트베드 방문"' in response.text


def test_the_itinerary_shows_the_korean_title_to_a_korean_reader(login_as, event):
    SessionFactory(event=event, title="Testbed visit", title_ko="테스트베드 방문")
    page = login_as("staff").get("/ko/staff/events/seoul-5g/setup/").text
    assert '<span lang="ko">테스트베드 방문</span>' in page


def test_the_korean_place_is_saved(login_as, event):
    form = form_of(event) | {"place_ko": "판교"}
    login_as("staff").post("/staff/events/seoul-5g/sessions/", form)
    assert Session.objects.get().place_ko == "판교"


def test_the_korean_place_is_kept_on_a_form_error(login_as, event):
    form = form_of(event) | {"place_ko": "판교", "ends_at": ""}
    response = login_as("staff").post("/staff/events/seoul-5g/sessions/", form)
    assert response.status_code == 400 and 'value="판교"' in response.text
    assert not Session.objects.exists()


def test_the_itinerary_shows_the_korean_place_to_a_korean_reader(login_as, event):
    SessionFactory(event=event, place="Main hall", place_ko="메인 홀")
    page = login_as("staff").get("/ko/staff/events/seoul-5g/setup/").text
    assert '<span lang="ko">메인 홀</span>' in page and "Main hall" not in page


def test_an_end_before_the_start_is_shown_by_the_end_field(login_as, event):
    form = {**form_of(event), "ends_at": form_of(event)["starts_at"]}
    response = login_as("staff").post("/staff/events/seoul-5g/sessions/", form)
    assert response.context["session_form"].errors == {
        "ends_at": ["The session must end after it starts."]
    }
    assert not Session.objects.exists()
