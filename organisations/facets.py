"""Facet counts for the organisation list, narrowed by the filters chosen, the way faceted
search counts: each facet's numbers apply every OTHER active filter, so the values of a
facet stay comparable while one of them is chosen ("Semiconductors (1,240)" next to
"Batteries (310)" among the organisations of the chosen country).

Counting in SQL per combination of filters took 200-360 ms at 100,000 organisations
(docs/benchmarks.md, session 5), so the counts come from the small side: a compact table of
every listed organisation, read once and kept briefly per process (FacetTable: a few
megabytes of small integer arrays, no Python object per row), the chosen filters applied as
boolean masks and the values counted with numpy.bincount (about a millisecond at 100,000).
The filters the table cannot answer (a text search, a part of a city's name) narrow it by the
ids of the organisations they let through, read by their own query.

The table holds the rows the list shows, `selectors.organisation_list()` (published ones,
for every viewer), so nothing is counted that the list would not show."""

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np
from django.db.models import QuerySet

from common.kept import KEPT_SECONDS
from common.pagination import ordered_ids_of
from organisations import selectors
from organisations.models import Capability, Organisation, OrganisationKind, Sector
from organisations.search import relevance_search

# Below this many listed organisations the table is built afresh for every page (a few small
# queries), so tests and small installs see every change at once; from it on it is kept
# KEPT_SECONDS, as the whole-list counts were (common.kept).
FACETS_KEPT_FROM = 2_000
# Counts kept per table, by the filters they apply: the same filters give the same dict, so
# the rendered option lists are found by its identity (organisations.widgets).
_COUNTS_MAX = 512
_CHUNK = 20_000

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


def _chunks(rows: Iterable[tuple]) -> Iterator[list[tuple]]:
    chunk: list[tuple] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _pairs(queryset: QuerySet, dtype) -> np.ndarray:
    """Two integer columns as an (n, 2) array, read in chunks so no more than a chunk of
    Python tuples exists at once (the worker's heap would keep the room a whole read took)."""
    parts = [np.array(chunk, dtype=dtype) for chunk in _chunks(queryset.iterator(_CHUNK))]
    return np.concatenate(parts) if parts else np.zeros((0, 2), dtype=dtype)


def _tags(relation, ids: np.ndarray, slugs_by_id: dict[int, int]) -> tuple[np.ndarray, ...]:
    """Every listed organisation's tags of one relation: per row how many, and their indexes
    (into the slugs), row after row. The link table is read whole without a join (it is the
    cheap side) and the unlisted organisations' links dropped here."""
    through = relation.through
    pairs = _pairs(
        through.objects.order_by().values_list(
            "organisation_id", relation.field.m2m_reverse_name()
        ),
        np.int64,
    )
    rows = np.searchsorted(ids, pairs[:, 0])
    listed = (rows < len(ids)) & (ids[np.minimum(rows, len(ids) - 1)] == pairs[:, 0])
    rows, targets = rows[listed], pairs[listed, 1]
    index = np.full(int(targets.max(initial=0)) + 1, -1, dtype=np.int32)
    for target, position in slugs_by_id.items():
        if target < len(index):
            index[target] = position
    positions = index[targets]
    known = positions >= 0
    rows, positions = rows[known], positions[known]
    order = np.argsort(rows, kind="stable")
    per_row = np.bincount(rows, minlength=len(ids))
    return per_row.clip(max=255).astype(np.uint8), positions[order].astype(np.int16)


def facet_table_build() -> FacetTable:
    """Reads the table: the listed organisations (kind and country), then both link tables."""
    listed = selectors.organisation_list().order_by("pk").values_list("pk", "kind", "country")
    kind_index = {kind: position for position, kind in enumerate(OrganisationKind.values)}
    country_index: dict[str, int] = {}
    id_parts, kind_parts, country_parts = [], [], []
    for chunk in _chunks(listed.iterator(_CHUNK)):
        id_parts.append(np.array([row[0] for row in chunk], dtype=np.int32))
        kind_parts.append(
            np.array([kind_index.setdefault(row[1], len(kind_index)) for row in chunk], np.int8)
        )
        country_parts.append(
            np.array(
                [country_index.setdefault(row[2], len(country_index)) for row in chunk], np.int16
            )
        )
    ids = np.concatenate(id_parts) if id_parts else np.zeros(0, dtype=np.int32)
    kind = np.concatenate(kind_parts) if kind_parts else np.zeros(0, dtype=np.int8)
    country = np.concatenate(country_parts) if country_parts else np.zeros(0, dtype=np.int16)
    kinds, countries = tuple(kind_index), tuple(country_index)
    sector_rows = list(Sector.objects.order_by("pk").values_list("pk", "slug"))
    capability_rows = list(Capability.objects.order_by("pk").values_list("pk", "slug"))
    sector_counts, sectors = _tags(
        Organisation.sectors,
        ids,
        {pk: position for position, (pk, _) in enumerate(sector_rows)},
    )
    capability_counts, capabilities = _tags(
        Organisation.offers,
        ids,
        {pk: position for position, (pk, _) in enumerate(capability_rows)},
    )
    return FacetTable(
        ids=ids,
        kind=kind,
        country=country,
        sector_counts=sector_counts,
        sectors=sectors,
        capability_counts=capability_counts,
        capabilities=capabilities,
        kinds=kinds,
        countries=countries,
        sector_slugs=tuple(slug for _, slug in sector_rows),
        capability_slugs=tuple(slug for _, slug in capability_rows),
        built=time.monotonic(),
    )


_tables: dict[str, FacetTable] = {}


def facet_table() -> FacetTable:
    """The table, kept KEPT_SECONDS once it holds FACETS_KEPT_FROM organisations."""
    database = Organisation.objects.db
    table = _tables.get(database)
    if table is not None and table.built + KEPT_SECONDS > time.monotonic():
        return table
    table = facet_table_build()
    if len(table.ids) >= FACETS_KEPT_FROM:
        _tables[database] = table
    else:
        _tables.pop(database, None)
    return table


def facet_tables_forget() -> None:
    """Drops the kept tables (tests; or after a bulk import, to count it at once)."""
    _tables.clear()


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

    return table.remember(table.ids_of, ("mask", name, value), compute)


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
            listed = listed.filter(city__icontains=city)
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
        base = table.remember(table.ids_of, ("ids", text, city), lambda: _rows_of(table, read()))
    result = {}
    for name in FACETS:
        others = tuple(
            sorted((key, value) for key, value in chosen.items() if key != name and value)
        )

        def compute(name=name, others=others) -> dict[str, int]:
            rows = np.ones(len(table.ids), dtype=bool) if base is None else base.copy()
            for key, value in others:
                rows &= _mask(table, key, value)
            return _count(table, name, rows)

        result[name] = table.remember(table.counts, (name, others, text, city), compute)
    return result
