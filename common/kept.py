"""Values kept briefly in this process: counts over 100,000 rows cost more than the rest of a
page, while a count a minute old is still right enough to show. Only what passes `keep` is
kept (callers keep large numbers only), so small lists, and every test, see changes at once.
Per process, so reading a kept value is a dictionary look-up rather than a query.

The value itself is kept, not a copy: every reader gets the same object until it expires, so
what is worked out from it (a filter's rendered options) can be remembered by its identity.
Readers must not change a kept value."""

import time
from collections.abc import Callable
from typing import TypeVar

KEPT_SECONDS = 60
MAX_ENTRIES = 2000
_kept: dict[str, tuple[float, object]] = {}

T = TypeVar("T")


def kept_briefly(key: str, compute: Callable[[], T], *, keep: Callable[[T], bool]) -> T:
    """The value kept under the key, else compute() (kept for KEPT_SECONDS if keep says so)."""
    now = time.monotonic()
    entry = _kept.get(key)
    if entry is not None and entry[0] > now:
        return entry[1]  # type: ignore[return-value]
    value = compute()
    if keep(value):
        if len(_kept) >= MAX_ENTRIES:
            _kept_drop_expired(now)
        _kept[key] = (now + KEPT_SECONDS, value)
    return value


def _kept_drop_expired(now: float) -> None:
    for key in [key for key, (expires, _) in tuple(_kept.items()) if expires <= now]:
        _kept.pop(key, None)
    if len(_kept) >= MAX_ENTRIES:  # all still fresh: start again rather than grow
        _kept.clear()


def kept_forget() -> None:
    """Drops every kept value (tests; or after a bulk import, to show it at once)."""
    _kept.clear()
