import datetime

from matchmaking.selectors import opportunities_for_organisation
from matchmaking.services import dismissal_create
from tests.factories import OpportunityFactory, OrganisationFactory


def titles(organisation, **options):
    return [
        s.target.title for s in opportunities_for_organisation(organisation=organisation, **options)
    ]


def test_suggests_open_opportunity_with_coverage_reason(korean_partner, open_call):
    [suggestion] = opportunities_for_organisation(organisation=korean_partner)
    assert suggestion.target == open_call
    assert suggestion.reasons[0] == "Covers 1 of the 2 required capabilities: Open RAN"


def test_closed_drafts_and_ineligible_opportunities_are_left_out(open_ran):
    uk_radio = OrganisationFactory(name="Leeds Radio", country="GB", offers=[open_ran])
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    OpportunityFactory(
        title="Closed", required_capabilities=[open_ran], opens_on=None, deadline=yesterday
    )
    OpportunityFactory(title="Draft", required_capabilities=[open_ran], status="draft")
    OpportunityFactory(
        title="Korea only", required_capabilities=[open_ran], eligible_countries=["KR"]
    )
    OpportunityFactory(
        title="Startups", required_capabilities=[open_ran], eligible_kinds=["startup"]
    )
    OpportunityFactory(title="Rolling", required_capabilities=[open_ran], deadline=None)
    assert titles(uk_radio) == ["Rolling"]


def test_dismissed_opportunity_is_gone(korean_partner, open_call, member):
    dismissal_create(user=member, organisation=korean_partner, dismissed_opportunity=open_call)
    assert titles(korean_partner, user=member) == []
