"""The staff overview page: the introduction funnel, the waiting queues by age and the sectors
where demand finds no supply, drawn as inline SVG by matchmaking.charts."""

from django import forms
from django.shortcuts import render
from django.utils import timezone

from matchmaking import overview
from matchmaking.charts import (
    BarRow,
    ColumnGroup,
    Segment,
    column_chart,
    horizontal_bar_chart,
)
from organisations.permissions import staff_required

CHART_WIDTH = 1000
COUNTRY_ADJECTIVES = {"KR": "Korean", "GB": "UK"}


class OverviewPeriodForm(forms.Form):
    period = forms.ChoiceField(
        choices=list(overview.OVERVIEW_PERIOD_LABELS.items()),
        required=False,
        initial="all",
        error_messages={"invalid_choice": "Choose a period from the list."},
    )


def _percent(share: float | None) -> str:
    return "—" if share is None else f"{share:.0%}"


def _funnel_chart(funnel: overview.Funnel):
    rows = [
        BarRow(
            label=stage.label,
            segments=[Segment("stage", stage.count)],
            value_text=str(stage.count)
            if stage.of_previous is None
            else f"{stage.count} · {_percent(stage.of_previous)}",
        )
        for stage in funnel.stages
    ]
    return horizontal_bar_chart(rows=rows, width=CHART_WIDTH, label_width=200)


def _queue_chart(queue_ages: overview.QueueAges):
    groups = [
        ColumnGroup(label=bucket.label, values=[queue.counts[index] for queue in queue_ages.queues])
        for index, bucket in enumerate(queue_ages.buckets)
    ]
    return column_chart(
        groups=groups,
        series=[queue.key for queue in queue_ages.queues],
        series_labels=[queue.label for queue in queue_ages.queues],
        width=CHART_WIDTH,
    )


def _gap_chart(gaps: overview.SupplyGaps):
    rows = [
        BarRow(
            label=gap.sector_name,
            segments=[
                Segment("met", gap.capabilities_met),
                Segment("unmet", gap.capabilities_unmet),
            ],
            value_text=f"{gap.capabilities_unmet} of {gap.capabilities_sought} unmet",
            highlight=gap.has_no_supply,
        )
        for gap in gaps.sectors
    ]
    return horizontal_bar_chart(rows=rows, width=CHART_WIDTH, label_width=300, label_limit=44)


@staff_required
def staff_overview(request):
    form = OverviewPeriodForm(request.GET or None)
    period = (form.is_valid() and form.cleaned_data["period"]) or "all"
    period_label = overview.OVERVIEW_PERIOD_LABELS[period]
    now = timezone.now()
    funnel = overview.introduction_funnel(
        since=overview.overview_period_since(period=period, now=now)
    )
    queue_ages = overview.introduction_queue_ages(now=now)
    directions = [
        {
            "gaps": gaps,
            "chart": _gap_chart(gaps),
            "demand": COUNTRY_ADJECTIVES[gaps.demand_country],
            "supply": COUNTRY_ADJECTIVES[gaps.supply_country],
            "id": f"gaps-{gaps.demand_country.lower()}",
            "title": f"{COUNTRY_ADJECTIVES[gaps.demand_country]} demand against "
            f"{COUNTRY_ADJECTIVES[gaps.supply_country]} supply, by sector",
            "desc": "; ".join(
                f"{gap.sector_name}: {gap.capabilities_unmet} of {gap.capabilities_sought} "
                "capabilities sought are unmet"
                for gap in gaps.sectors
            ),
        }
        for gaps in overview.sector_supply_gaps()
    ]
    return render(
        request,
        "staff/overview.html",
        {
            "form": form,
            "period": period,
            "period_label": period_label,
            "funnel": funnel,
            "funnel_chart": _funnel_chart(funnel),
            "funnel_title": f"Introduction funnel, {period_label.lower()}",
            "funnel_desc": "; ".join(f"{stage.label}: {stage.count}" for stage in funnel.stages),
            "queue_ages": queue_ages,
            "queue_chart": _queue_chart(queue_ages),
            "directions": directions,
        },
    )
