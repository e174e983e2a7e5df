"""Chart geometry for the staff pages: numbers in, rectangles and text positions out, for
templates to draw as inline SVG. Pure Python with no Django, so the server sends finished
pictures: no JavaScript and nothing fetched from elsewhere.

Coordinates are in SVG user units; the SVG scales to its container through its viewBox."""

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

FONT_SIZE = 13


def nice_ticks(*, maximum: float, most: int = 5) -> list[int]:
    """Round axis steps (1, 2 or 5 times a power of ten) from 0 to at least `maximum`, at most
    `most` steps, so gridlines fall on numbers a reader can use. Counts are whole, so the step
    is never below 1."""
    if maximum <= 0:
        return [0, 1]
    rough = maximum / most
    magnitude = 10 ** math.floor(math.log10(rough)) if rough >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough)
    top = math.ceil(maximum / step) * step
    return list(range(0, int(top) + 1, int(step)))


def _r(value: float) -> float:
    """SVG needs no more precision than a tenth of a unit, and short numbers keep pages small."""
    return round(value, 1)


def _shorten(label: str, *, limit: int) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class Segment:
    series: str  # names the CSS class that colours it
    value: int


@dataclass(frozen=True)
class BarRow:
    label: str
    segments: Sequence[Segment]
    value_text: str
    highlight: bool = False


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    series: str
    value: int


@dataclass(frozen=True)
class Tick:
    value: int
    position: float  # x for horizontal bars, y for columns


@dataclass(frozen=True)
class HorizontalBar:
    label: str  # shortened to fit; full_label is in the SVG <title>
    full_label: str
    label_y: float
    rects: list[Rect]
    value_text: str
    value_x: float
    highlight: bool


@dataclass(frozen=True)
class HorizontalBarChart:
    width: float
    height: float
    plot_left: float
    plot_right: float
    plot_top: float
    plot_bottom: float
    label_x: float  # where the row labels end, right-aligned
    axis_label_y: float
    bars: list[HorizontalBar]
    ticks: list[Tick]


def horizontal_bar_chart(
    *,
    rows: Sequence[BarRow],
    width: float = 720,
    label_width: float = 250,
    value_width: float = 130,
    row_height: float = 32,
    bar_height: float = 20,
    label_limit: int = 34,
) -> HorizontalBarChart:
    """One bar per row, its segments stacked left to right, the row's label on the left and
    its value text on the right; a scale of round numbers below."""
    plot_left, plot_right, plot_top = label_width, width - value_width, 4.0
    ticks = nice_ticks(maximum=max((sum(s.value for s in row.segments) for row in rows), default=0))
    scale = (plot_right - plot_left) / ticks[-1]
    bars = []
    for index, row in enumerate(rows):
        top = plot_top + index * row_height + (row_height - bar_height) / 2
        x, rects = plot_left, []
        for segment in row.segments:
            if segment.value <= 0:
                continue
            length = segment.value * scale
            rects.append(
                Rect(_r(x), _r(top), _r(length), bar_height, segment.series, segment.value)
            )
            x += length
        bars.append(
            HorizontalBar(
                label=_shorten(row.label, limit=label_limit),
                full_label=row.label,
                label_y=_r(top + bar_height / 2 + FONT_SIZE * 0.35),
                rects=rects,
                value_text=row.value_text,
                value_x=_r(x + 8),
                highlight=row.highlight,
            )
        )
    plot_bottom = plot_top + len(rows) * row_height
    return HorizontalBarChart(
        width=width,
        height=plot_bottom + FONT_SIZE + 12,
        plot_left=plot_left,
        plot_right=plot_right,
        plot_top=plot_top,
        plot_bottom=plot_bottom,
        label_x=plot_left - 10,
        axis_label_y=plot_bottom + FONT_SIZE + 6,
        bars=bars,
        ticks=[Tick(value, _r(plot_left + value * scale)) for value in ticks],
    )


@dataclass(frozen=True)
class ColumnGroup:
    label: str
    values: Sequence[int]  # one per series, in the chart's series order


@dataclass(frozen=True)
class Column:
    rect: Rect
    label_x: float
    label_y: float
    title: str


@dataclass(frozen=True)
class ColumnGroupGeometry:
    label: str
    label_x: float
    columns: list[Column] = field(default_factory=list)


@dataclass(frozen=True)
class ColumnChart:
    width: float
    height: float
    plot_left: float
    plot_right: float
    plot_top: float
    plot_bottom: float
    axis_x: float  # where the scale's numbers end, right-aligned
    axis_label_y: float
    groups: list[ColumnGroupGeometry]
    ticks: list[Tick]


def column_chart(
    *,
    groups: Sequence[ColumnGroup],
    series: Sequence[str],
    series_labels: Sequence[str] | None = None,
    width: float = 720,
    height: float = 260,
) -> ColumnChart:
    """Groups of columns side by side (one column per series) over labelled groups, with
    horizontal gridlines at round numbers and each non-zero column's value above it."""
    series_labels = series_labels or series
    plot_left, plot_right = 40.0, width - 8
    plot_top, plot_bottom = FONT_SIZE + 8.0, height - FONT_SIZE - 14
    ticks = nice_ticks(maximum=max((max(g.values, default=0) for g in groups), default=0))
    scale = (plot_bottom - plot_top) / ticks[-1]
    group_width = (plot_right - plot_left) / max(len(groups), 1)
    column_width = group_width * 0.72 / max(len(series), 1)
    geometry = []
    for index, group in enumerate(groups):
        group_left = plot_left + index * group_width + group_width * 0.14
        columns = []
        for position, (name, value) in enumerate(zip(series, group.values, strict=True)):
            x, length = group_left + position * column_width, value * scale
            rect = Rect(
                _r(x + 1), _r(plot_bottom - length), _r(column_width - 2), _r(length), name, value
            )
            columns.append(
                Column(
                    rect=rect,
                    label_x=_r(x + column_width / 2),
                    label_y=_r(plot_bottom - length - 5),
                    title=f"{series_labels[position]}, {group.label.lower()}: {value}",
                )
            )
        geometry.append(
            ColumnGroupGeometry(
                label=group.label,
                label_x=_r(plot_left + (index + 0.5) * group_width),
                columns=columns,
            )
        )
    return ColumnChart(
        width=width,
        height=height,
        plot_left=plot_left,
        plot_right=plot_right,
        plot_top=plot_top,
        plot_bottom=plot_bottom,
        axis_x=plot_left - 8,
        axis_label_y=plot_bottom + FONT_SIZE + 6,
        groups=geometry,
        ticks=[Tick(value, _r(plot_bottom - value * scale)) for value in ticks],
    )
