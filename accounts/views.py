"""The privacy notice, and the signed-in user's own data: download it, delete the account.
These pages take no user from the address: they only ever act on request.user, so staff
cannot read or delete another account through them."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from accounts import selectors, services
from accounts.forms import AccountDeleteForm
from accounts.notice import PRIVACY_NOTICE_VERSION


def privacy_notice(request):
    return render(request, "accounts/privacy.html", {"notice_version": PRIVACY_NOTICE_VERSION})


@login_required
def account_data(request):
    return render(
        request,
        "accounts/data.html",
        {"sole_owned": selectors.account_sole_owned_organisations(user=request.user)},
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
