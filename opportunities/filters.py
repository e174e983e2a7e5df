"""Filters for browsing opportunities, shared by the public pages and the API."""

import django_filters
from django import forms
from django.db.models import QuerySet
from django.utils import timezone

from opportunities.models import Opportunity, OpportunityKind
from organisations.filters import country_choices, search_text
from organisations.models import Capability, Sector


class OpportunityFilter(django_filters.FilterSet):
    OPEN = "open"
    CLOSED = "closed"

    q = django_filters.CharFilter(
        label="Search",
        method="filter_q",
        widget=forms.SearchInput,
        help_text="Words in the title, summary or description (any case).",
    )
    status = django_filters.ChoiceFilter(
        label="Open or closed",
        choices=[(OPEN, "Open now"), (CLOSED, "Closed")],
        empty_label="Open and closed",
        method="filter_status",
        help_text="open: published and its deadline not passed; closed: the rest.",
    )
    kind = django_filters.ChoiceFilter(
        label="Type",
        choices=OpportunityKind.choices,
        empty_label="Any type",
        help_text="Kind of opportunity.",
    )
    country = django_filters.ChoiceFilter(
        choices=country_choices,
        empty_label="Any country",
        help_text="ISO code of the country where it takes place.",
    )
    sector = django_filters.ModelChoiceFilter(
        label="Sector",
        field_name="sectors",
        to_field_name="slug",
        queryset=Sector.objects.all(),
        empty_label="Any sector",
        help_text="Sector slug.",
    )
    capability = django_filters.ModelChoiceFilter(
        label="Needs capability",
        field_name="required_capabilities",
        to_field_name="slug",
        queryset=Capability.objects.all(),
        empty_label="Any capability",
        help_text="Slug of a capability it needs.",
    )

    class Meta:
        model = Opportunity
        fields = ["q", "status", "kind", "country", "sector", "capability"]

    def filter_q(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return search_text(queryset, ("title", "summary", "description"), value)

    def filter_status(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        open_ids = Opportunity.objects.open(today=timezone.localdate()).values("pk")
        if value == self.OPEN:
            return queryset.filter(pk__in=open_ids)
        return queryset.exclude(pk__in=open_ids)
