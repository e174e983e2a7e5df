import pytest
from django.urls import reverse

from introductions.models import IntroductionMessage


def post_message(client, introduction, body="Shall we meet in Busan?"):
    return client.post(reverse("introductions:message", args=[introduction.pk]), {"body": body})


@pytest.mark.parametrize(
    "role, status",
    [("anonymous", 302), ("member", 302), ("other_member", 302), ("outsider", 404), ("staff", 403)],
)
def test_permission_matrix(introduction_login_as, accepted_introduction, role, status):
    response = post_message(introduction_login_as(role), accepted_introduction)
    assert response.status_code == status
    assert IntroductionMessage.objects.exists() == (role in ("member", "other_member"))


@pytest.mark.parametrize("role, status", [("member", 400), ("other_member", 400)])
def test_no_message_before_acceptance(introduction_login_as, forwarded_introduction, role, status):
    response = post_message(introduction_login_as(role), forwarded_introduction)
    assert response.status_code == status and "once the introduction is accepted" in response.text
    assert not IntroductionMessage.objects.exists()


def test_the_recipient_does_not_see_a_request_before_it_is_forwarded(login_as, introduction):
    assert post_message(login_as("other_member"), introduction).status_code == 404


def test_an_empty_message_is_refused_with_the_field_error(login_as, accepted_introduction):
    response = post_message(login_as("member"), accepted_introduction, body="")
    assert response.status_code == 400 and 'aria-invalid="true"' in response.text
    assert not IntroductionMessage.objects.exists()


def test_the_page_shows_the_thread_to_both_sides_and_staff(login_as, accepted_introduction):
    post_message(login_as("member"), accepted_introduction)
    for role in ("other_member", "staff"):
        page = login_as(role).get(reverse("introductions:detail", args=[accepted_introduction.pk]))
        assert "Shall we meet in Busan?" in page.text


def test_staff_read_but_get_no_form(login_as, accepted_introduction):
    page = login_as("staff").get(reverse("introductions:detail", args=[accepted_introduction.pk]))
    assert reverse("introductions:message", args=[accepted_introduction.pk]) not in page.text


def test_no_form_before_acceptance(login_as, forwarded_introduction):
    page = login_as("member").get(reverse("introductions:detail", args=[forwarded_introduction.pk]))
    assert reverse("introductions:message", args=[forwarded_introduction.pk]) not in page.text
