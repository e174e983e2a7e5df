"""Mail sent by the introduction services, once their transaction commits."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from accounts.services import language_preference_set
from introductions.services import (
    introduction_request,
    introduction_resubmit,
    introduction_transition,
)
from tests.factories import MembershipFactory, UserFactory


@pytest.fixture
def committed(db, django_capture_on_commit_callbacks):
    """Runs a service as if its transaction committed, so its mail is sent. (It asks for db so
    the test database, which resets the outbox, is set up before mailoutbox reads it.)"""

    def run(service, **arguments):
        with django_capture_on_commit_callbacks(execute=True):
            return service(**arguments)

    return run


def recipients(mailoutbox) -> list[str]:
    return sorted(address for message in mailoutbox for address in message.to)


def test_a_new_request_goes_to_staff_with_a_link_to_the_queue(
    committed, mailoutbox, organisation, other_organisation, member, staff_user, settings
):
    settings.SITE_URL = "https://match.example.org/"
    UserFactory(is_staff=True, is_active=False)
    committed(
        introduction_request, requester_organisation=organisation,
        requested_organisation=other_organisation, requested_by=member,
        message="A pilot.", seeking="A testbed.",
    )  # fmt: skip
    [message] = mailoutbox
    assert message.to == [staff_user.email]
    assert "https://match.example.org/staff/introductions/" in message.body


def test_forwarding_tells_the_recipient_without_naming_the_requester(
    committed, mailoutbox, introduction, staff_user, other_member
):
    committed(introduction_transition, request=introduction, to_state="forwarded", actor=staff_user)
    [message] = mailoutbox
    assert message.to == [other_member.email]
    assert "SME in United Kingdom" in message.body
    assert "Bayes" not in message.body + message.subject
    assert f"/introductions/{introduction.pk}/" in message.body


def test_the_mail_has_the_sites_subject_prefix(
    committed, mailoutbox, introduction, staff_user, other_member
):
    committed(introduction_transition, request=introduction, to_state="forwarded", actor=staff_user)
    [message] = mailoutbox
    assert message.subject.startswith("[Korea–UK Match] An introduction request for ")


def test_asking_for_more_tells_the_requesters_members_the_question(
    committed, mailoutbox, introduction, staff_user, member, organisation
):
    colleague = MembershipFactory(organisation=organisation).user
    committed(
        introduction_transition, request=introduction, to_state="more_information_needed",
        actor=staff_user, note="Which port?",
    )  # fmt: skip
    assert recipients(mailoutbox) == sorted([member.email, colleague.email])
    assert all("Which port?" in message.body for message in mailoutbox)


def test_declining_tells_the_requester_the_reason(
    committed, mailoutbox, introduction, staff_user, member
):
    committed(
        introduction_transition, request=introduction, to_state="declined",
        actor=staff_user, note="Outside our remit.",
    )  # fmt: skip
    [message] = mailoutbox
    assert message.to == [member.email] and "Outside our remit." in message.body


def test_acceptance_tells_both_sides_with_the_link_to_contacts(
    committed, mailoutbox, forwarded_introduction, member, other_member
):
    committed(
        introduction_transition, request=forwarded_introduction, to_state="introduced",
        actor=other_member,
    )  # fmt: skip
    assert recipients(mailoutbox) == sorted([member.email, other_member.email])
    assert all("contact details" in message.body for message in mailoutbox)


def test_the_recipient_declining_tells_the_requester(
    committed, mailoutbox, forwarded_introduction, member, other_member
):
    committed(
        introduction_transition, request=forwarded_introduction,
        to_state="declined_by_recipient", actor=other_member, note="Not our field.",
    )  # fmt: skip
    [message] = mailoutbox
    assert message.to == [member.email]
    assert "Seoul Example Co declined" in message.subject and "Not our field." in message.body


def test_a_resubmitted_request_goes_back_to_staff(
    committed, mailoutbox, questioned_introduction, member, staff_user
):
    committed(
        introduction_resubmit, request=questioned_introduction, actor=member,
        message="Busan port.", seeking="5G.",
    )  # fmt: skip
    [message] = mailoutbox
    assert message.to == [staff_user.email] and "Busan port." in message.body


def test_a_refused_step_sends_nothing(committed, mailoutbox, introduction, staff_user):
    with pytest.raises(ValidationError):
        committed(
            introduction_transition, request=introduction, to_state="declined", actor=staff_user
        )
    assert mailoutbox == []


def test_nothing_is_sent_before_the_transaction_commits(mailoutbox, introduction, staff_user):
    introduction_transition(request=introduction, to_state="forwarded", actor=staff_user)
    assert mailoutbox == []


def test_each_side_reads_the_introduction_in_their_own_language(
    committed, mailoutbox, forwarded_introduction, member, other_member
):
    language_preference_set(user=other_member, language="ko")
    committed(
        introduction_transition, request=forwarded_introduction, to_state="introduced",
        actor=other_member,
    )  # fmt: skip
    mail = {message.to[0]: message for message in mailoutbox}
    assert (
        mail[other_member.email].subject
        == "[Korea–UK Match] Bayes Example Ltd과(와)의 소개가 성사되었습니다"
    )
    assert "연락처를 확인하고" in mail[other_member.email].body
    assert mail[member.email].subject == "[Korea–UK Match] You are introduced to Seoul Example Co"
    assert "contact details" in mail[member.email].body


def test_a_korean_recipient_is_told_of_a_forwarded_request_in_korean(
    committed, mailoutbox, introduction, staff_user, other_member
):
    language_preference_set(user=other_member, language="ko")
    committed(introduction_transition, request=introduction, to_state="forwarded", actor=staff_user)
    [message] = mailoutbox
    assert "소개 요청" in message.subject


def test_each_side_reads_the_other_sides_name_in_their_own_language(
    committed, mailoutbox, forwarded_introduction, member, other_member
):
    forwarded_introduction.requester_organisation.name_ko = "베이즈 예시"
    forwarded_introduction.requester_organisation.save()
    forwarded_introduction.requested_organisation.name_ko = "서울 예시"
    forwarded_introduction.requested_organisation.save()
    language_preference_set(user=other_member, language="ko")
    with translation.override("en"):  # whoever acts, in whatever language
        committed(
            introduction_transition, request=forwarded_introduction, to_state="introduced",
            actor=other_member,
        )  # fmt: skip
    mail = {message.to[0]: message for message in mailoutbox}
    assert (
        mail[other_member.email].subject
        == "[Korea–UK Match] 베이즈 예시과(와)의 소개가 성사되었습니다"
    )
    assert "베이즈 예시" in mail[other_member.email].body
    assert mail[member.email].subject == "[Korea–UK Match] You are introduced to Seoul Example Co"


def test_a_korean_recipient_reads_the_anonymous_requester_in_korean_whoever_forwards(
    committed, mailoutbox, introduction, staff_user, other_member, sector
):
    introduction.requester_organisation.sectors.set([sector])
    language_preference_set(user=other_member, language="ko")
    with translation.override("en"):
        committed(
            introduction_transition, request=introduction, to_state="forwarded", actor=staff_user
        )
    assert "영국의 " in mailoutbox[0].body and "SME in United Kingdom" not in mailoutbox[0].body


@pytest.mark.parametrize(
    "staff_language, text, link",
    [
        (None, "Preferred language:", "https://match.example.org/staff/introductions/"),
        ("ko", "선호 언어: ", "https://match.example.org/ko/staff/introductions/"),
    ],
)
def test_staff_read_a_request_made_on_a_korean_page_in_their_own_language_and_link(
    committed, mailoutbox, organisation, other_organisation, member, staff_user, settings,
    staff_language, text, link,
):  # fmt: skip
    settings.SITE_URL = "https://match.example.org/"
    if staff_language:
        language_preference_set(user=staff_user, language=staff_language)
    with translation.override("ko"):  # the member asked from /ko/...
        committed(
            introduction_request, requester_organisation=organisation,
            requested_organisation=other_organisation, requested_by=member,
            message="A pilot.", seeking="A testbed.",
        )  # fmt: skip
    [message] = mailoutbox
    assert text in message.body and f"{link}\n" in message.body
