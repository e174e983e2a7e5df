import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from opportunities.models import Opportunity
from tests.factories import OpportunityFactory, OrganisationFactory

LIST = "api:opportunity-list"


def detail(opportunity) -> str:
    return reverse("api:opportunity-detail", args=[opportunity.pk])


def titles(response) -> list[str]:
    return [row["title"] for row in response.json()["results"]]


def test_anonymous_list_hides_drafts(api_client, digital_twin_challenge):
    OpportunityFactory(title="Draft call", status="draft")
    assert titles(api_client.get(reverse(LIST))) == ["Digital twin challenge"]


def test_staff_list_drafts(token_client, staff_user, digital_twin_challenge):
    OpportunityFactory(title="Draft call", status="draft")
    response = token_client(staff_user).get(reverse(LIST), {"publication": "draft"})
    assert titles(response) == ["Draft call"]


@pytest.mark.parametrize(
    "query",
    [
        {"status": "open"},
        {"kind": "challenge"},
        {"country": "GB"},
        {"sector": "smart-cities"},
        {"capability": "digital-twins"},
        {"q": "TWIN"},
        {"external_id": "call-9"},
        {"closes_within": "30"},
    ],
)
def test_the_page_filters_and_external_id_narrow_the_list(
    api_client, digital_twin_challenge, query
):
    Opportunity.objects.filter(pk=digital_twin_challenge.pk).update(external_id="call-9")
    OpportunityFactory(
        title="Old call", kind="tender", deadline=datetime.date(2020, 1, 1), opens_on=None
    )
    assert titles(api_client.get(reverse(LIST), query)) == ["Digital twin challenge"]


def test_the_city_filter_finds_an_opportunity_by_its_korean_city(api_client, db):
    OpportunityFactory(title="Port call", country="KR", city="Busan", city_ko="부산")
    OpportunityFactory(title="Capital call", country="KR", city="Seoul", city_ko="서울")
    assert titles(api_client.get(reverse(LIST), {"city": "부산"})) == ["Port call"]


def test_sort_deadline_puts_open_ones_first(api_client, db):
    OpportunityFactory(title="Closed", deadline=datetime.date(2020, 1, 1), opens_on=None)
    OpportunityFactory(title="Open")
    assert titles(api_client.get(reverse(LIST), {"sort": "deadline"})) == ["Open", "Closed"]
    assert titles(api_client.get(reverse(LIST))) == ["Closed", "Open"]


def test_an_unknown_window_or_sort_is_a_400(api_client, db):
    response = api_client.get(reverse(LIST), {"closes_within": "14", "sort": "sideways"})
    assert response.status_code == 400
    assert sorted(response.json()["error"]["fields"]) == ["closes_within", "sort"]


def test_detail_shows_published_hosts_and_slugs(api_client, digital_twin_challenge, organisation):
    digital_twin_challenge.hosts.set([organisation, OrganisationFactory(status="draft")])
    body = api_client.get(detail(digital_twin_challenge)).json()
    assert (body["hosts"], body["sectors"], body["is_open"]) == (
        [organisation.pk],
        ["smart-cities"],
        True,
    )


def test_staff_create_a_draft(token_client, staff_user, organisation, capability):
    body = {
        "title": "Seoul testbed",
        "kind": "testbed",
        "hosts": [organisation.pk],
        "required_capabilities": ["digital-twins"],
        "eligible_countries": ["GB"],
        "budget_amount": "1000.50",
        "budget_currency": "GBP",
    }
    response = token_client(staff_user).post(reverse(LIST), body)
    assert (response.status_code, response.json()["status"]) == (201, "draft")
    assert Opportunity.objects.get(title="Seoul testbed").eligible_countries[0].code == "GB"


def test_a_deadline_before_opening_names_the_field(
    token_client, staff_user, digital_twin_challenge
):
    body = {"opens_on": "2030-05-01", "deadline": "2030-04-01"}
    response = token_client(staff_user).patch(detail(digital_twin_challenge), body)
    assert list(response.json()["error"]["fields"]) == ["deadline"]


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({}, "The deadline cannot be before the opening date."),
        ({"HTTP_ACCEPT_LANGUAGE": "ko"}, "마감일은 접수 시작일보다 앞설 수 없습니다."),
    ],
)
def test_the_deadline_rule_speaks_the_requests_language(
    token_client, staff_user, digital_twin_challenge, headers, message
):
    body = {"opens_on": "2030-05-01", "deadline": "2030-04-01"}
    response = token_client(staff_user).patch(detail(digital_twin_challenge), body, **headers)
    assert (response.status_code, response.json()["error"]["fields"]["deadline"]) == (
        400,
        [message],
    )


def test_a_negative_budget_is_a_400_by_the_field(token_client, staff_user, digital_twin_challenge):
    body = {"budget_amount": "-5", "budget_currency": "GBP"}
    response = token_client(staff_user).patch(detail(digital_twin_challenge), body)
    assert (response.status_code, list(response.json()["error"]["fields"])) == (
        400,
        ["budget_amount"],
    )


def test_a_taken_external_id_is_a_conflict(token_client, staff_user, digital_twin_challenge):
    OpportunityFactory(external_id="call-1")
    body = {"external_id": "call-1"}
    assert token_client(staff_user).patch(detail(digital_twin_challenge), body).status_code == 409


@pytest.mark.parametrize("action, status", [("publish", 409), ("archive", 200)])
def test_publish_and_archive_follow_the_status(
    token_client, staff_user, digital_twin_challenge, action, status
):
    url = reverse(f"api:opportunity-{action}", args=[digital_twin_challenge.pk])
    assert token_client(staff_user).post(url).status_code == status


STAFF_ONLY = [("anonymous", 401), ("member", 403), ("other_member", 403)]


@pytest.mark.parametrize("who, status", [*STAFF_ONLY, ("staff_user", 201)])
def test_who_may_create(client_as, member, other_member, who, status):
    body = {"title": "New call", "kind": "rd_call"}
    assert client_as(who).post(reverse(LIST), body).status_code == status


@pytest.mark.parametrize("who, status", [*STAFF_ONLY, ("staff_user", 200)])
def test_who_may_put(client_as, digital_twin_challenge, member, other_member, who, status):
    body = {"title": "Renamed", "kind": "challenge"}
    assert client_as(who).put(detail(digital_twin_challenge), body).status_code == status


@pytest.mark.parametrize("who, status", [*STAFF_ONLY, ("staff_user", 200)])
def test_who_may_patch(client_as, digital_twin_challenge, member, other_member, who, status):
    """member's organisation hosts the opportunity, and still may not edit it."""
    digital_twin_challenge.hosts.set([member.memberships.get().organisation])
    response = client_as(who).patch(detail(digital_twin_challenge), {"city": "Busan"})
    assert response.status_code == status


@pytest.mark.parametrize("who, status", [*STAFF_ONLY, ("staff_user", 204)])
def test_who_may_delete(client_as, digital_twin_challenge, member, other_member, who, status):
    assert client_as(who).delete(detail(digital_twin_challenge)).status_code == status


@pytest.mark.parametrize("action", ["publish", "archive"])
@pytest.mark.parametrize("who, status", [*STAFF_ONLY, ("staff_user", 200)])
def test_who_may_publish_and_archive(client_as, member, other_member, action, who, status):
    opportunity = OpportunityFactory(status="draft" if action == "publish" else "published")
    url = reverse(f"api:opportunity-{action}", args=[opportunity.pk])
    assert client_as(who).post(url).status_code == status


def test_list_queries_do_not_grow_with_the_page(api_client, digital_twin_challenge, organisation):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            api_client.get(reverse(LIST))
        return len(captured)

    few = queries()
    capabilities = [*digital_twin_challenge.required_capabilities.all()]
    OpportunityFactory.create_batch(20, required_capabilities=capabilities, hosts=[organisation])
    assert queries() == few


def test_a_description_over_5000_characters_is_a_400(token_client, staff_user):
    body = {"title": "Pilot", "kind": "testbed", "description": "x" * 5001}
    response = token_client(staff_user).post(reverse("api:opportunity-list"), body, format="json")
    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["description"]


def test_staff_write_and_everyone_reads_the_korean_text(
    token_client, staff_user, api_client, digital_twin_challenge
):
    korean = {"title_ko": "디지털 트윈", "summary_ko": "요약.", "description_ko": "설명."}
    token_client(staff_user).patch(detail(digital_twin_challenge), korean)
    body = api_client.get(detail(digital_twin_challenge)).json()
    assert {name: body[name] for name in korean} == korean


def test_staff_write_and_everyone_reads_the_korean_city(
    token_client, staff_user, api_client, digital_twin_challenge
):
    token_client(staff_user).patch(detail(digital_twin_challenge), {"city_ko": "세종"})
    assert api_client.get(detail(digital_twin_challenge)).json()["city_ko"] == "세종"


def test_a_korean_city_over_120_characters_is_a_400(token_client, staff_user):
    body = {"title": "Pilot", "kind": "testbed", "city_ko": "세" * 121}
    response = token_client(staff_user).post(reverse("api:opportunity-list"), body, format="json")
    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["city_ko"]
