"""Member pages about matches. The suggestion lists come from matchmaking.selectors."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from common.bilingual import localized_field
from introductions.selectors.progress import introductions_waiting_and_open_sent
from matchmaking import selectors, services
from matchmaking.forms import DismissalForm
from opportunities.models import Opportunity
from organisations import selectors as organisation_selectors
from organisations.models import PublicationStatus

DASHBOARD_LIMIT = 10


@login_required
def dashboard(request):
    """A member's home: their organisations and, for the one chosen (?organisation=pk, else
    the first published one), the suggested partners and opportunities."""
    memberships = organisation_selectors.memberships_shown(user_id=request.user.pk)
    organisations = [membership.organisation for membership in memberships]
    chosen = request.GET.get("organisation", "")
    current = next((o for o in organisations if str(o.pk) == chosen), None) or next(
        (o for o in organisations if o.status == PublicationStatus.PUBLISHED),
        organisations[0] if organisations else None,
    )
    is_published = current is not None and current.status == PublicationStatus.PUBLISHED
    partner_suggestions = opportunity_suggestions = None
    if is_published:
        # user=request.user leaves out what this user marked "not interested".
        partner_suggestions, opportunity_suggestions = selectors.dashboard_suggestions(
            organisation=current, user=request.user, limit=DASHBOARD_LIMIT
        )
    # The menu's count and the requests the partner cards link to, in one query.
    introductions = introductions_waiting_and_open_sent(
        user=request.user, organisation=current if is_published else None
    )
    return render(
        request,
        "matchmaking/dashboard.html",
        {
            "memberships": memberships,
            "current": current,
            "is_published": is_published,
            "partner_suggestions": partner_suggestions,
            "opportunity_suggestions": opportunity_suggestions,
            "open_introductions": introductions.open_sent_by,
            "introductions_waiting_count": introductions.waiting_count,
        },
    )


def _name_of(target) -> str:
    """An organisation's name or an opportunity's title in the reader's language."""
    return localized_field(target, "title" if isinstance(target, Opportunity) else "name").text


def _back(request, *, organisation_id: int | None = None):
    """To the page the button was on if it is on this site, else the dashboard."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    dashboard_url = reverse("matchmaking:dashboard")
    if organisation_id is not None:
        dashboard_url += f"?organisation={organisation_id}"
    return redirect(dashboard_url)


@login_required
@require_POST
def dismiss(request):
    """The "not interested" button: removes one suggestion for one of the user's organisations
    (the dismissed page shows it again). Someone else's organisation is not found (404),
    whoever asks, staff included."""
    form = DismissalForm(request.POST)
    if not form.is_valid():
        messages.error(
            request, _("That suggestion could not be removed. Reload the page and try again.")
        )
        return _back(request)
    organisation = get_object_or_404(
        organisation_selectors.organisation_of_member(user=request.user),
        pk=form.cleaned_data["organisation"],
    )
    target = (
        form.cleaned_data["dismissed_organisation"] or form.cleaned_data["dismissed_opportunity"]
    )
    try:
        services.dismissal_create(
            user=request.user,
            organisation=organisation,
            dismissed_organisation=form.cleaned_data["dismissed_organisation"],
            dismissed_opportunity=form.cleaned_data["dismissed_opportunity"],
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("Removed from your suggestions: %(name)s.") % {"name": _name_of(target)}
        )
    return _back(request, organisation_id=organisation.pk)


@login_required
def dismissed(request):
    """What the user marked "not interested" for one of their organisations (?organisation=pk,
    else the first), each with a button to show it again. Someone else's organisation is not
    found (404), whoever asks."""
    memberships = organisation_selectors.memberships_shown(user_id=request.user.pk)
    organisations = [membership.organisation for membership in memberships]
    chosen = request.GET.get("organisation", "")
    current = next((o for o in organisations if str(o.pk) == chosen), None)
    if chosen and current is None:
        raise Http404
    current = current or (organisations[0] if organisations else None)
    dismissals = (
        list(selectors.dismissals_of(user=request.user, organisation=current)) if current else []
    )
    return render(
        request,
        "matchmaking/dismissed.html",
        {"current": current, "organisations": organisations, "dismissals": dismissals},
    )


@login_required
@require_POST
def dismissal_restore(request, pk: int):
    """Undo one "not interested" of the user's own (404 for anyone else's, staff included)."""
    dismissal = get_object_or_404(selectors.dismissals_of(user=request.user), pk=pk)
    target = dismissal.dismissed_organisation or dismissal.dismissed_opportunity
    services.dismissal_delete(dismissal=dismissal)
    messages.success(request, _("Back in your suggestions: %(name)s.") % {"name": _name_of(target)})
    return redirect(f"{reverse('matchmaking:dismissed')}?organisation={dismissal.organisation_id}")
