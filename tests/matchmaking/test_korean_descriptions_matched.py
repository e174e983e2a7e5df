"""A profile or opportunity written only in Korean is matched by its Korean text."""

from matchmaking.selectors import organisations_for_opportunity, partners_for_organisation
from tests.factories import OpportunityFactory, OrganisationFactory


def korean_profile(sector, description_ko, description=""):
    return OrganisationFactory(
        country="KR", sectors=[sector], description=description, description_ko=description_ko
    )


def points_of(suggestions, organisation):
    return next(s.points for s in suggestions if s.target == organisation)


def test_a_korean_only_profile_meets_an_english_one_by_its_description(sector):
    english = OrganisationFactory(
        country="GB", sectors=[sector], description="Computer vision for smart city cameras."
    )
    korean = korean_profile(sector, "스마트 시티 카메라를 위한 컴퓨터 비전 기업입니다.")
    unrelated = korean_profile(sector, "식품 포장 재료를 만듭니다.")
    suggestions = partners_for_organisation(organisation=english)
    assert points_of(suggestions, korean)["text"] > 0
    assert points_of(suggestions, unrelated).get("text", 0) == 0
    assert suggestions[0].target == korean


def test_a_korean_only_opportunity_finds_the_korean_profile_saying_the_same(sector):
    call = OpportunityFactory(sectors=[sector], summary="", summary_ko="수소 연료전지 실증 과제")
    korean_profile(sector, "식품 포장 재료를 만듭니다.")  # first, so a tie would rank it higher
    hydrogen = korean_profile(sector, "수소 연료전지를 개발하는 연구소")
    [first, second] = organisations_for_opportunity(opportunity=call)
    assert first.target == hydrogen
    assert first.points["text"] > second.points.get("text", 0) == 0


def test_a_bilingual_profile_is_matched_by_its_english(sector):
    english = OrganisationFactory(country="GB", sectors=[sector], description="Open RAN radios.")
    bilingual = korean_profile(sector, "오픈랜 무선", description="Open RAN radios.")
    twin = OrganisationFactory(country="KR", sectors=[sector], description="Open RAN radios.")
    suggestions = partners_for_organisation(organisation=english)
    assert points_of(suggestions, bilingual)["text"] == points_of(suggestions, twin)["text"]
