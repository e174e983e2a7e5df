import datetime
import re

import pytest

from events.models import MeetingMessage
from tests.events.factories import RegistrationFactory
from tests.factories import MembershipFactory


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 200), ("other_member", 403), ("staff", 403)]
)
def test_permission_matrix(login_as, registration, role, status):
    assert login_as(role).get("/events/seoul-5g/me/").status_code == status


def test_shows_suggestions_with_reasons(login_as, event, organisation, uk_sme, korean_partner):
    RegistrationFactory(event=event, organisation=uk_sme)
    RegistrationFactory(event=event, organisation=korean_partner)
    client = login_as("anonymous")
    client.force_login(MembershipFactory(organisation=uk_sme).user)
    page = client.get("/events/seoul-5g/me/").content.decode()
    assert "Busan Radio Co" in page and "They offer Open RAN, which you seek" in page


def test_shows_received_requests_with_accept(login_as, meeting_request):
    page = login_as("other_member").get("/events/seoul-5g/me/").content.decode()
    assert "A joint 5G pilot?" in page
    assert f"/events/seoul-5g/requests/{meeting_request.pk}/accept/" in page


def test_a_pending_registration_waits(login_as, registration):
    registration.status = "pending"
    registration.save()
    page = login_as("member").get("/events/seoul-5g/me/").content.decode()
    assert "once staff approve" in page


def test_the_nav_marks_events_not_my_organisation(login_as, registration):
    page = login_as("member").get("/events/seoul-5g/me/").content.decode()
    assert 'href="/events/" aria-current="page"' in page
    assert 'aria-current="page">My organisation' not in page


def test_queries_do_not_grow_with_the_participants(
    login_as, registration, event, capability, django_assert_max_num_queries
):
    registration.seeks_capabilities.add(capability)
    for _ in range(8):
        RegistrationFactory(event=event).organisation.offers.add(capability)
    client = login_as("member")
    client.get("/events/seoul-5g/me/")  # the matching index is built once per process
    with django_assert_max_num_queries(22):
        page = client.get("/events/seoul-5g/me/").content.decode()
    assert page.count("They offer Digital twins, which you seek") == 8


def test_a_korean_reader_sees_the_korean_event_title(login_as, registration, event_in_korean):
    page = login_as("member").get("/ko/events/seoul-5g/me/").text
    assert 'lang="ko">서울 5G 비즈니스 상담회</a>' in page and "Seoul 5G" not in page


def test_a_korean_reader_sees_the_organisations_korean_names(
    login_as, meeting_request, names_in_korean
):
    client = login_as("other_member")
    english = client.get("/events/seoul-5g/me/").text
    assert '<h1 lang="en">Seoul Example Co</h1>' in english
    korean = client.get("/ko/events/seoul-5g/me/").text
    assert '<h1 lang="ko">서울 예시</h1>' in korean
    assert '<h4 class="item__title">베이즈 예시</h4>' in korean and "Bayes" not in korean


def test_a_korean_reader_sees_a_suggestions_korean_name_first(
    login_as, event, uk_sme, korean_partner
):
    korean_partner.name_ko = "부산 라디오"
    korean_partner.save()
    RegistrationFactory(event=event, organisation=uk_sme)
    RegistrationFactory(event=event, organisation=korean_partner)
    client = login_as("anonymous")
    client.force_login(MembershipFactory(organisation=uk_sme).user)
    page = client.get("/ko/events/seoul-5g/me/").text
    other = '<span class="card__subtitle" lang="en">Busan Radio Co</span>'
    assert f'<span lang="ko">부산 라디오</span> {other}' in page


def test_the_message_box_of_each_meeting_is_a_labelled_form_field(login_as, accepted_meeting):
    page = login_as("member").get("/events/seoul-5g/me/").text
    box_id = f"message-{accepted_meeting.pk}-body"
    assert re.search(rf'<div class="field">\s*<label for="{box_id}">Write to them', page)
    assert re.search(rf'<textarea name="body"[^>]* maxlength="2000" required id="{box_id}"', page)


def test_a_waiting_received_request_offers_accept_and_decline_only(login_as, meeting_request):
    page = login_as("other_member").get("/events/seoul-5g/me/").text
    base = f"/events/seoul-5g/requests/{meeting_request.pk}"
    assert f"{base}/accept/" in page and f"{base}/decline/" in page
    assert f"{base}/cancel/" not in page


def test_a_waiting_sent_request_can_only_be_withdrawn(login_as, meeting_request):
    page = login_as("member").get("/events/seoul-5g/me/").text
    base = f"/events/seoul-5g/requests/{meeting_request.pk}"
    assert f"{base}/cancel/" in page and "Withdraw the request" in page
    assert f"{base}/accept/" not in page and "Cancel the meeting" not in page


def test_an_accepted_meeting_can_be_cancelled_by_either_side(login_as, accepted_meeting):
    page = login_as("other_member").get("/events/seoul-5g/me/").text
    assert "Cancel the meeting" in page and "/decline/" not in page


def test_the_priority_of_an_answer_is_explained(login_as, meeting_request):
    page = login_as("other_member").get("/events/seoul-5g/me/").text
    help_id = f"priority-{meeting_request.pk}-help"
    assert f'aria-describedby="{help_id}"' in page
    assert f'id="{help_id}">When the meeting slots run short' in page


def test_the_participant_choice_is_labelled_not_dashed(login_as, registration, other_registration):
    page = login_as("member").get("/ko/events/seoul-5g/me/").text
    assert '<option value="" selected>참가 기관을 선택하십시오</option>' in page
    assert "---------" not in page


@pytest.mark.parametrize(
    "prefix, shown", [("", "10 May 2027 09:30 KST"), ("/ko", "2027년 5월 10일 09:30 KST")]
)
def test_message_times_are_in_the_events_zone_named(login_as, accepted_meeting, prefix, shown):
    message = MeetingMessage.objects.create(
        meeting_request=accepted_meeting, from_registration=accepted_meeting.from_registration,
        body="Hi",
    )  # fmt: skip
    sent = datetime.datetime(2027, 5, 10, 0, 30, tzinfo=datetime.UTC)
    MeetingMessage.objects.filter(pk=message.pk).update(sent_at=sent)
    assert f">{shown}</time>" in login_as("member").get(f"{prefix}/events/seoul-5g/me/").text
