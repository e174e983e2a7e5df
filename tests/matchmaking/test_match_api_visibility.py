"""The match API shows an organisation or an opportunity to exactly those who can open its page."""

import pytest
from django.urls import reverse

from tests.factories import MembershipFactory, OpportunityFactory, OrganisationFactory

ROLES = ["anonymous", "member", "other_member", "staff"]


def _status_codes(client, page: str, api: str, pk: int) -> tuple[int, int]:
    return client.get(reverse(page, args=[pk])).status_code, client.get(
        reverse(api, args=[pk])
    ).status_code


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("status", ["draft", "published", "archived"])
def test_opportunity_api_agrees_with_its_page(login_as, role, status):
    opportunity = OpportunityFactory(status=status)
    page, api = _status_codes(
        login_as(role), "opportunities:detail", "api:opportunity-team", opportunity.pk
    )
    assert page == api


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("status", ["draft", "submitted", "published", "rejected"])
def test_organisation_api_agrees_with_its_page(login_as, organisation, role, status):
    organisation.status = status
    organisation.save(update_fields=["status"])
    page, api = _status_codes(
        login_as(role), "organisations:detail", "api:organisation-partners", organisation.pk
    )
    assert page == api


def test_draft_opportunity_is_hidden_from_all_but_staff(login_as):
    draft = OpportunityFactory(status="draft")
    url = reverse("api:opportunity-organisations", args=[draft.pk])
    assert [login_as(role).get(url).status_code for role in ROLES] == [404, 404, 404, 200]


def test_a_visitor_still_gets_404_for_a_draft_after_a_published_one(client, organisation):
    draft = OrganisationFactory(status="draft")
    assert (
        client.get(reverse("api:organisation-partners", args=[organisation.pk])).status_code == 200
    )
    assert client.get(reverse("api:organisation-partners", args=[draft.pk])).status_code == 404


def test_a_member_sees_partners_of_its_own_draft_after_a_visitor_was_refused(client, draft_member):
    user, draft = draft_member
    url = reverse("api:organisation-partners", args=[draft.pk])
    assert client.get(url).status_code == 404
    client.force_login(user)
    assert client.get(url).status_code == 200


@pytest.fixture
def draft_member(db):
    membership = MembershipFactory(organisation=OrganisationFactory(status="draft"))
    return membership.user, membership.organisation
