"""Values kept briefly in this process: counts over 100,000 rows cost more than the rest of a
page, while a count a minute old is still right enough to show. Only what passes `keep` is
kept (callers keep large numbers only), so small lists, and every test, see changes at once.
Per process, so reading a kept value is a dictionary look-up rather than a query."""

from collections.abc import Callable
from typing import TypeVar

from django.core.cache.backends.locmem import LocMemCache

KEPT_SECONDS = 60
_kept = LocMemCache("kept-briefly", {"TIMEOUT": KEPT_SECONDS, "OPTIONS": {"MAX_ENTRIES": 2000}})

T = TypeVar("T")


def kept_briefly(key: str, compute: Callable[[], T], *, keep: Callable[[T], bool]) -> T:
    """The value kept under the key, else compute() (kept for KEPT_SECONDS if keep says so)."""
    value = _kept.get(key)
    if value is None:
        value = compute()
        if keep(value):
            _kept.set(key, value)
    return value


def kept_forget() -> None:
    """Drops every kept value (tests; or after a bulk import, to show it at once)."""
    _kept.clear()
