"""Member pages about matches. The suggestion lists come from matchmaking.selectors."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from organisations import selectors as organisation_selectors
from organisations.models import PublicationStatus


@login_required
def dashboard(request):
    """A member's home: their organisations and, for the one chosen (?organisation=pk, else
    the first published one), the suggested partners and opportunities."""
    memberships = list(organisation_selectors.memberships_of(user=request.user))
    organisations = [membership.organisation for membership in memberships]
    chosen = request.GET.get("organisation", "")
    current = next((o for o in organisations if str(o.pk) == chosen), None) or next(
        (o for o in organisations if o.status == PublicationStatus.PUBLISHED),
        organisations[0] if organisations else None,
    )
    return render(
        request,
        "matchmaking/dashboard.html",
        {
            "memberships": memberships,
            "current": current,
            "is_published": current is not None and current.status == PublicationStatus.PUBLISHED,
            # Lists of matchmaking.selectors Suggestion; None until the selectors are wired in.
            "partner_suggestions": None,
            "opportunity_suggestions": None,
        },
    )
