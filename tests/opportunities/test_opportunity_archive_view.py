import pytest
from django.urls import reverse


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 302)]
)
def test_only_staff_archive(login_as, digital_twin_challenge, role, status):
    url = reverse("staff:opportunity_archive", args=[digital_twin_challenge.pk])
    assert login_as(role).post(url).status_code == status
    digital_twin_challenge.refresh_from_db()
    assert (digital_twin_challenge.status == "archived") == (role == "staff")


def test_get_is_not_allowed(client, staff_user, digital_twin_challenge):
    client.force_login(staff_user)
    url = reverse("staff:opportunity_archive", args=[digital_twin_challenge.pk])
    assert client.get(url).status_code == 405
