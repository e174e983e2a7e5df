"""Filters for browsing organisations. Shared by the public pages and the API, so every
parameter is a plain value (codes and slugs) that reads well in a URL."""

import copy
import functools
import unicodedata

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django.http import QueryDict
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from organisations import facets, selectors
from organisations.models import (
    Capability,
    Organisation,
    OrganisationKind,
    OrganisationNameWord,
    Sector,
)
from organisations.search import SearchFields, SearchFilterSetMixin
from organisations.widgets import QuickSelect

# The two countries the service is about come first so nobody scrolls past 240 others.
PARTNER_COUNTRIES = ("GB", "KR")


def country_choices() -> list:
    return _country_choices(get_language())


# Per language, for the life of the process: 250 names translated and sorted on every list
# page took longer than the page's queries. The names change only with a new release.
@functools.cache
def _country_choices(language: str | None) -> list:
    partners = [(code, str(countries.name(code))) for code in PARTNER_COUNTRIES]
    others = [(code, str(name)) for code, name in countries if code not in PARTNER_COUNTRIES]
    others.sort(key=lambda choice: _sort_key(choice[1]))
    return [(gettext("Korea and the UK"), partners), (gettext("Other countries"), others)]


def _sort_key(name: str) -> str:
    # django-countries sorts by the name's ASCII letters (without the optional pyuca), so
    # Korean names kept the English order. Decomposed, Hangul sorts in dictionary order
    # (가나다) and Latin letters lose their accents ("Åland" with the A's).
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def search_text(queryset: QuerySet, fields: tuple[str, ...], value: str) -> QuerySet:
    """A plain substring search, for the staff lists, which keep their own order."""
    value = value.strip()
    if not value:
        return queryset
    condition = Q()
    for field in fields:
        condition |= Q(**{f"{field}__icontains": value})
    return queryset.filter(condition)


class KeptSlugField(django_filters.fields.ModelChoiceField):
    """A sector or capability by slug, checked against the slugs kept a minute (common.kept)
    instead of a query per request: the taxonomy changes seldom, and its options on the form
    are kept as long. The value is the instance built from the kept row; a slug not kept (one
    added within the minute, or none at all) is looked up as Django's field does."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        self.validate_no_null_characters(value)
        model = self.queryset.model
        row = selectors.taxonomy_by_slug(model=model).get(str(value))
        if row is None:
            return super().to_python(value)
        return model(**row)


class KeptSlugFilter(django_filters.ModelChoiceFilter):
    field_class = KeptSlugField


def sector_filter() -> django_filters.ModelChoiceFilter:
    """The sector facet, by slug, as the organisation and opportunity lists both offer it."""
    return KeptSlugFilter(
        label=_("Sector"),
        field_name="sectors",
        to_field_name="slug",
        queryset=Sector.objects.all(),
        empty_label=_("Any sector"),
        help_text=_("Sector slug."),
        widget=QuickSelect(options=selectors.sector_options),
    )


def capability_filter(*, field_name: str, label: str, help_text: str):
    """A capability facet, by slug: what an organisation offers, or what an opportunity needs."""
    return KeptSlugFilter(
        label=label,
        field_name=field_name,
        to_field_name="slug",
        queryset=Capability.objects.all(),
        empty_label=_("Any capability"),
        help_text=help_text,
        # Hundreds of them: grouped under their sectors, read as plain values in one query.
        widget=QuickSelect(options=selectors.capability_options),
    )


def facet_counts_show(filterset: django_filters.FilterSet, counts, names: tuple[str, ...]):
    """Puts the numbers from counts() ({filter name: {value: number}}) next to the options of
    the named filters. counts() is called once, and only if the form is rendered: the API
    validates with the same filters and never pays for them."""
    once = functools.cache(counts)
    fields = filterset.form.fields
    for name in names:
        # On this form's own copy of the field (forms copy their fields per instance): the
        # filters' fields are shared by every FilterSet (SharedFiltersMixin).
        fields[name].widget.counts = lambda name=name: once()[name]


def _filter_copy(base: django_filters.Filter, filterset, model) -> django_filters.Filter:
    base.model = model
    base.field  # noqa: B018 - built once on the class's filter, then shared by every copy
    copied = copy.copy(base)
    copied.parent = filterset
    if base.method is not None:
        copied.method = base.method  # a FilterMethod of the copy, finding the copy's parent
    return copied


_FORM_CLASSES: dict[type, type] = {}


class SharedFiltersMixin:
    """django-filter deep-copies every filter for each FilterSet (the country filter's 250
    choices and every widget: most of a list page's filter work) and builds a form class from
    their fields each time. The filters here are shallow copies sharing their field, and the
    form class is built once per FilterSet class: a form copies its fields per instance
    anyway, so what a request changes (the counts on a widget) stays with its own form."""

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        model = queryset.model
        self.filters = {
            name: _filter_copy(base, self, model) for name, base in self.base_filters.items()
        }

    def get_form_class(self):
        form_class = _FORM_CLASSES.get(type(self))
        if form_class is None:
            fields = {name: filter_.field for name, filter_ in self.filters.items()}
            form_class = type(f"{type(self).__name__}Form", (self._meta.form,), fields)
            _FORM_CLASSES[type(self)] = form_class
        return form_class


@functools.cache
def _country_codes() -> frozenset[str]:
    return frozenset(code for code, _ in countries)


class CountryField(django_filters.fields.ChoiceField):
    """A country code, checked against the set of codes: Django's check walks the 250
    grouped choices, normalising them again, on every request."""

    def valid_value(self, value) -> bool:
        return str(value) in _country_codes()


class CountryFilter(django_filters.ChoiceFilter):
    field_class = CountryField


# The text fields are the ones the trigram indexes cover (organisations migration 0010).
SEARCHED_FIELDS = SearchFields(
    names=("name", "name_ko"),
    taxonomy=("sectors", "offers"),
    texts=("description", "description_ko"),
    name_words=OrganisationNameWord,
)


class OrganisationFilter(SharedFiltersMixin, SearchFilterSetMixin, django_filters.FilterSet):
    search_fields = SEARCHED_FIELDS

    NAME = "name"
    NEWEST = "newest"
    UPDATED = "updated"
    SORTS = {
        NAME: ("name", "pk"),
        NEWEST: ("-created_at", "-pk"),
        UPDATED: ("-updated_at", "-pk"),
    }

    q = django_filters.CharFilter(
        label=_("Search"),
        method="filter_q",
        widget=forms.SearchInput,
        help_text=_(
            "Words in the name, the sectors and capabilities (in English or Korean) or the "
            "description, in any case. An English word may start a longer one; a Korean word "
            "may be part of one."
        ),
    )
    country = CountryFilter(
        label=_("Country"),
        choices=country_choices,
        empty_label=_("Any country"),
        help_text=_("ISO country code."),
        # The kept list itself, not the field's copy of its 250 names (see QuickSelect).
        widget=QuickSelect(options=country_choices),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Type"),
        choices=OrganisationKind.choices,
        empty_label=_("Any type"),
        help_text=_("Kind of organisation."),
        widget=QuickSelect(),
    )
    sector = sector_filter()
    capability = capability_filter(
        field_name="offers",
        label=_("Offers capability"),
        help_text=_("Slug of a capability it offers."),
    )
    # A free-text field rather than a list: cities and regions are typed in by members, so a
    # part of the name, in any case, is what finds "Busan Metropolitan City" from "busan"; the
    # Korean name too, so 부산 finds it.
    city = django_filters.CharFilter(
        label=_("City or region"),
        method="filter_city",
        help_text=_("Part of the city or region name (any case), in English or Korean."),
    )
    # Last: django-filter applies filters in the order they are declared, so the chosen sort
    # replaces the relevance order a search sets.
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=[(NAME, _("Name (A–Z)")), (NEWEST, _("Newest")), (UPDATED, _("Recently updated"))],
        empty_label=_("Default order"),
        method="filter_sort",
        widget=QuickSelect(),
        help_text=_(
            "name, newest (most recently added) or updated (most recently changed). Left "
            "empty: by name, or best matches first when searching."
        ),
    )

    class Meta:
        model = Organisation
        fields = ["q", "country", "kind", "sector", "capability", "city", "sort"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        facet_counts_show(self, self.facet_counts, facets.FACETS)

    def facet_counts(self) -> dict[str, dict[str, int]]:
        """The numbers next to the options, narrowed by the filters chosen (organisations.facets);
        a filter that was not understood is ignored here as it is by the list."""
        self.form.is_valid()
        data = getattr(self.form, "cleaned_data", {})
        chosen = {
            name: str(getattr(data.get(name), "slug", data.get(name)) or "")
            for name in facets.FACETS
        }
        return facets.organisation_facet_counts(
            chosen=chosen,
            text=(data.get("q") or "").strip(),
            city=(data.get("city") or "").strip(),
            fields=self.search_fields,
            page=self.qs,
        )

    def filter_city(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return selectors.organisations_in_city(queryset=queryset, text=value)

    def filter_sort(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.order_by(*self.SORTS[value])
