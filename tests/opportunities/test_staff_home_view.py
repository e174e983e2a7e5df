import pytest
from django.urls import reverse

from tests.factories import OpportunityFactory, OrganisationFactory

URL = reverse("staff:home")


@pytest.mark.parametrize(
    "role, status", [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 200)]
)
def test_only_staff_see_the_staff_area(login_as, role, status):
    assert login_as(role).get(URL).status_code == status


def test_counts_what_waits(client, staff_user):
    OrganisationFactory.create_batch(2, status="submitted")
    OrganisationFactory(status="published", verified=False)
    OpportunityFactory.create_batch(3, status="draft")
    client.force_login(staff_user)
    response = client.get(URL)
    assert response.context["organisation_counts"] == {"submitted": 2, "unverified": 1}
    assert response.context["opportunity_counts"]["drafts"] == 3


def test_staff_need_not_be_superusers(client, staff_user):
    assert not staff_user.is_superuser
    client.force_login(staff_user)
    assert "Profiles submitted for review" in client.get(URL).text


def test_members_are_told_why_they_cannot_enter(client, member):
    client.force_login(member)
    response = client.get(URL)
    assert "These pages are for staff." in response.text
    assert 'class="site-header"' in response.text
