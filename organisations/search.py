"""Text search for the list pages, the API and saved searches, with the same results on
PostgreSQL and SQLite (the README's "Search" section sums it up).

A search is a list of terms, each of which a row must contain somewhere: in its names, in the
names of its sectors and capabilities (English or Korean), or in its texts. Terms are cleaned
up the way people write them rather than the way rows store them:
- English words lose a plural ending and must start a word ("semiconductors" finds
  "Semiconductor", "ai" does not find "daily"); stop words ("for", "the") are skipped;
- Korean words lose a trailing particle and may sit anywhere in a word, since Korean builds
  compounds ("스마트시티에서" finds "부산스마트시티"; "반도체를" finds the sector 반도체).
In the texts, a term also finds its glossary translation (term_translations), and an English
phrase of the glossary its Korean term (phrase_translations), so a text written only in the
other language is found too ("수소" finds "hydrogen", "smart cities" 스마트시티).
English terms are a case-insensitive regular expression, Korean ones a LIKE (Hangul has no
case); PostgreSQL answers both from pg_trgm trigram indexes (organisations migration 0010,
opportunities migration 0009), SQLite runs them with Python's re and its own LIKE, and both
databases agree on what matches. An organisation's names are also kept word by word
(OrganisationNameWord, PostgreSQL only), which answers the names tier of English words from
an index alone (_named_first_ids).

Rows are ranked in three tiers (a name match, then a sector or capability match, then a text
match) and ties keep the list's own order (by name for organisations). Only the best
CANDIDATE_LIMIT rows are kept: each tier's first rows in the list's order are picked by an
indexed query that stops early, so a common word costs the same as a rare one and nothing sorts
every match."""

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial, reduce
from operator import and_, or_

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import (
    BooleanField,
    Case,
    Expression,
    F,
    IntegerField,
    Model,
    OrderBy,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.expressions import RawSQL

from common.kept import kept_briefly
from common.korean_text import glossary_entries
from common.pagination import ordered_ids_set

SEARCH_RANK = "search_rank"
# A search shows at most this many rows: far more than anyone pages through, and small enough
# to rank in a few milliseconds.
CANDIDATE_LIMIT = 500
# Enough for any real query; more words would only make the query slower.
_MAX_TERMS = 12
_WORD = re.compile(r"[^\W_]+")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Particles (조사) Korean attaches to the end of a noun, longest first so "에서는" wins over "는".
# A word keeps at least two syllables, so 국가 (nation) or 평가 (evaluation) stay whole.
_PARTICLES = sorted(
    (
        "에서부터", "에서는", "에서도", "으로는", "으로도", "에게서", "에서", "에게", "께서",
        "으로", "로서", "로써", "까지", "부터", "처럼", "보다", "하고", "이랑", "이나", "마다",
        "에는", "에도", "와", "과", "을", "를", "이", "가", "은", "는", "의", "에", "로", "도",
        "만", "께", "랑", "나",
    ),
    key=len,
    reverse=True,
)  # fmt: skip
_MIN_KOREAN_STEM = 2
# English plural endings, longest first, and the "y" that becomes "ies"; the stem is a prefix
# of singular and plural alike ("technologies" and "technology" → "technolog").
_PLURALS = (
    ("sses", "ss"), ("ies", ""), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("s", ""),
    ("y", ""),
)  # fmt: skip
_MIN_ENGLISH_STEM = 3
# Words ending in "s" that are no plural: "analysis", "status", "class".
_NOT_PLURAL = re.compile(r"(is|us|ss)$")


def search_term(*, word: str) -> str:
    """What a row must contain for one word of a search: the word without a Korean particle
    or an English plural ending, in lower case."""
    word = word.lower()
    if _HANGUL.search(word):
        for particle in _PARTICLES:
            stem = word.removesuffix(particle)
            if stem != word and len(stem) >= _MIN_KOREAN_STEM:
                return stem
        return word
    if word.isascii() and not _NOT_PLURAL.search(word):
        for ending, replacement in _PLURALS:
            if word.endswith(ending) and not (ending == "y" and word[-2:-1] in "aeiou"):
                stem = word[: -len(ending)] + replacement
                if len(stem) >= _MIN_ENGLISH_STEM:
                    return stem
                break
    return word


# English words that say nothing of a row; a Korean text has none of them, so "computer vision
# for smart cities" would never find 컴퓨터비전 and 스마트시티 if "for" had to be found too.
_STOP_WORDS = frozenset(
    ("a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with")
)


def search_terms(*, text: str) -> list[str]:
    """The terms of a search text, each once, without English stop words unless the text has
    nothing else; only letters and digits count, so no input can make a pattern that fails,
    and text without a word has no terms."""
    terms = list(dict.fromkeys(search_term(word=word) for word in _WORD.findall(text)))
    meaningful = [term for term in terms if term not in _STOP_WORDS]
    return (meaningful or terms)[:_MAX_TERMS]


# A translation holds letters, digits, hyphens and single spaces, so it needs no escaping.
_PHRASE = re.compile(r"[a-z0-9-]+(?: [a-z0-9-]+)*")


@dataclass(frozen=True)
class _SearchGlossary:
    """The glossary (common.korean_text) as a search reads it, by search term."""

    english_of: dict[str, str]  # Korean term -> the English it is shown as
    korean_of: dict[str, list[str]]  # one-word English term -> its Korean terms
    phrases: dict[tuple[str, ...], list[str]]  # English phrase, word by word -> Korean terms


def _innermost(terms: list[str]) -> list[str]:
    # Korean terms match inside words, so one that holds another adds nothing: 수소 finds
    # 그린수소 already.
    return [one for one in sorted(set(terms)) if not any(o != one and o in one for o in terms)]


@cache
def _glossary_for_search() -> _SearchGlossary:
    """The English each Korean term is shown as; the Korean terms of each one-word English
    term and its one-word variant ("robot", "robotics" -> 로봇; "ai" -> 인공지능); and those of
    each English phrase, word by word ("smart city" -> 스마트시티). A word of a longer phrase
    stands for no term on its own ("discovery" is not 신약)."""
    english_of: dict[str, str] = {}
    korean_of: dict[str, list[str]] = {}
    phrases: dict[tuple[str, ...], list[str]] = {}
    for key, term in glossary_entries().items():
        shown = term.english.lower()
        if _PHRASE.fullmatch(shown):
            # Each word without its plural ending: "smart cit" finds "smart cities".
            words = tuple(search_term(word=word) for word in shown.split())
            english_of[key] = " ".join(words)
            # As a search's terms come, without stop words ("in vitro diagnostics").
            searched = tuple(search_terms(text=shown))
            if len(searched) > 1:
                phrases.setdefault(searched, []).append(key)
        if " " not in shown:
            more = term.words.split()[1:]  # after the shown English
            for word in filter(_PHRASE.fullmatch, [shown, *(more if len(more) == 1 else ())]):
                korean_of.setdefault(search_term(word=word), []).append(key)
    return _SearchGlossary(
        english_of=english_of,
        korean_of={word: _innermost(terms) for word, terms in korean_of.items()},
        phrases={words: _innermost(terms) for words, terms in phrases.items()},
    )


def term_translations(*, term: str) -> list[str]:
    """The term in the other language, from the glossary: what a text written only in that
    language says instead ("수소" -> "hydrogen"; "hydrogen" -> 수소)."""
    glossary = _glossary_for_search()
    if _HANGUL.search(term):
        return [glossary.english_of[term]] if term in glossary.english_of else []
    return glossary.korean_of.get(term, [])


def phrase_translations(*, terms: list[str]) -> list[tuple[int, int, list[str]]]:
    """The glossary's English phrases among consecutive terms, as (first, end, Korean terms),
    the longest first where they overlap: "smart city" is one thing to a Korean text
    (스마트시티), though neither word is."""
    phrases = _glossary_for_search().phrases
    longest = max(map(len, phrases), default=0)
    found = []
    first = 0
    while first < len(terms):
        for end in range(min(len(terms), first + longest), first + 1, -1):
            if (korean := phrases.get(tuple(terms[first:end]))) is not None:
                found.append((first, end, korean))
                first = end
                break
        else:
            first += 1
    return found


def term_pattern(*, term: str, vendor: str) -> str:
    """A regular expression for one term. Korean may match inside a compound word; anything
    else must start a word: PostgreSQL writes that \\m, Python's re (SQLite's REGEXP) \\b, which
    before a letter or digit means the same. Terms hold letters and digits only (see
    search_terms), and a glossary translation hyphens and single spaces too, so nothing in
    them needs escaping."""
    if _HANGUL.search(term):
        return term
    return (r"\m" if vendor == "postgresql" else r"\b") + term


@dataclass(frozen=True)
class SearchFields:
    """Where a model's search looks, tier by tier: its own name fields, many-to-many relations
    to Sector or Capability (matched by their English and Korean names), its other texts."""

    names: tuple[str, ...]
    taxonomy: tuple[str, ...]
    texts: tuple[str, ...]
    # A table of the names' words kept in the list's order (OrganisationNameWord), which
    # answers the names tier from an index on PostgreSQL; None for a model without one.
    name_words: type[Model] | None = None


# Korean has no case, so a term of Hangul (and digits) is a plain LIKE, three times faster
# than a regular expression on PostgreSQL and served by the same trigram indexes.
_CASELESS = re.compile(r"[\uac00-\ud7a30-9]+")


def _fields_match(fields: tuple[str, ...], term: str, vendor: str) -> Q:
    if _CASELESS.fullmatch(term):
        lookup, value = "contains", term
    else:
        lookup, value = "iregex", term_pattern(term=term, vendor=vendor)
    condition = Q()
    for field in fields:
        condition |= Q(**{f"{field}__{lookup}": value})
    return condition


TaxonomyNames = dict[type[Model], list[tuple[int, str, str]]]


def _taxonomy_names(model: type[Model], relations: tuple[str, ...]) -> TaxonomyNames:
    """Every sector and capability the relations lead to, with its English and Korean name:
    a few hundred short rows, one query per model, matched in Python. Knowing which of them
    match lets a search leave them out of the SQL when none does, and then PostgreSQL can
    answer a rare word from the trigram indexes alone. Kept a minute (common.kept), as the
    filters' taxonomy options are: two round trips fewer per search, and a renamed sector is
    found by its new name within the minute."""
    fields = [model._meta.get_field(relation) for relation in relations]
    targets = dict.fromkeys(field.remote_field.model for field in fields)
    return {
        target: kept_briefly(
            f"search:names:{target._meta.label}:{target.objects.db}",
            lambda target=target: list(
                target.objects.order_by().values_list("pk", "name", "name_ko")
            ),
            keep=lambda names: True,
        )
        for target in targets
    }


def _taxonomy_match(
    model: type[Model], relations: tuple[str, ...], names: TaxonomyNames, term: str
) -> Q:
    """Rows linked to a sector or capability whose name holds the term: through the link
    table, so the row itself is never joined (and never duplicated)."""
    # The pattern SQLite's REGEXP runs (Python's re), so it matches as the SQL does.
    pattern = re.compile(term_pattern(term=term, vendor="sqlite"), re.IGNORECASE)
    condition = Q()
    for relation in relations:
        field = model._meta.get_field(relation)
        ids = [
            pk
            for pk, name, name_ko in names[field.remote_field.model]
            if pattern.search(name) or pattern.search(name_ko)
        ]
        if ids:
            links = field.remote_field.through.objects.filter(
                **{f"{field.m2m_reverse_field_name()}__in": ids}
            )
            condition |= Q(pk__in=links.values(field.m2m_field_name()))
    return condition


def _tiers(queryset: QuerySet, fields: SearchFields, terms: list[str]) -> list[Callable[[], Q]]:
    """Conditions for the tiers, best first; each tier's rows include the tiers above it.
    Each is built when asked for: matching the terms against every sector's and capability's
    names (several hundred regular expression searches) is left undone when the names tier
    fills the candidates. The names are read (or found kept) at once all the same."""
    model = queryset.model
    vendor = connections[queryset.db].vendor
    names = _taxonomy_names(model, fields.taxonomy)

    @cache
    def in_taxonomy() -> list[Q]:
        return [
            _fields_match(fields.names, term, vendor)
            | _taxonomy_match(model, fields.taxonomy, names, term)
            for term in terms
        ]

    def all_in_names() -> Q:
        return reduce(and_, (_fields_match(fields.names, term, vendor) for term in terms), Q())

    def all_in_taxonomy() -> Q:
        return reduce(and_, in_taxonomy(), Q())

    korean_texts = tuple(field for field in fields.texts if field.endswith("_ko"))
    english_texts = tuple(field for field in fields.texts if field not in korean_texts)

    def in_texts(term: str) -> Q:
        # A text written only in the other language counts through the glossary's terms,
        # looked for in that language's texts only.
        translated = english_texts if _HANGUL.search(term) else korean_texts
        return reduce(
            or_,
            (_fields_match(translated, form, vendor) for form in term_translations(term=term)),
            _fields_match(fields.texts, term, vendor),
        )

    def all_anywhere() -> Q:
        each = [
            matched | in_texts(term) for term, matched in zip(terms, in_taxonomy(), strict=True)
        ]
        conditions = list(each)
        # A Korean text holding the phrase's term stands for all of the phrase's words.
        for first, end, korean in reversed(phrase_translations(terms=terms)):
            conditions[first:end] = [
                reduce(
                    or_,
                    (_fields_match(korean_texts, form, vendor) for form in korean),
                    reduce(and_, each[first:end]),
                )
            ]
        return reduce(and_, conditions, Q())

    if not fields.taxonomy:
        return [all_in_names, all_anywhere]
    return [all_in_names, all_in_taxonomy, all_anywhere]


def _ids(queryset: QuerySet) -> QuerySet:
    # Only ids are read, and a duplicate id does no harm, while DISTINCT with an ORDER BY
    # would put the ordering columns into the SELECT.
    ids = queryset.all()
    ids.query.distinct = False
    ids.query.distinct_fields = ()
    return ids


# A names tier with at most this many matches is read whole and sorted: the trigram indexes
# find them wherever they sit in the list's order. With more, walking the order's index finds
# the first rows sooner, unless the word clusters in that order (a word that starts names,
# "Hanul ...", sits in one stretch of the name order), which no statistic shows, so the walk
# is left to common words. Six times the candidates: above the count of a common first word in
# the 100k benchmark data (about 2,200), and near where both plans cost the same for an
# evenly spread word (docs/benchmarks.md, "Issue 14: organisation lists (session 6)").
FEW_MATCHES = 3_000
_MANY = "many"
# pg_trgm finds no trigram in a shorter term, so a read of its matches would scan the table.
_MIN_INDEXED_TERM = 3


def _sort_keys(order: list) -> list[OrderBy] | None:
    """The order as OrderBy expressions, or None for one this cannot repeat on a subquery's
    columns (a random order)."""
    keys = []
    for item in order:
        if isinstance(item, str):
            if item == "?":
                return None
            keys.append(OrderBy(F(item.lstrip("-")), descending=item.startswith("-")))
        elif isinstance(item, OrderBy):
            keys.append(item)
        elif hasattr(item, "resolve_expression"):
            keys.append(OrderBy(item))
        else:
            return None
    return keys


def _few_first_ids(matches: QuerySet, order: list, limit: int) -> list[int] | None:
    """The first `limit` ids of the matches in the list's order if there are at most
    FEW_MATCHES matches, else None. One query: up to FEW_MATCHES + 1 matches are read without
    an order (so PostgreSQL takes them from the trigram indexes, or for a common word from a
    table scan that stops early, never from a walk of the order's index), then counted and
    sorted by their sort keys."""
    keys = _sort_keys(order)
    if keys is None:
        return None
    aliases = {f"_sort{place}": key.expression for place, key in enumerate(keys)}
    found = matches.order_by().values(_id=F("pk"), **aliases)[: FEW_MATCHES + 1]
    try:
        inner, params = found.query.sql_with_params()
    except EmptyResultSet:  # a filter nothing can match
        return []
    connection = connections[matches.db]
    quote = connection.ops.quote_name
    compiler = found.query.get_compiler(connection=connection)
    sorts = []
    for alias, key in zip(aliases, keys, strict=True):
        # The subquery's columns keep their collation, so they sort as the table's do.
        column = RawSQL(f"{quote('found')}.{quote(alias)}", ())
        sort = OrderBy(
            column,
            descending=key.descending,
            nulls_first=key.nulls_first,
            nulls_last=key.nulls_last,
        )
        sort_sql, sort_params = compiler.compile(sort)
        sorts.append(sort_sql)
        params = (*params, *sort_params)
    sql = (
        f"SELECT {quote('_id')}, COUNT(*) OVER () FROM ({inner}) {quote('found')} "
        f"ORDER BY {', '.join(sorts)} LIMIT %s"
    )
    return _counted_ids(matches.db, sql, (*params, limit))


def _counted_ids(db: str, sql: str, params: tuple) -> list[int] | None:
    """The ids the query reads (its rows are an id and how many matched in all), or None if
    more than FEW_MATCHES matched."""

    def read() -> list[int] | str:
        with connections[db].cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        return _MANY if rows and rows[0][1] > FEW_MATCHES else [pk for pk, _ in rows]

    # A query with many matches is remembered for a minute (common.kept), so a common word
    # searched again walks at once instead of reading FEW_MATCHES rows first.
    key = "search:many:" + hashlib.sha256(repr((db, sql, params)).encode()).hexdigest()
    found = kept_briefly(key, read, keep=lambda found: found == _MANY)
    return None if found == _MANY else found


# The list's order that OrganisationNameWord's index holds (by name, ties by id).
_NAME_ORDERS = (["name", "id"], ["name", "pk"])


def _word_start(term: str) -> bool:
    """Whether the term must start a word (see term_pattern), which a name's words answer;
    Korean and all-digit terms may sit inside one, which only the trigram indexes find."""
    return not _HANGUL.search(term) and not _CASELESS.fullmatch(term)


def _named_first_ids(
    queryset: QuerySet, words: type[Model], terms: list[str], limit: int
) -> list[int] | None:
    """The names tier from the table of the names' words, PostgreSQL only: the first `limit`
    ids, by name, of the queryset's rows with a word starting with each term, or None if
    more than FEW_MATCHES rows have a word starting with the longest. The words' index holds
    each word with its row's name and id, so up to FEW_MATCHES + 1 of them are read from the
    index alone and sorted, and the queryset's own conditions are checked row by row in that
    order, stopping at `limit`: no organisation row is read to find or sort the matches,
    where the trigram indexes recheck every candidate's row."""
    try:
        rows_sql, rows_params = _ids(queryset).order_by().values("pk").query.sql_with_params()
    except EmptyResultSet:  # a filter nothing can match
        return []
    quote = connections[queryset.db].ops.quote_name
    table = quote(words._meta.db_table)
    # The longest term has the fewest words starting with it, as a rule. Terms hold letters
    # and digits only, so none holds a LIKE wildcard.
    first, *others = sorted(terms, key=len, reverse=True)
    others_sql = "".join(
        f" AND EXISTS (SELECT 1 FROM {table} other WHERE other.organisation_id = "
        "word.organisation_id AND other.word LIKE %s)"
        for _ in others
    )
    # One row per organisation (two of its words may start with the term), counted before
    # that, and only up to FEW_MATCHES + 1 read, in no order, so a common word stops early.
    sql = (
        "SELECT one.organisation_id, one.total FROM (SELECT DISTINCT ON (found.name, "
        "found.organisation_id) found.organisation_id, found.name, found.total FROM (SELECT "
        "word.organisation_id, word.name, COUNT(*) OVER () AS total FROM (SELECT "
        f"word.organisation_id, word.name FROM {table} word WHERE word.word LIKE %s"
        f"{others_sql} LIMIT %s) word) found ORDER BY found.name, found.organisation_id) one "
        f"WHERE one.organisation_id IN ({rows_sql}) ORDER BY one.name, one.organisation_id "
        "LIMIT %s"
    )
    params = (
        f"{first}%",
        *(f"{term}%" for term in others),
        FEW_MATCHES + 1,
        *rows_params,
        limit,
    )
    return _counted_ids(queryset.db, sql, params)


def _best_ids(
    queryset: QuerySet,
    tiers: list[Callable[[], Q]],
    order: list,
    limit: int,
    *,
    indexed: bool = True,
    named: Callable[[QuerySet], list[int] | None] | None = None,
) -> list[list[int]]:
    """The ids of the best `limit` rows (rank first, then the queryset's order), tier by tier.
    Each tier's first `limit` rows in the queryset's order are read, and no query reads or
    sorts every match. The names tier, when it has few matches (see FEW_MATCHES), is read
    whole from the trigram indexes and sorted; otherwise a tier is read by walking the order's
    index until `limit` rows are found, which a common word does soon. `indexed` says whether
    a term is long enough for the trigram indexes; if none is, only the walk can stop early.
    `named`, when given, reads the names tier instead (from the names' words, see
    _named_first_ids), or says None when it has many matches.
    The lower tiers always walk: their taxonomy condition (a subquery) cannot be read from an
    index, so reading their matches whole would scan the table. Rows a higher tier holds are
    left out of the lower ones: the best rows overall are always among these."""
    rows = _ids(queryset)
    seen: set[int] = set()
    best: list[list[int]] = []
    room = limit
    for place, tier in enumerate(tiers):
        if not room:
            break
        matches = rows.filter(tier())
        if place == 0 and named is not None:
            ids = named(rows)
        else:
            ids = _few_first_ids(matches, order, limit) if indexed and place == 0 else None
        if ids is None:
            ids = list(matches.order_by(*order).values_list("pk", flat=True)[:limit])
        fresh = [pk for pk in dict.fromkeys(ids) if pk not in seen][:room]
        seen.update(fresh)
        best.append(fresh)
        room -= len(fresh)
    return best + [[]] * (len(tiers) - len(best))


class IdIn(Expression):
    """The row's id is one of these: `pk__in=ids` for the few hundred ids of a search's best
    rows, one array parameter on PostgreSQL. Django's `in` lookup prepares each id when the
    filter is made and again when it is compiled: 0.6 ms of CPU per search for 500 ids (the
    filter and the rank's CASE), spent even by the list pages, which page those ids by
    themselves (common.pagination) and never compile it."""

    conditional = True
    output_field = BooleanField()

    def __init__(self, ids: list[int]):
        super().__init__()
        self.ids = ids
        self.column = F("pk")

    def get_source_expressions(self) -> list:
        return [self.column]

    def set_source_expressions(self, expressions: list) -> None:
        (self.column,) = expressions

    def as_sql(self, compiler, connection) -> tuple[str, tuple]:
        column, params = compiler.compile(self.column)
        if connection.vendor == "postgresql":
            return f"{column} = ANY(%s)", (*params, self.ids)
        return f"{column} IN ({', '.join(['%s'] * len(self.ids))})", (*params, *self.ids)


def relevance_search(
    *,
    queryset: QuerySet,
    fields: SearchFields,
    text: str,
    limit: int | None = CANDIDATE_LIMIT,
    relevance_order: bool = True,
) -> QuerySet:
    """The rows of the queryset that contain every term of the text, annotated with
    SEARCH_RANK (higher is better). With relevance_order, best first and ties in the
    queryset's own order; without, in the queryset's own order. With a limit, only the best
    `limit` rows (rank first, then the queryset's order), found at once by a fixed number of
    queries (one per tier), so that counting and paging them reads no more than those ids.
    Empty text changes nothing; text without a word finds nothing."""
    if not text.strip():
        return queryset
    terms = search_terms(text=text)
    if not terms:
        return queryset.none()
    order = list(queryset.query.order_by or queryset.model._meta.ordering)
    tiers = _tiers(queryset, fields, terms)
    if limit is None:
        found = queryset.filter(tiers[-1]())
        conditions = [tier() for tier in tiers[:-1]]
    else:
        indexed = any(len(term) >= _MIN_INDEXED_TERM for term in terms)
        words = fields.name_words
        named = None
        if (
            words is not None
            and connections[queryset.db].vendor == "postgresql"
            and order in _NAME_ORDERS
            and all(_word_start(term) for term in terms)
        ):
            named = partial(_named_first_ids, words=words, terms=terms, limit=limit)
        best = _best_ids(queryset, tiers, order, limit, indexed=indexed, named=named)
        every = [pk for ids in best for pk in ids]
        found = queryset.filter(IdIn(every) if every else Q(pk__in=[]))
        # A tier with no rows ranks nothing.
        conditions = [IdIn(ids) if ids else None for ids in best[:-1]]
    rank = Case(
        *(
            When(condition, then=Value(len(tiers) - place))
            for place, condition in enumerate(conditions)
            if condition is not None
        ),
        default=Value(1),
        output_field=IntegerField(),
    )
    found = found.annotate(**{SEARCH_RANK: rank})
    if not relevance_order:
        return found
    found = found.order_by(F(SEARCH_RANK).desc(), *order)
    if limit is None:
        return found
    # The tiers, best first, each in the list's order: the order found has. A paginator
    # counts and pages these ids instead of sorting the candidates in SQL.
    return ordered_ids_set(found, [pk for ids in best for pk in ids], rows=queryset)


class SearchFilterSetMixin:
    """For a FilterSet with a `q` filter whose method is `filter_q` (and, optionally, a `sort`
    filter): the search is applied after every other filter, so the bounded candidate set is
    taken among the rows they let through, not cut down by them afterwards."""

    search_fields: SearchFields
    # None for every match, as a saved search's alert needs: a new row that ranks low is news.
    search_limit: int | None = CANDIDATE_LIMIT

    def filter_q(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        # Applied in filter_queryset, once the other filters have run.
        return queryset

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        return relevance_search(
            queryset=queryset,
            fields=self.search_fields,
            text=data.get("q") or "",
            limit=self.search_limit,
            relevance_order=not data.get("sort"),
        )
