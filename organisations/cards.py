"""What a card in the organisation list shows, worked out in Python once per row.

The list page rendered 25 cards through template lookups, filters and tags: each card asked
for its kind's label (Django's get_FOO_display hashes every translated choice on each call),
its country's name (django-countries translates its whole table for one name), its sectors
twice over the related manager, and truncated its description through a filter. That was
most of the page's time. Here each label is looked up once per value and language (common.labels),
and the template only prints plain values."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.text import Truncator

from common.bilingual import LocalizedText, localized_field
from common.labels import choice_label, country_name
from organisations.models import Organisation

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


def _shortened(text: LocalizedText) -> LocalizedText:
    short = Truncator(text.text).words(DESCRIPTION_WORDS, truncate=" …")
    if short == text.text:
        return text
    return LocalizedText(text=short, language=text.language, fallback=text.fallback)


def organisation_cards(organisations: list[Organisation]) -> list[OrganisationCard]:
    """A card for each organisation, in the reader's language. The organisations come with
    their sectors prefetched (selectors.organisation_list), so this reads nothing."""
    return [
        OrganisationCard(
            url=reverse("organisations:detail", args=[organisation.pk]),
            name=localized_field(organisation, "name"),
            about=_shortened(localized_field(organisation, "description")),
            kind=choice_label(organisation, "kind"),
            country=country_name(organisation.country),
            city=organisation.city,
            sectors=[localized_field(sector, "name").text for sector in organisation.sectors.all()],
            is_example=organisation.is_example,
            verified=organisation.verified,
        )
        for organisation in organisations
    ]
