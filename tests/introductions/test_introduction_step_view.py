import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from introductions.models import IntroductionRequest


def post_step(client, introduction, **data):
    url = reverse("introductions:step", args=[introduction.pk])
    return client.post(url, {"seen_state": "forwarded", "to_state": "introduced", **data})


def state() -> str:
    return IntroductionRequest.objects.get().state


@pytest.mark.parametrize(
    "role, status",
    [("anonymous", 302), ("member", 403), ("outsider", 404), ("staff", 403)],
)
def test_only_the_recipient_may_accept(introduction_login_as, forwarded_introduction, role, status):
    response = post_step(introduction_login_as(role), forwarded_introduction)
    assert response.status_code == status and state() == "forwarded"


def test_anonymous_visitors_are_sent_to_sign_in(client, forwarded_introduction):
    assert reverse("account_login") in post_step(client, forwarded_introduction)["Location"]


def test_the_recipient_accepts(login_as, forwarded_introduction, other_member):
    response = post_step(login_as("other_member"), forwarded_introduction)
    assert response.status_code == 302 and state() == "introduced"
    assert forwarded_introduction.events.last().actor == other_member


def test_the_recipient_declines_with_a_reason(login_as, forwarded_introduction):
    post_step(
        login_as("other_member"), forwarded_introduction,
        to_state="declined_by_recipient", note="Not our field.",
    )  # fmt: skip
    assert state() == "declined_by_recipient"
    assert forwarded_introduction.events.last().note == "Not our field."


def test_a_step_someone_else_took_first_is_refused_and_the_note_kept(
    login_as, accepted_introduction
):
    response = post_step(
        login_as("other_member"), accepted_introduction,
        to_state="declined_by_recipient", note="Typed before a colleague accepted.",
    )  # fmt: skip
    assert response.status_code == 400 and "already acted" in response.text
    assert "Typed before a colleague accepted." in response.text and state() == "introduced"


def test_staff_declining_without_a_reason_is_refused_and_shown(login_as, introduction):
    response = post_step(
        login_as("staff"), introduction, seen_state="requested", to_state="declined"
    )
    assert "Give a reason" in response.text and state() == "requested"


def test_a_missing_reason_is_shown_by_the_note_box_not_at_the_top(login_as, introduction):
    response = post_step(
        login_as("staff"), introduction, seen_state="requested", to_state="declined"
    )
    assert response.status_code == 400 and not response.context["error"]
    assert '<ul class="field__errors" id="step-note_error"><li>Give a reason' in response.text


def test_either_side_records_the_outcome(login_as, accepted_introduction):
    client = login_as("member")
    post_step(client, accepted_introduction, seen_state="introduced", to_state="meeting_held")
    assert state() == "meeting_held"


def test_a_tampered_step_is_refused(login_as, forwarded_introduction):
    response = post_step(login_as("other_member"), forwarded_introduction, to_state="everything")
    assert response.status_code == 400 and state() == "forwarded"


def _flash(response) -> str:
    [message] = list(get_messages(response.wsgi_request))
    return str(message)


def test_accepting_says_whom_the_member_is_now_introduced_to(login_as, forwarded_introduction):
    response = post_step(login_as("other_member"), forwarded_introduction)
    assert _flash(response) == (
        "You accepted the introduction to Bayes Example Ltd. "
        "You now see each other’s contact details."
    )


def test_a_korean_member_reads_what_they_accepted_in_korean(login_as, forwarded_introduction):
    url = "/ko" + reverse("introductions:step", args=[forwarded_introduction.pk])
    response = login_as("other_member").post(
        url, {"seen_state": "forwarded", "to_state": "introduced"}
    )
    assert _flash(response).startswith("Bayes Example Ltd과(와)의 소개를 수락했습니다.")


def test_recording_a_meeting_says_with_whom(login_as, accepted_introduction):
    client = login_as("member")
    response = post_step(
        client, accepted_introduction, seen_state="introduced", to_state="meeting_held"
    )
    assert _flash(response) == "Noted: you have met Seoul Example Co."
