"""Staff pages of an event: create and set it up (fields, itinerary, slots and tables),
approve registrations, broker meetings, run and publish the scheduler, see what could not be
placed, print the slot by table grid."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from common.bilingual import localized_field
from events import selectors, services
from events.forms import BrokerForm, EventForm, SessionForm, SlotGeneratorForm
from events.models import Event, MeetingSlot, Registration, Session, Table
from events.scheduling import Reason
from events.services.setup import EVENT_FIELDS
from organisations.permissions import staff_required

# Why the scheduler left a meeting out, in words for staff.
REASON_TEXT = {
    Reason.NO_COMMON_SLOT: gettext_lazy(
        "The two sides have no meeting slot in which both are available."
    ),
    Reason.BOTH_FULLY_BOOKED: gettext_lazy(
        "In every slot both can make, both sides already have meetings."
    ),
    Reason.PARTICIPANT_FULLY_BOOKED: gettext_lazy(
        "In every slot both can make, one side already has a meeting."
    ),
    Reason.NO_TABLE_FREE: gettext_lazy(
        "Every table is taken in the slots in which both sides are free."
    ),
    Reason.OUTWEIGHED: gettext_lazy("Placing it would have displaced meetings of higher priority."),
}


def _event(slug: str) -> Event:
    return get_object_or_404(Event, slug=slug)


def _manage_page(request, event: Event, *, broker_form=None, status: int = 200):
    participants = selectors.participants_of(event=event)
    unplaced = [
        (item, REASON_TEXT.get(Reason(item.reason), item.reason))
        for item in selectors.unplaced_of(event=event)
    ]
    context = {
        "event": event,
        "registrations": selectors.registrations_for_staff(event=event),
        "approved_count": selectors.registration_approved_count(event=event),
        "broker_form": broker_form or BrokerForm(participants=participants),
        "counts": selectors.schedule_counts(event=event),
        "funnel": selectors.event_funnel(event=event),
        "unplaced": unplaced,
    }
    return render(request, "events/staff/manage.html", context, status=status)


@staff_required
def event_index(request):
    events = [
        (event, selectors.event_funnel(event=event)) for event in selectors.event_staff_list()
    ]
    stages = [label for _key, label in selectors.FUNNEL_STAGES]
    return render(request, "events/staff/index.html", {"events": events, "stages": stages})


@staff_required
def event_manage(request, slug: str):
    return _manage_page(request, _event(slug))


# Each step with what it says when done: a sentence per step rather than the status's label
# put into one ("The event is now Published.").
STATUS_STEPS = {
    "publish": (services.event_publish, lambda: _("The event is published.")),
    "archive": (services.event_archive, lambda: _("The event is archived.")),
}


@staff_required
@require_POST
def event_status(request, slug: str, step: str):
    if step not in STATUS_STEPS:
        raise Http404
    event = _event(slug)
    take, done = STATUS_STEPS[step]
    return _step_taken(request, event, take=lambda: take(event=event), said=lambda _: done())


def _step_taken(request, event, *, take, said):
    """Takes a step on the event (take()), then back to its page with said(result) or the
    refusal's words."""
    try:
        result = take()
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, said(result))
    return redirect("staff:event_manage", slug=event.slug)


# Each decision, and what staff are told once it is taken.
DECISIONS = {
    "approve": (
        services.registration_approve,
        lambda name: _("Registration of %(name)s approved.") % {"name": name},
    ),
    "reject": (
        services.registration_reject,
        lambda name: _("Registration of %(name)s rejected.") % {"name": name},
    ),
}


@staff_required
@require_POST
def registration_decide(request, slug: str, pk: int, decision: str):
    if decision not in DECISIONS:
        raise Http404
    event = _event(slug)
    registration = get_object_or_404(Registration, event=event, pk=pk)
    decide, said = DECISIONS[decision]
    try:
        decide(registration=registration, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, said(localized_field(registration.organisation, "name").text))
    return redirect("staff:event_manage", slug=event.slug)


@staff_required
@require_POST
def meeting_broker(request, slug: str):
    event = _event(slug)
    form = BrokerForm(request.POST, participants=selectors.participants_of(event=event))
    if form.is_valid():
        try:
            services.meeting_broker(
                from_registration=form.cleaned_data["from_registration"],
                to_registration=form.cleaned_data["to_registration"],
                actor=request.user,
                message=form.cleaned_data["message"],
            )
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            messages.success(request, _("The meeting was proposed."))
            return redirect("staff:event_manage", slug=event.slug)
    return _manage_page(request, event, broker_form=form, status=400)


@staff_required
@require_POST
def schedule_run(request, slug: str):
    event = _event(slug)
    return _step_taken(
        request,
        event,
        take=lambda: services.schedule_run(event=event, actor=request.user),
        said=lambda schedule: (
            ngettext(
                "Scheduled %(placed)s meeting; %(unplaced)s could not be placed.",
                "Scheduled %(placed)s meetings; %(unplaced)s could not be placed.",
                len(schedule.placements),
            )
            % {"placed": len(schedule.placements), "unplaced": len(schedule.unplaced)}
        ),
    )


@staff_required
@require_POST
def schedule_publish(request, slug: str):
    event = _event(slug)
    return _step_taken(
        request,
        event,
        take=lambda: services.schedule_publish(event=event, actor=request.user),
        said=lambda published: (
            ngettext(
                "Published %(count)s meeting; the participants were told.",
                "Published %(count)s meetings; the participants were told.",
                published,
            )
            % {"count": published}
        ),
    )


@staff_required
def schedule_grid(request, slug: str):
    event = _event(slug)
    tables, rows = selectors.schedule_grid(event=event)
    return render(
        request, "events/staff/grid.html", {"event": event, "tables": tables, "rows": rows}
    )


# Setting an event up: its fields, itinerary, meeting slots and tables.


def _setup_page(request, event: Event | None, *, status: int = 200, **forms):
    """The event form, and once the event exists its itinerary and slot generator. The times
    are shown, and read, in the event's own time zone."""
    zone = event.zone if event is not None else timezone.get_current_timezone()
    with timezone.override(zone):
        context = {
            "event": event,
            "event_form": forms.get("event_form")
            or EventForm(
                instance=event,
                initial={
                    "organisers": list(event.organisers.all()) if event else [],
                    "opportunities": list(event.opportunities.all()) if event else [],
                },
            ),
        }
        if event is not None:
            context |= {
                "sessions": selectors.itinerary_of(event=event),
                "session_form": forms.get("session_form") or SessionForm(),
                "slot_form": forms.get("slot_form") or SlotGeneratorForm(),
                "slots": list(selectors.slots_with_meeting_counts(event=event)),
                "tables": list(selectors.tables_with_meeting_counts(event=event)),
            }
        return render(request, "events/staff/setup.html", context, status=status)


def _refused(form, error: ValidationError) -> None:
    """The service's refusal, shown by the field it names, or above the form."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


@staff_required
def event_create(request):
    form = EventForm(request.POST or None)
    if form.is_bound and form.is_valid():
        try:
            event = _event_save(request, form, event=None)
        except ValidationError as error:
            _refused(form, error)
        else:
            messages.success(
                request, _("The event was created as a draft. Add its itinerary, slots and tables.")
            )
            return redirect("staff:event_setup", slug=event.slug)
    status = 400 if form.is_bound else 200
    return _setup_page(request, None, event_form=form, status=status)


@staff_required
def event_setup(request, slug: str):
    event = _event(slug)
    if request.method != "POST":
        return _setup_page(request, event)
    form = EventForm(request.POST, instance=event)
    if form.is_valid():
        try:
            event = _event_save(request, form, event=event)
        except ValidationError as error:
            _refused(form, error)
        else:
            messages.success(request, _("The event was saved."))
            return redirect("staff:event_setup", slug=event.slug)
    # The form changed the instance while checking it; the page shows the saved event.
    return _setup_page(request, _event(slug), event_form=form, status=400)


def _event_save(request, form: EventForm, *, event: Event | None) -> Event:
    data = form.cleaned_data
    return services.event_save(
        actor=request.user,
        event=event,
        fields={name: data[name] for name in EVENT_FIELDS},
        organisers=data["organisers"],
        opportunities=data["opportunities"],
    )


@staff_required
@require_POST
def session_add(request, slug: str):
    event = _event(slug)
    with timezone.override(event.zone):
        form = SessionForm(request.POST)
        valid = form.is_valid()
    if valid:
        try:
            services.session_add(event=event, actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            _refused(form, error)
        else:
            messages.success(request, _("The session was added to the itinerary."))
            return redirect(reverse("staff:event_setup", args=[event.slug]) + "#itinerary")
    return _setup_page(request, event, session_form=form, status=400)


@staff_required
@require_POST
def session_delete(request, slug: str, pk: int):
    event = _event(slug)
    services.session_delete(
        session=get_object_or_404(Session, event=event, pk=pk), actor=request.user
    )
    messages.success(request, _("The session was removed from the itinerary."))
    return redirect(reverse("staff:event_setup", args=[event.slug]) + "#itinerary")


@staff_required
@require_POST
def slots_generate(request, slug: str):
    event = _event(slug)
    with timezone.override(event.zone):
        form = SlotGeneratorForm(request.POST)
        valid = form.is_valid()
    if valid:
        data = form.cleaned_data
        try:
            slots, tables = services.meeting_slots_generate(
                event=event,
                actor=request.user,
                starts_at=data["starts_at"],
                ends_at=data["ends_at"],
                slot_minutes=data["slot_minutes"],
                tables=data["tables"] or 0,
                video_links=data["video_links"],
            )
        except ValidationError as error:
            _refused(form, error)
        else:
            messages.success(
                request,
                _("Added %(slots)s meeting slots and %(tables)s tables.")
                % {"slots": len(slots), "tables": len(tables)},
            )
            return redirect(reverse("staff:event_setup", args=[event.slug]) + "#slots")
    return _setup_page(request, event, slot_form=form, status=400)


@staff_required
@require_POST
def slot_delete(request, slug: str, pk: int):
    event = _event(slug)
    slot = get_object_or_404(MeetingSlot, event=event, pk=pk)
    _removed(request, lambda: services.meeting_slot_delete(slot=slot, actor=request.user))
    return redirect(reverse("staff:event_setup", args=[event.slug]) + "#slots")


@staff_required
@require_POST
def table_delete(request, slug: str, pk: int):
    event = _event(slug)
    table = get_object_or_404(Table, event=event, pk=pk)
    _removed(request, lambda: services.table_delete(table=table, actor=request.user))
    return redirect(reverse("staff:event_setup", args=[event.slug]) + "#slots")


def _removed(request, remove) -> None:
    """Runs a removal and says how it went; a refusal says why, and nothing was removed."""
    try:
        remove()
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("It was removed."))
