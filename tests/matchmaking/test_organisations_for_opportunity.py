import datetime

from matchmaking.selectors import organisations_for_opportunity
from tests.factories import OrganisationFactory, ProjectFactory


def names(opportunity, **options):
    return [
        s.target.name for s in organisations_for_opportunity(opportunity=opportunity, **options)
    ]


def test_best_covering_organisation_first(
    uk_sme, korean_partner, open_call, open_ran, computer_vision, sector
):
    both = OrganisationFactory(
        name="Does both", country="GB", sectors=[sector], offers=[open_ran, computer_vision]
    )
    suggestions = organisations_for_opportunity(opportunity=open_call)
    assert suggestions[0].target == both
    assert suggestions[0].reasons[0].startswith("Covers 2 of the 2 required capabilities")


def test_only_eligible_organisations(uk_sme, korean_partner, open_call):
    open_call.eligible_countries = ["KR"]
    open_call.save()
    assert names(open_call) == ["Busan Radio Co"]


def test_age_limit_excludes_old_and_unknown_founding_years(uk_sme, korean_partner, open_call):
    open_call.max_organisation_age_years = 5
    open_call.save()
    korean_partner.founded_year = datetime.date.today().year - 2
    korean_partner.save()
    assert names(open_call) == ["Busan Radio Co"]


def test_closed_opportunity_gets_no_suggestions(uk_sme, open_call):
    open_call.opens_on = None
    open_call.deadline = datetime.date.today() - datetime.timedelta(days=1)
    open_call.save()
    assert names(open_call) == []


def test_country_filter(uk_sme, korean_partner, open_call):
    assert names(open_call, countries=["GB"]) == ["Glasgow Vision Ltd"]


def test_a_similar_past_project_is_named_and_an_edit_to_it_shows_at_once(uk_sme, open_call):
    # Texts are weighed over the words that profiles use.
    OrganisationFactory(country="KR", description="Smart city testbed seaweed farming")
    project = ProjectFactory(
        title="SMARTBED", description="A smart city testbed", participants=[uk_sme]
    )
    reasons = organisations_for_opportunity(opportunity=open_call)[0].reasons
    assert "Took part in a similar past project: SMARTBED" in reasons
    project.description = "Seaweed farming"
    project.save()
    reasons = organisations_for_opportunity(opportunity=open_call)[0].reasons
    assert not any(reason.code == "similar_past_project" for reason in reasons)
