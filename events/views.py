"""The participants' pages: list, detail, registration, my event, agenda and its .ics."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from common.bilingual import localized_field
from events import calendar, selectors, services
from events.filters import EventFilter
from events.forms import (
    AnswerForm,
    DelegateFormSet,
    MeetingMessageForm,
    MeetingOutcomeForm,
    MeetingRequestForm,
    RegistrationForm,
)
from events.models import Event, MeetingRequestStatus, Registration, RegistrationStatus
from organisations.forms import form_errors_add

PAGE_SIZE = 20


def _event(request, slug: str) -> Event:
    return get_object_or_404(selectors.event_detail(user=request.user), slug=slug)


def _my_registration(request, event: Event) -> Registration:
    """The registration the signed-in user acts for at this event; 403 if none (a user in
    several registered organisations picks with ?as=<registration id>)."""
    registrations = list(selectors.registrations_of(user=request.user, event=event))
    wanted = request.GET.get("as") or request.POST.get("as")
    for registration in registrations:
        if wanted is None or str(registration.pk) == wanted:
            return registration
    raise PermissionDenied(_("Your organisation is not registered for this event."))


def event_list(request):
    filterset = EventFilter(request.GET, queryset=selectors.event_list(user=request.user))
    page = Paginator(filterset.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "events/event_list.html", {"filter": filterset, "page": page})


def event_detail(request, slug: str):
    event = _event(request, slug)
    return render(
        request,
        "events/event_detail.html",
        {
            "event": event,
            "my_registrations": list(selectors.registrations_of(user=request.user, event=event)),
            "registration_open": event.registration_open(),
            "can_register": selectors.organisations_registrable_by(user=request.user).exists(),
            "online_url_visible": selectors.event_online_url_visible(
                event=event, user=request.user
            ),
        },
    )


@login_required
def registration_create(request, slug: str):
    event = _event(request, slug)
    organisations = selectors.organisations_registrable_by(user=request.user)
    if not organisations.exists():
        raise PermissionDenied(_("Only members of an organisation can register it."))
    data = request.POST if request.method == "POST" else None
    form = RegistrationForm(data, event=event, organisations=organisations)
    delegates = DelegateFormSet(data, prefix="delegates")
    if request.method == "POST" and form.is_valid() and delegates.is_valid():
        try:
            services.registration_create(
                event=event,
                organisation=form.cleaned_data["organisation"],
                user=request.user,
                seeking=form.cleaned_data["seeking"],
                capabilities=form.cleaned_data["capabilities"],
                available_slots=form.cleaned_data.get("available_slots"),
                delegates=[
                    services.DelegateData(**d)
                    for d in delegates.cleaned_data
                    if d and not d.get("DELETE")
                ],
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("Registered. Staff will confirm your place."))
            return redirect("events:my_event", slug=event.slug)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "events/registration_form.html",
        {"event": event, "form": form, "delegates": delegates},
        status=status,
    )


@login_required
def my_event(request, slug: str, *, request_form=None, status: int = 200):
    event = _event(request, slug)
    registration = _my_registration(request, event)
    approved = registration.status == RegistrationStatus.APPROVED
    participants = selectors.participants_of(event=event).exclude(pk=registration.pk)
    requests = selectors.meeting_requests_of(registration=registration)
    context = {
        "event": event,
        "registration": registration,
        "approved": approved,
        "requests": requests,
        "suggestions": selectors.suggested_meetings(registration=registration) if approved else [],
        "request_form": request_form or MeetingRequestForm(participants=participants),
        "answer_form": AnswerForm(),
        "limit": services.meeting_requests_limit(),
        "meeting_messages": selectors.meeting_messages_of(registration=registration),
        "outcomes": selectors.meeting_outcomes_of(registration=registration),
        # A text box per accepted meeting, each with its own ids on the page.
        "message_forms": {
            item.pk: MeetingMessageForm(auto_id=f"message-{item.pk}-%s")
            for item in requests["received"] + requests["sent"]
            if item.status == MeetingRequestStatus.ACCEPTED
        },
        "event_started": event.starts_at <= timezone.now(),
    }
    return render(request, "events/my_event.html", context, status=status)


@login_required
@require_POST
def registration_withdraw(request, slug: str):
    event = _event(request, slug)
    registration = _my_registration(request, event)
    try:
        services.registration_withdraw(registration=registration, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your organisation has withdrawn from this event."))
    return redirect("events:detail", slug=event.slug)


@login_required
@require_POST
def meeting_request_create(request, slug: str):
    event = _event(request, slug)
    registration = _my_registration(request, event)
    participants = selectors.participants_of(event=event).exclude(pk=registration.pk)
    form = MeetingRequestForm(request.POST, participants=participants)
    if form.is_valid():
        try:
            services.meeting_request_create(
                from_registration=registration,
                to_registration=form.cleaned_data["to_registration"],
                user=request.user,
                message=form.cleaned_data["message"],
                priority=form.cleaned_data["priority"],
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            messages.success(request, _("Your meeting request was sent."))
            return redirect("events:my_event", slug=event.slug)
    return my_event(request, slug, request_form=form, status=400)


# Each answer, and what the user is told once it is given (named: the other side).
ANSWERS = {
    "accept": (
        services.meeting_request_accept,
        lambda name, _was: _("Meeting with %(name)s accepted.") % {"name": name},
    ),
    "decline": (
        services.meeting_request_decline,
        lambda name, _was: _("Meeting request from %(name)s declined.") % {"name": name},
    ),
    "cancel": (
        services.meeting_request_cancel,
        lambda name, was: (
            (
                _("Meeting request to %(name)s withdrawn.")
                if was == MeetingRequestStatus.REQUESTED
                else _("Meeting with %(name)s cancelled.")
            )
            % {"name": name}
        ),
    ),
}


@login_required
@require_POST
def meeting_request_answer(request, slug: str, pk: int, answer: str):
    """Accept, decline (the recipient) or cancel (either side) a request. A button, not a
    form to correct, so a refusal comes back as a message."""
    if answer not in ANSWERS:
        raise Http404
    event = _event(request, slug)
    meeting_request = get_object_or_404(
        selectors.meeting_request_visible_to(user=request.user).filter(event=event), pk=pk
    )
    kwargs = {"meeting_request": meeting_request, "user": request.user}
    if answer == "accept":
        form = AnswerForm(request.POST)
        kwargs["priority"] = (form.is_valid() and form.cleaned_data["priority"]) or 2
    take, said = ANSWERS[answer]
    was = meeting_request.status
    try:
        take(**kwargs)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        other = _other_side(request, meeting_request)
        messages.success(request, said(localized_field(other.organisation, "name").text, was))
    return redirect(reverse("events:my_event", args=[event.slug]) + "#requests-heading")


def _other_side(request, meeting_request) -> Registration:
    """The side of the meeting the user does not act for (the page's ?as= first, for a
    member of both)."""
    sides = (meeting_request.from_registration, meeting_request.to_registration)
    mine = request.POST.get("as") or request.GET.get("as")
    if mine is None:
        acting = selectors.registration_acting_for(user=request.user, registration=sides[0])
        mine = str(sides[0].pk if acting else sides[1].pk)
    return sides[1] if str(sides[0].pk) == mine else sides[0]


@login_required
def agenda(request, slug: str):
    event = _event(request, slug)
    registration = _my_registration(request, event)
    return render(
        request,
        "events/agenda.html",
        {"event": event, "agenda": selectors.agenda_of(registration=registration)},
    )


@login_required
def agenda_ics(request, slug: str):
    event = _event(request, slug)
    registration = _my_registration(request, event)
    body = calendar.agenda_ics(agenda=selectors.agenda_of(registration=registration))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}-agenda.ics"'
    return response


def _meeting_of(request, event: Event, pk: int):
    return get_object_or_404(
        selectors.meeting_request_visible_to(user=request.user).filter(event=event), pk=pk
    )


@login_required
@require_POST
def meeting_message_send(request, slug: str, pk: int):
    """One side of an accepted meeting writes to the other. A refusal comes back as a
    message on the event page, where the text box is."""
    event = _event(request, slug)
    meeting_request = _meeting_of(request, event, pk)
    form = MeetingMessageForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(" ".join(e for errors in form.errors.values() for e in errors))
        services.meeting_message_send(
            meeting_request=meeting_request, user=request.user, body=form.cleaned_data["body"]
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your message was sent."))
    return redirect(
        reverse("events:my_event", args=[event.slug]) + f"#meeting-{meeting_request.pk}"
    )


@login_required
@require_POST
def meeting_outcome_record(request, slug: str, pk: int):
    event = _event(request, slug)
    meeting_request = _meeting_of(request, event, pk)
    form = MeetingOutcomeForm(request.POST)
    form.is_valid()  # two check boxes: always valid
    try:
        services.meeting_outcome_record(
            meeting_request=meeting_request,
            user=request.user,
            held=form.cleaned_data["held"],
            follow_up=form.cleaned_data["follow_up"],
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Thank you: your answer is recorded."))
    return redirect(
        reverse("events:my_event", args=[event.slug]) + f"#meeting-{meeting_request.pk}"
    )
