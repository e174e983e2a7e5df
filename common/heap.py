"""Freed memory handed back to the operating system after a large, short-lived build."""

import ctypes
import ctypes.util
import functools


@functools.cache
def _libc():
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


def heap_trim() -> bool:
    """glibc keeps what a build freed for later, and a build in its own thread gets its own
    arena: a server worker that rebuilt a table beside its requests (organisations.facets) held
    about 20 MB more after each rebuild, written into pages its siblings could not share
    (docs/benchmarks.md, session 7). Returns whether the C library could trim (glibc only)."""
    libc = _libc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True
