"""A rendered list is kept per process (matchmaking.suggestion_cards): whatever changes in
what the markup is made from gives a new list, never a kept one."""

import pytest
from django.utils import translation

from matchmaking import suggestion_cards
from matchmaking.suggestion_cards import suggestion_cards_html
from tests.matchmaking.test_suggestion_cards_tag import FakeSuggestion


def cards(suggestions, kind="partner", **options):
    return str(suggestion_cards_html(suggestions=suggestions, kind=kind, **options))


@pytest.fixture
def partner(korean_university):
    return FakeSuggestion(target=korean_university, score=40, points={"sectors": 5.0})


class Recorder:
    """Stands for an object and notes every attribute the markup reads from it."""

    def __init__(self, real, read: set):
        self.__dict__["_real"], self.__dict__["_read"] = real, read

    def __getattr__(self, name):
        self._read.add(name)
        return getattr(self._real, name)


@pytest.mark.parametrize("kind", ["partner", "opportunity", "candidate"])
def test_every_target_field_the_markup_reads_is_in_the_key(
    kind, korean_university, digital_twin_challenge, organisation
):
    real = digital_twin_challenge if kind == "opportunity" else korean_university
    read = set()
    # Its class has the model's _meta, as choice labels are looked up by the target's class.
    target = type("Recording", (Recorder,), {"_meta": real._meta})(real, read)
    suggestion_cards._suggestion_cards_html(
        suggestions=[FakeSuggestion(target=target, score=50, reasons=["Both"])],
        kind=kind, for_organisation=organisation, csrf_token="token",
    )  # fmt: skip
    assert read - {"country"} <= set(suggestion_cards._TARGET_READS[kind])


def test_an_edit_to_the_target_shows_at_once(partner, organisation):
    before = cards([partner], for_organisation=organisation)
    partner.target.name = "Hanbit Institute"
    after = cards([partner], for_organisation=organisation)
    assert "Hanbit University" in before and "Hanbit Institute" in after


def test_new_scores_points_and_reasons_show_at_once(partner):
    cards([partner])
    partner.score, partner.points, partner.reasons = 81, {"sectors": 9.0}, ["Both work in AI"]
    after = cards([partner])
    assert ">81<" in after and "9.0 of" in after and "Both work in AI" in after


def test_the_same_list_in_another_language_is_in_that_language(partner):
    cards([partner])
    with translation.override("ko"):
        korean = cards([partner])
    assert "Shared sectors" not in korean and 'lang="ko">한빛대학교' in korean


def test_an_introduction_asked_for_since_shows_at_once(partner, organisation):
    cards([partner], for_organisation=organisation)
    after = cards(
        [partner], for_organisation=organisation, open_introductions={partner.target.pk: 77}
    )
    assert "/introductions/77/" in after and "Introduction requested" in after


def test_each_request_gets_its_own_csrf_token_and_page_to_come_back_to(partner, organisation):
    first = cards([partner], for_organisation=organisation, csrf_token="first", next_path="/a/")
    second = cards([partner], for_organisation=organisation, csrf_token="second", next_path="/b/")
    assert 'value="first"' in first and 'value="/a/#suggestion-partner-list"' in first
    assert (
        'value="second"' in second
        and 'value="/b/#suggestion-partner-list"' in second
        and "first" not in second
    )


def test_a_kept_list_is_the_same_markup_as_a_new_one(partner, organisation):
    options = {"for_organisation": organisation, "csrf_token": "token", "next_path": "/a/"}
    suggestion_cards.forget_kept_cards()
    new = cards([partner], **options)
    assert (
        cards([partner], **options)
        == new
        == str(
            suggestion_cards._suggestion_cards_html(
                suggestions=[partner], kind="partner", **options
            )
        )
    )
