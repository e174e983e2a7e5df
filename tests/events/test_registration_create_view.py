import pytest

from events.models import Registration

FORM = {
    "seeking": "A 5G testbed", "delegates-TOTAL_FORMS": "1", "delegates-INITIAL_FORMS": "0",
    "delegates-MIN_NUM_FORMS": "1", "delegates-MAX_NUM_FORMS": "10",
    "delegates-0-name": "Ada Lovelace", "delegates-0-role": "CEO",
    "delegates-0-languages": "English",
}  # fmt: skip


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 302), ("other_member", 302), ("staff", 403)]
)
def test_permission_matrix(login_as, event, organisation, other_organisation, role, status):
    client = login_as(role)
    mine = {"member": organisation, "other_member": other_organisation}.get(role, organisation)
    response = client.post("/events/seoul-5g/register/", FORM | {"organisation": mine.pk})
    assert response.status_code == status
    assert Registration.objects.exists() == (role in ("member", "other_member"))


def test_a_member_cannot_register_someone_elses_organisation(login_as, event, other_organisation):
    response = login_as("member").post(
        "/events/seoul-5g/register/", FORM | {"organisation": other_organisation.pk}
    )
    assert response.status_code == 400 and not Registration.objects.exists()


def test_the_form_offers_the_slots_in_event_time(login_as, event):
    page = login_as("member").get("/events/seoul-5g/register/").content.decode()
    assert page.count('name="available_slots"') == 3


def test_availability_is_saved(login_as, event, organisation):
    slot = event.slots.first()
    login_as("member").post(
        "/events/seoul-5g/register/",
        FORM | {"organisation": organisation.pk, "available_slots": [slot.pk]},
    )
    assert [a.slot for a in Registration.objects.get().availabilities.all()] == [slot]


def test_no_delegate_is_an_error_by_the_field(login_as, event, organisation):
    response = login_as("member").post(
        "/events/seoul-5g/register/",
        FORM | {"organisation": organisation.pk, "delegates-0-name": ""},
    )
    assert response.status_code == 400 and not Registration.objects.exists()


def test_a_korean_reader_sees_the_korean_event_title(login_as, event_in_korean, organisation):
    page = login_as("member").get("/ko/events/seoul-5g/register/").text
    assert 'lang="ko">서울 5G 비즈니스 상담회</a>' in page and "Seoul 5G" not in page


def test_a_korean_reader_chooses_the_organisation_by_its_korean_name(login_as, event, organisation):
    organisation.name_ko = "베이즈 예시"
    organisation.save()
    page = login_as("member").get("/ko/events/seoul-5g/register/").text
    assert f'<option value="{organisation.pk}">베이즈 예시</option>' in page


NO_DELEGATE = {"delegates-0-name": "", "delegates-0-role": "", "delegates-0-languages": ""}


def test_no_delegate_at_all_is_one_clear_error(login_as, event, organisation):
    form = FORM | NO_DELEGATE | {"organisation": organisation.pk}
    response = login_as("member").post("/events/seoul-5g/register/", form)
    assert response.status_code == 400 and not Registration.objects.exists()
    assert "Name at least one delegate." in response.text and "Please submit" not in response.text
    assert "This field is required." not in response.text


def test_no_delegate_is_said_in_korean_to_a_korean_reader(login_as, event, organisation):
    form = FORM | NO_DELEGATE | {"organisation": organisation.pk}
    response = login_as("member").post("/ko/events/seoul-5g/register/", form)
    assert "참가자를 한 명 이상 입력하십시오." in response.text


def test_only_an_event_with_meeting_slots_asks_when_one_is_free(login_as, event):
    client = login_as("member")
    assert "one-to-one meetings" in client.get("/events/seoul-5g/register/").text
    event.slots.all().delete()
    assert "one-to-one meetings" not in client.get("/events/seoul-5g/register/").text


def test_a_delegate_error_is_listed_in_the_summary_at_the_top(login_as, event, organisation):
    form = FORM | {"organisation": organisation.pk, "delegates-0-name": ""}
    page = login_as("member").post("/events/seoul-5g/register/", form).text
    summary = page.split('class="error-summary"')[1].split("</div>")[0]
    assert 'href="#id_delegates-0-name">Delegate 1, Name: This field is required.' in summary


def test_no_delegate_at_all_is_listed_in_the_summary_at_the_top(login_as, event, organisation):
    form = FORM | NO_DELEGATE | {"organisation": organisation.pk}
    page = login_as("member").post("/ko/events/seoul-5g/register/", form).text
    summary = page.split('class="error-summary"')[1].split("</div>")[0]
    assert 'href="#delegates-section">참가자를 한 명 이상 입력하십시오.' in summary


def test_the_delegates_headings_come_next_after_the_pages(login_as, event, organisation):
    html = login_as("member").get("/events/seoul-5g/register/").text
    assert '<h2 class="form__subheading">Delegate 1</h2>' in html and "<h3" not in html


def test_a_delegate_with_errors_prefixes_the_title_with_error(login_as, event, organisation):
    form = FORM | {"organisation": organisation.pk, "delegates-0-name": ""}
    response = login_as("member").post("/events/seoul-5g/register/", form)
    assert "<title>Error: Register for" in response.text
