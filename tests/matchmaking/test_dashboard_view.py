import pytest
from django.urls import reverse
from django.utils import translation

from introductions.services import introduction_request
from matchmaking.models import Dismissal
from tests.factories import (
    MembershipFactory,
    OpportunityFactory,
    OpportunityInterestFactory,
    OrganisationFactory,
    UserFactory,
)

URL = reverse("matchmaking:dashboard")


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    assert client.get(URL).url.startswith(reverse("account_login"))


def test_a_user_without_an_organisation_is_invited_to_create_one(client, db):
    client.force_login(UserFactory())
    text = client.get(URL).text
    assert reverse("organisations:profile_create") in text


@pytest.mark.parametrize("status", ["draft", "submitted", "rejected"])
def test_suggestions_wait_for_publication(client, member, organisation, status):
    organisation.status = status
    organisation.rejection_reason = "Why" if status == "rejected" else ""
    organisation.save()
    client.force_login(member)
    assert "appear here once" in client.get(URL).text


def test_a_published_member_gets_the_suggestion_sections(client, member, organisation):
    client.force_login(member)
    response = client.get(URL)
    assert response.context["current"] == organisation
    assert "Suggested partners for Bayes Example Ltd" in response.text


def test_a_member_of_several_chooses_which_to_see_matches_for(client, member, other_organisation):
    MembershipFactory(user=member, organisation=other_organisation)
    client.force_login(member)
    response = client.get(URL, {"organisation": other_organisation.pk})
    assert response.context["current"] == other_organisation


def test_another_organisations_id_is_ignored(client, member, organisation):
    stranger = OrganisationFactory()
    client.force_login(member)
    assert client.get(URL, {"organisation": stranger.pk}).context["current"] == organisation


def test_query_count_does_not_grow_with_memberships(client, db, django_assert_max_num_queries):
    user = UserFactory()
    MembershipFactory.create_batch(10, user=user)
    client.force_login(user)
    client.get(URL)  # builds the process's matching index, once per process
    with django_assert_max_num_queries(10):
        client.get(URL)


def test_shows_suggested_partners_with_reasons(client, uk_sme_member, korean_partner):
    client.force_login(uk_sme_member)
    response = client.get(URL)
    assert [s.target for s in response.context["partner_suggestions"]] == [korean_partner]
    assert "They offer Open RAN, which you seek" in response.text
    assert reverse("matchmaking:dismiss") in response.text


def test_shows_suggested_opportunities(client, uk_sme_member, open_call):
    client.force_login(uk_sme_member)
    response = client.get(URL)
    assert [s.target for s in response.context["opportunity_suggestions"]] == [open_call]
    assert "Smart city testbed" in response.text


def test_leaves_out_what_the_member_dismissed(client, uk_sme, uk_sme_member, korean_partner):
    Dismissal.objects.create(
        user=uk_sme_member, organisation=uk_sme, dismissed_organisation=korean_partner
    )
    client.force_login(uk_sme_member)
    assert client.get(URL).context["partner_suggestions"] == []


def test_query_count_does_not_grow_with_suggestions(
    client, uk_sme_member, sector, open_ran, django_assert_max_num_queries
):
    OrganisationFactory.create_batch(12, country="KR", sectors=[sector], offers=[open_ran])
    OpportunityFactory.create_batch(12, sectors=[sector], required_capabilities=[open_ran])
    client.force_login(uk_sme_member)
    response = client.get(URL)  # builds the process's matching index, once per process
    assert len(response.context["partner_suggestions"]) == 10
    assert len(response.context["opportunity_suggestions"]) == 10
    # 8, with the menu's count of introductions and "Your opportunities"
    with django_assert_max_num_queries(8):
        client.get(URL)


def test_lists_the_open_opportunities_your_organisations_are_interested_in(
    client, member, organisation, open_call
):
    OpportunityInterestFactory(organisation=organisation, opportunity=open_call)
    closed = OpportunityFactory(title="Closed call", status="archived")
    OpportunityInterestFactory(organisation=organisation, opportunity=closed)
    OpportunityInterestFactory(opportunity=OpportunityFactory(title="Someone else's call"))
    client.force_login(member)
    text = client.get(URL).text
    assert "Smart city testbed" in text and "Bayes Example Ltd is interested" in text
    assert "Closed call" not in text and "Someone else's call" not in text


def test_query_count_does_not_grow_with_interests(
    client, member, organisation, django_assert_max_num_queries
):
    for opportunity in OpportunityFactory.create_batch(5):
        OpportunityInterestFactory(organisation=organisation, opportunity=opportunity)
    client.force_login(member)
    client.get(URL)  # builds the process's matching index, once per process
    with django_assert_max_num_queries(11):
        assert client.get(URL).text.count("Bayes Example Ltd is interested") == 5


def test_a_suggested_partner_can_be_asked_for_an_introduction(
    client, uk_sme, uk_sme_member, korean_partner
):
    client.force_login(uk_sme_member)
    ask = reverse("introductions:ask", args=[korean_partner.pk])
    assert f'href="{ask}?organisation={uk_sme.pk}"' in client.get(URL).text


def test_a_partner_already_asked_links_to_the_open_request_instead(
    client, uk_sme, uk_sme_member, korean_partner
):
    request = introduction_request(
        requester_organisation=uk_sme, requested_organisation=korean_partner,
        requested_by=uk_sme_member, message="A pilot.", seeking="A testbed.",
    )  # fmt: skip
    client.force_login(uk_sme_member)
    text = client.get(URL).text
    assert reverse("introductions:detail", args=[request.pk]) in text
    assert reverse("introductions:ask", args=[korean_partner.pk]) not in text


@pytest.mark.parametrize("suggested", [1, 12])
@pytest.mark.parametrize(("language", "queries"), [("en", 8), ("ko", 9)])
def test_query_count_is_the_same_for_one_suggestion_or_many(
    client, uk_sme_member, sector, open_ran, django_assert_num_queries, suggested, language, queries
):
    OrganisationFactory.create_batch(suggested, country="KR", sectors=[sector], offers=[open_ran])
    OpportunityFactory.create_batch(suggested, sectors=[sector], required_capabilities=[open_ran])
    client.force_login(uk_sme_member)
    client.get(URL)  # builds the process's matching index, once per process
    # The session, the user, the memberships, the index's marks with the partner feedback
    # and the dismissed opportunities, the partners, the opportunities, the open
    # introductions with the menu's count of introductions (one query), and "Your
    # opportunities"; in Korean, the capabilities' and sectors' Korean names, read in one
    # query (matchmaking.reasons) once for both lists.
    with translation.override(language), django_assert_num_queries(queries):
        assert client.get(reverse("matchmaking:dashboard")).status_code == 200


def test_the_menu_counts_the_requests_waiting_for_the_member(
    client, other_member, forwarded_introduction
):
    client.force_login(other_member)
    text = client.get(URL).text
    assert '<span class="nav-count">1<span class="visually-hidden"> waiting for you' in text


def test_a_korean_member_sees_the_organisation_and_its_interests_by_the_korean_name(
    client, member, organisation, open_call
):
    organisation.name_ko = "베이즈 예시"
    organisation.save()
    OpportunityInterestFactory(organisation=organisation, opportunity=open_call)
    client.force_login(member)
    with translation.override("ko"):
        text = client.get(reverse("matchmaking:dashboard")).text
    assert 'lang="ko">베이즈 예시</a></h3>' in text and "베이즈 예시 추천 파트너" in text
    assert "베이즈 예시 관심 표명" in text and "Bayes Example Ltd" not in text
    english = client.get(URL).text
    assert "Suggested partners for Bayes Example Ltd" in english and "베이즈" not in english
