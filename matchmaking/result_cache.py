"""The engine's results kept per process, so that a page viewed again skips the scan.

A result (the ranked hits and the feedback's reasons) is kept under everything it is worked
out from: the index's version (index_store: it moves whenever the index is built, refreshed,
edited in place, swapped or cleared) and the call's own inputs, the viewer's feedback
(dismissals, declined introductions) included, which each request reads afresh with the
index's marks. So an edit, a dismissal or a deletion gives a new key on the next request, and
no result is ever served for anything but the exact inputs it was worked out from.

Plain Python and small: a bounded LRU of a few hundred lists of at most a hundred-odd hits.
"""

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

# Keys kept per process: a worker's recent viewers, each a few kilobytes of hits.
MAX_RESULTS = 256

T = TypeVar("T")


class ResultCache:
    """A least-recently-used map of results; results must never be changed once kept."""

    def __init__(self, *, size: int = MAX_RESULTS):
        self._size = size
        self._results: OrderedDict[Hashable, object] = OrderedDict()
        self._lock = threading.Lock()
        self.misses = 0  # calls that worked the result out (tests read it)

    def get_or_compute(self, key: Hashable | None, compute: Callable[[], T]) -> T:
        """The result kept under key, or compute()'s, kept. key None: compute, keep nothing."""
        if key is None:
            self.misses += 1
            return compute()
        with self._lock:
            if key in self._results:
                self._results.move_to_end(key)
                return self._results[key]  # type: ignore[return-value]
        self.misses += 1
        result = compute()
        with self._lock:
            self._results[key] = result
            self._results.move_to_end(key)
            while len(self._results) > self._size:
                self._results.popitem(last=False)
        return result

    def clear(self) -> None:
        with self._lock:
            self._results.clear()

    def __len__(self) -> int:
        return len(self._results)


results = ResultCache()
