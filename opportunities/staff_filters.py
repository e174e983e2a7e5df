"""Filters for the staff list of opportunities, drafts included."""

import django_filters
from django import forms
from django.db.models import QuerySet

from opportunities.models import Opportunity, OpportunityKind, OpportunityStatus
from organisations.filters import search_text


class OpportunityStaffFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label="Search", method="filter_q", widget=forms.SearchInput)
    status = django_filters.ChoiceFilter(
        choices=OpportunityStatus.choices, empty_label="Any status"
    )
    kind = django_filters.ChoiceFilter(
        label="Type", choices=OpportunityKind.choices, empty_label="Any type"
    )

    class Meta:
        model = Opportunity
        fields = ["q", "status", "kind"]

    def filter_q(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return search_text(queryset, ("title", "summary", "description"), value)
