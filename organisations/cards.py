"""What a card in the organisation list shows, worked out in Python once per row.

The list page rendered 25 cards through template lookups, filters and tags: each card asked
for its kind's label (Django's get_FOO_display hashes every translated choice on each call),
its country's name (django-countries translates its whole table for one name), its sectors
twice over the related manager, and truncated its description through a filter. That was
most of the page's time. Here each label comes from a table translated once per language,
and the template only prints plain values."""

import functools
from dataclasses import dataclass

from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import get_language
from django_countries import countries

from common.bilingual import LocalizedText, localized_field
from organisations.models import Organisation, OrganisationKind

DESCRIPTION_WORDS = 40


@dataclass(frozen=True, slots=True)
class OrganisationCard:
    url: str
    name: LocalizedText
    about: LocalizedText  # the description, cut at DESCRIPTION_WORDS words
    kind: str
    country: str
    city: str
    sectors: list[str]
    is_example: bool
    verified: bool


# Per language, for the life of the process: the labels change only with a new release.
@functools.cache
def _kind_labels(language: str | None) -> dict[str, str]:
    return {value: str(label) for value, label in OrganisationKind.choices}


@functools.cache
def _country_names(language: str | None) -> dict[str, str]:
    return {code: str(name) for code, name in countries}


def _shortened(text: LocalizedText) -> LocalizedText:
    short = Truncator(text.text).words(DESCRIPTION_WORDS, truncate=" …")
    if short == text.text:
        return text
    return LocalizedText(text=short, language=text.language, fallback=text.fallback)


def organisation_cards(organisations: list[Organisation]) -> list[OrganisationCard]:
    """A card for each organisation, in the reader's language. The organisations come with
    their sectors prefetched (selectors.organisation_list), so this reads nothing."""
    language = get_language()
    kinds, names = _kind_labels(language), _country_names(language)
    return [
        OrganisationCard(
            url=reverse("organisations:detail", args=[organisation.pk]),
            name=localized_field(organisation, "name"),
            about=_shortened(localized_field(organisation, "description")),
            kind=kinds.get(organisation.kind, organisation.kind),
            country=names.get(organisation.country.code, ""),
            city=organisation.city,
            sectors=[localized_field(sector, "name").text for sector in organisation.sectors.all()],
            is_example=organisation.is_example,
            verified=organisation.verified,
        )
        for organisation in organisations
    ]
