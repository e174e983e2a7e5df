from dataclasses import dataclass, field

from django.template import engines
from django.test import RequestFactory
from django.utils import translation

from tests.factories import OrganisationFactory


@dataclass
class FakeSuggestion:
    """The shape of matchmaking.selectors' Suggestion that the template reads."""

    target: object
    score: float
    points: dict = field(default_factory=dict)
    reasons: list = field(default_factory=list)
    strength: str = "strong"
    hint: str = ""
    maxima: dict = field(default_factory=dict)


TEMPLATE = engines["django"].from_string(
    "{% load suggestion_tags %}{% suggestion_cards suggestions kind for_organisation %}"
)


def render(suggestions, kind: str, for_organisation=None) -> str:
    request = RequestFactory().get("/dashboard/")
    context = {"suggestions": suggestions, "kind": kind, "for_organisation": for_organisation}
    return TEMPLATE.render(context, request=request)


def test_shows_score_a_bar_per_factor_and_the_reasons(korean_university):
    suggestion = FakeSuggestion(
        target=korean_university,
        score=72.4,
        points={"complementarity": 35.0, "sectors": 2.5},
        reasons=["Offers digital twins, which you seek."],
    )
    html = render([suggestion], "partner")
    assert "Hanbit University" in html and "한빛대학교" in html and ">72<" in html
    assert "Complementary capabilities" in html and 'width="100"' in html and 'width="50"' in html
    assert html.count('class="factor-bar"') == 5
    assert "Offers digital twins, which you seek." in html


def test_opportunity_factors_are_out_of_their_own_maximum(digital_twin_challenge):
    suggestion = FakeSuggestion(target=digital_twin_challenge, score=60, points={"sectors": 5.0})
    html = render([suggestion], "opportunity")
    assert "Digital twin challenge" in html and "5.0 of 10" in html
    assert (
        html.count('class="factor-bar"') == 5
    )  # coverage, sectors, text, track record, past projects


def test_not_interested_posts_the_organisation_and_the_target(korean_university, organisation):
    html = render([FakeSuggestion(target=korean_university, score=50)], "partner", organisation)
    assert "Not interested" in html
    assert f'name="organisation" value="{organisation.pk}"' in html
    assert f'name="dismissed_organisation" value="{korean_university.pk}"' in html


def test_no_not_interested_button_without_the_members_organisation(korean_university):
    html = render([FakeSuggestion(target=korean_university, score=50)], "candidate")
    assert "Not interested" not in html


def test_candidates_for_an_opportunity_link_to_organisations_with_opportunity_factors(
    korean_university,
):
    suggestion = FakeSuggestion(target=korean_university, score=40, points={"coverage": 20.0})
    html = render([suggestion], "candidate")
    assert "Hanbit University" in html and "20.0 of 40" in html
    assert html.count('class="factor-bar"') == 5


def test_an_empty_list_says_so(db):
    assert "No suggestions yet." in render([], "partner")


def test_weak_suggestion_is_marked_with_its_hint_and_bars_of_its_evidence(korean_university):
    suggestion = FakeSuggestion(
        target=korean_university, score=12, points={"sectors": 12.0}, strength="weak",
        hint="Few signals in common: say what you seek.",
        maxima={"complementarity": 0.0, "network": 0.0, "sectors": 50.0, "text": 50.0,
                "shared_capabilities": 0.0},
    )  # fmt: skip
    html = render([suggestion], "partner")
    assert "Weak match" in html and "Few signals in common: say what you seek." in html
    assert "12.0 of 50" in html and html.count("not counted: no evidence on one side") == 3


def test_a_korean_reader_sees_the_korean_title_and_an_english_one_is_labelled(
    digital_twin_challenge,
):
    digital_twin_challenge.title_ko = "디지털 트윈 챌린지"
    with translation.override("ko"):
        html = render([FakeSuggestion(target=digital_twin_challenge, score=60)], "opportunity")
    assert 'lang="ko">디지털 트윈 챌린지</a>' in html and "badge--language" not in html
    digital_twin_challenge.title_ko = ""
    with translation.override("ko"):
        html = render([FakeSuggestion(target=digital_twin_challenge, score=60)], "opportunity")
    assert 'lang="en">Digital twin challenge</a>' in html and "badge--language" in html


def test_a_korean_reader_sees_the_korean_name_first(korean_university):
    with translation.override("ko"):
        html = render([FakeSuggestion(target=korean_university, score=50)], "partner")
    assert 'lang="ko">한빛대학교</a>' in html
    assert '<span class="card__subtitle" lang="en">Hanbit University</span>' in html


def test_the_buttons_hidden_words_name_the_target_as_its_heading_does(
    korean_university, organisation, digital_twin_challenge
):
    digital_twin_challenge.title_ko = "디지털 트윈 챌린지"
    with translation.override("ko"):
        partner = render(
            [FakeSuggestion(target=korean_university, score=50)], "partner", organisation
        )
        call = render(
            [FakeSuggestion(target=digital_twin_challenge, score=50)], "opportunity", organisation
        )
    assert partner.count("한빛대학교") == 3 and "Hanbit University</span></a>" not in partner
    assert call.count("디지털 트윈 챌린지") == 2 and "Digital twin" not in call


def test_names_reasons_and_hints_are_escaped(organisation):
    odd = OrganisationFactory(name='R&D <"Lab">', city="Leeds & York")
    suggestion = FakeSuggestion(
        target=odd, score=30, reasons=["Both <b>"], strength="weak", hint="Add <i>"
    )
    html = render([suggestion], "partner", organisation)
    assert "R&amp;D &lt;&quot;Lab&quot;&gt;" in html and "Leeds &amp; York" in html
    assert "<li>Both &lt;b&gt;</li>" in html and "Add &lt;i&gt;" in html and "<b>" not in html


def test_the_words_kept_per_language_follow_the_reader_language(korean_university, organisation):
    suggestion = FakeSuggestion(target=korean_university, score=40, points={"sectors": 5.0})
    english = render([suggestion], "partner", organisation)
    with translation.override("ko"):
        korean = render([suggestion], "partner", organisation)
    again = render([suggestion], "partner", organisation)
    assert "Shared sectors" in english and "Shared sectors" not in korean
    assert "/ko/" in korean and "/ko/" not in english and "/ko/" not in again


def test_the_csrf_token_is_the_request_own(korean_university, organisation):
    suggestion = FakeSuggestion(target=korean_university, score=40)
    first = TEMPLATE.render(
        {"suggestions": [suggestion], "kind": "partner", "for_organisation": organisation,
         "csrf_token": "first-token"}
    )  # fmt: skip
    second = TEMPLATE.render(
        {"suggestions": [suggestion], "kind": "partner", "for_organisation": organisation,
         "csrf_token": "second-token"}
    )  # fmt: skip
    assert 'value="first-token"' in first and 'value="second-token"' in second


def test_a_korean_reader_sees_the_korean_city_after_the_country(korean_university):
    korean_university.city_ko = "대전"
    with translation.override("ko"):
        html = render([FakeSuggestion(target=korean_university, score=50)], "partner")
    assert "대한민국 대전" in html and "Daejeon" not in html


def test_an_english_reader_sees_the_english_city_before_the_country(korean_university):
    korean_university.city_ko = "대전"
    html = render([FakeSuggestion(target=korean_university, score=50)], "partner")
    assert "Daejeon, South Korea" in html and "대전" not in html


def test_a_korean_reader_sees_the_english_city_when_there_is_no_korean_one(korean_university):
    with translation.override("ko"):
        html = render([FakeSuggestion(target=korean_university, score=50)], "partner")
    assert "대한민국 Daejeon" in html


def test_full_points_of_a_fractional_maximum_never_read_as_more_than_it(korean_university):
    maxima = {"complementarity": 0.0, "network": 0.0, "sectors": 13.3333, "text": 25.0}
    suggestion = FakeSuggestion(
        target=korean_university, score=13, points={"sectors": 13.3333}, maxima=maxima
    )
    html = render([suggestion], "partner")
    assert "13.3 of 13.3" in html and "0.0 of 25<" in html


def test_not_interested_comes_back_to_the_next_card_or_the_previous_after_the_last(
    organisation, db
):
    first, second = OrganisationFactory(), OrganisationFactory()
    html = render([FakeSuggestion(first, 50), FakeSuggestion(second, 40)], "partner", organisation)
    assert f'value="/dashboard/#suggestion-partner-{second.pk}"' in html
    assert f'value="/dashboard/#suggestion-partner-{first.pk}"' in html
    assert f'id="suggestion-partner-{second.pk}" tabindex="-1"' in html
