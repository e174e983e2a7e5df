"""Facet counts for the organisation list, narrowed by the filters chosen, the way faceted
search counts: each facet's numbers apply every OTHER active filter, so the values of a
facet stay comparable while one of them is chosen ("Semiconductors (1,240)" next to
"Batteries (310)" among the organisations of the chosen country).

Counting in SQL per combination of filters took 200-360 ms at 100,000 organisations
(docs/benchmarks.md, session 5), so the counts come from the small side: a compact table of
every listed organisation, read once and kept per process until it changes (FacetTable: a few
megabytes of small integer arrays, no Python object per row), the chosen filters applied as
boolean masks and the values counted with numpy.bincount (about a millisecond at 100,000).
The filters the table cannot answer (a text search, a part of a city's name) narrow it by the
ids of the organisations they let through, read by their own query.

The table holds the rows the list shows, `selectors.organisation_list()` (published ones,
for every viewer), so nothing is counted that the list would not show.

A large table is shared by the server's processes where var/ is writable: written into a file
there and memory-mapped (organisations.facet_file), so gunicorn's workers read one copy (the
master's warm-up builds it before they fork), one process at a time reads the change marker
and rebuilds, and the others notice a newer file by a stat. Without a writable directory each
process keeps its own table, as before."""

import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from django.conf import settings
from django.db import connections
from django.db.models import Aggregate, QuerySet, TextField

from common.heap import heap_trim
from common.pagination import ordered_ids_of
from organisations import facet_file, selectors
from organisations.models import (
    Capability,
    Organisation,
    OrganisationKind,
    PublicationStatus,
    Sector,
)
from organisations.search import relevance_search

# Below this many listed organisations the change marker is read on every page, so tests and
# small installs see every change at once; from it on at most every CHECKED_EVERY seconds, and
# the table is rebuilt beside the request (facet_table).
FACETS_KEPT_FROM = 2_000
CHECKED_EVERY = 5.0
# Under a stream of edits (the serving benchmark writes 18 a second) a large table is rebuilt
# at most this often: each rebuild costs its worker 70-80 ms of CPU beside the requests and a
# private copy of the table. A lone edit after a quiet spell still shows within CHECKED_EVERY.
REBUILT_AT_MOST_EVERY = 30.0
# Rebuilt this often even if the marker stays (a renamed sector or capability does not move it).
REBUILT_AFTER = 600.0
# Counts kept per table, by the filters they apply: the same filters give the same dict, so
# the rendered option lists are found by its identity (organisations.widgets).
_COUNTS_MAX = 512

logger = logging.getLogger(__name__)

# The facets counted, and the filter (by name in the FilterSet) each one is.
FACETS = ("sector", "capability", "kind", "country")


@dataclass(eq=False)
class FacetTable:
    """One row per listed organisation, in id order. The sector and capability tags as
    compressed rows: every organisation's tags in a row, `*_counts[i]` of them per row."""

    ids: np.ndarray  # int32, sorted
    kind: np.ndarray  # int8 index into kinds
    country: np.ndarray  # int16 index into countries
    sector_counts: np.ndarray  # uint8 per row
    sectors: np.ndarray  # int16 index into sector_slugs, row after row
    capability_counts: np.ndarray  # uint8
    capabilities: np.ndarray  # int16 index into capability_slugs
    kinds: tuple[str, ...]
    countries: tuple[str, ...]
    sector_slugs: tuple[str, ...]
    capability_slugs: tuple[str, ...]
    built: float = 0.0
    # Worked out from the table while it is kept, by the filters they apply.
    counts: dict[tuple, dict[str, int]] = field(default_factory=dict)
    ids_of: dict[tuple, np.ndarray] = field(default_factory=dict)

    @property
    def nbytes(self) -> int:
        arrays = (
            self.ids, self.kind, self.country, self.sector_counts, self.sectors,
            self.capability_counts, self.capabilities,
        )  # fmt: skip
        return sum(array.nbytes for array in arrays)

    def remember(self, store: dict, key: tuple, compute: Callable):
        value = store.get(key)
        if value is None:
            value = compute()
            if len(store) >= _COUNTS_MAX:
                store.clear()
            store[key] = value
        return value


class _IdList(Aggregate):
    """A group's ids as one comma-separated string: numpy reads it in C, where a row per id
    made 560,000 Python tuples (3 s of CPU and tens of megabytes of heap at 100,000)."""

    function = "GROUP_CONCAT"
    output_field = TextField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            function="STRING_AGG",
            template="%(function)s((%(expressions)s)::text, ',')",
            **extra_context,
        )


def _id_array(text: str | None) -> np.ndarray:
    if not text:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(text, dtype=np.int64, sep=",")


def _groups(queryset: QuerySet, key: str, ids: str) -> Iterator[tuple[object, np.ndarray]]:
    """(key, ids of the rows with that key) per distinct key, one query."""
    rows = queryset.order_by().values_list(key).annotate(_ids=_IdList(ids))
    for value, text in rows:
        yield value, _id_array(text)


def _tags(relation, ids: np.ndarray, slugs_by_id: dict[int, int]) -> tuple[np.ndarray, ...]:
    """Every listed organisation's tags of one relation: per row how many, and their indexes
    (into the slugs), row after row. The link table is read whole without a join (it is the
    cheap side), grouped by tag, and the unlisted organisations' links dropped here."""
    row_parts, position_parts = [], []
    tags = relation.through.objects.all()
    for target, owners in _groups(tags, relation.field.m2m_reverse_name(), "organisation_id"):
        position = slugs_by_id.get(target)
        if position is None:
            continue
        rows = np.searchsorted(ids, owners)
        listed = rows < len(ids)
        listed[listed] &= ids[rows[listed]] == owners[listed]
        row_parts.append(rows[listed])
        position_parts.append(np.full(int(listed.sum()), position, dtype=np.int16))
    rows = np.concatenate(row_parts) if row_parts else np.zeros(0, dtype=np.int64)
    positions = np.concatenate(position_parts) if position_parts else np.zeros(0, np.int16)
    order = np.argsort(rows, kind="stable")
    per_row = np.bincount(rows, minlength=len(ids))
    return per_row.clip(max=255).astype(np.uint8), positions[order]


def facet_table_build() -> FacetTable:
    """Reads the table: the listed organisations grouped by kind and country, then both link
    tables grouped by tag; four small queries and the taxonomy's slugs (kept a minute)."""
    kinds = list(OrganisationKind.values)
    countries: list[str] = []
    id_parts, kind_parts, country_parts = [], [], []
    listed = selectors.organisation_list().order_by().values_list("kind", "country")
    for (kind, country), group in _pair_groups(listed):
        if kind not in kinds:
            kinds.append(kind)
        if country not in countries:
            countries.append(country)
        id_parts.append(group)
        kind_parts.append(np.full(len(group), kinds.index(kind), dtype=np.int8))
        country_parts.append(np.full(len(group), countries.index(country), dtype=np.int16))
    ids = np.concatenate(id_parts) if id_parts else np.zeros(0, dtype=np.int64)
    order = np.argsort(ids, kind="stable")
    ids = ids[order].astype(np.int32)
    kind = np.concatenate(kind_parts)[order] if kind_parts else np.zeros(0, dtype=np.int8)
    country = np.concatenate(country_parts)[order] if country_parts else np.zeros(0, np.int16)
    sector_slugs = tuple(selectors.taxonomy_by_slug(model=Sector))
    capability_slugs = tuple(selectors.taxonomy_by_slug(model=Capability))
    sector_counts, sectors = _tags(Organisation.sectors, ids, _positions(Sector, sector_slugs))
    capability_counts, capabilities = _tags(
        Organisation.offers, ids, _positions(Capability, capability_slugs)
    )
    return FacetTable(
        ids=ids,
        kind=kind,
        country=country,
        sector_counts=sector_counts,
        sectors=sectors,
        capability_counts=capability_counts,
        capabilities=capabilities,
        kinds=tuple(kinds),
        countries=tuple(countries),
        sector_slugs=sector_slugs,
        capability_slugs=capability_slugs,
        built=time.monotonic(),
    )


def _pair_groups(queryset: QuerySet) -> Iterator[tuple[tuple, np.ndarray]]:
    for *key, text in queryset.annotate(_ids=_IdList("pk")):
        yield tuple(key), _id_array(text)


def _positions(model, slugs: tuple[str, ...]) -> dict[int, int]:
    rows = selectors.taxonomy_by_slug(model=model)
    return {rows[slug]["id"]: position for position, slug in enumerate(slugs)}


def facet_marker(database: str) -> tuple:
    """A cheap sign that the table's rows may have changed: how many organisations are
    published and the newest updated_at of any (every service that changes one saves it, and
    lapsing sets it too), and per tag link table how many links and the newest link's id
    (a link added raises it, one removed lowers the count). One query of index look-ups and
    counts: 0.3 ms on a small list, tens of milliseconds at 100,000, off the request path."""
    connection = connections[database]
    quote = connection.ops.quote_name
    organisations = quote(Organisation._meta.db_table)
    parts = [
        f"SELECT COUNT(*) FROM {organisations} WHERE {quote('status')} = %s",
        f"SELECT MAX({quote('updated_at')}) FROM {organisations}",
    ]
    for relation in (Organisation.sectors, Organisation.offers):
        links = quote(relation.through._meta.db_table)
        parts += [f"SELECT COUNT(*) FROM {links}", f"SELECT MAX({quote('id')}) FROM {links}"]
    sql = "SELECT " + ", ".join(f"({part})" for part in parts)
    with connection.cursor() as cursor:
        cursor.execute(sql, [PublicationStatus.PUBLISHED])
        return tuple(cursor.fetchone())


@dataclass(eq=False)
class _Kept:
    table: FacetTable
    marker: tuple
    checked: float
    # The shared file the table is mapped from (None: this process's own table) and which
    # version of it (facet_file.identity_of).
    path: Path | None = None
    identity: tuple | None = None


_tables: dict[str, _Kept] = {}
# One refresh at a time per process: a second request while one runs keeps the table it has.
_refreshing = threading.Lock()


def _after_fork_in_child() -> None:
    """A worker forked while its parent's refresh held the lock would never refresh: the
    thread holding it does not exist in the child (gunicorn forks the workers from a master
    that has served warm-up pages)."""
    global _refreshing
    _refreshing = threading.Lock()


os.register_at_fork(after_in_child=_after_fork_in_child)


def _in_background(work: Callable[[], None]) -> None:
    """Runs the refresh beside the request (tests replace it to run at once)."""
    threading.Thread(target=work, name="facet-table-refresh", daemon=True).start()


def _shared_directory() -> Path | None:
    """Where large tables are shared between processes; none under the tests (which share
    into a temporary directory of their own when they test it)."""
    if getattr(settings, "TESTING", False):
        return None
    return Path(settings.VAR_DIR) / "facets"


_unshared: set[str] = set()


def _shared_path(database: str) -> Path | None:
    """The table's file for this database (one per database, whichever alias names it), or
    None where it cannot be written (a read-only install): each process then keeps its own."""
    directory = _shared_directory()
    if directory is None or database in _unshared:
        return None
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        _unshared.add(database)
        return None
    if not os.access(directory, os.W_OK | os.X_OK):
        _unshared.add(database)
        return None
    where = connections[database].settings_dict
    key = "|".join(str(where.get(name) or "") for name in ("ENGINE", "HOST", "PORT", "NAME"))
    return directory / f"organisations-{hashlib.sha256(key.encode()).hexdigest()[:16]}.table"


def _lock_path(path: Path) -> Path:
    """Locked by the process reading the marker; its modification time is when it last did."""
    return path.with_suffix(".lock")


def _table_of(mapped: facet_file.MappedTable) -> FacetTable:
    # The file says when it was built on the wall clock; the kept table's age runs on
    # time.monotonic, as a process's own table's does.
    age = max(0.0, time.time() - mapped.built)
    return FacetTable(**mapped.arrays, **mapped.values, built=time.monotonic() - age)


def _kept_mapped(path: Path, mapped: facet_file.MappedTable, now: float) -> _Kept:
    return _Kept(
        table=_table_of(mapped), marker=mapped.marker, checked=now, path=path,
        identity=mapped.identity,
    )  # fmt: skip


def _written(path: Path, table: FacetTable, marker: tuple) -> bool:
    """Writes the table to the shared file; False if it could not (the directory became
    read-only, the disk is full): the caller keeps its own table then."""
    arrays = {name: getattr(table, name) for name in facet_file.ARRAYS}
    values = {name: getattr(table, name) for name in facet_file.VALUES}
    try:
        facet_file.table_write(
            path, arrays=arrays, values=values, marker=marker,
            built=time.time() - (time.monotonic() - table.built),
        )  # fmt: skip
    except OSError:
        logger.warning("Facet table not shared: %s is not writable", path, exc_info=True)
        return False
    return True


def _first(database: str, now: float) -> _Kept:
    """A process's first table: the shared file's if it is there and still right (its marker
    is today's and it is younger than REBUILT_AFTER), else built and, if large, shared."""
    marker = facet_marker(database)
    path = _shared_path(database)
    if path is not None:
        mapped = facet_file.table_map(path)
        if (
            mapped is not None
            and mapped.marker == facet_file.marker_plain(marker)
            and time.time() - mapped.built < REBUILT_AFTER
        ):
            return _kept_mapped(path, mapped, now)
    table = facet_table_build()
    if path is not None and len(table.ids) >= FACETS_KEPT_FROM and _written(path, table, marker):
        mapped = facet_file.table_map(path)
        if mapped is not None:
            return _kept_mapped(path, mapped, now)
    return _Kept(table=table, marker=marker, checked=now)


def _refresh(database: str, kept: _Kept) -> None:
    """Reads the marker and, if it moved and the table is REBUILT_AT_MOST_EVERY old (or
    REBUILT_AFTER old whatever the marker), the table; in its own thread, with its own
    connection, closed when done. A moved marker on a younger table is seen again next check."""
    rebuilt = False
    try:
        if kept.path is not None:
            rebuilt = _refresh_shared(database, kept.path)
            return
        marker = facet_marker(database)
        age = time.monotonic() - kept.table.built
        if (marker != kept.marker and age >= REBUILT_AT_MOST_EVERY) or age >= REBUILT_AFTER:
            table = facet_table_build()
            _tables[database] = _Kept(table=table, marker=marker, checked=time.monotonic())
            del table
            rebuilt = True
    finally:
        _refreshing.release()
        if threading.current_thread() is not threading.main_thread():
            connections.close_all()
        if rebuilt:
            # After the connection is closed: its client library keeps a buffer as large as
            # the largest result read (the build's id lists, megabytes) until then.
            heap_trim()


def _refresh_shared(database: str, path: Path) -> bool:
    """_refresh for a shared table: done by one process at a time, at most every CHECKED_EVERY
    seconds whichever process's turn it is, so the marker's query is paid once per server
    rather than once per worker; the new file is mapped by each process on its next page.
    Returns whether it rebuilt the table."""
    lock = _lock_path(path)
    with facet_file.exclusive(lock) as held:
        if not held or _checked_lately(path):
            return False  # another process is checking, or checked a moment ago
        wall = time.time()
        os.utime(lock, (wall, wall))
        mapped = facet_file.table_map(path)
        marker = facet_marker(database)
        age = wall - mapped.built if mapped is not None else REBUILT_AFTER
        moved = mapped is None or mapped.marker != facet_file.marker_plain(marker)
        if (moved and age >= REBUILT_AT_MOST_EVERY) or age >= REBUILT_AFTER:
            table = facet_table_build()
            if not _written(path, table, marker):
                _tables[database] = _Kept(table=table, marker=marker, checked=time.monotonic())
            return True
        return False


def _newest(database: str, kept: _Kept, now: float) -> _Kept:
    """The shared file's newest table if another process (or this one's refresh) wrote one
    since this process mapped its own."""
    identity = facet_file.identity_of(kept.path)
    if identity is None or identity == kept.identity:
        return kept
    mapped = facet_file.table_map(kept.path)
    if mapped is None:
        return kept
    newest = _kept_mapped(kept.path, mapped, kept.checked)
    _tables[database] = newest
    return newest


def facet_table() -> FacetTable:
    """The table, rebuilt only when its change marker moves (facet_marker).

    A small table (under FACETS_KEPT_FROM organisations) is checked on every page and rebuilt
    at once, so a change shows on the next page: one query a page rather than the table's four.
    A large one is checked at most every CHECKED_EVERY seconds, beside the request: the
    request is answered from the table kept, and the refresh swaps a new one in when built.
    So counts are right within CHECKED_EVERY seconds plus one build (0.3-0.75 s at 100,000)
    after a change, REBUILT_AT_MOST_EVERY seconds under a stream of them, and never cost a
    request the build once a table exists. A shared table (a file every process maps) is
    checked by one process for all; each process stats the file on every page and maps a
    newer one, so the delays are the same."""
    database = Organisation.objects.db
    kept = _tables.get(database)
    now = time.monotonic()
    if kept is None:
        kept = _first(database, now)
        _tables[database] = kept
        return kept.table
    if kept.path is not None:
        kept = _newest(database, kept, now)
    elif len(kept.table.ids) < FACETS_KEPT_FROM:
        marker = facet_marker(database)
        if marker != kept.marker:
            kept = _Kept(table=facet_table_build(), marker=marker, checked=now)
            _tables[database] = kept
        return kept.table
    if kept.checked + CHECKED_EVERY > now:
        return kept.table
    if kept.path is not None and _checked_lately(kept.path):
        kept.checked = now  # another process's turn: no thread, no connection here
        return kept.table
    if _refreshing.acquire(blocking=False):
        kept.checked = now
        _in_background(lambda: _refresh(database, kept))
        return _tables[database].table
    return kept.table


def _checked_lately(path: Path) -> bool:
    """Whether some process read the shared table's marker less than CHECKED_EVERY ago (the
    lock file's modification time says when)."""
    try:
        return 0 <= time.time() - os.stat(_lock_path(path)).st_mtime < CHECKED_EVERY
    except OSError:
        return False


def facet_tables_forget() -> None:
    """Drops the kept tables (tests; or after a bulk import, to count it at once)."""
    _tables.clear()
    _unshared.clear()


def _tagged(counts: np.ndarray, tags: np.ndarray, position: int) -> np.ndarray:
    """Per row: has it the tag at this position."""
    ends = np.cumsum(counts, dtype=np.int64)
    hits = np.concatenate(([0], np.cumsum(tags == position, dtype=np.int64)))
    return hits[ends] > hits[ends - counts]


def _mask(table: FacetTable, name: str, value: str) -> np.ndarray:
    def compute() -> np.ndarray:
        if name == "kind":
            source, values = table.kind, table.kinds
        elif name == "country":
            source, values = table.country, table.countries
        else:
            counts, tags, slugs = _tag_columns(table, name)
            if value not in slugs:
                return np.zeros(len(table.ids), dtype=bool)
            return _tagged(counts, tags, slugs.index(value))
        if value not in values:
            return np.zeros(len(table.ids), dtype=bool)
        return source == values.index(value)

    packed = table.remember(table.ids_of, ("mask", name, value), lambda: np.packbits(compute()))
    return _unpacked(packed, len(table.ids))


def _unpacked(packed: np.ndarray, rows: int) -> np.ndarray:
    """A kept mask, kept as bits: a mask per filter value and per search kept as bytes held up to
    _COUNTS_MAX x 100 kB per worker at 100,000 organisations under varied filters; as bits an
    eighth of it, for some microseconds per use."""
    return np.unpackbits(packed, count=rows).view(bool)


def _tag_columns(table: FacetTable, name: str) -> tuple[np.ndarray, np.ndarray, tuple]:
    if name == "sector":
        return table.sector_counts, table.sectors, table.sector_slugs
    return table.capability_counts, table.capabilities, table.capability_slugs


def _count(table: FacetTable, name: str, rows: np.ndarray) -> dict[str, int]:
    """{value: organisations among the rows} for one facet; every value has a number."""
    if name in ("sector", "capability"):
        counts, tags, slugs = _tag_columns(table, name)
        numbers = np.bincount(tags[np.repeat(rows, counts)], minlength=len(slugs))
        return dict(zip(slugs, numbers.tolist(), strict=True))
    source, values = (
        (table.kind, table.kinds) if name == "kind" else (table.country, table.countries)
    )
    numbers = np.bincount(source[rows], minlength=len(values))
    return dict(zip(values, numbers[: len(values)].tolist(), strict=True))


def _rows_of(table: FacetTable, ids) -> np.ndarray:
    """A mask of the table's rows whose ids are among these."""
    ids = np.asarray(list(ids), dtype=np.int64)
    positions = np.searchsorted(table.ids, ids)
    found = positions < len(table.ids)
    found[found] &= table.ids[positions[found]] == ids[found]
    mask = np.zeros(len(table.ids), dtype=bool)
    mask[positions[found]] = True
    return mask


def _narrowing_ids(
    *, chosen: dict[str, str], text: str, city: str, fields, page: QuerySet | None
) -> Callable[[], Iterable[int]]:
    """The ids the search and the city let through, whatever the facets chosen: the page's own
    when no facet value is chosen (they are the same rows), else read for the purpose."""

    def read() -> Iterable[int]:
        if page is not None and not any(chosen.values()):
            known = ordered_ids_of(page)
            if known is not None:
                return known
            if text:  # a search sorted otherwise: its few hundred ids
                return page.order_by().values_list("pk", flat=True)
        listed = selectors.organisation_list()
        if city:
            listed = selectors.organisations_in_city(queryset=listed, text=city)
        if text:
            found = relevance_search(queryset=listed, fields=fields, text=text)
            known = ordered_ids_of(found)
            return known if known is not None else found.order_by().values_list("pk", flat=True)
        return listed.order_by().values_list("pk", flat=True)

    return read


def organisation_facet_counts(
    *,
    chosen: dict[str, str],
    text: str = "",
    city: str = "",
    fields=None,
    page: QuerySet | None = None,
) -> dict[str, dict[str, int]]:
    """{facet: {value: number}} for FACETS, each facet's numbers narrowed by every other
    facet's chosen value (`chosen`, by filter name: a slug or code), by a search `text` (over
    `fields`, the search's own at most CANDIDATE_LIMIT best rows) and by a part of a `city`.
    `page`, the list's filtered queryset, saves reading the search's ids again when no facet
    value is chosen. Every sector, capability and kind has a number, 0 if none; every country
    some listed organisation is in."""
    table = facet_table()
    base = None
    if text or city:
        read = _narrowing_ids(chosen=chosen, text=text, city=city, fields=fields, page=page)
        base = table.remember(
            table.ids_of, ("ids", text, city), lambda: np.packbits(_rows_of(table, read()))
        )
    result = {}
    for name in FACETS:
        others = tuple(
            sorted((key, value) for key, value in chosen.items() if key != name and value)
        )

        def compute(name=name, others=others) -> dict[str, int]:
            rows = (
                np.ones(len(table.ids), dtype=bool)
                if base is None
                else _unpacked(base, len(table.ids))
            )
            for key, value in others:
                rows &= _mask(table, key, value)
            return _count(table, name, rows)

        result[name] = table.remember(table.counts, (name, others, text, city), compute)
    return result
