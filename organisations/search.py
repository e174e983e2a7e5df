"""Text search for the list pages and the API. On PostgreSQL it is full-text search over an
expression that a GIN index covers (see the search index migrations); elsewhere (SQLite in
development and tests) a case-insensitive substring match does the same job on small data."""

import re

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connections
from django.db.models import F, Q, QuerySet

# 'simple' lower-cases but neither stems nor drops stop words: the text is English and Korean,
# and an English stemmer would mangle Korean words and brand names alike. Prefix matching makes
# up for the missing stemmer ("twin" finds "twins") and suits Korean, which attaches particles
# and suffixes to a word's stem ("한빛" finds "한빛대학교").
SEARCH_CONFIG = "simple"
SEARCH_RANK = "search_rank"
_WORD = re.compile(r"[^\W_]+")
# Enough for any real query; more words would only make the query slower.
_MAX_WORDS = 12


def search_vector(*, fields: tuple[str, ...]) -> SearchVector:
    """The searched document. The GIN index migrations index exactly this expression, so a
    change here needs a migration that rebuilds the index, or searches stop using it."""
    return SearchVector(*fields, config=SEARCH_CONFIG)


def search_query(*, words: list[str]) -> SearchQuery:
    """Every word, each as a prefix. Only letters and digits reach to_tsquery (see _WORD), so
    no input can make it a syntax error."""
    raw = " & ".join(f"{word}:*" for word in words)
    return SearchQuery(raw, search_type="raw", config=SEARCH_CONFIG)


def full_text_search(*, queryset: QuerySet, fields: tuple[str, ...], text: str) -> QuerySet:
    """Rows whose fields contain every word of the text (any case; letters and digits only,
    so text with no word finds nothing). On PostgreSQL the rows are annotated with SEARCH_RANK
    and ordered by it, best first, ahead of the queryset's own order."""
    if not text.strip():
        return queryset
    words = _WORD.findall(text)[:_MAX_WORDS]
    if not words:
        return queryset.none()
    if connections[queryset.db].vendor != "postgresql":
        for word in words:
            condition = Q()
            for field in fields:
                condition |= Q(**{f"{field}__icontains": word})
            queryset = queryset.filter(condition)
        return queryset
    query = search_query(words=words)
    vector = search_vector(fields=fields)
    previous_order = queryset.query.order_by or queryset.model._meta.ordering
    return (
        queryset.alias(search_document=vector)
        .filter(search_document=query)
        .annotate(**{SEARCH_RANK: SearchRank(vector, query)})
        .order_by(F(SEARCH_RANK).desc(), *previous_order)
    )
