import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from matchmaking.engine import formula
from matchmaking.engine.formula import OpportunityFeatures, OrganisationFeatures
from matchmaking.reasons import name_list, reason_texts

CORPUS = formula.Corpus(sector_weights={1: 1.0, 2: 3.0}, partner_strengths={}, max_project_count=10)
NAMES = formula.Names(
    capabilities={1: "Open RAN", 2: "mmWave radio", 3: "Computer vision", 4: "Digital twins"},
    sectors={1: "Smart cities", 2: "Quantum"},
    organisations={9: "ETRI"},
)
TODAY = datetime.date(2026, 6, 1)


def words(reasons):
    """The engine's reason codes as the pages word them in English."""
    return reason_texts(reasons, NAMES)


def organisation(id, *, offers=(), seeks=(), sectors=(), country="GB", **extra):
    return OrganisationFeatures(
        id=id, country=country, kind=extra.pop("kind", "sme"),
        founded_year=extra.pop("founded_year", 2015), sectors=frozenset(sectors),
        offers=frozenset(offers), seeks=frozenset(seeks), **extra,
    )  # fmt: skip


def opportunity(**fields):
    defaults = {
        "id": 1,
        "is_published": True,
        "deadline": None,
        "sectors": frozenset(),
        "required": frozenset({1, 2, 3, 4}),
    }
    return OpportunityFeatures(**{**defaults, **fields})


def test_partner_score_is_symmetric():
    a = organisation(1, offers={1, 3}, seeks={2}, sectors={1}, text={5: 1.0})
    b = organisation(2, offers={2}, seeks={1, 4}, sectors={1, 2}, text={5: 0.6, 6: 0.8})
    assert formula.partner_score(a, b, CORPUS) == formula.partner_score(b, a, CORPUS) > 0


def test_pair_where_both_gain_ranks_above_pair_where_one_gains():
    seeker = organisation(1, offers={3}, seeks={1, 2})
    both_ways = organisation(2, offers={1}, seeks={3})
    one_way = organisation(3, offers={1, 2})
    assert formula.partner_score(seeker, both_ways, CORPUS) > formula.partner_score(
        seeker, one_way, CORPUS
    )


def test_reciprocal_gain_is_not_a_sum():
    assert formula.reciprocal_gain(0.5, 0.5) > formula.reciprocal_gain(1.0, 0.0) > 0


def test_rare_sector_counts_more_than_common_one():
    a = organisation(1, sectors={1, 2})
    shares_rare = organisation(2, sectors={2})
    shares_common = organisation(3, sectors={1})
    assert formula.partner_score(a, shares_rare, CORPUS) > formula.partner_score(
        a, shares_common, CORPUS
    )


def test_nothing_in_common_scores_zero_however_active():
    busy = organisation(1, offers={1}, project_count=10)
    other = organisation(2, offers={2}, project_count=10)
    assert formula.partner_score(busy, other, CORPUS) == 0


def test_past_partners_of_partners_raise_the_score():
    a = organisation(1, offers={1}, partners={9: 1})
    b_linked = organisation(2, offers={1}, partners={9: 2})
    b_alone = organisation(3, offers={1})
    assert formula.partner_score(a, b_linked, CORPUS) > formula.partner_score(a, b_alone, CORPUS)


def test_score_is_deterministic_and_within_bounds():
    a = organisation(
        1,
        offers={1, 2},
        seeks={3, 4},
        sectors={1, 2},
        text={1: 1.0},
        partners={2: 3},
        project_count=10,
    )
    b = organisation(
        2,
        offers={3, 4},
        seeks={1, 2},
        sectors={1, 2},
        text={1: 1.0},
        partners={1: 3},
        project_count=10,
    )
    scores = {formula.partner_score(a, b, CORPUS) for _ in range(3)}
    assert len(scores) == 1 and 0 < scores.pop() <= 100


def test_ties_are_broken_by_id():
    ranked = sorted(
        [(7, 50.0), (3, 50.0), (5, 60.0)], key=lambda p: formula.ranking_key(p[1], p[0])
    )
    assert [pk for pk, _ in ranked] == [5, 3, 7]


def test_partner_reasons_name_what_each_side_gives():
    a = organisation(1, offers={3}, seeks={1}, sectors={1}, partners={9: 1})
    b = organisation(2, offers={1, 3}, seeks={3}, sectors={1}, partners={9: 1})
    assert words(formula.partner_reasons(a, b, CORPUS, NAMES)) == (
        "They offer Open RAN, which you seek",
        "You offer Computer vision, which they seek",
        "Both work in Smart cities",
        "Both offer Computer vision",
        "They have worked with your past partners ETRI",
    )


def test_opportunity_reasons_count_the_required_capabilities():
    applicant = organisation(1, offers={1, 2, 3})
    reasons = words(formula.opportunity_reasons(applicant, opportunity(), CORPUS, NAMES))
    assert (
        reasons[0]
        == "Covers 3 of the 4 required capabilities: Computer vision, Open RAN and mmWave radio"
    )
    assert reasons[1] == "Would need a partner for Digital twins"


@pytest.mark.parametrize(
    ("fields", "applicant", "eligible"),
    [
        ({"eligible_countries": frozenset({"KR"})}, {"country": "GB"}, False),
        ({"eligible_countries": frozenset({"KR", "GB"})}, {"country": "GB"}, True),
        ({"eligible_kinds": frozenset({"startup"})}, {"kind": "sme"}, False),
        ({"max_organisation_age_years": 7}, {"founded_year": 2015}, False),
        ({"max_organisation_age_years": 7}, {"founded_year": 2022}, True),
        ({"max_organisation_age_years": 7}, {"founded_year": None}, False),
    ],
)
def test_eligibility_is_a_hard_filter(fields, applicant, eligible):
    assert (
        formula.is_eligible(organisation(1, **applicant), opportunity(**fields), today=TODAY)
        is eligible
    )


def test_opportunity_past_its_deadline_is_closed():
    assert not formula.is_open(
        opportunity(deadline=TODAY - datetime.timedelta(days=1)), today=TODAY
    )
    assert formula.is_open(opportunity(deadline=TODAY), today=TODAY)


def test_name_lists_read_naturally():
    assert name_list(["B", "A", "C"]) == "A, B and C"
    assert name_list(["E", "D", "C", "B", "A"]) == "A, B, C and 2 more"
    assert name_list(["Mobility", "5G and Open RAN"]) == "5G and Open RAN; Mobility"


def test_own_past_partner_ranks_above_a_partner_of_a_past_partner():
    a = organisation(1, partners={2: 1, 9: 1})
    own_partner = organisation(2, partners={1: 1})
    partners_partner = organisation(3, partners={9: 1})
    assert formula.partner_score(a, own_partner, CORPUS) > formula.partner_score(
        a, partners_partner, CORPUS
    )


def test_more_common_partners_keep_raising_the_tie():
    corpus = formula.Corpus(sector_weights={}, partner_strengths={}, max_project_count=10)
    a = organisation(1, partners=dict.fromkeys(range(10, 20), 1))
    three = organisation(2, partners=dict.fromkeys(range(10, 13), 1))
    ten = organisation(3, partners=dict.fromkeys(range(10, 20), 1))
    assert formula.network_tie(a, ten, corpus) - formula.network_tie(a, three, corpus) > 0.2


def test_a_common_partner_counts_in_inverse_proportion_to_its_ties():
    corpus = formula.Corpus(sector_weights={}, partner_strengths={8: 2, 9: 20}, max_project_count=1)
    a = organisation(1, partners={8: 1, 9: 1})
    via_selective, via_hub = organisation(2, partners={8: 1}), organisation(3, partners={9: 1})
    tie_selective = formula.network_tie(a, via_selective, corpus)
    assert tie_selective > formula.network_tie(a, via_hub, corpus) > 0
    assert tie_selective == pytest.approx(0.5 / (0.5 + formula.NETWORK_TIE_HALF))


def test_a_common_partner_met_in_more_projects_counts_more():
    corpus = formula.Corpus(sector_weights={}, partner_strengths={8: 6}, max_project_count=3)
    a = organisation(1, partners={8: 1})
    once, thrice = organisation(2, partners={8: 1}), organisation(3, partners={8: 3})
    assert formula.network_tie(a, thrice, corpus) > formula.network_tie(a, once, corpus) > 0


def test_the_busiest_organisation_gains_little_over_one_merely_active():
    corpus = formula.Corpus(sector_weights={}, partner_strengths={}, max_project_count=100)
    a = organisation(1, sectors={1}, project_count=5)
    active, busiest = (organisation(i, sectors={1}, project_count=n) for i, n in ((2, 5), (3, 100)))
    network = [formula.partner_factors(a, b, corpus)["network"] for b in (active, busiest)]
    assert network[0] < network[1] < 1.5 * network[0]


def test_sectors_and_text_count_less_next_to_the_network_only():
    both = dict.fromkeys(formula.PARTNER_WEIGHTS, True) | {"complementarity": False}
    with_network = formula.partner_evidence_weights(formula.PARTNER_WEIGHTS, both)
    newcomer = formula.partner_evidence_weights(formula.PARTNER_WEIGHTS, both | {"network": False})
    assert with_network["sectors"] < with_network["network"] / 20
    assert with_network["text"] < newcomer["text"] and with_network["sectors"] < newcomer["sectors"]
    assert sum(w for name, w in with_network.items() if both[name]) == pytest.approx(100.0)


def test_an_opportunitys_text_fit_is_the_root_of_the_similarity():
    assert [formula.text_fit(value) for value in (0.0, 0.04, 0.25, 1.0)] == [0.0, 0.2, 0.5, 1.0]
    call = opportunity(required=frozenset(), text={5: 1.0})
    close, far = (
        organisation(i, text={5: w, 6: (1 - w * w) ** 0.5}) for i, w in ((1, 0.6), (2, 0.3))
    )
    assert formula.opportunity_score(close, call, CORPUS) > formula.opportunity_score(
        far, call, CORPUS
    )


def test_track_record_raises_an_opportunity_score_only_next_to_some_fit():
    call = opportunity(sectors=frozenset({1}))
    busy = organisation(1, sectors={1}, project_count=10)
    new = organisation(2, sectors={1})
    unrelated_busy = organisation(3, sectors={2}, project_count=10)
    assert formula.opportunity_score(busy, call, CORPUS) > formula.opportunity_score(
        new, call, CORPUS
    )
    assert formula.opportunity_score(unrelated_busy, call, CORPUS) == 0


def test_opportunity_reasons_name_an_active_track_record():
    applicant = organisation(1, offers={1}, project_count=4)
    reasons = words(formula.opportunity_reasons(applicant, opportunity(), CORPUS, NAMES))
    assert reasons[-1] == "Active in 4 past projects"


# Evidence: factors a pair gives no evidence for do not cap its score ------------------------


def test_newcomer_with_a_perfect_complementary_fit_scores_high():
    newcomer = organisation(1, offers={3}, seeks={1}, sectors={1}, text={5: 1.0})
    partner = organisation(2, offers={1}, seeks={3}, sectors={1}, text={5: 1.0}, country="KR")
    # Only "capabilities in common" is missed, which a complementary pair rarely has.
    assert formula.partner_score(newcomer, partner, CORPUS) >= 80


def test_missing_past_projects_on_one_side_leave_the_score_unchanged():
    newcomer = organisation(1, offers={3}, seeks={1}, sectors={1})
    veteran = organisation(2, offers={1}, seeks={3}, sectors={1}, project_count=8)
    beginner = organisation(3, offers={1}, seeks={3}, sectors={1})
    assert formula.partner_score(newcomer, veteran, CORPUS) == formula.partner_score(
        newcomer, beginner, CORPUS
    )


def test_pair_that_can_compare_only_sectors_stays_weak():
    a = organisation(1, sectors={2})
    b = organisation(2, sectors={2})
    score = formula.partner_score(a, b, CORPUS)
    assert 0 < score <= 100 * formula.PARTNER_WEIGHTS["sectors"] / formula.EVIDENCE_FLOOR
    assert formula.strength(score) == "weak"


def test_opportunity_score_of_a_newcomer_is_not_capped_by_track_record():
    newcomer = organisation(1, offers={1, 2, 3, 4}, sectors={1})
    score = formula.opportunity_score(newcomer, opportunity(sectors=frozenset({1})), CORPUS)
    assert score == pytest.approx(100.0)


def test_factors_without_evidence_get_no_points_to_show():
    a = organisation(1, offers={3}, seeks={1})
    b = organisation(2, offers={1}, seeks={3})
    applies = formula.partner_evidence(formula.evidence_bits(a), formula.evidence_bits(b))
    assert applies == {
        "complementarity": True, "network": False, "sectors": False, "text": False,
        "shared_capabilities": True,
    }  # fmt: skip


organisations_strategy = st.builds(
    organisation,
    st.integers(1, 50),
    offers=st.frozensets(st.integers(1, 4), max_size=3),
    seeks=st.frozensets(st.integers(1, 4), max_size=3),
    sectors=st.frozensets(st.integers(1, 2), max_size=2),
    text=st.dictionaries(st.integers(5, 6), st.just(0.7071067811865476), max_size=2),
    project_count=st.integers(0, 10),
    partners=st.dictionaries(st.integers(60, 64), st.integers(1, 3), max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(organisations_strategy, organisations_strategy)
def test_partner_scores_stay_within_0_and_100_and_symmetric(a, b):
    score = formula.partner_score(a, b, CORPUS)
    assert 0.0 <= score <= 100.0 + 1e-6
    assert score == formula.partner_score(b, a, CORPUS)


@settings(max_examples=300, deadline=None)
@given(
    organisations_strategy, organisations_strategy, st.sampled_from(list(formula.PARTNER_WEIGHTS))
)
def test_a_stronger_factor_never_lowers_the_score(a, b, factor):
    """With the evidence the same, raising any one factor never lowers the score."""
    applies = formula.partner_evidence(formula.evidence_bits(a), formula.evidence_bits(b))
    weights = formula.partner_evidence_weights(formula.PARTNER_WEIGHTS, applies)
    factors = formula.partner_factors(a, b, CORPUS)
    raised = {**factors, factor: min(1.0, factors[factor] + 0.25)}
    assert formula.total_score(formula.weighted_points(raised, weights)) >= formula.total_score(
        formula.weighted_points(factors, weights)
    )


def test_evidence_weights_share_100_points_among_the_factors_that_apply():
    applies = {"complementarity": True, "network": False, "sectors": True, "text": True,
               "shared_capabilities": True}  # fmt: skip
    weights = formula.evidence_weights(formula.PARTNER_WEIGHTS, applies)
    assert sum(w for name, w in weights.items() if applies[name]) == pytest.approx(100.0)


def test_strength_bands():
    assert [formula.strength(s) for s in (80.0, 30.0, 3.0)] == ["strong", "fair", "weak"]


def test_feedback_lowers_look_alikes_in_proportion_and_names_the_one_turned_down():
    turned_down = formula.Feedback(features=organisation(9, offers={1}, sectors={1}), name="ETRI")
    twin = organisation(2, offers={1}, sectors={1})
    half_alike = organisation(3, offers={1, 2}, sectors={1})
    stranger = organisation(4, offers={3}, sectors={2})
    factor, reason = formula.feedback_adjustment(twin, [turned_down])
    assert factor == 1 - formula.FEEDBACK_PENALTY
    assert words([reason]) == ("Ranked lower: much like ETRI, which you marked not interested",)
    assert factor < formula.feedback_adjustment(half_alike, [turned_down])[0] < 1.0
    assert formula.feedback_adjustment(stranger, [turned_down]) == (1.0, None)


RELATED = formula.Corpus(
    sector_weights={}, partner_strengths={}, max_project_count=0, related={3: {4: 0.4}, 4: {3: 0.4}}
)


def test_a_related_capability_meets_a_need_in_part_and_the_reason_says_so():
    seeker = organisation(1, seeks={3})
    exact = organisation(2, offers={3})
    close = organisation(3, offers={4})
    unrelated = organisation(4, offers={1})
    scores = [formula.partner_score(seeker, other, RELATED) for other in (exact, close, unrelated)]
    assert scores[0] > scores[1] > scores[2] == 0
    assert "They offer Digital twins, close to Computer vision, which you seek" in (
        words(formula.partner_reasons(seeker, close, RELATED, NAMES))
    )


def test_related_credit_counts_each_need_once():
    seeker = organisation(1, seeks={3, 1})
    assert formula.share_of_needs_met(
        seeks=seeker.seeks, offered=frozenset({4}), related=RELATED.related
    ) == pytest.approx(0.2)
