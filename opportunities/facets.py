"""The numbers next to the opportunity list's filter options, narrowed as faceted search
narrows them: each facet's numbers count the opportunities every OTHER chosen filter (the
search, the city, open or closed, closing within, the other facets) lets through, so a reader
who picks "Korea" sees how many of Korea's opportunities are in each sector, while the country
list still shows the other countries it could switch to.

The list is a few thousand rows, so each facet is one grouped query in SQL (12-19 ms of
database time for the four at 5,000 opportunities), not a table in memory as the
organisations' (organisations.facets). The numbers are kept in the process per combination of
chosen values, for as long as a change marker (one cheap query) and the date stay the same.
On a small list the marker is read each time the form shows counts, so a change shows on the
next page; on a large one at most every MARKER_CHECKED_EVERY seconds per process."""

import datetime
import threading
import time
from collections.abc import Callable

from django.db import connections
from django.db.models import Count, Q, QuerySet

from opportunities.models import Opportunity, OpportunityKind
from organisations.filters import PARTNER_COUNTRIES
from organisations.models import Capability, Sector

# The filters whose options show numbers, by filter name.
FACETS = ("sector", "capability", "kind", "country")

COUNTED_AFRESH_EVERY = 600
# From this many opportunities (drafts included), the marker is read at most every
# MARKER_CHECKED_EVERY seconds, so an edit shows within that time instead of on the next page.
MARKER_CHECKED_FROM = 2_000
MARKER_CHECKED_EVERY = 1.0

# Combinations kept per marker: a few hundred dicts of a few hundred numbers each.
_KEPT_MAX = 512
_lock = threading.Lock()
_kept: dict[tuple, dict[str, int]] = {}
_kept_marker: list = [None]
_checked: dict[str, tuple[float, tuple]] = {}


def _links(field: str) -> tuple[str, str]:
    through = Opportunity._meta.get_field(field).remote_field.through._meta
    return through.db_table, through.pk.column


def facet_marker(*, database: str) -> tuple:
    """Moves whenever an opportunity is added or deleted (the row count), saved (every service
    and the bulk import set `updated_at`, so it moves with status, kind, country, city,
    deadline, texts and the links set with them), or given a sector or needed capability (the
    link tables' newest id). Four index reads: 0.5 ms at 5,000 opportunities, where counting
    the link tables' rows as well took 2.2 ms."""
    quote = connections[database].ops.quote_name
    table = quote(Opportunity._meta.db_table)
    parts = [f"SELECT COUNT(*) FROM {table}", f"SELECT MAX({quote('updated_at')}) FROM {table}"]
    for field in ("sectors", "required_capabilities"):
        links, pk = _links(field)
        parts.append(f"SELECT MAX({quote(pk)}) FROM {quote(links)}")
    with connections[database].cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(f"({part})" for part in parts))
        return tuple(cursor.fetchone())


def _now() -> float:
    return time.monotonic()


def _marker_read(database: str) -> tuple:
    """facet_marker, read on every page for a small list; from MARKER_CHECKED_FROM
    opportunities at most every MARKER_CHECKED_EVERY seconds per process, since its round trip
    was a tenth of a kept page's time."""
    now = _now()
    last = _checked.get(database)
    if (
        last is not None
        and now - last[0] < MARKER_CHECKED_EVERY
        and last[1][0] >= MARKER_CHECKED_FROM
    ):
        return last[1]
    marker = facet_marker(database=database)
    _checked[database] = (now, marker)
    return marker


def facet_counts_forget() -> None:
    """Forget every kept count and marker (tests; a process starts with none)."""
    with _lock:
        _kept.clear()
        _kept_marker[0] = None
        _checked.clear()


def _count(name: str, public: QuerySet[Opportunity], rows: QuerySet) -> dict[str, int]:
    """{value: opportunities among the rows} for one facet, in one query. Every sector,
    capability and kind has a number, 0 if none; so have Korea, the UK and every country some
    listed opportunity is in (the others have none on the whole list either)."""
    among = rows.order_by().values("pk")
    if name in ("sector", "capability"):
        model, relation = (
            (Sector, "opportunities")
            if name == "sector"
            else (Capability, "required_by_opportunities")
        )
        return dict(
            model.objects.order_by()
            .values_list("slug")
            .annotate(count=Count(relation, filter=Q(**{f"{relation}__in": among})))
        )
    # Korea and the UK, first in the list, always show a number, as the kinds do.
    counts = dict.fromkeys(OpportunityKind.values if name == "kind" else PARTNER_COUNTRIES, 0)
    grouped = (
        public.order_by().values_list(name).annotate(count=Count("pk", filter=Q(pk__in=among)))
    )
    for value, count in grouped:
        if value:
            counts[value] = counts.get(value, 0) + count
    return counts


def opportunity_facet_counts(
    *,
    chosen: dict[str, str],
    narrowing: tuple,
    rows_without: Callable[[str], QuerySet],
    public: QuerySet[Opportunity],
    today: datetime.date,
) -> dict[str, dict[str, int]]:
    """{facet: {value: number}} for FACETS. `chosen` is each facet's chosen value by filter
    name (a slug or code, "" for none); `narrowing` the other filters' values (the search, the
    city...), as a key. rows_without(name) is the list's filtered queryset with every filter
    but that facet (and the sort) applied; `public` the whole list (visibility as the list's
    selector), read for the countries it has. The same combination on the same data and day
    gives the same dict object, which the rendered options are kept by
    (organisations.widgets, filter_form_tags)."""
    # The period: what the marker misses (a sector renamed or deleted, a link removed by hand
    # in SQL) shows within COUNTED_AFRESH_EVERY.
    period = int(time.time() // COUNTED_AFRESH_EVERY)
    marker = (public.db, today, period, _marker_read(public.db))
    with _lock:
        if _kept_marker[0] != marker:
            _kept.clear()
            _kept_marker[0] = marker
    result = {}
    for name in FACETS:
        others = tuple(sorted((key, value) for key, value in chosen.items() if key != name))
        key = (name, others, narrowing)
        counts = _kept.get(key)
        if counts is None:
            counts = _count(name, public, rows_without(name))
            with _lock:
                if _kept_marker[0] == marker:
                    if len(_kept) >= _KEPT_MAX:
                        _kept.clear()
                    counts = _kept.setdefault(key, counts)
        result[name] = counts
    return result
