import sys

import numpy as np
import pytest

from common.heap import _unchanged_library_mappings, heap_trim, library_pages_release

on_linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux and glibc")

SMAPS = """\
7f0000000000-7f0000004000 r-xp 00000000 08:01 11 /usr/lib/libx.so
Rss:                  12 kB
Anonymous:             0 kB
7f0000004000-7f0000005000 r--p 00004000 08:01 11 /usr/lib/libx.so
Rss:                   4 kB
Anonymous:             4 kB
7f0000005000-7f0000006000 rw-p 00005000 08:01 11 /usr/lib/libx.so
Rss:                   4 kB
Anonymous:             0 kB
7f0000006000-7f0000008000 r--s 00000000 08:01 12 /srv/var/facets/table
Rss:                   8 kB
Anonymous:             0 kB
7f0000008000-7f000000a000 r--p 00000000 00:00 0
Rss:                   8 kB
Anonymous:             0 kB
"""


def _resident_numpy_kb() -> int:
    """Resident kB of numpy's own compiled libraries: nothing between two readings runs them."""
    resident, in_numpy = 0, False
    with open("/proc/self/smaps") as file:
        for line in file:
            if "-" in line.split(" ", 1)[0]:  # a mapping's header line
                in_numpy = "/numpy/" in line and ".so" in line
            elif in_numpy and line.startswith("Rss:"):
                resident += int(line.split()[1])
    return resident


@on_linux
def test_freed_heap_is_handed_back_on_linux():
    assert heap_trim() is True


def test_only_unchanged_read_only_library_pages_are_released():
    assert _unchanged_library_mappings(SMAPS) == [(0x7F0000000000, 0x4000, 12)]


@on_linux
def test_library_pages_released_come_back_when_used():
    np.linalg.norm(np.arange(1000.0))  # numpy's code resident, whatever ran before
    before = _resident_numpy_kb()
    assert library_pages_release() > 0
    assert _resident_numpy_kb() < before / 2
    assert float(np.linalg.norm(np.array([3.0, 4.0]))) == 5.0
