import pytest

from events.models import Event
from tests.events.staff_roles import ROLES, WRITE_ROLES
from tests.factories import OpportunityFactory, OrganisationFactory

FORM = {
    "slug": "busan-ai-day", "title": "Busan AI brokerage day", "kind": "brokerage_day",
    "starts_at": "2027-05-10T09:00", "ends_at": "2027-05-10T18:00", "time_zone": "Asia/Seoul",
    "registration_opens_at": "2027-03-01T09:00", "registration_closes_at": "2027-05-01T18:00",
    "city": "Busan", "country": "KR",
}  # fmt: skip


@pytest.mark.parametrize("role, status", ROLES)
def test_form_matrix(login_as, role, status):
    assert login_as(role).get("/staff/events/new/").status_code == status


@pytest.mark.parametrize("role, status", WRITE_ROLES)
def test_create_matrix(login_as, role, status):
    response = login_as(role).post("/staff/events/new/", FORM)
    assert response.status_code == status
    assert Event.objects.filter(slug="busan-ai-day").exists() == (role == "staff")


def test_times_are_read_in_the_events_time_zone(login_as):
    login_as("staff").post("/staff/events/new/", FORM)
    event = Event.objects.get()
    assert event.starts_at.isoformat() == "2027-05-10T00:00:00+00:00"  # 09:00 in Seoul


def test_the_new_event_is_a_draft_and_staff_go_on_to_set_it_up(login_as):
    response = login_as("staff").post("/staff/events/new/", FORM)
    assert response["Location"] == "/staff/events/busan-ai-day/setup/"
    assert Event.objects.get().status == "draft"


def test_bad_input_shows_the_errors_and_changes_nothing(login_as):
    response = login_as("staff").post("/staff/events/new/", {**FORM, "time_zone": "Mars/Base"})
    assert response.status_code == 400 and "not an IANA time zone" in response.text
    assert not Event.objects.exists()


def test_an_event_may_not_be_called_new(login_as):
    response = login_as("staff").post("/staff/events/new/", {**FORM, "slug": "new"})
    assert response.status_code == 400 and "staff page" in response.text


def test_a_new_event_may_have_its_title_in_korean(login_as):
    login_as("staff").post("/staff/events/new/", {**FORM, "title_ko": "부산 AI 상담회"})
    assert Event.objects.get().title_ko == "부산 AI 상담회"


def test_the_english_title_stays_required(login_as):
    form = {**FORM, "title": "", "title_ko": "부산 AI 상담회"}
    response = login_as("staff").post("/staff/events/new/", form)
    assert response.status_code == 400 and not Event.objects.exists()
    assert 'value="부산 AI 상담회"' in response.text


def test_a_new_event_may_have_its_venue_and_city_in_korean(login_as):
    form = {**FORM, "venue_ko": "벡스코", "city_ko": "부산"}
    login_as("staff").post("/staff/events/new/", form)
    assert (Event.objects.get().venue_ko, Event.objects.get().city_ko) == ("벡스코", "부산")


def test_the_organisers_are_offered_by_the_readers_name(login_as, organisation):
    organisation.name_ko = "베이즈 예시"
    organisation.save()
    client = login_as("staff")
    assert ">Bayes Example Ltd (GB)</option>" in client.get("/staff/events/new/").text
    assert ">베이즈 예시 (GB)</option>" in client.get("/ko/staff/events/new/").text


def test_an_end_before_the_start_is_shown_by_the_end_field(login_as):
    form = {**FORM, "ends_at": "2027-05-10T08:00"}
    response = login_as("staff").post("/staff/events/new/", form)
    assert response.status_code == 400 and not Event.objects.exists()
    assert response.context["event_form"].errors["ends_at"] == [
        "The event must end after it starts."
    ]
    assert "Constraint" not in response.text and 'value="2027-05-10T08:00"' in response.text


def test_registration_closing_before_it_opens_is_shown_by_its_field(login_as):
    form = {**FORM, "registration_closes_at": "2027-02-01T09:00"}
    errors = login_as("staff").post("/staff/events/new/", form).context["event_form"].errors
    assert list(errors) == ["registration_closes_at"]


def test_the_end_error_is_in_korean_for_a_korean_reader(login_as):
    response = login_as("staff").post(
        "/ko/staff/events/new/", {**FORM, "ends_at": "2027-05-10T08:00"}
    )
    assert "행사 종료 시각은 시작 시각 이후여야 합니다." in response.text


@pytest.mark.parametrize("url", ["/staff/events/new/", "/ko/staff/events/new/"])
def test_the_address_help_shows_an_example_address(login_as, url):
    assert "/events/your-event/" in login_as("staff").get(url).text


def test_a_korean_reader_is_offered_the_opportunities_by_korean_title(login_as, db):
    OpportunityFactory(title="UK-Korea 6G call", title_ko="한영 6G 공동 과제")
    assert ">한영 6G 공동 과제</option>" in login_as("staff").get("/ko/staff/events/new/").text


def test_the_organisers_are_sorted_by_the_name_shown_to_the_reader(login_as, db):
    OrganisationFactory(name="Alpha Ltd", name_ko="하나 주식회사")
    OrganisationFactory(name="Zeta Ltd", name_ko="가나 주식회사")
    client = login_as("staff")
    english, korean = (
        client.get("/staff/events/new/").text,
        client.get("/ko/staff/events/new/").text,
    )
    assert english.index("Alpha Ltd") < english.index("Zeta Ltd")
    assert korean.index("가나 주식회사") < korean.index("하나 주식회사")


def test_the_organisers_are_sorted_whatever_the_case(login_as, db):
    OrganisationFactory(name="CJ Example")
    OrganisationFactory(name="Cambridge Example")
    page = login_as("staff").get("/staff/events/new/").text
    assert page.index("Cambridge Example") < page.index("CJ Example")
