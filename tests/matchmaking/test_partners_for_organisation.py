import pytest
from django.utils import translation

from matchmaking.selectors import UnknownFilterValue, partners_for_organisation
from matchmaking.services import dismissal_create
from organisations.services import organisation_reject
from tests.factories import (
    CapabilityFactory,
    ConsortiumMembershipFactory,
    IntroductionRequestFactory,
    OrganisationFactory,
    ProjectFactory,
    UserFactory,
)


def partner_names(organisation, **options):
    return [s.target.name for s in partners_for_organisation(organisation=organisation, **options)]


def test_suggests_the_korean_partner_with_reasons(uk_sme, korean_partner):
    [suggestion] = partners_for_organisation(organisation=uk_sme)
    assert suggestion.target == korean_partner
    assert "They offer Open RAN, which you seek" in suggestion.reasons
    assert "You offer Computer vision, which they seek" in suggestion.reasons
    assert suggestion.score == pytest.approx(sum(suggestion.points.values()), abs=1e-5)


def test_default_is_cross_border_and_any_country_widens_it(uk_sme, korean_partner, open_ran):
    OrganisationFactory(name="Leeds Radio", country="GB", offers=[open_ran])
    assert partner_names(uk_sme) == ["Busan Radio Co"]
    assert set(partner_names(uk_sme, countries=[])) == {"Busan Radio Co", "Leeds Radio"}


def test_never_suggests_itself_or_unpublished_profiles(uk_sme, korean_partner):
    organisation_reject(organisation=korean_partner, reason="Incomplete")
    assert partner_names(korean_partner, countries=[]) == ["Glasgow Vision Ltd"]
    assert partner_names(uk_sme) == []


def test_never_suggests_members_of_its_own_consortia(uk_sme, korean_partner, open_ran):
    consortium = OrganisationFactory(kind="consortium", country="KR", offers=[open_ran])
    ConsortiumMembershipFactory(consortium=consortium, member=korean_partner)
    fellow = OrganisationFactory(country="GB", offers=[korean_partner.seeks.get()])
    ConsortiumMembershipFactory(consortium=consortium, member=fellow)
    assert fellow.name not in partner_names(korean_partner, countries=[])
    assert consortium.name not in partner_names(korean_partner, countries=[])


def test_dismissed_partner_is_gone_for_that_user_only(uk_sme, korean_partner, member):
    dismissal_create(user=member, organisation=uk_sme, dismissed_organisation=korean_partner)
    assert partner_names(uk_sme, user=member) == []
    assert partner_names(uk_sme, user=UserFactory()) == ["Busan Radio Co"]


def test_kind_and_sector_filters(uk_sme, korean_partner, sector):
    assert partner_names(uk_sme, kinds=["university"]) == []
    assert partner_names(uk_sme, sectors=[sector.slug]) == ["Busan Radio Co"]
    with pytest.raises(UnknownFilterValue):
        partners_for_organisation(organisation=uk_sme, sectors=["no-such-sector"])


def test_edited_profile_shows_in_the_next_request(uk_sme, korean_partner, computer_vision):
    assert partner_names(uk_sme) == ["Busan Radio Co"]
    newcomer = OrganisationFactory(name="Daejeon Labs", country="KR", seeks=[computer_vision])
    newcomer.save()  # its tags were set after its first save
    assert "Daejeon Labs" in partner_names(uk_sme)


def test_query_count_does_not_grow_with_results(uk_sme, korean_partner, open_ran, member,
                                                 django_assert_max_num_queries):  # fmt: skip
    for number in range(30):
        OrganisationFactory(name=f"Korean radio {number}", country="KR", offers=[open_ran])
    partners_for_organisation(organisation=uk_sme)  # builds the index
    with django_assert_max_num_queries(3):
        assert len(partners_for_organisation(organisation=uk_sme, user=member)) == 20


def test_newcomer_sharing_only_a_sector_gets_a_weak_suggestion_with_a_hint(sector, korean_partner):
    newcomer = OrganisationFactory(name="Fenmore Silicon", country="GB", sectors=[sector])
    [suggestion] = partners_for_organisation(organisation=newcomer)
    assert suggestion.target == korean_partner
    assert suggestion.strength == "weak"
    assert suggestion.hint == "Few signals in common: say what you seek."


def test_strong_suggestion_shows_only_the_factors_with_evidence(uk_sme, korean_partner):
    [suggestion] = partners_for_organisation(organisation=uk_sme)
    assert suggestion.strength == "strong" and suggestion.hint == ""
    assert suggestion.maxima["network"] == 0.0  # neither has past projects
    assert sum(suggestion.maxima.values()) == pytest.approx(100.0)


@pytest.fixture
def look_alike_and_other(sector, open_ran, computer_vision):
    """A second Open RAN radio maker in the same sector as Busan Radio Co, and one that also
    offers Open RAN but is otherwise unlike it (two more capabilities, no sector)."""
    look_alike = OrganisationFactory(
        name="Daegu Radio Co", country="KR", sectors=[sector], offers=[open_ran],
        seeks=[computer_vision],
    )  # fmt: skip
    other = OrganisationFactory(
        name="Incheon Vision Lab", country="KR", seeks=[computer_vision],
        offers=[open_ran, CapabilityFactory(sector=sector), CapabilityFactory(sector=sector)],
    )  # fmt: skip
    return look_alike, other


def test_not_interested_moves_look_alikes_down_and_says_why(
    uk_sme, korean_partner, look_alike_and_other, member
):
    assert partner_names(uk_sme) == ["Busan Radio Co", "Daegu Radio Co", "Incheon Vision Lab"]
    dismissal_create(user=member, organisation=uk_sme, dismissed_organisation=korean_partner)
    suggestions = partners_for_organisation(organisation=uk_sme, user=member)
    assert [s.target.name for s in suggestions] == ["Incheon Vision Lab", "Daegu Radio Co"]
    assert (
        "Ranked lower: much like Busan Radio Co, which you marked not interested"
        in suggestions[1].reasons
    )


def test_the_one_turned_down_is_named_in_korean_for_a_korean_reader(
    uk_sme, korean_partner, look_alike_and_other, member
):
    korean_partner.name_ko = "부산라디오"
    korean_partner.save()
    dismissal_create(user=member, organisation=uk_sme, dismissed_organisation=korean_partner)
    with translation.override("ko"):
        suggestions = partners_for_organisation(organisation=uk_sme, user=member)
        reasons = [str(reason) for s in suggestions for reason in s.reasons]
    assert any("부산라디오" in reason for reason in reasons)


def test_common_past_partners_are_named_in_korean_for_a_korean_reader(uk_sme, korean_partner):
    partner = OrganisationFactory(name="Daejeon Institute", name_ko="대전연구원", country="KR")
    ProjectFactory(participants=[uk_sme, partner])
    ProjectFactory(participants=[korean_partner, partner])
    with translation.override("ko"):
        suggestions = partners_for_organisation(organisation=uk_sme)
        [reasons] = [list(map(str, s.reasons)) for s in suggestions if s.target == korean_partner]
    assert any("대전연구원" in reason for reason in reasons), reasons


def test_a_declined_introduction_moves_look_alikes_down(
    uk_sme, korean_partner, look_alike_and_other
):
    IntroductionRequestFactory(
        requester_organisation=uk_sme, requested_organisation=korean_partner,
        state="declined_by_recipient",
    )  # fmt: skip
    names = partner_names(uk_sme)
    assert names.index("Incheon Vision Lab") < names.index("Daegu Radio Co")
