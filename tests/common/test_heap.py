import sys

import pytest

from common.heap import heap_trim


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_heap_is_handed_back_on_linux():
    assert heap_trim() is True
