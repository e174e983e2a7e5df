from matchmaking import index_store
from matchmaking.index_store import (
    MatchingStore,
    matching_index,
    matching_index_fork_prepare,
    matching_index_serve_setup,
)


def test_builds_the_index_before_the_first_request(uk_sme, korean_partner, monkeypatch):
    monkeypatch.setattr(index_store, "_store", MatchingStore())
    built = matching_index_serve_setup()
    assert matching_index() is built
    assert built.row_of(uk_sme.pk) is not None


def test_turns_background_rebuilds_on(uk_sme, monkeypatch):
    store = MatchingStore()
    monkeypatch.setattr(index_store, "_store", store)
    matching_index_serve_setup()
    assert store._start_thread is index_store._daemon_thread


def test_an_empty_database_is_ready_too(db, monkeypatch):
    monkeypatch.setattr(index_store, "_store", MatchingStore())
    assert len(matching_index_serve_setup().ids) == 0


def test_the_master_forgets_its_query_memory_before_forking(uk_sme, korean_partner, monkeypatch):
    monkeypatch.setattr(index_store, "_store", MatchingStore())
    index = matching_index_serve_setup()
    assert getattr(index._local, "scratch", None) is not None  # the warm-up's queries
    matching_index_fork_prepare()
    assert getattr(index._local, "scratch", None) is None
