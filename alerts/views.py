"""Alert pages: a member's alerts, the "Save this search" button, and the links in alert mail
(stop, resume, confirm a profile), which work without signing in because the mail's signed
token is the proof. Only the signed-in pages need an account, and they only ever show the
user's own alerts: anyone else's, staff included, is not found."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from alerts import mail, selectors, services
from alerts.filters import search_list_url
from alerts.forms import SavedSearchForm, SavedSearchUpdateForm
from alerts.models import AlertFrequency, SavedSearch
from common.bilingual import localized_field
from organisations import selectors as organisation_selectors
from organisations import services as organisation_services
from organisations.models import Organisation


@login_required
def alert_list(request):
    return render(
        request,
        "alerts/alert_list.html",
        {
            "saved_searches": list(selectors.saved_searches_of(user=request.user)),
            "deadline_stops": list(selectors.deadline_reminder_stops_of(user=request.user)),
            "frequencies": AlertFrequency.choices,
        },
    )


@login_required
@require_POST
def alert_search_save(request):
    form = SavedSearchForm(request.POST)
    if not form.is_valid():
        messages.error(
            request, gettext("That search could not be saved. Reload the page and try again.")
        )
        return redirect("alerts:alert_list")
    scope, query = form.cleaned_data["scope"], form.cleaned_data["query"]
    try:
        saved, created = services.saved_search_save(
            user=request.user, scope=scope, query=query, frequency=form.cleaned_data["frequency"]
        )
    except ValidationError as error:
        messages.error(
            request, gettext("This search was not saved.") + " " + " ".join(error.messages)
        )
    else:
        how_often = saved.get_frequency_display().lower()
        if created:
            done = gettext("Saved: “%(name)s”, %(frequency)s.")
        else:
            done = gettext(
                "You had already saved this search; it is now mailed: “%(name)s”, %(frequency)s."
            )
        messages.success(request, done % {"name": saved.name, "frequency": how_often})
    # Back to the list as it was; re-encoding keeps it a query string of this site's list.
    return redirect(search_list_url(scope=scope, query=query))


@login_required
@require_POST
def alert_search_update(request, pk: int):
    saved = get_object_or_404(selectors.saved_searches_of(user=request.user), pk=pk)
    form = SavedSearchUpdateForm(request.POST)
    if not form.is_valid():
        messages.error(
            request, gettext("That change could not be read. Reload the page and try again.")
        )
        return redirect("alerts:alert_list")
    try:
        services.saved_search_update(saved_search=saved, **form.cleaned_data)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        state = saved.get_frequency_display().lower() if saved.active else gettext("paused")
        messages.success(
            request, gettext("“%(name)s”: %(state)s.") % {"name": saved.name, "state": state}
        )
    return redirect("alerts:alert_list")


@login_required
@require_http_methods(["GET", "POST"])
def alert_search_delete(request, pk: int):
    """GET asks first, on a page of its own (a deletion cannot be undone and must not need a
    script to be asked about); POST deletes."""
    saved = get_object_or_404(selectors.saved_searches_of(user=request.user), pk=pk)
    if request.method == "GET":
        return render(request, "alerts/saved_search_delete.html", {"saved": saved})
    services.saved_search_delete(saved_search=saved)
    messages.success(request, gettext("Deleted: “%(name)s”.") % {"name": saved.name})
    return redirect("alerts:alert_list")


@login_required
@require_POST
def alert_deadline_resume(request, opportunity_pk: int):
    stop = get_object_or_404(
        selectors.deadline_reminder_stops_of(user=request.user), opportunity_id=opportunity_pk
    )
    services.deadline_reminders_resume(user=request.user, opportunity=stop.opportunity)
    messages.success(
        request,
        gettext("Deadline reminders resumed for %(title)s.")
        % {"title": localized_field(stop.opportunity, "title").text},
    )
    return redirect("alerts:alert_list")


def _link_problem(request, message: str, *, status: int):
    return render(request, "alerts/link_invalid.html", {"message": message}, status=status)


def _stop_link_target(request, token: str):
    """What the stop token names, or the page saying why the link does not work."""
    try:
        kind, ids = mail.stop_token_read(token)
        target = selectors.stop_link_target(kind=kind, ids=ids)
    except signing.BadSignature:
        return None, _link_problem(
            request,
            gettext(
                "This link is not valid: it may have been cut short. Copy the whole link from "
                "the mail, or change your alerts on your alerts page."
            ),
            status=400,
        )
    if target is None:
        return None, _link_problem(request, gettext("This alert no longer exists."), status=404)
    return target, None


def _stop_link_what(target) -> str:
    if isinstance(target, SavedSearch):
        return gettext("mail for your saved search “%(name)s”") % {"name": target.name}
    return gettext("deadline reminders for %(title)s") % {
        "title": localized_field(target[1], "title").text
    }


def _stop_link_apply(target, *, stop: bool) -> None:
    if isinstance(target, SavedSearch):
        services.saved_search_update(saved_search=target, active=not stop)
        return
    user, opportunity = target
    change = services.deadline_reminders_stop if stop else services.deadline_reminders_resume
    change(user=user, opportunity=opportunity)


# RFC 8058: mail programs POST here with no session, so no CSRF token. The signed token in the
# URL is the proof for them and for the page's button alike: whoever could forge the button's
# POST already holds the link, and could stop the alert with it anyway.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def alert_stop(request, token: str):
    """The stop link of alert mail. Opening it only shows a "Stop" button: mail scanners open
    every link in a message, and an alert stopped by one would end without the member
    knowing. The button, and the mail program's one-click POST (List-Unsubscribe-Post, body
    "List-Unsubscribe=One-Click"), POST here and stop it. Stopping twice is harmless."""
    target, problem = _stop_link_target(request, token)
    if problem is not None:
        return problem
    what = _stop_link_what(target)
    if request.method == "GET":
        stopped = selectors.stop_link_stopped(target=target)
        return render(
            request, "alerts/alert_stop.html", {"what": what, "token": token, "stopped": stopped}
        )
    _stop_link_apply(target, stop=True)
    if request.POST.get("List-Unsubscribe") == "One-Click":
        return HttpResponse(
            gettext("Stopped: %(what)s.") % {"what": what}, content_type="text/plain; charset=utf-8"
        )
    return render(
        request,
        "alerts/alert_stopped.html",
        {"what": what, "token": token, "stopped": True},
    )


@require_POST
def alert_resume(request, token: str):
    """The "resume" button of the stop page."""
    target, problem = _stop_link_target(request, token)
    if problem is not None:
        return problem
    _stop_link_apply(target, stop=False)
    return render(
        request,
        "alerts/alert_stopped.html",
        {"what": _stop_link_what(target), "token": token, "stopped": False},
    )


def _back(request, *, organisation: Organisation):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect("organisations:manage", organisation.pk)


@login_required
@require_POST
def alert_profile_confirm(request, pk: int):
    """ "Still up to date" on the dashboard or the organisation's page, for its members."""
    organisation = get_object_or_404(
        organisation_selectors.organisation_of_member(user=request.user), pk=pk
    )
    organisation_services.organisation_profile_confirm(organisation=organisation)
    messages.success(
        request,
        gettext("Thank you: “%(name)s” is confirmed as up to date.")
        % {"name": localized_field(organisation, "name").text},
    )
    return _back(request, organisation=organisation)


@require_http_methods(["GET", "POST"])
def alert_profile_confirm_link(request, token: str):
    """The "still up to date" link of the reminder mail. Opening it only shows a button: mail
    scanners open every link in a message, and a profile confirmed by a scanner would never
    lapse. The click (a POST carrying the same signed token) is what confirms."""
    try:
        organisation_id = mail.confirm_token_read(token)
    except signing.SignatureExpired:
        return _link_problem(
            request,
            gettext(
                "This link has expired. Sign in and confirm the profile from your organisation’s "
                "page instead."
            ),
            status=400,
        )
    except signing.BadSignature:
        return _link_problem(
            request,
            gettext(
                "This link is not valid: it may have been cut short. Copy the whole link from "
                "the mail, or sign in and confirm the profile from your organisation’s page."
            ),
            status=400,
        )
    organisation = selectors.confirm_link_organisation(organisation_id=organisation_id)
    if organisation is None:
        return _link_problem(request, gettext("This organisation no longer exists."), status=404)
    if request.method == "GET":
        return render(
            request,
            "alerts/profile_confirm.html",
            {"organisation": organisation, "token": token},
        )
    organisation_services.organisation_profile_confirm(organisation=organisation)
    return render(request, "alerts/profile_confirmed.html", {"organisation": organisation})
