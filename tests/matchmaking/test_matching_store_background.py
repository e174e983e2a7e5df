"""The store with background rebuilds, as the production server runs it (config/gunicorn.py)."""

import pytest

from matchmaking import index_store
from matchmaking.index_store import MatchingStore
from tests.factories import OrganisationFactory


@pytest.fixture
def started():
    """The rebuilds the store started, kept to be run when the test says."""
    return []


@pytest.fixture
def store(db, started, uk_sme, korean_partner):
    store = MatchingStore(start_thread=started.append)
    store.index()
    return store


def ids(index) -> set[int]:
    return set(index.ids.tolist())


def test_a_large_import_keeps_serving_the_previous_index_until_rebuilt(store, started):
    before = store.index()
    OrganisationFactory.create_batch(3)
    assert store.index() is before
    assert len(started) == 1


def test_the_rebuilt_index_is_swapped_in_with_the_import(store, started):
    newcomers = OrganisationFactory.create_batch(3)
    store.index()
    started[0]()
    assert {o.pk for o in newcomers} <= ids(store.index())


def test_only_one_rebuild_runs_at_a_time(store, started):
    OrganisationFactory.create_batch(3)
    store.index()
    OrganisationFactory()
    store.index()
    assert len(started) == 1


def test_an_edit_after_the_swap_shows_on_the_next_request(store, started, uk_sme, monkeypatch):
    OrganisationFactory.create_batch(3)
    store.index()
    started[0]()
    monkeypatch.setattr(index_store, "DELTA_LIMIT", 0.5)  # one edit among five is small
    uk_sme.name = "Glasgow Vision Group"
    uk_sme.save()
    index = store.index()
    assert index.names[index.row_of(uk_sme.pk)] == "Glasgow Vision Group"


def test_a_small_edit_still_shows_on_the_next_request(store, started, uk_sme, monkeypatch):
    monkeypatch.setattr(index_store, "DELTA_LIMIT", 1.0)
    uk_sme.name = "Glasgow Vision Group"
    uk_sme.save()
    index = store.index()
    assert index.names[index.row_of(uk_sme.pk)] == "Glasgow Vision Group"
    assert started == []


def test_a_rebuild_started_before_clear_is_dropped(store, started):
    OrganisationFactory.create_batch(3)
    store.index()
    store.clear()
    fresh = store.index()
    started[0]()
    assert store.index() is fresh


def test_a_failed_rebuild_keeps_the_previous_index(store, started, monkeypatch):
    before = store.index()
    OrganisationFactory.create_batch(3)
    store.index()
    monkeypatch.setattr(index_store, "matching_records_read", lambda: 1 / 0)
    started[0]()
    assert store.index() is before
    assert len(started) == 2  # not stuck: the next request tries again


def test_the_index_is_not_current_while_a_rebuild_runs(store, started):
    OrganisationFactory.create_batch(3)
    _index, _rows, current = store.index_rows_and_currency()
    assert current is False


def test_the_index_is_current_again_once_swapped_in(store, started):
    OrganisationFactory.create_batch(3)
    store.index()
    started[0]()
    _index, _rows, current = store.index_rows_and_currency()
    assert current is True
