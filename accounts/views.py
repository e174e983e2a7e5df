"""The privacy notice, and the signed-in user's own data: download it, delete the account.
These pages take no user from the address: they only ever act on request.user, so staff
cannot read or delete another account through them."""

import json
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import translate_url
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language_from_path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django.views.i18n import set_language

from accounts import selectors, services, time_zone
from accounts.forms import AccountDeleteForm, TimeZoneForm
from accounts.language import SESSION_KEY
from accounts.notice import PRIVACY_NOTICE_VERSION
from common.time_zone import ZONE_LABELS


def privacy_notice(request):
    return render(request, "accounts/privacy.html", {"notice_version": PRIVACY_NOTICE_VERSION})


@login_required
@require_http_methods(["GET", "POST"])
def account_data(request):
    """The user's data, and the time zone they read times in (posted here)."""
    form = TimeZoneForm(
        request.POST or None, initial={"time_zone": request.reader_time_zone_chosen or ""}
    )
    if request.method == "POST" and form.is_valid() and not form.cleaned_data["time_zone"]:
        services.time_zone_preference_clear(user=request.user)
        request.session.pop(time_zone.SESSION_KEY, None)
        messages.success(request, _("Times now follow your language."))
        return redirect("accounts:data")
    if request.method == "POST" and form.is_valid():
        try:
            preference = services.time_zone_preference_set(
                user=request.user, time_zone=form.cleaned_data["time_zone"]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            # In the session too, so the very next page shows it (the middleware reads it).
            request.session[time_zone.SESSION_KEY] = preference.time_zone
            zone = ZONE_LABELS.get(preference.time_zone, preference.time_zone)
            messages.success(request, _("Times are now shown in %(zone)s.") % {"zone": zone})
            return redirect("accounts:data")
    return render(
        request,
        "accounts/data.html",
        {
            "sole_owned": selectors.account_sole_owned_organisations(user=request.user),
            "time_zone_form": form,
            # The zone this page is shown in (ReaderTimeZoneMiddleware), chosen or not.
            "zone_now": ZONE_LABELS.get(
                timezone.get_current_timezone_name(), timezone.get_current_timezone_name()
            ),
        },
    )


@login_required
@require_POST
def account_data_download(request):
    data = selectors.account_data_export(user=request.user)
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    filename = f"korea-uk-match-my-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def account_delete(request):
    form = AccountDeleteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.account_delete(user=request.user, password=form.cleaned_data["password"])
        except ValidationError as error:
            # A wrong password goes by its field; the sole-owner refusal above the form.
            form.add_error(None, error)
        else:
            logout(request)
            messages.success(
                request, _("Your account has been deleted. We have mailed you a confirmation.")
            )
            return redirect("organisations:home")
    return render(
        request,
        "accounts/delete.html",
        {
            "form": form,
            "sole_owned": selectors.account_sole_owned_organisations(user=request.user),
        },
    )


@require_POST
def language_set(request):
    """The header's switcher: Django's set_language (cookie, redirect to the same page in the
    chosen language), and for a member the choice kept on the account and in the session."""
    # set_language runs in English (its address has no prefix), where a /ko/ address does not
    # resolve: it is given the page's unprefixed address to translate.
    data = request.POST.copy()
    data["next"] = _without_language_prefix(data.get("next", ""))
    language = data.get("language", "")
    if language not in dict(settings.LANGUAGES):
        # set_language accepts any language Django has a catalogue for (French, say).
        data.pop("language", None)
    else:
        data["next"] = _inner_next_translated(data["next"], language=language)
    request.POST = data
    response = set_language(request)
    if request.user.is_authenticated and language in dict(settings.LANGUAGES):
        services.language_preference_set(user=request.user, language=language)
        request.session[SESSION_KEY] = language
    return response


def _without_language_prefix(url: str) -> str:
    language = get_language_from_path(url.split("?", 1)[0]) if url.startswith("/") else None
    return url[len(language) + 1 :] if language else url


def _inner_next_translated(url: str, *, language: str) -> str:
    """The page's own ?next= (the log-in page's, say) names a page in the language being left:
    it is given in the chosen one too. Only this site's paths; anything else is left as it was,
    for the page that reads it to refuse."""
    parts = urlsplit(url)
    query = QueryDict(parts.query, mutable=True)
    inner = query.get("next", "")
    if not inner.startswith("/") or not url_has_allowed_host_and_scheme(inner, allowed_hosts=None):
        return url
    query["next"] = translate_url(_without_language_prefix(inner), language)
    return urlunsplit(parts._replace(query=query.urlencode(safe="/")))
