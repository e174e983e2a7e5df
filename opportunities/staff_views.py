"""The staff opportunity pages (create, edit, publish, archive) and the imports. Staff here
means any user with is_staff, not only superusers; none of it needs the admin. (The staff
home, which counts what waits across the apps, is config.staff_views.)"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from common.bilingual import localized_field
from common.csv_export import csv_filter_refusal, csv_response, export_query
from opportunities import selectors, services
from opportunities.forms import OpportunityForm
from opportunities.models import Opportunity
from opportunities.staff_exports import OPPORTUNITY_EXPORT_HEADER, opportunity_export_rows
from opportunities.staff_filters import OpportunityStaffFilter
from opportunities.staff_imports import IMPORT_KINDS, OPPORTUNITIES_IMPORT
from organisations.forms import form_errors_add
from organisations.permissions import staff_required
from organisations.staff_imports import import_page

PAGE_SIZE = 25


@staff_required
def opportunity_list(request):
    opportunities = selectors.opportunities_with_interest_counts(
        queryset=selectors.opportunity_staff_list()
    )
    filterset = OpportunityStaffFilter(request.GET, queryset=opportunities)
    page = Paginator(filterset.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "staff/opportunity_list.html",
        {"filter": filterset, "page": page, "export_query": export_query(request)},
    )


@staff_required
def opportunity_export(request):
    opportunities = selectors.opportunities_with_interest_counts(
        queryset=selectors.opportunity_staff_list()
    )
    filterset = OpportunityStaffFilter(request.GET, queryset=opportunities)
    refusal = csv_filter_refusal(filterset)
    if refusal:
        return refusal
    return csv_response(
        filename="opportunities.csv",
        header=OPPORTUNITY_EXPORT_HEADER,
        rows=opportunity_export_rows(queryset=filterset.qs),
    )


def _form_page(request, *, opportunity: Opportunity | None):
    form = OpportunityForm(request.POST if request.method == "POST" else None, instance=opportunity)
    if form.is_bound and form.is_valid():
        try:
            if opportunity is None:
                opportunity = services.opportunity_create(values=form.cleaned_data)
                messages.success(
                    request,
                    _("“%(title)s” is saved as a draft.")
                    % {"title": localized_field(opportunity, "title").text},
                )
            else:
                services.opportunity_update(opportunity=opportunity, values=form.cleaned_data)
                messages.success(
                    request,
                    _("“%(title)s” is saved.")
                    % {"title": localized_field(opportunity, "title").text},
                )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            return redirect("staff:opportunities")
    return render(
        request, "staff/opportunity_form.html", {"form": form, "opportunity": opportunity}
    )


@staff_required
def opportunity_create(request):
    return _form_page(request, opportunity=None)


@staff_required
def opportunity_edit(request, pk: int):
    opportunity = get_object_or_404(selectors.opportunity_staff_list(), pk=pk)
    return _form_page(request, opportunity=opportunity)


def _transition(request, pk: int, *, action, done: str):
    """`done` is a whole translated sentence with a %(title)s placeholder: Korean puts the
    title's particle and the verb in different places from English."""
    opportunity = get_object_or_404(selectors.opportunity_staff_list(), pk=pk)
    try:
        action(opportunity=opportunity)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done % {"title": localized_field(opportunity, "title").text})
    return redirect("staff:opportunities")


@staff_required
@require_POST
def opportunity_publish(request, pk: int):
    return _transition(
        request, pk, action=services.opportunity_publish, done=_("“%(title)s” is published.")
    )


@staff_required
@require_POST
def opportunity_archive(request, pk: int):
    return _transition(
        request, pk, action=services.opportunity_archive, done=_("“%(title)s” is archived.")
    )


@staff_required
def imports_home(request):
    return render(request, "staff/imports.html", {"kinds": IMPORT_KINDS})


@staff_required
def import_opportunities(request):
    return import_page(request, kind=OPPORTUNITIES_IMPORT)
