import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import IntroductionRequestFactory, OrganisationFactory, UserFactory

URL = reverse("introductions:list")


def test_anonymous_visitors_are_sent_to_sign_in(client):
    assert reverse("account_login") in client.get(URL)["Location"]


def test_the_requester_sees_what_they_sent_and_what_happens_next(login_as, introduction):
    response = login_as("member").get(URL)
    [row] = response.context["sent"]
    assert (row.request, row.counterpart_name, row.next_step) == (
        introduction,
        "Seoul Example Co",
        "With our staff",
    )
    assert response.context["received"] == []


def test_the_recipient_sees_it_anonymised_once_forwarded(login_as, forwarded_introduction):
    response = login_as("other_member").get(URL)
    [row] = response.context["received"]
    assert (row.counterpart_name, row.next_step) == ("SME in United Kingdom", "Accept or decline")
    assert "Bayes Example Ltd" not in response.text


def test_the_menu_counts_requests_waiting_for_the_member(login_as, forwarded_introduction):
    text = login_as("other_member").get(URL).text
    assert '<span class="nav-count">1<span class="visually-hidden"> waiting for you' in text


def test_a_member_of_neither_side_sees_nothing(introduction_login_as, forwarded_introduction):
    response = introduction_login_as("outsider").get(URL)
    assert response.context["sent"] == [] and response.context["received"] == []


@pytest.mark.parametrize("rows", [1, 12])
def test_query_count_does_not_grow_with_requests(
    client, member, organisation, sector, django_assert_max_num_queries, rows
):
    for _ in range(rows):
        IntroductionRequestFactory(requester_organisation=organisation)
        IntroductionRequestFactory(
            requester_organisation=OrganisationFactory(sectors=[sector]),
            requested_organisation=organisation, state="forwarded",
        )  # fmt: skip
    client.force_login(member)
    with django_assert_max_num_queries(7):
        response = client.get(URL)
    assert len(response.context["sent"]) == len(response.context["received"]) == rows
    assert "working in Smart cities" in response.text


def test_a_korean_requester_sees_the_korean_names(login_as, introduction):
    introduction.requester_organisation.name_ko = "베이즈 예시"
    introduction.requester_organisation.save()
    introduction.requested_organisation.name_ko = "서울 예시"
    introduction.requested_organisation.save()
    with translation.override("ko"):
        response = login_as("member").get(reverse("introductions:list"))
    assert response.context["sent"][0].counterpart_name == "서울 예시"
    assert "보낸 기관: 베이즈 예시" in response.text and "Bayes Example Ltd" not in response.text


def test_each_row_says_which_of_the_members_organisations_sent_or_received_it(
    login_as, forwarded_introduction
):
    assert "Sent by Bayes Example Ltd" in login_as("member").get(URL).text
    assert "Received by Seoul Example Co" in login_as("other_member").get(URL).text


def test_a_korean_recipient_reads_which_organisation_received_it(login_as, forwarded_introduction):
    text = login_as("other_member").get("/ko" + URL).text
    assert '받은 기관: <span lang="en">Seoul Example Co</span>' in text


def test_a_member_without_an_organisation_is_told_to_create_one_first(client, db):
    client.force_login(UserFactory())
    response = client.get(URL)
    assert reverse("organisations:profile_create") in response.text
    assert "Open a suggested partner" not in response.text
