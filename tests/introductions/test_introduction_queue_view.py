import pytest
from django.urls import reverse
from django.utils import translation

URL = reverse("staff:introduction_queue")


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 200)]
)
def test_only_staff_see_the_queue(login_as, role, status):
    assert login_as(role).get(URL).status_code == status


def test_lists_requests_waiting_for_staff_only(login_as, introduction):
    response = login_as("staff").get(URL)
    assert list(response.context["page"].object_list) == [introduction]
    assert "A joint pilot of port digital twins." in response.text


def test_forwarded_requests_leave_the_queue(login_as, introduction):
    type(introduction).objects.filter(pk=introduction.pk).update(state="forwarded")
    assert list(login_as("staff").get(URL).context["page"].object_list) == []


def test_korean_staff_see_the_korean_names(login_as, introduction):
    introduction.requester_organisation.name_ko = "베이즈 예시"
    introduction.requester_organisation.save()
    client = login_as("staff")
    assert "Bayes Example Ltd → Seoul Example Co" in client.get(URL).text
    with translation.override("ko"):
        text = client.get(reverse("staff:introduction_queue")).text
    assert "베이즈 예시 → Seoul Example Co" in text


def test_korean_staff_see_who_asked_as_a_person_and_the_language_labelled(login_as, introduction):
    client = login_as("staff")
    with translation.override("ko"):
        text = client.get(reverse("staff:introduction_queue")).text
    assert "<dt>요청자</dt>" in text and "요청 기관" not in text
    assert ">선호 언어: " in text


def test_the_preferred_language_badge_is_labelled(login_as, introduction):
    text = login_as("staff").get(URL).text
    assert ">Preferred language: " in text
