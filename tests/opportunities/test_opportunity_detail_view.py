import re

from django.urls import reverse
from django.utils import translation

from tests.factories import (
    MembershipFactory,
    OpportunityFactory,
    OpportunityInterestFactory,
    OrganisationFactory,
)


def detail(client, opportunity):
    return client.get(reverse("opportunities:detail", args=[opportunity.pk]))


def test_shows_the_facts(client, digital_twin_challenge):
    text = detail(client, digital_twin_challenge).text
    for expected in ("Digital twin challenge", "days left", "Open-innovation challenge"):
        assert expected in text
    assert 'href="https://example.org/call"' in text
    assert "25,000 GBP" in text


def test_shows_eligibility_in_words(client, db):
    opportunity = OpportunityFactory(
        eligible_kinds=["sme", "university"], eligible_countries=["KR"]
    )
    text = detail(client, opportunity).text
    assert "SME, University" in text
    assert "South Korea" in text


def test_open_to_anyone_when_no_limits_are_set(client, db):
    text = detail(client, OpportunityFactory()).text
    assert "Organisations from any country" in text
    assert "Any type" in text


def test_drafts_are_not_found_by_the_public(client, member):
    opportunity = OpportunityFactory(status="draft")
    assert detail(client, opportunity).status_code == 404
    client.force_login(member)
    assert detail(client, opportunity).status_code == 404


def test_staff_can_preview_a_draft(client, staff_user):
    client.force_login(staff_user)
    response = detail(client, OpportunityFactory(status="draft"))
    assert "Only staff can see this page" in response.text


def test_archived_opportunities_show_as_closed(client, db):
    response = detail(client, OpportunityFactory(status="archived"))
    assert response.status_code == 200
    assert ">Closed</span>" in response.text


def test_links_published_hosts_only(client, db):
    public = OrganisationFactory(name="Seoul City")
    hidden = OrganisationFactory(name="Hidden Host", status="draft")
    text = detail(client, OpportunityFactory(hosts=[public, hidden])).text
    assert reverse("organisations:detail", args=[public.pk]) in text
    assert "Hidden Host" not in text


def test_anonymous_visitors_are_asked_to_log_in_for_suggestions(client, open_call, korean_partner):
    text = detail(client, open_call).text
    assert "Log in to see suggestions" in text
    assert "Busan Radio Co" not in text


def test_signed_in_users_see_suggested_organisations_with_reasons(
    client, member, open_call, uk_sme, korean_partner
):
    client.force_login(member)
    text = detail(client, open_call).text
    assert "Suggested organisations" in text and "Busan Radio Co" in text
    assert "Covers 1 of the 2 required capabilities: Open RAN" in text
    assert "Together they cover every capability needed." in text
    assert "Not interested" not in text


def test_the_suggested_team_names_what_nobody_covers(
    client, member, korean_partner, open_ran, capability
):
    opportunity = OpportunityFactory(required_capabilities=[open_ran, capability])
    client.force_login(member)
    text = detail(client, opportunity).text
    assert "Left uncovered:</strong> Digital twins." in text


def test_no_team_is_suggested_when_no_capability_is_required(client, member, korean_partner):
    client.force_login(member)
    text = detail(client, OpportunityFactory(required_capabilities=[])).text
    assert "This opportunity lists no required capabilities, so no team is suggested." in text
    assert "No published profile covers what this opportunity needs yet." not in text


def test_each_team_member_says_what_it_brings(client, member, uk_sme, korean_partner, open_call):
    client.force_login(member)
    text = detail(client, open_call).text
    assert "Brings Open RAN, which no one else in the team covers" in text


def test_closed_opportunities_get_no_suggestions(client, member, korean_partner):
    client.force_login(member)
    text = detail(client, OpportunityFactory(status="archived")).text
    assert "Suggestions are made while an opportunity is open." in text


def test_query_count_does_not_grow_with_suggestions(
    client, member, sector, open_ran, django_assert_max_num_queries
):
    OrganisationFactory.create_batch(12, country="KR", sectors=[sector], offers=[open_ran])
    opportunity = OpportunityFactory(sectors=[sector], required_capabilities=[open_ran])
    client.force_login(member)
    detail(client, opportunity)  # builds the process's matching index, once per process
    with django_assert_max_num_queries(16):  # one is the team's: the hosts it leaves out
        text = detail(client, opportunity).text
    assert text.count('class="suggestion"') == 11  # ten suggested, and a team of one


def test_anonymous_visitors_do_not_see_who_looks_for_partners(client, partner_seeker, open_call):
    text = detail(client, open_call).text
    assert "Log in to see them" in text
    assert "Incheon Vision Lab" not in text


def test_signed_in_users_see_who_looks_for_partners(
    client, other_member, partner_seeker, open_call
):
    client.force_login(other_member)
    text = detail(client, open_call).text
    assert reverse("organisations:detail", args=[partner_seeker.pk]) in text
    assert "SME · London, South Korea" in text and '<li class="tag">Smart cities</li>' in text


def test_a_team_can_start_from_an_organisation_looking_for_partners(
    client, member, partner_seeker, open_call, korean_partner
):
    client.force_login(member)
    text = detail(client, open_call).text
    assert f'href="?team_from={partner_seeker.pk}#team-heading"' in text
    url = reverse("opportunities:detail", args=[open_call.pk])
    response = client.get(url, {"team_from": partner_seeker.pk})
    assert "Suggested team starting from Incheon Vision Lab" in response.text
    assert response.context["team_start"] == partner_seeker


def test_an_empty_team_start_is_no_start_rather_than_an_error(client, member, open_call):
    client.force_login(member)
    response = client.get(reverse("opportunities:detail", args=[open_call.pk]), {"team_from": ""})
    assert "This field is required." not in response.text
    assert response.context["team_start"] is None


def test_a_team_cannot_start_from_just_any_organisation(client, member, open_call, korean_partner):
    client.force_login(member)
    url = reverse("opportunities:detail", args=[open_call.pk])
    response = client.get(url, {"team_from": korean_partner.pk})
    assert "A team can start only from an organisation looking for partners" in response.text
    assert response.context["team_start"] is None


def test_members_may_start_a_team_from_their_own_interested_organisation(
    client, member, organisation, open_call
):
    OpportunityInterestFactory(organisation=organisation, opportunity=open_call)
    client.force_login(member)
    text = detail(client, open_call).text
    assert "Bayes Example Ltd</strong> is interested." in text
    assert "Build a team starting from Bayes Example Ltd" in text


def test_members_see_the_interest_form_for_their_organisation(client, member, open_call):
    client.force_login(member)
    text = detail(client, open_call).text
    assert "On behalf of <strong>Bayes Example Ltd</strong>" in text
    assert "Looking for partners for this" in text
    assert reverse("opportunities:interest_express", args=[open_call.pk]) in text


def test_users_without_an_organisation_are_asked_to_create_one(client, staff_user, open_call):
    client.force_login(staff_user)
    text = detail(client, open_call).text
    assert reverse("organisations:profile_create") in text
    assert reverse("opportunities:interest_express", args=[open_call.pk]) not in text


def test_query_count_does_not_grow_with_interest(
    client, member, organisation, open_call, sector, django_assert_max_num_queries
):
    for _ in range(6):
        OpportunityInterestFactory(
            opportunity=open_call, looking_for_partners=True,
            organisation=OrganisationFactory(sectors=[sector]),
        )  # fmt: skip
    for _ in range(3):
        mine = MembershipFactory(user=member).organisation
        OpportunityInterestFactory(opportunity=open_call, organisation=mine)
    client.force_login(member)
    detail(client, open_call)  # builds the process's matching index, once per process
    with django_assert_max_num_queries(16):
        assert detail(client, open_call).text.count("Build a team starting from") == 9


def test_the_korean_page_shows_the_korean_title_summary_and_description(
    client, digital_twin_challenge
):
    digital_twin_challenge.title_ko = "디지털 트윈 챌린지"
    digital_twin_challenge.summary_ko = "항만 도시의 디지털 트윈."
    digital_twin_challenge.description_ko = "영국과 한국의 공동 연구."
    digital_twin_challenge.save()
    with translation.override("ko"):
        text = detail(client, digital_twin_challenge).text
    for expected in ("디지털 트윈 챌린지", "항만 도시의 디지털 트윈.", "영국과 한국의 공동 연구."):
        assert f'lang="ko">{expected}' in text or f'lang="ko"><p>{expected}' in text
    assert "badge--language" not in text


def test_an_english_reader_sees_a_korean_only_summary_labelled(client, digital_twin_challenge):
    digital_twin_challenge.summary, digital_twin_challenge.summary_ko = (
        "",
        "항만 도시의 디지털 트윈.",
    )
    digital_twin_challenge.save()
    text = detail(client, digital_twin_challenge).text
    assert '<span lang="ko">항만 도시의 디지털 트윈.</span>' in text and "(Korean)" in text


def test_a_korean_reader_sees_the_korean_city_after_the_country(client, db):
    opportunity = OpportunityFactory(country="KR", city="Sejong", city_ko="세종")
    with translation.override("ko"):
        text = detail(client, opportunity).text
    assert '<dd>대한민국 <span lang="ko">세종</span></dd>' in text


def test_an_english_reader_sees_the_english_city_before_the_country(client, db):
    opportunity = OpportunityFactory(country="KR", city="Sejong", city_ko="세종")
    text = detail(client, opportunity).text
    assert '<dd><span lang="en">Sejong</span>, South Korea</dd>' in text


def test_a_korean_reader_sees_the_english_city_without_a_label_when_there_is_no_korean_one(
    client, db
):
    opportunity = OpportunityFactory(country="KR", city="Sejong")
    with translation.override("ko"):
        text = detail(client, opportunity).text
    assert '<dd>대한민국 <span lang="en">Sejong</span></dd>' in text  # no "(English)" label


def test_a_korean_reader_sees_a_partner_seekers_korean_city_after_the_country(
    client, other_member, partner_seeker, open_call
):
    partner_seeker.city_ko = "인천"
    partner_seeker.save()
    client.force_login(other_member)
    with translation.override("ko"):
        text = detail(client, open_call).text
    assert '<p class="card__meta">중소기업 · 대한민국 <span lang="ko">인천</span></p>' in text


def test_a_korean_member_sees_the_interest_panel_under_the_korean_name(
    client, member, organisation, open_call
):
    organisation.name_ko = "베이즈 예시"
    organisation.save()
    OpportunityInterestFactory(organisation=organisation, opportunity=open_call)
    client.force_login(member)
    with translation.override("ko"):
        text = detail(client, open_call).text
    assert "<strong>베이즈 예시</strong>이(가) 관심을 표명했습니다." in text
    assert "베이즈 예시의 관심 표명" in text and "베이즈 예시을(를) 중심으로 팀 구성" in text
    assert "<strong>베이즈 예시</strong> 명의" in text and "Bayes Example Ltd" not in text


def test_a_korean_reader_sees_an_english_only_name_in_its_own_language(
    client, member, organisation, open_call
):
    OpportunityInterestFactory(organisation=organisation, opportunity=open_call)
    client.force_login(member)
    with translation.override("ko"):
        text = detail(client, open_call).text
    assert '<strong><span lang="en">Bayes Example Ltd</span></strong>이(가)' in text


def test_a_korean_reader_starts_a_team_from_a_korean_name(
    client, member, partner_seeker, open_call, korean_partner
):
    partner_seeker.name_ko = "인천 비전 랩"
    partner_seeker.save()
    client.force_login(member)
    with translation.override("ko"):
        url = reverse("opportunities:detail", args=[open_call.pk])
        text = client.get(url, {"team_from": partner_seeker.pk}).text
    assert "인천 비전 랩 중심의 추천 팀" in text and "인천 비전 랩을(를) 중심으로 팀 구성" in text


def test_an_english_reader_of_korean_only_details_sees_their_key_terms(client, db):
    opportunity = OpportunityFactory(description="", description_ko="수소 연료전지 실증 과제")
    text = detail(client, opportunity).text
    assert "Key terms, from our glossary:</span> hydrogen, fuel cell" in text


def test_a_team_member_also_suggested_on_its_own_has_two_different_ids(
    client, member, uk_sme, korean_partner, open_call
):
    client.force_login(member)
    ids = re.findall(r'\bid="([^"]+)"', detail(client, open_call).text)
    assert f"suggestion-team-{korean_partner.pk}" in ids
    assert f"suggestion-candidate-{korean_partner.pk}" in ids
    assert len(ids) == len(set(ids))
