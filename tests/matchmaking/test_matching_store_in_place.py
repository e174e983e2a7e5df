"""The store writing edits into the index in use, as gunicorn's sync workers run it."""

import pytest

from matchmaking import index_store
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
