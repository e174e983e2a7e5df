import pytest
from django.urls import reverse
from django.utils import translation


def edit_url(opportunity) -> str:
    return reverse("staff:opportunity_edit", args=[opportunity.pk])


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 302)]
)
def test_only_staff_edit(login_as, digital_twin_challenge, role, status):
    values = {"title": "Renamed", "kind": "challenge"}
    assert login_as(role).post(edit_url(digital_twin_challenge), values).status_code == status
    digital_twin_challenge.refresh_from_db()
    assert (digital_twin_challenge.title == "Renamed") == (role == "staff")


def test_the_form_shows_what_is_stored(client, staff_user, digital_twin_challenge):
    client.force_login(staff_user)
    text = client.get(edit_url(digital_twin_challenge)).text
    assert 'value="Digital twin challenge"' in text
    assert 'value="https://example.org/call"' in text


def test_a_korean_reader_edits_it_under_its_korean_title(
    client, staff_user, digital_twin_challenge
):
    digital_twin_challenge.title_ko = "디지털 트윈 챌린지"
    digital_twin_challenge.save()
    client.force_login(staff_user)
    with translation.override("ko"):
        text = client.get(edit_url(digital_twin_challenge)).text
    assert "<h1>“디지털 트윈 챌린지” 수정</h1>" in text


def test_saving_keeps_a_published_opportunity_published(client, staff_user, digital_twin_challenge):
    client.force_login(staff_user)
    client.post(edit_url(digital_twin_challenge), {"title": "Renamed", "kind": "challenge"})
    digital_twin_challenge.refresh_from_db()
    assert digital_twin_challenge.status == "published"
    assert list(digital_twin_challenge.sectors.all()) == []


def test_the_form_takes_the_korean_title_summary_and_description(
    client, staff_user, digital_twin_challenge
):
    client.force_login(staff_user)
    korean = {
        "title_ko": "디지털 트윈",
        "summary_ko": "요약입니다.",
        "description_ko": "설명입니다.",
    }
    client.post(edit_url(digital_twin_challenge), {"title": "Twins", "kind": "challenge", **korean})
    digital_twin_challenge.refresh_from_db()
    assert {name: getattr(digital_twin_challenge, name) for name in korean} == korean
    assert 'value="디지털 트윈"' in client.get(edit_url(digital_twin_challenge)).text


def test_the_form_takes_the_korean_city(client, staff_user, digital_twin_challenge):
    client.force_login(staff_user)
    values = {"title": "Twins", "kind": "challenge", "city": "Sejong", "city_ko": "세종"}
    client.post(edit_url(digital_twin_challenge), values)
    digital_twin_challenge.refresh_from_db()
    assert digital_twin_challenge.city_ko == "세종"
    assert 'value="세종"' in client.get(edit_url(digital_twin_challenge)).text


def test_a_form_error_keeps_the_korean_city(client, staff_user, digital_twin_challenge):
    client.force_login(staff_user)
    values = {"title": "", "kind": "challenge", "city_ko": "세종"}
    response = client.post(edit_url(digital_twin_challenge), values)
    assert "title" in response.context["form"].errors
    assert 'value="세종"' in response.text


def test_a_negative_budget_is_refused_by_the_field_and_nothing_changes(
    client, staff_user, digital_twin_challenge
):
    client.force_login(staff_user)
    values = {"title": "Renamed", "kind": "challenge", "budget_amount": "-5"}
    response = client.post(edit_url(digital_twin_challenge), {**values, "budget_currency": "GBP"})
    assert response.context["form"].errors == {"budget_amount": ["The budget cannot be negative."]}
    assert 'value="Renamed"' in response.text
    digital_twin_challenge.refresh_from_db()
    assert digital_twin_challenge.title == "Digital twin challenge"


def test_korean_staff_are_told_it_is_saved_under_its_korean_title(
    client, staff_user, digital_twin_challenge
):
    client.force_login(staff_user)
    values = {"title": "Renamed", "title_ko": "디지털 트윈 챌린지", "kind": "challenge"}
    response = client.post("/ko" + edit_url(digital_twin_challenge), values, follow=True)
    assert "“디지털 트윈 챌린지” 사업 기회를 저장했습니다." in response.text
