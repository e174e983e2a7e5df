import re

import pytest
from django.urls import reverse

from organisations.services import organisation_reject
from tests.factories import MembershipFactory, OrganisationFactory


def partners_url(organisation, **params):
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return reverse("api:organisation-partners", args=[organisation.pk]) + (
        f"?{query}" if query else ""
    )


def test_answers_suggestions_with_the_other_side_points_and_reasons(
    api_client, uk_sme, korean_partner
):
    [suggestion] = api_client.get(partners_url(uk_sme)).json()
    assert suggestion["organisation"] == {
        "id": korean_partner.pk, "external_id": "", "name": "Busan Radio Co",
        "country": "KR", "kind": "sme",
    }  # fmt: skip
    assert set(suggestion["points"]) == {
        "complementarity",
        "network",
        "sectors",
        "text",
        "shared_capabilities",
    }
    assert "They offer Open RAN, which you seek" in suggestion["reasons"]


def test_country_any_and_lists(api_client, uk_sme, korean_partner):
    assert len(api_client.get(partners_url(uk_sme, country="any")).json()) == 1
    assert api_client.get(partners_url(uk_sme, country="GB")).json() == []


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": "0"}, "limit"),
        ({"limit": "abc"}, "limit"),
        ({"limit": "101"}, "limit"),
        ({"country": "ZZ"}, "country"),
        ({"kind": "pirate"}, "kind"),
        ({"sector": "no-such-sector"}, "sector"),
    ],
)
def test_bad_parameter_answers_400_naming_it(api_client, uk_sme, params, field):
    response = api_client.get(partners_url(uk_sme, **params))
    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]


def test_unknown_id_answers_404(api_client, db):
    response = api_client.get(reverse("api:organisation-partners", args=[999999]))
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("who", "status"),
    [("anonymous", 404), ("other_member", 404), ("member", 200), ("staff_user", 200)],
)
def test_draft_profile_suggestions_are_for_its_members_and_staff(
    client_as, organisation, member, who, status
):
    organisation_reject(organisation=organisation, reason="Needs a description")
    assert client_as(who).get(partners_url(organisation)).status_code == status


def test_query_count_is_bounded(api_client, uk_sme, korean_partner, django_assert_max_num_queries):
    api_client.get(partners_url(uk_sme))  # builds the index
    with django_assert_max_num_queries(5):
        assert api_client.get(partners_url(uk_sme)).status_code == 200


def test_write_methods_are_refused(client_as, uk_sme, member):
    MembershipFactory(organisation=uk_sme, user=member)
    assert client_as("member").post(partners_url(uk_sme), {}).status_code == 405


def test_weak_suggestions_are_marked_with_a_hint(api_client, sector, korean_partner):
    newcomer = OrganisationFactory(country="GB", sectors=[sector])
    [suggestion] = api_client.get(partners_url(newcomer)).json()
    assert suggestion["strength"] == "weak"
    assert suggestion["hint"] == "Few signals in common: say what you seek."


def test_each_reason_has_a_stable_code_next_to_its_text(api_client, uk_sme, korean_partner):
    [suggestion] = api_client.get(partners_url(uk_sme)).json()
    codes = dict(zip(suggestion["reasons"], suggestion["reason_codes"], strict=True))
    assert codes["They offer Open RAN, which you seek"] == "they_offer"


def test_reasons_follow_the_request_language(api_client, uk_sme, korean_partner, open_ran):
    [suggestion] = api_client.get(partners_url(uk_sme), HTTP_ACCEPT_LANGUAGE="ko").json()
    assert "they_offer" in suggestion["reason_codes"]
    assert any(open_ran.name_ko in reason for reason in suggestion["reasons"])


def test_errors_follow_the_request_language(api_client, uk_sme):
    answer = api_client.get(partners_url(uk_sme, limit="many"), HTTP_ACCEPT_LANGUAGE="ko")
    assert answer.status_code == 400
    assert re.search("[가-힣]", answer.json()["error"]["fields"]["limit"][0])
    assert answer["Content-Language"] == "ko"


def test_answers_in_one_query_once_the_index_is_built(
    api_client, uk_sme, korean_partner, django_assert_num_queries
):
    api_client.get(partners_url(uk_sme))  # builds the index
    # The freshness marks with the feedback and whether the organisation is visible; the
    # suggested ones are shown from the index.
    with django_assert_num_queries(1):
        assert len(api_client.get(partners_url(uk_sme)).json()) == 1
