import pytest

from tooling.evaluation.metrics import ratio_interval


def test_ratio_interval_holds_the_ratio_of_the_means():
    engine, common = [0.3, 0.1, 0.2, 0.4] * 25, [0.2, 0.1, 0.1, 0.3] * 25
    low, high = ratio_interval(engine, common)
    assert low < 1.0 / 0.7 < high


def test_ratio_interval_narrows_with_more_queries():
    engine, common = [0.3, 0.0, 0.2, 0.4], [0.2, 0.1, 0.0, 0.3]
    few, many = ratio_interval(engine * 10, common * 10), ratio_interval(engine * 200, common * 200)
    assert many[1] - many[0] < few[1] - few[0]


@pytest.mark.parametrize("common", [[], [0.0, 0.0]])
def test_ratio_interval_is_empty_without_a_baseline_to_divide_by(common):
    assert ratio_interval([0.1, 0.2][: len(common)], common) == (0.0, 0.0)
