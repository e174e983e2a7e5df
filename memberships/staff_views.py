"""The staff pages of claims: every pending claim with the email-domain check, to approve or
reject with a reason. config.staff_urls puts them under /staff/."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_POST

from memberships import selectors
from memberships.models import ClaimStatus, MembershipClaim
from memberships.views import claim_approve_response, claim_reject_response
from organisations.permissions import staff_required

PAGE_SIZE = 25


@staff_required
def claim_queue(request):
    page = Paginator(selectors.claims_awaiting_staff(), PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [(claim, selectors.claim_domain_check(claim=claim)) for claim in page.object_list]
    return render(request, "memberships/staff/claim_queue.html", {"page": page, "rows": rows})


def _pending(pk: int) -> MembershipClaim:
    return get_object_or_404(
        MembershipClaim.objects.select_related("organisation", "user"),
        pk=pk,
        status=ClaimStatus.PENDING,
    )


@staff_required
@require_POST
def claim_approve(request, pk: int):
    return claim_approve_response(request, _pending(pk), back="staff:claim_queue")


@staff_required
def claim_reject(request, pk: int):
    return claim_reject_response(request, _pending(pk), back="staff:claim_queue")
