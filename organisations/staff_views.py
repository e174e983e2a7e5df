"""Staff curation of organisations: the review queue, rejecting with a reason, verifying.
Mounted under /staff/ by opportunities.staff_urls, next to the opportunity pages."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from common.bilingual import localized_field
from common.csv_export import csv_filter_refusal, csv_response, export_query
from organisations import selectors, services
from organisations.forms import RejectionForm
from organisations.permissions import staff_required
from organisations.staff_exports import ORGANISATION_EXPORT_HEADER, organisation_export_rows
from organisations.staff_filters import OrganisationStaffFilter
from organisations.staff_imports import ORGANISATIONS_IMPORT, PROJECTS_IMPORT, import_page

PAGE_SIZE = 25


def _back(request, default: str):
    """Return to the page the action was taken on, if it is one of ours."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(default)


@staff_required
def review_queue(request):
    page = Paginator(selectors.organisations_awaiting_review(), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "staff/review_queue.html", {"page": page})


@staff_required
@require_POST
def profile_approve(request, pk: int):
    organisation = get_object_or_404(selectors.organisation_staff_list(), pk=pk)
    try:
        services.organisation_publish(organisation=organisation)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("“%(name)s” is published.") % {"name": localized_field(organisation, "name").text},
        )
    return _back(request, "staff:review_queue")


@staff_required
def profile_reject(request, pk: int):
    organisation = get_object_or_404(selectors.organisation_staff_list(), pk=pk)
    form = RejectionForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        try:
            services.organisation_reject(
                organisation=organisation, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("“%(name)s” is rejected; its members see your reason.")
                % {"name": localized_field(organisation, "name").text},
            )
            return redirect("staff:review_queue")
    return render(
        request, "staff/profile_reject.html", {"organisation": organisation, "form": form}
    )


@staff_required
@require_POST
def organisation_verify(request, pk: int):
    organisation = get_object_or_404(selectors.organisation_staff_list(), pk=pk)
    verified = request.POST.get("verified") == "true"
    services.organisation_verify(organisation=organisation, verified=verified)
    if verified:
        done = _("“%(name)s” is verified.")
    else:
        done = _("“%(name)s” is no longer marked as verified.")
    messages.success(request, done % {"name": localized_field(organisation, "name").text})
    return _back(request, "staff:organisations")


@staff_required
def organisation_list(request):
    filterset = OrganisationStaffFilter(request.GET, queryset=selectors.organisation_staff_list())
    page = Paginator(filterset.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "staff/organisation_list.html",
        {"filter": filterset, "page": page, "export_query": export_query(request)},
    )


@staff_required
def organisation_export(request):
    filterset = OrganisationStaffFilter(request.GET, queryset=selectors.organisation_staff_list())
    refusal = csv_filter_refusal(filterset)
    if refusal:
        return refusal
    return csv_response(
        filename="organisations.csv",
        header=ORGANISATION_EXPORT_HEADER,
        rows=organisation_export_rows(queryset=filterset.qs),
    )


@staff_required
def import_organisations(request):
    return import_page(request, kind=ORGANISATIONS_IMPORT)


@staff_required
def import_projects(request):
    return import_page(request, kind=PROJECTS_IMPORT)
