import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from introductions.services import introduction_transition


def url(introduction) -> str:
    return reverse("introductions:detail", args=[introduction.pk])


@pytest.mark.parametrize(
    "role, status",
    [("anonymous", 302), ("member", 200), ("other_member", 200), ("outsider", 404), ("staff", 200)],
)
def test_only_the_two_sides_and_staff_see_it(
    introduction_login_as, forwarded_introduction, role, status
):
    assert introduction_login_as(role).get(url(forwarded_introduction)).status_code == status


def test_the_recipient_does_not_see_it_before_staff_forward_it(login_as, introduction):
    assert login_as("other_member").get(url(introduction)).status_code == 404


def test_shows_the_request(login_as, forwarded_introduction):
    text = login_as("other_member").get(url(forwarded_introduction)).text
    assert "A joint pilot of port digital twins." in text
    assert "A Korean partner with a testbed." in text and "Korean" in text


def test_the_recipient_sees_the_requester_anonymised_before_accepting(
    login_as, forwarded_introduction, sector
):
    forwarded_introduction.requester_organisation.sectors.set([sector])
    text = login_as("other_member").get(url(forwarded_introduction)).text
    assert "SME in United Kingdom, working in Smart cities" in text
    assert "Bayes Example Ltd" not in text


def test_the_requesters_own_steps_are_not_named_to_the_recipient(login_as, forwarded_introduction):
    timeline = login_as("other_member").get(url(forwarded_introduction)).context["timeline"]
    assert [(entry.what, entry.who) for entry in timeline] == [
        ("Forwarded the request to the other organisation", "Korea–UK Match staff")
    ]


def test_the_recipient_is_offered_accept_and_decline(login_as, forwarded_introduction):
    actions = login_as("other_member").get(url(forwarded_introduction)).context["step_actions"]
    assert [action.to_state for action in actions] == ["introduced", "declined_by_recipient"]


def test_the_requester_cannot_act_while_the_recipient_decides(login_as, forwarded_introduction):
    response = login_as("member").get(url(forwarded_introduction))
    assert response.context["step_actions"] == [] and response.context["resubmit_form"] is None


def test_no_contact_details_before_acceptance(login_as, forwarded_introduction):
    forwarded_introduction.requested_organisation.contact_email = "kr@example.kr"
    forwarded_introduction.requested_organisation.save()
    assert "kr@example.kr" not in login_as("member").get(url(forwarded_introduction)).text


def test_after_acceptance_both_sides_see_each_others_contacts(
    login_as, client, accepted_introduction, member
):
    accepted_introduction.requested_organisation.contact_phone = "+82 2 123 4567"
    accepted_introduction.requested_organisation.save()
    assert "+82 2 123 4567" in login_as("member").get(url(accepted_introduction)).text
    client.logout()
    text = login_as("other_member").get(url(accepted_introduction)).text
    assert "Bayes Example Ltd" in text and member.email in text


def test_after_acceptance_either_side_may_record_the_outcome(login_as, accepted_introduction):
    actions = login_as("member").get(url(accepted_introduction)).context["step_actions"]
    assert [action.to_state for action in actions] == [
        "meeting_held",
        "partnership_formed",
        "no_fit",
    ]


def test_staff_see_both_names_and_who_acted(login_as, forwarded_introduction, staff_user):
    response = login_as("staff").get(url(forwarded_introduction))
    assert "Bayes Example Ltd → Seoul Example Co" in response.text
    assert response.context["timeline"][-1].who == f"{staff_user.email} (staff)"


def test_the_korean_timeline_writes_dates_the_korean_way(login_as, forwarded_introduction):
    day = timezone.localtime(forwarded_introduction.created_at)
    text = login_as("member").get("/ko" + url(forwarded_introduction)).text
    assert f"{day.year}년 {day.month}월 {day.day}일" in text


def test_a_korean_requester_reads_both_names_in_korean(login_as, forwarded_introduction):
    forwarded_introduction.requester_organisation.name_ko = "베이즈 예시"
    forwarded_introduction.requester_organisation.save()
    forwarded_introduction.requested_organisation.name_ko = "서울 예시"
    forwarded_introduction.requested_organisation.save()
    client = login_as("member")
    assert (
        "<h1>Introduction to Seoul Example Co</h1>" in client.get(url(forwarded_introduction)).text
    )
    with translation.override("ko"):
        text = client.get(url(forwarded_introduction)).text
    assert "<h1>서울 예시 소개</h1>" in text and "베이즈 예시" in text
    assert '<strong lang="ko">서울 예시</strong>' in text and "Seoul Example" not in text


def test_an_english_only_name_on_a_korean_page_carries_its_lang(login_as, forwarded_introduction):
    with translation.override("ko"):
        text = login_as("member").get(url(forwarded_introduction)).text
    assert '<h1><span lang="en">Seoul Example Co</span> 소개</h1>' in text


def test_korean_staff_read_both_names_in_korean(login_as, forwarded_introduction):
    forwarded_introduction.requester_organisation.name_ko = "베이즈 예시"
    forwarded_introduction.requester_organisation.save()
    with translation.override("ko"):
        text = login_as("staff").get(url(forwarded_introduction)).text
    assert '<h1>베이즈 예시 → <span lang="en">Seoul Example Co</span></h1>' in text
    assert 'lang="ko">베이즈 예시</a></dd>' in text and "<title>베이즈 예시 → " in text


@pytest.fixture
def declined_introduction(forwarded_introduction, other_member):
    return introduction_transition(
        request=forwarded_introduction, to_state="declined_by_recipient", actor=other_member
    )


def test_after_declining_the_recipient_is_not_told_they_will_see_who_asked(
    login_as, declined_introduction
):
    text = login_as("other_member").get(url(declined_introduction)).text
    assert "once you accept" not in text
    assert "The request was declined, so no contact details are shared." in text


def test_after_a_decline_the_korean_requester_is_not_promised_contact_details(
    login_as, declined_introduction
):
    text = login_as("member").get("/ko" + url(declined_introduction)).text
    assert "상대 기관이 수락하면" not in text
    assert "요청이 거절되어 연락처는 공유되지 않습니다." in text


def test_while_open_both_sides_are_told_what_accepting_shows(login_as, forwarded_introduction):
    assert "once you accept" in login_as("other_member").get(url(forwarded_introduction)).text
    text = login_as("member").get(url(forwarded_introduction)).text
    assert "Their contact details appear here once they accept." in text


def test_times_on_the_page_name_their_zone(login_as, forwarded_introduction):
    html = login_as("staff").get(f"/ko/introductions/{forwarded_introduction.pk}/").text
    assert re.search(r"\d\d:\d\d [A-Z+0-9]{3,5}</time>", html)
