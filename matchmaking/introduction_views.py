"""Introduction pages: a member asks for one, staff broker it from a queue, both organisations
follow it from "My introductions" and its own page. The steps and who may take them live in
matchmaking.introductions; these views only show them and pass the user's choice on."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from matchmaking import introduction_selectors, introductions
from matchmaking.forms import (
    IntroductionRequestForm,
    IntroductionResubmitForm,
    IntroductionStaffStepForm,
    IntroductionStepForm,
)
from matchmaking.models import IntroductionRequest, IntroductionState
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
        request.POST if request.method == "POST" else None,
        organisations=organisations,
        # The dashboard says which organisation the suggestion was for.
        initial={"organisation": request.GET.get("organisation")},
    )
    if form.is_bound and form.is_valid():
        try:
            introduction = introductions.introduction_request(
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
            return redirect("matchmaking:introduction_detail", introduction.pk)
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


# The note box's label, by the state the request is in when the user writes it.
NOTE_PROMPTS = {
    IntroductionState.REQUESTED: (
        "Reason or question for the requester (needed to decline or ask for more)"
    ),
    IntroductionState.FORWARDED: "A note for the other side (optional; if you decline, why)",
    IntroductionState.INTRODUCED: "A note on how it went (optional)",
    IntroductionState.MEETING_HELD: "A note on how it went (optional)",
}


@login_required
def introduction_list(request):
    """ "My introductions": what the user's organisations asked for and were asked for."""
    rows = introduction_selectors.introductions_of_member(user=request.user)
    return render(
        request,
        "matchmaking/introduction_list.html",
        {
            "sent": [row for row in rows if row.sent],
            "received": [row for row in rows if not row.sent],
        },
    )


def _visible_introduction(request, pk: int) -> IntroductionRequest:
    """The request if the user may see it; to anyone else it does not exist."""
    return get_object_or_404(
        introductions.introduction_requests_visible_to(user=request.user).select_related(
            "requested_by"
        ),
        pk=pk,
    )


def _render_detail(
    request,
    introduction: IntroductionRequest,
    *,
    step_form: IntroductionStepForm | None = None,
    resubmit_form: IntroductionResubmitForm | None = None,
    error: str = "",
    status: int = 200,
):
    sides = introductions.introduction_sides(request=introduction, user=request.user)
    is_member = bool(sides & {introductions.Side.REQUESTER, introductions.Side.RECIPIENT})
    actions = introduction_selectors.introduction_actions(request=introduction, user=request.user)
    can_resubmit = any(action.to_state == IntroductionState.REQUESTED for action in actions)
    if resubmit_form is None and can_resubmit:
        resubmit_form = IntroductionResubmitForm(
            initial={
                "message": introduction.message,
                "seeking": introduction.seeking,
                "seen_state": introduction.state,
            }
        )
    return render(
        request,
        "matchmaking/introduction_detail.html",
        {
            "introduction": introduction,
            "counterpart": (
                introductions.introduction_counterpart(request=introduction, user=request.user)
                if is_member
                else None
            ),
            "is_requester": introductions.Side.REQUESTER in sides,
            "next_step": (
                introduction_selectors.introduction_next_step(
                    request=introduction, user=request.user
                )
                if is_member
                else ""
            ),
            "timeline": introduction_selectors.introduction_timeline(
                request=introduction, user=request.user
            ),
            "step_actions": [a for a in actions if a.to_state != IntroductionState.REQUESTED],
            "note_prompt": NOTE_PROMPTS.get(introduction.state, "Note (optional)"),
            "typed_note": step_form["note"].value() if step_form is not None else "",
            "resubmit_form": resubmit_form,
            "error": error,
        },
        status=status,
    )


def _refusal(error: ValidationError | PermissionDenied) -> tuple[str, int]:
    if isinstance(error, PermissionDenied):
        return "You may not take this step on this introduction request.", 403
    return " ".join(error.messages), 400


@login_required
def introduction_detail(request, pk: int):
    return _render_detail(request, _visible_introduction(request, pk))


@login_required
@require_POST
def introduction_step(request, pk: int):
    """Accept, decline or record an outcome (and, for staff, the queue's decisions)."""
    introduction = _visible_introduction(request, pk)
    form = IntroductionStepForm(request.POST)
    if not form.is_valid():
        return _render_detail(
            request,
            introduction,
            step_form=form,
            error="That step could not be read. Reload the page and try again.",
            status=400,
        )
    # Act on the state the page showed, so the service refuses if someone else got there first.
    introduction.state = form.cleaned_data["seen_state"]
    try:
        introductions.introduction_transition(
            request=introduction,
            to_state=form.cleaned_data["to_state"],
            actor=request.user,
            note=form.cleaned_data["note"],
        )
    except (ValidationError, PermissionDenied) as refused:
        introduction.refresh_from_db()
        error, status = _refusal(refused)
        return _render_detail(request, introduction, step_form=form, error=error, status=status)
    messages.success(request, f"Done: {introduction.get_state_display()}.")
    return redirect("matchmaking:introduction_detail", introduction.pk)


@login_required
@require_POST
def introduction_resubmit(request, pk: int):
    """The requester rewords the request and sends it back to staff."""
    introduction = _visible_introduction(request, pk)
    form = IntroductionResubmitForm(request.POST)
    error, status = "", 200
    if form.is_valid():
        introduction.state = form.cleaned_data["seen_state"]
        try:
            introductions.introduction_resubmit(
                request=introduction,
                actor=request.user,
                message=form.cleaned_data["message"],
                seeking=form.cleaned_data["seeking"],
            )
        except (ValidationError, PermissionDenied) as refused:
            introduction.refresh_from_db()
            error, status = _refusal(refused)
        else:
            messages.success(request, "Your updated request is with our staff.")
            return redirect("matchmaking:introduction_detail", introduction.pk)
    else:
        status = 400
    return _render_detail(request, introduction, resubmit_form=form, error=error, status=status)
