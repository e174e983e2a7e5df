"""The matching formula: how well two organisations, or an organisation and an opportunity, fit.

Pure Python on plain values, with no database access, so it can be read, tested and
benchmarked on its own. It scores one pair at a time; matchmaking.index applies exactly the same
arithmetic to many candidates at once with numpy, and the tests check that both agree.
"""

import datetime
import math
from collections.abc import Mapping
from dataclasses import dataclass, field

# The weights, in points out of 100. Why these numbers:
# - Complementarity leads what the product shows when profiles say what they offer and seek
#   (the demo data, registered members): a partnership exists to get what you lack, and two
#   organisations that merely resemble each other are competitors as often as partners.
# - The collaboration network weighs most overall. On real Horizon 2020 consortia (CORDIS, see
#   docs/benchmarks.md) who worked with you and your past partners, and how active they are,
#   predicts the next consortium far better than any description: the network alone beats
#   every baseline there, while sector and text points pushed partners of partners out of the
#   top ten (recall@10 on the validation split: 0.201 with 45/5/5, 0.144 with 20/20/15).
# - Sectors and description similarity stay, small: they separate candidates the network
#   cannot tell apart and are all a newcomer with no past projects has, but they are coarse
#   (one sector spans a whole field) and noisy. Shared capabilities hint at co-development.
# - For opportunities, covering the required capabilities is the point of applying at all;
#   the description is the main signal where calls list no capabilities; track record (past
#   projects) stands for what wins places in consortia, where popularity alone beat text;
#   sectors are as coarse as for partners.
PARTNER_WEIGHTS: Mapping[str, float] = {
    "complementarity": 35.0,
    "network": 45.0,
    "sectors": 5.0,
    "text": 5.0,
    "shared_capabilities": 10.0,
}
OPPORTUNITY_WEIGHTS: Mapping[str, float] = {
    "coverage": 40.0,
    "sectors": 10.0,
    "text": 25.0,
    "track_record": 25.0,
    # Past projects: how close the organisation's few most similar past projects are to the
    # call. One cosine against a whole profile made of many projects' texts dilutes the fact
    # that matters most, "it took part in projects very like this call", which is also what a
    # reader understands at once. Chosen on the validation splits of the CORDIS hold-out
    # protocols (500 opportunity queries each, recall@10 / nDCG@10, docs/benchmarks.md):
    # latest 0.072 / 0.076 without it, 0.084 / 0.090 with the single best project at 25 points,
    # 0.102 / 0.111 as below; random:0 0.075 / 0.078 -> 0.092 / 0.100; projects:0 0.092 / 0.097
    # -> 0.113 / 0.119.
    # Larger weights (up to 400 against the others' 60) and 5-8 projects changed little.
    "past_projects": 50.0,
}
# A fifth of complementarity is the plain mean of the two directions, so that help flowing one
# way still counts a little; the rest is the harmonic mean, so a pair where both sides gain
# ranks above a pair where only one does.
ONE_WAY_SHARE = 0.2
# Within the network factor: ties through shared projects, and how active both have been, in
# equal parts: consortia form around active organisations (on the validation split an even
# split beat 70/30 by 0.003 recall@10). Activity alone only counts next to some real fit, so a
# busy organisation with nothing in common is never suggested for being busy.
NETWORK_TIE_SHARE = 0.5
NETWORK_ACTIVITY_SHARE = 0.5
# A project done together counts twice: your own partners come back more often than your
# partners' partners.
DIRECT_PARTNER_WEIGHT = 2.0
# The tie saturates as raw / (raw + NETWORK_TIE_HALF): at 1, three common partners and ten
# looked alike (0.75 and 0.91). At 6 (with a project done together at 2) one project together
# is a quarter and four are more than half, so repeat partners stay apart from partners met once
# and partners of partners still count next to them: on the validation splits of latest,
# random, projects and leave-one-project-out this beat 3 (with 3 per project) on every one
# (session 6, docs/benchmarks.md).
NETWORK_TIE_HALF = 6.0
# Both organisations' activity enters the network factor as (activity_a x activity_b) to this
# power. 0.5 (the geometric mean) let the busiest organisations crowd out partners of partners;
# a flatter curve keeps "has a track record" worth much and "has the longest record" little. On
# the validation splits of three CORDIS hold-out protocols (latest, random, single projects)
# 0.25 beat 0.5 by 0.01-0.02 recall@10 on each (docs/benchmarks.md).
PARTNER_ACTIVITY_POWER = 0.25
# When both sides have past projects, the network says far more than sectors do: a sector is a
# whole field (on CORDIS, a programme part shared by thousands), and at full weight it pushed
# partners of partners out of the top ten (recall@10 +0.01 to +0.03 on every validation split
# with sectors at a tenth). Newcomers, who have no network, keep sectors at full weight.
NETWORK_SECTOR_SHARE = 0.1
# Likewise descriptions count at this share of their weight next to the network: similar texts
# often mean competitors, and past collaboration already says who works on what (recall@10
# +0.003 to +0.005 on each validation split at 0.6 rather than 1).
NETWORK_TEXT_SHARE = 0.6
# An opportunity's description similarity counts as its square root: cosines of a call's short
# text against a profile made of many projects' texts are small and bunched, and on the linear
# scale the track record drowned them (recall@10 +0.01 to +0.02 on every validation split).
# Monotone, so a better fit still never lowers a score, and the scans bound it by the root of
# the cosine's bound.
OPPORTUNITY_TEXT_POWER = 0.5
# The past-projects factor: the mean of the PAST_PROJECTS_COUNTED best cosines between the call's
# text and one of the organisation's past projects' texts (missing ones count 0), to the power
# PAST_PROJECT_POWER. Monotone: a closer or one more similar past project never lowers it.
PAST_PROJECTS_COUNTED = 4
PAST_PROJECT_POWER = 0.5
# When the past-projects factor applies, an organisation's best-matching past projects say what
# it does better than one cosine against its whole profile, a sector tag shared by thousands or
# plain activity: those three count this share of their weights (coverage, what the call
# explicitly requires, keeps its own; newcomers without past projects keep every weight).
PAST_PROJECT_OTHERS_SHARE = 1.0 / 3.0
# A past project at least this close to a call is named in the suggestion's reason.
SIMILAR_PROJECT_COSINE = 0.2
# Below that, a past project at least this close is still named, as on related topics: for an
# organisation whose profile says little (the demo's 2018 mission companies) such a project is
# what ranks the call, and a list with no reason at all read as arbitrary. At 0.1 the two share
# several of their distinctive words (the mission and the AI-on-shared-data call: AI, data, 5G).
RELATED_PROJECT_COSINE = 0.1
# How many past projects make an organisation worth calling active in a reason.
ACTIVE_PROJECT_COUNT = 3
# The team builder still leaves out candidates below this many points. Suggestions no longer
# hide them: a weak suggestion is shown as weak (see strength), since for a newcomer a weak
# suggestion with a hint on what to add beats an empty page.
MINIMUM_SUGGESTION_SCORE = 5.0
# Evidence: a factor applies to a pair only when both sides say something it can compare (past
# projects on both sides for the network, offers against seeks for complementarity...). The
# score is the weighted mean over the factors that apply, on 0-100, so a missing kind of
# evidence (a newcomer's past projects) never caps a score. Below EVIDENCE_FLOOR points of
# applicable weight the scale stops growing: a pair that can only compare sectors and text
# (10 points) reaches at most 20, not 100, since so little evidence should not look strong.
EVIDENCE_FLOOR = 50.0
# Bits saying what an organisation's profile holds (evidence_bits) and what an opportunity's
# holds (opportunity_evidence_bits).
HAS_OFFERS, HAS_SEEKS, HAS_SECTORS, HAS_TEXT, HAS_PROJECTS = 1, 2, 4, 8, 16
# Past projects with a description (for the past-projects factor).
HAS_PROJECT_TEXT = 32
HAS_REQUIRED = 1
EVIDENCE_PATTERNS = 64
# Suggestion strength, on the score: below WEAK_SCORE a suggestion rests on few signals.
STRONG_SCORE = 50.0
WEAK_SCORE = 25.0
# Scores are rounded before ranking so that the vectorised index and this module, which add the
# same numbers in a different order, rank the same; ties are then broken by id.
SCORE_DECIMALS = 6


@dataclass(frozen=True, slots=True)
class OrganisationFeatures:
    id: int
    country: str
    kind: str
    founded_year: int | None
    sectors: frozenset[int]
    offers: frozenset[int]
    seeks: frozenset[int]
    # L2-normalised TF-IDF weights of the description, by term number.
    text: Mapping[int, float] = field(default_factory=dict)
    # Past partner id -> number of projects done together.
    partners: Mapping[int, int] = field(default_factory=dict)
    project_count: int = 0
    # L2-normalised TF-IDF weights of each past project's description (those with one), and
    # the projects' ids in the same order, for reasons only (scores never need them).
    project_texts: tuple[Mapping[int, float], ...] = ()
    project_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class OpportunityFeatures:
    id: int
    is_published: bool
    deadline: datetime.date | None
    sectors: frozenset[int]
    required: frozenset[int]
    eligible_countries: frozenset[str] = frozenset()
    eligible_kinds: frozenset[str] = frozenset()
    max_organisation_age_years: int | None = None
    text: Mapping[int, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Corpus:
    """Statistics over all organisations that give each factor its weight."""

    # Inverse document frequency per sector: a rare sector shared means more than a common one.
    sector_weights: Mapping[int, float]
    # Per organisation, its ties counted once per project shared: the sum over its past
    # partners of the projects done with each (for weighting common partners).
    partner_strengths: Mapping[int, int]
    max_project_count: int
    # Related capabilities: sought capability -> {a different capability offered: the part of
    # the need it meets, below 1} (see related_capabilities).
    related: Mapping[int, Mapping[int, float]] = field(default_factory=dict)
    # The weights in force: the defaults below, or those fitted to the app's own history
    # (matchmaking.fitting), always with the same names in the same order.
    partner_weights: Mapping[str, float] = field(default_factory=lambda: dict(PARTNER_WEIGHTS))
    opportunity_weights: Mapping[str, float] = field(
        default_factory=lambda: dict(OPPORTUNITY_WEIGHTS)
    )


@dataclass(frozen=True, slots=True)
class Names:
    """Display names for reasons. Kept apart from scoring, which never needs them."""

    capabilities: Mapping[int, str]
    sectors: Mapping[int, str]
    organisations: Mapping[int, str] = field(default_factory=dict)
    # Past projects' titles by id.
    projects: Mapping[int, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Match:
    id: int
    score: float
    points: Mapping[str, float]
    reasons: tuple[str, ...] = ()


def sector_weight(*, organisations_in_sector: int, organisation_count: int) -> float:
    """Smoothed inverse document frequency, always positive."""
    return math.log((1 + organisation_count) / (1 + organisations_in_sector)) + 1.0


def harmonic_mean(x: float, y: float) -> float:
    return 0.0 if x + y == 0 else 2.0 * x * y / (x + y)


def reciprocal_gain(gain_a: float, gain_b: float) -> float:
    mean = (gain_a + gain_b) / 2.0
    return (1.0 - ONE_WAY_SHARE) * harmonic_mean(gain_a, gain_b) + ONE_WAY_SHARE * mean


def need_met(
    sought: int, offered: frozenset[int], related: Mapping[int, Mapping[int, float]]
) -> float:
    """1 when the capability is offered; else the most a related offered capability meets."""
    if sought in offered:
        return 1.0
    close = related.get(sought)
    if not close:
        return 0.0
    return max((close.get(capability, 0.0) for capability in offered), default=0.0)


def share_of_needs_met(
    *,
    seeks: frozenset[int],
    offered: frozenset[int],
    related: Mapping[int, Mapping[int, float]] | None = None,
) -> float:
    """The mean over what is sought of how far the offer meets it (in id order, the order the
    compiled scan adds in)."""
    if not seeks:
        return 0.0
    related = related or {}
    total = 0.0
    for sought in sorted(seeks):
        total += need_met(sought, offered, related)
    return total / len(seeks)


# Related capabilities. Two capabilities are close when the same organisations offer them, seek
# them, or the same calls require them, together (cosine of their co-occurrence over profiles
# and calls): computed from the data, never listed by hand. A related capability meets a need
# in part, at most RELATED_CREDIT (times the cosine), so an exact match always counts more.
# Each capability keeps at most RELATED_PER_CAPABILITY neighbours, so the scan's tables stay
# small, and only pairs seen together at least RELATED_MIN_SUPPORT times, so one profile's
# whim makes no relation.
RELATED_CREDIT = 0.5
RELATED_MIN_COSINE = 0.2
RELATED_MIN_SUPPORT = 2
RELATED_PER_CAPABILITY = 5


def weighted_jaccard(a: frozenset[int], b: frozenset[int], weights: Mapping[int, float]) -> float:
    common = sum(weights.get(item, 1.0) for item in a & b)
    if common == 0:
        return 0.0
    total = sum(weights.get(item, 1.0) for item in a) + sum(weights.get(item, 1.0) for item in b)
    return common / (total - common)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    common = len(a & b)
    return common / (len(a) + len(b) - common) if common else 0.0


def cosine(a: Mapping[int, float], b: Mapping[int, float]) -> float:
    """Both vectors are already L2-normalised, so the dot product is the cosine."""
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b[term] for term, weight in a.items() if term in b)


def common_partner_tie(together_a: int, together_b: int, strength: int) -> float:
    """What one common partner adds to the tie between A and B: resource allocation weighted
    by the projects shared. A partner that works with everyone says less about who works
    with whom than a selective one, in proportion to its ties (counted once per project
    shared, `strength`); a partner with whom both sides did several projects says more than
    one met once. On every CORDIS validation split, leave-one-project-out included, this beat
    plain resource allocation (1 / number of partners, which beat Adamic-Adar's 1 / log)."""
    # In the order the compiled scan multiplies (its weight per partner, then B's count).
    return together_a * (1.0 / max(strength, 1)) * together_b


def network_tie(a: OrganisationFeatures, b: OrganisationFeatures, corpus: Corpus) -> float:
    raw = DIRECT_PARTNER_WEIGHT * a.partners.get(b.id, 0)
    raw += sum(
        common_partner_tie(
            a.partners[partner], b.partners[partner], corpus.partner_strengths.get(partner, 0)
        )
        for partner in a.partners.keys() & b.partners.keys()
    )
    return raw / (raw + NETWORK_TIE_HALF)


def activity(project_count: int, corpus: Corpus) -> float:
    if corpus.max_project_count == 0:
        return 0.0
    return math.log1p(project_count) / math.log1p(corpus.max_project_count)


def partner_factors(
    a: OrganisationFeatures, b: OrganisationFeatures, corpus: Corpus
) -> dict[str, float]:
    """Each factor in [0, 1]. Symmetric: partner_factors(a, b) == partner_factors(b, a)."""
    gain_a = share_of_needs_met(seeks=a.seeks, offered=b.offers, related=corpus.related)
    gain_b = share_of_needs_met(seeks=b.seeks, offered=a.offers, related=corpus.related)
    factors = {
        "complementarity": reciprocal_gain(gain_a, gain_b),
        "sectors": weighted_jaccard(a.sectors, b.sectors, corpus.sector_weights),
        "shared_capabilities": jaccard(a.offers, b.offers),
        "text": cosine(a.text, b.text),
    }
    tie = network_tie(a, b, corpus)
    has_fit = tie > 0 or any(value > 0 for value in factors.values())
    both_active = (
        activity(a.project_count, corpus) * activity(b.project_count, corpus)
    ) ** PARTNER_ACTIVITY_POWER
    factors["network"] = (
        NETWORK_TIE_SHARE * tie + NETWORK_ACTIVITY_SHARE * both_active if has_fit else 0.0
    )
    return factors


def weighted_points(factors: Mapping[str, float], weights: Mapping[str, float]) -> dict[str, float]:
    return {name: weights[name] * factors[name] for name in weights}


# Evidence -----------------------------------------------------------------------------------


def evidence_bits(organisation: OrganisationFeatures) -> int:
    return (
        (HAS_OFFERS if organisation.offers else 0)
        | (HAS_SEEKS if organisation.seeks else 0)
        | (HAS_SECTORS if organisation.sectors else 0)
        | (HAS_TEXT if organisation.text else 0)
        # Past partners imply past projects (the index counts both from the same records).
        | (HAS_PROJECTS if organisation.project_count > 0 or organisation.partners else 0)
        | (HAS_PROJECT_TEXT if any(organisation.project_texts) else 0)
    )


def opportunity_evidence_bits(opportunity: OpportunityFeatures) -> int:
    return (
        (HAS_REQUIRED if opportunity.required else 0)
        | (HAS_SECTORS if opportunity.sectors else 0)
        | (HAS_TEXT if opportunity.text else 0)
    )


def partner_evidence(a_bits: int, b_bits: int) -> dict[str, bool]:
    """Which partner factors the two profiles give evidence for. A factor without evidence is
    0 for the pair whatever the fit, so it is left out rather than counted as a mismatch."""

    def both(bit: int) -> bool:
        return bool(a_bits & bit and b_bits & bit)

    return {
        "complementarity": bool(
            (a_bits & HAS_SEEKS and b_bits & HAS_OFFERS)
            or (b_bits & HAS_SEEKS and a_bits & HAS_OFFERS)
        ),
        "network": both(HAS_PROJECTS),
        "sectors": both(HAS_SECTORS),
        "text": both(HAS_TEXT),
        "shared_capabilities": both(HAS_OFFERS),
    }


def opportunity_evidence(organisation_bits: int, opportunity_bits: int) -> dict[str, bool]:
    return {
        "coverage": bool(opportunity_bits & HAS_REQUIRED and organisation_bits & HAS_OFFERS),
        "sectors": bool(opportunity_bits & HAS_SECTORS and organisation_bits & HAS_SECTORS),
        "text": bool(opportunity_bits & HAS_TEXT and organisation_bits & HAS_TEXT),
        "track_record": bool(organisation_bits & HAS_PROJECTS),
        "past_projects": bool(opportunity_bits & HAS_TEXT and organisation_bits & HAS_PROJECT_TEXT),
    }


def evidence_weights(weights: Mapping[str, float], applies: Mapping[str, bool]) -> dict[str, float]:
    """The weights scaled so that the factors that apply share 100 points (the evidence floor
    aside). The index builds its per-query tables with this very function, so both agree to
    the last bit."""
    applicable = 0.0
    for name in weights:
        if applies[name]:
            applicable += weights[name]
    scale = 100.0 / max(applicable, EVIDENCE_FLOOR)
    return {name: weights[name] * scale for name in weights}


def partner_evidence_weights(
    weights: Mapping[str, float], applies: Mapping[str, bool]
) -> dict[str, float]:
    """evidence_weights for a pair of organisations: sectors and text count NETWORK_SECTOR_SHARE
    and NETWORK_TEXT_SHARE of their weights when the network applies. The index builds its
    tables with this function."""
    if applies["network"]:
        weights = {
            **weights,
            "sectors": weights["sectors"] * NETWORK_SECTOR_SHARE,
            "text": weights["text"] * NETWORK_TEXT_SHARE,
        }
    return evidence_weights(weights, applies)


def opportunity_evidence_weights(
    weights: Mapping[str, float], applies: Mapping[str, bool]
) -> dict[str, float]:
    """evidence_weights for an organisation and an opportunity: sectors, text and track record
    count PAST_PROJECT_OTHERS_SHARE of their weights when the past-projects factor applies.
    The index builds its tables with this function."""
    if applies["past_projects"]:
        weights = {
            **weights,
            **{
                name: weights[name] * PAST_PROJECT_OTHERS_SHARE
                for name in ("sectors", "text", "track_record")
            },
        }
    return evidence_weights(weights, applies)


def partner_points(
    a: OrganisationFeatures, b: OrganisationFeatures, corpus: Corpus
) -> dict[str, float]:
    applies = partner_evidence(evidence_bits(a), evidence_bits(b))
    return weighted_points(
        partner_factors(a, b, corpus), partner_evidence_weights(corpus.partner_weights, applies)
    )


def opportunity_points(
    organisation: OrganisationFeatures, opportunity: OpportunityFeatures, corpus: Corpus
) -> dict[str, float]:
    applies = opportunity_evidence(
        evidence_bits(organisation), opportunity_evidence_bits(opportunity)
    )
    return weighted_points(
        opportunity_factors(organisation, opportunity, corpus),
        opportunity_evidence_weights(corpus.opportunity_weights, applies),
    )


def strength(score: float) -> str:
    """strong, fair or weak: how much the suggestion rests on."""
    if score >= STRONG_SCORE:
        return "strong"
    if score >= WEAK_SCORE:
        return "fair"
    return "weak"


def round_score(value: float) -> float:
    """Half-up to SCORE_DECIMALS places, by the same float operations the compiled kernels use."""
    scale = 10.0**SCORE_DECIMALS
    return math.floor(value * scale + 0.5) / scale


def total_score(points: Mapping[str, float]) -> float:
    return round_score(sum(points.values()))


def partner_score(a: OrganisationFeatures, b: OrganisationFeatures, corpus: Corpus) -> float:
    return total_score(partner_points(a, b, corpus))


def is_open(opportunity: OpportunityFeatures, *, today: datetime.date) -> bool:
    return opportunity.is_published and (
        opportunity.deadline is None or opportunity.deadline >= today
    )


def is_eligible(
    organisation: OrganisationFeatures, opportunity: OpportunityFeatures, *, today: datetime.date
) -> bool:
    """Eligibility is a hard filter, never a lower score. An unknown founding year fails an age
    limit: the organisation cannot show it is young enough."""
    if opportunity.eligible_countries and organisation.country not in (
        opportunity.eligible_countries
    ):
        return False
    if opportunity.eligible_kinds and organisation.kind not in opportunity.eligible_kinds:
        return False
    if opportunity.max_organisation_age_years is not None:
        if organisation.founded_year is None:
            return False
        if today.year - organisation.founded_year > opportunity.max_organisation_age_years:
            return False
    return True


def text_fit(similarity: float) -> float:
    """An opportunity's text factor from the cosine (see OPPORTUNITY_TEXT_POWER)."""
    return similarity**OPPORTUNITY_TEXT_POWER if similarity > 0 else 0.0


def past_project_similarity(
    project_texts: tuple[Mapping[int, float], ...], text: Mapping[int, float]
) -> float:
    """The mean of the PAST_PROJECTS_COUNTED best cosines between a text and one of the past
    projects' texts (best first, the order the compiled scan adds them in)."""
    similarities = sorted((cosine(project, text) for project in project_texts), reverse=True)
    total = 0.0
    for similarity in similarities[:PAST_PROJECTS_COUNTED]:
        total += similarity
    return total / PAST_PROJECTS_COUNTED


def most_similar_past_project(
    project_texts: tuple[Mapping[int, float], ...], text: Mapping[int, float]
) -> tuple[float, int]:
    """(the best cosine between a text and one past project's text, that project's position;
    -1 when none has a word in common), for the reason."""
    best, position = 0.0, -1
    for number, project_text in enumerate(project_texts):
        similarity = cosine(project_text, text)
        if similarity > best:
            best, position = similarity, number
    return best, position


def past_project_fit(similarity: float) -> float:
    """The past-projects factor from the best cosine (see PAST_PROJECT_POWER)."""
    return similarity**PAST_PROJECT_POWER if similarity > 0 else 0.0


def opportunity_factors(
    organisation: OrganisationFeatures, opportunity: OpportunityFeatures, corpus: Corpus
) -> dict[str, float]:
    covered = len(opportunity.required & organisation.offers)
    coverage = covered / len(opportunity.required) if opportunity.required else 0.0
    sector_total = sum(corpus.sector_weights.get(s, 1.0) for s in opportunity.sectors)
    sector_common = sum(
        corpus.sector_weights.get(s, 1.0) for s in opportunity.sectors & organisation.sectors
    )
    factors = {
        "coverage": coverage,
        "sectors": sector_common / sector_total if sector_total else 0.0,
        "text": text_fit(cosine(organisation.text, opportunity.text)),
    }
    past = past_project_fit(past_project_similarity(organisation.project_texts, opportunity.text))
    # As for partners, a track record only counts next to some real fit.
    has_fit = past > 0 or any(value > 0 for value in factors.values())
    factors["track_record"] = activity(organisation.project_count, corpus) if has_fit else 0.0
    factors["past_projects"] = past
    return factors


def opportunity_score(
    organisation: OrganisationFeatures, opportunity: OpportunityFeatures, corpus: Corpus
) -> float:
    return total_score(opportunity_points(organisation, opportunity, corpus))


def ranking_key(score: float, identifier: int) -> tuple[float, int]:
    """Best first; ties broken by the lower id, so the same input always gives the same list."""
    return (-score, identifier)


# Reasons ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a suggestion was made, as a stable code and what it names (capability and sector
    ids, organisation names, counts). The engine never words it: matchmaking.reasons puts it
    into the reader's language, with capability and sector names in that language too."""

    code: str
    capabilities: tuple[int, ...] = ()
    # For the related-capability codes: the need, met in part by `capabilities`.
    sought: tuple[int, ...] = ()
    sectors: tuple[int, ...] = ()
    organisations: tuple[str, ...] = ()
    # The same organisations' ids, so that a page can name them in its reader's language.
    organisation_ids: tuple[int, ...] = ()
    # For similar_past_project: the project's title.
    projects: tuple[str, ...] = ()
    count: int = 0
    total: int = 0


def partner_reasons(
    a: OrganisationFeatures, b: OrganisationFeatures, corpus: Corpus, names: Names
) -> tuple[Reason, ...]:
    """Reasons from the side of A, the organisation the suggestion is for."""
    reasons = []
    they_offer = b.offers & a.seeks
    if they_offer:
        reasons.append(Reason("they_offer", capabilities=tuple(sorted(they_offer))))
    you_offer = a.offers & b.seeks
    if you_offer:
        reasons.append(Reason("you_offer", capabilities=tuple(sorted(you_offer))))
    for offered, sought in _related_pairs(a.seeks, b.offers, corpus.related):
        reasons.append(Reason("they_offer_related", capabilities=(offered,), sought=(sought,)))
    for offered, sought in _related_pairs(b.seeks, a.offers, corpus.related):
        reasons.append(Reason("you_offer_related", capabilities=(offered,), sought=(sought,)))
    common_sectors = a.sectors & b.sectors
    if common_sectors:
        reasons.append(Reason("both_work_in", sectors=tuple(sorted(common_sectors))))
    shared = a.offers & b.offers
    if shared:
        reasons.append(Reason("both_offer", capabilities=tuple(sorted(shared))))
    together = a.partners.get(b.id, 0)
    if together:
        reasons.append(Reason("worked_together", count=together))
    common_partners = a.partners.keys() & b.partners.keys()
    if common_partners:
        ids = tuple(sorted(common_partners))
        listed = tuple(names.organisations.get(p, f"#{p}") for p in ids)
        reasons.append(Reason("common_partners", organisations=listed, organisation_ids=ids))
    if cosine(a.text, b.text) >= 0.2:
        reasons.append(Reason("similar_descriptions"))
    if b.project_count >= ACTIVE_PROJECT_COUNT:
        reasons.append(Reason("active", count=b.project_count))
    return tuple(reasons)


def _related_pairs(
    seeks: frozenset[int], offers: frozenset[int], related: Mapping[int, Mapping[int, float]]
) -> list[tuple[int, int]]:
    """(offered, sought) for each need not met exactly but by a related capability (the
    closest), at most two, the closest first."""
    pairs = []
    for sought in sorted(seeks - offers):
        close = related.get(sought, {})
        credit, offered = max(((close.get(o, 0.0), o) for o in sorted(offers)), default=(0, 0))
        if credit > 0:
            pairs.append((credit, offered, sought))
    pairs.sort(key=lambda item: (-item[0], item[2]))
    return [(offered, sought) for _, offered, sought in pairs[:2]]


def opportunity_reasons(
    organisation: OrganisationFeatures,
    opportunity: OpportunityFeatures,
    corpus: Corpus,
    names: Names,
) -> tuple[Reason, ...]:
    reasons = []
    if opportunity.required:
        covered = opportunity.required & organisation.offers
        total = len(opportunity.required)
        if covered:
            reasons.append(
                Reason(
                    "covers_required",
                    capabilities=tuple(sorted(covered)),
                    count=len(covered),
                    total=total,
                )
            )
        missing = opportunity.required - organisation.offers
        if missing and covered:
            reasons.append(Reason("needs_partner_for", capabilities=tuple(sorted(missing))))
    common_sectors = opportunity.sectors & organisation.sectors
    if common_sectors:
        reasons.append(Reason("in_its_sectors", sectors=tuple(sorted(common_sectors))))
    similarity, position = most_similar_past_project(organisation.project_texts, opportunity.text)
    if similarity >= RELATED_PROJECT_COSINE:
        project_id = organisation.project_ids[position]
        title = names.projects.get(project_id, f"#{project_id}")
        code = (
            "similar_past_project"
            if similarity >= SIMILAR_PROJECT_COSINE
            else "related_past_project"
        )
        reasons.append(Reason(code, projects=(title,)))
    if cosine(organisation.text, opportunity.text) >= 0.2:
        reasons.append(Reason("description_matches"))
    if organisation.project_count >= ACTIVE_PROJECT_COUNT:
        reasons.append(Reason("active", count=organisation.project_count))
    return tuple(reasons)


# Personal feedback --------------------------------------------------------------------------

# A candidate exactly like one the organisation turned down ("not interested", a declined
# introduction) keeps this share of its score; one half as similar loses half as much. Strong
# enough to move look-alikes down a page, never enough to hide a much better fit.
FEEDBACK_PENALTY = 0.5
# Below this similarity a candidate is not "like" the one turned down: sharing one broad sector
# with it says too little.
FEEDBACK_MIN_SIMILARITY = 0.3


def profile_similarity(a: OrganisationFeatures, b: OrganisationFeatures) -> float:
    """How alike two candidates are in what they offer and where they work (Jaccard over their
    capabilities offered and sectors together), in [0, 1]."""
    tags_a = {("offer", c) for c in a.offers} | {("sector", s) for s in a.sectors}
    tags_b = {("offer", c) for c in b.offers} | {("sector", s) for s in b.sectors}
    common = len(tags_a & tags_b)
    return common / len(tags_a | tags_b) if common else 0.0


@dataclass(frozen=True, slots=True)
class Feedback:
    """One organisation turned down, and how (for the reason)."""

    features: OrganisationFeatures
    name: str
    declined_introduction: bool = False


def feedback_adjustment(
    candidate: OrganisationFeatures, rejected: list[Feedback]
) -> tuple[float, Reason | None]:
    """(factor to multiply the score by, the reason) for a candidate, given what the
    organisation turned down. The most similar one turned down decides."""
    best, similarity = None, 0.0
    for item in rejected:
        if item.features.id == candidate.id:
            continue
        value = profile_similarity(candidate, item.features)
        if value > similarity:
            best, similarity = item, value
    if best is None or similarity < FEEDBACK_MIN_SIMILARITY:
        return 1.0, None
    code = "ranked_lower_declined" if best.declined_introduction else "ranked_lower_not_interested"
    reason = Reason(code, organisations=(best.name,), organisation_ids=(best.features.id,))
    return 1.0 - FEEDBACK_PENALTY * similarity, reason
