"""A saved search is one of the list pages' own filter sets, stored as a query string. These
helpers check and normalise it through the same FilterSet the list uses and name it in words;
selectors.search_matches finds what matches it through that FilterSet too, so a saved search
means exactly what the list showed."""

from dataclasses import dataclass
from urllib.parse import urlencode

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from alerts.models import SavedSearchScope
from opportunities.filters import OpportunityFilter
from organisations.filters import OrganisationFilter

# Paging and ordering say how to show a list, not what belongs in it.
PRESENTATION_PARAMETERS = frozenset({"page", "sort"})
QUERY_MAX_LENGTH = 1000
NAME_MAX_LENGTH = 200


@dataclass(frozen=True)
class Scope:
    filterset: type[django_filters.FilterSet]
    list_url_name: str
    # A saved search's name, in the language of the member saving it: "Organisations · ..."
    # and, with no filter, "All organisations". Whole words for translators, never spliced.
    heading: str
    everything: str


SCOPES = {
    SavedSearchScope.ORGANISATIONS: Scope(
        OrganisationFilter,
        "organisations:list",
        gettext_lazy("Organisations"),
        gettext_lazy("All organisations"),
    ),
    SavedSearchScope.OPPORTUNITIES: Scope(
        OpportunityFilter,
        "opportunities:list",
        gettext_lazy("Opportunities"),
        gettext_lazy("All opportunities"),
    ),
}


@dataclass(frozen=True)
class CleanSearch:
    query: str
    name: str


def search_query_clean(*, scope: str, query: str) -> CleanSearch:
    """The normalised query string (the filters in the list's order, empty ones, paging and
    sorting left out; other parameters ignored, as the list ignores them) and a readable name.
    A value the list's filters refuse is refused here too, with the list's own message."""
    if scope not in SCOPES:
        raise ValidationError(_("Choose to save a search of organisations or of opportunities."))
    if len(query) > QUERY_MAX_LENGTH:
        raise ValidationError(_("This search is too long to save: use fewer or shorter filters."))
    filterset_class = SCOPES[scope].filterset
    given = QueryDict(query)
    values = {
        name: given.get(name, "").strip()
        for name in filterset_class.base_filters
        if name not in PRESENTATION_PARAMETERS and given.get(name, "").strip()
    }
    form = _valid_form(filterset_class, values)
    return CleanSearch(query=urlencode(values), name=_name(SCOPES[scope], form, values))


def _valid_form(filterset_class, values: dict[str, str]) -> forms.Form:
    form = filterset_class(QueryDict(urlencode(values)), queryset=None).form
    if not form.is_valid():
        raise ValidationError(
            [
                f"{form.fields[name].label}: {message}"
                for name, messages in form.errors.items()
                for message in messages
            ]
        )
    return form


def _name(scope: Scope, form: forms.Form, values: dict[str, str]) -> str:
    parts = []
    for name in values:
        field, value = form.fields[name], form.cleaned_data[name]
        if isinstance(field, forms.ModelChoiceField):
            shown = str(value)
        elif isinstance(field, forms.ChoiceField):
            shown = _choice_label(field, value)
        else:
            shown = f"“{value}”"
        parts.append(f"{field.label}: {shown}")
    if not parts:
        return str(scope.everything)
    name = f"{scope.heading} · {' · '.join(parts)}"
    return name if len(name) <= NAME_MAX_LENGTH else name[: NAME_MAX_LENGTH - 1] + "…"


def _choice_label(field: forms.ChoiceField, value: str) -> str:
    # Iterated by hand: django-filter's choices (country_choices is a callable) have no len(),
    # which Django's flatten_choices needs.
    for key, label in iter(field.choices):
        options = label if isinstance(label, list | tuple) else [(key, label)]
        for option_key, option_label in options:
            if str(option_key) == str(value):
                return str(option_label)
    return value


def search_list_url(*, scope: str, query: str) -> str:
    """The list page showing the saved search, its query percent-encoded (a stored "city=부산"
    becomes a link every mail program follows)."""
    url = reverse(SCOPES[scope].list_url_name)
    return f"{url}?{QueryDict(query).urlencode()}" if query else url
