import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import CapabilityFactory, MembershipFactory


def step_url(organisation, step: str) -> str:
    return reverse("organisations:profile_step", args=[organisation.pk, step])


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 302), ("other_member", 404), ("staff", 404)]
)
def test_only_members_can_edit_the_profile(login_as, organisation, role, status):
    response = login_as(role).post(step_url(organisation, "description"), {"description": "New"})
    assert response.status_code == status
    organisation.refresh_from_db()
    assert (organisation.description == "New") == (role == "member")


def test_editors_can_edit_too(client, organisation, editor):
    client.force_login(editor)
    client.post(
        step_url(organisation, "basics"), {"name": "Renamed", "kind": "sme", "country": "GB"}
    )
    organisation.refresh_from_db()
    assert organisation.name == "Renamed"


def test_each_step_leads_to_the_next_and_the_last_to_the_organisation_page(
    client, member, organisation
):
    client.force_login(member)
    assert client.post(step_url(organisation, "sectors"), {}).url == step_url(
        organisation, "offers"
    )
    last = client.post(step_url(organisation, "description"), {"description": "Twins"})
    assert last.url == reverse("organisations:manage", args=[organisation.pk])


def test_capabilities_are_grouped_by_sector_with_their_korean_names(
    client, member, organisation, capability
):
    client.force_login(member)
    text = client.get(step_url(organisation, "offers")).text
    assert "Smart cities" in text and "Digital twins" in text
    assert "data-checklist" in text and 'lang="ko"' in text


def test_ticked_capabilities_are_saved(client, member, organisation, capability):
    other = CapabilityFactory(name="Port logistics")
    client.force_login(member)
    client.post(step_url(organisation, "seeks"), {"seeks": [capability.pk, other.pk]})
    assert set(organisation.seeks.all()) == {capability, other}


def test_an_unknown_capability_is_an_error_by_the_field(client, member, organisation):
    client.force_login(member)
    response = client.post(step_url(organisation, "offers"), {"offers": ["999999"]})
    assert "offers" in response.context["form"].errors
    assert 'id="id_offers_error"' in response.text


def test_an_unknown_step_is_not_found(client, member, organisation):
    client.force_login(member)
    assert client.get(step_url(organisation, "nope")).status_code == 404


def test_editing_a_published_profile_keeps_it_published(client, member, organisation):
    client.force_login(member)
    client.post(step_url(organisation, "description"), {"description": "Updated"})
    organisation.refresh_from_db()
    assert organisation.status == "published"


def test_a_one_megabyte_description_is_refused_by_the_field_and_kept(client, member, organisation):
    client.force_login(member)
    typed = "x" * 1_000_000
    response = client.post(step_url(organisation, "description"), {"description": typed})
    assert response.context["form"].errors["description"] == [
        "Ensure this value has at most 5000 characters (it has 1000000)."
    ]
    assert response.context["form"]["description"].value() == typed
    organisation.refresh_from_db()
    assert organisation.description != typed


def test_renaming_a_published_profile_sends_it_to_review_and_says_why(client, member, organisation):
    client.force_login(member)
    response = client.post(
        step_url(organisation, "basics"),
        {"name": "Renamed", "kind": "sme", "country": "GB"},
        follow=True,
    )
    organisation.refresh_from_db()
    assert organisation.status == "submitted"
    assert "Back in review: its name changed" in response.text


def test_staff_who_are_members_rename_without_review(client, member, organisation):
    member.is_staff = True
    member.save()
    client.force_login(member)
    basics = {"name": "Renamed", "kind": "sme", "country": "GB"}
    client.post(step_url(organisation, "basics"), basics)
    organisation.refresh_from_db()
    assert (organisation.name, organisation.status) == ("Renamed", "published")


def test_saving_the_basics_unchanged_keeps_it_published(client, korean_university):
    client.force_login(MembershipFactory(organisation=korean_university).user)
    form = client.get(step_url(korean_university, "basics")).context["form"]
    basics = {name: value for name, value in form.initial.items() if value is not None}
    response = client.post(step_url(korean_university, "basics"), basics)
    korean_university.refresh_from_db()
    assert (response.status_code, korean_university.status) == (302, "published")


def test_the_description_step_takes_the_korean_description_and_shows_it_back(
    client, member, organisation
):
    client.force_login(member)
    values = {"description": "Port sensors.", "description_ko": "항만 센서를 만듭니다."}
    client.post(step_url(organisation, "description"), values)
    organisation.refresh_from_db()
    assert (organisation.description, organisation.description_ko) == tuple(values.values())
    assert "항만 센서를 만듭니다." in client.get(step_url(organisation, "description")).text


def test_the_korean_description_is_optional(client, member, organisation):
    client.force_login(member)
    response = client.post(step_url(organisation, "description"), {"description": "Ports"})
    assert response.status_code == 302


def test_the_korean_basics_step_labels_the_country_in_korean(client, member, organisation):
    client.force_login(member)
    text = client.get("/ko" + step_url(organisation, "basics")).text
    assert '<label for="id_country">국가</label>' in text


def test_the_korean_basics_step_says_which_name_is_english(client, member, organisation):
    client.force_login(member)
    text = client.get("/ko" + step_url(organisation, "basics")).text
    assert '<label for="id_name">영문 기관명' in text
    assert '<label for="id_city_ko">한국어 도시 또는 지역명 <span' in text


def test_the_title_and_breadcrumb_name_it_in_the_readers_language(client, member, organisation):
    organisation.name_ko = "베이즈 예시"
    organisation.save()
    client.force_login(member)
    english = client.get(step_url(organisation, "sectors")).text
    assert " · Bayes Example Ltd · " in english and "베이즈" not in english
    with translation.override("ko"):
        korean = client.get(step_url(organisation, "sectors")).text
    assert " · 베이즈 예시 · " in korean and 'lang="ko">베이즈 예시</a>' in korean
