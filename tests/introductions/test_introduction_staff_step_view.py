import pytest
from django.urls import reverse

from introductions.models import IntroductionRequest


def step(client, introduction, **data):
    url = reverse("staff:introduction_step", args=[introduction.pk])
    return client.post(url, {"seen_state": "requested", **data}, follow=True)


@pytest.mark.parametrize("role, status", [("member", 403), ("other_member", 403)])
def test_only_staff_may_take_a_step(login_as, introduction, role, status):
    assert step(login_as(role), introduction, to_state="forwarded").status_code == status
    assert IntroductionRequest.objects.get().state == "requested"


def test_staff_forward_a_request(login_as, introduction, staff_user):
    step(login_as("staff"), introduction, to_state="forwarded")
    assert introduction.events.last().actor == staff_user
    assert IntroductionRequest.objects.get().state == "forwarded"


def test_declining_without_a_reason_is_refused_by_the_reason_box(login_as, introduction):
    response = step(login_as("staff"), introduction, to_state="declined", note="")
    assert response.status_code == 400 and not list(response.context["messages"])
    error = f'<ul class="field__errors" id="note-{introduction.pk}_error"><li>Give a reason'
    assert error in response.text
    assert f'aria-describedby="note-{introduction.pk}_error"' in response.text
    assert IntroductionRequest.objects.get().state == "requested"


def test_the_reason_box_is_a_field_under_its_label(login_as, introduction):
    text = login_as("staff").get(reverse("staff:introduction_queue")).text
    assert f'<div class="field">\n              <label for="note-{introduction.pk}">' in text


def test_a_decision_from_a_stale_page_is_refused(login_as, introduction):
    client = login_as("staff")
    step(client, introduction, to_state="forwarded")
    response = step(client, introduction, to_state="declined", note="Not a fit.")
    assert "already acted" in response.text
    assert IntroductionRequest.objects.get().state == "forwarded"


def test_the_success_message_names_both_sides_and_the_new_state(login_as, introduction):
    messages = list(step(login_as("staff"), introduction, to_state="forwarded").context["messages"])
    sides = f"{introduction.requester_organisation} → {introduction.requested_organisation}"
    assert str(messages[0]) == f"{sides}: Forwarded to the other organisation."


def test_korean_staff_are_told_by_the_korean_names(login_as, introduction):
    introduction.requester_organisation.name_ko = "베이즈 예시"
    introduction.requester_organisation.save()
    url = "/ko" + reverse("staff:introduction_step", args=[introduction.pk])
    response = login_as("staff").post(url, {"seen_state": "requested", "to_state": "forwarded"})
    messages = list(login_as("staff").get(response.url).context["messages"])
    assert str(messages[0]).startswith("베이즈 예시 → Seoul Example Co: ")
