import pytest

from common.svg_charts import (
    BarRow,
    ColumnGroup,
    Segment,
    column_chart,
    horizontal_bar_chart,
    nice_ticks,
)


@pytest.mark.parametrize(
    "maximum, ticks",
    [(0, [0, 1]), (3, [0, 1, 2, 3]), (7, [0, 2, 4, 6, 8]), (47, [0, 10, 20, 30, 40, 50])],
)
def test_the_scale_steps_by_round_numbers(maximum, ticks):
    assert nice_ticks(maximum=maximum) == ticks


def test_bars_are_as_long_as_their_values():
    rows = [BarRow("A", [Segment("met", 4)], "4"), BarRow("B", [Segment("met", 2)], "2")]
    chart = horizontal_bar_chart(rows=rows, width=500, label_width=100, value_width=0)
    assert [bar.rects[0].width for bar in chart.bars] == [400, 200]
    assert chart.ticks[-1].position == 500


def test_segments_stack_and_empty_ones_are_left_out():
    row = BarRow("A", [Segment("met", 1), Segment("none", 0), Segment("unmet", 3)], "3 of 4")
    bar = horizontal_bar_chart(rows=[row], width=500, label_width=100, value_width=0).bars[0]
    assert [(rect.series, rect.x, rect.width) for rect in bar.rects] == [
        ("met", 100, 100), ("unmet", 200, 300),
    ]  # fmt: skip


def test_long_labels_are_shortened_but_kept_whole_for_the_title():
    name = "Mobility (autonomous vehicles, drones, rail)"
    bar = horizontal_bar_chart(rows=[BarRow(name, [], "0")], label_limit=20).bars[0]
    assert (bar.label, bar.full_label) == ("Mobility (autonomou…", name)


def test_columns_rise_from_the_baseline_in_proportion():
    groups = [ColumnGroup("Under 2 days", [4, 0]), ColumnGroup("Over 30 days", [2, 1])]
    chart = column_chart(groups=groups, series=["staff", "recipient"], series_labels=["S", "R"])
    heights = [column.rect.height for group in chart.groups for column in group.columns]
    assert heights[1] == 0 and heights[0] == 2 * heights[2] == 4 * heights[3]
    assert chart.groups[1].columns[1].title == "R, over 30 days: 1"
