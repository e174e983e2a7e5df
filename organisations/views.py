from django.shortcuts import get_object_or_404, render

from common.pagination import ListPaginator
from organisations import selectors
from organisations.cards import organisation_cards, organisation_cards_html
from organisations.filters import OrganisationFilter
from organisations.models import PublicationStatus

PAGE_SIZE = 25
# Nobody reads page 2,000 of a list; past this many rows the filters find things faster, and
# an OFFSET that deep costs more than the whole page otherwise (see common.pagination).
MAX_ROWS = 5_000


def home(request):
    return render(request, "core/home.html", {"counts": selectors.organisation_counts()})


def organisation_list(request):
    filterset = OrganisationFilter(request.GET, queryset=selectors.organisation_list())
    page = ListPaginator(filterset.qs, PAGE_SIZE, max_rows=MAX_ROWS).get_page(
        request.GET.get("page")
    )
    organisations = list(page.object_list)
    cards = organisation_cards(
        organisations,
        selectors.organisation_sector_names(organisation_ids=[row.pk for row in organisations]),
    )
    return render(
        request,
        "organisations/organisation_list.html",
        {
            "filter": filterset,
            "page": page,
            "cards": cards,
            "cards_html": organisation_cards_html(cards),
        },
    )


def organisation_detail(request, pk: int):
    organisation = get_object_or_404(selectors.organisation_detail(user=request.user), pk=pk)
    return render(
        request,
        "organisations/organisation_detail.html",
        {
            "organisation": organisation,
            "is_preview": organisation.status != PublicationStatus.PUBLISHED,
            "is_member": selectors.membership_role(organisation=organisation, user=request.user)
            is not None,
            "contacts_visible": selectors.organisation_contacts_visible_to(
                organisation=organisation, user=request.user
            ),
        },
    )
