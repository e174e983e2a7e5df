import re

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from matchmaking.suggestion_cards import suggestion_cards_html
from tests.factories import OpportunityFactory, OrganisationFactory
from tests.matchmaking.test_suggestions_template import FakeSuggestion

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')


def _old_and_new(suggestions, kind, for_organisation=None, open_introductions=None):
    request = RequestFactory().get("/dashboard/?organisation=1&x=<b>")
    context = {
        "suggestions": suggestions, "kind": kind, "for_organisation": for_organisation,
        "open_introductions": open_introductions or {}, "empty_message": "",
    }  # fmt: skip
    old = render_to_string("matchmaking/_suggestions.html", context, request=request)
    new = suggestion_cards_html(
        suggestions=suggestions, kind=kind, for_organisation=for_organisation,
        open_introductions=open_introductions, next_path=request.get_full_path(),
        csrf_token="token",
    )  # fmt: skip
    return CSRF.sub("csrf", old), CSRF.sub("csrf", str(new))


@pytest.fixture
def varied(korean_university):
    """Partners and opportunities with every branch of a card: names to escape, a Korean
    twin or none, weak and strong, reasons or none, a hint, deadlines or none."""
    odd = OrganisationFactory(name='R&D <"Lab">', country="GB", city="Leeds & York")
    english_only = OpportunityFactory(title="Call & <response>", country="KR", deadline=None)
    korean = OpportunityFactory(title="Smart port", title_ko="스마트 항만", country="")
    return {
        "organisations": [
            FakeSuggestion(
                target=korean_university, score=72.5, points={"complementarity": 35.25},
                reasons=["Offers <digital> twins & more"],
            ),
            FakeSuggestion(
                target=odd, score=12.49, points={"sectors": 12.05}, strength="weak",
                hint="Say what you <seek>.", maxima={"sectors": 50.0, "text": 0.0},
            ),
        ],
        "opportunities": [
            FakeSuggestion(target=english_only, score=99.5, points={"coverage": 20.0}),
            FakeSuggestion(
                target=korean, score=0.4, points={"sectors": 5.0}, reasons=["Both <x>"],
                strength="weak", hint="Few signals.",
            ),
        ],
    }  # fmt: skip


@pytest.mark.parametrize("language", ["en", "ko"])
def test_partner_cards_match_the_old_template(varied, organisation, language):
    with translation.override(language):
        old, new = _old_and_new(
            varied["organisations"],
            "partner",
            organisation,
            {varied["organisations"][1].target.pk: 7},
        )
    assert new == old


@pytest.mark.parametrize("language", ["en", "ko"])
def test_opportunity_cards_match_the_old_template(varied, organisation, language):
    with translation.override(language):
        old, new = _old_and_new(varied["opportunities"], "opportunity", organisation)
    assert new == old


@pytest.mark.parametrize("language", ["en", "ko"])
def test_candidate_cards_match_the_old_template(varied, language):
    with translation.override(language):
        old, new = _old_and_new(varied["organisations"], "candidate")
    assert new == old


def test_an_empty_list_matches_the_old_template(db):
    old, new = _old_and_new([], "partner")
    assert new == old
