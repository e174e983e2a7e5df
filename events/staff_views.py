"""Staff pages of an event: approve registrations, broker meetings, run and publish the
scheduler, see what could not be placed, print the slot by table grid."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from events import selectors, services
from events.forms import BrokerForm
from events.models import Event, Registration
from events.scheduling import Reason
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


STATUS_STEPS = {"publish": services.event_publish, "archive": services.event_archive}


@staff_required
@require_POST
def event_status(request, slug: str, step: str):
    if step not in STATUS_STEPS:
        raise Http404
    event = _event(slug)
    try:
        STATUS_STEPS[step](event=event)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("The event is now %(status)s.") % {"status": event.get_status_display()}
        )
    return redirect("staff:event_manage", slug=event.slug)


DECISIONS = {"approve": services.registration_approve, "reject": services.registration_reject}


@staff_required
@require_POST
def registration_decide(request, slug: str, pk: int, decision: str):
    if decision not in DECISIONS:
        raise Http404
    event = _event(slug)
    registration = get_object_or_404(Registration, event=event, pk=pk)
    try:
        DECISIONS[decision](registration=registration, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("%(name)s: done.") % {"name": registration.organisation})
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
    try:
        schedule = services.schedule_run(event=event, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("Scheduled %(placed)s meetings; %(unplaced)s could not be placed.")
            % {"placed": len(schedule.placements), "unplaced": len(schedule.unplaced)},
        )
    return redirect("staff:event_manage", slug=event.slug)


@staff_required
@require_POST
def schedule_publish(request, slug: str):
    event = _event(slug)
    published = services.schedule_publish(event=event, actor=request.user)
    messages.success(
        request,
        _("Published %(count)s meetings; the participants were told.") % {"count": published},
    )
    return redirect("staff:event_manage", slug=event.slug)


@staff_required
def schedule_grid(request, slug: str):
    event = _event(slug)
    tables, rows = selectors.schedule_grid(event=event)
    return render(
        request, "events/staff/grid.html", {"event": event, "tables": tables, "rows": rows}
    )
