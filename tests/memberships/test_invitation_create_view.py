import pytest
from django.urls import reverse

from memberships.models import Invitation

pytestmark = pytest.mark.django_db


@pytest.fixture
def invite_url(organisation):
    return reverse("memberships:invitation_create", args=[organisation.pk])


@pytest.mark.parametrize(
    ("role", "status", "invited"),
    [("anonymous", 302, 0), ("member", 302, 1), ("other_member", 404, 0), ("staff", 302, 1)],
)
def test_who_may_invite(login_as, invite_url, role, status, invited):
    response = login_as(role).post(invite_url, {"email": "new@example.kr"})
    assert response.status_code == status
    assert Invitation.objects.count() == invited


def test_a_bad_address_is_shown_on_the_form(login_as, invite_url):
    response = login_as("member").post(invite_url, {"email": "nope"})
    assert response.status_code == 400
    assert not Invitation.objects.exists()


def test_a_duplicate_is_refused_by_the_field(login_as, invite_url, invitation):
    response = login_as("member").post(invite_url, {"email": invitation.email})
    assert b"already has an invitation waiting" in response.content


def test_the_waiting_limit_is_shown_by_the_field(login_as, invite_url, invitation, settings):
    settings.MEMBERSHIP_PENDING_INVITATIONS_LIMIT = 1
    response = login_as("member").post(invite_url, {"email": "next@example.kr"})
    assert b"1 invitation waiting, the most allowed" in response.content
    assert b'value="next@example.kr"' in response.content
    assert Invitation.objects.count() == 1
