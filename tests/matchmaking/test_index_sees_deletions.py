"""What is deleted leaves the index on the next request, whichever row it was: a deletion moves
no updated_at, and MAX(id) only when the newest row goes."""

from matchmaking.selectors import partners_for_organisation
from organisations.models import Project
from tests.factories import OrganisationFactory, ProjectFactory


def network_points(uk_sme, korean_partner) -> float:
    [suggestion] = [
        s for s in partners_for_organisation(organisation=uk_sme) if s.target == korean_partner
    ]
    return suggestion.points["network"]


def test_a_deleted_older_project_no_longer_ties_its_participants(uk_sme, korean_partner):
    together = ProjectFactory(participants=[uk_sme, korean_partner])
    ProjectFactory(participants=[OrganisationFactory(), OrganisationFactory()])
    assert network_points(uk_sme, korean_partner) > 0
    Project.objects.filter(pk=together.pk).delete()
    assert network_points(uk_sme, korean_partner) == 0


def test_a_project_and_an_organisation_deleted_together_both_leave(uk_sme, korean_partner):
    together = ProjectFactory(participants=[uk_sme, korean_partner])
    other = OrganisationFactory(country="KR", offers=list(korean_partner.offers.all()))
    ProjectFactory(participants=[OrganisationFactory(), OrganisationFactory()])
    assert other in [s.target for s in partners_for_organisation(organisation=uk_sme)]
    Project.objects.filter(pk=together.pk).delete()
    other.delete()
    targets = [s.target for s in partners_for_organisation(organisation=uk_sme)]
    assert other not in targets
    assert network_points(uk_sme, korean_partner) == 0
