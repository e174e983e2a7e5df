import pytest
from django.urls import reverse

from introductions.models import IntroductionRequest

FORM = {
    "message": "A pilot in Busan port.",
    "seeking": "A 5G testbed.",
    "seen_state": "more_information_needed",
}


def resubmit(client, introduction, **data):
    url = reverse("introductions:resubmit", args=[introduction.pk])
    return client.post(url, {**FORM, **data})


@pytest.mark.parametrize(
    "role, status",
    [("anonymous", 302), ("other_member", 404), ("outsider", 404), ("staff", 403)],
)
def test_only_the_requester_may_resubmit(
    introduction_login_as, questioned_introduction, role, status
):
    assert resubmit(introduction_login_as(role), questioned_introduction).status_code == status
    assert IntroductionRequest.objects.get().message == "A joint pilot of port digital twins."


def test_the_requester_rewords_and_sends_it_back_to_staff(login_as, questioned_introduction):
    response = resubmit(login_as("member"), questioned_introduction)
    request = IntroductionRequest.objects.get()
    assert response.status_code == 302
    assert (request.state, request.message, request.seeking) == (
        "requested",
        FORM["message"],
        FORM["seeking"],
    )


def test_the_page_shows_staffs_question_and_the_form(login_as, questioned_introduction):
    response = login_as("member").get(
        reverse("introductions:detail", args=[questioned_introduction.pk])
    )
    assert "Which port?" in response.text
    assert response.context["resubmit_form"].initial["seen_state"] == "more_information_needed"


def test_an_empty_answer_is_refused_and_changes_nothing(login_as, questioned_introduction):
    response = resubmit(
        login_as("member"), questioned_introduction, message=" ", seeking="Only this."
    )
    assert response.status_code == 400 and "Only this." in response.text
    assert IntroductionRequest.objects.get().state == "more_information_needed"


def test_a_second_resubmission_is_refused_and_keeps_what_was_typed(
    login_as, questioned_introduction
):
    client = login_as("member")
    resubmit(client, questioned_introduction)
    response = resubmit(client, questioned_introduction, message="A second go.")
    assert "already acted" in response.text and "A second go." in response.text
    assert IntroductionRequest.objects.get().message == "A pilot in Busan port."
