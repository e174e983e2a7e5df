import pytest
from django.urls import reverse
from django.utils import translation

from opportunities.models import Opportunity

URL = reverse("staff:opportunity_create")
VALUES = {"title": "Sejong pilot", "kind": "testbed", "country": "KR", "city": "Sejong"}


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 302)]
)
def test_only_staff_create_opportunities(login_as, role, status):
    assert login_as(role).post(URL, VALUES).status_code == status
    assert Opportunity.objects.filter(title="Sejong pilot").exists() == (role == "staff")


def test_saves_a_draft_with_pickers_and_eligibility(client, staff_user, organisation, capability):
    client.force_login(staff_user)
    client.post(
        URL,
        {
            **VALUES,
            "hosts": [organisation.pk],
            "required_capabilities": [capability.pk],
            "eligible_kinds": ["sme", "startup"],
            "eligible_countries": ["GB", "KR"],
        },
    )
    opportunity = Opportunity.objects.get(title="Sejong pilot")
    assert opportunity.status == "draft"
    assert opportunity.eligible_kinds == ["sme", "startup"]
    assert [c.code for c in opportunity.eligible_countries] == ["GB", "KR"]
    assert list(opportunity.hosts.all()) == [organisation]


@pytest.mark.parametrize(
    "changes, field, error",
    [
        ({"title": ""}, "title", "This field is required."),
        ({"opens_on": "2030-02-01", "deadline": "2030-01-01"}, "deadline", "cannot be before"),
        ({"budget_amount": "1000"}, "budget_currency", "Say which currency"),
        ({"budget_amount": "-5", "budget_currency": "GBP"}, "budget_amount", "cannot be negative"),
        ({"eligible_kinds": ["alien"]}, "eligible_kinds", "Select a valid choice"),
    ],
)
def test_errors_show_by_the_field_and_keep_what_was_typed(
    client, staff_user, changes, field, error
):
    client.force_login(staff_user)
    response = client.post(URL, {**VALUES, **changes})
    assert error in response.context["form"].errors[field][0]
    assert f'id="id_{field}_error"' in response.text
    assert 'value="Sejong"' in response.text
    assert not Opportunity.objects.exists()


def test_a_negative_budget_is_refused_in_korean_by_the_field_not_as_the_database_rule(
    client, staff_user
):
    client.force_login(staff_user)
    with translation.override("ko"):
        url = reverse("staff:opportunity_create")
        response = client.post(url, {**VALUES, "budget_amount": "-5", "budget_currency": "GBP"})
    assert 'id="id_budget_amount_error"><li>예산은 음수일 수 없습니다.' in response.text
    assert not response.context["form"].non_field_errors()
    assert "opportunity_budget_not_negative" not in response.text


def test_the_budget_input_refuses_negatives_in_the_browser(client, staff_user):
    client.force_login(staff_user)
    assert 'min="0"' in str(client.get(URL).context["form"]["budget_amount"])


def test_a_description_over_5000_characters_is_refused(client, staff_user):
    client.force_login(staff_user)
    response = client.post(URL, {**VALUES, "description": "x" * 5001})
    assert "description" in response.context["form"].errors
    assert not Opportunity.objects.exists()


def test_a_korean_reader_sees_every_label_in_korean(client, staff_user):
    client.force_login(staff_user)
    with translation.override("ko"):
        labels = [
            str(f.label) for f in client.get(reverse("staff:opportunity_create")).context["form"]
        ]
    assert {"주관 기관", "국가", "분야", "지원 가능 국가"} <= set(labels)
    assert not {"Hosts", "Country", "Sectors", "Eligible countries"} & set(labels)


def test_the_country_list_is_in_the_readers_language(client, staff_user):
    client.force_login(staff_user)
    with translation.override("ko"):
        text = client.get(reverse("staff:opportunity_create")).text
    assert '<option value="KR">대한민국</option>' in text and ">South Korea<" not in text


def test_the_hosts_are_named_in_the_readers_language(client, staff_user, korean_university):
    client.force_login(staff_user)
    english = client.get(reverse("staff:opportunity_create")).text
    with translation.override("ko"):
        korean = client.get(reverse("staff:opportunity_create")).text
    # The other language's name follows the label, for whoever searches by it.
    assert '">한빛대학교 <span class="checklist__ko" lang="en">Hanbit University</span>' in korean
    assert '">Hanbit University <span class="checklist__ko" lang="ko">한빛대학교</span>' in english


def test_korean_staff_see_which_fields_hold_english_and_which_korean(client, staff_user):
    client.force_login(staff_user)
    text = client.get("/ko" + URL).text
    for english, korean in [("title", "제목"), ("summary", "요약"), ("description", "설명")]:
        assert f'<label for="id_{english}">영문 {korean}' in text
        assert f'<label for="id_{english}_ko">한국어 {korean}' in text
    assert "(한국어) <span" not in text


def test_an_opportunity_made_in_the_form_is_marked_as_entered_by_staff(client, staff_user):
    client.force_login(staff_user)
    client.post(URL, VALUES)
    assert Opportunity.objects.get(title="Sejong pilot").origin == "staff"
