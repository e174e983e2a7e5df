"""Introduction pages: a member asks for one, both organisations follow it from "My
introductions" and its own page (staff broker it from the queue in staff_views). The steps and
who may take them live in introductions.steps and .services; these views only show them and
pass the user's choice on."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from common.bilingual import localized_field
from introductions import services
from introductions.forms import (
    IntroductionMessageForm,
    IntroductionRequestForm,
    IntroductionResubmitForm,
    IntroductionStepForm,
)
from introductions.models import IntroductionLanguage, IntroductionRequest, IntroductionState
from introductions.selectors import progress, visibility
from introductions.steps import Side
from organisations import selectors as organisation_selectors
from organisations.models import Organisation


def _page_language(request) -> str:
    language = (request.LANGUAGE_CODE or "").split("-")[0]
    return language if language in IntroductionLanguage.values else IntroductionLanguage.ENGLISH


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
        initial={
            # The dashboard says which organisation the suggestion was for.
            "organisation": request.GET.get("organisation"),
            # Someone reading the page in Korean most likely writes in Korean.
            "preferred_language": _page_language(request),
        },
    )
    if form.is_bound and form.is_valid():
        try:
            introduction = services.introduction_request(
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
                request,
                _("Your request to be introduced to %(name)s is with our staff.")
                % {"name": localized_field(requested, "name").text},
            )
            return redirect("introductions:detail", introduction.pk)
    return render(
        request,
        "introductions/ask.html",
        {
            "requested": requested,
            "form": form,
            # Without a published one, the page says what to do first: create or finish one.
            "has_organisation": organisation_selectors.organisation_of_member(
                user=request.user
            ).exists(),
        },
    )


# The note box's label, by the state the request is in when the user writes it.
NOTE_PROMPTS = {
    IntroductionState.REQUESTED: (
        gettext_lazy("Reason or question for the requester (needed to decline or ask for more)")
    ),
    IntroductionState.FORWARDED: gettext_lazy(
        "A note for the other side (optional; if you decline, why)"
    ),
    IntroductionState.INTRODUCED: gettext_lazy("A note on how it went (optional)"),
    IntroductionState.MEETING_HELD: gettext_lazy("A note on how it went (optional)"),
}


@login_required
def introduction_list(request):
    """ "My introductions": what the user's organisations asked for and were asked for."""
    rows = progress.introductions_of_member(user=request.user)
    return render(
        request,
        "introductions/list.html",
        {
            "sent": [row for row in rows if row.sent],
            "received": [row for row in rows if not row.sent],
            "has_organisation": organisation_selectors.organisation_of_member(
                user=request.user
            ).exists(),
        },
    )


def _visible_introduction(request, pk: int) -> IntroductionRequest:
    """The request if the user may see it; to anyone else it does not exist."""
    return get_object_or_404(
        visibility.introduction_requests_visible_to(user=request.user).select_related(
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
    message_form: IntroductionMessageForm | None = None,
    error: str = "",
    note_errors: list[str] | None = None,
    status: int = 200,
):
    sides = visibility.introduction_sides(request=introduction, user=request.user)
    is_member = bool(sides & {Side.REQUESTER, Side.RECIPIENT})
    actions = progress.introduction_actions(request=introduction, user=request.user)
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
        "introductions/detail.html",
        {
            "introduction": introduction,
            "counterpart": (
                visibility.introduction_counterpart(request=introduction, user=request.user)
                if is_member
                else None
            ),
            "is_requester": Side.REQUESTER in sides,
            "next_step": (
                progress.introduction_next_step(request=introduction, user=request.user)
                if is_member
                else ""
            ),
            "timeline": progress.introduction_timeline(request=introduction, user=request.user),
            "step_actions": [a for a in actions if a.to_state != IntroductionState.REQUESTED],
            "note_prompt": NOTE_PROMPTS.get(introduction.state, _("Note (optional)")),
            "typed_note": step_form["note"].value() if step_form is not None else "",
            "resubmit_form": resubmit_form,
            "messages_sent": progress.introduction_messages(
                request=introduction, user=request.user
            ),
            # The two sides write once accepted; staff read the messages with the record.
            "message_form": (
                (message_form or IntroductionMessageForm())
                if is_member and introduction.is_introduced
                else None
            ),
            "error": error,
            "note_errors": note_errors or [],
        },
        status=status,
    )


def _refusal(error: ValidationError | PermissionDenied) -> tuple[str, int]:
    if isinstance(error, PermissionDenied):
        return _("You may not take this step on this introduction request."), 403
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
            error=_("That step could not be read. Reload the page and try again."),
            status=400,
        )
    try:
        # Act on the state the page showed, so the service refuses if someone else got there
        # first.
        services.introduction_transition(
            request=introduction,
            to_state=form.cleaned_data["to_state"],
            actor=request.user,
            note=form.cleaned_data["note"],
            expected_state=form.cleaned_data["seen_state"],
        )
    except (ValidationError, PermissionDenied) as refused:
        introduction.refresh_from_db()
        # A missing reason is shown by the note box; other refusals concern the whole step.
        note_errors = getattr(refused, "message_dict", {}).get("note")
        if note_errors:
            return _render_detail(
                request, introduction, step_form=form, note_errors=note_errors, status=400
            )
        error, status = _refusal(refused)
        return _render_detail(request, introduction, step_form=form, error=error, status=status)
    messages.success(request, _step_done(introduction=introduction, user=request.user))
    return redirect("introductions:detail", introduction.pk)


# What a member just did, in words, with the other organisation as they now see it (by name
# once accepted, by description before).
_STEPS_DONE = {
    IntroductionState.INTRODUCED: gettext_lazy(
        "You accepted the introduction to %(name)s. You now see each other’s contact details."
    ),
    # Before accepting, the requester is only a description: no name to repeat here.
    IntroductionState.DECLINED_BY_RECIPIENT: gettext_lazy(
        "You declined the introduction. The other organisation is told."
    ),
    IntroductionState.MEETING_HELD: gettext_lazy("Noted: you have met %(name)s."),
    IntroductionState.PARTNERSHIP_FORMED: gettext_lazy(
        "Noted: you formed a partnership with %(name)s."
    ),
    IntroductionState.NO_FIT: gettext_lazy("Noted: %(name)s was not a fit for you."),
}


def _step_done(*, introduction: IntroductionRequest, user) -> str:
    done = _STEPS_DONE.get(introduction.state)
    if done is None:
        # Staff's steps: they see both organisations and the state says it all.
        return _("Done: %(state)s.") % {"state": introduction.get_state_display()}
    counterpart = visibility.introduction_counterpart(request=introduction, user=user)
    return str(done) % {"name": counterpart.name}


@login_required
@require_POST
def introduction_resubmit(request, pk: int):
    """The requester rewords the request and sends it back to staff."""
    introduction = _visible_introduction(request, pk)
    form = IntroductionResubmitForm(request.POST)
    error, status = "", 200
    if form.is_valid():
        try:
            services.introduction_resubmit(
                request=introduction,
                actor=request.user,
                message=form.cleaned_data["message"],
                seeking=form.cleaned_data["seeking"],
                expected_state=form.cleaned_data["seen_state"],
            )
        except (ValidationError, PermissionDenied) as refused:
            introduction.refresh_from_db()
            error, status = _refusal(refused)
        else:
            messages.success(request, _("Your updated request is with our staff."))
            return redirect("introductions:detail", introduction.pk)
    else:
        status = 400
    return _render_detail(request, introduction, resubmit_form=form, error=error, status=status)


@login_required
@require_POST
def introduction_message(request, pk: int):
    """One side of an accepted introduction writes to the other."""
    introduction = _visible_introduction(request, pk)
    form = IntroductionMessageForm(request.POST)
    if not form.is_valid():
        return _render_detail(request, introduction, message_form=form, status=400)
    try:
        services.introduction_message_send(
            request=introduction, user=request.user, body=form.cleaned_data["body"]
        )
    except PermissionDenied:
        return _render_detail(
            request,
            introduction,
            error=_("Only the two organisations of an introduction write to each other."),
            status=403,
        )
    except ValidationError as refused:
        return _render_detail(
            request, introduction, message_form=form, error=" ".join(refused.messages), status=400
        )
    messages.success(request, _("Your message was sent."))
    return redirect(reverse("introductions:detail", args=[introduction.pk]) + "#messages")
