"""Suggestions: partners, opportunities and teams, each with its score, points and reasons.

Retrieval and storage sit around the pure formula: the process's index (kept fresh from the
database) finds the best candidates, the formula explains them, and one query loads the models
to show. Never suggested: the organisation itself, members of its own consortia (and those
consortia), unpublished profiles, closed opportunities, and what the user marked "not
interested".
"""

import datetime
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from django.db import connection
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext

from common.compiled import CompiledQuery, partial_instance
from introductions.models import IntroductionRequest, IntroductionState
from matchmaking.engine import formula
from matchmaking.engine.index import Hit, MatchingIndex
from matchmaking.index_store import (
    matching_index,
    matching_index_and_rows,
    matching_index_rows_currency_and_version,
)
from matchmaking.models import Dismissal, MatchingModel
from matchmaking.reasons import (
    ReasonText,
    contribution_text,
    names_in_reader_language,
    organisation_names_in_reader_language,
    reason_texts,
)
from matchmaking.result_cache import results as engine_results
from opportunities.models import Opportunity
from organisations.models import Capability, Organisation, PublicationStatus, Sector
from organisations.selectors import organisation_visible_to

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
TEAM_MAX_SIZE = 5
TEAM_CANDIDATES = 200
# Default partner search is cross-border: the point of the app is UK-Korea collaboration.
OTHER_SIDE = {"GB": ["KR"], "KR": ["GB"]}


@dataclass(frozen=True, slots=True)
class SuggestedOrganisation:
    """What the API shows of a suggested organisation, read from a current index instead of
    loading the organisation again."""

    id: int
    external_id: str
    name: str
    country: str
    kind: str


@dataclass(frozen=True, slots=True)
class Suggestion:
    target: Organisation | Opportunity | SuggestedOrganisation
    score: float
    points: dict[str, float]
    # In the reader's language; each keeps its code (ReasonText.code).
    reasons: tuple[ReasonText, ...]
    # formula.strength: strong, fair or weak. Weak suggestions are shown, marked, with a hint.
    strength: str = "strong"
    hint: str = ""
    # Each factor's most points for this pair (formula.evidence_weights); 0 where the pair
    # gives the factor no evidence, so it is left out rather than shown as a mismatch.
    maxima: dict[str, float] = field(default_factory=dict)


def _weak_hint(*, organisation: formula.OrganisationFeatures | None, strength: str) -> str:
    """What the organisation asking could add to its profile to get stronger suggestions."""
    if strength != "weak":
        return ""
    if organisation is None:
        return gettext("Few signals in common with what the opportunity asks for.")
    if not organisation.seeks:
        return gettext("Few signals in common: say what you seek.")
    if not organisation.offers:
        return gettext("Few signals in common: say what you offer.")
    if not organisation.sectors:
        return gettext("Few signals in common: add your sectors.")
    return gettext("Few signals in common: describe what you do and seek in more detail.")


def _maxima(weights: dict[str, float], applies: dict[str, bool]) -> dict[str, float]:
    return {name: weight if applies[name] else 0.0 for name, weight in weights.items()}


def _partner_maxima(
    a: formula.OrganisationFeatures, b: formula.OrganisationFeatures, corpus: formula.Corpus
):
    applies = formula.partner_evidence(formula.evidence_bits(a), formula.evidence_bits(b))
    return _maxima(formula.partner_evidence_weights(corpus.partner_weights, applies), applies)


def _opportunity_maxima(
    organisation: formula.OrganisationFeatures,
    opportunity: formula.OpportunityFeatures,
    corpus: formula.Corpus,
):
    applies = formula.opportunity_evidence(
        formula.evidence_bits(organisation), formula.opportunity_evidence_bits(opportunity)
    )
    return _maxima(
        formula.opportunity_evidence_weights(corpus.opportunity_weights, applies), applies
    )


@dataclass(frozen=True, slots=True)
class Team:
    members: list[Suggestion]
    covered: list[Capability] = field(default_factory=list)
    uncovered: list[Capability] = field(default_factory=list)
    # An opportunity listing no required capabilities gets no team: there is nothing to cover,
    # and pages say so rather than that no profile covers its needs.
    nothing_required: bool = False


class UnknownFilterValue(ValueError):
    """A filter names a sector (or other value) that does not exist."""


def default_partner_countries(*, organisation: Organisation) -> list[str] | None:
    """The other side of the UK-Korea border; None (any country) for everyone else."""
    return _other_side(str(organisation.country))


def _other_side(country: str) -> list[str] | None:
    return OTHER_SIDE.get(country)


def _opportunity_dismissals_sql(*, user_id: int, organisation_id: int) -> tuple[str, list]:
    """The opportunities this user marked "not interested" for the organisation."""
    dismissed = (
        Dismissal.objects.filter(
            user_id=user_id,
            organisation_id=organisation_id,
            dismissed_opportunity__isnull=False,
        )
        .order_by()
        .values_list("dismissed_opportunity_id")
    )
    return dismissed.query.sql_with_params()


# Turned down: the other organisation declined, or the introduction found no fit.
DECLINED_INTRODUCTION_STATES = (IntroductionState.DECLINED_BY_RECIPIENT, IntroductionState.NO_FIT)
# Feedback lowers scores after the engine ranks, so it asks for this many more candidates than
# it shows: a look-alike moved down makes room for one from further down the list.
FEEDBACK_EXTRA_CANDIDATES = 20


def _partner_feedback_sql(*, organisation_id: int) -> tuple[str, list]:
    """The query behind _partner_feedback: the dismissals made for the organisation (with who
    made them) and the organisations it turned down through a declined introduction."""
    # Plain SQL: the ORM spends longer compiling this union than the database answering it.
    sql = (
        f"SELECT dismissed_organisation_id, user_id, 0 FROM {Dismissal._meta.db_table} "
        "WHERE organisation_id = %s AND dismissed_organisation_id IS NOT NULL "
        "UNION ALL SELECT requested_organisation_id, NULL, 1 "
        f"FROM {IntroductionRequest._meta.db_table} "
        "WHERE requester_organisation_id = %s AND state IN (%s, %s)"
    )
    return sql, [organisation_id, organisation_id, *DECLINED_INTRODUCTION_STATES]


def _partner_feedback(*, user, rows: list[tuple]) -> tuple[set[int], dict[int, bool]]:
    """From the rows of _partner_feedback_sql: the partners this user dismissed for the
    organisation (never shown again), and every organisation the organisation turned down, by
    any of its members or through a declined introduction (id -> whether by a declined
    introduction), which make look-alikes rank lower."""
    user_id = user.pk if user is not None and user.is_authenticated else None
    excluded: set[int] = set()
    turned_down: dict[int, bool] = {}
    for other_id, by_user, by_introduction in rows:
        if by_user is not None and by_user == user_id:
            excluded.add(other_id)
        turned_down[other_id] = turned_down.get(other_id, False) or bool(by_introduction)
    return excluded, turned_down


def _apply_feedback(
    index: MatchingIndex, hits: list[Hit], turned_down: dict[int, bool], *, limit: int
) -> tuple[list[Hit], dict[int, formula.Reason]]:
    """The hits rescored by formula.feedback_adjustment, best first, at most `limit`, and the
    reason for each one moved down."""
    rejected = []
    for other_id, by_introduction in turned_down.items():
        row = index.row_of(other_id)
        if row is not None:
            rejected.append(
                formula.Feedback(
                    features=index.organisation_features(row),
                    name=index.names[row],
                    declined_introduction=by_introduction,
                )
            )
    if not rejected:
        return hits[:limit], {}
    rescored, reasons = [], {}
    for hit in hits:
        factor, reason = formula.feedback_adjustment(index.organisation_features(hit.row), rejected)
        if reason is not None:
            reasons[hit.id] = reason
            hit = Hit(
                id=hit.id,
                row=hit.row,
                score=formula.round_score(hit.score * factor),
                points={name: value * factor for name, value in hit.points.items()},
            )
        rescored.append(hit)
    rescored.sort(key=lambda hit: formula.ranking_key(hit.score, hit.id))
    return rescored[:limit], reasons


def organisation_circle(index: MatchingIndex, organisation_id: int) -> set[int]:
    """The organisation, its consortia, their members, and its own members if a consortium."""
    circle = {organisation_id}
    circle |= index.members_of.get(organisation_id, set())
    for consortium in index.consortia_of.get(organisation_id, set()):
        circle.add(consortium)
        circle |= index.members_of.get(consortium, set())
    return circle


def _load(queryset: QuerySet, hits: list[Hit]) -> list[tuple[Hit, object]]:
    """The models behind the hits, in one query, in the hits' order; any deleted, or no longer
    in the queryset, since the index last looked are dropped. Weak hits stay: they are shown as
    weak (Suggestion.strength), never hidden, so that a newcomer's page is not empty."""
    objects = queryset.in_bulk([hit.id for hit in hits])
    return [(hit, objects[hit.id]) for hit in hits if hit.id in objects]


# What a dashboard card shows of a suggested organisation or opportunity
# (matchmaking/suggestion_cards.py; Opportunity.is_open reads status and deadline).
CARD_FIELDS: dict[type, tuple[str, ...]] = {
    Organisation: ("id", "name", "name_ko", "kind", "country", "city", "city_ko"),
    Opportunity: ("id", "title", "title_ko", "kind", "country", "deadline", "status"),
}


def _card_columns(model) -> list[str]:
    """CARD_FIELDS in the model's field order, as Model.from_db takes them."""
    return [f.attname for f in model._meta.concrete_fields if f.attname in CARD_FIELDS[model]]


# The cards' query compiled once per process: building and compiling a queryset per request
# (in_bulk's) cost more CPU than the database answering it.
_CARDS = {
    Organisation: CompiledQuery(
        lambda: (
            Organisation.objects.published_and_current()
            .order_by()
            .values_list(*_card_columns(Organisation))
        )
    ),
    Opportunity: CompiledQuery(
        lambda: Opportunity.objects.order_by().values_list(*_card_columns(Opportunity))
    ),
}


def _load_cards(model, hits: list[Hit]) -> list[tuple[Hit, object]]:
    """_load for a card: the suggested organisations (published and current) or opportunities
    with only what a card shows (CARD_FIELDS; any other field is deferred, and reading it
    costs a query per card). Still one query a request: an edit shows on the next one."""
    columns, query = _card_columns(model), _CARDS[model]
    rows = query.rows_among([hit.id for hit in hits])
    objects = {row[0]: partial_instance(model, columns, row, using=query.using) for row in rows}
    return [(hit, objects[hit.id]) for hit in hits if hit.id in objects]


def _cards_loaded(hits: list[Hit]) -> list[tuple[Hit, object]]:
    return _load_cards(Organisation, hits)


def _shown_from_index(index: MatchingIndex, hits: list[Hit]) -> list[tuple[Hit, object]]:
    """The hits' organisations as the index holds them. Only for an index that is current
    (matching_index_rows_and_currency): it then suggests no deleted or unpublished one."""
    return [
        (
            hit,
            SuggestedOrganisation(
                id=hit.id,
                external_id=index.external_ids[hit.row],
                name=index.names[hit.row],
                country=index.country_codes[index.country[hit.row]],
                kind=index.kind_names[index.kind[hit.row]],
            ),
        )
        for hit in hits
    ]


def _loaded(hits: list[Hit]) -> list[tuple[Hit, object]]:
    return _load(Organisation.objects.published_and_current(), hits)


def partners_for_organisation(
    *,
    organisation: Organisation,
    user=None,
    limit: int = DEFAULT_LIMIT,
    countries: list[str] | None = None,
    kinds: list[str] | None = None,
    sectors: list[str] | None = None,
) -> list[Suggestion]:
    """Countries: None for the default (the other side of GB/KR), [] for any country."""
    # The feedback is read with the index's freshness marks, in one round trip.
    index, feedback_rows = matching_index_and_rows(
        *_partner_feedback_sql(organisation_id=organisation.id)
    )
    return _partner_suggestions(
        index,
        organisation_id=organisation.id,
        country=str(organisation.country),
        user=user,
        feedback_rows=feedback_rows,
        limit=limit,
        countries=countries,
        kinds=kinds,
        sectors=sectors,
        shown=_loaded,
    )


VISIBLE = 2  # the third column of the row saying the organisation is visible

# The ids organisation_visible_to gives, compiled, for the readers whose rule names nothing of
# their own (visitors, staff): compiling it cost more than the engine's query on the API's
# busiest endpoint. By database vendor and kind of reader.
_VISIBLE_IDS_SQL: dict[tuple[str, str], tuple[str, tuple]] = {}


def _visible_ids_sql(*, user) -> tuple[str, tuple]:
    """The SQL (and its parameters) of the ids of the organisations `user` may see."""
    kind = "staff" if user.is_staff else "member" if user.is_authenticated else "visitor"
    key = (connection.vendor, kind)
    compiled = _VISIBLE_IDS_SQL.get(key)
    if compiled is None:
        query = organisation_visible_to(user=user).values("id").query
        sql, params = query.sql_with_params()
        compiled = (sql, tuple(params))
        if kind != "member":  # a member's rule names the member's own organisations
            _VISIBLE_IDS_SQL[key] = compiled
    return compiled


def partners_for_visible_organisation(
    *,
    organisation_id: int,
    user,
    limit: int = DEFAULT_LIMIT,
    countries: list[str] | None = None,
    kinds: list[str] | None = None,
    sectors: list[str] | None = None,
) -> list[Suggestion] | None:
    """partners_for_organisation by id, for the API: None when the user may not see the
    organisation (the pages' rule, organisation_visible_to). Whether it is visible, the
    feedback and the index's freshness marks come in one round trip, and the suggested
    organisations are shown from the index when it is current: one query in all."""
    feedback_sql, params = _partner_feedback_sql(organisation_id=organisation_id)
    visible_sql, visible_params = _visible_ids_sql(user=user)
    index, rows, current, version = matching_index_rows_currency_and_version(
        f"{feedback_sql} UNION ALL SELECT visible.id, NULL, {VISIBLE} FROM ({visible_sql}) "
        "AS visible WHERE visible.id = %s",
        [*params, *visible_params, organisation_id],
    )
    if not any(row[2] == VISIBLE for row in rows):
        return None
    own_row = index.row_of(organisation_id)
    return _partner_suggestions(
        index,
        organisation_id=organisation_id,
        country=index.country_codes[index.country[own_row]] if own_row is not None else "",
        user=user,
        feedback_rows=[line for line in rows if line[2] != VISIBLE],
        limit=limit,
        countries=countries,
        kinds=kinds,
        sectors=sectors,
        shown=functools.partial(_shown_from_index, index) if current else _loaded,
        version=version,
    )


def _named_organisation_ids(
    query: formula.OrganisationFeatures,
    candidates: Sequence[formula.OrganisationFeatures],
    feedback_reasons: Iterable[formula.Reason],
) -> set[int]:
    """The organisations the partner reasons of these candidates will name: common past
    partners (formula.partner_reasons) and the ones turned down that ranked a candidate lower."""
    named = {p for candidate in candidates for p in query.partners.keys() & candidate.partners}
    return named.union(*(reason.organisation_ids for reason in feedback_reasons))


def _partner_suggestions(
    index: MatchingIndex,
    *,
    organisation_id: int,
    country: str,
    user,
    feedback_rows: list[tuple],
    limit: int,
    countries: list[str] | None,
    kinds: list[str] | None,
    sectors: list[str] | None,
    shown: Callable[[list[Hit]], list[tuple[Hit, object]]],
    names: formula.Names | None = None,
    wordings: dict | None = None,
    version: int | None = None,
) -> list[Suggestion]:
    """shown: the hits with what to show of each, dropping any no longer to be suggested;
    names: the display names in the reader's language, if already read; wordings: the
    reasons' wordings kept across lists worded with the same names (reasons.reason_text);
    version: the index's (index_store), under which the engine's result may be kept (None:
    work it out, keep nothing)."""
    row = index.row_of(organisation_id)
    if row is None:
        return []
    if countries is None:
        countries = _other_side(country)
    sector_ids = None
    if sectors:
        found = dict(Sector.objects.filter(slug__in=sectors).values_list("slug", "id"))
        unknown = sorted(set(sectors) - set(found))
        if unknown:
            raise UnknownFilterValue(
                gettext("Unknown sector: %(slugs)s") % {"slugs": ", ".join(unknown)}
            )
        sector_ids = set(found.values())
    dismissed, turned_down = _partner_feedback(user=user, rows=feedback_rows)
    excluded = organisation_circle(index, organisation_id) | dismissed

    def ranked() -> tuple[tuple[Hit, ...], dict[int, formula.Reason]]:
        hits = index.partners_of(
            row,
            limit=limit + FEEDBACK_EXTRA_CANDIDATES if turned_down else limit,
            countries=set(countries) if countries else None,
            kinds=set(kinds) if kinds else None,
            sectors=sector_ids,
            exclude_ids=excluded,
        )
        hits, feedback_reasons = _apply_feedback(index, hits, turned_down, limit=limit)
        return tuple(hits), feedback_reasons

    # Everything the ranking is worked out from: the index (its version) and the inputs.
    key = version is not None and (
        "partners",
        version,
        organisation_id,
        limit,
        tuple(sorted(countries)) if countries else None,
        tuple(sorted(kinds)) if kinds else None,
        tuple(sorted(sector_ids)) if sector_ids else None,
        frozenset(excluded),
        tuple(sorted(turned_down.items())),
    )
    hits, feedback_reasons = engine_results.get_or_compute(key or None, ranked)
    hits = list(hits)
    query = index.organisation_features(row)
    corpus = index.corpus
    if names is None:
        names = names_in_reader_language(index.display_names)
    suggestions = []
    wordings = {} if wordings is None else wordings
    listed = [(hit, other, index.organisation_features(hit.row)) for hit, other in shown(hits)]
    names = organisation_names_in_reader_language(
        names,
        _named_organisation_ids(
            query, [features for _, _, features in listed], feedback_reasons.values()
        ),
    )
    for hit, other, features in listed:
        strength = formula.strength(hit.score)
        suggestions.append(
            Suggestion(
                target=other,
                score=hit.score,
                points=hit.points,
                reasons=reason_texts(
                    formula.partner_reasons(query, features, corpus, names)
                    + ((feedback_reasons[hit.id],) if hit.id in feedback_reasons else ()),
                    names,
                    wordings,
                ),
                strength=strength,
                hint=_weak_hint(organisation=query, strength=strength),
                maxima=_partner_maxima(query, features, corpus),
            )
        )
    return suggestions


def partner_matches_among(
    *,
    organisation_id: int,
    candidate_ids: Sequence[int],
    also_seeks: Mapping[int, Sequence[int]] | None = None,
) -> list[formula.Match]:
    """The candidates scored as partners of the organisation, best first, with the same
    formula, points and reasons as partners_for_organisation, but among the given ones only
    (the other participants of an event, say) and without its filters. also_seeks adds, by
    organisation id, capabilities sought on this occasion to what the profile seeks. Reads
    the index only: no query per candidate."""
    index = matching_index()
    row = index.row_of(organisation_id)
    if row is None:
        return []
    also_seeks = also_seeks or {}

    def features(row: int, organisation_id: int) -> formula.OrganisationFeatures:
        found = index.organisation_features(row)
        extra = frozenset(also_seeks.get(organisation_id, ()))
        return replace(found, seeks=found.seeks | extra) if extra else found

    query = features(row, organisation_id)
    candidates = [
        (candidate_id, features(candidate_row, candidate_id))
        for candidate_id in dict.fromkeys(candidate_ids)
        if (candidate_row := index.row_of(candidate_id)) is not None
        and candidate_id != organisation_id
    ]
    corpus = index.corpus
    names = organisation_names_in_reader_language(
        names_in_reader_language(index.display_names),
        _named_organisation_ids(query, [candidate for _, candidate in candidates], ()),
    )
    matches = []
    for candidate_id, candidate in candidates:
        points = formula.partner_points(query, candidate, corpus)
        matches.append(
            formula.Match(
                id=candidate_id,
                score=formula.total_score(points),
                points=points,
                reasons=reason_texts(
                    formula.partner_reasons(query, candidate, corpus, names), names
                ),
            )
        )
    matches.sort(key=lambda match: formula.ranking_key(match.score, match.id))
    return matches


DISMISSED_OPPORTUNITY = 3  # the third column of a row naming a dismissed opportunity


def dashboard_suggestions(
    *, organisation: Organisation, user, limit: int = DEFAULT_LIMIT
) -> tuple[list[Suggestion], list[Suggestion]]:
    """partners_for_organisation and opportunities_for_organisation together, as the
    dashboard shows them: the index's freshness marks, the partner feedback and the user's
    dismissed opportunities come in one round trip rather than one per list. The suggested
    organisations and opportunities are loaded with only what a card shows (CARD_FIELDS)."""
    feedback_sql, params = _partner_feedback_sql(organisation_id=organisation.id)
    index, rows, _current, version = matching_index_rows_currency_and_version(
        f"{feedback_sql} UNION ALL SELECT dismissed_opportunity_id, NULL, "
        f"{DISMISSED_OPPORTUNITY} FROM {Dismissal._meta.db_table} "
        "WHERE user_id = %s AND organisation_id = %s AND dismissed_opportunity_id IS NOT NULL",
        [*params, user.pk, organisation.id],
    )
    # Read once for both lists (in Korean, two queries for the taxonomy's Korean names).
    names = names_in_reader_language(index.display_names)
    # Both lists are worded with the same names: each wording and list of names once.
    wordings: dict = {}
    partners = _partner_suggestions(
        index,
        organisation_id=organisation.id,
        country=str(organisation.country),
        user=user,
        feedback_rows=[line for line in rows if line[2] != DISMISSED_OPPORTUNITY],
        limit=limit,
        countries=None,
        kinds=None,
        sectors=None,
        shown=_cards_loaded,
        names=names,
        wordings=wordings,
        version=version,
    )
    dismissed = {line[0] for line in rows if line[2] == DISMISSED_OPPORTUNITY}
    opportunities = _opportunities_for(
        index,
        organisation,
        dismissed=dismissed,
        limit=limit,
        names=names,
        load=functools.partial(_load_cards, Opportunity),
        wordings=wordings,
        version=version,
    )
    return partners, opportunities


def opportunities_for_organisation(
    *, organisation: Organisation, user=None, limit: int = DEFAULT_LIMIT
) -> list[Suggestion]:
    """Open opportunities the organisation is eligible for, best first."""
    if user is not None and user.is_authenticated:
        # The user's dismissals come with the index's freshness marks, in one round trip.
        index, rows = matching_index_and_rows(
            *_opportunity_dismissals_sql(user_id=user.pk, organisation_id=organisation.id)
        )
        dismissed = {opportunity_id for (opportunity_id,) in rows}
    else:
        index, dismissed = matching_index(), set()
    return _opportunities_for(index, organisation, dismissed=dismissed, limit=limit)


def _opportunities_for(
    index: MatchingIndex,
    organisation: Organisation,
    *,
    dismissed: set[int],
    limit: int,
    names: formula.Names | None = None,
    load: Callable[[list[Hit]], list[tuple[Hit, object]]] | None = None,
    wordings: dict | None = None,
    version: int | None = None,
) -> list[Suggestion]:
    row = index.row_of(organisation.id)
    if row is None:
        return []
    today = timezone.localdate()
    key = version is not None and (
        "opportunities",
        version,
        organisation.id,
        today,
        limit,
        frozenset(dismissed),
    )
    hits = list(
        engine_results.get_or_compute(
            key or None,
            lambda: tuple(
                index.opportunities_for(row, today=today, limit=limit, exclude_ids=dismissed)
            ),
        )
    )
    features = index.organisation_features(row)
    corpus = index.corpus
    if names is None:
        names = names_in_reader_language(index.display_names)
    wordings = {} if wordings is None else wordings
    suggestions = []
    loaded = _load(Opportunity.objects.all(), hits) if load is None else load(hits)
    for hit, opportunity in loaded:
        if not opportunity.is_open(today=today):
            continue
        opportunity_features = index.opportunity_features(hit.row)
        strength = formula.strength(hit.score)
        suggestions.append(
            Suggestion(
                target=opportunity,
                score=hit.score,
                points=hit.points,
                reasons=reason_texts(
                    formula.opportunity_reasons(features, opportunity_features, corpus, names),
                    names,
                    wordings,
                ),
                strength=strength,
                hint=_weak_hint(organisation=features, strength=strength),
                maxima=_opportunity_maxima(features, opportunity_features, corpus),
            )
        )
    return suggestions


def _open_opportunity_row(index: MatchingIndex, opportunity: Opportunity, today: datetime.date):
    if not opportunity.is_open(today=today):
        return None
    return index.opportunity_row_of(opportunity.id)


def organisations_for_opportunity(
    *,
    opportunity: Opportunity,
    user=None,
    limit: int = DEFAULT_LIMIT,
    countries: list[str] | None = None,
) -> list[Suggestion]:
    """Eligible organisations for an open opportunity, best first (none once it has closed).
    Countries: None or [] for every eligible country."""
    index = matching_index()
    today = timezone.localdate()
    opportunity_row = _open_opportunity_row(index, opportunity, today)
    if opportunity_row is None:
        return []
    hits = index.organisations_for(
        opportunity_row, today=today, limit=limit, countries=set(countries) if countries else None
    )
    return _opportunity_suggestions(index, opportunity_row, hits)


def _opportunity_suggestions(
    index, opportunity_row, hits, *, keep_ids: frozenset[int] = frozenset()
) -> list[Suggestion]:
    """keep_ids: no longer needed (no hit is dropped for its score); kept for the team's call."""
    features = index.opportunity_features(opportunity_row)
    corpus, names = index.corpus, names_in_reader_language(index.display_names)
    suggestions = []
    for hit, organisation in _load(Organisation.objects.published_and_current(), hits):
        candidate = index.organisation_features(hit.row)
        strength = formula.strength(hit.score)
        suggestions.append(
            Suggestion(
                target=organisation,
                score=hit.score,
                points=hit.points,
                reasons=reason_texts(
                    formula.opportunity_reasons(candidate, features, corpus, names), names
                ),
                strength=strength,
                hint=_weak_hint(organisation=None, strength=strength),
                maxima=_opportunity_maxima(candidate, features, corpus),
            )
        )
    return suggestions


def _team_start(
    index: MatchingIndex, opportunity_row: int, organisations: Sequence[Organisation], hits
) -> list[tuple[Hit, formula.OrganisationFeatures]]:
    """The chosen starting organisations as team candidates. One the ranking left out (a low
    score, or not eligible: the members chose it, so it stays) is scored here the same way."""
    by_id = {hit.id: hit for hit in hits}
    opportunity_features = index.opportunity_features(opportunity_row)
    corpus = index.corpus
    start, seen = [], set()
    for organisation in organisations:
        row = index.row_of(organisation.id)
        if (
            row is None
            or organisation.id in seen
            or organisation.status != PublicationStatus.PUBLISHED
        ):
            continue
        seen.add(organisation.id)
        features = index.organisation_features(row)
        hit = by_id.get(organisation.id)
        if hit is None:
            points = formula.opportunity_points(features, opportunity_features, corpus)
            hit = Hit(id=organisation.id, row=row, score=formula.total_score(points), points=points)
        start.append((hit, features))
    return start


def team_for_opportunity(
    *, opportunity: Opportunity, user=None, starting_with: Sequence[Organisation] = ()
) -> Team:
    """A small team covering the required capabilities, each member chosen for capabilities
    the others do not cover yet (see team_choose), with a reason naming what it brings. Never
    the opportunity's own hosts (the organisers and funders of a call are not applicants), nor
    their consortia, nor the members of a host consortium; a consortium counts as one member
    and no two members of one consortium are picked. The capabilities nobody covers are named.

    starting_with: organisations the team is built around (say, one looking for partners for
    the opportunity). They come first, whatever their score, and what they offer counts as
    covered; unpublished ones are left out, as everywhere else in suggestions."""
    index = matching_index()
    today = timezone.localdate()
    opportunity_row = _open_opportunity_row(index, opportunity, today)
    required = list(opportunity.required_capabilities.all())
    if not required:
        return Team(members=[], nothing_required=True)
    if opportunity_row is None:
        return Team(members=[], covered=[], uncovered=required)
    hosts = set()
    for host_id in opportunity.hosts.values_list("id", flat=True):
        # A host consortium's members host with it; a host's partners in other consortia don't.
        hosts |= {host_id} | index.consortia_of.get(host_id, set())
        hosts |= index.members_of.get(host_id, set())
    hits = index.organisations_for(opportunity_row, today=today, limit=TEAM_CANDIDATES)
    start = _team_start(index, opportunity_row, starting_with, hits)
    hits = [
        hit for hit in hits if hit.score >= formula.MINIMUM_SUGGESTION_SCORE and hit.id not in hosts
    ]
    required_ids = {capability.id for capability in required}
    chosen = team_choose(
        candidates=[(hit, index.organisation_features(hit.row)) for hit in hits],
        required=required_ids,
        members_of=index.members_of,
        consortia_of=index.consortia_of,
        start=start,
    )
    covered_ids = set().union(*(features.offers for _hit, features in chosen)) if chosen else set()
    members = _opportunity_suggestions(
        index,
        opportunity_row,
        [hit for hit, _features in chosen],
        keep_ids=frozenset(hit.id for hit, _features in start),
    )
    brings = team_contributions(team=chosen, required=required_ids)
    started = {hit.id for hit, _features in start}
    names = names_in_reader_language(index.display_names).capabilities
    return Team(
        members=[
            replace(
                member,
                reasons=(
                    _contribution_reason(
                        brings[member.target.id], names, started=member.target.id in started
                    ),
                    *member.reasons,
                ),
            )
            for member in members
        ],
        covered=[c for c in required if c.id in covered_ids],
        uncovered=[c for c in required if c.id not in covered_ids],
    )


@dataclass(frozen=True, slots=True)
class Contribution:
    only: frozenset[int]  # required capabilities no other member offers
    shared: frozenset[int]  # required capabilities another member offers too


def team_contributions(
    *, team: Sequence[tuple[Hit, formula.OrganisationFeatures]], required: set[int]
) -> dict[int, Contribution]:
    """Pure: what each member brings of what the opportunity requires, by member id."""
    result = {}
    for hit, features in team:
        mine = features.offers & required
        others = set().union(*(f.offers for h, f in team if h.id != hit.id))
        result[hit.id] = Contribution(only=mine - others, shared=mine & others)
    return result


def _contribution_reason(
    contribution: Contribution, names: Mapping[int, str], *, started: bool
) -> ReasonText:
    return contribution_text(
        only=[names[i] for i in contribution.only if i in names],
        shared=[names[i] for i in contribution.shared if i in names],
        started=started,
    )


def team_choose(
    *,
    candidates: list[tuple[Hit, formula.OrganisationFeatures]],
    required: set[int],
    members_of: dict[int, set[int]],
    consortia_of: dict[int, set[int]],
    max_size: int = TEAM_MAX_SIZE,
    start: Sequence[tuple[Hit, formula.OrganisationFeatures]] = (),
) -> list[tuple[Hit, formula.OrganisationFeatures]]:
    """Pure: after the `start` candidates (which stay first and are never dropped to make
    room), greedily the candidate adding the most capabilities still uncovered; among equals
    one from a side of the border (GB, KR) the team lacks, then the higher score, then the
    lower id. A candidate adding nothing uncovered is never added. If one side is still missing
    at the end, the last pick gives way to a candidate of that side that covers something the
    team would otherwise lack. A consortium stands for its members: neither it and a member,
    nor two members of one consortium, are both picked."""
    team: list[tuple[Hit, formula.OrganisationFeatures]] = list(start[:max_size])
    fixed = len(team)

    def blocked(members) -> set[int]:
        ids = set()
        for hit, _features in members:
            ids |= {hit.id} | members_of.get(hit.id, set())
            for consortium in consortia_of.get(hit.id, set()):
                ids |= {consortium} | members_of.get(consortium, set())
        return ids

    def uncovered(members) -> set[int]:
        return required - set().union(*(features.offers for _hit, features in members))

    def options(members, *, country: str | None = None):
        taken, missing = blocked(members), uncovered(members)
        return [
            c
            for c in candidates
            if c[0].id not in taken
            and c[1].offers & missing
            and (country is None or c[1].country == country)
        ]

    def sides_missing(members) -> set[str]:
        return {"GB", "KR"} - {features.country for _hit, features in members}

    while len(team) < max_size:
        missing, lacking = uncovered(team), sides_missing(team)
        found = options(team)
        if not found:
            break
        team.append(
            max(
                found,
                key=lambda c: (
                    len(c[1].offers & missing),
                    c[1].country in lacking,
                    c[0].score,
                    -c[0].id,
                ),
            )
        )
    for country in sorted(sides_missing(team)):
        if country not in sides_missing(team):
            continue
        base = team if len(team) < max_size else team[:-1]
        if len(base) < fixed:
            continue  # only the chosen starting members: none of them is dropped
        found = options(base, country=country)
        if found:
            missing = uncovered(base)
            team = [
                *base,
                max(found, key=lambda c: (len(c[1].offers & missing), c[0].score, -c[0].id)),
            ]
    return team


def matching_models_list(*, limit: int = 20) -> list[MatchingModel]:
    """The newest fits first; the first is in force (none: the formula's defaults)."""
    return list(MatchingModel.objects.order_by("-id")[:limit])


def dismissals_of(*, user, organisation: Organisation | None = None) -> QuerySet[Dismissal]:
    """What the user marked "not interested" (for one of their organisations, if given), the
    newest first, with what was dismissed. Only the user's own: a colleague's stay theirs."""
    dismissals = Dismissal.objects.filter(user=user)
    if organisation is not None:
        dismissals = dismissals.filter(organisation=organisation)
    return dismissals.select_related("dismissed_organisation", "dismissed_opportunity").order_by(
        "-created_at", "-pk"
    )
