"""The evaluation itself, run inside the scratch database (see scratch.py): split the CORDIS
data, import what the app may see through the app's CSV imports, ask the engine and the
baselines, and score both against the held-out consortia."""

import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from opportunities.imports import opportunities_import
from organisations.imports import organisations_import, projects_import
from tooling.evaluation.app_data import (
    app_organisations_read,
    engine_opportunity_rankings,
    engine_partner_rankings,
    opportunity_texts_read,
)
from tooling.evaluation.baselines import Baselines
from tooling.evaluation.cordis import CordisData, CordisProject, cordis_read
from tooling.evaluation.import_files import (
    ImportFiles,
    import_files_write,
    iso_country,
    opportunity_external_id,
)
from tooling.evaluation.lopo import HiddenProject, LeaveOneOut
from tooling.evaluation.metrics import Score, paired_difference, ratio_interval, score_rankings
from tooling.evaluation.split import (
    MIN_PROJECTS,
    HoldOutSplit,
    hold_out_split,
    leave_one_out_sample,
    queries_sample,
)

ENGINE = "engine"
COMMON_PARTNERS = "common past partners"
COMMON_PARTNERS_OF_MATCHES = "common past partners (of the 10 best TF-IDF matches)"
# The targets of issue 12: the engine beats the best baseline beyond noise (paired bootstrap,
# both metrics, both tasks); partners recall@10 at least 1.15 times common past partners';
# organisations for an opportunity recall@10 at least 0.10 and nDCG@10 at least 0.12.
PARTNER_RECALL_OVER_COMMON = 1.15
OPPORTUNITY_MIN_RECALL = 0.10
OPPORTUNITY_MIN_NDCG = 0.12
# Each lopo query writes twice through the imports and refreshes the index (about 1 s on an
# idle core, mostly the network rebuilt from every participation): 300 keep the protocol near
# five minutes; more narrow its intervals (--lopo-projects).
LOPO_PROJECTS = 300


@dataclass(frozen=True, slots=True)
class Target:
    description: str
    met: bool
    detail: str


@dataclass(frozen=True, slots=True)
class EvaluationOptions:
    # Sample sizes; None asks every query (a few minutes on two cores).
    partner_queries: int | None = None
    opportunity_queries: int | None = None
    seed: int = 0
    k: int = 10
    # Hold out each organisation's second-latest project instead, with the latest ones
    # removed entirely: a split for tuning that never looks at the test queries.
    validation: bool = False
    # split.PROTOCOLS: "latest" (each organisation's latest project) or "random" (a random
    # one, drawn with protocol_seed).
    protocol: str = "latest"
    protocol_seed: int = 0
    # "lopo": how many projects are hidden one at a time (about a second each on one core).
    lopo_projects: int | None = LOPO_PROJECTS


@dataclass(frozen=True, slots=True)
class RatioToCommon:
    """The engine's partner recall over common past partners', with its bootstrap interval."""

    ratio: float
    low: float
    high: float


@dataclass(slots=True)
class EvaluationReport:
    k: int
    partners: list[Score] = field(default_factory=list)
    opportunities: list[Score] = field(default_factory=list)
    # Kept once computed: the interval costs a thousand resamples, and the targets and the
    # summary table both show it.
    _ratio_to_common: RatioToCommon | None = field(default=None, repr=False, compare=False)

    def ratio_to_common(self) -> RatioToCommon | None:
        """None when this protocol asks no partners (lopo) or has no common-partners row."""
        if self._ratio_to_common is None:
            common = next((s for s in self.partners if s.method == COMMON_PARTNERS), None)
            engine = next((s for s in self.partners if s.method == ENGINE), None)
            if common is None or engine is None:
                return None
            ratio = engine.recall / common.recall if common.recall else float("inf")
            low, high = ratio_interval(engine.recalls, common.recalls, engine.groups)
            self._ratio_to_common = RatioToCommon(ratio=ratio, low=low, high=high)
        return self._ratio_to_common

    def targets(self) -> list[Target]:
        """Each target, met or not, with the numbers behind it."""
        targets = []
        for task, scores in (("partners", self.partners), ("opportunities", self.opportunities)):
            engine = next((score for score in scores if score.method == ENGINE), None)
            baselines = [score for score in scores if score is not engine]
            if engine is None or not baselines or not engine.queries:
                continue
            for metric, values in (("recall", "recalls"), ("ndcg", "ndcgs")):
                best = max(baselines, key=lambda score: getattr(score, metric))
                mean, low, high = paired_difference(
                    getattr(engine, values), getattr(best, values), engine.groups
                )
                targets.append(
                    Target(
                        description=f"{task}: engine beats the best baseline ({best.method}) "
                        f"on {'recall' if metric == 'recall' else 'nDCG'}@{self.k}",
                        met=low > 0,
                        detail=f"difference {mean:+.4f}, 95% paired bootstrap CI "
                        f"{low:+.4f} to {high:+.4f}",
                    )
                )
        common = next((s for s in self.partners if s.method == COMMON_PARTNERS), None)
        engine = next((s for s in self.partners if s.method == ENGINE), None)
        over_common = self.ratio_to_common()
        if common is not None and engine is not None and over_common is not None:
            targets.append(
                Target(
                    description=f"partners: recall@{self.k} at least "
                    f"{PARTNER_RECALL_OVER_COMMON}x common past partners",
                    met=over_common.ratio >= PARTNER_RECALL_OVER_COMMON,
                    detail=f"{engine.recall:.3f} / {common.recall:.3f} = "
                    f"{over_common.ratio:.2f}x, 95% paired bootstrap CI "
                    f"{over_common.low:.2f}x to {over_common.high:.2f}x",
                )
            )
        engine = next((s for s in self.opportunities if s.method == ENGINE), None)
        if engine is not None:
            targets += [
                Target(
                    description=f"opportunities: recall@{self.k} at least {OPPORTUNITY_MIN_RECALL}",
                    met=engine.recall >= OPPORTUNITY_MIN_RECALL,
                    # Four places: 0.0998 is not met, and "0.100" would say it is.
                    detail=f"{engine.recall:.4f}",
                ),
                Target(
                    description=f"opportunities: nDCG@{self.k} at least {OPPORTUNITY_MIN_NDCG}",
                    met=engine.ndcg >= OPPORTUNITY_MIN_NDCG,
                    detail=f"{engine.ndcg:.4f}",
                ),
            ]
        return targets

    def engine_wins(self) -> bool:
        """The engine beats every baseline on both tasks, on recall and on nDCG."""
        for scores in (self.partners, self.opportunities):
            engine = next((score for score in scores if score.method == ENGINE), None)
            if engine is None:  # a task this protocol does not ask (lopo: no partners)
                continue
            for baseline in scores:
                if baseline is not engine and (
                    engine.recall <= baseline.recall or engine.ndcg <= baseline.ndcg
                ):
                    return False
        return True


def evaluation_split(
    *, dataset: Path | str, validation: bool, protocol: str = "latest", seed: int = 0
) -> HoldOutSplit:
    split = hold_out_split(data=cordis_read(directory=dataset), protocol=protocol, seed=seed)
    if validation:
        split = hold_out_split(data=split.seen, protocol=protocol, seed=seed + 1)
    return split


def evaluation_data_import(
    *, split: HoldOutSplit, calls: Sequence[CordisProject], directory: Path
) -> ImportFiles:
    """What the app may see, and the calls to ask about, through the app's own CSV imports."""
    return seen_data_import(seen=split.seen, calls=calls, directory=directory)


def seen_data_import(
    *, seen: CordisData, calls: Sequence[CordisProject], directory: Path
) -> ImportFiles:
    files = import_files_write(seen=seen, calls=calls, directory=directory)
    organisations_import(path=files.organisations, create_missing_tags=True)
    projects_import(path=files.projects)
    opportunities_import(path=files.opportunities, create_missing_tags=True)
    return files


def _reachable_share(truths: Sequence[Collection[str]], known: set[str]) -> float:
    total = sum(len(truth) for truth in truths)
    return sum(len(set(truth) & known) for truth in truths) / total if total else 0.0


def evaluation_run(
    *, dataset: Path | str, directory: Path, options: EvaluationOptions, say: Callable[[str], None]
) -> EvaluationReport:
    started = time.monotonic()

    def step(message: str) -> None:
        say(f"[{time.monotonic() - started:6.1f} s] {message}")

    k = options.k
    if options.protocol == "lopo":
        return lopo_evaluation_run(dataset=dataset, directory=directory, options=options, step=step)
    split = evaluation_split(
        dataset=dataset,
        validation=options.validation,
        protocol=options.protocol,
        seed=options.protocol_seed,
    )
    # Only organisations the app can hold can be asked about (not those with an unknown country).
    askable = [
        query
        for query in split.partner_queries
        if iso_country(split.seen.organisations[query.pic].country) is not None
    ]
    partner_queries = queries_sample(askable, size=options.partner_queries, seed=options.seed)
    opportunity_queries = queries_sample(
        split.opportunity_queries, size=options.opportunity_queries, seed=options.seed
    )
    which = {
        "latest": "the latest of each eligible organisation",
        "random": f"a random one of each eligible organisation (seed {options.protocol_seed})",
        "projects": f"a seeded sample of single projects (seed {options.protocol_seed})",
    }[options.protocol]
    if options.validation:
        which += ", after removing the test split's"
    step(
        f"Held out {len(split.held_out)} projects ({which}); "
        f"the app sees {len(split.seen.projects)} projects and {len(split.seen.organisations)} "
        f"organisations. Partner queries: {len(partner_queries)} of {len(askable)} "
        f"({split.cold_start} more eligible organisations had no visible project left); "
        f"opportunity queries: {len(opportunity_queries)} of {len(split.opportunity_queries)} "
        "held-out projects with a call text."
    )
    files = evaluation_data_import(
        split=split,
        calls=[split.held_out[query.rcn] for query in opportunity_queries],
        directory=directory,
    )
    app, baselines = _imported_app_and_baselines(files=files, seed=options.seed, k=k, step=step)
    report = EvaluationReport(k=k)

    def scored(method: str, rankings: list[list], truths, groups) -> Score:
        """Rankings of baseline rows are mapped to external ids; the engine's already are."""
        if method != ENGINE:
            rankings = [[app.external_ids[row] for row in ranking] for ranking in rankings]
        return score_rankings(method=method, rankings=rankings, truths=truths, k=k, groups=groups)

    pics = [query.pic for query in partner_queries]
    truths = [query.truth for query in partner_queries]
    groups = [query.rcn for query in partner_queries]
    rows = app.rows_of(pics)
    known = set(app.external_ids)
    step(f"Partner truths the app knows at all: {_reachable_share(truths, known):.0%}.")
    report.partners.append(
        scored(ENGINE, engine_partner_rankings(external_ids=pics, k=k), truths, groups)
    )
    step("Engine partner suggestions done.")
    report.partners += [
        scored("random", baselines.partners_random(rows), truths, groups),
        scored("popularity", baselines.partners_popular(rows), truths, groups),
        scored("TF-IDF cosine", baselines.partners_tfidf(rows), truths, groups),
        scored("common past partners", baselines.partners_common(rows), truths, groups),
    ]
    step("Baseline partner suggestions done.")

    external_ids = [opportunity_external_id(query.rcn) for query in opportunity_queries]
    truths = [query.truth for query in opportunity_queries]
    groups = [query.rcn for query in opportunity_queries]
    texts = opportunity_texts_read(external_ids=external_ids)
    step(f"Opportunity truths the app knows at all: {_reachable_share(truths, known):.0%}.")
    engine = engine_opportunity_rankings(external_ids=external_ids, k=k)
    report.opportunities.append(scored(ENGINE, engine, truths, groups))
    step("Engine organisation suggestions done.")
    report.opportunities += [
        scored("random", baselines.organisations_random(len(texts)), truths, groups),
        scored("popularity", baselines.organisations_popular(len(texts)), truths, groups),
        scored("TF-IDF cosine", baselines.organisations_tfidf(texts), truths, groups),
        scored(COMMON_PARTNERS_OF_MATCHES, baselines.organisations_common(texts), truths, groups),
    ]
    step("Baseline organisation suggestions done.")
    return report


def lopo_evaluation_run(
    *,
    dataset: Path | str,
    directory: Path,
    options: EvaluationOptions,
    step: Callable[[str], None],
    asked: Callable[[HiddenProject], None] | None = None,
) -> EvaluationReport:
    """Leave-one-project-out (see lopo.py): every query sees everything but its own project,
    the engine through the app, the baselines from the same rows. Each sampled project's call
    is asked for organisations, and a sample of its participants for partners (the truth: the
    project's other participants). asked(hidden), when given, runs while each project is
    hidden (for tests)."""
    k = options.k
    seen, sampled = leave_one_out_sample(
        data=cordis_read(directory=dataset),
        seed=options.protocol_seed,
        size=options.lopo_projects,
        validation=options.validation,
    )
    which = f"seed {options.protocol_seed}"
    if options.validation:
        which += ", after removing the test sample from everything"
    step(
        f"Leave-one-project-out: {len(sampled)} sampled projects with a call text ({which}), "
        f"hidden one at a time; the app sees {len(seen.projects)} projects and "
        f"{len(seen.organisations)} organisations."
    )
    calls = [seen.projects[rcn] for rcn in sampled]
    files = seen_data_import(seen=seen, calls=calls, directory=directory)
    app, baselines = _imported_app_and_baselines(files=files, seed=options.seed, k=k, step=step)
    row_of = {external_id: row for row, external_id in enumerate(app.external_ids)}
    leave = LeaveOneOut(data=seen, imported=row_of.keys(), directory=directory)
    # Partners: participants with another project (so still in the app while it is hidden),
    # each asked with only that project hidden; a seeded sample of them, like other protocols.
    projects_of = seen.projects_of()
    askable = [
        (rcn, pic)
        for rcn in sampled
        for pic in seen.projects[rcn].participants
        if pic in row_of and len(projects_of[pic]) >= MIN_PROJECTS
    ]
    asked_partners: dict[str, list[str]] = {}
    for rcn, pic in queries_sample(askable, size=options.partner_queries, seed=options.seed):
        asked_partners.setdefault(rcn, []).append(pic)
    step(
        f"Partner queries: {sum(map(len, asked_partners.values()))} of {len(askable)} "
        "participants with another project, each with only that project hidden."
    )
    generators = {task: np.random.default_rng(options.seed) for task in ("a", "b")}
    texts = opportunity_texts_read(external_ids=[opportunity_external_id(rcn) for rcn in sampled])
    methods = [ENGINE, "random", "popularity", "TF-IDF cosine", "common"]
    rankings: dict[str, list[list[str]]] = {method: [] for method in methods}
    partner_rankings: dict[str, list[list[str]]] = {method: [] for method in methods}
    partner_truths: list[frozenset[str]] = []
    partner_groups: list[str] = []  # the hidden project of each partner query
    unreachable = 0  # truth members with no other project: out of the app while asked
    for number, (rcn, text) in enumerate(zip(sampled, texts, strict=True), start=1):
        pics = asked_partners.get(rcn, [])
        with leave.hidden(rcn) as hidden:
            if asked is not None:
                asked(hidden)
            rankings[ENGINE] += engine_opportunity_rankings(
                external_ids=[opportunity_external_id(rcn)], k=k
            )
            partner_rankings[ENGINE] += engine_partner_rankings(external_ids=pics, k=k)
        without = baselines.without_project(
            members=[row_of[pic] for pic in hidden.participants],
            descriptions={row_of[pic]: hidden.descriptions[pic] for pic in hidden.participants},
            invisible=[row_of[pic] for pic in hidden.invisible],
        )
        for method, rows in without.opportunity(text, generator=generators["b"]).items():
            rankings[method].append([app.external_ids[row] for row in rows])
        for pic in pics:
            found = without.partners(row_of[pic], generator=generators["a"])
            for method, rows in found.items():
                partner_rankings[method].append([app.external_ids[row] for row in rows])
            partner_truths.append(frozenset(seen.projects[rcn].participants) - {pic})
            partner_groups.append(rcn)
        unreachable += len(seen.projects[rcn].participants) - len(hidden.participants)
        unreachable += len(hidden.invisible)
        if number % 100 == 0 or number == len(sampled):
            step(f"{number} of {len(sampled)} projects hidden, asked and put back.")
    truths = [frozenset(seen.projects[rcn].participants) for rcn in sampled]
    total = sum(len(truth) for truth in truths)
    step(f"Opportunity truths the app knows at all: {1 - unreachable / max(total, 1):.0%}.")
    report = EvaluationReport(k=k)

    def scores(found, truths, groups, common_name):
        names = {"common": common_name}
        return [
            score_rankings(
                method=names.get(m, m), rankings=found[m], truths=truths, k=k, groups=groups
            )
            for m in methods
        ]

    report.opportunities = scores(rankings, truths, sampled, COMMON_PARTNERS_OF_MATCHES)
    if partner_truths:
        report.partners = scores(partner_rankings, partner_truths, partner_groups, COMMON_PARTNERS)
    return report


def _imported_app_and_baselines(*, files, seed: int, k: int, step):
    """What the CSV imports put in the app, said in one line, and the baselines over it."""
    app = app_organisations_read()
    step(
        f"Imported through the CSV imports: {len(app.external_ids)} organisations "
        f"({files.skipped_organisations} without an ISO country left out)."
    )
    return app, Baselines(
        descriptions=app.descriptions, participations=app.participations, seed=seed, k=k
    )
