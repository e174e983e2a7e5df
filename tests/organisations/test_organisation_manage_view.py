import pytest
from django.urls import reverse
from django.utils import translation

from organisations.services import organisation_update
from tests.factories import OrganisationFactory


def manage(client, organisation):
    return client.get(reverse("organisations:manage", args=[organisation.pk]))


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 200), ("other_member", 404), ("staff", 404)]
)
def test_only_members_see_the_page(login_as, organisation, role, status):
    assert manage(login_as(role), organisation).status_code == status


def test_the_owner_sees_the_rejection_reason_and_can_resubmit(client, member, organisation):
    organisation.status, organisation.rejection_reason = "rejected", "Add a website please."
    organisation.save()
    client.force_login(member)
    text = manage(client, organisation).text
    assert "Add a website please." in text
    assert "Submit for review" in text


def test_a_draft_lists_what_it_lacks(client, member, organisation):
    organisation.status = "draft"
    organisation.save()
    client.force_login(member)
    text = manage(client, organisation).text
    assert "Choose at least one sector." in text and "Submit for review" in text


def test_a_draft_lists_what_it_lacks_in_korean_for_korean_readers(client, member, organisation):
    organisation.status = "draft"
    organisation.save()
    client.force_login(member)
    with translation.override("ko"):
        text = manage(client, organisation).text
    assert "분야를 하나 이상 선택하십시오." in text and "Choose at least one sector." not in text


def test_a_korean_only_description_is_shown_and_an_english_one_asked_for(
    client, member, organisation
):
    organisation.status, organisation.description, organisation.description_ko = (
        "draft", "", "항만 센서."
    )  # fmt: skip
    organisation.save()
    client.force_login(member)
    text = manage(client, organisation).text
    assert '<div lang="ko"><p>항만 센서.</p></div>' in text and "No description yet." not in text
    assert "Add a description in English too" in text


def test_a_submitted_profile_cannot_be_submitted_again(client, member, organisation):
    organisation.status = "submitted"
    organisation.save()
    client.force_login(member)
    assert "Submit for review</button>" not in manage(client, organisation).text


def test_only_the_owner_sees_the_add_colleague_form(client, member, editor, organisation):
    client.force_login(editor)
    assert "Add colleague" not in manage(client, organisation).text
    client.force_login(member)
    assert "Add colleague" in manage(client, organisation).text


def test_my_organisations_page_is_not_someone_elses(client, member):
    stranger = OrganisationFactory(status="draft")
    client.force_login(member)
    assert manage(client, stranger).status_code == 404


def test_the_owner_sees_why_a_rename_went_back_to_review(client, member, organisation):
    organisation_update(organisation=organisation, values={"website": "https://new.example"})
    client.force_login(member)
    text = manage(client, organisation).text
    assert "Back in review: its website changed." in text
    assert "not shown in the public lists" in text


def test_the_member_sees_both_descriptions(client, member, organisation):
    organisation.description, organisation.description_ko = "Port sensors.", "항만 센서."
    organisation.save()
    client.force_login(member)
    text = manage(client, organisation).text
    assert '<div lang="en"><p>Port sensors.</p></div>' in text
    assert '<div lang="ko"><p>항만 센서.</p></div>' in text


def test_the_member_sees_both_cities(client, member, organisation):
    organisation.city, organisation.city_ko = "Cambridge", "케임브리지"
    organisation.save()
    client.force_login(member)
    text = manage(client, organisation).text
    assert "<dd>Cambridge</dd>" in text and '<dd lang="ko">케임브리지</dd>' in text


def test_a_korean_reader_sees_the_korean_name_first_and_the_english_one_beside(
    client, member, organisation
):
    organisation.name_ko = "베이즈 예시"
    organisation.save()
    client.force_login(member)
    with translation.override("ko"):
        korean = manage(client, organisation).text
    assert '<h1 lang="ko">베이즈 예시</h1>' in korean and "<title>베이즈 예시 · " in korean
    assert '<p class="page-header__subtitle" lang="en">Bayes Example Ltd</p>' in korean
    assert '<h1 lang="en">Bayes Example Ltd</h1>' in manage(client, organisation).text
