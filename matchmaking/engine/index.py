"""An in-memory index that finds the best matches for one organisation or opportunity quickly.

Every organisation is a row. Rows keep their tags as compressed sparse rows (offers, seeks,
sectors) and their description as TF-IDF weights. A query builds small lookup tables from its
own tags and lets matchmaking.engine.kernels scan the rows in order, skipping whole countries
that a filter rules out, and computing description similarity only where it could matter.

The index holds no model instances and never touches the database: matchmaking.index_store
reads the records, builds it, and keeps it fresh. Rows changed since the full build live in a
small delta segment that overrides the base, so an edit shows at once without a rebuild.
"""

import copy
import datetime
import itertools
import math
import mmap
import threading
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from matchmaking.engine import formula, kernels
from matchmaking.engine.records import (
    MatchingRecords,
    OpportunityRecords,
    OrganisationRecords,
    ProjectRecords,
)

UNKNOWN_YEAR = -1
ROLLING = np.iinfo(np.int64).max
# Description terms whose inverted lists together stay under this many entries are summed
# exactly for every organisation up front; longer (common, low-weight) ones are bounded and only
# looked at for organisations that could still make the list.
TEXT_POSTINGS_BUDGET = 20_000
# A description term found in more than this share of the organisations is "common": the scans
# bound what the common terms add by Cauchy-Schwarz, from each organisation's length on them
# (kernels.text_bound_of). Common words weigh little, so that bound is tight, and the rare terms
# that decide similarity are summed exactly from their short inverted lists.
COMMON_TERM_SHARE = 0.01
_EMPTY_INT = np.zeros(0, dtype=np.int64)
# In the order of formula.weighted_points, which the kernels add up in.
_EMPTY_BOOL = np.zeros(0, dtype=bool)
_NO_NEED_CREDIT = np.zeros((0, 0))


class IndexOutOfDate(Exception):
    """Changed records cannot be applied as a delta (unknown taxonomy): rebuild the index."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One suggestion: the other side's id and row, its score and points per factor."""

    id: int
    row: int
    score: float
    points: dict[str, float]


def _incidence(lists, column_ids: np.ndarray, width: int) -> sparse.csr_matrix:
    """A 0/1 rows x columns matrix from one list of ids per row (duplicates collapse);
    column_ids are the sorted ids of the columns."""
    lengths = np.fromiter((len(items) for items in lists), dtype=np.int64, count=len(lists))
    ids = np.fromiter(itertools.chain.from_iterable(lists), dtype=np.int64, count=lengths.sum())
    columns = np.searchsorted(column_ids, ids)
    known = columns < len(column_ids)
    if not known.all() or not np.array_equal(column_ids[columns], ids):
        raise IndexOutOfDate("unknown taxonomy id")
    rows = np.repeat(np.arange(len(lists)), lengths)
    matrix = sparse.csr_matrix((np.ones(len(ids)), (rows, columns)), shape=(len(lists), width))
    matrix.sum_duplicates()
    matrix.data[:] = 1.0
    matrix.sort_indices()
    return matrix


def _row(matrix: sparse.csr_matrix, row: int) -> tuple[np.ndarray, np.ndarray]:
    start, end = matrix.indptr[row], matrix.indptr[row + 1]
    return matrix.indices[start:end], matrix.data[start:end]


def _kernel_arrays(segment: "Segment") -> tuple:
    return (
        segment.tags.indptr, segment.tags.indices,
        segment.text.indptr, segment.text.indices, segment.text.data,
    )  # fmt: skip


@dataclass(slots=True)
class Segment:
    """Tags and text of a set of rows. For the base, local row == global row."""

    rows: np.ndarray  # global row of each local row
    offers: sparse.csr_matrix
    seeks: sparse.csr_matrix
    sectors: sparse.csr_matrix
    text: sparse.csr_matrix
    text_by_term: sparse.csc_matrix  # inverted lists, indexed by global row
    # offers, seeks and sectors side by side (tag numbers: capability, capabilities + capability,
    # 2 x capabilities + sector), so a scan reads one short list per row.
    tags: sparse.csr_matrix

    @property
    def nbytes(self) -> int:
        total = self.rows.nbytes
        for matrix in (
            self.offers,
            self.seeks,
            self.sectors,
            self.text,
            self.text_by_term,
            self.tags,
        ):
            total += matrix.data.nbytes + matrix.indices.nbytes + matrix.indptr.nbytes
        return total


@dataclass(slots=True)
class OpportunityTable:
    ids: np.ndarray
    open_until: np.ndarray  # deadline as an ordinal; ROLLING when none; -1 when unpublished
    any_country: np.ndarray
    countries: sparse.csr_matrix  # opportunities x country codes: the allowed ones
    countries_by_column: sparse.csc_matrix
    kind_bits: np.ndarray  # bit k set when organisation kind k may apply; 0 means any kind
    max_ages: np.ndarray  # -1 when no limit
    required: sparse.csr_matrix
    sectors: sparse.csr_matrix
    text: sparse.csr_matrix
    required_by_column: sparse.csc_matrix
    sectors_by_column: sparse.csc_matrix
    text_by_column: sparse.csc_matrix
    required_counts: np.ndarray
    evidence: np.ndarray  # formula.opportunity_evidence_bits of each opportunity
    sector_weight_sums: np.ndarray
    records: OpportunityRecords


# The per-row arrays that apply_changes writes into rather than replaces (_set_attributes,
# _segment, the stale marks): copy_for_update copies these.
_UPDATED_IN_PLACE = (
    "country", "kind", "founded_year", "published", "offers_count", "seeks_count",
    "sector_weight_sum", "has_text", "common_text_norm", "stale",
)  # fmt: skip

STALE, EXCLUDED, SCANNED = 1, 2, 4  # bits of _Scratch.blocked


def _lazy_zeros(shape, dtype=np.float64) -> np.ndarray:
    """Zeros in an anonymous mapping of their own: the OS gives a page (zeroed) on its first
    write, so only the pages a query writes are resident. np.zeros takes a block from malloc's
    heap once glibc has raised its mmap threshold (it does after freeing a large block) and
    zeroes it whole: every server worker then held all of its scratch (6 MB at 100,000 rows)
    though most arrays are written only at their start (the kept candidates) or not at all by a
    query kind (rows). Freed with the array."""
    dtype = np.dtype(dtype)
    size = math.prod(np.atleast_1d(shape).tolist()) * dtype.itemsize
    if size < 16 * mmap.PAGESIZE:
        return np.zeros(shape, dtype=dtype)
    # Private: Python's default for an anonymous map is shared, which a fork would share too.
    pages = mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    return np.frombuffer(pages, dtype=dtype).reshape(shape)


class _Scratch:
    """Per-thread working memory, reused across queries and left zeroed after each."""

    TIE, TEXT = 0, 1

    def __init__(self, stale: np.ndarray, terms: int):
        rows = len(stale)
        self.per_query = _lazy_zeros((rows, 2))  # network tie, exactly summed text similarity
        self.seen = _lazy_zeros(rows, dtype=bool)
        self.touched = _lazy_zeros(rows, dtype=np.int64)
        # plus, during a query, EXCLUDED rows and rows already SCANNED
        self.blocked = stale.astype(np.uint8) * STALE
        self.text_query = _lazy_zeros(max(terms, 1))
        # The rows a scan kept and their bounds (see kernels.scan_partners).
        self.candidates = _lazy_zeros(rows, dtype=np.int64)
        self.candidate_bounds = _lazy_zeros(rows)
        self.candidate_points = _lazy_zeros((rows, 2))
        self.rows = _lazy_zeros(rows, dtype=np.int64)  # rows to scan first (organisations_for)


class _TopK:
    def __init__(self, limit: int, factors: int):
        self.rows = np.zeros(limit, dtype=np.int64)
        self.scores = np.zeros(limit)
        self.points = np.zeros((limit, factors))
        self.ids = np.zeros(limit, dtype=np.int64)
        self.state = np.zeros(2, dtype=np.int64)  # how many kept; where the worst is

    def hits(self, factor_names: list[str]) -> list[Hit]:
        size = int(self.state[0])
        order = np.lexsort((self.ids[:size], -self.scores[:size]))
        # Plain Python values in one conversion per array: per-element numpy access costs more
        # than the rest of a query's Python code.
        columns = zip(
            self.ids[order].tolist(), self.rows[order].tolist(), self.scores[order].tolist(),
            self.points[order].tolist(), strict=True,
        )  # fmt: skip
        return [
            Hit(id=i, row=row, score=score, points=dict(zip(factor_names, points, strict=True)))
            for i, row, score, points in columns
        ]


class MatchingIndex:
    def __init__(self, records: MatchingRecords):
        organisations = records.organisations
        self.capability_ids = np.asarray(sorted(records.capability_names), dtype=np.int64)
        self.sector_ids = np.asarray(sorted(records.sector_names), dtype=np.int64)
        self.sector_column = {int(s): i for i, s in enumerate(self.sector_ids)}
        self.capability_names = dict(records.capability_names)
        self.sector_names = dict(records.sector_names)
        # The store passes every kind the model allows; records made by hand may leave it to
        # the kinds they use (a later organisation of another kind then forces a rebuild).
        self.kind_names = list(records.kind_names) or sorted(
            set(organisations.kinds).union(*records.opportunities.eligible_kinds)
        )
        self.kind_code = {kind: i for i, kind in enumerate(self.kind_names)}
        self.country_codes = sorted(
            set(organisations.countries).union(*records.opportunities.eligible_countries)
        )
        self.country_code = {code: i for i, code in enumerate(self.country_codes)}

        # Base rows grouped by country, so that a country filter reads one stretch of rows.
        order = sorted(
            range(len(organisations)),
            key=lambda i: (self.country_code[organisations.countries[i]], organisations.ids[i]),
        )
        organisations = _pick(organisations, order)
        self.ids = np.asarray(organisations.ids, dtype=np.int64)
        self.names = _Texts(organisations.names)
        self.external_ids = _Texts(organisations.external_ids)
        self.base_size = len(self.ids)
        self._index_ids()
        codes = np.asarray([self.country_code[c] for c in organisations.countries], np.int64)
        self.country_ranges = {
            code: (int(np.searchsorted(codes, code)), int(np.searchsorted(codes, code, "right")))
            for code in range(len(self.country_codes))
        }

        # Raw term frequency, not sublinear: a profile made of many projects' texts repeats its
        # core words, and flattening them halved what text found on real consortia.
        self.text_vectorizer = TfidfVectorizer(stop_words="english")
        try:
            # Fitted and applied in one pass: tokenising is most of the build's time.
            base_text = self.text_vectorizer.fit_transform(organisations.descriptions).tocsr()
            base_text.sort_indices()
            self.vocabulary_size = len(self.text_vectorizer.vocabulary_)
        except ValueError:  # no description has a word that is not a stop word
            self.text_vectorizer = None
            self.vocabulary_size = 0
            base_text = None
        self.common_term = np.zeros(max(self.vocabulary_size, 1), dtype=bool)
        if base_text is not None:
            rows_with_term = np.bincount(base_text.indices, minlength=self.vocabulary_size)
            self.common_term[: self.vocabulary_size] = rows_with_term > max(
                COMMON_TERM_SHARE * self.base_size, 1
            )

        sectors = _incidence(organisations.sectors, self.sector_ids, len(self.sector_ids))
        sector_counts = np.asarray(sectors.sum(axis=0)).ravel()
        self.sector_weights = np.array(
            [
                formula.sector_weight(
                    organisations_in_sector=int(count), organisation_count=max(self.base_size, 1)
                )
                for count in sector_counts
            ]
        )

        self._allocate_attributes(self.base_size)
        rows = np.arange(self.base_size, dtype=np.int64)
        self._set_attributes(organisations, rows)
        self.base = self._segment(organisations, rows, base_text)
        # Inverted lists of the base's tags: which rows offer a capability (see
        # organisations_for).
        self.base_rows_by_tag = self.base.tags.tocsc()
        self.base_rows_by_tag.sort_indices()
        self.delta: Segment | None = None
        self.stale = np.zeros(self.base_size, dtype=bool)
        self._base_term_maxima = self._maxima_of(self.base)
        self._update_term_maxima()

        # A model stored before a factor existed lacks its weight: the default stands in.
        self.partner_weights = {
            name: float((records.partner_weights or {}).get(name, default))
            for name, default in formula.PARTNER_WEIGHTS.items()
        }
        self.opportunity_weights = {
            name: float((records.opportunity_weights or {}).get(name, default))
            for name, default in formula.OPPORTUNITY_WEIGHTS.items()
        }
        self._build_weight_tables()
        self.related = self._related_capabilities(
            [self.base.offers, self.base.seeks, self._incidence_of_required(records.opportunities)]
        )
        self._related_by_id = {
            int(self.capability_ids[need]): {
                int(self.capability_ids[other]): float(credit)
                for other, credit in zip(*_row(self.related, need), strict=True)
            }
            for need in range(len(self.capability_ids))
            if self.related.indptr[need + 1] > self.related.indptr[need]
        }
        self.set_network(records.participations, records.projects)
        self.set_consortia(records.consortium_links)
        self.set_opportunities(records.opportunities)
        self._local = threading.local()
        self._exclusive = False  # see copy_for_update

    # Building -----------------------------------------------------------------------------

    def _incidence_of_required(self, opportunities: OpportunityRecords) -> sparse.csr_matrix:
        return _incidence(opportunities.required, self.capability_ids, len(self.capability_ids))

    def _related_capabilities(self, profiles: list[sparse.csr_matrix]) -> sparse.csr_matrix:
        """capabilities x capabilities: the credit a capability gives a related need
        (formula.RELATED_*), from how often profiles and calls name both together. Symmetric,
        zero on the diagonal, at most a few per row."""
        size = len(self.capability_ids)
        together = sparse.csr_matrix((size, size))
        for matrix in profiles:
            if matrix.shape[0]:
                together = together + (matrix.T @ matrix).tocsr()
        counts = together.diagonal().copy()
        together.setdiag(0)
        together.eliminate_zeros()
        together = together.tocoo()
        keep = together.data >= formula.RELATED_MIN_SUPPORT
        rows, columns, support = together.row[keep], together.col[keep], together.data[keep]
        cosine = support / np.sqrt(counts[rows] * counts[columns])
        keep = cosine >= formula.RELATED_MIN_COSINE
        rows, columns, cosine = rows[keep], columns[keep], cosine[keep]
        # The closest few per capability, then made symmetric (kept if either side keeps it).
        order = np.lexsort((columns, -cosine, rows))
        rows, columns, cosine = rows[order], columns[order], cosine[order]
        first = np.searchsorted(rows, rows)
        keep = np.arange(len(rows)) - first < formula.RELATED_PER_CAPABILITY
        credit = formula.RELATED_CREDIT * cosine[keep]
        kept = sparse.csr_matrix((credit, (rows[keep], columns[keep])), shape=(size, size))
        related = kept.maximum(kept.T).tocsr()
        related.sort_indices()
        return related

    def _build_weight_tables(self) -> None:
        """The weights for every pair of evidence patterns (query, row), by
        formula.partner_evidence_weights and evidence_weights themselves, so that the scans
        and the formula agree exactly."""
        patterns = range(formula.EVIDENCE_PATTERNS)
        self.partner_weight_table = np.array(
            [
                [
                    list(
                        formula.partner_evidence_weights(
                            self.partner_weights, formula.partner_evidence(mine, theirs)
                        ).values()
                    )
                    for theirs in patterns
                ]
                for mine in patterns
            ]
        )
        self.opportunity_weight_table = np.array(
            [
                [
                    list(
                        formula.opportunity_evidence_weights(
                            self.opportunity_weights,
                            formula.opportunity_evidence(organisation, opportunity),
                        ).values()
                    )
                    for organisation in patterns
                ]
                for opportunity in patterns
            ]
        )

    def _index_ids(self) -> None:
        self._id_order = np.argsort(self.ids, kind="stable")
        self._sorted_ids = self.ids[self._id_order]

    def _allocate_attributes(self, size: int) -> None:
        self.country = np.zeros(size, dtype=np.int64)
        self.kind = np.zeros(size, dtype=np.int64)
        self.founded_year = np.full(size, UNKNOWN_YEAR, dtype=np.int64)
        self.published = np.zeros(size, dtype=bool)
        self.offers_count = np.zeros(size, dtype=np.int64)
        self.seeks_count = np.zeros(size, dtype=np.int64)
        self.sector_weight_sum = np.zeros(size)
        self.common_text_norm = np.zeros(size)
        self.has_text = np.zeros(size, dtype=bool)

    def _grow_attributes(self, size: int) -> None:
        grow = size - len(self.country)
        if grow <= 0:
            return
        for name, fill in (
            ("country", 0), ("kind", 0), ("founded_year", UNKNOWN_YEAR), ("published", False),
            ("offers_count", 0), ("seeks_count", 0), ("sector_weight_sum", 0.0),
            ("common_text_norm", 0.0), ("has_text", False),
        ):  # fmt: skip
            array = getattr(self, name)
            setattr(self, name, np.concatenate([array, np.full(grow, fill, dtype=array.dtype)]))
        self.stale = np.concatenate([self.stale, np.zeros(grow, dtype=bool)])

    def _set_attributes(self, organisations: OrganisationRecords, rows: np.ndarray) -> None:
        try:
            self.country[rows] = [self.country_code[c] for c in organisations.countries]
        except KeyError as error:
            raise IndexOutOfDate(f"unknown country {error}") from None
        try:
            self.kind[rows] = [self.kind_code[kind] for kind in organisations.kinds]
        except KeyError as error:
            raise IndexOutOfDate(f"unknown kind {error}") from None
        self.founded_year[rows] = [
            UNKNOWN_YEAR if year is None else year for year in organisations.founded_years
        ]
        self.published[rows] = organisations.published
        self.offers_count[rows] = [len(set(items)) for items in organisations.offers]
        self.seeks_count[rows] = [len(set(items)) for items in organisations.seeks]
        sectors = _incidence(organisations.sectors, self.sector_ids, len(self.sector_ids))
        self.sector_weight_sum[rows] = sectors @ self.sector_weights

    def _segment(self, organisations: OrganisationRecords, rows: np.ndarray, text=None) -> Segment:
        capabilities = len(self.capability_ids)
        if text is None:
            text = self._text_matrix(organisations.descriptions)
        self.has_text[rows] = np.diff(text.indptr) > 0
        squares = text.multiply(text).tocsr()
        self.common_text_norm[rows] = np.sqrt(
            squares @ self.common_term[: text.shape[1]].astype(float)
        )
        coordinates = text.tocoo()
        text_by_term = sparse.csc_matrix(
            (coordinates.data, (rows[coordinates.row], coordinates.col)),
            shape=(int(rows.max()) + 1 if len(rows) else 0, text.shape[1]),
        )
        offers = _incidence(organisations.offers, self.capability_ids, capabilities)
        seeks = _incidence(organisations.seeks, self.capability_ids, capabilities)
        sectors = _incidence(organisations.sectors, self.sector_ids, len(self.sector_ids))
        tags = sparse.hstack([offers, seeks, sectors], format="csr")
        tags.sort_indices()
        return Segment(
            rows=rows, offers=offers, seeks=seeks, sectors=sectors, text=text,
            text_by_term=text_by_term, tags=tags,
        )  # fmt: skip

    def _text_matrix(self, texts: list[str]) -> sparse.csr_matrix:
        if self.text_vectorizer is None or not texts:
            return sparse.csr_matrix((len(texts), max(self.vocabulary_size, 1)))
        matrix = self.text_vectorizer.transform(texts).tocsr()
        matrix.sort_indices()
        return matrix

    def _refresh_derived(self, rows: np.ndarray | None = None) -> None:
        """Per-row values the scans read, packed so that one row costs few memory reads.
        With `rows` (an index updated in place, see copy_for_update), only those rows are
        written: the pages the server's processes share stay shared but for the few written."""
        if rows is not None and len(self.gate) == len(self.ids):
            self._refresh_derived_rows(rows)
            return
        kinds = len(self.kind_names)
        self.gate = np.where(self.published, self.country * kinds + self.kind, -1)
        size = len(self.ids)
        self.quick = np.zeros((size, 4))
        for column, values in (
            (kernels.SEEKS_INVERSE, self.seeks_count),
            (kernels.OFFERS_INVERSE, self.offers_count),
            (kernels.SECTOR_WEIGHT_SUM_INVERSE, self.sector_weight_sum),
        ):
            np.divide(1.0, values, out=self.quick[:, column], where=values > 0)
        self.quick[:, kernels.ACTIVITY_ROOT] = (
            self.activity[:size] ** formula.PARTNER_ACTIVITY_POWER
        )
        # What each row's profile holds, as formula.evidence_bits reads it.
        self.evidence = (
            np.where(self.offers_count > 0, formula.HAS_OFFERS, 0)
            | np.where(self.seeks_count > 0, formula.HAS_SEEKS, 0)
            | np.where(self.sector_weight_sum > 0, formula.HAS_SECTORS, 0)
            | np.where(self.has_text, formula.HAS_TEXT, 0)
            | np.where(self.project_count[:size] > 0, formula.HAS_PROJECTS, 0)
            | np.where(self.has_project_text[:size], formula.HAS_PROJECT_TEXT, 0)
        ).astype(np.int64)
        # The evidence patterns the base rows hold: only these can be in _rows_active_enough.
        self.base_patterns = np.unique(self.evidence[: self.base_size]).tolist()

    def _refresh_derived_rows(self, rows: np.ndarray) -> None:
        """_refresh_derived for some rows, written into the arrays (the network, and so the
        activity column, is unchanged by the edits that come here)."""
        kinds = len(self.kind_names)
        self.gate[rows] = np.where(
            self.published[rows], self.country[rows] * kinds + self.kind[rows], -1
        )
        for column, values in (
            (kernels.SEEKS_INVERSE, self.seeks_count[rows]),
            (kernels.OFFERS_INVERSE, self.offers_count[rows]),
            (kernels.SECTOR_WEIGHT_SUM_INVERSE, self.sector_weight_sum[rows]),
        ):
            inverse = np.zeros(len(rows))
            np.divide(1.0, values, out=inverse, where=values > 0)
            self.quick[rows, column] = inverse
        self.evidence[rows] = (
            np.where(self.offers_count[rows] > 0, formula.HAS_OFFERS, 0)
            | np.where(self.seeks_count[rows] > 0, formula.HAS_SEEKS, 0)
            | np.where(self.sector_weight_sum[rows] > 0, formula.HAS_SECTORS, 0)
            | np.where(self.has_text[rows], formula.HAS_TEXT, 0)
            | np.where(self.project_count[rows] > 0, formula.HAS_PROJECTS, 0)
            | np.where(self.has_project_text[rows], formula.HAS_PROJECT_TEXT, 0)
        )
        self.base_patterns = np.unique(self.evidence[: self.base_size]).tolist()

    def _gate_open(self, countries: set[str] | None, kinds_bits: int = 0, kinds=None):
        """Which (country, kind) gates a query lets through."""
        country_ok = self._country_mask(countries)[: len(self.country_codes)]
        kind_ok = self._kind_mask(kinds)
        if kinds_bits:
            kind_ok &= (kinds_bits >> np.arange(len(self.kind_names))) & 1 == 1
        return np.outer(country_ok, kind_ok).ravel()

    def _update_term_maxima(self) -> None:
        """The largest weight each term has anywhere: the bound for terms not summed exactly.
        The base's are kept from the build: reading the whole base again on every edit cost
        most of applying it (and a transient copy of the base's text)."""
        maxima = self._base_term_maxima
        if self.delta is not None:
            maxima = np.maximum(maxima, self._maxima_of(self.delta))
        self.term_maxima = maxima

    def _maxima_of(self, segment: Segment) -> np.ndarray:
        maxima = np.zeros(max(self.vocabulary_size, 1))
        if segment.text.nnz:
            maxima = np.maximum(maxima, segment.text.max(axis=0).toarray().ravel())
        return maxima

    def set_projects(self, projects: ProjectRecords) -> None:
        """Past projects' descriptions and titles (set_network then links them to members)."""
        order = np.argsort(np.asarray(projects.ids, dtype=np.int64), kind="stable")
        self.project_ids = np.asarray(projects.ids, dtype=np.int64)[order]
        texts = [projects.texts[i] for i in order]
        self.project_text = self._text_matrix(texts)
        # Packed, replaced whole and never written into: shared by copies, and a title read for
        # a reason writes no reference count into the pages server workers share (_Texts).
        self.project_titles = _Texts([projects.titles[i] for i in order])

    def set_network(
        self, participations: list[tuple[int, int]], projects: ProjectRecords | None = None
    ) -> None:
        """Who worked with whom: the number of projects each pair shared; with `projects`, their
        descriptions too (otherwise those set before stay)."""
        if projects is not None:
            self.set_projects(projects)
        pairs = np.array(list(participations), dtype=np.int64).reshape(-1, 2)
        positions = np.searchsorted(self._sorted_ids, pairs[:, 1])
        positions = np.minimum(positions, max(len(self._sorted_ids) - 1, 0))
        indexed = self._sorted_ids[positions] == pairs[:, 1] if len(self.ids) else positions < 0
        rows = self._id_order[positions[indexed]]
        project_ids, columns = np.unique(pairs[indexed, 0], return_inverse=True)
        size = len(self.ids)
        incidence = sparse.csr_matrix(
            (np.ones(len(rows)), (rows, columns)), shape=(size, len(project_ids))
        )
        incidence.sum_duplicates()
        incidence.data[:] = 1.0
        partners = (incidence @ incidence.T).tocsr()
        partners.setdiag(0)
        partners.eliminate_zeros()
        partners.sort_indices()
        # Symmetric, so a row also lists who has this organisation as a partner.
        self.partners = partners
        self.project_count = np.asarray(incidence.sum(axis=1)).ravel().astype(np.int64)
        # formula.Corpus.partner_strengths: ties counted once per project shared.
        self.strength = np.asarray(partners.sum(axis=1)).ravel().astype(np.int64)
        self.max_project_count = int(self.project_count.max()) if size else 0
        self.activity = (
            np.log1p(self.project_count) / math.log1p(self.max_project_count)
            if self.max_project_count
            else np.zeros(size)
        )
        # formula.common_partner_tie's divisor
        self.common_partner_weights = 1.0 / np.maximum(self.strength, 1)
        self._link_past_projects(incidence, project_ids)
        # Base rows from the most active down (see organisations_for).
        base_activity = self.activity[: self.base_size]
        self.base_rows_by_activity = np.argsort(-base_activity, kind="stable")
        self.base_activity_descending = base_activity[self.base_rows_by_activity]
        self.base_active_count = int(np.count_nonzero(base_activity > 0))
        self._refresh_derived()

    def _link_past_projects(self, incidence: sparse.csr_matrix, project_ids: np.ndarray) -> None:
        """The past projects with a description that have members (the past-projects factor):
        their texts, also inverted by term, and each organisation's."""
        positions = np.searchsorted(self.project_ids, project_ids)
        positions = np.minimum(positions, max(len(self.project_ids) - 1, 0))
        known = (
            self.project_ids[positions] == project_ids
            if len(self.project_ids)
            else np.zeros(len(project_ids), dtype=bool)
        )
        text_rows = positions[known]
        has_text = np.diff(self.project_text.indptr)[text_rows] > 0
        columns = np.flatnonzero(known)[has_text]
        text_rows = text_rows[has_text]
        self.past_project_ids = project_ids[columns]
        self.past_text_rows = text_rows  # rows of project_text, for titles and features
        past_text = self.project_text[text_rows]
        self.past_text = past_text.tocsr()
        self.past_text_by_term = past_text.tocsc()
        self.past_text_by_term.sort_indices()
        of_row = incidence[:, columns].tocsr()
        of_row.sort_indices()
        self.past_projects_of = of_row  # organisation rows x past projects
        # The same by project: each past project's member rows. Rows added later have no past
        # projects, so it stays right as the index grows.
        members = of_row.T.tocsr()
        members.sort_indices()
        self.past_members = members
        self.has_project_text = np.diff(of_row.indptr) > 0

    def past_similarity(
        self, terms: np.ndarray, weights: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """formula.past_project_similarity of a text (its TF-IDF terms and weights) for every
        row, and the rows where it may be above 0 (those that took part in a past project
        sharing a word with the text): one sparse product over the past projects, then those
        rows' best few."""
        best = np.zeros(len(self.ids))
        if not (len(terms) and self.past_text.nnz):
            return best, _EMPTY_INT
        by_term, projects, members = (
            self.past_text_by_term,
            self.past_projects_of,
            self.past_members,
        )
        rows = np.empty(len(self.ids), dtype=np.int64)
        count = kernels.best_project_similarity(
            by_term.indptr, by_term.indices, by_term.data, terms.astype(np.int64), weights,
            members.indptr, members.indices, projects.indptr, projects.indices,
            formula.PAST_PROJECTS_COUNTED, np.zeros(by_term.shape[0]),
            np.empty(by_term.shape[0], dtype=np.int64), np.zeros(len(self.ids), dtype=bool),
            best, rows,
        )  # fmt: skip
        return best, rows[:count]

    def replace_consortium_links(self, *, involving: set[int], links) -> None:
        """The links of the given organisations are now exactly `links`."""
        kept = [
            (consortium, member)
            for consortium, member in self.consortium_links
            if consortium not in involving and member not in involving
        ]
        self.set_consortia(kept + list(links))

    def set_consortia(self, links: list[tuple[int, int]]) -> None:
        self.consortium_links = list(links)
        self.members_of: dict[int, set[int]] = {}
        self.consortia_of: dict[int, set[int]] = {}
        for consortium, member in links:
            self.members_of.setdefault(consortium, set()).add(member)
            self.consortia_of.setdefault(member, set()).add(consortium)

    def set_opportunities(self, records: OpportunityRecords) -> None:
        count = len(records)
        country_rows, country_columns = [], []
        for row, countries in enumerate(records.eligible_countries):
            for code in countries:
                if code not in self.country_code:  # nobody from there is indexed yet
                    continue
                country_rows.append(row)
                country_columns.append(self.country_code[code])
        countries = sparse.csr_matrix(
            (np.ones(len(country_rows), dtype=bool), (country_rows, country_columns)),
            shape=(count, max(len(self.country_codes), 1)),
        )
        countries.sort_indices()
        kind_bits = np.zeros(count, dtype=np.int64)
        for row, kinds in enumerate(records.eligible_kinds):
            for kind in kinds:
                if kind not in self.kind_code:
                    raise IndexOutOfDate(f"unknown kind {kind!r}")
                kind_bits[row] |= 1 << self.kind_code[kind]
        sectors = _incidence(records.sectors, self.sector_ids, len(self.sector_ids))
        required = _incidence(records.required, self.capability_ids, len(self.capability_ids))
        text = self._text_matrix(records.texts)
        self.opportunities = OpportunityTable(
            ids=np.asarray(records.ids, dtype=np.int64),
            open_until=np.asarray(
                [
                    -1 if not published else ROLLING if deadline is None else deadline.toordinal()
                    for published, deadline in zip(
                        records.published, records.deadlines, strict=True
                    )
                ],
                dtype=np.int64,
            ),
            any_country=np.asarray([not c for c in records.eligible_countries], dtype=bool),
            countries=countries,
            countries_by_column=countries.tocsc(),
            kind_bits=kind_bits,
            max_ages=np.asarray([-1 if a is None else a for a in records.max_ages], np.int64),
            required=required,
            sectors=sectors,
            text=text,
            required_by_column=required.tocsc(),
            sectors_by_column=sectors.tocsc(),
            text_by_column=text.tocsc(),
            required_counts=np.diff(required.indptr),
            evidence=(
                np.where(np.diff(required.indptr) > 0, formula.HAS_REQUIRED, 0)
                | np.where(np.diff(sectors.indptr) > 0, formula.HAS_SECTORS, 0)
                | np.where(np.diff(text.indptr) > 0, formula.HAS_TEXT, 0)
            ).astype(np.int64),
            sector_weight_sums=np.asarray(sectors @ self.sector_weights).ravel(),
            records=records,
        )

    def apply_changes(self, changed: OrganisationRecords) -> None:
        """Hold every organisation changed since the full build in the delta segment (replacing
        the previous delta). New organisations get new rows after the base ones."""
        if not len(changed):
            return
        # Checked before anything is written: an index updated in place must stay whole.
        unknown = (set(changed.countries) - self.country_code.keys()) or (
            set(changed.kinds) - self.kind_code.keys()
        )
        if unknown:
            raise IndexOutOfDate(f"unknown country or kind {sorted(unknown)}")
        rows = np.empty(len(changed), dtype=np.int64)
        next_row = len(self.ids)
        new_ids, new_names, new_external_ids = [], [], []
        for position, (organisation_id, name, external_id) in enumerate(
            zip(changed.ids, changed.names, changed.external_ids, strict=True)
        ):
            row = self.row_of(organisation_id)
            if row is None:
                row = next_row
                next_row += 1
                new_ids.append(organisation_id)
                new_names.append(name)
                new_external_ids.append(external_id)
            else:
                self.names[row] = name
                self.external_ids[row] = external_id
            rows[position] = row
        if new_ids:
            self.ids = np.concatenate([self.ids, np.asarray(new_ids, dtype=np.int64)])
            self.names.extend(new_names)
            self.external_ids.extend(new_external_ids)
            self._index_ids()
            self._grow_attributes(len(self.ids))
            self._grow_network(len(self.ids))
        self._set_attributes(changed, rows)
        self.delta = self._segment(changed, rows)
        previously_stale = np.flatnonzero(self.stale)
        self.stale[previously_stale] = False
        self.stale[rows[rows < self.base_size]] = True
        self._update_term_maxima()
        if self._exclusive and not new_ids:
            # Rows that left the delta (none, unless an edit is undone by a rebuild) and the
            # delta's own: only these rows' derived values can have changed.
            self._refresh_derived(np.union1d(rows, previously_stale))
            scratch = getattr(self._local, "scratch", None)
            if scratch is not None:
                scratch.blocked[previously_stale] = 0
                scratch.blocked[self.stale] = STALE
        else:
            self._refresh_derived()
            self._local = threading.local()  # scratch sizes and stale rows changed

    def withdraw(self, organisation_ids) -> None:
        """Never suggest these organisations (deleted ones, which no delta can tell about).
        Their rows stay, unpublished; later deltas leave them so, as they no longer exist."""
        rows = self.rows_of(organisation_ids)
        if len(rows):
            self.published[rows] = False
            if self._exclusive:
                self.gate[rows] = -1
            else:
                # A new array: the index that other requests still use shares the old one.
                self.gate = np.where(self.published, self.gate, -1)

    def _grow_network(self, size: int) -> None:
        """New organisations have no past projects yet: empty network rows."""
        grow = size - self.partners.shape[0]
        indptr = np.concatenate([self.partners.indptr, np.full(grow, self.partners.indptr[-1])])
        self.partners = sparse.csr_matrix(
            (self.partners.data, self.partners.indices, indptr), shape=(size, size)
        )
        zeros = np.zeros(grow, dtype=np.int64)
        self.project_count = np.concatenate([self.project_count, zeros])
        self.strength = np.concatenate([self.strength, zeros])
        self.activity = np.concatenate([self.activity, np.zeros(grow)])
        # formula.common_partner_tie's divisor
        self.common_partner_weights = 1.0 / np.maximum(self.strength, 1)
        of_row = self.past_projects_of
        indptr = np.concatenate([of_row.indptr, np.full(grow, of_row.indptr[-1])])
        self.past_projects_of = sparse.csr_matrix(
            (of_row.data, of_row.indices, indptr), shape=(size, of_row.shape[1])
        )
        self.has_project_text = np.concatenate([self.has_project_text, np.zeros(grow, bool)])

    def copy_for_update(self, *, exclusive: bool = False) -> "MatchingIndex":
        """A copy whose updates leave this index untouched, for requests still using it.

        exclusive: nothing else reads this index while it is updated, nor after (a process
        that serves one request at a time, as gunicorn's sync workers do): the index itself is
        returned and updates write into its arrays. In a server whose workers share the
        master's pages, an edit then copies the few 4 KB pages it writes instead of each
        worker copying every per-row array (some 15 MB per edit at 100,000 organisations)."""
        if exclusive:
            self._exclusive = True
            return self
        updated = copy.copy(self)
        updated._exclusive = False
        # Only the arrays that updates write into are copied: the others are replaced whole.
        # Copying them all cost every server process tens of MB of private memory per edit.
        for name in _UPDATED_IN_PLACE:
            setattr(updated, name, getattr(self, name).copy())
        updated.names = self.names.copy()
        updated.external_ids = self.external_ids.copy()
        updated._local = threading.local()
        return updated

    # Lookups ------------------------------------------------------------------------------

    def row_of(self, organisation_id: int) -> int | None:
        position = int(np.searchsorted(self._sorted_ids, organisation_id))
        if position < len(self._sorted_ids) and self._sorted_ids[position] == organisation_id:
            return int(self._id_order[position])
        return None

    def rows_of(self, organisation_ids) -> np.ndarray:
        ids = np.fromiter(organisation_ids, dtype=np.int64)
        positions = np.searchsorted(self._sorted_ids, ids)
        inside = positions < len(self._sorted_ids)
        positions, ids = positions[inside], ids[inside]
        return self._id_order[positions[self._sorted_ids[positions] == ids]]

    def opportunity_row_of(self, opportunity_id: int) -> int | None:
        matches = np.flatnonzero(self.opportunities.ids == opportunity_id)
        return int(matches[0]) if len(matches) else None

    def _owner(self, row: int) -> tuple[Segment, int]:
        if self.delta is not None and (row >= self.base_size or self.stale[row]):
            return self.delta, int(np.flatnonzero(self.delta.rows == row)[0])
        return self.base, row

    def query_vectors(self, row: int) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        segment, local = self._owner(row)
        return {
            "offers": _row(segment.offers, local),
            "seeks": _row(segment.seeks, local),
            "sectors": _row(segment.sectors, local),
            "text": _row(segment.text, local),
        }

    @property
    def corpus(self) -> formula.Corpus:
        return formula.Corpus(
            sector_weights=dict(
                zip(self.sector_ids.tolist(), self.sector_weights.tolist(), strict=True)
            ),
            partner_strengths=_ByIdLookup(self, self.strength, 0),
            max_project_count=self.max_project_count,
            related=self._related_by_id,
            partner_weights=self.partner_weights,
            opportunity_weights=self.opportunity_weights,
        )

    @property
    def display_names(self) -> formula.Names:
        return formula.Names(
            capabilities=self.capability_names,
            sectors=self.sector_names,
            organisations=_ByIdLookup(self, self.names, ""),
            projects=_ProjectTitles(self),
        )

    def organisation_features(self, row: int) -> formula.OrganisationFeatures:
        vectors = self.query_vectors(row)
        partner_rows, partner_counts = _row(self.partners, row)
        projects = _row(self.past_projects_of, row)[0]
        return formula.OrganisationFeatures(
            id=int(self.ids[row]),
            country=self.country_codes[self.country[row]],
            kind=self.kind_names[self.kind[row]],
            founded_year=None
            if self.founded_year[row] == UNKNOWN_YEAR
            else int(self.founded_year[row]),
            sectors=frozenset(self.sector_ids[vectors["sectors"][0]].tolist()),
            offers=frozenset(self.capability_ids[vectors["offers"][0]].tolist()),
            seeks=frozenset(self.capability_ids[vectors["seeks"][0]].tolist()),
            text=dict(zip(vectors["text"][0].tolist(), vectors["text"][1].tolist(), strict=True)),
            partners=dict(
                zip(
                    self.ids[partner_rows].tolist(),
                    partner_counts.astype(int).tolist(),
                    strict=True,
                )
            ),
            project_count=int(self.project_count[row]),
            project_texts=tuple(
                dict(zip(*(values.tolist() for values in _row(self.past_text, p)), strict=True))
                for p in projects
            ),
            project_ids=tuple(self.past_project_ids[projects].tolist()),
        )

    def opportunity_features(self, opportunity_row: int) -> formula.OpportunityFeatures:
        table = self.opportunities
        records = table.records
        terms, weights = _row(table.text, opportunity_row)
        return formula.OpportunityFeatures(
            id=int(table.ids[opportunity_row]),
            is_published=bool(records.published[opportunity_row]),
            deadline=records.deadlines[opportunity_row],
            sectors=frozenset(records.sectors[opportunity_row]),
            required=frozenset(records.required[opportunity_row]),
            eligible_countries=records.eligible_countries[opportunity_row],
            eligible_kinds=records.eligible_kinds[opportunity_row],
            max_organisation_age_years=records.max_ages[opportunity_row],
            text=dict(zip(terms.tolist(), weights.tolist(), strict=True)),
        )

    # Scoring ------------------------------------------------------------------------------

    def scratch_release(self) -> None:
        """Forget this thread's working memory. The server's master calls it before forking:
        each worker then makes its own, instead of copying the master's on its first query
        and leaving the master's original (some 10 MB at 100,000 rows) unused."""
        self._local = threading.local()

    def _scratch(self) -> _Scratch:
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = _Scratch(self.stale, self.vocabulary_size)
        return scratch

    def _base_ranges(self, countries: set[str] | None) -> np.ndarray:
        if countries is None:
            return np.array([[0, self.base_size]], dtype=np.int64)
        ranges = [
            self.country_ranges[self.country_code[code]]
            for code in sorted(countries)
            if code in self.country_code
        ]
        return np.array(ranges, dtype=np.int64).reshape(-1, 2)

    def _country_mask(self, countries: set[str] | None) -> np.ndarray:
        mask = np.ones(len(self.country_codes) + 1, dtype=bool)
        if countries is not None:
            mask[:] = False
            for code in countries:
                if code in self.country_code:
                    mask[self.country_code[code]] = True
        return mask

    def _kind_mask(self, kinds: set[str] | None) -> np.ndarray:
        return np.array([kinds is None or kind in kinds for kind in self.kind_names])

    def _prepare_text(self, scratch: _Scratch, terms: np.ndarray, weights: np.ndarray, touched):
        """Sum the query's rare terms exactly into scratch.text, shortest inverted lists first
        and within a budget; bound the rest. Returns (touched count, whether text is exact
        everywhere, the bounds of the rest as kernels.text_bound_of reads them)."""
        lengths = np.zeros(len(terms), dtype=np.int64)
        for segment in (self.base, self.delta):
            if segment is not None:
                indptr = segment.text_by_term.indptr
                lengths += indptr[terms + 1] - indptr[terms]
        common = self.common_term[terms]
        rare = np.flatnonzero(~common)
        rare = rare[np.argsort(lengths[rare], kind="stable")]
        within_budget = np.cumsum(lengths[rare]) <= TEXT_POSTINGS_BUDGET
        exact = rare[within_budget]
        rest_rare = rare[~within_budget]
        rest = np.concatenate([rest_rare, np.flatnonzero(common)])
        common_weights = weights[common]
        text_rest = np.array(
            [
                float(np.sum(weights[rest] * self.term_maxima[terms[rest]])),
                float(np.sum(weights[rest_rare] * self.term_maxima[terms[rest_rare]])),
                float(np.sqrt(np.dot(common_weights, common_weights))),
            ]
        )
        if len(rest) and min(text_rest[0], text_rest[1]) >= 1.0:
            # Every row's bound is 1 whatever the exact part: do not sum it.
            exact = exact[:0]
        for segment, skip in ((self.base, self.stale), (self.delta, _EMPTY_BOOL)):
            if segment is None or not len(exact):
                continue
            matrix = segment.text_by_term
            touched = kernels.add_postings(
                matrix.indptr, matrix.indices, matrix.data, terms[exact].astype(np.int64),
                weights[exact], True, skip, scratch.per_query, _Scratch.TEXT, scratch.seen,
                scratch.touched, touched,
            )  # fmt: skip
        scratch.text_query[terms] = weights
        return touched, len(rest) == 0, text_rest

    def _tag_table(self, *, seeks=(), offers=(), required=(), sector_columns=()) -> np.ndarray:
        """What each tag of a candidate adds to each count, for one query (see kernels)."""
        capabilities = len(self.capability_ids)
        table = np.zeros((2 * capabilities + len(self.sector_ids), kernels.TAG_TABLE_COLUMNS))
        table[seeks, kernels.THEY_MEET_MY_NEEDS] = 1.0  # their offer meets my need
        table[required, kernels.THEY_MEET_MY_NEEDS] = 1.0  # their offer covers a requirement
        table[offers, kernels.SHARED_OFFER] = 1.0  # we both offer it
        sector_tags = 2 * capabilities + np.asarray(sector_columns, dtype=np.int64)
        table[sector_tags, kernels.SECTOR_COMMON] = self.sector_weights[sector_columns]
        related = self.related
        for offer in offers:
            # a need of theirs that a related capability of mine meets in part (need_met)
            start, end = related.indptr[offer], related.indptr[offer + 1]
            needs = capabilities + related.indices[start:end]
            table[needs, kernels.I_MEET_THEIR_NEEDS] = np.maximum(
                table[needs, kernels.I_MEET_THEIR_NEEDS], related.data[start:end]
            )
        # my offers meet their needs fully (set last, so that 1 wins over a related credit)
        table[capabilities + np.asarray(offers, dtype=np.int64), kernels.I_MEET_THEIR_NEEDS] = 1.0
        for need in seeks:
            start, end = related.indptr[need], related.indptr[need + 1]
            table[related.indices[start:end], kernels.RELATED_BOUND] += related.data[start:end]
        return table

    def _need_credit(self, seeks: np.ndarray) -> np.ndarray:
        """capabilities x needs: what each capability offered meets of each need (1 for the need
        itself, formula.need_met); empty when no need has a related capability, and the plain
        count of needs met is exact."""
        related = self.related
        if not len(seeks) or not np.any(np.diff(related.indptr)[seeks]):
            return _NO_NEED_CREDIT
        credit = np.zeros((len(self.capability_ids), len(seeks)))
        for position, need in enumerate(seeks):
            start, end = related.indptr[need], related.indptr[need + 1]
            credit[related.indices[start:end], position] = related.data[start:end]
            credit[need, position] = 1.0
        return credit

    def partners_of(
        self,
        row: int,
        *,
        limit: int,
        countries: set[str] | None = None,
        kinds: set[str] | None = None,
        sectors: set[int] | None = None,
        exclude_ids=(),
    ) -> list[Hit]:
        """The best `limit` published partners for the organisation at `row`."""
        query = self.query_vectors(row)
        offers, seeks = query["offers"][0], query["seeks"][0]
        tag_table = self._tag_table(seeks=seeks, offers=offers, sector_columns=query["sectors"][0])
        need_credit = self._need_credit(seeks)
        if sectors is not None:
            columns = [self.sector_column[s] for s in sectors if s in self.sector_column]
            filter_tags = 2 * len(self.capability_ids) + np.asarray(columns, np.int64)
            tag_table[filter_tags, kernels.IN_SECTOR_FILTER] = 1.0
        terms, term_weights = query["text"]
        partner_rows, partner_counts = _row(self.partners, row)

        scratch = self._scratch()
        excluded = self.rows_of(exclude_ids)
        scratch.blocked[excluded] |= EXCLUDED
        touched = 0
        top = _TopK(limit, len(formula.PARTNER_WEIGHTS))
        try:
            if len(partner_rows):
                # Partners of my partners (formula.common_partner_tie: my projects with the
                # partner, over how many ties it has, times theirs with it), then my own
                # past partners, once per shared project.
                touched = kernels.add_postings(
                    self.partners.indptr, self.partners.indices, self.partners.data,
                    partner_rows.astype(np.int64),
                    partner_counts * self.common_partner_weights[partner_rows],
                    True, _EMPTY_BOOL, scratch.per_query, _Scratch.TIE, scratch.seen,
                    scratch.touched, touched,
                )  # fmt: skip
                touched = kernels.add_postings(
                    np.array([0, len(partner_rows)]), partner_rows.astype(np.int64),
                    partner_counts, np.zeros(1, dtype=np.int64),
                    np.full(1, formula.DIRECT_PARTNER_WEIGHT), True, _EMPTY_BOOL,
                    scratch.per_query, _Scratch.TIE, scratch.seen, scratch.touched, touched,
                )  # fmt: skip
            touched, text_known, text_rest = self._prepare_text(
                scratch, terms, term_weights, touched
            )
            for segment, ranges, row_map, block_mask in self._segment_scans(countries):
                kernels.scan_partners(
                    row, ranges, row_map, *_kernel_arrays(segment), tag_table,
                    sectors is not None, self.gate,
                    self._gate_open(countries, kinds=kinds), scratch.blocked, block_mask,
                    len(seeks),
                    len(offers), self.sector_weight_sum[row], self.activity[row],
                    scratch.text_query, text_known, text_rest, self.common_text_norm,
                    self.partner_weight_table[self.evidence[row]], self.evidence, need_credit,
                    formula.ONE_WAY_SHARE,
                    formula.NETWORK_TIE_SHARE, formula.NETWORK_ACTIVITY_SHARE,
                    formula.NETWORK_TIE_HALF, formula.PARTNER_ACTIVITY_POWER, self.ids,
                    self.seeks_count, self.offers_count, self.sector_weight_sum, self.activity,
                    self.quick, scratch.per_query, scratch.candidates, scratch.candidate_bounds,
                    top.rows, top.scores, top.points, top.ids, top.state,
                )  # fmt: skip
        finally:
            kernels.clear(scratch.per_query, scratch.seen, scratch.touched, touched)
            scratch.text_query[terms] = 0.0
            scratch.blocked[excluded] &= ~np.uint8(EXCLUDED)
        return top.hits(list(formula.PARTNER_WEIGHTS))

    def _segment_scans(self, countries: set[str] | None):
        """(segment, its local row ranges to scan, row map, which blocked bits skip a row) for
        each segment: the base skips rows a newer segment holds, the delta only excluded ones."""
        yield self.base, self._base_ranges(countries), _EMPTY_INT, STALE | EXCLUDED | SCANNED
        if self.delta is not None:
            ranges = np.array([[0, len(self.delta.rows)]], dtype=np.int64)
            yield self.delta, ranges, self.delta.rows, EXCLUDED

    def _rows_active_enough(
        self,
        *,
        weight_table: np.ndarray,
        bar: float,
        text_bound: float,
        past: np.ndarray | None = None,
        past_rows: np.ndarray = _EMPTY_INT,
        sector_columns: np.ndarray = _EMPTY_INT,
    ) -> np.ndarray | None:
        """The base rows that could still score above `bar` for an opportunity without covering
        any required capability: every other factor at its largest, the track record at the
        row's own activity, under the weights of the row's evidence pattern (weight_table, one
        row per pattern). Rows with no past project have no activity but larger weights (the
        evidence scaling): they are left out when even sectors and text at their best cannot
        reach the bar, and otherwise only those sharing a sector (sector_columns: the
        opportunity's) are taken when the description alone cannot reach it. Past projects
        count only for past_rows, the rows where `past` (formula.past_project_similarity by
        row) may be above 0, each at its own value: one number for all, the best any row has,
        let most active rows through for a call whose words one project shares. None when
        that is most rows, and a plain scan is cheaper."""
        names = list(formula.OPPORTUNITY_WEIGHTS)
        track, past_column = names.index("track_record"), names.index("past_projects")
        sectors, text = names.index("sectors"), names.index("text")
        needed = np.inf
        inactive_any, inactive_with_sector = False, False
        for pattern in self.base_patterns:
            weights = weight_table[pattern]
            text_only = weights[text] * formula.text_fit(text_bound)
            others = weights[sectors] + text_only
            if not pattern & formula.HAS_PROJECTS:
                # No projects, no activity: such rows reach `others` at most, and only
                # `text_only` without a sector in common.
                inactive_any |= text_only + kernels.BOUND_SLACK >= bar
                inactive_with_sector |= others + kernels.BOUND_SLACK >= bar
                continue
            if weights[track] <= 0:
                if others + kernels.BOUND_SLACK >= bar:
                    return None
            else:
                needed = min(needed, (bar - kernels.BOUND_SLACK - others) / weights[track])
        count = int(np.searchsorted(-self.base_activity_descending, -needed, side="right"))
        rows = self.base_rows_by_activity[:count]
        # More rows to scan are marked, not merged with np.unique: tens of thousands of rows
        # may come in, and sorting them cost more than the scan saved.
        more = []
        if inactive_any:
            more.append(self.base_rows_by_activity[self.base_active_count :])
        elif inactive_with_sector and len(sector_columns):
            by_tag = self.base_rows_by_tag
            tags = 2 * len(self.capability_ids) + np.asarray(sector_columns, dtype=np.int64)
            in_sector = np.concatenate(
                [by_tag.indices[by_tag.indptr[tag] : by_tag.indptr[tag + 1]] for tag in tags]
            )
            more.append(in_sector[self.project_count[in_sector] == 0])
        past_rows = past_rows[past_rows < self.base_size]
        if len(past_rows):
            # Their own best match on top of every other factor at its largest.
            patterns = self.evidence[past_rows]
            bounds = weight_table[patterns, past_column] * np.power(
                past[past_rows], formula.PAST_PROJECT_POWER
            )
            bounds += weight_table[patterns, track] * self.activity[past_rows]
            bounds += weight_table[patterns, sectors]
            bounds += weight_table[patterns, text] * formula.text_fit(text_bound)
            more.append(past_rows[bounds + kernels.BOUND_SLACK >= bar])
        if any(len(extra) for extra in more):
            marked = np.zeros(self.base_size, dtype=bool)
            marked[rows] = True
            for extra in more:
                marked[extra] = True
            rows = np.flatnonzero(marked)
        if len(rows) > self.base_size // 4:
            return None
        return rows

    def organisations_for(
        self,
        opportunity_row: int,
        *,
        today: datetime.date,
        limit: int,
        countries: set[str] | None = None,
        exclude_ids=(),
    ) -> list[Hit]:
        """The best `limit` eligible published organisations for the opportunity."""
        table = self.opportunities
        required, _ = _row(table.required, opportunity_row)
        sector_columns, _ = _row(table.sectors, opportunity_row)
        tag_table = self._tag_table(required=required, sector_columns=sector_columns)
        terms, term_weights = _row(table.text, opportunity_row)
        if not table.any_country[opportunity_row]:
            allowed = {self.country_codes[c] for c in _row(table.countries, opportunity_row)[0]}
            countries = allowed if countries is None else countries & allowed
        gate_open = self._gate_open(countries, kinds_bits=int(table.kind_bits[opportunity_row]))
        weight_table = self.opportunity_weight_table[table.evidence[opportunity_row]]
        past, past_rows = self.past_similarity(terms, term_weights)

        scratch = self._scratch()
        excluded = self.rows_of(exclude_ids)
        scratch.blocked[excluded] |= EXCLUDED
        touched = 0
        covering = _EMPTY_INT
        top = _TopK(limit, len(formula.OPPORTUNITY_WEIGHTS))
        try:
            touched, text_known, text_rest = self._prepare_text(
                scratch, terms, term_weights, touched
            )

            def scan(segment, ranges, row_map, block_mask):
                kernels.scan_organisations_for_opportunity(
                    ranges, row_map, *_kernel_arrays(segment), tag_table, len(required),
                    table.sector_weight_sums[opportunity_row], self.gate, gate_open,
                    scratch.blocked, block_mask, self.founded_year,
                    int(table.max_ages[opportunity_row]),
                    today.year, UNKNOWN_YEAR, scratch.text_query, text_known, text_rest,
                    self.common_text_norm,
                    weight_table, self.evidence, self.activity, self.ids, scratch.per_query,
                    scratch.candidates, scratch.candidate_bounds, scratch.candidate_points,
                    formula.OPPORTUNITY_TEXT_POWER, past, formula.PAST_PROJECT_POWER,
                    top.rows, top.scores, top.points, top.ids, top.state,
                )  # fmt: skip

            # First the base rows that offer a required capability: usually the best are among
            # them. A row offering none has no coverage, so it scores at most what the other
            # factors can reach (each at most 1; the description at most its bound from the
            # terms' largest weights) with the track record at its own activity. Once the best
            # found set a bar, only the base rows active enough to clear it that way are
            # scanned, the most active first: often none. Exact either way. A new factor counts
            # at its full weight until it gets a bound here.
            by_tag = self.base_rows_by_tag
            covering_count = kernels.collect_postings(
                by_tag.indptr, by_tag.indices, required.astype(np.int64), scratch.blocked,
                SCANNED, scratch.rows,
            )  # fmt: skip
            covering = scratch.rows[:covering_count]
            if covering_count:
                ranges = np.stack([covering, covering + 1], axis=1)
                scan(self.base, ranges, _EMPTY_INT, STALE | EXCLUDED)
            segments = list(self._segment_scans(countries))
            if limit > 0 and top.state[0] == limit:
                active = self._rows_active_enough(
                    weight_table=weight_table,
                    sector_columns=sector_columns,
                    bar=float(top.scores[top.state[1]]),
                    text_bound=min(1.0, float(np.sum(term_weights * self.term_maxima[terms]))),
                    past=past,
                    past_rows=past_rows,
                )
                if active is not None:
                    base, _, row_map, block_mask = segments[0]
                    ranges = np.stack([active, active + 1], axis=1)
                    segments[0] = (base, ranges, row_map, block_mask)
            for segment, ranges, row_map, block_mask in segments:
                scan(segment, ranges, row_map, block_mask)
        finally:
            kernels.clear(scratch.per_query, scratch.seen, scratch.touched, touched)
            scratch.text_query[terms] = 0.0
            scratch.blocked[excluded] &= ~np.uint8(EXCLUDED)
            scratch.blocked[covering] &= ~np.uint8(SCANNED)
        return top.hits(list(formula.OPPORTUNITY_WEIGHTS))

    def opportunities_for(
        self, row: int, *, today: datetime.date, limit: int, exclude_ids=()
    ) -> list[Hit]:
        """The best `limit` open opportunities the organisation at `row` is eligible for.
        There are few enough (thousands) to score all at once with numpy; rows of the hits are
        opportunity rows."""
        table = self.opportunities
        count = len(table.ids)
        query = self.query_vectors(row)
        offers = query["offers"][0]
        sector_columns = query["sectors"][0]
        terms, term_weights = query["text"]

        def column_sums(matrix, columns, weights=None):
            weights = np.ones(len(columns)) if weights is None else weights
            return (
                np.asarray(matrix[:, columns] @ weights).ravel()
                if len(columns)
                else np.zeros(count)
            )

        covered = column_sums(table.required_by_column, offers)
        sector_common = column_sums(
            table.sectors_by_column, sector_columns, self.sector_weights[sector_columns]
        )
        text = column_sums(table.text_by_column, terms, term_weights)
        # formula.past_project_similarity: the mean of its best few past projects' cosines
        projects = _row(self.past_projects_of, row)[0]
        past = np.zeros(count)
        if len(projects):
            similarities = (table.text @ self.past_text[projects].T).toarray()
            similarities = -np.sort(-similarities, axis=1)[:, : formula.PAST_PROJECTS_COUNTED]
            for column in range(similarities.shape[1]):
                past = past + similarities[:, column]
            past = past / formula.PAST_PROJECTS_COUNTED

        keep = table.open_until >= today.toordinal()
        allowed_here = np.zeros(count, dtype=bool)
        allowed_here[_row(table.countries_by_column, int(self.country[row]))[0]] = True
        keep &= table.any_country | allowed_here
        keep &= (table.kind_bits == 0) | ((table.kind_bits >> self.kind[row]) & 1 == 1)
        founded = self.founded_year[row]
        age_ok = table.max_ages < 0
        if founded != UNKNOWN_YEAR:
            age_ok |= today.year - founded <= table.max_ages
        keep &= age_ok
        keep &= (covered + sector_common + text + past) > 0
        if len(exclude_ids):
            keep &= ~np.isin(table.ids, np.fromiter(exclude_ids, dtype=np.int64))
        rows = np.flatnonzero(keep)

        required_counts = table.required_counts[rows]
        sector_totals = table.sector_weight_sums[rows]
        zeros = np.zeros(len(rows))
        factors = {
            "coverage": np.divide(
                covered[rows], required_counts, out=zeros.copy(), where=required_counts > 0
            ),
            "sectors": np.divide(
                sector_common[rows], sector_totals, out=zeros.copy(), where=sector_totals > 0
            ),
            # formula.text_fit
            "text": np.power(text[rows], formula.OPPORTUNITY_TEXT_POWER),
            # formula.activity; the rows kept all have some other fit
            "track_record": np.full(len(rows), self.activity[row]),
            # formula.past_project_fit
            "past_projects": np.power(past[rows], formula.PAST_PROJECT_POWER),
        }
        weights = formula.OPPORTUNITY_WEIGHTS
        # formula.evidence_weights for each opportunity's evidence against this organisation's
        scaled = self.opportunity_weight_table[table.evidence[rows], self.evidence[row]]
        points = {name: scaled[:, column] * factors[name] for column, name in enumerate(weights)}
        total = zeros.copy()
        for name in weights:  # the order of formula.weighted_points, so the sums agree
            total = total + points[name]
        scale = 10.0**formula.SCORE_DECIMALS
        scores = np.floor(total * scale + 0.5) / scale
        order = np.lexsort((table.ids[rows], -scores))[:limit]
        return [
            Hit(
                id=int(table.ids[rows[i]]),
                row=int(rows[i]),
                score=float(scores[i]),
                points={name: float(points[name][i]) for name in weights},
            )
            for i in order
        ]

    @property
    def nbytes(self) -> int:
        """Memory held by the index's arrays (the text vectoriser's vocabulary aside)."""
        total = self.base.nbytes + (self.delta.nbytes if self.delta else 0)
        by_tag = self.base_rows_by_tag
        total += by_tag.data.nbytes + by_tag.indices.nbytes + by_tag.indptr.nbytes
        total += self.partners.data.nbytes + self.partners.indices.nbytes
        total += self.partners.indptr.nbytes
        for matrix in (
            self.project_text, self.past_text, self.past_text_by_term, self.past_projects_of,
            self.past_members,
        ):  # fmt: skip
            total += matrix.data.nbytes + matrix.indices.nbytes + matrix.indptr.nbytes
        for value in vars(self).values():
            if isinstance(value, np.ndarray):
                total += value.nbytes
        return total


def _pick(records: OrganisationRecords, order: list[int]) -> OrganisationRecords:
    picked = OrganisationRecords()
    for name in OrganisationRecords.__slots__:
        values = getattr(records, name)
        setattr(picked, name, [values[i] for i in order])
    return picked


class _Texts:
    """Short texts by row (organisation names, external ids): the build's packed into one
    UTF-8 string of bytes with the offsets of each row, shared and never changed, under the
    texts set since. No Python object per row: reading one writes no reference count into the
    pages that server processes share after forking (config/gunicorn.py), and 100,000 names
    take a few MB instead of a str object each. A copy for an update costs the few changed
    texts."""

    def __init__(self, base=(), changed=None):
        if isinstance(base, _Packed):
            self._base = base
        else:
            encoded = [text.encode() for text in base]
            offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
            np.cumsum([len(text) for text in encoded], out=offsets[1:])
            self._base = _Packed(b"".join(encoded), offsets)
        self._base_size = len(self._base.offsets) - 1
        self._changed: dict[int, str] = dict(changed or {})
        self._size = self._base_size + sum(1 for row in self._changed if row >= self._base_size)

    def __getitem__(self, row: int) -> str:
        text = self._changed.get(row)
        if text is not None:
            return text
        if not 0 <= row < self._base_size:
            raise IndexError(row)
        offsets = self._base.offsets
        return self._base.blob[offsets[row] : offsets[row + 1]].decode()

    def __setitem__(self, row: int, text: str) -> None:
        if not 0 <= row < self._size:
            raise IndexError(row)
        self._changed[row] = text

    def __len__(self) -> int:
        return self._size

    def extend(self, texts) -> None:
        for text in texts:
            self._changed[self._size] = text
            self._size += 1

    def copy(self) -> "_Texts":
        return _Texts(self._base, self._changed)


@dataclass(frozen=True, slots=True)
class _Packed:
    blob: bytes
    offsets: np.ndarray  # row r is blob[offsets[r]:offsets[r + 1]]


class _ProjectTitles:
    """Past projects' titles by id, read from the index's sorted ids (no dict per project)."""

    def __init__(self, index: MatchingIndex):
        self._ids, self._titles = index.project_ids, index.project_titles

    def get(self, project_id, default=None):
        position = int(np.searchsorted(self._ids, project_id))
        if position < len(self._ids) and self._ids[position] == project_id:
            return self._titles[position]
        return default


class _ByIdLookup(dict):
    """A read-only mapping from organisation id to a per-row value, without building a dict
    of every organisation."""

    def __init__(self, index: MatchingIndex, values, default):
        super().__init__()
        self._index, self._values, self._default = index, values, default

    def get(self, organisation_id, default=None):
        row = self._index.row_of(organisation_id)
        if row is None:
            return self._default if default is None else default
        value = self._values[row]
        return int(value) if isinstance(value, np.integer) else value
