"""The facet table in a file that every server process maps read-only (organisations.facets).

Each gunicorn worker kept its own copy of the table (a few megabytes of arrays, rebuilt beside
its requests) and read the change marker every few seconds; written once into a file under
var/ and memory-mapped, the table's pages are the page cache's, shared by all of them, and one
process at a time (an exclusive lock on a file beside it) reads the marker and rebuilds.

The file: an 8-byte header length, a JSON header (the value lists, the marker, when it was
built, where each array starts), then the arrays, each at a multiple of 8 bytes. It is written
beside its final name and moved over it (os.replace), so a reader opens either the old file
or the new one, never half of one; a process that has the old one mapped keeps reading it
until it maps the new one."""

import contextlib
import fcntl
import json
import mmap
import os
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# Raised whenever the layout changes: a file of another format is rebuilt, not read.
FORMAT = 1
ARRAYS = (
    "ids", "kind", "country", "sector_counts", "sectors", "capability_counts", "capabilities",
)  # fmt: skip
VALUES = ("kinds", "countries", "sector_slugs", "capability_slugs")
_LENGTH = struct.Struct("<Q")


@dataclass(frozen=True)
class MappedTable:
    arrays: dict[str, np.ndarray]  # read-only views of the mapping
    values: dict[str, tuple[str, ...]]
    marker: tuple[str, ...]
    built: float  # wall-clock seconds
    identity: tuple[int, int, int]


def identity_of(path: Path) -> tuple[int, int, int] | None:
    """Which file is at the path now (inode, modification time, size): one stat, a few
    microseconds, so a process may look on every request whether a newer table was written."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_ino, found.st_mtime_ns, found.st_size)


def marker_plain(marker: tuple) -> tuple[str, ...]:
    """The marker as the file keeps it (its newest update is a datetime)."""
    return tuple("" if value is None else str(value) for value in marker)


def _aligned(offset: int) -> int:
    return (offset + 7) // 8 * 8


def table_write(
    path: Path, *, arrays: dict[str, np.ndarray], values: dict, marker: tuple, built: float
) -> None:
    """Writes the table beside `path` and moves it over it."""
    places, offset = [], 0
    for name in ARRAYS:
        array = np.ascontiguousarray(arrays[name])
        places.append([name, array.dtype.str, len(array), offset])
        offset = _aligned(offset + array.nbytes)
    header = json.dumps(
        {
            "format": FORMAT,
            "built": built,
            "marker": list(marker_plain(marker)),
            "values": {name: list(values[name]) for name in VALUES},
            "arrays": places,
        }
    ).encode()
    start = _aligned(_LENGTH.size + len(header))
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(temporary, "wb") as file:
            file.write(_LENGTH.pack(len(header)) + header)
            file.write(b"\0" * (start - _LENGTH.size - len(header)))
            for name, _dtype, _count, place in places:
                array = np.ascontiguousarray(arrays[name])
                file.seek(start + place)
                file.write(array.tobytes())
            file.truncate(start + offset)
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def table_map(path: Path) -> MappedTable | None:
    """The table in the file, its arrays views of a read-only mapping; None if there is no
    file or it is not one this code wrote."""
    try:
        with open(path, "rb") as file:
            found = os.fstat(file.fileno())
            mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    try:
        (length,) = _LENGTH.unpack_from(mapped, 0)
        header = json.loads(mapped[_LENGTH.size : _LENGTH.size + length])
        if header.get("format") != FORMAT:
            return None
        start = _aligned(_LENGTH.size + length)
        arrays = {
            name: np.frombuffer(mapped, dtype=np.dtype(dtype), count=count, offset=start + place)
            for name, dtype, count, place in header["arrays"]
        }
        return MappedTable(
            arrays=arrays,
            values={name: tuple(header["values"][name]) for name in VALUES},
            marker=tuple(header["marker"]),
            built=float(header["built"]),
            identity=(found.st_ino, found.st_mtime_ns, found.st_size),
        )
    except (struct.error, ValueError, KeyError, TypeError):
        return None


@contextlib.contextmanager
def exclusive(path: Path) -> Iterator[bool]:
    """Holds an exclusive lock on the file at `path` (made if missing) if no other process
    holds it; yields whether it got it. Never waits: the other process is doing the work."""
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield False
        return
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        yield True
    finally:
        os.close(descriptor)  # closing it lets the lock go
