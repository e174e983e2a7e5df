"""Filters for the staff list of opportunities, drafts included."""

import django_filters
from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from opportunities.models import Opportunity, OpportunityKind, OpportunityStatus
from organisations.filters import search_text


class OpportunityStaffFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_q", widget=forms.SearchInput)
    status = django_filters.ChoiceFilter(
        choices=OpportunityStatus.choices, empty_label=_("Any status")
    )
    kind = django_filters.ChoiceFilter(
        label=_("Type"), choices=OpportunityKind.choices, empty_label=_("Any type")
    )
    # The staff home's "Published, deadline passed" links here with status=published.
    deadline = django_filters.ChoiceFilter(
        label=_("Deadline"),
        choices=[("passed", _("Passed")), ("open", _("Not passed, or rolling"))],
        empty_label=_("Any deadline"),
        method="filter_deadline",
    )

    class Meta:
        model = Opportunity
        fields = ["q", "status", "kind", "deadline"]

    def filter_deadline(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if value == "passed":
            return queryset.deadline_passed()
        return queryset.deadline_not_passed()

    def filter_q(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return search_text(
            queryset,
            ("title", "title_ko", "summary", "summary_ko", "description", "description_ko"),
            value,
        )
