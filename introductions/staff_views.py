"""The staff pages of introductions: the queue of requests to broker, and the overview (the
introduction funnel, the waiting queues by age and the sectors where demand finds no supply,
drawn as inline SVG by common.svg_charts)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from common.bilingual import localized_field
from common.csv_export import csv_filter_refusal, csv_response
from common.svg_charts import (
    BarRow,
    ColumnGroup,
    Segment,
    column_chart,
    horizontal_bar_chart,
)
from introductions import services
from introductions.forms import IntroductionStaffStepForm, OverviewPeriodForm
from introductions.models import IntroductionRequest
from introductions.selectors import overview
from introductions.selectors.progress import introduction_staff_list, introductions_awaiting_staff
from introductions.staff_exports import INTRODUCTION_EXPORT_HEADER, introduction_export_rows
from introductions.staff_filters import IntroductionStaffFilter
from organisations.permissions import staff_required

PAGE_SIZE = 25
CHART_WIDTH = 1000
COUNTRY_ADJECTIVES = {"KR": gettext_lazy("Korean"), "GB": gettext_lazy("UK")}


def _queue_page(request, *, refused: dict | None = None, status: int = 200):
    """refused: the decision a reason was missing from, {"pk", "note", "errors"}, shown by
    that request's note box with what was typed."""
    page = Paginator(introductions_awaiting_staff(), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "introductions/staff/queue.html",
        {"page": page, "refused": refused},
        status=status,
    )


@staff_required
def introduction_queue(request):
    return _queue_page(request)


@staff_required
def introduction_export(request):
    """Every request (the queue shows only those waiting); ?state= narrows it."""
    filterset = IntroductionStaffFilter(request.GET, queryset=introduction_staff_list())
    refusal = csv_filter_refusal(filterset)
    if refusal:
        return refusal
    return csv_response(
        filename="introductions.csv",
        header=INTRODUCTION_EXPORT_HEADER,
        rows=introduction_export_rows(queryset=filterset.qs),
    )


@staff_required
@require_POST
def introduction_staff_step(request, pk: int):
    introduction = get_object_or_404(IntroductionRequest, pk=pk)
    form = IntroductionStaffStepForm(request.POST)
    if not form.is_valid():
        messages.error(
            request, _("That decision could not be read. Reload the page and try again.")
        )
        return redirect("staff:introduction_queue")
    try:
        # Act on the state the page showed, so the service refuses if a colleague got there
        # first.
        services.introduction_transition(
            request=introduction,
            to_state=form.cleaned_data["to_state"],
            actor=request.user,
            note=form.cleaned_data["note"],
            expected_state=form.cleaned_data["seen_state"],
        )
    except ValidationError as error:
        if "note" in getattr(error, "error_dict", {}):
            refused = {
                "pk": introduction.pk,
                "note": form.cleaned_data["note"],
                "errors": error.message_dict["note"],
            }
            return _queue_page(request, refused=refused, status=400)
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("%(requester)s → %(requested)s: %(state)s.")
            % {
                "requester": localized_field(introduction.requester_organisation, "name").text,
                "requested": localized_field(introduction.requested_organisation, "name").text,
                "state": introduction.get_state_display(),
            },
        )
    return redirect("staff:introduction_queue")


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
            label=gap.label,
            segments=[
                Segment("met", gap.capabilities_met),
                Segment("unmet", gap.capabilities_unmet),
            ],
            value_text=_("%(unmet)d of %(sought)d unmet")
            % {"unmet": gap.capabilities_unmet, "sought": gap.capabilities_sought},
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
            "title": _("%(demand)s demand against %(supply)s supply, by sector")
            % {
                "demand": COUNTRY_ADJECTIVES[gaps.demand_country],
                "supply": COUNTRY_ADJECTIVES[gaps.supply_country],
            },
            "desc": "; ".join(
                _("%(sector)s: %(unmet)d of %(sought)d capabilities sought are unmet")
                % {
                    "sector": gap.label,
                    "unmet": gap.capabilities_unmet,
                    "sought": gap.capabilities_sought,
                }
                for gap in gaps.sectors
            ),
        }
        for gaps in overview.sector_supply_gaps()
    ]
    return render(
        request,
        "introductions/staff/overview.html",
        {
            "form": form,
            "period": period,
            "period_label": period_label,
            "funnel": funnel,
            "funnel_chart": _funnel_chart(funnel),
            "funnel_title": _("Introduction funnel, %(period)s") % {"period": period_label.lower()},
            "funnel_desc": "; ".join(f"{stage.label}: {stage.count}" for stage in funnel.stages),
            "queue_ages": queue_ages,
            "queue_chart": _queue_chart(queue_ages),
            "directions": directions,
        },
    )
