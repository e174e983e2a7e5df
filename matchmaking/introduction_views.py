"""Introduction pages: a member asks for one, staff broker it from a queue. The steps and who
may take them live in matchmaking.introductions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from matchmaking import introductions
from matchmaking.forms import IntroductionRequestForm, IntroductionStaffStepForm
from matchmaking.models import IntroductionRequest
from organisations import selectors as organisation_selectors
from organisations.models import Organisation
from organisations.permissions import staff_required

PAGE_SIZE = 25


@login_required
def introduction_ask(request, pk: int):
    requested = get_object_or_404(Organisation.objects.published(), pk=pk)
    organisations = (
        organisation_selectors.organisation_of_member(user=request.user)
        .published()
        .exclude(pk=requested.pk)
    )
    form = IntroductionRequestForm(
        request.POST if request.method == "POST" else None, organisations=organisations
    )
    if form.is_bound and form.is_valid():
        try:
            introductions.introduction_request(
                requester_organisation=form.cleaned_data["organisation"],
                requested_organisation=requested,
                requested_by=request.user,
                message=form.cleaned_data["message"],
                seeking=form.cleaned_data["seeking"],
                preferred_language=form.cleaned_data["preferred_language"],
            )
        except (ValidationError, PermissionDenied) as error:
            form.add_error(None, " ".join(getattr(error, "messages", [str(error)])))
        else:
            messages.success(
                request, f"Your request to be introduced to {requested.name} is with our staff."
            )
            return redirect("matchmaking:dashboard")
    return render(
        request, "matchmaking/introduction_ask.html", {"requested": requested, "form": form}
    )


@staff_required
def introduction_queue(request):
    page = Paginator(introductions.introductions_awaiting_staff(), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "staff/introduction_queue.html", {"page": page})


@staff_required
@require_POST
def introduction_staff_step(request, pk: int):
    introduction = get_object_or_404(IntroductionRequest, pk=pk)
    form = IntroductionStaffStepForm(request.POST)
    if not form.is_valid():
        messages.error(request, "That decision could not be read. Reload the page and try again.")
        return redirect("matchmaking:introduction_queue")
    # Act on the state the page showed, so the service refuses if a colleague got there first.
    introduction.state = form.cleaned_data["seen_state"]
    try:
        introductions.introduction_transition(
            request=introduction,
            to_state=form.cleaned_data["to_state"],
            actor=request.user,
            note=form.cleaned_data["note"],
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"{introduction}: {introduction.get_state_display()}.")
    return redirect("matchmaking:introduction_queue")
