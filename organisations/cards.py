"""What a card in the organisation list shows, worked out in Python once per row.

The list page rendered 25 cards through template lookups, filters and tags: each card asked
for its kind's label (Django's get_FOO_display hashes every translated choice on each call),
its country's name (django-countries translates its whole table for one name), its sectors
twice over the related manager, and truncated its description through a filter. That was
most of the page's time. Here each label is looked up once per value and language (common.labels),
and the template only prints plain values."""

from dataclasses import dataclass

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext

from common.bilingual import LocalizedText, localized_field
from common.labels import choice_label, country_name
from common.places import where_html
from common.urls import url_around_pk
from organisations.models import Organisation
from organisations.templatetags.bilingual_tags import fallback_badge

DESCRIPTION_WORDS = 40


@dataclass(frozen=True, slots=True)
class OrganisationCard:
    url: str
    name: LocalizedText
    about: LocalizedText  # the description, cut at DESCRIPTION_WORDS words
    kind: str
    country: str
    city: LocalizedText  # the reader's language, else the other's (a name: no fallback label)
    sectors: list[str]
    is_example: bool
    verified: bool


def _shortened(text: LocalizedText) -> LocalizedText:
    short = Truncator(text.text).words(DESCRIPTION_WORDS, truncate=" …")
    if short == text.text:
        return text
    return LocalizedText(text=short, language=text.language, fallback=text.fallback)


def organisation_cards(
    organisations: list[Organisation], sector_names: dict[int, list[str]]
) -> list[OrganisationCard]:
    """A card for each organisation, in the reader's language, with its sectors' names
    (selectors.organisation_sector_names); this reads nothing."""
    # One reverse() for the page: 25 of them were a tenth of the cards' time.
    url_head, url_tail = url_around_pk("organisations:detail")
    return [
        OrganisationCard(
            url=f"{url_head}{organisation.pk}{url_tail}",
            name=localized_field(organisation, "name"),
            about=_shortened(localized_field(organisation, "description")),
            kind=choice_label(organisation, "kind"),
            country=country_name(organisation.country),
            city=localized_field(organisation, "city"),
            sectors=sector_names.get(organisation.pk, []),
            is_example=organisation.is_example,
            verified=organisation.verified,
        )
        for organisation in organisations
    ]


def organisation_cards_html(cards: list[OrganisationCard]) -> SafeString:
    """The cards' list items, the same HTML the list template's loop wrote (whitespace
    included): 25 cards of template look-ups, ifs and tags took as long as the page's queries,
    plain string work takes a tenth of that."""
    escape = conditional_escape
    example = escape(gettext("Example profile"))
    verified = escape(gettext("Verified"))
    sectors_label = escape(gettext("Sectors"))
    parts = []
    for card in cards:
        name = card.name
        subtitle = (
            f'<span class="card__subtitle" lang="{escape(name.other_language)}">'
            f"{escape(name.other)}</span>"
            if name.other
            else ""
        )
        city = card.city
        # A city only in the other language is marked as such, for screen readers' voices.
        place = where_html(
            city=format_html('<span lang="{}">{}</span>', city.language, city.text)
            if city.fallback
            else city.text,
            country=card.country,
        )
        about = card.about
        text = (
            f'<p class="card__text"><span lang="{escape(about.language)}">{escape(about.text)}'
            f"</span> {fallback_badge(about)}</p>"
            if about
            else ""
        )
        sectors = (
            f'\n              <ul class="tags" aria-label="{sectors_label}">\n                '
            + "".join(f'<li class="tag">{escape(sector)}</li>' for sector in card.sectors)
            + "\n              </ul>\n            "
            if card.sectors
            else ""
        )
        parts.append(
            f"""
          <li class="card">
            <div class="card__head">
              <h3 class="card__title">
                <a href="{escape(card.url)}" lang="{escape(name.language)}">{escape(name.text)}</a>
                {subtitle}
              </h3>
              <div class="badges">
                {f'<span class="badge badge--example">{example}</span>' if card.is_example else ""}
                {f'<span class="badge badge--verified">{verified}</span>' if card.verified else ""}
              </div>
            </div>
            <p class="card__meta">
              {escape(card.kind)} · {place}
            </p>
            {text}
            {sectors}
          </li>
        """
        )
    return mark_safe("".join(parts))  # every value above is escaped
