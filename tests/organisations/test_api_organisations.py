import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from organisations.models import Membership, Organisation
from tests.conftest import CONTACTS_SHOWN_TO
from tests.factories import (
    ConsortiumMembershipFactory,
    MembershipFactory,
    OrganisationFactory,
)

LIST = "api:organisation-list"


def detail(organisation) -> str:
    return reverse("api:organisation-detail", args=[organisation.pk])


def names(response) -> list[str]:
    return [row["name"] for row in response.json()["results"]]


def test_anonymous_list_shows_published_organisations_only(api_client, organisation):
    OrganisationFactory(name="Hidden draft", status="draft")
    assert names(api_client.get(reverse(LIST))) == ["Bayes Example Ltd"]


def test_members_also_list_their_own_drafts(token_client, member):
    MembershipFactory(
        user=member, organisation=OrganisationFactory(name="My draft", status="draft")
    )
    OrganisationFactory(name="Someone else's draft", status="draft")
    assert names(token_client(member).get(reverse(LIST))) == ["Bayes Example Ltd", "My draft"]


def test_staff_list_every_status(token_client, staff_user, organisation):
    OrganisationFactory(name="Submitted", status="submitted")
    response = token_client(staff_user).get(reverse(LIST), {"status": "submitted"})
    assert names(response) == ["Submitted"]


@pytest.mark.parametrize(
    "query",
    [
        {"country": "KR"},
        {"kind": "university"},
        {"sector": "smart-cities"},
        {"capability": "digital-twins"},
        {"q": "한빛"},
        {"city": "daejeon"},
        {"external_id": "hanbit-1"},
    ],
)
def test_the_page_filters_and_external_id_narrow_the_list(api_client, korean_university, query):
    Organisation.objects.filter(pk=korean_university.pk).update(external_id="hanbit-1")
    OrganisationFactory(name="Other", country="GB", kind="sme", description="Bakery")
    assert names(api_client.get(reverse(LIST), query)) == ["Hanbit University"]


@pytest.mark.parametrize(("value", "found"), [("true", ["Checked"]), ("false", ["Unchecked"])])
def test_the_verified_filter_narrows_the_list(api_client, db, value, found):
    OrganisationFactory(name="Checked", verified=True)
    OrganisationFactory(name="Unchecked", verified=False)
    assert names(api_client.get(reverse(LIST), {"verified": value})) == found


def test_a_verified_value_other_than_true_or_false_is_a_400(api_client, db):
    assert api_client.get(reverse(LIST), {"verified": "maybe"}).status_code == 400


def test_a_search_ranks_for_members_too(token_client, member, sector):
    OrganisationFactory(name="Alpha Ltd", description="스마트시티 연구")
    OrganisationFactory(name="Beta Ltd", sectors=[sector])
    MembershipFactory(user=member, organisation=OrganisationFactory(name="Zeta 스마트시티"))
    response = token_client(member).get(reverse(LIST), {"q": "스마트시티를"})
    assert names(response) == ["Zeta 스마트시티", "Beta Ltd", "Alpha Ltd"]


def test_ordering_replaces_the_relevance_order(api_client, db):
    OrganisationFactory(name="Alpha Ltd", description="Twins.")
    OrganisationFactory(name="Zeta Twin Ltd")
    response = api_client.get(reverse(LIST), {"q": "twin", "ordering": "name"})
    assert names(response) == ["Alpha Ltd", "Zeta Twin Ltd"]


def test_ordering_by_a_listed_field(api_client, organisation, other_organisation):
    response = api_client.get(reverse(LIST), {"ordering": "-name"})
    assert names(response) == ["Seoul Example Co", "Bayes Example Ltd"]


def test_the_page_sort_applies_and_ordering_overrides_it(api_client, organisation, db):
    OrganisationFactory(name="Newer Ltd")
    assert names(api_client.get(reverse(LIST), {"sort": "newest"})) == [
        "Newer Ltd", "Bayes Example Ltd",
    ]  # fmt: skip
    response = api_client.get(reverse(LIST), {"sort": "newest", "ordering": "name"})
    assert names(response) == ["Bayes Example Ltd", "Newer Ltd"]


def test_an_unknown_sort_is_a_400(api_client, organisation):
    response = api_client.get(reverse(LIST), {"sort": "sideways"})
    assert (response.status_code, list(response.json()["error"]["fields"])) == (400, ["sort"])


def test_detail_lists_relations_as_slugs_and_consortium_members(api_client, korean_university):
    link = ConsortiumMembershipFactory(member=korean_university)
    body = api_client.get(detail(link.consortium)).json()
    assert body["consortium_members"][0]["organisation"]["name"] == "Hanbit University"
    assert api_client.get(detail(korean_university)).json()["offers"] == ["digital-twins"]


@pytest.mark.parametrize("role, shown", CONTACTS_SHOWN_TO.items())
def test_contact_details_only_for_those_entitled(
    token_client, api_client, contacts_viewer, organisation, role, shown
):
    user = contacts_viewer(role)
    client = token_client(user) if user.is_authenticated else api_client
    expected = "jin@example.kr" if shown else None
    assert client.get(detail(organisation)).json()["contact_email"] == expected
    listed = client.get(reverse(LIST), {"q": organisation.name}).json()["results"]
    assert [row["contact_email"] for row in listed] == [expected]


@pytest.mark.parametrize("who", ["anonymous", "other_member"])
def test_a_draft_is_not_found_by_outsiders(client_as, member, organisation, who):
    Organisation.objects.filter(pk=organisation.pk).update(status="draft")
    assert client_as(who).get(detail(organisation)).status_code == 404


def test_registering_makes_a_draft_owned_by_the_caller(token_client, other_member, capability):
    body = {"name": "New Co", "country": "KR", "kind": "startup", "offers": ["digital-twins"]}
    response = token_client(other_member).post(reverse(LIST), body)
    assert (response.status_code, response.json()["status"]) == (201, "draft")
    created = Organisation.objects.get(name="New Co")
    assert created.memberships.get().user == other_member
    assert list(created.offers.all()) == [capability]


def test_unknown_slugs_are_named_in_the_error(token_client, member):
    body = {"name": "New Co", "country": "KR", "kind": "sme", "sectors": ["nope"]}
    response = token_client(member).post(reverse(LIST), body)
    assert response.json()["error"]["fields"] == {"sectors": ["Unknown: nope."]}


def test_patch_changes_only_the_fields_given(token_client, member, organisation):
    response = token_client(member).patch(detail(organisation), {"city": "Leeds"})
    organisation.refresh_from_db()
    assert (response.status_code, organisation.city, organisation.name) == (
        200,
        "Leeds",
        "Bayes Example Ltd",
    )


def test_put_replaces_the_lists(token_client, member, korean_university):
    MembershipFactory(user=member, organisation=korean_university)
    body = {"name": "Hanbit", "country": "KR", "kind": "university", "offers": []}
    token_client(member).put(detail(korean_university), body)
    assert korean_university.offers.count() == 0


def test_only_staff_set_external_ids(token_client, member, organisation):
    response = token_client(member).patch(detail(organisation), {"external_id": "x-1"})
    assert response.json()["error"]["fields"] == {"external_id": ["Only staff set external ids."]}


def test_a_taken_external_id_is_a_conflict(token_client, staff_user, organisation):
    OrganisationFactory(external_id="crm-7")
    response = token_client(staff_user).patch(detail(organisation), {"external_id": "crm-7"})
    assert response.status_code == 409
    assert list(response.json()["error"]["fields"]) == ["external_id"]


def test_creating_with_a_taken_external_id_creates_nothing(token_client, staff_user):
    OrganisationFactory(external_id="crm-7")
    body = {"name": "Dup", "country": "GB", "kind": "sme", "external_id": "crm-7"}
    assert token_client(staff_user).post(reverse(LIST), body).status_code == 409
    assert not Organisation.objects.filter(name="Dup").exists()


def test_an_editor_cannot_delete(token_client, organisation):
    editor = MembershipFactory(organisation=organisation, role=Membership.Role.EDITOR).user
    assert token_client(editor).delete(detail(organisation)).status_code == 403


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({}, "Only members of this organisation, or staff, can change it."),
        ({"HTTP_ACCEPT_LANGUAGE": "ko"}, "이 기관의 구성원이나 운영진만 변경할 수 있습니다."),
    ],
)
def test_an_outsiders_change_is_refused_in_the_requests_language(
    token_client, other_member, organisation, headers, message
):
    response = token_client(other_member).patch(detail(organisation), {"city": "Leeds"}, **headers)
    assert (response.status_code, response.json()["error"]["message"]) == (403, message)


def test_an_editors_delete_is_refused_in_korean(token_client, organisation):
    editor = MembershipFactory(organisation=organisation, role=Membership.Role.EDITOR).user
    response = token_client(editor).delete(detail(organisation), HTTP_ACCEPT_LANGUAGE="ko")
    assert response.json()["error"]["message"] == "이 기관의 소유자나 운영진만 삭제할 수 있습니다."


MATRIX = [("anonymous", 401), ("member", 200), ("other_member", 403), ("staff_user", 200)]


@pytest.mark.parametrize("who, status", MATRIX)
def test_who_may_put(client_as, organisation, member, other_member, who, status):
    body = {"name": "Renamed", "country": "GB", "kind": "sme"}
    assert client_as(who).put(detail(organisation), body).status_code == status


@pytest.mark.parametrize("who, status", MATRIX)
def test_who_may_patch(client_as, organisation, member, other_member, who, status):
    assert client_as(who).patch(detail(organisation), {"city": "Leeds"}).status_code == status


@pytest.mark.parametrize(
    "who, status",
    [("anonymous", 401), ("member", 204), ("other_member", 403), ("staff_user", 204)],
)
def test_who_may_delete(client_as, organisation, member, other_member, who, status):
    assert client_as(who).delete(detail(organisation)).status_code == status
    assert Organisation.objects.filter(pk=organisation.pk).exists() == (status != 204)


@pytest.mark.parametrize(
    "who, status",
    [("anonymous", 401), ("member", 201), ("other_member", 201), ("staff_user", 201)],
)
def test_who_may_register(client_as, member, other_member, who, status):
    body = {"name": "New Co", "country": "GB", "kind": "sme"}
    assert client_as(who).post(reverse(LIST), body).status_code == status


def queries_for(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return len(captured)


def test_contact_visibility_takes_no_query_per_row(api_client, other_member, organisation):
    api_client.force_authenticate(other_member)
    few = queries_for(api_client, reverse(LIST))
    OrganisationFactory.create_batch(5)
    assert queries_for(api_client, reverse(LIST)) == few


def test_list_queries_do_not_grow_with_the_page(api_client, korean_university):
    few = queries_for(api_client, reverse(LIST))
    link = ConsortiumMembershipFactory(member=korean_university)
    OrganisationFactory.create_batch(20, offers=[*korean_university.offers.all()])
    ConsortiumMembershipFactory.create_batch(3, consortium=link.consortium)
    assert queries_for(api_client, reverse(LIST)) == few


def test_a_one_megabyte_description_is_a_400_with_the_field_named(
    token_client, member, organisation
):
    body = {"description": "x" * 1_000_000}
    response = token_client(member).patch(detail(organisation), body, format="json")
    assert response.status_code == 400
    assert "5000" in response.json()["error"]["fields"]["description"][0]
    organisation.refresh_from_db()
    assert len(organisation.description) < 5000


def test_a_members_rename_answers_with_the_profile_back_in_review(
    token_client, member, organisation
):
    response = token_client(member).patch(detail(organisation), {"name": "Renamed"})
    body = response.json()
    assert (response.status_code, body["status"], body["verified"]) == (200, "submitted", False)
    assert body["review_reason"].startswith("Back in review: its name changed.")


def test_a_staff_rename_keeps_it_published(token_client, staff_user, organisation):
    response = token_client(staff_user).patch(detail(organisation), {"name": "Renamed"})
    assert (response.status_code, response.json()["status"]) == (200, "published")


@pytest.mark.parametrize("field", ["name", "name_ko"])
def test_invisible_characters_in_a_name_are_a_400_by_the_field(
    token_client, member, organisation, field
):
    response = token_client(member).patch(detail(organisation), {field: "Sam\u200bsung"})
    assert (response.status_code, list(response.json()["error"]["fields"])) == (400, [field])
    organisation.refresh_from_db()
    assert organisation.name == "Bayes Example Ltd"


def test_registering_over_the_limit_is_a_400_that_says_why(token_client, member, settings):
    settings.ORGANISATIONS_PER_USER_LIMIT = 1
    body = {"name": "New Co", "country": "KR", "kind": "startup"}
    response = token_client(member).post(reverse(LIST), body)
    assert response.status_code == 400
    assert "already own 1 organisation," in response.json()["error"]["message"]


def test_the_korean_description_is_shown_and_written(token_client, member, organisation):
    response = token_client(member).patch(detail(organisation), {"description_ko": "항만 센서."})
    organisation.refresh_from_db()
    assert response.json()["description_ko"] == organisation.description_ko == "항만 센서."


def test_a_member_sees_each_organisation_once_and_counted_once(token_client, member):
    # Two colleagues in the same organisation: a join on memberships would list it twice.
    MembershipFactory(organisation=Membership.objects.get(user=member).organisation)
    response = token_client(member).get(reverse(LIST))
    assert (response.json()["count"], names(response)) == (1, ["Bayes Example Ltd"])


@pytest.mark.parametrize("rows", [2, 20])
def test_a_members_list_makes_the_same_queries_whatever_its_length(
    token_client, member, django_assert_max_num_queries, rows
):
    OrganisationFactory.create_batch(rows)
    client = token_client(member)
    # Token and throttle look-ups, the count, the page, its taxonomy and its consortium links.
    with django_assert_max_num_queries(13):
        assert client.get(reverse(LIST)).status_code == 200


def test_the_korean_city_is_read_and_written(token_client, member, organisation):
    client = token_client(member)
    response = client.patch(detail(organisation), {"city": "Cambridge", "city_ko": "케임브리지"})
    assert response.json()["city_ko"] == "케임브리지"
    assert client.get(detail(organisation)).json()["city_ko"] == "케임브리지"


def test_a_korean_city_longer_than_120_characters_is_a_400(token_client, member, organisation):
    response = token_client(member).patch(detail(organisation), {"city_ko": "가" * 121})
    assert (response.status_code, list(response.json()["error"]["fields"])) == (400, ["city_ko"])


def test_the_city_filter_finds_an_organisation_by_its_korean_city(api_client, db):
    OrganisationFactory(name="Port Ltd", country="KR", city="Busan", city_ko="부산")
    OrganisationFactory(name="Capital Ltd", country="KR", city="Seoul", city_ko="서울")
    assert names(api_client.get(reverse(LIST), {"city": "부산"})) == ["Port Ltd"]
