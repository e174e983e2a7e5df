import pytest
from django.urls import reverse

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
