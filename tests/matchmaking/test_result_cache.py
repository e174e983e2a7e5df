from matchmaking.result_cache import ResultCache


def test_keeps_a_result_under_its_key():
    cache = ResultCache()
    assert cache.get_or_compute("a", lambda: 1) == 1
    assert cache.get_or_compute("a", lambda: 2) == 1
    assert cache.misses == 1


def test_keeps_nothing_without_a_key():
    cache = ResultCache()
    cache.get_or_compute(None, lambda: 1)
    assert cache.get_or_compute(None, lambda: 2) == 2
    assert len(cache) == 0


def test_drops_the_least_recently_used_past_its_size():
    cache = ResultCache(size=2)
    cache.get_or_compute("a", lambda: 1)
    cache.get_or_compute("b", lambda: 2)
    cache.get_or_compute("a", lambda: 1)  # used again: "b" is now the oldest
    cache.get_or_compute("c", lambda: 3)
    assert cache.get_or_compute("b", lambda: 4) == 4
    assert len(cache) == 2
