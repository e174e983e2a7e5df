import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "status", "state"),
    [
        ("anonymous", 302, "pending"),
        ("member", 302, "revoked"),
        ("other_member", 404, "pending"),
        ("staff", 302, "revoked"),
    ],
)
def test_who_may_revoke(login_as, organisation, invitation, role, status, state):
    url = reverse("memberships:invitation_revoke", args=[organisation.pk, invitation.pk])
    assert login_as(role).post(url).status_code == status
    invitation.refresh_from_db()
    assert invitation.state() == state
