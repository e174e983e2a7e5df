from matchmaking.selectors import partner_matches_among, partners_for_organisation
from tests.factories import OrganisationFactory


def test_the_candidates_get_the_partner_suggestions_scores(uk_sme, korean_partner):
    [suggestion] = partners_for_organisation(organisation=uk_sme)
    [match] = partner_matches_among(organisation_id=uk_sme.pk, candidate_ids=[korean_partner.pk])
    assert (match.id, match.score, match.reasons) == (
        korean_partner.pk,
        suggestion.score,
        suggestion.reasons,
    )


def test_only_the_candidates_are_scored(uk_sme, korean_partner, sector):
    other = OrganisationFactory(country="KR", sectors=[sector])
    matches = partner_matches_among(organisation_id=uk_sme.pk, candidate_ids=[other.pk])
    assert [match.id for match in matches] == [other.pk]


def test_what_is_sought_on_the_occasion_is_added(organisation, other_organisation, open_ran):
    other_organisation.offers.add(open_ran)
    [match] = partner_matches_among(
        organisation_id=organisation.pk,
        candidate_ids=[other_organisation.pk],
        also_seeks={organisation.pk: [open_ran.pk]},
    )
    assert "They offer Open RAN, which you seek" in match.reasons


def test_the_organisation_itself_is_not_a_candidate(uk_sme):
    assert partner_matches_among(organisation_id=uk_sme.pk, candidate_ids=[uk_sme.pk]) == []
