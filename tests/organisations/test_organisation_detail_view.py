import pytest
from django.urls import reverse
from django.utils import translation

from organisations.services import organisation_update
from tests.conftest import CONTACTS_SHOWN_TO
from tests.factories import (
    ConsortiumMembershipFactory,
    OpportunityFactory,
    OrganisationFactory,
    ProjectFactory,
)


def detail(client, organisation):
    return client.get(reverse("organisations:detail", args=[organisation.pk]))


def test_shows_the_profile(client, korean_university):
    text = detail(client, korean_university).text
    for expected in ("Hanbit University", "한빛대학교", "Daejeon", "Smart cities", "Digital twins"):
        assert expected in text
    assert 'href="https://hanbit.example.kr"' in text


@pytest.mark.parametrize("status", ["draft", "submitted", "rejected"])
def test_unpublished_profiles_are_not_found_by_anonymous_visitors(client, db, status):
    reason = "Too vague" if status == "rejected" else ""
    organisation = OrganisationFactory(status=status, rejection_reason=reason)
    assert detail(client, organisation).status_code == 404


def test_unpublished_profiles_are_not_found_by_other_users(client, other_member):
    organisation = OrganisationFactory(status="draft")
    client.force_login(other_member)
    assert detail(client, organisation).status_code == 404


def test_own_members_and_staff_can_preview_an_unpublished_profile(client, member, staff_user):
    organisation = member.memberships.get().organisation
    organisation.status = "submitted"
    organisation.save()
    for user in (member, staff_user):
        client.force_login(user)
        assert "Not public" in detail(client, organisation).text


@pytest.mark.parametrize("role, shown", CONTACTS_SHOWN_TO.items())
def test_contact_details_only_for_those_entitled(
    client, contacts_viewer, organisation, role, shown
):
    user = contacts_viewer(role)
    if user.is_authenticated:
        client.force_login(user)
    text = detail(client, organisation).text
    assert ("jin@example.kr" in text) is shown
    assert ("shared once an introduction is accepted" in text) is not shown


def test_hidden_contacts_come_with_the_way_to_ask(client, other_member, organisation):
    client.force_login(other_member)
    text = detail(client, organisation).text
    assert text.count(reverse("introductions:ask", args=[organisation.pk])) == 2


def test_example_profiles_are_labelled(client, db):
    organisation = OrganisationFactory(origin="example")
    response = detail(client, organisation)
    assert "Example profile" in response.text


def test_consortium_lists_its_published_members(client, db):
    link = ConsortiumMembershipFactory(member__name="Seoul Robotics")
    ConsortiumMembershipFactory(
        consortium=link.consortium, member__name="Draft Co", member__status="draft"
    )
    text = detail(client, link.consortium).text
    assert "Seoul Robotics" in text
    assert "Draft Co" not in text


def test_member_lists_the_consortia_it_belongs_to(client, db):
    link = ConsortiumMembershipFactory(consortium__name="K-Mobility Consortium")
    response = detail(client, link.member)
    assert "K-Mobility Consortium" in response.text


def test_lists_the_track_record(client, organisation):
    ProjectFactory(title="Urban twin testbed", year=2022, participants=[organisation])
    response = detail(client, organisation)
    assert "Urban twin testbed" in response.text


def test_lists_published_opportunities_it_hosts(client, organisation):
    OpportunityFactory(title="Open call", hosts=[organisation])
    OpportunityFactory(title="Draft call", hosts=[organisation], status="draft")
    text = detail(client, organisation).text
    assert "Open call" in text
    assert "Draft call" not in text


def test_unknown_organisation_is_not_found(client, organisation):
    url = reverse("organisations:detail", args=[organisation.pk + 1])
    response = client.get(url)
    assert response.status_code == 404


def test_only_its_members_get_a_link_to_its_matches(login_as, organisation):
    matches = f"{reverse('matchmaking:dashboard')}?organisation={organisation.pk}"
    for role, linked in [("anonymous", False), ("other_member", False), ("member", True)]:
        assert (matches in detail(login_as(role), organisation).text) is linked


def test_signed_in_non_member_is_offered_an_introduction(client, other_member, organisation):
    client.force_login(other_member)
    response = client.get(reverse("organisations:detail", args=[organisation.pk]))
    ask_url = reverse("introductions:ask", args=[organisation.pk])
    assert ask_url in response.content.decode()


def test_anonymous_visitor_is_not_offered_an_introduction(client, organisation):
    response = client.get(reverse("organisations:detail", args=[organisation.pk]))
    assert "Ask for an introduction" not in response.content.decode()


def test_a_preview_back_in_review_says_why(client, member, organisation):
    organisation_update(organisation=organisation, values={"kind": "startup"})
    client.force_login(member)
    assert "Back in review: its type changed." in detail(client, organisation).text


def test_the_korean_page_shows_the_korean_description(client, korean_university):
    korean_university.description_ko = "항만 도시를 위한 디지털 트윈 연구."
    korean_university.save()
    with translation.override("ko"):
        text = detail(client, korean_university).text
    assert '<div lang="ko"><p>항만 도시를 위한 디지털 트윈 연구.</p></div>' in text
    assert "Digital twin research for port cities." not in text
    assert '<h1 lang="ko">한빛대학교</h1>' in text and "스마트시티" in text


def test_without_a_korean_description_the_korean_page_shows_the_english_labelled(
    client, korean_university
):
    with translation.override("ko"):
        text = detail(client, korean_university).text
    assert '<div lang="en"><p>Digital twin research for port cities.</p></div>' in text
    assert 'class="badge badge--language"' in text


def test_the_english_page_keeps_the_english_description(client, korean_university):
    korean_university.description_ko = "항만 도시를 위한 디지털 트윈 연구."
    korean_university.save()
    text = detail(client, korean_university).text
    assert "Digital twin research for port cities." in text and "항만 도시" not in text


def test_a_korean_reader_of_an_english_only_profile_sees_its_key_terms_in_korean(
    client, korean_university
):
    with translation.override("ko"):
        text = detail(client, korean_university).text
    assert "주요 용어(용어집 기준):</span> 디지털" in text


def test_an_english_reader_of_a_korean_only_profile_sees_its_key_terms_in_english(client, db):
    organisation = OrganisationFactory(description="", description_ko="수소 연료전지 연구")
    text = detail(client, organisation).text
    assert "Key terms, from our glossary:</span> hydrogen, fuel cell" in text


def test_a_profile_in_the_readers_language_lists_no_key_terms(client, korean_university):
    assert "Key terms" not in detail(client, korean_university).text


def test_a_korean_reader_sees_the_country_before_the_city(client, korean_university):
    with translation.override("ko"):
        text = detail(client, korean_university).text
    assert '<p class="page-header__lead">대한민국 <span lang="en">Daejeon</span></p>' in text


def test_an_english_reader_sees_the_city_before_the_country(client, korean_university):
    text = detail(client, korean_university).text
    assert '<p class="page-header__lead"><span lang="en">Daejeon</span>, South Korea</p>' in text


def test_a_korean_reader_sees_the_korean_city_after_the_country(client, korean_university):
    korean_university.city_ko = "대전"
    korean_university.save()
    with translation.override("ko"):
        text = detail(client, korean_university).text
    assert '<p class="page-header__lead">대한민국 <span lang="ko">대전</span></p>' in text
    assert '<dd lang="ko">대전</dd>' in text and "Daejeon" not in text


def test_an_english_reader_sees_the_english_city_not_the_korean_one(client, korean_university):
    korean_university.city_ko = "대전"
    korean_university.save()
    text = detail(client, korean_university).text
    assert '<dd lang="en">Daejeon</dd>' in text and "대전" not in text


def test_an_english_reader_sees_a_korean_only_city_without_a_label(client, db):
    organisation = OrganisationFactory(country="KR", city="", city_ko="대전")
    text = detail(client, organisation).text
    assert '<p class="page-header__lead"><span lang="ko">대전</span>, South Korea</p>' in text
    assert "(Korean)" not in text


def test_the_breadcrumb_marks_a_name_in_the_other_language(client, db):
    organisation = OrganisationFactory(name="Bayes Example Ltd", name_ko="")
    html = client.get(f"/ko/organisations/{organisation.pk}/").text
    assert '<span aria-current="page" lang="en">Bayes Example Ltd</span>' in html
