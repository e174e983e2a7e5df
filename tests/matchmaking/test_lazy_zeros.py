"""The query scratch's large arrays are mapped lazily (pages only once written), yet behave as
np.zeros: zero, writable, of the shape and type asked."""

import os

import numpy as np

from matchmaking.engine.index import _lazy_zeros


def test_a_large_array_is_zero_writable_and_shaped():
    array = _lazy_zeros((100_000, 2))
    array[99_999, 1] = 2.5
    assert (array.shape, array.dtype, float(array.sum())) == ((100_000, 2), np.float64, 2.5)


def test_a_small_array_is_plain_zeros_of_the_type():
    array = _lazy_zeros(10, dtype=bool)
    assert array.dtype == np.bool_ and not array.any() and array.flags.writeable


def test_a_forked_child_writes_its_own_copy():
    array = _lazy_zeros(100_000)
    child = os.fork()
    if child == 0:
        array[0] = 1.0
        os._exit(0)
    os.waitpid(child, 0)
    assert array[0] == 0.0
