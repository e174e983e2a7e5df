"""A paginator for long lists (100,000 rows and more) that keeps every page cheap.

- A deep page's ids are read first and its rows second ("deferred join", one statement: the
  ids in a subquery): the ids come from an index that serves the order (an index-only scan),
  so a deep OFFSET walks index entries, not whole rows, and nothing is sorted on disk. Pages
  near the start read their rows directly.
- Past COUNT_KEPT_FROM rows the count is kept for a minute in this process (common.kept):
  counting 100,000 rows costs more than the rest of the page, and a headline of "100,000
  organisations" a minute old is still right enough. Smaller counts are always exact.
- A queryset that already knows its rows' ids in order (`ordered_ids_set`: a search that picked
  its candidates) is counted and paged from those ids: no COUNT, no sort, one query for the
  page's rows.
- `max_rows` caps how deep pages go (the last allowed page stands for any later one); the
  page says so (`is_capped`) and asks to narrow the filters.
"""

import hashlib
import math

from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.db.models.query import ModelIterable
from django.utils.functional import cached_property

from common.kept import kept_briefly

# Up to this offset a page reads its rows directly; past it, ids first (much less work).
DEFERRED_FROM = 500
COUNT_KEPT_FROM = 2_000


def _count_key(queryset: QuerySet) -> str:
    sql, params = queryset.order_by().values("pk").query.sql_with_params()
    return "count:" + hashlib.sha256(repr((queryset.db, sql, params)).encode()).hexdigest()


def count_kept(queryset: QuerySet) -> int:
    """queryset.count(), kept briefly once it is COUNT_KEPT_FROM or more (see above)."""
    try:
        key = _count_key(queryset)
    except EmptyResultSet:  # queryset.none(), or a filter nothing can match: no query at all
        return queryset.count()
    return kept_briefly(key, queryset.count, keep=lambda count: count >= COUNT_KEPT_FROM)


_ORDERED_IDS = "_ordered_ids"


def ordered_ids_set(queryset: QuerySet, ids: list, *, rows: QuerySet) -> QuerySet:
    """Marks the queryset as holding exactly the rows with these ids, in this order, so
    ListPaginator counts and pages it from the ids, reading a page's rows from `rows` (a
    queryset they are all in, with the same prefetches and annotations, whose SQL need not
    repeat every id). On this queryset object only: any further filter or order makes a copy
    without the mark, which is then counted and paged as usual."""
    setattr(queryset, _ORDERED_IDS, (ids, rows))
    return queryset


def ordered_ids_of(queryset: QuerySet) -> list | None:
    """The ids ordered_ids_set marked the queryset with, or None."""
    marked = _ordered_ids(queryset)
    return marked[0] if marked is not None else None


def _ordered_ids(rows) -> tuple[list, QuerySet] | None:
    return getattr(rows, _ORDERED_IDS, None) if isinstance(rows, QuerySet) else None


def _ids_first_fits(rows) -> bool:
    """Model rows that can be found again by id. Not DISTINCT (ordered on other columns it can
    repeat ids; such lists are short), a union, or values() dictionaries."""
    return (
        isinstance(rows, QuerySet)
        and rows._iterable_class is ModelIterable
        and not rows.query.distinct
        and not rows.query.combinator
    )


class ListPaginator(Paginator):
    def __init__(
        self,
        object_list,
        per_page,
        *args,
        max_rows: int | None = None,
        ids_first_from: int | None = None,
        rows: QuerySet | None = None,
        **kwargs,
    ):
        super().__init__(object_list, per_page, *args, **kwargs)
        self.max_rows = max_rows
        # 0 for an order no index serves: sorting ids and sort keys alone is several times
        # cheaper than sorting whole rows, even on the first page. None: DEFERRED_FROM.
        self.ids_first_from = ids_first_from
        # Where a page read ids first takes its rows from by id (the list itself if None): a
        # page may need fewer columns and relations than the list's filters and order do.
        self.rows = rows

    @cached_property
    def count(self) -> int:
        ordered = _ordered_ids(self.object_list)
        if ordered is not None:
            return len(ordered[0])
        if isinstance(self.object_list, QuerySet):
            return count_kept(self.object_list)
        return super().count

    @cached_property
    def num_pages(self) -> int:
        pages = super().num_pages
        if self.max_rows is None:
            return pages
        return min(pages, max(1, math.ceil(self.max_rows / self.per_page)))

    @property
    def is_capped(self) -> bool:
        """Whether there are rows past the last page offered."""
        return self.num_pages * self.per_page < self.count

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        ordered = _ordered_ids(self.object_list)
        if ordered is not None:
            ids, rows = ordered
            return self._get_page(_rows_by_id(rows, ids[bottom:top]), number, self)
        return self._get_page(self._rows(bottom, top), number, self)

    def _rows(self, bottom: int, top: int):
        rows = self.object_list
        ids_first_from = DEFERRED_FROM if self.ids_first_from is None else self.ids_first_from
        if bottom < ids_first_from or not _ids_first_fits(rows):
            return rows[bottom:top]
        if self.rows is None:
            # One statement: the page's ids in a subquery (the index-only part, with the
            # OFFSET), the rows by those ids around it, in the list's order again (a sort of one
            # page).
            return list(rows.filter(pk__in=rows.values("pk")[bottom:top]))
        # Other rows than the list's own have no order to sort a page by: ids first.
        ids = list(rows.values_list("pk", flat=True)[bottom:top])
        return _rows_by_id(self.rows, ids)


def _rows_by_id(rows: QuerySet, ids: list) -> list:
    """The rows with these ids, in their order, in one query."""
    if not ids:
        return []
    by_id = {row.pk: row for row in rows.order_by().filter(pk__in=ids)}
    return [by_id[pk] for pk in ids if pk in by_id]
