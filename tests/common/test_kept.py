from common import kept
from common.kept import kept_briefly


def test_a_kept_value_is_the_same_object_until_it_expires(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(kept.time, "monotonic", lambda: now[0])
    first = kept_briefly("k", lambda: ["a"], keep=lambda value: True)
    assert kept_briefly("k", lambda: ["b"], keep=lambda value: True) is first
    now[0] += kept.KEPT_SECONDS
    assert kept_briefly("k", lambda: ["b"], keep=lambda value: True) == ["b"]


def test_a_value_keep_refuses_is_computed_every_time():
    assert kept_briefly("k", lambda: 1, keep=lambda value: False) == 1
    assert kept_briefly("k", lambda: 2, keep=lambda value: False) == 2


def test_a_full_store_drops_expired_values_first(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(kept.time, "monotonic", lambda: now[0])
    monkeypatch.setattr(kept, "MAX_ENTRIES", 3)
    kept_briefly("old", lambda: 1, keep=lambda value: True)
    now[0] += kept.KEPT_SECONDS
    for key in ("b", "c", "d"):
        kept_briefly(key, lambda: 1, keep=lambda value: True)
    assert sorted(kept._kept) == ["b", "c", "d"]


def test_a_store_full_of_fresh_values_starts_again(monkeypatch):
    monkeypatch.setattr(kept, "MAX_ENTRIES", 3)
    for key in ("a", "b", "c", "d"):
        kept_briefly(key, lambda: 1, keep=lambda value: True)
    assert sorted(kept._kept) == ["d"]
