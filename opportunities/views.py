from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from opportunities import selectors
from opportunities.filters import OpportunityFilter
from opportunities.models import OpportunityStatus

PAGE_SIZE = 25


def opportunity_list(request):
    filterset = OpportunityFilter(request.GET, queryset=selectors.opportunity_list())
    page = Paginator(filterset.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request, "opportunities/opportunity_list.html", {"filter": filterset, "page": page}
    )


def opportunity_detail(request, pk: int):
    opportunity = get_object_or_404(selectors.opportunity_visible_to(user=request.user), pk=pk)
    return render(
        request,
        "opportunities/opportunity_detail.html",
        {
            "opportunity": opportunity,
            "is_preview": opportunity.status == OpportunityStatus.DRAFT,
        },
    )
