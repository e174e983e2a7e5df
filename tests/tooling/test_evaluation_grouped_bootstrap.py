import numpy as np
import pytest

from tooling.evaluation.metrics import confidence_interval, ratio_interval, score_rankings

VALUES = list(np.random.default_rng(3).random(60))


def test_queries_each_in_their_own_group_give_the_per_query_interval():
    groups = [f"p{number}" for number in range(60)]
    assert confidence_interval(VALUES, groups) == pytest.approx(confidence_interval(VALUES))


def test_queries_that_share_a_project_widen_the_interval():
    values = [value for value in VALUES[:6] for _ in range(10)]  # ten queries per project alike
    groups = [f"p{number // 10}" for number in range(60)]
    per_query, per_project = confidence_interval(values), confidence_interval(values, groups)
    assert per_project[1] - per_project[0] > 2 * (per_query[1] - per_query[0])


def test_ratio_interval_resamples_projects_too():
    engine = [value for value in VALUES[:6] for _ in range(10)]
    common = [0.5] * 60
    groups = [f"p{number // 10}" for number in range(60)]
    low, high = ratio_interval(engine, common, groups)
    narrow_low, narrow_high = ratio_interval(engine, common)
    assert high - low > narrow_high - narrow_low


def test_scores_keep_the_project_of_each_query():
    score = score_rankings(
        method="engine", rankings=[["a"], ["b"]], truths=[{"a"}, {"c"}], k=10, groups=["1", "1"]
    )
    assert (score.recalls, score.groups) == ((1.0, 0.0), ("1", "1"))


def test_scores_refuse_a_project_list_that_does_not_match_the_queries():
    with pytest.raises(ValueError, match="1 groups for 2 queries"):
        score_rankings(
            method="engine", rankings=[[], []], truths=[{"a"}, {"b"}], k=10, groups=["1"]
        )
