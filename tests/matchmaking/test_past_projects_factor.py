"""The past-projects factor: how close an organisation's most similar past project is to an
opportunity's text."""

import pytest
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from matchmaking.engine import formula
from matchmaking.engine.formula import OpportunityFeatures, OrganisationFeatures
from matchmaking.reasons import reason_texts

CORPUS = formula.Corpus(sector_weights={1: 1.0}, partner_strengths={}, max_project_count=10)
CALL_TEXT = {1: 0.6, 2: 0.8}
NAMES = formula.Names(capabilities={}, sectors={}, projects={7: "AQUA", 8: "SMART-CITY 5G"})


def organisation(*, project_texts=(), project_count=None, **extra):
    return OrganisationFeatures(
        id=1, country="GB", kind="sme", founded_year=2015, sectors=frozenset({1}),
        offers=frozenset(), seeks=frozenset(), text={1: 1.0},
        project_count=len(project_texts) if project_count is None else project_count,
        project_texts=tuple(project_texts), project_ids=tuple(range(7, 7 + len(project_texts))),
        **extra,
    )  # fmt: skip


def call(text=CALL_TEXT):
    return OpportunityFeatures(
        id=1, is_published=True, deadline=None, sectors=frozenset({1}), required=frozenset(),
        text=text,
    )  # fmt: skip


project_texts = st.lists(
    st.dictionaries(st.integers(1, 3), st.floats(0.05, 1.0), min_size=1, max_size=3).map(
        lambda vector: {
            t: w / sum(v * v for v in vector.values()) ** 0.5 for t, w in vector.items()
        }
    ),
    max_size=4,
)


def test_the_best_matching_past_projects_decide_not_the_whole_profile():
    close, far = {1: 0.6, 2: 0.8}, {3: 1.0}
    one_close = organisation(project_texts=[far, far, far, close])
    many_close = organisation(project_texts=[far, *[close] * formula.PAST_PROJECTS_COUNTED])
    assert formula.opportunity_factors(one_close, call(), CORPUS)["past_projects"] == (
        pytest.approx((1 / formula.PAST_PROJECTS_COUNTED) ** formula.PAST_PROJECT_POWER)
    )
    assert formula.opportunity_factors(many_close, call(), CORPUS)["past_projects"] == (
        pytest.approx(1.0)
    )


@settings(max_examples=200, deadline=None)
@given(project_texts)
def test_the_factor_stays_between_0_and_1(texts):
    assert (
        0.0
        <= formula.opportunity_factors(organisation(project_texts=texts), call(), CORPUS)[
            "past_projects"
        ]
        <= 1.0 + 1e-9
    )


@settings(max_examples=200, deadline=None)
@given(project_texts)
def test_a_closer_past_project_never_lowers_the_score(texts):
    """With the same evidence (some past project with a description on both sides)."""
    far = {3: 1.0}
    before = organisation(project_texts=[far, *texts], project_count=5)
    closer = organisation(project_texts=[far, *texts, CALL_TEXT], project_count=5)
    assert formula.opportunity_score(closer, call(), CORPUS) >= formula.opportunity_score(
        before, call(), CORPUS
    )


def test_without_project_texts_or_a_call_text_the_factor_does_not_apply():
    with_texts = formula.evidence_bits(organisation(project_texts=[{1: 1.0}]))
    without = formula.evidence_bits(organisation(project_count=3))
    with_call = formula.opportunity_evidence_bits(call())
    assert formula.opportunity_evidence(with_texts, with_call)["past_projects"]
    assert not formula.opportunity_evidence(without, with_call)["past_projects"]
    assert not formula.opportunity_evidence(with_texts, 0)["past_projects"]


def test_a_newcomer_is_not_capped_by_the_factor():
    newcomer = OrganisationFeatures(
        id=2, country="GB", kind="sme", founded_year=2020, sectors=frozenset({1}),
        offers=frozenset({5}), seeks=frozenset(), text=CALL_TEXT,
    )  # fmt: skip
    opportunity = OpportunityFeatures(
        id=1, is_published=True, deadline=None, sectors=frozenset({1}), required=frozenset({5}),
        text=CALL_TEXT,
    )  # fmt: skip
    assert formula.opportunity_score(newcomer, opportunity, CORPUS) == pytest.approx(100.0)


def test_the_reason_names_the_similar_past_project():
    reasons = formula.opportunity_reasons(
        organisation(project_texts=[{3: 1.0}, CALL_TEXT]), call(), CORPUS, NAMES
    )
    texts = [str(text) for text in reason_texts(reasons, NAMES)]
    assert "Took part in a similar past project: SMART-CITY 5G" in texts


# Cosine 0.15 with CALL_TEXT: between RELATED_PROJECT_COSINE and SIMILAR_PROJECT_COSINE.
LOOSELY_RELATED = {1: 0.25, 3: (1 - 0.25**2) ** 0.5}


def test_a_past_project_on_related_topics_is_named_as_such():
    reasons = formula.opportunity_reasons(
        organisation(project_texts=[{3: 1.0}, LOOSELY_RELATED]), call(), CORPUS, NAMES
    )
    texts = [str(text) for text in reason_texts(reasons, NAMES)]
    assert "Took part in a past project on related topics: SMART-CITY 5G" in texts


def test_a_past_project_on_related_topics_is_named_in_korean():
    reasons = formula.opportunity_reasons(
        organisation(project_texts=[LOOSELY_RELATED]), call(), CORPUS, NAMES
    )
    with translation.override("ko"):
        texts = [str(text) for text in reason_texts(reasons, NAMES)]
    assert "관련 분야의 과거 프로젝트에 참여했습니다: AQUA" in texts


def test_a_past_project_sharing_barely_a_word_is_not_named():
    barely = {1: 0.05, 3: (1 - 0.05**2) ** 0.5}
    reasons = formula.opportunity_reasons(
        organisation(project_texts=[barely]), call(), CORPUS, NAMES
    )
    assert not any("past_project" in reason.code for reason in reasons)


def test_coarser_signals_weigh_less_only_where_past_projects_apply():
    applies = {"coverage": True, "sectors": True, "text": True, "track_record": True}
    weights = formula.OPPORTUNITY_WEIGHTS
    newcomer = formula.opportunity_evidence_weights(weights, {**applies, "past_projects": False})
    known = formula.opportunity_evidence_weights(weights, {**applies, "past_projects": True})
    assert known["text"] / known["coverage"] == pytest.approx(
        formula.PAST_PROJECT_OTHERS_SHARE * newcomer["text"] / newcomer["coverage"]
    )
