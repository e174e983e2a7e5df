"""Reads the app's history into labelled partner pairs and stores fitted weights
(matchmaking.engine.fitting does the arithmetic). Run offline by `fit_matching_weights`.

Positives: organisations that took part in one of the newest projects together (their factors
computed from an index built without those projects, so that the pair's own project does not
give the answer away), and introductions that were accepted (introduced, meeting held,
partnership formed). Negatives: "not interested", introductions declined or found no fit, and
random pairs of published organisations that never worked together (as many as there are
positives; the history alone rarely holds enough turned-down pairs).
"""

import dataclasses
import random
from collections import defaultdict

from introductions.models import IntroductionRequest, IntroductionState
from matchmaking.engine import fitting, formula
from matchmaking.engine.index import MatchingIndex
from matchmaking.index_store import matching_records_read
from matchmaking.models import Dismissal, MatchingModel
from matchmaking.services import matching_model_create
from organisations.models import Project

# The newest fifth of the projects (by year, then id) give the project positives.
HELD_OUT_PROJECT_SHARE = 0.2
# At most this many pairs from projects, drawn with the seed, so a few large consortia do not
# outweigh everything else.
MAX_PROJECT_PAIRS = 5000
ACCEPTED_STATES = (
    IntroductionState.INTRODUCED,
    IntroductionState.MEETING_HELD,
    IntroductionState.PARTNERSHIP_FORMED,
)
DECLINED_STATES = (IntroductionState.DECLINED_BY_RECIPIENT, IntroductionState.NO_FIT)


def _held_out_projects() -> set[int]:
    projects = list(Project.objects.order_by("year", "id").values_list("id", flat=True))
    count = int(len(projects) * HELD_OUT_PROJECT_SHARE)
    return set(projects[len(projects) - count :]) if count else set()


def _history_pairs() -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    accepted = list(
        IntroductionRequest.objects.filter(state__in=ACCEPTED_STATES).values_list(
            "requester_organisation_id", "requested_organisation_id"
        )
    )
    declined = list(
        IntroductionRequest.objects.filter(state__in=DECLINED_STATES).values_list(
            "requester_organisation_id", "requested_organisation_id"
        )
    )
    declined += list(
        Dismissal.objects.filter(dismissed_organisation__isnull=False).values_list(
            "organisation_id", "dismissed_organisation_id"
        )
    )
    return accepted, declined


def labelled_pairs(*, seed: int = 0):
    """(index, pairs of rows, labels, counts of each kind) for the fit."""
    records = matching_records_read()
    held_out = _held_out_projects()
    visible = [(p, o) for p, o in records.participations if p not in held_out]
    index = MatchingIndex(
        dataclasses.replace(records, participations=visible, partner_weights=None)
    )
    members = defaultdict(list)
    for project, organisation in records.participations:
        if project in held_out and index.row_of(organisation) is not None:
            members[project].append(index.row_of(organisation))
    project_pairs = sorted(
        {(min(a, b), max(a, b)) for rows in members.values() for a in rows for b in rows if a != b}
    )
    rng = random.Random(seed)
    if len(project_pairs) > MAX_PROJECT_PAIRS:
        project_pairs = rng.sample(project_pairs, MAX_PROJECT_PAIRS)
    accepted, declined = _history_pairs()

    def rows(pairs):
        found = [(index.row_of(a), index.row_of(b)) for a, b in pairs]
        return [(a, b) for a, b in found if a is not None and b is not None and a != b]

    positives = project_pairs + rows(accepted)
    worked_together = set(project_pairs)
    published = [row for row in range(len(index.ids)) if index.published[row]]
    random_negatives = []
    if len(published) > 1:
        for _ in range(len(positives)):
            a, b = rng.sample(published, 2)
            if (min(a, b), max(a, b)) not in worked_together:
                random_negatives.append((a, b))
    negatives = rows(declined) + random_negatives
    counts = {
        "project_pairs": len(project_pairs),
        "held_out_projects": len(held_out),
        "accepted_introductions": len(rows(accepted)),
        "declined_or_dismissed": len(rows(declined)),
        "random_pairs": len(random_negatives),
        "organisations": len(index.ids),
    }
    return index, positives + negatives, [1] * len(positives) + [0] * len(negatives), counts


def matching_model_fit(*, seed: int = 0) -> MatchingModel:
    """Fit the partner weights to the database's history and store the result (the defaults,
    and why, when the history says too little)."""
    index, pairs, labels, counts = labelled_pairs(seed=seed)
    corpus = index.corpus
    features = [index.organisation_features(row) for row in range(len(index.ids))]
    factors, evidence = [], []
    for a, b in pairs:
        factors.append(formula.partner_factors(features[a], features[b], corpus))
        evidence.append(
            formula.partner_evidence(
                formula.evidence_bits(features[a]), formula.evidence_bits(features[b])
            )
        )

    def score(i, weights):
        return formula.total_score(
            formula.weighted_points(
                factors[i], formula.partner_evidence_weights(weights, evidence[i])
            )
        )

    fit = fitting.fit_weights(
        factors=factors,
        labels=labels,
        names=list(formula.PARTNER_WEIGHTS),
        default_weights=formula.PARTNER_WEIGHTS,
        score=score,
        seed=seed,
    )
    return matching_model_create(fit=fit, data_seen=counts)
