import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import translation

from opportunities.models import Opportunity, OpportunityInterest
from opportunities.selectors import (
    opportunities_with_interest_counts,
    opportunity_interest_counts,
    opportunity_interests_of,
    organisations_looking_for_partners,
)
from opportunities.services import opportunity_interest_express, opportunity_interest_withdraw
from tests.factories import OpportunityFactory, OpportunityInterestFactory, OrganisationFactory


def express(user, organisation, opportunity, looking_for_partners=False):
    return opportunity_interest_express(
        user=user, organisation=organisation, opportunity=opportunity,
        looking_for_partners=looking_for_partners,
    )  # fmt: skip


def test_a_member_expresses_interest_for_their_organisation(member, organisation, open_call):
    interest = express(member, organisation, open_call, looking_for_partners=True)
    assert (interest.organisation, interest.opportunity) == (organisation, open_call)
    assert interest.looking_for_partners and interest.expressed_by == member


def test_expressing_again_updates_the_one_interest(member, organisation, open_call):
    express(member, organisation, open_call, looking_for_partners=True)
    express(member, organisation, open_call, looking_for_partners=False)
    assert OpportunityInterest.objects.get().looking_for_partners is False


def test_a_draft_organisation_may_express_interest(member, organisation, open_call):
    organisation.status = "draft"
    organisation.save()
    assert express(member, organisation, open_call).pk is not None


def test_only_members_speak_for_an_organisation(other_member, organisation, open_call):
    with pytest.raises(PermissionDenied, match="not a member of Bayes Example Ltd"):
        express(other_member, organisation, open_call)
    assert not OpportunityInterest.objects.exists()


@pytest.mark.parametrize(
    "changes", [{"status": "archived"}, {"status": "draft"}, {"deadline": "2000-01-01"}]
)
def test_closed_opportunities_take_no_interest(member, organisation, db, changes):
    opportunity = OpportunityFactory(opens_on=None, **changes)
    with pytest.raises(ValidationError, match="is closed"):
        express(member, organisation, Opportunity.objects.get(pk=opportunity.pk))
    assert not OpportunityInterest.objects.exists()


def test_withdraw_removes_the_interest(member, organisation, open_call):
    OpportunityInterestFactory(organisation=organisation, opportunity=open_call)
    opportunity_interest_withdraw(user=member, organisation=organisation, opportunity=open_call)
    assert not OpportunityInterest.objects.exists()


def test_withdrawing_without_interest_says_so(member, organisation, open_call):
    with pytest.raises(ValidationError, match="has not said it is interested"):
        opportunity_interest_withdraw(user=member, organisation=organisation, opportunity=open_call)


def test_only_members_withdraw(other_member, organisation, open_call):
    OpportunityInterestFactory(organisation=organisation, opportunity=open_call)
    with pytest.raises(PermissionDenied):
        opportunity_interest_withdraw(
            user=other_member, organisation=organisation, opportunity=open_call
        )
    assert OpportunityInterest.objects.count() == 1


def test_lists_published_organisations_looking_for_partners_only(open_call, partner_seeker):
    draft = OrganisationFactory(status="draft")
    OpportunityInterestFactory(opportunity=open_call, organisation=draft, looking_for_partners=True)
    OpportunityInterestFactory(opportunity=open_call)  # interested, not looking for partners
    OpportunityInterestFactory(looking_for_partners=True)  # another opportunity
    assert list(organisations_looking_for_partners(opportunity=open_call)) == [partner_seeker]


def test_interests_of_a_user_are_those_of_their_organisations(member, organisation, open_call):
    mine = OpportunityInterestFactory(organisation=organisation, opportunity=open_call)
    OpportunityInterestFactory(opportunity=open_call)
    assert list(opportunity_interests_of(user=member)) == [mine]
    assert list(opportunity_interests_of(user=member, opportunity=OpportunityFactory())) == []


def test_counts_interest_and_looking_for_partners(open_call, partner_seeker):
    OpportunityInterestFactory.create_batch(2, opportunity=open_call)
    expected = {"interested": 3, "looking_for_partners": 1}
    assert opportunity_interest_counts(opportunity=open_call) == expected
    counted = opportunities_with_interest_counts(queryset=Opportunity.objects.all()).get()
    assert (counted.interested_count, counted.looking_for_partners_count) == (3, 1)


def test_a_closed_call_is_refused_in_korean_by_its_korean_title(member, organisation, db):
    closed = OpportunityFactory(opens_on=None, status="archived", title_ko="스마트시티 공모")
    with translation.override("ko"), pytest.raises(ValidationError, match="“스마트시티 공모”은"):
        express(member, organisation, Opportunity.objects.get(pk=closed.pk))
