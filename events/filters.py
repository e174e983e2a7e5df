"""The events list's filters, shared by the page and the API."""

import django_filters
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import Event, EventKind


class EventFilter(django_filters.FilterSet):
    UPCOMING = "upcoming"
    PAST = "past"

    kind = django_filters.ChoiceFilter(
        label=_("Kind"),
        choices=EventKind.choices,
        empty_label=_("Any kind"),
        help_text=_("Kind of event."),
    )
    when = django_filters.ChoiceFilter(
        label=_("When"),
        choices=[(UPCOMING, _("Upcoming")), (PAST, _("Past"))],
        empty_label=_("Upcoming and past"),
        method="filter_when",
        help_text=_("upcoming: not yet over; past: ended."),
    )

    class Meta:
        model = Event
        fields = ["kind", "when"]

    def filter_when(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        now = timezone.now()
        if value == self.UPCOMING:
            return queryset.filter(ends_at__gte=now)
        if value == self.PAST:
            return queryset.filter(ends_at__lt=now)
        return queryset
