"""The staff home: what waits for staff, counted across the apps, each count linking to the
list that shows exactly what it counts. It lives here because it reads apps of every layer
(README, Layout); config composes them."""

from django.shortcuts import render

from introductions.selectors.progress import introductions_awaiting_staff
from memberships.selectors import claims_awaiting_staff
from opportunities.selectors import opportunity_staff_counts
from organisations.permissions import staff_required
from organisations.selectors import organisation_review_counts


@staff_required
def staff_home(request):
    return render(
        request,
        "staff/home.html",
        {
            "organisation_counts": organisation_review_counts(),
            "opportunity_counts": opportunity_staff_counts(),
            "introductions_waiting": introductions_awaiting_staff().count(),
            "claims_waiting": claims_awaiting_staff().count(),
        },
    )
