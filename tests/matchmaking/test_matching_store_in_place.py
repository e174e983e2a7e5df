"""The store writing edits into the index in use, as gunicorn's sync workers run it."""

import pytest

from matchmaking import index_store
from matchmaking.engine.index import IndexOutOfDate
from matchmaking.index_store import MatchingStore
from tests.factories import OrganisationFactory


@pytest.fixture
def store(db, uk_sme, korean_partner, monkeypatch):
    monkeypatch.setattr(index_store, "DELTA_LIMIT", 1.0)  # one edit among two is small
    store = MatchingStore(start_thread=lambda work: None)
    store.update_in_place()
    store.index()
    return store


def test_an_edit_shows_on_the_next_request_in_the_same_index(store, uk_sme):
    before = store.index()
    uk_sme.name = "Glasgow Vision Group"
    uk_sme.save()
    index = store.index()
    assert index is before
    assert index.names[index.row_of(uk_sme.pk)] == "Glasgow Vision Group"


def test_an_unpublished_organisation_is_no_longer_suggested(store, uk_sme, korean_partner):
    korean_partner.status = "draft"
    korean_partner.save()
    index = store.index()
    row = index.row_of(uk_sme.pk)
    assert korean_partner.pk not in {hit.id for hit in index.partners_of(row, limit=10)}


def test_a_new_organisation_shows_on_the_next_request(store):
    newcomer = OrganisationFactory(country="KR")
    assert store.index().row_of(newcomer.pk) is not None


def test_an_edit_that_fails_half_way_is_not_served_from_the_written_index(
    store, uk_sme, monkeypatch
):
    before = store.index()

    def fail_half_way(changed):
        before.names[before.row_of(uk_sme.pk)] = "half written"
        raise IndexOutOfDate("unknown taxonomy id")

    monkeypatch.setattr(before, "apply_changes", fail_half_way)
    uk_sme.save()
    index = store.index()
    assert index is not before
    assert index.names[index.row_of(uk_sme.pk)] == uk_sme.name


def test_a_database_error_half_way_makes_the_next_request_rebuild(store, uk_sme, monkeypatch):
    before = store.index()
    monkeypatch.setattr(before, "apply_changes", lambda changed: 1 / 0)
    uk_sme.save()
    with pytest.raises(ZeroDivisionError):
        store.index()
    assert store.index() is not before
