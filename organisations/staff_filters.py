"""Filters for the staff list of organisations, which unlike the public one spans every status."""

import django_filters
from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from organisations.filters import country_choices, search_text
from organisations.models import Organisation, PublicationStatus


class OrganisationStaffFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_q", widget=forms.SearchInput)
    status = django_filters.ChoiceFilter(
        choices=PublicationStatus.choices, empty_label=_("Any status")
    )
    verified = django_filters.ChoiceFilter(
        label=pgettext_lazy("filter", "Verified"),
        choices=[("yes", _("Verified")), ("no", _("Not verified"))],
        empty_label=_("Verified or not"),
        method="filter_verified",
    )
    country = django_filters.ChoiceFilter(choices=country_choices, empty_label=_("Any country"))

    class Meta:
        model = Organisation
        fields = ["q", "status", "verified", "country"]

    def filter_q(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return search_text(queryset, ("name", "name_ko", "description", "description_ko"), value)

    def filter_verified(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(verified=value == "yes")
