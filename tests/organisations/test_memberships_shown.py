from organisations.selectors import memberships_of, memberships_shown
from tests.factories import MembershipFactory, OrganisationFactory


def test_gives_the_same_memberships_in_the_same_order_as_memberships_of(uk_sme_member):
    MembershipFactory(user=uk_sme_member, organisation=OrganisationFactory(name="Aardvark Ltd"))
    shown = memberships_shown(user_id=uk_sme_member.pk)
    expected = list(memberships_of(user=uk_sme_member))
    assert [(m.pk, m.role, m.organisation.pk) for m in shown] == [
        (m.pk, m.role, m.organisation.pk) for m in expected
    ]


def test_reads_what_the_dashboard_shows_without_another_query(
    uk_sme_member, django_assert_num_queries
):
    [membership] = memberships_shown(user_id=uk_sme_member.pk)
    with django_assert_num_queries(0):
        organisation = membership.organisation
        assert organisation.name and organisation.status and str(organisation.country)
        organisation.confirmation_due()
