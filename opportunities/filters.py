"""Filters for browsing opportunities, shared by the public pages and the API."""

import django_filters
from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from opportunities import facets, selectors
from opportunities.models import Opportunity, OpportunityKind
from organisations.filters import (
    CountryFilter,
    SharedFiltersMixin,
    capability_filter,
    country_choices,
    facet_counts_show,
    sector_filter,
)
from organisations.search import SearchFields, SearchFilterSetMixin, relevance_search
from organisations.widgets import QuickSelect

# The text fields are the ones the trigram indexes cover (opportunities migration 0009).
SEARCHED_FIELDS = SearchFields(
    names=("title", "title_ko"),
    taxonomy=("sectors", "required_capabilities"),
    texts=("summary", "summary_ko", "description", "description_ko"),
)


class OpportunityFilter(SharedFiltersMixin, SearchFilterSetMixin, django_filters.FilterSet):
    search_fields = SEARCHED_FIELDS

    OPEN = "open"
    CLOSED = "closed"
    DEADLINE = "deadline"
    NEWEST = "newest"
    TITLE = "title"
    SORTS = {NEWEST: ("-created_at", "-pk"), TITLE: ("title", "pk")}

    q = django_filters.CharFilter(
        label=_("Search"),
        method="filter_q",
        widget=forms.SearchInput,
        help_text=_(
            "Words in the title, the sectors and needed capabilities (in English or Korean), "
            "the summary or the description, in any case. An English word may start a longer "
            "one; a Korean word may be part of one."
        ),
    )
    status = django_filters.ChoiceFilter(
        label=_("Open or closed"),
        choices=[(OPEN, _("Open now")), (CLOSED, _("Closed"))],
        empty_label=_("Open and closed"),
        method="filter_status",
        widget=QuickSelect(),
        help_text=_("open: published and its deadline not passed; closed: the rest."),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Type"),
        choices=OpportunityKind.choices,
        empty_label=_("Any type"),
        help_text=_("Kind of opportunity."),
        widget=QuickSelect(),
    )
    country = CountryFilter(
        label=_("Country"),
        choices=country_choices,
        empty_label=_("Any country"),
        help_text=_("ISO code of the country where it takes place."),
        # The kept list itself, not the field's copy of its 250 names (see QuickSelect).
        widget=QuickSelect(options=country_choices),
    )
    sector = sector_filter()
    capability = capability_filter(
        field_name="required_capabilities",
        label=_("Needs capability"),
        help_text=_("Slug of a capability it needs."),
    )
    closes_within = django_filters.ChoiceFilter(
        label=_("Closes within"),
        choices=[("7", _("7 days")), ("30", _("30 days")), ("90", _("90 days"))],
        empty_label=_("Any time"),
        method="filter_closes_within",
        widget=QuickSelect(),
        help_text=_(
            "7, 30 or 90: open now, with a deadline no more than this many days away "
            "(rolling ones have none)."
        ),
    )
    city = django_filters.CharFilter(
        label=_("City"),
        method="filter_city",
        help_text=_("Part of the city name (any case), in English or Korean."),
    )
    # Last: django-filter applies filters in the order they are declared, so the chosen sort
    # replaces the relevance order a search sets.
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=[
            (DEADLINE, _("Closing soonest")),
            (NEWEST, _("Newest")),
            (TITLE, _("Title (A–Z)")),
        ],
        empty_label=_("Default order"),
        method="filter_sort",
        widget=QuickSelect(),
        help_text=_(
            "deadline (open ones first, nearest deadline first, then closed ones), newest "
            "(most recently added) or title. Left empty: best matches first when searching."
        ),
    )

    class Meta:
        model = Opportunity
        fields = [
            "q", "status", "kind", "country", "sector", "capability", "closes_within", "city",
            "sort",
        ]  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        facet_counts_show(self, self.facet_counts, facets.FACETS)

    def facet_counts(self) -> dict[str, dict[str, int]]:
        """The numbers next to the options, each facet's narrowed by every other filter chosen
        (opportunities.facets); a value that was not understood is ignored here as it is by
        the list."""
        self.form.is_valid()
        data = getattr(self.form, "cleaned_data", {})
        values = {
            name: str(getattr(data.get(name), "slug", data.get(name)) or "")
            for name in self.filters
            if name != "sort"  # an order changes no number
        }
        chosen = {name: values.pop(name) for name in facets.FACETS}
        return facets.opportunity_facet_counts(
            chosen=chosen,
            narrowing=tuple(sorted(values.items())),
            rows_without=lambda name: self.qs if not chosen[name] else self._rows_without(name),
            public=self.queryset,
            today=timezone.localdate(),
        )

    def _rows_without(self, name: str) -> QuerySet:
        """The list's rows with every filter but this one applied (and no sort), as
        filter_queryset applies them."""
        data = self.form.cleaned_data
        queryset = self.queryset
        for other, value in data.items():
            if other not in (name, "sort"):
                queryset = self.filters[other].filter(queryset, value)
        return relevance_search(
            queryset=queryset,
            fields=self.search_fields,
            text=data.get("q") or "",
            limit=self.search_limit,
            relevance_order=False,
        )

    def filter_closes_within(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return selectors.opportunities_closing_within(queryset=queryset, days=int(value))

    def filter_city(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return selectors.opportunities_in_city(queryset=queryset, text=value)

    def filter_sort(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if value == self.DEADLINE:
            return selectors.opportunities_by_deadline(queryset=queryset)
        return queryset.order_by(*self.SORTS[value])

    def filter_status(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        open_ids = Opportunity.objects.open(today=timezone.localdate()).values("pk")
        if value == self.OPEN:
            return queryset.filter(pk__in=open_ids)
        return queryset.exclude(pk__in=open_ids)
