"""Pages where members build and look after their organisation's profile. Only members of an
organisation reach its pages: anyone else gets 404, so a draft's existence does not leak."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from common.bilingual import localized_field
from organisations import selectors, services
from organisations.forms import PROFILE_STEPS, ColleagueForm, ProfileStep, form_errors_add
from organisations.models import Membership, Organisation, PublicationStatus


def _step(slug: str) -> tuple[int, ProfileStep]:
    for index, step in enumerate(PROFILE_STEPS):
        if step.slug == slug:
            return index, step
    raise Http404("No such step.")


def _render_step(request, *, form, index: int, organisation: Organisation | None):
    return render(
        request,
        "organisations/profile_step.html",
        {
            "form": form,
            "step": PROFILE_STEPS[index],
            "step_number": index + 1,
            "steps": PROFILE_STEPS,
            "previous_step": PROFILE_STEPS[index - 1] if index > 0 else None,
            "is_last_step": index == len(PROFILE_STEPS) - 1,
            "organisation": organisation,
        },
    )


@login_required
def my_organisation(request):
    """One organisation: straight to its page. None or several: a page to start or choose."""
    memberships = list(selectors.memberships_of(user=request.user))
    if len(memberships) == 1:
        return redirect("organisations:manage", memberships[0].organisation_id)
    return render(request, "organisations/my_organisations.html", {"memberships": memberships})


@login_required
def profile_create(request):
    first = PROFILE_STEPS[0]
    form = first.form_class(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        try:
            organisation = services.organisation_create(
                owner=request.user, values=form.cleaned_data
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("Draft saved. Only you and our staff can see it for now."))
            return redirect("organisations:profile_step", organisation.pk, PROFILE_STEPS[1].slug)
    return _render_step(request, form=form, index=0, organisation=None)


@login_required
def profile_step(request, pk: int, step: str):
    organisation = get_object_or_404(selectors.organisation_of_member(user=request.user), pk=pk)
    index, current = _step(step)
    form = current.form_class(
        request.POST if request.method == "POST" else None, instance=organisation
    )
    if form.is_bound and form.is_valid():
        was_published = organisation.status == PublicationStatus.PUBLISHED
        try:
            services.organisation_update(
                organisation=organisation, values=form.cleaned_data, by_staff=request.user.is_staff
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("%(step)s: saved.") % {"step": current.title})
            if was_published and organisation.status != PublicationStatus.PUBLISHED:
                messages.warning(request, organisation.review_reason)
            if index + 1 < len(PROFILE_STEPS):
                return redirect("organisations:profile_step", pk, PROFILE_STEPS[index + 1].slug)
            return redirect("organisations:manage", pk)
    return _render_step(request, form=form, index=index, organisation=organisation)


def _role(organisation: Organisation, user) -> str:
    """The user's role, from the memberships organisation_managed prefetched."""
    return next(m.role for m in organisation.memberships.all() if m.user_id == user.pk)


def _render_manage(request, organisation: Organisation, *, colleague_form: ColleagueForm):
    return render(
        request,
        "organisations/organisation_manage.html",
        {
            "organisation": organisation,
            "memberships": organisation.memberships.all(),
            "is_owner": _role(organisation, request.user) == Membership.Role.OWNER,
            "gaps": selectors.organisation_profile_gaps(organisation=organisation),
            "can_submit": organisation.status
            in (PublicationStatus.DRAFT, PublicationStatus.REJECTED),
            "steps": PROFILE_STEPS,
            "colleague_form": colleague_form,
        },
    )


@login_required
def organisation_manage(request, pk: int):
    """The "My organisation" page: status, what review said, the profile, and colleagues."""
    organisation = get_object_or_404(selectors.organisation_managed(user=request.user), pk=pk)
    return _render_manage(request, organisation, colleague_form=ColleagueForm())


@login_required
@require_POST
def organisation_submit(request, pk: int):
    organisation = get_object_or_404(selectors.organisation_of_member(user=request.user), pk=pk)
    try:
        services.organisation_submit(organisation=organisation)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("Submitted for review. We will publish it, or tell you what to change.")
        )
    return redirect("organisations:manage", pk)


@login_required
@require_POST
def colleague_add(request, pk: int):
    organisation = get_object_or_404(selectors.organisation_managed(user=request.user), pk=pk)
    if _role(organisation, request.user) != Membership.Role.OWNER:
        raise PermissionDenied(_("Only an owner can add colleagues."))
    form = ColleagueForm(request.POST)
    if form.is_valid():
        try:
            membership = services.membership_add(
                organisation=organisation, added_by=request.user, email=form.cleaned_data["email"]
            )
        except ValidationError as error:
            form.add_error("email", error)
        else:
            messages.success(
                request,
                _("%(email)s can now edit “%(organisation)s”.")
                % {
                    "email": membership.user.email,
                    "organisation": localized_field(organisation, "name").text,
                },
            )
            return redirect("organisations:manage", pk)
    return _render_manage(request, organisation, colleague_form=form)
