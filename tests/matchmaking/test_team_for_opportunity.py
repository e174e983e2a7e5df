from matchmaking.selectors import team_for_opportunity
from tests.factories import CapabilityFactory, ConsortiumMembershipFactory, OrganisationFactory


def test_team_covers_required_capabilities_across_the_border(uk_sme, korean_partner, open_call):
    team = team_for_opportunity(opportunity=open_call)
    assert {m.target.name for m in team.members} == {"Glasgow Vision Ltd", "Busan Radio Co"}
    assert team.uncovered == []


def test_names_capabilities_nobody_covers(uk_sme, korean_partner, open_call, sector):
    quantum = CapabilityFactory(slug="quantum-sensing", name="Quantum sensing", sector=sector)
    open_call.required_capabilities.add(quantum)
    open_call.save()
    assert team_for_opportunity(opportunity=open_call).uncovered == [quantum]


def test_a_member_adding_nothing_uncovered_is_not_added(
    open_call, open_ran, computer_vision, sector
):
    OrganisationFactory(name="UK all-rounder", country="GB", offers=[open_ran, computer_vision])
    OrganisationFactory(name="Korean peer", country="KR", sectors=[sector], offers=[open_ran])
    team = team_for_opportunity(opportunity=open_call)
    assert [m.target.name for m in team.members] == ["UK all-rounder"]


def test_never_suggests_the_opportunitys_own_hosts(
    uk_sme, korean_partner, open_call, open_ran, computer_vision, sector
):
    host = OrganisationFactory(
        name="Ministry", country="KR", sectors=[sector], offers=[open_ran, computer_vision]
    )  # covering everything, it would be the first pick
    open_call.hosts.add(host)
    names = {m.target.name for m in team_for_opportunity(opportunity=open_call).members}
    assert names == {"Glasgow Vision Ltd", "Busan Radio Co"}


def test_never_two_members_of_one_consortium(uk_sme, open_call, open_ran, sector):
    consortium = OrganisationFactory(name="Busan bid", kind="consortium", country="KR")
    radio = OrganisationFactory(
        name="Ulsan Radio", country="KR", sectors=[sector], offers=[open_ran]
    )
    ConsortiumMembershipFactory(consortium=consortium, member=uk_sme)
    ConsortiumMembershipFactory(consortium=consortium, member=radio)
    team = team_for_opportunity(opportunity=open_call)
    assert len(team.members) == 1 and len(team.uncovered) == 1


def test_the_reason_names_what_each_member_brings(uk_sme, korean_partner, open_call):
    team = team_for_opportunity(opportunity=open_call)
    reasons = {m.target.name: m.reasons[0] for m in team.members}
    assert reasons == {
        "Glasgow Vision Ltd": "Brings Computer vision, which no one else in the team covers",
        "Busan Radio Co": "Brings Open RAN, which no one else in the team covers",
    }


def test_consortium_counts_as_one_member(uk_sme, korean_partner, open_call, open_ran):
    consortium = OrganisationFactory(
        name="Busan bid", kind="consortium", country="KR", offers=[open_ran]
    )
    ConsortiumMembershipFactory(consortium=consortium, member=korean_partner)
    names = {m.target.name for m in team_for_opportunity(opportunity=open_call).members}
    assert not {"Busan bid", "Busan Radio Co"} <= names


def test_a_team_starts_from_the_given_organisation(
    uk_sme, korean_partner, open_call, partner_seeker
):
    team = team_for_opportunity(opportunity=open_call, starting_with=[partner_seeker])
    # Glasgow Vision also offers computer vision: with nothing left to cover, it is not added.
    assert [m.target.name for m in team.members] == ["Incheon Vision Lab", "Busan Radio Co"]
    assert team.uncovered == []


def test_the_start_counts_for_coverage(
    korean_partner, open_call, partner_seeker, computer_vision, sector
):
    OrganisationFactory(
        name="Daegu Vision", country="KR", sectors=[sector], offers=[computer_vision]
    )
    team = team_for_opportunity(opportunity=open_call, starting_with=[partner_seeker])
    names = [m.target.name for m in team.members]
    assert names == ["Incheon Vision Lab", "Busan Radio Co"]  # no second computer vision pick


def test_the_start_is_kept_whatever_its_score(korean_partner, open_call):
    outsider = OrganisationFactory(name="Unrelated Ltd", country="GB", description="")
    team = team_for_opportunity(opportunity=open_call, starting_with=[outsider])
    assert team.members[0].target == outsider and team.members[0].score < 5


def test_a_start_bringing_nothing_required_says_the_team_is_built_around_it(
    korean_partner, open_call
):
    outsider = OrganisationFactory(name="Unrelated Ltd", country="GB", description="")
    team = team_for_opportunity(opportunity=open_call, starting_with=[outsider])
    assert team.members[0].reasons[0] == "The team is built around it"


def test_an_unpublished_start_is_left_out(uk_sme, korean_partner, open_call, partner_seeker):
    partner_seeker.status = "draft"
    partner_seeker.save()
    team = team_for_opportunity(opportunity=open_call, starting_with=[partner_seeker])
    assert "Incheon Vision Lab" not in {m.target.name for m in team.members}


def test_starting_members_are_never_dropped_for_the_other_side(open_call, open_ran, sector):
    starts = OrganisationFactory.create_batch(5, country="KR", offers=[open_ran])
    OrganisationFactory(name="UK peer", country="GB", sectors=[sector])
    team = team_for_opportunity(opportunity=open_call, starting_with=starts)
    assert [m.target for m in team.members] == starts


def test_query_count_does_not_grow_with_the_start(
    open_call, open_ran, django_assert_max_num_queries
):
    starts = OrganisationFactory.create_batch(4, country="KR", offers=[open_ran])
    team_for_opportunity(opportunity=open_call)  # builds the process's matching index
    with django_assert_max_num_queries(4):  # capabilities, hosts, the members, the start
        team_for_opportunity(opportunity=open_call, starting_with=starts)


def test_never_suggests_a_consortium_the_host_belongs_to(
    uk_sme, korean_partner, open_call, open_ran, computer_vision, sector
):
    host = OrganisationFactory(name="Ministry", country="KR")
    bid = OrganisationFactory(
        name="Ministry bid", kind="consortium", country="KR", sectors=[sector],
        offers=[open_ran, computer_vision],
    )  # fmt: skip
    ConsortiumMembershipFactory(consortium=bid, member=host)
    open_call.hosts.add(host)
    names = {m.target.name for m in team_for_opportunity(opportunity=open_call).members}
    assert names == {"Glasgow Vision Ltd", "Busan Radio Co"}
