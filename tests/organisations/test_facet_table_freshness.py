"""The facet table is rebuilt only when its change marker moves: small lists check it every
page, large ones at most every CHECKED_EVERY seconds, rebuilt beside the request."""

from types import SimpleNamespace

import pytest

from organisations import facets
from tests.factories import OrganisationFactory


@pytest.fixture
def clock(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(facets, "time", SimpleNamespace(monotonic=lambda: now[0]))
    return now


@pytest.fixture
def large(monkeypatch, sector, clock, refreshes):
    """A table built a quiet while ago (REBUILT_AT_MOST_EVERY), its marker just checked."""
    monkeypatch.setattr(facets, "FACETS_KEPT_FROM", 1)
    OrganisationFactory(sectors=[sector])
    table = facets.facet_table()
    clock[0] += facets.REBUILT_AT_MOST_EVERY
    facets.facet_table()
    refreshes.pop()()
    return table


def sector_count(sector) -> int:
    return facets.organisation_facet_counts(chosen={})["sector"][sector.slug]


def test_a_small_list_counts_an_edit_on_the_next_page(sector):
    assert sector_count(sector) == 0
    OrganisationFactory(sectors=[sector])
    assert sector_count(sector) == 1


def test_a_small_list_keeps_its_table_while_nothing_changes(sector):
    OrganisationFactory(sectors=[sector])
    assert facets.facet_table() is facets.facet_table()


def test_a_removed_tag_moves_the_marker(sector):
    organisation = OrganisationFactory(sectors=[sector])
    assert sector_count(sector) == 1
    organisation.sectors.clear()
    assert sector_count(sector) == 0


def test_a_large_table_is_not_checked_within_the_interval(large, sector, clock, refreshes):
    OrganisationFactory(sectors=[sector])
    clock[0] += facets.CHECKED_EVERY - 1
    assert facets.facet_table() is large and not refreshes


def test_a_large_table_is_served_while_its_refresh_runs(large, sector, clock, refreshes):
    OrganisationFactory(sectors=[sector])
    clock[0] += facets.CHECKED_EVERY
    assert facets.facet_table() is large
    clock[0] += facets.CHECKED_EVERY
    assert facets.facet_table() is large and len(refreshes) == 1  # one at a time
    refreshes[0]()
    assert sector_count(sector) == 2  # within CHECKED_EVERY seconds and one build


def test_under_a_stream_of_edits_a_table_is_rebuilt_at_most_so_often(
    large, sector, clock, refreshes
):
    OrganisationFactory(sectors=[sector])
    clock[0] += facets.CHECKED_EVERY
    facets.facet_table()
    refreshes.pop()()  # rebuilt: 2 counted
    OrganisationFactory(sectors=[sector])
    clock[0] += facets.CHECKED_EVERY
    facets.facet_table()
    refreshes.pop()()
    assert sector_count(sector) == 2  # the table is younger than REBUILT_AT_MOST_EVERY
    clock[0] += facets.REBUILT_AT_MOST_EVERY
    facets.facet_table()
    refreshes.pop()()
    assert sector_count(sector) == 3


def test_a_refresh_without_a_change_keeps_the_table(large, clock, refreshes):
    clock[0] += facets.CHECKED_EVERY
    facets.facet_table()
    refreshes[0]()
    assert facets.facet_table() is large


def test_a_large_table_is_rebuilt_after_a_while_even_unchanged(large, clock, refreshes):
    clock[0] += facets.REBUILT_AFTER
    facets.facet_table()
    refreshes[0]()
    assert facets.facet_table() is not large


def test_a_failed_refresh_lets_the_next_one_run(large, clock, refreshes, monkeypatch):
    monkeypatch.setattr(facets, "facet_marker", lambda database: 1 / 0)
    clock[0] += facets.CHECKED_EVERY
    facets.facet_table()
    with pytest.raises(ZeroDivisionError):
        refreshes[0]()
    clock[0] += facets.CHECKED_EVERY
    facets.facet_table()
    assert len(refreshes) == 2


def test_the_refresh_runs_in_its_own_thread_and_connection(transactional_db, monkeypatch):
    monkeypatch.setattr(facets, "FACETS_KEPT_FROM", 1)
    monkeypatch.setattr(facets, "REBUILT_AT_MOST_EVERY", 0)
    OrganisationFactory()
    started = []
    monkeypatch.setattr(facets, "_in_background", lambda work: started.append(work))
    first = facets.facet_table()
    OrganisationFactory()
    monkeypatch.setattr(facets, "CHECKED_EVERY", 0)
    facets.facet_table()
    thread = facets.threading.Thread(target=started[0])
    thread.start()
    thread.join(timeout=30)
    assert len(facets.facet_table().ids) == len(first.ids) + 1


def test_a_forked_worker_may_refresh_though_its_parent_was(monkeypatch):
    monkeypatch.setattr(facets, "_refreshing", facets.threading.Lock())
    facets._refreshing.acquire()
    facets._after_fork_in_child()
    assert not facets._refreshing.locked()


def test_a_rebuild_beside_the_requests_hands_its_freed_heap_back(
    large, clock, refreshes, monkeypatch
):
    trims = []
    monkeypatch.setattr(facets, "heap_trim", lambda: trims.append(1))
    clock[0] += facets.REBUILT_AFTER
    facets.facet_table()
    refreshes[0]()
    assert trims == [1]
