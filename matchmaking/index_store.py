"""Reads the matching records from the database and keeps one index per process up to date.

Freshness contract: every request first reads a handful of "last changed" marks in one query
(the newest updated_at of organisations, opportunities and projects, the newest participation,
capability and sector ids). When a mark moved, only what changed is read again: organisations
changed since the full build go into the index's delta segment, projects rebuild the network,
opportunities are re-read (there are few). So an edited profile shows in the very next request
in every server process, without scoring anything from the database.

A deletion moves no date: database triggers log each deleted row (table and id) of the tables
the index reads (matchmaking.models.Deletion); the log's newest id is one more mark, the index
withdraws the organisations deleted since its build and re-reads the other tables rows were
deleted from.

Writers keep the contract by saving updated_at (auto_now does it for model saves; bulk writers
set it themselves): a profile's tags, a consortium's members (on the consortium) and a project's
participants (on the project).
"""

import datetime
import functools
import logging
import threading
import time
from dataclasses import dataclass

from django.db import connection, connections
from django.utils.dateparse import parse_datetime

from common.korean_text import matching_text
from matchmaking.engine.index import IndexOutOfDate, MatchingIndex
from matchmaking.engine.records import (
    MatchingRecords,
    OpportunityRecords,
    OrganisationRecords,
    ProjectRecords,
)
from matchmaking.models import Deletion, MatchingModel
from opportunities.models import Opportunity, OpportunityStatus
from organisations.models import (
    Capability,
    ConsortiumMembership,
    Organisation,
    OrganisationKind,
    Project,
    ProjectParticipation,
    Sector,
)

logger = logging.getLogger(__name__)

# Past this share of changed organisations a full rebuild is cheaper than a large delta.
DELTA_LIMIT = 0.05


@dataclass(frozen=True, slots=True)
class Marks:
    organisations: datetime.datetime | None
    opportunities: datetime.datetime | None
    projects: datetime.datetime | None
    participation: int | None
    capability: int | None
    sector: int | None
    model: int | None = None
    deletions: int | None = None  # the newest Deletion: a deletion moves no date


# How many marks the marks query reads before the other query's columns, and how many of them
# (the first) are dates.
MARK_COUNT = 8
DATE_MARKS = 3


def marks_read() -> Marks:
    return marks_and_rows_read()[0]


def marks_and_rows_read(sql: str | None = None, params=()) -> tuple[Marks, list[tuple]]:
    """The marks and, in the same round trip, the rows of another query (`sql`, with its
    params; its rows must have no NULL first column): a request that needs both pays for one
    query, not two."""
    if connection.vendor == "postgresql":
        # The same marks, planned once per connection (migration matchmaking/0012).
        marks_sql = "SELECT * FROM matchmaking_marks()"
    else:
        marks_sql = _marks_sql()
    if sql is not None:
        # The marks' single row repeats beside each of the other query's rows; with none, the
        # LEFT JOIN still gives the marks, with NULLs beside them.
        marks_sql = f"SELECT * FROM ({marks_sql}) AS marks LEFT JOIN ({sql}) AS extra ON 1 = 1"
    with connection.cursor() as cursor:
        cursor.execute(marks_sql, params)
        found = cursor.fetchall()
    row = found[0]
    marks = Marks(*(_as_datetime(value) for value in row[:DATE_MARKS]), *row[DATE_MARKS:MARK_COUNT])
    rows = (
        [tuple(line[MARK_COUNT:]) for line in found if line[MARK_COUNT] is not None]
        if sql is not None
        else []
    )
    return marks, rows


@functools.cache
def _marks_sql() -> str:
    """The marks as one plain statement (SQLite; on PostgreSQL the function made from the same
    list by migration matchmaking/0012, which a test compares with this)."""
    tables = {
        "organisation": Organisation._meta.db_table,
        "opportunity": Opportunity._meta.db_table,
        "project": Project._meta.db_table,
        "participation": ProjectParticipation._meta.db_table,
        "capability": Capability._meta.db_table,
        "sector": Sector._meta.db_table,
        "model": MatchingModel._meta.db_table,
        "deletion": Deletion._meta.db_table,
    }
    # Each MAX reads one end of an index, so this stays fast however large the tables grow.
    return "SELECT " + ", ".join(
        [
            f"(SELECT MAX(updated_at) FROM {tables['organisation']}) AS mark_0",
            f"(SELECT MAX(updated_at) FROM {tables['opportunity']}) AS mark_1",
            f"(SELECT MAX(updated_at) FROM {tables['project']}) AS mark_2",
            f"(SELECT MAX(id) FROM {tables['participation']}) AS mark_3",
            f"(SELECT MAX(id) FROM {tables['capability']}) AS mark_4",
            f"(SELECT MAX(id) FROM {tables['sector']}) AS mark_5",
            f"(SELECT MAX(id) FROM {tables['model']}) AS mark_6",
            f"(SELECT MAX(id) FROM {tables['deletion']}) AS mark_7",
        ]
    )


def _as_datetime(value) -> datetime.datetime | None:
    """SQLite answers a raw MAX() over datetimes as text, stored in UTC."""
    if isinstance(value, str):
        return parse_datetime(value).replace(tzinfo=datetime.UTC)
    return value


def _fetch(sql: str, params=()) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def organisation_records_read(
    *, changed_since: datetime.datetime | None = None
) -> OrganisationRecords:
    """All organisations (or those changed since a moment), with their tags: two queries."""
    organisations = Organisation.objects.order_by("id")
    if changed_since is not None:
        organisations = organisations.filter(updated_at__gt=changed_since)
    rows = list(
        organisations.with_published_and_current().values_list(
            "id", "name", "external_id", "country", "kind", "founded_year",
            "is_published_and_current", "description", "description_ko",
        )
    )  # fmt: skip
    records = OrganisationRecords()
    links: list[tuple[int, int]] = []
    if not rows:
        return records, links
    position = {}
    for number, row in enumerate(rows):
        pk, name, external_id, country, kind, founded, suggested, description, korean = row
        position[pk] = number
        records.append(
            id=pk,
            name=name,
            external_id=external_id,
            country=str(country),
            kind=kind,
            founded_year=founded,
            # Only what Organisation.objects.published_and_current() holds is suggested.
            published=bool(suggested),
            # A profile written only in Korean is matched by its Korean description.
            description=matching_text(description, korean),
        )
    tag_lists = {"sector": records.sectors, "offer": records.offers, "seek": records.seeks}
    through = {
        "sector": (Organisation.sectors.through, "sector_id"),
        "offer": (Organisation.offers.through, "capability_id"),
        "seek": (Organisation.seeks.through, "capability_id"),
    }
    changed = f"(SELECT id FROM {Organisation._meta.db_table} WHERE updated_at > %s)"
    parts, params = [], []
    for label, (model, column) in through.items():
        part = f"SELECT %s, organisation_id, {column} FROM {model._meta.db_table}"
        params.append(label)
        if changed_since is not None:
            part += f" WHERE organisation_id IN {changed}"
            params.append(changed_since)
        parts.append(part)
    if changed_since is not None:
        parts.append(
            f"SELECT 'link', consortium_id, member_id FROM {ConsortiumMembership._meta.db_table}"
            f" WHERE consortium_id IN {changed} OR member_id IN {changed}"
        )
        params += [changed_since, changed_since]
    for label, first, second in _fetch(" UNION ALL ".join(parts), params):
        if label == "link":
            links.append((first, second))
        elif first in position:
            tag_lists[label][position[first]].append(second)
    return records, links


def opportunity_records_read() -> OpportunityRecords:
    """Published opportunities (the only ones ever suggested), with their tags: two queries."""
    rows = list(
        Opportunity.objects.filter(status=OpportunityStatus.PUBLISHED)
        .order_by("id")
        .values_list(
            "id", "deadline", "eligible_countries", "eligible_kinds",
            "max_organisation_age_years", "title", "title_ko", "summary", "summary_ko",
            "description", "description_ko",
        )
    )  # fmt: skip
    records = OpportunityRecords()
    position = {}
    for number, (pk, deadline, countries, kinds, max_age, *texts) in enumerate(rows):
        position[pk] = number
        records.append(
            id=pk,
            published=True,
            deadline=deadline,
            # values_list gives a multiple CountryField as its stored text, "GB,KR".
            eligible_countries=frozenset(code for code in countries.split(",") if code),
            eligible_kinds=frozenset(kinds or ()),
            max_age=max_age,
            # Each part in English where it has English, else in Korean.
            text=" ".join(matching_text(*texts[part : part + 2]) for part in (0, 2, 4)),
        )
    if not rows:
        return records
    sectors = Opportunity.sectors.through._meta.db_table
    required = Opportunity.required_capabilities.through._meta.db_table
    sql = (
        f"SELECT 's', opportunity_id, sector_id FROM {sectors} UNION ALL "
        f"SELECT 'r', opportunity_id, capability_id FROM {required}"
    )
    for label, opportunity_id, tag_id in _fetch(sql):
        if opportunity_id in position:
            target = records.sectors if label == "s" else records.required
            target[position[opportunity_id]].append(tag_id)
    return records


def _deletions_since(since: int | None):
    deletions = Deletion.objects.all()
    return deletions if since is None else deletions.filter(id__gt=since)


def deleted_organisations_read(*, since: int | None) -> list[int]:
    """The organisations deleted since a deletion mark (all logged ones for None)."""
    return list(
        _deletions_since(since)
        .filter(table=Organisation._meta.db_table)
        .values_list("row_id", flat=True)
    )


def deleted_tables_read(*, since: int | None) -> set[str]:
    """The tables rows were deleted from since a deletion mark (all for None)."""
    return set(_deletions_since(since).values_list("table", flat=True).distinct())


def participations_read() -> list[tuple[int, int]]:
    return _fetch(f"SELECT project_id, organisation_id FROM {ProjectParticipation._meta.db_table}")


def projects_read() -> ProjectRecords:
    """Every past project's title and description (the past-projects factor and its reason)."""
    records = ProjectRecords()
    for project_id, title, description in _fetch(
        f"SELECT id, title, description FROM {Project._meta.db_table}"
    ):
        records.append(id=project_id, title=title, text=matching_text(description or ""))
    return records


def consortium_links_read() -> list[tuple[int, int]]:
    return list(ConsortiumMembership.objects.values_list("consortium_id", "member_id"))


def matching_records_read() -> MatchingRecords:
    model = MatchingModel.objects.order_by("-id").first()
    return MatchingRecords(
        organisations=organisation_records_read()[0],
        opportunities=opportunity_records_read(),
        participations=participations_read(),
        projects=projects_read(),
        consortium_links=consortium_links_read(),
        capability_names=dict(Capability.objects.values_list("id", "name")),
        sector_names=dict(Sector.objects.values_list("id", "name")),
        kind_names=list(OrganisationKind.values),
        partner_weights=model.partner_weights if model is not None else None,
        opportunity_weights=model.opportunity_weights if model is not None else None,
    )


class MatchingStore:
    """One index per process, checked against the database marks on every use.

    With background rebuilds on (the production server turns them on, see config/gunicorn.py),
    a change too large for the delta segment (an import) or a new taxonomy is rebuilt in a
    thread while requests keep using the previous index, which is then swapped in whole; its
    marks are those read before the rebuild read the records, so whatever changed meanwhile is
    applied as a delta by the next request. Small edits still show on the very next request.
    Off, as in tests and commands, the request that finds such a change rebuilds in place.
    """

    def __init__(self, *, start_thread=None):
        self._lock = threading.Lock()
        self._index: MatchingIndex | None = None
        self._marks: Marks | None = None
        self._built_marks: Marks | None = None
        # How a background rebuild is started (None: rebuild inside the request); tests pass
        # a function that keeps the work to run it when they choose.
        self._start_thread = start_thread
        self._rebuilding = False
        self._generation = 0  # bumped by clear(), so a rebuild started before is dropped
        # Whether updates may write into the index in use (see update_in_place).
        self._in_place = False
        # Moves whenever what the index holds may change (built, refreshed, edited in place,
        # swapped, cleared): results worked out from it are kept under it (result_cache).
        self._version = 0

    def index(self) -> MatchingIndex:
        return self.index_and_rows()[0]

    def index_and_rows(self, sql: str | None = None, params=()) -> tuple[MatchingIndex, list]:
        """The index, up to date, and the rows of `sql` read with the marks in one query."""
        index, rows, _current = self.index_rows_and_currency(sql, params)
        return index, rows

    def index_rows_and_currency(
        self, sql: str | None = None, params=()
    ) -> tuple[MatchingIndex, list, bool]:
        """index_and_rows, and whether the index holds everything the marks just read say
        (False only while a background rebuild runs and the previous index serves)."""
        index, rows, current, _version = self.index_rows_currency_and_version(sql, params)
        return index, rows, current

    def index_rows_currency_and_version(
        self, sql: str | None = None, params=()
    ) -> tuple[MatchingIndex, list, bool, int | None]:
        """index_rows_and_currency, and the index's version: a number that moves whenever
        what the index holds may have changed, so a result worked out from an index of the
        same version is still right. None when it could not be read unchanged around the
        index (a concurrent update): then nothing may be kept."""
        marks, rows = marks_and_rows_read(sql, params)
        # Like a sequence lock: a version read unchanged on both sides of reading the index
        # belongs to it (every update moves it before and after).
        version = self._version
        # The marks before the index: a swap stores the index first, so marks seen equal
        # belong to the index read after them.
        known = self._marks
        index = self._index
        if index is not None and (marks == known or self._rebuilding):
            return index, rows, marks == known, version if self._version == version else None
        with self._lock:
            if self._index is None:
                self._version += 1
                self._index = self._rebuilt(marks)
                self._marks = marks
            elif marks != self._marks and not self._rebuilding:
                # Before: an update in place writes into the index others may be reading.
                self._version += 1
                try:
                    refreshed = self._refreshed(marks)
                    if refreshed is not None:
                        self._index, self._marks = refreshed, marks
                finally:
                    self._version += 1
            return self._index, rows, marks == self._marks, self._version

    def clear(self) -> None:
        with self._lock:
            self._index = self._marks = self._built_marks = None
            self._rebuilding = False
            self._generation += 1
            self._version += 1

    def run_in_background(self, start_thread=None) -> None:
        """Rebuild large changes in a thread from now on (start_thread(work) starts it; by
        default a daemon thread)."""
        self._start_thread = start_thread or _daemon_thread

    def update_in_place(self) -> None:
        """From now on, edits are written into the index in use instead of a copy: only for a
        process that serves one request at a time (gunicorn's sync workers), where no request
        can be reading the index while the next one updates it. The background rebuild reads
        the database, never the index in use, and swaps a new one in whole."""
        self._in_place = True

    def _refreshed(self, marks: Marks) -> MatchingIndex | None:
        """The index brought up to `marks`; None when a background rebuild was started
        instead (the previous index stays in use until it is done)."""
        previous, built = self._index, self._built_marks
        deleted = (
            deleted_tables_read(since=self._marks.deletions)
            if marks.deletions != self._marks.deletions
            else set()
        )
        taxonomy_changed = built is not None and (
            marks.capability != built.capability
            or marks.sector != built.sector
            or marks.model != built.model  # new weights: every table changes
            or bool(deleted & {Capability._meta.db_table, Sector._meta.db_table})
        )
        if taxonomy_changed:
            return self._rebuilt_later(marks)
        index = previous.copy_for_update(exclusive=self._in_place)
        try:
            if marks.organisations != self._marks.organisations:
                changed, links = organisation_records_read(changed_since=built.organisations)
                if len(changed) > DELTA_LIMIT * max(index.base_size, 1):
                    return self._rebuilt_later(marks)
                index.apply_changes(changed)
                index.replace_consortium_links(involving=set(changed.ids), links=links)
            if (marks.projects, marks.participation) != (
                self._marks.projects,
                self._marks.participation,
            ) or deleted & {Project._meta.db_table, ProjectParticipation._meta.db_table}:
                # A project's text or title edit moves its updated_at too.
                index.set_network(participations_read(), projects_read())
            if (
                marks.opportunities != self._marks.opportunities
                or Opportunity._meta.db_table in deleted
            ):
                index.set_opportunities(opportunity_records_read())
            if Organisation._meta.db_table in deleted:
                index.withdraw(deleted_organisations_read(since=built.deletions))
        except IndexOutOfDate:
            if index is previous:
                # Written in part: it cannot go on serving while a rebuild runs.
                return self._rebuilt(marks)
            return self._rebuilt_later(marks)
        except BaseException:
            if index is previous:
                self._index = self._marks = None  # written in part: the next request rebuilds
            raise
        return index

    def _rebuilt_later(self, marks: Marks) -> MatchingIndex | None:
        if self._start_thread is None:
            return self._rebuilt(marks)
        self._rebuilding = True
        self._start_thread(functools.partial(self._rebuild_and_swap, self._generation))
        return None

    def _rebuild_and_swap(self, generation: int) -> None:
        """Runs in the background thread, with its own database connection."""
        try:
            # Marks first: anything written while the records are read moves them again.
            marks = marks_read()
            index = self._rebuilt(marks, keep_marks=False)
            with self._lock:
                if generation == self._generation:
                    self._version += 1
                    self._index, self._marks, self._built_marks = index, marks, marks
                    self._version += 1
        except Exception:
            logger.exception("Matching index rebuild failed; the previous index stays in use")
        finally:
            with self._lock:
                if generation == self._generation:
                    self._rebuilding = False

    def _rebuilt(self, marks: Marks, *, keep_marks: bool = True) -> MatchingIndex:
        started = time.perf_counter()
        index = MatchingIndex(matching_records_read())
        if keep_marks:
            self._built_marks = marks
        logger.info(
            "Matching index built: %d organisations in %.1f s",
            len(index.ids),
            time.perf_counter() - started,
        )
        return index


def _daemon_thread(work) -> None:
    def run():
        try:
            work()
        finally:
            connections.close_all()  # the thread's own connection

    threading.Thread(target=run, name="matching-index-rebuild", daemon=True).start()


_store = MatchingStore()


def matching_index() -> MatchingIndex:
    """The process's index, brought up to date with the database first."""
    return _store.index()


def matching_index_and_rows(sql: str, params=()) -> tuple[MatchingIndex, list[tuple]]:
    """The process's index, brought up to date, and the rows of another query (`sql`, whose
    rows have no NULL first column), read in the same round trip as the freshness marks."""
    return _store.index_and_rows(sql, params)


def matching_index_rows_and_currency(
    sql: str, params=()
) -> tuple[MatchingIndex, list[tuple], bool]:
    """matching_index_and_rows, and whether the index is current: everything written up to
    the marks read in this request is in it, deletions and unpublishing included, so what
    it holds about an organisation may be shown without reading the organisation again."""
    return _store.index_rows_and_currency(sql, params)


def matching_index_rows_currency_and_version(
    sql: str, params=()
) -> tuple[MatchingIndex, list[tuple], bool, int | None]:
    """matching_index_rows_and_currency, and the index's version (MatchingStore.
    index_rows_currency_and_version): what was worked out from an index of the same version
    may be used again; None: keep nothing."""
    return _store.index_rows_currency_and_version(sql, params)


def matching_index_reset() -> None:
    """Forget the index (tests that rewrite data under the same marks use this)."""
    _store.clear()


def matching_index_serve_setup(*, one_request_at_a_time: bool = False) -> MatchingIndex:
    """Ready this process to serve before it takes traffic (gunicorn's master calls it before
    forking the workers, so they share the index's pages and the compiled kernels): build the
    index, run each kind of query once so numba loads (or compiles and caches) its kernels, and
    rebuild large changes in the background from now on. one_request_at_a_time: the server's
    processes each serve one request at a time, so edits may be written into the index in use
    (MatchingStore.update_in_place)."""
    if one_request_at_a_time:
        _store.update_in_place()
    index = _store.index()
    if len(index.ids):
        today = datetime.date.today()
        index.partners_of(0, limit=1)
        index.opportunities_for(0, today=today, limit=1)
        if len(index.opportunities.ids):
            index.organisations_for(0, today=today, limit=1)
    _store.run_in_background()
    return index


def matching_index_fork_prepare() -> None:
    """Right before the server's master forks its workers (config/gunicorn.py): drop what
    only the master's own queries (the warm-up) used, which every worker would otherwise copy
    on its first query while the master kept the original."""
    index = _store._index
    if index is not None:
        index.scratch_release()
