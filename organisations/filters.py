"""Filters for browsing organisations. Shared by the public pages and the API, so every
parameter is a plain value (codes and slugs) that reads well in a URL."""

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django_countries import countries

from organisations.models import Capability, Organisation, OrganisationKind, Sector

# The two countries the service is about come first so nobody scrolls past 240 others.
_PARTNER_COUNTRIES = ("GB", "KR")


def country_choices() -> list:
    partners = [(code, countries.name(code)) for code in _PARTNER_COUNTRIES]
    others = [(code, name) for code, name in countries if code not in _PARTNER_COUNTRIES]
    return [("Korea and the UK", partners), ("Other countries", others)]


def search_text(queryset: QuerySet, fields: tuple[str, ...], value: str) -> QuerySet:
    value = value.strip()
    if not value:
        return queryset
    condition = Q()
    for field in fields:
        condition |= Q(**{f"{field}__icontains": value})
    return queryset.filter(condition)


class OrganisationFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Search",
        method="filter_q",
        widget=forms.SearchInput,
        help_text="Words in the name, Korean name or description (any case).",
    )
    country = django_filters.ChoiceFilter(
        choices=country_choices, empty_label="Any country", help_text="ISO country code."
    )
    kind = django_filters.ChoiceFilter(
        label="Type",
        choices=OrganisationKind.choices,
        empty_label="Any type",
        help_text="Kind of organisation.",
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
        label="Offers capability",
        field_name="offers",
        to_field_name="slug",
        queryset=Capability.objects.all(),
        empty_label="Any capability",
        help_text="Slug of a capability it offers.",
    )

    class Meta:
        model = Organisation
        fields = ["q", "country", "kind", "sector", "capability"]

    def filter_q(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return search_text(queryset, ("name", "name_ko", "description"), value)
