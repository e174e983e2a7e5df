import pytest

from matchmaking import selectors
from matchmaking.models import Dismissal
from tests.factories import OpportunityFactory


@pytest.fixture
def fitting_opportunity(sector, open_ran):
    return OpportunityFactory(sectors=[sector], required_capabilities=[open_ran])


def _ids(suggestions):
    return [suggestion.target.pk for suggestion in suggestions]


def test_one_call_gives_the_partners_and_the_opportunities(
    uk_sme, uk_sme_member, korean_partner, fitting_opportunity
):
    partners, opportunities = selectors.dashboard_suggestions(
        organisation=uk_sme, user=uk_sme_member
    )
    assert _ids(partners) == [korean_partner.pk]
    assert _ids(opportunities) == [fitting_opportunity.pk]


def test_the_users_dismissals_leave_out_a_partner_and_an_opportunity(
    uk_sme, uk_sme_member, korean_partner, fitting_opportunity
):
    Dismissal.objects.create(
        user=uk_sme_member, organisation=uk_sme, dismissed_organisation=korean_partner
    )
    Dismissal.objects.create(
        user=uk_sme_member, organisation=uk_sme, dismissed_opportunity=fitting_opportunity
    )
    partners, opportunities = selectors.dashboard_suggestions(
        organisation=uk_sme, user=uk_sme_member
    )
    assert (partners, opportunities) == ([], [])
