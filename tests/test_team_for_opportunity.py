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


def test_adds_the_other_side_even_when_one_side_covers_everything(
    open_call, open_ran, computer_vision, sector
):
    OrganisationFactory(name="UK all-rounder", country="GB", offers=[open_ran, computer_vision])
    OrganisationFactory(name="Korean sector peer", country="KR", sectors=[sector])
    team = team_for_opportunity(opportunity=open_call)
    assert [m.target.country for m in team.members] == ["GB", "KR"]


def test_consortium_counts_as_one_member(uk_sme, korean_partner, open_call, open_ran):
    consortium = OrganisationFactory(
        name="Busan bid", kind="consortium", country="KR", offers=[open_ran]
    )
    ConsortiumMembershipFactory(consortium=consortium, member=korean_partner)
    names = {m.target.name for m in team_for_opportunity(opportunity=open_call).members}
    assert not {"Busan bid", "Busan Radio Co"} <= names
