import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from memberships.models import MembershipClaim
from tests.factories import (
    IntroductionRequestFactory,
    OpportunityFactory,
    OrganisationFactory,
    UserFactory,
)

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


def test_the_deadline_passed_link_lists_exactly_what_it_counts(client, staff_user):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    OpportunityFactory(title="Passed", deadline=yesterday, opens_on=None)
    OpportunityFactory(title="Open")
    OpportunityFactory(title="Passed draft", status="draft", deadline=yesterday, opens_on=None)
    client.force_login(staff_user)
    response = client.get(URL)
    link = reverse("staff:opportunities") + "?status=published&deadline=passed"
    assert f'href="{link.replace("&", "&amp;")}"' in response.text
    listed = client.get(link).context["page"].object_list
    assert [o.title for o in listed] == ["Passed"]
    assert response.context["opportunity_counts"]["past_deadline"] == 1


def test_counts_introductions_and_join_requests_waiting_for_staff(
    client, staff_user, introduction, organisation
):
    IntroductionRequestFactory(state="forwarded")
    MembershipClaim.objects.create(organisation=organisation, user=UserFactory())
    MembershipClaim.objects.create(
        organisation=organisation, user=UserFactory(), status="rejected", reason="No."
    )
    client.force_login(staff_user)
    response = client.get(URL)
    assert (response.context["introductions_waiting"], response.context["claims_waiting"]) == (1, 1)
    assert f'href="{reverse("staff:introduction_queue")}"' in response.text
    assert f'href="{reverse("staff:claim_queue")}"' in response.text


@pytest.mark.parametrize("rows", [1, 10])
def test_the_queries_do_not_grow_with_what_waits(
    client, staff_user, organisation, django_assert_num_queries, rows
):
    IntroductionRequestFactory.create_batch(rows)
    OpportunityFactory.create_batch(rows, status="draft")
    for _ in range(rows):
        MembershipClaim.objects.create(organisation=organisation, user=UserFactory())
    client.force_login(staff_user)
    with django_assert_num_queries(9):
        client.get(URL)
