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


def test_the_cards_fields_are_read_without_a_query_per_card(
    uk_sme, uk_sme_member, korean_partner, fitting_opportunity, django_assert_num_queries
):
    partners, opportunities = selectors.dashboard_suggestions(
        organisation=uk_sme, user=uk_sme_member
    )
    with django_assert_num_queries(0):
        assert [(p.target.name, p.target.name_ko, p.target.city) for p in partners]
        assert [(o.target.title, o.target.deadline, o.target.is_open()) for o in opportunities]


def test_a_partners_edit_shows_on_the_next_call(uk_sme, uk_sme_member, korean_partner):
    korean_partner.name = "Renamed Partner"
    korean_partner.save()
    partners, _ = selectors.dashboard_suggestions(organisation=uk_sme, user=uk_sme_member)
    assert [p.target.name for p in partners] == ["Renamed Partner"]


def test_a_partner_unpublished_since_the_index_looked_is_left_out(
    uk_sme, uk_sme_member, korean_partner
):
    selectors.dashboard_suggestions(organisation=uk_sme, user=uk_sme_member)
    korean_partner.status = "submitted"
    korean_partner.save()
    partners, _ = selectors.dashboard_suggestions(organisation=uk_sme, user=uk_sme_member)
    assert partners == []
