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


MADV_DONTNEED = 4  # Linux's value (asm-generic/mman-common.h)


def _unchanged_library_mappings(smaps: str) -> list[tuple[int, int, int]]:
    """(start, length, resident kB) of each private, read-only file mapping that holds no page
    of its own (Anonymous: 0): its resident pages are the file's, so dropping them loses
    nothing. A writable or relocated (RELRO) mapping has pages of its own and is left alone."""
    mappings: list[dict] = []
    for line in smaps.splitlines():
        fields = line.split(maxsplit=5)
        if fields[0].endswith(":"):
            if mappings:
                mappings[-1][fields[0]] = fields[1]
            continue
        start, end = (int(part, 16) for part in fields[0].split("-"))
        path, permissions = (fields[5] if len(fields) > 5 else ""), fields[1]
        mappings.append({"start": start, "length": end - start, "path": path, "perms": permissions})
    return [
        (mapping["start"], mapping["length"], int(mapping.get("Rss:", 0)))
        for mapping in mappings
        if mapping["path"].startswith("/")
        and mapping["perms"][1] == "-"
        and mapping["perms"][3] == "p"
        and int(mapping.get("Rss:", 0))
        and not int(mapping.get("Anonymous:", 1))
    ]


def library_pages_release() -> int:
    """Drops this process's resident pages of shared libraries' code and read-only data; they
    come back from the page cache on the next touch. For gunicorn's master once it has built
    the index and warmed up: loading numba's cached kernels pulls in about 70 MB of LLVM's code
    that the master never runs again, and a worker forked from it maps none of those pages, so
    the master alone held them (docs/benchmarks.md, session 8). Returns the kB released; 0 off
    Linux or without glibc."""
    libc = _libc()
    try:
        with open("/proc/self/smaps") as file:
            smaps = file.read()
    except OSError:
        return 0
    if libc is None:
        return 0
    libc.madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
    released = 0
    for start, length, resident in _unchanged_library_mappings(smaps):
        if libc.madvise(start, length, MADV_DONTNEED) == 0:
            released += resident
    return released
